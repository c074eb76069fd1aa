"""Routine services: list, create, rename, duplicate, delete, validate and save routines.

A routine is read as a frozen `RoutineRow` (with its `ItemRow`s) and edited as a frozen
`RoutineDraft` (with `ItemDraft`s): the editor replaces its draft on each change, which makes
undo a list of earlier drafts. The helpers that change a draft (`move_item`, `group_circuit`,
`ungroup_circuit`, `with_item`, ...) are pure and return a new draft.

`save_routine` checks the whole draft first and raises `RoutineValidationError` with every
problem found; only then does it write, so nothing is written half-way. Items keep their ids
when they are kept (logged sets point at them); removed ones go, new ones are added.

Ready-made routines (builtin_key set) belong to resources/routines.toml: they are never changed
by these services. Saving a draft of one creates the user's own copy; `restore_builtin` brings
one back to the article's version. Functions take the caller's session and never commit.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from typing import Any, NamedTuple

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from core import bounds, units
from core.changes import Changes
from core.library.schema import LibraryDataError, load_routine_templates
from core.store.models import Exercise, Routine, RoutineItem

MODES = ("reps", "hold", "duration")
NAME_MAX = bounds.text_bound(bounds.ROUTINE, "name").max_chars
NOTE_MAX = bounds.text_bound(bounds.PRESCRIPTION, "note").max_chars
SUMMARY_MAX = bounds.text_bound(bounds.ROUTINE, "summary").max_chars

# The prescription fields an item carries (besides exercise, note, circuit and defaults).
ITEM_NUMBER_FIELDS = (
    "sets",
    "reps_min",
    "reps_max",
    "hold_seconds",
    "duration_minutes",
    "rest_seconds",
    "rest_after_seconds",
    "weight_kg",
    "rounds",
)

# Words for messages: the field names a person sees in the editor.
FIELD_LABELS: dict[str, str] = {
    "name": "Name",
    "summary": "Summary",
    "sessions_per_week_min": "Sessions a week (min)",
    "sessions_per_week_max": "Sessions a week (max)",
    "exercise": "Exercise",
    "mode": "Mode",
    "sets": "Sets",
    "reps_min": "Reps (min)",
    "reps_max": "Reps (max)",
    "hold_seconds": "Hold",
    "duration_minutes": "Duration",
    "per_side": "Per side",
    "rest_seconds": "Rest between sets",
    "rest_after_seconds": "Rest after",
    "weight_kg": "Target weight",
    "note": "Note",
    "circuit": "Circuit",
    "rounds": "Rounds",
}

_REQUIRED_BY_MODE = {"reps": "reps_min", "hold": "hold_seconds", "duration": "duration_minutes"}


# --- errors --------------------------------------------------------------------------------------


class RoutineError(ValueError):
    """A routine action that cannot be done (unknown id, a ready-made routine, ...)."""


class Problem(NamedTuple):
    """One thing wrong in a draft: the item index (None for the routine), field, message."""

    item: int | None
    field: str
    message: str

    def text(self) -> str:
        where = "" if self.item is None else f"Item {self.item + 1}: "
        return f"{where}{FIELD_LABELS.get(self.field, self.field)} {self.message}"


class RoutineValidationError(RoutineError):
    """The draft has problems; nothing was written. `problems` lists them all."""

    def __init__(self, problems: Sequence[tuple[int | None, str, str]]) -> None:
        self.problems = [Problem(*p) for p in problems]
        super().__init__("; ".join(p.text() for p in self.problems))


# --- rows (read) ---------------------------------------------------------------------------------


@dataclass(frozen=True)
class ItemRow:
    """A stored routine item with its exercise's slug, name and mode: all a player needs."""

    id: int
    position: int
    exercise_id: int
    exercise_slug: str
    exercise_name: str
    exercise_mode: str
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
    note: str
    circuit: int | None
    rounds: int | None
    defaults: tuple[str, ...]


@dataclass(frozen=True)
class RoutineRow:
    id: int
    name: str
    builtin: bool
    builtin_key: str | None
    source: str | None
    summary: str
    sessions_per_week_min: int | None
    sessions_per_week_max: int | None
    suggestions_enabled: bool
    defaults: tuple[str, ...]
    items: tuple[ItemRow, ...]


# --- drafts (edit) -------------------------------------------------------------------------------


