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
from typing import Any

from core.formatting import prescription_text

VERSION = "0.1.0"

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
    parser.add_argument("--version", action="version", version=f"Backline {VERSION}")
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

    return parser


def _open(args: argparse.Namespace) -> Any:
    from core.db import open_database, resolve_db_path
    from core.startup import seed_if_needed

    db = open_database(resolve_db_path(args.db))
    seed_if_needed(db)
    return db


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
    from core import library

    db = _open(args)
    try:
        with db.read_scope() as session:
            entries = [
                library.exercise_to_json(row) for row in library.list_exercises(session=session)
            ]
    finally:
        db.close()
    if args.json:
        print(json.dumps(entries, indent=2, ensure_ascii=False))
        return EXIT_OK
    rows = [
        [
            e["slug"],
            e["name"],
            e["kind"],
            e["mode"],
            prescription_text(e),
            e.get("impact") or "",
            ", ".join(e["sources"]),
        ]
        for e in entries
    ]
    print(
        _format_table(["slug", "name", "kind", "mode", "prescription", "impact", "sources"], rows)
    )
    print(f"\n{len(entries)} entries; * marks our default where the articles give no number.")
    return EXIT_OK


def _cmd_routines(args: argparse.Namespace) -> int:
    from core import routines

    db = _open(args)
    try:
        with db.read_scope() as session:
            data = [routines.routine_to_json(r) for r in routines.list_routines(session=session)]
    finally:
        db.close()
    if args.json:
        print(json.dumps(data, indent=2, ensure_ascii=False))
        return EXIT_OK
    for routine in data:
        print(routines.describe_routine_json(routine))
        print()
    return EXIT_OK


_HANDLERS: dict[str, Callable[[argparse.Namespace], int]] = {
    "library": _cmd_library,
    "routines": _cmd_routines,
}


def run_command(args: argparse.Namespace) -> int:
    """Run a parsed command; map every expected failure to one line and an exit code."""
    from core.db import StoreError

    handler = _HANDLERS[args.command]
    try:
        return handler(args)
    except StoreError as exc:
        print(f"backline: cannot use the database: {exc}", file=sys.stderr)
        return EXIT_STORE
    except CommandError as exc:
        print(f"backline: {exc}", file=sys.stderr)
        return EXIT_FAILURE
    except BrokenPipeError:  # `backline library | head`
        return EXIT_OK


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    if args.command is None:
        print(
            "backline: no command given; run `python main.py` to open the window, or see --help",
            file=sys.stderr,
        )
        return EXIT_USAGE
    return run_command(args)
