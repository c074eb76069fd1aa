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


# How many stored units (kg, cm) one unit is, by quantity.
_FACTORS = {
    "weight": {"kg": 1.0, "lb": KG_PER_LB},
    "length": {"cm": 1.0, "in": CM_PER_IN},
}


def _factor(quantity: str, unit: str) -> float:
    factor = _FACTORS[quantity].get(unit)
    if factor is None:
        from core.i18n import translate

        if quantity == "weight":
            message = translate("core.units", "unknown weight unit {unit}")
        else:
            message = translate("core.units", "unknown length unit {unit}")
        raise ValueError(message.format(unit=repr(unit)))
    return factor


def kg_from(value: float, unit: str) -> float:
    return float(value) * _factor("weight", unit)


def kg_to(value_kg: float, unit: str) -> float:
    return float(value_kg) / _factor("weight", unit)


def cm_from(value: float, unit: str) -> float:
    return float(value) * _factor("length", unit)


def cm_to(value_cm: float, unit: str) -> float:
    return float(value_cm) / _factor("length", unit)


def display_number(value: float, decimals: int = 2) -> str:
    """62.5 -> '62.5' ('62,5' in German), 60.0 -> '60', 27.216 -> '27.22' (trailing zeros
    dropped; the decimal separator is the language's, see core.i18n.format_number)."""
    from core.i18n import format_number

    return format_number(value, decimals)


# Decimals a weight is shown with, by unit: pounds to the 0.1 lb a person can load (a stored
# 15 kg reads "33.1 lb", not "33.07 lb"); kilograms keep 0.01 (1.25 kg plates, 0.25 kg steps).
WEIGHT_DISPLAY_DECIMALS = {"kg": 2, "lb": 1}


def format_weight(value_kg: float | None, unit: str) -> str:
    """A stored weight shown in `unit`, rounded for display only (what is stored is unchanged)."""
    if value_kg is None:
        return ""
    decimals = WEIGHT_DISPLAY_DECIMALS.get(unit, 2)
    return f"{display_number(kg_to(value_kg, unit), decimals)} {unit}"


def format_length(value_cm: float | None, unit: str) -> str:
    if value_cm is None:
        return ""
    return f"{display_number(cm_to(value_cm, unit), 1)} {unit}"
