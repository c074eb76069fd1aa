"""Power cuts for the store: build the shim, run the child under it, kill it, count what is left.

A "power cut" here is: run ``log_sets.py`` with ``LD_PRELOAD=powerloss_shim.so`` (which keeps
every write to the database's files out of the kernel until that file is fsynced), SIGKILL it
at a random moment, then look at the files WITHOUT the shim, as the next boot would. A SIGKILL
alone loses nothing the kernel has; under the shim the kernel only has what was fsynced, so the
kill throws away exactly what a power cut throws away from the page cache.

Used by tests/reliability/test_power_loss.py. Run by hand for the numbers in
docs/RELIABILITY.md ("Power loss")::

    .venv/bin/python tests/reliability/powerloss/harness.py [--kills N]
"""

from __future__ import annotations

import os
import random
import re
import selectors
import shutil
import signal
import sqlite3
import subprocess
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[2]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

SHIM_SOURCE = HERE / "powerloss_shim.c"
CHILD = HERE / "log_sets.py"
PROBE = HERE / "shim_probe.py"
CONFIRMED = re.compile(r"^CONFIRMED (\d+) set=(\d+) workout=(\d+) syncs=(\d+) dirty=(\d+)$")
MODE = re.compile(r"^MODE synchronous=(\d+) journal=(\w+) shim=(\d)$")


def build_shim(out_dir: Path) -> Path:
    """Compile powerloss_shim.c into out_dir; raises CalledProcessError with gcc's message."""
    gcc = shutil.which("gcc")
    if gcc is None:
        raise FileNotFoundError("gcc")
    out = out_dir / "powerloss_shim.so"
    subprocess.run(
        [gcc, "-shared", "-fPIC", "-O2", "-Wall", "-Werror", "-o", str(out), str(SHIM_SOURCE)]
        + ["-ldl", "-lpthread"],
        check=True,
        capture_output=True,
        text=True,
    )
    return out


def shim_env(shim: Path, prefix: Path, *, writeback_ppm: int = 0, seed: int = 0) -> dict[str, str]:
    """The environment of a child whose files under ``prefix`` lose unsynced writes on kill."""
    env = dict(os.environ)
    env["LD_PRELOAD"] = str(shim)
    env["POWERLOSS_PREFIX"] = str(prefix.resolve()) + "/"
    env["POWERLOSS_WRITEBACK_PPM"] = str(writeback_ppm)
    env["POWERLOSS_SEED"] = str(seed)
    return env


def prepare_database(db_path: Path) -> None:
    """A migrated database (the app's open_database) with one exercise to log sets against."""
    from core.store.db import open_database
    from core.store.models import Exercise

    db = open_database(db_path)
    try:
        with db.session_scope() as s:
            s.add(
                Exercise(
                    slug="power-loss-test", name="Power loss test", kind="strength", mode="reps"
                )
            )
    finally:
        db.close()


class Lines:
    """Read a subprocess's stdout line by line, waiting at most until a deadline."""

    def __init__(self, proc: subprocess.Popen[bytes]) -> None:
        assert proc.stdout is not None
        self.fd = proc.stdout.fileno()
        self.sel = selectors.DefaultSelector()
        self.sel.register(self.fd, selectors.EVENT_READ)
        self.buf = b""
        self.lines: list[str] = []
        self.eof = False

    def _read_once(self, timeout: float) -> None:
        if not self.sel.select(timeout):
            return
        chunk = os.read(self.fd, 65536)
        if not chunk:
            self.eof = True
            return
        self.buf += chunk
        *done, self.buf = self.buf.split(b"\n")
        self.lines += [d.decode() for d in done]

    def pump(self, timeout: float) -> None:
        """Read what arrives within ``timeout`` seconds (returns early on EOF)."""
        end = time.monotonic() + timeout
        while not self.eof:
            left = end - time.monotonic()
            if left <= 0:
                return
            self._read_once(left)

    def wait_for(self, predicate, limit: float = 30.0) -> bool:  # type: ignore[no-untyped-def]
        """Read until predicate(lines) holds (True) or the child's stdout ends (False).

        Checks after every chunk read, so the caller acts within one pipe read of the line.
        """
        end = time.monotonic() + limit
        while not predicate(self.lines):
            if self.eof:
                return False
            left = end - time.monotonic()
            assert left > 0, f"child stuck: {self.lines[-5:]}"
            self._read_once(min(left, 0.5))
        return True


@dataclass
class PowerCut:
    """One run of the child and what the files hold after it was killed."""

    synchronous: str  # "app" (Backline's pragmas) or "off"
    writeback_ppm: int
    mode: tuple[int, str, int] | None = None  # (PRAGMA synchronous, journal_mode, shim active)
    workout_id: int | None = None
    confirmed: list[int] = field(default_factory=list)  # set ids printed as committed
    syncs: int = 0  # fsync/fdatasync calls the shim saw, at the last confirmation
    dirty_at_confirm: list[int] = field(default_factory=list)  # unsynced bytes per confirmation
    stored: set[int] = field(default_factory=set)  # of the confirmed set ids, those on disk
    workout_stored: bool = False
    integrity: str = ""
    error: str = ""  # the child's stderr when it did not run to the kill

    @property
    def lost(self) -> list[int]:
        return [sid for sid in self.confirmed if sid not in self.stored]


