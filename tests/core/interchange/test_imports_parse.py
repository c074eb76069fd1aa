"""Parsers and detection against real Strong/Hevy exports and small synthetic dialects."""

from __future__ import annotations

import csv
from datetime import UTC, datetime
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st
from import_helpers import BERLIN, count_set_rows, fixture

from core.interchange import ImportFormatError, UnitRequired, detect, parse, parse_text
from core.interchange.common import MILE_TO_KM, parse_duration
from core.interchange.hevy import parse_hevy_date
from core.units import KG_PER_LB


def utc(*args: int) -> datetime:
    return datetime(*args, tzinfo=UTC)


# --- real exports --------------------------------------------------------------------------


def test_strong_comma_real_export_counts_and_values() -> None:
    """Strong's comma export: every row is a set, kg as given, local times read in Berlin."""
    path = fixture("strong_comma.csv")
    parsed = parse(path, unit="kg", tz=BERLIN)
    expected_sets = count_set_rows(path, ",", "Set Order")
    with open(path, encoding="utf-8", newline="") as fh:
        rows = list(csv.DictReader(fh))
    expected_workouts = len({(r["Date"], r["Workout Name"]) for r in rows})
    assert parsed.summary.set_count == expected_sets == 2440
    assert parsed.summary.workout_count == expected_workouts == 83
    first = parsed.workouts[0]
    assert first.name == "Legs"
    # 23:17:10 CEST (UTC+2) on 4 Oct 2022; Duration "21min"
    assert first.started_at == utc(2022, 10, 4, 21, 17, 10)
    assert first.ended_at == utc(2022, 10, 4, 21, 38, 10)
    s = first.sets[0]
    assert (s.exercise, s.set_type, s.weight_kg, s.reps) == ("Squat (Barbell)", "normal", 120.0, 8)
    assert s.duration_seconds is None and s.distance_km is None and s.rpe is None
    rowing = [x for w in parsed.workouts for x in w.sets if x.exercise == "Rowing (Machine)"]
    assert len(rowing) == 1
    assert rowing[0].distance_km == 0.88 and rowing[0].duration_seconds == 600.0
    assert rowing[0].reps is None and rowing[0].weight_kg is None
    noted = [x for w in parsed.workouts for x in w.sets if x.note]
    assert [x.note for x in noted] == ["Setting 4"]
    hour_long = [w for w in parsed.workouts if w.started_at == utc(2023, 2, 21, 20, 15, 45)]
    assert hour_long[0].ended_at == utc(2023, 2, 21, 21, 29, 45)  # "1h 14min", CET in winter


def test_strong_units_real_export_converts_pounds() -> None:
    """Per-row `lbs` weights become kg (x 0.45359237, unrounded); RPE and `1h 8m` are read."""
    path = fixture("strong_semicolon_units.csv")
    parsed = parse(path, tz=BERLIN)
    assert parsed.summary.set_count == count_set_rows(path, ";", "Set Order") == 359
    assert parsed.summary.workout_count == 22
    assert parsed.summary.unit == "lb"
    first = parsed.workouts[0].sets[0]
    assert first.weight_kg == 115 * KG_PER_LB
    assert first.rpe == 6.0 and first.reps == 4
    band = [x for w in parsed.workouts for x in w.sets if x.exercise == "Pull Up (Band)"]
    assert band and all(x.weight_kg is None for x in band)  # empty weight and unit cells
    assert band[0].note == "Actually chinup negatives"
    last = parsed.workouts[-1]
    assert last.started_at == utc(2022, 12, 12, 16, 11, 2)
    assert (last.ended_at - last.started_at).total_seconds() == 68 * 60
    chin = last.sets[-1]
    assert chin.exercise == "Chin Up" and chin.weight_kg == 3 * KG_PER_LB and chin.rpe == 10.0


