"""Backline's own JSON file: everything a person made, exported and imported again.

(Over 500 lines: one format both ways, so the export and the import share one field list.)

    {"format": "backline", "version": 1,
     "exercises": [custom exercises], "aliases": [...], "routines": [user routines + items],
     "workouts": [{"started_at", "ended_at", "name", "notes", "origin", "import_key",
                   "routine", "routine_builtin_key", "player_state",
                   "sets": [{"exercise" (slug), "set_number", "set_type", "side", "reps",
                             "weight_kg", "duration_seconds", "distance_km", "rpe",
                             "target_reps", "target_weight_kg", "target_seconds", "note",
                             "logged_at", "routine_item" (position in the routine)}]}],
     "body_measurements": [...], "day_logs": [{"day", "kcal", "protein_g", "servings",
                   "sleep_hours", "water_l", "note"}],
     "routine_item_targets": [{"routine", "routine_builtin_key", "position", "set_at",
                   "sets", "reps_min", "reps_max", "weight_kg", "hold_seconds",
                   "duration_minutes", "source", "reason"}],
     "settings": {key: value}}

The keys of an exercise and of a routine and its items are those of their row types
(core.library.rows, core.routines.rows): an exercise's timed `positions` and `archived` flag,
an item's `count_up` and `weight_step_kg` among them. A file written before those keys existed
imports with their defaults (one position, not archived, counted down, the equipment's step). Times are ISO 8601 with their offset (UTC). Built-in
exercises and routines are referred to by slug / builtin_key: the library must be seeded
before an import. Database ids, created/updated stamps and machine-local settings (seed_hash,
last_backup_at) are left out, so export -> import into an empty database -> export gives
identical JSON.

Importing (through the caller's session, never committing) checks every value the way the
app's own forms do (core.bounds, core.store.settings): a refused one raises ImportFormatError
naming its JSON path (`workouts[3].sets[0].reps: is not a number`), and the caller's
transaction then stores nothing. Into a database that already holds data it adds what is
missing and leaves existing rows alone: custom exercises by slug, aliases by name key,
routines by name, workouts by import_key (or by start time and name when they have none),
settings by key (settings this version does not know are skipped), body measurements when no
identical row exists, day logs by day, routine-item targets by item and time. A set names its
routine item by position only when that item logs the set's exercise.
"""

from __future__ import annotations

import json
import os
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any, TextIO

from sqlalchemy import select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from core.bounds import (
    BODY_MEASUREMENT,
    DAY_LOG,
    EXERCISE,
    EXERCISE_ALIAS,
    LIST_ITEM,
    LIST_ITEMS,
    LOGGED_SET,
    ORDINAL,
    PRESCRIPTION,
    ROUTINE,
    WORKOUT,
    Bound,
    FieldBound,
    InputError,
    TextBound,
    check,
    check_number,
    check_text,
    text_bound,
)
from core.i18n import translate
from core.interchange.common import (
    ImportFormatError,
    field_text,
    input_problem,
    length_problem,
    year_problem,
)
from core.interchange.strong import ExportResult, set_rows
from core.interchange.writer import SetInserter
from core.library.rows import EXERCISE_FIELDS as EXERCISE_ROW_FIELDS
from core.library.schema import IMPACTS, positions_problem
from core.routines.rows import ITEM_FIELDS as ITEM_ROW_FIELDS
from core.routines.rows import ROUTINE_FIELDS as ROUTINE_ROW_FIELDS
from core.routines.validation import order_problem
from core.store.models import (
    BodyMeasurement,
    DayLog,
    Exercise,
    ExerciseAlias,
    Routine,
    RoutineItem,
    RoutineItemTarget,
    Setting,
    Workout,
    utcnow,
)
from core.store.outputs import session_databases, write_text_file
from core.store.settings import check_setting

FORMAT = "backline"
VERSION = 1
LOCAL_SETTINGS = frozenset({"seed_hash", "last_backup_at"})

