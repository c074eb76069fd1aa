"""What every command shares: exit statuses, the one-line error, opening the database, and
printing text from files and the database safely.

Cheap to import (argparse only at module level): main.py builds the parser before deciding to
open the window.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import re
import sys
from collections.abc import Callable, Iterator, Sequence
from datetime import date, datetime
from typing import Any, TypeVar

from core.i18n import translate

T = TypeVar("T")

EXIT_OK = 0
EXIT_FAILURE = 1
EXIT_USAGE = 2
EXIT_STORE = 3  # the database cannot be used (not a database, too new, locked, read-only)


class CommandError(Exception):
    """A failure the user can fix; str() is the one line printed."""


# Commands that write a person's data hold the database's writer lock (core.store.lock) from
# open to close, like the window: two writers never share one file. (backup only reads; `day`
# writes only when given a value, so it asks for the lock itself.)
WRITING_COMMANDS = frozenset({"import", "restore", "body"})


def local_today() -> date:
    """Today's date in the person's zone (core.clock.local_zone): the default day of `day` and
    `today`, the last day `day` and `body add` accept, and the end of the plan's estimate."""
    from core.clock import local_zone

    return datetime.now(local_zone()).date()


def open_db(args: argparse.Namespace, *, write: bool | None = None) -> Any:
    """The store --db names (a SQLite file or a PostgreSQL URL), opened and seeded. `write`
    (default: the command is one of WRITING_COMMANDS) holds a SQLite file's writer lock until
    `db.close()`; another writer is refused with DatabaseInUseError (PostgreSQL takes several
    writers). Notes from the open (an interrupted restore) go to stderr."""
    from core.store import lock
    from core.store.db import open_database
    from core.store.location import chosen_store

    location = chosen_store(args.db)
    if write is None:
        write = getattr(args, "command", None) in WRITING_COMMANDS
    held = lock.acquire(location.path) if write and location.path is not None else None
    try:
        db = open_database(location, lock=held)
        if held is not None:
            held.pin()  # a file the open just created is locked by its inode too
    except BaseException:
        if held is not None:
            held.release()
        raise
    for note in db.notes:
        print(f"backline: {note}", file=sys.stderr)
    try:
        from core.store.startup import seed_if_needed

        seed_if_needed(db)
    except BaseException:
        db.close()
        raise
    return db


def read(args: argparse.Namespace, work: Callable[[Any], T]) -> T:
    """`work(session)` in one read session of the database the arguments name."""
    db = open_db(args)
    try:
        with db.read_scope() as session:
            return work(session)
    finally:
        db.close()


# Characters that move the cursor, recolour or reorder what a terminal shows: C0 and C1 controls
# (ESC starts ANSI sequences, CR rewrites the line, U+009B is a one-character CSI) and Unicode's
# bidirectional overrides. Text from files and the database is printed with these escaped.
UNSAFE = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]")


def terminal_text(text: str, *, one_line: bool = False) -> str:
    """`text` safe to print: every control character but newline and tab shown as an escape
    (`\\x1b`, `\\r`, `\\u202e`), so a crafted name cannot fake or hide output. `one_line`:
    newlines too (a name, a value from a file, inside a line of ours)."""

    def escape(m: re.Match[str]) -> str:
        code = ord(m.group())
        return f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}"

    safe = UNSAFE.sub(escape, text)
    return safe.replace("\n", "\\n") if one_line else safe


def say(text: str = "", *, err: bool = False) -> None:
    """Print a line (or lines) through terminal_text: every CLI output that carries text from a
    file or the database goes through here."""
    print(terminal_text(text), file=sys.stderr if err else sys.stdout)


@contextlib.contextmanager
def in_english() -> Iterator[None]:
    """Work done inside speaks English: what goes into `--json` output (a suggestion's reason,
    the plan's warnings) reads the same whatever --lang says."""
    from core import i18n

    chosen = i18n.language()
    if chosen == i18n.SOURCE_LANGUAGE:
        yield
        return
    i18n.set_language(i18n.SOURCE_LANGUAGE)
    try:
        yield
    finally:
        i18n.set_language(chosen)


def find_routine(query: str, *, session: Any) -> tuple[Any, list[str]]:
    """(the startable routine a person named, or None; the names of all of them as the person
    reads them). The name may be the stored one, its key, or a ready-made routine's name in the
    language in use (`backline routines` lists that one)."""
    from core.library.localized import data_text
    from core.workout.plan import find_startable_routine, list_startable_routines

    choices = list_startable_routines(session=session)
    found = find_startable_routine(query, session=session)
    if found is None:
        wanted = " ".join(query.split()).casefold()
        found = next(
            (c for c in choices if " ".join(data_text(c.name).split()).casefold() == wanted), None
        )
    return found, [data_text(c.name) for c in choices]


def no_routine_named(query: str, names: Sequence[str]) -> str:
    """The one line for a routine name that matches none."""
    return terminal_text(
        translate(
            "core.cli.common", "no routine named {name}; the routines are: {routines}"
        ).format(name=repr(query), routines="; ".join(names)),
        one_line=True,
    )


def print_json(data: object) -> int:
    # json escapes C0 controls itself; C1 controls and bidi overrides become \uXXXX (still JSON).
    text = json.dumps(data, indent=2, ensure_ascii=False)
    print(UNSAFE.sub(lambda m: f"\\u{ord(m.group()):04x}", text))
    return EXIT_OK


def format_table(headers: Sequence[str], rows: Sequence[Sequence[str]]) -> str:
    widths = [len(h) for h in headers]
    for row in rows:
        widths = [max(w, len(cell)) for w, cell in zip(widths, row, strict=True)]
    line = "  ".join(h.ljust(w) for h, w in zip(headers, widths, strict=True))
    out = [line.rstrip(), "  ".join("-" * w for w in widths)]
    for row in rows:
        out.append("  ".join(c.ljust(w) for c, w in zip(row, widths, strict=True)).rstrip())
    return "\n".join(out)
