"""The command-line interface behind `python main.py <command>`.

Importing this package is cheap (argparse only): main.py uses the same parser to decide whether
to open the window, so nothing heavy may be imported at module level. The parser and the
dispatch live here, each group of commands in its own module (catalog: library, routines;
data: import, export, backup, restore, check; plan; progression: next; daily: day, today,
body add).
Every command exits 0 on success and non-zero with a one-line reason on stderr otherwise.

Languages: `backline --lang CODE COMMAND` (or the Settings choice, else the system's locale)
chooses the language of everything a person reads, --help and argparse's own words included;
`choose_language(argv)` applies it before the parser is built. `--json` output is the same in
every language.
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
from core.i18n import QT_TRANSLATE_NOOP, translate
from core.version import app_version

__all__ = [
    "EXIT_FAILURE",
    "EXIT_OK",
    "EXIT_STORE",
    "EXIT_USAGE",
    "WRITING_COMMANDS",
    "CommandError",
    "build_parser",
    "choose_language",
    "language_first",
    "language_option",
    "main",
    "resolve_workout_request",
    "run_command",
    "say",
    "terminal_text",
    "use_parsed_language",
]


# argparse's own words (the usage line, the group titles, -h, its error messages). argparse
# asks gettext for each through its module's `_`; _install_argparse_words answers with the
# catalogue's (the rest it leaves to gettext, as before).
_ARGPARSE_WORDS = (
    QT_TRANSLATE_NOOP("core.cli.__init__", "usage: "),
    QT_TRANSLATE_NOOP("core.cli.__init__", "positional arguments"),
    QT_TRANSLATE_NOOP("core.cli.__init__", "options"),
    QT_TRANSLATE_NOOP("core.cli.__init__", "show this help message and exit"),
    QT_TRANSLATE_NOOP("core.cli.__init__", "%(prog)s: error: %(message)s\n"),
    QT_TRANSLATE_NOOP("core.cli.__init__", "argument %(argument_name)s: %(message)s"),
    QT_TRANSLATE_NOOP("core.cli.__init__", "the following arguments are required: %s"),
    QT_TRANSLATE_NOOP("core.cli.__init__", "unrecognized arguments: %s"),
    QT_TRANSLATE_NOOP("core.cli.__init__", "invalid choice: %(value)r (choose from %(choices)s)"),
    QT_TRANSLATE_NOOP("core.cli.__init__", "invalid %(type)s value: %(value)r"),
    QT_TRANSLATE_NOOP("core.cli.__init__", "expected one argument"),
    QT_TRANSLATE_NOOP("core.cli.__init__", "ambiguous option: %(option)s could match %(matches)s"),
    QT_TRANSLATE_NOOP("core.cli.__init__", "not allowed with argument %s"),
    QT_TRANSLATE_NOOP("core.cli.__init__", "ignored explicit argument %r"),
)


def _install_argparse_words() -> None:
    """Make argparse say its own words in the language in use (idempotent)."""
    import gettext

    words = frozenset(_ARGPARSE_WORDS)

    def argparse_text(message: str) -> str:
        if message in words:
            return translate("core.cli.__init__", message)
        return gettext.gettext(message)

    argparse._ = argparse_text  # type: ignore[attr-defined]


def language_first(argv: Sequence[str]) -> list[str]:
    """`argv` with a --lang given after the command (`backline library --lang de`, as people
    type it) moved before it, where the parser takes it; nothing after `--` is touched."""
    tokens = list(argv)
    stop = tokens.index("--") if "--" in tokens else len(tokens)
    moved: list[str] = []
    index = 0
    while index < stop:
        token = tokens[index]
        if token.startswith("--lang="):
            moved.append(tokens.pop(index))
            stop -= 1
        elif token == "--lang" and index + 1 < stop:
            moved.extend((tokens.pop(index), tokens.pop(index)))
            stop -= 2
        else:
            index += 1
    return moved + tokens


def language_option(argv: Sequence[str]) -> str | None:
    """The value of --lang among the options before the command (`--lang de`, `--lang=de`);
    None when there is none (or it has no value: argparse then says so). Apply
    language_first first to see one given after the command."""
    tokens = iter(argv)
    for token in tokens:
        if token == "--lang":
            return next(tokens, None)
        if token.startswith("--lang="):
            return token.partition("=")[2]
        if token == "--db":
            next(tokens, None)
        elif token == "--" or not token.startswith("-"):
            return None  # the command: what follows is its own
    return None


def choose_language(argv: Sequence[str], *, default: bool = True) -> str | None:
    """Use the language --lang names in `argv`, else (with `default`) the Settings choice, else
    the system's; before the parser is built, so --help is in it too. Returns the one line to
    print when --lang names no language Backline has (in the language Backline would have
    used without it), else None."""
    from core import i18n

    value = language_option(argv)
    if value is None and not default:
        return None
    try:
        i18n.set_language(
            i18n.parse_language(value) if value is not None else i18n.chosen_language()
        )
    except i18n.LanguageError:
        i18n.set_language(i18n.chosen_language())  # never refused: saved or system's
        return str(i18n.LanguageError.about(value or ""))
    return None


def _typed_number(integer: bool = False) -> Callable[[str], float]:
    """An argparse type for a number a person types, read in the language in use ("82,5" in
    German) by core.bounds.parse_number; its range is checked where the value is used."""

    def parse(text: str) -> float:
        from core.bounds import Bound, InputError, parse_number

        try:
            value = parse_number(text, field="", bound=Bound(-1e12, 1e12, integer=integer))
        except InputError as exc:
            raise argparse.ArgumentTypeError(exc.message) from None
        assert value is not None
        return int(value) if integer else float(value)

    return parse


def _language_argument(value: str) -> str:
    """--lang's argparse type (the abbreviated `--la de` too: choose_language saw neither)."""
    from core import i18n

    try:
        return i18n.parse_language(value)
    except i18n.LanguageError as exc:
        raise argparse.ArgumentTypeError(str(exc)) from None


