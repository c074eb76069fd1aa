"""SIGKILL the workout at random moments: no confirmed set is lost, the file stays sound, and a
resume lands on the right step.

The runner (scripted_workout.py) follows the short routine through ``core.workout.run.WorkoutRun``,
the code path of the Workout tab, on a virtual clock 100x faster than real time, and prints a
``CONFIRMED`` line after each committed set. We kill it 32 times: after a random number (0-6) of
CONFIRMED lines plus a random 0-250 ms, so kills land in transactions, between a step change and
its save, during start-up and resume. After each kill:

* every set whose CONFIRMED line was printed is in the database (0 lost);
* ``PRAGMA integrity_check`` is ``ok``;
* resuming the unfinished workout (on a clock stopped at one moment, so the time left can be
  checked exactly against it) lands on the right step, defined as:
  - it is at or after the step saved with the last confirmed set of that workout (that position
    is written in the set's own transaction);
  - a work step that was running (a hold rep, a reps set) waits paused at its start with its
    full time: nothing the person did while the app was dead is invented;
  - a rest (get ready, release, switch sides) goes on with exactly its saved UTC end minus the
    clock's now, or, if that end passed, the player waits paused at the start of the next
    step;
  - every set the player has passed is accounted for exactly once: logged sets + sets waiting
    to be logged (pending timed sets) == completed set ends before the current step, and every
    pending hold carries the seconds the player timed (3 s per hold), never the plan's guess.
"""

from __future__ import annotations

import random
import re
import signal
import sqlite3
import subprocess
import sys
import time
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest

from core.store.db import Database, open_database
from core.workout.log import workout_sets
from core.workout.resume import unfinished_workout
from core.workout.run import WorkoutRun
from tests.reliability.powerloss.harness import Lines
from tests.reliability.scripted_workout import VirtualClock
from tests.reliability.short_routine import make_routine

RUNNER = Path(__file__).resolve().parent / "scripted_workout.py"
KILLS = 32
FACTOR = 100.0
LINE = re.compile(r"^CONFIRMED (\d+) set=(\d+) workout=(\d+) step=(\d+)$")


def _wait_for_the_killed_session(db: Database) -> None:
    """On PostgreSQL, block (on the server's lock, not a sleep) until the killed process's
    session has ended and its claim on the unfinished workout with it."""
    if db.is_sqlite:
        return
    from sqlalchemy import text

    from core.store.claims import CLAIMS

    with db.engine.connect() as conn:
        wid = conn.execute(text("SELECT max(id) FROM workouts WHERE ended_at IS NULL")).scalar()
        if wid is not None:
            conn.execute(text("SET lock_timeout = '20s'"))
            conn.execute(text("SELECT pg_advisory_lock(:c, :w)"), {"c": CLAIMS, "w": wid})
            conn.execute(text("SELECT pg_advisory_unlock(:c, :w)"), {"c": CLAIMS, "w": wid})
        conn.rollback()


def _integrity(path: Path) -> str:
    con = sqlite3.connect(path)
    try:
        return str(con.execute("PRAGMA integrity_check").fetchone()[0])
    finally:
        con.close()


class StoppedClock:
    """The virtual clock stopped at one moment: a resume checked against it is exact."""

    def __init__(self, clock: VirtualClock) -> None:
        self._wall = clock.wall()
        self._mono = clock.monotonic()

    def monotonic(self) -> float:
        return self._mono

    def wall(self) -> datetime:
        return self._wall


def _expected_left(snapshot: dict[str, Any], now: datetime) -> float:
    if snapshot.get("paused"):
        return float(snapshot.get("paused_remaining") or 0.0)
    end = datetime.fromisoformat(str(snapshot["phase_end_utc"]))
    return (end - now).total_seconds()


