"""Make the screenshots in docs/screenshots/: every page and every dialog, each at 1280x720 (a
small laptop) and at 1920x1080.

Owns the screenshot run and its one registry of shots (``SHOTS``). It creates a demo vault in a
temporary folder (fast KDF, settings and config redirected there), opens the welcome window and
the main window, and takes each registered shot at every size in ``SIZES``: the main window is
resized to the size; a dialog is shown over it at the size Qt gives it, at most the screen less a
title bar, and drawn with a title bar in the middle of the window's picture, as a person at that
screen would see it. Each picture is saved as ``NAME-WIDTHxHEIGHT.png`` next to this file, and
whatever ``ui.widgets.fit.fit_problems`` finds cut off in it is printed beside its name.

To add a shot, write a generator that shows what to photograph and yields the window or dialog,
then cleans up after the ``yield``, and register it with ``@shot("name")``; a dialog needs only a
function that builds it, registered with ``@dialog_shot("name")``. It runs once per size.
Pages listed in ``ui.app.PAGE_FACTORIES`` appear without editing this script. Run under Xvfb
(with a screen as large as the largest size) or offscreen:

    xvfb-run -a -s "-screen 0 1920x1080x24" .venv/bin/python docs/screenshots/make_screenshots.py
    QT_QPA_PLATFORM=offscreen .venv/bin/python docs/screenshots/make_screenshots.py [NAME ...]

With names, only the shots whose name starts with one of them are taken. In another language
(issue 16), ``FORUM_KIT_SHOT_LANGUAGE=es`` (any code of ``forum_kit.i18n.LANGUAGES``, or
``pseudo`` for the generated pseudo-locale) takes them in that language, saved as
``NAME-es-WIDTHxHEIGHT.png``:

    FORUM_KIT_SHOT_LANGUAGE=es QT_QPA_PLATFORM=offscreen .venv/bin/python \
        docs/screenshots/make_screenshots.py page-01-map page-04-grievances
"""

from __future__ import annotations

import datetime as dt
import os
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication

OUT = Path(__file__).resolve().parent
TODAY = dt.date(2026, 11, 20)
CONTACTS = int(os.environ.get("FORUM_KIT_SHOT_CONTACTS", "1500"))
SIZES = ((1280, 720), (1920, 1080))
# the interface language of the run ("" = English, the source); part of each file's name
LANGUAGE = os.environ.get("FORUM_KIT_SHOT_LANGUAGE", "")
TITLE_BAR = 30  # what a window manager's title bar takes from the screen above a dialog
DESKTOP = "#3b4252"  # behind a window that has no main window under it

Take = Callable[["Studio"], Iterator[Any]]


@dataclass
class Shot:
    name: str
    take: Take


SHOTS: list[Shot] = []


def shot(name: str) -> Callable[[Take], Take]:
    """Register a shot: a generator that yields the widget to photograph, then cleans up."""

    def register(take: Take) -> Take:
        SHOTS.append(Shot(name, take))
        return take

    return register


@dataclass
class Studio:
    """What the shots work with; ``size`` is the screen size of the current pass."""

    app: Any
    deps: Any
    vault_path: Path
    tmp: Path
    controller: Any = None
    ctx: Any = None
    window: Any = None
    size: tuple[int, int] = SIZES[0]

    def settle(self, seconds: float = 0.0) -> None:
        for _ in range(5):
            self.app.processEvents()
        end = time.monotonic() + seconds
        while time.monotonic() < end:
            self.app.processEvents()
            time.sleep(0.02)

    def wait(self, done: Callable[[], bool], seconds: float = 10.0) -> None:
        """Let background work (file reading, dry runs, previews) finish."""
        end = time.monotonic() + seconds
        while not done() and time.monotonic() < end:
            self.app.processEvents()
            time.sleep(0.01)

    def page(self, key: str) -> Any:
        return self.window.show_page(key)


# ------------------------------------------------------------------------------ the shots
# Before the main window: the welcome window (create, open) and the unlock screen.


@shot("welcome")
def _welcome(s: Studio) -> Iterator[Any]:
    welcome = s.controller.welcome
    welcome.show_home()
    welcome.tabs.setCurrentWidget(welcome.open_panel)
    yield welcome


@shot("welcome-create")
def _welcome_create(s: Studio) -> Iterator[Any]:
    welcome = s.controller.welcome
    welcome.show_home()
    welcome.tabs.setCurrentWidget(welcome.create_panel)
    panel = welcome.create_panel
    panel.name.setText("warehouse-committee")
    panel.passphrase.setText("kettle orbit mango fiddle")
    panel.again.setText("kettle orbit mango fiddle")
    yield welcome
    panel.passphrase.clear()
    panel.again.clear()


@shot("unlock")
def _unlock(s: Studio) -> Iterator[Any]:
    s.controller.welcome.show_unlock(s.vault_path)
    yield s.controller.welcome


def _page_shots() -> None:
    """One shot per page, in the sidebar's order (with something chosen in its editor)."""
    from ui.app import PAGE_FACTORIES

    for number, (key, _title, _factory) in enumerate(PAGE_FACTORIES):
        shot(f"page-{number + 1:02d}-{key}")(_page_taker(key))


def _page_taker(key: str) -> Take:
    def take(s: Studio) -> Iterator[Any]:
        page = s.page(key)
        prepare = PAGE_SETUP.get(key)
        if prepare is not None:
            prepare(s, page)
        yield s.window

    return take


def _first_row(s: Studio, page: Any) -> None:
    """Select the first row of the page's main list, so its editor shows a record."""
    view = getattr(page, "table", None)
    if view is not None and view.model() is not None and view.model().rowCount():
        view.setCurrentIndex(view.model().index(0, 0))


def _documents(s: Studio, page: Any) -> None:
    # the preview is built in the background: wait for it (and show a briefing)
    page.kind.setCurrentIndex(page.kind.findData("briefing"))
    page.build_now()
    s.wait(lambda: page.is_current and page.preview.has_document, 8.0)
    s.settle(1.0)  # QPdfView renders its pages on a thread of its own


PAGE_SETUP: dict[str, Callable[[Studio, Any], None]] = {
    "people": _first_row,
    "grievances": _first_row,
    "documents": _documents,
}
_page_shots()


@shot("growth-committee")
def _growth_committee(s: Studio) -> Iterator[Any]:
    page = s.page("growth")
    page.metric_combo.setCurrentIndex(page.metric_combo.findData("committee"))
    yield s.window
    page.metric_combo.setCurrentIndex(0)


@shot("search")
def _search(s: Studio) -> Iterator[Any]:
    s.window.search_box.setText("overtime")
    s.window.run_search()
    yield s.window
    s.window.search_box.clear()


@shot("search-areas")
def _search_areas(s: Studio) -> Iterator[Any]:
    s.window.search_box.setText("team south")
    s.window.run_search()
    view = s.window.search_page.view
    model = view.model()
    for row in range(model.rowCount()):  # the areas found: the other groups folded away
        group = model.index(row, 0)
        if str(group.data()).startswith("Areas"):
            view.setCurrentIndex(model.index(0, 0, group))
        else:
            view.collapse(group)
    yield s.window
    s.window.search_box.clear()


@shot("settings-general")
def _settings_general(s: Studio) -> Iterator[Any]:
    dialog = s.window.open_settings()
    yield dialog
    dialog.reject()


@shot("settings-scale")
def _settings_scale(s: Studio) -> Iterator[Any]:
    dialog = s.window.open_settings()
    dialog.tabs.setCurrentIndex(1)
    yield dialog
    dialog.reject()


@shot("about")
def _about(s: Studio) -> Iterator[Any]:
    dialog = s.window._about()  # Help > About: the version and every bundled part's licence
    dialog.select_part("Qt")
    yield dialog
    dialog.reject()


