"""The one table of field bounds: every writer (forms, edits, imports) validates through it.

The rule for names: a field's name is the attribute it is stored in (`reps`, `weight_kg`,
`duration_seconds`, `rpe`, `note`, ...), in the table of its entity. An `InputError` carries
that name, so a form maps a core error to its widget by the same attribute name, with no table
of its own; `label(field)` is the one way to say a field's name to a person.

Bounds are ours unless a comment says otherwise: ranges a person (and an export from another
app) can plausibly give, wide enough to never refuse a real workout, narrow enough to stop a
typo or a corrupt file from writing 1e9 kg.
"""

from __future__ import annotations

import math
import re
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from core.i18n import QT_TRANSLATE_NOOP, translate
from core.units import cm_to, display_number, kg_from, kg_to


class InputError(ValueError):
    """A value refused by the bounds; `field` is the stored attribute's name (see above)."""

    def __init__(self, field: str, message: str) -> None:
        self.field = field
        self.message = message  # for a person, in the language in use (translated when raised)
        super().__init__(f"{field}: {message}")

    @property
    def sentence(self) -> str:
        """The message for a person, naming the field in words ("weight: must be ...")."""
        return translate("core.bounds", "{field}: {message}").format(
            field=label(self.field), message=self.message
        )


@dataclass(frozen=True)
class Bound:
    """A number's range in its stored unit; `integer` refuses fractions."""

    minimum: float
    maximum: float
    integer: bool = False
    unit: str = ""  # the stored unit, shown in messages ("s", "kg", "min", "cm")


@dataclass(frozen=True)
class TextBound:
    """A text field's longest length, in characters; `required` refuses blank text."""

    max_chars: int
    required: bool = False


FieldBound = Bound | TextBound

# -- the tables, one per entity -------------------------------------------------------------

# A logged set. reps 0: a set attempted and failed is still worth logging.
LOGGED_SET: Mapping[str, FieldBound] = {
    "reps": Bound(0, 100, integer=True),
    "weight_kg": Bound(0, 1000, unit="kg"),
    "duration_seconds": Bound(0, 6 * 3600, unit="s"),
    "distance_km": Bound(0, 1000, unit="km"),
    "rpe": Bound(1, 10),
    "note": TextBound(2000),
}

# What a routine item prescribes (and an exercise's default prescription).
PRESCRIPTION: Mapping[str, FieldBound] = {
    "sets": Bound(1, 20, integer=True),
    "reps_min": Bound(1, 100, integer=True),
    "reps_max": Bound(1, 100, integer=True),
    "hold_seconds": Bound(1, 600, integer=True, unit="s"),
    "rest_seconds": Bound(0, 1800, integer=True, unit="s"),
    "rest_after_seconds": Bound(0, 1800, integer=True, unit="s"),
    "duration_minutes": Bound(1, 300, integer=True, unit="min"),
    "weight_kg": Bound(0, 1000, unit="kg"),
    "weight_step_kg": Bound(0.1, 50, unit="kg"),  # a 0.25 kg micro plate up to a 50 kg jump
    "rounds": Bound(1, 20, integer=True),
    "note": TextBound(2000),
}

ROUTINE: Mapping[str, FieldBound] = {
    "name": TextBound(120, required=True),
    "summary": TextBound(2000),
    "source": TextBound(80),  # the column's length
    "sessions_per_week_min": Bound(1, 14, integer=True),
    "sessions_per_week_max": Bound(1, 14, integer=True),
}

EXERCISE: Mapping[str, FieldBound] = {
    **PRESCRIPTION,
    "name": TextBound(120, required=True),
    "slug": TextBound(80, required=True),  # the column's length
    "summary": TextBound(2000),
    "sessions_per_week_min": Bound(1, 14, integer=True),
    "sessions_per_week_max": Bound(1, 14, integer=True),
}

WORKOUT: Mapping[str, FieldBound] = {
    "name": TextBound(120),
    "note": TextBound(2000),
    "origin": TextBound(20),  # "backline", "strong", "json", ...: the column's length
    "import_key": TextBound(64),  # a sha256 in hex
}

# How long a workout may last, from its start to its end. Ours: a week. Not a day: real Strong
# exports hold workouts whose timer was left running for 26.8, 42.9 and 47.6 hours
# (tests/fixtures/imports), and such a file must still import; a week still refuses a typo or a
# unit mix-up in a file (`500h` is 21 days, `1000000min` 694).
WORKOUT_LENGTH = Bound(0, 7 * 24 * 3600, unit="s")

# A remembered name of an exercise (its name key: casefolded, whitespace collapsed).
EXERCISE_ALIAS: Mapping[str, FieldBound] = {
    "name_key": TextBound(200, required=True),  # the column's length
}

