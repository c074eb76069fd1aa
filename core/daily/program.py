"""The daily program's targets, read from resources/program.toml.

Each part (strength, cardio, massage, home complex, servings, water) has a target range per day
or per week and where it comes from: a seed file, or ours (``ours = true``, with a reference a
person can check). Calories, protein and sleep are the plan's (core.body.nutrition) and are not
repeated here.
"""

from __future__ import annotations

import tomllib
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

from core.paths import PROGRAM_PATH

__all__ = ["PART_KEYS", "ProgramDataError", "ProgramPart", "load_program"]

PART_KEYS = ("strength", "cardio", "massage", "home_complex", "servings", "water")
_PERIODS = ("day", "week")


class ProgramDataError(ValueError):
    """resources/program.toml is malformed: the message names the part and the key."""


@dataclass(frozen=True)
class ProgramPart:
    key: str
    label: str
    low: float
    high: float | None  # None: "at least low"
    period: str  # day | week
    unit: str
    source: str | None  # the seed file, or None for our own default
    reference: str = ""  # for our own defaults: where a person can check the figure
    session_minutes: float | None = None  # cardio: a session counts from this many minutes
    exercise: str | None = None  # massage: the library slug that counts
    routine: str | None = None  # home complex: the ready-made routine's key


def _number(table: dict[str, Any], key: str, where: str, *, required: bool) -> float | None:
    value = table.get(key)
    if value is None:
        if required:
            raise ProgramDataError(f"{where}: missing {key!r}")
        return None
    if isinstance(value, bool) or not isinstance(value, int | float) or value < 0:
        raise ProgramDataError(f"{where}.{key}: must be a number of at least 0")
    return float(value)


def parse_program(doc: dict[str, Any]) -> dict[str, ProgramPart]:
    parts: dict[str, ProgramPart] = {}
    for key in PART_KEYS:
        table = doc.get(key)
        if not isinstance(table, dict):
            raise ProgramDataError(f"[{key}]: missing")
        low = _number(table, "min", key, required=True)
        high = _number(table, "max", key, required=False)
        assert low is not None
        if high is not None and high < low:
            raise ProgramDataError(f"{key}.max: below min")
        period = table.get("period")
        if period not in _PERIODS:
            raise ProgramDataError(f"{key}.period: must be one of {', '.join(_PERIODS)}")
        ours = table.get("ours") is True
        source = table.get("source")
        if ours == (source is not None):
            raise ProgramDataError(f"{key}: give either a source or ours = true")
        if ours and not table.get("reference"):
            raise ProgramDataError(f"{key}: our own figure needs a reference")
        parts[key] = ProgramPart(
            key=key,
            label=str(table.get("label", key)),
            low=low,
            high=high,
            period=str(period),
            unit=str(table.get("unit", "")),
            source=source if isinstance(source, str) else None,
            reference=str(table.get("reference", "")),
            session_minutes=_number(table, "session_minutes", key, required=key == "cardio"),
            exercise=table.get("exercise") if key == "massage" else None,
            routine=table.get("routine") if key == "home_complex" else None,
        )
    if not parts["massage"].exercise or not parts["home_complex"].routine:
        raise ProgramDataError("massage.exercise and home_complex.routine are required")
    return parts


@cache
def _load(path: Path) -> dict[str, ProgramPart]:
    with path.open("rb") as fh:
        return parse_program(tomllib.load(fh))


def load_program(path: Path | None = None) -> dict[str, ProgramPart]:
    """The program's parts by key (cached per file)."""
    return _load(path or PROGRAM_PATH)
