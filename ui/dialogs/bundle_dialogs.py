"""The Bundles tab of the Assemblies page: keys, sending a council bundle, importing bundles and
the council's roll-up.

Owns ``BundlesPanel`` and its dialogs. A forum exports a council bundle: choose the trusted
council's key and the council meeting, see the list of personal data the bundle holds (from
``exchange.bundle_export.describe_personal_data``: the delegates' names and the free text the forum
wrote, or "none"), confirm, then choose where to save; the file is written atomically inside the
unit of work that records it as sent, so a failed write leaves no "sent" record. A council
imports bundles from many forums: each refusal shows its own sentence (not a bundle, too new,
damaged or altered, for another council, unknown sender, already imported, older than the last
one, not following the format) and nothing is imported. The roll-up shows per agenda item how
many forums said for / against, each forum's latest figures with the total, and the figures over
time, the conflicts (items where the members' mandates disagree) and, in a member's vault, the
council decisions imported with the report-back drafts they filled. A council sends its own
bundle up to the body above it like a forum (its members' figures per member or only in total),
and sends agendas and decisions down (``ui.dialogs.down_panel``); importing tells a bundle, an
agenda and decisions apart. Figures follow the small-numbers rule ("fewer than 5"). Keys: this
vault's public key card, and trusting another vault's card after comparing the fingerprint in
person. File choosers, questions and messages are injectable attributes.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

from PySide6.QtCore import QT_TR_NOOP, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from forum_kit.errors import ForumKitError
from forum_kit.exchange import bundle_export, bundle_import, bundles, downward, identity
from forum_kit.files import write_atomic
from forum_kit.queries import assemblies as assemblies_q
from forum_kit.queries import community_rollup, rollup
from forum_kit.queries.confederation import report_backs
from ui.dialogs.down_panel import DownPanel, fill_combo
from ui.editors.common import error_text
from ui.editors.meeting_editor import ok_cancel
from ui.i18n import shown, translate
from ui.models.assembly_models import (
    KIND_LABELS,
    FigurePointModel,
    ForumFiguresModel,
    ReportBackModel,
    TallyModel,
)
from ui.models.community_models import CommunityRollupModel, community_rollup_views
from ui.widgets.file_dialogs import open_file, save_file
from ui.widgets.layout import shrinkable_combo
from ui.widgets.tables import table_view

BUNDLE_FILTER = QT_TR_NOOP(
    "Forum Kit bundles, agendas and decisions (*.fkbundle *.fkagenda *.fkdecisions);;"
    "All files (*)"
)
NO_PERSONAL_DATA = QT_TR_NOOP("Personal data in this bundle: none.")
# The core's sentences for these two name command-line options; the app says it its own way.
_UI_WORDING = {
    34: QT_TR_NOOP("Unknown sender: compare fingerprints with the forum in person and trust its "
                   "key card first (Trust a key card…); nothing was imported."),
    36: QT_TR_NOOP("This bundle is older than the last one imported from the same forum (it may "
                   "be a replayed copy); nothing was imported."),
}


def bundle_error_text(error: BaseException) -> str:
    """The sentence shown for a refused import or export (distinct per kind of refusal)."""
    code = getattr(error, "code", None)
    if isinstance(error, ForumKitError) and code in _UI_WORDING and \
            str(error) == getattr(error, "default_message", None):
        return _UI_WORDING[code]
    return error_text(error)


# ----------------------------------------------------------------------- injectable dialogs


def choose_save_path(parent: QWidget | None, suggested: str) -> str | None:
    return save_file(parent,
                     translate("BundleDialogs",
                               "Save the council bundle") if parent else "", suggested,
                     shown(BUNDLE_FILTER))


def choose_open_path(parent: QWidget | None) -> str | None:
    return open_file(parent,
                     translate("BundleDialogs", "Import a council bundle") if parent else "", "",
                     shown(BUNDLE_FILTER))


def show_message(parent: QWidget | None, text: str) -> None:
    QMessageBox.information(parent, "Forum Kit", text)


def confirm_export(parent: QWidget | None, council: str, lines: Sequence[str]) -> bool:
    """Show what personal data the bundle holds before it is written; True to go on."""
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Question)
    box.setWindowTitle(translate("BundleDialogs", "Send a council bundle"))
    box.setText(translate("BundleDialogs",
                          "Bundle for {council}. Personal data in it:").format(council=council))
    box.setInformativeText("\n".join(f"• {line}" for line in lines) if lines
                           else translate("BundleDialogs", "None."))
    save = box.addButton(translate("BundleDialogs", "Choose where to save…"),
                         QMessageBox.ButtonRole.AcceptRole)
    cancel = box.addButton(QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(cancel)
    box.exec()
    return box.clickedButton() is save


def confirm_older(parent: QWidget | None, text: str) -> bool:
    answer = QMessageBox.question(
        parent, "Forum Kit",
        text + "\n\n" + translate("BundleDialogs", "Import it anyway?"),
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
        QMessageBox.StandardButton.No)
    return answer == QMessageBox.StandardButton.Yes


def show_card(parent: QWidget | None, text: str) -> None:
    """This vault's public key card as selectable text (it holds no secret)."""
    dialog = QDialog(parent)
    dialog.setWindowTitle(translate("BundleDialogs", "This vault's public key card"))
    layout = QVBoxLayout(dialog)
    layout.addWidget(QLabel(translate("BundleDialogs",
        "Give this card to the other vault's holder; compare the fingerprint in person.")))
    view = QPlainTextEdit(text)
    view.setReadOnly(True)
    layout.addWidget(view)
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
    buttons.rejected.connect(dialog.reject)
    layout.addWidget(buttons)
    dialog.resize(620, 260)
    try:
        dialog.exec()
    finally:
        dialog.deleteLater()


