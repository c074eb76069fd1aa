"""Routine drafts: a routine being edited, and the pure helpers that change one.

The editor holds a frozen `RoutineDraft` (with `ItemDraft`s) and replaces it on each change,
which makes undo a list of earlier drafts. The helpers (`move_item`, `group_circuit`,
`ungroup_circuit`, `with_item`, ...) never touch the database and return a new draft.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field, fields, replace
from typing import Any

from core.library.rows import LibraryEntry
from core.routines.rows import ITEM_NUMBER_FIELDS, RoutineRow

MODES = ("reps", "hold", "duration")
COUNT_UP_MODES = ("hold", "duration")
"""The modes an item can do "as long as you can" (the clock counts up past the mark)."""


REQUIRED_BY_MODE = {"reps": "reps_min", "hold": "hold_seconds", "duration": "duration_minutes"}


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
    count_up: bool = False
    """Hold or duration: "as long as you can"; hold_seconds / duration_minutes is the mark."""
    weight_step_kg: float | None = None
    """Reps: the weight step progression adds for this item (None: the equipment's)."""
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


def shown_draft(draft: RoutineDraft) -> RoutineDraft:
    """A ready-made routine's draft with its name, summary and notes in the language in use
    (a person's own routine is as they wrote it): what the editor shows and, once edited,
    saves as the person's copy. The ready-made row itself keeps its English."""
    if not draft.builtin:
        return draft
    from core.library.localized import data_text

    return replace(
        draft,
        name=data_text(draft.name),
        summary=data_text(draft.summary),
        items=tuple(replace(item, note=data_text(item.note)) for item in draft.items),
    )


def item_draft(source: object, **given: Any) -> ItemDraft:
    """An ItemDraft with the fields of the same names read from `source` (a row, a template
    item, another draft); `given` overrides or supplies the others."""
    values = {
        f.name: given[f.name] if f.name in given else getattr(source, f.name)
        for f in fields(ItemDraft)
        if f.name in given or hasattr(source, f.name)
    }
    return ItemDraft(**values)


def draft_from_row(row: RoutineRow) -> RoutineDraft:
    """The draft that edits a stored routine."""
    head = {f.name: getattr(row, f.name) for f in fields(RoutineDraft) if f.name != "items"}
    return RoutineDraft(**head, items=tuple(item_draft(item) for item in row.items))


def new_item(exercise: LibraryEntry) -> ItemDraft:
    """An item for a library exercise, with the library's prescription.

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
    fallback[REQUIRED_BY_MODE[mode]] = {"reps": 10, "hold": 30, "duration": 20}[mode]
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
    """The item in another mode, filling the field that mode needs with our default if empty;
    what the new mode cannot use (counting up, a weight step) is cleared."""
    if mode not in MODES:
        raise ValueError(f"unknown mode {mode!r}")
    need = REQUIRED_BY_MODE[mode]
    changes: dict[str, Any] = {"mode": mode}
    if mode not in COUNT_UP_MODES and item.count_up:
        changes["count_up"] = False  # a reps set is counted, not timed
    if mode != "reps" and item.weight_step_kg is not None:
        changes["weight_step_kg"] = None  # only a reps item progresses by weight
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
