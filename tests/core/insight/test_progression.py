"""Twelve weeks of workouts per mode through a real temporary database: each week the person
does what the table says, the suggestion must be the table's next target, and it is accepted
(so it becomes the item's current target, as the Workout tab's accept key would do).

The tables are worked out by hand from the rules in core/insight/progression_rules.py:
barbell 2.5 kg / 5 lb, dumbbells 1 kg / 2.5 lb, a deload of 10% (down to the step) after
3 missed workouts in a row, holds +5 s, cardio +5 min up to 60 min, bodyweight one rep above
the fewest, then a set (up to the routine's sets + 2), then the harder variation."""

from __future__ import annotations

import itertools
from datetime import UTC, datetime, timedelta
from typing import Any

import pytest
from sqlalchemy import select

from core.insight.progression import Suggestion, harder_variation, suggest_next_target
from core.insight.targets import accept_target, target_history
from core.store.db import Database
from core.store.models import Exercise, LoggedSet, Routine, RoutineItem, Workout
from core.store.settings import load_settings, set_setting
from core.units import kg_from, kg_to

DAY0 = datetime(2026, 1, 5, 17, tzinfo=UTC)
_serial = itertools.count(1)


def make_item(
    db: Database,
    mode: str = "reps",
    *,
    slug: str | None = None,
    kind: str = "strength",
    equipment: tuple[str, ...] = (),
    enabled: bool = True,
    **fields: Any,
) -> int:
    """A routine of one item; the exercise is the library's `slug`, else a new custom one."""
    n = next(_serial)
    with db.session_scope() as s:
        if slug is not None:
            ex = s.scalars(select(Exercise).where(Exercise.slug == slug)).one()
        else:
            ex = Exercise(
                slug=f"ex-{mode}-{n}",
                name=f"Exercise {n}",
                kind=kind,
                mode=mode,
                equipment=list(equipment),
                builtin=False,
            )
            s.add(ex)
        r = Routine(name=f"Routine {n}", suggestions_enabled=enabled)
        s.add(r)
        s.flush()
        item = RoutineItem(routine_id=r.id, position=0, exercise_id=ex.id, mode=mode, **fields)
        s.add(item)
        s.flush()
        return item.id


def log_week(db: Database, item_id: int, week: int, sets: list[dict[str, Any]]) -> int:
    """The workout of `week` (1-based, a week apart) with these sets of the item."""
    with db.session_scope() as s:
        item = s.get(RoutineItem, item_id)
        assert item is not None
        w = Workout(started_at=DAY0 + timedelta(weeks=week - 1), routine_id=item.routine_id)
        s.add(w)
        s.flush()
        number = 0
        for i, fields in enumerate(sets):
            fields = dict(fields)
            if fields.get("set_type", "normal") != "warmup":
                number += 1
            s.add(
                LoggedSet(
                    workout_id=w.id,
                    exercise_id=item.exercise_id,
                    routine_item_id=item_id,
                    position=i,
                    set_number=fields.pop("set_number", max(number, 1)),
                    **fields,
                )
            )
        return w.id


def reps_sets(
    reps: list[int], weight: float | None = None, unit: str = "kg"
) -> list[dict[str, Any]]:
    """Sets of these reps at `weight` (in `unit`, stored in kg)."""
    kg = None if weight is None else kg_from(weight, unit)
    return [dict(reps=r, weight_kg=kg) for r in reps]


def suggest(db: Database, item_id: int) -> Suggestion:
    with db.read_scope() as s:
        unit = load_settings(session=s).weight_unit
        return suggest_next_target(item_id, session=s, weight_unit=unit)


def accept(db: Database, item_id: int, suggestion: Suggestion, week: int) -> None:
    with db.session_scope() as s:
        accept_target(
            item_id,
            suggestion.target,
            session=s,
            now=DAY0 + timedelta(weeks=week - 1, hours=2),
            reason=suggestion.reason,
        )


def use_unit(db: Database, unit: str) -> None:
    with db.session_scope() as s:
        set_setting("weight_unit", unit, session=s)


def set_step(db: Database, item_id: int, step_kg: float | None) -> None:
    with db.session_scope() as s:
        item = s.get(RoutineItem, item_id)
        assert item is not None
        item.weight_step_kg = step_kg


