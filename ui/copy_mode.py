"""Showing a committee copy in the app: the banner, the switch and the lock.

Owns ``CopyMode``, installed on the main window by the composition root: a banner in the window's
top bar, beside the search box, so it shows over every page without taking a line from any
("Copy of Kim's chart, as of 2026-03-02 · read-only", with "Send my report…" and "Back to my
chart"), ``show_copy`` (the copy opened from the vault, every page put read-only and loaded
again from the copy) and ``show_own``. A large copy opened a moment ago is finished while it
is shown (its indexes and the search index of its notes, through the background helper; search
says it is still indexing meanwhile). A lock closes the copy (its engine disposed, its key wiped,
with the vault's; a finishing under way stops after rolling back its step) and the next unlock
shows it again, finishing what was left.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QToolButton, QWidget

from forum_kit.committee import copies
from forum_kit.errors import ForumKitError, VaultLocked
from ui.editors.common import error_text
from ui.operations import BackgroundJob, run_in_background
from ui.widgets.read_only import set_read_only

COMMITTEE_KEY = "committee"


class CopyBanner(QFrame):
    """The band in the top bar while a copy is shown."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("copyBanner")
        self.setStyleSheet(
            "#copyBanner { background: #fff4ce; border: 1px solid #c19c00; border-radius: 3px; }"
            " #copyBanner QLabel { color: #3b2f00; }"
        )
        self.label = QLabel()
        self.label.setAccessibleName(self.tr("Chart shown"))
        # tool buttons: as tall as the search box beside them, so the top bar keeps its height
        self.report_button = QToolButton()
        self.report_button.setText(self.tr("Send my re&port…"))
        self.back_button = QToolButton()
        self.back_button.setText(self.tr("Back to my c&hart"))
        row = QHBoxLayout(self)
        row.setContentsMargins(10, 0, 2, 0)
        row.addWidget(self.label, 1)
        row.addWidget(self.report_button)
        row.addWidget(self.back_button)
        self.action: Any = None  # the top bar's action holding the banner, once placed there
        self.setVisible(False)

    @property
    def shown(self) -> bool:
        """True while the banner is in the top bar."""
        return self.action.isVisible() if self.action is not None else not self.isHidden()

    def show_label(self, label: str | None) -> None:
        if label:
            self.label.setText(self.tr("{label} · read-only").format(label=label))
            self.setToolTip(
                self.tr(
                    "{label}. Nothing in it can be changed here: what you do on the floor goes "
                    "into your report (Committee page, My copies)."
                ).format(label=label)
            )
        if self.action is not None:
            self.action.setVisible(bool(label))
        else:
            self.setVisible(bool(label))


class CopyMode(QObject):
    """Switches the main window between the vault's own chart and a committee copy."""

    def __init__(self, window: Any) -> None:
        super().__init__(window)
        self.window = window
        self.ctx = window.ctx
        self.banner = CopyBanner()
        self._resume: int | None = None
        self._shown_id: int | None = None
        self.finishing: BackgroundJob | None = None  # the copy shown being finished, if any
        spacer = QWidget()
        spacer.setFixedWidth(12)
        window.toolbar.addWidget(spacer)
        self.banner.action = window.toolbar.addWidget(self.banner)
        self.banner.action.setVisible(False)
        self.banner.back_button.clicked.connect(self.show_own)
        self.banner.report_button.clicked.connect(self.send_report)
        page = window.pages.get(COMMITTEE_KEY)
        if page is not None:
            page.show_copy_requested.connect(self.show_copy)
            page.show_own_requested.connect(self.show_own)
        window.locked.connect(self._locked)
        window.unlocked.connect(self._unlocked)

    @property
    def showing(self) -> bool:
        return self.ctx.copy is not None

    def show_copy(self, copy_row_id: int) -> bool:
        """Show a held copy in every page, read-only; False (and a message) if it cannot open."""
        try:
            with self.ctx.own_unit_of_work() as session:
                chart = copies.open_held(
                    session, vault_folder=self.ctx.vault.path, copy_row_id=copy_row_id
                )
        except ForumKitError as error:
            self.window.statusBar().showMessage(error_text(error), 8000)
            return False
        self.ctx.view_copy(chart)
        self._shown_id = copy_row_id
        self._apply()
        if chart.indexing:
            self._finish(chart)
        return True

    def _finish(self, chart: Any) -> None:
        """Build what the copy's opening left for later while the steward browses it."""

        def done(_result: Any) -> None:
            if self.ctx.copy is chart:
                self.window.statusBar().showMessage(
                    self.tr("The copy is ready: search finds its one-on-one notes."), 8000
                )

        def failed(error: BaseException) -> None:
            # closed by a lock or by going back to the own chart: the next showing goes on
            if not isinstance(error, VaultLocked) and self.ctx.copy is chart:
                text = error_text(error) if isinstance(error, ForumKitError) else str(error)
                self.window.statusBar().showMessage(text, 8000)

        self.finishing = run_in_background(self, chart.finish, on_done=done, on_error=failed)

    def show_own(self) -> None:
        """Back to the vault's own chart."""
        self._shown_id = None
        if self.ctx.copy is None:
            return
        self.ctx.close_copy()
        self._apply()

    def _apply(self) -> None:
        set_read_only(self.window.stack, self.ctx.read_only)
        self.banner.show_label(self.ctx.copy_label)
        self.window.reload_pages()

    def send_report(self) -> Any:
        page = self.window.pages.get(COMMITTEE_KEY)
        if page is None:
            return None
        self.window.show_page(COMMITTEE_KEY)
        return page.send_report()

    def _locked(self) -> None:
        # the vault's lock closed the copy too (AppContext.lock); show it again after unlock
        self._resume = self._shown_id
        self.banner.show_label(None)
        set_read_only(self.window.stack, False)

    def _unlocked(self) -> None:
        resume, self._resume = self._resume, None
        if resume is not None:
            self.show_copy(resume)


def install_copy_mode(window: Any) -> CopyMode | None:
    """Put the copy banner and switch on ``window`` (when it has a Committee page)."""
    if COMMITTEE_KEY not in window.pages:
        return None
    return CopyMode(window)
