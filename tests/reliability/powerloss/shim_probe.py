"""The shim's own check: plain file writes, some synced, some not, then wait to be killed.

Run as ``python shim_probe.py INSIDE OUTSIDE`` where INSIDE is under $POWERLOSS_PREFIX and
OUTSIDE is not. Each file gets a known history (os.write -> libc write, os.pwrite -> pwrite64,
os.fsync/os.fdatasync, os.ftruncate -> ftruncate64, os.fstat/os.stat -> fstat64/stat64):

* ``a``: "A1" + fsync, then "A2" unsynced             -> after a power cut: "A1"
* ``b``: "B1" + fdatasync                             -> "B1"
* ``c``: "C1" through one fd, fsync through another fd of the same file, then an unsynced
  ftruncate to 0                                      -> "C1"
* ``d``: "D1" written, closed without sync, reopened  -> "" (the page cache outlives close,
  not a power cut)
* ``x-shm``: "S1" unsynced (-shm files pass through)  -> "S1"
* OUTSIDE/``o``: "O1" unsynced (not under the prefix) -> "O1"

For every file it prints ``SEEN <name> <size> <hex>``: what the process itself reads back (pread
from 0 and the size fstat reports), which must be everything it wrote. Then ``READY``, and it
blocks reading stdin until it is killed.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path


def _seen(name: str, fd: int, path: Path) -> None:
    size = os.fstat(fd).st_size
    assert os.stat(path).st_size == size, (name, os.stat(path).st_size, size)
    assert os.lseek(fd, 0, os.SEEK_END) == size
    data = os.pread(fd, 1 << 16, 0)
    print(f"SEEN {name} {size} {data.hex()}", flush=True)


def main() -> int:
    inside, outside = Path(sys.argv[1]), Path(sys.argv[2])
    flags = os.O_RDWR | os.O_CREAT
    a = os.open(inside / "a", flags, 0o644)
    os.write(a, b"A1")
    os.fsync(a)
    os.write(a, b"A2")
    _seen("a", a, inside / "a")

    b = os.open(inside / "b", flags, 0o644)
    os.pwrite(b, b"B1", 0)
    os.fdatasync(b)
    _seen("b", b, inside / "b")

    c1 = os.open(inside / "c", flags, 0o644)
    c2 = os.open(inside / "c", os.O_RDWR)
    os.pwrite(c1, b"C1", 0)
    os.fsync(c2)
    os.ftruncate(c1, 0)
    _seen("c", c1, inside / "c")

    d = os.open(inside / "d", flags, 0o644)
    os.write(d, b"D1")
    os.close(d)
    d = os.open(inside / "d", os.O_RDONLY)
    _seen("d", d, inside / "d")

    s = os.open(inside / "x-shm", flags, 0o644)
    os.write(s, b"S1")
    _seen("x-shm", s, inside / "x-shm")

    o = os.open(outside / "o", flags, 0o644)
    os.write(o, b"O1")
    _seen("o", o, outside / "o")

    print("READY", flush=True)
    sys.stdin.buffer.read()  # blocks until the parent kills us
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