def in_unit(weight_kg: float | None, unit: str) -> float | None:
    return None if weight_kg is None else round(kg_to(weight_kg, unit), 6)


# --- barbell reps: a ready-made style item with no weight, first lifted at 60 kg ------------

# week, unit, reps done, weight done (in unit), next (weight in unit, reps_min, reps_max), rule
BARBELL = [
    (1, "kg", [12, 12, 12], 60.0, (62.5, 8, 12), "add-weight"),
    (2, "kg", [10, 9, 8], 62.5, (62.5, 8, 12), "fill-range"),
    (3, "kg", [12, 12, 11], 62.5, (62.5, 8, 12), "fill-range"),
    (4, "kg", [12, 12, 12], 62.5, (65.0, 8, 12), "add-weight"),
    (5, "kg", [8, 7, 7], 65.0, (65.0, 8, 12), "fill-range"),  # miss 1
    (6, "kg", [8, 7, 6], 65.0, (65.0, 8, 12), "fill-range"),  # miss 2
    (7, "kg", [7, 7, 6], 65.0, (57.5, 8, 12), "deload"),  # 65 x 0.9 = 58.5 -> 57.5
    (8, "kg", [12, 12, 12], 57.5, (60.0, 8, 12), "add-weight"),
    # the person switches to pounds; 60 kg = 132.28 lb, + 5 lb -> the nearest 5 lb: 135 lb
    (9, "lb", [12, 12, 12], 60.0 / 0.45359237, (135.0, 8, 12), "add-weight"),
    (10, "lb", [12, 12, 10], 135.0, (135.0, 8, 12), "fill-range"),
    (11, "lb", [12, 12, 12], 135.0, (140.0, 8, 12), "add-weight"),
    (12, "lb", [12, 12, 12], 140.0, (145.0, 8, 12), "add-weight"),
]


def test_twelve_weeks_of_barbell_reps(db: Database) -> None:
    """Double progression on a barbell: +2.5 kg when all three sets reach 12, otherwise the
    weight lifted and the top to aim for; three workouts in a row below 8 reps deload 10%
    down to the step; after the switch to pounds the step is 5 lb on loadable weights. A
    warm-up and a drop set never block a step. Every step of ours says so in its reason."""
    item = make_item(db, sets=3, reps_min=8, reps_max=12, equipment=("barbell",))
    for week, unit, reps, weight, (want_w, lo, hi), rule in BARBELL:
        if unit == "lb" and week == 9:
            use_unit(db, "lb")
        sets = reps_sets(reps, weight, unit)
        if week in (1, 4):
            sets = [dict(set_type="warmup", reps=5, weight_kg=20.0), *sets]
            sets.append(dict(set_type="dropset", reps=6, weight_kg=40.0))
        log_week(db, item, week, sets)
        got = suggest(db, item)
        assert (in_unit(got.weight_kg, unit), got.reps_min, got.reps_max, got.sets) == (
            pytest.approx(want_w),
            lo,
            hi,
            3,
        ), f"week {week}: {got.reason}"
        assert got.rule == rule, f"week {week}: {got.reason}"
        if rule in ("add-weight", "deload"):
            assert "our step" in got.reason or "our rule" in got.reason
        accept(db, item, got, week)
    assert (
        "add 5 lb (our step for a barbell, to the nearest 5 lb): 135 lb"
        in reasons_accepted(db, item)[8]
    )


def reasons_accepted(db: Database, item: int) -> list[str]:
    """The reasons kept with the accepted targets, oldest first."""
    with db.read_scope() as s:
        return [row.reason for row in target_history(item, session=s)]


# --- dumbbell reps: a prescribed 10 kg, a per-item step for two weeks, then pounds ----------