# An exported exercise is always the person's own (builtin false): its row's keys but that one.
EXERCISE_FIELDS = tuple(f for f in EXERCISE_ROW_FIELDS if f != "builtin")
# A user routine: its row's keys but what only a built-in one has, and the items (below);
# plus whether it suggests progressions, which the row keeps out of `routines --json`.
ROUTINE_FIELDS = (
    *(f for f in ROUTINE_ROW_FIELDS if f not in ("builtin", "builtin_key", "items")),
    "suggestions_enabled",
)
# An item's stored prescription; its exercise (a slug) and position are written beside it.
ITEM_FIELDS = tuple(f for f in ITEM_ROW_FIELDS if f not in ("exercise", "exercise_name"))
SET_FIELDS = (
    "set_number", "set_type", "side", "reps", "weight_kg", "duration_seconds", "distance_km",
    "rpe", "target_reps", "target_weight_kg", "target_seconds", "note",
)  # fmt: skip
MEASUREMENT_FIELDS = ("weight_kg", "waist_cm", "hips_cm", "thigh_cm", "note")
DAY_FIELDS = ("kcal", "protein_g", "servings", "sleep_hours", "water_l", "note")
TARGET_FIELDS = ("sets", "reps_min", "reps_max", "weight_kg", "hold_seconds", "duration_minutes")
TARGET_SOURCES = ("accepted", "edited")

KINDS = ("strength", "cardio", "mobility", "recovery")
MODES = ("reps", "hold", "duration")
SET_TYPES = ("normal", "warmup", "dropset", "failure")
SIDES = (None, "left", "right")
# A target is checked against the bound of the actual it aims at.
_TARGET_BOUNDS = {
    "target_reps": "reps",
    "target_weight_kg": "weight_kg",
    "target_seconds": "duration_seconds",
}
_LIST_FIELDS = frozenset(
    {"equipment", "muscles", "cautions", "variations", "sources", "defaults", "instructions",
     "positions"}
)  # fmt: skip
_FLAG_FIELDS = frozenset({"per_side", "suggestions_enabled", "archived", "count_up"})
_ORDINAL_FIELDS = frozenset({"circuit"})  # a whole number within core.bounds.ORDINAL, or null
# A set's number in its exercise: from 1 (core.bounds.ORDINAL's range otherwise).
SET_NUMBER = Bound(1, ORDINAL.maximum, integer=True)
# A set may be logged a little before its workout's start (two clocks, a rounded start): ours.
LOGGED_EARLY_SECONDS = 60
# How deep a workout's player_state may nest (ours: the player writes 3 levels); deeper data
# could not be written back out by the JSON export's indenting encoder.
STATE_DEPTH = 32


@dataclass(frozen=True)
class JsonImportResult:
    exercises_added: int
    aliases_added: int
    routines_added: int
    routines_skipped: int
    workouts_added: int
    workouts_skipped_duplicate: int
    sets_added: int
    measurements_added: int
    settings_added: int
    day_logs_added: int = 0
    targets_added: int = 0


# --- export --------------------------------------------------------------------------------


def _iso(value: datetime | None) -> str | None:
    return None if value is None else value.astimezone(UTC).isoformat()


