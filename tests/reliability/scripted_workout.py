"""A scripted workout for the kill test: the app's own code path, no window, time sped up.

Run as ``python tests/reliability/scripted_workout.py DB --base-wall ISO --base-real T
--factor F``. It resumes the unfinished workout if there is one (exactly as the Workout tab does
at start-up, through ``core.workout.run.WorkoutRun``), else starts the short test routine, and follows
it: every set is confirmed as soon as it can be (an untimed reps set at once, a timed hold after
it ends, with what the player timed), timed phases run out on a virtual clock, a step that waits
paused after a resume is resumed (the person's Space), and each finished workout is closed and
a new one started. After every committed set it prints
``CONFIRMED <n> set=<id> workout=<id> step=<index after>`` and flushes, so a line on stdout
means the transaction returned. It runs until it is killed.

Virtual time: ``VirtualClock`` runs ``factor`` times faster than real time, from a base shared by
every process of one test, so a phase end saved as UTC by one process is read honestly by the
next one.
"""

from __future__ import annotations

import argparse
import sys
import time
from datetime import datetime, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from sqlalchemy import select  # noqa: E402

from core.store.db import open_database  # noqa: E402
from core.store.models import Routine  # noqa: E402
from core.workout.log import SetValues  # noqa: E402
from core.workout.plan import routine_plan  # noqa: E402
from core.workout.resume import unfinished_workout  # noqa: E402
from core.workout.run import WorkoutRun  # noqa: E402
from core.workout.steps import PlayerOptions  # noqa: E402

ROUTINE_NAME = "Short test routine"
OPTIONS = PlayerOptions(get_ready_seconds=2)


class VirtualClock:
    """Time ``factor`` times faster than the real clock, from a base shared across processes."""

    def __init__(self, base_wall: datetime, base_real: float, factor: float) -> None:
        self.base_wall = base_wall
        self.base_real = base_real
        self.factor = factor

    def _seconds(self) -> float:
        return (time.time() - self.base_real) * self.factor

    def monotonic(self) -> float:
        return self._seconds()

    def wall(self) -> datetime:
        return self.base_wall + timedelta(seconds=self._seconds())


def actual_for(run: WorkoutRun) -> SetValues | None:
    """What the script "did" for the set the form refers to, or None to wait."""
    target = run.log_target()
    if target is None:
        return None
    assert run.player is not None
    if target.pending is None and run.player.step.seconds is not None:
        return None  # a timed hold still running: let it end by itself
    done = target.done
    if done is not None:  # a timed set: what the player timed
        return SetValues(
            reps=done.reps if done.reps is not None else 1,
            weight_kg=done.weight_kg,
            seconds=done.seconds,
        )
    t = target.target
    return SetValues(reps=t.reps if t.reps is not None else 1, weight_kg=t.weight_kg)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("db", help="the SQLite file, or a PostgreSQL URL")
    parser.add_argument("--base-wall", required=True)
    parser.add_argument("--base-real", type=float, required=True)
    parser.add_argument("--factor", type=float, default=100.0)
    args = parser.parse_args(argv)
    clock = VirtualClock(datetime.fromisoformat(args.base_wall), args.base_real, args.factor)
    db = open_database(args.db)
    with db.read_scope() as session:
        routine_id = session.scalar(select(Routine.id).where(Routine.name == ROUTINE_NAME))
        info = unfinished_workout(session=session)
    assert routine_id is not None, "prepare the database with tests/reliability/short_routine.py"
    run: WorkoutRun | None = None
    if info is not None:
        run, _ = WorkoutRun.resume(db, info, clock=clock)
    print("READY", flush=True)
    n = 0
    while True:
        if run is None:
            with db.read_scope() as session:
                plan = routine_plan(routine_id, session=session)
            run, _ = WorkoutRun.start(db, plan, clock=clock, options=OPTIONS)
        if run.player is not None and run.player.paused:
            run.toggle_pause()  # resumed after a kill: the person presses Space
        run.poll()
        actual = actual_for(run)
        if actual is not None:
            row, _ = run.confirm_set(actual)
            n += 1
            assert run.player is not None
            print(
                f"CONFIRMED {n} set={row.id} workout={run.workout_id} step={run.player.index}",
                flush=True,
            )
            continue
        if run.finished and not run.pending:
            run.finish()
            print(f"FINISHED workout={run.workout_id}", flush=True)
            run = None
            continue
        time.sleep(0.001)  # the runner waits for virtual time; the test itself never sleeps


if __name__ == "__main__":
    raise SystemExit(main())