# Whole numbers that order things: a routine item's position, its circuit, a set's number in
# its exercise. Ours: far more than any routine or workout holds (a routine of 10,000 items),
# and well inside what SQLite stores (a file's 10**30 is refused, never an OverflowError).
ORDINAL = Bound(0, 10_000, integer=True)

# Lists of text (an exercise's instructions, cautions, equipment, muscles, ...; a routine's
# defaults). Ours: at most LIST_ITEMS entries, each within LIST_ITEM. Wider than the exercise
# editor's 20 lines, so an import never refuses what the editor wrote.
LIST_ITEMS = 50
LIST_ITEM = TextBound(2000)

BODY_MEASUREMENT: Mapping[str, FieldBound] = {
    "weight_kg": Bound(20, 400, unit="kg"),
    "waist_cm": Bound(20, 300, unit="cm"),
    "hips_cm": Bound(20, 300, unit="cm"),
    "thigh_cm": Bound(20, 300, unit="cm"),
    "note": TextBound(2000),
}

# One day of the daily program (core/daily): what a person ate, slept and drank.
DAY_LOG: Mapping[str, FieldBound] = {
    "kcal": Bound(0, 15000, unit="kcal"),
    "protein_g": Bound(0, 1000, unit="g"),
    "servings": Bound(0, 50),
    "sleep_hours": Bound(0, 24, unit="h"),
    "water_l": Bound(0, 20, unit="l"),
    "note": TextBound(2000),
}

# The plan's inputs: the age and height ranges are data (resources/plan.toml, loaded into a
# Bound by core.body.nutrition); body weight is BODY_MEASUREMENT's.

SETTINGS: Mapping[str, FieldBound] = {
    "get_ready_seconds": Bound(0, 60, integer=True, unit="s"),
    "rep_cadence_seconds": Bound(0, 30, integer=True, unit="s"),
    "sound_volume": Bound(0, 1),
}

# How a field is said to a person. One place, so every message names a field the same way.
# Marked for the catalogue here, translated by label() when a message is made.
_LABELS: Mapping[str, str] = {
    "reps": QT_TRANSLATE_NOOP("core.bounds", "reps"),
    "weight_kg": QT_TRANSLATE_NOOP("core.bounds", "weight"),
    "duration_seconds": QT_TRANSLATE_NOOP("core.bounds", "seconds"),
    "distance_km": QT_TRANSLATE_NOOP("core.bounds", "distance"),
    "rpe": QT_TRANSLATE_NOOP("core.bounds", "RPE"),
    "note": QT_TRANSLATE_NOOP("core.bounds", "note"),
    "sets": QT_TRANSLATE_NOOP("core.bounds", "sets"),
    "reps_min": QT_TRANSLATE_NOOP("core.bounds", "fewest reps"),
    "reps_max": QT_TRANSLATE_NOOP("core.bounds", "most reps"),
    "hold_seconds": QT_TRANSLATE_NOOP("core.bounds", "hold"),
    "rest_seconds": QT_TRANSLATE_NOOP("core.bounds", "rest"),
    "rest_after_seconds": QT_TRANSLATE_NOOP("core.bounds", "rest after the round"),
    "duration_minutes": QT_TRANSLATE_NOOP("core.bounds", "minutes"),
    "rounds": QT_TRANSLATE_NOOP("core.bounds", "rounds"),
    "name": QT_TRANSLATE_NOOP("core.bounds", "name"),
    "summary": QT_TRANSLATE_NOOP("core.bounds", "summary"),
    "sessions_per_week_min": QT_TRANSLATE_NOOP("core.bounds", "fewest sessions a week"),
    "sessions_per_week_max": QT_TRANSLATE_NOOP("core.bounds", "most sessions a week"),
    "waist_cm": QT_TRANSLATE_NOOP("core.bounds", "waist"),
    "hips_cm": QT_TRANSLATE_NOOP("core.bounds", "hips"),
    "thigh_cm": QT_TRANSLATE_NOOP("core.bounds", "thigh"),
    "kcal": QT_TRANSLATE_NOOP("core.bounds", "calories"),
    "protein_g": QT_TRANSLATE_NOOP("core.bounds", "protein"),
    "servings": QT_TRANSLATE_NOOP("core.bounds", "servings of fruit and vegetables"),
    "sleep_hours": QT_TRANSLATE_NOOP("core.bounds", "sleep"),
    "water_l": QT_TRANSLATE_NOOP("core.bounds", "water"),
    "age": QT_TRANSLATE_NOOP("core.bounds", "age"),
    "height_cm": QT_TRANSLATE_NOOP("core.bounds", "height"),
    # the plan's inputs (core.body.nutrition.INPUT_*), as Body & plan names their errors
    "height": QT_TRANSLATE_NOOP("core.bounds", "height"),
    "body weight": QT_TRANSLATE_NOOP("core.bounds", "weight"),
    "get_ready_seconds": QT_TRANSLATE_NOOP("core.bounds", "get-ready time"),
    "rep_cadence_seconds": QT_TRANSLATE_NOOP("core.bounds", "rep cadence"),
    "weight_step_kg": QT_TRANSLATE_NOOP("core.bounds", "weight step"),
    "sound_volume": QT_TRANSLATE_NOOP("core.bounds", "volume"),
    "origin": QT_TRANSLATE_NOOP("core.bounds", "origin"),
    "import_key": QT_TRANSLATE_NOOP("core.bounds", "import key"),
    "name_key": QT_TRANSLATE_NOOP("core.bounds", "name key"),
    "slug": QT_TRANSLATE_NOOP("core.bounds", "slug"),
    "source": QT_TRANSLATE_NOOP("core.bounds", "source"),
    # fields other modules name in their InputErrors (an exercise's, a set's, a day's)
    "kind": QT_TRANSLATE_NOOP("core.bounds", "kind"),
    "mode": QT_TRANSLATE_NOOP("core.bounds", "mode"),
    "impact": QT_TRANSLATE_NOOP("core.bounds", "impact"),
    "per_side": QT_TRANSLATE_NOOP("core.bounds", "per side"),
    "equipment": QT_TRANSLATE_NOOP("core.bounds", "equipment"),
    "muscles": QT_TRANSLATE_NOOP("core.bounds", "muscles"),
    "instructions": QT_TRANSLATE_NOOP("core.bounds", "instructions"),
    "cautions": QT_TRANSLATE_NOOP("core.bounds", "cautions"),
    "positions": QT_TRANSLATE_NOOP("core.bounds", "positions"),
    "side": QT_TRANSLATE_NOOP("core.bounds", "side"),
    "set": QT_TRANSLATE_NOOP("core.bounds", "set"),
    "set_type": QT_TRANSLATE_NOOP("core.bounds", "set type"),
    "measured_on": QT_TRANSLATE_NOOP("core.bounds", "measured on"),
    "reminders": QT_TRANSLATE_NOOP("core.bounds", "reminders"),
}


