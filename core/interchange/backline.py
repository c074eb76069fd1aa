"""Exports (Strong CSV, our full JSON) and the JSON import, through the caller's session.

Strong CSV (`export_strong_csv`): Strong's comma dialect, readable by our Strong importer and
by apps that read Strong files. Dates are local wall times in `tz` (default: this machine's
zone); Duration is written as Strong does (`1h 2min`, whole minutes); warm-up / drop /
failure sets are `W` / `D` / `F`, normal sets are numbered per exercise; weights in the chosen
unit (kg exactly as stored; lb rounded to 0.0001 lb); distance in km for kg, miles for lb
(what our importer assumes for a file without units); empty Seconds/Distance are written 0,
as Strong does.

Backline JSON (`export_json` / `import_json`): everything a person made —

    {"format": "backline", "version": 1,
     "exercises": [custom exercises], "aliases": [...], "routines": [user routines + items],
     "workouts": [{"started_at", "ended_at", "name", "notes", "origin", "import_key",
                   "routine", "routine_builtin_key", "player_state",
                   "sets": [{"exercise" (slug), "set_number", "set_type", "side", "reps",
                             "weight_kg", "duration_seconds", "distance_km", "rpe",
                             "target_reps", "target_weight_kg", "target_seconds", "note",
                             "logged_at", "routine_item" (position in the routine)}]}],
     "body_measurements": [...], "settings": {key: value}}

Times are ISO 8601 with their offset (UTC). Built-in exercises and routines are referred to
by slug / builtin_key: the library must be seeded before an import. Database ids,
created/updated stamps and machine-local settings (seed_hash, last_backup_at) are left out,
so export -> import into an empty database -> export gives identical JSON.
Importing into a database that already holds data adds what is missing and leaves existing
rows alone: custom exercises by slug, aliases by name key, routines by name, workouts by
import_key (or by start time and name when they have none), settings by key, body
measurements when no identical row exists.
"""

from __future__ import annotations

import csv
import json
import os
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, date, datetime, tzinfo
from pathlib import Path
from typing import Any, cast

from sqlalchemy import Table, insert, select
from sqlalchemy.orm import Session

from core.interchange.common import LB_TO_KG, MILE_TO_KM, ImportFormatError
from core.store.models import (
    BodyMeasurement,
    Exercise,
    ExerciseAlias,
    LoggedSet,
    Routine,
    RoutineItem,
    Setting,
    Workout,
    utcnow,
)

# The Table behind LoggedSet, typed for Core inserts (executemany is 2x the ORM bulk path).
LOGGED_SETS_TABLE = cast(Table, LoggedSet.__table__)

FORMAT = "backline"
VERSION = 1
LOCAL_SETTINGS = frozenset({"seed_hash", "last_backup_at"})

STRONG_HEADER = (
    "Date",
    "Workout Name",
    "Duration",
    "Exercise Name",
    "Set Order",
    "Weight",
    "Reps",
    "Distance",
    "Seconds",
    "Notes",
    "Workout Notes",
    "RPE",
)
_TYPE_LETTER = {"warmup": "W", "dropset": "D", "failure": "F"}

EXERCISE_FIELDS = (
    "slug", "name", "kind", "mode", "per_side", "sets", "reps_min", "reps_max",
    "hold_seconds", "rest_seconds", "duration_minutes", "sessions_per_week_min",
    "sessions_per_week_max", "equipment", "muscles", "impact", "cautions", "variations",
    "sources", "defaults", "instructions", "summary",
)  # fmt: skip
ROUTINE_FIELDS = (
    "name", "source", "summary", "sessions_per_week_min", "sessions_per_week_max",
    "defaults", "suggestions_enabled",
)  # fmt: skip
ITEM_FIELDS = (
    "mode", "sets", "reps_min", "reps_max", "hold_seconds", "duration_minutes", "per_side",
    "rest_seconds", "rest_after_seconds", "weight_kg", "note", "circuit", "rounds", "defaults",
)  # fmt: skip
SET_FIELDS = (
    "set_number", "set_type", "side", "reps", "weight_kg", "duration_seconds", "distance_km",
    "rpe", "target_reps", "target_weight_kg", "target_seconds", "note",
)  # fmt: skip
MEASUREMENT_FIELDS = ("weight_kg", "waist_cm", "hips_cm", "thigh_cm", "note")


@dataclass(frozen=True)
class ExportResult:
    path: Path
    workouts: int
    sets: int


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


# --- Strong CSV ----------------------------------------------------------------------------


def _num(value: float | None) -> str:
    if value is None:
        return ""
    return repr(float(value))


