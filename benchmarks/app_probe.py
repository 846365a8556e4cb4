"""The app measured in a subprocess, for the performance suite (``run.py``): P1, P2 and P10 from
the app as ``ui.app.main`` builds it, and P11 from the frozen bundle beside the venv.

Owns ``probe_app`` (the child side: ``run.py --probe-app VAULT`` builds the window, records when
the unlock screen and the populated main window are first painted, visits every page and reads
``VmHWM``), ``measure_app`` (the parent side: it starts the probe and a minimal ``QMainWindow``
process in turns and turns their stamps into P1, P2 and P10) and ``measure_bundle`` (P11: the
frozen app and the venv's ``forum-kit`` started in turns, each to its painted unlock screen).
Nothing here asserts a time.
"""

from __future__ import annotations

import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from common import PASSPHRASE, ROOT, TODAY, _round, ms, row

# the script the probe child runs as (its ``--probe-app`` option calls ``probe_app``)
RUN_PY = Path(__file__).resolve().with_name("run.py")
P10_MIB = 400e6 / 2**20  # the target is 400 MB: 381.5 MiB, the unit VmHWM is read in
P11_SECONDS = 1.0
P11_RATIO = 1.5
DEFAULT_BUNDLE = ROOT / "dist" / "linux" / "forum-kit" / "forum-kit"


# ------------------------------------------------------------------------------- the app probe

