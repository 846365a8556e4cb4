"""File-menu actions for data in and out: Import…, Export…, Back up now… and Restore….

Owns ``install_data_actions(window, ctx)``, which adds the four actions to the window's File menu
(before its last separator, so Quit stays last) and returns them by name. Import opens the import
wizard, Export the export dialog for the list on screen (what the page's ``export_request()``
returns: the People list or the Map chart with their filters and sort, the Grievances list with
its filters; the workplace's people otherwise), Back up now writes a whole-vault backup file in
the background, and Restore restores a backup file into a new vault folder. File choices and the
passphrase prompt come from ``ctx.deps.extras`` when set (tests), else Qt's dialogs.
"""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from PySide6.QtGui import QAction
from PySide6.QtWidgets import QInputDialog, QLineEdit, QMainWindow, QMessageBox

from forum_kit.errors import ForumKitError
from ui.i18n import translate
from ui.session import AppContext
from ui.widgets.file_dialogs import open_file, save_file


def _file_menu(window: QMainWindow) -> Any:
    for action in window.menuBar().actions():
        menu = action.menu()
        # the window's own File menu, in whatever language it was named
        if menu is not None and action.text() in ("&File", translate("MainWindow", "&File")):
            return menu
    return window.menuBar().addMenu(translate("DataActions", "&File"))


def _tell(window: QMainWindow, title: str, text: str) -> None:
    box = QMessageBox(QMessageBox.Icon.Information, title, text, QMessageBox.StandardButton.Ok,
                      window)
    box.open()


def _error_text(error: BaseException) -> str:
    if isinstance(error, ForumKitError):
        return error.message
    return translate("DataActions", "The operation failed; nothing was changed.")


def install_data_actions(window: QMainWindow, ctx: AppContext) -> dict[str, QAction]:
    """Add Import…, Export…, Back up now… and Restore… to the File menu; return them by key."""
    extras = ctx.deps.extras

    def import_chart() -> None:
        from ui.dialogs.import_wizard import ImportWizard

        wizard = ImportWizard(ctx, window)

        def imported(_result: int) -> None:
            # the pages on screen show what the import wrote (the Map's chart and figures too)
            refresh = getattr(window, "refresh_pages", None)
            if wizard.result is not None and callable(refresh):
                refresh()

        wizard.finished.connect(imported)
        wizard.open()

    def export_list() -> None:
        from ui.dialogs.export_dialog import ExportDialog

        page = getattr(window, "stack", None)
        current = page.currentWidget() if page is not None else None
        # the page on screen says which list it shows (filters and order); a page without a
        # list of its own, or with nothing chosen, leaves the dialog to the workplace's people
        request = getattr(current, "export_request", None)
        kwargs = request() if callable(request) else None
        dialog = ExportDialog(ctx, window, **(kwargs or {}))
        dialog.open()

    def backup_now() -> None:
        from forum_kit.vault_backup import write_backup
        from ui.operations import run_in_background

        chooser = extras.get("choose_backup_file") or _ask_backup_file
        path = chooser(window)
        if not path:
            return
        vault = ctx.vault

        def work() -> Any:
            return write_backup(vault, path, now=datetime.now(UTC))

        run_in_background(
            window, work,
            on_done=lambda info: _tell(window, translate("DataActions", "Backup written"),
                                       translate("DataActions",
                "The backup was written and verified: {path}").format(path=info.path)),
            on_error=lambda e: _tell(window, translate("DataActions", "Backup failed"),
                                     _error_text(e)),
            busy_text=translate("DataActions", "Writing the backup…"),
        )

    def restore() -> None:
        from forum_kit.vault_backup import restore_backup
        from ui.operations import run_in_background

        chooser = extras.get("choose_restore") or _ask_restore
        chosen = chooser(window)
        if not chosen:
            return
        backup_file, new_folder, passphrase = chosen

        def work() -> Any:
            return restore_backup(backup_file, new_folder, passphrase)

        run_in_background(
            window, work,
            on_done=lambda target: _tell(window, translate("DataActions", "Backup restored"),
                                         translate("DataActions",
                "Restored into {path}. Open it from the start screen.").format(path=target)),
            on_error=lambda e: _tell(window, translate("DataActions", "Restore failed"),
                                     _error_text(e)),
            busy_text=translate("DataActions", "Restoring…"),
        )

    actions = {
        "import": QAction(translate("DataActions", "&Import…"), window),
        "export": QAction(translate("DataActions", "&Export…"), window),
        "backup": QAction(translate("DataActions", "&Back up now…"), window),
        "restore": QAction(translate("DataActions", "&Restore…"), window),
    }
    actions["import"].triggered.connect(import_chart)
    actions["export"].triggered.connect(export_list)
    actions["backup"].triggered.connect(backup_now)
    actions["restore"].triggered.connect(restore)
    menu = _file_menu(window)
    separators = [a for a in menu.actions() if a.isSeparator()]
    before = separators[-1] if separators else None
    for action in actions.values():
        if before is not None:
            menu.insertAction(before, action)
        else:
            menu.addAction(action)
    if before is not None:
        menu.insertSeparator(before)
    return actions


def _ask_backup_file(window: QMainWindow) -> str | None:
    stamp = datetime.now(UTC).strftime("%Y%m%d")
    return save_file(window, translate("DataActions", "Back up the vault to"),
                     f"forum-kit-{stamp}.fkbackup",
                     translate("DataActions", "Forum Kit backups (*.fkbackup)"))


def _ask_restore(window: QMainWindow) -> tuple[str, str, str] | None:
    backup = open_file(window, translate("DataActions", "Choose a backup file"), "",
                       translate("DataActions", "Forum Kit backups (*.fkbackup)"))
    if not backup:
        return None
    target = save_file(window, translate("DataActions", "New vault folder (must not exist)"),
                       "restored.forumkit")
    if not target:
        return None
    passphrase, ok = QInputDialog.getText(
        window, translate("DataActions", "Passphrase"),
        translate("DataActions", "The vault's passphrase at the time of the backup:"),
        QLineEdit.EchoMode.Password,
    )
    if not ok or not passphrase:
        return None
    return backup, target, passphrase
