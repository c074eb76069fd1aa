"""Strong's CSV: reading an export into a ParsedImport (no database), and writing one.

Reading (`parse_strong_text`):

Rows of one workout share `Workout #` when the file has it, else Date and Workout Name.
`Set Order` is a number (a normal set), W / WARM_UP (warm-up), D / DROP (drop set), F / FAILURE
(failure), or a pseudo-row that is not a set: `Rest Timer` (German `Ruhezeit`) and `Note`
(its Notes cell is kept as the note of the next set of that exercise in the workout, or in
the workout notes when no set follows).

Strong writes 0 in Seconds and Distance when they were not used; we read 0 there as "not
recorded" (an RPE it did not record is an empty cell; 0 there is refused). A set with seconds or distance and no reps (0 or empty) is a timed/distance set:
its reps and a zero weight are stored as empty.

Units: a unit in the header (`Weight (kg)`) or per row (`Weight Unit`) wins; a file with
neither needs the caller's `unit` (else `UnitRequired`). Distance without a unit is read as km
when weights are kg and as miles when they are lb (our default: Strong follows the user's
unit setting). Pounds are converted to kg in float (x 0.45359237) without rounding.

Writing (`export_strong_csv`, through the caller's session): Strong's comma dialect, readable
by our reader and by apps that read Strong files. Dates are local wall times in `tz` (default:
this machine's zone); Duration is written as Strong does (`1h 2min`, whole minutes); warm-up /
drop / failure sets are `W` / `D` / `F`, normal sets are numbered per exercise; weights in the
chosen unit (lb rounded to 0.0001 lb); distance in km for kg, miles for lb (what the reader
assumes for a file without units); numbers as plain decimals of at most 12 significant digits; empty Seconds/Distance are written 0, as
Strong does. Names and notes are written as they are (Strong and our reader read them back
unchanged); `spreadsheet=True` (the CLI's `--format csv`) quotes a text cell that would start
a formula (`=`, `+`, `-`, `@`, tab, CR) with a leading `'`.
"""

from __future__ import annotations

import csv
import os
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import datetime, timedelta, tzinfo
from decimal import Decimal
from pathlib import Path
from typing import Any, TextIO

from sqlalchemy import select
from sqlalchemy.orm import Session

from core.i18n import translate
from core.interchange.common import (
    MILE_TO_KM,
    ImportFormatError,
    ParsedImport,
    ParsedWorkout,
    UnitRequired,
    WorkoutBuilder,
    csv_rows,
    distance_factor,
    field_text,
    normalize_weight_unit,
    not_a_date_time,
    parse_duration,
    parse_float,
    parse_reps,
    summarize,
    to_utc,
)
from core.interchange.detect import (
    DATE,
    DISTANCE,
    DISTANCE_UNIT,
    DURATION,
    EXERCISE,
    NOTES,
    REPS,
    RPE,
    SECONDS,
    SET_ORDER,
    WEIGHT,
    WEIGHT_UNIT,
    WORKOUT,
    WORKOUT_NOTES,
    WORKOUT_NUMBER,
    Analysis,
)
from core.store.models import Exercise, LoggedSet, Workout
from core.store.outputs import session_databases, write_text_file
from core.units import kg_from, kg_to

SET_ORDER_TYPES = {
    "w": "warmup",
    "warm_up": "warmup",
    "warmup": "warmup",
    "warm-up": "warmup",
    "d": "dropset",
    "drop": "dropset",
    "drop_set": "dropset",
    "dropset": "dropset",
    "f": "failure",
    "failure": "failure",
}
REST_ROWS = {
    "rest timer",
    "rest_timer",
    "ruhezeit",
    "pausentimer",
    "minuteur de repos",
    "temps de repos",
    "repos",
}
NOTE_ROWS = {"note", "notes", "notiz", "remarque"}


def _parse_date(text: str, line: int) -> datetime:
    s = text.strip()
    try:
        return datetime.fromisoformat(s)
    except ValueError:
        pass
    for fmt in ("%Y/%m/%d %H:%M:%S", "%d.%m.%Y %H:%M:%S", "%d.%m.%Y %H:%M", "%d/%m/%Y %H:%M:%S"):
        try:
            return datetime.strptime(s, fmt)
        except ValueError:
            continue
    raise ImportFormatError(
        line, not_a_date_time(translate("core.interchange.strong", "date"), text)
    )


