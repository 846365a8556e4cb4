"""``forum-kit --self-check`` (issue 17): the check runs every part an installation needs and says
which failed; and the app icon the windows carry has every rendered size."""

from __future__ import annotations

import io
import os
import subprocess
import sys

import forum_kit.cli as cli
from ui import self_check
from ui.app import _parse
from ui.widgets.app_icon import app_icon


def test_every_check_passes_here(qapp):
    out = io.StringIO()
    assert self_check.run_self_check(qapp, out) == 0
    lines = out.getvalue().splitlines()
    assert [line.split(":")[0].split(None, 1)[1] for line in lines[1:-1]] == [
        name for name, _ in self_check.CHECKS
    ]
    assert all(line.startswith("ok") for line in lines[1:-1])
    assert lines[-1] == "Everything needed is in place."


def test_a_failing_check_is_named_and_the_rest_still_run(qapp, monkeypatch):
    def broken() -> str:
        raise FileNotFoundError("no fonts folder")

    checks = list(self_check.CHECKS)
    checks[0] = ("program files", broken)
    monkeypatch.setattr(self_check, "CHECKS", tuple(checks))
    out = io.StringIO()
    assert self_check.run_self_check(qapp, out) == 1
    text = out.getvalue()
    assert "FAILED  program files: FileNotFoundError: no fonts folder" in text
    assert "ok      encryption" in text
    assert text.splitlines()[-1] == "1 check failed: reinstall Forum Kit."  # its English plural


def test_several_failed_checks_are_counted_in_the_plural(qapp, monkeypatch):
    def broken() -> str:
        raise FileNotFoundError("missing")

    checks = [(name, broken) for name, _check in self_check.CHECKS[:2]] + list(
        self_check.CHECKS[2:])
    monkeypatch.setattr(self_check, "CHECKS", tuple(checks))
    out = io.StringIO()
    assert self_check.run_self_check(qapp, out) == 1
    assert out.getvalue().splitlines()[-1] == "2 checks failed: reinstall Forum Kit."


def test_self_check_is_an_app_option_of_the_command(tmp_path):
    assert "--self-check" in cli.APP_OPTIONS and _parse(["--self-check"]).self_check
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", FORUM_KIT_CONFIG_DIR=str(tmp_path))
    done = subprocess.run(
        [sys.executable, "-m", "forum_kit", "--self-check"],
        cwd=tmp_path,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 0, done.stdout + done.stderr
    assert "Forum Kit self-check (Qt platform: offscreen)" in done.stdout


def test_the_app_icon_has_every_rendered_size(qapp):
    icon = app_icon()
    assert not icon.isNull()
    assert {s.width() for s in icon.availableSizes()} == {16, 24, 32, 48, 64, 128, 256, 512}
