"""Reading the library from the database: every exercise, or one by slug, as detached rows.

Archived exercises (a person's own they retired) are left out of listings unless asked for:
every picker (routine editor, Workout tab, import mapping) lists only the ones in use, and the
Library tab asks for all of them and filters them in or out. `get_exercise` finds any exercise,
archived or not, since history and routines keep pointing at it.
"""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from core.library.rows import ExerciseRow
from core.store.models import Exercise
from core.store.rows import row_from


def list_exercises(*, session: Session, include_archived: bool = False) -> list[ExerciseRow]:
    """The exercises in the database (builtin and the person's own), sorted by name; archived
    ones only with `include_archived`."""
    query = select(Exercise)
    if not include_archived:
        query = query.where(Exercise.archived.is_(False))
    rows = [row_from(ExerciseRow, ex) for ex in session.scalars(query)]
    rows.sort(key=lambda r: (r.name.casefold(), r.slug))
    return rows


def get_exercise(slug: str, *, session: Session) -> ExerciseRow | None:
    """The exercise with this slug (archived or not), or None."""
    ex = session.scalars(select(Exercise).where(Exercise.slug == slug)).first()
    return row_from(ExerciseRow, ex) if ex is not None else None