def _unknown_unit(field: str, cell: str) -> str:
    return field_text(
        field, translate("core.interchange.strong", "{value} is unknown").format(value=repr(cell))
    )


class _Builder(WorkoutBuilder):
    def __init__(self, name: str, started_at: datetime, line: int) -> None:
        super().__init__(name, started_at, line)
        self.pending_notes: dict[str, str] = {}
        self.date_text = ""
        self.duration_text: str | None = None


def parse_strong_text(
    text: str,
    analysis: Analysis,
    *,
    unit: str | None = None,
    tz: tzinfo | None = None,
) -> ParsedImport:
    """Read a Strong export's text (see the module docstring); every set and workout is
    checked against core.bounds, a refused one raises ImportFormatError naming its line."""
    layout = analysis.strong
    assert layout is not None
    det = analysis.detection
    cols = layout.columns
    ncols = layout.ncols
    decimal_comma = det.delimiter != ","

    file_unit = det.unit
    if WEIGHT_UNIT not in cols and file_unit is None:
        if unit is None:
            raise UnitRequired(det.dialect)
        file_unit = unit
    fallback_unit = file_unit or unit

    dist_header = layout.header_units.get(DISTANCE)
    if dist_header is not None:
        header_dist_factor = distance_factor(dist_header)
        if header_dist_factor is None:
            raise ImportFormatError(
                1,
                translate("core.interchange.strong", "unknown distance unit {unit}").format(
                    unit=repr(dist_header)
                ),
            )
    else:
        header_dist_factor = None

    c_date = cols[DATE]
    c_name = cols[WORKOUT]
    c_ex = cols[EXERCISE]
    c_order = cols[SET_ORDER]
    c_weight = cols.get(WEIGHT)
    c_wunit = cols.get(WEIGHT_UNIT)
    c_reps = cols.get(REPS)
    c_rpe = cols.get(RPE)
    c_dist = cols.get(DISTANCE)
    c_dunit = cols.get(DISTANCE_UNIT)
    c_secs = cols.get(SECONDS)
    c_notes = cols.get(NOTES)
    c_wnotes = cols.get(WORKOUT_NOTES)
    c_dur = cols.get(DURATION)
    c_num = cols.get(WORKOUT_NUMBER)

    def number(row: list[str], column: int | None, line: int, field: str) -> float | None:
        """The cell's number (None: no such column, or an empty cell)."""
        if column is None:
            return None
        return parse_float(row[column], line, field, decimal_comma=decimal_comma)

    workouts: dict[object, _Builder] = {}
    for line, row in csv_rows(text, det.delimiter, ncols):
        date_text = row[c_date]
        name = row[c_name].strip()
        key: object = row[c_num].strip() if c_num is not None else (date_text, name)
        w = workouts.get(key)
        if w is None:
            local = _parse_date(date_text, line)
            started = to_utc(
                local, tz, line=line, field=translate("core.interchange.strong", "date")
            )
            w = _Builder(name, started, line)
            w.date_text = date_text
            workouts[key] = w
        elif date_text != w.date_text:
            _parse_date(date_text, line)  # every row must be readable
        if c_dur is not None and row[c_dur] != w.duration_text:
            # 0 (or empty): no length recorded; within core.bounds.WORKOUT_LENGTH otherwise
            secs = parse_duration(row[c_dur], line, seconds_only=layout.duration_in_seconds)
            if w.ended_at is None and secs is not None and secs > 0:
                w.ended_at = w.started_at + timedelta(seconds=secs)
            w.duration_text = row[c_dur]
        if c_wnotes is not None and not w.notes and row[c_wnotes].strip():
            w.notes = row[c_wnotes].strip()

        exercise = row[c_ex].strip()
        order = row[c_order].strip()
        order_key = order.casefold()
        if order.isdigit():
            set_type = "normal"
        elif order_key in SET_ORDER_TYPES:
            set_type = SET_ORDER_TYPES[order_key]
        elif order_key in REST_ROWS:
            continue
        elif order_key in NOTE_ROWS:
            text_note = row[c_notes].strip() if c_notes is not None else ""
            if text_note:
                prev = w.pending_notes.get(exercise)
                w.pending_notes[exercise] = f"{prev}\n{text_note}" if prev else text_note
            continue
        else:
            raise ImportFormatError(
                line,
                field_text(
                    translate("core.interchange.strong", "set order"),
                    translate("core.interchange.strong", "{value} is not a set").format(
                        value=repr(order)
                    ),
                ),
            )
        if not exercise:
            raise ImportFormatError(
                line, translate("core.interchange.strong", "exercise name is empty")
            )

        weight = number(row, c_weight, line, translate("core.interchange.strong", "weight"))
        if weight is not None:
            wu = fallback_unit
            if c_wunit is not None:
                cell = row[c_wunit].strip()
                if cell:
                    wu = normalize_weight_unit(cell)
                    if wu is None:
                        raise ImportFormatError(
                            line,
                            _unknown_unit(
                                translate("core.interchange.strong", "weight unit"), cell
                            ),
                        )
            if wu is None:
                if unit is None:
                    raise UnitRequired(det.dialect)
                wu = unit
            weight = kg_from(weight, wu)
        reps = (
            parse_reps(row[c_reps], line, decimal_comma=decimal_comma)
            if c_reps is not None
            else None
        )
        # Strong writes 0 for seconds or distance it did not record. Not for an RPE: it leaves
        # the cell empty (every RPE cell of the real exports in tests/fixtures/imports is empty
        # or 6..10), so an RPE of 0 is refused by core.bounds as it is in a Hevy file.
        rpe = number(row, c_rpe, line, translate("core.interchange.strong", "RPE"))
        seconds = number(row, c_secs, line, translate("core.interchange.strong", "seconds")) or None
        distance = (
            number(row, c_dist, line, translate("core.interchange.strong", "distance")) or None
        )
        if distance is not None:
            factor: float | None
            if header_dist_factor is not None:
                factor = header_dist_factor
            elif c_dunit is not None and row[c_dunit].strip():
                factor = distance_factor(row[c_dunit])
                if factor is None:
                    raise ImportFormatError(
                        line,
                        _unknown_unit(
                            translate("core.interchange.strong", "distance unit"),
                            row[c_dunit].strip(),
                        ),
                    )
            else:
                factor = MILE_TO_KM if fallback_unit == "lb" else 1.0
            distance = distance * factor
        if (seconds is not None or distance is not None) and not reps:
            reps = None
            if weight == 0:
                weight = None

        note = row[c_notes].strip() if c_notes is not None else ""
        pending = w.pending_notes.pop(exercise, None)
        if pending:
            note = f"{pending}\n{note}" if note else pending
        w.add_set(
            line,
            exercise,
            set_type,
            reps=reps,
            weight_kg=weight,
            duration_seconds=seconds,
            distance_km=distance,
            rpe=rpe,
            note=note,
        )

    out: list[ParsedWorkout] = []
    for w in workouts.values():
        notes = w.notes
        for exercise, text_note in w.pending_notes.items():
            extra = f"{exercise}: {text_note}"
            notes = f"{notes}\n{extra}" if notes else extra
        if not w.sets and not notes:
            continue
        out.append(w.build(notes))
    workouts_t = tuple(out)
    used_unit = file_unit or unit
    return ParsedImport(
        app="strong",
        detection=det,
        workouts=workouts_t,
        summary=summarize("strong", det, used_unit, workouts_t),
    )