def test_strong_numbered_real_export_skips_rest_and_note_rows() -> None:
    """`Rest Timer` and `Note` rows are not sets; a Note's text lands on that exercise's set."""
    path = fixture("strong_quoted_seconds.csv")
    parsed = parse(path, tz=BERLIN)
    assert parsed.summary.set_count == count_set_rows(path, ";", "Set Order") == 868
    assert parsed.summary.workout_count == 47
    assert parsed.summary.unit == "kg"
    w1 = parsed.workouts[0]
    assert w1.started_at == utc(2025, 2, 24, 14, 10, 32)
    assert (w1.ended_at - w1.started_at).total_seconds() == 2176  # Duration (sec)
    assert w1.sets[0].weight_kg == 55.0 and w1.sets[0].reps == 10
    w2 = parsed.workouts[1]
    pulldown = [s for s in w2.sets if s.exercise == "Lat Pulldown (Machine)"]
    assert pulldown[0].note == "Straight Arm Pulldown"
    planks = [s for w in parsed.workouts for s in w.sets if s.exercise == "Side Plank"]
    assert planks[-1].duration_seconds == 30.0 and planks[-1].reps is None


def test_hevy_real_export_counts_types_and_dates() -> None:
    """Hevy: a workout is title + start_time; warm-up/failure types; `7 Apr 2024, 16:34`."""
    path = fixture("hevy_metric.csv")
    parsed = parse(path, tz=BERLIN)
    with open(path, encoding="utf-8", newline="") as fh:
        rows = list(csv.DictReader(fh))
    assert parsed.summary.set_count == len(rows) == 2753
    assert parsed.summary.workout_count == len({(r["title"], r["start_time"]) for r in rows})
    first = parsed.workouts[0]
    assert first.name == "Upper"
    assert first.started_at == utc(2024, 4, 7, 14, 34)  # CEST
    assert first.ended_at == utc(2024, 4, 7, 15, 35)
    assert first.sets[0].weight_kg == 15.0 and first.sets[0].reps == 6
    warm = first.sets[3]
    assert (warm.exercise, warm.set_type, warm.weight_kg) == (
        "Incline Bench Press (Dumbbell)",
        "warmup",
        28.0,
    )
    types = {s.set_type for w in parsed.workouts for s in w.sets}
    assert types == {"normal", "warmup", "failure"}
    assert sum(1 for r in rows if r["set_type"] == "warmup") == sum(
        1 for w in parsed.workouts for s in w.sets if s.set_type == "warmup"
    )


def test_detection_of_real_exports() -> None:
    """detect() names app, dialect, delimiter, unit, RPE/duration presence and language."""
    comma = detect(fixture("strong_comma.csv"))
    assert (comma.app, comma.dialect, comma.delimiter, comma.unit) == (
        "strong",
        "strong-comma",
        ",",
        None,
    )
    assert comma.has_rpe and comma.has_duration and comma.language == "en"
    units = detect(fixture("strong_semicolon_units.csv"))
    assert (units.dialect, units.delimiter, units.unit) == ("strong-units", ";", "lb")
    numbered = detect(str(fixture("strong_quoted_seconds.csv")))
    assert (numbered.dialect, numbered.delimiter, numbered.unit) == ("strong-numbered", ";", "kg")
    hevy = detect(fixture("hevy_metric.csv"))
    assert (hevy.app, hevy.dialect, hevy.unit) == ("hevy", "hevy-metric", "kg")
    summary = parse(fixture("hevy_metric.csv"), tz=BERLIN).summary
    assert summary.first_date == min(
        w.started_at for w in parse(fixture("hevy_metric.csv"), tz=BERLIN).workouts
    )
    assert "Pull Up (Assisted)" in summary.exercise_names


# --- synthetic dialects --------------------------------------------------------------------


def test_french_headers_set_letters_and_float_reps() -> None:
    """French headers are read by name; W/D/F become warmup/dropset/failure; `8.0` reps -> 8."""
    path = fixture("strong_french.csv")
    det = detect(path)
    assert (det.dialect, det.language, det.unit) == ("strong-comma", "fr", None)
    parsed = parse(path, unit="kg", tz=BERLIN)
    (w,) = parsed.workouts
    assert w.name == "Séance fessiers" and w.notes == "Bonne séance"
    assert w.started_at == utc(2026, 3, 2, 6, 30)
    assert [s.set_type for s in w.sets] == [
        "warmup",
        "normal",
        "normal",
        "dropset",
        "normal",
        "failure",
        "normal",
    ]
    assert [s.reps for s in w.sets[:4]] == [10, 8, 8, 12]
    assert w.sets[2].rpe == 8.5
    walk = w.sets[-1]
    assert (walk.distance_km, walk.duration_seconds, walk.reps) == (2.5, 1800.0, None)