@dataclass(frozen=True)
class ItemDraft:
    """One item being edited. `id` is the stored item's id (None for a new one)."""

    exercise_slug: str
    exercise_name: str = ""
    exercise_mode: str = "reps"
    mode: str = "reps"
    sets: int | None = 1
    reps_min: int | None = None
    reps_max: int | None = None
    hold_seconds: int | None = None
    duration_minutes: int | None = None
    per_side: bool = False
    rest_seconds: int | None = 0
    rest_after_seconds: int | None = 0
    weight_kg: float | None = None
    note: str = ""
    circuit: int | None = None
    rounds: int | None = None
    defaults: tuple[str, ...] = ()
    id: int | None = None

    def edited(self, **changes: Any) -> ItemDraft:
        """A copy with `changes`; a field given a new value is no longer marked as our default."""
        changed = {k for k, v in changes.items() if getattr(self, k) != v}
        defaults = tuple(d for d in self.defaults if d not in changed)
        return replace(self, defaults=defaults, **changes)


@dataclass(frozen=True)
class RoutineDraft:
    """A routine being edited. `id` None means not stored yet; `builtin_key` says ready-made."""

    name: str
    id: int | None = None
    builtin_key: str | None = None
    source: str | None = None
    summary: str = ""
    sessions_per_week_min: int | None = None
    sessions_per_week_max: int | None = None
    suggestions_enabled: bool = True
    defaults: tuple[str, ...] = ()
    items: tuple[ItemDraft, ...] = field(default_factory=tuple)

    @property
    def builtin(self) -> bool:
        return self.builtin_key is not None

    def edited(self, **changes: Any) -> RoutineDraft:
        changed = {k for k, v in changes.items() if getattr(self, k) != v}
        defaults = tuple(d for d in self.defaults if d not in changed)
        return replace(self, defaults=defaults, **changes)


def draft_from_row(row: RoutineRow) -> RoutineDraft:
    return RoutineDraft(
        id=row.id,
        name=row.name,
        builtin_key=row.builtin_key,
        source=row.source,
        summary=row.summary,
        sessions_per_week_min=row.sessions_per_week_min,
        sessions_per_week_max=row.sessions_per_week_max,
        suggestions_enabled=row.suggestions_enabled,
        defaults=row.defaults,
        items=tuple(
            ItemDraft(
                id=item.id,
                exercise_slug=item.exercise_slug,
                exercise_name=item.exercise_name,
                exercise_mode=item.exercise_mode,
                mode=item.mode,
                sets=item.sets,
                reps_min=item.reps_min,
                reps_max=item.reps_max,
                hold_seconds=item.hold_seconds,
                duration_minutes=item.duration_minutes,
                per_side=item.per_side,
                rest_seconds=item.rest_seconds,
                rest_after_seconds=item.rest_after_seconds,
                weight_kg=item.weight_kg,
                note=item.note,
                circuit=item.circuit,
                rounds=item.rounds,
                defaults=item.defaults,
            )
            for item in row.items
        ),
    )


def new_item(exercise: Any) -> ItemDraft:
    """An item for a library exercise (an ExerciseRow), with the library's prescription.

    Values the library leaves out get our defaults (3 sets, 10 reps, 30 s hold, 20 min, 60 s
    rest), marked as such in `defaults`.
    """
    mode = exercise.mode
    ours: list[str] = [d for d in exercise.defaults if d in ITEM_NUMBER_FIELDS or d == "per_side"]
    values: dict[str, Any] = {
        "sets": exercise.sets,
        "reps_min": exercise.reps_min,
        "reps_max": exercise.reps_max,
        "hold_seconds": exercise.hold_seconds,
        "duration_minutes": exercise.duration_minutes,
        "rest_seconds": exercise.rest_seconds,
    }
    fallback = {
        "sets": 1 if mode == "duration" else 3,
        "rest_seconds": 0 if mode == "duration" else 60,
    }
    fallback[_REQUIRED_BY_MODE[mode]] = {"reps": 10, "hold": 30, "duration": 20}[mode]
    for key, value in fallback.items():
        if values.get(key) is None:
            values[key] = value
            ours.append(key)
    if values["reps_min"] is not None and values["reps_max"] is None:
        values["reps_max"] = values["reps_min"]
    return ItemDraft(
        exercise_slug=exercise.slug,
        exercise_name=exercise.name,
        exercise_mode=mode,
        mode=mode,
        per_side=bool(exercise.per_side),
        defaults=tuple(dict.fromkeys(ours)),
        **values,
    )


