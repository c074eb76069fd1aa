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
from core.cli.common import EXIT_OK, CommandError, in_english, open_db, print_json, read, say
from core.i18n import QT_TRANSLATE_NOOP, translate

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
# field -> its word, in English (QT_TRANSLATE_NOOP); _word() reads it in the language in use
_DAY_WORDS: Mapping[str, str] = {
    "kcal": QT_TRANSLATE_NOOP("core.cli.daily", "calories"),
    "protein_g": QT_TRANSLATE_NOOP("core.cli.daily", "protein"),
    "servings": QT_TRANSLATE_NOOP("core.cli.daily", "servings"),
    "sleep_hours": QT_TRANSLATE_NOOP("core.cli.daily", "sleep"),
    "water_l": QT_TRANSLATE_NOOP("core.cli.daily", "water"),
}

_BODY_WORDS: Mapping[str, str] = {
    "weight_kg": QT_TRANSLATE_NOOP("core.cli.daily", "weight"),
    "waist_cm": QT_TRANSLATE_NOOP("core.cli.daily", "waist"),
    "hips_cm": QT_TRANSLATE_NOOP("core.cli.daily", "hips"),
    "thigh_cm": QT_TRANSLATE_NOOP("core.cli.daily", "thigh"),
}


def _word(words: Mapping[str, str], field: str) -> str:
    return translate("core.cli.daily", words[field])


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
        help=translate(
            "core.cli.daily",
            "record (or update) a day's calories, protein, servings, sleep and water",
        ),
        description=translate(
            "core.cli.daily",
            "Record a day's log: only the values given change. With no value, print the day as "
            "stored (read-only).",
        ),
    )
    day.add_argument(
        "--date",
        metavar="YYYY-MM-DD",
        help=translate("core.cli.daily", "the day (default: today, local)"),
    )
    for flag, field in DAY_FLAGS.items():
        unit = _DAY_UNITS[field]
        word = _word(_DAY_WORDS, field)
        day.add_argument(
            flag,
            dest=_dest(flag),
            metavar="N",
            help=f"{word} ({unit})" if unit else word,
        )
    day.add_argument(
        "--json", action="store_true", help=translate("core.cli.daily", "print the day as JSON")
    )

    today = commands.add_parser(
        "today",
        help=translate(
            "core.cli.daily",
            "where you stand today on the whole program: each part, its target and source",
        ),
        description=translate(
            "core.cli.daily",
            "Each part of the articles' program for a day and its week: the target, what is "
            "done, whether it is met, and the article it comes from. Read-only.",
        ),
    )
    today.add_argument(
        "--date",
        metavar="YYYY-MM-DD",
        help=translate("core.cli.daily", "the day (default: today, local)"),
    )
    today.add_argument(
        "--json",
        action="store_true",
        help=translate("core.cli.daily", "print JSON: {shape}").format(
            shape='{"date", "week_start", "next_due", "items": [{"key", "label", '
            '"target": {"min", "max", "unit", "period"} or null, "done", "met", "source", '
            '"note"}]}'
        ),
    )

    body = commands.add_parser("body", help=translate("core.cli.daily", "body measurements"))
    body_commands = body.add_subparsers(dest="body_command", metavar="SUBCOMMAND", required=True)
    add = body_commands.add_parser(
        "add",
        help=translate("core.cli.daily", "add a body measurement"),
        usage="backline body add --date YYYY-MM-DD --weight-kg W [--waist-cm N] [--hips-cm N] "
        "[--thigh-cm N] [--note TEXT] [--json]",
    )
    add.add_argument(
        "--date",
        metavar="YYYY-MM-DD",
        help=translate("core.cli.daily", "the day measured (required)"),
    )
    add.add_argument(
        "--weight-kg",
        metavar="W",
        help=translate("core.cli.daily", "body weight in kg (required)"),
    )
    for flag, field in BODY_FLAGS.items():
        if field == "weight_kg":
            continue
        add.add_argument(
            flag,
            dest=_dest(flag),
            metavar="N",
            help=translate("core.cli.daily", "{measure} in cm").format(
                measure=_word(_BODY_WORDS, field)
            ),
        )
    add.add_argument(
        "--note", metavar="TEXT", default="", help=translate("core.cli.daily", "a note")
    )
    add.add_argument(
        "--json",
        action="store_true",
        help=translate("core.cli.daily", "print the measurement as JSON"),
    )


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
            common.terminal_text(
                translate("core.cli.daily", "{flag}: {value} is not a date (YYYY-MM-DD)").format(
                    flag=flag, value=repr(value)
                ),
                one_line=True,
            )
        ) from None
    if not EARLIEST_DATE <= day <= LATEST_DATE:
        raise CommandError(
            translate("core.cli.daily", "{flag}: must be between {earliest} and {latest}").format(
                flag=flag, earliest=EARLIEST_DATE, latest=LATEST_DATE
            )
        )
    if latest is not None and day > latest:
        raise CommandError(
            translate("core.cli.daily", "{flag}: {day} is in the future (today is {today})").format(
                flag=flag, day=day.isoformat(), today=today
            )
        )
    return day


