"""The File menu's data actions: import, export, back up, restore, check.

Each action asks its questions through ui.dialogs (monkeypatched in tests), does the work
through core, and announces what changed through the main window.

On a shared (PostgreSQL) store there is no file to copy: "back up" writes a Backline JSON
export from one consistent snapshot (Database.backup_to) into the data folder's
backups/shared, "restore" reads such a file back in one transaction (adding what the store
lacks, skipping workouts it has; core.store.snapshot), and "check" reads the server's schema
(core.store.postgres.check_server). The menu entries say so (ui.main_window.SERVER_LABELS).
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from core.changes import Changes
from ui import dialogs
from ui.tasks import run_task

if TYPE_CHECKING:
    from ui.main_window import MainWindow

IMPORT_FILTERS = "Workout exports (*.csv *.json);;All files (*)"
SNAPSHOT_FILTERS = "Backline JSON backups (*.json);;All files (*)"


def snapshot_destination() -> Path:
    """Where "Back up now" puts a shared store's snapshot (a seam for tests)."""
    from core.store.snapshot import default_snapshot_path

    return default_snapshot_path()


def failure_line(exc: BaseException) -> str:
    """One line for a failed import, export or backup: the core error's own sentence (it names
    the file or field), or for a database error SQLite's reason ("disk full"), never its SQL."""
    from sqlalchemy.exc import SQLAlchemyError

    from core.store.outputs import reason_of

    if isinstance(exc, SQLAlchemyError):
        return reason_of(getattr(exc, "orig", None) or exc)
    text = str(exc).strip()
    return text.splitlines()[0] if text else type(exc).__name__


def import_file(window: MainWindow, path: Path | None = None) -> Any:
    """Import a Strong/Hevy CSV (with the detection and mapping dialog) or a Backline JSON."""
    from ui.import_dialog import ImportDialog

    if window.db is None:
        return None
    path = path or dialogs.open_file(window, "Import workouts", IMPORT_FILTERS)
    if path is None:
        return None
    if path.suffix.lower() == ".json":
        return _import_json(window, path)
    dialog = ImportDialog(window.ops, path, window)
    if run_dialog(dialog) and dialog.result is not None:
        r = dialog.result
        window.announce(dialog.changes())
        dialogs.show_info(
            window,
            "Import finished",
            f"Imported {r.workouts_added} workouts ({r.sets_added} sets). "
            f"{r.workouts_skipped_duplicate} were already here.",
        )
        return r
    return None


def run_dialog(dialog: Any) -> bool:
    """exec() a dialog; a separate function so tests can drive the dialog instead."""
    return bool(dialog.exec())


JSON_IMPORT_WAITS_FOR_WORKOUT = (
    "End the workout first: a Backline file is imported in one transaction that holds the "
    "database, and a set confirmed meanwhile could not be saved."
)


def _import_json(window: MainWindow, path: Path) -> Any:
    from core import interchange as imports
    from core.workout.resume import unfinished_workout

    db = window.db
    assert db is not None
    # One transaction for the whole file (all-or-nothing across workouts, routines and
    # measurements), so it must not run beside a workout whose sets are being confirmed.
    if window.ops.read(lambda session: unfinished_workout(session=session)) is not None:
        dialogs.show_error(
            window, "Import not started", f"{path.name}: {JSON_IMPORT_WAITS_FOR_WORKOUT}"
        )
        return None

    def work() -> Any:  # on a worker thread, with its own session
        with db.session_scope() as session:
            return imports.import_json(path, session=session)

    def finished() -> None:
        window.ops.long_write = None

    def done(r: Any) -> None:
        finished()
        window.announce(Changes.everything())
        dialogs.show_info(
            window,
            "Import finished",
            f"Imported {r.workouts_added} workouts ({r.sets_added} sets), {r.routines_added} "
            f"routines, {r.measurements_added} measurements, {r.day_logs_added} logged days "
            f"and {r.targets_added} targets.",
        )

    def failed(exc: BaseException) -> None:
        finished()
        dialogs.show_error(
            window, "Import failed", f"{path.name}: {failure_line(exc)}\nNothing was imported."
        )

    window.ops.long_write = "a Backline import"
    run_task(work, done, failed)


def export_history(window: MainWindow, fmt: str, path: Path | None = None) -> None:
    """fmt 'strong' (Strong's comma CSV) or 'json' (everything)."""
    from core import interchange as imports
    from core.store.settings import load_settings

    db = window.db
    if db is None:
        return
    if path is None:
        if fmt == "json":
            path = dialogs.save_file(
                window, "Export everything", "backline-export.json", "JSON (*.json)"
            )
        else:
            path = dialogs.save_file(
                window, "Export history as CSV", "backline-strong.csv", "CSV (*.csv)"
            )
    if path is None:
        return

    # The save dialog has already asked whether to replace an existing file: force=True.
    def work() -> Any:
        with db.read_scope() as session:
            if fmt == "json":
                return imports.export_json(path, session=session, force=True)
            unit = load_settings(session=session).weight_unit
            return imports.export_strong_csv(path, session=session, unit=unit, force=True)

    run_task(
        work,
        lambda r: dialogs.show_info(
            window,
            "Export finished",
            f"Exported {r.workouts} workouts ({r.sets} sets) to {r.path}.",
        ),
        lambda exc: dialogs.show_error(
            window, "Export failed", f"{failure_line(exc)}\nNothing was exported."
        ),
    )