def _chart_with_bad_rows(s: Studio) -> Path:
    chart = OUT.parents[1] / "tests" / "data" / "import" / "01_opeiu_chart.csv"
    text = chart.read_text(encoding="utf-8").rstrip("\n") + "\n"
    text += ("Rae,Stone,Loading,Days,Driver,FT,555-201-0031,rae@,2,,,,,\n"
             "Sol,Tran,Loading,Nights,Picker,sometimes,555-201-0032,,3,,,,,\n"
             "Ty,Ueda,Yard,Days,Driver,FT,call me,,1,,,,,\n"
             # the same people again: one completes Bo's row, one differs from Ana's
             "Bo,Li,Packing,Days,Packer,PT,(555) 201-0002,bo@example.org,2,,,,,\n"
             "Ana,Pérez-Ruiz,Packing,Days,Packer,FT,555-201-0001,,1,C,Y,2025-01-10,,\n")
    path = s.tmp / "chart.csv"
    path.write_text(text, encoding="utf-8")
    return path


def _wizard(s: Studio, *, dry_run: bool) -> Iterator[Any]:
    from ui.dialogs.import_wizard import ImportWizard

    wizard = ImportWizard(s.ctx, s.window, path=_chart_with_bad_rows(s),
                          choose_file=lambda parent: None)
    wizard.resize(860, 600)
    wizard.show()
    wizard.next()  # reading the file and the dry run run in the background
    s.wait(lambda: wizard.currentPage() is wizard.mapping_page)
    if dry_run:
        wizard.next()
        s.wait(lambda: wizard.plan is not None)
    yield wizard
    wizard.reject()


@shot("import-1-columns")
def _import_columns(s: Studio) -> Iterator[Any]:
    yield from _wizard(s, dry_run=False)


@shot("import-2-dry-run")
def _import_dry_run(s: Studio) -> Iterator[Any]:
    yield from _wizard(s, dry_run=True)


def dialog_shot(name: str) -> Callable[[Callable[[Studio], Any]], Take]:
    """Register a shot of the dialog a function builds: shown, photographed, then rejected."""

    def register(build: Callable[[Studio], Any]) -> Take:
        def take(s: Studio) -> Iterator[Any]:
            dialog = build(s)
            dialog.show()
            yield dialog
            dialog.reject()

        return shot(name)(take)

    return register


@dialog_shot("export")
def _export(s: Studio) -> Any:
    from ui.dialogs.export_dialog import ExportDialog

    return ExportDialog(s.ctx, s.window, **s.page("people").export_request())


@dialog_shot("structure-tests")
def _structure_tests(s: Studio) -> Any:
    from ui.pages.structure_tests import StructureTestDialog

    page = s.page("map")
    dialog = StructureTestDialog(s.window, s.ctx, page._workplace_id, page.current_area_id())
    tests = dialog.panel.tests
    if tests.model().rowCount():
        tests.setCurrentIndex(tests.model().index(0, 0))
    return dialog


@dialog_shot("area-add")
def _area_add(s: Studio) -> Any:
    from ui.editors.area_dialogs import AreaDialog

    return AreaDialog(s.window, QCoreApplication.translate("MapPage", "Add area"))


@dialog_shot("area-move")
def _area_move(s: Studio) -> Any:
    from ui.editors.area_dialogs import move_dialog

    return move_dialog(s.window, s.page("map").tree_model.paths())


@dialog_shot("prompt-workplace")
def _prompt_workplace(s: Studio) -> Any:
    from ui.editors.common import text_dialog

    return text_dialog(s.window, QCoreApplication.translate("MapPage", "Add workplace"),
                       QCoreApplication.translate("MapPage", "Name of the workplace:"))


@dialog_shot("pick-person")
def _pick_person(s: Studio) -> Any:
    from ui.editors.pick_contact import PickContactDialog

    dialog = PickContactDialog(s.window, s.ctx)
    dialog.search.setText("a")
    return dialog


@dialog_shot("contract")
def _contract(s: Studio) -> Any:
    from ui.editors.contract_editor import ContractDialog

    page = s.page("grievances")
    _first_row(s, page)
    return ContractDialog(s.window, s.ctx, contract_id=page.editor.detail.contract_id)


@shot("grievance-steps")
def _grievance_steps(s: Studio) -> Iterator[Any]:
    page = s.page("grievances")
    _first_row(s, page)
    page.editor.tabs.setCurrentWidget(page.editor.steps_scroll)
    yield s.window
    page.editor.tabs.setCurrentIndex(0)


@dialog_shot("grievance-date")
def _grievance_date(s: Studio) -> Any:
    from ui.editors.grievance_dialogs import DateDialog

    return DateDialog(s.window, QCoreApplication.translate("StepsPanel", "Record answer"),
                      QCoreApplication.translate("StepsPanel", "Date:"), TODAY)


@dialog_shot("grievance-extension")
def _grievance_extension(s: Studio) -> Any:
    from ui.editors.grievance_dialogs import ExtensionDialog

    return ExtensionDialog(s.window, TODAY, [
        ("file", QCoreApplication.translate("StepsPanel", "Filing / appeal deadline")),
        ("answer", QCoreApplication.translate("StepsPanel", "Employer's answer deadline"))])


@dialog_shot("meeting")
def _meeting(s: Studio) -> Any:
    from ui.editors.meeting_editor import MeetingDialog

    return MeetingDialog(s.window, dt.datetime.combine(TODAY, dt.time(18, 0)))


@dialog_shot("motion")
def _motion(s: Studio) -> Any:
    from ui.editors.meeting_editor import MotionDialog

    return MotionDialog(s.window, [(1, "Overtime rota"), (2, "Canteen prices")])


@dialog_shot("attendance")
def _attendance(s: Studio) -> Any:
    from ui.editors.meeting_editor import AttendanceDialog

    return AttendanceDialog(s.window, s.ctx, None, [], 2)


@dialog_shot("delegate")
def _delegate(s: Studio) -> Any:
    from ui.editors.mandate_editor import DelegateDialog

    return DelegateDialog(s.window, s.page("assemblies")._councils(), [], TODAY,
                          pick_contact=lambda parent: None)


@dialog_shot("mandate")
def _mandate(s: Studio) -> Any:
    from ui.editors.mandate_editor import MandateDialog

    return MandateDialog(s.window, [(1, "Regional pay claim")], [], TODAY)


@dialog_shot("report-back")
def _report_back(s: Studio) -> Any:
    from ui.editors.mandate_editor import ReportDialog

    return ReportDialog(s.window, [(1, "A delegate")], TODAY)


@dialog_shot("recall")
def _recall(s: Studio) -> Any:
    from ui.editors.mandate_editor import RecallDialog

    return RecallDialog(s.window, [(1, "Recall the delegate (carried)")], TODAY)


@dialog_shot("new-forum")
def _new_forum(s: Studio) -> Any:
    from ui.dialogs.assembly_dialogs import BodyDialog

    return BodyDialog(s.window, "forum", s.page("assemblies")._councils(), [])


@dialog_shot("trust-card")
def _trust_card(s: Studio) -> Any:
    from ui.dialogs.bundle_dialogs import TrustDialog

    return TrustDialog(s.window, [])


@dialog_shot("recovery-key")
def _recovery_key(s: Studio) -> Any:
    from ui.dialogs.recovery_key import RecoveryKeyDialog

    return RecoveryKeyDialog("demo", "ABCD-EFGH-JKMN-PQRS-TUVW-XYZ2-3456-789A",
                             printer=lambda *a: True, parent=s.window)


@dialog_shot("confirm-delete")
def _confirm_delete(s: Studio) -> Any:
    from ui.dialogs.confirm import build_confirm_box

    return build_confirm_box(s.window, "this area", ["its 3 sub-areas", "2 structure tests"])


