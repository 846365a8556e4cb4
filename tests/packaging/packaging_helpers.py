"""Helpers of the packaging tests: clean environments, file trees, a generated chart to import.

Programs under test run with ``clean_env``: no venv on the PATH, ``HOME`` an empty folder, the
temp folder a private empty one, no ``FORUM_KIT_*`` or ``XDG_*`` overrides, so the program finds
its folders through platformdirs exactly as on a steward's laptop.
"""

from __future__ import annotations

import csv
import importlib.util
import subprocess
from pathlib import Path
from types import ModuleType

ROOT = Path(__file__).resolve().parents[2]
BUILD = ROOT / "packaging" / "build"
PASSPHRASE = "a steward's long passphrase"


def clean_env(home: Path, tmp: Path, **extra: str) -> dict[str, str]:
    """What a desktop session gives a program, and nothing of this test run."""
    env = {
        "PATH": "/usr/local/bin:/usr/bin:/bin",
        "HOME": str(home),
        "TMPDIR": str(tmp),
        "LANG": "C.UTF-8",
        "QT_QPA_PLATFORM": "offscreen",
    }
    env.update(extra)
    return env


def tree(folder: Path) -> dict[str, tuple[int, int]]:
    """Relative path -> (size, mtime in ns) of everything under ``folder`` (folders too)."""
    out = {}
    for path in folder.rglob("*"):
        info = path.lstat()
        out[str(path.relative_to(folder))] = (
            0 if path.is_dir() else info.st_size,
            info.st_mtime_ns,
        )
    return out


def write_people_csv(path: Path, count: int = 6) -> list[str]:
    """A chart to import: generated people (Faker, several scripts), valid phones; their names."""
    from faker import Faker

    fake = Faker(["tr_TR", "el_GR", "ru_RU", "de_DE", "pl_PL", "vi_VN"], seed=0)
    Faker.seed(1717)
    names = []
    with path.open("w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle)
        writer.writerow(["Name", "Area", "Employee number", "Phone"])
        for index in range(count):
            name = fake.name()
            names.append(name)
            writer.writerow(
                [
                    name,
                    "Goods in",
                    f"PKG-{index:04d}",
                    f"+49 30 {fake.random_number(digits=7, fix_len=True)}",
                ]
            )
    return names


def run(
    command: list[str], env: dict[str, str], cwd: Path, *, timeout: float = 300
) -> subprocess.CompletedProcess[str]:
    """Run a program of the bundle or the wheel's venv; never inherits this process's env."""
    return subprocess.run(
        command,
        env=env,
        cwd=cwd,
        capture_output=True,
        text=True,
        timeout=timeout,
        stdin=subprocess.DEVNULL,
    )


def files_under(folder: Path) -> set[str]:
    """Relative paths of the files (not folders) under ``folder``."""
    return {str(p.relative_to(folder)) for p in folder.rglob("*") if not p.is_dir()}


def packaging_module(name: str) -> ModuleType:
    """A module of ``packaging/`` (not an importable package: the design's top-level folder)."""
    spec = importlib.util.spec_from_file_location(
        f"forum_kit_{name}", ROOT / "packaging" / f"{name}.py"
    )
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module
