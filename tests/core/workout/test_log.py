"""core.workout.log and core.workout.resume: validated sets, last performance, finish and
discard, and which workout is left unfinished.

Real temporary SQLite files and the short routine of tests/reliability.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from sqlalchemy import select

from core.bounds import InputError
from core.changes import Changes
from core.store.db import Database
from core.store.models import LoggedSet, Workout
from core.workout.log import (
    LoggedSetRow,
    SetValues,
    confirm_set,
    discard_workout,
    finish_workout,
    last_performance,
    start_workout,
    workout_sets,
)
from core.workout.plan import WorkoutPlan, routine_plan
from core.workout.resume import add_exercise_to_workout, save_position, unfinished_workout
from tests.reliability.short_routine import make_routine

T0 = datetime(2024, 3, 1, 9, 0, tzinfo=UTC)


def _plan(db: Database) -> WorkoutPlan:
    rid = make_routine(db)
    with db.read_scope() as s:
        return routine_plan(rid, session=s)


def _new_workout(db: Database, plan: WorkoutPlan, when: datetime = T0) -> int:
    with db.session_scope() as s:
        return start_workout(
            session=s,
            routine_id=plan.routine_id,
            name=plan.name,
            plan_items=plan.items,
            started_at=when,
        ).value


def _log(
    db: Database, wid: int, plan: WorkoutPlan, actual: SetValues, set_number: int = 1
) -> LoggedSetRow:
    with db.session_scope() as s:
        return confirm_set(
            wid,
            session=s,
            exercise_id=plan.exercise_ids[0],
            routine_item_id=plan.items[0].item_id,
            set_number=set_number,
            side=None,
            targets=SetValues(reps=10, weight_kg=20.0),
            actuals=actual,
        ).value


def _count(db: Database) -> int:
    with db.read_scope() as s:
        return len(s.scalars(select(LoggedSet.id)).all())


def test_confirmed_set_stores_targets_beside_actuals(seeded_db: Database) -> None:
    """A set is stored with its targets and actuals, numbered in workout order."""
    plan = _plan(seeded_db)
    wid = _new_workout(seeded_db, plan)
    a = _log(seeded_db, wid, plan, SetValues(reps=12, weight_kg=22.5, rpe=8))
    b = _log(seeded_db, wid, plan, SetValues(reps=0, weight_kg=22.5), set_number=2)
    assert (a.position, b.position) == (1, 2)
    assert a.target == SetValues(reps=10, weight_kg=20.0)
    assert a.actual == SetValues(reps=12, weight_kg=22.5, rpe=8)
    assert b.actual.reps == 0  # a failed set is worth logging
    with seeded_db.read_scope() as s:
        assert [r.id for r in workout_sets(wid, session=s)] == [a.id, b.id]


@pytest.mark.parametrize(
    ("values", "field"),
    [
        (SetValues(reps=1000), "reps"),
        (SetValues(reps=-1), "reps"),
        (SetValues(reps=10, weight_kg=5000), "weight_kg"),
        (SetValues(reps=10, weight_kg=-2), "weight_kg"),
        (SetValues(seconds=30000), "duration_seconds"),
        (SetValues(reps=10, rpe=0), "rpe"),
        (SetValues(reps=10, rpe=11), "rpe"),
        (SetValues(reps=2.5), "reps"),  # type: ignore[arg-type]
        (SetValues(), "reps"),
    ],
)
def test_bad_values_name_the_field_and_store_nothing(
    seeded_db: Database, values: SetValues, field: str
) -> None:
    """Out-of-bounds or missing values raise InputError for that field; no row is added."""
    plan = _plan(seeded_db)
    wid = _new_workout(seeded_db, plan)
    with pytest.raises(InputError) as err:
        _log(seeded_db, wid, plan, values)
    assert err.value.field == field
    assert _count(seeded_db) == 0


def test_last_performance_is_the_previous_workout_of_that_item(seeded_db: Database) -> None:
    """Last time = the most recent other workout's sets for the item, falling back to the
    exercise; the current workout is left out."""
    plan = _plan(seeded_db)
    old = _new_workout(seeded_db, plan, T0 - timedelta(days=7))
    _log(seeded_db, old, plan, SetValues(reps=8, weight_kg=10))
    prev = _new_workout(seeded_db, plan, T0 - timedelta(days=2))
    _log(seeded_db, prev, plan, SetValues(reps=11, weight_kg=20))
    _log(seeded_db, prev, plan, SetValues(reps=9, weight_kg=20), set_number=2)
    now = _new_workout(seeded_db, plan, T0)
    _log(seeded_db, now, plan, SetValues(reps=1))
    with seeded_db.read_scope() as s:
        last = last_performance(
            session=s, routine_item_id=plan.items[0].item_id, exclude_workout_id=now
        )
        by_exercise = last_performance(
            session=s,
            routine_item_id=999999,
            exercise_id=plan.exercise_ids[0],
            exclude_workout_id=now,
        )
        nothing = last_performance(session=s, exercise_id=plan.exercise_ids[2])
    assert last is not None and last.workout_id == prev
    assert [(p.reps, p.weight_kg) for p in last.sets] == [(11, 20), (9, 20)]
    assert last.text("kg") == "11 × 20 kg, 9 × 20 kg"
    assert by_exercise is not None and by_exercise.workout_id == prev
    assert nothing is None


def test_unfinished_workout_until_finished_and_not_imports(seeded_db: Database) -> None:
    """A live workout is offered for resume until finished; imported workouts never are."""
    plan = _plan(seeded_db)
    with seeded_db.session_scope() as s:
        s.add(Workout(name="imported", started_at=T0 + timedelta(days=1), origin="strong"))
    wid = _new_workout(seeded_db, plan)
    with seeded_db.session_scope() as s:
        save_position(wid, {"version": 1, "index": 3}, session=s)
    with seeded_db.read_scope() as s:
        info = unfinished_workout(session=s)
    assert info is not None and info.workout_id == wid and info.step_index == 3
    assert info.plan.items == plan.items and info.plan.exercise_ids == plan.exercise_ids
    with seeded_db.session_scope() as s:
        finish_workout(wid, session=s, ended_at=T0 + timedelta(minutes=30))
    with seeded_db.read_scope() as s:
        assert unfinished_workout(session=s) is None
        w = s.get(Workout, wid)
        assert w is not None and w.player_state is None and w.ended_at is not None
    with seeded_db.session_scope() as s, pytest.raises(ValueError):
        save_position(wid, {"version": 1, "index": 4}, session=s)


def test_discard_removes_the_workout_and_its_sets(seeded_db: Database) -> None:
    """Discarding deletes the workout with every set logged in it."""
    plan = _plan(seeded_db)
    wid = _new_workout(seeded_db, plan)
    _log(seeded_db, wid, plan, SetValues(reps=5))
    with seeded_db.session_scope() as s:
        discard_workout(wid, session=s)
    with seeded_db.read_scope() as s:
        assert s.get(Workout, wid) is None
    assert _count(seeded_db) == 0


def test_every_writer_says_it_changed_the_workouts(seeded_db: Database) -> None:
    """start, confirm, save position, add exercise, finish and discard each return what they
    changed (workouts), so the UI can tell the other tabs."""
    plan = _plan(seeded_db)
    workouts = Changes(workouts=True)
    with seeded_db.session_scope() as s:
        started = start_workout(
            session=s,
            routine_id=plan.routine_id,
            name=plan.name,
            plan_items=plan.items,
            started_at=T0,
        )
        wid = started.value
        logged = confirm_set(
            wid,
            session=s,
            exercise_id=plan.exercise_ids[0],
            routine_item_id=None,
            set_number=1,
            side=None,
            targets=SetValues(),
            actuals=SetValues(reps=3),
        )
        added = add_exercise_to_workout(wid, "push-up", session=s)
        saved = save_position(wid, None, session=s)
        assert [started.changes, logged.changes, added.changes, saved] == [workouts] * 4
        assert logged.value.actual.reps == 3
        assert added.value[1].exercise_slug == "push-up"
        assert added.value[0].items[-1] == added.value[1]
        assert finish_workout(wid, session=s, ended_at=T0) == workouts
        assert discard_workout(wid, session=s) == workouts


def test_a_workout_left_open_for_weeks_ends_at_the_longest_a_workout_can_be(
    seeded_db: Database,
) -> None:
    """Ended three weeks after it started, a workout is stored as lasting the bound's 7 days
    (so its export imports again); an end before the start is its start."""
    from core.bounds import WORKOUT_LENGTH

    with seeded_db.session_scope() as s:
        first = start_workout(
            session=s, routine_id=None, name="Left open", plan_items=(), started_at=T0
        ).value
        finish_workout(first, session=s, ended_at=T0 + timedelta(weeks=3))
        second = start_workout(
            session=s, routine_id=None, name="Clock skew", plan_items=(), started_at=T0
        ).value
        finish_workout(second, session=s, ended_at=T0 - timedelta(minutes=5))
    with seeded_db.read_scope() as s:
        ends = {w.name: w.ended_at for w in s.scalars(select(Workout))}
    assert ends["Left open"] == T0 + timedelta(seconds=WORKOUT_LENGTH.maximum)
    assert ends["Clock skew"] == T0
