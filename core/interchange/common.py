"""Shared pieces of the importers: parsed data, errors, number/date/unit helpers, aliases,
and the checks every imported set and workout passes (core.bounds).

(Just over 500 lines: what the Strong and Hevy readers share, kept in one place.)

Everything here is plain Python (no database, no Qt). The parsers in strong.py and hevy.py
produce a `ParsedImport`; writer.py stores it.

Time zones: Strong and Hevy write the local wall time of the person who exported. A naive
time from a file is read in the zone passed as `tz` (a `zoneinfo.ZoneInfo`); with `tz=None` it
is read in the machine's local zone (Python's `datetime.astimezone()` on a naive value, which
follows the system's daylight-saving rules for that date). The stored value is aware UTC.
A wall time that falls in a DST gap or fold is read with `fold=0` (the earlier offset).
"""

from __future__ import annotations

import csv
import hashlib
import io
import math
import os
import re
import stat
import unicodedata
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from datetime import UTC, datetime, tzinfo
from pathlib import Path

from core.bounds import (
    EXERCISE,
    LOGGED_SET,
    WORKOUT,
    WORKOUT_LENGTH,
    InputError,
    check,
    check_all,
    text_bound,
)
from core.i18n import format_number, translate

MILE_TO_KM = 1.609344
# The years a workout may fall in. Ours: no workout app kept logs before 1970, and a year past
# 2100 is a typo or a corrupt file (year 9999 does not even convert to UTC everywhere).
FIRST_YEAR, LAST_YEAR = 1970, 2100

SET_TYPES = ("normal", "warmup", "dropset", "failure")


class ImportFormatError(ValueError):
    """A file that cannot be read as it is: str(e) names the line (1-based) and the reason,
    in the language in use (`reason` is translated where it is raised)."""

    def __init__(self, line: int | None, reason: str) -> None:
        self.line = line
        self.reason = reason
        super().__init__(
            translate("core.interchange.common", "line {line}: {reason}").format(
                line=line, reason=reason
            )
            if line is not None
            else reason
        )


def field_text(field: str, problem: str) -> str:
    """`field: problem` in the language's way: how every import message names what it
    refuses (a column, a JSON path, a field's words)."""
    return translate("core.interchange.common", "{field}: {problem}").format(
        field=field, problem=problem
    )


def app_name(app_or_dialect: str) -> str:
    """The app a format or dialect comes from, as a person knows it: "strong-comma" and
    "strong" are Strong, "hevy-metric" is Hevy, "json" is a Backline JSON export."""
    app = app_or_dialect.partition("-")[0]
    return {"strong": "Strong", "hevy": "Hevy", "json": "Backline JSON"}.get(app, app_or_dialect)


class UnitRequired(ValueError):
    """The file gives weights without saying kg or lb: the caller must choose one."""

    def __init__(self, dialect: str) -> None:
        self.dialect = dialect
        super().__init__(
            translate(
                "core.interchange.common",
                "this {dialect} export does not say whether weights are kg or lb: choose the unit",
            ).format(dialect=app_name(dialect))
        )


class UnmappedExercises(LookupError):
    """Exercise names in the file that match nothing we know, with no mapping given."""

    def __init__(self, names: list[str]) -> None:
        self.names = list(names)
        shown = ", ".join(repr(n) for n in self.names[:5])
        # The counts are plain names: lupdate skips a call whose count is an expression.
        count, more = len(self.names), len(self.names) - 5
        if more > 0:
            shown = translate("core.interchange.common", "{names} and %n more", None, more).format(
                names=shown
            )
        super().__init__(
            translate(
                "core.interchange.common",
                "%n exercise name(s) need a mapping: {names}",
                None,
                count,
            ).format(names=shown)
        )


class MappingError(ValueError):
    """A mapping {name: slug} that points at an exercise we do not have."""