def _read_back(db_path: Path, cut: PowerCut) -> None:
    """Look at the files without the shim, as the next start after the reboot would.

    A plain connection: the first one to open the file after the cut rebuilds the -shm from
    the -wal on disk (the -shm left by the killed process is not trusted), and checkpoints
    when it closes, as the app's next start would.
    """
    try:
        con = sqlite3.connect(db_path)
        try:
            cut.integrity = str(con.execute("PRAGMA integrity_check").fetchone()[0])
            ids = {r[0] for r in con.execute("SELECT id FROM logged_sets")}
            cut.stored = ids & set(cut.confirmed)
            if cut.workout_id is not None:
                row = con.execute("SELECT 1 FROM workouts WHERE id=?", (cut.workout_id,))
                cut.workout_stored = row.fetchone() is not None
        finally:
            con.close()
    except sqlite3.DatabaseError as exc:
        cut.integrity = f"unreadable: {exc}"


def power_cut(
    db_path: Path,
    shim: Path,
    *,
    synchronous: str,
    rng: random.Random,
    most_sets: int,
    writeback_ppm: int = 0,
) -> PowerCut:
    """Start the child under the shim, SIGKILL it after a random number of confirmed sets
    (1..most_sets) plus a random 0-5 ms, and read back what survived."""
    cut = PowerCut(synchronous=synchronous, writeback_ppm=writeback_ppm)
    env = shim_env(shim, db_path.parent, writeback_ppm=writeback_ppm, seed=rng.randrange(1 << 30))
    proc = subprocess.Popen(
        [sys.executable, str(CHILD), str(db_path), "--synchronous", synchronous],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        env=env,
        cwd=ROOT,
    )
    try:
        lines = Lines(proc)
        want = rng.randint(1, most_sets)
        reached = lines.wait_for(
            lambda ls, w=want: sum(1 for x in ls if x.startswith("CONFIRMED")) >= w
        )
        if reached:
            lines.pump(rng.uniform(0.0, 0.005))  # lands the kill anywhere in a transaction
        proc.send_signal(signal.SIGKILL)
        proc.wait(timeout=30)
        lines.pump(5.0)  # what was printed before the kill is still in the pipe
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()
    assert proc.stderr is not None
    err = proc.stderr.read().decode()
    if proc.returncode != -signal.SIGKILL or "Traceback" in err or "powerloss_shim" in err:
        cut.error = err.strip() or f"exit code {proc.returncode}"
    for line in lines.lines:
        if m := MODE.match(line):
            cut.mode = (int(m[1]), m[2], int(m[3]))
        elif line.startswith("WORKOUT "):
            cut.workout_id = int(line.split()[1])
        elif m := CONFIRMED.match(line):
            cut.confirmed.append(int(m[2]))
            cut.syncs = int(m[4])
            cut.dirty_at_confirm.append(int(m[5]))
    _read_back(db_path, cut)
    return cut


def app_can_open(db_path: Path) -> str:
    """'' when Backline's open_database accepts the file after the cut, else why not."""
    from core.store.db import StoreError, open_database

    try:
        open_database(db_path).close()
    except StoreError as exc:
        return str(exc)
    return ""


def _measure(kills: int) -> None:  # pragma: no cover - run by hand for the notes
    import tempfile

    rng = random.Random(20260521)
    with tempfile.TemporaryDirectory() as tmp:
        shim = build_shim(Path(tmp))
        for synchronous, ppm in (("app", 0), ("app", 250_000), ("off", 0), ("off", 250_000)):
            folder = Path(tmp) / f"{synchronous}-{ppm}"
            folder.mkdir()
            db_path = folder / "backline.db"
            prepare_database(db_path)
            confirmed = lost = runs_losing = broken = 0
            for _ in range(kills):
                cut = power_cut(
                    db_path,
                    shim,
                    synchronous=synchronous,
                    rng=rng,
                    most_sets=600,
                    writeback_ppm=ppm,
                )
                confirmed += len(cut.confirmed)
                lost += len(cut.lost)
                runs_losing += bool(cut.lost)
                if cut.error or cut.integrity != "ok" or app_can_open(db_path):
                    broken += 1
                    # start the next run from a sound file, so every run counts on its own
                    for p in folder.iterdir():
                        p.unlink()
                    prepare_database(db_path)
            print(
                f"synchronous={synchronous:3} writeback_ppm={ppm:6}: kills={kills} "
                f"confirmed={confirmed} lost={lost} runs_losing={runs_losing} "
                f"runs_with_a_damaged_file={broken}"
            )


if __name__ == "__main__":  # pragma: no cover
    import argparse

    parser = argparse.ArgumentParser()
    parser.add_argument("--kills", type=int, default=20)
    _measure(parser.parse_args().kills)
