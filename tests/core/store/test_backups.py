"""Backups: the online backup API, the retention rule, restore and the database check."""

from __future__ import annotations

import sqlite3
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from core.store import backups
from core.store.db import Database, open_database
from core.store.models import BodyMeasurement

NOW = datetime(2026, 11, 21, 12, 0, tzinfo=UTC)


def add_measurement(db: Database, weight: float) -> None:
    with db.session_scope() as session:
        session.add(BodyMeasurement(measured_on=NOW.date(), weight_kg=weight))


def test_backup_while_a_write_transaction_is_open(db: Database) -> None:
    """The backup API copies committed data even while another connection holds a write lock."""
    add_measurement(db, 70.0)
    with db.session_scope() as session:
        session.add(BodyMeasurement(measured_on=NOW.date(), weight_kg=99.0))
        session.flush()  # uncommitted
        made = backups.make_backup(db, now=NOW)
    conn = sqlite3.connect(made)
    weights = [r[0] for r in conn.execute("SELECT weight_kg FROM body_measurements")]
    conn.close()
    assert weights == [70.0]
    assert backups.check_database(made).ok


def test_automatic_backup_only_when_data_changed(db: Database) -> None:
    """A second automatic backup with no change is skipped; a change makes a new one."""
    add_measurement(db, 70.0)
    first = backups.backup_if_changed(db.path, now=NOW)
    assert first is not None
    assert backups.backup_if_changed(db.path, now=NOW + timedelta(hours=1)) is None
    add_measurement(db, 69.5)
    second = backups.backup_if_changed(db.path, now=NOW + timedelta(hours=2))
    assert second is not None and second != first
    assert [b.path for b in backups.list_backups(db.path)] == [second, first]


def test_retention_keeps_days_weeks_months() -> None:
    """One backup a day for two years keeps: last 24 h, 7 days, 4 weeks, 12 months."""
    infos = [
        backups.BackupInfo(Path(f"b{i}.db"), NOW - timedelta(days=i), 1) for i in range(0, 730)
    ]
    keep = backups.backups_to_keep(infos, NOW)
    kept_ages = sorted(int(p.name[1:-3]) for p in keep)
    assert kept_ages[:7] == [0, 1, 2, 3, 4, 5, 6]  # the last 7 days, daily
    assert max(kept_ages) <= 31 * 12  # nothing older than 12 months
    assert len(keep) <= 7 + 4 + 12 + 1
    # every one of the last 12 months keeps exactly one backup beyond the daily/weekly ones
    months = {((NOW - timedelta(days=a)).year, (NOW - timedelta(days=a)).month) for a in kept_ages}
    assert len(months) >= 12


def test_prune_deletes_only_what_the_rule_drops(db: Database) -> None:
    """Pruning removes old backups from disk and never the newest one."""
    add_measurement(db, 70.0)
    made = [backups.make_backup(db, now=NOW - timedelta(days=d)) for d in (400, 200, 3, 0)]
    removed = backups.prune_backups(db.path, now=NOW)
    assert made[0] in removed  # older than 12 months
    assert all(p.exists() for p in made[1:])


def test_restore_moves_the_current_file_aside(db: Database) -> None:
    """Restoring replaces the database and keeps the previous file, renamed, beside it."""
    add_measurement(db, 70.0)
    made = backups.make_backup(db, now=NOW)
    add_measurement(db, 60.0)
    path = db.path
    db.close()
    aside = backups.restore_backup(made, path)
    assert aside is not None and aside.exists()
    reopened = open_database(path)
    with reopened.read_scope() as session:
        weights = [m.weight_kg for m in session.query(BodyMeasurement).all()]
    reopened.close()
    assert weights == [70.0]


def test_restore_refuses_a_file_that_is_not_a_backup(db: Database, tmp_path: Path) -> None:
    """A bad backup file is refused and the current database is left in place."""
    bogus = tmp_path / "backline-20260101T000000Z.db"
    bogus.write_text("not a database")
    path = db.path
    db.close()
    before = path.read_bytes()
    with pytest.raises(ValueError, match="not a usable backup"):
        backups.restore_backup(bogus, path)
    assert path.read_bytes() == before


def test_check_reports_damage(tmp_path: Path) -> None:
    """The check says ok for a good file and names the problem for a damaged one."""
    good = tmp_path / "good.db"
    open_database(good).close()
    assert backups.check_database(good) == backups.CheckReport(True, ("ok",))
    bad = tmp_path / "bad.db"
    bad.write_bytes(b"SQLite format 3\x00" + b"\xff" * 4000)
    report = backups.check_database(bad)
    assert not report.ok
    assert report.messages


def weights_in(path: Path) -> list[float]:
    conn = sqlite3.connect(path)
    try:
        return sorted(r[0] for r in conn.execute("SELECT weight_kg FROM body_measurements"))
    finally:
        conn.close()


def snapshot(folder: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in folder.iterdir() if p.is_file()}


