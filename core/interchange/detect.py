"""Which app wrote a file, in which dialect, with which delimiter and unit.

Strong writes several layouts (see tests/fixtures/imports/SOURCES.md):

- ``strong-comma``: Date, Workout Name, Duration, Exercise Name, Set Order, Weight, Reps,
  Distance, Seconds, Notes, Workout Notes, RPE (RPE or Duration may be missing). No unit.
- ``strong-units``: a ``Weight Unit`` (and ``Distance Unit``) per row, RPE, a trailing
  ``Workout Duration`` (older files: no RPE).
- ``strong-numbered``: ``Workout #`` first, ``Duration (sec)``, the unit in the header
  (``Weight (kg)``, ``Distance (meters)``), ``Rest Timer`` and ``Note`` pseudo-rows.

Headers may be translated into the app's language, in the same column order. Known French
and German names are matched by name; a header we cannot read at all is matched by position
against the English layout with the same number of columns, checked on the first rows.

Hevy writes one layout with ``weight_kg``/``distance_km`` or ``weight_lbs``/``distance_miles``.
"""

from __future__ import annotations

import csv
import io
import os
import re
from dataclasses import dataclass, field
from datetime import datetime

from core.i18n import translate
from core.interchange.common import (
    Detection,
    ImportFormatError,
    normalize_weight_unit,
    read_text,
    unreadable_csv,
)

# canonical column keys of Strong files
DATE = "date"
WORKOUT = "workout_name"
DURATION = "duration"
EXERCISE = "exercise"
SET_ORDER = "set_order"
WEIGHT = "weight"
WEIGHT_UNIT = "weight_unit"
REPS = "reps"
RPE = "rpe"
DISTANCE = "distance"
DISTANCE_UNIT = "distance_unit"
SECONDS = "seconds"
NOTES = "notes"
WORKOUT_NOTES = "workout_notes"
WORKOUT_NUMBER = "workout_number"

_STRONG_NAMES: dict[str, dict[str, str]] = {
    "en": {
        "date": DATE,
        "workout name": WORKOUT,
        "duration": DURATION,
        "workout duration": DURATION,
        "exercise name": EXERCISE,
        "set order": SET_ORDER,
        "weight": WEIGHT,
        "weight unit": WEIGHT_UNIT,
        "reps": REPS,
        "rpe": RPE,
        "distance": DISTANCE,
        "distance unit": DISTANCE_UNIT,
        "seconds": SECONDS,
        "notes": NOTES,
        "workout notes": WORKOUT_NOTES,
        "workout #": WORKOUT_NUMBER,
    },
    "fr": {
        "date": DATE,
        "nom de l'entraînement": WORKOUT,
        "nom de l'entrainement": WORKOUT,
        "nom de la séance": WORKOUT,
        "durée": DURATION,
        "durée de l'entraînement": DURATION,
        "nom de l'exercice": EXERCISE,
        "ordre des séries": SET_ORDER,
        "ordre de la série": SET_ORDER,
        "ordre de série": SET_ORDER,
        "poids": WEIGHT,
        "unité de poids": WEIGHT_UNIT,
        "répétitions": REPS,
        "reps": REPS,
        "rpe": RPE,
        "distance": DISTANCE,
        "unité de distance": DISTANCE_UNIT,
        "secondes": SECONDS,
        "notes": NOTES,
        "remarques": NOTES,
        "notes d'entraînement": WORKOUT_NOTES,
        "notes de l'entraînement": WORKOUT_NOTES,
        "entraînement #": WORKOUT_NUMBER,
        "séance #": WORKOUT_NUMBER,
    },
    "de": {
        "datum": DATE,
        "name des trainings": WORKOUT,
        "trainingsname": WORKOUT,
        "workout-name": WORKOUT,
        "dauer": DURATION,
        "trainingsdauer": DURATION,
        "name der übung": EXERCISE,
        "übungsname": EXERCISE,
        "satzreihenfolge": SET_ORDER,
        "reihenfolge der sätze": SET_ORDER,
        "satz": SET_ORDER,
        "gewicht": WEIGHT,
        "gewichtseinheit": WEIGHT_UNIT,
        "einheit des gewichts": WEIGHT_UNIT,
        "wiederholungen": REPS,
        "wdh.": REPS,
        "rpe": RPE,
        "distanz": DISTANCE,
        "entfernung": DISTANCE,
        "strecke": DISTANCE,
        "distanzeinheit": DISTANCE_UNIT,
        "entfernungseinheit": DISTANCE_UNIT,
        "sekunden": SECONDS,
        "notizen": NOTES,
        "anmerkungen": NOTES,
        "trainingsnotizen": WORKOUT_NOTES,
        "notizen zum training": WORKOUT_NOTES,
        "training #": WORKOUT_NUMBER,
        "training nr.": WORKOUT_NUMBER,
    },
}