DUMBBELL = [
    (1, "kg", [12, 12, 12], 10.0, 11.0, "add-weight"),
    (2, "kg", [12, 11, 10], 11.0, 11.0, "fill-range"),
    (3, "kg", [12, 12, 12], 11.0, 12.0, "add-weight"),
    (4, "kg", [7, 7, 7], 12.0, 12.0, "fill-range"),  # miss 1
    (5, "kg", [7, 6, 6], 12.0, 12.0, "fill-range"),  # miss 2
    (6, "kg", [6, 6, 6], 12.0, 10.0, "deload"),  # 12 x 0.9 = 10.8 -> 10 kg
    (7, "kg", [12, 12, 12], 10.0, 12.0, "add-weight"),  # the item's own step: 2 kg
    (8, "kg", [12, 12, 12], 12.0, 14.0, "add-weight"),
    # pounds, the equipment's step again: 14 kg = 30.86 lb, + 2.5 -> nearest 2.5 lb: 32.5 lb
    (9, "lb", [12, 12, 12], 14.0 / 0.45359237, 32.5, "add-weight"),
    (10, "lb", [12, 12, 12], 32.5, 35.0, "add-weight"),
    (11, "lb", [11, 10, 10], 35.0, 35.0, "fill-range"),
    (12, "lb", [12, 12, 12], 35.0, 37.5, "add-weight"),
]


def test_twelve_weeks_of_dumbbell_reps(db: Database) -> None:
    """Dumbbells step by 1 kg (2.5 lb), a routine item's own step (2 kg) overrides that while
    it is set, a deload rounds down to the step, and pounds land on 2.5 lb weights."""
    item = make_item(
        db, sets=3, reps_min=8, reps_max=12, weight_kg=10.0, equipment=("bench", "dumbbells")
    )
    for week, unit, reps, weight, want, rule in DUMBBELL:
        if week == 7:
            set_step(db, item, 2.0)
        if week == 9:
            set_step(db, item, None)
            use_unit(db, "lb")
        log_week(db, item, week, reps_sets(reps, weight, unit))
        got = suggest(db, item)
        assert (in_unit(got.weight_kg, unit), got.rule) == (pytest.approx(want), rule), (
            f"week {week}: {got.reason}"
        )
        assert (got.sets, got.reps_min, got.reps_max) == (3, 8, 12)
        if week == 1:
            assert "(our step for a dumbbell)" in got.reason
        if week == 7:
            assert "(this item's step)" in got.reason
        accept(db, item, got, week)


# --- bodyweight reps: the library's glute bridge, up to its harder variation ----------------

# week, reps done, next (sets, reps_min, reps_max), rule
BODYWEIGHT = [
    (1, [15, 15, 15], (3, 16, 20), "add-reps"),
    (2, [17, 16, 16], (3, 17, 20), "add-reps"),
    (3, [17, 16, 15], (3, 17, 20), "repeat"),  # short of the aim, not below the bottom
    (4, [19, 19, 18], (3, 19, 20), "add-reps"),
    (5, [20, 20, 20], (4, 15, 20), "add-set"),
    (6, [16, 15, 15, 15], (4, 16, 20), "add-reps"),
    (7, [16, 15, 12, 10], (4, 16, 20), "repeat"),  # miss 1: below 15
    (8, [15, 14, 12], (4, 16, 20), "repeat"),  # miss 2: a set missing
    (9, [14, 12, 12, 12], (3, 15, 20), "deload"),  # miss 3: one set fewer
    (10, [20, 20, 20], (4, 15, 20), "add-set"),
    (11, [20, 20, 20, 20], (5, 15, 20), "add-set"),
    (12, [20, 20, 20, 20, 20], (5, 15, 20), "variation"),  # 5 = 3 + 2, the most we suggest
]


def test_twelve_weeks_of_bodyweight_reps(seeded_db: Database) -> None:
    """Bodyweight glute bridges: the fewest reps climb to one above the fewest done, up to the
    top of 15-20, then a set from the bottom; three misses drop a set; at five sets the
    suggestion is the library's harder variation, the one-legged bridge."""
    db = seeded_db
    item = make_item(db, slug="glute-bridge", sets=3, reps_min=15, reps_max=20)
    for week, reps, (sets, lo, hi), rule in BODYWEIGHT:
        log_week(db, item, week, reps_sets(reps))
        got = suggest(db, item)
        assert (got.sets, got.reps_min, got.reps_max, got.weight_kg, got.rule) == (
            sets,
            lo,
            hi,
            None,
            rule,
        ), f"week {week}: {got.reason}"
        accept(db, item, got, week)
    assert got.variation == "single-leg-glute-bridge"
    assert "Single-leg glute bridge" in got.reason and "our rule" in got.reason
    with db.read_scope() as s:
        assert harder_variation("single-leg-glute-bridge", session=s) == (
            "weighted-hip-thrust",
            "Weighted hip thrust",
        )
        assert harder_variation("deadlift", session=s) is None  # an alternative, not a step


