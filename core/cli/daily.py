"""`backline day`, `backline today` and `backline body add`: the daily program from a shell.

`day` and `body add` write (they hold the writer lock, like `import`); `day` with no value and
`today` only read. Values and dates are parsed here rather than by argparse, so a refused one
gets one line naming its flag, and nothing is written.
"""

from __future__ import annotations

import argparse
import re
from collections.abc import Mapping
from datetime import date
from typing import Any

from core.cli import common
from core.cli.common import EXIT_OK, CommandError, open_db, print_json, read, say

# `backline day` flag -> the day log's field (core.daily.log.DAY_FIELDS)
DAY_FLAGS: Mapping[str, str] = {
    "--kcal": "kcal",
    "--protein-g": "protein_g",
    "--servings": "servings",
    "--sleep-h": "sleep_hours",
    "--water-l": "water_l",
}

# `backline body add` flag -> the measurement's field (core.body.measurements)
BODY_FLAGS: Mapping[str, str] = {
    "--weight-kg": "weight_kg",
    "--waist-cm": "waist_cm",
    "--hips-cm": "hips_cm",
    "--thigh-cm": "thigh_cm",
}

_DAY_UNITS: Mapping[str, str] = {
    "kcal": "kcal",
    "protein_g": "g",
    "servings": "",
    "sleep_hours": "h",
    "water_l": "l",
}
_DAY_WORDS: Mapping[str, str] = {
    "kcal": "calories",
    "protein_g": "protein",
    "servings": "servings",
    "sleep_hours": "sleep",
    "water_l": "water",
}

_BODY_WORDS: Mapping[str, str] = {
    "weight_kg": "weight",
    "waist_cm": "waist",
    "hips_cm": "hips",
    "thigh_cm": "thigh",
}

# The dates a command takes (ours: a person's lifetime, with room for the Today view's week
# arithmetic; date.max would overflow it).
EARLIEST_DATE = date(1900, 1, 1)
LATEST_DATE = date(2999, 12, 31)

_ISO_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")


def _dest(flag: str) -> str:
    return flag.lstrip("-").replace("-", "_")


def add_daily_arguments(commands: Any) -> None:
    """The `day`, `today` and `body` subcommands on the parser's subcommands."""
    day = commands.add_parser(
        "day",
        help="record (or update) a day's calories, protein, servings, sleep and water",
        description="Record a day's log: only the values given change. With no value, print "
        "the day as stored (read-only).",
    )
    day.add_argument("--date", metavar="YYYY-MM-DD", help="the day (default: today, local)")
    for flag, field in DAY_FLAGS.items():
        unit = _DAY_UNITS[field]
        day.add_argument(
            flag,
            dest=_dest(flag),
            metavar="N",
            help=f"{_DAY_WORDS[field]}" + (f" ({unit})" if unit else ""),
        )
    day.add_argument("--json", action="store_true", help="print the day as JSON")

    today = commands.add_parser(
        "today",
        help="where you stand today on the whole program: each part, its target and source",
        description="Each part of the articles' program for a day and its week: the target, "
        "what is done, whether it is met, and the article it comes from. Read-only.",
    )
    today.add_argument("--date", metavar="YYYY-MM-DD", help="the day (default: today, local)")
    today.add_argument(
        "--json",
        action="store_true",
        help='print JSON: {"date", "week_start", "next_due", "items": [{"key", "label", '
        '"target": {"min", "max", "unit", "period"} or null, "done", "met", "source", "note"}]}',
    )

    body = commands.add_parser("body", help="body measurements")
    body_commands = body.add_subparsers(dest="body_command", metavar="SUBCOMMAND", required=True)
    add = body_commands.add_parser(
        "add",
        help="add a body measurement",
        usage="backline body add --date YYYY-MM-DD --weight-kg W [--waist-cm N] [--hips-cm N] "
        "[--thigh-cm N] [--note TEXT] [--json]",
    )
    add.add_argument("--date", metavar="YYYY-MM-DD", help="the day measured (required)")
    add.add_argument("--weight-kg", metavar="W", help="body weight in kg (required)")
    for flag in ("--waist-cm", "--hips-cm", "--thigh-cm"):
        add.add_argument(flag, dest=_dest(flag), metavar="N", help=f"{_dest(flag)[:-3]} in cm")
    add.add_argument("--note", metavar="TEXT", default="", help="a note")
    add.add_argument("--json", action="store_true", help="print the measurement as JSON")