# English layouts by position, used when a translated header is not in the tables above.
# Strong's comma and per-row-unit layouts, each also written without RPE and/or Duration.
_COMMA = (
    DATE, WORKOUT, DURATION, EXERCISE, SET_ORDER, WEIGHT, REPS, DISTANCE, SECONDS, NOTES,
    WORKOUT_NOTES, RPE,
)  # fmt: skip
_UNITS = (
    DATE, WORKOUT, EXERCISE, SET_ORDER, WEIGHT, WEIGHT_UNIT, REPS, RPE, DISTANCE, DISTANCE_UNIT,
    SECONDS, NOTES, WORKOUT_NOTES, DURATION,
)  # fmt: skip
_NUMBERED = (
    WORKOUT_NUMBER, DATE, WORKOUT, DURATION, EXERCISE, SET_ORDER, WEIGHT, REPS, RPE, DISTANCE,
    SECONDS, NOTES, WORKOUT_NOTES,
)  # fmt: skip


def _variants(keys: tuple[str, ...]) -> tuple[tuple[str, ...], ...]:
    """A layout as written with RPE and Duration, without RPE, without Duration, without both."""
    return tuple(
        tuple(k for k in keys if k not in dropped)
        for dropped in ((), (RPE,), (DURATION,), (RPE, DURATION))
    )


_POSITIONAL: dict[str, tuple[tuple[str, ...], ...]] = {
    "strong-comma": _variants(_COMMA),
    "strong-units": _variants(_UNITS),
    "strong-numbered": (_NUMBERED,),
}

_REQUIRED = (DATE, WORKOUT, EXERCISE, SET_ORDER)
_PAREN = re.compile(r"^(?P<base>.*?)\s*\((?P<unit>[^)]*)\)\s*$")

HEVY_REQUIRED = ("title", "start_time", "exercise_title", "set_type")


@dataclass(frozen=True)
class StrongLayout:
    """Column index of each canonical key, and units written in the header."""

    columns: dict[str, int]
    ncols: int
    header_units: dict[str, str] = field(default_factory=dict)  # key -> unit text from "( )"
    duration_in_seconds: bool = False


@dataclass(frozen=True)
class Analysis:
    detection: Detection
    header: list[str]
    strong: StrongLayout | None = None


def _split_header(text: str) -> tuple[str, list[str]]:
    first = text.split("\n", 1)[0].rstrip("\r")
    if not first.strip():
        raise ImportFormatError(
            1, translate("core.interchange.detect", "the file is empty or starts with a blank line")
        )
    best: tuple[int, str, list[str]] | None = None
    for delim in (",", ";", "\t"):
        fields = next(csv.reader([first], delimiter=delim))
        if best is None or len(fields) > best[0]:
            best = (len(fields), delim, fields)
    assert best is not None
    return best[1], [f.strip() for f in best[2]]


def _norm(h: str) -> tuple[str, str | None]:
    h = " ".join(h.replace("\ufeff", "").split()).casefold().replace("’", "'")
    m = _PAREN.match(h)
    if m:
        return m.group("base"), m.group("unit").strip()
    return h, None


def _looks_like_date(s: str) -> bool:
    try:
        datetime.fromisoformat(s.strip())
    except ValueError:
        return False
    return True


def _strong_by_name(header: list[str]) -> tuple[StrongLayout, str] | None:
    columns: dict[str, int] = {}
    units: dict[str, str] = {}
    votes: dict[str, int] = {}
    duration_sec = False
    for i, raw in enumerate(header):
        base, unit = _norm(raw)
        key = None
        langs = [lang for lang, table in _STRONG_NAMES.items() if base in table]
        if not langs:
            return None
        key = _STRONG_NAMES[langs[0]][base]
        if len(langs) == 1:
            votes[langs[0]] = votes.get(langs[0], 0) + 1
        if key in columns:
            return None
        columns[key] = i
        if unit:
            if key == DURATION and unit.rstrip(".") in ("sec", "s", "seconds", "secondes", "sek"):
                duration_sec = True
            else:
                units[key] = unit
    if not all(k in columns for k in _REQUIRED):
        return None
    lang = max(votes, key=lambda k: (votes[k], k == "en")) if votes else "en"
    return StrongLayout(columns, len(header), units, duration_sec), lang