def build_backup(*, session: Session) -> dict[str, Any]:
    """The whole export as a JSON-ready dict (what export_json writes)."""
    slug_of = {ex_id: slug for ex_id, slug in session.execute(select(Exercise.id, Exercise.slug))}
    exercises = [
        {f: getattr(ex, f) for f in EXERCISE_FIELDS}
        for ex in session.execute(
            select(Exercise).where(Exercise.builtin.is_(False)).order_by(Exercise.slug)
        ).scalars()
    ]
    aliases = [
        {"name_key": key, "exercise": slug_of[ex_id]}
        for key, ex_id in session.execute(
            select(ExerciseAlias.name_key, ExerciseAlias.exercise_id).order_by(
                ExerciseAlias.name_key
            )
        )
    ]
    routine_info: dict[int, tuple[str, str | None]] = {}
    item_position: dict[int, int] = {}
    routines = []
    for r in session.execute(select(Routine).order_by(Routine.name)).scalars():
        routine_info[r.id] = (r.name, r.builtin_key)
        for item in r.items:
            item_position[item.id] = item.position
        if r.builtin_key is not None:
            continue
        entry: dict[str, Any] = {f: getattr(r, f) for f in ROUTINE_FIELDS}
        entry["items"] = [
            {"position": item.position, "exercise": slug_of[item.exercise_id]}
            | {f: getattr(item, f) for f in ITEM_FIELDS}
            for item in r.items
        ]
        routines.append(entry)

    workouts: list[dict[str, Any]] = []
    by_id: dict[int, dict[str, Any]] = {}
    for w in session.execute(select(Workout).order_by(Workout.started_at, Workout.id)).scalars():
        routine = routine_info.get(w.routine_id) if w.routine_id is not None else None
        workout: dict[str, Any] = {
            "started_at": _iso(w.started_at),
            "ended_at": _iso(w.ended_at),
            "name": w.name,
            "notes": w.notes,
            "origin": w.origin,
            "import_key": w.import_key,
            "routine": routine[0] if routine and routine[1] is None else None,
            "routine_builtin_key": routine[1] if routine else None,
            "player_state": w.player_state,
            "sets": [],
        }
        workouts.append(workout)
        by_id[w.id] = workout
    for logged in set_rows(session):
        s = {"exercise": logged.ex_slug} | {f: getattr(logged, f) for f in SET_FIELDS}
        s["logged_at"] = _iso(logged.logged_at)
        s["routine_item"] = (
            item_position.get(logged.routine_item_id) if logged.routine_item_id else None
        )
        by_id[logged.workout_id]["sets"].append(s)

    measurements = [
        {"measured_on": m.measured_on.isoformat()} | {f: getattr(m, f) for f in MEASUREMENT_FIELDS}
        for m in session.execute(
            select(BodyMeasurement).order_by(BodyMeasurement.measured_on, BodyMeasurement.id)
        ).scalars()
    ]
    day_logs = [
        {"day": d.day.isoformat()} | {f: getattr(d, f) for f in DAY_FIELDS}
        for d in session.execute(select(DayLog).order_by(DayLog.day)).scalars()
    ]
    item_routine = {
        item_id: routine_info[routine_id]
        for item_id, routine_id in session.execute(select(RoutineItem.id, RoutineItem.routine_id))
    }
    targets = []
    for t in session.execute(
        select(RoutineItemTarget).order_by(RoutineItemTarget.set_at, RoutineItemTarget.id)
    ).scalars():
        name, builtin_key = item_routine[t.routine_item_id]
        targets.append(
            {
                "routine": name if builtin_key is None else None,
                "routine_builtin_key": builtin_key,
                "position": item_position[t.routine_item_id],
                "set_at": _iso(t.set_at),
            }
            | {f: getattr(t, f) for f in (*TARGET_FIELDS, "source", "reason")}
        )
    settings = {
        key: value
        for key, value in session.execute(select(Setting.key, Setting.value).order_by(Setting.key))
        if key not in LOCAL_SETTINGS
    }
    return {
        "format": FORMAT,
        "version": VERSION,
        "exercises": exercises,
        "aliases": aliases,
        "routines": routines,
        "workouts": workouts,
        "body_measurements": measurements,
        "day_logs": day_logs,
        "routine_item_targets": targets,
        "settings": settings,
    }


def export_json(
    path: str | os.PathLike[str], *, session: Session, force: bool = False
) -> ExportResult:
    """Write everything to one JSON file through core.store.outputs (a temporary file renamed
    into place; never onto the session's database; an existing file only with `force`)."""
    data = build_backup(session=session)

    def write(fh: TextIO) -> None:
        json.dump(data, fh, ensure_ascii=False, indent=1, allow_nan=False)
        fh.write("\n")

    written = write_text_file(Path(path), write, protected=session_databases(session), force=force)
    n_sets = sum(len(w["sets"]) for w in data["workouts"])
    return ExportResult(written, len(data["workouts"]), n_sets)


# --- import: reading one value -------------------------------------------------------------


def _fail(where: str, reason: str) -> ImportFormatError:
    """The error naming the JSON path `where` (data, said as it is) and why (in words)."""
    return ImportFormatError(None, field_text(where, reason))


def _expected_object() -> str:
    return translate("core.interchange.backline", "expected an object")


def _object(value: Any, where: str) -> dict[str, Any]:
    if not isinstance(value, dict):
        raise _fail(where, _expected_object())
    return value


def _get(obj: dict[str, Any], key: str, where: str) -> Any:
    if key not in obj:
        raise _fail(
            where, translate("core.interchange.backline", "missing {key}").format(key=repr(key))
        )
    return obj[key]


def _list(obj: dict[str, Any], key: str, where: str) -> list[Any]:
    value = obj.get(key, [])
    if not isinstance(value, list):
        raise _fail(f"{where}{key}", translate("core.interchange.backline", "expected a list"))
    return value


def _keyed(entries: list[Any], what: str, key: str) -> Iterator[tuple[str, dict[str, Any], str]]:
    """(path, object, its text `key`) of each entry of the list `what`."""
    for i, entry in enumerate(entries):
        where = f"{what}[{i}]"
        obj = _object(entry, where)
        yield where, obj, _text(_get(obj, key, where), f"{where}.{key}")


def _text(value: Any, where: str, *, optional: bool = False) -> Any:
    if value is None and optional:
        return None
    if not isinstance(value, str):
        raise _fail(where, translate("core.interchange.backline", "must be text"))
    if "\x00" in value:  # no store should hold it, and PostgreSQL cannot
        raise _fail(where, translate("core.interchange.backline", "holds a NUL character (U+0000)"))
    return value


