"""Automatic backups, their retention rule, restore, and the database check.

Backups are made with the SQLite online backup API (core.store.db.backup_file), never by copying the
live file, into the `backups` folder beside the database. A backup is made when the data changed
since the last one. Kept: every backup of the last 24 hours, then the newest of each of the last
7 days, of each of the last 4 ISO weeks, and of each of the last 12 months; older ones go.
"""

from __future__ import annotations

import hashlib
import re
import sqlite3
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path

from core.paths import backup_dir_for
from core.store.db import Database, backup_file, move_aside

BACKUP_NAME = re.compile(r"^backline-(\d{8}T\d{6})Z\.db$")
KEEP_DAYS = 7
KEEP_WEEKS = 4
KEEP_MONTHS = 12
# Tables whose content makes a new backup worth it (settings alone do not).
WATCHED_TABLES = (
    "exercises",
    "exercise_aliases",
    "routines",
    "routine_items",
    "workouts",
    "logged_sets",
    "body_measurements",
)


@dataclass(frozen=True)
class BackupInfo:
    path: Path
    taken_at: datetime  # UTC
    size_bytes: int


def backup_name(when: datetime) -> str:
    return f"backline-{when.astimezone(UTC).strftime('%Y%m%dT%H%M%S')}Z.db"


def list_backups(db_path: Path, folder: Path | None = None) -> list[BackupInfo]:
    """Our automatic and manual backups, newest first."""
    folder = folder or backup_dir_for(db_path)
    if not folder.is_dir():
        return []
    found = []
    for path in folder.iterdir():
        match = BACKUP_NAME.match(path.name)
        if not match:
            continue
        taken = datetime.strptime(match.group(1), "%Y%m%dT%H%M%S").replace(tzinfo=UTC)
        found.append(BackupInfo(path, taken, path.stat().st_size))
    return sorted(found, key=lambda b: b.taken_at, reverse=True)


def fingerprint(db_path: Path) -> str:
    """A cheap digest of what the user's data looks like (counts, max ids, max timestamps)."""
    conn = sqlite3.connect(f"file:{db_path}?mode=ro", uri=True)
    try:
        parts = []
        tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
        for table in WATCHED_TABLES:
            if table not in tables:
                continue
            cols = {r[1] for r in conn.execute(f"PRAGMA table_info({table})")}
            key = "id"
            extra = ", max(updated_at)" if "updated_at" in cols else ""
            row = conn.execute(
                f"SELECT count(*), max({key}), total({key}){extra} FROM {table}"
            ).fetchone()
            parts.append(f"{table}:{row}")
        return hashlib.sha256("|".join(parts).encode()).hexdigest()
    finally:
        conn.close()


def make_backup(
    db: Database | Path, *, folder: Path | None = None, now: datetime | None = None
) -> Path:
    """Take a backup now (used by the CLI `backup`, the menu, and automatic backups)."""
    path = db.path if isinstance(db, Database) else Path(db)
    now = now or datetime.now(UTC)
    folder = folder or backup_dir_for(path)
    dest = folder / backup_name(now)
    n = 1
    while dest.exists():  # two backups in one second: keep both
        n += 1
        dest = folder / backup_name(now + timedelta(seconds=n))
    return backup_file(path, dest)


def backup_if_changed(
    db_path: Path, *, folder: Path | None = None, now: datetime | None = None
) -> Path | None:
    """Automatic backup: only when the data differs from the newest backup; then prune."""
    folder = folder or backup_dir_for(db_path)
    existing = list_backups(db_path, folder)
    if existing and fingerprint(existing[0].path) == fingerprint(db_path):
        return None
    made = make_backup(db_path, folder=folder, now=now)
    prune_backups(db_path, folder=folder, now=now)
    return made


