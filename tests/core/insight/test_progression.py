"""Double progression suggestions on a real temporary database."""

from __future__ import annotations

import itertools
from datetime import UTC, datetime, timedelta
from typing import Any

import pytest

from core.insight.progression import RULE_TEXT, Suggestion, suggest_next_target
from core.store.db import Database
from core.store.models import Exercise, LoggedSet, Routine, RoutineItem, Workout
from core.units import KG_PER_LB

DAY0 = datetime(2026, 4, 6, 17, tzinfo=UTC)
_serial = itertools.count(1)


def make_item(db: Database, mode: str = "reps", *, enabled: bool = True, **fields: Any) -> int:
    n = next(_serial)
    with db.session_scope() as s:
        ex = Exercise(
            slug=f"ex-{mode}-{n}",
            name="Exercise",
            kind="strength",
            mode=mode,
            builtin=False,
        )
        r = Routine(name=f"Routine {n}", suggestions_enabled=enabled)
        s.add_all([ex, r])
        s.flush()
        item = RoutineItem(routine_id=r.id, position=0, exercise_id=ex.id, mode=mode, **fields)
        s.add(item)
        s.flush()
        return item.id


def log(db: Database, item_id: int, day: int, sets: list[dict[str, Any]]) -> None:
    """A workout `day` days after DAY0 with these sets of the item."""
    with db.session_scope() as s:
        item = s.get(RoutineItem, item_id)
        assert item is not None
        w = Workout(started_at=DAY0 + timedelta(days=day), routine_id=item.routine_id)
        s.add(w)
        s.flush()
        for i, fields in enumerate(sets):
            s.add(
                LoggedSet(
                    workout_id=w.id,
                    exercise_id=item.exercise_id,
                    routine_item_id=item_id,
                    position=i,
                    set_number=i + 1,
                    **fields,
                )
            )


def suggest(db: Database, item_id: int, unit: str = "kg") -> Suggestion:
    with db.read_scope() as s:
        return suggest_next_target(item_id, session=s, weight_unit=unit)


def test_all_sets_at_the_top_add_two_and_a_half_kg(db: Database) -> None:
    """Three sets of 12 at 20 kg with a 8-12 range -> 22.5 kg, same range, reason says why."""
    item = make_item(db, sets=3, reps_min=8, reps_max=12, weight_kg=20.0)
    log(db, item, 0, [dict(reps=12, weight_kg=20.0)] * 3)
    got = suggest(db, item)
    assert got.changed
    assert (got.reps_min, got.reps_max, got.weight_kg) == (8, 12, 22.5)
    assert got.reason == "All 3 sets reached 12 reps last time, so add 2.5 kg: 22.5 kg."


def test_pounds_add_five_pounds(db: Database) -> None:
    """Working in pounds, 100 lb becomes 105 lb (5 lb stored in kg)."""
    item = make_item(db, reps_min=8, reps_max=10, weight_kg=100 * KG_PER_LB)
    log(db, item, 0, [dict(reps=10, weight_kg=100 * KG_PER_LB)] * 2)
    got = suggest(db, item, "lb")
    assert got.changed
    assert got.weight_kg is not None
    assert got.weight_kg / KG_PER_LB == pytest.approx(105.0, abs=1e-9)
    assert "5 lb" in got.reason and "105 lb" in got.reason


def test_bodyweight_adds_one_rep_to_the_range(db: Database) -> None:
    """No weight: all sets at the top of 10-15 -> 11-16."""
    item = make_item(db, reps_min=10, reps_max=15)
    log(db, item, 0, [dict(reps=15), dict(reps=16)])
    got = suggest(db, item)
    assert got.changed
    assert (got.reps_min, got.reps_max, got.weight_kg) == (11, 16, None)
    assert got.reason.endswith("so aim for one more rep: 11-16 reps.")


def test_holds_add_five_seconds(db: Database) -> None:
    """Every hold lasted the full 30 s -> 35 s."""
    item = make_item(db, "hold", sets=2, reps_min=3, hold_seconds=30)
    log(db, item, 0, [dict(reps=3, duration_seconds=30.0), dict(reps=3, duration_seconds=31.0)])
    got = suggest(db, item)
    assert got.changed
    assert got.hold_seconds == 35
    assert "35 s" in got.reason


