"""The store named by a URL: parsing and redaction, and PostgreSQL opened, checked, migrated,
backed up and restored on the throwaway server of tests/conftest.py."""

from __future__ import annotations

import json
import os
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path

import pytest
from sqlalchemy import create_engine, func, inspect, select, text

from core.store import db as store
from core.store.location import StoreURLError, parse_store, resolve_store
from core.store.models import Base, LoggedSet, Workout
from core.store.snapshot import restore_snapshot
from core.store.startup import seed_if_needed
from core.workout.log import SetValues, confirm_set, start_workout

SECRET = "s3cr3t-pw"


def test_a_path_is_sqlite_and_a_url_is_postgresql(tmp_path: Path) -> None:
    """A plain path (even one with a colon) is a SQLite file; postgresql:// and
    postgresql+psycopg:// both mean psycopg 3; sqlite:/// gives its file."""
    assert parse_store(str(tmp_path / "a:b.db")).path == tmp_path / "a:b.db"
    for url in ("postgresql://ann@db.home/backline", "postgresql+psycopg://ann@db.home/backline"):
        location = parse_store(url)
        assert location.path is None
        assert location.sqlalchemy_url().drivername == "postgresql+psycopg"
    assert parse_store(f"sqlite:///{tmp_path}/x.db").path == tmp_path / "x.db"


def test_other_urls_are_refused_in_one_line_without_the_password() -> None:
    """A URL of another database, or one naming no database, is refused; the message never
    carries the password."""
    for url in (
        f"mysql://ann:{SECRET}@h/db",
        f"postgresql://ann:{SECRET}@h",
        f"postgresql://ann:{SECRET}@h:port/db",
    ):
        with pytest.raises(StoreURLError) as caught:
            parse_store(url)
        assert SECRET not in str(caught.value)
        assert "\n" not in str(caught.value)


def test_the_store_is_named_without_its_password() -> None:
    """redacted(), storable() and describe() never show a password given in the URL; the URL
    used to connect still carries it."""
    location = parse_store(f"postgresql://ann:{SECRET}@db.home:5433/backline")
    for shown in (location.redacted(), location.storable(), location.describe(), str(location)):
        assert SECRET not in shown
    assert location.describe() == "PostgreSQL backline on db.home:5433 (ann)"
    assert location.storable() == "postgresql+psycopg://ann@db.home:5433/backline"
    assert parse_store(location.storable()).sqlalchemy_url().password is None
    assert location.sqlalchemy_url().password == SECRET
    assert SECRET not in repr(location)
    socket = parse_store("postgresql://ann@/backline?host=/tmp/sock")
    assert socket.describe() == "PostgreSQL backline on /tmp/sock (ann)"


def test_sqlite_is_described_as_its_file(tmp_path: Path) -> None:
    """The SQLite store is described by its file."""
    assert parse_store(str(tmp_path / "b.db")).describe() == f"SQLite file {tmp_path / 'b.db'}"


