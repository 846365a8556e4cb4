"""D-3: the pinned sqlcipher3 has binary wheels for CPython 3.11 on every platform the project
ships for, asked of the package registry (PyPI) through pip itself (SECURITY.md table D)."""

from __future__ import annotations

import os
import subprocess
import sys
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest

INDEX = "https://pypi.org/simple"
REQUIREMENT = "sqlcipher3==0.6.4"
# pip accepts a wheel for an older macOS or glibc than the one named, so each entry stands for
# "any wheel a CPython 3.11 on this platform can install"; the suffix is checked on the file.
PLATFORMS = {
    "win_amd64": "-cp311-cp311-win_amd64.whl",
    "macosx_14_0_arm64": "_arm64.whl",
    "macosx_14_0_x86_64": "_x86_64.whl",
    "manylinux_2_28_x86_64": "_x86_64.whl",
}


def _pip(*args: str) -> subprocess.CompletedProcess[str]:
    # Only PyPI: the machine's pip configuration (local wheel folders, extra indexes, caches)
    # could answer for it and hide a wheel that is missing upstream.
    env = {k: v for k, v in os.environ.items() if not k.startswith("PIP_")}
    env["PIP_CONFIG_FILE"] = os.devnull
    return subprocess.run(
        [sys.executable, "-m", "pip", *args, "--isolated", "--no-cache-dir",
         "--disable-pip-version-check", "--index-url", INDEX, "--retries", "1", "--timeout", "10"],
        env=env, capture_output=True, text=True, timeout=120,
    )


def _download(platform: str, dest: Path) -> tuple[subprocess.CompletedProcess[str], list[str]]:
    dest.mkdir()
    out = _pip("download", "--no-deps", "--only-binary=:all:", "--platform", platform,
               "--python-version", "3.11", "--implementation", "cp", "--dest", str(dest),
               REQUIREMENT)
    return out, sorted(p.name for p in dest.iterdir())


@pytest.mark.slow
def test_d3_platform_wheels_exist_on_pypi(tmp_path):
    # pip says "No matching distribution" both when the index is unreachable and when the wheel
    # is missing, so first make sure the registry answers at all
    probe = _pip("index", "versions", "sqlcipher3")
    if probe.returncode != 0 or "Available versions" not in probe.stdout:
        pytest.skip(f"the package registry {INDEX} cannot be reached from here")
    assert "0.6.4" in probe.stdout.split("Available versions:")[1].splitlines()[0]
    with ThreadPoolExecutor(len(PLATFORMS)) as pool:
        results = dict(zip(PLATFORMS, pool.map(
            lambda p: _download(p, tmp_path / p), PLATFORMS), strict=True))
    missing = []
    for platform, (out, files) in results.items():
        wheels = [f for f in files if f.startswith("sqlcipher3-0.6.4-cp311-")
                  and f.endswith(PLATFORMS[platform])]
        if out.returncode != 0 or len(wheels) != 1 or len(files) != 1:
            missing.append(f"{platform}: {files} {out.stderr.strip()[-300:]}")
    assert missing == []
