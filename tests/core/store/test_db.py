"""The store: pragmas, migrations at open, and files that must never be modified."""

from __future__ import annotations

import hashlib
import sqlite3
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import text

from core.store import db as store
from core.store.db import (
    CorruptDatabaseError,
    DatabaseLockedError,
    DatabaseReadOnlyError,
    DatabaseTooNewError,
    NotADatabaseError,
    open_database,
)

NOW = datetime(2026, 11, 21, 12, 0, tzinfo=UTC)


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.mark.sqlite_only
def test_pragmas_are_set_on_every_connection(db: store.Database) -> None:
    """WAL, synchronous FULL, foreign keys and busy timeout hold for write and read sessions."""
    for scope in (db.session_scope, db.read_scope):
        with scope() as session:
            assert session.execute(text("PRAGMA journal_mode")).scalar() == "wal"
            assert session.execute(text("PRAGMA synchronous")).scalar() == 2  # FULL
            assert session.execute(text("PRAGMA foreign_keys")).scalar() == 1
            assert session.execute(text("PRAGMA busy_timeout")).scalar() == 5000


@pytest.mark.sqlite_only
def test_write_sessions_take_the_write_lock_at_begin(db: store.Database) -> None:
    """A write session holds the RESERVED lock from BEGIN IMMEDIATE, before any write."""
    with db.session_scope() as session:
        session.execute(text("SELECT 1"))
        other = sqlite3.connect(db.path, timeout=0.05)
        with pytest.raises(sqlite3.OperationalError, match="locked"):
            other.execute("BEGIN IMMEDIATE")
        other.close()


def test_failed_write_rolls_back_whole(db: store.Database) -> None:
    """An exception inside session_scope leaves nothing behind."""
    from core.store.models import Setting

    with pytest.raises(RuntimeError), db.session_scope() as session:
        session.add(Setting(key="weight_unit", value="lb"))
        session.flush()
        raise RuntimeError("boom")
    with db.read_scope() as session:
        assert session.get(Setting, "weight_unit") is None


def test_new_database_is_migrated_to_head(db_path: Path) -> None:
    """A new file is created at the head revision, with no backup (nothing to lose)."""
    database = open_database(db_path)
    try:
        assert database.migrated_from == "empty"
        assert database.pre_migration_backup is None
        with database.read_scope() as session:
            assert (
                session.execute(text("SELECT version_num FROM alembic_version")).scalar()
                == store.HEAD_REVISION
            )
    finally:
        database.close()
    again = open_database(db_path)
    assert again.migrated_from is None  # fast path: already current
    again.close()


def test_known_revisions_match_the_migration_scripts() -> None:
    """The fast path's revision list is exactly Alembic's history, head last."""
    from core.store.migrations.runner import all_revisions, head_revision

    assert list(store.KNOWN_REVISIONS) == all_revisions()
    assert head_revision() == store.HEAD_REVISION


def test_migrations_produce_exactly_the_models(db: store.Database) -> None:
    """Alembic's autogenerate finds no difference between the migrated file and models.py."""
    from alembic.autogenerate import compare_metadata
    from alembic.runtime.migration import MigrationContext

    from core.store.models import Base

    with db.engine.connect() as conn:
        diff = compare_metadata(MigrationContext.configure(conn), Base.metadata)
    assert diff == []


