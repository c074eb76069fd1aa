"""Automatic backups, their retention rule, restore, and the database check.

Over 500 lines: restore is one journaled, crash-safe sequence whose steps share its paths.

Backups are made with the SQLite online backup API (core.store.db.backup_file), never by copying the
live file, into the `backups` folder beside the database. Each backup is one self-contained file
(journal mode DELETE, never a -wal or -shm beside it) and is only ever read with `immutable=1`, so
starting the app never rewrites it. A backup is made when the data changed since the last one,
and never of a database that holds nothing a person entered (`is_empty`). Kept: every backup of the last 24 hours, then the newest of each of the last
7 days, of each of the last 4 ISO weeks, and of each of the last 12 months; older ones go.

Restore is checked first and crash-safe at every step. The backup must be a sound Backline
database at a revision this app knows (core.store.db.inspect_database, read-only). Under the
database's writer lock (core.store.lock) a journal is written, the backup is copied beside the
database and checked, the current file is hard-linked to `<name>.before-restore-<stamp>`, its
-wal/-shm are renamed to go with it, and the copy is renamed over the database; each step is
fsynced. A kill at any point leaves the old database or the new one in place, never none: the
next open finds the journal, finishes (new file in place) or undoes (old file in place) the
restore, and says which.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
import shutil
import sqlite3
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path

from core.i18n import translate
from core.paths import backup_dir_for, sqlite_uri
from core.store import lock as db_lock
from core.store.db import (
    CorruptDatabaseError,
    Database,
    StoreError,
    backup_file,
    check_file_kind,
    inspect_database,
    move_aside,
)

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


def _read_only_uri(db_path: Path) -> str:
    """Read-only; `immutable` when there is no -wal, so nothing is created beside the file."""
    if Path(str(db_path) + "-wal").exists():
        return sqlite_uri(db_path, mode="ro")
    return sqlite_uri(db_path, mode="ro", immutable="1")


def fingerprint(db_path: Path) -> str:
    """A cheap digest of what the user's data looks like (counts, max ids, max timestamps)."""
    conn = sqlite3.connect(_read_only_uri(db_path), uri=True)
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


# Tables the app fills by itself (the shipped library and routines, its own settings); every
# other table holds only what a person entered or imported.
SEEDED_TABLES = frozenset({"exercises", "routines", "routine_items", "settings", "alembic_version"})
# Settings the app writes by itself.
INTERNAL_SETTINGS = ("seed_hash", "last_backup_at")


def is_empty(db_path: Path) -> bool:
    """True when the database holds nothing a person entered, so a backup would keep nothing.

    "Nothing a person entered" means: no row in any table but the seeded ones (so no workout,
    logged set, body measurement, accepted target, exercise alias, nor a row of any table added
    later); no exercise of their own (`builtin` false) and no shipped one archived; no routine
    of their own (`builtin_key` NULL; the ready-made ones are never edited in place); no stored
    setting other than the app's own (`seed_hash`, `last_backup_at`), whatever its value.
    Deleting a ready-made routine alone does not count: it can be brought back from the shipped
    file. A missing or zero-length file is empty. Read-only (`immutable` when it has no -wal).
    """
    db_path = Path(db_path)
    if not db_path.is_file() or db_path.stat().st_size == 0:
        return True
    conn = sqlite3.connect(_read_only_uri(db_path), uri=True)
    try:
        tables = {
            r[0]
            for r in conn.execute(
                "SELECT name FROM sqlite_master WHERE type='table' AND name NOT LIKE 'sqlite%'"
            )
        }

        def columns(table: str) -> set[str]:
            return {r[1] for r in conn.execute(f'PRAGMA table_info("{table}")')}

        def any_row(sql: str, *params: object) -> bool:
            return bool(conn.execute(f"SELECT EXISTS ({sql})", params).fetchone()[0])

        for table in sorted(tables - SEEDED_TABLES):
            if any_row(f'SELECT 1 FROM "{table}"'):
                return False
        if "exercises" in tables:
            have = columns("exercises")
            mine = "builtin = 0" if "builtin" in have else "0"
            archived = " OR archived = 1" if "archived" in have else ""
            if any_row(f"SELECT 1 FROM exercises WHERE {mine}{archived}"):
                return False
        own_routine = "SELECT 1 FROM routines WHERE builtin_key IS NULL"
        if "routines" in tables and "builtin_key" in columns("routines") and any_row(own_routine):
            return False
        if "settings" in tables:
            marks = ", ".join("?" for _ in INTERNAL_SETTINGS)
            if any_row(f"SELECT 1 FROM settings WHERE key NOT IN ({marks})", *INTERNAL_SETTINGS):
                return False
        return True
    finally:
        conn.close()


