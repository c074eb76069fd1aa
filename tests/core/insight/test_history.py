"""Workout history on a real temporary database: paging, detail, edits, deletes."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import Any

import pytest
from insight_data import BERLIN, add_exercise
from sqlalchemy import func, select

from core.bounds import InputError
from core.changes import Changes
from core.insight import history, records, trends
from core.store.db import Database
from core.store.models import LoggedSet, Routine, Workout

T0 = datetime(2025, 1, 6, 18, tzinfo=UTC)


def add_workout(
    db: Database,
    started: datetime,
    sets: list[dict[str, Any]],
    routine_id: int | None = None,
    minutes: int | None = 40,
) -> tuple[int, list[int]]:
    with db.session_scope() as s:
        w = Workout(
            started_at=started,
            name="Session",
            routine_id=routine_id,
            ended_at=None if minutes is None else started + timedelta(minutes=minutes),
        )
        s.add(w)
        s.flush()
        ids = []
        for i, fields in enumerate(sets):
            ls = LoggedSet(workout_id=w.id, position=i, set_number=i + 1, **fields)
            s.add(ls)
            s.flush()
            ids.append(ls.id)
        return w.id, ids


@pytest.fixture
def one_workout(db: Database) -> dict[str, Any]:
    """A routine workout: warm-up, two weighted sets with targets, a bodyweight set."""
    squat = add_exercise(db, "goblet-squat")
    bridge = add_exercise(db, "glute-bridge")
    with db.session_scope() as s:
        r = Routine(name="Lower body")
        s.add(r)
        s.flush()
        rid = r.id
    wid, ids = add_workout(
        db,
        T0,
        [
            dict(exercise_id=squat, set_type="warmup", reps=5, weight_kg=10.0),
            dict(
                exercise_id=squat,
                reps=10,
                weight_kg=20.0,
                target_reps=12,
                target_weight_kg=20.0,
                rpe=7.0,
            ),
            dict(exercise_id=squat, reps=8, weight_kg=22.5, target_reps=12, target_weight_kg=20.0),
            dict(exercise_id=bridge, reps=15, target_reps=15),
        ],
        routine_id=rid,
        minutes=52,
    )
    return {"workout": wid, "sets": ids, "squat": squat, "bridge": bridge}


def summary(db: Database, wid: int) -> history.WorkoutSummary:
    with db.read_scope() as s:
        return history.workout_summary(wid, session=s)


def test_summary_figures_by_hand(db: Database, one_workout: dict[str, Any]) -> None:
    """Sets count every logged set; volume is 20×10 + 22.5×8 = 380 kg (the warm-up and the
    bodyweight set add none); duration is end minus start; the routine is named."""
    with db.read_scope() as s:
        (row,) = history.list_workouts(session=s)
    assert row.id == one_workout["workout"]
    assert (row.sets, row.volume_kg, row.duration_s) == (4, 380.0, 52 * 60.0)
    assert row.routine_name == "Lower body"
    assert row.started_at == T0
    assert summary(db, row.id) == row


def test_paging_is_newest_first_and_complete(db: Database) -> None:
    """250 workouts come back in pages of 100, 100, 50, newest first, without gaps or repeats;
    an unfinished workout has no duration and an empty one has 0 sets and 0 volume."""
    ex = add_exercise(db, "row")
    for i in range(250):
        add_workout(
            db,
            T0 + timedelta(days=i),
            [dict(exercise_id=ex, reps=5, weight_kg=i)],
            minutes=None if i == 249 else 30,
        )
    empty, _ = add_workout(db, T0 - timedelta(days=1), [])
    with db.read_scope() as s:
        assert history.count_workouts(session=s) == 251
        pages = [history.list_workouts(session=s, offset=o, limit=100) for o in (0, 100, 200)]
    assert [len(p) for p in pages] == [100, 100, 51]
    rows = [r for p in pages for r in p]
    starts = [r.started_at for r in rows]
    assert starts == sorted(starts, reverse=True)
    assert len({r.id for r in rows}) == 251
    assert rows[0].duration_s is None and rows[1].duration_s == 1800.0
    assert rows[0].volume_kg == 249 * 5
    assert (rows[-1].id, rows[-1].sets, rows[-1].volume_kg) == (empty, 0, 0.0)
    with pytest.raises(ValueError), db.read_scope() as s:
        history.list_workouts(session=s, offset=-1)


def test_detail_shows_targets_beside_actuals(db: Database, one_workout: dict[str, Any]) -> None:
    """The detail lists the sets in order with exercise names and targets next to actuals."""
    with db.read_scope() as s:
        detail = history.workout_detail(one_workout["workout"], session=s)
    assert detail.routine_name == "Lower body"
    assert [x.id for x in detail.sets] == one_workout["sets"]
    second = detail.sets[1]
    assert (second.exercise_name, second.exercise_mode) == ("Goblet Squat", "reps")
    assert (second.target_reps, second.reps) == (12, 10)
    assert (second.target_weight_kg, second.weight_kg, second.rpe) == (20.0, 20.0, 7.0)
    assert detail.sets[0].set_type == "warmup"
    assert detail.sets[3].exercise_name == "Glute Bridge"
    with pytest.raises(LookupError):
        history.workout_detail(9999, session=s)


def test_edit_updates_derived_figures(db: Database, one_workout: dict[str, Any]) -> None:
    """Correcting 10 reps to 12 and 22.5 kg to 25 kg changes the volume (20×12 + 25×8 = 440),
    the exercise's series and its records; the edit announces a workouts change."""
    _warm, first, second, _bw = one_workout["sets"]
    with db.session_scope() as s:
        assert history.update_logged_set(
            first, session=s, reps=12, rpe=8.5, note=" felt easy "
        ) == Changes(workouts=True)
        history.update_logged_set(second, session=s, weight_kg=25.0)
    assert summary(db, one_workout["workout"]).volume_kg == 440.0
    tz = BERLIN
    with db.read_scope() as s:
        (point,) = trends.exercise_series(one_workout["squat"], "heaviest", session=s, tz=tz)
        best = records.personal_records(one_workout["squat"], session=s)
        edited = history.workout_detail(one_workout["workout"], session=s).sets[1]
    assert point.value == 25.0
    assert best[0].value == 25.0
    assert (edited.reps, edited.rpe, edited.note) == (12, 8.5, "felt easy")


