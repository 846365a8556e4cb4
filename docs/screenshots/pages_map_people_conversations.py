"""Screenshots of the Map, People and Conversations pages on a small demo vault.

Creates a throw-away vault in a temporary folder (fast KDF), fills it with
``forum_kit.demo.generate``, opens each page at 1280x800 on Qt's offscreen platform and saves
``map.png``, ``people.png`` and ``conversations.png`` (default: next to this script).
Run: ``.venv/bin/python docs/screenshots/pages_map_people_conversations.py [OUT_DIR]``.
"""

from __future__ import annotations

import datetime as dt
import os
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

TODAY = dt.date(2026, 3, 10)


def main() -> int:
    out = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).resolve().parent
    out.mkdir(parents=True, exist_ok=True)
    from PySide6.QtWidgets import QApplication

    from forum_kit.demo import generate
    from forum_kit.vault import FAST_KDF, Vault
    from ui.pages.conversations import ConversationsPage
    from ui.pages.map import MapPage
    from ui.pages.people import PeoplePage
    from ui.session import AppContext, AppDeps
    from ui.settings import SettingsStore

    app = QApplication.instance() or QApplication([])
    with tempfile.TemporaryDirectory() as tmp:
        vault = Vault.create(Path(tmp) / "demo.forumkit", "screenshot passphrase", kdf=FAST_KDF)
        generate(vault, today=TODAY, contacts=300, workplaces=2, areas=12, notes_per_contact=1.0)
        ctx = AppContext(vault, AppDeps(settings=SettingsStore(Path(tmp) / "s.ini"),
                                        today=lambda: TODAY))
        pages = {"map": MapPage(), "people": PeoplePage(), "conversations": ConversationsPage()}
        for name, page in pages.items():
            page.resize(1280, 800)
            page.attach(ctx)
            page.show()
            if name == "map":
                tree = page.tree_model
                ids = tree.area_ids()
                if len(ids) > 1:
                    page.select_area(ids[1])
            elif name == "people":
                page.table.setCurrentIndex(page.model.index(3, 0))
            else:
                page.within.setCurrentIndex(page.within.findData(365))
                if page.followups_model.rowCount():
                    page.followups.setCurrentIndex(page.followups_model.index(0, 0))
                    page.open_button.click()
            app.processEvents()
            page.grab().save(str(out / f"{name}.png"))
            page.clear()
            page.close()
        vault.lock()
    print("saved", ", ".join(f"{n}.png" for n in pages), "to", out)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
