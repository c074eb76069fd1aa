"""The command-line interface behind `python main.py <command>`.

Importing this module is cheap (argparse only): main.py uses the same parser to decide whether to
open the window, so nothing heavy may be imported at module level.
Every command exits 0 on success and non-zero with a one-line reason on stderr otherwise.
"""

from __future__ import annotations

import argparse
import json
import re
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
        help="strong: Strong's comma CSV, names as they are (for apps that read Strong files); "
        "csv: the same columns for a spreadsheet (a text cell starting with = + - @ gets a "
        "leading '); json: everything",
    )
    exp.add_argument("--output", required=True, metavar="FILE")
    exp.add_argument("--force", action="store_true", help="replace FILE if it exists")
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
    backup.add_argument("--force", action="store_true", help="replace FILE if it exists")

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


# Commands that write a person's data hold the database's writer lock (core.store.lock) from
# open to close, like the window: two writers never share one file. (backup only reads.)
WRITING_COMMANDS = frozenset({"import", "restore"})


def _open(args: argparse.Namespace, *, write: bool | None = None) -> Any:
    """The database --db names, opened and seeded. `write` (default: the command is one of
    WRITING_COMMANDS) holds the writer lock until `db.close()`; another writer is refused
    with DatabaseInUseError. Notes from the open (an interrupted restore) go to stderr."""
    from core.paths import resolve_db_path
    from core.store import lock
    from core.store.db import open_database
    from core.store.startup import seed_if_needed

    path = resolve_db_path(args.db)
    if write is None:
        write = getattr(args, "command", None) in WRITING_COMMANDS
    held = lock.acquire(path) if write else None
    try:
        db = open_database(path, lock=held)
    except BaseException:
        if held is not None:
            held.release()
        raise
    for note in db.notes:
        print(f"backline: {note}", file=sys.stderr)
    try:
        seed_if_needed(db)
    except BaseException:
        db.close()
        raise
    return db


def _read(args: argparse.Namespace, work: Callable[[Any], T]) -> T:
    """`work(session)` in one read session of the database the arguments name."""
    db = _open(args)
    try:
        with db.read_scope() as session:
            return work(session)
    finally:
        db.close()


# Characters that move the cursor, recolour or reorder what a terminal shows: C0 and C1 controls
# (ESC starts ANSI sequences, CR rewrites the line, U+009B is a one-character CSI) and Unicode's
# bidirectional overrides. Text from files and the database is printed with these escaped.
_UNSAFE = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]")


def terminal_text(text: str, *, one_line: bool = False) -> str:
    """`text` safe to print: every control character but newline and tab shown as an escape
    (`\\x1b`, `\\r`, `\\u202e`), so a crafted name cannot fake or hide output. `one_line`:
    newlines too (a name, a value from a file, inside a line of ours)."""

    def escape(m: re.Match[str]) -> str:
        code = ord(m.group())
        return f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}"

    safe = _UNSAFE.sub(escape, text)
    return safe.replace("\n", "\\n") if one_line else safe


def say(text: str = "", *, err: bool = False) -> None:
    """Print a line (or lines) through terminal_text: every CLI output that carries text from a
    file or the database goes through here."""
    print(terminal_text(text), file=sys.stderr if err else sys.stdout)


def _print_json(data: object) -> int:
    # json escapes C0 controls itself; C1 controls and bidi overrides become \uXXXX (still JSON).
    text = json.dumps(data, indent=2, ensure_ascii=False)
    print(_UNSAFE.sub(lambda m: f"\\u{ord(m.group()):04x}", text))
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
    rows = [[terminal_text(cell, one_line=True) for cell in row] for row in rows]
    say(_format_table(["slug", "name", "kind", "mode", "prescription", "impact", "articles"], rows))
    say(f"\n{len(entries)} entries; * marks our default where the articles give no number.")
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
        say(describe_routine_json(routine, titles))
        say()
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


def _sniff_json(path: Any) -> bool:
    """True when the file starts like a JSON object (only its first bytes are read)."""
    with open(path, "rb") as fh:
        return fh.read(64).lstrip().startswith(b"{")


def _cmd_import(args: argparse.Namespace) -> int:
    from pathlib import Path

    from sqlalchemy.exc import SQLAlchemyError

    from core import interchange as imports
    from core.store.outputs import reason_of

    path = Path(args.file)
    if not path.is_file():
        raise CommandError(terminal_text(f"{path}: no such file"))
    mapping = _parse_mapping(args.map)
    try:
        is_json = args.format == "json" or (args.format == "auto" and _sniff_json(path))
    except OSError as exc:
        raise CommandError(terminal_text(f"{path}: {reason_of(exc)}")) from None
    db = _open(args)
    try:
        if is_json:
            if args.dry_run:
                raise CommandError("--dry-run is not available for Backline JSON files")
            with db.session_scope() as session:
                restored = imports.import_json(path, session=session)
            say(
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
        raise CommandError(f"{db.path}: {reason}; nothing was imported") from None
    finally:
        db.close()


def _cmd_export(args: argparse.Namespace) -> int:
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
        result = _read(args, export)
    except OutputError as exc:
        raise CommandError(terminal_text(f"{exc}; nothing was exported")) from None
    say(f"Exported {result.workouts} workouts ({result.sets} sets) to {result.path}")
    return EXIT_OK


def _cmd_backup(args: argparse.Namespace) -> int:
    from pathlib import Path

    from core.store import backups
    from core.store.db import backup_file
    from core.store.outputs import OutputError

    db = _open(args)
    try:
        if args.output:
            made = backup_file(db.path, Path(args.output), force=args.force, create_folder=False)
        else:
            made = backups.make_backup(db)
    except OutputError as exc:
        raise CommandError(terminal_text(f"{exc}; no backup was made")) from None
    finally:
        db.close()
    say(f"Backed up to {made}")
    return EXIT_OK


def _cmd_restore(args: argparse.Namespace) -> int:
    from pathlib import Path

    from core.paths import resolve_db_path
    from core.store import backups

    source = Path(args.file)
    target = resolve_db_path(args.db)
    # restore_backup checks the backup first, then holds the writer lock (DatabaseInUseError
    # when a window or an import has this file, through any symlink) for every step.
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
    # Damaged is said only of a database that is; a read-only or foreign file says what it is.
    label = "damaged" if report.problem == "damaged" else "cannot check"
    print(f"{path}: {label}: {'; '.join(report.messages[:5])}", file=sys.stderr)
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
    from core.store.lock import LockError

    try:
        return EXIT_OK, handler(args)
    except LockError as exc:
        print(f"backline: {exc}", file=sys.stderr)
        return EXIT_STORE, None
    except StoreError as exc:
        hint = (
            ""
            if exc.reason in ("read-only", "locked", "unreadable", "not-a-file")
            else "; `backline restore FILE` puts a backup in its place"
        )
        print(
            f"backline: cannot use the database: {exc}. The file was not changed{hint}.",
            file=sys.stderr,
        )
        return EXIT_STORE, None
    except CommandError as exc:
        print(f"backline: {exc}", file=sys.stderr)
        return EXIT_FAILURE, None
    except BrokenPipeError:  # `backline library | head`
        return EXIT_OK, EXIT_OK
    except OSError as exc:  # a file the system refused: one line, never a traceback
        where = f"{exc.filename}: " if exc.filename else ""
        print(f"backline: {where}{exc.strerror or exc}", file=sys.stderr)
        return EXIT_FAILURE, None


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