def _check_resume(db: Database, clock: VirtualClock, last_step: dict[int, int]) -> str:
    """Resume as the app would and check where it lands; returns a word for the summary."""
    with db.read_scope() as s:
        info = unfinished_workout(session=s)
    if info is None:
        return "none"
    stored = info.step_index
    now = StoppedClock(clock)
    run, _ = WorkoutRun.resume(db, info, clock=now)
    player = run.player
    assert player is not None
    steps = player.steps
    idx = player.index
    if info.workout_id in last_step:
        assert idx >= last_step[info.workout_id]
    word = "none"
    if stored is not None and info.player is not None and info.player.get("started"):
        was = steps[stored]
        if was.kind == "work":
            assert idx == stored and player.paused, (stored, idx)
            assert player.remaining() == was.seconds and player.elapsed() == 0.0
            word = "work paused at its start"
        elif was.kind != "done":
            left = _expected_left(info.player, now.wall())
            if left > 0:
                assert idx == stored and player.remaining() == pytest.approx(left, abs=1e-6)
                word = "rest with its time left"
            else:
                assert idx == stored + 1 and (player.paused or player.finished), (stored, idx)
                if not player.finished:
                    assert player.remaining() == steps[idx].seconds
                word = "rest ran out: paused at the next step"
    passed = sum(1 for s in steps[:idx] if s.ends_side)
    with db.read_scope() as s:
        logged = len(workout_sets(info.workout_id, session=s))
    assert logged + len(run.pending) == passed, (logged, run.pending, passed, idx)
    for p in run.pending:
        if run.plan.items[p.item_index].mode == "hold":
            assert (p.reps, p.seconds) == (2, 3.0), p
    return word


@pytest.mark.slow
def test_sigkill_at_random_moments_loses_no_confirmed_set(seeded_db: Database):
    """32 kills at random moments: 0 confirmed sets lost, integrity ok, resume on the right step
    (on PostgreSQL too: the killed machine's claim on its workout ends with its session)."""
    make_routine(seeded_db)
    seeded_db.close()
    store = seeded_db.location.storable()  # the file, or the URL (no password in tests)
    rng = random.Random(20261121)
    base_real = time.time()
    base_wall = datetime.now(UTC)
    clock = VirtualClock(base_wall, base_real, FACTOR)
    printed: dict[int, int] = {}  # set id -> workout id
    last_step: dict[int, int] = {}  # workout id -> player step saved with its last printed set
    outcomes: dict[str, int] = {}
    for _ in range(KILLS):
        proc = subprocess.Popen(
            [
                sys.executable,
                str(RUNNER),
                store,
                "--base-wall",
                base_wall.isoformat(),
                "--base-real",
                repr(base_real),
                "--factor",
                str(FACTOR),
            ],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
        )
        lines = Lines(proc)
        want = rng.randint(0, 6)
        reached = lines.wait_for(
            lambda ls, w=want: (
                "READY" in ls and sum(1 for x in ls if x.startswith("CONFIRMED")) >= w
            )
        )
        assert reached, f"runner ended early: {lines.lines[-5:]}"
        lines.pump(rng.uniform(0.0, 0.25))
        proc.send_signal(signal.SIGKILL)
        proc.wait(timeout=30)
        lines.pump(5.0)  # what was printed before the kill is still in the pipe
        assert proc.stderr is not None
        err = proc.stderr.read().decode()
        assert proc.returncode == -signal.SIGKILL, err
        assert "Traceback" not in err, err
        for line in lines.lines:
            m = LINE.match(line)
            if m:
                printed[int(m[2])] = int(m[3])
                last_step[int(m[3])] = int(m[4])

        if seeded_db.is_sqlite:
            assert _integrity(seeded_db.path) == "ok"
        db = open_database(store)
        try:
            _wait_for_the_killed_session(db)
            with db.read_scope() as s:
                for wid in set(printed.values()):
                    stored = {r.id for r in workout_sets(wid, session=s)}
                    lost = [sid for sid, w in printed.items() if w == wid and sid not in stored]
                    assert lost == [], f"confirmed sets lost: {lost}"
            word = _check_resume(db, clock, last_step)
            outcomes[word] = outcomes.get(word, 0) + 1
        finally:
            db.close()
    assert len(printed) >= KILLS  # the script really confirmed sets between kills
    print(f"kills={KILLS} confirmed={len(printed)} resume={outcomes}")