@dataclass(frozen=True, slots=True)
class Detection:
    """What a file looks like, found from its header (and, for per-row units, its rows)."""

    app: str  # "strong" | "hevy"
    dialect: str  # e.g. "strong-comma", "strong-units", "strong-numbered", "hevy-metric"
    delimiter: str
    unit: str | None  # "kg" | "lb" | None: the file does not say, the caller must
    has_rpe: bool
    has_duration: bool
    language: str | None  # "en" | "fr" | "de" | None (not recognised, read by position)


@dataclass(frozen=True, slots=True)
class ParsedSet:
    exercise: str
    set_type: str  # normal | warmup | dropset | failure
    side: str | None
    reps: int | None
    weight_kg: float | None
    duration_seconds: float | None
    distance_km: float | None
    rpe: float | None
    note: str
    line: int  # where the row starts in the file (1-based, header is line 1)


@dataclass(frozen=True, slots=True)
class ParsedWorkout:
    name: str
    started_at: datetime  # aware UTC
    ended_at: datetime | None  # aware UTC
    notes: str
    sets: tuple[ParsedSet, ...]
    line: int


@dataclass(frozen=True, slots=True)
class ImportSummary:
    app: str
    dialect: str
    unit: str | None
    first_date: datetime | None
    last_date: datetime | None
    workout_count: int
    set_count: int
    exercise_names: tuple[str, ...]  # in order of first appearance


@dataclass(frozen=True, slots=True)
class ParsedImport:
    app: str
    detection: Detection
    workouts: tuple[ParsedWorkout, ...]
    summary: ImportSummary


# --- names -------------------------------------------------------------------------------


def name_key(name: str) -> str:
    """The alias key of an exercise name: casefolded, whitespace collapsed."""
    return " ".join(name.split()).casefold()


def slugify(name: str) -> str:
    text = unicodedata.normalize("NFKD", name)
    text = "".join(c for c in text if not unicodedata.combining(c)).lower()
    text = re.sub(r"[^a-z0-9]+", "-", text).strip("-")
    return text or "exercise"


def import_key(app: str, started_at: datetime, name: str) -> str:
    """Stable identity of an imported workout: sha256 of app, UTC start and name."""
    stamp = started_at.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S")
    return hashlib.sha256(f"{app}\x1f{stamp}\x1f{name.strip()}".encode()).hexdigest()


# Foreign names (Strong/Hevy) of exercises our library may hold, by name_key -> candidate
# slugs (first one present in the exercises table wins; absent slugs are ignored).
BUILTIN_ALIASES: dict[str, tuple[str, ...]] = {
    "romanian deadlift (barbell)": ("romanian-deadlift",),
    "romanian deadlift (dumbbell)": ("romanian-deadlift",),
    "romanian deadlift": ("romanian-deadlift",),
    "hip thrust (barbell)": ("barbell-hip-thrust",),
    "hip thrust (dumbbell)": ("weighted-hip-thrust",),
    "hip thrust (machine)": ("weighted-hip-thrust",),
    "hip thrust": ("weighted-hip-thrust", "barbell-hip-thrust"),
    "glute bridge": ("glute-bridge",),
    "single leg glute bridge": ("single-leg-glute-bridge",),
    "glute bridge (single leg)": ("single-leg-glute-bridge",),
    "deadlift (barbell)": ("deadlift",),
    "deadlift": ("deadlift",),
    "push up": ("push-up",),
    "push ups": ("push-up",),
    "bent over row (dumbbell)": ("dumbbell-row",),
    "dumbbell row": ("dumbbell-row",),
    "single arm dumbbell row": ("dumbbell-row",),
    "step up": ("step-up",),
    "step up (dumbbell)": ("step-up",),
    "bulgarian split squat": ("bulgarian-split-squat",),
    "bulgarian split squat (dumbbell)": ("bulgarian-split-squat",),
    "superman": ("superman",),
    "bird dog": ("bird-dog",),
    "jump squat": ("squat-jump",),
    "squat jump": ("squat-jump",),
    "stability ball hamstring curl": ("stability-ball-hamstring-curl",),
    "hamstring curl (stability ball)": ("stability-ball-hamstring-curl",),
    "cat cow": ("cat-cow",),
    "running": ("running",),
    "running (treadmill)": ("running",),
    "treadmill": ("running",),
    "cycling": ("cycling",),
    "cycling (indoor)": ("cycling",),
    "bike": ("cycling",),
    "swimming": ("swimming",),
    "walking": ("walking",),
    "walking (treadmill)": ("walking",),
    "stair climber": ("stair-climbing",),
    "stair machine": ("stair-climbing",),
    "stair climbing": ("stair-climbing",),
    "yoga": ("yoga",),
    "pilates": ("pilates",),
}


