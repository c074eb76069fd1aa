"""A person's own exercises: create, edit, duplicate, archive, and merge an imported one away.

Every value is checked through core.bounds (the EXERCISE table) before anything is written,
and a refusal is one `InputError` naming the field. Slugs are made once from the first name
("custom-" + the name's slug, made unique) and never change when the exercise is renamed, so
logged sets, routines and exports keep pointing at it.

Built-in exercises belong to resources/library.toml and are never changed here: saving a draft
of one makes the person's copy ("My <name>" when the name was kept), as routines do. Merging
moves a custom exercise's logged sets, routine items and aliases to another exercise, then
deletes the custom row, in the caller's one transaction. Functions take the caller's session,
never commit, and return `Outcome` / `Changes`.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, fields, replace
from typing import Any

from sqlalchemy import select, update
from sqlalchemy.orm import Session

from core import bounds
from core.bounds import EXERCISE, InputError
from core.changes import Changes, Outcome
from core.i18n import translate
from core.interchange.common import name_key, slugify
from core.library.localized import data_text
from core.library.queries import get_exercise
from core.library.rows import ExerciseRow
from core.library.schema import IMPACTS, KINDS, MODES, MUSCLES
from core.store.models import Exercise, ExerciseAlias, LoggedSet, RoutineItem

# Text of the exercise's lists and summary, checked as the longest free text a person may
# write anywhere (a note), so no second table of lengths appears here.
_LINE = bounds.text_bound(EXERCISE, "note")
_NAME = bounds.text_bound(EXERCISE, "name")
MAX_LINES = 20  # instructions or cautions: more than a screen of steps is a typo or a paste
MAX_POSITIONS = 6  # hold positions per rep (cat-cow has two)
SLUG_PREFIX = "custom-"
SLUG_MAX = 80

# The prescription fields each mode uses; the others are cleared when the mode is saved.
MODE_FIELDS: dict[str, tuple[str, ...]] = {
    "reps": ("sets", "reps_min", "reps_max", "hold_seconds", "rest_seconds"),
    "hold": ("sets", "reps_min", "reps_max", "hold_seconds", "rest_seconds"),
    "duration": ("duration_minutes",),
}
PRESCRIPTION_FIELDS = (
    "sets",
    "reps_min",
    "reps_max",
    "hold_seconds",
    "rest_seconds",
    "duration_minutes",
)
# The field each mode cannot do without.
MODE_REQUIRES = {"reps": "reps_min", "hold": "hold_seconds", "duration": "duration_minutes"}


class ExerciseError(ValueError):
    """An action that cannot be done to this exercise (one line, for a person)."""


@dataclass(frozen=True)
class ExerciseDraft:
    """What a person can set on an exercise; `check_draft` turns it into stored values."""

    name: str
    kind: str = "strength"
    mode: str = "reps"
    per_side: bool = False
    sets: int | None = None
    reps_min: int | None = None
    reps_max: int | None = None
    hold_seconds: int | None = None
    rest_seconds: int | None = None
    duration_minutes: int | None = None
    sessions_per_week_min: int | None = None
    sessions_per_week_max: int | None = None
    equipment: tuple[str, ...] = ()
    muscles: tuple[str, ...] = ()
    impact: str | None = None
    cautions: tuple[str, ...] = ()
    instructions: tuple[str, ...] = ()
    positions: tuple[str, ...] = ()
    summary: str = ""


DRAFT_FIELDS = tuple(f.name for f in fields(ExerciseDraft))
_LIST_FIELDS = ("equipment", "muscles", "cautions", "instructions", "positions")


@dataclass(frozen=True)
class MergeResult:
    """What a merge moved onto the target exercise."""

    target: ExerciseRow
    sets_moved: int
    items_moved: int
    aliases_moved: int


def draft_from_row(row: ExerciseRow) -> ExerciseDraft:
    """A draft holding the stored exercise's values (positions when the row carries them)."""
    values = {name: getattr(row, name) for name in DRAFT_FIELDS if hasattr(row, name)}
    return ExerciseDraft(**values)


def _draft_of(ex: Exercise) -> ExerciseDraft:
    values: dict[str, Any] = {name: getattr(ex, name) for name in DRAFT_FIELDS}
    for name in _LIST_FIELDS:
        values[name] = tuple(values[name] or ())
    values["summary"] = ex.summary or ""
    values["per_side"] = bool(ex.per_side)
    return ExerciseDraft(**values)