# Issue 24, a steward's day (day-*): search typed in plain letters, a new person in one step,
# Conversations with Save in view, a refused motion kept open with its field marked, the recall
# form's valid date, Settings' Vault and me, a contract's holidays from the list, and the
# recovery key's Print with no printer.


@shot("day-search-plain-letters")
def _day_search(s: Studio) -> Iterator[Any]:
    import sqlalchemy as sa

    from forum_kit.text_fold import needs_transliteration, transliterate

    with s.ctx.unit_of_work() as session:
        names = session.execute(sa.text("SELECT first_name, last_name FROM contacts")).all()
    typed = next((transliterate(f"{a} {b}") for a, b in names
                  if needs_transliteration(f"{a}{b}") and transliterate(f"{a} {b}").isascii()),
                 "lukasz")
    s.window.search_box.setText(typed)
    s.window.run_search()
    yield s.window
    s.window.search_box.clear()


@shot("day-person-new")
def _day_person(s: Studio) -> Iterator[Any]:
    people = s.page("people")
    people.new_person()
    ed = people.editor
    ed.first_name.setText("Łucja")
    ed.last_name.setText("Wiśniewska")
    ed.phone.setText("+44 7700 900123")
    ed.employee_number.setText("E-1042")
    ed.card_signed.setChecked(True)
    ed.start_level.setCurrentIndex(ed.start_level.findData(2))
    yield s.window
    ed.clear()
    people.refresh()


@shot("day-conversations")
def _day_conversations(s: Studio) -> Iterator[Any]:
    convs = s.page("conversations")
    if convs.followups_model.rowCount():
        convs.followups.setCurrentIndex(convs.followups_model.index(0, 0))
        convs.open_button.click()
    yield s.window


@shot("day-motion-refused")
def _day_motion_refused(s: Studio) -> Iterator[Any]:
    from forum_kit.errors import InvalidInput
    from forum_kit.i18n import _
    from ui.editors.meeting_editor import MotionDialog

    def refuse(spec: Any) -> None:
        raise InvalidInput(_("The counts do not carry the motion: it needs more votes for than "
                             "against. Check the counts or record it as lost."))

    dialog = MotionDialog(s.window, [(1, "Overtime rota")])
    dialog.submit = refuse
    dialog.text.setPlainText("Refuse the new rota until the committee has seen it")
    dialog.result.setCurrentIndex(dialog.result.findData("carried"))
    dialog.votes_for.setValue(3)
    dialog.votes_against.setValue(9)
    dialog.show()
    dialog.accept()  # refused: the dialog stays, the field marked
    yield dialog
    dialog.reject()


@dialog_shot("day-recall")
def _day_recall(s: Studio) -> Any:
    from ui.editors.mandate_editor import RecallDialog, RecallMotion

    return RecallDialog(s.window, [(1, "2026-11-12: Recall the delegate — Carried")], TODAY,
                        details={1: RecallMotion(dt.date(2026, 11, 12), True)},
                        term_start=dt.date(2026, 1, 1))


@shot("day-settings-vault")
def _day_settings_vault(s: Studio) -> Iterator[Any]:
    dialog = s.window.open_settings()
    dialog.tabs.setCurrentIndex(2)
    yield dialog
    dialog.reject()


@dialog_shot("day-contract-holidays")
def _day_contract(s: Studio) -> Any:
    from ui.editors.contract_editor import ContractDialog

    dialog = ContractDialog(s.window, s.ctx, workplace_id=None)
    dialog.name.setText("Depot agreement")
    dialog.country.setCurrentIndex(dialog.country.findData("GB"))
    dialog.region.setCurrentIndex(dialog.region.findData("SCT"))
    dialog.add_public_holidays()
    return dialog


@shot("day-recovery-no-printer")
def _day_recovery(s: Studio) -> Iterator[Any]:
    from ui.dialogs.recovery_key import NO_PRINTER, RecoveryKeyDialog

    dialog = RecoveryKeyDialog("demo", "K7PQ-4MXD-9RTA-2WEF-8HJN-3BVC-6YUS-5GZE",
                               printer=lambda parent, name, text: NO_PRINTER, parent=s.window)
    dialog.show()
    dialog.print_button.click()
    yield dialog
    dialog.written.setChecked(True)
    dialog.accept()
# The grievance paperwork: a case's letters, the letter dialog (an appeal), the letter template
# editor and the committee's grievance review (figures and chart).


def _answered_case(s: Studio) -> int:
    """An open case answered at its step, not sensitive: its next letter is the appeal."""
    import sqlalchemy as sa

    with s.ctx.unit_of_work() as session:
        return session.execute(sa.text(
            "SELECT g.id FROM grievances g JOIN grievance_events e ON e.grievance_id = g.id "
            "AND e.step = g.current_step AND e.kind = 'answered' WHERE g.status = 'open' AND "
            "g.current_step < 4 AND g.sensitive = 0 ORDER BY g.number")).scalars().first()


@shot("grievance-letters")
def _grievance_letters(s: Studio) -> Iterator[Any]:
    page = s.page("grievances")
    page.open_item("grievance", _answered_case(s))
    page.editor.tabs.setCurrentWidget(page.editor.letters)
    yield s.window
    page.editor.tabs.setCurrentIndex(0)


@shot("grievance-letter")
def _grievance_letter(s: Studio) -> Iterator[Any]:
    from ui.dialogs.letter_dialog import LetterDialog

    dialog = LetterDialog(s.ctx, _answered_case(s), kind="appeal", parent=s.window)
    dialog.show()
    s.wait(lambda: dialog.preview.has_document, 15.0)
    s.settle(1.0)  # QPdfView renders its pages on a thread of its own
    yield dialog
    dialog.reject()
    dialog.deleteLater()


@dialog_shot("letter-templates")
def _letter_templates(s: Studio) -> Any:
    from ui.dialogs.letter_templates import TemplatesDialog

    page = s.page("grievances")
    _first_row(s, page)
    return TemplatesDialog(s.ctx, contract_id=page.editor.detail.contract_id, parent=s.window)


def _review(s: Studio, tab: int) -> Iterator[Any]:
    page = s.page("grievances")
    page.views.setCurrentWidget(page.review)
    review = page.review
    s.wait(lambda: review.figures is not None and not review.busy, 30.0)
    review.tabs.setCurrentIndex(tab)
    s.settle(0.3)  # QtCharts lays its chart out a moment later
    yield s.window
    review.tabs.setCurrentIndex(0)
    page.views.setCurrentIndex(0)


@shot("grievance-review")
def _grievance_review(s: Studio) -> Iterator[Any]:
    yield from _review(s, 0)


@shot("grievance-review-chart")
def _grievance_review_chart(s: Studio) -> Iterator[Any]:
    yield from _review(s, 4)


# Beyond the workplace (issue 19): the Mutual aid page's tabs on the demo estate, its forms, and
# the care items on the Map, People, Conversations and Grievances pages.


def _estate(s: Studio) -> Any:
    """The demo's neighbourhood (or, in a vault without one, its first place)."""
    from forum_kit.queries import areas as areas_q

    with s.ctx.unit_of_work() as session:
        places = areas_q.workplaces(session, counts=False)
    return next((w for w in places if w.kind == "neighbourhood"), places[0])


def _aid_tab(name: str) -> Take:
    def take(s: Studio) -> Iterator[Any]:
        page = s.page("mutual_aid")
        page.place.setCurrentIndex(page.place.findData(_estate(s).id))
        tab = getattr(page, name)
        page.tabs.setCurrentWidget(tab)
        _first_row(s, tab)
        yield s.window
        page.tabs.setCurrentIndex(0)

    return take


def _beyond_the_workplace_shots() -> None:
    for name, tab in (("needs", "needs"), ("offers", "offers"), ("time-bank", "time_bank"),
                      ("fund", "fund"), ("figures", "figures"), ("check-ins", "check_ins"),
                      ("retaliation", "retaliation")):
        shot(f"mutual-aid-{name}")(_aid_tab(tab))


