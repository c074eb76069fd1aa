"""`backline import`, `export`, `backup`, `restore` and `check`: the person's data in and out."""

from __future__ import annotations

import argparse
import sys
from typing import Any

from core.cli.common import (
    EXIT_FAILURE,
    EXIT_OK,
    CommandError,
    open_db,
    read,
    say,
    terminal_text,
)


def _parse_mapping(pairs: list[str]) -> dict[str, str]:
    mapping = {}
    for pair in pairs:
        name, sep, slug = pair.partition("=")
        if not sep or not name.strip() or not slug.strip():
            raise CommandError(f"--map needs NAME=SLUG, got {pair!r}")
        mapping[name.strip()] = slug.strip()
    return mapping


def _date(value: Any) -> str:
    return value.astimezone().strftime("%Y-%m-%d") if value else "?"


def cmd_import(args: argparse.Namespace) -> int:
    from pathlib import Path

    from sqlalchemy.exc import SQLAlchemyError

    from core import interchange as imports
    from core.store.outputs import reason_of

    path = Path(args.file)
    problem = imports.input_problem(path)  # a folder, a FIFO, a device: never opened
    if problem is not None:
        raise CommandError(terminal_text(f"{path}: {problem}"))
    mapping = _parse_mapping(args.map)
    try:
        is_json = args.format == "json" or (args.format == "auto" and imports.looks_like_json(path))
    except OSError as exc:
        raise CommandError(terminal_text(f"{path}: {reason_of(exc)}")) from None
    db = open_db(args)
    try:
        if is_json:
            if args.dry_run:
                raise CommandError("--dry-run is not available for Backline JSON files")
            with db.session_scope() as session:
                restored = imports.import_json(path, session=session)
            say(
                f"Imported {restored.workouts_added} workouts ({restored.sets_added} sets), "
                f"{restored.routines_added} routines, {restored.measurements_added} "
                f"measurements, {restored.day_logs_added} logged days, "
                f"{restored.targets_added} targets; {restored.workouts_skipped_duplicate} "
                "workouts were already here."
            )
            return EXIT_OK
        try:
            parsed = imports.parse(path, format=args.format, unit=args.unit)
        except imports.UnitRequired as exc:
            raise CommandError(f"{exc} (use --unit kg or --unit lb)") from exc
        summary = parsed.summary
        say(
            f"Detected {summary.app} ({summary.dialect}), unit {summary.unit or args.unit}, "
            f"{_date(summary.first_date)} to {_date(summary.last_date)}: "
            f"{summary.workout_count} workouts, {summary.set_count} sets."
        )
        with db.read_scope() as session:
            unknown = [
                n
                for n in imports.unknown_exercise_names(parsed, session=session)
                if n not in mapping
            ]
        if unknown:
            say(
                f"{len(unknown)} exercise names are not in the library and will be added as "
                "your own exercises unless mapped with --map: "
                + ", ".join(terminal_text(name, one_line=True) for name in unknown)
            )
        if args.dry_run:
            say("Dry run: nothing was written.")
            return EXIT_OK
        # Staged: the sets go into a private table first, so the database's write lock is
        # held only for the final copy and a set confirmed in the window meanwhile lands.
        result = imports.import_parsed_staged(parsed, db=db, mapping=mapping, create_custom=True)
        say(
            f"Imported {result.workouts_added} workouts ({result.sets_added} sets); "
            f"{result.workouts_skipped_duplicate} were already here; "
            f"{len(result.exercises_created)} new exercises."
        )
        return EXIT_OK
    except (imports.ImportFormatError, imports.MappingError, imports.UnmappedExercises) as exc:
        raise CommandError(terminal_text(f"{path.name}: {exc}; nothing was imported")) from exc
    except OSError as exc:
        raise CommandError(
            terminal_text(f"{path}: {reason_of(exc)}; nothing was imported")
        ) from None
    except SQLAlchemyError as exc:
        reason = reason_of(getattr(exc, "orig", None) or exc)
        raise CommandError(f"{db.location.redacted()}: {reason}; nothing was imported") from None
    finally:
        db.close()


def cmd_export(args: argparse.Namespace) -> int:
    from pathlib import Path

    from core import interchange as imports
    from core.store.outputs import OutputError
    from core.store.settings import load_settings

    output = Path(args.output)

    def export(session: Any) -> imports.ExportResult:
        if args.format == "json":
            return imports.export_json(output, session=session, force=args.force)
        unit = args.unit or load_settings(session=session).weight_unit
        return imports.export_strong_csv(
            output,
            session=session,
            unit=unit,
            force=args.force,
            spreadsheet=args.format == "csv",
        )

    try:
        result = read(args, export)
    except OutputError as exc:
        raise CommandError(terminal_text(f"{exc}; nothing was exported")) from None
    say(f"Exported {result.workouts} workouts ({result.sets} sets) to {result.path}")
    return EXIT_OK