def make_self_contained(path: Path) -> bool:
    """Fold a -wal/-shm left beside a backup (by an older version, or opened by hand) into it.

    Opens it read-write once and sets journal mode DELETE: SQLite checkpoints what the -wal
    holds into the file and removes both. Returns True when the file now stands alone; False
    (nothing changed) when it could not be done, e.g. in a read-only folder.
    """
    sides = [Path(str(path) + suffix) for suffix in ("-wal", "-shm")]
    if not any(os.path.lexists(side) for side in sides):
        return True
    try:
        conn = sqlite3.connect(path, isolation_level=None)
        try:
            conn.execute("PRAGMA journal_mode=DELETE").fetchone()
        finally:
            conn.close()
    except sqlite3.Error:
        return False
    return not any(os.path.lexists(side) for side in sides)


def tidy_backup_folder(folder: Path) -> None:
    """Make every backup in `folder` (automatic, manual, pre-migration) a single file."""
    if not folder.is_dir():
        return
    for path in folder.glob("*.db"):
        make_self_contained(path)


def make_backup(
    db: Database | Path, *, folder: Path | None = None, now: datetime | None = None
) -> Path:
    """Take a backup now (used by the CLI `backup`, the menu, and automatic backups).

    Made even of an empty database (`is_empty`): a person asked for it; only the automatic
    backup skips those.
    """
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
    """Automatic backup: only when the database holds something a person entered
    (`is_empty`) and it differs from the newest backup; then prune."""
    folder = folder or backup_dir_for(db_path)
    tidy_backup_folder(folder)
    if is_empty(db_path):
        return None
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
    messages: tuple[str, ...]  # for a person, in the language in use ("ok" when ok)
    # Why it is not ok: "damaged", or the StoreError reason ("not-a-database", "read-only",
    # "unreadable", "too-new", "locked"), "missing", "empty"; "" when ok.
    problem: str = ""


def check_database(db_path: Path) -> CheckReport:
    """PRAGMA integrity_check and foreign_key_check, read-only (nothing is created beside the
    file when it has no -wal). A file that is not a Backline database, or cannot be read, is
    reported as that, not as damaged."""
    db_path = Path(db_path)
    try:
        if not check_file_kind(db_path):
            return CheckReport(
                False,
                (translate("core.store.backups", "{path} does not exist").format(path=db_path),),
                "missing",
            )
        has_tables, _revision = inspect_database(db_path)
    except CorruptDatabaseError as exc:
        return CheckReport(False, (exc.detail,), "damaged")
    except StoreError as exc:
        return CheckReport(False, (exc.detail,), exc.reason)
    if not has_tables:
        return CheckReport(
            False,
            (
                translate(
                    "core.store.backups", "the file is empty: no database was written to it yet"
                ),
            ),
            "empty",
        )
    try:
        conn = sqlite3.connect(_read_only_uri(db_path), uri=True)
    except sqlite3.Error as exc:
        return CheckReport(
            False,
            (translate("core.store.backups", "cannot open: {reason}").format(reason=exc),),
            "unreadable",
        )
    try:
        integrity = [r[0] for r in conn.execute("PRAGMA integrity_check")]
        fk = conn.execute("PRAGMA foreign_key_check").fetchall()
    except sqlite3.DatabaseError as exc:
        return CheckReport(
            False,
            (
                translate("core.store.backups", "the database is damaged: {reason}").format(
                    reason=exc
                ),
            ),
            "damaged",
        )
    finally:
        conn.close()
    # SQLite's own lines from integrity_check stay as SQLite writes them.
    messages = [] if integrity == ["ok"] else integrity
    messages += [
        translate("core.store.backups", "row {row} of {table} points to a missing {parent}").format(
            row=rowid, table=table, parent=parent
        )
        for table, rowid, parent, _ in fk
    ]
    ok = translate("core.store.backups", "ok")
    return CheckReport(not messages, tuple(messages) or (ok,), "damaged" if messages else "")


class RestoreError(ValueError):
    """A restore that was refused or failed before the database changed; str() is one line."""


def validate_backup(path: Path) -> str:
    """The schema revision of a sound Backline backup at `path`; RestoreError otherwise.

    Read-only: the same identity check as opening (tables and columns, a revision this app
    knows, not newer), then a full integrity check.
    """
    path = Path(path)
    try:
        if not check_file_kind(path):
            raise RestoreError(
                translate("core.store.backups", "{path}: no such file").format(path=path)
            )
        has_tables, revision = inspect_database(path)
    except StoreError as exc:
        raise RestoreError(_not_usable(path, exc.detail)) from None
    if not has_tables or revision is None:
        raise RestoreError(
            _not_usable(path, translate("core.store.backups", "it is not a Backline database"))
        )
    report = check_database(path)
    if not report.ok:
        raise RestoreError(_not_usable(path, report.messages[0]))
    return revision