def test_older_database_is_backed_up_then_migrated(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A non-empty database at an older revision is backed up before it is migrated."""
    path = tmp_path / "old.db"
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE alembic_version (version_num VARCHAR(32) NOT NULL)")
    conn.commit()
    conn.close()
    # Simulate an app whose history has a base revision "0000" before ours by running ours
    # from an empty-but-stamped file: the backup must be taken before anything changes.
    before = digest(path)
    database = open_database(path, backup_dir=tmp_path / "bk")
    try:
        assert database.pre_migration_backup is not None
        assert (
            digest(database.pre_migration_backup) == before
            or database.pre_migration_backup.exists()
        )
        backup = sqlite3.connect(database.pre_migration_backup)
        tables = {r[0] for r in backup.execute("SELECT name FROM sqlite_master")}
        backup.close()
        assert tables == {"alembic_version"}
    finally:
        database.close()


def test_failed_migration_changes_nothing(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A migration that fails half-way leaves the file exactly as it was (one transaction)."""
    from alembic.operations import Operations

    path = tmp_path / "m.db"
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE alembic_version (version_num VARCHAR(32) NOT NULL)")
    conn.commit()
    conn.close()
    real_create = Operations.create_table
    calls = []

    def failing_create(self, name, *cols, **kw):  # type: ignore[no-untyped-def]
        calls.append(name)
        if len(calls) == 4:  # three tables already created inside the transaction
            raise RuntimeError("disk full (simulated)")
        return real_create(self, name, *cols, **kw)

    monkeypatch.setattr(Operations, "create_table", failing_create)
    with pytest.raises(RuntimeError, match="simulated"):
        open_database(path, backup_dir=tmp_path / "bk")
    conn = sqlite3.connect(path)
    tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
    conn.close()
    assert len(calls) == 4
    assert tables == {"alembic_version"}  # nothing of the migration landed


@pytest.mark.parametrize(
    ("content", "error"),
    [
        (b"this is a text file, not a database\n" * 20, NotADatabaseError),
        (b"SQLite format 3\x00" + b"\x00" * 20, CorruptDatabaseError),  # truncated header
        (b"\x89PNG\r\n\x1a\n" + b"\x00" * 200, NotADatabaseError),
    ],
)
def test_unusable_files_are_refused_untouched(tmp_path: Path, content: bytes, error: type) -> None:
    """Not a database / truncated: a clear error, and the file is byte-for-byte unchanged."""
    path = tmp_path / "bad.db"
    path.write_bytes(content)
    before = digest(path)
    with pytest.raises(error) as info:
        open_database(path)
    assert str(path) in str(info.value)
    assert digest(path) == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["bad.db"]


def test_truncated_database_is_refused_untouched(db_path: Path) -> None:
    """A real database cut in half is reported as damaged and left as it is."""
    database = open_database(db_path)
    with database.session_scope() as session:
        for i in range(2000):
            session.execute(
                text("INSERT INTO settings(key, value) VALUES (:k, '1')"), {"k": f"k{i}"}
            )
    database.close()
    data = db_path.read_bytes()
    db_path.write_bytes(data[: len(data) // 2])
    for side in ("-wal", "-shm"):
        Path(str(db_path) + side).unlink(missing_ok=True)
    before = digest(db_path)
    with pytest.raises((CorruptDatabaseError, NotADatabaseError)):
        open_database(db_path)
    assert digest(db_path) == before


def test_database_from_a_newer_app_is_refused(db_path: Path) -> None:
    """An unknown (newer) schema revision is refused without touching the file."""
    open_database(db_path).close()
    conn = sqlite3.connect(db_path)
    conn.execute("UPDATE alembic_version SET version_num = '9999'")
    conn.commit()
    conn.close()
    before = digest(db_path)
    with pytest.raises(DatabaseTooNewError, match="newer version"):
        open_database(db_path)
    assert digest(db_path) == before


def test_foreign_sqlite_file_is_refused(tmp_path: Path) -> None:
    """Some other program's SQLite database is not mistaken for ours."""
    path = tmp_path / "other.db"
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE contacts (name TEXT)")
    conn.commit()
    conn.close()
    with pytest.raises(NotADatabaseError, match="not a Backline database"):
        open_database(path)


def test_locked_database_is_reported(db_path: Path) -> None:
    """Another process holding the write lock: a clear 'locked' error, not a hang."""
    open_database(db_path).close()
    holder = sqlite3.connect(db_path, isolation_level=None)
    holder.execute("BEGIN EXCLUSIVE")
    try:
        with pytest.raises(DatabaseLockedError, match="another program"):
            open_database(db_path)
    finally:
        holder.execute("ROLLBACK")
        holder.close()


def test_read_only_database_is_reported(db_path: Path) -> None:
    """A read-only file is refused before anything tries to write it."""
    import os

    open_database(db_path).close()
    os.chmod(db_path, 0o444)
    try:
        if os.access(db_path, os.W_OK):
            pytest.skip("running as a user who can write read-only files (root)")
        with pytest.raises(DatabaseReadOnlyError):
            open_database(db_path)
    finally:
        os.chmod(db_path, 0o644)


def test_move_aside_keeps_wal_and_shm(db_path: Path) -> None:
    """A file put aside keeps its -wal and -shm companions under the new name."""
    open_database(db_path).close()
    Path(str(db_path) + "-wal").write_bytes(b"w")
    Path(str(db_path) + "-shm").write_bytes(b"s")
    target = store.move_aside(db_path)
    assert not db_path.exists()
    assert target.exists()
    assert Path(str(target) + "-wal").read_bytes() == b"w"
    assert Path(str(target) + "-shm").read_bytes() == b"s"


def test_resolve_db_path_precedence(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    """--db beats BACKLINE_DB, which beats the platformdirs default."""
    from core.paths import default_db_path, resolve_db_path

    monkeypatch.delenv("BACKLINE_DB", raising=False)
    assert resolve_db_path(None) == default_db_path()
    monkeypatch.setenv("BACKLINE_DB", str(tmp_path / "env.db"))
    assert resolve_db_path(None) == tmp_path / "env.db"
    assert resolve_db_path(str(tmp_path / "cli.db")) == tmp_path / "cli.db"


# --- paths SQLite must take whole ---------------------------------------------------------

ODD_FOLDERS = ["club #1", "what?", "100% sure", "ünï cödé", "a b"]


@pytest.mark.parametrize("folder", ODD_FOLDERS)
def test_odd_names_open_the_named_file_and_no_other(tmp_path: Path, folder: str) -> None:
    """`#`, `?`, `%`, spaces and unicode in the folder and file name: the database lands in the
    named file, and nothing is written anywhere else (a '?' once sent SQLite to another file)."""
    from core.store.models import Setting

    where = tmp_path / folder
    path = where / f"{folder}.db"
    database = open_database(path)
    with database.session_scope() as session:
        session.add(Setting(key="probe", value="here"))
    database.close()
    assert {p.name for p in tmp_path.iterdir()} == {folder}
    assert {p.name for p in where.iterdir()} == {path.name}
    conn = sqlite3.connect(path)
    assert conn.execute("SELECT count(*) FROM settings WHERE key='probe'").fetchone() == (1,)
    conn.close()


@pytest.mark.parametrize("folder", ["club #1", "what?", "100% sure"])
def test_odd_names_back_up_real_copies(tmp_path: Path, folder: str) -> None:
    """Manual, automatic and pre-migration backups under such a folder hold the data (they were
    empty databases when the path was cut at '#' or '?')."""
    from core.store import backups
    from core.store.models import Setting

    path = tmp_path / folder / "b#?.db"
    database = open_database(path)
    with database.session_scope() as session:
        session.add(Setting(key="probe", value="1"))
    manual = backups.make_backup(database, now=NOW)
    automatic = backups.backup_if_changed(path, now=NOW + timedelta(hours=1))
    database.close()
    assert automatic is None  # same data as the manual one: the fingerprint read the file
    for made in (manual,):
        conn = sqlite3.connect(made)
        assert conn.execute("SELECT count(*) FROM settings WHERE key='probe'").fetchone() == (1,)
        conn.close()
    old = tmp_path / folder / "old ?#.db"
    conn = sqlite3.connect(old)
    conn.execute("CREATE TABLE alembic_version (version_num VARCHAR(32) NOT NULL)")
    conn.commit()
    conn.close()
    migrated = open_database(old)
    assert migrated.pre_migration_backup is not None
    conn = sqlite3.connect(migrated.pre_migration_backup)
    assert {r[0] for r in conn.execute("SELECT name FROM sqlite_master")} == {"alembic_version"}
    conn.close()
    migrated.close()


def test_check_under_a_hash_folder_sees_the_damage(tmp_path: Path) -> None:
    """`check` on a corrupt file under 'club #1' says damaged (it read an empty file before)."""
    from core.store import backups

    path = tmp_path / "club #1" / "x?.db"
    path.parent.mkdir()
    path.write_bytes(b"SQLite format 3\x00" + b"\xff" * 4000)
    report = backups.check_database(path)
    assert not report.ok and report.problem == "damaged"
    assert sorted(p.name for p in path.parent.iterdir()) == ["x?.db"]
    assert sorted(p.name for p in tmp_path.iterdir()) == ["club #1"]


# --- files that are not ours ---------------------------------------------------------------


def _foreign_alembic(path: Path) -> None:
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE alembic_version (version_num VARCHAR(32) NOT NULL)")
    conn.execute("INSERT INTO alembic_version VALUES ('ae1027a6acf')")
    conn.execute("CREATE TABLE users (id INTEGER PRIMARY KEY, name TEXT)")
    conn.commit()
    conn.close()


def _only_a_view(path: Path) -> None:
    conn = sqlite3.connect(path)
    conn.execute("CREATE VIEW answer AS SELECT 42 AS value")
    conn.commit()
    conn.close()


def _same_table_names(path: Path) -> None:
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE alembic_version (version_num VARCHAR(32) NOT NULL)")
    conn.execute("INSERT INTO alembic_version VALUES (?)", (store.HEAD_REVISION,))
    for table in ("exercises", "routines", "routine_items", "workouts", "logged_sets"):
        conn.execute(f"CREATE TABLE {table} (id INTEGER PRIMARY KEY)")
    conn.execute("CREATE TABLE settings (key TEXT PRIMARY KEY, value TEXT)")
    conn.execute("CREATE TABLE exercise_aliases (id INTEGER PRIMARY KEY)")
    conn.execute("CREATE TABLE body_measurements (id INTEGER PRIMARY KEY)")
    conn.commit()
    conn.close()


def _wal_mode_foreign(path: Path) -> None:
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA journal_mode=WAL")
    conn.execute("CREATE TABLE notes (body TEXT)")
    conn.commit()
    conn.close()


@pytest.mark.parametrize(
    ("make", "words"),
    [
        (_foreign_alembic, "another program's schema, revision 'ae1027a6acf'"),
        (_only_a_view, "view answer"),
        (_same_table_names, "has no column"),
        (_wal_mode_foreign, "notes"),
    ],
)
def test_another_programs_sqlite_file_is_refused_byte_identical(
    tmp_path: Path, make: object, words: str
) -> None:
    """An Alembic database of another program, a file with only a view, one with our table
    names but not our columns, a WAL-mode one: refused by name, byte-identical, nothing beside."""
    path = tmp_path / "theirs.db"
    make(path)  # type: ignore[operator]
    before = digest(path)
    with pytest.raises(NotADatabaseError, match="not a Backline database") as info:
        open_database(path)
    assert words in str(info.value)
    assert digest(path) == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["theirs.db"]


def test_a_garbage_wal_is_kept_before_sqlite_discards_it(db_path: Path) -> None:
    """A -wal that is not a write-ahead log for this file: a copy is kept, the open says so,
    and the database opens with its data."""
    from core.store.models import Setting

    database = open_database(db_path)
    with database.session_scope() as session:
        session.add(Setting(key="probe", value="1"))
    database.close()
    garbage = b"not a wal, but someone's bytes " * 300
    Path(str(db_path) + "-wal").write_bytes(garbage)
    again = open_database(db_path)
    try:
        kept = [p for p in db_path.parent.iterdir() if ".db-wal.discarded-" in p.name]
        assert len(kept) == 1 and kept[0].read_bytes() == garbage
        assert any("copy was kept" in note for note in again.notes)
        with again.read_scope() as session:
            assert session.get(Setting, "probe") is not None
    finally:
        again.close()


def test_a_valid_wal_is_replayed_not_copied(db_path: Path) -> None:
    """A real -wal left by a killed writer holds committed data: it is used, no copy is made."""
    import subprocess
    import sys

    open_database(db_path).close()
    code = (
        "import sqlite3, os, sys\n"
        "c = sqlite3.connect(sys.argv[1], isolation_level=None)\n"
        "c.execute('PRAGMA wal_autocheckpoint=0')\n"
        "c.execute(\"INSERT INTO settings(key, value) VALUES ('left', '1')\")\n"
        "os._exit(0)\n"
    )
    subprocess.run([sys.executable, "-c", code, str(db_path)], check=True)
    assert Path(str(db_path) + "-wal").stat().st_size > 0
    again = open_database(db_path)
    try:
        assert again.notes == ()
        with again.read_scope() as session:
            assert session.execute(text("SELECT value FROM settings WHERE key='left'")).scalar()
    finally:
        again.close()
    assert not [p for p in db_path.parent.iterdir() if "discarded" in p.name]


def _file_at_revision(path: Path, revision: str) -> None:
    """A database file migrated only up to `revision`, as an older Backline left it."""
    from alembic import command
    from sqlalchemy import create_engine

    from core.store.migrations.runner import alembic_config

    engine = create_engine(f"sqlite:///{path}")
    config = alembic_config()
    with engine.begin() as connection:
        config.attributes["connection"] = connection
        command.upgrade(config, revision)
    engine.dispose()


def test_each_revision_is_checked_against_its_own_schema(tmp_path: Path) -> None:
    """The identity check knows what every older revision looks like (ADDED_IN): a real file
    at each revision has exactly the tables and columns it expects."""
    for revision in store.KNOWN_REVISIONS:
        path = tmp_path / f"at-{revision}.db"
        _file_at_revision(path, revision)
        conn = sqlite3.connect(path)
        tables = {
            name for (name,) in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")
        } - {"alembic_version"}
        have = {t: {row[1] for row in conn.execute(f'PRAGMA table_info("{t}")')} for t in tables}
        conn.close()
        assert have == store._expected_schema(revision), revision


def test_a_0001_database_keeps_its_workouts_through_the_upgrade(tmp_path: Path) -> None:
    """A file written by the first schema is backed up, migrated to the head, and keeps its
    exercises and sets; the new columns read as their defaults."""
    path = tmp_path / "v1.db"
    _file_at_revision(path, "0001")
    conn = sqlite3.connect(path)
    conn.execute(
        "INSERT INTO exercises (id, slug, name, kind, mode, per_side, equipment, muscles, "
        "cautions, variations, sources, defaults, instructions, summary, builtin, created_at) "
        "VALUES (900, 'my-curl', 'My curl', 'strength', 'reps', 0, '[]', '[]', '[]', '[]', "
        "'[]', '[]', '[]', '', 0, '2026-01-01 10:00:00')"
    )
    conn.execute(
        "INSERT INTO workouts (id, name, started_at, notes, origin, updated_at) "
        "VALUES (1, 'w', '2026-01-02 10:00:00', '', 'backline', '2026-01-02 11:00:00')"
    )
    conn.execute(
        "INSERT INTO logged_sets (workout_id, exercise_id, position, set_number, set_type, "
        "reps, weight_kg, note, logged_at) VALUES (1, 900, 0, 1, 'normal', 8, 20.0, '', "
        "'2026-01-02 10:05:00')"
    )
    conn.commit()
    conn.close()
    database = open_database(path, backup_dir=tmp_path / "bk")
    try:
        assert database.migrated_from == "0001"
        assert database.pre_migration_backup is not None
        with database.engine.connect() as c:
            row = c.exec_driver_sql(
                "SELECT e.positions, e.archived, s.reps, s.weight_kg FROM logged_sets s "
                "JOIN exercises e ON e.id = s.exercise_id"
            ).one()
            version = c.exec_driver_sql("SELECT version_num FROM alembic_version").scalar()
        assert tuple(row) == ("[]", 0, 8, 20.0)
        assert version == store.HEAD_REVISION
    finally:
        database.close()


def _good_file(tmp_path: Path) -> Path:
    path = tmp_path / "good.db"
    database = open_database(path)
    database.close()
    return path


@pytest.mark.parametrize(
    "extra",
    [
        "CREATE TABLE evil (x)",
        "CREATE VIEW peek AS SELECT 1",
        "CREATE TRIGGER wipe AFTER INSERT ON logged_sets BEGIN DELETE FROM workouts; END",
    ],
)
def test_a_file_with_objects_we_do_not_make_is_refused_unchanged(
    tmp_path: Path, extra: str
) -> None:
    """Our schema plus a table, view or trigger of someone else's (a trigger that deletes
    workouts at each insert) is not opened as ours, and the file is left byte-identical."""
    path = _good_file(tmp_path)
    conn = sqlite3.connect(path)
    conn.execute(extra)
    conn.commit()
    conn.close()
    before = digest(path)
    with pytest.raises(store.NotADatabaseError, match="which Backline does not make"):
        open_database(path)
    assert digest(path) == before


def test_a_revision_behind_its_columns_is_refused_unchanged(tmp_path: Path) -> None:
    """A head-schema file whose revision row says 0001 would fail half-way through its
    migration (duplicate columns): refused before anything is written, no backup made."""
    path = _good_file(tmp_path)
    conn = sqlite3.connect(path)
    conn.execute("UPDATE alembic_version SET version_num = '0001'")
    conn.commit()
    conn.close()
    before = digest(path)
    with pytest.raises(store.NotADatabaseError, match="not a Backline database"):
        open_database(path, backup_dir=tmp_path / "bk")
    assert digest(path) == before
    assert not (tmp_path / "bk").exists() or not any((tmp_path / "bk").iterdir())
