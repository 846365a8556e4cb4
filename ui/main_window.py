"""The main window: a thin shell of sidebar, pages, search box, status bar and menus.

Owns ``MainWindow`` and the lock/unlock sequence of the window: ``lock_now`` records which page
and selection were shown (ids only), closes open dialogs, clears every page and the search box,
locks the vault (engine disposed, key wiped) and shows the unlock screen in the same window;
after unlock the pages are attached to the new vault and the previous page and selection come
back. Pages are built from the factories the composition root passes in; the window knows no
page by name except the search results.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QMainWindow,
    QMessageBox,
    QStackedWidget,
    QToolBar,
    QWidget,
)

from ui.dialogs.unlock import UnlockWidget
from ui.i18n import shown
from ui.pages import Page
from ui.pages.search import SearchPage
from ui.session import AppContext
from ui.widgets.clipboard import clear_sensitive_clipboard, install_clipboard_wiper

PageFactory = tuple[str, str, Callable[[], Page]]
SEARCH_KEY = "search"


class MainWindow(QMainWindow):
    """Sidebar + stacked pages; ``locked``/``unlocked`` fire after each transition."""

    locked = Signal()
    unlocked = Signal()

    def __init__(self, ctx: AppContext, page_factories: Sequence[PageFactory], *,
                 search_fn: Callable[..., Any] | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.resize(1280, 800)
        self.pages: dict[str, Page] = {}
        self._attached: set[str] = set()
        self._saved_states: dict[str, dict[str, Any]] = {}
        self._saved_page: str | None = None
        self.settings_dialog: QDialog | None = None
        self.passphrase_offer: QDialog | None = None
        self.os_lock: Any = None  # ui.os_lock.OsLockWatcher once the window has been shown
        self._os_lock_scheduled = False
        # Ctrl+C in any of our views or fields copies people data: it must not outlive 30 s (L-6)
        install_clipboard_wiper()

        self.sidebar = QListWidget(self)
        self.sidebar.setFixedWidth(190)
        self.sidebar.setObjectName("sidebar")
        self.sidebar.setStyleSheet("QListWidget#sidebar::item { padding: 7px 12px; }")
        self.stack = QStackedWidget(self)
        for key, title, factory in page_factories:
            page = factory()
            page.title = page.title or title
            self._add_page(key, page)
            self.sidebar.addItem(shown(title))
        self.search_page = SearchPage(search_fn, self)
        self._add_page(SEARCH_KEY, self.search_page)
        self.sidebar.currentRowChanged.connect(self._sidebar_changed)

        self.shell = QWidget(self)
        shell_layout = QHBoxLayout(self.shell)
        shell_layout.setContentsMargins(0, 0, 0, 0)
        shell_layout.addWidget(self.sidebar)
        shell_layout.addWidget(self.stack, 1)
        self.root = QStackedWidget(self)
        self.root.addWidget(self.shell)
        self.locked_view: UnlockWidget | None = None
        self.setCentralWidget(self.root)

        self._build_actions()
        self.vault_label = QLabel(self)
        self.statusBar().addPermanentWidget(self.vault_label)
        self._show_state()
        if self.sidebar.count():
            self.sidebar.setCurrentRow(0)
        self._attach_badged_pages()

    # ------------------------------------------------------------------------------ building

    def _add_page(self, key: str, page: Page) -> None:
        page.setParent(self.stack)
        page.setObjectName(f"page_{key}")
        page.open_requested.connect(self.open_item)
        # Pages that save data say what changed; the others refresh so that, for example, the
        # map's figures follow a conversation logged on another page.
        changed = getattr(page, "changed", None)
        if changed is not None:
            changed.connect(lambda what, source=key: self._page_changed(source, what))
        badge = getattr(page, "badge_changed", None)
        if badge is not None:
            badge.connect(lambda text, source=key: self.set_badge(source, text))
        wants_log = getattr(page, "log_conversation_requested", None)
        if wants_log is not None:
            wants_log.connect(self.log_conversation_with)
        self.pages[key] = page
        self.stack.addWidget(page)

    def set_badge(self, key: str, text: str) -> None:
        """Show a short note beside a page's name in the sidebar (e.g. "3 overdue")."""
        keys = list(self.pages)
        row = keys.index(key)
        item = self.sidebar.item(row) if row < self.sidebar.count() else None
        if item is None:
            return
        title = shown(self.pages[key].title)
        item.setText(f"{title}  ·  {text}" if text else title)
        item.setToolTip(text)

    def log_conversation_with(self, contact_id: int) -> bool:
        """Show the Conversations page with a new one-on-one for this person."""
        if "conversations" not in self.pages or self.ctx.is_locked:
            return False
        self._ensure_attached("conversations")
        if self.pages["conversations"].open_item("person", contact_id):
            self.show_page("conversations")
            return True
        return False

    def refresh_pages(self) -> None:
        """Refresh every attached page (after an import: the Map, People, Conversations...)."""
        self._page_changed("", "data")

    def _page_changed(self, source: str, what: str) -> None:
        """Refresh every attached page but the one that saved."""
        if self.ctx.is_locked:
            return
        for key in list(self._attached):
            if key != source:
                self.pages[key].refresh()

    def _build_actions(self) -> None:
        self.lock_action = QAction(self.tr("&Lock now"), self)
        self.lock_action.setShortcut(QKeySequence(Qt.Modifier.CTRL | Qt.Key.Key_L))
        self.lock_action.setShortcutContext(Qt.ShortcutContext.ApplicationShortcut)
        self.lock_action.triggered.connect(self.lock_now)
        self.settings_action = QAction(self.tr("&Settings…"), self)
        self.settings_action.setShortcut(QKeySequence(Qt.Modifier.CTRL | Qt.Key.Key_Comma))
        self.settings_action.triggered.connect(self.open_settings)
        self.quit_action = QAction(self.tr("&Quit"), self)
        self.quit_action.setShortcut(QKeySequence(QKeySequence.StandardKey.Quit))
        self.quit_action.triggered.connect(self.close)
        self.about_action = QAction(self.tr("&About Forum Kit"), self)
        self.about_action.triggered.connect(self._about)
        self.find_action = QAction(self.tr("&Search everything"), self)
        self.find_action.setShortcut(QKeySequence(QKeySequence.StandardKey.Find))
        self.find_action.triggered.connect(self.focus_search)

        file_menu = self.menuBar().addMenu(self.tr("&File"))
        file_menu.addAction(self.lock_action)
        file_menu.addAction(self.settings_action)
        file_menu.addSeparator()
        file_menu.addAction(self.quit_action)
        go_menu = self.menuBar().addMenu(self.tr("&Go"))
        go_menu.addAction(self.find_action)
        self.page_actions: list[QAction] = []
        for row in range(self.sidebar.count()):
            action = QAction(self.sidebar.item(row).text(), self)
            if row < 9:
                action.setShortcut(QKeySequence(f"Ctrl+{row + 1}"))
            action.triggered.connect(lambda _=False, r=row: self.sidebar.setCurrentRow(r))
            go_menu.addAction(action)
            self.page_actions.append(action)
        help_menu = self.menuBar().addMenu(self.tr("&Help"))
        help_menu.addAction(self.about_action)

        self.toolbar = QToolBar(self.tr("Search"), self)
        self.toolbar.setMovable(False)
        self.search_box = QLineEdit(self)
        self.search_box.setObjectName("searchBox")
        self.search_box.setPlaceholderText(self.tr("Search everything (Ctrl+F)"))
        self.search_box.setClearButtonEnabled(True)
        self.search_box.setMaximumWidth(420)
        self.search_box.returnPressed.connect(self.run_search)
        spacer = QWidget(self)
        spacer.setFixedWidth(190)
        self.toolbar.addWidget(spacer)
        self.toolbar.addWidget(self.search_box)
        self.addToolBar(self.toolbar)

    # ------------------------------------------------------------------------------ pages

    @property
    def current_key(self) -> str | None:
        """Key of the page shown."""
        page = self.stack.currentWidget()
        for key, candidate in self.pages.items():
            if candidate is page:
                return key
        return None

    def show_page(self, key: str) -> Page:
        """Show a page, attaching it (and restoring its saved selection) on first show."""
        page = self.pages[key]
        self._ensure_attached(key)
        self.stack.setCurrentWidget(page)
        keys = list(self.pages)
        row = keys.index(key)
        if row < self.sidebar.count():
            if self.sidebar.currentRow() != row:
                self.sidebar.blockSignals(True)
                self.sidebar.setCurrentRow(row)
                self.sidebar.blockSignals(False)
        else:
            self.sidebar.clearSelection()
            self.sidebar.setCurrentRow(-1)
        return page

    def _ensure_attached(self, key: str) -> None:
        if key in self._attached or self.ctx.is_locked:
            return
        page = self.pages[key]
        page.attach(self.ctx)
        self._attached.add(key)
        saved = self._saved_states.pop(key, None)
        if saved:
            page.restore_state(saved)

    def _sidebar_changed(self, row: int) -> None:
        if row < 0:
            return
        self.show_page(list(self.pages)[row])

    def open_item(self, kind: str, item_id: int) -> bool:
        """Show one item on the page that declares its kind; False when no page shows it."""
        candidates = [k for k, p in self.pages.items() if kind in p.kinds and k != SEARCH_KEY]
        for key in candidates:
            self._ensure_attached(key)
            if self.pages[key].open_item(kind, item_id):
                self.show_page(key)
                return True
        self.statusBar().showMessage(self.tr("This kind of item has no page yet."), 5000)
        return False

    def focus_search(self) -> None:
        """Ctrl+F: put the cursor in the search box."""
        self.search_box.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search_box.selectAll()

    def run_search(self) -> int:
        """Search for the box's text and show the grouped results."""
        if self.ctx.is_locked:
            return 0
        self.show_page(SEARCH_KEY)
        count = self.search_page.run(self.search_box.text())
        self.search_page.view.setFocus()
        return count

    # ------------------------------------------------------------------------------ lock

    @property
    def is_locked(self) -> bool:
        """True while the locked view is shown."""
        return self.locked_view is not None and self.root.currentWidget() is self.locked_view

    def lock_now(self) -> None:
        """Clear every page, lock the vault and show the unlock screen (idempotent)."""
        if self.is_locked:
            return
        self._saved_page = self.current_key
        # keep the states (and unsaved drafts) of pages not opened since the last unlock too
        self._saved_states = {**self._saved_states,
                              **{key: self.pages[key].state() for key in self._attached}}
        self._close_dialogs()
        for page in self.pages.values():
            page.clear()
        self._attached.clear()
        for key in self.pages:
            if list(self.pages).index(key) < self.sidebar.count():
                self.set_badge(key, "")
        self.search_box.clear()
        clear_sensitive_clipboard()
        # the vault's lock interrupts the statements running and waits for the units of work;
        # then the background jobs are cancelled (results dropped) and waited for (bounded)
        self.ctx.lock()  # a committee copy shown is closed too (its key wiped)
        from ui.lock import forget_drawn_items
        from ui.operations import cancel_running

        cancel_running()
        forget_drawn_items()  # Qt's copy of the last item each view drew
        deps = self.ctx.deps
        if self.locked_view is None:
            kwargs: dict[str, Any] = {}
            if deps.opener is not None:
                kwargs["opener"] = deps.opener
            is_demo = deps.demo_path is not None and deps.demo_path == self.ctx.vault.path
            self.locked_view = UnlockWidget(self.ctx.vault.path, is_demo=is_demo, parent=self.root,
                                            **kwargs)
            self.locked_view.unlocked.connect(self._unlocked)
            self.root.addWidget(self.locked_view)
        self.locked_view.reset()
        self.root.setCurrentWidget(self.locked_view)
        self.locked_view.passphrase.setFocus()
        self._set_actions_enabled(False)
        self._show_state()
        self.locked.emit()

    def _close_dialogs(self) -> None:
        for widget in QApplication.topLevelWidgets():
            if isinstance(widget, QDialog) and widget.isVisible():
                widget.done(QDialog.DialogCode.Rejected)
        self.settings_dialog = None

    def _unlocked(self, vault: Any) -> None:
        self.ctx.replace_vault(vault)
        self.root.setCurrentWidget(self.shell)
        self._set_actions_enabled(True)
        self._show_state()
        target = self._saved_page if self._saved_page in self.pages else next(iter(self.pages))
        self.show_page(target)
        self._attach_badged_pages()
        self.stack.currentWidget().setFocus()
        self.unlocked.emit()
        recovery_key = self.locked_view.take_recovery_key() if self.locked_view else None
        if recovery_key:
            self.offer_new_passphrase(recovery_key)

    def offer_new_passphrase(self, recovery_key: str) -> QDialog:
        """After an unlock with the recovery key: offer to set a new passphrase (non-blocking)."""
        from ui.dialogs.passphrase_dialog import PassphraseDialog

        dialog = PassphraseDialog(self.ctx.vault, recovery_key=recovery_key, parent=self)
        dialog.accepted.connect(lambda: self.statusBar().showMessage(dialog.outcome_text, 15000))
        self.passphrase_offer = dialog
        dialog.open()
        return dialog

    def reload_pages(self) -> None:
        """Clear every page and load the one shown again: the chart shown changed (the vault's
        own, or a committee copy)."""
        for page in self.pages.values():
            page.clear()
        self._attached.clear()
        self._saved_states.clear()
        if self.ctx.is_locked:
            return
        self.show_page(self.current_key or next(iter(self.pages)))
        self._attach_badged_pages()

    def _attach_badged_pages(self) -> None:
        """Pages with a sidebar badge (overdue grievances) load at once, so the count shows
        before anyone opens them."""
        for key, page in self.pages.items():
            if hasattr(page, "badge_changed"):
                self._ensure_attached(key)

    def _set_actions_enabled(self, enabled: bool) -> None:
        for action in [self.lock_action, self.settings_action, self.find_action,
                       *self.page_actions]:
            action.setEnabled(enabled)
        self.toolbar.setEnabled(enabled)
        self.toolbar.setVisible(enabled)
        self.menuBar().setEnabled(True)

    def _show_state(self) -> None:
        name = self.ctx.vault_name
        state = self.tr("locked") if self.ctx.is_locked else self.tr("unlocked")
        read_only = not self.ctx.is_locked and getattr(self.ctx.vault, "read_only", False)
        if read_only:
            state = self.tr("unlocked, read-only")
            self.statusBar().showMessage(self.tr(
                "This vault is read-only: it is open for reading only and nothing in it can be "
                "changed. To make changes, copy the vault folder to a place you can write to."),
                30_000)
        self.vault_label.setToolTip(self.tr(
            "Its files, its folder or the disk cannot be written.") if read_only else "")
        self.vault_label.setText(self.tr("Vault: {name} — {state}").format(name=name, state=state))
        # Ends with the application's name, so Qt does not add it a second time (it appends
        # the display name to every title that does not end with it).
        self.setWindowTitle(self.tr("{name} — Forum Kit").format(name=name))

    # ------------------------------------------------------------------------------ dialogs

    def open_settings(self) -> QDialog:
        """Show the settings dialog (non-blocking); pages refresh when it is accepted."""
        from ui.dialogs.settings_dialog import SettingsDialog

        dialog = SettingsDialog(self.ctx, self)
        dialog.accepted.connect(self._settings_saved)
        self.settings_dialog = dialog
        dialog.open()
        return dialog

    def _settings_saved(self) -> None:
        for key in self._attached:
            self.pages[key].refresh()

    def _about(self) -> QDialog:
        """Help > About: the version and every bundled part's licence (non-blocking)."""
        from ui.dialogs.about import AboutDialog

        dialog = AboutDialog(self)
        self.about_dialog = dialog
        dialog.open()
        return dialog

    def showEvent(self, event: Any) -> None:  # noqa: N802 - Qt override
        super().showEvent(event)
        if not self._os_lock_scheduled:
            self._os_lock_scheduled = True
            # on the next event-loop turn, so D-Bus never delays showing the window (U-4)
            QTimer.singleShot(0, self, self._watch_os_lock)

    def _watch_os_lock(self) -> None:
        from ui.os_lock import OsLockWatcher

        extras = self.ctx.deps.extras
        self.os_lock = OsLockWatcher(session_address=extras.get("dbus_session_address"),
                                     system_address=extras.get("dbus_system_address"),
                                     session_id=extras.get("logind_session_id"), parent=self)
        self.os_lock.lock_requested.connect(self.lock_now)
        self.os_lock.start()

    def ask_unsaved(self, what: str) -> str:
        """Save, discard or cancel before quitting with unsaved work (replaced in tests)."""
        buttons = (QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Discard
                   | QMessageBox.StandardButton.Cancel)
        answer = QMessageBox.question(self, self.tr("Quit Forum Kit"), what, buttons,
                                      QMessageBox.StandardButton.Save)
        return {QMessageBox.StandardButton.Save: "save",
                QMessageBox.StandardButton.Discard: "discard"}.get(answer, "cancel")

    def _may_close(self) -> bool:
        """Ask about each page's unsaved work (``unsaved_work``/``save_unsaved``); False keeps
        the window open, on the page whose work was kept or could not be saved."""
        if self.ctx.is_locked:
            return True
        for key in list(self._attached):
            page = self.pages[key]
            describe = getattr(page, "unsaved_work", None)
            what = describe() if callable(describe) else None
            if not what:
                continue
            answer = self.ask_unsaved(what)
            if answer == "discard":
                continue
            if answer == "save" and page.save_unsaved():
                continue
            self.show_page(key)
            return False
        return True

    def closeEvent(self, event: Any) -> None:  # noqa: N802 - Qt override
        if not self._may_close():
            event.ignore()
            return
        for page in self.pages.values():
            page.clear()
        clear_sensitive_clipboard()
        if not self.ctx.is_locked:
            self.ctx.lock()
        super().closeEvent(event)
