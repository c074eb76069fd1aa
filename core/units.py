"""Units and the parsing of numbers people type.

Weights are stored in kilograms as float64. 1 lb is exactly 0.45359237 kg, so a value typed in
pounds with up to two decimals converts to kg and back to the same pounds after rounding to
0.01 (tested with hypothesis). Lengths are stored in centimetres (1 in = 2.54 cm exactly).

Every parse error is an InputError naming the field, so forms can show it next to that field.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass

KG_PER_LB = 0.45359237
CM_PER_IN = 2.54
WEIGHT_UNITS = ("kg", "lb")
LENGTH_UNITS = ("cm", "in")


class InputError(ValueError):
    """A value a person typed that we refuse; `field` names the form field."""

    def __init__(self, field: str, message: str) -> None:
        self.field = field
        self.message = message
        super().__init__(f"{field}: {message}")


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


_NUMBER = re.compile(r"^[+-]?(\d+([.,]\d*)?|[.,]\d+)$")


@dataclass(frozen=True)
class Bounds:
    minimum: float
    maximum: float
    integer: bool = False
    unit: str = ""


def parse_number(
    text: str,
    *,
    field: str,
    bounds: Bounds,
    decimal_point: str = ".",
    required: bool = True,
) -> float | int | None:
    """Parse what a person typed into a number within bounds, or raise InputError(field).

    A decimal comma ("62,5") is accepted only when the locale's decimal point is a comma; with
    a point locale it is refused with a clear message, never misread as 625 or 62. Thousands
    separators are not accepted (no workout number needs them).
    """
    raw = text.strip().replace("\u00a0", "")
    if not raw:
        if required:
            raise InputError(field, "is required")
        return None
    if not _NUMBER.match(raw):
        raise InputError(field, f"“{text.strip()}” is not a number")
    if "," in raw:
        if decimal_point != ",":
            raise InputError(field, f"use a point for decimals (“{raw.replace(',', '.')}”)")
        raw = raw.replace(",", ".")
    elif "." in raw and decimal_point == "," and bounds.integer:
        raise InputError(field, "must be a whole number")
    value = float(raw)
    if not math.isfinite(value):
        raise InputError(field, "is not a number")
    if bounds.integer:
        if value != int(value):
            raise InputError(field, "must be a whole number")
        value = int(value)
    unit = f" {bounds.unit}" if bounds.unit else ""
    if value < bounds.minimum or value > bounds.maximum:
        lo = display_number(bounds.minimum)
        hi = display_number(bounds.maximum)
        raise InputError(field, f"must be between {lo} and {hi}{unit}")
    return value


# Bounds a person would accept (issue 3 and 4). Weight bounds are in kg; a form converts.
SETS = Bounds(1, 20, integer=True)
REPS = Bounds(1, 100, integer=True)
HOLD_SECONDS = Bounds(1, 600, integer=True, unit="s")
REST_SECONDS = Bounds(0, 1800, integer=True, unit="s")
DURATION_MINUTES = Bounds(1, 300, integer=True, unit="min")
WEIGHT_KG = Bounds(0, 1000, unit="kg")
ROUNDS = Bounds(1, 20, integer=True)
SESSIONS_PER_WEEK = Bounds(1, 14, integer=True)
RPE = Bounds(1, 10)
LOGGED_SECONDS = Bounds(0, 6 * 3600, unit="s")
BODY_WEIGHT_KG = Bounds(20, 400, unit="kg")
BODY_LENGTH_CM = Bounds(20, 300, unit="cm")


def weight_bounds(unit: str) -> Bounds:
    """WEIGHT_KG expressed in the person's unit (0-1000 kg = 0-2204.62 lb)."""
    return Bounds(0, round(kg_to(WEIGHT_KG.maximum, unit), 2), unit=unit)


def parse_weight(
    text: str, *, field: str, unit: str, decimal_point: str = ".", required: bool = False
) -> float | None:
    """Parse a weight typed in `unit`; returns kilograms."""
    value = parse_number(
        text,
        field=field,
        bounds=weight_bounds(unit),
        decimal_point=decimal_point,
        required=required,
    )
    return None if value is None else kg_from(float(value), unit)