def test_unit_required_when_the_file_does_not_say() -> None:
    """A Strong file without any unit refuses to guess: UnitRequired, with a readable message."""
    with pytest.raises(UnitRequired) as info:
        parse(fixture("strong_french.csv"))
    assert "kg or lb" in str(info.value)
    lb = parse(fixture("strong_french.csv"), unit="lb", tz=BERLIN)
    assert lb.workouts[0].sets[1].weight_kg == 80.0 * KG_PER_LB
    assert lb.workouts[0].sets[-1].distance_km == 2.5 * MILE_TO_KM  # our default: miles for lb


def test_german_headers_rest_rows_decimal_commas_and_multiline_note() -> None:
    """German Strong: `Ruhezeit` rows skipped, `82,5` read, a quoted note keeps its newline."""
    path = fixture("strong_german_units.csv")
    det = detect(path)
    assert (det.dialect, det.delimiter, det.language, det.unit) == ("strong-units", ";", "de", "kg")
    parsed = parse(path, tz=BERLIN)
    assert parsed.summary.set_count == 5 and parsed.summary.workout_count == 2
    back, cardio = parsed.workouts
    assert [s.set_type for s in back.sets] == ["warmup", "normal", "failure", "normal"]
    assert back.sets[1].weight_kg == 82.5 and back.sets[1].rpe == 8.5
    assert back.sets[1].note == "Erster Satz\nsauber"
    assert back.sets[2].line == 6  # the note spanned lines 4-5
    assert (back.ended_at - back.started_at).total_seconds() == 50 * 60
    run = cardio.sets[0]
    assert (run.exercise, run.distance_km, run.duration_seconds) == ("Laufen", 5.2, 1560.0)
    assert cardio.notes == "Locker"


def test_unknown_language_header_is_read_by_position() -> None:
    """A translated header we have no names for is matched against the English column order."""
    det = detect(fixture("strong_unknown_language.csv"))
    assert (det.dialect, det.language) == ("strong-comma", None)
    parsed = parse(fixture("strong_unknown_language.csv"), unit="kg", tz=BERLIN)
    assert [s.reps for s in parsed.workouts[0].sets] == [10, 9]


def test_hevy_imperial_german_months_and_repeated_exercise() -> None:
    """Imperial Hevy: lb and miles converted, `5 Mai 2026` and `12 Dez 2026` read in Berlin."""
    path = fixture("hevy_imperial.csv")
    assert not path.read_bytes().endswith(b"\n")
    det = detect(path)
    assert (det.dialect, det.unit) == ("hevy-imperial", "lb")
    parsed = parse(path, tz=BERLIN)
    legs, run, walk = parsed.workouts
    assert legs.started_at == utc(2026, 5, 5, 5, 5)  # CEST
    assert run.started_at == utc(2026, 12, 12, 17, 30)  # CET
    assert walk.started_at == utc(2026, 3, 3, 5, 0)
    assert legs.notes == "Morgens"
    assert [s.set_type for s in legs.sets] == ["warmup", "normal", "dropset", "normal", "failure"]
    assert legs.sets[1].weight_kg == 185 * KG_PER_LB and legs.sets[1].rpe == 8.5
    assert legs.sets[0].note == "Pause oben\nzwei Sekunden"
    assert [s.note for s in legs.sets[1:]] == ["", "", "", ""]
    assert [s.exercise for s in legs.sets].count("Hip Thrust (Barbell)") == 4
    assert run.sets[0].distance_km == 3.1 * MILE_TO_KM
    assert run.sets[0].duration_seconds == 1800.0


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("7 Apr 2024, 16:34", datetime(2024, 4, 7, 16, 34)),
        ("5 Mai 2026, 07:05", datetime(2026, 5, 5, 7, 5)),
        ("3 Mär 2026, 06:00", datetime(2026, 3, 3, 6, 0)),
        ("12 déc. 2026, 18:30", datetime(2026, 12, 12, 18, 30)),
        ("1 févr. 2025, 9:05", datetime(2025, 2, 1, 9, 5)),
        ("Apr 7, 2024, 4:34 PM", datetime(2024, 4, 7, 16, 34)),
        ("2024-04-07T16:34:00", datetime(2024, 4, 7, 16, 34)),
    ],
)
def test_hevy_dates_in_several_languages(text: str, expected: datetime) -> None:
    """Hevy's day-month-year dates are read with English, German and French month names."""
    assert parse_hevy_date(text, 2) == expected


