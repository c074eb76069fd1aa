"""Checking a routine draft against core.bounds, the modes and the circuit rules.

`check_draft` returns every problem that needs no database as `Problem`s (item index, field,
message); `RoutineValidationError` carries them all, so a save writes nothing half-way.
Messages and field labels are in the language in use (core.i18n).
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping, Sequence
from typing import Any, NamedTuple

from core import bounds
from core.i18n import QT_TRANSLATE_NOOP, translate
from core.routines.drafts import COUNT_UP_MODES, MODES, REQUIRED_BY_MODE, ItemDraft, RoutineDraft
from core.routines.rows import ITEM_NUMBER_FIELDS

NAME_MAX = bounds.text_bound(bounds.ROUTINE, "name").max_chars
NOTE_MAX = bounds.text_bound(bounds.PRESCRIPTION, "note").max_chars
SUMMARY_MAX = bounds.text_bound(bounds.ROUTINE, "summary").max_chars


# Words for messages: the field names a person sees in the editor, in English (FIELD_LABELS and
# field_label() give them in the language in use).
_FIELD_SOURCE: dict[str, str] = {
    "name": QT_TRANSLATE_NOOP("core.routines.validation", "Name"),
    "summary": QT_TRANSLATE_NOOP("core.routines.validation", "Summary"),
    "sessions_per_week_min": QT_TRANSLATE_NOOP("core.routines.validation", "Sessions a week (min)"),
    "sessions_per_week_max": QT_TRANSLATE_NOOP("core.routines.validation", "Sessions a week (max)"),
    "exercise": QT_TRANSLATE_NOOP("core.routines.validation", "Exercise"),
    "mode": QT_TRANSLATE_NOOP("core.routines.validation", "Mode"),
    "sets": QT_TRANSLATE_NOOP("core.routines.validation", "Sets"),
    "reps_min": QT_TRANSLATE_NOOP("core.routines.validation", "Reps (min)"),
    "reps_max": QT_TRANSLATE_NOOP("core.routines.validation", "Reps (max)"),
    "hold_seconds": QT_TRANSLATE_NOOP("core.routines.validation", "Hold"),
    "duration_minutes": QT_TRANSLATE_NOOP("core.routines.validation", "Duration"),
    "per_side": QT_TRANSLATE_NOOP("core.routines.validation", "Per side"),
    "rest_seconds": QT_TRANSLATE_NOOP("core.routines.validation", "Rest between sets"),
    "rest_after_seconds": QT_TRANSLATE_NOOP("core.routines.validation", "Rest after"),
    "weight_kg": QT_TRANSLATE_NOOP("core.routines.validation", "Target weight"),
    "weight_step_kg": QT_TRANSLATE_NOOP("core.routines.validation", "Weight step"),
    "count_up": QT_TRANSLATE_NOOP("core.routines.validation", "As long as you can"),
    "note": QT_TRANSLATE_NOOP("core.routines.validation", "Note"),
    "circuit": QT_TRANSLATE_NOOP("core.routines.validation", "Circuit"),
    "rounds": QT_TRANSLATE_NOOP("core.routines.validation", "Rounds"),
}


def field_label(field: str) -> str:
    """The name a person sees for a routine or item field, in the language in use."""
    words = _FIELD_SOURCE.get(field)
    return field if words is None else translate("core.routines.validation", words)


class _FieldLabels(Mapping[str, str]):
    """field -> field_label(field), translated when read (the language is chosen after import)."""

    def __getitem__(self, field: str) -> str:
        if field not in _FIELD_SOURCE:
            raise KeyError(field)
        return field_label(field)

    def __iter__(self) -> Iterator[str]:
        return iter(_FIELD_SOURCE)

    def __len__(self) -> int:
        return len(_FIELD_SOURCE)


FIELD_LABELS: Mapping[str, str] = _FieldLabels()


class RoutineError(ValueError):
    """A routine action that cannot be done (unknown id, a ready-made routine, ...)."""


class Problem(NamedTuple):
    """One thing wrong in a draft: the item index (None for the routine), field, message."""

    item: int | None
    field: str
    message: str

    def text(self) -> str:
        if self.item is None:
            return translate("core.routines.validation", "{field} {problem}").format(
                field=field_label(self.field), problem=self.message
            )
        return translate("core.routines.validation", "Item {number}: {field} {problem}").format(
            number=self.item + 1, field=field_label(self.field), problem=self.message
        )


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
        return translate(
            "core.routines.validation", "({low}) is more than the max ({high})"
        ).format(low=low, high=high)
    return None


def name_problem(name: str) -> str | None:
    """Why `name` cannot name a routine (empty, too long), or None. Uniqueness is checked apart."""
    clean = name.strip()
    if not clean:
        return translate("core.routines.validation", "must not be empty")
    if len(clean) > NAME_MAX:
        return _too_long(NAME_MAX)
    return None


def _too_long(most: int) -> str:
    return translate("core.routines.validation", "must be at most {count} characters").format(
        count=most
    )


def _required_in_mode(mode: str) -> str:
    """ "is required in hold mode": one whole message per mode, the mode named in words."""
    if mode == "reps":
        return translate("core.routines.validation", "is required in reps mode")
    if mode == "hold":
        return translate("core.routines.validation", "is required in hold mode")
    if mode == "duration":
        return translate("core.routines.validation", "is required in duration mode")
    return translate("core.routines.validation", "is required in {mode} mode").format(mode=mode)


def _required() -> str:
    return translate("core.routines.validation", "is required")


def check_draft(draft: RoutineDraft) -> list[Problem]:
    """Every problem in the draft that needs no database (bounds, modes, circuits)."""
    problems: list[Problem] = []
    msg = name_problem(draft.name)
    if msg:
        problems.append(Problem(None, "name", msg))
    if len(draft.summary) > SUMMARY_MAX:
        problems.append(Problem(None, "summary", _too_long(SUMMARY_MAX)))
    lo, hi = draft.sessions_per_week_min, draft.sessions_per_week_max
    for key, value in (("sessions_per_week_min", lo), ("sessions_per_week_max", hi)):
        if value is not None and (p := _number_problem(None, key, value)):
            problems.append(p)
    if (lo is None) != (hi is None):
        missing = "sessions_per_week_min" if lo is None else "sessions_per_week_max"
        problems.append(
            Problem(
                None,
                missing,
                translate(
                    "core.routines.validation", "must be given with the other end of the range"
                ),
            )
        )
    elif (order := order_problem(lo, hi)) is not None:
        problems.append(Problem(None, "sessions_per_week_min", order))

    for i, item in enumerate(draft.items):
        if not item.exercise_slug:
            problems.append(Problem(i, "exercise", _required()))
        if item.mode not in MODES:
            problems.append(
                Problem(
                    i,
                    "mode",
                    translate("core.routines.validation", "must be one of {choices}").format(
                        choices=", ".join(MODES)
                    ),
                )
            )
        for key in ITEM_NUMBER_FIELDS:
            value = getattr(item, key)
            if value is None:
                if key in ("sets", "rest_seconds", "rest_after_seconds"):
                    problems.append(Problem(i, key, _required()))
                continue
            if p := _number_problem(i, key, value):
                problems.append(p)
        need = REQUIRED_BY_MODE.get(item.mode)
        if need is not None and getattr(item, need) is None:
            problems.append(Problem(i, need, _required_in_mode(item.mode)))
        if item.reps_max is not None and item.reps_min is None:
            problems.append(
                Problem(
                    i,
                    "reps_min",
                    translate("core.routines.validation", "is required when a max is given"),
                )
            )
        elif (order := order_problem(item.reps_min, item.reps_max)) is not None and not any(
            p.item == i and p.field.startswith("reps_") for p in problems
        ):
            problems.append(Problem(i, "reps_min", order))
        if item.count_up and item.mode not in COUNT_UP_MODES:
            problems.append(
                Problem(
                    i,
                    "count_up",
                    translate("core.routines.validation", "is only for hold and duration items"),
                )
            )
        if item.weight_step_kg is not None and item.mode != "reps":
            problems.append(
                Problem(
                    i,
                    "weight_step_kg",
                    translate("core.routines.validation", "is only for reps items"),
                )
            )
        if len(item.note) > NOTE_MAX:
            problems.append(Problem(i, "note", _too_long(NOTE_MAX)))
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
                problems.append(
                    Problem(
                        i,
                        "rounds",
                        translate("core.routines.validation", "is only for items in a circuit"),
                    )
                )
            continue
        if item.circuit in closed:
            problems.append(
                Problem(
                    i,
                    "circuit",
                    translate(
                        "core.routines.validation",
                        "{circuit}: its items must be next to each other",
                    ).format(circuit=item.circuit),
                )
            )
        if item.rounds is None:
            problems.append(
                Problem(
                    i, "rounds", translate("core.routines.validation", "is required in a circuit")
                )
            )
            continue
        expected = rounds.setdefault(item.circuit, item.rounds)
        if expected is not None and item.rounds != expected:
            problems.append(
                Problem(
                    i,
                    "rounds",
                    translate(
                        "core.routines.validation",
                        "({rounds}) differs from the circuit's {expected}",
                    ).format(rounds=item.rounds, expected=expected),
                )
            )
    return problems