# --- numbers -----------------------------------------------------------------------------


def parse_float(text: str, line: int, field: str, *, decimal_comma: bool = False) -> float | None:
    """A number or None for an empty cell; anything else is an ImportFormatError."""
    s = text.strip()
    if not s:
        return None
    if decimal_comma and "," in s and "." not in s:
        s = s.replace(",", ".")
    try:
        value = float(s)
    except ValueError:
        raise ImportFormatError(line, _not_a_number(field, text)) from None
    if value != value or value in (float("inf"), float("-inf")):
        raise ImportFormatError(line, _not_a_number(field, text))
    return value


def not_a_date_time(field: str, text: str) -> str:
    """Why a cell `text` of the column `field` is refused as a date and time."""
    return field_text(
        field,
        translate("core.interchange.common", "{value} is not a date and time").format(
            value=repr(text)
        ),
    )


def _not_a_number(field: str, text: str) -> str:
    return field_text(
        field,
        translate("core.interchange.common", "{value} is not a number").format(value=repr(text)),
    )


def parse_reps(
    text: str, line: int, field: str | None = None, *, decimal_comma: bool = False
) -> int | None:
    """Reps as an int; real exports sometimes write `8.0`. A fractional value (`5.5`) is
    refused, as a form refuses it (core.bounds: reps are whole). The range is checked with the
    rest of the set (`checked_set`). `field`: the column's name in messages (default: reps,
    in the language in use)."""
    field = field or translate("core.interchange.common", "reps")
    value = parse_float(text, line, field, decimal_comma=decimal_comma)
    if value is None:
        return None
    if value != int(value):
        raise ImportFormatError(
            line,
            field_text(field, translate("core.interchange.common", "must be a whole number")),
        )
    return int(value)


_DURATION_RE = re.compile(
    r"^\s*(?:(?P<h>\d+)\s*h)?\s*(?:(?P<m>\d+)\s*m(?:in)?)?\s*(?:(?P<s>\d+)\s*s(?:ec)?)?\s*$"
)


def parse_duration(
    text: str, line: int, field: str | None = None, *, seconds_only: bool = False
) -> float | None:
    """A workout's length in seconds: Strong's `21min`, `1h 2min`, `17m`, `1h 8m`, `45s`, or
    plain seconds (the only form with `seconds_only`). None for an empty cell. A negative,
    NaN or infinite value is not a duration; one longer than core.bounds.WORKOUT_LENGTH is
    refused too (ImportFormatError naming `line` and `field` (default: duration, in the
    language in use), with the cell as written)."""
    s = text.strip()
    if not s:
        return None
    field = field or translate("core.interchange.common", "duration")
    not_duration = field_text(
        field,
        translate("core.interchange.common", "{value} is not a duration").format(value=repr(text)),
    )
    try:
        value = float(s)
    except ValueError:
        m = None if seconds_only else _DURATION_RE.match(s)
        if not m or not any(m.group(g) for g in ("h", "m", "s")):
            raise ImportFormatError(line, not_duration) from None
        value = float(
            int(m.group("h") or 0) * 3600 + int(m.group("m") or 0) * 60 + int(m.group("s") or 0)
        )
    if not math.isfinite(value) or value < 0:
        raise ImportFormatError(line, not_duration)
    if value > WORKOUT_LENGTH.maximum:
        raise ImportFormatError(
            line,
            field_text(
                field,
                translate("core.interchange.common", "{value} is longer than {length}").format(
                    value=repr(text), length=length_text()
                ),
            ),
        )
    return value


