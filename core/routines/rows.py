"""The row types of a routine, written once: column lists and JSON keys derive from them.

`RoutineRow` (with its `ItemRow`s) is a routine as stored, detached from any session. The field
order is the key order of `backline routines --json`; a field marked `_NOT_JSON` stays out of
the JSON, and `_json_as(key)` gives a field another key there. `ROUTINE_FIELDS` and
`ITEM_FIELDS` are those JSON keys, in order. No SQLAlchemy here.
"""

from __future__ import annotations

from dataclasses import Field, dataclass, field, fields
from typing import Any

_NOT_JSON: dict[str, Any] = {"json": None}


def _json_as(key: str) -> dict[str, Any]:
    return {"json": key}


@dataclass(frozen=True)
class ItemRow:
    """A stored routine item with its exercise's slug, name and mode: all a player needs."""

    id: int = field(metadata=_NOT_JSON)
    position: int = field(metadata=_NOT_JSON)
    exercise_id: int = field(metadata=_NOT_JSON)
    exercise_slug: str = field(metadata=_json_as("exercise"))
    exercise_name: str
    exercise_mode: str = field(metadata=_NOT_JSON)
    mode: str
    sets: int
    reps_min: int | None
    reps_max: int | None
    hold_seconds: int | None
    duration_minutes: int | None
    per_side: bool
    rest_seconds: int
    rest_after_seconds: int
    weight_kg: float | None
    circuit: int | None
    rounds: int | None
    note: str
    defaults: tuple[str, ...]
    count_up: bool = False
    """Hold or duration: "as long as you can"; hold_seconds / duration_minutes is the mark."""
    weight_step_kg: float | None = None
    """Reps: the weight progression adds at a time (None: the equipment's default step)."""


@dataclass(frozen=True)
class RoutineRow:
    id: int = field(metadata=_NOT_JSON)
    name: str
    source: str | None
    builtin: bool
    builtin_key: str | None
    summary: str
    sessions_per_week_min: int | None
    sessions_per_week_max: int | None
    defaults: tuple[str, ...]
    items: tuple[ItemRow, ...]
    suggestions_enabled: bool = field(metadata=_NOT_JSON)


def _json_key(f: Field[Any]) -> str | None:
    key: str | None = f.metadata.get("json", f.name)
    return key


def _json_fields(cls: type) -> tuple[tuple[str, str], ...]:
    """(attribute, JSON key) of each field of `cls` that goes into the JSON, in order."""
    return tuple((f.name, key) for f in fields(cls) if (key := _json_key(f)) is not None)


_ITEM_JSON = _json_fields(ItemRow)
_ROUTINE_JSON = _json_fields(RoutineRow)
# The JSON keys of `backline routines --json`, in order: a routine's and each of its items'.
ROUTINE_FIELDS: tuple[str, ...] = tuple(key for _, key in _ROUTINE_JSON)
ITEM_FIELDS: tuple[str, ...] = tuple(key for _, key in _ITEM_JSON)
# The prescription an item stores besides its place and its exercise (routine_items columns).
ITEM_VALUE_FIELDS: tuple[str, ...] = tuple(
    f.name
    for f in fields(ItemRow)
    if f.name not in ("id", "position") and not f.name.startswith("exercise_")
)

# Those given as numbers (the circuit number is the grouping, not a prescription).
ITEM_NUMBER_FIELDS: tuple[str, ...] = tuple(
    name
    for name in ITEM_VALUE_FIELDS
    if name not in ("mode", "per_side", "circuit", "note", "defaults", "count_up")
)


def _plain(value: Any) -> Any:
    return list(value) if isinstance(value, tuple) else value


def item_to_json(item: ItemRow) -> dict[str, Any]:
    """One item as plain JSON data (keys ITEM_FIELDS)."""
    return {key: _plain(getattr(item, name)) for name, key in _ITEM_JSON}


def routine_to_json(row: RoutineRow) -> dict[str, Any]:
    """The routine as plain JSON data (`backline routines --json`; keys ROUTINE_FIELDS)."""
    out = {key: _plain(getattr(row, name)) for name, key in _ROUTINE_JSON}
    out["items"] = [item_to_json(item) for item in row.items]
    return out
