"""Backups: the online backup API, the retention rule, restore and the database check."""

from __future__ import annotations

import sqlite3
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import select
from sqlalchemy.orm import Session

from core.store import backups
from core.store.db import Database, open_database
from core.store.models import BodyMeasurement, Exercise, Routine, Workout

# File backups, restore by file and retention belong to the SQLite file (see test_pg_store.py).
pytestmark = pytest.mark.sqlite_only

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


# --- self-contained backup files, and no backup of an empty database ----------------------


def app_start(path: Path) -> None:
    """What a start of the window does to the store: open, seed, automatic backup, close."""
    from core.store.startup import seed_if_needed

    database = open_database(path)
    try:
        seed_if_needed(database)
        backups.backup_if_changed(path)
    finally:
        database.close()


def journal_mode_byte(path: Path) -> int:
    """Header byte 18: 1 for a rollback-journal (DELETE) file, 2 for WAL."""
    return path.read_bytes()[18]


def test_backups_stay_single_files_unchanged_across_starts(seeded_db: Database) -> None:
    """A manual, an automatic and a pre-restore backup are one file each (journal mode DELETE);
    two app starts, a check, a restore's validation and a read by hand leave the backups folder
    holding only those .db files, byte for byte as they were written."""
    from core.paths import backup_dir_for

    db = seeded_db
    add_measurement(db, 70.0)
    manual = backups.make_backup(db)
    add_measurement(db, 71.0)
    automatic = backups.backup_if_changed(db.path)
    assert automatic is not None
    path = db.path
    db.close()
    folder = backup_dir_for(path)
    before = snapshot(folder)
    assert sorted(before) == sorted([manual.name, automatic.name])
    assert {journal_mode_byte(p) for p in (manual, automatic)} == {1}
    app_start(path)
    app_start(path)
    assert backups.check_database(manual).ok
    backups.validate_backup(automatic)
    conn = sqlite3.connect(manual.as_uri() + "?mode=ro", uri=True)  # a person looking inside
    assert conn.execute("SELECT count(*) FROM body_measurements").fetchone() == (1,)
    conn.close()
    assert snapshot(folder) == before
    aside = backups.restore_backup(manual, path)
    assert aside is not None
    assert not any(Path(str(p) + s).exists() for p in (manual, aside) for s in ("-wal", "-shm"))
    assert snapshot(folder) == before
    assert weights_in(path) == [70.0] and weights_in(aside) == [70.0, 71.0]


def test_empty_database_makes_no_automatic_backup(seeded_db: Database) -> None:
    """A new database with only the shipped library and routines gets no automatic backup,
    at a start or at a quit; a manual backup of it is still made, since a person asked."""
    from core.paths import backup_dir_for

    assert backups.is_empty(seeded_db.path)
    assert backups.backup_if_changed(seeded_db.path, now=NOW) is None
    path = seeded_db.path
    app_start(path)
    folder = backup_dir_for(path)
    assert backups.list_backups(path) == []
    assert not folder.exists() or list(folder.iterdir()) == []
    made = backups.make_backup(seeded_db, now=NOW)
    assert made.is_file() and backups.check_database(made).ok


def _own_exercise(session: Session) -> None:
    session.add(
        Exercise(slug="my-move", name="My move", kind="strength", mode="reps", builtin=False)
    )


def _archive_shipped(session: Session) -> None:
    first = session.scalars(select(Exercise).where(Exercise.builtin.is_(True))).first()
    assert first is not None
    first.archived = True


def _own_routine(session: Session) -> None:
    session.add(Routine(name="Mine"))


def _a_setting(session: Session) -> None:
    from core.store.settings import set_setting

    set_setting("weight_unit", "kg", session=session)  # stored, even if it is the default


def _a_workout(session: Session) -> None:
    session.add(Workout(name="Walk", started_at=NOW))


def _a_measurement(session: Session) -> None:
    session.add(BodyMeasurement(measured_on=NOW.date(), weight_kg=80.0))


@pytest.mark.parametrize(
    "entry",
    [_own_exercise, _archive_shipped, _own_routine, _a_setting, _a_workout, _a_measurement],
    ids=["own exercise", "archived exercise", "own routine", "setting", "workout", "measurement"],
)
def test_anything_a_person_entered_makes_it_not_empty(seeded_db: Database, entry) -> None:  # type: ignore[no-untyped-def]
    """Each kind of entry a person makes turns the database from empty to worth a backup."""
    assert backups.is_empty(seeded_db.path)
    with seeded_db.session_scope() as session:
        entry(session)
    assert not backups.is_empty(seeded_db.path)
    assert backups.backup_if_changed(seeded_db.path, now=NOW) is not None


def test_an_old_backup_with_wal_and_shm_is_folded_into_one_file(db: Database) -> None:
    """A backup left in WAL mode with a -wal and -shm beside it (an older version, or opened
    by hand) becomes one file at the next automatic backup, with all its data."""
    import subprocess
    import sys

    add_measurement(db, 70.0)
    made = backups.make_backup(db)
    code = (
        "import sqlite3, os, sys\n"
        "c = sqlite3.connect(sys.argv[1], isolation_level=None)\n"
        "c.execute('PRAGMA journal_mode=WAL')\n"
        "c.execute('PRAGMA wal_autocheckpoint=0')\n"
        'c.execute("INSERT INTO body_measurements(measured_on, weight_kg, note, created_at) '
        "VALUES ('2026-11-21', 55.5, '', '2026-11-21T12:00:00+00:00')\")\n"
        "os._exit(0)\n"
    )
    subprocess.run([sys.executable, "-c", code, str(made)], check=True)
    wal, shm = Path(str(made) + "-wal"), Path(str(made) + "-shm")
    assert wal.stat().st_size > 0 and shm.exists()
    add_measurement(db, 71.0)
    add_measurement(db, 72.0)
    newer = backups.backup_if_changed(db.path)
    assert newer is not None
    assert sorted(p.name for p in made.parent.iterdir()) == sorted([made.name, newer.name])
    assert journal_mode_byte(made) == 1
    assert weights_in(made) == [55.5, 70.0]
