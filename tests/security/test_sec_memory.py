"""U-2: after ``lock()`` the process's writable memory holds no copy of the data key (raw, hex,
HEX). Best effort by design (SECURITY.md table U); read from outside through /proc, Linux only."""

from __future__ import annotations

import gc
import os
import signal
import sys

import pytest
from conftest import PASSPHRASE
from memscan import find_in_memory
from sqlalchemy import text

from forum_kit.vault import FAST_KDF, Vault

pytestmark = pytest.mark.skipif(
    not sys.platform.startswith("linux") or not os.path.exists("/proc/self/mem"),
    reason="reads another process's memory through /proc",
)


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
            found = find_in_memory(pid, needles)
        finally:
            os.close(read_fd)
            os.kill(pid, signal.SIGKILL)
            os.waitpid(pid, 0)
        runs.append(found)
    assert runs == [{"raw": [], "hex": [], "HEX": []}] * 5, runs
