"""Write a ParsedImport into the database, through the caller's session (never commits).

Exercise names resolve, in this order: the caller's `mapping` {name: slug} (remembered as an
ExerciseAlias for the next import), a remembered alias, the built-in alias table
(common.BUILTIN_ALIASES, slugs absent from the exercises table are ignored), then an exercise
whose name or slug equals the name (a shipped exercise's name in any of our languages too). Names still unknown raise UnmappedExercises before
anything is written, unless `create_custom=True`, which makes one custom exercise per name
(builtin=False, slug `custom-<slug of the name>`, kind strength, mode reps, or duration when
the rows carry only seconds/distance) and remembers it as an alias too.

Re-importing is idempotent: each workout gets Workout.import_key = hash(app, UTC start, name)
and workouts whose key is already stored are skipped. Sets go in with bulk inserts:
`import_parsed` inside the caller's transaction; `import_parsed_staged` (the CLI) stages the
rows in temporary tables first, so the write lock is held only for the final copy.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from contextlib import suppress
from dataclasses import dataclass
from datetime import datetime
from typing import TYPE_CHECKING, Any, cast

from sqlalchemy import Column, Connection, Integer, MetaData, Table, insert, select, text
from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.orm import Session

from core.i18n import translate
from core.interchange.common import (
    BUILTIN_ALIASES,
    MappingError,
    ParsedImport,
    ParsedWorkout,
    UnmappedExercises,
    import_key,
    name_key,
    slugify,
)
from core.library.localized import translated_exercise_names
from core.store import dialect
from core.store.models import Exercise, ExerciseAlias, LoggedSet, Workout, utcnow

if TYPE_CHECKING:
    from core.store.db import Database

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
        # then the shipped exercises' names in our other languages (a stored name wins)
        for slug, name in translated_exercise_names():
            if slug in self.by_slug:
                self.by_name.setdefault(name_key(name), self.by_slug[slug])
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
            dialect.bulk_insert(self.session.connection(), LOGGED_SETS_TABLE, self._batch)
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


@dataclass
class _Names:
    """Each name of the file resolved to an exercise id, and what resolving them did."""

    ids: dict[str, int]
    created: list[str]
    unmapped: list[str]
    remembered: int


def _resolve_names(
    session: Session,
    parsed: ParsedImport,
    mapping: dict[str, str] | None,
    create_custom: bool,
) -> _Names:
    """Resolve every name (module docstring); remembers aliases and makes custom exercises."""
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
            raise MappingError(
                translate(
                    "core.interchange.writer",
                    "{name} is mapped to {slug}, which is not an exercise",
                ).format(name=repr(name), slug=repr(slug))
            )
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
    return _Names(ids, created, unmapped, remembered)


def _new_workouts(
    parsed: ParsedImport, existing: set[str]
) -> tuple[list[tuple[str, ParsedWorkout]], int]:
    """(import key, workout) of each workout whose key is neither in `existing` nor earlier in
    the file, and how many were skipped as duplicates."""
    to_add = []
    skipped = 0
    for w in parsed.workouts:
        key = import_key(parsed.app, w.started_at, w.name)
        if key in existing:
            skipped += 1
            continue
        existing.add(key)
        to_add.append((key, w))
    return to_add, skipped


def _workout_row(key: str, w: ParsedWorkout, app: str, now: datetime) -> dict[str, Any]:
    return {
        "name": w.name[:200],
        "started_at": w.started_at,
        "ended_at": w.ended_at,
        "notes": w.notes,
        "origin": app,
        "import_key": key,
        "updated_at": now,
    }


def _set_rows(w: ParsedWorkout) -> Iterator[tuple[str, dict[str, Any]]]:
    """(exercise name, LoggedSet columns but workout_id and exercise_id) of each set."""
    per_exercise: dict[str, int] = {}
    for position, s in enumerate(w.sets):
        number = per_exercise.get(s.exercise, 0) + 1
        per_exercise[s.exercise] = number
        yield (
            s.exercise,
            {
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
                "logged_at": w.started_at,
            },
        )


def import_parsed(
    parsed: ParsedImport,
    *,
    session: Session,
    mapping: dict[str, str] | None = None,
    create_custom: bool = False,
) -> ImportResult:
    """Store the parsed workouts (all-or-nothing inside the caller's transaction).

    The caller's write transaction holds the database's write lock for the whole insert; for a
    long file from a second process use import_parsed_staged."""
    names = _resolve_names(session, parsed, mapping, create_custom)
    existing = _existing_keys(
        session, (import_key(parsed.app, w.started_at, w.name) for w in parsed.workouts)
    )
    to_add, skipped = _new_workouts(parsed, existing)
    now = utcnow()
    workout_rows = [
        {"routine_id": None, "player_state": None} | _workout_row(key, w, parsed.app, now)
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
        for exercise, row in _set_rows(w):
            row["workout_id"] = workout_id
            row["exercise_id"] = names.ids[exercise]
            inserter.add(row)
    inserter.flush()

    return ImportResult(
        workouts_added=len(to_add),
        workouts_skipped_duplicate=skipped,
        sets_added=inserter.added,
        exercises_created=tuple(names.created),
        unmapped=tuple(names.unmapped),
        aliases_remembered=names.remembered,
    )


# --- staged: the write lock for the final copy only -------------------------------------------

_STAGE = MetaData()
_STAGE_WORKOUTS = Table(
    "backline_stage_workouts",
    _STAGE,
    Column("stage_id", Integer, primary_key=True),
    Column("new_id", Integer),
    *(
        Column(c.name, c.type)
        for c in cast(Table, Workout.__table__).c
        if c.name in ("name", "started_at", "ended_at", "notes", "origin", "import_key",
                      "updated_at")
    ),
    prefixes=["TEMPORARY"],
)  # fmt: skip
_STAGE_SETS = Table(
    "backline_stage_sets",
    _STAGE,
    Column("stage_row", Integer, primary_key=True),  # file order (SQLite: the rowid)
    Column("stage_workout", Integer),
    Column("name_index", Integer),
    *(
        Column(c.name, c.type)
        for c in LOGGED_SETS_TABLE.c
        if c.name not in ("id", "workout_id", "exercise_id")
    ),
    prefixes=["TEMPORARY"],
)
_STAGE_NAMES = Table(
    "backline_stage_names",
    _STAGE,
    Column("name_index", Integer, primary_key=True),
    Column("exercise_id", Integer),
    prefixes=["TEMPORARY"],
)
_WORKOUT_COLUMNS = ("name", "started_at", "ended_at", "notes", "origin", "import_key")
_SET_COLUMNS = tuple(
    c.name for c in LOGGED_SETS_TABLE.c if c.name not in ("id", "workout_id", "exercise_id")
)


def _drop_stage(conn: Connection) -> None:
    for table in (_STAGE_SETS, _STAGE_WORKOUTS, _STAGE_NAMES):
        conn.execute(text(f"DROP TABLE IF EXISTS {dialect.temp(conn, table.name)}"))


def import_parsed_staged(
    parsed: ParsedImport,
    *,
    db: Database,
    mapping: dict[str, str] | None = None,
    create_custom: bool = False,
) -> ImportResult:
    """import_parsed for a long file while another process writes (the window confirming sets):
    it owns its transactions, so it takes the Database, not a session.

    1. Every row goes into TEMPORARY tables of one connection (SQLite's temp database: a
       private file that takes no lock on the database; PostgreSQL's session-private temporary
       tables), gone with the connection.
    2. One short write transaction (SQLite: BEGIN IMMEDIATE; PostgreSQL: the store's advisory
       lock, so two imports never interleave) resolves the names (aliases, custom exercises),
       drops workouts already stored, gives the staged workouts new ids (core.store.dialect:
       from PostgreSQL's sequence, so a set another machine logs meanwhile keeps its own) and
       copies the staged rows with two INSERT ... SELECT statements (no Python per row).
    All-or-nothing as before: a refused mapping, an error or a SIGKILL at any point leaves the
    database as it was (step 1 writes nothing to it; step 2 is one transaction). The write lock
    is held only for step 2 (100,000 sets: see docs/RELIABILITY.md).
    """
    to_add, skipped = _new_workouts(parsed, set())  # duplicates within the file
    name_index = {name: i for i, name in enumerate(_names(parsed))}
    now = utcnow()
    with db.engine.connect() as conn:
        try:
            dialect.reading(conn)  # temporary tables take no lock on the store
            with conn.begin():
                _drop_stage(conn)
                for table in (_STAGE_WORKOUTS, _STAGE_SETS, _STAGE_NAMES):
                    table.create(conn)
                rows = [
                    {"stage_id": i} | _workout_row(key, w, parsed.app, now)
                    for i, (key, w) in enumerate(to_add, start=1)
                ]
                for chunk in _chunks(rows, 5000):
                    conn.execute(insert(_STAGE_WORKOUTS), chunk)
                batch: list[dict[str, Any]] = []
                for i, (_key, w) in enumerate(to_add, start=1):
                    for exercise, row in _set_rows(w):
                        row["stage_workout"] = i
                        row["name_index"] = name_index[exercise]
                        batch.append(row)
                        if len(batch) >= SET_CHUNK:
                            dialect.bulk_insert(conn, _STAGE_SETS, batch)
                            batch = []
                if batch:
                    dialect.bulk_insert(conn, _STAGE_SETS, batch)

            dialect.writing(conn)
            with conn.begin():
                session = Session(bind=conn)
                try:
                    db.exclusive(session)  # one import at a time resolves names and copies
                    names = _resolve_names(session, parsed, mapping, create_custom)
                finally:
                    session.close()
                if name_index:
                    conn.execute(
                        insert(_STAGE_NAMES),
                        [
                            {"name_index": i, "exercise_id": names.ids[name]}
                            for name, i in name_index.items()
                        ],
                    )
                w_table = dialect.temp(conn, _STAGE_WORKOUTS.name)
                s_table = dialect.temp(conn, _STAGE_SETS.name)
                n_table = dialect.temp(conn, _STAGE_NAMES.name)
                workouts = dialect.main(conn, "workouts")
                dropped = conn.execute(
                    text(
                        f"DELETE FROM {w_table} WHERE import_key IN "
                        f"(SELECT import_key FROM {workouts} WHERE import_key IS NOT NULL)"
                    )
                ).rowcount
                dialect.assign_ids(
                    conn, stage=_STAGE_WORKOUTS.name, key="stage_id", new_id="new_id",
                    target="workouts",
                )  # fmt: skip
                w_cols = ", ".join(_WORKOUT_COLUMNS)
                added = conn.execute(
                    text(
                        f"INSERT INTO {workouts} (id, routine_id, player_state, updated_at, "
                        f"{w_cols}) SELECT new_id, NULL, NULL, updated_at, {w_cols} "
                        f"FROM {w_table} ORDER BY stage_id"
                    )
                ).rowcount
                s_cols = ", ".join(_SET_COLUMNS)
                s_from = ", ".join(f"s.{c}" for c in _SET_COLUMNS)
                sets_added = conn.execute(
                    text(
                        f"INSERT INTO {dialect.main(conn, 'logged_sets')} "
                        f"(workout_id, exercise_id, {s_cols}) "
                        f"SELECT w.new_id, n.exercise_id, {s_from} "
                        f"FROM {s_table} AS s "
                        f"JOIN {w_table} AS w ON w.stage_id = s.stage_workout "
                        f"JOIN {n_table} AS n ON n.name_index = s.name_index "
                        "ORDER BY s.stage_row"
                    )
                ).rowcount
        finally:
            dialect.reading(conn)
            with suppress(SQLAlchemyError), conn.begin():
                _drop_stage(conn)
    return ImportResult(
        workouts_added=added,
        workouts_skipped_duplicate=skipped + dropped,
        sets_added=sets_added,
        exercises_created=tuple(names.created),
        unmapped=tuple(names.unmapped),
        aliases_remembered=names.remembered,
    )