def csv_rows(text: str, delimiter: str, ncols: int) -> Iterator[tuple[int, list[str]]]:
    """The data rows of an exported CSV, each with the line it starts on (1-based; the header,
    line 1, and blank rows are passed over). A row of other than `ncols` fields, or text the
    csv module cannot read, raises ImportFormatError."""
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    try:
        next(reader, None)  # the header (an empty text has no rows)
        prev_end = reader.line_num
        for row in reader:
            line = prev_end + 1
            prev_end = reader.line_num
            if not row or (len(row) == 1 and not row[0].strip()):
                continue
            if len(row) != ncols:
                raise ImportFormatError(
                    line,
                    translate(
                        "core.interchange.common", "expected {expected} fields, found {found}"
                    ).format(expected=ncols, found=len(row)),
                )
            yield line, row
    except csv.Error as exc:
        raise ImportFormatError(reader.line_num, unreadable_csv(exc)) from None


def unreadable_csv(exc: BaseException) -> str:
    return translate("core.interchange.common", "unreadable CSV ({reason})").format(reason=exc)


def length_text() -> str:
    """How a person reads the bound: "7 days" (or "36 h" for a bound of part of a day). The
    bound is a constant of several days, so the count never takes a singular."""
    if WORKOUT_LENGTH.maximum % 86400 == 0:
        return translate("core.interchange.common", "{count} days").format(
            count=format_number(WORKOUT_LENGTH.maximum / 86400)
        )
    return translate("core.interchange.common", "{count} h").format(
        count=format_number(WORKOUT_LENGTH.maximum / 3600)
    )


def too_long(started_at: datetime, ended_at: datetime) -> bool | None:
    """None when the workout's length is within core.bounds.WORKOUT_LENGTH; False when it
    ends before it starts, True when it lasts longer than the bound."""
    seconds = (ended_at - started_at).total_seconds()
    if seconds < WORKOUT_LENGTH.minimum:
        return False
    if seconds > WORKOUT_LENGTH.maximum:
        return True
    return None


def length_problem(
    started_at: datetime, ended_at: datetime, *, start: str | None = None
) -> str | None:
    """Why a workout cannot end at `ended_at` (before its start, or longer than
    core.bounds.WORKOUT_LENGTH), said of the end with the start called `start` (a column or
    a JSON key; default "the start" in the language in use); or None."""
    longer = too_long(started_at, ended_at)
    if longer is None:
        return None
    start = start or translate("core.interchange.common", "the start")
    if longer:
        return translate("core.interchange.common", "is more than {length} after {start}").format(
            length=length_text(), start=start
        )
    return translate("core.interchange.common", "is before {start}").format(start=start)


_EXERCISE_NAME = text_bound(EXERCISE, "name")
_WORKOUT_NAME = text_bound(WORKOUT, "name")
_CONTROL = re.compile(r"[\x00-\x1f\x7f]")


def name_problem(name: str, bound: int) -> str | None:
    """Why a name read from a file cannot be stored: longer than `bound` characters, or a
    control character in it (a NUL, an escape that would drive a terminal, a tab); or None."""
    if len(name) > bound:
        # Every name bound is far above 1: the count never takes a singular.
        return translate("core.interchange.common", "must be at most {count} characters").format(
            count=bound
        )
    found = _CONTROL.search(name)
    if found is not None:
        return translate("core.interchange.common", "holds a control character (U+{code})").format(
            code=f"{ord(found.group()):04X}"
        )
    return None