def build_parser() -> argparse.ArgumentParser:
    _install_argparse_words()
    parser = argparse.ArgumentParser(
        prog="backline",
        description=translate(
            "core.cli.__init__",
            "Backline, a desktop workout companion. Without a command, opens the window.",
        ),
    )
    parser.add_argument(
        "--version",
        action="version",
        version=f"Backline {app_version()}",
        help=translate("core.cli.__init__", "show program's version number and exit"),
    )
    parser.add_argument(
        "--db",
        metavar="PATH|URL",
        help=translate(
            "core.cli.__init__",
            "database file, or a PostgreSQL URL such as postgresql://user@host/dbname "
            "(password from ~/.pgpass or PGPASSWORD; default: $BACKLINE_DB, else the user data "
            "directory)",
        ),
    )
    parser.add_argument(
        "--lang",
        metavar="CODE",
        type=_language_argument,
        help=translate(
            "core.cli.__init__",
            "language of the human-readable output (de, en, es, fr, pt_BR; default: the "
            "Settings choice, else the system locale)",
        ),
    )
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")

    lib = commands.add_parser(
        "library", help=translate("core.cli.__init__", "list the exercise library")
    )
    lib.add_argument(
        "--json",
        action="store_true",
        help=translate("core.cli.__init__", "print JSON instead of a table"),
    )

    routines = commands.add_parser("routines", help=translate("core.cli.__init__", "list routines"))
    routines.add_argument(
        "--json",
        action="store_true",
        help=translate("core.cli.__init__", "print JSON instead of text"),
    )

    imp = commands.add_parser(
        "import",
        help=translate("core.cli.__init__", "import a Strong or Hevy CSV, or a Backline JSON"),
    )
    imp.add_argument("file", help=translate("core.cli.__init__", "the export to import"))
    imp.add_argument(
        "--format",
        choices=["auto", "strong", "hevy", "json"],
        default="auto",
    )
    imp.add_argument(
        "--unit",
        choices=["kg", "lb"],
        help=translate("core.cli.__init__", "weight unit, for files that carry none"),
    )
    imp.add_argument(
        "--map",
        action="append",
        default=[],
        metavar="NAME=SLUG",
        help=translate(
            "core.cli.__init__", "map an exercise name in the file to a library slug (repeatable)"
        ),
    )
    imp.add_argument(
        "--dry-run",
        action="store_true",
        help=translate("core.cli.__init__", "show what would be imported, write nothing"),
    )

    exp = commands.add_parser("export", help=translate("core.cli.__init__", "export your history"))
    exp.add_argument(
        "--format",
        choices=["csv", "strong", "json"],
        required=True,
        help=translate(
            "core.cli.__init__",
            "strong: Strong's comma CSV, names as they are (for apps that read Strong files); "
            "csv: the same columns for a spreadsheet (a text cell starting with = + - @ gets a "
            "leading '); json: everything",
        ),
    )
    exp.add_argument("--output", required=True, metavar="FILE")
    exp.add_argument(
        "--force",
        action="store_true",
        help=translate("core.cli.__init__", "replace FILE if it exists"),
    )
    exp.add_argument(
        "--unit",
        choices=["kg", "lb"],
        default=None,
        help=translate("core.cli.__init__", "weight unit of the CSV (default: your setting)"),
    )

    backup = commands.add_parser(
        "backup", help=translate("core.cli.__init__", "back up the database (SQLite backup API)")
    )
    backup.add_argument(
        "--output",
        metavar="FILE",
        help=translate("core.cli.__init__", "where to write it (default: the backups folder)"),
    )
    backup.add_argument(
        "--force",
        action="store_true",
        help=translate("core.cli.__init__", "replace FILE if it exists"),
    )

    restore = commands.add_parser(
        "restore", help=translate("core.cli.__init__", "replace the database with a backup")
    )
    restore.add_argument("file", help=translate("core.cli.__init__", "a backup made by Backline"))

    commands.add_parser(
        "check", help=translate("core.cli.__init__", "check the database's integrity")
    )

    plan = commands.add_parser(
        "plan",
        help=translate(
            "core.cli.__init__", "the daily plan: maintenance, target calories, protein and sleep"
        ),
        description=translate(
            "core.cli.__init__",
            "The plan's figures from the flags, each with its source; beside the formula's "
            "maintenance, the estimate from the weigh-ins and calories in the database (read "
            "only, when it exists).",
        ),
    )
    plan.add_argument("--sex", choices=["female", "male"], required=True)
    plan.add_argument("--age", type=_typed_number(integer=True), required=True, metavar="N")
    plan.add_argument("--height-cm", type=_typed_number(), required=True, metavar="N")
    plan.add_argument("--weight-kg", type=_typed_number(), required=True, metavar="N")
    plan.add_argument(
        "--activity",
        choices=["sedentary", "light", "moderate", "active", "very_active"],
        required=True,
    )
    plan.add_argument(
        "--deficit-kcal",
        type=_typed_number(),
        metavar="N",
        help=translate(
            "core.cli.__init__", "daily deficit within the article's 250-500 kcal (default: 500)"
        ),
    )
    plan.add_argument("--json", action="store_true", help=estimate_help())

    add_next_arguments(commands)
    add_daily_arguments(commands)

    from core import desktop

    desktop.add_arguments(commands)

    workout = commands.add_parser(
        "workout",
        help=translate(
            "core.cli.__init__", "open the window on the Workout tab, ready to start a routine"
        ),
    )
    workout.add_argument(
        "routine",
        nargs="?",
        help=translate("core.cli.__init__", "routine name, as `backline routines` lists it"),
    )

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
    from core.cli.common import find_routine, no_routine_named

    def lookup(args: argparse.Namespace) -> int:
        found, names = read(args, lambda session: find_routine(args.routine, session=session))
        if found is None:
            raise CommandError(no_routine_named(args.routine, names))
        return int(found.id)

    status, routine_id = _guarded(lookup, args)
    return status, routine_id if status == EXIT_OK else None