@dataclass(frozen=True)
class TrustSpec:
    card: str
    fingerprint: str
    kind: str
    body_id: int | None = None
    name: str | None = None


class TrustDialog(QDialog):
    """Trust another vault's key card once its fingerprint was compared in person."""

    def __init__(self, parent: QWidget | None, bodies: Sequence[tuple[int, str, str]]) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Trust a key card"))
        form = QFormLayout(self)
        self.card = QPlainTextEdit()
        self.card.setTabChangesFocus(True)
        self.card.setPlaceholderText(self.tr("Paste the card: 'Forum Kit public key card v1' …"))
        self.fingerprint = QLineEdit()
        self.fingerprint.setPlaceholderText(self.tr("Type the fingerprint you compared"))
        self.kind = QComboBox()
        for value, label in KIND_LABELS.items():
            self.kind.addItem(shown(label), value)
        self.kind.setCurrentIndex(self.kind.findData("council"))
        self.body = QComboBox()
        self.body.addItem(self.tr("(none)"), None)
        for body_id, name, kind in bodies:
            self.body.addItem(f"{name} ({shown(KIND_LABELS.get(kind, kind))})", body_id)
        self.name = QLineEdit()
        self.name.setPlaceholderText(self.tr("Leave empty to use the card's name"))
        form.addRow(self.tr("&Card:"), self.card)
        form.addRow(self.tr("&Fingerprint:"), self.fingerprint)
        form.addRow(self.tr("&Is a:"), self.kind)
        form.addRow(self.tr("&Body in this vault:"), self.body)
        form.addRow(self.tr("&Name here:"), self.name)
        form.addRow(ok_cancel(self))

    def values(self) -> TrustSpec:
        return TrustSpec(self.card.toPlainText(), self.fingerprint.text(),
                         self.kind.currentData(), self.body.currentData(),
                         self.name.text().strip() or None)


def ask_trust(parent: QWidget | None, bodies: Sequence[tuple[int, str, str]]) -> TrustSpec | None:
    dialog = TrustDialog(parent, bodies)
    try:
        return dialog.values() if dialog.exec() == QDialog.DialogCode.Accepted else None
    finally:
        dialog.deleteLater()


# ------------------------------------------------------------------------------------ panel


@dataclass(frozen=True)
class CouncilMeeting:
    """A council meeting a bundle can be sent for."""

    meeting_id: int
    council_id: int
    council: str
    held_on: date