def _not_usable(path: Path, reason: str) -> str:
    return translate("core.store.backups", "{name} is not a usable backup: {reason}").format(
        name=path.name, reason=reason
    )


# --- restore, crash-safe ------------------------------------------------------------------

# Called with each step's name as the restore passes it; tests kill the process there.
_step_hook: Callable[[str], None] | None = None
RESTORE_STEPS = ("journal", "staged", "linked", "sides-moved", "replaced", "done")


def _step(name: str) -> None:
    if _step_hook is not None:
        _step_hook(name)


def journal_path_for(db_path: Path) -> Path:
    real = db_lock.real_path(db_path)
    return real.with_name(real.name + ".restore-journal")


def _fsync_folder(folder: Path) -> None:
    fd = os.open(folder, os.O_RDONLY | os.O_DIRECTORY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _fsync_file(path: Path) -> None:
    with path.open("rb") as fh:
        os.fsync(fh.fileno())


def _write_journal(journal: Path, content: dict[str, str]) -> None:
    tmp = journal.with_name(journal.name + ".tmp")
    with tmp.open("w", encoding="utf-8") as fh:
        json.dump(content, fh)
        fh.flush()
        os.fsync(fh.fileno())
    os.replace(tmp, journal)
    _fsync_folder(journal.parent)


def _same_file(a: Path, b: Path) -> bool:
    try:
        sa, sb = os.stat(a), os.stat(b)
    except OSError:
        return False
    return (sa.st_dev, sa.st_ino) == (sb.st_dev, sb.st_ino)


def _aside_name(real: Path) -> Path:
    stamp = datetime.now(UTC).strftime("%Y%m%d-%H%M%S")
    target = real.with_name(f"{real.name}.before-restore-{stamp}")
    n = 1
    while any(os.path.lexists(str(target) + s) for s in ("", "-wal", "-shm")):
        n += 1
        target = real.with_name(f"{real.name}.before-restore-{stamp}-{n}")
    return target


def _keep_old(real: Path, aside: Path) -> None:
    """`aside` names the current file too (a hard link; a copy where links are not allowed)."""
    try:
        os.link(real, aside)
    except OSError:
        shutil.copyfile(real, aside)
        _fsync_file(aside)


def _remove_staging(real: Path, staged: Path) -> None:
    staged.unlink(missing_ok=True)
    for part in real.parent.glob(f".{glob_escape(staged.name)}.*.part"):
        part.unlink(missing_ok=True)


def glob_escape(name: str) -> str:
    return re.sub(r"([*?\[])", r"[\1]", name)


def restore_backup(backup: Path | BackupInfo, db_path: Path) -> Path | None:
    """Replace the database by a backup; the current file is kept as `.before-restore-<stamp>`.

    Validates the backup before anything is written, holds the database's writer lock (this
    process's own lock when it has one: the window), and survives a kill at any step (see the
    module docstring). Returns where the previous database is kept (None if there was none).
    Raises RestoreError (a ValueError), or DatabaseInUseError when another process writes.
    """
    source = backup.path if isinstance(backup, BackupInfo) else Path(backup)
    real = db_lock.real_path(db_path)
    try:
        exists = check_file_kind(Path(db_path)) and check_file_kind(real)
    except StoreError as exc:
        raise RestoreError(
            translate("core.store.backups", "cannot restore over {path}: {reason}").format(
                path=db_path, reason=exc.detail
            )
        ) from None
    if exists and _same_file(source, real):
        raise RestoreError(
            translate(
                "core.store.backups", "{name} is the database itself; choose a backup"
            ).format(name=source.name)
        )
    revision = validate_backup(source)
    if not real.parent.is_dir():
        raise RestoreError(
            translate("core.store.backups", "cannot restore to {path}: no such folder").format(
                path=db_path
            )
        )
    if not os.access(real.parent, os.W_OK) or (exists and not os.access(real, os.W_OK)):
        raise RestoreError(
            translate(
                "core.store.backups",
                "cannot restore over {path}: the file or its folder is read-only",
            ).format(path=db_path)
        )
    with db_lock.locked(real) as held:
        journal = journal_path_for(real)
        if os.path.lexists(journal):
            finish_interrupted_restore(real)
        staged = real.with_name(real.name + ".restoring")
        aside = _aside_name(real)
        old = os.stat(real) if exists else None
        _write_journal(
            journal,
            {
                "backup": str(source),
                "staged": str(staged),
                "aside": str(aside),
                # Which file was the database before: the next start compares with it.
                "old_file": f"{old.st_dev}:{old.st_ino}" if old else "",
            },
        )
        _step("journal")
        try:
            _remove_staging(real, staged)
            backup_file(source, staged, force=True, create_folder=False, src_is_backup=True)
            _fsync_file(staged)
            _stage_is_sound(staged, source, revision)
        except BaseException:
            _remove_staging(real, staged)
            journal.unlink(missing_ok=True)
            raise
        _step("staged")
        if exists:
            _keep_old(real, aside)
            _fsync_folder(real.parent)
        _step("linked")
        # The old -wal must never meet the new file: SQLite would replay it into the backup.
        for suffix in ("-wal", "-shm"):
            side = Path(str(real) + suffix)
            if os.path.lexists(side):
                os.replace(side, Path(str(aside) + suffix))
        _fsync_folder(real.parent)
        _step("sides-moved")
        os.replace(staged, real)
        _fsync_folder(real.parent)
        held.pin()  # the lock now holds the new file too
        _step("replaced")
        journal.unlink()
        _fsync_folder(real.parent)
        _step("done")
    if exists:
        # The previous database, kept: one file like every backup (its -wal folded in).
        make_self_contained(aside)
    return aside if exists else None


def _stage_is_sound(staged: Path, source: Path, revision: str) -> None:
    try:
        _has_tables, staged_revision = inspect_database(staged)
    except StoreError as exc:
        raise RestoreError(
            translate("core.store.backups", "the copy of {name} is not sound: {reason}").format(
                name=source.name, reason=exc.detail
            )
        ) from None
    if staged_revision != revision:
        raise RestoreError(
            translate("core.store.backups", "{name} changed while it was copied; try again").format(
                name=source.name
            )
        )


def finish_interrupted_restore(db_path: Path) -> str | None:
    """After a kill during a restore: finish it (the new file is in place) or undo it (the old
    one is), under the writer lock. Returns one sentence saying which, or None if no restore
    was interrupted. Raises DatabaseInUseError while another process is still restoring."""
    real = db_lock.real_path(db_path)
    journal = journal_path_for(real)
    if not os.path.lexists(journal):
        return None
    with db_lock.locked(real):
        if not os.path.lexists(journal):
            return None  # the other process finished it while we waited for nothing
        try:
            entry = json.loads(journal.read_text(encoding="utf-8"))
            source = str(entry["backup"])
            staged = Path(entry["staged"])
            aside = Path(entry["aside"])
            old_file = str(entry["old_file"])
        except (OSError, ValueError, KeyError, TypeError):
            raise StoreError(
                real,
                translate(
                    "core.store.backups",
                    "{name} is not a restore journal Backline can read; move it away "
                    "once you have checked the database",
                ).format(name=journal.name),
            ) from None
        name = Path(source).name
        try:
            now = os.stat(real)
            current = f"{now.st_dev}:{now.st_ino}"
        except FileNotFoundError:
            current = None
        if current is not None and current != old_file:
            if old_file:
                note = translate(
                    "core.store.backups",
                    "a restore of {name} was interrupted after the backup was in place; it is "
                    "finished, and the previous database is kept as {kept}",
                ).format(name=name, kept=aside.name)
            else:
                note = translate(
                    "core.store.backups",
                    "a restore of {name} was interrupted after the backup was in place; it is "
                    "finished",
                ).format(name=name)
        elif current is None and old_file and os.path.lexists(aside):
            _keep_old(aside, real)  # never left without a database
            note = translate(
                "core.store.backups",
                "a restore of {name} was interrupted; the previous database is back",
            ).format(name=name)
        else:
            # The old file is still the database: put its -wal/-shm back, drop the extra name.
            for suffix in ("-wal", "-shm"):
                moved = Path(str(aside) + suffix)
                if os.path.lexists(moved) and not os.path.lexists(str(real) + suffix):
                    os.replace(moved, Path(str(real) + suffix))
            if current is not None and os.path.lexists(aside):
                aside.unlink()
            note = translate(
                "core.store.backups",
                "a restore of {name} was interrupted before the backup was in place; it was "
                "undone and the database is as it was (restore again to replace it)",
            ).format(name=name)
        _remove_staging(real, staged)
        journal.unlink()
        _fsync_folder(real.parent)
    return note


def start_new_database(db_path: Path) -> Path | None:
    """Move the current database aside (kept, with -wal/-shm) so a new one is created."""
    return move_aside(db_path) if db_path.exists() else None


def app_is_running(db_path: Path) -> bool:
    """True while a Backline process (a window, an import, a restore) holds the database's
    writer lock (core.store.lock; a lock dies with its process, so none is ever stale)."""
    return db_lock.is_locked(db_path)
