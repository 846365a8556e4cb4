"""The composition root: ``forum-kit`` with no arguments (or ``--vault``/``--demo``) opens the app.

Owns ``main``, the list of pages (``PAGE_FACTORIES``, the other pages imported lazily with a
placeholder fallback), ``create_main_window`` (window + idle lock wired to the settings) and
``AppController``, which goes from the welcome/unlock window to the main window. Order matters
for start-up time (PERFORMANCE.md): the welcome or unlock screen is shown first, then SQLAlchemy,
the vault code and the queries are imported on a background thread while the user types.
With ``FORUM_KIT_TIMING=1`` the app prints ``t_unlock_visible`` and ``t_main_window_populated``
(monotonic seconds since the process started) to stderr, ``FORUM_KIT_QUIT_AFTER_MAIN=1``
closes it once the main window is populated and ``FORUM_KIT_QUIT_AFTER_UNLOCK_SCREEN=1`` once the
unlock screen is painted, so benchmarks and the installer checks can time and run the real app.
``forum-kit --self-check`` checks the installation instead (``ui.self_check``).
"""

from __future__ import annotations

import argparse
import datetime as dt
import importlib
import os
import shutil
import sys
import threading
import time
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from PySide6.QtCore import QT_TR_NOOP, QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication

from ui.i18n import translate
from ui.pages import Page
from ui.pages.placeholder import PlaceholderPage
from ui.session import AppContext, AppDeps
from ui.widgets.app_icon import app_icon

APP_NAME = "Forum Kit"
DEMO_PASSPHRASE = "demo passphrase"
DEMO_CONTACTS = 1500
PRELOAD_MODULES = ("sqlalchemy", "sqlalchemy.orm", "forum_kit.vault", "forum_kit.models",
                   "forum_kit.queries", "forum_kit.queries.people", "forum_kit.queries.areas",
                   "forum_kit.queries.followups", "forum_kit.queries.search",
                   "forum_kit.services.scale", "forum_kit.deadlines", "forum_kit.growth",
                   "forum_kit.queries.grievances", "forum_kit.queries.assemblies",
                   # ReportLab takes ~0.2 s to import: do it while the user types, not at first use
                   "forum_kit.reports", "forum_kit.queries.documents")


def _lazy_page(key: str, module: str, class_name: str) -> Callable[[], Page]:
    """A factory importing the page when the window is built; placeholder when not there yet."""

    def factory() -> Page:
        try:
            page_class = getattr(importlib.import_module(module), class_name)
        except (ImportError, AttributeError):
            return PlaceholderPage(key)
        return page_class()

    return factory


def _placeholder(key: str) -> Callable[[], Page]:
    return lambda: PlaceholderPage(key)


PAGE_FACTORIES: list[tuple[str, str, Callable[[], Page]]] = [
    ("map", QT_TR_NOOP("Map"), _lazy_page("map", "ui.pages.map", "MapPage")),
    ("people", QT_TR_NOOP("People"), _lazy_page("people", "ui.pages.people", "PeoplePage")),
    ("conversations", QT_TR_NOOP("Conversations"),
     _lazy_page("conversations", "ui.pages.conversations", "ConversationsPage")),
    ("grievances", QT_TR_NOOP("Grievances"),
     _lazy_page("grievances", "ui.pages.grievances", "GrievancesPage")),
    ("growth", QT_TR_NOOP("Growth"), _lazy_page("growth", "ui.pages.growth", "GrowthPage")),
    ("assemblies", QT_TR_NOOP("Assemblies"),
     _lazy_page("assemblies", "ui.pages.assemblies", "AssembliesPage")),
    ("documents", QT_TR_NOOP("Documents"),
     _lazy_page("documents", "ui.pages.documents", "DocumentsPage")),
    ("mutual_aid", QT_TR_NOOP("Mutual aid"),
     _lazy_page("mutual_aid", "ui.pages.mutual_aid", "MutualAidPage")),
    ("committee", QT_TR_NOOP("Committee"),
     _lazy_page("committee", "ui.pages.committee", "CommitteePage")),
]


def preload_in_background(modules: Sequence[str] = PRELOAD_MODULES) -> threading.Thread:
    """Import the heavy modules on a background thread (missing optional ones are skipped).

    Not a daemon: a daemon thread still inside an import when the interpreter shuts down can crash
    the process at exit; a normal thread is joined first (it needs about a second at most)."""

    def work() -> None:
        for name in modules:
            try:
                importlib.import_module(name)
            except ImportError:
                continue

    thread = threading.Thread(target=work, name="forum-kit-preload", daemon=False)
    thread.start()
    return thread