def _choice(value: Any, choices: tuple[str | None, ...], where: str) -> Any:
    if value not in choices:
        allowed = ", ".join(str(c) for c in choices if c is not None)  # the stored words
        raise _fail(
            where,
            translate("core.interchange.backline", "{value} is not one of {choices}").format(
                value=repr(value), choices=allowed
            ),
        )
    return value


def _time(value: Any, where: str, *, required: bool = True) -> datetime | None:
    if value is None:
        if required:
            raise _fail(where, translate("core.interchange.backline", "missing time"))
        return None
    not_iso = translate("core.interchange.backline", "{value} is not an ISO 8601 time").format(
        value=repr(value)
    )
    if not isinstance(value, str):
        raise _fail(where, not_iso)
    try:
        parsed = datetime.fromisoformat(value)
    except ValueError:
        raise _fail(where, not_iso) from None
    if parsed.tzinfo is None:
        raise _fail(
            where,
            translate("core.interchange.backline", "{value} has no UTC offset").format(
                value=repr(value)
            ),
        )
    problem = year_problem(parsed)
    if problem is not None:
        raise _fail(where, problem)
    return parsed.astimezone(UTC)


def _ordinal(value: Any, where: str, *, optional: bool = False, bound: Bound = ORDINAL) -> Any:
    """A whole number within `bound` (a position, a circuit, a set's number), or None when
    `optional`; never one SQLite cannot store."""
    if value is None and optional:
        return None
    if isinstance(value, float) or value is None:
        raise _fail(where, translate("core.interchange.backline", "must be a whole number"))
    try:
        return check_number("", value, bound)
    except InputError as exc:
        raise _fail(where, exc.message) from None


def _bounded_text(value: Any, where: str, bound: TextBound) -> Any:
    try:
        return check_text("", value, bound)
    except InputError as exc:
        raise _fail(where, exc.message) from None


def _required(bound: FieldBound) -> bool:
    return isinstance(bound, TextBound) and bound.required


def _text_list(value: Any, where: str) -> None:
    """A list of at most core.bounds.LIST_ITEMS texts, each within LIST_ITEM."""
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise _fail(where, translate("core.interchange.backline", "must be a list of texts"))
    if len(value) > LIST_ITEMS:
        # LIST_ITEMS is a constant far above 1: the count never takes a singular.
        raise _fail(
            where,
            translate("core.interchange.backline", "must hold at most {count} lines").format(
                count=LIST_ITEMS
            ),
        )
    for i, line in enumerate(value):
        _bounded_text(line, f"{where}[{i}]", LIST_ITEM)


def _order(values: dict[str, Any], low: str, high: str, where: str) -> None:
    """The routine editor's rule (core.routines.validation): the low end is not more."""
    problem = order_problem(values.get(low), values.get(high))
    if problem is not None:
        raise _fail(f"{where}.{low}", problem)


def _deeper_than(value: Any, levels: int) -> bool:
    """Whether a decoded JSON value nests more than `levels` objects or lists deep."""
    if not isinstance(value, dict | list):
        return False
    if levels == 0:
        return True
    children = value.values() if isinstance(value, dict) else value
    return any(_deeper_than(v, levels - 1) for v in children)


def _date(value: Any, where: str) -> date:
    """An ISO date (`2026-01-31`) within common.year_problem's years."""
    not_date = translate("core.interchange.backline", "{value} is not a date").format(
        value=repr(value)
    )
    if not isinstance(value, str):
        raise _fail(where, not_date)
    try:
        day = date.fromisoformat(value)
    except ValueError:
        raise _fail(where, not_date) from None
    if (problem := year_problem(datetime(day.year, 1, 1, tzinfo=UTC))) is not None:
        raise _fail(where, problem)
    return day


def _checked(
    table: Mapping[str, FieldBound],
    obj: dict[str, Any],
    keys: tuple[str, ...],
    where: str,
    *,
    bound_of: Mapping[str, str] | None = None,
) -> dict[str, Any]:
    """The given `keys` of `obj` as stored: numbers and texts within `table` (a key is checked
    against the field `bound_of[key]`, else its own name), flags true/false, lists of text,
    whole numbers where no bound applies."""
    out: dict[str, Any] = {}
    for key in keys:
        if key not in obj:
            continue
        value = obj[key]
        field = (bound_of or {}).get(key, key)
        bound = table.get(field)
        if value is None and bound is not None and not _required(bound):
            pass  # left out: most fields of a set are
        elif bound is not None:
            try:
                value = check(table, field, value)
            except InputError as exc:
                raise _fail(f"{where}.{key}", exc.message) from None
        elif key in _FLAG_FIELDS and not isinstance(value, bool):
            raise _fail(
                f"{where}.{key}", translate("core.interchange.backline", "must be true or false")
            )
        elif key in _ORDINAL_FIELDS:
            value = _ordinal(value, f"{where}.{key}", optional=True)
        elif key in _LIST_FIELDS:
            _text_list(value, f"{where}.{key}")
        out[key] = value
    return out


