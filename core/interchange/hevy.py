"""Hevy CSV exports -> ParsedImport (pure: no database).

Hevy has no workout id: a workout is the set of rows sharing `title` and `start_time`.
Dates look like `7 Apr 2024, 16:34`, with the month name in the app's language
(`5 Mai 2026`, `5 févr. 2026`); ISO dates are read too. `set_type` is normal, warmup,
failure or dropset. Imperial accounts write `weight_lbs` and `distance_miles`, converted to kg
and km. `exercise_notes` repeats on every row of an exercise: it is kept once, on the first
set of each run of that exercise; `description` becomes the workout notes.
"""

from __future__ import annotations

import re
import unicodedata
from datetime import datetime, tzinfo

from core.i18n import translate
from core.interchange.common import (
    MILE_TO_KM,
    ImportFormatError,
    ParsedImport,
    UnitRequired,
    WorkoutBuilder,
    csv_rows,
    field_text,
    length_text,
    not_a_date_time,
    parse_float,
    parse_reps,
    summarize,
    to_utc,
    too_long,
)
from core.interchange.detect import Analysis
from core.units import KG_PER_LB

_MONTHS_BY_LANGUAGE: dict[int, tuple[str, ...]] = {
    1: (
        "jan",
        "january",
        "januar",
        "jän",
        "jänner",
        "janv",
        "janvier",
        "ene",
        "enero",
        "gen",
        "gennaio",
        "jan",
        "janeiro",
        "januari",
        "sty",
        "styczeń",
        "stycznia",
    ),
    2: (
        "feb",
        "february",
        "februar",
        "févr",
        "fevr",
        "février",
        "fev",
        "fév",
        "febrero",
        "febbraio",
        "fevereiro",
        "februari",
        "lut",
        "luty",
        "lutego",
    ),
    3: (
        "mar",
        "march",
        "mär",
        "märz",
        "maerz",
        "mars",
        "marzo",
        "março",
        "marco",
        "maart",
        "mrt",
        "marzec",
        "marca",
    ),
    4: ("apr", "april", "avr", "avril", "abr", "abril", "aprile", "kwi", "kwiecień", "kwietnia"),
    5: ("may", "mai", "mayo", "mag", "maggio", "maio", "mei", "maj", "maja"),
    6: (
        "jun",
        "june",
        "juni",
        "juin",
        "junio",
        "giu",
        "giugno",
        "junho",
        "cze",
        "czerwiec",
        "czerwca",
    ),
    7: (
        "jul",
        "july",
        "juli",
        "juil",
        "juillet",
        "julio",
        "lug",
        "luglio",
        "julho",
        "lip",
        "lipiec",
        "lipca",
    ),
    8: (
        "aug",
        "august",
        "août",
        "aout",
        "ago",
        "agosto",
        "augustus",
        "sie",
        "sierpień",
        "sierpnia",
    ),
    9: (
        "sep",
        "sept",
        "september",
        "septembre",
        "sept",
        "septiembre",
        "set",
        "settembre",
        "setembro",
        "wrz",
        "wrzesień",
        "września",
    ),
    10: (
        "oct",
        "october",
        "okt",
        "oktober",
        "octobre",
        "octubre",
        "ott",
        "ottobre",
        "out",
        "outubro",
        "paź",
        "październik",
        "października",
    ),
    11: ("nov", "november", "novembre", "noviembre", "novembro", "lis", "listopad", "listopada"),
    12: (
        "dec",
        "december",
        "dez",
        "dezember",
        "déc",
        "décembre",
        "dic",
        "diciembre",
        "dicembre",
        "dezembro",
        "gru",
        "grudzień",
        "grudnia",
    ),
}


def _fold(word: str) -> str:
    return word.strip().rstrip(".").casefold()


MONTHS: dict[str, int] = {}
for _num, _names in _MONTHS_BY_LANGUAGE.items():
    for _name in _names:
        MONTHS[_fold(_name)] = _num
        _plain = "".join(
            c for c in unicodedata.normalize("NFKD", _fold(_name)) if not unicodedata.combining(c)
        )
        MONTHS.setdefault(_plain, _num)

_DAY_FIRST = re.compile(
    r"^\s*(?P<day>\d{1,2})\.?\s+(?:de\s+)?(?P<month>[^\W\d_][^\s\d,]*?)\.?\s+(?:de\s+)?"
    r"(?P<year>\d{4}),?\s+(?:um\s+|à\s+)?(?P<h>\d{1,2})[:.](?P<m>\d{2})(?::(?P<s>\d{2}))?"
    r"\s*(?P<ampm>[ap]\.?m\.?)?\s*$",
    re.IGNORECASE,
)
_MONTH_FIRST = re.compile(
    r"^\s*(?P<month>[^\W\d_][^\s\d,]*?)\.?\s+(?P<day>\d{1,2}),?\s+(?P<year>\d{4}),?\s+"
    r"(?P<h>\d{1,2}):(?P<m>\d{2})(?::(?P<s>\d{2}))?\s*(?P<ampm>[ap]\.?m\.?)?\s*$",
    re.IGNORECASE,
)