def create_main_window(ctx: AppContext,
                       page_factories: Sequence[tuple[str, str, Callable[[], Page]]] | None = None,
                       *, search_fn: Callable[..., Any] | None = None) -> Any:
    """The main window with its idle lock (``window.idle_lock``) following the settings."""
    from ui.lock import IdleLock
    from ui.main_window import MainWindow

    window = MainWindow(ctx, PAGE_FACTORIES if page_factories is None else page_factories,
                        search_fn=search_fn)
    idle = IdleLock(clock=ctx.deps.clock, wall=ctx.deps.wall,
                    minutes=ctx.settings.get("idle_lock_minutes"),
                    interval_ms=ctx.deps.lock_check_interval_ms, parent=window)
    idle.lock_requested.connect(window.lock_now)
    window.locked.connect(idle.pause)
    window.unlocked.connect(idle.resume)
    window.destroyed.connect(idle.stop)

    def settings_changed(key: str) -> None:
        if key == "idle_lock_minutes":
            idle.set_minutes(ctx.settings.get(key))

    ctx.settings.changed.connect(settings_changed)
    window.idle_lock = idle
    from ui.actions.data_actions import install_data_actions
    from ui.auto_backup import AutoBackup

    window.data_actions = install_data_actions(window, ctx)
    backups = AutoBackup(ctx, now=ctx.deps.extras.get("backup_now"), parent=window)
    backups.message.connect(lambda text: window.statusBar().showMessage(text, 8000))
    window.locked.connect(backups.stop)
    window.unlocked.connect(backups.start)
    window.auto_backup = backups
    backups.start()
    from ui.help.menu import install_help

    install_help(window)  # Help > Guide, F1 on every page, the glossary's tooltips
    from ui.copy_mode import install_copy_mode

    window.copy_mode = install_copy_mode(window)
    return window


def ensure_demo_vault(path: Path, *, kdf: Any, today: dt.date) -> Path:
    """Create and fill the demo vault at ``path`` unless it exists (runs off the GUI thread)."""
    from forum_kit import demo
    from forum_kit.vault import PRODUCTION_KDF, Vault

    if path.exists():
        return path
    path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
    vault = Vault.create(path, DEMO_PASSPHRASE, kdf=kdf or PRODUCTION_KDF)
    try:
        demo.generate(vault, today=today, contacts=DEMO_CONTACTS, neighbourhood=True)
    except BaseException:
        # a half-filled demo vault would be opened as if it were complete next time
        vault.lock()
        shutil.rmtree(path, ignore_errors=True)
        raise
    vault.lock()
    return path


class AppController(QObject):
    """Shows the welcome (or unlock) window, then the main window once a vault is open."""

    def __init__(self, deps: AppDeps, *,
                 page_factories: Sequence[tuple[str, str, Callable[[], Page]]] | None = None,
                 search_fn: Callable[..., Any] | None = None) -> None:
        super().__init__()
        from ui.dialogs.welcome import WelcomeWindow

        self.deps = deps
        self._page_factories = page_factories
        self._search_fn = search_fn
        self.welcome = WelcomeWindow(deps, demo_path=deps.demo_path, opener=deps.opener)
        self.welcome.vault_opened.connect(self._opened)
        self.welcome.demo_requested.connect(self.prepare_demo)
        from ui.help.menu import install_welcome_help

        self.welcome_help = install_welcome_help(self.welcome)  # F1: the guide
        self.window: Any = None
        self.ctx: AppContext | None = None

    def start(self, *, vault_path: Path | None = None) -> None:
        """Show the first window: the unlock screen for ``vault_path`` or the welcome screen."""
        if vault_path is not None:
            self.welcome.show_unlock(vault_path)
        self.welcome.show()

    def prepare_demo(self) -> None:
        """Create the demo vault in the background if missing, then show its unlock screen."""
        from ui.operations import run_in_background

        if self.deps.demo_path is None:  # asked for from the welcome screen
            from forum_kit.config import demo_vault_path

            self.deps.demo_path = demo_vault_path()
        path = self.deps.demo_path
        self.welcome.demo_path = path
        if path.exists():
            self.welcome.show_unlock(path)
            return
        self.welcome.show_busy(translate("App", "Preparing the demo vault (a minute at most)…"))
        kdf = self.deps.kdf
        today = self.deps.today()
        run_in_background(
            self.welcome,
            lambda: ensure_demo_vault(path, kdf=kdf, today=today),
            on_done=self.welcome.show_unlock,
            on_error=self.welcome.show_failure,
        )

    def _opened(self, vault: Any) -> None:
        self.ctx = AppContext(vault, self.deps)
        self.window = create_main_window(self.ctx, self._page_factories,
                                         search_fn=self._search_fn)
        self.window.show()
        unlock = getattr(self.welcome, "unlock", None)
        recovery_key = unlock.take_recovery_key() if unlock is not None else None
        if recovery_key:
            self.window.offer_new_passphrase(recovery_key)
        else:
            from ui.help.walkthrough import offer_walkthrough

            offer_walkthrough(self.window)  # a new vault: the first-run walk-through, over it
        self.welcome.hide()
        self.welcome.deleteLater()


_IMPORTED_AT = time.monotonic()


def _process_age() -> float:
    """Seconds since this process started (Linux: from /proc; elsewhere: since this import)."""
    try:
        with open("/proc/self/stat", encoding="ascii") as fh:
            # the command name may hold spaces: the fields after its closing parenthesis
            fields = fh.read().rsplit(")", 1)[1].split()
        started = int(fields[19]) / os.sysconf("SC_CLK_TCK")
        return max(0.0, time.clock_gettime(time.CLOCK_BOOTTIME) - started)
    except (OSError, ValueError, IndexError, AttributeError):
        return time.monotonic() - _IMPORTED_AT


