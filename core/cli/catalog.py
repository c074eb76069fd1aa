"""`backline library` and `backline routines`: what there is to do."""

from __future__ import annotations

import argparse

from core.cli.common import EXIT_OK, format_table, print_json, read, say, terminal_text
from core.formatting import prescription_text
from core.i18n import translate


def _value_word(value: str) -> str:
    """A stored kind, mode or impact ('strength', 'reps', 'low') as the table shows it."""
    words = {
        "strength": translate("core.cli.catalog", "strength"),
        "cardio": translate("core.cli.catalog", "cardio"),
        "mobility": translate("core.cli.catalog", "mobility"),
        "recovery": translate("core.cli.catalog", "recovery"),
        "reps": translate("core.cli.catalog", "reps"),
        "hold": translate("core.cli.catalog", "hold"),
        "duration": translate("core.cli.catalog", "duration"),
        "low": translate("core.cli.catalog", "low"),
        "medium": translate("core.cli.catalog", "medium"),
        "high": translate("core.cli.catalog", "high"),
    }
    return words.get(value, value)


def cmd_library(args: argparse.Namespace) -> int:
    from core import i18n
    from core.library.localized import data_text
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
            data_text(e["name"]),
            _value_word(e["kind"]),
            _value_word(e["mode"]),
            prescription_text(e),
            _value_word(e.get("impact") or ""),
            "; ".join(data_text(titles.get(s, s)) for s in e["sources"]),
        ]
        for e in entries
    ]
    if i18n.language() != i18n.SOURCE_LANGUAGE:  # by name as it reads (the stored order is English)
        rows.sort(key=lambda row: i18n.sort_key(row[1]))
    rows = [[terminal_text(cell, one_line=True) for cell in row] for row in rows]
    headers = [
        translate("core.cli.catalog", "slug"),
        translate("core.cli.catalog", "name"),
        translate("core.cli.catalog", "kind"),
        translate("core.cli.catalog", "mode"),
        translate("core.cli.catalog", "prescription"),
        translate("core.cli.catalog", "impact"),
        translate("core.cli.catalog", "articles"),
    ]
    say(format_table(headers, rows))
    count = len(entries)  # a plain name: lupdate reads no other expression as a count
    say(
        "\n"
        + translate(
            "core.cli.catalog",
            "%n entry(ies); * marks our default where the articles give no number.",
            None,
            count,
        )
    )
    return EXIT_OK


def cmd_routines(args: argparse.Namespace) -> int:
    from core.routines.rows import routine_to_json
    from core.routines.service import list_routines
    from core.routines.text import describe_routine_json

    data = read(args, lambda session: [routine_to_json(r) for r in list_routines(session=session)])
    if args.json:
        return print_json(data)
    from core.store.quick_read import source_titles

    titles = source_titles()  # describe_routine_json reads them in the language in use
    for routine in data:
        say(describe_routine_json(routine, titles))
        say()
    return EXIT_OK