def backups_to_keep(backups: list[BackupInfo], now: datetime) -> set[Path]:
    """The retention rule, as a pure function of the backup times and now."""
    keep: set[Path] = set()
    newest = sorted(backups, key=lambda b: b.taken_at, reverse=True)
    if newest:
        keep.add(newest[0].path)  # never delete the most recent one
    buckets: dict[tuple[str, object], Path] = {}
    for info in newest:
        age = now - info.taken_at
        if age <= timedelta(hours=24):
            keep.add(info.path)
            continue
        day = info.taken_at.date()
        iso = info.taken_at.isocalendar()
        candidates: list[tuple[str, object]] = []
        if age <= timedelta(days=KEEP_DAYS):
            candidates.append(("day", day))
        if age <= timedelta(weeks=KEEP_WEEKS):
            candidates.append(("week", (iso.year, iso.week)))
        if age <= timedelta(days=31 * KEEP_MONTHS):
            candidates.append(("month", (day.year, day.month)))
        for bucket in candidates:
            # newest first, so the first seen in a bucket is that period's newest backup
            if bucket not in buckets:
                buckets[bucket] = info.path
                keep.add(info.path)
    return keep


def prune_backups(
    db_path: Path, *, folder: Path | None = None, now: datetime | None = None
) -> list[Path]:
    now = now or datetime.now(UTC)
    infos = list_backups(db_path, folder)
    keep = backups_to_keep(infos, now)
    removed = []
    for info in infos:
        if info.path not in keep:
            info.path.unlink(missing_ok=True)
            removed.append(info.path)
    return removed


@dataclass(frozen=True)
class CheckReport:
    ok: bool
    messages: tuple[str, ...]


def check_database(db_path: Path) -> CheckReport:
    """PRAGMA integrity_check and foreign_key_check, read-only."""
    if not db_path.exists():
        return CheckReport(False, (f"{db_path} does not exist",))
    try:
        conn = sqlite3.connect(f"file:{db_path}?mode=ro", uri=True)
    except sqlite3.Error as exc:
        return CheckReport(False, (f"cannot open: {exc}",))
    try:
        integrity = [r[0] for r in conn.execute("PRAGMA integrity_check")]
        fk = conn.execute("PRAGMA foreign_key_check").fetchall()
    except sqlite3.DatabaseError as exc:
        return CheckReport(False, (f"the database is damaged: {exc}",))
    finally:
        conn.close()
    messages = [] if integrity == ["ok"] else integrity
    messages += [
        f"row {rowid} of {table} points to a missing {parent}" for table, rowid, parent, _ in fk
    ]
    return CheckReport(not messages, tuple(messages) or ("ok",))


def validate_backup(path: Path) -> None:
    """Raise ValueError (one line) unless `path` is a sound Backline database."""
    report = check_database(path)
    if not report.ok:
        raise ValueError(f"{path.name} is not a usable backup: {report.messages[0]}")
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
    finally:
        conn.close()
    if not {"alembic_version", "workouts", "logged_sets"} <= tables:
        raise ValueError(f"{path.name} is not a Backline database")


def restore_backup(backup: Path | BackupInfo, db_path: Path) -> Path | None:
    """Replace the database by a backup. The current file (if any) is moved aside, not deleted.

    Returns where the previous database went (or None if there was none).
    """
    source = backup.path if isinstance(backup, BackupInfo) else Path(backup)
    validate_backup(source)
    # Copy first to a side file, so a failure leaves the current database in place.
    staged = db_path.with_name(db_path.name + ".restoring")
    backup_file(source, staged)
    aside = move_aside(db_path) if db_path.exists() else None
    staged.replace(db_path)
    return aside


def start_new_database(db_path: Path) -> Path | None:
    """Move the current database aside (kept, with -wal/-shm) so a new one is created."""
    return move_aside(db_path) if db_path.exists() else None


def app_is_running(db_path: Path) -> bool:
    """True when a live Backline window holds this database's lock file (Qt's QLockFile).

    QLockFile writes the owner's PID on its first line; a lock whose process is gone is stale.
    """
    import os

    from core.paths import lock_path_for

    lock = lock_path_for(db_path)
    try:
        first_line = lock.read_text(errors="replace").splitlines()[0]
        pid = int(first_line.strip())
    except (OSError, IndexError, ValueError):
        return False
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True
