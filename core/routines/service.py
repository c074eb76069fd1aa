"""Routine services: list, create, rename, duplicate, delete, save and restore routines.

Routines are read as frozen `RoutineRow`s (core.routines.rows) and edited as drafts
(core.routines.drafts). `save_routine` checks the whole draft first (core.routines.validation)
and raises `RoutineValidationError` with every problem found; only then does it write, so
nothing is written half-way. Items keep their ids when they are kept (logged sets point at
them); removed ones go, new ones are added.

Ready-made routines (builtin_key set) belong to resources/routines.toml: they are never changed
by these services. Saving a draft of one creates the user's own copy; `restore_builtin` brings
one back to the article's version. Functions take the caller's session and never commit; every
write returns `Changes`, or `Outcome(row, changes)` when the caller needs the stored routine.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import replace
from typing import Any

from sqlalchemy import Select, select
from sqlalchemy.orm import Session, selectinload

from core.changes import Changes, Outcome
from core.i18n import translate
from core.library.localized import data_text
from core.library.schema import LibraryDataError, load_routine_templates
from core.routines.drafts import ItemDraft, RoutineDraft, item_draft
from core.routines.rows import ITEM_VALUE_FIELDS, ItemRow, RoutineRow
from core.routines.validation import (
    NAME_MAX,
    Problem,
    RoutineError,
    RoutineValidationError,
    check_draft,
    name_problem,
)
from core.store.models import Exercise, Routine, RoutineItem
from core.store.rows import row_from

_CHANGED = Changes(routines=True)


# --- reading -------------------------------------------------------------------------------------


def _item_row(item: RoutineItem) -> ItemRow:
    ex = item.exercise
    return row_from(
        ItemRow, item, exercise_slug=ex.slug, exercise_name=ex.name, exercise_mode=ex.mode
    )


def _row(routine: Routine) -> RoutineRow:
    items = sorted(routine.items, key=lambda i: i.position)
    return row_from(
        RoutineRow,
        routine,
        builtin=routine.builtin_key is not None,
        items=tuple(_item_row(item) for item in items),
    )


def _query() -> Select[Routine]:
    return select(Routine).options(selectinload(Routine.items).selectinload(RoutineItem.exercise))


def list_routines(*, session: Session) -> list[RoutineRow]:
    """Every routine: the ready-made ones first, then the user's, each group by name."""
    rows = [_row(r) for r in session.scalars(_query())]
    rows.sort(key=lambda r: (not r.builtin, r.name.casefold(), r.id))
    return rows


def _load(routine_id: int, session: Session) -> Routine:
    routine = session.scalars(_query().where(Routine.id == routine_id)).first()
    if routine is None:
        raise RoutineError(
            translate("core.routines.service", "routine {id} does not exist").format(id=routine_id)
        )
    return routine


def get_routine(routine_id: int, *, session: Session) -> RoutineRow:
    return _row(_load(routine_id, session))


# --- writing -------------------------------------------------------------------------------------


def _name_taken(session: Session, name: str, except_id: int | None = None) -> bool:
    """Whether another routine has this name, ignoring case and surrounding spaces."""
    wanted = name.strip().casefold()
    others = session.execute(select(Routine.id, Routine.name)).all()
    return any(n.strip().casefold() == wanted and i != except_id for i, n in others)


def _checked_name(session: Session, name: str, except_id: int | None = None) -> str:
    msg = name_problem(name)
    if msg is None and _name_taken(session, name, except_id):
        msg = _name_used()
    if msg:
        raise RoutineValidationError([(None, "name", msg)])
    return name.strip()


def unique_name(session: Session, base: str) -> str:
    """`base`, or `base (2)`, `base (3)`... whichever no routine uses (at most 120 chars)."""
    base = base.strip()[:NAME_MAX]
    name, n = base, 1
    while _name_taken(session, name):
        n += 1
        suffix = f" ({n})"
        name = base[: NAME_MAX - len(suffix)] + suffix
    return name


def create_routine(name: str, *, session: Session) -> Outcome[RoutineRow]:
    """A new empty routine of the user's own."""
    routine = Routine(name=_checked_name(session, name), summary="", defaults=[])
    session.add(routine)
    session.flush()
    return Outcome(get_routine(routine.id, session=session), _CHANGED)


def _name_used() -> str:
    return translate("core.routines.service", "is already used by another routine")


