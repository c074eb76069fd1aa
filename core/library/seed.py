"""Seeding: bring the builtin exercises and ready-made routines in the database to the TOML.

Seeding is idempotent: builtin exercises are matched by slug, ready-made routines by
`builtin_key`. Rows the user made (builtin=False, builtin_key NULL) are never touched, and
nothing is ever deleted (logged sets may reference any exercise). Seed functions take the
caller's session and never commit (DESIGN.md rule 2).
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from core.library.rows import ENTRY_FIELDS, LIST_FIELDS
from core.library.schema import LibraryDataError, load_library, load_routine_templates
from core.routines.rows import ITEM_VALUE_FIELDS
from core.store.models import Exercise, Routine, RoutineItem


@dataclass(frozen=True)
class SeedResult:
    inserted: int = 0
    updated: int = 0
    unchanged: int = 0
    skipped: int = 0  # a user's own row holds the slug: left alone
    changed: tuple[str, ...] = ()  # slugs / keys inserted or updated, in file order


_EXERCISE_FIELDS = tuple(name for name in ENTRY_FIELDS if name != "slug")


def _stored(value: Any, key: str) -> Any:
    return list(value) if key in LIST_FIELDS else value


def seed_library(*, session: Session, path: Path | None = None) -> SeedResult:
    """Insert or update the builtin exercises from library.toml, matched by slug.

    Rows with builtin=False are left alone, and no row is ever deleted. Does not commit.
    """
    _, entries = load_library(path)
    existing = {row.slug: row for row in session.scalars(select(Exercise))}
    inserted = updated = unchanged = skipped = 0
    changed: list[str] = []
    for entry in entries:
        row = existing.get(entry.slug)
        if row is None:
            row = Exercise(slug=entry.slug, builtin=True)
            for key in _EXERCISE_FIELDS:
                setattr(row, key, _stored(getattr(entry, key), key))
            session.add(row)
            inserted += 1
            changed.append(entry.slug)
            continue
        if not row.builtin:
            skipped += 1
            continue
        dirty = False
        for key in _EXERCISE_FIELDS:
            want = _stored(getattr(entry, key), key)
            if getattr(row, key) != want:
                setattr(row, key, want)
                dirty = True
        if dirty:
            updated += 1
            changed.append(entry.slug)
        else:
            unchanged += 1
    return SeedResult(inserted, updated, unchanged, skipped, tuple(changed))


def _free_name(session: Session, wanted: str, key: str) -> str:
    """The template's name, or a suffixed one if a user's routine already holds that name."""
    name, n = wanted, 1
    while True:
        holder = session.scalars(select(Routine).where(Routine.name == name)).first()
        if holder is None or holder.builtin_key == key:
            return name
        n += 1
        name = f"{wanted} (ready-made)" if n == 2 else f"{wanted} (ready-made {n - 1})"


def seed_routines(
    *,
    session: Session,
    path: Path | None = None,
    library_path: Path | None = None,
) -> SeedResult:
    """Insert the ready-made routines by builtin_key, or bring existing ones back to the TOML.

    The exercises must be seeded (flushed) first. Items are updated in place by position, so
    logged sets keep pointing at the same item ids. Does not commit.
    """
    templates = load_routine_templates(path, library_path=library_path)
    ids: dict[str, int] = {
        slug: id_ for slug, id_ in session.execute(select(Exercise.slug, Exercise.id))
    }
    inserted = updated = unchanged = 0
    changed: list[str] = []
    for tpl in templates:
        for item in tpl.items:
            if item.exercise not in ids:
                raise LibraryDataError(
                    f"routine {tpl.key!r}: exercise {item.exercise!r} is not in the database; "
                    "seed the library first"
                )
        routine = session.scalars(select(Routine).where(Routine.builtin_key == tpl.key)).first()
        head = {
            "name": _free_name(session, tpl.name, tpl.key),
            "source": tpl.source,
            "summary": tpl.summary,
            "sessions_per_week_min": tpl.sessions_per_week_min,
            "sessions_per_week_max": tpl.sessions_per_week_max,
            "defaults": list(tpl.defaults),
        }
        is_new = routine is None
        if routine is None:
            routine = Routine(builtin_key=tpl.key, **head)
            session.add(routine)
        dirty = False
        for key, want in head.items():
            if getattr(routine, key) != want:
                setattr(routine, key, want)
                dirty = True
        current = list(routine.items) if not is_new else []
        for position, item in enumerate(tpl.items):
            want_item: dict[str, Any] = {
                key: _stored(getattr(item, key), key) for key in ITEM_VALUE_FIELDS
            }
            want_item["exercise_id"] = ids[item.exercise]
            if position < len(current):
                row = current[position]
                for key, want in want_item.items():
                    if getattr(row, key) != want:
                        setattr(row, key, want)
                        dirty = True
            else:
                routine.items.append(RoutineItem(position=position, **want_item))
                dirty = True
        for row in current[len(tpl.items) :]:
            routine.items.remove(row)
            dirty = True
        if is_new:
            inserted += 1
            changed.append(tpl.key)
        elif dirty:
            updated += 1
            changed.append(tpl.key)
        else:
            unchanged += 1
    return SeedResult(inserted, updated, unchanged, 0, tuple(changed))
