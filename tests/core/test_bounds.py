"""The one table of field bounds: typed numbers, decimal commas, units, and JSON-ish values."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from core import bounds, units
from core.bounds import (
    LOGGED_SET,
    PRESCRIPTION,
    Bound,
    InputError,
    check,
    check_all,
    number_bound,
    parse_number,
    parse_weight,
)

WEIGHT = number_bound(LOGGED_SET, "weight_kg")


def test_decimal_comma_follows_the_locale() -> None:
    """'62,5' is 62.5 in a comma locale and a clear refusal in a point locale, never 625."""
    assert parse_number("62,5", field="weight_kg", bound=WEIGHT, decimal_point=",") == 62.5
    with pytest.raises(InputError) as info:
        parse_number("62,5", field="weight_kg", bound=WEIGHT, decimal_point=".")
    assert info.value.field == "weight_kg"
    assert "62.5" in info.value.message


def test_the_language_sets_the_decimal_point_and_nothing_is_guessed(use_language) -> None:  # type: ignore[no-untyped-def]
    """In German '62,5' and '62.5' are 62.5; '1.800' (a thousand to a German reader) is
    refused with both readings offered, and so is a point in a whole number; in English a
    comma is refused."""
    kcal = Bound(0, 20000)
    with pytest.raises(InputError, match="use a point"):
        parse_number("62,5", field="weight_kg", bound=WEIGHT)  # English
    with pytest.raises(InputError) as thousand:
        parse_number("1,000", field="kcal", bound=kcal)  # a thousand to an English reader
    assert "1000" in thousand.value.message and "1.000" in thousand.value.message
    use_language("de")
    assert parse_number("62,5", field="weight_kg", bound=WEIGHT) == 62.5
    assert parse_number("62.5", field="weight_kg", bound=WEIGHT) == 62.5
    with pytest.raises(InputError) as info:
        parse_number("1.800", field="kcal", bound=kcal)
    assert "1800" in info.value.message and "1,800" in info.value.message
    assert parse_number("0.500", field="kcal", bound=kcal) == 0.5  # no thousand starts with 0
    with pytest.raises(InputError):
        parse_number("2.5", field="reps", bound=Bound(0, 100, integer=True))


@pytest.mark.parametrize(
    ("text", "table", "field", "fragment"),
    [
        ("", PRESCRIPTION, "reps_min", "required"),
        ("-3", PRESCRIPTION, "reps_min", "between 1 and 100"),
        ("1000", PRESCRIPTION, "reps_min", "between 1 and 100"),
        ("8.5", PRESCRIPTION, "reps_min", "whole number"),
        ("abc", PRESCRIPTION, "sets", "not a number"),
        ("5000", LOGGED_SET, "weight_kg", "between 0 and 1000 kg"),
        ("nan", LOGGED_SET, "weight_kg", "not a number"),
        ("1e3", LOGGED_SET, "weight_kg", "not a number"),
        ("21", PRESCRIPTION, "sets", "between 1 and 20"),
        ("601", PRESCRIPTION, "hold_seconds", "between 1 and 600 s"),
        ("-1", LOGGED_SET, "reps", "between 0 and 100"),
        ("11", LOGGED_SET, "rpe", "between 1 and 10"),
    ],
)
def test_bad_input_names_the_field(text: str, table, field: str, fragment: str) -> None:  # type: ignore[no-untyped-def]
    """Each refused value raises InputError carrying the field name and a readable reason."""
    with pytest.raises(InputError) as info:
        parse_number(text, field=field, bound=number_bound(table, field))
    assert info.value.field == field
    assert fragment in info.value.message


def test_a_failed_set_may_log_zero_reps_but_a_target_may_not() -> None:
    """reps 0 is a logged failed attempt; a prescription starts at 1."""
    assert check(LOGGED_SET, "reps", 0) == 0
    with pytest.raises(InputError):
        check(PRESCRIPTION, "reps_min", 0)


@pytest.mark.parametrize(
    ("field", "value", "fragment"),
    [
        ("reps", "five", "not a number"),
        ("reps", True, "not a number"),
        ("weight_kg", float("inf"), "not a number"),
        ("weight_kg", -5, "between"),
        ("weight_kg", 1e9, "between"),
        ("reps", 1_000_000, "between"),
        ("reps", 1e308, "between"),
        ("duration_seconds", -30, "between"),
        ("rpe", 11, "between"),
        ("note", 5, "must be text"),
        ("note", "x" * 2001, "at most 2000"),
    ],
)
def test_values_from_files_are_checked_like_typed_ones(
    field: str, value: object, fragment: str
) -> None:
    """What a JSON or CSV file gives (strings, booleans, infinities, huge numbers) gets the
    same refusal as a typo: one InputError naming the stored field."""
    with pytest.raises(InputError) as info:
        check_all(LOGGED_SET, {field: value})
    assert info.value.field == field and fragment in info.value.message


def test_check_all_returns_stored_values() -> None:
    """Integer fields come back as int, other numbers as float, unknown keys untouched."""
    out = check_all(LOGGED_SET, {"reps": 8.0, "weight_kg": 60, "extra": "kept"})
    assert out == {"reps": 8, "weight_kg": 60.0, "extra": "kept"}
    assert isinstance(out["reps"], int)


def test_parse_weight_converts_pounds() -> None:
    """A weight typed in lb is returned in kg; the bound applies in the person's unit."""
    got = parse_weight("135", field="weight_kg", unit="lb", bound=WEIGHT)
    assert got == pytest.approx(61.23497, abs=1e-5)
    with pytest.raises(InputError, match="2204.62 lb"):
        parse_weight("2300", field="weight_kg", unit="lb", bound=WEIGHT)
    assert parse_weight("", field="weight_kg", unit="kg", bound=WEIGHT) is None


@given(st.sampled_from(["lb", "in"]), st.sampled_from(["weight_kg", "waist_cm"]))
def test_bounds_in_a_persons_unit_stay_inside_the_stored_ones(unit: str, field: str) -> None:
    """in_unit rounds inward: both ends typed in lb/in convert back within the kg/cm bound."""
    stored = number_bound(bounds.BODY_MEASUREMENT, field)
    if (stored.unit == "kg") != (unit == "lb"):
        return
    shown = bounds.in_unit(stored, unit)
    back = units.kg_from if unit == "lb" else units.cm_from
    assert (
        stored.minimum <= back(shown.minimum, unit) <= back(shown.maximum, unit) <= stored.maximum
    )


def test_every_message_names_a_field_in_words() -> None:
    """InputError.sentence says the field as a person reads it."""
    assert InputError("weight_kg", "must be between 0 and 1000 kg").sentence == (
        "weight: must be between 0 and 1000 kg"
    )


def test_every_plan_input_is_named_in_the_language(use_language) -> None:  # type: ignore[no-untyped-def]
    """Body & plan's errors name the field in the language ("Größe", not "height")."""
    from core.body import nutrition

    use_language("de")
    names = {
        name: InputError(name, "x").sentence.split(":")[0]
        for name in (nutrition.INPUT_AGE, nutrition.INPUT_HEIGHT, nutrition.INPUT_WEIGHT)
    }
    assert names == {"age": "Alter", "height": "Größe", "body weight": "Gewicht"}
