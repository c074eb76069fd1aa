"""The command-line interface behind `python main.py <command>`.

Importing this package is cheap (argparse only): main.py uses the same parser to decide whether
to open the window, so nothing heavy may be imported at module level. The parser and the
dispatch live here, each group of commands in its own module (catalog: library, routines;
data: import, export, backup, restore, check; plan; progression: next; daily: day, today,
body add).
Every command exits 0 on success and non-zero with a one-line reason on stderr otherwise.
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from core.cli.catalog import cmd_library, cmd_routines
from core.cli.common import (
    EXIT_FAILURE,
    EXIT_OK,
    EXIT_STORE,
    EXIT_USAGE,
    WRITING_COMMANDS,
    CommandError,
    read,
    say,
    terminal_text,
)
from core.cli.daily import add_daily_arguments, cmd_body, cmd_day, cmd_today
from core.cli.data import cmd_backup, cmd_check, cmd_export, cmd_import, cmd_restore
from core.cli.plan import cmd_plan, estimate_help
from core.cli.progression import add_next_arguments, cmd_next
from core.version import app_version

__all__ = [
    "EXIT_FAILURE",
    "EXIT_OK",
    "EXIT_STORE",
    "EXIT_USAGE",
    "WRITING_COMMANDS",
    "CommandError",
    "build_parser",
    "main",
    "resolve_workout_request",
    "run_command",
    "say",
    "terminal_text",
]


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="backline",
        description="Backline, a desktop workout companion. Without a command, opens the window.",
    )
    parser.add_argument("--version", action="version", version=f"Backline {app_version()}")
    parser.add_argument(
        "--db",
        metavar="PATH|URL",
        help="database file, or a PostgreSQL URL such as postgresql://user@host/dbname "
        "(password from ~/.pgpass or PGPASSWORD; default: $BACKLINE_DB, else the user data "
        "directory)",
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
        "plan",
        help="the daily plan: maintenance, target calories, protein and sleep",
        description="The plan's figures from the flags, each with its source; beside the "
        "formula's maintenance, the estimate from the weigh-ins and calories in the database "
        "(read only, when it exists).",
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
    plan.add_argument("--json", action="store_true", help=estimate_help())

    add_next_arguments(commands)
    add_daily_arguments(commands)

    from core import desktop

    desktop.add_arguments(commands)

    workout = commands.add_parser(
        "workout", help="open the window on the Workout tab, ready to start a routine"
    )
    workout.add_argument("routine", nargs="?", help="routine name, as `backline routines` lists it")

    return parser


def cmd_desktop(args: argparse.Namespace) -> int:
    from core import desktop

    return desktop.run(args)


_HANDLERS: dict[str, Callable[[argparse.Namespace], int]] = {
    "library": cmd_library,
    "routines": cmd_routines,
    "import": cmd_import,
    "export": cmd_export,
    "backup": cmd_backup,
    "restore": cmd_restore,
    "check": cmd_check,
    "desktop": cmd_desktop,
    "plan": cmd_plan,
    "next": cmd_next,
    "day": cmd_day,
    "today": cmd_today,
    "body": cmd_body,
}


def resolve_workout_request(args: argparse.Namespace) -> tuple[int, int | None]:
    """For `backline workout [ROUTINE]`: (exit status, routine id). Status 0 with the id of the
    named routine (None when none was named); otherwise the status after one line that names
    the routine and lists the ones that exist."""
    if not args.routine:
        return EXIT_OK, None
    from core.workout.plan import find_startable_routine, list_startable_routines

    def lookup(args: argparse.Namespace) -> int:
        found, names = read(
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


def _store_name(args: argparse.Namespace) -> str:
    """The store the arguments name, as one may print it (never a password)."""
    from core.store.location import StoreURLError, chosen_store

    try:
        return chosen_store(getattr(args, "db", None)).redacted()
    except StoreURLError:
        return "the database"


def _store_is_file(args: argparse.Namespace) -> bool:
    from core.store.location import StoreURLError, chosen_store

    try:
        return chosen_store(getattr(args, "db", None)).is_sqlite
    except StoreURLError:
        return True


def _db_reason(exc: BaseException) -> str:
    from core.store.outputs import reason_of

    orig = getattr(exc, "orig", None) or exc
    if type(orig).__module__.startswith("psycopg"):
        from core.store.postgres import reason_of as server_reason

        return server_reason(orig)
    return reason_of(orig)


def _fail_line(text: str) -> None:
    """One line on stderr; text from a file, a path or the database cannot fake output."""
    print(f"backline: {terminal_text(text, one_line=True)}", file=sys.stderr)


def _db_argument_problem(db: str | None) -> str | None:
    """Why the store --db, BACKLINE_DB or the saved choice names cannot be used, or None."""
    from core.store.location import StoreURLError, chosen_store, looks_like_url

    if db is not None:
        if not db.strip():
            return "--db: empty; give a database file (leave --db out for the default one)"
        if not looks_like_url(db) and (
            db.endswith(("/", os.sep)) or Path(db).name in ("", ".", "..")
        ):
            return f"--db: {db} names a folder; give a database file in it"
        source = "--db"
    else:
        env = os.environ.get("BACKLINE_DB")
        if env and not env.strip():
            return "BACKLINE_DB: only spaces; give a database file or URL, or unset it"
        source = "BACKLINE_DB" if env else "the saved database choice"
    try:
        chosen_store(db)
    except StoreURLError as exc:
        return f"{source}: {exc}"
    return None


def _guarded(
    handler: Callable[[argparse.Namespace], Any], args: argparse.Namespace
) -> tuple[int, Any]:
    """Run a handler; map every expected failure to one line on stderr and an exit status."""
    from sqlalchemy.exc import SQLAlchemyError

    from core.store.db import StoreError
    from core.store.lock import LockError
    from core.store.outputs import OutputError

    problem = _db_argument_problem(getattr(args, "db", None))
    if problem is not None:
        _fail_line(problem)
        return EXIT_USAGE, None
    try:
        return EXIT_OK, handler(args)
    except LockError as exc:
        _fail_line(str(exc))
        return EXIT_STORE, None
    except StoreError as exc:
        if exc.reason in ("unreachable", "not-a-file-store"):
            _fail_line(f"cannot use the database: {exc}. Nothing was changed.")
            return EXIT_STORE, None
        if not _store_is_file(args):  # PostgreSQL: no file to speak of, no file to restore
            _fail_line(f"cannot use the database: {exc}. Nothing was changed.")
            return EXIT_STORE, None
        hint = (
            ""
            if exc.reason in ("read-only", "locked", "unreadable", "not-a-file")
            else "; `backline restore FILE` puts a backup in its place"
        )
        _fail_line(f"cannot use the database: {exc}. The file was not changed{hint}.")
        return EXIT_STORE, None
    except CommandError as exc:
        _fail_line(str(exc))
        return EXIT_FAILURE, None
    except OutputError as exc:  # a file could not be written (disk full, permissions)
        _fail_line(f"{exc}; nothing was changed")
        return EXIT_FAILURE, None
    except SQLAlchemyError as exc:  # SQLite refused the file (/proc), the server went away
        _fail_line(f"{_store_name(args)}: cannot use the database: {_db_reason(exc)}")
        return EXIT_STORE, None
    except BrokenPipeError:  # `backline library | head`
        return EXIT_OK, EXIT_OK
    except OSError as exc:  # a file the system refused: one line, never a traceback
        where = f"{exc.filename}: " if exc.filename else ""
        _fail_line(f"{where}{exc.strerror or exc}")
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
