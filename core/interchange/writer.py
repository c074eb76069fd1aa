"""Write a ParsedImport into the database, through the caller's session (never commits).

Exercise names resolve, in this order: the caller's `mapping` {name: slug} (remembered as an
ExerciseAlias for the next import), a remembered alias, the built-in alias table
(common.BUILTIN_ALIASES, slugs absent from the exercises table are ignored), then an exercise
whose name or slug equals the name. Names still unknown raise UnmappedExercises before
anything is written, unless `create_custom=True`, which makes one custom exercise per name
(builtin=False, slug `custom-<slug of the name>`, kind strength, mode reps, or duration when
the rows carry only seconds/distance) and remembers it as an alias too.

Re-importing is idempotent: each workout gets Workout.import_key = hash(app, UTC start, name)
and workouts whose key is already stored are skipped. Sets go in with bulk inserts.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from typing import Any, cast

from sqlalchemy import Table, insert, select
from sqlalchemy.orm import Session

from core.interchange.common import (
    BUILTIN_ALIASES,
    MappingError,
    ParsedImport,
    UnmappedExercises,
    import_key,
    name_key,
    slugify,
)
from core.store.models import Exercise, ExerciseAlias, LoggedSet, Workout, utcnow

# The Table behind LoggedSet, typed for Core inserts (executemany is 2x the ORM bulk path).
LOGGED_SETS_TABLE = cast(Table, LoggedSet.__table__)

SET_CHUNK = 20_000
KEY_CHUNK = 500


@dataclass(frozen=True)
class ImportResult:
    workouts_added: int
    workouts_skipped_duplicate: int
    sets_added: int
    exercises_created: tuple[str, ...]  # slugs of the custom exercises made by this import
    unmapped: tuple[str, ...]  # names that matched nothing we knew (mapped or created)
    aliases_remembered: int


class _Catalog:
    """Everything needed to resolve names, read once per import."""

    def __init__(self, session: Session) -> None:
        self.by_slug: dict[str, int] = {}
        self.by_name: dict[str, int] = {}
        for ex_id, slug, name in session.execute(select(Exercise.id, Exercise.slug, Exercise.name)):
            self.by_slug[slug] = ex_id
            self.by_name.setdefault(name_key(name), ex_id)
        self.aliases: dict[str, int] = dict(
            session.execute(select(ExerciseAlias.name_key, ExerciseAlias.exercise_id)).all()
        )

    def resolve(self, name: str) -> int | None:
        key = name_key(name)
        found = self.aliases.get(key)
        if found is not None:
            return found
        for slug in BUILTIN_ALIASES.get(key, ()):
            if slug in self.by_slug:
                return self.by_slug[slug]
        found = self.by_name.get(key)
        if found is not None:
            return found
        return self.by_slug.get(key) or self.by_slug.get(slugify(name))


class SetInserter:
    """Logged-set rows (dicts of LoggedSet columns) inserted in batches of SET_CHUNK.

    A Core insert on the table (executemany): the ORM bulk path took twice as long per row
    (100,000 sets: 2.6 s against 1.3 s, bench/import.py).
    """

    def __init__(self, session: Session) -> None:
        self.session = session
        self.added = 0
        self._batch: list[dict[str, Any]] = []

    def add(self, row: dict[str, Any]) -> None:
        self._batch.append(row)
        if len(self._batch) >= SET_CHUNK:
            self.flush()

    def flush(self) -> None:
        """Insert what is waiting (call once after the last add)."""
        if self._batch:
            self.session.execute(insert(LOGGED_SETS_TABLE), self._batch)
            self.added += len(self._batch)
            self._batch = []


def _names(parsed: ParsedImport) -> list[str]:
    return list(parsed.summary.exercise_names)


def unknown_exercise_names(parsed: ParsedImport, *, session: Session) -> list[str]:
    """Names in the file that resolve to no exercise (the UI asks the user to map these)."""
    catalog = _Catalog(session)
    return [n for n in _names(parsed) if catalog.resolve(n) is None]


def _remember(session: Session, catalog: _Catalog, name: str, exercise_id: int) -> bool:
    key = name_key(name)
    if catalog.aliases.get(key) == exercise_id:
        return False
    alias = session.execute(
        select(ExerciseAlias).where(ExerciseAlias.name_key == key)
    ).scalar_one_or_none()
    if alias is None:
        session.add(ExerciseAlias(name_key=key, exercise_id=exercise_id))
    else:
        alias.exercise_id = exercise_id
    catalog.aliases[key] = exercise_id
    return True


def _chunks(items: list[Any], size: int) -> Iterator[list[Any]]:
    for i in range(0, len(items), size):
        yield items[i : i + size]


def _existing_keys(session: Session, keys: Iterable[str]) -> set[str]:
    found: set[str] = set()
    for chunk in _chunks(list(keys), KEY_CHUNK):
        stmt = select(Workout.import_key).where(Workout.import_key.in_(chunk))
        found.update(k for k in session.execute(stmt).scalars() if k is not None)
    return found


def import_parsed(
    parsed: ParsedImport,
    *,
    session: Session,
    mapping: dict[str, str] | None = None,
    create_custom: bool = False,
) -> ImportResult:
    """Store the parsed workouts (all-or-nothing inside the caller's transaction)."""
    catalog = _Catalog(session)
    names = _names(parsed)
    ids: dict[str, int] = {}
    remembered = 0
    unmapped: list[str] = []

    mapping_by_key = {name_key(k): v for k, v in (mapping or {}).items()}
    for name in names:
        slug = mapping_by_key.get(name_key(name))
        if slug is None:
            continue
        ex_id = catalog.by_slug.get(slug)
        if ex_id is None:
            raise MappingError(f"{name!r} is mapped to {slug!r}, which is not an exercise")
        ids[name] = ex_id
        if catalog.resolve(name) is None:
            unmapped.append(name)
        remembered += _remember(session, catalog, name, ex_id)

    missing: list[str] = []
    for name in names:
        if name in ids:
            continue
        ex_id = catalog.resolve(name)
        if ex_id is None:
            missing.append(name)
        else:
            ids[name] = ex_id
    if missing and not create_custom:
        raise UnmappedExercises(missing)

    created: list[str] = []
    if missing:
        timed_only = {n: True for n in missing}
        for w in parsed.workouts:
            for s in w.sets:
                if timed_only.get(s.exercise) and (
                    s.reps is not None or (s.duration_seconds is None and s.distance_km is None)
                ):
                    timed_only[s.exercise] = False
        for name in missing:
            base = "custom-" + slugify(name)
            slug = base[:80]
            ex_id = catalog.by_slug.get(slug)
            if ex_id is None:
                ex = Exercise(
                    slug=slug,
                    name=" ".join(name.split())[:120],
                    kind="strength",
                    mode="duration" if timed_only[name] else "reps",
                    builtin=False,
                )
                session.add(ex)
                session.flush()
                ex_id = ex.id
                catalog.by_slug[slug] = ex_id
                catalog.by_name.setdefault(name_key(name), ex_id)
                created.append(slug)
            ids[name] = ex_id
            unmapped.append(name)
            remembered += _remember(session, catalog, name, ex_id)
    session.flush()

    app = parsed.app
    keyed = [(import_key(app, w.started_at, w.name), w) for w in parsed.workouts]
    existing = _existing_keys(session, (k for k, _ in keyed))
    to_add = []
    skipped = 0
    for key, w in keyed:
        if key in existing:
            skipped += 1
            continue
        existing.add(key)
        to_add.append((key, w))

    now = utcnow()
    workout_rows = [
        {
            "routine_id": None,
            "name": w.name[:200],
            "started_at": w.started_at,
            "ended_at": w.ended_at,
            "notes": w.notes,
            "origin": app,
            "import_key": key,
            "player_state": None,
            "updated_at": now,
        }
        for key, w in to_add
    ]
    workout_ids: list[int] = []
    for chunk in _chunks(workout_rows, 5000):
        workout_ids.extend(
            session.execute(
                insert(Workout).returning(Workout.id, sort_by_parameter_order=True), chunk
            ).scalars()
        )

    inserter = SetInserter(session)
    for (_key, w), workout_id in zip(to_add, workout_ids, strict=True):
        per_exercise: dict[str, int] = {}
        started = w.started_at
        for position, s in enumerate(w.sets):
            number = per_exercise.get(s.exercise, 0) + 1
            per_exercise[s.exercise] = number
            inserter.add(
                {
                    "workout_id": workout_id,
                    "exercise_id": ids[s.exercise],
                    "routine_item_id": None,
                    "position": position,
                    "set_number": number,
                    "side": s.side,
                    "set_type": s.set_type,
                    "target_reps": None,
                    "target_weight_kg": None,
                    "target_seconds": None,
                    "reps": s.reps,
                    "weight_kg": s.weight_kg,
                    "duration_seconds": s.duration_seconds,
                    "distance_km": s.distance_km,
                    "rpe": s.rpe,
                    "note": s.note,
                    "logged_at": started,
                }
            )
    inserter.flush()

    return ImportResult(
        workouts_added=len(to_add),
        workouts_skipped_duplicate=skipped,
        sets_added=inserter.added,
        exercises_created=tuple(created),
        unmapped=tuple(unmapped),
        aliases_remembered=remembered,
    )
