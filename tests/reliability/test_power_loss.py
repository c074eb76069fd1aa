"""Power cuts, simulated: what synchronous=FULL (DESIGN.md rule 8) buys over a plain SIGKILL.

A SIGKILL loses nothing the kernel already has, so test_kill_workout.py passes with
synchronous=OFF too. Here the child runs under an LD_PRELOAD shim (powerloss/powerloss_shim.c)
that keeps every write to the database's files (the db and its -wal; not the -shm) out of the
kernel until the file is fsynced or fdatasynced, while the process itself still reads back
what it wrote. A SIGKILL then drops exactly the writes that were never synced, which is what a
power cut does to the page cache. The files are then read without the shim, as after a reboot.

The child (powerloss/log_sets.py) opens the database with the app's open_database() and logs
one set per session_scope() transaction, printing each set only after the commit returned.
See docs/RELIABILITY.md ("Power loss") for what the shim models and what it does not.
"""

from __future__ import annotations

import os
import random
import shutil
import signal
import subprocess
import sys
from pathlib import Path

import pytest

from tests.reliability.powerloss.harness import (
    PROBE,
    ROOT,
    Lines,
    PowerCut,
    app_can_open,
    build_shim,
    power_cut,
    prepare_database,
    shim_env,
)

pytestmark = pytest.mark.slow

FULL_KILLS = 12  # half of them with random early writeback of unsynced blocks
OFF_KILLS = 4
MOST_SETS = 400  # a run confirms 1..MOST_SETS sets before its kill (a checkpoint every ~250)
WRITEBACK_PPM = 250_000  # per write: chance that one dirty 4 KiB block reaches the disk early


@pytest.fixture(scope="module")
def shim(tmp_path_factory: pytest.TempPathFactory) -> Path:
    if not sys.platform.startswith("linux"):
        pytest.skip("the LD_PRELOAD power-loss shim is written for Linux/glibc")
    if shutil.which("gcc") is None:
        pytest.skip("gcc is not installed: cannot build the power-loss shim")
    try:
        return build_shim(tmp_path_factory.mktemp("shim"))
    except subprocess.CalledProcessError as exc:
        pytest.fail(f"the power-loss shim does not build:\n{exc.stderr}")


def _probe(inside: Path, outside: Path, env: dict[str, str]) -> dict[str, bytes]:
    """Run shim_probe.py, SIGKILL it once it is READY; returns what it read back per file."""
    proc = subprocess.Popen(
        [sys.executable, str(PROBE), str(inside), str(outside)],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        env=env,
        cwd=ROOT,
    )
    try:
        lines = Lines(proc)
        ready = lines.wait_for(lambda ls: "READY" in ls)
        proc.send_signal(signal.SIGKILL)
        proc.wait(timeout=30)
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()
    assert proc.stderr is not None
    err = proc.stderr.read().decode()
    assert ready and proc.returncode == -signal.SIGKILL, err
    seen = {}
    for line in lines.lines:
        if line.startswith("SEEN "):
            _, name, size, data = (line.split() + [""])[:4]
            assert int(size) == len(bytes.fromhex(data)), line
            seen[name] = bytes.fromhex(data)
    return seen