def change_mode(item: ItemDraft, mode: str) -> ItemDraft:
    """The item in another mode, filling the field that mode needs with our default if empty."""
    if mode not in MODES:
        raise ValueError(f"unknown mode {mode!r}")
    need = _REQUIRED_BY_MODE[mode]
    changes: dict[str, Any] = {"mode": mode}
    if getattr(item, need) is None:
        changes[need] = {"reps_min": 10, "hold_seconds": 30, "duration_minutes": 20}[need]
        if need == "reps_min" and item.reps_max is None:
            changes["reps_max"] = changes["reps_min"]
    return item.edited(**changes)


# --- pure draft helpers --------------------------------------------------------------------------


def _renumber_runs(items: Sequence[ItemDraft]) -> tuple[ItemDraft, ...]:
    """Give each run of consecutive items sharing a circuit number its own number 1, 2, ...

    So a circuit split in two by an edit becomes two circuits, never one broken circuit.
    """
    out: list[ItemDraft] = []
    number = 0
    previous: int | None = None
    for item in items:
        if item.circuit is None:
            previous = None
            out.append(item if item.rounds is None else replace(item, rounds=None))
            continue
        if item.circuit != previous:
            number += 1
        previous = item.circuit
        out.append(item if item.circuit == number else replace(item, circuit=number))
    return tuple(out)


def _check_range(draft: RoutineDraft, first: int, last: int) -> None:
    if not 0 <= first <= last < len(draft.items):
        raise ValueError(f"items {first}..{last} are not in a routine of {len(draft.items)} items")


def group_circuit(
    draft: RoutineDraft, first_index: int, last_index: int, rounds: int
) -> RoutineDraft:
    """The draft with items first..last (inclusive) made one circuit of `rounds` rounds.

    Items taken out of another circuit leave it; what is left of that circuit stays grouped.
    """
    _check_range(draft, first_index, last_index)
    marker = -1  # a number no stored circuit uses, so the new run is told apart
    items = list(draft.items)
    for i in range(first_index, last_index + 1):
        items[i] = items[i].edited(circuit=marker, rounds=rounds)
    return replace(draft, items=_renumber_runs(items))


def ungroup_circuit(draft: RoutineDraft, first_index: int, last_index: int) -> RoutineDraft:
    """The draft with items first..last taken out of any circuit."""
    _check_range(draft, first_index, last_index)
    items = list(draft.items)
    for i in range(first_index, last_index + 1):
        items[i] = replace(items[i], circuit=None, rounds=None)
    return replace(draft, items=_renumber_runs(items))


def circuit_span(draft: RoutineDraft, index: int) -> tuple[int, int] | None:
    """First and last index of the circuit the item at `index` belongs to, or None."""
    circuit = draft.items[index].circuit
    if circuit is None:
        return None
    first = last = index
    while first > 0 and draft.items[first - 1].circuit == circuit:
        first -= 1
    while last + 1 < len(draft.items) and draft.items[last + 1].circuit == circuit:
        last += 1
    return first, last


def move_item(draft: RoutineDraft, from_index: int, to_index: int) -> RoutineDraft:
    """The draft with one item moved to `to_index` (its index after the move).

    An item dropped between two items of one circuit joins that circuit; a circuit item moved
    away from the rest of its circuit leaves it.
    """
    items = list(draft.items)
    if not (0 <= from_index < len(items) and 0 <= to_index < len(items)):
        raise ValueError(f"cannot move item {from_index} to {to_index} of {len(items)}")
    item = items.pop(from_index)
    items.insert(to_index, item)
    before = items[to_index - 1] if to_index > 0 else None
    after = items[to_index + 1] if to_index + 1 < len(items) else None
    if (
        before is not None
        and after is not None
        and before.circuit is not None
        and (before.circuit == after.circuit)
    ):
        if item.circuit != before.circuit:
            items[to_index] = replace(item, circuit=before.circuit, rounds=before.rounds)
    elif item.circuit is not None and not any(
        n is not None and n.circuit == item.circuit for n in (before, after)
    ):
        items[to_index] = replace(item, circuit=None, rounds=None)
    return replace(draft, items=_renumber_runs(items))


