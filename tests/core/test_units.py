"""Units: exact lb/kg and in/cm round trips, and numbers shown as a person writes them."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from core import units


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


def test_display_number_drops_trailing_zeros() -> None:
    """Numbers read like a person writes them."""
    assert units.display_number(60.0) == "60"
    assert units.display_number(62.5) == "62.5"
    assert units.format_weight(61.2349, "kg") == "61.23 kg"
    assert units.format_weight(units.kg_from(135, "lb"), "lb") == "135 lb"
    assert units.format_weight(units.kg_from(33.07, "lb"), "lb") == "33.1 lb"