def cmd_backup(args: argparse.Namespace) -> int:
    from pathlib import Path

    from core.store import backups
    from core.store.db import backup_file
    from core.store.outputs import OutputError

    db = open_db(args)
    try:
        if not db.is_sqlite:
            return _backup_server(db, args)
        if args.output:
            made = backup_file(db.path, Path(args.output), force=args.force, create_folder=False)
        else:
            made = backups.make_backup(db)
    except OutputError as exc:
        raise CommandError(terminal_text(f"{exc}; no backup was made")) from None
    finally:
        db.close()
    empty = " (the database holds nothing you entered yet)" if backups.is_empty(made) else ""
    say(f"Backed up to {made}{empty}")
    return EXIT_OK


def _backup_server(db: Any, args: argparse.Namespace) -> int:
    """A PostgreSQL store's backup: a Backline JSON export from one REPEATABLE READ snapshot
    (core.store.snapshot), to --output or the backups folder of the data directory."""
    from pathlib import Path

    from core.store.snapshot import default_snapshot_path, write_snapshot

    if args.output:
        made = write_snapshot(db, Path(args.output), force=args.force)
    else:
        made = write_snapshot(db, default_snapshot_path())
    say(f"Backed up {db.describe()} to {made} (a Backline JSON export)")
    return EXIT_OK


def cmd_restore(args: argparse.Namespace) -> int:
    from pathlib import Path

    from core.store import backups
    from core.store.location import chosen_store

    source = Path(args.file)
    location = chosen_store(args.db)
    kind = _backup_kind(source)
    if location.path is None:
        if kind == "sqlite":
            raise CommandError(
                f"{source.name} is a SQLite backup; the shared database takes a Backline JSON "
                f"one: `backline --db {source} export --format json --output backup.json`, "
                "then `backline restore backup.json`"
            )
        return _restore_server(args, source)
    if kind == "json":
        raise CommandError(
            f"{source.name} is a Backline JSON backup (a shared database's); read it into this "
            f"file with `backline import {source} --format json`"
        )
    target = location.path
    # restore_backup checks the backup first, then holds the writer lock (DatabaseInUseError
    # when a window or an import has this file, through any symlink) for every step.
    try:
        aside = backups.restore_backup(source, target)
    except ValueError as exc:
        raise CommandError(str(exc)) from exc
    kept = f"; the previous database was kept as {aside}" if aside else ""
    print(f"Restored {source.name}{kept}")
    return EXIT_OK


def _backup_kind(path: Any) -> str | None:
    """ "sqlite" or "json" from a backup file's first bytes; None when neither (or unreadable:
    the restore itself then says why)."""
    import os
    import stat

    try:
        if not stat.S_ISREG(os.stat(path).st_mode):
            return None  # a FIFO would wait for a writer here; the restore names what it is
        with open(path, "rb") as fh:
            head = fh.read(64)
    except OSError:
        return None
    if head.startswith(b"SQLite format 3\x00"):
        return "sqlite"
    if head.removeprefix(b"\xef\xbb\xbf").lstrip().startswith(b"{"):
        return "json"
    return None


def _restore_server(args: argparse.Namespace, source: Any) -> int:
    """Read a Backline JSON backup into a PostgreSQL store, in one transaction."""
    from core import interchange as imports
    from core.store.snapshot import restore_snapshot

    db = open_db(args)
    try:
        done = restore_snapshot(db, source)
    except imports.ImportFormatError as exc:
        raise CommandError(terminal_text(f"{source.name}: {exc}; nothing was restored")) from exc
    finally:
        db.close()
    say(
        f"Restored {source.name} into {db.describe()}: {done.workouts_added} workouts "
        f"({done.sets_added} sets); {done.workouts_skipped_duplicate} were already there"
    )
    return EXIT_OK


def cmd_check(args: argparse.Namespace) -> int:
    from core.store import backups
    from core.store.location import chosen_store

    location = chosen_store(args.db)
    if location.path is None:
        from core.store.postgres import check_server

        check_server(location)  # read-only: the schema is Backline's at a known revision
        print(f"{location.redacted()}: ok")
        return EXIT_OK
    path = location.path
    report = backups.check_database(path)
    if report.ok:
        print(f"{path}: ok")
        return EXIT_OK
    # Damaged is said only of a database that is; a read-only or foreign file says what it is.
    label = "damaged" if report.problem == "damaged" else "cannot check"
    print(f"{path}: {label}: {'; '.join(report.messages[:5])}", file=sys.stderr)
    return EXIT_FAILURE