def remove_item(draft: RoutineDraft, index: int) -> RoutineDraft:
    items = list(draft.items)
    del items[index]
    return replace(draft, items=_renumber_runs(items))


def insert_item(draft: RoutineDraft, item: ItemDraft, index: int | None = None) -> RoutineDraft:
    """The draft with `item` inserted at `index` (default: at the end), outside any circuit."""
    items = list(draft.items)
    items.insert(len(items) if index is None else index, replace(item, circuit=None, rounds=None))
    return replace(draft, items=_renumber_runs(items))


def with_item(draft: RoutineDraft, index: int, item: ItemDraft) -> RoutineDraft:
    items = list(draft.items)
    items[index] = item
    return replace(draft, items=tuple(items))


# --- validation ----------------------------------------------------------------------------------


def _number_problem(index: int | None, key: str, value: Any) -> Problem | None:
    """A routine field (index None) or an item field checked against core.bounds."""
    table = bounds.ROUTINE if index is None else bounds.PRESCRIPTION
    try:
        bounds.check_number(key, value, bounds.number_bound(table, key))
    except bounds.InputError as exc:
        return Problem(index, key, exc.message)
    return None


def name_problem(name: str) -> str | None:
    """Why `name` cannot name a routine (empty, too long), or None. Uniqueness is checked apart."""
    clean = name.strip()
    if not clean:
        return "must not be empty"
    if len(clean) > NAME_MAX:
        return f"must be at most {NAME_MAX} characters"
    return None


def check_draft(draft: RoutineDraft) -> list[Problem]:
    """Every problem in the draft that needs no database (bounds, modes, circuits)."""
    problems: list[Problem] = []
    msg = name_problem(draft.name)
    if msg:
        problems.append(Problem(None, "name", msg))
    if len(draft.summary) > SUMMARY_MAX:
        problems.append(Problem(None, "summary", f"must be at most {SUMMARY_MAX} characters"))
    lo, hi = draft.sessions_per_week_min, draft.sessions_per_week_max
    for key, value in (("sessions_per_week_min", lo), ("sessions_per_week_max", hi)):
        if value is not None and (p := _number_problem(None, key, value)):
            problems.append(p)
    if (lo is None) != (hi is None):
        missing = "sessions_per_week_min" if lo is None else "sessions_per_week_max"
        problems.append(Problem(None, missing, "must be given with the other end of the range"))
    elif lo is not None and hi is not None and lo > hi:
        problems.append(
            Problem(None, "sessions_per_week_min", f"({lo}) is more than the max ({hi})")
        )

    for i, item in enumerate(draft.items):
        if not item.exercise_slug:
            problems.append(Problem(i, "exercise", "is required"))
        if item.mode not in MODES:
            problems.append(Problem(i, "mode", f"must be one of {', '.join(MODES)}"))
        for key in ITEM_NUMBER_FIELDS:
            value = getattr(item, key)
            if value is None:
                if key in ("sets", "rest_seconds", "rest_after_seconds"):
                    problems.append(Problem(i, key, "is required"))
                continue
            if p := _number_problem(i, key, value):
                problems.append(p)
        need = _REQUIRED_BY_MODE.get(item.mode)
        if need is not None and getattr(item, need) is None:
            problems.append(Problem(i, need, f"is required in {item.mode} mode"))
        if item.reps_max is not None and item.reps_min is None:
            problems.append(Problem(i, "reps_min", "is required when a max is given"))
        elif (
            item.reps_min is not None
            and item.reps_max is not None
            and item.reps_min > item.reps_max
            and not any(p.item == i and p.field.startswith("reps_") for p in problems)
        ):
            problems.append(
                Problem(i, "reps_min", f"({item.reps_min}) is more than the max ({item.reps_max})")
            )
        if len(item.note) > NOTE_MAX:
            problems.append(Problem(i, "note", f"must be at most {NOTE_MAX} characters"))
    problems.extend(_circuit_problems(draft.items))
    return problems