_beyond_the_workplace_shots()


@shot("map-neighbourhood")
def _map_neighbourhood(s: Studio) -> Iterator[Any]:
    page = s.page("map")
    page.set_workplace(_estate(s).id)
    yield s.window


@shot("people-care")
def _people_care(s: Studio) -> Iterator[Any]:
    from forum_kit.queries.care import check_ins

    with s.ctx.unit_of_work() as session:
        due = check_ins(session, today=s.ctx.today(), open_only=True)
    page = s.page("people")
    if due:
        page.set_workplace(_estate(s).id)
        for row in due:  # a member of the estate with a check-in due, if there is one
            if page.select_contact(row.contact_id):
                break
    yield s.window


@shot("conversations-care")
def _conversations_care(s: Studio) -> Iterator[Any]:
    s.page("conversations")
    yield s.window


@dialog_shot("need-form")
def _need_form(s: Studio) -> Any:
    from ui.dialogs.community_forms import NeedOfferForm

    page = s.page("mutual_aid")
    return NeedOfferForm(s.window, "need", today=TODAY, areas=page.areas(),
                         choose=lambda parent: None)


@dialog_shot("match-form")
def _match_form(s: Studio) -> Any:
    from forum_kit.queries import mutual_aid as aid_q
    from ui.dialogs.community_forms import MatchForm
    from ui.models.community_models import fit_views

    estate = _estate(s).id
    with s.ctx.unit_of_work() as session:
        needs = aid_q.needs(session, workplace_id=estate, status="open")
        fits = aid_q.fitting_offers(session, need_id=needs[0].id, today=TODAY) if needs else []
    return MatchForm(s.window, "Childcare for a member: school run on Tuesdays",
                     fit_views(fits), today=TODAY, choose=lambda parent: None)


@dialog_shot("exchange-form")
def _exchange_form(s: Studio) -> Any:
    from ui.dialogs.community_forms import ExchangeForm

    return ExchangeForm(s.window, today=TODAY, choose=lambda parent: None)


@dialog_shot("fund-entry-form")
def _fund_entry_form(s: Studio) -> Any:
    from ui.dialogs.community_forms import FundEntryForm

    return FundEntryForm(s.window, today=TODAY, needs=[], choose=lambda parent: None)


@dialog_shot("check-in-form")
def _check_in_form(s: Studio) -> Any:
    from ui.dialogs.community_forms import CheckInForm

    return CheckInForm(s.window, today=TODAY, member=None, grievances=[],
                       choose=lambda parent: None)


@dialog_shot("incident-form")
def _incident_form(s: Studio) -> Any:
    from ui.dialogs.community_forms import IncidentForm

    return IncidentForm(s.window, today=TODAY, member=None, grievances=[],
                        choose=lambda parent: None)
# Issue 22, the social map (map-*): the picture of the workplace with all its layers and with
# each layer alone, the floor plan, the coverage matrix, a chart with chosen columns and a
# filter, an area's hazards, and a scale of seven levels.

def _map_picture(s: Studio, layers: tuple[str, ...] | None = None, *,
                 plan: bool = False) -> Iterator[Any]:
    page = s.page("map")
    picture = page.picture
    page.right_tabs.setCurrentWidget(picture)
    picture.by_plan.setChecked(plan)
    for key, box in picture.layer_boxes.items():
        box.setChecked(layers is None or key in layers)
    areas = [a for a in (picture.map.areas if picture.map else ()) if a.leaf]
    chosen = next((a for a in areas if a.zone and a.hazards), areas[0] if areas else None)
    if chosen is not None:
        page.select_area(chosen.area_id)
    s.settle(0.2)
    yield s.window
    for box in picture.layer_boxes.values():
        box.setChecked(True)
    picture.by_headcount.setChecked(True)
    page.right_tabs.setCurrentIndex(0)


def _layer_shot(layers: tuple[str, ...] | None, name: str) -> None:
    shot(name)(lambda s: _map_picture(s, layers))


_layer_shot(None, "map-picture")
for _layer in ("leaders", "committee", "ties", "unreached", "zones", "hazards"):
    _layer_shot((_layer,), f"map-layer-{_layer}")


@shot("map-floor-plan")
def _map_floor_plan(s: Studio) -> Iterator[Any]:
    steps = _map_picture(s, None, plan=True)
    window = next(steps)
    s.page("map").picture.arrange.setChecked(True)
    yield window
    s.page("map").picture.arrange.setChecked(False)
    for _ in steps:
        pass


@shot("map-coverage")
def _map_coverage(s: Studio) -> Iterator[Any]:
    page = s.page("map")
    page.right_tabs.setCurrentWidget(page.coverage)
    page.coverage.rows.setCurrentIndex(page.coverage.rows.findData("area"))
    page.coverage.columns.setCurrentIndex(page.coverage.columns.findData("shift"))
    s.settle(0.2)
    yield s.window
    page.right_tabs.setCurrentIndex(0)


@shot("map-chart-view")
def _map_chart_view(s: Studio) -> Iterator[Any]:
    page = s.page("map")
    bar = page.views_bar
    page.right_tabs.setCurrentIndex(0)
    bar.choose_columns = lambda _parent, _current: [
        "name", "shift", "employment", "level", "committee_role", "organic_leader", "ties",
        "reached", "card_signed_on", "language"]
    bar.edit_columns()
    bar.ask_filter = lambda *_args: {"unreached": True}
    bar.edit_filter()
    s.settle(0.2)
    yield s.window
    bar.ask_filter = lambda *_args: {}
    bar.edit_filter()
    bar.choose_columns = lambda _parent, _current: list(__import__(
        "ui.models.people_model", fromlist=["CHART_COLUMNS"]).CHART_COLUMNS)
    bar.edit_columns()


@dialog_shot("map-hazards")
def _map_hazards(s: Studio) -> Any:
    from ui.dialogs.hazards_dialog import HazardsDialog

    page = s.page("map")
    area = page.current_area_id()
    return HazardsDialog(s.ctx, area, dict(page.tree_model.paths()).get(area, ""), s.window)


@shot("settings-scale-seven")
def _settings_scale_seven(s: Studio) -> Iterator[Any]:
    dialog = s.window.open_settings()
    dialog.tabs.setCurrentIndex(1)
    editor = dialog.scale_editor
    editor.add_level()
    editor.entries[-1].widgets["label"].setText("Leaning our way")
    editor.move(len(editor.entries) - 1, -1)
    editor.move(len(editor.entries) - 2, -1)
    editor.move(len(editor.entries) - 3, -1)
    editor.add_level()
    editor.entries[-1].widgets["label"].setText("Doubtful")
    editor.move(len(editor.entries) - 1, -1)
    editor.move(len(editor.entries) - 2, -1)
    yield dialog
    dialog.reject()


# Issue 26, the steward's guide: the guide window (F1 on the Map) and the first-run walk-through's
# steps, filled but not saved (the demo vault stays as the other shots expect it). The guide shows
# small copies of some of the pictures: ``copy_guide_images`` remakes them after every run.


@shot("guide")
def _guide(s: Studio) -> Iterator[Any]:
    s.page("map")
    window = s.window.open_guide()
    window.show_part("map", "figures")
    yield window
    window.close()


@shot("guide-glossary")
def _guide_glossary(s: Studio) -> Iterator[Any]:
    window = s.window.open_guide("glossary", "mandate")
    yield window
    window.close()


