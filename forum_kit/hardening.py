"""Process hardening for the desktop app: freed memory that keeps no plaintext.

After a lock the app drops every reference to what it read from the vault, but memory that is
freed is not erased: Python's own allocator (pymalloc) keeps freed objects in its arenas as they
were, and glibc's ``free`` leaves a block's bytes in place. A probe that read 2,000 sentinel rows,
dropped them and locked found 6,135 copies in its own memory (1,993 with SQLCipher's
``cipher_memory_security`` ON, which zeroes only SQLite's allocations), and none when the
interpreter ran with ``PYTHONMALLOC=malloc`` (every Python object from the C allocator) and
glibc's ``MALLOC_PERTURB_`` (every freed block overwritten) (PITFALLS.md), but for what glibc's
per-thread cache of recently freed blocks (tcache) holds: ``MALLOC_PERTURB_`` does not touch
those, so the tcache is turned off too (``GLIBC_TUNABLES=glibc.malloc.tcache_count=0``); in the
real window that left 1 copy of a note, and none without it. Python's objects now stay in
pymalloc with its debug hooks (``PYTHONMALLOC=pymalloc_debug``), which fill every block Python
frees: as few copies (0) for far less CPU than ``malloc`` (an allocation-heavy micro-benchmark,
CPU time: plain 1.7 s, ``malloc`` with the glibc settings 7.1-9.5 s, ``pymalloc_debug`` with them
2.3-2.4 s). All must be in the environment before the interpreter starts, so
``reexec_hardened`` restarts the process once, very early, with them set: the same interpreter
(or frozen executable), the same arguments. A frozen build's interpreter ignores
``PYTHONMALLOC`` (it is isolated from the environment), so the bundle is built with ``-X dev``
instead (packaging/forum-kit.spec), whose allocator is the same debug one.

Owns ``reexec_hardened`` (one call at the top of an entry point: ``forum_kit.cli.main`` does it
for the app, and a frozen build's entry point may call it itself), ``hardened_environment`` (the
variables, for a launcher or a test that starts the process itself) and ``memory_hardened``
(whether this process runs with them). On macOS the same is ``MallocScribble``; on Windows
there is no such setting, and nothing is done. ``FORUM_KIT_MEMORY_HARDENING=0`` turns it off
(the benchmarks' baseline measures what it costs).
"""

from __future__ import annotations

import os
import sys
from collections.abc import Mapping, Sequence

SWITCH_ENV = "FORUM_KIT_MEMORY_HARDENING"
# Set in the restarted process, so that a platform where the variables have no effect (a frozen
# build whose interpreter ignores PYTHONMALLOC) never restarts in a loop.
RESTARTED_ENV = "FORUM_KIT_HARDENED"
# Any non-zero byte; glibc fills freed blocks with it (and new ones with its complement).
PERTURB_BYTE = "165"
_TCACHE = "glibc.malloc.tcache_count"
# Python's allocator with debug hooks: every freed block filled with 0xDD before pymalloc keeps it
PYTHON_ALLOCATOR = "pymalloc_debug"
# PYTHONMALLOC values whose freed blocks are overwritten ("malloc": by the C allocator's setting)
_OVERWRITING = {"malloc", "malloc_debug", "pymalloc_debug", "debug"}


def _platform_variables() -> dict[str, str] | None:
    """The allocator variables of this platform, or None where there are none."""
    if sys.platform.startswith("linux"):
        try:
            libc = os.confstr("CS_GNU_LIBC_VERSION") or ""
        except (ValueError, OSError):
            libc = ""
        if not libc.startswith("glibc"):
            return None  # musl and others read no MALLOC_PERTURB_
        # glibc keeps up to 7 freed blocks of each size per thread in its tcache without
        # overwriting them (MALLOC_PERTURB_ acts only on the other paths): turned off
        tunables = [
            t
            for t in os.environ.get("GLIBC_TUNABLES", "").split(":")
            if t and not t.startswith(_TCACHE + "=")
        ]
        return {
            "PYTHONMALLOC": PYTHON_ALLOCATOR,
            "MALLOC_PERTURB_": PERTURB_BYTE,
            "GLIBC_TUNABLES": ":".join([*tunables, _TCACHE + "=0"]),
        }
    if sys.platform == "darwin":
        return {"PYTHONMALLOC": PYTHON_ALLOCATOR, "MallocScribble": "1"}
    return None


def available() -> bool:
    """Whether this platform has an allocator setting that overwrites freed memory."""
    return _platform_variables() is not None


def hardened_environment(env: Mapping[str, str] | None = None) -> dict[str, str]:
    """``env`` (default: this process's) with the allocator variables added."""
    result = dict(os.environ if env is None else env)
    result.update(_platform_variables() or {})
    result[RESTARTED_ENV] = "1"
    return result


def _python_frees_overwritten() -> bool:
    """Whether Python's own freed blocks are overwritten: the allocator the interpreter read from
    PYTHONMALLOC at start, or, where it reads no environment (a frozen build, ``-E``, ``-I``) or
    none was named, development mode's debug allocator (``-X dev``)."""
    if getattr(sys, "frozen", False) or sys.flags.ignore_environment:
        return bool(sys.flags.dev_mode)
    name = os.environ.get("PYTHONMALLOC", "")
    if name:
        return name in _OVERWRITING
    return bool(sys.flags.dev_mode)


def memory_hardened() -> bool:
    """Whether this process runs with freed memory overwritten: Python's freed blocks (see
    ``_python_frees_overwritten``) and the C allocator's (its variable is set)."""
    variables = _platform_variables()
    if variables is None:
        return False
    on = all(os.environ.get(k) == v for k, v in variables.items() if k != "PYTHONMALLOC")
    return on and _python_frees_overwritten()


def _arguments() -> list[str]:
    if getattr(sys, "frozen", False):
        return [sys.executable, *sys.argv[1:]]
    # orig_argv keeps the interpreter's own options (-c CODE, -m MODULE, -X ...) as given
    return [sys.executable, *sys.orig_argv[1:]]


def reexec_hardened(argv: Sequence[str] | None = None) -> None:
    """Restart this process with the allocator variables set, unless it already runs with them,
    has been restarted once already, is switched off, or the platform has none. Call it first
    thing in an entry point, before any vault data is read (and before Qt or threads start):
    on success it does not return. ``argv`` replaces the process's own command line."""
    if os.environ.get(SWITCH_ENV) == "0" or os.environ.get(RESTARTED_ENV) == "1":
        return
    if _platform_variables() is None or memory_hardened():
        return
    arguments = list(argv) if argv is not None else _arguments()
    for stream in (sys.stdout, sys.stderr):
        try:
            stream.flush()
        except (AttributeError, OSError, ValueError):
            pass
    try:
        os.execve(sys.executable, arguments, hardened_environment())
    except OSError:
        return  # cannot restart (no exec permission, a sandbox): run as we are