def parse_hevy_date(text: str, line: int, field: str = "start_time") -> datetime:
    """`7 Apr 2024, 16:34`, `5 Mai 2026, 07:05`, `Apr 7, 2024, 4:34 PM` or ISO 8601. `field`
    is the column's name in Hevy's file (said as it is in messages)."""
    s = text.strip()
    if not s:
        raise ImportFormatError(line, _empty(field))
    m = _DAY_FIRST.match(s) or _MONTH_FIRST.match(s)
    if m:
        month = MONTHS.get(_fold(m.group("month")))
        if month is None:
            plain = "".join(
                c
                for c in unicodedata.normalize("NFKD", _fold(m.group("month")))
                if not unicodedata.combining(c)
            )
            month = MONTHS.get(plain)
        if month is None:
            raise ImportFormatError(
                line,
                field_text(
                    field,
                    translate("core.interchange.hevy", "unknown month in {value}").format(
                        value=repr(text)
                    ),
                ),
            )
        hour = int(m.group("h"))
        ampm = m.group("ampm")
        if ampm:
            pm = ampm.lower().startswith("p")
            if not 1 <= hour <= 12:
                raise ImportFormatError(line, not_a_date_time(field, text))
            hour = hour % 12 + (12 if pm else 0)
        try:
            return datetime(
                int(m.group("year")),
                month,
                int(m.group("day")),
                hour,
                int(m.group("m")),
                int(m.group("s") or 0),
            )
        except ValueError:
            raise ImportFormatError(line, not_a_date_time(field, text)) from None
    try:
        return datetime.fromisoformat(s.replace("Z", "+00:00"))
    except ValueError:
        raise ImportFormatError(line, not_a_date_time(field, text)) from None


def _empty(field: str) -> str:
    return translate("core.interchange.hevy", "{field} is empty").format(field=field)


SET_TYPES = {
    "normal": "normal",
    "warmup": "warmup",
    "warm_up": "warmup",
    "failure": "failure",
    "dropset": "dropset",
    "drop_set": "dropset",
}


class _Builder(WorkoutBuilder):
    def __init__(self, name: str, started_at: datetime, line: int) -> None:
        super().__init__(name, started_at, line)
        self.last_exercise: str | None = None


def parse_hevy_text(
    text: str,
    analysis: Analysis,
    *,
    unit: str | None = None,
    tz: tzinfo | None = None,
) -> ParsedImport:
    """Read a Hevy export's text (see the module docstring); every set and workout is
    checked against core.bounds, a refused one raises ImportFormatError naming its line."""
    det = analysis.detection
    header = [h.strip().casefold() for h in analysis.header]
    ncols = len(header)
    col = {h: i for i, h in enumerate(header)}

    weight_unit = det.unit
    c_weight: int | None = None
    for name in ("weight_kg", "weight_lbs", "weight_lb", "weight"):
        if name in col:
            c_weight = col[name]
            break
    if c_weight is not None and weight_unit is None:
        if unit is None:
            raise UnitRequired(det.dialect)
        weight_unit = unit
    c_dist: int | None = None
    dist_factor = 1.0
    for name, factor in (
        ("distance_km", 1.0),
        ("distance_miles", MILE_TO_KM),
        ("distance_meters", 0.001),
        ("distance_m", 0.001),
    ):
        if name in col:
            c_dist, dist_factor = col[name], factor
            break
    c_title = col["title"]
    c_start = col["start_time"]
    c_end = col.get("end_time")
    c_desc = col.get("description")
    c_ex = col["exercise_title"]
    c_exnotes = col.get("exercise_notes")
    c_type = col["set_type"]
    c_reps = col.get("reps")
    c_secs = col.get("duration_seconds")
    c_rpe = col.get("rpe")
    lb = weight_unit == "lb"

    workouts: dict[tuple[str, str], _Builder] = {}
    for line, row in csv_rows(text, det.delimiter, ncols):
        title = row[c_title].strip()
        key = (title, row[c_start].strip())
        w = workouts.get(key)
        if w is None:
            start = parse_hevy_date(row[c_start], line)
            w = _Builder(title, to_utc(start, tz, line=line, field="start_time"), line)
            if c_end is not None and row[c_end].strip():
                end = parse_hevy_date(row[c_end], line, "end_time")
                w.ended_at = to_utc(end, tz, line=line, field="end_time")
                longer = too_long(w.started_at, w.ended_at)
                if longer is not None:
                    value = repr(row[c_end].strip())
                    problem = (
                        translate(
                            "core.interchange.hevy",
                            "{value} is more than {length} after start_time",
                        ).format(value=value, length=length_text())
                        if longer
                        else translate(
                            "core.interchange.hevy", "{value} is before start_time"
                        ).format(value=value)
                    )
                    raise ImportFormatError(line, field_text("end_time", problem))
            if c_desc is not None:
                w.notes = row[c_desc].strip()
            workouts[key] = w
        exercise = row[c_ex].strip()
        if not exercise:
            raise ImportFormatError(line, _empty("exercise_title"))
        raw_type = row[c_type].strip().casefold()
        set_type = SET_TYPES.get(raw_type or "normal")
        if set_type is None:
            raise ImportFormatError(
                line,
                field_text(
                    "set_type",
                    translate("core.interchange.hevy", "{value} is not a set type").format(
                        value=repr(row[c_type])
                    ),
                ),
            )
        weight = (
            parse_float(row[c_weight], line, translate("core.interchange.hevy", "weight"))
            if c_weight is not None
            else None
        )
        if weight is not None and lb:
            weight = weight * KG_PER_LB
        reps = parse_reps(row[c_reps], line) if c_reps is not None else None
        seconds = parse_float(row[c_secs], line, "duration_seconds") if c_secs is not None else None
        distance = (
            parse_float(row[c_dist], line, translate("core.interchange.hevy", "distance"))
            if c_dist is not None
            else None
        )
        if distance is not None:
            distance = distance * dist_factor
        rpe = parse_float(row[c_rpe], line, "rpe") if c_rpe is not None else None
        note = ""
        if w.last_exercise != exercise:
            note = row[c_exnotes].strip() if c_exnotes is not None else ""
            w.last_exercise = exercise
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

    out = tuple(w.build() for w in workouts.values())
    return ParsedImport(
        app="hevy", detection=det, workouts=out, summary=summarize("hevy", det, weight_unit, out)
    )
