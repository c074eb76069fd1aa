"""Two writers at once: a long CLI import while the window confirms sets. The import stages
its rows outside the database's write lock (import_parsed_staged), so every set confirmed
meanwhile lands, with the app's own busy_timeout; and the import is still all-or-nothing."""

from __future__ import annotations

import importlib.util
import subprocess
import sys
from datetime import UTC, datetime
from pathlib import Path

import pytest
from sqlalchemy import func, inspect, select

from core.interchange import import_parsed_staged, parse
from core.store.db import Database, open_database
from core.store.models import Exercise, LoggedSet, Workout
from core.store.startup import seed_if_needed
from core.workout.log import SetValues, confirm_set, start_workout

ROOT = Path(__file__).resolve().parents[3]
# Enough sets that one transaction for all of them held the lock past busy_timeout (5 s)
# on this machine (tests/reliability/measure_import_lock.py: 100,000 sets held it 4.2 s).
SETS = 150_000


def synthetic_export(path: Path, sets: int) -> Path:
    spec = importlib.util.spec_from_file_location("bench_import", ROOT / "bench" / "import.py")
    assert spec is not None and spec.loader is not None
    bench = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(bench)
    bench.write_export(path, sets)
    return path


def live_workout(db: Database) -> tuple[int, int]:
    with db.session_scope() as s:
        outcome = start_workout(
            session=s, routine_id=None, name="Live", plan_items=(), started_at=datetime.now(UTC)
        )
        exercise_id = s.execute(
            select(Exercise.id).where(Exercise.slug == "glute-bridge")
        ).scalar_one()
    return outcome.value, exercise_id


def confirm(db: Database, workout_id: int, exercise_id: int, n: int) -> None:
    with db.session_scope() as s:
        confirm_set(
            workout_id,
            session=s,
            exercise_id=exercise_id,
            routine_item_id=None,
            set_number=n,
            side=None,
            targets=SetValues(reps=10),
            actuals=SetValues(reps=10),
        )


@pytest.mark.slow
def test_sets_confirmed_during_a_long_cli_import_all_land(tmp_path: Path) -> None:
    """While `backline import` of 150,000 sets runs in another process, sets confirmed one by
    one (each its own BEGIN IMMEDIATE, busy_timeout 5 s) never fail with "database is locked",
    and every one of them is stored beside the whole import."""
    db_path = tmp_path / "two.db"
    db = open_database(db_path)
    try:
        seed_if_needed(db)
        workout_id, exercise_id = live_workout(db)
        export = synthetic_export(tmp_path / "big.csv", SETS)
        proc = subprocess.Popen(
            [
                sys.executable,
                "main.py",
                "--db",
                str(db_path),
                "import",
                str(export),
                "--unit",
                "kg",
            ],
            cwd=ROOT,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        confirmed = 0
        while proc.poll() is None:
            confirm(db, workout_id, exercise_id, confirmed + 1)  # raises if locked out
            confirmed += 1
        out, err = proc.communicate()
        assert proc.returncode == 0, err
        assert f"({SETS} sets)" in out
        with db.read_scope() as s:
            mine = s.execute(
                select(func.count())
                .select_from(LoggedSet)
                .where(LoggedSet.workout_id == workout_id)
            ).scalar_one()
            total = s.execute(select(func.count()).select_from(LoggedSet)).scalar_one()
        assert confirmed > 0 and mine == confirmed
        assert total == SETS + confirmed
    finally:
        db.close()


def test_a_refused_mapping_leaves_nothing_staged_or_stored(
    seeded_db: Database, tmp_path: Path
) -> None:
    """The staged import is all-or-nothing: a mapping to an unknown slug raises before
    anything is stored, and the temporary tables are gone from the connection."""
    export = synthetic_export(tmp_path / "small.csv", 50)
    parsed = parse(export, unit="kg")
    from core.interchange import MappingError

    with pytest.raises(MappingError):
        import_parsed_staged(parsed, db=seeded_db, mapping={"Push Up": "no-such-slug"})
    with seeded_db.read_scope() as s:
        assert s.execute(select(func.count()).select_from(Workout)).scalar_one() == 0
        temp = inspect(s.connection()).get_temp_table_names()
    assert temp == []
    result = import_parsed_staged(parsed, db=seeded_db, create_custom=True)
    assert result.sets_added == 50
    again = import_parsed_staged(parsed, db=seeded_db, create_custom=True)
    assert again.sets_added == 0 and again.workouts_skipped_duplicate == result.workouts_added
