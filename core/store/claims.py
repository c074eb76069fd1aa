"""One client at a time per unfinished workout: the claim a WorkoutRun holds while it runs.

On PostgreSQL a claim is a session-level advisory lock, `pg_try_advisory_lock(CLAIMS, id)`,
held on a connection of its own (in autocommit: no transaction stays open for the workout's
hour). Chosen over a row lock (`SELECT ... FOR UPDATE NOWAIT` would keep a transaction open
as long as the workout, holding back vacuum, and die with any statement error) and over a
lease column (a migration, a heartbeat every few seconds, and a lease that outlives a crashed
machine until it expires): the server drops the lock the moment the holder's connection ends
(a quit, a kill, a crash; TCP keepalives below end a connection whose machine vanished), so
the other machine can resume at once, and never while the first still runs it.

On SQLite the file's single-writer lock (core.store.lock) already makes the window the only
client, so a claim always succeeds and holds nothing.
"""

from __future__ import annotations

import threading
from contextlib import suppress
from typing import TYPE_CHECKING, Any
from weakref import WeakKeyDictionary

from sqlalchemy import Connection, Engine, text
from sqlalchemy.exc import SQLAlchemyError

from core.i18n import translate

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from core.store.db import Database

# The advisory-lock class of workout claims (pg_locks.classid); the object is the workout id.
CLAIMS = 0x626B6C  # "bkl"


class WorkoutInUseError(Exception):
    """The workout is being followed on another machine (or another window) right now."""

    def __init__(self, workout_id: int) -> None:
        self.workout_id = workout_id
        super().__init__(
            translate(
                "core.store.claims",
                "this workout is open on another machine; finish or close it there to go on here",
            )
        )


class _Held:
    """One advisory lock on its own connection, shared by the claims of one Database."""

    def __init__(self, conn: Connection) -> None:
        self.conn = conn
        self.count = 1


# Per engine (one Database, one app instance): the workouts it holds. A second claim by the
# same instance (the Workout tab resuming what it had open) shares the lock: a claim keeps
# other machines out, not the instance that holds it.
_HELD: WeakKeyDictionary[Engine, dict[int, _Held]] = WeakKeyDictionary()
_GUARD = threading.Lock()


class WorkoutClaim:
    """Held while a workout runs; release() when it finishes, is discarded or is left."""

    def __init__(self, workout_id: int, engine: Engine | None) -> None:
        self.workout_id = workout_id
        self._engine = engine

    @property
    def held(self) -> bool:
        return self._engine is not None

    def ensure(self) -> None:
        """Make sure the claim still holds before a write: a connection the server dropped (a
        restart, a network cut) took the lock with it, so it is taken again on a new one.
        WorkoutInUseError when another machine took the workout meanwhile; the driver's error
        (OperationalError) while the server cannot be reached."""
        engine = self._engine
        if engine is None:
            return
        with _GUARD:
            lock = _HELD.get(engine, {}).get(self.workout_id)
        if lock is None:
            return
        try:
            lock.conn.execute(text("SELECT 1"))
            return
        except SQLAlchemyError:
            with suppress(SQLAlchemyError):
                lock.conn.invalidate()
                lock.conn.close()
        conn = engine.connect().execution_options(isolation_level="AUTOCOMMIT")
        got = conn.execute(
            text("SELECT pg_try_advisory_lock(:c, :w)"), {"c": CLAIMS, "w": self.workout_id}
        ).scalar_one()
        if not got:
            conn.close()
            with _GUARD:
                _HELD.get(engine, {}).pop(self.workout_id, None)
            self._engine = None
            raise WorkoutInUseError(self.workout_id)
        lock.conn = conn

    def release(self) -> None:
        engine, self._engine = self._engine, None
        if engine is None:
            return
        with _GUARD:
            held = _HELD.get(engine, {})
            lock = held.get(self.workout_id)
            if lock is None:
                return
            lock.count -= 1
            if lock.count > 0:
                return
            del held[self.workout_id]
        try:
            lock.conn.execute(
                text("SELECT pg_advisory_unlock(:c, :w)"), {"c": CLAIMS, "w": self.workout_id}
            )
            lock.conn.close()
        except SQLAlchemyError:
            lock.conn.invalidate()  # the connection is gone, and the server's lock with it


def claim_workout(db: Database, workout_id: int) -> WorkoutClaim:
    """Claim `workout_id` for this client; WorkoutInUseError when another holds it."""
    if db.is_sqlite:
        return WorkoutClaim(workout_id, None)
    engine = db.engine
    with _GUARD:
        held = _HELD.setdefault(engine, {})
        if workout_id in held:
            held[workout_id].count += 1
            return WorkoutClaim(workout_id, engine)
        conn = engine.connect().execution_options(isolation_level="AUTOCOMMIT")
        try:
            got = conn.execute(
                text("SELECT pg_try_advisory_lock(:c, :w)"), {"c": CLAIMS, "w": workout_id}
            ).scalar_one()
        except BaseException:
            conn.close()
            raise
        if not got:
            conn.close()
            raise WorkoutInUseError(workout_id)
        held[workout_id] = _Held(conn)
    return WorkoutClaim(workout_id, engine)


def in_use(workout_id: int, *, session: Session) -> bool:
    """Whether some client holds the claim of `workout_id` now (always False on SQLite)."""
    bind: Any = session.get_bind()
    if bind.dialect.name == "sqlite":
        return False
    found = session.execute(
        text(
            "SELECT 1 FROM pg_locks WHERE locktype = 'advisory' AND granted "
            "AND classid = :c AND objid = :w AND objsubid = 2 AND database = "
            "(SELECT oid FROM pg_database WHERE datname = current_database())"
        ),
        {"c": CLAIMS, "w": workout_id},
    ).first()
    return found is not None


def release_all(engine: Engine) -> None:
    """Drop every claim held through `engine` (the Database is closing)."""
    with _GUARD:
        held = _HELD.pop(engine, {})
    for lock in held.values():
        with suppress(SQLAlchemyError):
            lock.conn.invalidate()  # closes the server session: its advisory locks end with it
            lock.conn.close()