def probe_app(vault: Path, spawned_at: float, out: Path, visit_pages: bool) -> int:
    """Child process: the app as ``ui.app.main`` builds it, timed; writes a JSON of timestamps.

    Time stamps are ``time.time()`` so the parent's spawn time is comparable.
    """
    stamps: dict[str, Any] = {"spawned": spawned_at, "interpreter": time.time()}
    from PySide6.QtCore import QEvent, QObject, QTimer
    from PySide6.QtWidgets import QApplication

    import ui.app as app_mod
    from ui.session import AppDeps
    from ui.settings import SettingsStore

    app_mod._no_core_dumps()
    app = QApplication.instance() or QApplication([sys.argv[0]])
    app.setApplicationName(app_mod.APP_NAME)
    app.setOrganizationName(app_mod.APP_NAME)
    from ui.dialogs.unlock import open_with_passphrase

    def opener(path: Path, secret: str) -> Any:
        stamps["open_started"] = time.time()
        try:
            return open_with_passphrase(path, secret)
        finally:
            stamps["open_finished"] = time.time()

    settings = SettingsStore()
    # the app's scheduled backup would run only when none was written in the last day (so P10
    # once depended on the vault folder's history) and would write into the reference vault:
    # off, and the start that measures a backup runs one itself during the page visits
    settings.set("auto_backup_hours", 0)
    deps = AppDeps(settings=settings, today=lambda: TODAY, opener=opener)
    controller = app_mod.AppController(deps)
    import io

    hook = io.StringIO()  # the app's own FORUM_KIT_TIMING stamps, for comparison
    app_mod.install_timing(app, controller, out=hook)

    class FirstPaint(QObject):
        def __init__(self, name: str, then: Callable[[], None]) -> None:
            super().__init__()
            self.name, self.then, self.done = name, then, False

        def eventFilter(self, obj: Any, event: Any) -> bool:  # noqa: N802 - Qt override
            if not self.done and event.type() == QEvent.Type.Paint:
                self.done = True
                stamps[self.name] = time.time()
                QTimer.singleShot(0, self.then)
            return False

    kdf_seconds: list[float] = []

    def timed_kdf() -> None:
        from forum_kit.vault import keyfile

        inner = keyfile.derive_key

        def wrapper(*args: Any, **kwargs: Any) -> Any:
            start = time.perf_counter()
            try:
                return inner(*args, **kwargs)
            finally:
                kdf_seconds.append(time.perf_counter() - start)

        keyfile.derive_key = wrapper

    def finish() -> None:
        window = controller.window
        pages: dict[str, float] = {}
        rss: dict[str, float | None] = {"before_pages": _status_kib("VmRSS")}
        backup: dict[str, Any] = {}
        if os.environ.get("FORUM_KIT_PROBE_BACKUP") and window is not None:
            # a day's first unlock: the scheduled whole-vault backup runs on the app's
            # background helper while the person goes through the pages (it once read the
            # whole database into memory several times: ~5 GB on this vault)
            from forum_kit.vault_backup import write_backup
            from ui.operations import run_in_background

            def backed_up(_info: Any) -> None:
                backup["s"] = time.perf_counter() - backup["start"]

            def backup_failed(error: BaseException) -> None:
                backup["error"] = f"{type(error).__name__}: {error}"

            backup["start"] = time.perf_counter()
            run_in_background(window, lambda: write_backup(window.ctx.vault,
                                                           out.with_suffix(".fkbackup")),
                              on_done=backed_up, on_error=backup_failed)
        if visit_pages and window is not None:
            for key in list(window.pages):
                start = time.perf_counter()
                window.show_page(key)
                window.repaint()
                app.processEvents()
                pages[key] = time.perf_counter() - start
                rss[key] = _status_kib("VmRSS")
        if backup:
            while "s" not in backup and "error" not in backup:
                app.processEvents()
                time.sleep(0.02)
            if "error" in backup:
                raise RuntimeError("the backup during the page visits failed: "
                                   + backup["error"])
            out.with_suffix(".fkbackup").unlink()
            stamps["backup_s"] = backup["s"]
        stamps["pages_s"] = pages
        stamps["rss_kib"] = rss
        stamps["app_timing"] = dict(
            (k, float(v)) for k, v in (line.split("=") for line in hook.getvalue().split()))
        stamps["kdf_s"] = sum(kdf_seconds)
        stamps["vm_hwm_kib"] = _status_kib("VmHWM")
        stamps["vm_rss_kib"] = _status_kib("VmRSS")
        stamps["with_backup"] = bool(backup)
        out.write_text(json.dumps(stamps), encoding="utf-8")
        if window is not None:
            window.ctx.vault.lock()
        app.quit()

    window_paint = FirstPaint("window_painted", finish)

    def opened(_vault: Any) -> None:
        stamps["window_built"] = time.time()
        window = controller.window
        window.installEventFilter(window_paint)
        window.repaint()

    def type_passphrase() -> None:
        # a person types for a second or more, long enough for the background imports
        preload.join()
        stamps["preloaded"] = time.time()
        timed_kdf()
        unlock = controller.welcome.unlock
        unlock.passphrase.setText(PASSPHRASE)
        stamps["unlock_clicked"] = time.time()
        unlock.attempt()

    unlock_paint = FirstPaint("unlock_visible", type_passphrase)
    controller.welcome.installEventFilter(unlock_paint)
    controller.welcome.vault_opened.connect(opened)
    controller.start(vault_path=vault)
    preload = app_mod.preload_in_background()
    QTimer.singleShot(300_000, app.quit)  # never hang a benchmark run
    app.exec()
    return 0 if out.exists() else 1


def _status_kib(field: str) -> int | None:
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith(field + ":"):
                return int(line.split()[1])
    except OSError:
        return None
    return None


_MINIMAL_WINDOW = """
import json, sys, time
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QLabel, QMainWindow
app = QApplication([])
w = QMainWindow(); w.setCentralWidget(QLabel("hello")); w.resize(640, 480)
class F(QObject):
    def eventFilter(self, o, e):
        if e.type() == QEvent.Type.Paint:
            t = time.time()
            hwm = [l for l in open('/proc/self/status') if l.startswith('VmHWM')]
            print(json.dumps({"painted": t, "vm_hwm_kib": int(hwm[0].split()[1]) if hwm else None}))
            QTimer.singleShot(0, app.quit)
        return False
f = F(); w.installEventFilter(f); w.show(); app.exec()
"""


