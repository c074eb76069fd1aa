"""`backline next ROUTINE [--json]`: the next target of each item of a routine, and why.

Read-only: it holds no writer lock and records nothing (accepting a target is the window's).
"""

from __future__ import annotations

import argparse
from typing import Any

from core.cli.common import (
    EXIT_OK,
    CommandError,
    find_routine,
    in_english,
    no_routine_named,
    print_json,
    read,
    say,
)
from core.formatting import prescription_text
from core.i18n import translate


def add_next_arguments(commands: Any) -> None:
    """The `next` subcommand on the parser's subcommands."""
    nxt = commands.add_parser(
        "next",
        help=translate(
            "core.cli.progression",
            "the next target of each item of a routine, from what you did, and why",
        ),
    )
    nxt.add_argument(
        "routine",
        help=translate("core.cli.progression", "routine name, as `backline routines` lists it"),
    )
    nxt.add_argument(
        "--json",
        action="store_true",
        help=translate("core.cli.progression", "print JSON instead of text"),
    )


def _text(data: Any, unit: str) -> str:
    from core.insight.progression import last_time_text
    from core.library.localized import data_text

    if data.suggestions_enabled:
        head = translate("core.cli.progression", "{routine}: the next target of each item")
    else:
        head = translate(
            "core.cli.progression",
            "{routine}: the next target of each item (suggestions are off for this routine: the "
            "current targets)",
        )
    lines = [head.format(routine=data_text(data.name))]
    for entry in data.items:
        s = entry.suggestion
        fields = {
            "mode": entry.mode,
            "per_side": entry.per_side,
            "sets": s.sets,
            "reps_min": s.reps_min,
            "reps_max": s.reps_max,
            "hold_seconds": s.hold_seconds,
            "duration_minutes": s.duration_minutes,
            "weight_kg": s.weight_kg,
        }
        line = (
            translate("core.cli.progression", "{position}. {exercise}: {target}")
            if s.changed
            else translate("core.cli.progression", "{position}. {exercise}: {target} (unchanged)")
        )
        target = prescription_text(fields, unit=unit)
        exercise = data_text(entry.exercise_name)
        lines.append("  " + line.format(position=entry.position, exercise=exercise, target=target))
        lines.append(f"     {s.reason}")
        last = last_time_text(s, entry.mode, unit)
        if last:
            lines.append(
                "     " + translate("core.cli.progression", "Last time: {done}").format(done=last)
            )
    return "\n".join(lines)


def cmd_next(args: argparse.Namespace) -> int:
    from core.insight.progression import routine_next_to_json, suggest_routine
    from core.store.settings import load_settings

    def work(session: Any) -> tuple[Any, str] | list[str]:
        found, names = find_routine(args.routine, session=session)
        if found is None:
            return names
        unit = load_settings(session=session).weight_unit
        if args.json:  # the reasons are sentences: the JSON keeps them in English
            with in_english():
                return suggest_routine(found.id, session=session, weight_unit=unit), unit
        return suggest_routine(found.id, session=session, weight_unit=unit), unit

    result = read(args, work)
    if isinstance(result, list):
        raise CommandError(no_routine_named(args.routine, result))
    data, unit = result
    if args.json:
        return print_json(routine_next_to_json(data))
    say(_text(data, unit))
    return EXIT_OK