def input_problem(path: str | os.PathLike[str]) -> str | None:
    """Why `path` cannot be read as an export ("no such file", "is a folder", "is not a
    regular file": a FIFO, a device such as /dev/null, a socket), or None. Nothing is opened:
    opening a FIFO would wait for a writer."""
    try:
        mode = os.stat(path).st_mode
    except FileNotFoundError:
        return translate("core.interchange.common", "no such file")
    except NotADirectoryError:
        return translate("core.interchange.common", "no such file")
    except OSError as exc:
        return exc.strerror or translate("core.interchange.common", "cannot be read")
    if stat.S_ISDIR(mode):
        return translate("core.interchange.common", "is a folder")
    if not stat.S_ISREG(mode):
        return translate("core.interchange.common", "is not a regular file")
    return None


def year_problem(value: datetime) -> str | None:
    """Why a workout time is refused (outside FIRST_YEAR..LAST_YEAR), or None."""
    if FIRST_YEAR <= value.year <= LAST_YEAR:
        return None
    return translate(
        "core.interchange.common", "the year {year} is not between {first} and {last}"
    ).format(year=value.year, first=FIRST_YEAR, last=LAST_YEAR)


def to_utc(naive: datetime, tz: tzinfo | None, *, line: int, field: str) -> datetime:
    """A wall time of the exporting user -> aware UTC (see the module docstring); a time
    outside the years we store is an ImportFormatError naming `line` and `field`."""
    problem = year_problem(naive)
    if problem is not None:
        raise ImportFormatError(line, field_text(field, problem))
    if naive.tzinfo is not None:
        return naive.astimezone(UTC)
    if tz is None:
        return naive.astimezone().astimezone(UTC)
    return naive.replace(tzinfo=tz).astimezone(UTC)


def checked_set(
    line: int, *, exercise: str, set_type: str, values: Mapping[str, float | str | None]
) -> ParsedSet:
    """A ParsedSet whose numbers and note are within core.bounds.LOGGED_SET (reps as an int),
    and whose exercise name could name an exercise (core.bounds.EXERCISE, no control
    character), or ImportFormatError(line) saying which field is refused and why."""
    problem = name_problem(exercise, _EXERCISE_NAME.max_chars)
    if problem is not None:
        raise ImportFormatError(
            line, field_text(translate("core.interchange.common", "exercise name"), problem)
        )
    try:
        checked = check_all(LOGGED_SET, values)
    except InputError as exc:
        raise ImportFormatError(line, exc.sentence) from None
    return ParsedSet(exercise=exercise, set_type=set_type, side=None, line=line, **checked)


def checked_workout(
    line: int,
    *,
    name: str,
    started_at: datetime,
    ended_at: datetime | None,
    notes: str,
    sets: tuple[ParsedSet, ...],
) -> ParsedWorkout:
    """A ParsedWorkout within core.bounds.WORKOUT (its name without control characters) that
    neither ends before it starts nor lasts longer than core.bounds.WORKOUT_LENGTH, or
    ImportFormatError(line) (the workout's first row) saying why not."""
    problem = name_problem(name, _WORKOUT_NAME.max_chars)
    if problem is not None:
        raise ImportFormatError(
            line, field_text(translate("core.interchange.common", "workout name"), problem)
        )
    try:
        check(WORKOUT, "note", notes)
    except InputError as exc:
        raise ImportFormatError(
            line, field_text(translate("core.interchange.common", "workout note"), exc.message)
        ) from None
    if ended_at is not None:
        if ended_at < started_at:
            raise ImportFormatError(
                line, translate("core.interchange.common", "the workout ends before it starts")
            )
        problem = year_problem(ended_at)
        if problem is not None:
            raise ImportFormatError(
                line, field_text(translate("core.interchange.common", "the workout's end"), problem)
            )
        longer = too_long(started_at, ended_at)
        if longer:
            raise ImportFormatError(
                line,
                translate(
                    "core.interchange.common",
                    "the workout's end is more than {length} after the start",
                ).format(length=length_text()),
            )
        if longer is False:
            raise ImportFormatError(
                line,
                translate("core.interchange.common", "the workout's end is before the start"),
            )
    return ParsedWorkout(
        name=name, started_at=started_at, ended_at=ended_at, notes=notes, sets=sets, line=line
    )


