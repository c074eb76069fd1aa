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
from core.i18n import QT_TRANSLATE_NOOP, translate
from ui import dialogs
from ui.tasks import run_task

if TYPE_CHECKING:
    from ui.main_window import MainWindow


def import_filters() -> str:
    """The Import dialog's file types: "Workout exports (*.csv *.json);;All files (*)"."""
    # (lupdate reads no translate() inside an f-string)
    exports = translate("ui.data_actions", "Workout exports")
    every_file = translate("ui.data_actions", "All files")
    return f"{exports} (*.csv *.json);;{every_file} (*)"


def snapshot_filters() -> str:
    """The shared store's Restore dialog's file types."""
    backups = translate("ui.data_actions", "Backline JSON backups")
    every_file = translate("ui.data_actions", "All files")
    return f"{backups} (*.json);;{every_file} (*)"


def _workouts(count: int) -> str:
    return translate("ui.data_actions", "%n workout(s)", None, count)


def _sets(count: int) -> str:
    return translate("ui.data_actions", "%n set(s)", None, count)


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
    path = path or dialogs.open_file(
        window, translate("ui.data_actions", "Import workouts"), import_filters()
    )
    if path is None:
        return None
    if path.suffix.lower() == ".json":
        return _import_json(window, path)
    dialog = ImportDialog(window.ops, path, window)
    if run_dialog(dialog) and dialog.result is not None:
        r = dialog.result
        window.announce(dialog.changes())
        # a count is a plain name: lupdate skips a translate() whose count is r.x or f(x)
        duplicates = r.workouts_skipped_duplicate
        skipped = translate("ui.data_actions", "%n were already here.", None, duplicates)
        dialogs.show_info(
            window,
            translate("ui.data_actions", "Import finished"),
            translate("ui.data_actions", "Imported {workouts} ({sets}). {skipped}").format(
                workouts=_workouts(r.workouts_added), sets=_sets(r.sets_added), skipped=skipped
            ),
        )
        return r
    return None


def run_dialog(dialog: Any) -> bool:
    """exec() a dialog; a separate function so tests can drive the dialog instead."""
    return bool(dialog.exec())


JSON_IMPORT_WAITS_FOR_WORKOUT = QT_TRANSLATE_NOOP(
    "ui.data_actions",
    "End the workout first: a Backline file is imported in one transaction that holds the "
    "database, and a set confirmed meanwhile could not be saved.",
)


def _waits_for_workout(path: Path) -> str:
    reason = translate("ui.data_actions", JSON_IMPORT_WAITS_FOR_WORKOUT)
    return translate("ui.data_actions", "{file}: {reason}").format(file=path.name, reason=reason)