def parse_date(flag: str, text: str | None, *, latest: date | None = None) -> date:
    """`text` as a calendar date (today when None), or CommandError naming `flag`; with
    `latest`, a date after it is refused."""
    today = common.local_today()
    if text is None:
        return today
    value = text.strip()
    try:
        if not _ISO_DATE.match(value):
            raise ValueError
        day = date.fromisoformat(value)
    except ValueError:
        raise CommandError(
            common.terminal_text(f"{flag}: {value!r} is not a date (YYYY-MM-DD)", one_line=True)
        ) from None
    if not EARLIEST_DATE <= day <= LATEST_DATE:
        raise CommandError(f"{flag}: must be between {EARLIEST_DATE} and {LATEST_DATE}")
    if latest is not None and day > latest:
        raise CommandError(f"{flag}: {day.isoformat()} is in the future (today is {today})")
    return day


def _number(flag: str, text: str, table: Mapping[str, Any], field: str) -> float:
    from core.bounds import InputError, number_bound, parse_number

    try:
        value = parse_number(text, field=field, bound=number_bound(table, field))
    except InputError as exc:
        raise CommandError(common.terminal_text(f"{flag}: {exc.message}", one_line=True)) from None
    assert value is not None  # required=True
    return float(value)


def _figure(value: float | None, unit: str) -> str:
    from core.units import display_number

    if value is None:
        return "—"
    text = display_number(value, 2)
    return f"{text} {unit}" if unit else text


# --- backline day ---------------------------------------------------------------------------


def day_to_json(day: date, row: Any) -> dict[str, object]:
    """A day as stored: every field (null when not logged); `logged` false when no row."""
    from core.daily.log import DAY_FIELDS

    fields: dict[str, object] = {
        f: (getattr(row, f) if row is not None else ("" if f == "note" else None))
        for f in DAY_FIELDS
    }
    return {"date": day.isoformat(), "logged": row is not None, **fields}


def day_text(day: date, row: Any) -> str:
    if row is None:
        return f"{day.isoformat()}: nothing logged"
    parts = [f"{_DAY_WORDS[f]} {_figure(getattr(row, f), _DAY_UNITS[f])}" for f in _DAY_UNITS]
    note = f"; note: {row.note}" if row.note else ""
    return f"{day.isoformat()}: " + ", ".join(parts) + note


def cmd_day(args: argparse.Namespace) -> int:
    from core.bounds import DAY_LOG, InputError
    from core.daily.log import get_day, record_day

    values = {
        field: _number(flag, raw, DAY_LOG, field)
        for flag, field in DAY_FLAGS.items()
        if (raw := getattr(args, _dest(flag))) is not None
    }
    today = common.local_today()
    day = parse_date("--date", args.date, latest=today if values else None)
    if not values:
        row = read(args, lambda session: get_day(day, session=session))
        prefix = ""
    else:
        db = open_db(args, write=True)
        try:
            with db.session_scope() as session:
                try:
                    record_day(day, values, session=session)
                except InputError as exc:
                    flag = next((f for f, v in DAY_FLAGS.items() if v == exc.field), exc.field)
                    raise CommandError(f"{flag}: {exc.message}; nothing was saved") from None
                row = get_day(day, session=session)
        finally:
            db.close()
        prefix = "Saved "
    if args.json:
        return print_json(day_to_json(day, row))
    say(prefix + day_text(day, row))
    return EXIT_OK


# --- backline today -------------------------------------------------------------------------


