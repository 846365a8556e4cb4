"""The first window: create a vault, open one, or pick a recent one; then unlock it.

Owns ``WelcomeWindow``. Creating a vault takes a name, a folder and the passphrase twice (with a
strength estimate; fewer than 12 characters is refused), runs the key derivation off the GUI
thread, then shows the recovery key once. Opening switches to ``UnlockWidget``. The recent list
comes from ``forum_kit.config`` when present. Below both tabs, "Try the demo vault" asks for the
generated demo vault (``demo_requested``; the app makes it the first time). The keyboard starts
where a person types: the name of a new vault, or the list of recent ones (the passphrase on the
unlock screen). Nothing here imports SQLAlchemy: the vault code is imported by the background
job, so this window shows fast.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QProgressBar,
    QPushButton,
    QStackedWidget,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from forum_kit.errors import ForumKitError
from ui.dialogs.recovery_key import RecoveryKeyDialog
from ui.dialogs.unlock import UnlockWidget, error_text
from ui.i18n import translate
from ui.operations import run_in_background
from ui.session import AppDeps
from ui.widgets.clipboard import install_clipboard_wiper
from ui.widgets.file_dialogs import existing_folder
from ui.widgets.strength import MIN_LENGTH, StrengthMeter

SUFFIX = ".forumkit"
PATH_ROLE = Qt.ItemDataRole.UserRole


def recent_vaults() -> list[Path]:
    """Recently opened vault folders that still exist, newest first (from forum_kit.config)."""
    try:
        from forum_kit import config

        paths = config.load().recent_vaults
    except (ImportError, AttributeError, OSError, ForumKitError):
        # the list is a convenience: never stop the welcome screen over it
        return []
    return [Path(p) for p in paths if Path(p).is_dir()]


def remember_vault(path: Path) -> None:
    """Put ``path`` at the top of the recent list (best effort: the list is a convenience)."""
    try:
        from forum_kit import config
    except ImportError:
        return
    adder = getattr(config, "add_recent_vault", None)
    if adder is None:
        return
    try:
        adder(path)
    except (OSError, ForumKitError):
        pass


def create_vault_with_recovery(path: Path, passphrase: str, kdf: Any) -> tuple[Any, str]:
    """Create the vault and its recovery key (runs in the worker; imports the vault code there)."""
    from forum_kit.vault import PRODUCTION_KDF, Vault

    vault = Vault.create(path, passphrase, kdf=kdf or PRODUCTION_KDF)
    try:
        key = vault.add_recovery_key()
    except BaseException:
        vault.lock()
        raise
    return vault, key


def sync_warning(widget: QWidget, path: Path) -> str:
    """Why a vault at ``path`` is at risk when a sync service copies it; "" when none does."""
    from forum_kit.sync_folders import sync_service

    service = sync_service(path)
    if service is None:
        return ""
    return translate("Welcome",
        "This folder is synced by {service}. The vault stays encrypted, but the synced copy "
        "leaves this computer, and pages deleted from it may persist in the service's file "
        "history. Use a folder that is not synced unless you mean this.").format(service=service)


def _warning_label(parent: QWidget, name: str) -> QLabel:
    label = QLabel(parent)
    label.setObjectName(name)
    label.setWordWrap(True)
    label.setStyleSheet("color: #8a4b00;")
    label.setVisible(False)
    return label


def _default_folder() -> str:
    documents = Path.home() / "Documents"
    return str(documents if documents.is_dir() else Path.home())


class CreatePanel(QWidget):
    """The create-a-vault form."""

    create_requested = Signal(Path, str)

    def __init__(self, deps: AppDeps, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._deps = deps
        self.name = QLineEdit(self)
        self.name.setPlaceholderText(self.tr("e.g. warehouse-committee"))
        self.folder = QLineEdit(_default_folder(), self)
        self.browse = QPushButton(self.tr("&Browse…"), self)
        self.browse.clicked.connect(self._browse)
        self.passphrase = QLineEdit(self)
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        self.again = QLineEdit(self)
        self.again.setEchoMode(QLineEdit.EchoMode.Password)
        self.meter = StrengthMeter(self)
        self.passphrase.textChanged.connect(self.meter.update_for)
        self.create_button = QPushButton(self.tr("&Create vault"), self)
        self.create_button.clicked.connect(self.submit)
        self.again.returnPressed.connect(self.submit)
        self.busy_bar = QProgressBar(self)
        self.busy_bar.setRange(0, 0)
        self.busy_bar.setVisible(False)
        self.status = QLabel(self)
        self.error = QLabel(self)
        self.error.setObjectName("createError")
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #b71c1c;")
        # a warning, not a refusal: shown while the chosen folder is one a service syncs
        self.sync_note = _warning_label(self, "createSyncWarning")
        self.folder.textChanged.connect(self._check_sync)
        self._check_sync(self.folder.text())

        folder_row = QHBoxLayout()
        folder_row.addWidget(self.folder, 1)
        folder_row.addWidget(self.browse)
        form = QFormLayout()
        form.addRow(self.tr("&Name"), self.name)
        folder_label = QLabel(self.tr("&Folder"), self)
        folder_label.setBuddy(self.folder)
        form.addRow(folder_label, folder_row)
        form.addRow("", self.sync_note)
        form.addRow(self.tr("&Passphrase"), self.passphrase)
        form.addRow(self.tr("&Again"), self.again)
        form.addRow("", self.meter)
        layout = QVBoxLayout(self)
        intro = QLabel(self.tr(
            "A vault is an encrypted folder on this computer. Choose a long passphrase: it cannot "
            "be recovered, only replaced with the recovery key shown after creating."), self)
        intro.setWordWrap(True)
        layout.addWidget(intro)
        layout.addLayout(form)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.create_button)
        layout.addLayout(row)
        layout.addWidget(self.busy_bar)
        layout.addWidget(self.status)
        layout.addWidget(self.error)
        layout.addStretch(1)
        for first, second in ((self.name, self.folder), (self.folder, self.browse),
                              (self.browse, self.passphrase), (self.passphrase, self.again),
                              (self.again, self.create_button)):
            self.setTabOrder(first, second)

    def _browse(self) -> None:
        chooser = self._deps.choose_folder
        if chooser is not None:
            chosen = chooser(self, self.folder.text())
        else:
            chosen = existing_folder(self, self.tr("Folder for the vault"), self.folder.text())
        if chosen:
            self.folder.setText(chosen)

    def _check_sync(self, folder: str) -> None:
        text = sync_warning(self, Path(folder.strip())) if folder.strip() else ""
        self.sync_note.setText(text)
        self.sync_note.setVisible(bool(text))

    def validation_error(self) -> str | None:
        """The first problem with the form, in words, or None."""
        name = self.name.text().strip()
        if not name:
            return self.tr("Name: give the vault a name.")
        if any(c in name for c in "/\\:") or name in {".", ".."}:
            return self.tr("Name: use letters, digits, spaces or dashes (no slashes).")
        folder = Path(self.folder.text().strip() or ".")
        if not folder.is_dir():
            return self.tr("Folder: choose a folder that exists.")
        if (folder / (name.removesuffix(SUFFIX) + SUFFIX)).exists():
            return self.tr("Name: a vault with that name already exists in this folder.")
        passphrase = self.passphrase.text()
        if len(passphrase) < MIN_LENGTH:
            return self.tr("Passphrase: use at least {n} characters.").format(n=MIN_LENGTH)
        if passphrase != self.again.text():
            return self.tr("Again: the two passphrases differ. Type the same one twice.")
        return None

    def submit(self) -> None:
        """Validate and ask the window to create the vault."""
        problem = self.validation_error()
        if problem:
            self.error.setText(problem)
            return
        self.error.clear()
        name = self.name.text().strip().removesuffix(SUFFIX)
        path = Path(self.folder.text().strip()) / (name + SUFFIX)
        passphrase = self.passphrase.text()
        self.passphrase.clear()
        self.again.clear()
        self.create_requested.emit(path, passphrase)

    def set_busy(self, text: str | None) -> None:
        """Busy bar and disabled inputs while the vault is created."""
        self.busy_bar.setVisible(text is not None)
        self.status.setText(text or "")
        for widget in (self.name, self.folder, self.browse, self.passphrase, self.again,
                       self.create_button):
            widget.setEnabled(text is None)


class OpenPanel(QWidget):
    """Recent vaults and "Open a vault…"."""

    open_requested = Signal(Path)

    def __init__(self, deps: AppDeps, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._deps = deps
        self.recent = QListWidget(self)
        self.recent.itemActivated.connect(self._activated)
        self.empty = QLabel(self.tr("No recent vaults on this computer yet."), self)
        self.empty.setEnabled(False)
        self.open_button = QPushButton(self.tr("&Open a vault…"), self)
        self.open_button.clicked.connect(self._choose)
        self.open_selected = QPushButton(self.tr("Open &selected"), self)
        self.open_selected.clicked.connect(self._open_current)
        layout = QVBoxLayout(self)
        label = QLabel(self.tr("&Recent vaults"), self)
        label.setBuddy(self.recent)
        layout.addWidget(label)
        layout.addWidget(self.recent, 1)
        layout.addWidget(self.empty)
        row = QHBoxLayout()
        row.addWidget(self.open_button)
        row.addStretch(1)
        row.addWidget(self.open_selected)
        layout.addLayout(row)
        self.reload()

    def reload(self) -> None:
        """Fill the recent list."""
        self.recent.clear()
        for path in recent_vaults():
            item = QListWidgetItem(f"{path.name.removesuffix(SUFFIX)}   —   {path.parent}")
            item.setData(PATH_ROLE, str(path))
            self.recent.addItem(item)
        has_any = self.recent.count() > 0
        self.empty.setVisible(not has_any)
        self.open_selected.setEnabled(has_any)
        if has_any:
            self.recent.setCurrentRow(0)

    def _activated(self, item: QListWidgetItem) -> None:
        self.open_requested.emit(Path(item.data(PATH_ROLE)))

    def _open_current(self) -> None:
        item = self.recent.currentItem()
        if item is not None:
            self._activated(item)

    def _choose(self) -> None:
        chooser = self._deps.choose_folder
        if chooser is not None:
            chosen = chooser(self, "")
        else:
            chosen = existing_folder(self, self.tr("Open a vault (a folder ending in .forumkit)"))
        if chosen:
            self.open_requested.emit(Path(chosen))


class WelcomeWindow(QWidget):
    """Create or open a vault; ``vault_opened(vault)`` after a successful unlock or create."""

    vault_opened = Signal(object)
    demo_requested = Signal()

    def __init__(self, deps: AppDeps, *, demo_path: Path | None = None,
                 opener: Callable[[Path, str], Any] | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.deps = deps
        self.demo_path = demo_path
        self._opener = opener
        # the recovery key shown here can be copied with Ctrl+C: it must not stay on the clipboard
        install_clipboard_wiper()
        self.setWindowTitle(self.tr("Forum Kit"))
        self.resize(760, 560)
        self.stack = QStackedWidget(self)
        home = QWidget(self.stack)
        title = QLabel(self.tr("Forum Kit"), home)
        font = title.font()
        font.setPointSizeF(font.pointSizeF() * 2)
        font.setBold(True)
        title.setFont(font)
        subtitle = QLabel(self.tr("Your organising records, encrypted on this computer."), home)
        self.tabs = QTabWidget(home)
        self.open_panel = OpenPanel(deps, self.tabs)
        self.create_panel = CreatePanel(deps, self.tabs)
        self.tabs.addTab(self.open_panel, self.tr("Open"))
        self.tabs.addTab(self.create_panel, self.tr("Create new"))
        if not self.open_panel.recent.count():
            self.tabs.setCurrentWidget(self.create_panel)
        self.tabs.currentChanged.connect(lambda _i: self.focus_first_field())
        self.demo_button = QPushButton(self.tr("Try the &demo vault"), home)
        self.demo_button.clicked.connect(self.demo_requested)
        demo_note = QLabel(self.tr("Made-up people in many languages, to look around safely."),
                           home)
        demo_note.setWordWrap(True)
        demo_row = QHBoxLayout()
        demo_row.addWidget(self.demo_button)
        demo_row.addWidget(demo_note, 1)
        home_layout = QVBoxLayout(home)
        home_layout.addWidget(title)
        home_layout.addWidget(subtitle)
        home_layout.addWidget(self.tabs, 1)
        home_layout.addLayout(demo_row)
        self.home = home
        self.stack.addWidget(home)
        self.busy_page = QWidget(self.stack)
        self.busy_label = QLabel(self.busy_page)
        self.busy_label.setWordWrap(True)
        busy_bar = QProgressBar(self.busy_page)
        busy_bar.setRange(0, 0)
        busy_layout = QVBoxLayout(self.busy_page)
        busy_layout.addStretch(1)
        busy_layout.addWidget(self.busy_label)
        busy_layout.addWidget(busy_bar)
        busy_layout.addStretch(2)
        self.stack.addWidget(self.busy_page)
        self.unlock: UnlockWidget | None = None
        self.recovery_dialog: RecoveryKeyDialog | None = None
        self._created: Any = None
        self.sync_note = _warning_label(self, "openSyncWarning")
        layout = QVBoxLayout(self)
        layout.addWidget(self.sync_note)
        layout.addWidget(self.stack)
        self.open_panel.open_requested.connect(self.show_unlock)
        self.create_panel.create_requested.connect(self._create)

    def focus_first_field(self) -> None:
        """Put the cursor where a person starts typing on the screen shown."""
        if self.stack.currentWidget() is self.unlock and self.unlock is not None:
            self.unlock.passphrase.setFocus()
        elif self.stack.currentWidget() is self.home:
            if self.tabs.currentWidget() is self.create_panel:
                self.create_panel.name.setFocus()
            elif self.open_panel.recent.count():
                self.open_panel.recent.setFocus()
            else:
                self.open_panel.open_button.setFocus()

    def showEvent(self, event: Any) -> None:  # noqa: N802 - Qt override
        super().showEvent(event)
        self.focus_first_field()

    def show_unlock(self, path: Path) -> UnlockWidget:
        """Switch to the unlock screen for ``path``."""
        if self.unlock is not None:
            self.stack.removeWidget(self.unlock)
            self.unlock.deleteLater()
        is_demo = self.demo_path is not None and Path(path) == Path(self.demo_path)
        kwargs: dict[str, Any] = {}
        if self._opener is not None:
            kwargs["opener"] = self._opener
        self.unlock = UnlockWidget(Path(path), is_demo=is_demo, show_back=True,
                                   parent=self.stack, **kwargs)
        self.unlock.unlocked.connect(self._unlocked)
        self.unlock.back_requested.connect(self.show_home)
        self.stack.addWidget(self.unlock)
        self.stack.setCurrentWidget(self.unlock)
        warning = sync_warning(self, Path(path))
        self.sync_note.setText(warning)
        self.sync_note.setVisible(bool(warning))
        self.unlock.passphrase.setFocus()
        return self.unlock

    def show_busy(self, text: str) -> None:
        """A busy screen while slow start-up work (the demo vault) runs."""
        self.busy_label.setText(text)
        self.stack.setCurrentWidget(self.busy_page)

    def show_failure(self, error: BaseException) -> None:
        """Back to the home screen with the error in words."""
        self.show_home()
        self.tabs.setCurrentWidget(self.create_panel)
        self.create_panel.error.setText(error_text(error))

    def show_home(self) -> None:
        """Back to create/open."""
        self.open_panel.reload()
        self.sync_note.setVisible(False)
        self.stack.setCurrentWidget(self.home)
        self.focus_first_field()

    def _unlocked(self, vault: Any) -> None:
        remember_vault(vault.path)
        self.vault_opened.emit(vault)

    def _create(self, path: Path, passphrase: str) -> None:
        kdf = self.deps.kdf
        self.create_job = run_in_background(
            self.create_panel,
            lambda: create_vault_with_recovery(path, passphrase, kdf),
            on_done=self._created_vault,
            on_error=self._create_failed,
            busy_text=self.tr("Creating the vault and deriving its keys…"),
        )

    def _create_failed(self, error: BaseException) -> None:
        self.create_panel.error.setText(error_text(error))

    def _created_vault(self, result: tuple[Any, str]) -> None:
        vault, key = result
        self._created = vault
        remember_vault(vault.path)
        dialog = RecoveryKeyDialog(vault.name, key, printer=self.deps.print_recovery_key,
                                   parent=self)
        del key
        self.recovery_dialog = dialog
        dialog.accepted.connect(self._recovery_done)
        dialog.open()

    def _recovery_done(self) -> None:
        vault, self._created = self._created, None
        self.recovery_dialog = None
        if vault is not None:
            self.vault_opened.emit(vault)