def test_edit_can_clear_a_value_and_changes_nothing_when_empty(
    db: Database, one_workout: dict[str, Any]
) -> None:
    """None clears a field (the RPE); an edit without fields writes nothing."""
    first = one_workout["sets"][1]
    with db.session_scope() as s:
        history.update_logged_set(first, session=s, rpe=None)
        assert history.update_logged_set(first, session=s) == Changes()
    with db.read_scope() as s:
        assert s.get(LoggedSet, first).rpe is None  # type: ignore[union-attr]


@pytest.mark.parametrize(
    ("fields", "bad_field"),
    [
        (dict(reps=-1), "reps"),
        (dict(reps=2.5), "reps"),
        (dict(weight_kg=-1.0), "weight_kg"),
        (dict(weight_kg=float("nan")), "weight_kg"),
        (dict(duration_seconds=7 * 3600.0), "duration_seconds"),
        (dict(reps=11, rpe=11.0), "rpe"),
        (dict(reps="ten"), "reps"),
        (dict(note="x" * 3000), "note"),
    ],
)
def test_bad_edits_are_refused_and_nothing_is_saved(
    db: Database, one_workout: dict[str, Any], fields: dict[str, Any], bad_field: str
) -> None:
    """An out-of-bounds or non-numeric value raises InputError naming its field, and no field
    of the set changes (not even the valid ones given with it)."""
    first = one_workout["sets"][1]
    with pytest.raises(InputError) as caught, db.session_scope() as s:
        history.update_logged_set(first, session=s, **fields)
    assert caught.value.field == bad_field
    with db.read_scope() as s:
        row = s.get(LoggedSet, first)
        assert row is not None
        assert (row.reps, row.weight_kg, row.rpe, row.note) == (10, 20.0, 7.0, "")


def test_a_failed_zero_rep_set_can_be_edited(db: Database, one_workout: dict[str, Any]) -> None:
    """A set logged with 0 reps (a failed attempt, allowed by the Workout tab) can have its note
    edited, and an edit may set reps to 0: logging and editing share one bound (core.bounds)."""
    first = one_workout["sets"][1]
    with db.session_scope() as s:
        history.update_logged_set(first, session=s, reps=0)
    with db.session_scope() as s:
        history.update_logged_set(first, session=s, reps=0, note="failed at the lockout")
    with db.read_scope() as s:
        row = s.get(LoggedSet, first)
        assert row is not None and (row.reps, row.note) == (0, "failed at the lockout")


def test_delete_a_set_updates_the_summary(db: Database, one_workout: dict[str, Any]) -> None:
    """Deleting the 22.5 kg set leaves 3 sets and 200 kg of volume; a missing set is a
    LookupError."""
    second = one_workout["sets"][2]
    with db.session_scope() as s:
        assert history.delete_logged_set(second, session=s) == Changes(workouts=True)
    got = summary(db, one_workout["workout"])
    assert (got.sets, got.volume_kg) == (3, 200.0)
    with pytest.raises(LookupError), db.session_scope() as s:
        history.delete_logged_set(second, session=s)


def test_delete_a_workout_removes_its_sets(db: Database, one_workout: dict[str, Any]) -> None:
    """Deleting the workout removes it and its sets, and the exercise leaves the history."""
    with db.session_scope() as s:
        assert history.delete_workout(one_workout["workout"], session=s) == Changes(workouts=True)
    with db.read_scope() as s:
        assert history.count_workouts(session=s) == 0
        assert s.scalar(select(func.count()).select_from(LoggedSet)) == 0
        assert trends.exercises_with_history(session=s) == []
    with pytest.raises(LookupError), db.session_scope() as s:
        history.delete_workout(one_workout["workout"], session=s)