def _circuit_problems(items: Sequence[ItemDraft]) -> list[Problem]:
    problems: list[Problem] = []
    closed: set[int] = set()
    rounds: dict[int, int | None] = {}
    previous: int | None = None
    for i, item in enumerate(items):
        if previous is not None and item.circuit != previous:
            closed.add(previous)
        previous = item.circuit
        if item.circuit is None:
            if item.rounds is not None:
                problems.append(Problem(i, "rounds", "is only for items in a circuit"))
            continue
        if item.circuit in closed:
            problems.append(
                Problem(i, "circuit", f"{item.circuit}: its items must be next to each other")
            )
        if item.rounds is None:
            problems.append(Problem(i, "rounds", "is required in a circuit"))
            continue
        expected = rounds.setdefault(item.circuit, item.rounds)
        if expected is not None and item.rounds != expected:
            problems.append(
                Problem(i, "rounds", f"({item.rounds}) differs from the circuit's {expected}")
            )
    return problems


# --- reading -------------------------------------------------------------------------------------


def _item_row(item: RoutineItem) -> ItemRow:
    ex = item.exercise
    return ItemRow(
        id=item.id,
        position=item.position,
        exercise_id=item.exercise_id,
        exercise_slug=ex.slug,
        exercise_name=ex.name,
        exercise_mode=ex.mode,
        mode=item.mode,
        sets=item.sets,
        reps_min=item.reps_min,
        reps_max=item.reps_max,
        hold_seconds=item.hold_seconds,
        duration_minutes=item.duration_minutes,
        per_side=bool(item.per_side),
        rest_seconds=item.rest_seconds or 0,
        rest_after_seconds=item.rest_after_seconds or 0,
        weight_kg=item.weight_kg,
        note=item.note or "",
        circuit=item.circuit,
        rounds=item.rounds,
        defaults=tuple(item.defaults or ()),
    )


def _row(routine: Routine) -> RoutineRow:
    return RoutineRow(
        id=routine.id,
        name=routine.name,
        builtin=routine.builtin_key is not None,
        builtin_key=routine.builtin_key,
        source=routine.source,
        summary=routine.summary or "",
        sessions_per_week_min=routine.sessions_per_week_min,
        sessions_per_week_max=routine.sessions_per_week_max,
        suggestions_enabled=bool(routine.suggestions_enabled),
        defaults=tuple(routine.defaults or ()),
        items=tuple(_item_row(item) for item in sorted(routine.items, key=lambda i: i.position)),
    )


def _query():  # type: ignore[no-untyped-def]
    return select(Routine).options(selectinload(Routine.items).selectinload(RoutineItem.exercise))


def list_routines(*, session: Session) -> list[RoutineRow]:
    """Every routine: the ready-made ones first, then the user's, each group by name."""
    rows = [_row(r) for r in session.scalars(_query())]
    rows.sort(key=lambda r: (not r.builtin, r.name.casefold(), r.id))
    return rows


def _load(routine_id: int, session: Session) -> Routine:
    routine = session.scalars(_query().where(Routine.id == routine_id)).first()
    if routine is None:
        raise RoutineError(f"routine {routine_id} does not exist")
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
        msg = "is already used by another routine"
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


def create_routine(name: str, *, session: Session) -> RoutineRow:
    """A new empty routine of the user's own."""
    routine = Routine(name=_checked_name(session, name), summary="", defaults=[])
    session.add(routine)
    session.flush()
    return get_routine(routine.id, session=session)


def _user_routine(routine_id: int, session: Session, action: str) -> Routine:
    routine = _load(routine_id, session)
    if routine.builtin_key is not None:
        raise RoutineError(f"“{routine.name}” is ready-made and cannot be {action}")
    return routine


def rename_routine(routine_id: int, name: str, *, session: Session) -> RoutineRow:
    routine = _user_routine(routine_id, session, "renamed")
    routine.name = _checked_name(session, name, except_id=routine_id)
    session.flush()
    return get_routine(routine_id, session=session)


def _copy_items(
    source: Iterable[RoutineItem | ItemDraft], ids: Mapping[str, int]
) -> list[RoutineItem]:
    out = []
    for position, item in enumerate(source):
        slug = item.exercise.slug if isinstance(item, RoutineItem) else item.exercise_slug
        out.append(RoutineItem(position=position, exercise_id=ids[slug], **_item_values(item)))
    return out


