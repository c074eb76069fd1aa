"""Progress aggregates against hand-computed figures on a real temporary database."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import pytest
from insight_data import BERLIN, add_exercise, add_routine, add_workout, local, series
from sqlalchemy import text

from core.insight import trends as progress
from core.store.db import Database


def test_measures_for_each_mode() -> None:
    """Each exercise mode offers the measures that fit it (a move logged without weight: reps
    only), and the 1RM hint names Epley."""
    assert progress.measures_for_mode("reps") == ["heaviest", "e1rm", "volume", "reps"]
    assert progress.measures_for_mode("reps", weighted=False) == ["reps"]
    assert progress.measures_for_mode("hold") == ["longest_hold", "reps"]
    assert progress.measures_for_mode("duration") == ["minutes"]
    assert "Epley" in progress.MEASURE_HINTS["e1rm"]
    assert "reps/30" in progress.MEASURE_HINTS["e1rm"]
    with pytest.raises(ValueError):
        progress.measures_for_mode("swim")


def test_reps_measures_by_hand(db: Database, lifts: dict[str, int]) -> None:
    """Heaviest, Epley 1RM (w × (1 + reps/30)), volume and total reps per workout, warm-ups
    (40 kg × 5, heavier than everything) left out; the second workout at 23:30 local counts on
    its own local day."""
    ex = lifts["squat"]
    assert series(db, ex, "heaviest") == [(date(2026, 5, 4), 25.0), (date(2026, 5, 6), 20.0)]
    # 20 × (1 + 10/30) = 26.667; 25 × (1 + 8/30) = 31.667 -> 31.667. Then 20 × (1 + 12/30) = 28.
    assert series(db, ex, "e1rm") == [
        (date(2026, 5, 4), round(25 * (1 + 8 / 30), 6)),
        (date(2026, 5, 6), 28.0),
    ]
    # 20×10 + 25×8 = 400; then 20×12 = 240 (the bodyweight set adds no volume)
    assert series(db, ex, "volume") == [(date(2026, 5, 4), 400.0), (date(2026, 5, 6), 240.0)]
    assert series(db, ex, "reps") == [(date(2026, 5, 4), 18.0), (date(2026, 5, 6), 24.0)]


def test_hold_and_duration_measures_by_hand(db: Database, lifts: dict[str, int]) -> None:
    """Longest hold and reps for holds (a 90 s warm-up hold ignored); minutes of activity."""
    assert series(db, lifts["plank"], "longest_hold") == [
        (date(2026, 5, 4), 45.0),
        (date(2026, 5, 6), 50.0),
    ]
    assert series(db, lifts["plank"], "reps") == [(date(2026, 5, 4), 6.0), (date(2026, 5, 6), 2.0)]
    assert series(db, lifts["walk"], "minutes") == [
        (date(2026, 5, 4), 30.0),
        (date(2026, 5, 6), 45.0),
    ]
    assert series(db, lifts["walk"], "heaviest") == []
    with pytest.raises(ValueError):
        series(db, lifts["walk"], "speed")


def test_series_point_carries_utc_time_and_local_day(db: Database, lifts: dict[str, int]) -> None:
    """A workout at 23:30 Berlin (21:30 UTC in May) keeps its UTC instant and its local day."""
    with db.read_scope() as s:
        last = progress.exercise_series(lifts["squat"], "reps", session=s, tz=BERLIN)[-1]
    assert last.when == datetime(2026, 5, 6, 21, 30, tzinfo=UTC)
    assert last.day == date(2026, 5, 6)


def test_ranges_and_since(db: Database, lifts: dict[str, int]) -> None:
    """range_start subtracts the range's days from now ('all' has no start); `since` keeps the
    workouts started at or after it."""
    now = datetime(2026, 6, 1, 12, tzinfo=UTC)
    assert progress.RANGES == {"30d": 30, "3m": 91, "1y": 365, "all": None}
    assert progress.range_start("30d", now) == datetime(2026, 5, 2, 12, tzinfo=UTC)
    assert progress.range_start("3m", now) == now - timedelta(days=91)
    assert progress.range_start("1y", now) == now - timedelta(days=365)
    assert progress.range_start("all", now) is None
    with pytest.raises(ValueError):
        progress.range_start("week", now)
    since = local(2026, 5, 6, 23, 30)
    assert series(db, lifts["squat"], "reps", since=since) == [(date(2026, 5, 6), 24.0)]
    assert series(db, lifts["squat"], "reps", since=since + timedelta(seconds=1)) == []


def test_exercises_with_history(db: Database, lifts: dict[str, int]) -> None:
    """Only exercises with logged sets are listed, by name, with workouts, sets and last done."""
    add_exercise(db, "never-done")
    with db.read_scope() as s:
        rows = progress.exercises_with_history(session=s)
    assert [r.slug for r in rows] == ["brisk-walk", "goblet-squat", "side-plank"]
    squat = rows[1]
    assert (squat.exercise_id, squat.mode, squat.workouts, squat.sets) == (
        lifts["squat"],
        "reps",
        2,
        5,
    )
    assert squat.last_done == datetime(2026, 5, 6, 21, 30, tzinfo=UTC)


@pytest.mark.sqlite_only
def test_series_uses_the_exercise_index(db: Database) -> None:
    """The per-exercise aggregate reads logged_sets through an index, not a full scan."""
    plan = " ".join(
        str(row[-1])
        for row in db.engine.connect().execute(
            text(
                "EXPLAIN QUERY PLAN SELECT w.id, w.started_at, max(s.weight_kg) FROM logged_sets s "
                "JOIN workouts w ON w.id = s.workout_id WHERE s.exercise_id = 1 "
                "AND s.set_type != 'warmup' GROUP BY w.id"
            )
        )
    )
    assert "ix_logged_sets_exercise" in plan


# --- adherence, days and streaks ---------------------------------------------------------------


def test_adherence_week_with_spring_dst_change(db: Database) -> None:
    """The week of 23-29 March 2026 (clocks go forward on the 29th in Berlin) has 7 local days:
    Monday 00:30 local (Sunday 23:30 UTC) and Sunday 23:30 local (21:30 UTC) count in it, the
    Sunday before at 23:30 counts in the week before, and Monday 30th 00:30 local (still the
    29th in UTC) counts in the next week."""
    rid = add_routine(db, "Strength", 2, 3)
    add_routine(db, "No target", None, None)
    one_set = [dict(exercise_id=add_exercise(db, "squat"), reps=5)]  # empty workouts never count
    for when in (
        local(2026, 3, 22, 23, 30),
        local(2026, 3, 23, 0, 30),
        local(2026, 3, 29, 23, 30),
        local(2026, 3, 30, 0, 30),
    ):
        add_workout(db, when, one_set, routine_id=rid)
    with db.read_scope() as s:
        weeks = progress.weekly_adherence(session=s, tz=BERLIN, weeks=3, today=date(2026, 4, 1))
    assert [(w.week_start, w.sessions, w.met) for w in weeks] == [
        (date(2026, 3, 16), 1, False),
        (date(2026, 3, 23), 2, True),
        (date(2026, 3, 30), 1, False),
    ]
    assert {(w.routine_name, w.target_min, w.target_max) for w in weeks} == {("Strength", 2, 3)}
    span = progress.local_midnight_utc(date(2026, 3, 30), BERLIN) - progress.local_midnight_utc(
        date(2026, 3, 23), BERLIN
    )
    assert span == timedelta(days=7, hours=-1)  # 7 local days, 167 real hours


def test_adherence_week_with_autumn_dst_change(db: Database) -> None:
    """The week of 19-25 October 2026 (clocks go back on the 25th) keeps its 7 days: Monday
    00:15 local (Sunday 22:15 UTC) and Sunday 23:30 local count in it; Monday 26th 00:30 local
    (Sunday 23:30 UTC) counts in the next week. A daily routine's target is met at 7."""
    rid = add_routine(db, "Cardio", 4, 5)
    daily = add_routine(db, "Daily complex", 7, 7)
    one_set = [dict(exercise_id=add_exercise(db, "walk", "duration"), duration_seconds=1800.0)]
    for when in (
        local(2026, 10, 19, 0, 15),
        local(2026, 10, 21, 7),
        local(2026, 10, 23, 7),
        local(2026, 10, 25, 23, 30),
        local(2026, 10, 26, 0, 30),
    ):
        add_workout(db, when, one_set, routine_id=rid)
    for day in range(19, 26):
        add_workout(db, local(2026, 10, day, 23, 30), one_set, routine_id=daily)
    with db.read_scope() as s:
        weeks = progress.weekly_adherence(session=s, tz=BERLIN, weeks=2, today=date(2026, 10, 27))
    got = [(w.routine_name, w.week_start, w.sessions, w.met) for w in weeks]
    assert got == [
        ("Cardio", date(2026, 10, 19), 4, True),
        ("Cardio", date(2026, 10, 26), 1, False),
        ("Daily complex", date(2026, 10, 19), 7, True),
        ("Daily complex", date(2026, 10, 26), 0, False),
    ]
    span = progress.local_midnight_utc(date(2026, 10, 26), BERLIN) - progress.local_midnight_utc(
        date(2026, 10, 19), BERLIN
    )
    assert span == timedelta(days=7, hours=1)