def _not_null(model: Any, values: dict[str, Any], where: str) -> dict[str, Any]:
    """`values` for `model(**values)`: a null given for a column that cannot be null takes the
    column's default, or is refused naming its JSON path (never an IntegrityError later)."""
    columns = model.__table__.c
    out = dict(values)
    for key, value in values.items():
        column = columns.get(key)
        if value is None and column is not None and not column.nullable:
            if column.default is None:
                raise _fail(
                    f"{where}.{key}", translate("core.interchange.backline", "must not be null")
                )
            del out[key]
    return out


# --- import --------------------------------------------------------------------------------


def import_json(path: str | os.PathLike[str], *, session: Session) -> JsonImportResult:
    """Load a Backline JSON export (see module docstring). Never commits. A path that is not
    a regular file, text that is not UTF-8 (a byte order mark is allowed) or not JSON Python
    can read is an ImportFormatError; the caller names the file."""
    problem = input_problem(path)
    if problem is not None:
        raise ImportFormatError(None, problem)
    try:
        data = json.loads(Path(path).read_text(encoding="utf-8-sig"))
    except UnicodeDecodeError:
        raise ImportFormatError(
            None, translate("core.interchange.backline", "not UTF-8 text")
        ) from None
    except json.JSONDecodeError as exc:
        raise ImportFormatError(
            exc.lineno,
            translate("core.interchange.backline", "not valid JSON ({reason})").format(
                reason=exc.msg
            ),
        ) from None
    except RecursionError:
        raise ImportFormatError(
            None, translate("core.interchange.backline", "not valid JSON (too deeply nested)")
        ) from None
    except ValueError:  # Python's limit on the digits of an integer (sys.int_info)
        raise ImportFormatError(
            None, translate("core.interchange.backline", "not valid JSON (a number too long)")
        ) from None
    return import_backup(data, session=session)


