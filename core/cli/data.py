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
from core.i18n import translate


def _workouts(n: int) -> str:
    """'1 workout', '83 workouts'."""
    return translate("core.cli.data", "%n workout(s)", None, n)


def _sets(n: int) -> str:
    """'1 set', '2440 sets'."""
    return translate("core.cli.data", "%n set(s)", None, n)


def _counted(what: str, n: int) -> str:
    """A count of `what` in words (each count is the plain name `n`: lupdate reads no other
    expression as a count)."""
    if what == "routines":
        return translate("core.cli.data", "%n routine(s)", None, n)
    if what == "measurements":
        return translate("core.cli.data", "%n measurement(s)", None, n)
    if what == "days":
        return translate("core.cli.data", "%n logged day(s)", None, n)
    if what == "targets":
        return translate("core.cli.data", "%n target(s)", None, n)
    if what == "skipped":
        return translate("core.cli.data", "%n workout(s) were already here", None, n)
    if what == "here":
        return translate("core.cli.data", "%n were already here", None, n)
    if what == "there":
        return translate("core.cli.data", "%n were already there", None, n)
    assert what == "exercises", what
    return translate("core.cli.data", "%n new exercise(s)", None, n)


def _parse_mapping(pairs: list[str]) -> dict[str, str]:
    mapping = {}
    for pair in pairs:
        name, sep, slug = pair.partition("=")
        if not sep or not name.strip() or not slug.strip():
            raise CommandError(
                translate("core.cli.data", "--map needs NAME=SLUG, got {pair}").format(
                    pair=repr(pair)
                )
            )
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
                raise CommandError(
                    translate("core.cli.data", "--dry-run is not available for Backline JSON files")
                )
            with db.session_scope() as session:
                restored = imports.import_json(path, session=session)
            say(
                translate(
                    "core.cli.data",
                    "Imported {workouts} ({sets}), {routines}, {measurements}, {days}, "
                    "{targets}; {skipped}.",
                ).format(
                    workouts=_workouts(restored.workouts_added),
                    sets=_sets(restored.sets_added),
                    routines=_counted("routines", restored.routines_added),
                    measurements=_counted("measurements", restored.measurements_added),
                    days=_counted("days", restored.day_logs_added),
                    targets=_counted("targets", restored.targets_added),
                    skipped=_counted("skipped", restored.workouts_skipped_duplicate),
                )
            )
            return EXIT_OK
        try:
            parsed = imports.parse(path, format=args.format, unit=args.unit)
        except imports.UnitRequired as exc:
            raise CommandError(
                translate("core.cli.data", "{problem} (use --unit kg or --unit lb)").format(
                    problem=exc
                )
            ) from exc
        summary = parsed.summary
        say(
            translate(
                "core.cli.data",
                "Detected {app} ({dialect}), unit {unit}, {first} to {last}: {workouts}, {sets}.",
            ).format(
                app=imports.app_name(summary.app),
                dialect=summary.dialect,
                unit=summary.unit or args.unit,
                first=_date(summary.first_date),
                last=_date(summary.last_date),
                workouts=_workouts(summary.workout_count),
                sets=_sets(summary.set_count),
            )
        )
        with db.read_scope() as session:
            unknown = [
                n
                for n in imports.unknown_exercise_names(parsed, session=session)
                if n not in mapping
            ]
        if unknown:
            names = len(unknown)  # a plain name: lupdate reads no other expression as a count
            say(
                translate(
                    "core.cli.data",
                    "%n exercise name(s) are not in the library and will be added as your own "
                    "exercises unless mapped with --map: {names}",
                    None,
                    names,
                ).format(names=", ".join(terminal_text(name, one_line=True) for name in unknown))
            )
        if args.dry_run:
            say(translate("core.cli.data", "Dry run: nothing was written."))
            return EXIT_OK
        # Staged: the sets go into a private table first, so the database's write lock is
        # held only for the final copy and a set confirmed in the window meanwhile lands.
        result = imports.import_parsed_staged(parsed, db=db, mapping=mapping, create_custom=True)
        say(
            translate(
                "core.cli.data", "Imported {workouts} ({sets}); {skipped}; {created}."
            ).format(
                workouts=_workouts(result.workouts_added),
                sets=_sets(result.sets_added),
                skipped=_counted("here", result.workouts_skipped_duplicate),
                created=_counted("exercises", len(result.exercises_created)),
            )
        )
        return EXIT_OK
    except (imports.ImportFormatError, imports.MappingError, imports.UnmappedExercises) as exc:
        raise CommandError(terminal_text(_not_imported(path.name, exc))) from exc
    except OSError as exc:
        raise CommandError(terminal_text(_not_imported(path, reason_of(exc)))) from None
    except SQLAlchemyError as exc:
        reason = reason_of(getattr(exc, "orig", None) or exc)
        raise CommandError(_not_imported(db.location.redacted(), reason)) from None
    finally:
        db.close()