def test_a_url_in_backline_db_never_becomes_a_folder(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    """BACKLINE_DB set to a URL resolves to PostgreSQL; the old file-only resolve_db_path
    refuses it (naming no password) instead of making a folder named `postgresql+psycopg:`."""
    from core.paths import resolve_db_path

    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("BACKLINE_DB", f"postgresql+psycopg://ann:{SECRET}@h/backline")
    assert resolve_store().path is None
    with pytest.raises(StoreURLError) as caught:
        resolve_db_path()
    assert SECRET not in str(caught.value)
    assert list(tmp_path.iterdir()) == []


def _tables(url: str) -> dict[str, set[str]]:
    engine = create_engine(url)
    try:
        inspector = inspect(engine)
        return {
            t: {c["name"] for c in inspector.get_columns(t)} for t in inspector.get_table_names()
        }
    finally:
        engine.dispose()


def test_migrations_build_the_schema_from_an_empty_database(pg_url: Callable[..., str]) -> None:
    """An empty PostgreSQL database is migrated at open to the head: every model table with
    every column, and the revision recorded."""
    url = pg_url("template0")
    db = store.open_database(url)
    try:
        assert db.migrated_from == "empty"
        assert not db.is_sqlite
    finally:
        db.close()
    tables = _tables(url)
    for name, table in Base.metadata.tables.items():
        assert tables[name] == {c.name for c in table.columns}
    again = store.open_database(url)
    assert again.migrated_from is None  # at the head: nothing to do
    again.close()


def test_migration_from_the_previous_revision_keeps_the_data(
    pg_url: Callable[..., str],
) -> None:
    """A database at 0003 with a workout in it opens migrated to the head with the workout
    kept (0003 -> 0004 in one transaction)."""
    from alembic import command

    from core.store.migrations.runner import alembic_config

    url = pg_url("template0")
    engine = create_engine(url)
    config = alembic_config()
    with engine.begin() as conn:
        config.attributes["connection"] = conn
        command.upgrade(config, "0003")
        conn.execute(
            text(
                "INSERT INTO workouts (name, notes, started_at, origin, updated_at) "
                "VALUES ('old', '', '2026-01-02 10:00', 'backline', '2026-01-02 10:00')"
            )
        )
    engine.dispose()
    db = store.open_database(url)
    try:
        assert db.migrated_from == "0003"
        with db.read_scope() as s:
            assert s.scalars(select(Workout.name)).all() == ["old"]
            version = s.execute(text("SELECT version_num FROM alembic_version")).scalar_one()
        assert version == "0004"
    finally:
        db.close()


def test_a_failed_migration_leaves_the_schema_as_it_was(
    pg_url: Callable[..., str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """Migrations run in one transaction: when one fails half-way, PostgreSQL's transactional
    DDL leaves the database empty, as it was."""
    from alembic import command

    url = pg_url("template0")
    real_upgrade = command.upgrade

    def upgrade_then_fail(config: object, revision: str) -> None:
        real_upgrade(config, revision)  # type: ignore[arg-type]
        raise RuntimeError("killed at the end of the migration")

    monkeypatch.setattr(command, "upgrade", upgrade_then_fail)
    with pytest.raises(RuntimeError):
        store.open_database(url)
    assert _tables(url) == {}


def test_a_database_that_is_not_backlines_is_refused_untouched(
    pg_url: Callable[..., str],
) -> None:
    """A PostgreSQL database holding another program's tables, or our tables with a strange
    column, is refused before anything is written; one at a newer revision says so."""
    url = pg_url("template0")
    engine = create_engine(url)
    with engine.begin() as conn:
        conn.execute(text("CREATE TABLE invoices (id int)"))
    with pytest.raises(store.NotADatabaseError, match="invoices"):
        store.open_database(url)
    assert set(_tables(url)) == {"invoices"}

    ours = pg_url()
    engine2 = create_engine(ours)
    with engine2.begin() as conn:
        conn.execute(text("ALTER TABLE workouts ADD COLUMN mood text"))
    with pytest.raises(store.NotADatabaseError, match="mood"):
        store.open_database(ours)
    with engine2.begin() as conn:
        conn.execute(text("ALTER TABLE workouts DROP COLUMN mood"))
        conn.execute(text("UPDATE alembic_version SET version_num = '0099'"))
    with pytest.raises(store.DatabaseTooNewError):
        store.open_database(ours)
    engine.dispose()
    engine2.dispose()


def test_an_unreachable_server_is_one_line_without_the_password(tmp_path: Path) -> None:
    """No server on the socket: DatabaseUnreachableError, one line naming the store, never
    the password."""
    url = f"postgresql://ann:{SECRET}@/backline?host={tmp_path}"
    with pytest.raises(store.DatabaseUnreachableError) as caught:
        store.open_database(url)
    message = str(caught.value)
    assert "cannot be reached" in message
    assert SECRET not in message
    assert "\n" not in message
    assert caught.value.reason == "unreachable"


def test_a_postgresql_store_has_no_file(db: store.Database, store_kind: str) -> None:
    """db.path is the SQLite file; on PostgreSQL it raises NotAFileStoreError instead of
    naming a file that does not exist; describe() names either."""
    if store_kind == "sqlite":
        assert db.describe() == f"SQLite file {db.path}"
        return
    with pytest.raises(store.NotAFileStoreError):
        _ = db.path
    assert db.describe().startswith("PostgreSQL t")


def _log_workout(db: store.Database, name: str, sets: int) -> int:
    with db.session_scope() as s:
        exercise_id = s.execute(text("SELECT min(id) FROM exercises")).scalar_one()
        wid = start_workout(
            session=s,
            routine_id=None,
            name=name,
            plan_items=(),
            started_at=datetime(2026, 3, 1, 9, tzinfo=UTC),
        ).value
    for n in range(1, sets + 1):
        with db.session_scope() as s:
            confirm_set(
                wid,
                session=s,
                exercise_id=exercise_id,
                routine_item_id=None,
                set_number=n,
                side=None,
                targets=SetValues(reps=10),
                actuals=SetValues(reps=8 + n, weight_kg=20.5),
            )
    return int(wid)


def _counts(db: store.Database) -> tuple[int, int]:
    with db.read_scope() as s:
        workouts = s.scalar(select(func.count()).select_from(Workout)) or 0
        sets = s.scalar(select(func.count()).select_from(LoggedSet)) or 0
    return int(workouts), int(sets)


def test_backup_and_restore_through_a_json_snapshot(
    pg_url: Callable[..., str], tmp_path: Path
) -> None:
    """backup_to on PostgreSQL writes a Backline JSON export (REPEATABLE READ snapshot);
    restore_snapshot reads it into an empty PostgreSQL database, and into a SQLite file, with
    the same workouts and sets; a second restore adds nothing."""
    db = store.open_database(pg_url("backline_seeded"))
    try:
        _log_workout(db, "Monday", 3)
        made = db.backup_to(tmp_path / "shared.json")
        assert json.loads(made.read_text(encoding="utf-8"))["format"] == "backline"
        assert _counts(db) == (1, 3)
    finally:
        db.close()
    for where in (pg_url("backline_seeded"), str(tmp_path / "local.db")):
        target = store.open_database(where)
        try:
            seed_if_needed(target)  # as every open by the app and the CLI does
            restored = restore_snapshot(target, made)
            assert (restored.workouts_added, restored.sets_added) == (1, 3)
            assert _counts(target) == (1, 3)
            again = restore_snapshot(target, made)
            assert (again.workouts_added, again.workouts_skipped_duplicate) == (0, 1)
        finally:
            target.close()


def test_cli_on_postgresql_lists_backs_up_and_checks(
    pg_url: Callable[..., str], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """`backline --db URL` lists the library, checks the store and backs it up to a JSON
    file; no output names a password."""
    from core.cli import main

    url = pg_url()
    assert main(["--db", url, "library", "--json"]) == 0
    assert len(json.loads(capsys.readouterr().out)) > 10
    assert main(["--db", url, "check"]) == 0
    assert "ok" in capsys.readouterr().out
    out = tmp_path / "b.json"
    assert main(["--db", url, "backup", "--output", str(out)]) == 0
    assert "Backline JSON" in capsys.readouterr().out
    assert out.is_file()
    fresh = pg_url("template0")
    assert main(["--db", fresh, "restore", str(out)]) == 0
    assert "Restored b.json into PostgreSQL" in capsys.readouterr().out
    assert main(["--db", fresh, "restore", str(tmp_path / "missing.json")]) == 1
    assert "nothing was restored" in capsys.readouterr().err
    missing = f"postgresql://ann:{SECRET}@/nowhere?host={tmp_path}"
    assert main(["--db", missing, "library"]) == 3
    err = capsys.readouterr().err
    assert "cannot be reached" in err
    assert SECRET not in err
    assert os.listdir(tmp_path) == ["b.json"]


def test_a_saved_choice_comes_after_db_and_backline_db(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    """The saved "use the shared database" URL is used only when neither --db nor BACKLINE_DB
    names a store; without any, the local SQLite file."""
    from core.store.location import local_store

    saved = "postgresql://ann@db.home/backline"
    monkeypatch.delenv("BACKLINE_DB", raising=False)
    assert resolve_store(saved=saved).redacted().endswith("@db.home/backline")
    assert resolve_store(str(tmp_path / "cli.db"), saved=saved).path == tmp_path / "cli.db"
    monkeypatch.setenv("BACKLINE_DB", str(tmp_path / "env.db"))
    assert resolve_store(saved=saved).path == tmp_path / "env.db"
    monkeypatch.delenv("BACKLINE_DB")
    assert resolve_store() == local_store()