def _target_text(item: Any) -> str:
    from core.units import display_number

    if item.target_min is None:
        return "no target"
    low = display_number(item.target_min, 1)
    if item.target_max is None:
        span = f"at least {low}"
    elif item.target_max == item.target_min:
        span = low
    else:
        span = f"{low}–{display_number(item.target_max, 1)}"
    unit = item.unit[:-1] if span == "1" and item.unit.endswith("s") else item.unit
    return f"{span} {unit}".rstrip()


def source_text(file: str | None) -> str:
    """'article 002 — How to Get Rid of Back Leg Fat: What Actually Works', or 'our default'."""
    from core.store.quick_read import source_titles

    if file is None:
        return "our default"
    number = file.split("_", 1)[0]
    title = source_titles().get(file)
    return f"article {number} — {title}" if title else f"article {number}"


def today_text(report: Any) -> str:
    """A heading, one line per part (label, done of target, met, source) and what is next."""
    from core.units import display_number

    lines = [f"{report.day:%A} {report.day.isoformat()} (week from {report.week_start})"]
    for item in report.items:
        label = f"{item.label} this week" if item.period == "week" else item.label
        done = "nothing" if item.done is None else display_number(item.done, 1)
        if item.target_min is None:
            if item.done is not None:
                done = f"{done} {item.unit}".rstrip()
            lines.append(f"{label}: {done}; {item.note or 'no target'}")
            continue
        met = "met" if item.met else "not met"
        lines.append(f"{label}: {done} of {_target_text(item)}; {met}; {source_text(item.source)}")
    nxt = report.next_due
    lines.append(f"Next: {nxt.label}" if nxt is not None else "Next: nothing due")
    return "\n".join(lines)


def cmd_today(args: argparse.Namespace) -> int:
    from core.clock import local_zone
    from core.daily.today import today_report

    day = parse_date("--date", args.date)
    tz = local_zone()
    report = read(args, lambda session: today_report(day, session=session, tz=tz))
    if args.json:
        return print_json(report.to_json())
    say(today_text(report))
    return EXIT_OK


# --- backline body add ----------------------------------------------------------------------


def cmd_body(args: argparse.Namespace) -> int:
    """`body add` (the only body subcommand)."""
    from sqlalchemy import select

    from core.body.measurements import add_measurement
    from core.bounds import BODY_MEASUREMENT, InputError
    from core.store.models import BodyMeasurement

    if args.date is None:
        raise CommandError("--date: is required (YYYY-MM-DD)")
    if args.weight_kg is None:
        raise CommandError("--weight-kg: is required")
    day = parse_date("--date", args.date, latest=common.local_today())
    values = {
        field: _number(flag, raw, BODY_MEASUREMENT, field)
        for flag, field in BODY_FLAGS.items()
        if (raw := getattr(args, _dest(flag))) is not None
    }
    db = open_db(args, write=True)
    try:
        with db.session_scope() as session:
            try:
                add_measurement(session=session, measured_on=day, note=args.note, **values)
            except InputError as exc:
                flag = next((f for f, v in BODY_FLAGS.items() if v == exc.field), f"--{exc.field}")
                raise CommandError(
                    common.terminal_text(f"{flag}: {exc.message}; nothing was saved", one_line=True)
                ) from None
            row = session.scalars(
                select(BodyMeasurement)
                .where(BodyMeasurement.measured_on == day)
                .order_by(BodyMeasurement.id.desc())
                .limit(1)
            ).one()
            stored: dict[str, Any] = {
                "id": row.id,
                "date": day.isoformat(),
                **{field: getattr(row, field) for field in BODY_FLAGS.values()},
                "note": row.note or "",
            }
    finally:
        db.close()
    if args.json:
        return print_json(stored)
    parts = [
        f"{_BODY_WORDS[field]} {_figure(stored[field], field[-2:])}"
        for field in BODY_FLAGS.values()
        if stored[field] is not None
    ]
    note = f"; note: {stored['note']}" if stored["note"] else ""
    say(f"Added {day.isoformat()}: " + ", ".join(parts) + note)
    return EXIT_OK
