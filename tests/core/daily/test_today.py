"""The Today figures for a hand-made week on a real seeded database: the week of 23-29 March
2026 in Berlin (clocks go forward on Sunday the 29th), with misses."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from sqlalchemy import select

from core.body.measurements import add_measurement
from core.daily.log import record_day
from core.daily.today import ITEM_KEYS, today_report
from core.store.db import Database, open_database
from core.store.models import Exercise, LoggedSet, Routine, Workout
from core.store.settings import set_setting
from core.store.startup import seed_if_needed

BERLIN = ZoneInfo("Europe/Berlin")
SUNDAY = date(2026, 3, 29)


@pytest.fixture
def db(tmp_path: Path) -> Iterator[Database]:
    database = open_database(tmp_path / "t.db")
    seed_if_needed(database)
    yield database
    database.close()


def workout(
    db: Database,
    when: datetime,
    sets: list[tuple[str, dict[str, object]]],
    routine_key: str | None = None,
) -> None:
    """A finished workout at local time `when` with (exercise slug, LoggedSet fields) sets."""
    with db.session_scope() as s:
        ids = dict(s.execute(select(Exercise.slug, Exercise.id)).all())
        routine_id = (
            s.scalar(select(Routine.id).where(Routine.builtin_key == routine_key))
            if routine_key
            else None
        )
        w = Workout(
            started_at=when,
            ended_at=when + timedelta(hours=1),
            name="t",
            routine_id=routine_id,
        )
        s.add(w)
        s.flush()
        for i, (slug, fields) in enumerate(sets):
            s.add(
                LoggedSet(
                    workout_id=w.id,
                    exercise_id=ids[slug],
                    position=i,
                    logged_at=when.astimezone(UTC),
                    **fields,
                )
            )


def local(d: int, h: int, m: int = 0, month: int = 3) -> datetime:
    return datetime(2026, month, d, h, m, tzinfo=BERLIN)


def hand_made_week(db: Database) -> None:
    lift = ("romanian-deadlift", {"reps": 8, "weight_kg": 40.0})
    warmup = ("romanian-deadlift", {"reps": 10, "weight_kg": 20.0, "set_type": "warmup"})

    def run(minutes: int) -> tuple[str, dict[str, object]]:
        return ("running", {"duration_seconds": minutes * 60.0})

    workout(db, local(22, 23, 30), [lift])  # Sunday before: last week
    workout(db, local(23, 7), [("bird-dog", {"reps": 8})], "home-back-complex")  # not strength
    workout(db, local(23, 18), [warmup, lift])  # strength 1
    workout(db, local(24, 19), [run(35)])  # cardio 1
    workout(db, local(25, 19), [run(20), warmup])  # too short; a warm-up only: no strength
    workout(db, local(29, 23, 30), [run(30), ("thigh-self-massage", {"duration_seconds": 300.0})])
    workout(db, local(30, 0, 30), [lift, run(40)])  # Monday after: next week
    with db.session_scope() as s:
        add_measurement(session=s, measured_on=date(2026, 3, 20), weight_kg=70.0)
        for key, value in (
            ("plan_sex", "female"),
            ("plan_birth_year", 1986),
            ("plan_height_cm", 165.0),
            ("plan_activity_factor", 1.375),
            ("plan_deficit_kcal", 500),
        ):
            set_setting(key, value, session=s)
        record_day(
            SUNDAY,
            {"sleep_hours": 6.5, "protein_g": 100, "kcal": 1500, "servings": 5, "water_l": 1.5},
            session=s,
        )


def test_the_week_by_hand(db: Database) -> None:
    """Strength 1 (the warm-up-only and home-complex workouts do not count, nor the Sundays
    around the week); cardio 2 sessions of 30 min or more (35 and 30; the 20 min one does not
    count) of 85 min in all; massage 5 min on Sunday at 23:30 after the DST change; no home
    complex on Sunday. Calories: Mifflin-St Jeor for a woman of 40, 165 cm, 70 kg:
    10 × 70 + 6.25 × 165 − 5 × 40 − 161 = 1370.25, × 1.375 = 1884.1, minus 250-500:
    1384.1-1634.1, so 1500 meets it. Protein 0.7-1.0 g per lb of 154.32 lb: 108.0-154.3 g,
    100 g misses. Sleep 6.5 h misses 7-9 h; servings 5 meet at least 4; water 1.5 l misses our
    2 l."""
    hand_made_week(db)
    with db.read_scope() as s:
        report = today_report(SUNDAY, session=s, tz=BERLIN)
    assert report.week_start == date(2026, 3, 23)
    assert [i.key for i in report.items] == list(ITEM_KEYS)
    got = {i.key: (i.done, i.met) for i in report.items}
    assert got == {
        "strength": (1, False),
        "cardio": (2, False),
        "massage": (5.0, True),
        "home_complex": (None, False),
        "sleep": (6.5, False),
        "protein": (100, False),
        "calories": (1500, True),
        "servings": (5, True),
        "water": (1.5, False),
    }
    assert "85 min" in report.item("cardio").note
    calories = report.item("calories")
    assert (calories.target_min, calories.target_max) == (1384.1, 1634.1)
    protein = report.item("protein")
    assert (protein.target_min, protein.target_max) == (108.0, 154.3)
    sources = {i.key: i.source for i in report.items}
    assert sources["cardio"] == sources["massage"] == "001_d70040e190bb9df4.txt"
    assert sources["home_complex"] == "004_dfcb09c5a188d281.txt"
    assert sources["water"] is None and "our default" in report.item("water").note


def test_a_workout_a_crash_left_open_is_not_a_session_done(db: Database) -> None:
    """The home complex started, one set logged, then a kill: it is offered for resuming and
    not yet counted; once finished, it counts."""
    workout(db, local(23, 7), [("bird-dog", {"reps": 8})], "home-back-complex")
    with db.session_scope() as s:
        w = s.scalars(select(Workout)).one()
        w.ended_at, w.player_state = None, {"format": 1}
    with db.read_scope() as s:
        report = today_report(date(2026, 3, 23), session=s, tz=BERLIN)
    assert (report.item("home_complex").done, report.item("home_complex").met) == (None, False)
    with db.session_scope() as s:
        w = s.scalars(select(Workout)).one()
        w.ended_at, w.player_state = local(23, 8), None
    with db.read_scope() as s:
        report = today_report(date(2026, 3, 23), session=s, tz=BERLIN)
    assert (report.item("home_complex").done, report.item("home_complex").met) == (1, True)


def test_monday_of_the_home_complex_and_an_empty_plan(db: Database) -> None:
    """On Monday the 23rd the home complex is done; with no plan filled in, calories and protein
    have no target (met is None) and say what the plan lacks; nothing logged is not met."""
    workout(db, local(23, 7), [("bird-dog", {"reps": 8})], "home-back-complex")
    with db.read_scope() as s:
        report = today_report(date(2026, 3, 23), session=s, tz=BERLIN)
    assert (report.item("home_complex").done, report.item("home_complex").met) == (1, True)
    calories = report.item("calories")
    assert (calories.target_min, calories.met) == (None, None)
    assert "sex" in calories.note
    assert (report.item("sleep").done, report.item("sleep").met) == (None, False)
    data = report.to_json()
    assert data["date"] == "2026-03-23"
    keys = [item["key"] for item in data["items"]]  # type: ignore[index, union-attr]
    assert keys == list(ITEM_KEYS)


def test_history_streaks_and_misses(db: Database) -> None:
    """Asked from Monday 16 to Sunday 29 March, the days start at the first one anything was
    logged (Tuesday 17: the days before were not misses, nothing had started); the home
    complex on the 26th, 27th and 28th (the 28th at 23:30) but not yet on the 29th gives a
    streak of 3 (today is still open) and 9 misses before it; the strength week of the 23rd
    (1 session) misses 2-3 and the week before (two sessions) meets it; days judged alike in
    history and in Today."""
    from core.daily.history import program_history

    lift = ("romanian-deadlift", {"reps": 8, "weight_kg": 40.0})
    for d, h in ((26, 7), (27, 7), (28, 23)):
        workout(
            db, local(d, h, 30 if h == 23 else 0), [("bird-dog", {"reps": 8})], "home-back-complex"
        )
    workout(db, local(17, 18), [lift])
    workout(db, local(19, 18), [lift])
    workout(db, local(24, 18), [lift])
    with db.read_scope() as s:
        parts = {p.key: p for p in program_history(date(2026, 3, 16), SUNDAY, session=s, tz=BERLIN)}
        today = today_report(SUNDAY, session=s, tz=BERLIN)
    home = parts["home_complex"]
    assert len(home.marks) == 13 and home.period == "day"
    assert home.marks[0][0] == date(2026, 3, 17)
    assert (home.streak, home.met, home.missed) == (3, 3, 9)
    assert home.marks[-1] == (SUNDAY, today.item("home_complex").met)
    strength = parts["strength"]
    assert strength.marks == ((date(2026, 3, 16), True), (date(2026, 3, 23), False))
    assert (strength.streak, strength.missed) == (1, 0)  # this week is still open
    assert parts["calories"].marks[0] == (date(2026, 3, 17), None)  # no plan: no target


def test_what_is_due_next_can_be_started(db: Database) -> None:
    """On the hand-made Sunday the home complex is due first (its ready-made routine), then
    cardio (30 min of running, the cardio done last), then strength (the routine of the last
    strength workout); the massage is done, so it is not offered. With 2 min of massage done on
    a fresh day, the massage offered is the 3 min left."""
    hand_made_week(db)
    with db.session_scope() as s:
        sculpt = s.scalar(select(Routine).where(Routine.builtin_key == "posterior-chain-sculpt"))
        assert sculpt is not None
        last = s.scalar(select(Workout).order_by(Workout.started_at.desc()).limit(1))
        assert last is not None
        last.routine_id = sculpt.id  # Monday 30th's lifting was that routine
        sculpt_id, sculpt_name = sculpt.id, sculpt.name
    with db.read_scope() as s:
        report = today_report(SUNDAY, session=s, tz=BERLIN)
        home_id = s.scalar(select(Routine.id).where(Routine.builtin_key == "home-back-complex"))
    assert [a.key for a in report.starts] == ["home_complex", "cardio", "strength"]
    assert report.next_due is not None and report.next_due.routine_id == home_id
    cardio = report.starts[1]
    assert (cardio.exercise_slug, cardio.minutes) == ("running", 30)
    assert (report.starts[2].routine_id, report.starts[2].label) == (
        sculpt_id,
        f"Start {sculpt_name}",
    )
    workout(db, local(15, 9, month=4), [("thigh-self-massage", {"duration_seconds": 120.0})])
    with db.read_scope() as s:
        april = today_report(date(2026, 4, 15), session=s, tz=BERLIN)
    massage = next(a for a in april.starts if a.key == "massage")
    assert (massage.exercise_slug, massage.minutes, massage.label) == (
        "thigh-self-massage",
        3.0,
        "Start a 3 min massage",
    )
    assert april.to_json()["next_due"] == april.starts[0].to_json()
