"""D: pinned dependency versions and the forbidden-pattern lint; U-5: nothing after lock."""

from __future__ import annotations

import re
from importlib import metadata
from pathlib import Path

import pytest
import sqlcipher3.dbapi2 as sqlcipher
from sqlalchemy import event

from forum_kit.errors import VaultLocked

ROOT = Path(__file__).resolve().parents[2]

# Each pattern tolerates spacing and quoting variants of the forbidden construct (SECURITY.md D-2).
# An export to an unkeyed attach is always spelt with KEY '' in SQLCipher (an ATTACH without KEY
# inherits the main key), so the KEY rule covers "sqlcipher_export to an unkeyed attach".
FORBIDDEN = {
    "SingletonThreadPool": re.compile(r"SingletonThreadPool"),
    "sqlite+pysqlcipher dialect": re.compile(r"sqlite\+pysqlcipher"),
    "ATTACH ... KEY '' (plaintext export)": re.compile(r"""KEY\s*(''|""|\\'\\'|\\"\\")""", re.I),
    "temp_store FILE": re.compile(r"temp_store\s*=\s*(FILE|1|'FILE'|\"FILE\")\b", re.I),
    "echo=True": re.compile(r"echo\s*=\s*True"),
    "cipher_compatibility": re.compile(r"cipher_compatibility", re.I),
}
SKIP_DIRS = {".venv", ".git", "build", "dist", "node_modules", "__pycache__", ".ruff_cache"}


def _sources() -> list[Path]:
    out = []
    security_tests = ROOT / "tests" / "security"
    for path in ROOT.rglob("*.py"):
        rel = path.relative_to(ROOT)
        if SKIP_DIRS.intersection(rel.parts) or rel.parts[0].startswith("."):
            continue
        if path.is_relative_to(security_tests):
            continue
        out.append(path)
    return out


def test_d1_pinned_versions():
    assert metadata.version("sqlcipher3") == "0.6.4"
    conn = sqlcipher.connect(":memory:")
    try:
        assert conn.execute("PRAGMA cipher_version").fetchone()[0].startswith("4.")
    finally:
        conn.close()
    major = int(metadata.version("cryptography").split(".")[0])
    assert major >= 44
    from cryptography.hazmat.primitives.kdf.argon2 import Argon2id  # noqa: F401


def test_d2_forbidden_patterns_lint():
    sources = _sources()
    assert any(p.name == "engine.py" for p in sources)  # the lint really sees the vault code
    hits = []
    for path in sources:
        for lineno, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            for label, pattern in FORBIDDEN.items():
                if pattern.search(line):
                    hits.append(f"{path.relative_to(ROOT)}:{lineno}: {label}")
    assert hits == []


@pytest.mark.parametrize(
    "line",
    ["poolclass=SingletonThreadPool", "create_engine('sqlite+pysqlcipher://')",
     "ATTACH DATABASE 'p.db' AS plain KEY ''", "PRAGMA temp_store = FILE", "echo=True",
     "PRAGMA cipher_compatibility = 3", 'ATTACH DATABASE "p.db" AS plain KEY ""'],
)
def test_d2_lint_catches_each_pattern(line):
    assert any(p.search(line) for p in FORBIDDEN.values())


def test_u5_no_queries_and_no_new_connection_after_lock(sec_vault):
    engine = sec_vault.engine
    connects = []
    event.listen(engine, "connect", lambda *a: connects.append(1))
    with sec_vault.unit_of_work() as s:
        s.connection()
    key = sec_vault._key
    before = len(connects)
    sec_vault.lock()
    assert sec_vault.is_locked
    assert key is not None and not any(key)  # wiped in place
    assert engine.pool.checkedin() == 0
    with pytest.raises(VaultLocked):
        sec_vault.engine  # noqa: B018
    with pytest.raises(VaultLocked):
        with sec_vault.unit_of_work():
            pass
    with pytest.raises(VaultLocked):
        sec_vault.backup("after lock")
    with pytest.raises(VaultLocked):
        sec_vault.add_recovery_key()
    with pytest.raises(VaultLocked):
        sec_vault.check()
    with pytest.raises(VaultLocked):
        engine.connect()  # even a kept reference cannot reconnect with the wiped key
    assert len(connects) == before
    sec_vault.lock()  # idempotent