# --- checking ------------------------------------------------------------------------------------


def _choice(field: str, value: object, allowed: Sequence[str], *, required: bool = True) -> Any:
    if value is None or value == "":
        if required:
            raise InputError(field, _required())
        return None
    if value not in allowed:
        raise InputError(
            field,
            translate("core.library.custom", "must be one of {choices}").format(
                choices=", ".join(allowed)
            ),
        )
    return value


def _required() -> str:
    return translate("core.library.custom", "is required")


def _required_for(mode: str) -> str:
    """ "is required for hold": one whole message per mode."""
    if mode == "reps":
        return translate("core.library.custom", "is required for reps")
    if mode == "hold":
        return translate("core.library.custom", "is required for hold")
    return translate("core.library.custom", "is required for duration")


def _lines(field: str, values: Iterable[str], *, most: int) -> list[str]:
    out = []
    for value in values:
        text = bounds.check_text(field, value, _LINE).strip()
        if text:
            out.append(" ".join(text.split()))
    if len(out) > most:
        raise InputError(
            field,
            translate("core.library.custom", "must be at most {count} lines").format(count=most),
        )
    return out


def _words(field: str, values: Iterable[str]) -> list[str]:
    """Equipment or muscles as the library writes them: lowercase words joined by hyphens."""
    out: list[str] = []
    for value in values:
        bounds.check_text(field, value, _NAME)
        word = slugify(value) if value.strip() else ""
        if word and word not in out:
            out.append(word)
    return out


def _checked_name(session: Session, name: str, except_id: int | None) -> str:
    text = " ".join(bounds.check(EXERCISE, "name", name).split())
    if not text:
        raise InputError("name", _required())
    wanted = text.casefold()
    others = [
        ex_id
        for ex_id, other in session.execute(select(Exercise.id, Exercise.name))
        if ex_id != except_id and " ".join(other.split()).casefold() == wanted
    ]
    if others:
        raise InputError(
            "name", translate("core.library.custom", "is already used by another exercise")
        )
    return text


def check_draft(
    draft: ExerciseDraft, *, session: Session, except_id: int | None = None
) -> dict[str, Any]:
    """The draft as stored column values, or InputError naming the first field refused.

    Fields the mode does not use are cleared (a duration has no sets), positions are kept
    for holds only, and the name must be unused by any other exercise, whatever its case.
    """
    values: dict[str, Any] = {"name": _checked_name(session, draft.name, except_id)}
    values["kind"] = _choice("kind", draft.kind, KINDS)
    mode = values["mode"] = _choice("mode", draft.mode, MODES)
    values["impact"] = _choice("impact", draft.impact, IMPACTS, required=False)
    if not isinstance(draft.per_side, bool):
        raise InputError("per_side", translate("core.library.custom", "must be yes or no"))
    values["per_side"] = draft.per_side
    used = MODE_FIELDS[mode]
    for field in PRESCRIPTION_FIELDS:
        value = getattr(draft, field)
        values[field] = bounds.check(EXERCISE, field, value) if field in used else None
    for field in ("sessions_per_week_min", "sessions_per_week_max"):
        values[field] = bounds.check(EXERCISE, field, getattr(draft, field))
    need = MODE_REQUIRES[mode]
    if values[need] is None:
        raise InputError(need, _required_for(mode))
    lo, hi = values["reps_min"], values["reps_max"]
    if hi is not None and lo is None:
        raise InputError(
            "reps_min", translate("core.library.custom", "is required when most reps is given")
        )
    if lo is not None and hi is not None and lo > hi:
        raise InputError(
            "reps_max",
            translate("core.library.custom", "must be at least the fewest reps ({low})").format(
                low=lo
            ),
        )
    wlo, whi = values["sessions_per_week_min"], values["sessions_per_week_max"]
    if (wlo is None) != (whi is None):
        missing = "sessions_per_week_max" if whi is None else "sessions_per_week_min"
        raise InputError(
            missing,
            translate(
                "core.library.custom", "is required when the other sessions-a-week field is given"
            ),
        )
    if wlo is not None and whi is not None and wlo > whi:
        raise InputError(
            "sessions_per_week_max",
            translate("core.library.custom", "must be at least {low}").format(low=wlo),
        )
    values["equipment"] = _words("equipment", draft.equipment)
    muscles = _words("muscles", draft.muscles)
    for muscle in muscles:
        if muscle not in MUSCLES:
            raise InputError(
                "muscles",
                translate("core.library.custom", "“{muscle}” is not one of {choices}").format(
                    muscle=muscle, choices=", ".join(sorted(MUSCLES))
                ),
            )
    values["muscles"] = muscles
    values["instructions"] = _lines("instructions", draft.instructions, most=MAX_LINES)
    values["cautions"] = _lines("cautions", draft.cautions, most=MAX_LINES)
    positions = _lines("positions", draft.positions, most=MAX_POSITIONS)
    if mode == "hold" and len(positions) == 1:
        raise InputError(
            "positions", translate("core.library.custom", "needs two or more positions, or none")
        )
    values["positions"] = positions if mode == "hold" else []
    values["summary"] = " ".join(bounds.check_text("summary", draft.summary, _LINE).split())
    return values


