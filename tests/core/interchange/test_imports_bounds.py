"""Imports refuse what the app's own forms refuse (core.bounds), naming the line or JSON path.

Before, Strong/Hevy CSV and Backline JSON imports stored weights of -5 kg, RPE 11, workouts
that end before they start, `"reps": "five"` and settings nobody can read; reps of 1e308 and a
year 9999 crashed with an OverflowError traceback.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from sqlalchemy import func, select

from core.cli import EXIT_FAILURE, main
from core.interchange import ImportFormatError, import_json, parse_text
from core.store.db import Database
from core.store.models import BodyMeasurement, Exercise, LoggedSet, Setting, Workout

STRONG_HEADER = (
    "Date,Workout Name,Duration,Exercise Name,Set Order,Weight,Reps,Distance,Seconds,Notes,"
    "Workout Notes,RPE\n"
)
STRONG_GOOD = '2026-02-01 09:00:00,"Legs",30min,"Deadlift (Barbell)",1,100.0,5,0,0,,,8\n'


def strong(bad_row: str) -> str:
    return STRONG_HEADER + STRONG_GOOD + bad_row


@pytest.mark.parametrize(
    ("bad_row", "message"),
    [
        (
            '2026-02-01 09:00:00,"Legs",30min,"Deadlift (Barbell)",2,100.0,5,0,0,,,11\n',
            "line 3: RPE: must be between 1 and 10",
        ),
        (
            '2026-02-01 09:00:00,"Legs",30min,"Deadlift (Barbell)",2,-5,5,0,0,,,\n',
            "line 3: weight: must be between 0 and 1000 kg",
        ),
        (
            '2026-02-01 09:00:00,"Legs",30min,"Deadlift (Barbell)",2,100.0,1e308,0,0,,,\n',
            "line 3: reps: must be between 0 and 100",
        ),
        (
            '2026-02-01 09:00:00,"Legs",30min,"Deadlift (Barbell)",2,100.0,1000000,0,0,,,\n',
            "line 3: reps: must be between 0 and 100",
        ),
        (
            '2026-02-01 09:00:00,"Legs",30min,"Plank",2,,,0,-30,,,\n',
            "line 3: seconds: must be between 0 and 21600 s",
        ),
        (
            '9999-12-31 23:59:59,"Late",30min,"Deadlift (Barbell)",1,100.0,5,0,0,,,\n',
            "line 3: date: the year 9999 is not between 1970 and 2100",
        ),
    ],
)
def test_strong_rows_outside_the_bounds_are_refused(bad_row: str, message: str) -> None:
    """RPE 11, weight -5, reps 1e308 or 1,000,000, seconds -30 and a year-9999 date each give an
    ImportFormatError naming the row's line and the field's bound, never a traceback."""
    with pytest.raises(ImportFormatError) as info:
        parse_text(strong(bad_row), unit="kg")
    assert str(info.value) == message
    assert info.value.line == 3


def test_a_pound_weight_is_checked_in_kilograms() -> None:
    """3000 lb (1361 kg) is refused like 1361 kg typed in a form; 2000 lb (907 kg) is not."""
    row = '2026-02-01 09:00:00,"Legs",30min,"Deadlift (Barbell)",2,{},5,0,0,,,\n'
    parse_text(strong(row.format(2000)), unit="lb")
    with pytest.raises(ImportFormatError, match="line 3: weight: must be between 0 and 1000 kg"):
        parse_text(strong(row.format(3000)), unit="lb")


HEVY_HEADER = (
    '"title","start_time","end_time","description","exercise_title","superset_id",'
    '"exercise_notes","set_index","set_type","weight_kg","reps","distance_km",'
    '"duration_seconds","rpe"\n'
)


def test_hevy_workout_ending_before_it_starts_is_refused() -> None:
    """A Hevy workout whose end_time is before its start_time names the line and both fields."""
    text = (
        HEVY_HEADER
        + '"Upper","7 Apr 2024, 16:34","7 Apr 2024, 15:35","","Pull Up",,"",0,"normal",15,6,,,\n'
    )
    with pytest.raises(ImportFormatError) as info:
        parse_text(text)
    assert str(info.value) == "line 2: end_time: '7 Apr 2024, 15:35' is before start_time"


def test_hevy_rpe_outside_the_bounds_is_refused() -> None:
    """Hevy rows go through the same set bounds as Strong rows."""
    text = (
        HEVY_HEADER
        + '"Upper","7 Apr 2024, 16:34","7 Apr 2024, 17:35","","Pull Up",,"",0,"normal",15,6,,,11\n'
    )
    with pytest.raises(ImportFormatError, match="line 2: RPE: must be between 1 and 10"):
        parse_text(text)


# --- Backline JSON -------------------------------------------------------------------------

START = "2026-01-01T10:00:00+00:00"


def backup(**parts: object) -> dict[str, object]:
    return {"format": "backline", "version": 1, **parts}


def one_set(**fields: object) -> dict[str, object]:
    return backup(
        workouts=[
            {
                "started_at": START,
                "name": "ok",
                "sets": [
                    {"exercise": "deadlift", "set_type": "normal", "reps": 5},
                    {"exercise": "deadlift", "set_type": "normal", **fields},
                ],
            }
        ]
    )


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (one_set(reps="five"), "workouts[0].sets[1].reps: is not a number"),
        (one_set(weight_kg=float("inf")), "workouts[0].sets[1].weight_kg: is not a number"),
        (one_set(reps=1e308), "workouts[0].sets[1].reps: must be between 0 and 100"),
        (one_set(rpe=11), "workouts[0].sets[1].rpe: must be between 1 and 10"),
        (one_set(target_reps=-1), "workouts[0].sets[1].target_reps: must be between 0 and 100"),
        (one_set(side="middle"), "workouts[0].sets[1].side: 'middle' is not one of left, right"),
        (
            backup(settings={"weight_unit": "stone"}),
            "settings.weight_unit: must be kg or lb",
        ),
        (
            backup(workouts=[{"started_at": START, "player_state": [1, 2]}]),
            "workouts[0].player_state: expected an object",
        ),
        (
            backup(workouts=[{"started_at": START, "ended_at": "2026-01-01T09:00:00+00:00"}]),
            "workouts[0].ended_at: is before started_at",
        ),
        (
            backup(workouts=[{"started_at": "9999-12-31T23:59:59-05:00"}]),
            "workouts[0].started_at: the year 9999 is not between 1970 and 2100",
        ),
        (
            backup(body_measurements=[{"measured_on": "2026-01-01", "weight_kg": -5}]),
            "body_measurements[0].weight_kg: must be between 20 and 400 kg",
        ),
        (
            backup(exercises=[{"slug": "mine", "name": "Mine", "kind": "strength", "mode": "x"}]),
            "exercises[0].mode: 'x' is not one of reps, hold, duration",
        ),
        (
            backup(routines=[{"name": "R", "sessions_per_week_min": 99}]),
            "routines[0].sessions_per_week_min: must be between 1 and 14",
        ),
    ],
)
def test_json_values_outside_the_bounds_are_refused_and_nothing_is_written(
    seeded_db: Database, tmp_path: Path, data: dict[str, object], message: str
) -> None:
    """Each bad value is refused with its JSON path and the reason, and the transaction stores
    nothing: not even the good set before it, nor the settings, exercises or measurements."""
    path = tmp_path / "bad.json"
    path.write_text(json.dumps(data), encoding="utf-8")  # writes Infinity for inf
    with seeded_db.read_scope() as session:
        exercises_before = session.scalar(select(func.count()).select_from(Exercise))
    with pytest.raises(ImportFormatError) as info, seeded_db.session_scope() as session:
        import_json(path, session=session)
    assert str(info.value) == message
    with seeded_db.read_scope() as session:
        assert session.scalar(select(func.count()).select_from(Workout)) == 0
        assert session.scalar(select(func.count()).select_from(LoggedSet)) == 0
        assert session.scalar(select(func.count()).select_from(BodyMeasurement)) == 0
        assert session.get(Setting, "weight_unit") is None
        assert session.scalar(select(func.count()).select_from(Exercise)) == exercises_before


def test_json_settings_this_version_does_not_read_are_skipped(
    seeded_db: Database, tmp_path: Path
) -> None:
    """A known setting is stored as checked; an unknown key (an older version's) is left out."""
    path = tmp_path / "b.json"
    path.write_text(json.dumps(backup(settings={"weight_unit": "lb", "gone": 1})))
    with seeded_db.session_scope() as session:
        result = import_json(path, session=session)
    assert result.settings_added == 1
    with seeded_db.read_scope() as session:
        assert session.get(Setting, "weight_unit").value == "lb"  # type: ignore[union-attr]
        assert session.get(Setting, "gone") is None


def test_cli_names_the_file_and_the_line(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    """`backline import` prints one line with the file, the line and the reason."""
    bad = tmp_path / "strong.csv"
    bad.write_text(
        strong('2026-02-01 09:00:00,"Legs",30min,"Deadlift (Barbell)",2,100.0,5,0,0,,,11\n')
    )
    code = main(["--db", str(tmp_path / "c.db"), "import", str(bad), "--unit", "kg"])
    err = capsys.readouterr().err.strip()
    assert code == EXIT_FAILURE
    assert err.splitlines() == [
        "backline: strong.csv: line 3: RPE: must be between 1 and 10; nothing was imported"
    ]


def test_cli_names_the_file_and_the_json_path(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    """A refused JSON value is one line naming the file and the value's path."""
    bad = tmp_path / "backup.json"
    bad.write_text(json.dumps(one_set(reps="five")))
    code = main(["--db", str(tmp_path / "c.db"), "import", str(bad)])
    err = capsys.readouterr().err.strip()
    assert code == EXIT_FAILURE
    assert len(err.splitlines()) == 1
    assert "backup.json: workouts[0].sets[1].reps: is not a number; nothing was imported" in err