def _child_env(tmp: Path) -> dict[str, str]:
    env = dict(os.environ)
    # an app start pays for its own restart with the allocator settings, as forum-kit's does
    for name in ("PYTHONMALLOC", "MALLOC_PERTURB_", "GLIBC_TUNABLES", "FORUM_KIT_HARDENED"):
        env.pop(name, None)
    env.setdefault("QT_QPA_PLATFORM", "offscreen")
    # the probe must not add the benchmark vault to the user's recent vaults
    env["FORUM_KIT_CONFIG_DIR"] = str(tmp / "config")
    env["PYTHONPATH"] = os.pathsep.join([str(ROOT), env.get("PYTHONPATH", "")]).rstrip(os.pathsep)
    return env


def measure_app(vault: Path, repeat: int) -> dict[str, dict[str, Any]]:
    """P1, P2 and P10 from ``repeat`` app starts (+ the same number of minimal-window starts)."""
    runs: list[dict[str, Any]] = []
    base: list[dict[str, Any]] = []
    with tempfile.TemporaryDirectory() as tmp_name:
        tmp = Path(tmp_name)
        env = _child_env(tmp)
        starts = max(2, repeat)  # at least one start without the backup and the one with it
        for i in range(starts):
            out = tmp / f"probe{i}.json"
            spawned = time.time()
            # the last start also writes a whole-vault backup while it goes through the pages
            probe_env = dict(env, FORUM_KIT_PROBE_BACKUP="1") if i == starts - 1 else env
            proc = subprocess.run(
                [sys.executable, str(RUN_PY), "--probe-app", str(vault), "--probe-out", str(out),
                 "--spawned-at", repr(spawned)],
                env=probe_env, capture_output=True, text=True, timeout=900)
            if proc.returncode != 0 or not out.exists():
                raise RuntimeError("app probe failed: " + proc.stderr[-2000:])
            runs.append(json.loads(out.read_text()))
            spawned = time.time()
            proc = subprocess.run([sys.executable, "-c", _MINIMAL_WINDOW], env=env,
                                  capture_output=True, text=True, timeout=120)
            if proc.returncode == 0 and proc.stdout.strip():
                doc = json.loads(proc.stdout.strip().splitlines()[-1])
                doc["spawned"] = spawned
                base.append(doc)
    p1 = statistics.median(r["unlock_visible"] - r["spawned"] for r in runs)
    base_p1 = statistics.median(b["painted"] - b["spawned"] for b in base) if base else None
    p2_all = [r["window_painted"] - r["unlock_clicked"] - r["kdf_s"] for r in runs]
    p2 = statistics.median(p2_all)
    open_s = statistics.median(r["open_finished"] - r["unlock_clicked"] for r in runs)
    build_s = statistics.median(r["window_built"] - r["open_finished"] for r in runs)
    kdf = statistics.median(r["kdf_s"] for r in runs)
    plain = [r for r in runs if not r["with_backup"]]
    backed_up = runs[-1]
    hwm = max(r["vm_hwm_kib"] or 0 for r in plain) / 1024
    base_hwm = max((b["vm_hwm_kib"] or 0) for b in base) / 1024 if base else None
    pages = {k: round(ms(statistics.median(r["pages_s"][k] for r in plain)), 1)
             for k in plain[0]["pages_s"]}

    def rss_after_pages(run: dict[str, Any]) -> dict[str, float | None]:
        return {k: None if v is None else round(v / 1024, 1)
                for k, v in run.get("rss_kib", {}).items()}
    return {
        "P1": {"rows": [row("unlock screen painted", 0.5, p1, "s", baseline=base_p1,
                            baseline_label="minimal QMainWindow process",
                            overhead=True)],
               "details": {"runs_s": [round(r["unlock_visible"] - r["spawned"], 3)
                                      for r in runs]}},
        "P2": {"rows": [row("main window painted", 0.8, p2, "s")],
               "details": {"vault_open_incl_kdf_s": round(open_s, 3), "kdf_s": round(kdf, 4),
                           "window_built_after_open_s": round(build_s, 3),
                           "painted_after_open_s": round(p2 - (open_s - kdf), 3),
                           "app_timing_hook_s": runs[-1].get("app_timing"),
                           "runs_s": [round(x, 3) for x in p2_all]}},
        "P10": {"rows": [row("VmHWM of the app", P10_MIB, hwm, "MiB", baseline=base_hwm,
                             baseline_label="minimal QMainWindow process",
                             overhead=True),
                         row("the same with a whole-vault backup running", P10_MIB,
                             (backed_up["vm_hwm_kib"] or 0) / 1024, "MiB")],
                "details": {"first_visit_of_each_page_ms": pages,
                            "whole_vault_backup_s": _round(backed_up.get("backup_s")),
                            "rss_mib_after_each_page": rss_after_pages(plain[0]),
                            "rss_mib_after_each_page_with_backup": rss_after_pages(backed_up),
                            "starts_without_backup": len(plain)}},
    }