def _number(flag: str, text: str, table: Mapping[str, Any], field: str) -> float:
    """`text` as the flag's number: with the language's decimal separator ("7,5" in German)
    or a point."""
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


def _values_text(
    words: Mapping[str, str], values: Mapping[str, Any], units: Mapping[str, str]
) -> str:
    """'calories 2000 kcal, protein 120 g, ...': each field's word and value."""
    return ", ".join(f"{_word(words, f)} {_figure(values[f], units[f])}" for f in values)


def _with_note(text: str, note: str) -> str:
    if not note:
        return text
    return translate("core.cli.daily", "{values}; note: {note}").format(values=text, note=note)


def day_text(day: date, row: Any) -> str:
    if row is None:
        return translate("core.cli.daily", "{day}: nothing logged").format(day=day.isoformat())
    values = _values_text(_DAY_WORDS, {f: getattr(row, f) for f in _DAY_UNITS}, _DAY_UNITS)
    return _with_note(f"{day.isoformat()}: {values}", row.note)


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
    else:
        db = open_db(args, write=True)
        try:
            with db.session_scope() as session:
                try:
                    record_day(day, values, session=session)
                except InputError as exc:
                    flag = next((f for f, v in DAY_FLAGS.items() if v == exc.field), exc.field)
                    raise CommandError(_not_saved(flag, exc.message)) from None
                row = get_day(day, session=session)
        finally:
            db.close()
    if args.json:
        return print_json(day_to_json(day, row))
    text = day_text(day, row)
    say(translate("core.cli.daily", "Saved {day}").format(day=text) if values else text)
    return EXIT_OK


def _not_saved(flag: str, problem: str) -> str:
    return translate("core.cli.daily", "{flag}: {problem}; nothing was saved").format(
        flag=flag, problem=problem
    )


# --- backline today -------------------------------------------------------------------------


def _counted(unit: str, n: int, *, at_least: bool = False, low: str = "") -> str | None:
    """`n` sessions or servings in words: "1 session", "at least 4 sessions" (`at_least`),
    "2–3 sessions" (`low` "2", n 3); None for any other unit. Each count is the plain name
    `n`: lupdate reads no other expression as a count."""
    if unit == "sessions":
        if at_least:
            return translate("core.cli.daily", "at least %n session(s)", None, n)
        if low:
            return translate("core.cli.daily", "{low}–%n session(s)", None, n).format(low=low)
        return translate("core.cli.daily", "%n session(s)", None, n)
    if unit == "servings":
        if at_least:
            return translate("core.cli.daily", "at least %n serving(s)", None, n)
        if low:
            return translate("core.cli.daily", "{low}–%n serving(s)", None, n).format(low=low)
        return translate("core.cli.daily", "%n serving(s)", None, n)
    return None


def _amount_text(amount: float, unit: str) -> str:
    """A done amount and its unit: "1 session", "7.5 h", "2 l"."""
    from core.units import display_number

    if float(amount).is_integer():
        counted = _counted(unit, int(amount))
        if counted is not None:
            return counted
    return f"{display_number(amount, 1)} {unit}".rstrip()