# --- writing -------------------------------------------------------------------------------------


def _load(slug: str, session: Session) -> Exercise:
    ex = session.scalars(select(Exercise).where(Exercise.slug == slug)).first()
    if ex is None:
        raise ExerciseError(
            translate("core.library.custom", "there is no exercise “{slug}”").format(slug=slug)
        )
    return ex


def _row(ex: Exercise, session: Session) -> ExerciseRow:
    session.flush()
    row = get_exercise(ex.slug, session=session)
    assert row is not None
    return row


def new_slug(session: Session, name: str) -> str:
    """A slug no exercise has: "custom-" + the name's slug, then -2, -3... (80 chars at most)."""
    base = (SLUG_PREFIX + slugify(name))[:SLUG_MAX].rstrip("-")
    taken = set(session.execute(select(Exercise.slug)).scalars())
    slug, n = base, 1
    while slug in taken:
        n += 1
        suffix = f"-{n}"
        slug = base[: SLUG_MAX - len(suffix)].rstrip("-") + suffix
    return slug


def unique_name(session: Session, base: str) -> str:
    """`base`, or `base (2)`, `base (3)`... whichever no exercise uses, whatever its case."""
    base = " ".join(base.split())[: _NAME.max_chars]
    names = {
        " ".join(n.split()).casefold() for n in session.execute(select(Exercise.name)).scalars()
    }
    name, n = base, 1
    while name.casefold() in names:
        n += 1
        suffix = f" ({n})"
        name = base[: _NAME.max_chars - len(suffix)] + suffix
    return name


_CHANGED = Changes(library=True)


def create_exercise(draft: ExerciseDraft, *, session: Session) -> Outcome[ExerciseRow]:
    """A new exercise of the person's own (no source article, nothing marked as our default)."""
    values = check_draft(draft, session=session)
    ex = Exercise(
        slug=new_slug(session, values["name"]),
        builtin=False,
        archived=False,
        variations=[],
        sources=[],
        defaults=[],
        **values,
    )
    session.add(ex)
    return Outcome(_row(ex, session), _CHANGED)


def _copy_of(original: Exercise, values: dict[str, Any], session: Session) -> Exercise:
    """The person's copy of `original` with `values`: its article and variations kept, and
    "our default" marks kept only on the values the copy did not change."""
    kept_defaults = [
        f for f in (original.defaults or []) if f in values and values[f] == getattr(original, f)
    ]
    ex = Exercise(
        slug=new_slug(session, values["name"]),
        builtin=False,
        archived=False,
        variations=list(original.variations or []),
        sources=list(original.sources or []),
        defaults=kept_defaults,
        sessions_per_week_min=original.sessions_per_week_min,
        sessions_per_week_max=original.sessions_per_week_max,
    )
    for key, value in values.items():
        setattr(ex, key, value)
    session.add(ex)
    return ex


