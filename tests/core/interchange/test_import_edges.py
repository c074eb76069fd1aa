"""The importers at the edges: values no bound covered, files Python's json cannot read,
names and durations the CSV readers let through, and paths that are not files.

Before, a Backline JSON `position` of 10**30 ended in an OverflowError traceback, a 100,000-deep
nesting in a RecursionError, a measurement dated 9999-12-31 or holding no value was stored, a
Strong duration of `500h` stored a 21-day workout, reps 5.5 were stored as 6, a 5,000-character
exercise name was cut to 120 silently, and a JSON file starting with a BOM was refused.
"""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import func, select

from core.cli import EXIT_FAILURE, main
from core.interchange import ImportFormatError, import_json, parse, parse_text
from core.interchange.common import input_problem
from core.interchange.detect import looks_like_json
from core.store.db import Database
from core.store.models import (
    BodyMeasurement,
    Exercise,
    ExerciseAlias,
    LoggedSet,
    Routine,
    Workout,
)

START = "2026-01-01T10:00:00+00:00"
BIG = 10**30


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


def one_workout(**fields: object) -> dict[str, object]:
    return backup(workouts=[{"started_at": START, "name": "w", **fields}])


def one_item(**fields: object) -> dict[str, object]:
    item = {"position": 0, "exercise": "glute-bridge", "mode": "reps", "sets": 3} | fields
    return backup(routines=[{"name": "R", "items": [item]}])


def one_exercise(**fields: object) -> dict[str, object]:
    return backup(
        exercises=[{"slug": "mine", "name": "Mine", "kind": "strength", "mode": "reps"} | fields]
    )


def one_measurement(**fields: object) -> dict[str, object]:
    return backup(body_measurements=[{"measured_on": "2026-01-01", "weight_kg": 70} | fields])


def _counts(db: Database) -> dict[str, int]:
    with db.read_scope() as session:
        return {
            model.__name__: session.scalar(select(func.count()).select_from(model)) or 0
            for model in (Workout, LoggedSet, Routine, BodyMeasurement, Exercise, ExerciseAlias)
        }


JSON_REFUSALS: list[tuple[dict[str, object], str]] = [
    # integers no bound covered: each once crashed SQLite's INTEGER conversion
    (one_set(set_number=BIG), "workouts[0].sets[1].set_number: must be between 1 and 10000"),
    (one_set(routine_item=BIG), "workouts[0].sets[1].routine_item: must be between 0 and 10000"),
    (one_item(position=BIG), "routines[0].items[0].position: must be between 0 and 10000"),
    (one_item(circuit=BIG, rounds=2), "routines[0].items[0].circuit: must be between 0 and 10000"),
    (one_item(position=-5), "routines[0].items[0].position: must be between 0 and 10000"),
    (one_item(circuit=-1, rounds=2), "routines[0].items[0].circuit: must be between 0 and 10000"),
    # dates and values the app's own forms refuse
    (
        one_measurement(measured_on="9999-12-31"),
        "body_measurements[0].measured_on: the year 9999 is not between 1970 and 2100",
    ),
    (
        one_measurement(measured_on="0001-01-01"),
        "body_measurements[0].measured_on: the year 1 is not between 1970 and 2100",
    ),
    (
        one_measurement(measured_on=20230301),
        "body_measurements[0].measured_on: 20230301 is not a date",
    ),
    (
        one_measurement(weight_kg=None, waist_cm=None, hips_cm=None, thigh_cm=None, note="x"),
        "body_measurements[0]: holds no value",
    ),
    (
        one_exercise(impact="nuclear"),
        "exercises[0].impact: 'nuclear' is not one of low, medium, high",
    ),
    (
        backup(routines=[{"name": "R", "sessions_per_week_min": 5, "sessions_per_week_max": 1}]),
        "routines[0].sessions_per_week_min: (5) is more than the max (1)",
    ),
    (
        one_item(reps_min=50, reps_max=5),
        "routines[0].items[0].reps_min: (50) is more than the max (5)",
    ),
    (
        one_exercise(reps_min=50, reps_max=5),
        "exercises[0].reps_min: (50) is more than the max (5)",
    ),
    # a workout's length and its sets' times
    (
        one_workout(ended_at="2099-01-01T10:00:00+00:00"),
        "workouts[0].ended_at: is more than 7 days after started_at",
    ),
    (
        one_workout(ended_at="2026-01-08T10:00:01+00:00"),
        "workouts[0].ended_at: is more than 7 days after started_at",
    ),
    (
        one_set(logged_at="2026-01-01T09:58:59+00:00"),
        "workouts[0].sets[1].logged_at: is before the workout's started_at",
    ),
    # texts without a length limit before
    (one_workout(origin="o" * 10_000), "workouts[0].origin: must be at most 20 characters"),
    (one_workout(import_key="k" * 10_000), "workouts[0].import_key: must be at most 64 characters"),
    (one_exercise(summary="s" * 10_000), "exercises[0].summary: must be at most 2000 characters"),
    (
        one_exercise(instructions=["step"] * 10_000),
        "exercises[0].instructions: must hold at most 50 lines",
    ),
    (
        one_exercise(instructions=["i" * 10_000]),
        "exercises[0].instructions[0]: must be at most 2000 characters",
    ),
    (
        backup(routines=[{"name": "R", "summary": "s" * 10_000}]),
        "routines[0].summary: must be at most 2000 characters",
    ),
    (
        backup(aliases=[{"name_key": "", "exercise": "deadlift"}]),
        "aliases[0].name_key: is required",
    ),
    (
        backup(aliases=[{"name_key": "a" * 10_000, "exercise": "deadlift"}]),
        "aliases[0].name_key: must be at most 200 characters",
    ),
    # a NUL: SQLite would keep it, PostgreSQL cannot, so a log could not move between them
    (one_workout(name="Leg\x00day"), "workouts[0].name: holds a NUL character (U+0000)"),
    (one_workout(notes="felt\x00good"), "workouts[0].notes: holds a NUL character (U+0000)"),
]