def test_restore_refuses_a_backup_from_a_newer_app(db: Database, tmp_path: Path) -> None:
    """A backup at a schema this app does not know is refused before anything changes."""
    add_measurement(db, 70.0)
    made = backups.make_backup(db, now=NOW)
    conn = sqlite3.connect(made)
    conn.execute("UPDATE alembic_version SET version_num = '9999'")
    conn.commit()
    conn.close()
    db.close()
    before = snapshot(tmp_path)
    with pytest.raises(ValueError, match="newer version of Backline"):
        backups.restore_backup(made, db.path)
    assert snapshot(tmp_path) == before


def test_restore_refuses_a_file_with_our_table_names_only(db: Database, tmp_path: Path) -> None:
    """Tables named like ours but not our columns: not a Backline database, nothing changes."""
    fake = tmp_path / "fake.db"
    conn = sqlite3.connect(fake)
    conn.execute("CREATE TABLE alembic_version (version_num VARCHAR(32) NOT NULL)")
    conn.execute("INSERT INTO alembic_version VALUES ('0001')")
    for table in ("exercises", "routines", "routine_items", "workouts", "logged_sets", "settings"):
        conn.execute(f"CREATE TABLE {table} (id INTEGER PRIMARY KEY)")
    conn.commit()
    conn.close()
    db.close()
    before = snapshot(tmp_path)
    with pytest.raises(ValueError, match="not a Backline database"):
        backups.restore_backup(fake, db.path)
    assert snapshot(tmp_path) == before


def test_restore_through_a_symlink_replaces_the_real_file(db: Database, tmp_path: Path) -> None:
    """Restoring via a link to the database replaces the file it points to; the link stays."""
    add_measurement(db, 70.0)
    made = backups.make_backup(db, now=NOW)
    add_measurement(db, 60.0)
    db.close()
    link = tmp_path / "link.db"
    link.symlink_to(db.path)
    aside = backups.restore_backup(made, link)
    assert link.is_symlink() and link.resolve() == db.path
    assert weights_in(db.path) == [70.0]
    assert aside is not None and weights_in(aside) == [60.0, 70.0]


def test_restore_keeps_the_old_wal_with_the_old_file(db: Database, tmp_path: Path) -> None:
    """Sets still in the old file's -wal (a killed app) go with the kept copy, and never into
    the restored database."""
    import subprocess
    import sys

    add_measurement(db, 70.0)
    made = backups.make_backup(db, now=NOW)
    db.close()
    code = (
        "import sqlite3, os, sys\n"
        "c = sqlite3.connect(sys.argv[1], isolation_level=None)\n"
        "c.execute('PRAGMA wal_autocheckpoint=0')\n"
        'c.execute("INSERT INTO body_measurements(measured_on, weight_kg, note, created_at) '
        "VALUES ('2026-11-21', 55.5, '', '2026-11-21T12:00:00+00:00')\")\n"
        "os._exit(0)\n"
    )
    subprocess.run([sys.executable, "-c", code, str(db.path)], check=True)
    assert Path(str(db.path) + "-wal").stat().st_size > 0
    aside = backups.restore_backup(made, db.path)
    assert aside is not None
    assert weights_in(db.path) == [70.0]
    assert weights_in(aside) == [55.5, 70.0]


def test_restore_is_refused_while_another_process_writes(db: Database, tmp_path: Path) -> None:
    """An import (or a window) in another process holds the lock: restore swaps nothing."""
    import subprocess
    import sys

    add_measurement(db, 70.0)
    made = backups.make_backup(db, now=NOW)
    db.close()
    root = Path(__file__).resolve().parents[3]
    code = (
        "import sys\nfrom core.store import lock\nheld = lock.acquire(sys.argv[1])\n"
        "print('held', flush=True)\nsys.stdin.read()\n"
    )
    holder = subprocess.Popen(
        [sys.executable, "-c", code, str(db.path)],
        cwd=root,
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "held"
        inode = db.path.stat().st_ino
        with pytest.raises(backups.db_lock.DatabaseInUseError, match=f"pid {holder.pid}"):
            backups.restore_backup(made, tmp_path / "." / db.path.name)
        assert db.path.stat().st_ino == inode
        assert not backups.journal_path_for(db.path).exists()
    finally:
        assert holder.stdin is not None
        holder.stdin.close()
        holder.wait(timeout=60)


def test_check_tells_foreign_and_empty_files_from_damage(tmp_path: Path) -> None:
    """Another program's SQLite file and an empty file are reported as what they are."""
    other = tmp_path / "other.db"
    conn = sqlite3.connect(other)
    conn.execute("CREATE TABLE contacts (name TEXT)")
    conn.commit()
    conn.close()
    report = backups.check_database(other)
    assert not report.ok and report.problem == "not-a-database"
    empty = tmp_path / "empty.db"
    empty.touch()
    assert backups.check_database(empty).problem == "empty"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["empty.db", "other.db"]