def _user_routine(routine_id: int, session: Session, action: str) -> Routine:
    """The person's own routine `routine_id`, or RoutineError when it is ready-made; `action`
    is "renamed" or "deleted"."""
    routine = _load(routine_id, session)
    if routine.builtin_key is not None:
        name = data_text(routine.name)
        if action == "renamed":
            message = translate(
                "core.routines.service", "“{name}” is ready-made and cannot be renamed"
            )
        else:
            message = translate(
                "core.routines.service", "“{name}” is ready-made and cannot be deleted"
            )
        raise RoutineError(message.format(name=name))
    return routine


def rename_routine(routine_id: int, name: str, *, session: Session) -> Outcome[RoutineRow]:
    routine = _user_routine(routine_id, session, "renamed")
    routine.name = _checked_name(session, name, except_id=routine_id)
    session.flush()
    return Outcome(get_routine(routine_id, session=session), _CHANGED)


def _copy_items(
    source: Iterable[RoutineItem | ItemDraft], ids: Mapping[str, int]
) -> list[RoutineItem]:
    out = []
    for position, item in enumerate(source):
        slug = item.exercise.slug if isinstance(item, RoutineItem) else item.exercise_slug
        out.append(RoutineItem(position=position, exercise_id=ids[slug], **_item_values(item)))
    return out


def _item_values(item: RoutineItem | ItemDraft) -> dict[str, Any]:
    """The routine_items columns (but place and exercise) for a stored item or a draft's."""
    values = {key: getattr(item, key) for key in ITEM_VALUE_FIELDS}
    values.update(
        per_side=bool(item.per_side),
        rest_seconds=item.rest_seconds or 0,
        rest_after_seconds=item.rest_after_seconds or 0,
        weight_kg=None if item.weight_kg is None else float(item.weight_kg),
        count_up=bool(item.count_up),
        weight_step_kg=None if item.weight_step_kg is None else float(item.weight_step_kg),
        note=item.note or "",
        defaults=list(item.defaults or ()),
    )
    return values


def _exercise_ids(session: Session) -> dict[str, int]:
    return {slug: id_ for slug, id_ in session.execute(select(Exercise.slug, Exercise.id))}


def duplicate_routine(routine_id: int, *, session: Session) -> Outcome[RoutineRow]:
    """A user copy named "Copy of <name>" (made unique); the source article is kept."""
    original = _load(routine_id, session)
    copy = Routine(
        name=unique_name(session, f"Copy of {original.name}"),
        builtin_key=None,
        source=original.source,
        summary=original.summary,
        sessions_per_week_min=original.sessions_per_week_min,
        sessions_per_week_max=original.sessions_per_week_max,
        defaults=list(original.defaults or ()),
        suggestions_enabled=original.suggestions_enabled,
    )
    copy.items = _copy_items(original.items, _exercise_ids(session))
    session.add(copy)
    session.flush()
    return Outcome(get_routine(copy.id, session=session), _CHANGED)


def delete_routine(routine_id: int, *, session: Session) -> Changes:
    """Delete a user routine. Workouts done with it keep their sets (their link is cleared)."""
    routine = _user_routine(routine_id, session, "deleted")
    session.delete(routine)
    session.flush()
    return Changes(routines=True, workouts=True)


def _circuits_in_order(items: Sequence[ItemDraft]) -> tuple[ItemDraft, ...]:
    """Circuit numbers 1, 2, ... in order of appearance (grouping unchanged)."""
    numbers: dict[int, int] = {}
    out = []
    for item in items:
        if item.circuit is None:
            out.append(item)
        else:
            number = numbers.setdefault(item.circuit, len(numbers) + 1)
            out.append(replace(item, circuit=number))
    return tuple(out)