def test_shim_drops_exactly_the_unsynced_writes(shim: Path, tmp_path: Path) -> None:
    """The shim itself: under it a SIGKILL loses writes that were not fsynced/fdatasynced (on any
    fd of the file; also a close without sync, and an unsynced ftruncate), keeps synced ones,
    passes -shm files and files outside the prefix straight through, and the process always
    reads back (pread, fstat/stat size, lseek END) everything it wrote. Without the shim the
    same kill loses nothing, so the difference is the shim's."""
    seen_want = {
        "a": b"A1A2",
        "b": b"B1",
        "c": b"",
        "d": b"D1",
        "x-shm": b"S1",
        "o": b"O1",
    }
    after_cut = {"a": b"A1", "b": b"B1", "c": b"C1", "d": b"", "x-shm": b"S1", "o": b"O1"}
    after_kill = {"a": b"A1A2", "b": b"B1", "c": b"", "d": b"D1", "x-shm": b"S1", "o": b"O1"}
    for label, env, want in (
        ("shim", shim_env(shim, tmp_path / "shim" / "in"), after_cut),
        ("plain", dict(os.environ), after_kill),
    ):
        inside, outside = tmp_path / label / "in", tmp_path / label / "out"
        inside.mkdir(parents=True)
        outside.mkdir()
        assert _probe(inside, outside, env) == seen_want, label
        on_disk = {n: (inside / n).read_bytes() for n in ("a", "b", "c", "d", "x-shm")}
        on_disk["o"] = (outside / "o").read_bytes()
        assert on_disk == want, label


def _check_sound(db_path: Path, cut: PowerCut) -> None:
    assert cut.error == "", cut.error
    assert cut.integrity == "ok", cut.integrity
    assert app_can_open(db_path) == ""


def test_full_keeps_every_confirmed_set_through_power_cuts(shim: Path, tmp_path: Path) -> None:
    """Backline's pragmas (WAL, synchronous=FULL): after 12 simulated power cuts at random points
    (1-400 sets in, some across WAL checkpoints; half of the runs also let the "kernel" write
    random unsynced 4 KiB blocks early, in any order), every set the child printed as committed
    and its workout are in the file, integrity_check is ok and the app opens it. It also shows
    why: SQLite synced at least once per commit, and nothing written was unsynced at any
    confirmation, so a power cut right after "saved" has nothing of the set to lose."""
    db_path = tmp_path / "db" / "backline.db"
    db_path.parent.mkdir()
    prepare_database(db_path)
    rng = random.Random(20260521)
    confirmed = 0
    for i in range(FULL_KILLS):
        ppm = WRITEBACK_PPM if i % 2 else 0
        cut = power_cut(
            db_path, shim, synchronous="app", rng=rng, most_sets=MOST_SETS, writeback_ppm=ppm
        )
        assert cut.mode == (2, "wal", 1), cut.mode  # FULL, WAL, and really under the shim
        assert cut.confirmed, cut.error
        assert cut.syncs >= len(cut.confirmed)
        assert set(cut.dirty_at_confirm) == {0}
        _check_sound(db_path, cut)
        assert cut.workout_stored
        assert cut.lost == [], f"run {i}: confirmed sets lost: {cut.lost}"
        confirmed += len(cut.confirmed)
    print(f"FULL: kills={FULL_KILLS} confirmed={confirmed} lost=0")


def test_off_loses_confirmed_sets_under_the_same_power_cuts(shim: Path, tmp_path: Path) -> None:
    """The control, proving the FULL test can fail: the same child and power cuts with
    synchronous=OFF set on the connection. In WAL mode OFF never syncs, so every kill throws
    away the sets the child had already printed as committed (each run loses some; in fact all
    of its own). The file stays sound here only because nothing at all reached the disk."""
    db_path = tmp_path / "db" / "backline.db"
    db_path.parent.mkdir()
    prepare_database(db_path)
    rng = random.Random(20260522)
    confirmed = lost = 0
    for i in range(OFF_KILLS):
        cut = power_cut(db_path, shim, synchronous="off", rng=rng, most_sets=MOST_SETS)
        assert cut.mode == (0, "wal", 1), cut.mode  # OFF, WAL, under the shim
        assert cut.confirmed, cut.error
        assert cut.syncs == 0
        assert max(cut.dirty_at_confirm) > 0
        _check_sound(db_path, cut)
        assert cut.lost, f"run {i}: synchronous=OFF lost nothing: the shim is not in the path"
        assert not cut.workout_stored
        confirmed += len(cut.confirmed)
        lost += len(cut.lost)
    print(f"OFF: kills={OFF_KILLS} confirmed={confirmed} lost={lost}")
