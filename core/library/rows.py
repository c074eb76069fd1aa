"""The row types of the library, written once: every column list and JSON key derives from them.

`LibraryEntry` is an exercise as resources/library.toml gives it; `ExerciseRow` is one as
stored (an entry plus its id, whether it is builtin and whether it is archived). Fields added
after the first release are keyword-only with a default, so older callers still build rows. `EXERCISE_FIELDS` are the JSON keys of
`backline library --json`, in order. No SQLAlchemy here: core.store.quick_read builds its
column list from these rows before SQLAlchemy is imported.
"""

from __future__ import annotations

import typing
from dataclasses import dataclass, field, fields
from typing import Any

from core.store.rows import field_kinds


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
    positions: tuple[str, ...] = field(default=(), kw_only=True)
    """Hold mode: the timed positions of one rep, in order, each held hold_seconds (cat-cow:
    rounded, arched); empty for a hold of one position."""
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
    archived: bool = field(default=False, kw_only=True)
    """A person's own exercise they retired: kept for its history, hidden from pickers."""


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


# The fields of an entry as library.toml gives it (all stored as columns of the same names).
ENTRY_FIELDS: tuple[str, ...] = tuple(f.name for f in fields(LibraryEntry))
# Those stored as JSON lists (tuples in the rows).
LIST_FIELDS = frozenset(name for name, kind in field_kinds(LibraryEntry) if kind == "tuple")
BOOL_FIELDS = frozenset(name for name, kind in field_kinds(ExerciseRow) if kind == "bool")
# The JSON keys of a stored exercise, in order: the row's fields but its database id.
EXERCISE_FIELDS: tuple[str, ...] = tuple(f.name for f in fields(ExerciseRow) if f.name != "id")
# The columns of the exercises table a row is read from.
EXERCISE_COLUMNS: tuple[str, ...] = tuple(f.name for f in fields(ExerciseRow))