@pytest.mark.parametrize(("data", "message"), JSON_REFUSALS)
def test_json_edge_values_are_refused_naming_their_path(
    seeded_db: Database, tmp_path: Path, data: dict[str, object], message: str
) -> None:
    """Each value is refused with one line naming its JSON path (no OverflowError, nothing
    stored quietly), and the import writes nothing at all."""
    path = tmp_path / "edge.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    before = _counts(seeded_db)
    with pytest.raises(ImportFormatError) as info, seeded_db.session_scope() as session:
        import_json(path, session=session)
    assert str(info.value) == message
    assert _counts(seeded_db) == before


def test_json_edge_values_inside_the_bounds_are_kept(seeded_db: Database, tmp_path: Path) -> None:
    """The limits refuse only the edges: a 7-day workout, a set logged 30 s before the start
    (a clock a little off), position 10000, equal min and max, a measurement of one value."""
    data = backup(
        routines=[
            {
                "name": "R",
                "sessions_per_week_min": 2,
                "sessions_per_week_max": 2,
                "items": [
                    {"position": 10_000, "exercise": "deadlift", "mode": "reps", "sets": 3,
                     "reps_min": 5, "reps_max": 5, "circuit": 0, "rounds": 2},
                ],
            }
        ],
        workouts=[
            {"started_at": START, "ended_at": "2026-01-08T10:00:00+00:00", "name": "long",
             "routine": "R",
             "sets": [{"exercise": "deadlift", "set_type": "normal", "reps": 5,
                       "set_number": 10_000, "routine_item": 10_000,
                       "logged_at": "2026-01-01T09:59:30+00:00"}]}
        ],
        body_measurements=[{"measured_on": "2026-01-01", "waist_cm": 80}],
    )  # fmt: skip
    path = tmp_path / "ok.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    with seeded_db.session_scope() as session:
        result = import_json(path, session=session)
    assert (result.routines_added, result.workouts_added, result.sets_added) == (1, 1, 1)
    assert result.measurements_added == 1
    with seeded_db.read_scope() as session:
        logged = session.scalars(select(LoggedSet)).one()
        assert logged.set_number == 10_000 and logged.routine_item_id is not None


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ('{"a": ' + "[" * 100_000 + "]" * 100_000 + "}", "not valid JSON (too deeply nested)"),
        ('{"format": "backline", "n": ' + "9" * 5_000 + "}", "not valid JSON (a number too long)"),
    ],
)  # fmt: skip
def test_json_python_cannot_read_is_one_line_naming_the_file(
    capsys: pytest.CaptureFixture[str],
    seeded_db: Database,
    tmp_path: Path,
    content: str,
    message: str,
) -> None:
    """A nesting 100,000 deep (RecursionError) or a 5,000-digit number (Python's int limit,
    ValueError) is an ImportFormatError, never a traceback; `backline import` says it in one
    line naming the file."""
    path = tmp_path / "edge.json"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(ImportFormatError) as info, seeded_db.session_scope() as session:
        import_json(path, session=session)
    assert str(info.value) == message
    code = main(["--db", str(tmp_path / "c.db"), "import", str(path)])
    assert code == EXIT_FAILURE
    assert capsys.readouterr().err.splitlines() == [
        f"backline: edge.json: {message}; nothing was imported"
    ]