def _store_name(args: argparse.Namespace) -> str:
    """The store the arguments name, as one may print it (never a password)."""
    from core.store.location import StoreURLError, chosen_store

    try:
        return chosen_store(getattr(args, "db", None)).redacted()
    except StoreURLError:
        return translate("core.cli.__init__", "the database")


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
            return translate(
                "core.cli.__init__",
                "--db: empty; give a database file (leave --db out for the default one)",
            )
        if not looks_like_url(db) and (
            db.endswith(("/", os.sep)) or Path(db).name in ("", ".", "..")
        ):
            return translate(
                "core.cli.__init__", "--db: {path} names a folder; give a database file in it"
            ).format(path=db)
        source = "--db"
    else:
        env = os.environ.get("BACKLINE_DB")
        if env and not env.strip():
            return translate(
                "core.cli.__init__",
                "BACKLINE_DB: only spaces; give a database file or URL, or unset it",
            )
        source = (
            "BACKLINE_DB" if env else translate("core.cli.__init__", "the saved database choice")
        )
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
        if exc.reason in ("unreachable", "not-a-file-store") or not _store_is_file(args):
            # PostgreSQL: no file to speak of, no file to restore
            _fail_line(
                translate(
                    "core.cli.__init__", "cannot use the database: {reason}. Nothing was changed."
                ).format(reason=exc)
            )
            return EXIT_STORE, None
        if exc.reason in ("read-only", "locked", "unreadable", "not-a-file"):
            line = translate(
                "core.cli.__init__", "cannot use the database: {reason}. The file was not changed."
            )
        else:
            line = translate(
                "core.cli.__init__",
                "cannot use the database: {reason}. The file was not changed; `backline restore "
                "FILE` puts a backup in its place.",
            )
        _fail_line(line.format(reason=exc))
        return EXIT_STORE, None
    except CommandError as exc:
        _fail_line(str(exc))
        return EXIT_FAILURE, None
    except OutputError as exc:  # a file could not be written (disk full, permissions)
        _fail_line(
            translate("core.cli.__init__", "{problem}; nothing was changed").format(problem=exc)
        )
        return EXIT_FAILURE, None
    except SQLAlchemyError as exc:  # SQLite refused the file (/proc), the server went away
        _fail_line(
            translate("core.cli.__init__", "{store}: cannot use the database: {reason}").format(
                store=_store_name(args), reason=_db_reason(exc)
            )
        )
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


def use_parsed_language(args: argparse.Namespace) -> None:
    """--lang as argparse read it (already checked), when choose_language did not see it."""
    from core import i18n

    if args.lang is not None and args.lang != i18n.language():
        i18n.set_language(args.lang)


def main(argv: Sequence[str] | None = None) -> int:
    """The command line alone (main.py opens the window when no command is given). The
    language changes only when --lang is given."""
    argv = language_first(sys.argv[1:] if argv is None else argv)
    problem = choose_language(argv, default=False)
    if problem is not None:
        _fail_line(problem)
        return EXIT_USAGE
    args = build_parser().parse_args(argv)
    use_parsed_language(args)
    if args.command is None:
        _fail_line(
            translate(
                "core.cli.__init__",
                "no command given; run `backline` (or `python main.py`) to open the window, or "
                "see --help",
            )
        )
        return EXIT_USAGE
    return run_command(args)
