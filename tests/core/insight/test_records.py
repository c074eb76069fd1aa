"""Personal records against hand-computed figures on a real temporary database."""

from __future__ import annotations

from datetime import UTC

import pytest
from insight_data import add_exercise, add_workout, local

from core.insight import records as progress
from core.store.db import Database


def kinds(records: list[progress.Record]) -> list[tuple[str, float, float | None]]:
    return [(r.kind, round(r.value, 6), r.weight_kg) for r in records]


def test_personal_records_for_reps_ignore_warmups(db: Database, lifts: dict[str, int]) -> None:
    """Heaviest weight, best Epley 1RM and most reps per weight (bodyweight too); the 40 kg
    warm-up sets none of them."""
    with db.read_scope() as s:
        records = progress.personal_records(lifts["squat"], session=s)
    assert kinds(records) == [
        ("heaviest_weight", 25.0, 25.0),
        ("best_e1rm", round(25 * (1 + 8 / 30), 6), 25.0),
        ("most_reps_at_weight", 8.0, 25.0),
        ("most_reps_at_weight", 12.0, 20.0),
        ("most_reps_at_weight", 12.0, None),
    ]
    heaviest = records[0]
    assert heaviest.reps == 8
    assert heaviest.when == local(2026, 5, 4, 18).astimezone(UTC)
    assert heaviest.label == "Heaviest weight: 25 kg × 8"
    assert "Epley" in records[1].label
    assert records[-1].label == "Most reps at bodyweight: 12"


def test_personal_records_in_pounds_label(db: Database, lifts: dict[str, int]) -> None:
    """Labels follow the person's unit; values stay in kg."""
    with db.read_scope() as s:
        records = progress.personal_records(lifts["squat"], session=s, weight_unit="lb")
    assert records[0].value == 25.0
    assert records[0].label == "Heaviest weight: 55.1 lb × 8"


def test_personal_records_for_holds_and_activities(db: Database, lifts: dict[str, int]) -> None:
    """Longest hold (50 s, not the 90 s warm-up) and longest activity (45 min)."""
    with db.read_scope() as s:
        hold = progress.personal_records(lifts["plank"], session=s)
        walk = progress.personal_records(lifts["walk"], session=s)
    assert kinds(hold)[0] == ("longest_hold", 50.0, None)
    assert hold[0].label == "Longest hold: 50 s"
    assert ("most_reps_at_weight", 3.0, None) in kinds(hold)
    assert kinds(walk) == [("longest_activity", 2700.0, None)]
    assert walk[0].label == "Longest activity: 45:00"


def test_a_tie_keeps_the_earliest_record(db: Database) -> None:
    """Doing the same best again later does not move the record to the later set."""
    ex = add_exercise(db, "row")
    _w, (first,) = add_workout(
        db, local(2026, 1, 5, 9), [dict(exercise_id=ex, reps=5, weight_kg=30.0)]
    )
    add_workout(db, local(2026, 1, 7, 9), [dict(exercise_id=ex, reps=5, weight_kg=30.0)])
    with db.read_scope() as s:
        records = progress.personal_records(ex, session=s)
    assert {r.logged_set_id for r in records} == {first}


def new_records(db: Database, set_id: int) -> list[tuple[str, float]]:
    with db.read_scope() as s:
        return [
            (r.kind, round(r.value, 6)) for r in progress.new_records_for_set(set_id, session=s)
        ]


def test_new_records_for_a_confirmed_set(db: Database) -> None:
    """A set announces exactly the records it beats: none for the first set ever or an equal
    one; heavier -> heaviest and 1RM; more reps at a weight already done -> most reps at that
    weight only; warm-ups neither set records nor count as the bar to beat."""
    ex = add_exercise(db, "deadlift")
    _w, (first, equal) = add_workout(
        db,
        local(2026, 2, 2, 18),
        [
            dict(exercise_id=ex, reps=5, weight_kg=60.0),
            dict(exercise_id=ex, reps=5, weight_kg=60.0),
        ],
    )
    assert new_records(db, first) == []
    assert new_records(db, equal) == []
    _w, (warm, heavier, more_reps, lighter) = add_workout(
        db,
        local(2026, 2, 4, 18),
        [
            dict(exercise_id=ex, set_type="warmup", reps=3, weight_kg=100.0),
            dict(exercise_id=ex, reps=3, weight_kg=65.0),
            dict(exercise_id=ex, reps=7, weight_kg=60.0),
            dict(exercise_id=ex, reps=4, weight_kg=50.0),
        ],
    )
    assert new_records(db, warm) == []
    # 65 × (1 + 3/30) = 71.5 > 60 × (1 + 5/30) = 70; the 100 kg warm-up is not the bar
    assert new_records(db, heavier) == [("heaviest_weight", 65.0), ("best_e1rm", 71.5)]
    # 60 × (1 + 7/30) = 74 beats 71.5 too
    assert new_records(db, more_reps) == [("most_reps_at_weight", 7.0), ("best_e1rm", 74.0)]
    # the first set at 50 kg: nothing at that weight to beat, and lighter than before
    assert new_records(db, lighter) == []
    with pytest.raises(LookupError):
        new_records(db, 99999)


def test_new_records_for_holds_and_bodyweight(db: Database) -> None:
    """A longer hold is a record; more bodyweight reps than ever is a most-reps record."""
    plank = add_exercise(db, "plank", "hold")
    push = add_exercise(db, "push-up")
    add_workout(
        db,
        local(2026, 2, 2, 18),
        [dict(exercise_id=plank, reps=1, duration_seconds=30.0), dict(exercise_id=push, reps=10)],
    )
    _w, (hold, reps) = add_workout(
        db,
        local(2026, 2, 3, 18),
        [
            dict(exercise_id=plank, reps=1, duration_seconds=35.0),
            dict(exercise_id=push, reps=11),
        ],
    )
    assert new_records(db, hold) == [("longest_hold", 35.0)]
    assert new_records(db, reps) == [("most_reps_at_weight", 11.0)]