def test_adherence_starts_at_the_first_week_the_routine_was_used(db: Database) -> None:
    """A routine first done in the 10th of 12 weeks: the 9 weeks before are not tracked (no
    misses), so it met 2 of 3 weeks, not 2 of 12; an empty workout before that does not start
    it, and a workout older than the window makes every week of it tracked."""
    new = add_routine(db, "New", 1, 2)
    old = add_routine(db, "Old", 1, None)
    squat = [dict(exercise_id=add_exercise(db, "squat"), reps=5)]
    add_workout(db, local(2026, 3, 2, 18), [], routine_id=new)  # no set: no session, no start
    add_workout(db, local(2026, 3, 9, 18), squat, routine_id=new)  # week 10 (Mon 9 March)
    add_workout(db, local(2026, 3, 25, 18), squat, routine_id=new)  # week 12
    add_workout(db, local(2025, 6, 1, 18), squat, routine_id=old)  # long before the window
    add_workout(db, local(2026, 3, 25, 18), squat, routine_id=old)
    with db.read_scope() as s:
        weeks = progress.weekly_adherence(session=s, tz=BERLIN, weeks=12, today=date(2026, 3, 26))
    by_name: dict[str, list[progress.AdherenceWeek]] = {}
    for week in weeks:
        by_name.setdefault(week.routine_name, []).append(week)
    fresh = by_name["New"]
    assert len(fresh) == 12
    assert [w.tracked for w in fresh] == [False] * 9 + [True] * 3
    assert fresh[9].week_start == date(2026, 3, 9)
    assert not any(w.met for w in fresh[:9])
    assert [w.met for w in fresh[9:]] == [True, False, True]
    assert progress.adherence_summary(fresh) == (2, 3)
    assert all(w.tracked for w in by_name["Old"])
    assert progress.adherence_summary(by_name["Old"]) == (1, 12)