def _not_imported(where: object, problem: object) -> str:
    return translate("core.cli.data", "{where}: {problem}; nothing was imported").format(
        where=where, problem=problem
    )


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
        raise CommandError(
            terminal_text(
                translate("core.cli.data", "{problem}; nothing was exported").format(problem=exc)
            )
        ) from None
    say(
        translate("core.cli.data", "Exported {workouts} ({sets}) to {path}").format(
            workouts=_workouts(result.workouts), sets=_sets(result.sets), path=result.path
        )
    )
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
        raise CommandError(
            terminal_text(
                translate("core.cli.data", "{problem}; no backup was made").format(problem=exc)
            )
        ) from None
    finally:
        db.close()
    if backups.is_empty(made):
        line = translate(
            "core.cli.data", "Backed up to {path} (the database holds nothing you entered yet)"
        )
    else:
        line = translate("core.cli.data", "Backed up to {path}")
    say(line.format(path=made))
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
    say(
        translate("core.cli.data", "Backed up {store} to {path} (a Backline JSON export)").format(
            store=db.describe(), path=made
        )
    )
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
                translate(
                    "core.cli.data",
                    "{name} is a SQLite backup; the shared database takes a Backline JSON one: "
                    "`backline --db {path} export --format json --output backup.json`, then "
                    "`backline restore backup.json`",
                ).format(name=source.name, path=source)
            )
        return _restore_server(args, source)
    if kind == "json":
        raise CommandError(
            translate(
                "core.cli.data",
                "{name} is a Backline JSON backup (a shared database's); read it into this file "
                "with `backline import {path} --format json`",
            ).format(name=source.name, path=source)
        )
    target = location.path
    # restore_backup checks the backup first, then holds the writer lock (DatabaseInUseError
    # when a window or an import has this file, through any symlink) for every step.
    try:
        aside = backups.restore_backup(source, target)
    except ValueError as exc:
        raise CommandError(str(exc)) from exc
    if aside:
        line = translate(
            "core.cli.data", "Restored {name}; the previous database was kept as {path}"
        ).format(name=source.name, path=aside)
    else:
        line = translate("core.cli.data", "Restored {name}").format(name=source.name)
    print(line)
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
        raise CommandError(
            terminal_text(
                translate("core.cli.data", "{name}: {problem}; nothing was restored").format(
                    name=source.name, problem=exc
                )
            )
        ) from exc
    finally:
        db.close()
    say(
        translate(
            "core.cli.data", "Restored {name} into {store}: {workouts} ({sets}); {skipped}"
        ).format(
            name=source.name,
            store=db.describe(),
            workouts=_workouts(done.workouts_added),
            sets=_sets(done.sets_added),
            skipped=_counted("there", done.workouts_skipped_duplicate),
        )
    )
    return EXIT_OK


def cmd_check(args: argparse.Namespace) -> int:
    from core.store import backups
    from core.store.location import chosen_store

    location = chosen_store(args.db)
    if location.path is None:
        from core.store.postgres import check_server

        check_server(location)  # read-only: the schema is Backline's at a known revision
        print(translate("core.cli.data", "{store}: ok").format(store=location.redacted()))
        return EXIT_OK
    path = location.path
    report = backups.check_database(path)
    if report.ok:
        print(translate("core.cli.data", "{store}: ok").format(store=path))
        return EXIT_OK
    # Damaged is said only of a database that is; a read-only or foreign file says what it is.
    if report.problem == "damaged":
        line = translate("core.cli.data", "{store}: damaged: {problems}")
    else:
        line = translate("core.cli.data", "{store}: cannot check: {problems}")
    print(line.format(store=path, problems="; ".join(report.messages[:5])), file=sys.stderr)
    return EXIT_FAILURE
