"""The command-line interface behind `python main.py <command>`.

Importing this module is cheap (argparse only): main.py uses the same parser to decide whether to
open the window, so nothing heavy may be imported at module level.
Every command exits 0 on success and non-zero with a one-line reason on stderr otherwise.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable, Sequence
from typing import Any, TypeVar

from core.formatting import prescription_text
from core.version import app_version

T = TypeVar("T")

EXIT_OK = 0
EXIT_FAILURE = 1
EXIT_USAGE = 2
EXIT_STORE = 3  # the database cannot be used (not a database, too new, locked, read-only)


class CommandError(Exception):
    """A failure the user can fix; str() is the one line printed."""


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="backline",
        description="Backline, a desktop workout companion. Without a command, opens the window.",
    )
    parser.add_argument("--version", action="version", version=f"Backline {app_version()}")
    parser.add_argument(
        "--db",
        metavar="PATH",
        help="database file to use (default: $BACKLINE_DB, else the user data directory)",
    )
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")

    lib = commands.add_parser("library", help="list the exercise library")
    lib.add_argument("--json", action="store_true", help="print JSON instead of a table")

    routines = commands.add_parser("routines", help="list routines")
    routines.add_argument("--json", action="store_true", help="print JSON instead of text")

    imp = commands.add_parser("import", help="import a Strong or Hevy CSV, or a Backline JSON")
    imp.add_argument("file", help="the export to import")
    imp.add_argument("--format", choices=["auto", "strong", "hevy", "json"], default="auto")
    imp.add_argument("--unit", choices=["kg", "lb"], help="weight unit, for files that carry none")
    imp.add_argument(
        "--map",
        action="append",
        default=[],
        metavar="NAME=SLUG",
        help="map an exercise name in the file to a library slug (repeatable)",
    )
    imp.add_argument(
        "--dry-run", action="store_true", help="show what would be imported, write nothing"
    )

    exp = commands.add_parser("export", help="export your history")
    exp.add_argument(
        "--format",
        choices=["csv", "strong", "json"],
        required=True,
        help="csv/strong: Strong's comma CSV; json: everything",
    )
    exp.add_argument("--output", required=True, metavar="FILE")
    exp.add_argument(
        "--unit",
        choices=["kg", "lb"],
        default=None,
        help="weight unit of the CSV (default: your setting)",
    )

    backup = commands.add_parser("backup", help="back up the database (SQLite backup API)")
    backup.add_argument(
        "--output", metavar="FILE", help="where to write it (default: the backups folder)"
    )

    restore = commands.add_parser("restore", help="replace the database with a backup")
    restore.add_argument("file", help="a backup made by Backline")

    commands.add_parser("check", help="check the database's integrity")

    plan = commands.add_parser(
        "plan", help="the daily plan: maintenance, target calories, protein and sleep"
    )
    plan.add_argument("--sex", choices=["female", "male"], required=True)
    plan.add_argument("--age", type=int, required=True, metavar="N")
    plan.add_argument("--height-cm", type=float, required=True, metavar="N")
    plan.add_argument("--weight-kg", type=float, required=True, metavar="N")
    plan.add_argument(
        "--activity",
        choices=["sedentary", "light", "moderate", "active", "very_active"],
        required=True,
    )
    plan.add_argument(
        "--deficit-kcal",
        type=float,
        metavar="N",
        help="daily deficit within the article's 250-500 kcal (default: 500)",
    )
    plan.add_argument("--json", action="store_true", help="print JSON instead of text")

    from core import desktop

    desktop.add_arguments(commands)

    workout = commands.add_parser(
        "workout", help="open the window on the Workout tab, ready to start a routine"
    )
    workout.add_argument("routine", nargs="?", help="routine name, as `backline routines` lists it")

    return parser


def _open(args: argparse.Namespace) -> Any:
    from core.paths import resolve_db_path
    from core.store.db import open_database
    from core.store.startup import seed_if_needed

    db = open_database(resolve_db_path(args.db))
    seed_if_needed(db)
    return db


def _read(args: argparse.Namespace, work: Callable[[Any], T]) -> T:
    """`work(session)` in one read session of the database the arguments name."""
    db = _open(args)
    try:
        with db.read_scope() as session:
            return work(session)
    finally:
        db.close()


def _print_json(data: object) -> int:
    print(json.dumps(data, indent=2, ensure_ascii=False))
    return EXIT_OK


# --- library -----------------------------------------------------------------------------


def _format_table(headers: Sequence[str], rows: Sequence[Sequence[str]]) -> str:
    widths = [len(h) for h in headers]
    for row in rows:
        widths = [max(w, len(cell)) for w, cell in zip(widths, row, strict=True)]
    line = "  ".join(h.ljust(w) for h, w in zip(headers, widths, strict=True))
    out = [line.rstrip(), "  ".join("-" * w for w in widths)]
    for row in rows:
        out.append("  ".join(c.ljust(w) for c, w in zip(row, widths, strict=True)).rstrip())
    return "\n".join(out)


def _cmd_library(args: argparse.Namespace) -> int:
    from core.library.queries import list_exercises
    from core.library.rows import exercise_to_json

    entries = _read(
        args, lambda session: [exercise_to_json(row) for row in list_exercises(session=session)]
    )
    if args.json:
        return _print_json(entries)
    from core.store.quick_read import source_titles

    titles = source_titles()
    rows = [
        [
            e["slug"],
            e["name"],
            e["kind"],
            e["mode"],
            prescription_text(e),
            e.get("impact") or "",
            "; ".join(titles.get(s, s) for s in e["sources"]),
        ]
        for e in entries
    ]
    print(
        _format_table(["slug", "name", "kind", "mode", "prescription", "impact", "articles"], rows)
    )
    print(f"\n{len(entries)} entries; * marks our default where the articles give no number.")
    return EXIT_OK


def _cmd_routines(args: argparse.Namespace) -> int:
    from core.routines.rows import routine_to_json
    from core.routines.service import list_routines
    from core.routines.text import describe_routine_json

    data = _read(args, lambda session: [routine_to_json(r) for r in list_routines(session=session)])
    if args.json:
        return _print_json(data)
    from core.store.quick_read import source_titles

    titles = source_titles()
    for routine in data:
        print(describe_routine_json(routine, titles))
        print()
    return EXIT_OK


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


def _cmd_import(args: argparse.Namespace) -> int:
    from pathlib import Path

    from core import interchange as imports

    path = Path(args.file)
    if not path.is_file():
        raise CommandError(f"{path}: no such file")
    mapping = _parse_mapping(args.map)
    is_json = args.format == "json" or (
        args.format == "auto" and path.read_bytes()[:64].lstrip().startswith(b"{")
    )
    db = _open(args)
    try:
        if is_json:
            if args.dry_run:
                raise CommandError("--dry-run is not available for Backline JSON files")
            with db.session_scope() as session:
                restored = imports.import_json(path, session=session)
            print(
                f"Imported {restored.workouts_added} workouts ({restored.sets_added} sets), "
                f"{restored.routines_added} routines, {restored.measurements_added} "
                f"measurements; {restored.workouts_skipped_duplicate} workouts were already here."
            )
            return EXIT_OK
        try:
            parsed = imports.parse(path, format=args.format, unit=args.unit)
        except imports.UnitRequired as exc:
            raise CommandError(f"{exc} (use --unit kg or --unit lb)") from exc
        summary = parsed.summary
        print(
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
            print(
                f"{len(unknown)} exercise names are not in the library and will be added as "
                f"your own exercises unless mapped with --map: {', '.join(unknown)}"
            )
        if args.dry_run:
            print("Dry run: nothing was written.")
            return EXIT_OK
        with db.session_scope() as session:
            result = imports.import_parsed(
                parsed, session=session, mapping=mapping, create_custom=True
            )
        print(
            f"Imported {result.workouts_added} workouts ({result.sets_added} sets); "
            f"{result.workouts_skipped_duplicate} were already here; "
            f"{len(result.exercises_created)} new exercises."
        )
        return EXIT_OK
    except (imports.ImportFormatError, imports.MappingError, imports.UnmappedExercises) as exc:
        raise CommandError(f"{path.name}: {exc}; nothing was imported") from exc
    finally:
        db.close()


def _cmd_export(args: argparse.Namespace) -> int:
    from pathlib import Path

    from core import interchange as imports
    from core.store.settings import load_settings

    output = Path(args.output)
    if not output.parent.is_dir():
        raise CommandError(f"{output.parent}: no such folder")

    def export(session: Any) -> imports.ExportResult:
        if args.format == "json":
            return imports.export_json(output, session=session)
        unit = args.unit or load_settings(session=session).weight_unit
        return imports.export_strong_csv(output, session=session, unit=unit)

    result = _read(args, export)
    print(f"Exported {result.workouts} workouts ({result.sets} sets) to {result.path}")
    return EXIT_OK


def _cmd_backup(args: argparse.Namespace) -> int:
    from pathlib import Path

    from core.store import backups
    from core.store.db import backup_file

    db = _open(args)
    try:
        made = backup_file(db.path, Path(args.output)) if args.output else backups.make_backup(db)
    finally:
        db.close()
    print(f"Backed up to {made}")
    return EXIT_OK


def _cmd_restore(args: argparse.Namespace) -> int:
    from pathlib import Path

    from core.paths import resolve_db_path
    from core.store import backups

    source = Path(args.file)
    if not source.is_file():
        raise CommandError(f"{source}: no such file")
    target = resolve_db_path(args.db)
    if backups.app_is_running(target):
        raise CommandError("Backline is open with this database; close it before restoring")
    try:
        aside = backups.restore_backup(source, target)
    except ValueError as exc:
        raise CommandError(str(exc)) from exc
    kept = f"; the previous database was kept as {aside}" if aside else ""
    print(f"Restored {source.name}{kept}")
    return EXIT_OK


def _cmd_check(args: argparse.Namespace) -> int:
    from core.paths import resolve_db_path
    from core.store import backups

    path = resolve_db_path(args.db)
    report = backups.check_database(path)
    if report.ok:
        print(f"{path}: ok")
        return EXIT_OK
    print(f"{path}: damaged: {'; '.join(report.messages[:5])}", file=sys.stderr)
    return EXIT_FAILURE


def _cmd_plan(args: argparse.Namespace) -> int:
    from core.body import nutrition

    figures = nutrition.load_plan_figures()
    level = next(a for a in figures.activity_levels if a.key == args.activity)
    result = nutrition.compute_plan(
        nutrition.PlanInputs(
            sex=args.sex,
            age=args.age,
            height_cm=args.height_cm,
            weight_kg=args.weight_kg,
            activity_factor=level.factor,
            deficit_kcal=args.deficit_kcal,
        ),
        figures,
    )
    if result.invalid:
        first = result.invalid[0]
        flags = {
            nutrition.INPUT_AGE: "--age",
            nutrition.INPUT_HEIGHT: "--height-cm",
            nutrition.INPUT_WEIGHT: "--weight-kg",
            nutrition.INPUT_DEFICIT: "--deficit-kcal",
        }
        raise CommandError(f"{flags.get(first.field, first.field)}: {first.message}")
    if args.json:
        print(json.dumps(nutrition.plan_to_json(result), indent=2, ensure_ascii=False))
        return EXIT_OK
    for figure in result.figures:
        print(f"{figure.label}: {figure.value_text()} ({figure.basis}; {figure.source.text()})")
    for warning in result.warnings:
        print(f"Warning: {warning}")
    return EXIT_OK


def _cmd_desktop(args: argparse.Namespace) -> int:
    from core import desktop

    return desktop.run(args)


_HANDLERS: dict[str, Callable[[argparse.Namespace], int]] = {
    "library": _cmd_library,
    "routines": _cmd_routines,
    "import": _cmd_import,
    "export": _cmd_export,
    "backup": _cmd_backup,
    "restore": _cmd_restore,
    "check": _cmd_check,
    "desktop": _cmd_desktop,
    "plan": _cmd_plan,
}


def resolve_workout_request(args: argparse.Namespace) -> tuple[int, int | None]:
    """For `backline workout [ROUTINE]`: (exit status, routine id). Status 0 with the id of the
    named routine (None when none was named); otherwise the status after one line that names
    the routine and lists the ones that exist."""
    if not args.routine:
        return EXIT_OK, None
    from core.workout.plan import find_startable_routine, list_startable_routines

    def lookup(args: argparse.Namespace) -> int:
        found, names = _read(
            args,
            lambda session: (
                find_startable_routine(args.routine, session=session),
                [r.name for r in list_startable_routines(session=session)],
            ),
        )
        if found is None:
            raise CommandError(
                f"no routine named {args.routine!r}; the routines are: " + "; ".join(names)
            )
        return found.id

    status, routine_id = _guarded(lookup, args)
    return status, routine_id if status == EXIT_OK else None


def _guarded(
    handler: Callable[[argparse.Namespace], Any], args: argparse.Namespace
) -> tuple[int, Any]:
    """Run a handler; map every expected failure to one line on stderr and an exit status."""
    from core.store.db import StoreError

    try:
        return EXIT_OK, handler(args)
    except StoreError as exc:
        print(
            f"backline: cannot use the database: {exc}. The file was not changed; "
            "`backline restore FILE` puts a backup in its place.",
            file=sys.stderr,
        )
        return EXIT_STORE, None
    except CommandError as exc:
        print(f"backline: {exc}", file=sys.stderr)
        return EXIT_FAILURE, None
    except BrokenPipeError:  # `backline library | head`
        return EXIT_OK, EXIT_OK


def run_command(args: argparse.Namespace) -> int:
    """Run a parsed command; every expected failure is one line and a non-zero exit."""
    status, result = _guarded(_HANDLERS[args.command], args)
    return int(result) if status == EXIT_OK else status


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    if args.command is None:
        print(
            "backline: no command given; run `backline` (or `python main.py`) to open the "
            "window, or see --help",
            file=sys.stderr,
        )
        return EXIT_USAGE
    return run_command(args)