def _walkthrough(s: Studio, step: str) -> Iterator[Any]:
    from forum_kit.queries.areas import area_tree, workplaces
    from ui.help.walkthrough import WalkthroughDialog

    dialog = WalkthroughDialog(s.ctx, s.window)
    with s.ctx.unit_of_work() as session:
        workplace = workplaces(session, counts=False)[0]
        area = area_tree(session, workplace.id, counts=False)[0]
    if step == "workplace":
        dialog.workplace_choice.setCurrentIndex(0)  # as in a new vault: a new workplace
        dialog.workplace_name.setText("Riverside depot")
        dialog.employer.setText("Parcelco Ltd")
    dialog.workplace_id, dialog.area_id = workplace.id, area.id
    dialog.go(step)
    if step == "area":
        dialog.area_name.setText("Loading bay")
        dialog.area_kind.setText("department")
    elif step == "people":
        dialog.first_name.setText("Amara")
        dialog.last_name.setText("Okafor")
        dialog.level.setCurrentIndex(dialog.level.findData(2))
    elif step == "one_on_one":
        dialog.editor.texts["agitate"].setPlainText("Forced overtime announced the day before")
        dialog.editor.texts["ask"].setPlainText("Come to Thursday's meeting at the café")
        dialog.editor.texts["answer"].setPlainText("Yes, and will bring Tomás")
    dialog.show()
    yield dialog
    dialog.reject()


def _walkthrough_taker(step: str) -> Take:
    return lambda s: _walkthrough(s, step)


for _number, _step in enumerate(("intro", "workplace", "area", "people", "one_on_one")):
    _name = {"intro": "welcome", "one_on_one": "one-on-one"}.get(_step, _step)
    shot(f"walkthrough-{_number}-{_name}")(_walkthrough_taker(_step))


GUIDE_SOURCE_SIZE = SIZES[0]  # the guide shows the small laptop's pictures...
GUIDE_WIDTH = 640  # ...at the width it draws them, in 64 greys and colours: ~25 KB each
GUIDE_COLOURS = 64


def guide_picture(shot_name: str) -> Any:
    """The picture the guide shows for ``shot_name`` (a PIL image): the 1280x720 screenshot
    scaled to ``GUIDE_WIDTH`` and reduced to a small palette, so the program stays small."""
    from PIL import Image

    width, height = GUIDE_SOURCE_SIZE
    image = Image.open(OUT / f"{shot_name}-{width}x{height}.png").convert("RGB")
    size = (GUIDE_WIDTH, round(image.height * GUIDE_WIDTH / image.width))
    small = image.resize(size, Image.Resampling.LANCZOS)
    return small.quantize(colors=GUIDE_COLOURS, method=Image.Quantize.MEDIANCUT,
                          dither=Image.Dither.NONE)


def copy_guide_images() -> list[str]:
    """Write the pictures the guide shows (``resources/guide/*/*.html``: ``../images/SHOT.png``)
    from this folder's screenshots into ``resources/guide/images/``, which ships with the
    program, and remove the ones no part shows any more; the names written."""
    from forum_kit import guide

    wanted: set[str] = set()
    for language in guide.languages():
        for name in guide.ALL_FILES:
            path = guide.guide_root() / language / f"{name}{guide.SUFFIX}"
            if path.is_file():
                part = guide.read_html(path.read_text(encoding="utf-8"))
                wanted.update(Path(src).name for src in part.images)
    target = guide.images_dir()
    target.mkdir(parents=True, exist_ok=True)
    written = []
    for name in sorted(wanted):
        source = OUT / f"{Path(name).stem}-{GUIDE_SOURCE_SIZE[0]}x{GUIDE_SOURCE_SIZE[1]}.png"
        if source.is_file():
            guide_picture(Path(name).stem).save(target / name, optimize=True)
            written.append(name)
    for stale in target.glob("*.png"):
        if stale.name not in wanted:
            stale.unlink()
    return written


@shot("locked")
def _locked(s: Studio) -> Iterator[Any]:
    s.window.lock_now()
    yield s.window


# ------------------------------------------------------------------------------ the committee
# The demo vault keeps the chart: a steward ("Beatriz Quiñones", scoped to one area) got a copy
# and sent back a report that waits for review (a phone the keeper changed too: a conflict); a
# second keeper's copy is held by the demo vault, to show a copy in the pages.


def _committee(s: Studio) -> dict[str, Any]:
    """Made once per run: the steward's vault, the waiting report, a held copy."""
    made = getattr(s, "committee", None)
    if made is not None:
        return made
    import sqlalchemy as sa

    from forum_kit import demo
    from forum_kit.committee import copies, copydb, entries, members, review
    from forum_kit.exchange import identity
    from forum_kit.models import Area, Contact
    from forum_kit.vault import FAST_KDF, Vault

    now = dt.datetime.combine(TODAY, dt.time(9), dt.UTC)
    keeper = s.ctx.vault
    bea = Vault.create(s.tmp / "bea.forumkit", "steward passphrase", kdf=FAST_KDF)
    other = Vault.create(s.tmp / "kim.forumkit", "keeper passphrase", kdf=FAST_KDF)
    demo.generate(other, today=TODAY, contacts=60, workplaces=1, areas=6, seed=3)
    cards = {}
    for name, vault in (("Forum Kit demo", keeper), ("Beatriz Quiñones", bea),
                        ("Kim Nakamura", other)):
        with vault.unit_of_work() as ses:
            cards[name] = identity.own_card(ses, default_name=name, now=now)

    def trust(vault: Any, keeper_name: str) -> None:
        with vault.unit_of_work() as ses:
            card = cards[keeper_name]
            members.trust_keeper(ses, card=identity.card_text(card),
                                 fingerprint=card.fingerprint_text, added_on=TODAY)

    def member(vault: Any, name: str, area: int | None, workplace: int) -> int:
        with vault.unit_of_work() as ses:
            card = cards[name]
            return members.add_member(
                ses, workplace_id=workplace, card=identity.card_text(card),
                fingerprint=card.fingerprint_text, added_on=TODAY,
                scope=members.ScopeSpec(None if area is None else (area,), False)).id

    trust(bea, "Forum Kit demo")
    trust(keeper, "Kim Nakamura")
    with keeper.unit_of_work() as ses:
        workplace, area = ses.execute(
            sa.select(Area.workplace_id, Area.id).where(Area.parent_id.is_(None))
            .order_by(Area.id)).first()
    bea_id = member(keeper, "Beatriz Quiñones", area, workplace)
    with other.unit_of_work() as ses:
        other_wp = ses.execute(sa.text("SELECT id FROM workplaces")).scalar_one()
    held_id = member(other, "Forum Kit demo", None, other_wp)
    with keeper.unit_of_work() as ses:
        data = copies.write_copy(ses, member_id=bea_id, now=now, default_name="Forum Kit demo").data
    with bea.unit_of_work() as ses:
        opened = copies.open_copy(ses, data, vault_folder=bea.path, now=now,
                                  default_name="Beatriz Quiñones")
        chart = copies.open_held(ses, vault_folder=bea.path, copy_row_id=opened.copy_row_id)
    with bea.unit_of_work() as ses, chart.unit_of_work() as copy:
        people = copy.execute(sa.select(Contact.id).where(Contact.left_on.is_(None))
                              .order_by(Contact.id).limit(3)).scalars().all()
        row = opened.copy_row_id
        entries.correct_contact(ses, copy, copy_row_id=row, contact_id=people[0],
                                changes={"phone": "+44 161 496 0222"}, now=now)
        for person, level in zip(people, (2, 1, 3), strict=True):
            entries.log_one_on_one(
                ses, copy, copy_row_id=row, contact_id=person, held_on=TODAY, level=level,
                texts={"agitate": "Short staffed on nights again", "plan": "Sign the petition"},
                tags=["staffing"], now=now)
        copy_area = copy.execute(sa.select(Area.id).order_by(Area.id)).scalars().first()
        entries.new_contact(ses, copy, copy_row_id=row, area_id=copy_area, now=now,
                            fields={"first_name": "Ngozi", "last_name": "Adébáyọ̀",
                                    "phone": "0161 496 0000"})
        report = entries.write_report(ses, copy_row_id=row, now=now,
                                      default_name="Beatriz Quiñones").data
    chart.close()
    with keeper.unit_of_work() as ses:
        uid = ses.execute(sa.text("SELECT uid FROM contacts WHERE id = :i"), {"i": people[0]})
        ses.execute(sa.text("UPDATE contacts SET phone = '+44 161 496 0111' WHERE uid = :u"),
                    {"u": uid.scalar()})
        received = review.receive_report(ses, report, now=now, default_name="Forum Kit demo")
    with other.unit_of_work() as ses:
        data = copies.write_copy(ses, member_id=held_id, now=now, default_name="Kim Nakamura").data
    with keeper.unit_of_work() as ses:
        held = copies.open_copy(ses, data, vault_folder=keeper.path, now=now,
                                default_name="Forum Kit demo")
    copydb.remove_copy_files(keeper.path, held.stale_files)
    member(keeper, "Kim Nakamura", None, workplace)
    with keeper.unit_of_work() as ses:  # what the demo vault's steward logged in Kim's copy
        chart = copies.open_held(ses, vault_folder=keeper.path, copy_row_id=held.copy_row_id)
    with keeper.unit_of_work() as ses, chart.unit_of_work() as copy:
        people = copy.execute(sa.select(Contact.id).where(Contact.left_on.is_(None))
                              .order_by(Contact.last_name).limit(2)).scalars().all()
        entries.log_one_on_one(ses, copy, copy_row_id=held.copy_row_id, contact_id=people[0],
                               held_on=TODAY, level=2, now=now, tags=["breaks"],
                               texts={"agitate": "Breaks cut to ten minutes"})
        entries.correct_contact(ses, copy, copy_row_id=held.copy_row_id, contact_id=people[1],
                                changes={"email": "maria.r@example.org"}, now=now)
    chart.close()
    bea.lock()
    other.lock()
    s.committee = {"report": received.report_row_id, "copy": held.copy_row_id}
    return s.committee


