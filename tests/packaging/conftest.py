"""Fixtures of the packaging tests: the Linux bundle built once per run, the steward's folders.

The bundle is built by ``packaging/build linux`` into pytest's temporary folder (never the
checkout's ``dist/``) and unpacked from its ``.tar.gz`` into a folder outside the checkout, as a
steward would; with pytest-xdist every worker shares that one build (a file lock decides who
builds it, the others wait for it).
"""

from __future__ import annotations

import fcntl
import subprocess
import sys
import tarfile
from pathlib import Path

import pytest
from packaging_helpers import BUILD


@pytest.fixture(scope="session")
def shared_tmp(tmp_path_factory, worker_id) -> Path:
    """A folder every xdist worker of this run shares (pytest's own folder when not parallel)."""
    base = tmp_path_factory.getbasetemp()
    return base if worker_id == "master" else base.parent


@pytest.fixture(scope="session")
def linux_bundle(shared_tmp) -> Path:
    """The unpacked Linux folder (``.../forum-kit``), built once per run, outside the checkout."""
    if not sys.platform.startswith("linux"):
        pytest.skip("the Linux bundle is built on Linux; the release workflow builds the others")
    root = shared_tmp / "linux-bundle"
    root.mkdir(exist_ok=True)
    with (root / "lock").open("w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        unpacked = root / "downloads" / "forum-kit"
        failure = root / "failed.txt"
        if failure.exists():
            pytest.fail("the bundle build failed (in another worker):\n" + failure.read_text())
        if not unpacked.is_dir():
            proc = subprocess.run(
                [
                    sys.executable,
                    str(BUILD),
                    "linux",
                    "--dist",
                    str(root / "dist"),
                    "--work",
                    str(root / "work"),
                ],
                capture_output=True,
                text=True,
                timeout=1500,
            )
            if proc.returncode != 0:
                failure.write_text(proc.stdout[-4000:] + proc.stderr[-6000:])
                pytest.fail("packaging/build linux failed:\n" + failure.read_text())
            (tarball,) = (root / "dist").glob("forum-kit-*-linux-*.tar.gz")
            with tarfile.open(tarball) as tar:
                tar.extractall(root / "downloads", filter="tar")
        return unpacked


@pytest.fixture
def steward(tmp_path) -> dict[str, Path]:
    """An empty home, an empty private temp folder and a work folder, all outside the checkout."""
    folders = {name: tmp_path / name for name in ("home", "tmp", "work")}
    for folder in folders.values():
        folder.mkdir()
    return folders
