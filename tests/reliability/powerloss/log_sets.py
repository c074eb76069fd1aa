"""The power-loss test's child: log confirmed sets through the app's store until killed.

Run as ``python tests/reliability/powerloss/log_sets.py DB [--synchronous app|off]``, normally
under the LD_PRELOAD shim (powerloss_shim.c) that keeps unsynced writes out of the kernel.

It opens DB with Backline's own ``core.store.db.open_database`` (so the real pragmas apply:
WAL, synchronous=FULL, BEGIN IMMEDIATE), starts a workout in one transaction, then logs sets
with the transaction shape the app uses: one ``db.session_scope()`` per set, inserting one row
into the real ``logged_sets`` table through the ORM model ``core.store.models.LoggedSet``.
(Rows go through the models rather than core.workout's services so that this test does not
depend on where those services live; the claim under test is the store's: one session_scope()
is one BEGIN IMMEDIATE ... COMMIT on a connection set up by open_database.)

It prints, and flushes, one line per committed transaction, only after ``session_scope()``
has returned, i.e. after COMMIT returned (when the app would say "saved")::

    MODE synchronous=<0|1|2|3> journal=<mode> shim=<0|1>
    WORKOUT <id>
    CONFIRMED <n> set=<id> workout=<id> syncs=<s> dirty=<bytes>

``syncs`` and ``dirty`` come from the shim (``powerloss_stats``): how many fsync/fdatasync calls
it has seen on the database's files so far, and how many bytes the process has written that
are not synced yet (what a power cut at this moment would throw away).

``--synchronous off`` is the control case: after open, a "connect" listener added behind the
app's own one sets ``PRAGMA synchronous=OFF`` on every connection, and the pool is emptied so
every connection used afterwards is a new one. core is not changed; the MODE line reports the
setting SQLite really has on the connection that logs the sets.
"""

from __future__ import annotations

import argparse
import ctypes
import sys
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[3]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from sqlalchemy import event, select, text  # noqa: E402

from core.store.db import open_database  # noqa: E402
from core.store.models import Exercise, LoggedSet, Workout  # noqa: E402


def shim_stats() -> tuple[int, int, int]:
    """(active, fsync/fdatasync calls seen on tracked files, bytes written but not synced)."""
    try:
        stats = ctypes.CDLL(None).powerloss_stats
    except AttributeError:
        return 0, 0, 0
    syncs, dirty, writebacks = ctypes.c_long(), ctypes.c_long(), ctypes.c_long()
    active = stats(ctypes.byref(syncs), ctypes.byref(dirty), ctypes.byref(writebacks))
    return int(active), syncs.value, dirty.value


def _synchronous_off(dbapi_connection: Any, _record: Any) -> None:
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA synchronous=OFF")
    cursor.close()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("db", type=Path)
    parser.add_argument("--synchronous", choices=("app", "off"), default="app")
    parser.add_argument("--max-sets", type=int, default=100_000)
    args = parser.parse_args(argv)

    db = open_database(args.db)
    if args.synchronous == "off":
        event.listen(db.engine, "connect", _synchronous_off)
        db.engine.dispose()
    with db.session_scope() as s:
        sync = s.execute(text("PRAGMA synchronous")).scalar()
        journal = s.execute(text("PRAGMA journal_mode")).scalar()
        exercise_id = s.scalar(select(Exercise.id).order_by(Exercise.id).limit(1))
        assert exercise_id is not None, "the database needs one exercise"
        workout = Workout(name="power loss", started_at=datetime.now(UTC), origin="backline")
        s.add(workout)
        s.flush()
        workout_id = workout.id
    print(f"MODE synchronous={sync} journal={journal} shim={shim_stats()[0]}", flush=True)
    print(f"WORKOUT {workout_id}", flush=True)
    for n in range(1, args.max_sets + 1):
        with db.session_scope() as s:
            row = LoggedSet(
                workout_id=workout_id,
                exercise_id=exercise_id,
                position=n,
                set_number=n,
                target_reps=10,
                reps=10,
                weight_kg=20.0 + n % 7,
            )
            s.add(row)
            s.flush()
            set_id = row.id
        # session_scope() has returned: COMMIT returned, the app would now say "saved".
        _, syncs, dirty = shim_stats()
        print(
            f"CONFIRMED {n} set={set_id} workout={workout_id} syncs={syncs} dirty={dirty}",
            flush=True,
        )
    db.close()
    print("DONE", flush=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