class WorkoutBuilder:
    """A workout as a reader collects its rows: each set checked as it is added, the workout
    when it is built. Readers subclass it for what they track between rows."""

    def __init__(self, name: str, started_at: datetime, line: int) -> None:
        self.name = name
        self.started_at = started_at
        self.ended_at: datetime | None = None
        self.notes = ""
        self.sets: list[ParsedSet] = []
        self.line = line

    def add_set(
        self, line: int, exercise: str, set_type: str, **values: float | str | None
    ) -> None:
        """Add a set of `values` (LoggedSet field names); see checked_set."""
        self.sets.append(checked_set(line, exercise=exercise, set_type=set_type, values=values))

    def build(self, notes: str | None = None) -> ParsedWorkout:
        """The checked workout (with other `notes` than those collected, if given)."""
        return checked_workout(
            self.line,
            name=self.name,
            started_at=self.started_at,
            ended_at=self.ended_at,
            notes=self.notes if notes is None else notes,
            sets=tuple(self.sets),
        )


def normalize_weight_unit(text: str) -> str | None:
    s = text.strip().casefold().rstrip(".")
    if s in ("kg", "kgs", "kilogram", "kilograms", "kilogramm"):
        return "kg"
    if s in ("lb", "lbs", "pound", "pounds", "livres", "pfund"):
        return "lb"
    return None


def distance_factor(unit: str) -> float | None:
    """Factor to km of a distance unit name, or None if unknown."""
    s = unit.strip().casefold().rstrip(".")
    return {
        "km": 1.0,
        "kilometers": 1.0,
        "kilometres": 1.0,
        "kilometer": 1.0,
        "m": 0.001,
        "meters": 0.001,
        "metres": 0.001,
        "meter": 0.001,
        "mètres": 0.001,
        "mi": MILE_TO_KM,
        "mile": MILE_TO_KM,
        "miles": MILE_TO_KM,
        "meilen": MILE_TO_KM,
        "ft": 0.0003048,
        "feet": 0.0003048,
        "yd": 0.0009144,
        "yards": 0.0009144,
    }.get(s)


def summarize(
    app: str, detection: Detection, unit: str | None, workouts: tuple[ParsedWorkout, ...]
) -> ImportSummary:
    names: dict[str, None] = {}
    set_count = 0
    for w in workouts:
        set_count += len(w.sets)
        for s in w.sets:
            names.setdefault(s.exercise, None)
    starts = [w.started_at for w in workouts]
    return ImportSummary(
        app=app,
        dialect=detection.dialect,
        unit=unit,
        first_date=min(starts) if starts else None,
        last_date=max(starts) if starts else None,
        workout_count=len(workouts),
        set_count=set_count,
        exercise_names=tuple(names),
    )


def read_text(path_or_text: object) -> str:
    """The text of a file (a Path, or a str naming an existing file), or the str itself."""
    if isinstance(path_or_text, Path):
        return path_or_text.read_text(encoding="utf-8-sig")
    if isinstance(path_or_text, str):
        if "\n" not in path_or_text and len(path_or_text) < 4096 and os.path.isfile(path_or_text):
            return Path(path_or_text).read_text(encoding="utf-8-sig")
        return path_or_text.removeprefix("\ufeff")
    if isinstance(path_or_text, os.PathLike):
        return Path(path_or_text).read_text(encoding="utf-8-sig")
    raise TypeError("expected a path or the text of an export")