def _committee_page(s: Studio, page: Any) -> None:
    _committee(s)
    page.refresh()
    page.tabs.setCurrentIndex(0)
    page.members.selectRow(0)
    page.reports.selectRow(0)


PAGE_SETUP["committee"] = _committee_page


@dialog_shot("committee-review")
def _committee_review(s: Studio) -> Any:
    from forum_kit.committee import review
    from ui.dialogs.committee_dialogs import ReviewDialog

    made = _committee(s)
    s.page("committee").refresh()
    with s.ctx.own_unit_of_work() as ses:
        plan = review.plan_review(ses, made["report"], today=TODAY)
    dialog = ReviewDialog(s.window, s.ctx, plan)
    dialog.decide(plan.changes[1], review.ACCEPT)
    dialog.decide(plan.changes[4], review.DECLINE)
    dialog.table.selectRow(0)
    return dialog


@dialog_shot("committee-add-steward")
def _committee_add(s: Studio) -> Any:
    from ui.dialogs.committee_dialogs import MemberDialog

    page = s.page("committee")
    dialog = MemberDialog(s.window, card=True, **page._member_choices())
    dialog.card_fields.name.setText("Chen Wěi")
    return dialog


@shot("committee-copy")
def _committee_copy(s: Studio) -> Iterator[Any]:
    made = _committee(s)
    s.window.copy_mode.show_copy(made["copy"])
    page = s.page("people")
    _first_row(s, page)
    yield s.window
    s.window.copy_mode.show_own()


@shot("committee-my-report")
def _committee_my_report(s: Studio) -> Iterator[Any]:
    made = _committee(s)
    s.window.copy_mode.show_copy(made["copy"])
    page = s.page("committee")
    page.tabs.setCurrentIndex(1)
    page.copies.selectRow(0)
    yield s.window
    s.window.copy_mode.show_own()


# ------------------------------------------------------------------------------ the confederation
# Issue 20: the demo vault's City Workers' Council sends its agenda down to two forums (vaults of
# their own), takes their mandates up, meets and records their votes; the Regional Assembly above
# it (a vault of its own) sends its agenda down, takes the City council's own mandate and sends
# its decisions back, with the City delegate's vote against the mandate.