# --- writing -------------------------------------------------------------------------------

STRONG_HEADER = (
    "Date",
    "Workout Name",
    "Duration",
    "Exercise Name",
    "Set Order",
    "Weight",
    "Reps",
    "Distance",
    "Seconds",
    "Notes",
    "Workout Notes",
    "RPE",
)
_TYPE_LETTER = {"warmup": "W", "dropset": "D", "failure": "F"}


@dataclass(frozen=True)
class ExportResult:
    path: Path
    workouts: int
    sets: int


# Numbers are written to 12 significant digits, as a plain decimal: enough for every value a
# person or a unit conversion makes (95 lb = 43.09127515 kg), and no float noise
# (52.163122550000004 is written 52.16312255) nor exponent (1e-05) that a reader might refuse.
SIGNIFICANT_DIGITS = 12
# Cells a spreadsheet would read as a formula (OWASP's list); see spreadsheet_text.
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def _num(value: float | None) -> str:
    if value is None:
        return ""
    short = float(f"{float(value):.{SIGNIFICANT_DIGITS}g}") + 0.0  # + 0.0: no "-0.0"
    return format(Decimal(repr(short)), "f")


def spreadsheet_text(text: str) -> str:
    """A text cell a spreadsheet shows as text: a leading quote before =, +, -, @, tab or CR
    (the `csv` export); the `strong` export writes names as they are, for Strong's readers."""
    return "'" + text if text.startswith(FORMULA_STARTS) else text