def _import_json(window: MainWindow, path: Path) -> Any:
    from core import interchange as imports
    from core.workout.resume import unfinished_workout

    db = window.db
    assert db is not None
    # One transaction for the whole file (all-or-nothing across workouts, routines and
    # measurements), so it must not run beside a workout whose sets are being confirmed.
    if window.ops.read(lambda session: unfinished_workout(session=session)) is not None:
        dialogs.show_error(
            window, translate("ui.data_actions", "Import not started"), _waits_for_workout(path)
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
        # each count's words first, from plain names: lupdate skips a translate() given as a
        # keyword argument, or whose count is r.x or f(x)
        n_routines, n_measurements = r.routines_added, r.measurements_added
        n_days, n_targets = r.day_logs_added, r.targets_added
        routines = translate("ui.data_actions", "%n routine(s)", None, n_routines)
        measurements = translate("ui.data_actions", "%n measurement(s)", None, n_measurements)
        days = translate("ui.data_actions", "%n logged day(s)", None, n_days)
        targets = translate("ui.data_actions", "%n target(s)", None, n_targets)
        dialogs.show_info(
            window,
            translate("ui.data_actions", "Import finished"),
            translate(
                "ui.data_actions",
                "Imported {workouts} ({sets}), {routines}, {measurements}, {days} and {targets}.",
            ).format(
                workouts=_workouts(r.workouts_added),
                sets=_sets(r.sets_added),
                routines=routines,
                measurements=measurements,
                days=days,
                targets=targets,
            ),
        )

    def failed(exc: BaseException) -> None:
        finished()
        dialogs.show_error(
            window,
            translate("ui.data_actions", "Import failed"),
            translate("ui.data_actions", "{file}: {reason}\nNothing was imported.").format(
                file=path.name, reason=failure_line(exc)
            ),
        )

    # said in "Wait for … to finish first" (ui.workout.tab)
    window.ops.long_write = translate("ui.data_actions", "a Backline import")
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
                window,
                translate("ui.data_actions", "Export everything"),
                "backline-export.json",
                "JSON (*.json)",
            )
        else:
            path = dialogs.save_file(
                window,
                translate("ui.data_actions", "Export history as CSV"),
                "backline-strong.csv",
                "CSV (*.csv)",
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
            translate("ui.data_actions", "Export finished"),
            translate("ui.data_actions", "Exported {workouts} ({sets}) to {path}.").format(
                workouts=_workouts(r.workouts), sets=_sets(r.sets), path=r.path
            ),
        ),
        lambda exc: dialogs.show_error(
            window,
            translate("ui.data_actions", "Export failed"),
            translate("ui.data_actions", "{reason}\nNothing was exported.").format(
                reason=failure_line(exc)
            ),
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
        text = (
            translate(
                "ui.data_actions",
                "Saved a backup to {path}. The database holds nothing you entered yet.",
            )
            if empty
            else translate("ui.data_actions", "Saved a backup to {path}.")
        )
        dialogs.show_info(
            window, translate("ui.data_actions", "Backup made"), text.format(path=made)
        )

    run_task(made_and_empty, done, lambda exc: _backup_failed(window, exc))


def _backup_failed(window: MainWindow, exc: BaseException) -> None:
    dialogs.show_error(
        window,
        translate("ui.data_actions", "Backup failed"),
        translate("ui.data_actions", "{reason}\nNo backup was made.").format(
            reason=failure_line(exc)
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
            translate("ui.data_actions", "Backup made"),
            translate(
                "ui.data_actions",
                "Saved a backup of {database} to {path} (a Backline JSON export of one "
                "consistent moment).",
            ).format(database=where, path=made),
        ),
        lambda exc: _backup_failed(window, exc),
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
        dialogs.show_info(
            window,
            translate("ui.data_actions", "No backups"),
            translate("ui.data_actions", "There is no backup of this database yet."),
        )
        return
    chosen = dialogs.choose_backup(window, available)
    if chosen is None:
        return
    if not dialogs.confirm(
        window,
        translate("ui.data_actions", "Restore a backup"),
        translate(
            "ui.data_actions",
            "Replace the current data with this backup? The current database is kept beside "
            "it under a new name.",
        ),
        translate("ui.data_actions", "Restore"),
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
        window,
        translate("ui.data_actions", "Restore a JSON backup into the shared database"),
        snapshot_filters(),
    )
    if path is None:
        return
    if window.ops.read(lambda session: unfinished_workout(session=session)) is not None:
        dialogs.show_error(
            window, translate("ui.data_actions", "Restore not started"), _waits_for_workout(path)
        )
        return
    if not dialogs.confirm(
        window,
        translate("ui.data_actions", "Restore a backup"),
        translate(
            "ui.data_actions",
            "Add what {file} holds to {database}? Workouts already there are skipped and "
            "nothing is deleted; every machine using this database sees the result.",
        ).format(file=path.name, database=db.describe()),
        translate("ui.data_actions", "Restore"),
    ):
        return

    def finished() -> None:
        window.ops.long_write = None

    def done(r: Any) -> None:
        finished()
        window.announce(Changes.everything())
        duplicates = r.workouts_skipped_duplicate  # a plain name, for lupdate
        skipped = translate("ui.data_actions", "%n already there", None, duplicates)
        dialogs.show_info(
            window,
            translate("ui.data_actions", "Restore finished"),
            translate(
                "ui.data_actions", "Restored {file}: {workouts} ({sets}) added, {skipped}."
            ).format(
                file=path.name,
                workouts=_workouts(r.workouts_added),
                sets=_sets(r.sets_added),
                skipped=skipped,
            ),
        )

    def failed(exc: BaseException) -> None:
        finished()
        dialogs.show_error(
            window,
            translate("ui.data_actions", "Restore failed"),
            translate("ui.data_actions", "{file}: {reason}\nNothing was restored.").format(
                file=path.name, reason=failure_line(exc)
            ),
        )

    # said in "Wait for … to finish first" (ui.workout.tab)
    window.ops.long_write = translate("ui.data_actions", "a restore")
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
        title = translate("ui.data_actions", "Database check")
        if report.ok:
            dialogs.show_info(window, title, translate("ui.data_actions", "The database is sound."))
        else:
            dialogs.show_error(
                window,
                title,
                translate("ui.data_actions", "Problems found:\n{problems}").format(
                    problems="\n".join(report.messages[:10])
                ),
            )

    run_task(
        lambda: backups.check_database(db.path),
        done,
        lambda exc: dialogs.show_error(
            window, translate("ui.data_actions", "Database check"), str(exc)
        ),
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
            translate("ui.data_actions", "Database check"),
            translate(
                "ui.data_actions",
                "{database} is a sound Backline database (schema revision {revision}).",
            ).format(database=where, revision=revision),
        ),
        lambda exc: dialogs.show_error(
            window, translate("ui.data_actions", "Database check"), failure_line(exc)
        ),
    )