def _item_values(item: RoutineItem | ItemDraft) -> dict[str, Any]:
    return {
        "mode": item.mode,
        "sets": item.sets,
        "reps_min": item.reps_min,
        "reps_max": item.reps_max,
        "hold_seconds": item.hold_seconds,
        "duration_minutes": item.duration_minutes,
        "per_side": bool(item.per_side),
        "rest_seconds": item.rest_seconds or 0,
        "rest_after_seconds": item.rest_after_seconds or 0,
        "weight_kg": None if item.weight_kg is None else float(item.weight_kg),
        "note": item.note or "",
        "circuit": item.circuit,
        "rounds": item.rounds,
        "defaults": list(item.defaults or ()),
    }


def _exercise_ids(session: Session) -> dict[str, int]:
    return {slug: id_ for slug, id_ in session.execute(select(Exercise.slug, Exercise.id))}


def duplicate_routine(routine_id: int, *, session: Session) -> RoutineRow:
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
    return get_routine(copy.id, session=session)


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


def save_routine(draft: RoutineDraft, *, session: Session) -> RoutineRow:
    """Validate the whole draft, then write it; returns the stored routine.

    A draft of a ready-made routine is saved as the user's own copy ("My <name>" when the name
    was kept) and that copy is returned; the ready-made routine is left as it is. A draft with
    id None is created. Raises RoutineValidationError (nothing written) on any problem.
    """
    problems = check_draft(draft)
    ids = _exercise_ids(session)
    for i, item in enumerate(draft.items):
        if item.exercise_slug and item.exercise_slug not in ids:
            problems.append(Problem(i, "exercise", f"“{item.exercise_slug}” is not in the library"))

    routine: Routine | None = None
    make_copy = draft.id is None
    if draft.id is not None:
        routine = _load(draft.id, session)
        if routine.builtin_key is not None:
            make_copy = True
    name = draft.name.strip()
    if make_copy and routine is not None and name.casefold() == routine.name.strip().casefold():
        name = unique_name(session, f"My {routine.name}")
    elif not any(p.field == "name" for p in problems) and _name_taken(
        session, name, None if make_copy else draft.id
    ):
        problems.append(Problem(None, "name", "is already used by another routine"))
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
        return get_routine(new.id, session=session)

    assert routine is not None
    for key, value in head.items():
        if getattr(routine, key) != value:
            setattr(routine, key, value)
    _replace_items(session, routine, items, ids)
    session.flush()
    session.expire(routine)
    return get_routine(routine.id, session=session)


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


def restore_builtin(key: str, *, session: Session) -> RoutineRow:
    """Put the ready-made routine `key` back to its version in resources/routines.toml."""
    templates = {t.key: t for t in load_routine_templates()}
    if key not in templates:
        raise RoutineError(f"there is no ready-made routine {key!r}")
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
    drafts = [
        ItemDraft(
            exercise_slug=item.exercise,
            mode=item.mode,
            sets=item.sets,
            reps_min=item.reps_min,
            reps_max=item.reps_max,
            hold_seconds=item.hold_seconds,
            duration_minutes=item.duration_minutes,
            per_side=item.per_side,
            rest_seconds=item.rest_seconds,
            rest_after_seconds=item.rest_after_seconds,
            weight_kg=item.weight_kg,
            note=item.note,
            circuit=item.circuit,
            rounds=item.rounds,
            defaults=item.defaults,
        )
        for item in tpl.items
    ]
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
    return get_routine(routine.id, session=session)


# --- JSON and text -------------------------------------------------------------------------------

ROUTINE_JSON_KEYS = (
    "name",
    "source",
    "builtin",
    "builtin_key",
    "summary",
    "sessions_per_week_min",
    "sessions_per_week_max",
    "defaults",
    "items",
)
ITEM_JSON_KEYS = (
    "exercise",
    "exercise_name",
    "mode",
    "sets",
    "reps_min",
    "reps_max",
    "hold_seconds",
    "duration_minutes",
    "per_side",
    "rest_seconds",
    "rest_after_seconds",
    "weight_kg",
    "circuit",
    "rounds",
    "note",
    "defaults",
)