def _strong_by_position(header: list[str], rows: list[list[str]]) -> StrongLayout | None:
    for layouts in _POSITIONAL.values():
        for keys in layouts:
            if len(keys) != len(header):
                continue
            ok = bool(rows)
            for row in rows:
                if len(row) != len(keys) or not _looks_like_date(row[keys.index(DATE)]):
                    ok = False
                    break
                if WORKOUT_NUMBER in keys and not row[keys.index(WORKOUT_NUMBER)].strip().isdigit():
                    ok = False
                    break
                # "21min" / "1h 2min" in the duration column, not an exercise name
                if (
                    DURATION in keys
                    and keys.index(DURATION) == 2
                    and not re.fullmatch(r"[\d\shmins.]*", row[2].strip())
                ):
                    ok = False
                    break
            if not ok:
                continue
            columns = {k: i for i, k in enumerate(keys)}
            units: dict[str, str] = {}
            duration_sec = WORKOUT_NUMBER in keys
            for k, i in columns.items():
                _, unit = _norm(header[i])
                if unit and k != DURATION:
                    units[k] = unit
            return StrongLayout(columns, len(keys), units, duration_sec)
    return None


def _strong_dialect(layout: StrongLayout) -> str:
    if WORKOUT_NUMBER in layout.columns:
        return "strong-numbered"
    if WEIGHT_UNIT in layout.columns:
        return "strong-units"
    return "strong-comma"


def analyze(text: str) -> Analysis:
    """Detection plus what the parser needs to read the columns (ImportFormatError if none)."""
    try:
        return _analyze(text)
    except csv.Error as exc:  # a header or sample row the csv module cannot read
        raise ImportFormatError(1, unreadable_csv(exc)) from None


def _analyze(text: str) -> Analysis:
    if text.removeprefix("\ufeff").lstrip().startswith("{"):
        raise ImportFormatError(
            1,
            translate(
                "core.interchange.detect",
                "this is a Backline JSON file, not a Strong or Hevy export: import it as JSON",
            ),
        )
    delimiter, header = _split_header(text)
    lowered = [h.casefold() for h in header]
    unit: str | None
    if all(k in lowered for k in HEVY_REQUIRED):
        if "weight_kg" in lowered:
            unit, dialect = "kg", "hevy-metric"
        elif "weight_lbs" in lowered or "weight_lb" in lowered:
            unit, dialect = "lb", "hevy-imperial"
        else:
            unit, dialect = None, "hevy"
        det = Detection(
            app="hevy",
            dialect=dialect,
            delimiter=delimiter,
            unit=unit,
            has_rpe="rpe" in lowered,
            has_duration="end_time" in lowered,
            language="en",
        )
        return Analysis(det, header)

    found = _strong_by_name(header)
    language: str | None
    if found is not None:
        layout, language = found
    else:
        sample = list(csv.reader(io.StringIO(text, newline=""), delimiter=delimiter))[1:6]
        sample = [r for r in sample if r]
        positional = _strong_by_position(header, sample)
        if positional is None:
            raise ImportFormatError(
                1,
                translate(
                    "core.interchange.detect",
                    "not a Strong or Hevy export (the header names no known columns)",
                ),
            )
        layout, language = positional, None

    unit = None
    if WEIGHT in layout.header_units:
        unit = normalize_weight_unit(layout.header_units[WEIGHT])
        if unit is None:
            raise ImportFormatError(
                1,
                translate("core.interchange.detect", "unknown weight unit {unit}").format(
                    unit=repr(layout.header_units[WEIGHT])
                ),
            )
    elif WEIGHT_UNIT in layout.columns:
        col = layout.columns[WEIGHT_UNIT]
        reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
        next(reader, None)
        for row in reader:
            if len(row) > col and row[col].strip():
                unit = normalize_weight_unit(row[col])
                if unit is not None:
                    break
    det = Detection(
        app="strong",
        dialect=_strong_dialect(layout),
        delimiter=delimiter,
        unit=unit,
        has_rpe=RPE in layout.columns,
        has_duration=DURATION in layout.columns,
        language=language,
    )
    return Analysis(det, header, layout)


# A UTF-8 byte order mark, which some editors write at the start of a file (JSON included).
BOM = b"\xef\xbb\xbf"


def looks_like_json(path: str | os.PathLike[str]) -> bool:
    """True when the file starts like a JSON object (a Backline export), after an optional
    UTF-8 byte order mark and white space; only its first bytes are read. OSError if the file
    cannot be opened (see common.input_problem first: a FIFO would wait for a writer)."""
    with open(path, "rb") as fh:
        head = fh.read(4096)
    return head.removeprefix(BOM).lstrip().startswith(b"{")


def detect(path_or_text: object) -> Detection:
    """What kind of export a file (a path) or a text is. Raises ImportFormatError if neither."""
    return analyze(read_text(path_or_text)).detection
