"""U-2: after ``lock()`` the process's writable memory holds no copy of the data key (raw, hex,
HEX). Best effort by design (SECURITY.md table U); read from outside through /proc, Linux only."""

from __future__ import annotations

import gc
import os
import re
import signal
import sys

import pytest
from conftest import PASSPHRASE
from sqlalchemy import text

from forum_kit.vault import FAST_KDF, Vault

pytestmark = pytest.mark.skipif(
    not sys.platform.startswith("linux") or not os.path.exists("/proc/self/mem"),
    reason="reads another process's memory through /proc",
)

_MAPS_LINE = re.compile(r"^([0-9a-f]+)-([0-9a-f]+) (\S{4}) \S+ \S+ \S+\s*(.*)$")
_CHUNK = 1 << 22


def _session_child(folder, write_fd: int) -> None:
    """Forked child: create, lock, unlock and use a vault; send its key; lock; stop."""
    code = 1
    try:
        Vault.create(folder, PASSPHRASE, kdf=FAST_KDF).lock()
        vault = Vault.open(folder, PASSPHRASE)
        with vault.unit_of_work() as s:
            s.execute(text("CREATE TABLE u2 (id INTEGER PRIMARY KEY, body TEXT)"))
            s.execute(text("INSERT INTO u2 (body) VALUES (:b)"), [{"b": "u2 " * 50}] * 200)
        with vault.unit_of_work() as s:
            s.execute(text("SELECT count(*) FROM u2")).scalar_one()
        vault.add_recovery_key()
        vault.change_passphrase(PASSPHRASE, PASSPHRASE + "!")
        vault.backup("u2")
        assert vault.check().ok
        # the raw bytes straight from the vault's bytearray: no Python copy is made here
        os.write(write_fd, vault._key)
        vault.lock()
        del vault
        gc.collect()
        os.write(write_fd, b"L")
        os.kill(os.getpid(), signal.SIGSTOP)
        code = 0
    except BaseException:
        code = 2
    finally:
        os._exit(code)


def _writable_regions(pid: int) -> list[tuple[int, int, str]]:
    regions = []
    with open(f"/proc/{pid}/maps") as fh:
        for line in fh:
            m = _MAPS_LINE.match(line.rstrip("\n"))
            if not m or "w" not in m.group(3) or m.group(4) in ("[vvar]", "[vsyscall]"):
                continue
            regions.append((int(m.group(1), 16), int(m.group(2), 16), m.group(4)))
    return regions


def _count_in_memory(pid: int, needles: dict[str, bytes]) -> dict[str, list[str]]:
    """Where (mapping names) each needle occurs in the stopped process's writable memory."""
    found: dict[str, list[str]] = {name: [] for name in needles}
    overlap = max(len(n) for n in needles.values()) - 1
    with open(f"/proc/{pid}/mem", "rb", buffering=0) as mem:
        for start, end, label in _writable_regions(pid):
            tail = b""
            for offset in range(start, end, _CHUNK):
                try:
                    mem.seek(offset)
                    block = mem.read(min(_CHUNK, end - offset))
                except OSError:
                    break
                data = tail + block
                for name, needle in needles.items():
                    i = data.find(needle)
                    while i != -1:
                        found[name].append(f"{label or 'anon'}+{offset - start + i - len(tail):#x}")
                        i = data.find(needle, i + 1)
                tail = data[-overlap:]
    return found


def test_u2_no_copy_of_the_data_key_after_lock(tmp_path):
    runs = []
    for run in range(5):
        read_fd, write_fd = os.pipe()
        pid = os.fork()
        if pid == 0:
            os.close(read_fd)
            _session_child(tmp_path / f"u2-{run}", write_fd)
        os.close(write_fd)
        try:
            key = b""
            while len(key) < 33:
                chunk = os.read(read_fd, 33 - len(key))
                assert chunk, "the child ended before locking"
                key += chunk
            assert key[32:] == b"L"
            _, status = os.waitpid(pid, os.WUNTRACED)
            assert os.WIFSTOPPED(status)
            key = key[:32]
            needles = {"raw": key, "hex": key.hex().encode(), "HEX": key.hex().upper().encode()}
            found = _count_in_memory(pid, needles)
        finally:
            os.close(read_fd)
            os.kill(pid, signal.SIGKILL)
            os.waitpid(pid, 0)
        runs.append(found)
    assert runs == [{"raw": [], "hex": [], "HEX": []}] * 5, runs