# --- holds -----------------------------------------------------------------------------------

# week, (holds, seconds per hold) of each set, next hold_seconds, rule
HOLDS: list[tuple[int, list[tuple[int, float]], int, str]] = [
    (1, [(3, 20), (3, 20)], 25, "add-hold"),
    (2, [(3, 25), (3, 23)], 25, "repeat"),
    (3, [(3, 25), (3, 25)], 30, "add-hold"),
    (4, [(3, 33), (3, 31)], 36, "add-hold"),  # held longer: 5 s more than the shortest
    (5, [(3, 36), (2, 36)], 36, "repeat"),  # miss 1: a hold missing
    (6, [(3, 30), (3, 28)], 36, "repeat"),  # miss 2
    (7, [(3, 29), (3, 29)], 31, "deload"),  # miss 3: one step back
    (8, [(3, 31), (3, 31)], 36, "add-hold"),
    (9, [(3, 35.6), (3, 36)], 41, "add-hold"),  # within half a second counts as full
    (10, [(3, 41), (3, 41)], 46, "add-hold"),
    (11, [(3, 46)], 46, "repeat"),  # one set of two
    (12, [(3, 46), (3, 46)], 51, "add-hold"),
]


def test_twelve_weeks_of_holds(db: Database) -> None:
    """Holds get 5 s longer when every hold of every set lasted the target (from the shortest
    hold when that was longer), stay otherwise, and step back 5 s after three misses; a
    short warm-up hold does not count."""
    item = make_item(db, "hold", sets=2, reps_min=3, hold_seconds=20)
    for week, sets, want, rule in HOLDS:
        logged: list[dict[str, Any]] = [
            dict(reps=n, duration_seconds=float(sec)) for n, sec in sets
        ]
        if week == 1:
            logged.insert(0, dict(set_type="warmup", reps=1, duration_seconds=5.0))
        log_week(db, item, week, logged)
        got = suggest(db, item)
        assert (got.hold_seconds, got.rule, got.sets, got.reps_min) == (want, rule, 2, 3), (
            f"week {week}: {got.reason}"
        )
        accept(db, item, got, week)


# --- duration -------------------------------------------------------------------------------

# week, minutes done, next duration_minutes, rule
DURATION = [
    (1, 30, 35, "add-minutes"),
    (2, 35, 40, "add-minutes"),
    (3, 32, 40, "repeat"),  # miss 1
    (4, 47, 52, "add-minutes"),  # more than asked: 5 min on what was done
    (5, 50, 52, "repeat"),  # miss 1
    (6, 45, 52, "repeat"),  # miss 2
    (7, 40, 47, "deload"),  # miss 3: one step back
    (8, 47, 52, "add-minutes"),
    (9, 52, 57, "add-minutes"),
    (10, 57, 60, "add-minutes"),  # up to our 60 min
    (11, 60, 60, "cap"),
    (12, 59.6, 60, "repeat"),
]


def test_twelve_weeks_of_duration(db: Database) -> None:
    """Cardio done in full gets 5 min more up to 60, stays when short, and steps back 5 min
    after three short workouts in a row."""
    item = make_item(db, "duration", kind="cardio", sets=1, duration_minutes=30)
    for week, minutes, want, rule in DURATION:
        log_week(db, item, week, [dict(duration_seconds=minutes * 60.0)])
        got = suggest(db, item)
        assert (got.duration_minutes, got.rule) == (want, rule), f"week {week}: {got.reason}"
        accept(db, item, got, week)
    assert "our rule" in got.reason or got.rule == "repeat"


def test_recovery_time_keeps_the_article_length(db: Database) -> None:
    """A recovery activity done in full keeps its time, and the reason says that is our rule."""
    item = make_item(db, "duration", kind="recovery", duration_minutes=5)
    log_week(db, item, 1, [dict(duration_seconds=300.0)])
    got = suggest(db, item)
    assert (got.duration_minutes, got.changed, got.rule) == (5, False, "cap")
    assert "(our rule: only cardio and strength time grows)" in got.reason