# ------------------------------------------------------------------------- P11: the bundle

def _unlock_screen_age(command: list[str], vault: Path, env: dict[str, str]) -> float:
    """Seconds from the process's start to its first painted unlock screen, as the app's own
    ``FORUM_KIT_TIMING`` hook reports it (the process's age from /proc: the same clock for the
    bundle and the venv)."""
    proc = subprocess.run([*command, "--vault", str(vault)], env=env, capture_output=True,
                          text=True, timeout=300)
    for line in proc.stderr.splitlines():
        if line.startswith("t_unlock_visible="):
            if proc.returncode != 0:
                break
            return float(line.split("=", 1)[1])
    raise RuntimeError(f"{command[0]} did not reach the unlock screen "
                       f"(exit {proc.returncode}): {proc.stderr[-1500:]}")


def measure_bundle(vault: Path, repeat: int, bundle: Path) -> dict[str, Any]:
    """P11: the frozen app and the venv's ``forum-kit`` started in turns, each to its painted
    unlock screen, after one untimed start each (the bundle's first start reads ~220 MB)."""
    venv_command = [str(Path(sys.executable).with_name("forum-kit"))]
    if not Path(venv_command[0]).exists():
        venv_command = [sys.executable, "-m", "forum_kit"]
    commands = {"bundle": [str(bundle)], "venv": venv_command}
    with tempfile.TemporaryDirectory() as tmp_name:
        tmp = Path(tmp_name)
        env = {k: v for k, v in os.environ.items() if k != "PYTHONPATH"}
        env.update(QT_QPA_PLATFORM=env.get("QT_QPA_PLATFORM", "offscreen"),
                   FORUM_KIT_TIMING="1", FORUM_KIT_QUIT_AFTER_UNLOCK_SCREEN="1",
                   FORUM_KIT_CONFIG_DIR=str(tmp / "config"))
        for command in commands.values():
            _unlock_screen_age(command, vault, env)
        runs: dict[str, list[float]] = {name: [] for name in commands}
        for _ in range(max(3, repeat)):
            for name, command in commands.items():
                runs[name].append(_unlock_screen_age(command, vault, env))
    frozen = statistics.median(runs["bundle"])
    venv = statistics.median(runs["venv"])
    return {"rows": [
        row("bundle: unlock screen painted", P11_SECONDS, frozen, "s", baseline=venv,
            baseline_label="the same from the venv", overhead=True),
        row("bundle / venv", P11_RATIO, frozen / venv, "x"),
    ], "details": {"bundle": str(bundle), "venv_command": venv_command,
                   "runs_s": {k: [round(x, 3) for x in v] for k, v in runs.items()}}}