class _FirstPaint(QObject):
    """Calls ``then`` once, at the first paint of the widget it filters."""

    def __init__(self, then: Callable[[], None], parent: QObject) -> None:
        super().__init__(parent)
        self.then = then
        self.done = False

    def eventFilter(self, obj: Any, event: Any) -> bool:  # noqa: N802 - Qt override
        if not self.done and event.type() == QEvent.Type.Paint:
            self.done = True
            self.then()
        return False


def install_timing(app: QApplication, controller: AppController, *,
                   quit_after_main: bool = False, quit_after_unlock: bool = False,
                   out: Any = None) -> None:
    """Print when the unlock screen and the populated main window are first painted.

    The main window attaches (loads) the page it shows before it is shown, so its first paint
    is the populated window; pages attached later for their badges count after it.
    """
    stream = out if out is not None else sys.stderr
    # the age first: a pause between the two reads (a busy machine) then makes every stamp a
    # little early, never later than the process's own age
    age = _process_age()
    base = time.monotonic() - age

    def stamp(name: str) -> None:
        print(f"{name}={time.monotonic() - base:.3f}", file=stream, flush=True)

    def unlock_painted() -> None:
        stamp("t_unlock_visible")
        if quit_after_unlock:
            QTimer.singleShot(0, app.quit)

    unlock_paint = _FirstPaint(unlock_painted, controller)
    controller.welcome.installEventFilter(unlock_paint)

    def main_painted() -> None:
        stamp("t_main_window_populated")
        if quit_after_main:
            def close() -> None:
                if controller.window is not None:
                    controller.window.close()  # clears the pages and locks the vault
                app.quit()

            QTimer.singleShot(0, close)

    def opened(_vault: Any) -> None:
        window = controller.window
        if window is not None:
            window.installEventFilter(_FirstPaint(main_painted, controller))

    # after AppController._opened (connected first), so the window exists
    controller.welcome.vault_opened.connect(opened)


def _parse(argv: Sequence[str]) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="forum-kit", description="Open the Forum Kit app.")
    parser.add_argument("--vault", type=Path, help="open the unlock screen of this vault")
    parser.add_argument("--demo", action="store_true",
                        help="open the demo vault (created if missing; passphrase "
                             f"'{DEMO_PASSPHRASE}')")
    parser.add_argument("--self-check", action="store_true",
                        help="check this installation (fonts, encryption, charts, PDF view) "
                             "and exit")
    return parser.parse_args(list(argv))


def _no_core_dumps() -> None:
    # SECURITY.md L-7: a crash must not write the unlocked key or notes to a core file
    try:
        import resource
    except ImportError:  # Windows
        return
    try:
        resource.setrlimit(resource.RLIMIT_CORE, (0, 0))
    except (ValueError, OSError):
        pass


def main(argv: Sequence[str] | None = None) -> int:
    """Run the desktop app; returns the exit status."""
    from forum_kit.hardening import reexec_hardened

    reexec_hardened()  # a no-op when forum-kit's entry point has done it (forum_kit.hardening)
    args = _parse(sys.argv[1:] if argv is None else argv)
    _no_core_dumps()
    from forum_kit.staging import sweep

    sweep()  # what a killed export, backup or document write left behind (forum_kit.staging)
    app = QApplication.instance() or QApplication([sys.argv[0] if sys.argv else "forum-kit"])
    app.setApplicationName(APP_NAME)
    app.setOrganizationName(APP_NAME)
    app.setApplicationDisplayName(APP_NAME)
    app.setWindowIcon(app_icon())
    if args.self_check:
        from forum_kit.i18n import language_from_environment
        from ui.i18n import apply_language as speak
        from ui.self_check import run_self_check

        speak(language_from_environment())  # as the command line: the language LANG names
        return run_self_check(app)
    from ui.settings import SettingsStore

    deps = AppDeps(settings=SettingsStore())
    from ui.i18n import apply_language, resolve_language

    # before any window is built: every page sets its words when it is made
    apply_language(resolve_language(deps.settings.get("language")))
    if args.demo:
        from forum_kit.config import demo_vault_path

        deps.demo_path = demo_vault_path()
    controller = AppController(deps)
    quit_after = {name: os.environ.get(f"FORUM_KIT_QUIT_AFTER_{name}") == "1"
                  for name in ("MAIN", "UNLOCK_SCREEN")}
    if os.environ.get("FORUM_KIT_TIMING") == "1" or any(quit_after.values()):
        install_timing(app, controller, quit_after_main=quit_after["MAIN"],
                       quit_after_unlock=quit_after["UNLOCK_SCREEN"])
    controller.start(vault_path=args.vault)
    if args.demo:
        controller.prepare_demo()
    preload_in_background()
    return int(app.exec())


if __name__ == "__main__":
    raise SystemExit(main())
