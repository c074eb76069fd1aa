"""`backline next ROUTINE [--json]`: the next target of each item of a routine, and why.

Read-only: it holds no writer lock and records nothing (accepting a target is the window's).
"""

from __future__ import annotations

import argparse
from typing import Any

from core.cli.common import EXIT_OK, CommandError, print_json, read, say, terminal_text
from core.formatting import prescription_text


def add_next_arguments(commands: Any) -> None:
    """The `next` subcommand on the parser's subcommands."""
    nxt = commands.add_parser(
        "next", help="the next target of each item of a routine, from what you did, and why"
    )
    nxt.add_argument("routine", help="routine name, as `backline routines` lists it")
    nxt.add_argument("--json", action="store_true", help="print JSON instead of text")


def _text(data: Any, unit: str) -> str:
    from core.insight.progression import last_time_text

    head = f"{data.name}: the next target of each item"
    if not data.suggestions_enabled:
        head += " (suggestions are off for this routine: the current targets)"
    lines = [head]
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
        mark = "" if s.changed else " (unchanged)"
        lines.append(
            f"  {entry.position}. {entry.exercise_name}: {prescription_text(fields, unit=unit)}"
            f"{mark}"
        )
        lines.append(f"     {s.reason}")
        last = last_time_text(s, entry.mode, unit)
        if last:
            lines.append(f"     Last time: {last}")
    return "\n".join(lines)


def cmd_next(args: argparse.Namespace) -> int:
    from core.insight.progression import routine_next_to_json, suggest_routine
    from core.store.settings import load_settings
    from core.workout.plan import find_startable_routine, list_startable_routines

    def work(session: Any) -> tuple[Any, str] | list[str]:
        found = find_startable_routine(args.routine, session=session)
        if found is None:
            return [r.name for r in list_startable_routines(session=session)]
        unit = load_settings(session=session).weight_unit
        return suggest_routine(found.id, session=session, weight_unit=unit), unit

    result = read(args, work)
    if isinstance(result, list):
        raise CommandError(
            terminal_text(
                f"no routine named {args.routine!r}; the routines are: " + "; ".join(result),
                one_line=True,
            )
        )
    data, unit = result
    if args.json:
        return print_json(routine_next_to_json(data))
    say(_text(data, unit))
    return EXIT_OK