def test_active_days_and_streaks(db: Database) -> None:
    """Active days are distinct local days (23:30 local belongs to that day, two workouts on one
    day count once, a workout with no set not at all); the streak counts back from today, or
    from yesterday before today's workout, and a gap ends it."""
    one_set = [dict(exercise_id=add_exercise(db, "squat"), reps=5)]
    add_workout(db, local(2026, 3, 26, 9))  # started and abandoned: no set, no active day
    for when in (
        local(2026, 3, 27, 23, 30),
        local(2026, 3, 28, 7),
        local(2026, 3, 28, 19),
        local(2026, 3, 29, 23, 30),
        local(2026, 3, 25, 12),
    ):
        add_workout(db, when, one_set)
    with db.read_scope() as s:
        days = progress.active_days(session=s, tz=BERLIN)
        recent = progress.active_days(session=s, tz=BERLIN, since=date(2026, 3, 28))
    assert days == [date(2026, 3, 25), date(2026, 3, 27), date(2026, 3, 28), date(2026, 3, 29)]
    assert recent == [date(2026, 3, 28), date(2026, 3, 29)]
    assert progress.current_streak(days, date(2026, 3, 29)) == 3
    assert progress.current_streak(days, date(2026, 3, 30)) == 3  # today not done yet
    assert progress.current_streak(days, date(2026, 3, 31)) == 0
    assert progress.current_streak([], date(2026, 3, 31)) == 0
    assert progress.current_streak(days, date(2026, 3, 25)) == 1