class BundlesPanel(QWidget):
    """Keys, export (when a forum is chosen), import and the roll-up tables."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx: Any = None
        self.forum_id: int | None = None
        self.body_kind: str | None = None
        self.personal_data: list[str] = []
        self.last_message = ""
        self.choose_save_path = choose_save_path
        self.choose_open_path = choose_open_path
        self.show_message = show_message
        self.confirm_export = confirm_export
        self.confirm_older = confirm_older
        self.show_card = show_card
        self.ask_trust = ask_trust
        self.now = lambda: datetime.now(UTC)

        # Keys
        self.fingerprint_label = QLabel()
        self.fingerprint_label.setWordWrap(True)
        self.fingerprint_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.card_button = QPushButton(self.tr("This vault's &key card…"))
        self.trust_button = QPushButton(self.tr("&Trust a key card…"))
        keys = QGroupBox(self.tr("Keys"))
        lk = QHBoxLayout(keys)
        lk.addWidget(self.fingerprint_label, 1)
        lk.addWidget(self.card_button)
        lk.addWidget(self.trust_button)

        # Export
        # Shrinkable: the long placeholders set the Assemblies page's minimum width.
        self.peer_combo = shrinkable_combo(QComboBox(), 12)
        self.peer_combo.setAccessibleName(self.tr("Council key"))
        self.peer_combo.setPlaceholderText(
            self.tr("No trusted council yet: use Trust a key card…"))
        self.meeting_combo = shrinkable_combo(QComboBox(), 12)
        self.meeting_combo.setAccessibleName(self.tr("Council meeting"))
        self.meeting_combo.setPlaceholderText(
            self.tr("No council meeting yet: schedule it on the council's Meetings tab"))
        self.check_button = QPushButton(self.tr("&Check personal data"))
        self.export_button = QPushButton(self.tr("&Save bundle…"))
        self.personal_label = QLabel()
        self.personal_label.setWordWrap(True)
        self.personal_label.setObjectName("personalData")
        self.total_only = QCheckBox(self.tr("Send the members' figures only in &total"))
        self.total_only.setEnabled(False)
        export = QGroupBox(self.tr("Send a bundle up (choose a forum or a council on the left)"))
        self.export_box = export
        le = QFormLayout(export)
        le.addRow(self.tr("Council &key:"), self.peer_combo)
        le.addRow(self.tr("Council &meeting:"), self.meeting_combo)
        le.addRow(self.total_only)
        buttons = QHBoxLayout()
        buttons.addWidget(self.check_button)
        buttons.addWidget(self.export_button)
        buttons.addStretch(1)
        # the retaliation log leaves only when chosen (issue 19), and the check says so first
        self.include_retaliation = QCheckBox(self.tr("Include the retaliation log (nobody "
                                                     "named)"))
        self.include_retaliation.toggled.connect(lambda _on: self._forget_check())
        le.addRow(self.include_retaliation)
        le.addRow(buttons)
        le.addRow(self.personal_label)

        # Import
        self.import_button = QPushButton(self.tr("&Import a bundle, agenda or decisions…"))
        self.result_label = QLabel()
        self.result_label.setWordWrap(True)
        self.result_label.setObjectName("importResult")
        imp = QGroupBox(self.tr("Import from a member or a council"))
        li = QHBoxLayout(imp)
        li.addWidget(self.import_button)
        li.addWidget(self.result_label, 1)

        # Roll-up
        self.tally = TallyModel(self)
        self.figures = ForumFiguresModel(self)
        self.points = FigurePointModel(self)
        self.conflicts = TallyModel(self)
        self.decisions = ReportBackModel(self)
        self.tally_view = table_view(self.tally, self.tr("Mandates per agenda item"),
                                     (90, 30, 200, 50, 60, 60, 50))
        self.figures_view = table_view(self.figures, self.tr("Figures per forum"),
                                       (180, 90, 80, 80, 70, 80, 90, 80))
        self.points_view = table_view(self.points, self.tr("Figures over time"),
                                      (90, 180, 80, 80, 70, 80))
        self.conflicts_view = table_view(self.conflicts, self.tr("Conflicting mandates"),
                                         (90, 30, 200, 50, 60, 60, 50))
        self.decisions_view = table_view(self.decisions, self.tr("Council decisions"),
                                         (85, 28, 140, 65, 45, 80, 160, 105, 150))
        self.rollup_tabs = QTabWidget()
        self.rollup_tabs.addTab(self.tally_view, self.tr("Mandates per item"))
        self.rollup_tabs.addTab(self.conflicts_view, self.tr("Conflicts"))
        self.rollup_tabs.addTab(self.figures_view, self.tr("Figures per forum"))
        self.rollup_tabs.addTab(self.points_view, self.tr("Figures over time"))
        # workplace forums and street assemblies side by side: mutual aid and the time bank
        self.community = CommunityRollupModel(self)
        self.community_view = table_view(self.community, self.tr("Mutual aid and time bank"),
                                         (170, 110, 85, 95, 90, 90, 110))
        self.rollup_tabs.addTab(self.community_view, self.tr("Mutual aid and time bank"))
        self.rollup_tabs.addTab(self.decisions_view, self.tr("Decisions and report-backs"))
        rollup = QGroupBox(self.tr("Roll-up of what members sent, and the decisions received"))
        lr = QVBoxLayout(rollup)
        lr.addWidget(self.rollup_tabs)

        self.down = DownPanel(self, error_text=bundle_error_text)

        layout = QVBoxLayout(self)
        layout.addWidget(keys)
        layout.addWidget(export)
        layout.addWidget(self.down)
        layout.addWidget(imp)
        layout.addWidget(rollup, 1)

        self.card_button.clicked.connect(lambda: self.show_own_card())
        self.trust_button.clicked.connect(lambda: self.trust_card())
        self.check_button.clicked.connect(lambda: self.check_personal_data())
        self.export_button.clicked.connect(lambda: self.export_bundle())
        self.import_button.clicked.connect(lambda: self.import_bundle())
        self.peer_combo.currentIndexChanged.connect(lambda _i: self._forget_check())
        self.meeting_combo.currentIndexChanged.connect(lambda _i: self._forget_check())
        self._enable_export()

    # ---- page plumbing ----------------------------------------------------------------------
    def attach(self, ctx: Any) -> None:
        self.ctx = ctx
        self.down.attach(ctx)
        self.down.choose_save_path = lambda parent, name: self.choose_save_path(parent, name)
        self.down.show_message = lambda parent, text: self.show_message(parent, text)
        self.down.now = lambda: self.now()

    def set_forum(self, forum_id: int | None) -> None:
        """The forum that would send a bundle (None when nothing is chosen)."""
        self.set_body(forum_id, "forum")

    def set_body(self, body_id: int | None, kind: str | None) -> None:
        """The body chosen on the left: a forum sends its bundle up; a council sends its own up
        to the body above it, and its agendas and decisions down to its members."""
        self.forum_id = body_id
        self.body_kind = kind if body_id is not None else None
        self.total_only.setEnabled(self.body_kind == "council")
        if self.body_kind != "council":
            self.total_only.setChecked(False)
        self.down.set_council(body_id if self.body_kind == "council" else None)
        self._forget_check()
        self._enable_export()

    def _enable_export(self) -> None:
        ready = (self.forum_id is not None and self.peer_combo.currentData() is not None
                 and self.meeting_combo.currentData() is not None)
        self.check_button.setEnabled(ready)
        self.export_button.setEnabled(ready)

    def _forget_check(self) -> None:
        self.personal_data = []
        self.personal_label.clear()
        self._enable_export()

    def clear(self) -> None:
        models = (self.tally, self.figures, self.points, self.conflicts, self.decisions,
                  self.community)
        for model in models:
            model.clear()
        self.down.clear()
        self.peer_combo.clear()
        self.meeting_combo.clear()
        self.fingerprint_label.clear()
        self.result_label.clear()
        self.last_message = ""
        self.forum_id = None
        self._forget_check()

    def refresh(self) -> None:
        """Reload the council keys, the council meetings and the roll-up."""
        if self.ctx is None:
            return
        try:
            with self.ctx.unit_of_work() as session:
                peers = [p for p in identity.trusted_peers(session) if p.kind == "council"]
                meetings: list[CouncilMeeting] = []
                for body in assemblies_q.bodies(session):
                    if body.kind != "council":
                        continue
                    meetings.extend(CouncilMeeting(m.id, body.id, body.name, m.held_at.date())
                                    for m in assemblies_q.meetings_of(session, body.id))
                # Read without making keys: looking at the tab must not write to the vault.
                own = assemblies_q.own_fingerprint(session)
                tally = rollup.mandate_tally(session)
                forums = rollup.figures_by_forum(session)
                total = rollup.figures_total(session) if forums else None
                points = rollup.figures_over_time(session)
                conflicts = rollup.conflicts(session)
                decisions = report_backs(session)
                community = community_rollup.community_by_forum(session)
        except ForumKitError as exc:
            self.result_label.setText(error_text(exc))
            return
        self._fill(self.peer_combo, [(p.fingerprint, f"{p.name} ({p.fingerprint[:9]}…)")
                                     for p in peers])
        meetings.sort(key=lambda m: (m.held_on, m.council), reverse=True)
        self._fill(self.meeting_combo, [
            (m.meeting_id, f"{m.council} — {m.held_on.isoformat()}") for m in meetings])
        self._meetings = {m.meeting_id: m for m in meetings}
        if own is None:
            self.fingerprint_label.setText(self.tr("This vault has no keys yet (made on first "
                                                   "use)."))
        else:
            self.fingerprint_label.setText(
                self.tr("This vault's fingerprint: {fp}").format(fp=own))
        self.tally.set_rows(tally)
        self.figures.set_rows([*forums, total] if total is not None else [])
        self.points.set_rows(points)
        self.conflicts.set_rows(conflicts)
        self.decisions.set_rows(decisions)
        self.community.set_rows(community_rollup_views(community))
        self.down.refresh()
        self._enable_export()

    _fill = staticmethod(lambda combo, items: fill_combo(combo, items))

    # ---- keys -------------------------------------------------------------------------------
    def show_own_card(self) -> str | None:
        try:
            with self.ctx.unit_of_work() as session:
                card = identity.own_card(session, default_name=self.ctx.vault_name,
                                         now=self.now())
        except ForumKitError as exc:
            self.show_message(self, error_text(exc))
            return None
        text = identity.card_text(card)
        self.show_card(self, text)
        self.refresh()
        return text

    def trust_card(self) -> bool:
        with self.ctx.unit_of_work() as session:
            bodies = [(b.id, b.name, b.kind) for b in assemblies_q.bodies(session)]
        spec = self.ask_trust(self, bodies)
        if spec is None:
            return False
        try:
            with self.ctx.unit_of_work() as session:
                peer = identity.trust_peer(session, card=spec.card, fingerprint=spec.fingerprint,
                                           kind=spec.kind, added_on=self.ctx.today(),
                                           name=spec.name, body_id=spec.body_id)
        except ForumKitError as exc:
            self.show_message(self, error_text(exc))
            return False
        self.show_message(self, self.tr("Trusted: {name}.").format(name=peer.name))
        self.refresh()
        return True

    # ---- export -----------------------------------------------------------------------------
    def _chosen(self) -> tuple[str, CouncilMeeting] | None:
        fingerprint = self.peer_combo.currentData()
        meeting = getattr(self, "_meetings", {}).get(self.meeting_combo.currentData())
        if self.forum_id is None or fingerprint is None or meeting is None:
            return None
        return fingerprint, meeting

    def check_personal_data(self) -> list[str] | None:
        """Build the payload (nothing written) and show what personal data it would hold."""
        chosen = self._chosen()
        if chosen is None or self.ctx is None:
            return None
        forum_id = self.forum_id
        assert forum_id is not None
        try:
            with self.ctx.unit_of_work() as session:
                payload = bundle_export.build_payload(session, forum_id=forum_id,
                                        council_meeting_id=chosen[1].meeting_id,
                                        as_of=self.ctx.today(),
                                        per_member=not self.total_only.isChecked(),
                                        include_retaliation=self.include_retaliation.isChecked())
        except ForumKitError as exc:
            self.personal_label.setText(error_text(exc))
            return None
        self.personal_data = bundle_export.describe_personal_data(payload)
        counts = self.tr("Mandates and report-backs: {m}; areas of figures: {a}.").format(
            m=len(payload["mandates"]), a=len(payload["figures"]["areas"]))
        if self.personal_data:
            text = self.tr("Personal data in this bundle:") + "\n" + "\n".join(
                f"• {line}" for line in self.personal_data)
        else:
            text = shown(NO_PERSONAL_DATA)
        self.personal_label.setText(
            f"{counts}\n{text}\n"
            + self.tr("No coworker names, notes, phones or e-mails are ever included."))
        return self.personal_data

    def export_bundle(self) -> str | None:
        """Show the personal data, confirm, choose a file, write it; the saved path or None."""
        chosen = self._chosen()
        if chosen is None or self.ctx is None:
            return None
        lines = self.check_personal_data()
        if lines is None:
            return None
        fingerprint, meeting = chosen
        if not self.confirm_export(self, meeting.council, lines):
            return None
        suggested = str(Path.home() / f"bundle-{meeting.held_on.isoformat()}.fkbundle")
        path = self.choose_save_path(self, suggested)
        if not path:
            return None
        try:
            with self.ctx.unit_of_work() as session:
                result = bundle_export.export_bundle(
                    session, council_fingerprint=fingerprint, meeting_date=meeting.held_on,
                    now=self.now(), default_name=self.ctx.vault_name, forum_id=self.forum_id,
                    council_id=meeting.council_id, as_of=self.ctx.today(),
                    per_member=not self.total_only.isChecked(),
                    include_retaliation=self.include_retaliation.isChecked())
                # Inside the unit of work: a failed write rolls back the "sent" record.
                write_atomic(Path(path), result.data)
        except ForumKitError as exc:
            self._say(bundle_error_text(exc), self.personal_label)
            return None
        saved = self.tr("Bundle saved for {council}, meeting of {day}.").format(
            council=result.council_name, day=result.meeting_date.isoformat())
        # Keep the personal-data list on screen: it says what just left the vault.
        self.last_message = saved
        self.personal_label.setText(f"{self.personal_label.text()}\n{saved}")
        self.show_message(self, saved)
        return path

    # ---- import -----------------------------------------------------------------------------
    def import_bundle(self) -> bool:
        """Choose a file, check it completely, import it in one transaction; say what happened."""
        if self.ctx is None:
            return False
        path = self.choose_open_path(self)
        if not path:
            return False
        try:
            data = bundles.read_bundle_file(Path(path))
            try:
                result = self._import(data, allow_older=False)
            except bundles.BundleOlder as exc:
                if not self.confirm_older(self, bundle_error_text(exc)):
                    self._say(bundle_error_text(exc))
                    return False
                result = self._import(data, allow_older=True)
        except ForumKitError as exc:
            self._say(bundle_error_text(exc))
            return False
        if isinstance(result, downward.DownResult):
            text = self._down_text(result)
        else:
            text = self.tr(
                "Imported the bundle from {forum} (trusted as '{peer}'): council meeting {day}; "
                "mandates: {m}, areas: {a}, delegates: {d}.").format(
                forum=result.forum, peer=result.peer, day=result.meeting_date.isoformat(),
                m=result.mandates, a=result.areas, d=result.delegates)
        self._say(" ".join([text, *result.warnings]))
        self.refresh()
        return True

    def _down_text(self, result: downward.DownResult) -> str:
        day = result.meeting_date.isoformat()
        if result.kind == "agenda":
            return self.tr("Imported the agenda of {council}, meeting of {day} (items: {n}), "
                           "ready for mandates (see the council's Meetings tab).").format(
                council=result.council, day=day, n=result.items)
        text = self.tr("Imported the decisions of {council}, meeting of {day}. Items: {n}; "
                       "report-back drafts filled: {d}.").format(
            council=result.council, day=day, n=result.items, d=result.drafts)
        if result.against:
            text += " " + self.tr("Our delegate voted against the mandate on: {items}.").format(
                items="; ".join(result.against))
        return text

    def _import(self, data: bytes, *, allow_older: bool) -> Any:
        kind = downward.kind_of(data)
        take = {"agenda": downward.import_agenda, "decisions": downward.import_decisions}.get(
            kind, bundle_import.import_bundle)
        with self.ctx.unit_of_work() as session:
            return take(session, data, now=self.now(), default_name=self.ctx.vault_name,
                        allow_older=allow_older)

    def _say(self, text: str, label: QLabel | None = None) -> None:
        self.last_message = text
        (label or self.result_label).setText(text)
        self.show_message(self, text)


