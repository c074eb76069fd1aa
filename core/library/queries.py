"""Reading the library from the database: every exercise, or one by slug, as detached rows."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from core.library.rows import ExerciseRow
from core.store.models import Exercise
from core.store.rows import row_from


def list_exercises(*, session: Session) -> list[ExerciseRow]:
    """Every exercise in the database (builtin and the user's own), sorted by name."""
    rows = [row_from(ExerciseRow, ex) for ex in session.scalars(select(Exercise))]
    rows.sort(key=lambda r: (r.name.casefold(), r.slug))
    return rows


def get_exercise(slug: str, *, session: Session) -> ExerciseRow | None:
    """The exercise with this slug, or None."""
    ex = session.scalars(select(Exercise).where(Exercise.slug == slug)).first()
    return row_from(ExerciseRow, ex) if ex is not None else None