class _Restore:
    """One import: the lookups it builds as it goes and what it added."""

    def __init__(self, session: Session) -> None:
        self.session = session
        self.slugs: dict[str, int] = {
            slug: ex_id for slug, ex_id in session.execute(select(Exercise.slug, Exercise.id))
        }

    def exercise_id(self, slug: Any, where: str) -> int:
        found = self.slugs.get(slug) if isinstance(slug, str) else None
        if found is None:
            raise _fail(
                where,
                translate("core.interchange.backline", "unknown exercise {slug}").format(
                    slug=repr(slug)
                ),
            )
        return found

    def exercises(self, entries: list[Any]) -> int:
        added = 0
        for where, e, slug in _keyed(entries, "exercises", "slug"):
            if slug in self.slugs:
                continue
            _bounded_text(slug, f"{where}.slug", text_bound(EXERCISE, "slug"))
            for key in ("name", "kind", "mode"):
                _get(e, key, where)
            _choice(e["kind"], KINDS, f"{where}.kind")
            _choice(e["mode"], MODES, f"{where}.mode")
            _choice(e.get("impact"), (None, *IMPACTS), f"{where}.impact")
            values = _checked(EXERCISE, e, EXERCISE_FIELDS, where)
            _order(values, "reps_min", "reps_max", where)
            _order(values, "sessions_per_week_min", "sessions_per_week_max", where)
            problem = positions_problem(e["mode"], values.get("positions", []))
            if problem is not None:
                raise _fail(f"{where}.positions", problem)
            for key in ("impact", "summary"):
                if key in values:
                    values[key] = _text(values[key], f"{where}.{key}", optional=True)
            ex = Exercise(**_not_null(Exercise, values, where), builtin=False)
            self.session.add(ex)
            self.session.flush()
            self.slugs[slug] = ex.id
            added += 1
        return added

    def aliases(self, entries: list[Any]) -> int:
        added = 0
        known = set(self.session.execute(select(ExerciseAlias.name_key)).scalars())
        for where, a, key in _keyed(entries, "aliases", "name_key"):
            try:
                check(EXERCISE_ALIAS, "name_key", key)
            except InputError as exc:
                raise _fail(f"{where}.name_key", exc.message) from None
            if key in known:
                continue
            exercise_id = self.exercise_id(a.get("exercise"), where)
            self.session.add(ExerciseAlias(name_key=key, exercise_id=exercise_id))
            known.add(key)
            added += 1
        return added

    def routines(self, entries: list[Any]) -> tuple[int, int]:
        added = skipped = 0
        existing = set(self.session.execute(select(Routine.name)).scalars())
        for where, r, name in _keyed(entries, "routines", "name"):
            if name in existing:
                skipped += 1
                continue
            values = _checked(ROUTINE, r, ROUTINE_FIELDS, where)
            _order(values, "sessions_per_week_min", "sessions_per_week_max", where)
            if "source" in values:
                values["source"] = _text(values["source"], f"{where}.source", optional=True)
            routine = Routine(**_not_null(Routine, values, where))
            for j, raw in enumerate(_list(r, "items", f"{where}.")):
                iw = f"{where}.items[{j}]"
                item = _object(raw, iw)
                position = _ordinal(_get(item, "position", iw), f"{iw}.position")
                mode = _choice(_get(item, "mode", iw), MODES, f"{iw}.mode")
                values = _checked(PRESCRIPTION, item, ITEM_FIELDS, iw)
                _order(values, "reps_min", "reps_max", iw)
                if values.get("count_up") and mode not in ("hold", "duration"):
                    raise _fail(
                        f"{iw}.count_up",
                        translate(
                            "core.interchange.backline", "is only for hold and duration items"
                        ),
                    )
                if values.get("weight_step_kg") is not None and mode != "reps":
                    raise _fail(
                        f"{iw}.weight_step_kg",
                        translate("core.interchange.backline", "is only for reps items"),
                    )
                routine.items.append(
                    RoutineItem(
                        position=position,
                        exercise_id=self.exercise_id(_get(item, "exercise", iw), iw),
                        **_not_null(RoutineItem, values, iw),
                    )
                )
            self.session.add(routine)
            existing.add(name)
            added += 1
        self.session.flush()
        return added, skipped

    def workouts(self, entries: list[Any]) -> tuple[int, int, int]:
        session = self.session
        routines_by_name: dict[str, int] = {}
        routines_by_key: dict[str, int] = {}
        for rid, rname, bkey in session.execute(
            select(Routine.id, Routine.name, Routine.builtin_key)
        ):
            routines_by_name[rname] = rid
            if bkey is not None:
                routines_by_key[bkey] = rid
        # (routine, position) -> (item, the exercise it logs): a set is linked to its item
        # only when that item still logs the set's exercise
        items_by_routine: dict[tuple[int, int], tuple[int, int]] = {
            (rid, pos): (iid, ex_id)
            for iid, rid, pos, ex_id in session.execute(
                select(
                    RoutineItem.id,
                    RoutineItem.routine_id,
                    RoutineItem.position,
                    RoutineItem.exercise_id,
                )
            )
        }
        existing_keys = set(
            session.execute(
                select(Workout.import_key).where(Workout.import_key.is_not(None))
            ).scalars()
        )
        existing_plain = {
            (started, name)
            for started, name in session.execute(
                select(Workout.started_at, Workout.name).where(Workout.import_key.is_(None))
            )
        }
        added = skipped = 0
        now = utcnow()
        inserter = SetInserter(session)
        for i, entry in enumerate(entries):
            where = f"workouts[{i}]"
            w = _object(entry, where)
            started = _time(_get(w, "started_at", where), f"{where}.started_at")
            assert started is not None
            ended = _time(w.get("ended_at"), f"{where}.ended_at", required=False)
            if ended is not None:
                problem = length_problem(started, ended, start="started_at")
                if problem is not None:
                    raise _fail(f"{where}.ended_at", problem)
            values = _checked(
                WORKOUT, w, ("name", "notes", "origin", "import_key"), where,
                bound_of={"notes": "note"},
            )  # fmt: skip
            name = values.get("name") or ""
            key = values.get("import_key")
            if key is not None:
                if key in existing_keys:
                    skipped += 1
                    continue
                existing_keys.add(key)
            else:
                if (started, name) in existing_plain:
                    skipped += 1
                    continue
                existing_plain.add((started, name))
            player_state = w.get("player_state")
            if player_state is not None and not isinstance(player_state, dict):
                raise _fail(f"{where}.player_state", _expected_object())
            if _deeper_than(player_state, STATE_DEPTH):
                # STATE_DEPTH is a constant far above 1: the count never takes a singular.
                raise _fail(
                    f"{where}.player_state",
                    translate(
                        "core.interchange.backline", "nests deeper than {count} levels"
                    ).format(count=STATE_DEPTH),
                )
            routine_id = None
            builtin_key = _text(
                w.get("routine_builtin_key"), f"{where}.routine_builtin_key", optional=True
            )
            routine_name = _text(w.get("routine"), f"{where}.routine", optional=True)
            if builtin_key:
                routine_id = routines_by_key.get(builtin_key)
            if routine_id is None and routine_name:
                routine_id = routines_by_name.get(routine_name)
            origin = values.get("origin") or "json"
            workout = Workout(
                routine_id=routine_id,
                name=name,
                started_at=started,
                ended_at=ended,
                notes=values.get("notes") or "",
                origin=origin,
                import_key=key,
                player_state=player_state,
                updated_at=now,
            )
            session.add(workout)
            session.flush()
            added += 1
            for j, raw in enumerate(_list(w, "sets", f"{where}.")):
                sw = f"{where}.sets[{j}]"
                s = _object(raw, sw)
                row = {f: s.get(f) for f in SET_FIELDS} | _checked(
                    LOGGED_SET, s, SET_FIELDS, sw, bound_of=_TARGET_BOUNDS
                )
                _choice(row["set_type"], SET_TYPES, f"{sw}.set_type")
                _choice(row["side"], SIDES, f"{sw}.side")
                number = _ordinal(
                    row["set_number"], f"{sw}.set_number", optional=True, bound=SET_NUMBER
                )
                row["note"] = row["note"] or ""
                row["set_number"] = number or 1
                row["workout_id"] = workout.id
                row["exercise_id"] = self.exercise_id(s.get("exercise"), sw)
                row["position"] = j
                logged_at = _time(s.get("logged_at"), f"{sw}.logged_at", required=False)
                if logged_at is not None and (
                    (started - logged_at).total_seconds() > LOGGED_EARLY_SECONDS
                ):
                    raise _fail(
                        f"{sw}.logged_at",
                        translate(
                            "core.interchange.backline", "is before the workout's started_at"
                        ),
                    )
                row["logged_at"] = logged_at or started
                pos = _ordinal(s.get("routine_item"), f"{sw}.routine_item", optional=True)
                linked = (
                    items_by_routine.get((routine_id, pos))
                    if routine_id is not None and pos is not None
                    else None
                )
                row["routine_item_id"] = (
                    linked[0] if linked is not None and linked[1] == row["exercise_id"] else None
                )
                inserter.add(row)
        inserter.flush()
        return added, skipped, inserter.added

    def measurements(self, entries: list[Any]) -> int:
        added = 0
        existing = {
            (m.measured_on, *(getattr(m, f) for f in MEASUREMENT_FIELDS))
            for m in self.session.execute(select(BodyMeasurement)).scalars()
        }
        for i, entry in enumerate(entries):
            where = f"body_measurements[{i}]"
            m = _object(entry, where)
            day = _date(_get(m, "measured_on", where), f"{where}.measured_on")
            values = {f: m.get(f) for f in MEASUREMENT_FIELDS} | _checked(
                BODY_MEASUREMENT, m, MEASUREMENT_FIELDS, where
            )
            if all(values[f] is None for f in MEASUREMENT_FIELDS if f != "note"):
                # as the Body tab refuses it
                raise _fail(where, translate("core.interchange.backline", "holds no value"))
            values["note"] = values["note"] or ""
            ident = (day, *(values[f] for f in MEASUREMENT_FIELDS))
            if ident in existing:
                continue
            existing.add(ident)
            self.session.add(BodyMeasurement(measured_on=day, **values))
            added += 1
        return added

    def day_logs(self, entries: list[Any]) -> int:
        """Days not logged here yet; a day already logged is left as it is."""
        added = 0
        logged = set(self.session.execute(select(DayLog.day)).scalars())
        for i, entry in enumerate(entries):
            where = f"day_logs[{i}]"
            d = _object(entry, where)
            day = _date(_get(d, "day", where), f"{where}.day")
            values = {f: d.get(f) for f in DAY_FIELDS} | _checked(DAY_LOG, d, DAY_FIELDS, where)
            values["note"] = values["note"] or ""
            if day in logged:
                continue
            logged.add(day)
            self.session.add(DayLog(day=day, **values))
            added += 1
        return added

    def targets(self, entries: list[Any]) -> int:
        """Each target onto the routine item it names (routine by name or ready-made key, item
        by position); one already there (same item and time) is skipped."""
        added = 0
        self.session.flush()
        items: dict[tuple[str | None, str | None, int], int] = {}
        for row_id, row_position, row_name, row_key in self.session.execute(
            select(RoutineItem.id, RoutineItem.position, Routine.name, Routine.builtin_key).join(
                Routine, Routine.id == RoutineItem.routine_id
            )
        ):
            items[(None if row_key else row_name, row_key, row_position)] = row_id
        have: set[tuple[int, datetime]] = {
            (row_id, row_at)
            for row_id, row_at in self.session.execute(
                select(RoutineItemTarget.routine_item_id, RoutineItemTarget.set_at)
            )
        }
        for i, entry in enumerate(entries):
            where = f"routine_item_targets[{i}]"
            t = _object(entry, where)
            key = _text(t.get("routine_builtin_key"), f"{where}.routine_builtin_key", optional=True)
            name = None if key else _text(t.get("routine"), f"{where}.routine")
            position = _ordinal(t.get("position"), f"{where}.position")
            item_id = items.get((name, key, position))
            if item_id is None:
                raise _fail(
                    where,
                    translate(
                        "core.interchange.backline", "no item {position} in the routine {routine}"
                    ).format(position=position, routine=repr(key or name)),
                )
            set_at = _time(_get(t, "set_at", where), f"{where}.set_at")
            assert set_at is not None  # required: _time raised otherwise
            values = _checked(PRESCRIPTION, t, TARGET_FIELDS, where)
            if values.get("sets") is None:
                raise _fail(f"{where}.sets", translate("core.interchange.backline", "is required"))
            source = _choice(t.get("source"), TARGET_SOURCES, f"{where}.source")
            reason = _text(t.get("reason", ""), f"{where}.reason")
            if (item_id, set_at) in have:
                continue
            have.add((item_id, set_at))
            self.session.add(
                RoutineItemTarget(
                    routine_item_id=item_id, set_at=set_at, source=source, reason=reason, **values
                )
            )
            added += 1
        return added

    def settings(self, settings: dict[str, Any]) -> int:
        added = 0
        stored = set(self.session.execute(select(Setting.key)).scalars())
        for key, value in settings.items():
            if key in stored or key in LOCAL_SETTINGS:
                continue
            try:
                checked = check_setting(key, value)
            except KeyError:
                continue  # a setting this version does not read
            except InputError as exc:
                raise _fail(f"settings.{key}", exc.message) from None
            self.session.add(Setting(key=key, value=checked))
            added += 1
        self.session.flush()
        return added