def save_routine(draft: RoutineDraft, *, session: Session) -> Outcome[RoutineRow]:
    """Validate the whole draft, then write it; returns the stored routine.

    A draft of a ready-made routine is saved as the user's own copy ("My <name>" when the name
    was kept) and that copy is returned; the ready-made routine is left as it is. A draft with
    id None is created. Raises RoutineValidationError (nothing written) on any problem.
    """
    problems = check_draft(draft)
    ids = _exercise_ids(session)
    for i, item in enumerate(draft.items):
        if item.exercise_slug and item.exercise_slug not in ids:
            problems.append(
                Problem(
                    i,
                    "exercise",
                    translate("core.routines.service", "“{exercise}” is not in the library").format(
                        exercise=item.exercise_slug
                    ),
                )
            )

    routine: Routine | None = None
    make_copy = draft.id is None
    if draft.id is not None:
        routine = _load(draft.id, session)
        if routine.builtin_key is not None:
            make_copy = True
    name = draft.name.strip()
    shown_names = (
        {routine.name.strip().casefold(), data_text(routine.name).strip().casefold()}
        if routine is not None
        else set()
    )
    if make_copy and routine is not None and name.casefold() in shown_names:
        # the copy of a ready-made routine saved under its own name (as the editor showed it,
        # in the language in use) is the person's: "My <name>"
        name = unique_name(
            session,
            translate("core.routines.service", "My {name}").format(name=data_text(routine.name)),
        )
    elif not any(p.field == "name" for p in problems) and _name_taken(
        session, name, None if make_copy else draft.id
    ):
        problems.append(Problem(None, "name", _name_used()))
    if problems:
        raise RoutineValidationError(problems)

    items = _circuits_in_order(draft.items)
    head = {
        "name": name,
        "summary": draft.summary.strip(),
        "sessions_per_week_min": draft.sessions_per_week_min,
        "sessions_per_week_max": draft.sessions_per_week_max,
        "suggestions_enabled": draft.suggestions_enabled,
        "defaults": list(draft.defaults),
    }
    if make_copy:
        source = routine.source if routine is not None else draft.source
        new = Routine(builtin_key=None, source=source, **head)
        new.items = _copy_items(items, ids)
        session.add(new)
        session.flush()
        return Outcome(get_routine(new.id, session=session), _CHANGED)

    assert routine is not None
    for key, value in head.items():
        if getattr(routine, key) != value:
            setattr(routine, key, value)
    _replace_items(session, routine, items, ids)
    session.flush()
    session.expire(routine)
    return Outcome(get_routine(routine.id, session=session), _CHANGED)


def _replace_items(
    session: Session, routine: Routine, items: Sequence[ItemDraft], ids: Mapping[str, int]
) -> None:
    """Make the routine's items exactly `items`, keeping the rows (and ids) of kept items."""
    existing = {row.id: row for row in routine.items}
    kept = {item.id for item in items if item.id in existing}
    for row_id, row in list(existing.items()):
        if row_id not in kept:
            routine.items.remove(row)
    # Park kept rows on positions no final position uses, so the unique (routine, position)
    # constraint holds at every flush while items trade places.
    for n, row_id in enumerate(kept):
        existing[row_id].position = -1 - n
    session.flush()
    for position, item in enumerate(items):
        values = _item_values(item)
        values["exercise_id"] = ids[item.exercise_slug]
        if item.id in kept:
            row = existing[item.id]
            row.position = position
            for key, value in values.items():
                if getattr(row, key) != value:
                    setattr(row, key, value)
        else:
            routine.items.append(RoutineItem(position=position, **values))


def restore_builtin(key: str, *, session: Session) -> Outcome[RoutineRow]:
    """Put the ready-made routine `key` back to its version in resources/routines.toml."""
    templates = {t.key: t for t in load_routine_templates()}
    if key not in templates:
        raise RoutineError(
            translate("core.routines.service", "there is no ready-made routine {key}").format(
                key=repr(key)
            )
        )
    tpl = templates[key]
    ids = _exercise_ids(session)
    for item in tpl.items:
        if item.exercise not in ids:
            raise LibraryDataError(f"routine {key!r}: exercise {item.exercise!r} is not seeded")
    routine = session.scalars(_query().where(Routine.builtin_key == key)).first()
    name = tpl.name
    holder = session.scalars(select(Routine).where(Routine.name == name)).first()
    if holder is not None and holder.builtin_key != key:
        name = unique_name(session, f"{tpl.name} (ready-made)")
    if routine is None:
        routine = Routine(builtin_key=key)
        session.add(routine)
    routine.name = name
    routine.source = tpl.source
    routine.summary = tpl.summary
    routine.sessions_per_week_min = tpl.sessions_per_week_min
    routine.sessions_per_week_max = tpl.sessions_per_week_max
    routine.defaults = list(tpl.defaults)
    drafts = [item_draft(item, exercise_slug=item.exercise) for item in tpl.items]
    # Keep item rows by position, as seeding does, so logged sets keep their links.
    current = sorted(routine.items, key=lambda r: r.position)
    drafts = [
        replace(d, id=current[i].id) if i < len(current) and current[i].id else d
        for i, d in enumerate(drafts)
    ]
    session.flush()
    _replace_items(session, routine, drafts, ids)
    session.flush()
    session.expire(routine)
    return Outcome(get_routine(routine.id, session=session), _CHANGED)
