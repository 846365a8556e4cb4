"""Reading another (stopped) process's writable memory through /proc, for the memory tests
(U-2, U-3): where each needle occurs. Linux only; the caller skips elsewhere."""

from __future__ import annotations

import re

_MAPS_LINE = re.compile(r"^([0-9a-f]+)-([0-9a-f]+) (\S{4}) \S+ \S+ \S+\s*(.*)$")
_CHUNK = 1 << 22


def writable_regions(pid: int) -> list[tuple[int, int, str]]:
    """(start, end, label) of every writable mapping but the kernel's own."""
    regions = []
    with open(f"/proc/{pid}/maps") as fh:
        for line in fh:
            m = _MAPS_LINE.match(line.rstrip("\n"))
            if not m or "w" not in m.group(3) or m.group(4) in ("[vvar]", "[vsyscall]"):
                continue
            regions.append((int(m.group(1), 16), int(m.group(2), 16), m.group(4)))
    return regions


def find_in_memory(pid: int, needles: dict[str, bytes]) -> dict[str, list[str]]:
    """Where (mapping label + offset) each needle occurs in the process's writable memory."""
    found: dict[str, list[str]] = {name: [] for name in needles}
    overlap = max(len(n) for n in needles.values()) - 1
    with open(f"/proc/{pid}/mem", "rb", buffering=0) as mem:
        for start, end, label in writable_regions(pid):
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
