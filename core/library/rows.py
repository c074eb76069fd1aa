"""The row types of the library, written once: every column list and JSON key derives from them.

`LibraryEntry` is an exercise as resources/library.toml gives it; `ExerciseRow` is one as
stored (an entry plus its id and whether it is builtin). `EXERCISE_FIELDS` are the JSON keys of
`backline library --json`, in order. No SQLAlchemy here: core.store.quick_read builds its
column list from these rows before SQLAlchemy is imported.
"""

from __future__ import annotations

import types
import typing
from dataclasses import dataclass, fields
from typing import Any, TypeVar

T = TypeVar("T")


@dataclass(frozen=True)
class SourceArticle:
    file: str
    title: str
    title_is_ours: bool = False  # the article has no title line; this one is ours


@dataclass(frozen=True)
class LibraryEntry:
    """An exercise as library.toml gives it (the field order is the JSON key order)."""

    slug: str
    name: str
    kind: str
    mode: str
    per_side: bool
    sets: int | None
    reps_min: int | None
    reps_max: int | None
    hold_seconds: int | None
    rest_seconds: int | None
    duration_minutes: int | None
    sessions_per_week_min: int | None
    sessions_per_week_max: int | None
    equipment: tuple[str, ...]
    muscles: tuple[str, ...]
    impact: str | None
    cautions: tuple[str, ...]
    variations: tuple[str, ...]
    sources: tuple[str, ...]
    defaults: tuple[str, ...]
    summary: str
    instructions: tuple[str, ...]


@dataclass(frozen=True)
class ExerciseRow(LibraryEntry):
    """An exercise as stored (builtin or the user's own), detached from any session."""

    id: int
    builtin: bool


def exercise_to_json(
    row: LibraryEntry,
    *,
    sources: typing.Mapping[str, SourceArticle] | None = None,
) -> dict[str, Any]:
    """A JSON-ready dict of an exercise: lists for list fields, None where a field does not apply.

    A stored row also gives `builtin`. With `sources` (from load_library), adds `source_titles`
    in the order of the row's `sources`.
    """
    out: dict[str, Any] = {}
    for f in fields(row):
        if f.name == "id":
            continue
        value = getattr(row, f.name)
        out[f.name] = list(value) if isinstance(value, tuple) else value
    if sources is not None:
        out["source_titles"] = [sources[s].title if s in sources else s for s in row.sources]
    return out


# --- building a row from a stored object -------------------------------------------------------


_KINDS: dict[type, tuple[tuple[str, str], ...]] = {}


def _kinds(cls: type) -> tuple[tuple[str, str], ...]:
    """(field, kind) for each field of the dataclass `cls`: kind is tuple, bool, str, int or ''."""
    if cls in _KINDS:
        return _KINDS[cls]
    hints = typing.get_type_hints(cls)
    out = []
    for f in fields(cls):
        hint = hints[f.name]
        if typing.get_origin(hint) is tuple:
            kind = "tuple"
        elif isinstance(hint, types.UnionType):
            kind = ""  # optional: taken as stored
        else:
            kind = {bool: "bool", str: "str", int: "int"}.get(hint, "")
        out.append((f.name, kind))
    _KINDS[cls] = tuple(out)
    return _KINDS[cls]


# The fields of an entry as library.toml gives it (all stored as columns of the same names).
ENTRY_FIELDS: tuple[str, ...] = tuple(f.name for f in fields(LibraryEntry))
# Those stored as JSON lists (tuples in the rows).
LIST_FIELDS = frozenset(name for name, kind in _kinds(LibraryEntry) if kind == "tuple")
BOOL_FIELDS = frozenset(name for name, kind in _kinds(ExerciseRow) if kind == "bool")
# The JSON keys of a stored exercise, in order: the row's fields but its database id.
EXERCISE_FIELDS: tuple[str, ...] = tuple(f.name for f in fields(ExerciseRow) if f.name != "id")
# The columns of the exercises table a row is read from.
EXERCISE_COLUMNS: tuple[str, ...] = tuple(f.name for f in fields(ExerciseRow))


def row_from(cls: type[T], obj: object, **given: Any) -> T:
    """The frozen dataclass `cls` filled from the attributes of `obj` of the same names.

    `given` overrides or supplies fields `obj` has not. Stored NULLs and lists become the row's
    plain types: a tuple (empty for NULL), a bool, "" for a str and 0 for an int.
    """
    values: dict[str, Any] = {}
    for name, kind in _kinds(cls):
        value = given[name] if name in given else getattr(obj, name)
        if kind == "tuple":
            value = tuple(value or ())
        elif kind == "bool":
            value = bool(value)
        elif kind == "str":
            value = value or ""
        elif kind == "int" and value is None:
            value = 0
        values[name] = value
    return cls(**values)
