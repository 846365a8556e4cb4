"""The child program of the memory-after-lock test (U-3): the real main window, offscreen.

Run as ``python window_memory_child.py VAULT PASSPHRASE CONTACT_IDS [--no-hardening]``. It
restarts itself with the app's memory hardening (``forum_kit.hardening.reexec_hardened``, as
``forum-kit`` does) unless told not to, unlocks the vault, builds the main window exactly as the
app does (every real page), shows every page, opens the given people in the People and
Conversations pages, searches for a word of the notes and shows the results, then locks with
``lock_now``. It prints one line of JSON (hardened or not, its RSS) and stops itself (SIGSTOP)
so that the test can read its memory. This program never holds the sentinel text itself: every
copy in its memory was read from the vault.
"""

from __future__ import annotations

import gc
import json
import os
import signal
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

if "--no-hardening" not in sys.argv:
    from forum_kit.hardening import reexec_hardened

    reexec_hardened()

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def main() -> int:
    from PySide6.QtWidgets import QApplication

    from forum_kit.hardening import memory_hardened
    from forum_kit.vault import FAST_KDF, Vault
    from ui.app import create_main_window
    from ui.session import AppContext, AppDeps
    from ui.settings import SettingsStore

    vault_path, passphrase, ids = sys.argv[1], sys.argv[2], sys.argv[3]
    contact_ids = [int(i) for i in ids.split(",") if i]
    app = QApplication.instance() or QApplication(["forum-kit"])
    settings = SettingsStore(Path(os.environ["FORUM_KIT_CONFIG_DIR"]) / "settings.ini")
    settings.set("auto_backup_hours", 0)
    deps = AppDeps(
        settings=settings,
        kdf=FAST_KDF,
        extras={"dbus_session_address": "", "dbus_system_address": ""},
    )
    ctx = AppContext(Vault.open(vault_path, passphrase), deps)
    window = create_main_window(ctx)
    window.resize(1280, 800)
    window.show()

    def settle(rounds: int = 30) -> None:
        for _ in range(rounds):
            app.processEvents()
        window.repaint()

    settle()
    for key in list(window.pages):
        window.show_page(key)
        settle()
    for contact_id in contact_ids:
        window.open_item("person", contact_id)
        settle(10)
        window.log_conversation_with(contact_id)
        settle(10)
    window.search_box.setText("overtime")
    window.run_search()
    settle()
    window.lock_now()  # the window stays, showing the unlock screen, as in the app
    settle(50)
    gc.collect()
    settle(20)
    gc.collect()
    rss = next(
        (int(line.split()[1]) for line in open("/proc/self/status") if line.startswith("VmRSS:")),
        None,
    )
    print(json.dumps({"hardened": memory_hardened(), "rss_kib": rss}), flush=True)
    os.kill(os.getpid(), signal.SIGSTOP)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