def _strong_duration(start: datetime, end: datetime | None) -> str:
    if end is None:
        return ""
    minutes = max(0, int((end - start).total_seconds() // 60))
    hours, minutes = divmod(minutes, 60)
    return f"{hours}h {minutes}min" if hours else f"{minutes}min"


def _write_atomically(path: Path, write: Any, *, newline: str | None = None) -> None:
    path = Path(path)
    tmp = path.with_name(path.name + ".part")
    with open(tmp, "w", encoding="utf-8", newline=newline) as fh:
        write(fh)
        fh.flush()
        os.fsync(fh.fileno())
    os.replace(tmp, path)


def _set_rows(session: Session) -> Iterator[Any]:
    """All logged sets with their exercise, ordered by workout then position."""
    stmt = (
        select(
            *LoggedSet.__table__.c, Exercise.slug.label("ex_slug"), Exercise.name.label("ex_name")
        )
        .join(Exercise, LoggedSet.exercise_id == Exercise.id)
        .join(Workout, LoggedSet.workout_id == Workout.id)
        .order_by(Workout.started_at, Workout.id, LoggedSet.position, LoggedSet.id)
        .execution_options(yield_per=5000)
    )
    return iter(session.execute(stmt))


def export_strong_csv(
    path: str | os.PathLike[str],
    *,
    session: Session,
    unit: str = "kg",
    tz: tzinfo | None = None,
) -> ExportResult:
    """Write every workout with sets in Strong's comma CSV dialect (see module docstring)."""
    if unit not in ("kg", "lb"):
        raise ValueError(f"unit must be 'kg' or 'lb', not {unit!r}")
    lb = unit == "lb"
    workouts = {
        w.id: w
        for w in session.execute(select(Workout).order_by(Workout.started_at, Workout.id))
        .scalars()
        .all()
    }
    counts = {"workouts": 0, "sets": 0}

    def write(fh: Any) -> None:
        out = csv.writer(fh, lineterminator="\n")
        out.writerow(STRONG_HEADER)
        current: int | None = None
        normal_numbers: dict[str, int] = {}
        for logged in _set_rows(session):
            ex_name = logged.ex_name
            w = workouts[logged.workout_id]
            first = current != w.id
            if first:
                current = w.id
                normal_numbers = {}
                counts["workouts"] += 1
            local = w.started_at.astimezone(tz) if tz is not None else w.started_at.astimezone()
            if logged.set_type in _TYPE_LETTER:
                order = _TYPE_LETTER[logged.set_type]
            else:
                normal_numbers[ex_name] = normal_numbers.get(ex_name, 0) + 1
                order = str(normal_numbers[ex_name])
            weight = logged.weight_kg
            if weight is not None and lb:
                weight = round(weight / LB_TO_KG, 4)
            distance = logged.distance_km
            if distance is not None and lb:
                distance = distance / MILE_TO_KM
            out.writerow(
                (
                    local.strftime("%Y-%m-%d %H:%M:%S"),
                    w.name,
                    _strong_duration(w.started_at, w.ended_at),
                    ex_name,
                    order,
                    _num(weight),
                    "" if logged.reps is None else str(logged.reps),
                    _num(distance) if distance is not None else "0",
                    _num(logged.duration_seconds) if logged.duration_seconds is not None else "0",
                    logged.note,
                    w.notes if first else "",
                    _num(logged.rpe),
                )
            )
            counts["sets"] += 1

    _write_atomically(Path(path), write, newline="")
    return ExportResult(Path(path), counts["workouts"], counts["sets"])


# --- Backline JSON: export -----------------------------------------------------------------


def _iso(value: datetime | None) -> str | None:
    return None if value is None else value.astimezone(UTC).isoformat()


def build_backup(*, session: Session) -> dict[str, Any]:
    """The whole export as a JSON-ready dict (what export_json writes)."""
    slug_of = dict(session.execute(select(Exercise.id, Exercise.slug)).all())
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
        entry = {f: getattr(r, f) for f in ROUTINE_FIELDS}
        entry["items"] = [
            {"position": item.position, "exercise": slug_of[item.exercise_id]}
            | {f: getattr(item, f) for f in ITEM_FIELDS}
            for item in r.items
        ]
        routines.append(entry)

    workouts: list[dict[str, Any]] = []
    by_id: dict[int, dict[str, Any]] = {}
    for w in session.execute(select(Workout).order_by(Workout.started_at, Workout.id)).scalars():
        name_key = routine_info.get(w.routine_id) if w.routine_id is not None else None
        entry = {
            "started_at": _iso(w.started_at),
            "ended_at": _iso(w.ended_at),
            "name": w.name,
            "notes": w.notes,
            "origin": w.origin,
            "import_key": w.import_key,
            "routine": name_key[0] if name_key and name_key[1] is None else None,
            "routine_builtin_key": name_key[1] if name_key else None,
            "player_state": w.player_state,
            "sets": [],
        }
        workouts.append(entry)
        by_id[w.id] = entry
    for logged in _set_rows(session):
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
        "settings": settings,
    }


def export_json(path: str | os.PathLike[str], *, session: Session) -> ExportResult:
    """Write everything to one JSON file (atomically: a .part file renamed into place)."""
    data = build_backup(session=session)

    def write(fh: Any) -> None:
        json.dump(data, fh, ensure_ascii=False, indent=1, allow_nan=False)
        fh.write("\n")

    _write_atomically(Path(path), write)
    n_sets = sum(len(w["sets"]) for w in data["workouts"])
    return ExportResult(Path(path), len(data["workouts"]), n_sets)


# --- Backline JSON: import -----------------------------------------------------------------


def _fail(where: str, reason: str) -> ImportFormatError:
    return ImportFormatError(None, f"{where}: {reason}")


def _get(obj: Any, key: str, where: str, *, required: bool = True, default: Any = None) -> Any:
    if not isinstance(obj, dict):
        raise _fail(where, "expected an object")
    if key not in obj:
        if required:
            raise _fail(where, f"missing {key!r}")
        return default
    return obj[key]


def _time(value: Any, where: str, *, required: bool = True) -> datetime | None:
    if value is None:
        if required:
            raise _fail(where, "missing time")
        return None
    try:
        parsed = datetime.fromisoformat(str(value))
    except ValueError:
        raise _fail(where, f"{value!r} is not an ISO 8601 time") from None
    if parsed.tzinfo is None:
        raise _fail(where, f"{value!r} has no UTC offset")
    return parsed.astimezone(UTC)


def _list(obj: dict[str, Any], key: str) -> list[Any]:
    value = obj.get(key, [])
    if not isinstance(value, list):
        raise _fail(key, "expected a list")
    return value


def import_json(path: str | os.PathLike[str], *, session: Session) -> JsonImportResult:
    """Load a Backline JSON export (see module docstring). Never commits."""
    try:
        data = json.loads(Path(path).read_text(encoding="utf-8"))
    except UnicodeDecodeError:
        raise ImportFormatError(None, "not UTF-8 text") from None
    except json.JSONDecodeError as exc:
        raise ImportFormatError(exc.lineno, f"not valid JSON ({exc.msg})") from None
    return import_backup(data, session=session)


def import_backup(data: Any, *, session: Session) -> JsonImportResult:
    """Load an already-decoded Backline JSON document (see import_json)."""
    if not isinstance(data, dict) or data.get("format") != FORMAT:
        raise ImportFormatError(None, "not a Backline export (format is not 'backline')")
    version = data.get("version")
    if not isinstance(version, int) or version > VERSION:
        raise ImportFormatError(None, f"version {version!r} is newer than this app reads")

    slugs: dict[str, int] = dict(session.execute(select(Exercise.slug, Exercise.id)).all())

    def exercise_id(slug: Any, where: str) -> int:
        ex = slugs.get(slug) if isinstance(slug, str) else None
        if ex is None:
            raise _fail(where, f"unknown exercise {slug!r}")
        return ex

    exercises_added = 0
    for i, e in enumerate(_list(data, "exercises")):
        where = f"exercises[{i}]"
        slug = _get(e, "slug", where)
        if slug in slugs:
            continue
        values = {f: e[f] for f in EXERCISE_FIELDS if f in e}
        for f in ("name", "kind", "mode"):
            _get(e, f, where)
        ex = Exercise(**values, builtin=False)
        session.add(ex)
        session.flush()
        slugs[slug] = ex.id
        exercises_added += 1

    aliases_added = 0
    known_aliases = set(session.execute(select(ExerciseAlias.name_key)).scalars())
    for i, a in enumerate(_list(data, "aliases")):
        where = f"aliases[{i}]"
        key = _get(a, "name_key", where)
        if key in known_aliases:
            continue
        session.add(ExerciseAlias(name_key=key, exercise_id=exercise_id(a.get("exercise"), where)))
        known_aliases.add(key)
        aliases_added += 1

    routines_added = routines_skipped = 0
    existing_routines = set(session.execute(select(Routine.name)).scalars())
    for i, r in enumerate(_list(data, "routines")):
        where = f"routines[{i}]"
        name = _get(r, "name", where)
        if name in existing_routines:
            routines_skipped += 1
            continue
        routine = Routine(**{f: r[f] for f in ROUTINE_FIELDS if f in r})
        for j, item in enumerate(_get(r, "items", where, required=False, default=[])):
            iw = f"{where}.items[{j}]"
            routine.items.append(
                RoutineItem(
                    position=_get(item, "position", iw),
                    exercise_id=exercise_id(_get(item, "exercise", iw), iw),
                    **{f: item[f] for f in ITEM_FIELDS if f in item},
                )
            )
        session.add(routine)
        existing_routines.add(name)
        routines_added += 1
    session.flush()

    routines_by_name: dict[str, int] = {}
    routines_by_key: dict[str, int] = {}
    for rid, rname, bkey in session.execute(select(Routine.id, Routine.name, Routine.builtin_key)):
        routines_by_name[rname] = rid
        if bkey is not None:
            routines_by_key[bkey] = rid
    items_by_routine: dict[tuple[int, int], int] = {
        (rid, pos): iid
        for iid, rid, pos in session.execute(
            select(RoutineItem.id, RoutineItem.routine_id, RoutineItem.position)
        )
    }

    existing_keys = set(
        session.execute(select(Workout.import_key).where(Workout.import_key.is_not(None))).scalars()
    )
    existing_plain = {
        (started, name)
        for started, name in session.execute(
            select(Workout.started_at, Workout.name).where(Workout.import_key.is_(None))
        )
    }
    workouts_added = skipped = sets_added = 0
    now = utcnow()
    batch: list[dict[str, Any]] = []
    for i, w in enumerate(_list(data, "workouts")):
        where = f"workouts[{i}]"
        started = _time(_get(w, "started_at", where), f"{where}.started_at")
        assert started is not None
        name = w.get("name") or ""
        key = w.get("import_key")
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
        routine_id = None
        if w.get("routine_builtin_key"):
            routine_id = routines_by_key.get(w["routine_builtin_key"])
        if routine_id is None and w.get("routine"):
            routine_id = routines_by_name.get(w["routine"])
        workout = Workout(
            routine_id=routine_id,
            name=name,
            started_at=started,
            ended_at=_time(w.get("ended_at"), f"{where}.ended_at", required=False),
            notes=w.get("notes") or "",
            origin=w.get("origin") or "json",
            import_key=key,
            player_state=w.get("player_state"),
            updated_at=now,
        )
        session.add(workout)
        session.flush()
        workouts_added += 1
        for j, s in enumerate(_list(w, "sets")):
            sw = f"{where}.sets[{j}]"
            row = {f: s.get(f) for f in SET_FIELDS}
            if row["set_type"] not in ("normal", "warmup", "dropset", "failure"):
                raise _fail(sw, f"set_type {row['set_type']!r} is not a set type")
            row["note"] = row["note"] or ""
            row["set_number"] = row["set_number"] or 1
            row["workout_id"] = workout.id
            row["exercise_id"] = exercise_id(s.get("exercise"), sw)
            row["position"] = j
            row["logged_at"] = (
                _time(s.get("logged_at"), f"{sw}.logged_at", required=False) or started
            )
            pos = s.get("routine_item")
            row["routine_item_id"] = (
                items_by_routine.get((routine_id, pos))
                if routine_id is not None and pos is not None
                else None
            )
            batch.append(row)
        if len(batch) >= 20_000:
            session.execute(insert(LOGGED_SETS_TABLE), batch)
            sets_added += len(batch)
            batch = []
    if batch:
        session.execute(insert(LOGGED_SETS_TABLE), batch)
        sets_added += len(batch)

    measurements_added = 0
    existing_m = {
        (m.measured_on, *(getattr(m, f) for f in MEASUREMENT_FIELDS))
        for m in session.execute(select(BodyMeasurement)).scalars()
    }
    for i, m in enumerate(_list(data, "body_measurements")):
        where = f"body_measurements[{i}]"
        try:
            day = date.fromisoformat(str(_get(m, "measured_on", where)))
        except ValueError:
            raise _fail(where, f"{m['measured_on']!r} is not a date") from None
        values = {f: m.get(f) for f in MEASUREMENT_FIELDS}
        values["note"] = values["note"] or ""
        ident = (day, *(values[f] for f in MEASUREMENT_FIELDS))
        if ident in existing_m:
            continue
        existing_m.add(ident)
        session.add(BodyMeasurement(measured_on=day, **values))
        measurements_added += 1

    settings_added = 0
    settings = data.get("settings", {})
    if not isinstance(settings, dict):
        raise _fail("settings", "expected an object")
    stored = set(session.execute(select(Setting.key)).scalars())
    for key, value in settings.items():
        if key in stored or key in LOCAL_SETTINGS:
            continue
        session.add(Setting(key=key, value=value))
        settings_added += 1
    session.flush()

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
    )
