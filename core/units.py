"""Units: conversions between kg and lb, cm and in, and how numbers are shown.

Weights are stored in kilograms as float64. 1 lb is exactly 0.45359237 kg, so a value typed in
pounds with up to two decimals converts to kg and back to the same pounds after rounding to
0.01 (tested with hypothesis). Lengths are stored in centimetres (1 in = 2.54 cm exactly).

What a person may type and store is checked in core/bounds.py; this module only converts and
shows numbers.
"""

from __future__ import annotations

KG_PER_LB = 0.45359237
CM_PER_IN = 2.54
WEIGHT_UNITS = ("kg", "lb")
LENGTH_UNITS = ("cm", "in")


def kg_from(value: float, unit: str) -> float:
    if unit == "kg":
        return float(value)
    if unit == "lb":
        return value * KG_PER_LB
    raise ValueError(f"unknown weight unit {unit!r}")


def kg_to(value_kg: float, unit: str) -> float:
    if unit == "kg":
        return float(value_kg)
    if unit == "lb":
        return value_kg / KG_PER_LB
    raise ValueError(f"unknown weight unit {unit!r}")


def cm_from(value: float, unit: str) -> float:
    if unit == "cm":
        return float(value)
    if unit == "in":
        return value * CM_PER_IN
    raise ValueError(f"unknown length unit {unit!r}")


def cm_to(value_cm: float, unit: str) -> float:
    if unit == "cm":
        return float(value_cm)
    if unit == "in":
        return value_cm / CM_PER_IN
    raise ValueError(f"unknown length unit {unit!r}")


def display_number(value: float, decimals: int = 2) -> str:
    """62.5 -> '62.5', 60.0 -> '60', 27.216 -> '27.22' (trailing zeros dropped)."""
    text = f"{round(value, decimals):.{decimals}f}"
    if "." in text:
        text = text.rstrip("0").rstrip(".")
    return "0" if text in ("-0", "") else text


def format_weight(value_kg: float | None, unit: str) -> str:
    if value_kg is None:
        return ""
    return f"{display_number(kg_to(value_kg, unit))} {unit}"


def format_length(value_cm: float | None, unit: str) -> str:
    if value_cm is None:
        return ""
    return f"{display_number(cm_to(value_cm, unit), 1)} {unit}"