def test_json_after_a_byte_order_mark_is_detected_and_read(
    seeded_db: Database, tmp_path: Path
) -> None:
    """A Backline file saved with a UTF-8 BOM (as some Windows editors do) is recognised as
    JSON and imported; a CSV starting with a BOM is still a CSV."""
    path = tmp_path / "bom.json"
    path.write_bytes(b"\xef\xbb\xbf" + json.dumps(one_workout()).encode())
    assert looks_like_json(path)
    with seeded_db.session_scope() as session:
        assert import_json(path, session=session).workouts_added == 1
    csv_path = tmp_path / "bom.csv"
    csv_path.write_bytes(b"\xef\xbb\xbfDate,Workout Name\n")
    assert not looks_like_json(csv_path)
    with pytest.raises(ImportFormatError, match="a Backline JSON file, not a Strong or Hevy"):
        parse(path, unit="kg")


def test_a_path_that_is_not_a_file_is_named_for_what_it_is(tmp_path: Path) -> None:
    """A folder, a FIFO and /dev/null are refused as what they are (never read: a FIFO would
    block), a missing path as missing, by parse and by import_json alike."""
    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    cases: dict[Path, str] = {
        tmp_path: "is a folder",
        fifo: "is not a regular file",
        Path("/dev/null"): "is not a regular file",
        tmp_path / "gone.csv": "no such file",
    }
    for path, problem in cases.items():
        assert input_problem(path) == problem
        with pytest.raises(ImportFormatError) as info:
            parse(path, unit="kg")
        assert str(info.value) == problem
        with pytest.raises(ImportFormatError) as info:
            import_json(path, session=None)  # type: ignore[arg-type]  # refused before use
        assert str(info.value) == problem
    assert input_problem(tmp_path / "x") == "no such file"
    (tmp_path / "x").write_text("a")
    assert input_problem(tmp_path / "x") is None


# --- Strong and Hevy CSV ----------------------------------------------------------------------

STRONG_HEADER = (
    "Date,Workout Name,Duration,Exercise Name,Set Order,Weight,Reps,Distance,Seconds,Notes,"
    "Workout Notes,RPE\n"
)
STRONG_GOOD = '2026-02-01 09:00:00,"Legs",30min,"Deadlift (Barbell)",1,100.0,5,0,0,,,8\n'
NUMBERED_HEADER = (
    '"Workout #";"Date";"Workout Name";"Duration (sec)";"Exercise Name";"Set Order";'
    '"Weight (kg)";"Reps";"RPE";"Distance (meters)";"Seconds";"Notes";"Workout Notes"\n'
)
HEVY_HEADER = (
    '"title","start_time","end_time","description","exercise_title","superset_id",'
    '"exercise_notes","set_index","set_type","weight_kg","reps","distance_km",'
    '"duration_seconds","rpe"\n'
)


def strong_row(
    *, duration: str = "30min", exercise: str = "Deadlift (Barbell)", reps: str = "5",
    rpe: str = "", name: str = "Legs",
) -> str:  # fmt: skip
    cells = ["2026-02-01 09:00:00", name, duration, exercise, "2", "100.0", reps, "0", "0", "",
             "", rpe]  # fmt: skip
    out: list[str] = []
    for cell in cells:
        out.append('"' + cell.replace('"', '""') + '"' if cell else "")
    return ",".join(out) + "\n"


def strong(row: str) -> str:
    return STRONG_HEADER + STRONG_GOOD + row


def hevy_row(*, end: str = "7 Apr 2024, 17:35", exercise: str = "Pull Up", reps: str = "6",
             rpe: str = "", title: str = "Upper") -> str:  # fmt: skip
    return (
        f'"{title}","7 Apr 2024, 16:34","{end}","","{exercise}",,"",0,"normal",15,{reps},,,{rpe}\n'
    )


STRONG_REFUSALS = [
    (strong_row(duration="1000000min"), "line 2: duration: '1000000min' is longer than 7 days"),
    (strong_row(duration="500h"), "line 2: duration: '500h' is longer than 7 days"),
    (strong_row(duration="-5"), "line 2: duration: '-5' is not a duration"),
    (strong_row(duration="NaN"), "line 2: duration: 'NaN' is not a duration"),
    (strong_row(duration="-inf"), "line 2: duration: '-inf' is not a duration"),
    (strong_row(duration="-30min"), "line 2: duration: '-30min' is not a duration"),
    (strong_row(reps="5.5"), "line 2: reps: must be a whole number"),
    (strong_row(reps="4.5"), "line 2: reps: must be a whole number"),
    (strong_row(rpe="0"), "line 2: RPE: must be between 1 and 10"),
    (strong_row(exercise="E" * 121), "line 2: exercise name: must be at most 120 characters"),
    (strong_row(exercise="E" * 5000), "line 2: exercise name: must be at most 120 characters"),
    (strong_row(name="W" * 121), "line 2: workout name: must be at most 120 characters"),
    (
        strong_row(exercise="Squat\x00"),
        "line 2: exercise name: holds a control character (U+0000)",
    ),
    (
        strong_row(exercise="Squat\x1b[31m"),
        "line 2: exercise name: holds a control character (U+001B)",
    ),
    (strong_row(name="Le\tgs"), "line 2: workout name: holds a control character (U+0009)"),
]