def _confederation(s: Studio) -> dict[str, Any]:
    if getattr(s, "confederation", None):
        return s.confederation
    import sqlalchemy as sa

    from forum_kit import demo
    from forum_kit.exchange import bundle_export, bundle_import, downward, identity
    from forum_kit.models.enums import MotionKind, MotionResult
    from forum_kit.services import assemblies as asm
    from forum_kit.vault import FAST_KDF, Vault

    def when(day: int, hour: int = 9) -> dt.datetime:
        return dt.datetime(2026, 11, day, hour, tzinfo=dt.UTC)

    city = s.ctx.vault
    forums = {}
    for seed, name in ((11, "Northgate"), (12, "Southbank")):
        v = Vault.create(s.tmp / f"{name}.forumkit", "forum passphrase", kdf=FAST_KDF)
        demo.generate(v, today=TODAY, contacts=80, workplaces=1, areas=5, seed=seed)
        with v.unit_of_work() as ses:
            wp = ses.execute(sa.text("SELECT id FROM workplaces")).scalar_one()
            ses.execute(sa.text("DELETE FROM bodies WHERE kind = 'forum'"))
            asm.create_body(ses, kind="forum", name=f"{name} depot forum", workplace_id=wp)
        forums[name] = v
    region = Vault.create(s.tmp / "region.forumkit", "region passphrase", kdf=FAST_KDF)
    with region.unit_of_work() as ses:
        ses.execute(sa.text("DELETE FROM bodies"))
        body = asm.create_body(ses, kind="council", name="Regional Assembly of Councils")
        rm = asm.schedule_meeting(ses, body_id=body.id, held_at=dt.datetime(2026, 11, 19, 18),
                                  place="Miners' Hall")
        asm.add_agenda_item(ses, meeting_id=rm.id, title="Regional pay floor",
                            description="One pay floor for every depot in the region.")
    cards = {}
    for name, v in (("city", city), ("region", region), *forums.items()):
        with v.unit_of_work() as ses:
            cards[name] = identity.own_card(ses, default_name=name, now=when(1))

    def trust(v: Any, name: str, kind: str, body: int | None = None) -> None:
        with v.unit_of_work() as ses:
            identity.trust_peer(ses, card=identity.card_text(cards[name]),
                                fingerprint=cards[name].fingerprint_text, kind=kind,
                                added_on=TODAY, body_id=body)

    with city.unit_of_work() as ses:
        council = ses.execute(sa.text(
            "SELECT id FROM bodies WHERE name = 'City Workers'' Council'")).scalar_one()
        regional = ses.execute(sa.text(
            "SELECT id FROM bodies WHERE name = 'Regional Assembly of Councils'")).scalar_one()
        meeting = asm.schedule_meeting(ses, body_id=council, held_at=dt.datetime(2026, 11, 18, 18),
                                       place="Trades Hall")
        items = [asm.add_agenda_item(ses, meeting_id=meeting.id, title=t, description=d).id
                 for t, d in (("Pay claim", "The 6% claim for the coming year."),
                              ("Strike ballot", "Whether to ballot over the new rota."))]
    for name, v in forums.items():
        trust(city, name, "forum")
        trust(v, "city", "council")
    trust(city, "region", "council", regional)
    trust(region, "city", "council")

    def take(v: Any, data: bytes, now: dt.datetime) -> Any:
        kind = downward.kind_of(data)
        with v.unit_of_work() as ses:
            if kind == "agenda":
                return downward.import_agenda(ses, data, now=now, default_name="v")
            if kind == "decisions":
                return downward.import_decisions(ses, data, now=now, default_name="v")
            return bundle_import.import_bundle(ses, data, now=now, default_name="v")

    for n, (name, v) in enumerate(forums.items()):
        with city.unit_of_work() as ses:
            agenda = downward.export_agenda(
                ses, recipient_fingerprint=cards[name].fingerprint_text,
                meeting_date=dt.date(2026, 11, 18), now=when(2), default_name="city",
                council_id=council, mandates_due=dt.date(2026, 11, 16)).data
        take(v, agenda, when(3))
        with v.unit_of_work() as ses:
            forum = ses.execute(sa.text("SELECT id FROM bodies WHERE kind = 'forum'")).scalar_one()
            target = ses.execute(sa.text(
                "SELECT id FROM bodies WHERE name = 'City Workers'' Council'")).scalar_one()
            fm = asm.schedule_meeting(ses, body_id=forum, held_at=dt.datetime(2026, 11, 12, 12))
            for ordinal, instruction in ((1, "for"), (2, ("against", "for")[n])):
                item = ses.execute(sa.text(
                    "SELECT a.id FROM agenda_items a JOIN meetings m ON m.id = a.meeting_id "
                    "WHERE m.body_id = :b AND a.ordinal = :o AND date(m.held_at) = "
                    "'2026-11-18'"), {"b": target, "o": ordinal}
                ).scalar_one()
                motion = asm.record_motion(ses, meeting_id=fm.id, text="Mandate",
                                           kind=MotionKind.MANDATE, result=MotionResult.CARRIED,
                                           votes_for=31, votes_against=6)
                asm.pass_mandate(ses, forum_id=forum, agenda_item_id=item,
                                 instruction=instruction, motion_id=motion.id,
                                 red_lines="No loss of breaks" if ordinal == 2 else "")
            asm.elect_delegate(ses, forum_id=forum, council_id=target,
                               display_name=("Aoife Ní Bhriain", "Tomasz Wójcik")[n],
                               term_start=dt.date(2026, 1, 1), term_end=dt.date(2026, 12, 31))
            sent = bundle_export.export_bundle(
                ses, council_fingerprint=cards["city"].fingerprint_text,
                meeting_date=dt.date(2026, 11, 18), now=when(13), default_name=name,
                forum_id=forum, as_of=TODAY).data
        take(city, sent, when(14))
    with city.unit_of_work() as ses:
        for item, result in zip(items, (MotionResult.CARRIED, MotionResult.CARRIED),
                                strict=True):
            asm.record_motion(ses, meeting_id=meeting.id, text="Decision", result=result,
                              kind=MotionKind.ORDINARY, votes_for=2, votes_against=0,
                              agenda_item_id=item)
            for name in forums:
                downward.record_member_vote(ses, agenda_item_id=item,
                                            member_fingerprint=cards[name].fingerprint_text,
                                            vote="for")
    # Up a tier: the region's agenda, the City council's own mandate by consensus, its bundle.
    with region.unit_of_work() as ses:
        agenda = downward.export_agenda(
            ses, recipient_fingerprint=cards["city"].fingerprint_text,
            meeting_date=dt.date(2026, 11, 19), now=when(4), default_name="region").data
    take(city, agenda, when(5))
    with city.unit_of_work() as ses:
        rmeeting = ses.execute(sa.text(
            "SELECT id FROM meetings WHERE body_id = :b AND date(held_at) = '2026-11-19'"),
            {"b": regional}).scalar_one()
        ritem = ses.execute(sa.text("SELECT id FROM agenda_items WHERE meeting_id = :m"),
                            {"m": rmeeting}).scalar_one()
        motion = asm.record_motion(ses, meeting_id=meeting.id, text="Mandate to the region",
                                   kind=MotionKind.MANDATE, result=MotionResult.CONSENSUS)
        asm.pass_mandate(ses, forum_id=council, agenda_item_id=ritem, instruction="for",
                         motion_id=motion.id, figure_to_hold="£14 an hour")
        asm.elect_delegate(ses, forum_id=council, council_id=regional,
                           display_name="Kwame Mensah", term_start=dt.date(2026, 6, 1),
                           term_end=dt.date(2027, 5, 31))
        up = bundle_export.export_bundle(
            ses, council_fingerprint=cards["region"].fingerprint_text,
            meeting_date=dt.date(2026, 11, 19), now=when(18), default_name="city",
            forum_id=council, as_of=TODAY, per_member=False).data
    take(region, up, when(18))
    with region.unit_of_work() as ses:
        rm_id, ri_id = ses.execute(sa.text(
            "SELECT m.id, a.id FROM meetings m JOIN agenda_items a ON a.meeting_id = m.id")
        ).one()
        asm.record_motion(ses, meeting_id=rm_id, text="Regional pay floor",
                          kind=MotionKind.ORDINARY, result=MotionResult.LOST, votes_for=4,
                          votes_against=7, agenda_item_id=ri_id)
        downward.record_member_vote(ses, agenda_item_id=ri_id,
                                    member_fingerprint=cards["city"].fingerprint_text,
                                    vote="against")
        decisions = downward.export_decisions(
            ses, recipient_fingerprint=cards["city"].fingerprint_text,
            meeting_date=dt.date(2026, 11, 19), now=when(20), default_name="region").data
    take(city, decisions, when(20))
    for v in (region, *forums.values()):
        v.lock()
    s.confederation = {"council": council, "regional": regional, "meeting": meeting.id,
                       "region_meeting": rmeeting, "cards": cards}
    return s.confederation


def _bundles_tab(s: Studio, body: int) -> Any:
    made = _confederation(s)
    page = s.page("assemblies")
    page.load_bodies()
    page.select_body(body)
    page.tabs.setCurrentIndex(3)
    page.bundles.refresh()
    return page, made


@shot("assemblies-confederation-1-agenda-down")
def _confed_agenda(s: Studio) -> Iterator[Any]:
    page, made = _bundles_tab(s, _confederation(s)["council"])
    down = page.bundles.down
    down.member_combo.setCurrentIndex(max(0, down.member_combo.findData(
        made["cards"]["Northgate"].fingerprint_text)))
    down.meeting_combo.setCurrentIndex(max(0, down.meeting_combo.findData(made["meeting"])))
    down.due_check.setChecked(True)
    down.choose_save_path = lambda _p, _n: str(s.tmp / "agenda.fkagenda")
    down.show_message = lambda _p, _t: None
    down.save_agenda()
    s.settle()
    page.bundles_scroll.ensureWidgetVisible(down)
    yield s.window


def _rollup_tab(s: Studio, tab: int) -> Iterator[Any]:
    page, _made = _bundles_tab(s, _confederation(s)["council"])
    page.bundles.rollup_tabs.setCurrentIndex(tab)
    s.settle()
    page.bundles_scroll.ensureWidgetVisible(page.bundles.rollup_tabs)
    yield s.window


@shot("assemblies-confederation-2-mandates-up")
def _confed_mandates(s: Studio) -> Iterator[Any]:
    yield from _rollup_tab(s, 0)


@shot("assemblies-confederation-3-conflicts")
def _confed_conflicts(s: Studio) -> Iterator[Any]:
    yield from _rollup_tab(s, 1)


@shot("assemblies-confederation-4-figures")
def _confed_figures(s: Studio) -> Iterator[Any]:
    yield from _rollup_tab(s, 2)


@shot("assemblies-confederation-5-region-agenda")
def _confed_region_agenda(s: Studio) -> Iterator[Any]:
    made = _confederation(s)
    page = s.page("assemblies")
    page.load_bodies()
    page.select_body(made["regional"])
    page.tabs.setCurrentIndex(0)
    page.select_meeting(made["region_meeting"])
    yield s.window


