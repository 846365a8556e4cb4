"""Make the screenshots in docs/screenshots/: welcome, unlock, every page, search, settings, the
import wizard (columns and dry run), the export dialog, locked.

Owns the screenshot run. It creates a demo vault in a temporary folder (fast KDF, settings and
config redirected there), opens the main window at 1280x800, visits every page listed in
``ui.app.PAGE_FACTORIES`` (so new pages appear without editing this script) and saves
``QWidget.grab()`` PNGs next to this file. Run under Xvfb or offscreen:

    xvfb-run -a .venv/bin/python docs/screenshots/make_screenshots.py
    QT_QPA_PLATFORM=offscreen .venv/bin/python docs/screenshots/make_screenshots.py
"""

from __future__ import annotations

import datetime as dt
import os
import sys
import tempfile
import time
from pathlib import Path

OUT = Path(__file__).resolve().parent
TODAY = dt.date(2026, 11, 20)
CONTACTS = int(os.environ.get("FORUM_KIT_SHOT_CONTACTS", "1500"))


def main() -> int:
    """Write the PNGs; returns the exit status."""
    tmp = Path(tempfile.mkdtemp(prefix="forum-kit-shots-"))
    os.environ["FORUM_KIT_CONFIG_DIR"] = str(tmp / "config")
    os.environ["FORUM_KIT_DATA_DIR"] = str(tmp / "data")
    sys.path.insert(0, str(OUT.parents[1]))
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance() or QApplication(["forum-kit"])
    app.setApplicationName("Forum Kit")

    from forum_kit import demo
    from forum_kit.config import add_recent_vault
    from forum_kit.vault import FAST_KDF, Vault
    from ui.app import AppController, create_main_window
    from ui.session import AppContext, AppDeps
    from ui.settings import SettingsStore

    passphrase = "demo passphrase"
    path = tmp / "data" / "demo.forumkit"
    path.parent.mkdir(parents=True)
    vault = Vault.create(path, passphrase, kdf=FAST_KDF)
    demo.generate(vault, today=TODAY, contacts=CONTACTS)
    add_recent_vault(path)
    deps = AppDeps(settings=SettingsStore(), kdf=FAST_KDF, today=lambda: TODAY, demo_path=path)

    def shot(widget, name: str) -> None:
        for _ in range(5):
            app.processEvents()
        widget.grab().save(str(OUT / f"{name}.png"))
        print("wrote", name)

    controller = AppController(deps)
    controller.welcome.resize(760, 560)
    controller.start()
    shot(controller.welcome, "welcome")
    controller.welcome.tabs.setCurrentWidget(controller.welcome.create_panel)
    panel = controller.welcome.create_panel
    panel.name.setText("warehouse-committee")
    panel.passphrase.setText("kettle orbit mango fiddle")
    panel.again.setText("kettle orbit mango fiddle")
    shot(controller.welcome, "welcome-create")
    panel.passphrase.clear()
    panel.again.clear()
    controller.welcome.show_unlock(path)
    shot(controller.welcome, "unlock")
    controller.welcome.close()

    ctx = AppContext(vault, deps)
    window = create_main_window(ctx)
    window.resize(1280, 800)
    window.show()
    for number, key in enumerate(window.pages):
        if key == "search":
            continue
        page = window.show_page(key)
        if key == "documents":
            # the preview is built in the background: wait for it (and show a briefing)
            page.kind.setCurrentIndex(page.kind.findData("briefing"))
            page.build_now()
            for _ in range(400):
                if page.is_current and page.preview.has_document:
                    break
                app.processEvents()
                time.sleep(0.02)
            for _ in range(50):  # QPdfView renders its pages on a thread of its own
                app.processEvents()
                time.sleep(0.02)
        shot(window, f"page-{number + 1:02d}-{key}")
    window.search_box.setText("overtime")
    window.run_search()
    shot(window, "search")
    dialog = window.open_settings()
    shot(dialog, "settings-general")
    dialog.tabs.setCurrentIndex(1)
    shot(dialog, "settings-scale")
    dialog.reject()
    import_and_export(app, ctx, window, tmp, shot)
    window.lock_now()
    shot(window, "locked")
    window.close()
    return 0


def import_and_export(app, ctx, window, tmp: Path, shot) -> None:
    """The import wizard on a chart with a few bad rows (its columns, then its dry run) and the
    export dialog of the People page."""
    from ui.dialogs.export_dialog import ExportDialog
    from ui.dialogs.import_wizard import ImportWizard

    chart = OUT.parents[1] / "tests" / "data" / "import" / "01_opeiu_chart.csv"
    text = chart.read_text(encoding="utf-8").rstrip("\n") + "\n"
    text += ("Rae,Stone,Loading,Days,Driver,FT,555-201-0031,rae@,2,,,,,\n"
             "Sol,Tran,Loading,Nights,Picker,sometimes,555-201-0032,,3,,,,,\n"
             "Ty,Ueda,Yard,Days,Driver,FT,call me,,1,,,,,\n")
    path = tmp / "chart.csv"
    path.write_text(text, encoding="utf-8")
    wizard = ImportWizard(ctx, window, path=path, choose_file=lambda parent: None)
    wizard.resize(860, 600)
    wizard.show()

    def wait(done) -> None:  # reading the file and the dry run run in the background
        for _ in range(500):
            if done():
                break
            app.processEvents()
            time.sleep(0.01)

    wizard.next()
    wait(lambda: wizard.currentPage() is wizard.mapping_page)
    shot(wizard, "import-1-columns")
    wizard.next()
    wait(lambda: wizard.plan is not None)
    shot(wizard, "import-2-dry-run")
    wizard.reject()
    page = window.show_page("people")
    dialog = ExportDialog(ctx, window, **page.export_request())
    dialog.show()
    shot(dialog, "export")
    dialog.reject()


if __name__ == "__main__":
    raise SystemExit(main())
