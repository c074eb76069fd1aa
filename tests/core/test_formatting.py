"""One formatter per kind of value: durations, weights and prescriptions read the same everywhere."""

from __future__ import annotations

import pytest

from core.formatting import duration_text, prescription_text, weight_text
from core.library.rows import ExerciseRow
from core.routines.drafts import ItemDraft


@pytest.mark.parametrize(
    ("seconds", "text"),
    [
        (0, "0 s"),
        (45, "45 s"),
        (59.6, "1:00"),
        (60, "1:00"),
        (65, "1:05"),
        (600, "10:00"),
        (3599, "59:59"),
        (3600, "1:00:00"),
        (3723, "1:02:03"),
        (-3, "0 s"),
    ],
)
def test_duration_text(seconds: float, text: str) -> None:
    """Seconds under a minute, then m:ss, then h:mm:ss; rounded to the second, never negative."""
    assert duration_text(seconds) == text


def test_weight_text_shows_the_unit_and_drops_trailing_zeros() -> None:
    """A weight is stored in kg and shown in the person's unit."""
    assert weight_text(62.5, "kg") == "62.5 kg"
    assert weight_text(60.0, "kg") == "60 kg"
    assert weight_text(45.359237, "lb") == "100 lb"


def test_weight_text_in_pounds_is_rounded_to_what_a_person_loads() -> None:
    """A kg value shown in lb reads to 0.1 lb (15 kg is 33.069 lb: '33.1 lb', not '33.07 lb'),
    and what is stored is untouched: the same kg shows 15 kg in kilograms."""
    assert weight_text(15.0, "lb") == "33.1 lb"
    assert weight_text(150.0, "lb") == "330.7 lb"
    assert weight_text(15.0, "kg") == "15 kg"
    assert weight_text(61.2349, "kg") == "61.23 kg"


def test_prescription_of_a_library_entry_marks_our_defaults() -> None:
    """An exercise's JSON: sets x reps, the hold at the top, rest, the weekly target; '*' = ours."""
    entry = {
        "mode": "reps", "sets": 3, "reps_min": 15, "reps_max": 20, "hold_seconds": 2,
        "per_side": False, "rest_seconds": 60, "sessions_per_week_min": 2,
        "sessions_per_week_max": 3, "defaults": ["hold_seconds", "rest_seconds"],
    }  # fmt: skip
    assert prescription_text(entry) == "3 x 15-20 reps (hold 2 s*), rest 1:00*, 2-3/week"


def test_prescription_of_hold_and_duration_moves() -> None:
    """Holds read 'reps x seconds hold'; timed activities read in minutes, each side when so."""
    hold = {"mode": "hold", "sets": 1, "reps_min": 8, "reps_max": 10, "hold_seconds": 10,
            "rest_seconds": 30, "sessions_per_week_min": 7, "sessions_per_week_max": 7}  # fmt: skip
    assert prescription_text(hold) == "1 x 8-10 x 10 s hold, rest 30 s, 7/week"
    walk = {"mode": "duration", "duration_minutes": 30, "per_side": True, "defaults": ["sets"]}
    assert prescription_text(walk) == "30 min each side"


def test_prescription_of_a_routine_item_row_with_weight_and_rest_after() -> None:
    """A routine item (a draft or row, read by attribute) shows its target weight in the unit
    and the rest after the exercise."""
    item = ItemDraft(
        exercise_slug="deadlift", mode="reps", sets=3, reps_min=5, reps_max=8, weight_kg=60.0,
        rest_seconds=120, rest_after_seconds=90, defaults=("weight_kg",),
    )  # fmt: skip
    assert prescription_text(item) == "3 x 5-8 reps @ 60 kg*, rest 2:00, then 1:30"
    assert prescription_text(item, unit="lb") == "3 x 5-8 reps @ 132.3 lb*, rest 2:00, then 1:30"


def test_prescription_of_one_sets_target() -> None:
    """The Workout tab's target line: what the next set asks for, from its values alone."""
    target = {"mode": "hold", "reps_min": 3, "hold_seconds": 30, "weight_kg": 10}
    assert prescription_text(target) == "3 x 30 s hold @ 10 kg"
    timed = {"mode": "duration", "duration_minutes": 12.5}
    assert prescription_text(timed) == "12.5 min"


def test_prescription_of_a_stored_exercise_row() -> None:
    """An ExerciseRow reads like its JSON dict (one formatter for rows and dicts)."""
    row = ExerciseRow(
        id=1, slug="plank", name="Plank", kind="strength", mode="hold", per_side=False, sets=3,
        reps_min=None, reps_max=None, hold_seconds=90, rest_seconds=None, duration_minutes=None,
        sessions_per_week_min=None, sessions_per_week_max=None, equipment=(), muscles=(),
        impact=None, cautions=(), variations=(), sources=(), defaults=(), summary="",
        instructions=(), builtin=False,
    )  # fmt: skip
    assert prescription_text(row) == "3 x 1:30 hold"