@shot("assemblies-confederation-6-send-up")
def _confed_send_up(s: Studio) -> Iterator[Any]:
    page, made = _bundles_tab(s, _confederation(s)["council"])
    bundles = page.bundles
    bundles.peer_combo.setCurrentIndex(max(0, bundles.peer_combo.findData(
        made["cards"]["region"].fingerprint_text)))
    bundles.meeting_combo.setCurrentIndex(max(0, bundles.meeting_combo.findData(
        made["region_meeting"])))
    bundles.total_only.setChecked(True)
    bundles.check_personal_data()
    s.settle()
    page.bundles_scroll.ensureWidgetVisible(bundles.export_box)
    yield s.window
    bundles.total_only.setChecked(False)


@shot("assemblies-confederation-7-decisions-down")
def _confed_decisions(s: Studio) -> Iterator[Any]:
    yield from _rollup_tab(s, 4)


# ------------------------------------------------------------------------------ the run


def stage(s: Studio, entry: Shot, size: tuple[int, int]) -> tuple[Iterator[Any], Any, Any]:
    """Show ``entry`` on a screen of ``size``: the main window takes the whole screen, a dialog
    at most the screen less a title bar, as a window manager would allow. Returns the shot's
    steps (run them out to clean up), the widget shown and the room it had (a ``QSize``)."""
    from PySide6.QtCore import QSize

    s.size = size
    if s.window is not None and not s.window.isHidden():
        s.window.resize(*size)
    s.settle()
    steps = entry.take(s)
    widget = next(steps)
    s.settle(0.1)
    if widget is s.window:
        return steps, widget, QSize(*size)
    room = QSize(size[0], size[1] - TITLE_BAR)
    if widget.width() > room.width() or widget.height() > room.height():
        widget.resize(min(widget.width(), room.width()), min(widget.height(), room.height()))
        s.settle()
    return steps, widget, room


def finish(s: Studio, steps: Iterator[Any]) -> None:
    """Run a shot's clean-up (what follows its ``yield``)."""
    for _ in steps:
        pass
    s.settle()


def _picture(s: Studio, widget: Any) -> Any:
    """The widget as seen on a screen of ``s.size``: over the main window when it is a dialog."""
    from PySide6.QtCore import QRect, Qt
    from PySide6.QtGui import QColor, QPainter, QPixmap

    from ui.widgets.fit import full_title

    if widget is s.window:
        return widget.grab()
    width, height = s.size
    canvas = QPixmap(width, height)
    owner = widget.parentWidget().window() if widget.parentWidget() is not None else None
    painter = QPainter(canvas)
    if owner is not None and owner is s.window and s.window.isVisible():
        painter.drawPixmap(0, 0, s.window.grab())
        painter.fillRect(canvas.rect(), QColor(0, 0, 0, 70))
    else:
        painter.fillRect(canvas.rect(), QColor(DESKTOP))
    face = widget.grab()
    x = max(0, (width - face.width()) // 2)
    y = max(TITLE_BAR, (height - face.height()) // 2)
    bar = QRect(x, y - TITLE_BAR, face.width(), TITLE_BAR)
    painter.fillRect(bar, QColor("#d8dee9"))
    painter.setPen(QColor("#2e3440"))
    painter.drawText(bar.adjusted(10, 0, -10, 0), Qt.AlignmentFlag.AlignVCenter,
                     full_title(widget))
    painter.drawPixmap(x, y, face)
    painter.setPen(QColor("#4c566a"))
    painter.drawRect(bar.united(QRect(x, y, face.width(), face.height())).adjusted(0, 0, -1, -1))
    painter.end()
    return canvas


def save_png(picture: Any, path: Path) -> None:
    """Save ``picture`` (a QPixmap) with a 256-colour palette: the same to the eye for a window
    of flat colours and text, at about 40 % of the bytes (Pillow comes with ReportLab)."""
    import io

    from PIL import Image
    from PySide6.QtCore import QBuffer, QIODevice

    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    picture.save(buffer, "PNG")
    image = Image.open(io.BytesIO(bytes(buffer.data()))).convert("RGB")
    image.quantize(colors=256, method=Image.Quantize.MEDIANCUT,
                   dither=Image.Dither.NONE).save(path, optimize=True)


def take(s: Studio, entry: Shot) -> None:
    """Save ``entry`` at every size, printing what ``fit_problems`` finds cut off."""
    from ui.widgets.fit import fit_problems

    for size in SIZES:
        steps, widget, room = stage(s, entry, size)
        name = f"{entry.name}{'-' + LANGUAGE if LANGUAGE else ''}-{size[0]}x{size[1]}"
        save_png(_picture(s, widget), OUT / f"{name}.png")
        problems = fit_problems(widget, size=room)
        print(f"wrote {name}" + "".join(f"\n    {p}" for p in problems), flush=True)
        finish(s, steps)


def open_studio(app: Any, vault: Any, deps: Any, tmp: Path) -> Studio:
    """A studio on an open vault: the welcome window started, the main window shown."""
    from ui.app import AppController, create_main_window
    from ui.session import AppContext

    studio = Studio(app, deps, vault.path, tmp)
    studio.controller = AppController(deps)
    studio.controller.start()
    studio.ctx = AppContext(vault, deps)
    studio.window = create_main_window(studio.ctx)
    studio.window.resize(*SIZES[0])
    studio.window.show()
    return studio


def _speak(code: str, tmp: Path) -> None:
    """The interface in ``code`` (before any window is built); ``pseudo`` generates its files."""
    if not code:
        return
    from ui.i18n import apply_language

    if code == "pseudo":
        import importlib.util

        spec = importlib.util.spec_from_file_location(
            "translations", OUT.parents[1] / "scripts" / "translations.py")
        tools = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(tools)
        qm_dir, locale_dir = tools.make_pseudo(tmp / "pseudo")
        apply_language(code, qm_dir=qm_dir, locale_dir=locale_dir)
    else:
        apply_language(code)


BEFORE_THE_WINDOW = ("welcome", "unlock")  # shots of the welcome window, taken first
AFTER_EVERYTHING = ("locked",)  # it locks the vault the later shots would read


def main(argv: list[str]) -> int:
    """Write the PNGs (all, or those whose names start with an argument); the exit status."""
    tmp = Path(tempfile.mkdtemp(prefix="forum-kit-shots-"))
    os.environ["FORUM_KIT_CONFIG_DIR"] = str(tmp / "config")
    os.environ["FORUM_KIT_DATA_DIR"] = str(tmp / "data")
    sys.path.insert(0, str(OUT.parents[1]))
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance() or QApplication(["forum-kit"])
    app.setApplicationName("Forum Kit")
    app.setApplicationDisplayName("Forum Kit")
    _speak(LANGUAGE, tmp)

    from forum_kit import demo
    from forum_kit.config import add_recent_vault
    from forum_kit.vault import FAST_KDF, Vault
    from ui.session import AppDeps
    from ui.settings import SettingsStore

    path = tmp / "data" / "demo.forumkit"
    path.parent.mkdir(parents=True)
    vault = Vault.create(path, "demo passphrase", kdf=FAST_KDF)
    demo.generate(vault, today=TODAY, contacts=CONTACTS, neighbourhood=True)
    add_recent_vault(path)
    deps = AppDeps(settings=SettingsStore(), kdf=FAST_KDF, today=lambda: TODAY, demo_path=path)
    studio = open_studio(app, vault, deps, tmp)
    chosen = [e for e in SHOTS if not argv or any(e.name.startswith(a) for a in argv)]
    first = [e for e in chosen if e.name.startswith(BEFORE_THE_WINDOW)]
    # the lock shot locks the demo vault: every other shot of the window comes before it
    last = [e for e in chosen if e.name in AFTER_EVERYTHING]
    for entry in first + [e for e in chosen if e not in first and e not in last] + last:
        take(studio, entry)
    studio.controller.welcome.close()
    studio.window.close()
    print(f"guide pictures: {len(copy_guide_images())} copied", flush=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