def label(field: str) -> str:
    """The words for a field in a message ("weight_kg" -> "weight"), in the language in use."""
    words = _LABELS.get(field)
    if words is None:
        return field.replace("_", " ")
    return translate("core.bounds", words)


def range_text(bound: Bound) -> str:
    """E.g. "must be between 0 and 1000 kg": numbers written in the language's way, the unit
    as it is."""
    low, high = display_number(bound.minimum), display_number(bound.maximum)
    if bound.unit:
        return translate("core.bounds", "must be between {minimum} and {maximum} {unit}").format(
            minimum=low, maximum=high, unit=bound.unit
        )
    return translate("core.bounds", "must be between {minimum} and {maximum}").format(
        minimum=low, maximum=high
    )


def check_number(field: str, value: object, bound: Bound) -> int | float:
    """The value as stored (int for integer fields), or InputError(field) saying why not.

    Refuses booleans, strings, NaN and infinities as well as values out of range, so a JSON
    file's `"reps": "five"` or `Infinity` gets the same answer as a typo in a form.
    """
    if isinstance(value, bool) or not isinstance(value, int | float):
        raise InputError(field, translate("core.bounds", "is not a number"))
    number = float(value)
    if not math.isfinite(number):
        raise InputError(field, translate("core.bounds", "is not a number"))
    if bound.integer and number != int(number):
        raise InputError(field, translate("core.bounds", "must be a whole number"))
    if not bound.minimum <= number <= bound.maximum:
        raise InputError(field, range_text(bound))
    return int(number) if bound.integer else number


def check_text(field: str, value: object, bound: TextBound) -> str:
    if not isinstance(value, str):
        raise InputError(field, translate("core.bounds", "must be text"))
    if bound.required and not value.strip():
        raise InputError(field, translate("core.bounds", "is required"))
    if len(value) > bound.max_chars:
        # Every text bound is far above 1: the count never takes a singular.
        raise InputError(
            field,
            translate("core.bounds", "must be at most {count} characters").format(
                count=bound.max_chars
            ),
        )
    if "\x00" in value:  # no use to a person, and PostgreSQL cannot store it
        raise InputError(field, translate("core.bounds", "holds a NUL character (U+0000)"))
    return value


def number_bound(table: Mapping[str, FieldBound], field: str) -> Bound:
    """A numeric field's bound (for forms that parse text into that field)."""
    bound = table[field]
    if not isinstance(bound, Bound):
        raise TypeError(f"{field} is a text field")
    return bound


def text_bound(table: Mapping[str, FieldBound], field: str) -> TextBound:
    """A text field's bound (its longest length)."""
    bound = table[field]
    if not isinstance(bound, TextBound):
        raise TypeError(f"{field} is a number field")
    return bound