def _strong_duration(start: datetime, end: datetime | None) -> str:
    if end is None:
        return ""
    minutes = max(0, int((end - start).total_seconds() // 60))
    hours, minutes = divmod(minutes, 60)
    return f"{hours}h {minutes}min" if hours else f"{minutes}min"


def set_rows(session: Session) -> Iterator[Any]:
    """All logged sets with their exercise, ordered by workout then position."""
    stmt = (
        select(
            *LoggedSet.__table__.c, Exercise.slug.label("ex_slug"), Exercise.name.label("ex_name")
        )
        .join(Exercise, LoggedSet.exercise_id == Exercise.id)
        .join(Workout, LoggedSet.workout_id == Workout.id)
        .order_by(Workout.started_at, Workout.id, LoggedSet.position, LoggedSet.id)
        .execution_options(yield_per=5000)
    )
    return iter(session.execute(stmt))


def export_strong_csv(
    path: str | os.PathLike[str],
    *,
    session: Session,
    unit: str = "kg",
    tz: tzinfo | None = None,
    force: bool = False,
    spreadsheet: bool = False,
) -> ExportResult:
    """Write every workout with sets in Strong's comma CSV dialect (see module docstring),
    through core.store.outputs (never onto the session's database; an existing file only with
    `force`; OutputError on failure). `spreadsheet`: text cells that a spreadsheet would run
    as a formula get a leading quote (spreadsheet_text); numbers are plain numbers either way."""
    if unit not in ("kg", "lb"):
        raise ValueError(f"unit must be 'kg' or 'lb', not {unit!r}")
    lb = unit == "lb"
    workouts = {
        w.id: w
        for w in session.execute(select(Workout).order_by(Workout.started_at, Workout.id))
        .scalars()
        .all()
    }
    counts = {"workouts": 0, "sets": 0}
    text = spreadsheet_text if spreadsheet else str

    def write(fh: TextIO) -> None:
        out = csv.writer(fh, lineterminator="\n")
        out.writerow(STRONG_HEADER)
        current: int | None = None
        normal_numbers: dict[str, int] = {}
        for logged in set_rows(session):
            ex_name = logged.ex_name
            w = workouts[logged.workout_id]
            first = current != w.id
            if first:
                current = w.id
                normal_numbers = {}
                counts["workouts"] += 1
            local = w.started_at.astimezone(tz) if tz is not None else w.started_at.astimezone()
            if logged.set_type in _TYPE_LETTER:
                order = _TYPE_LETTER[logged.set_type]
            else:
                normal_numbers[ex_name] = normal_numbers.get(ex_name, 0) + 1
                order = str(normal_numbers[ex_name])
            weight = logged.weight_kg
            if weight is not None and lb:
                weight = round(kg_to(weight, "lb"), 4)
            seconds = logged.duration_seconds
            distance = logged.distance_km
            if distance is not None and lb:
                distance = distance / MILE_TO_KM
            out.writerow(
                (
                    local.strftime("%Y-%m-%d %H:%M:%S"),
                    text(w.name),
                    _strong_duration(w.started_at, w.ended_at),
                    text(ex_name),
                    order,
                    _num(weight),
                    "" if logged.reps is None else str(logged.reps),
                    "0" if distance is None else _num(distance),
                    "0" if seconds is None else _num(seconds),
                    text(logged.note),
                    text(w.notes) if first else "",
                    _num(logged.rpe),
                )
            )
            counts["sets"] += 1

    written = write_text_file(
        Path(path), write, protected=session_databases(session), force=force, newline=""
    )
    return ExportResult(written, counts["workouts"], counts["sets"])