def test_a_short_hold_keeps_the_target(db: Database) -> None:
    """One hold of 25 s out of a 30 s target: keep 30 s."""
    item = make_item(db, "hold", reps_min=3, hold_seconds=30)
    log(db, item, 0, [dict(reps=3, duration_seconds=30.0), dict(reps=3, duration_seconds=25.0)])
    got = suggest(db, item)
    assert not got.changed
    assert got.hold_seconds == 30


def test_a_missed_rep_keeps_the_target(db: Database) -> None:
    """12, 12, 11 in an 8-12 range at 20 kg: the target stays 20 kg."""
    item = make_item(db, reps_min=8, reps_max=12, weight_kg=20.0)
    log(
        db,
        item,
        0,
        [
            dict(reps=12, weight_kg=20.0),
            dict(reps=12, weight_kg=20.0),
            dict(reps=11, weight_kg=20.0),
        ],
    )
    got = suggest(db, item)
    assert not got.changed
    assert (got.reps_min, got.reps_max, got.weight_kg) == (8, 12, 20.0)
    assert got.reason == "Not every set reached 12 reps at 20 kg last time, so the target stays."


def test_reps_at_a_lighter_weight_do_not_count(db: Database) -> None:
    """Twelve reps done at 15 kg when the target was 20 kg do not earn a step up."""
    item = make_item(db, reps_min=8, reps_max=12, weight_kg=20.0)
    log(db, item, 0, [dict(reps=12, weight_kg=15.0)] * 2)
    assert not suggest(db, item).changed


def test_only_the_most_recent_workout_counts(db: Database) -> None:
    """An older workout at the top does not count once the latest one fell short, and vice
    versa."""
    item = make_item(db, reps_min=8, reps_max=12, weight_kg=20.0)
    log(db, item, 0, [dict(reps=12, weight_kg=20.0)] * 3)
    log(db, item, 3, [dict(reps=9, weight_kg=20.0)] * 3)
    assert not suggest(db, item).changed
    log(db, item, 5, [dict(reps=12, weight_kg=20.0)] * 3)
    assert suggest(db, item).weight_kg == 22.5


def test_warmups_are_ignored(db: Database) -> None:
    """A warm-up of 5 reps does not block progression."""
    item = make_item(db, reps_min=8, reps_max=12, weight_kg=20.0)
    log(
        db,
        item,
        0,
        [
            dict(set_type="warmup", reps=5, weight_kg=10.0),
            dict(reps=12, weight_kg=20.0),
            dict(reps=12, weight_kg=20.0),
        ],
    )
    got = suggest(db, item)
    assert got.changed
    assert got.reason.startswith("All 2 sets")


def test_suggestions_off_for_the_routine(db: Database) -> None:
    """With suggestions off the target is returned unchanged with the agreed reason."""
    item = make_item(db, enabled=False, reps_min=8, reps_max=12, weight_kg=20.0)
    log(db, item, 0, [dict(reps=12, weight_kg=20.0)] * 3)
    got = suggest(db, item)
    assert not got.changed
    assert got.weight_kg == 20.0
    assert got.reason == "suggestions are off for this routine"


def test_duration_items_and_no_history_keep(db: Database) -> None:
    """A timed activity keeps its duration; an item never done keeps its target; an unknown
    item is a LookupError."""
    walk = make_item(db, "duration", duration_minutes=30)
    log(db, walk, 0, [dict(duration_seconds=1800.0)])
    assert not suggest(db, walk).changed
    fresh = make_item(db, reps_min=8, reps_max=12, weight_kg=20.0)
    got = suggest(db, fresh)
    assert not got.changed
    assert "no earlier workout" in got.reason
    with pytest.raises(LookupError):
        suggest(db, 424242)


def test_rule_text_explains_the_rule() -> None:
    """The rule shown in the UI names each step size and when the target stays."""
    for words in ("2.5 kg", "5 lb", "one more rep", "5 seconds", "stays", "warm-ups"):
        assert words in RULE_TEXT