def check(table: Mapping[str, FieldBound], field: str, value: Any) -> Any:
    """Check one field of an entity; None (a field left out) passes unchanged."""
    if value is None:
        bound = table[field]
        if isinstance(bound, TextBound) and bound.required:
            raise InputError(field, translate("core.bounds", "is required"))
        return None
    bound = table[field]
    if isinstance(bound, TextBound):
        return check_text(field, value, bound)
    return check_number(field, value, bound)


def check_all(table: Mapping[str, FieldBound], values: Mapping[str, Any]) -> dict[str, Any]:
    """Every given field checked (fields the table does not know pass through); the first bad
    one raises InputError. Returns the values as stored (ints for integer fields)."""
    return {
        field: check(table, field, value) if field in table else value
        for field, value in values.items()
    }


def in_unit(bound: Bound, unit: str) -> Bound:
    """A bound stored in kg or cm as a person types it in lb or in, rounded inward (weights to
    0.01, lengths to 0.1), so every value typed within it converts back within the stored bound."""
    if bound.unit == unit or unit not in ("lb", "in"):
        return bound
    convert, step = (kg_to, 100) if bound.unit == "kg" else (cm_to, 10)
    low = math.ceil(round(convert(bound.minimum, unit) * step, 6)) / step
    high = math.floor(round(convert(bound.maximum, unit) * step, 6)) / step
    return Bound(low, high, integer=bound.integer, unit=unit)


# -- what a person types ---------------------------------------------------------------------

_NUMBER = re.compile(r"^[+-]?(\d+([.,]\d*)?|[.,]\d+)$")


# One to three digits (no leading zero: "0.500" is no thousand), a separator, three digits.
_THOUSAND = re.compile(r"[+-]?[1-9]\d{0,2}\.\d{3}")


def _thousand_or_decimal(raw: str, separator: str) -> str:
    """The question "1.800"/"1,000" asks: a thousand, or a decimal in the language's way."""
    from core.i18n import decimal_separator

    return translate(
        "core.bounds", "“{text}” could be a thousand: write {whole} or {decimal}"
    ).format(
        text=raw,
        whole=raw.replace(separator, ""),
        decimal=raw.replace(separator, decimal_separator()),
    )


def parse_number(
    text: str,
    *,
    field: str,
    bound: Bound,
    decimal_point: str | None = None,
    required: bool = True,
) -> float | int | None:
    """Parse what a person typed into a number within `bound`, or raise InputError(field).

    The one parser of typed numbers, for the window and the CLI. `decimal_point` is the
    language's (core.i18n.decimal_separator) unless given. A decimal comma ("62,5") is accepted
    only where the decimal point is a comma; where it is a point the comma is refused with a
    clear message, never misread as 625 or 62 ("1,000" is a thousand in English). Where the
    comma is the decimal point a point is read as one too ("62.5"), except in a whole number,
    where "1.000" would be a German thousand. Thousands separators are never accepted.
    """
    if decimal_point is None:
        from core.i18n import decimal_separator

        decimal_point = decimal_separator()
    raw = text.strip().replace("\u00a0", "")
    if not raw:
        if required:
            raise InputError(field, translate("core.bounds", "is required"))
        return None
    if not _NUMBER.match(raw):
        raise InputError(
            field, translate("core.bounds", "“{text}” is not a number").format(text=text.strip())
        )
    if "," in raw:
        if decimal_point != "," and _THOUSAND.fullmatch(raw.replace(",", ".")):
            # "1,000" is a thousand to an English reader: ask, never guess
            raise InputError(field, _thousand_or_decimal(raw, ","))
        if decimal_point != ",":
            raise InputError(
                field,
                translate("core.bounds", "use a point for decimals (“{number}”)").format(
                    number=raw.replace(",", ".")
                ),
            )
        raw = raw.replace(",", ".")
    elif "." in raw and decimal_point == ",":
        if bound.integer:
            raise InputError(field, translate("core.bounds", "must be a whole number"))
        if _THOUSAND.fullmatch(raw):
            # "1.800" is 1800 to a German reader and 1.8 to a program: ask, never guess
            raise InputError(field, _thousand_or_decimal(raw, "."))
    return check_number(field, float(raw), bound)


def parse_weight(
    text: str,
    *,
    field: str,
    unit: str,
    bound: Bound,
    decimal_point: str | None = None,
    required: bool = False,
) -> float | None:
    """Parse a weight typed in `unit` against a kg `bound`; returns kilograms."""
    value = parse_number(
        text,
        field=field,
        bound=in_unit(bound, unit),
        decimal_point=decimal_point,
        required=required,
    )
    return None if value is None else kg_from(float(value), unit)