def routine_to_json(row: RoutineRow) -> dict[str, Any]:
    """The routine as plain JSON data (`python main.py routines --json`)."""
    return {
        "name": row.name,
        "source": row.source,
        "builtin": row.builtin,
        "builtin_key": row.builtin_key,
        "summary": row.summary,
        "sessions_per_week_min": row.sessions_per_week_min,
        "sessions_per_week_max": row.sessions_per_week_max,
        "defaults": list(row.defaults),
        "items": [
            {
                "exercise": item.exercise_slug,
                "exercise_name": item.exercise_name,
                "mode": item.mode,
                "sets": item.sets,
                "reps_min": item.reps_min,
                "reps_max": item.reps_max,
                "hold_seconds": item.hold_seconds,
                "duration_minutes": item.duration_minutes,
                "per_side": item.per_side,
                "rest_seconds": item.rest_seconds,
                "rest_after_seconds": item.rest_after_seconds,
                "weight_kg": item.weight_kg,
                "circuit": item.circuit,
                "rounds": item.rounds,
                "note": item.note,
                "defaults": list(item.defaults),
            }
            for item in row.items
        ],
    }


def _span(lo: Any, hi: Any) -> str:
    return str(lo) if hi is None or lo == hi else f"{lo}-{hi}"


def item_text(item: Mapping[str, Any], weight_unit: str = "kg") -> str:
    """'3 x 15-20 reps, rest 60* s, then 90* s' for one item (JSON dict); '*' = our default."""
    ours = set(item.get("defaults") or ())

    def mark(*keys: str) -> str:
        return "*" if ours.intersection(keys) else ""

    parts = [f"{item['sets']}{mark('sets')} x"]
    reps = ""
    if item.get("reps_min") is not None:
        reps = f"{_span(item['reps_min'], item.get('reps_max'))}{mark('reps_min', 'reps_max')}"
    mode = item.get("mode")
    if mode == "reps":
        parts.append(f"{reps} reps")
        if item.get("hold_seconds"):
            parts.append(f"(hold {item['hold_seconds']}{mark('hold_seconds')} s)")
    elif mode == "hold":
        if reps:
            parts.append(f"{reps} x")
        parts.append(f"{item['hold_seconds']}{mark('hold_seconds')} s hold")
    else:
        parts.append(f"{item['duration_minutes']}{mark('duration_minutes')} min")
    if item.get("per_side"):
        parts.append("each side")
    if item.get("weight_kg") is not None:
        parts.append(f"@ {units.format_weight(item['weight_kg'], weight_unit)}{mark('weight_kg')}")
    text = " ".join(parts)
    if item.get("rest_seconds"):
        text += f", rest {item['rest_seconds']}{mark('rest_seconds')} s"
    if item.get("rest_after_seconds"):
        text += f", then {item['rest_after_seconds']}{mark('rest_after_seconds')} s"
    return text


def weekly_text(data: Mapping[str, Any]) -> str:
    lo, hi = data.get("sessions_per_week_min"), data.get("sessions_per_week_max")
    if lo is None and hi is None:
        return "no weekly target"
    mark = "*" if set(data.get("defaults") or ()) & {"sessions_per_week_min",
                                                     "sessions_per_week_max"} else ""  # fmt: skip
    if lo == hi == 7:
        return f"daily{mark}"
    return f"{_span(lo, hi)}{mark} times a week"


def describe_routine_json(data: Mapping[str, Any], titles: Mapping[str, str]) -> str:
    """Readable text for one routine's JSON (`backline routines`); `titles` names the source
    articles by title (seed file name -> title), the file name stays in the JSON."""
    source = data.get("source")
    article = f"the article “{titles.get(source, source)}”" if source else ""
    origin = (
        f"ready-made, from {article}"
        if data.get("builtin")
        else (f"your own, from {article}" if source else "your own")
    )
    lines = [f"{data['name']}  ({origin})"]
    if data.get("summary"):
        lines.append(f"  {data['summary']}")
    lines.append(f"  {weekly_text(data)}")
    current: Any = None
    for n, item in enumerate(data.get("items") or (), start=1):
        circuit = item.get("circuit")
        if circuit is not None and circuit != current:
            rounds = item.get("rounds") or 1
            lines.append(f"  Circuit {circuit}, {rounds} round{'s' if rounds != 1 else ''}:")
        current = circuit
        indent = "    " if circuit is not None else "  "
        name = item.get("exercise_name") or item["exercise"]
        lines.append(f"{indent}{n}. {name}: {item_text(item)}")
        if item.get("note"):
            lines.append(f"{indent}   {item['note']}")
    if any("*" in line for line in lines[1:]):
        lines.append("  (* our default: the article does not give this value)")
    return "\n".join(lines)