def update_exercise(slug: str, draft: ExerciseDraft, *, session: Session) -> Outcome[ExerciseRow]:
    """Save `draft` over the person's exercise `slug`; returns the stored row.

    For a built-in exercise the built-in is left as it is and the person's copy is made and
    returned ("My <name>" when the draft kept the built-in's name).
    """
    ex = _load(slug, session)
    if ex.builtin:
        kept = " ".join(draft.name.split()).casefold()
        if kept in (ex.name.casefold(), data_text(ex.name).casefold()):
            # the copy kept the shipped name (as the editor showed it, in the language in use)
            mine = translate("core.library.custom", "My {name}").format(name=data_text(ex.name))
            draft = replace(draft, name=unique_name(session, mine))
        values = check_draft(draft, session=session)
        return Outcome(_row(_copy_of(ex, values, session), session), _CHANGED)
    values = check_draft(draft, session=session, except_id=ex.id)
    defaults = [f for f in (ex.defaults or []) if f in values and values[f] == getattr(ex, f)]
    for key, value in values.items():
        if getattr(ex, key) != value:
            setattr(ex, key, value)
    if defaults != list(ex.defaults or []):
        ex.defaults = defaults
    return Outcome(_row(ex, session), _CHANGED)


def duplicate_exercise(slug: str, *, session: Session) -> Outcome[ExerciseRow]:
    """The person's copy named "Copy of <name>" (made unique), of a built-in or their own."""
    ex = _load(slug, session)
    copy = translate("core.library.custom", "Copy of {name}").format(name=data_text(ex.name))
    draft = replace(_draft_of(ex), name=unique_name(session, copy))
    values = check_draft(draft, session=session)
    return Outcome(_row(_copy_of(ex, values, session), session), _CHANGED)


def set_archived(slug: str, archived: bool, *, session: Session) -> Outcome[ExerciseRow]:
    """Archive (hide from pickers, keep its history) or bring back one of the person's own."""
    ex = _load(slug, session)
    if ex.builtin:
        raise ExerciseError(
            translate(
                "core.library.custom", "“{name}” is ready-made and cannot be archived"
            ).format(name=data_text(ex.name))
        )
    ex.archived = bool(archived)
    return Outcome(_row(ex, session), _CHANGED)


def merge_exercise(source_slug: str, target_slug: str, *, session: Session) -> Outcome[MergeResult]:
    """Move everything of the custom exercise `source_slug` onto `target_slug`, then delete it.

    Its logged sets, routine items and aliases point at the target afterwards, its name is
    remembered as an alias of the target (so the next import of that name lands there), and
    other custom exercises that named it as a variation name the target. Nothing is lost:
    every statement runs in the caller's transaction.
    """
    source = _load(source_slug, session)
    target = _load(target_slug, session)
    if source.builtin:
        raise ExerciseError(
            translate(
                "core.library.custom", "“{name}” is ready-made and cannot be merged away"
            ).format(name=data_text(source.name))
        )
    if source.id == target.id:
        raise ExerciseError(
            translate("core.library.custom", "an exercise cannot be merged into itself")
        )
    moved_sets = session.execute(
        update(LoggedSet)
        .where(LoggedSet.exercise_id == source.id)
        .values(exercise_id=target.id)
        .execution_options(synchronize_session=False)
    )
    moved_items = session.execute(
        update(RoutineItem)
        .where(RoutineItem.exercise_id == source.id)
        .values(exercise_id=target.id)
        .execution_options(synchronize_session=False)
    )
    moved_aliases = session.execute(
        update(ExerciseAlias)
        .where(ExerciseAlias.exercise_id == source.id)
        .values(exercise_id=target.id)
        .execution_options(synchronize_session=False)
    )
    key = name_key(source.name)
    if session.scalars(select(ExerciseAlias).where(ExerciseAlias.name_key == key)).first() is None:
        session.add(ExerciseAlias(name_key=key, exercise_id=target.id))
    for other in session.scalars(select(Exercise).where(Exercise.builtin.is_(False))):
        if other.id != source.id and source.slug in (other.variations or []):
            renamed = [target.slug if v == source.slug else v for v in other.variations]
            other.variations = [
                v for i, v in enumerate(renamed) if v != other.slug and v not in renamed[:i]
            ]
    session.flush()
    session.expire_all()
    session.delete(_load(source_slug, session))
    session.flush()
    result = MergeResult(
        target=_row(target, session),
        sets_moved=moved_sets.rowcount or 0,  # type: ignore[attr-defined]
        items_moved=moved_items.rowcount or 0,  # type: ignore[attr-defined]
        aliases_moved=moved_aliases.rowcount or 0,  # type: ignore[attr-defined]
    )
    return Outcome(result, Changes(library=True, routines=True, workouts=True))