def _target_text(item: Any) -> str:
    from core.units import display_number

    if item.target_min is None:
        return translate("core.cli.daily", "no target")
    low = display_number(item.target_min, 1)
    top = item.target_min if item.target_max is None else item.target_max
    whole = float(top).is_integer() and float(item.target_min).is_integer()
    if item.target_max is None:
        counted = _counted(item.unit, int(top), at_least=True) if whole else None
        span = translate("core.cli.daily", "at least {amount}").format(amount=low)
    elif item.target_max == item.target_min:
        counted = _counted(item.unit, int(top)) if whole else None
        span = low
    else:
        counted = _counted(item.unit, int(top), low=low) if whole else None
        span = f"{low}–{display_number(item.target_max, 1)}"
    return counted if counted is not None else f"{span} {item.unit}".rstrip()


def source_text(file: str | None) -> str:
    """'article 002 — How to Get Rid of Back Leg Fat: What Actually Works', or 'our default'."""
    from core.library.localized import data_text
    from core.store.quick_read import source_titles

    if file is None:
        return translate("core.cli.daily", "our default")
    number = file.split("_", 1)[0]
    title = source_titles().get(file)
    if not title:
        return translate("core.cli.daily", "article {number}").format(number=number)
    return translate("core.cli.daily", "article {number} — {title}").format(
        number=number, title=data_text(title)
    )


def today_text(report: Any) -> str:
    """A heading, one line per part (label, done of target, met, source) and what is next."""
    from core.i18n import weekday_name
    from core.library.localized import data_text
    from core.units import display_number

    lines = [
        translate("core.cli.daily", "{weekday} {day} (week from {week_start})").format(
            weekday=weekday_name(report.day.weekday()),
            day=report.day.isoformat(),
            week_start=report.week_start,
        )
    ]
    for item in report.items:
        label = data_text(item.label)
        if item.period == "week":
            label = translate("core.cli.daily", "{part} this week").format(part=label)
        if item.target_min is None:
            if item.done is None:
                done = translate("core.cli.daily", "nothing")
            else:
                done = _amount_text(item.done, item.unit)
            note = item.note or translate("core.cli.daily", "no target")
            lines.append(
                translate("core.cli.daily", "{part}: {done}; {note}").format(
                    part=label, done=done, note=note
                )
            )
            continue
        if item.done is None:
            line = translate("core.cli.daily", "{part}: nothing of {target}; {met}; {source}")
        else:
            line = translate("core.cli.daily", "{part}: {done} of {target}; {met}; {source}")
        met = (
            translate("core.cli.daily", "met")
            if item.met
            else translate("core.cli.daily", "not met")
        )
        lines.append(
            line.format(
                part=label,
                done=display_number(item.done or 0, 1),
                target=_target_text(item),
                met=met,
                source=source_text(item.source),
            )
        )
    nxt = report.next_due
    if nxt is not None:
        lines.append(
            translate("core.cli.daily", "Next: {action}").format(action=data_text(nxt.label))
        )
    else:
        lines.append(translate("core.cli.daily", "Next: nothing due"))
    return "\n".join(lines)


def cmd_today(args: argparse.Namespace) -> int:
    from core.clock import local_zone
    from core.daily.today import today_report

    day = parse_date("--date", args.date)
    tz = local_zone()
    if args.json:  # labels and notes are words: the JSON keeps them in English
        with in_english():
            report = read(args, lambda session: today_report(day, session=session, tz=tz))
        return print_json(report.to_json())
    report = read(args, lambda session: today_report(day, session=session, tz=tz))
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
        raise CommandError(translate("core.cli.daily", "--date: is required (YYYY-MM-DD)"))
    if args.weight_kg is None:
        raise CommandError(translate("core.cli.daily", "--weight-kg: is required"))
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
                    common.terminal_text(_not_saved(flag, exc.message), one_line=True)
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
    given = {field: stored[field] for field in BODY_FLAGS.values() if stored[field] is not None}
    shown = _values_text(_BODY_WORDS, given, {field: field[-2:] for field in given})
    text = translate("core.cli.daily", "Added {day}: {values}").format(
        day=day.isoformat(), values=shown
    )
    say(_with_note(text, stored["note"]))
    return EXIT_OK
