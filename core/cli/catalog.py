"""`backline library` and `backline routines`: what there is to do."""

from __future__ import annotations

import argparse

from core.cli.common import EXIT_OK, format_table, print_json, read, say, terminal_text
from core.formatting import prescription_text


def cmd_library(args: argparse.Namespace) -> int:
    from core.library.queries import list_exercises
    from core.library.rows import exercise_to_json

    entries = read(
        args, lambda session: [exercise_to_json(row) for row in list_exercises(session=session)]
    )
    if args.json:
        return print_json(entries)
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
    say(format_table(["slug", "name", "kind", "mode", "prescription", "impact", "articles"], rows))
    say(f"\n{len(entries)} entries; * marks our default where the articles give no number.")
    return EXIT_OK


def cmd_routines(args: argparse.Namespace) -> int:
    from core.routines.rows import routine_to_json
    from core.routines.service import list_routines
    from core.routines.text import describe_routine_json

    data = read(args, lambda session: [routine_to_json(r) for r in list_routines(session=session)])
    if args.json:
        return print_json(data)
    from core.store.quick_read import source_titles

    titles = source_titles()
    for routine in data:
        say(describe_routine_json(routine, titles))
        say()
    return EXIT_OK