def backup_now(window: MainWindow) -> None:
    from core.store import backups

    db = window.db
    if db is None:
        return
    if not db.is_sqlite:
        _snapshot_now(window)
        return

    def made_and_empty() -> tuple[Path, bool]:
        made = backups.make_backup(db)
        return made, backups.is_empty(made)

    def done(result: tuple[Path, bool]) -> None:
        made, empty = result
        note = " The database holds nothing you entered yet." if empty else ""
        dialogs.show_info(window, "Backup made", f"Saved a backup to {made}.{note}")

    run_task(
        made_and_empty,
        done,
        lambda exc: dialogs.show_error(
            window, "Backup failed", f"{failure_line(exc)}\nNo backup was made."
        ),
    )


def _snapshot_now(window: MainWindow) -> None:
    db = window.db
    assert db is not None
    where = db.describe()

    run_task(
        lambda: db.backup_to(snapshot_destination()),
        lambda made: dialogs.show_info(
            window,
            "Backup made",
            f"Saved a backup of {where} to {made} (a Backline JSON export of one consistent "
            "moment).",
        ),
        lambda exc: dialogs.show_error(
            window, "Backup failed", f"{failure_line(exc)}\nNo backup was made."
        ),
    )


def restore(window: MainWindow) -> None:
    """Pick a backup and put it in place of the database (the current file is kept aside)."""
    from core.store import backups

    db = window.db
    if db is not None and not db.is_sqlite:
        _restore_snapshot(window)
        return
    controller = window.controller
    if db is None or controller is None:
        return
    available = backups.list_backups(db.path)
    if not available:
        dialogs.show_info(window, "No backups", "There is no backup of this database yet.")
        return
    chosen = dialogs.choose_backup(window, available)
    if chosen is None:
        return
    if not dialogs.confirm(
        window,
        "Restore a backup",
        "Replace the current data with this backup? The current database is kept beside it "
        "under a new name.",
        "Restore",
    ):
        return
    controller.restore_from(chosen)


def _restore_snapshot(window: MainWindow, path: Path | None = None) -> None:
    """Read a Backline JSON backup into the shared store in one transaction: what it lacks is
    added, workouts it has are skipped, nothing is deleted."""
    from core.store.snapshot import restore_snapshot
    from core.workout.resume import unfinished_workout

    db = window.db
    assert db is not None
    path = path or dialogs.open_file(
        window, "Restore a JSON backup into the shared database", SNAPSHOT_FILTERS
    )
    if path is None:
        return
    if window.ops.read(lambda session: unfinished_workout(session=session)) is not None:
        dialogs.show_error(
            window, "Restore not started", f"{path.name}: {JSON_IMPORT_WAITS_FOR_WORKOUT}"
        )
        return
    if not dialogs.confirm(
        window,
        "Restore a backup",
        f"Add what {path.name} holds to {db.describe()}? Workouts already there are skipped "
        "and nothing is deleted; every machine using this database sees the result.",
        "Restore",
    ):
        return

    def finished() -> None:
        window.ops.long_write = None

    def done(r: Any) -> None:
        finished()
        window.announce(Changes.everything())
        dialogs.show_info(
            window,
            "Restore finished",
            f"Restored {path.name}: {r.workouts_added} workouts ({r.sets_added} sets) added, "
            f"{r.workouts_skipped_duplicate} already there.",
        )

    def failed(exc: BaseException) -> None:
        finished()
        dialogs.show_error(
            window, "Restore failed", f"{path.name}: {failure_line(exc)}\nNothing was restored."
        )

    window.ops.long_write = "a restore"
    run_task(lambda: restore_snapshot(db, path), done, failed)


def check(window: MainWindow) -> None:
    from core.store import backups

    db = window.db
    if db is None:
        return
    if not db.is_sqlite:
        _check_server(window)
        return

    def done(report: Any) -> None:
        if report.ok:
            dialogs.show_info(window, "Database check", "The database is sound.")
        else:
            dialogs.show_error(
                window, "Database check", "Problems found:\n" + "\n".join(report.messages[:10])
            )

    run_task(
        lambda: backups.check_database(db.path),
        done,
        lambda exc: dialogs.show_error(window, "Database check", str(exc)),
    )


def _check_server(window: MainWindow) -> None:
    from core.store.postgres import check_server

    db = window.db
    assert db is not None
    location, where = db.location, db.describe()
    run_task(
        lambda: check_server(location),
        lambda revision: dialogs.show_info(
            window,
            "Database check",
            f"{where} is a sound Backline database (schema revision {revision}).",
        ),
        lambda exc: dialogs.show_error(window, "Database check", failure_line(exc)),
    )
