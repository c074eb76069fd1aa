"""Units and typed numbers: exact round trips, bounds, and decimal commas never misread."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from core import units
from core.units import InputError, parse_number, parse_weight


@given(st.integers(min_value=0, max_value=220462))
def test_lb_to_kg_to_lb_round_trips_at_a_hundredth(hundredths: int) -> None:
    """Any weight typed in lb with two decimals comes back identical after storage in kg."""
    lb = hundredths / 100
    kg = units.kg_from(lb, "lb")
    assert round(units.kg_to(kg, "lb"), 2) == lb


@given(st.integers(min_value=0, max_value=30000))
def test_in_to_cm_to_in_round_trips_at_a_tenth(tenths: int) -> None:
    """Lengths typed in inches with one decimal survive storage in cm."""
    inches = tenths / 10
    assert round(units.cm_to(units.cm_from(inches, "in"), "in"), 1) == inches


def test_decimal_comma_follows_the_locale() -> None:
    """'62,5' is 62.5 in a comma locale and a clear refusal in a point locale, never 625."""
    assert parse_number("62,5", field="Weight", bounds=units.WEIGHT_KG, decimal_point=",") == 62.5
    with pytest.raises(InputError) as info:
        parse_number("62,5", field="Weight", bounds=units.WEIGHT_KG, decimal_point=".")
    assert info.value.field == "Weight"
    assert "62.5" in info.value.message


@pytest.mark.parametrize(
    ("text", "bounds", "fragment"),
    [
        ("", units.REPS, "required"),
        ("-3", units.REPS, "between 1 and 100"),
        ("1000", units.REPS, "between 1 and 100"),
        ("8.5", units.REPS, "whole number"),
        ("abc", units.SETS, "not a number"),
        ("5000", units.WEIGHT_KG, "between 0 and 1000 kg"),
        ("nan", units.WEIGHT_KG, "not a number"),
        ("1e3", units.WEIGHT_KG, "not a number"),
        ("21", units.SETS, "between 1 and 20"),
        ("601", units.HOLD_SECONDS, "between 1 and 600 s"),
    ],
)
def test_bad_input_names_the_field(text: str, bounds: units.Bounds, fragment: str) -> None:
    """Each refused value raises InputError carrying the field name and a readable reason."""
    with pytest.raises(InputError) as info:
        parse_number(text, field="Reps", bounds=bounds)
    assert info.value.field == "Reps"
    assert fragment in info.value.message


def test_parse_weight_converts_pounds() -> None:
    """A weight typed in lb is returned in kg; the bound applies in the person's unit."""
    assert parse_weight("135", field="Weight", unit="lb") == pytest.approx(61.23497, abs=1e-5)
    with pytest.raises(InputError, match="2204.62 lb"):
        parse_weight("2300", field="Weight", unit="lb")
    assert parse_weight("", field="Weight", unit="kg") is None


def test_display_number_drops_trailing_zeros() -> None:
    """Numbers read like a person writes them."""
    assert units.display_number(60.0) == "60"
    assert units.display_number(62.5) == "62.5"
    assert units.format_weight(61.2349, "kg") == "61.23 kg"
    assert units.format_weight(units.kg_from(135, "lb"), "lb") == "135 lb"