@pytest.mark.parametrize(("row", "message"), STRONG_REFUSALS)
def test_strong_edge_rows_are_refused_naming_line_and_column(row: str, message: str) -> None:
    """Durations too long or unreadable, fractional reps, RPE 0, long names and control
    characters in names: one ImportFormatError naming the row's line and its column."""
    with pytest.raises(ImportFormatError) as info:
        parse_text(STRONG_HEADER + row, unit="kg")
    assert str(info.value) == message


@pytest.mark.parametrize(
    ("duration", "message"),
    [
        ("-5", "line 2: duration: '-5' is not a duration"),
        ("604801", "line 2: duration: '604801' is longer than 7 days"),
    ],
)
def test_strong_duration_in_seconds_is_refused_the_same_way(duration: str, message: str) -> None:
    """The numbered layout's `Duration (sec)` follows the same rules as `30min`."""
    row = f'"1";"2025-02-24 15:10:32";"Chest";"{duration}";"Bench Press (Barbell)";"1";"55.0";"10";"";"";"";"";""\n'  # noqa: E501
    with pytest.raises(ImportFormatError) as info:
        parse_text(NUMBERED_HEADER + row)
    assert str(info.value) == message


def test_strong_edges_inside_the_bounds_are_kept() -> None:
    """`168h` (a timer left running for a week; real exports hold 47.6 h), reps `8.0`, RPE 1,
    an empty RPE, a 120-character name and `0` duration (none recorded) are read as before."""
    text = (
        STRONG_HEADER
        + strong_row(duration="168h", reps="8.0", rpe="1", exercise="E" * 120)
        + strong_row(duration="168h", rpe="")
    )
    parsed = parse_text(text, unit="kg")
    (w,) = parsed.workouts
    assert w.ended_at is not None and (w.ended_at - w.started_at).total_seconds() == 7 * 86_400
    assert [s.reps for s in w.sets] == [8, 5] and [s.rpe for s in w.sets] == [1, None]
    (none_recorded,) = parse_text(STRONG_HEADER + strong_row(duration="0"), unit="kg").workouts
    assert none_recorded.ended_at is None


HEVY_REFUSALS = [
    (hevy_row(end="14 Apr 2024, 16:35"), "line 2: end_time: '14 Apr 2024, 16:35' is more than 7 days after start_time"),
    (hevy_row(reps="5.5"), "line 2: reps: must be a whole number"),
    (hevy_row(rpe="0"), "line 2: RPE: must be between 1 and 10"),
    (hevy_row(exercise="E" * 121), "line 2: exercise name: must be at most 120 characters"),
    (hevy_row(exercise="Pull\x00Up"), "line 2: exercise name: holds a control character (U+0000)"),
    (hevy_row(title="Up\x07"), "line 2: workout name: holds a control character (U+0007)"),
]  # fmt: skip


@pytest.mark.parametrize(("row", "message"), HEVY_REFUSALS)
def test_hevy_edge_rows_are_refused_like_strong_rows(row: str, message: str) -> None:
    """Hevy rows pass the same length, reps, RPE and name rules as Strong rows."""
    with pytest.raises(ImportFormatError) as info:
        parse_text(HEVY_HEADER + row)
    assert str(info.value) == message


def test_strong_and_hevy_refuse_rpe_zero_alike() -> None:
    """RPE 0 is refused by both readers (Strong writes an empty cell for no RPE: every RPE
    cell of the real exports in tests/fixtures/imports is empty or 6..10, none is 0)."""
    messages: list[Any] = []
    for parse_one in (
        lambda: parse_text(strong(strong_row(rpe="0")), unit="kg"),
        lambda: parse_text(HEVY_HEADER + hevy_row(rpe="0")),
    ):
        with pytest.raises(ImportFormatError) as info:
            parse_one()
        messages.append(info.value.reason)
    assert messages == ["RPE: must be between 1 and 10"] * 2