def import_backup(data: Any, *, session: Session) -> JsonImportResult:
    """Load an already-decoded Backline JSON document (see import_json)."""
    if not isinstance(data, dict) or data.get("format") != FORMAT:
        raise ImportFormatError(
            None,
            translate(
                "core.interchange.backline", "not a Backline export (format is not 'backline')"
            ),
        )
    version = data.get("version")
    if not isinstance(version, int) or version > VERSION:
        raise ImportFormatError(
            None,
            translate(
                "core.interchange.backline", "version {version} is newer than this app reads"
            ).format(version=repr(version)),
        )
    settings = data.get("settings", {})
    if not isinstance(settings, dict):
        raise _fail("settings", _expected_object())

    restore = _Restore(session)
    try:
        exercises_added = restore.exercises(_list(data, "exercises", ""))
        aliases_added = restore.aliases(_list(data, "aliases", ""))
        routines_added, routines_skipped = restore.routines(_list(data, "routines", ""))
        workouts_added, skipped, sets_added = restore.workouts(_list(data, "workouts", ""))
        measurements_added = restore.measurements(_list(data, "body_measurements", ""))
        day_logs_added = restore.day_logs(_list(data, "day_logs", ""))
        targets_added = restore.targets(_list(data, "routine_item_targets", ""))
        settings_added = restore.settings(settings)
        session.flush()
    except IntegrityError as exc:
        # What the checks above did not foresee the schema still refuses: one line, no SQL.
        raise ImportFormatError(
            None,
            translate(
                "core.interchange.backline", "a value the database refuses ({reason})"
            ).format(reason=exc.orig),
        ) from None
    return JsonImportResult(
        exercises_added=exercises_added,
        aliases_added=aliases_added,
        routines_added=routines_added,
        routines_skipped=routines_skipped,
        workouts_added=workouts_added,
        workouts_skipped_duplicate=skipped,
        sets_added=sets_added,
        measurements_added=measurements_added,
        settings_added=settings_added,
        day_logs_added=day_logs_added,
        targets_added=targets_added,
    )
