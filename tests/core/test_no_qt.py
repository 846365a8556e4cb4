"""The core never imports Qt (ARCHITECTURE.md rule 1), and neither does any CLI subcommand."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap

WALK = textwrap.dedent(
    """
    import importlib, pkgutil, sys
    import forum_kit
    names = [m.name for m in pkgutil.walk_packages(forum_kit.__path__, "forum_kit.")]
    for name in names:
        if name.endswith("__main__"):
            continue
        importlib.import_module(name)
    assert len(names) > 20, names
    loaded = sorted(m for m in sys.modules if m == "PySide6" or m.startswith(("PySide6.", "ui.")))
    print("QT:", loaded)
    """
)

CLI = textwrap.dedent(
    """
    import sys
    from forum_kit.cli import main
    assert main(["check", "--help"]) == 0
    assert "sqlalchemy" not in sys.modules, "--help imported SQLAlchemy"
    assert main(["init", sys.argv[1]]) == 0
    assert main(["summary", sys.argv[1]]) == 0
    loaded = sorted(m for m in sys.modules if m == "PySide6" or m.startswith(("PySide6.", "ui.")))
    print("QT:", loaded)
    """
)


def _run(code: str, *args: str, env: dict[str, str] | None = None) -> str:
    result = subprocess.run(
        [sys.executable, "-c", code, *args], capture_output=True, text=True, timeout=120,
        env={**os.environ, **(env or {})},
    )
    assert result.returncode == 0, result.stderr
    return result.stdout


def test_importing_every_core_module_loads_no_qt():
    assert "QT: []" in _run(WALK)


def test_cli_commands_load_no_qt(tmp_path):
    out = _run(CLI, str(tmp_path / "v"), env={
        "FORUM_KIT_INSECURE_FAST_KDF": "1",
        "FORUM_KIT_PASSPHRASE": "correct horse battery staple",
    })
    assert "QT: []" in out


def test_python_dash_m_runs_the_cli():
    result = subprocess.run([sys.executable, "-m", "forum_kit", "--version"],
                            capture_output=True, text=True, timeout=60)
    assert result.returncode == 0
    assert result.stdout.startswith("forum-kit ")
