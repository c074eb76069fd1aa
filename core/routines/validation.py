"""Checking a routine draft against core.bounds, the modes and the circuit rules.

`check_draft` returns every problem that needs no database as `Problem`s (item index, field,
message); `RoutineValidationError` carries them all, so a save writes nothing half-way.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any, NamedTuple

from core import bounds
from core.routines.drafts import COUNT_UP_MODES, MODES, REQUIRED_BY_MODE, ItemDraft, RoutineDraft
from core.routines.rows import ITEM_NUMBER_FIELDS

NAME_MAX = bounds.text_bound(bounds.ROUTINE, "name").max_chars
NOTE_MAX = bounds.text_bound(bounds.PRESCRIPTION, "note").max_chars
SUMMARY_MAX = bounds.text_bound(bounds.ROUTINE, "summary").max_chars


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
    "weight_step_kg": "Weight step",
    "count_up": "As long as you can",
    "note": "Note",
    "circuit": "Circuit",
    "rounds": "Rounds",
}


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


def _number_problem(index: int | None, key: str, value: Any) -> Problem | None:
    """A routine field (index None) or an item field checked against core.bounds."""
    table = bounds.ROUTINE if index is None else bounds.PRESCRIPTION
    try:
        bounds.check_number(key, value, bounds.number_bound(table, key))
    except bounds.InputError as exc:
        return Problem(index, key, exc.message)
    return None


def order_problem(low: Any, high: Any) -> str | None:
    """Why a range's low end cannot go with its high end (the low is more), or None; ends that
    are missing or not numbers are left to their own checks. Reported on the low end's field.
    The routine editor's rule, shared with the Backline JSON import."""
    numbers = all(isinstance(v, int | float) and not isinstance(v, bool) for v in (low, high))
    if numbers and low > high:
        return f"({low}) is more than the max ({high})"
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
    elif (order := order_problem(lo, hi)) is not None:
        problems.append(Problem(None, "sessions_per_week_min", order))

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
        need = REQUIRED_BY_MODE.get(item.mode)
        if need is not None and getattr(item, need) is None:
            problems.append(Problem(i, need, f"is required in {item.mode} mode"))
        if item.reps_max is not None and item.reps_min is None:
            problems.append(Problem(i, "reps_min", "is required when a max is given"))
        elif (order := order_problem(item.reps_min, item.reps_max)) is not None and not any(
            p.item == i and p.field.startswith("reps_") for p in problems
        ):
            problems.append(Problem(i, "reps_min", order))
        if item.count_up and item.mode not in COUNT_UP_MODES:
            problems.append(Problem(i, "count_up", "is only for hold and duration items"))
        if item.weight_step_kg is not None and item.mode != "reps":
            problems.append(Problem(i, "weight_step_kg", "is only for reps items"))
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