def test_strong_duration_forms() -> None:
    """Strong's duration spellings all mean the same seconds."""
    assert parse_duration("21min", 2) == 21 * 60
    assert parse_duration("1h 2min", 2) == 3720
    assert parse_duration("1h 8m", 2) == 4080
    assert parse_duration("45s", 2) == 45
    assert parse_duration("", 2) is None
    with pytest.raises(ImportFormatError):
        parse_duration("soon", 2)


# --- strictness ----------------------------------------------------------------------------


def test_unreadable_row_names_its_line() -> None:
    """A bad number raises ImportFormatError whose line and message point at the row."""
    with pytest.raises(ImportFormatError) as info:
        parse(fixture("strong_broken.csv"), unit="kg")
    assert info.value.line == 4
    assert str(info.value) == "line 4: weight: '12x5' is not a number"


HEADER = "Date,Workout Name,Duration,Exercise Name,Set Order,Weight,Reps,Distance,Seconds,Notes,Workout Notes,RPE\n"
GOOD = '2026-02-01 09:00:00,"Legs",30min,"Deadlift (Barbell)",1,100.0,5,0,0,,,\n'


@pytest.mark.parametrize(
    ("bad_row", "reason"),
    [
        ('2026-02-01 09:00:00,"Legs",30min,"Deadlift (Barbell)",1,100.0,5,0,0,,\n', "fields"),
        ('2026-02-31 09:00:00,"Legs",30min,"Deadlift (Barbell)",1,100.0,5,0,0,,,\n', "date"),
        ('2026-02-01 09:00:00,"Legs",30min,"Deadlift (Barbell)",X,100.0,5,0,0,,,\n', "set order"),
        ('2026-02-01 09:00:00,"Legs",30min,"Deadlift (Barbell)",2,100.0,five,0,0,,,\n', "reps"),
        ('2026-02-01 09:00:00,"Legs",later,"Deadlift (Barbell)",2,100.0,5,0,0,,,\n', "duration"),
    ],
)
def test_strict_rows(bad_row: str, reason: str) -> None:
    """Wrong field count, impossible date, unknown set order, bad reps or duration all fail."""
    text = HEADER + GOOD + GOOD.replace(",1,", ",2,") + bad_row
    with pytest.raises(ImportFormatError) as info:
        parse_text(text, unit="kg")
    assert info.value.line == 4
    assert reason in str(info.value)


def test_not_an_export() -> None:
    """A CSV from elsewhere is refused on line 1."""
    with pytest.raises(ImportFormatError) as info:
        parse_text("a,b,c\n1,2,3\n")
    assert info.value.line == 1


def test_format_mismatch_is_refused(tmp_path: Path) -> None:
    """Asking for Strong on a Hevy file says which app it looks like."""
    with pytest.raises(ImportFormatError, match="a Hevy export, not Strong"):
        parse(fixture("hevy_metric.csv"), format="strong")


# --- units ---------------------------------------------------------------------------------


@given(st.integers(min_value=0, max_value=200_000))
def test_pounds_round_trip_through_kg_at_a_hundredth(hundredths: int) -> None:
    """Any weight in lb with two decimals, read from a file, converts back to the same lb."""
    pounds = hundredths / 100
    text = (
        HEADER + f'2026-02-01 09:00:00,"Legs",30min,"Deadlift (Barbell)",1,{pounds:.2f},5,0,0,,,\n'
    )
    kg = parse_text(text, unit="lb").workouts[0].sets[0].weight_kg
    assert kg is not None
    assert round(kg / KG_PER_LB, 2) == pounds
    assert abs(kg / KG_PER_LB - pounds) < 1e-9


def test_detect_accepts_text_and_default_zone_is_the_machines() -> None:
    """detect() takes the text itself; without tz, wall times are read in the local zone."""
    text = fixture("strong_comma.csv").read_text(encoding="utf-8")
    assert detect(text).dialect == "strong-comma"
    parsed = parse_text(text, unit="kg")
    local_wall = datetime(2022, 10, 4, 23, 17, 10)
    assert parsed.workouts[0].started_at == local_wall.astimezone().astimezone(UTC)
    assert parsed.workouts[0].started_at.tzinfo is UTC
