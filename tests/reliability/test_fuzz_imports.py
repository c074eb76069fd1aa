"""A fuzzer (hypothesis) over the Strong, Hevy and Backline JSON importers.

For every generated file: either it is accepted, and every row it stored is within core.bounds
(read back from the database) and the data can still be exported; or it is refused with one of
the importers' documented errors (ImportFormatError, UnitRequired), and no table changed.
No other exception may escape. The CSV goes through the CLI's path (parse, then the staged
import, which commits on its own); the JSON through import_json in one session_scope.
"""

from __future__ import annotations

import copy
import csv
import io
import json
import os
import re
from collections.abc import Iterator
from datetime import datetime
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, event, given, settings
from hypothesis import strategies as st
from sqlalchemy import text

from core.bounds import (
    BODY_MEASUREMENT,
    LOGGED_SET,
    ORDINAL,
    WORKOUT,
    WORKOUT_LENGTH,
    InputError,
    check,
    check_number,
)
from core.interchange import (
    ImportFormatError,
    UnitRequired,
    export_json,
    export_strong_csv,
    import_json,
    import_parsed_staged,
    parse_text,
)
from core.interchange.common import FIRST_YEAR, LAST_YEAR
from core.store.db import Database, open_database
from core.store.settings import load_settings
from core.store.startup import seed_if_needed

# FUZZ_EXAMPLES=2000 for a longer hunt; the suite's default keeps all three under ~40 s.
EXAMPLES = int(os.environ.get("FUZZ_EXAMPLES", "200"))
FUZZ = settings(
    max_examples=EXAMPLES,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
TABLES = (
    "workouts",
    "logged_sets",
    "exercises",
    "exercise_aliases",
    "routines",
    "routine_items",
    "body_measurements",
    "settings",
    "day_logs",
)
SET_CHECKS = {
    "target_reps": "reps",
    "target_weight_kg": "weight_kg",
    "target_seconds": "duration_seconds",
}


@pytest.fixture(scope="module")
def fuzz_db(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Database]:
    db = open_database(tmp_path_factory.mktemp("fuzz") / "fuzz.db")
    seed_if_needed(db)
    try:
        yield db
    finally:
        db.close()


def counts(db: Database) -> dict[str, int]:
    with db.read_scope() as s:
        return {t: s.execute(text(f"SELECT count(*) FROM {t}")).scalar_one() for t in TABLES}


def _year_ok(stamp: str | None) -> bool:
    return stamp is None or FIRST_YEAR <= datetime.fromisoformat(stamp).year <= LAST_YEAR


def _seconds_between(start: str, end: str) -> float:
    return (datetime.fromisoformat(end) - datetime.fromisoformat(start)).total_seconds()


CONTROL = re.compile(r"[\x00-\x1f\x7f]")


def assert_names_readable(db: Database) -> None:
    """What a CSV import stored as a workout or exercise name: at most 120 characters, no
    control character (a NUL, a terminal escape)."""
    with db.read_scope() as s:
        names = [*s.execute(text("SELECT name FROM workouts")).scalars()]
        names += s.execute(text("SELECT name FROM exercises WHERE builtin = 0")).scalars()
    for name in names:
        assert len(name) <= 120 and not CONTROL.search(name), f"stored name {name!r}"


def assert_stored_rows_in_bounds(db: Database, out: Path) -> None:
    """Every stored set, workout and measurement passes core.bounds; the data still exports
    (JSON and CSV) and the settings still load."""
    with db.read_scope() as s:
        for row in s.execute(text("SELECT * FROM logged_sets")).mappings():
            for field in ("reps", "weight_kg", "duration_seconds", "distance_km", "rpe", "note"):
                if row[field] is not None:
                    check(LOGGED_SET, field, row[field])
            for field, bound in SET_CHECKS.items():
                if row[field] is not None:
                    check(LOGGED_SET, bound, row[field])
            check_number("set_number", row["set_number"], ORDINAL)
            assert row["set_type"] in ("normal", "warmup", "dropset", "failure")
            assert row["side"] in (None, "left", "right")
        for w in s.execute(text("SELECT * FROM workouts")).mappings():
            check(WORKOUT, "name", w["name"])
            check(WORKOUT, "note", w["notes"])
            assert _year_ok(w["started_at"]) and _year_ok(w["ended_at"])
            assert w["ended_at"] is None or w["ended_at"] >= w["started_at"]
            if w["ended_at"] is not None:
                length = _seconds_between(w["started_at"], w["ended_at"])
                assert length <= WORKOUT_LENGTH.maximum, f"a workout of {length} s"
            check(WORKOUT, "origin", w["origin"])
            state = w["player_state"]
            assert state is None or isinstance(json.loads(state), dict | type(None))
        for m in s.execute(text("SELECT * FROM body_measurements")).mappings():
            values = [m[f] for f in ("weight_kg", "waist_cm", "hips_cm", "thigh_cm")]
            assert any(v is not None for v in values), "a measurement with no value"
            for field in ("weight_kg", "waist_cm", "hips_cm", "thigh_cm"):
                if m[field] is not None:
                    check(BODY_MEASUREMENT, field, m[field])
            assert FIRST_YEAR <= int(str(m["measured_on"])[:4]) <= LAST_YEAR
        for item in s.execute(text("SELECT position, circuit FROM routine_items")).mappings():
            check_number("position", item["position"], ORDINAL)
            if item["circuit"] is not None:
                check_number("circuit", item["circuit"], ORDINAL)
        for ex in s.execute(text("SELECT * FROM exercises WHERE builtin = 0")).mappings():
            assert ex["impact"] in (None, "low", "medium", "high")
        load_settings(session=s)
        export_json(out / "check.json", session=s, force=True)
        export_strong_csv(out / "check.csv", session=s, force=True)


# --- hostile values ------------------------------------------------------------------------

NUMBERS = st.one_of(
    st.integers(min_value=-(10**20), max_value=10**20).map(str),
    st.floats(allow_nan=True, allow_infinity=True).map(repr),
    st.sampled_from(
        ["nan", "NaN", "inf", "-inf", "Infinity", "1e308", "1e309", "-0", "1,5", "1.5.5", "0x10",
         "five", "", " ", "1_000", "٣", "12kg", "+7", "-5", "1000000", "1e-320", "5.5", "4.5"]
    ),
)  # fmt: skip
DATES = st.one_of(
    st.datetimes(min_value=datetime(1, 1, 1), max_value=datetime(9999, 12, 31)).map(
        lambda d: d.strftime("%Y-%m-%d %H:%M:%S")
    ),
    st.sampled_from(
        ["9999-12-31 23:59:59", "0001-01-01 00:00:00", "2024-02-30 10:00:00", "", "yesterday",
         "2024-13-01 00:00:00", "1969-12-31 23:59:59", "2101-01-01 00:00:00",
         "2024-03-31 02:30:00", "7 Apr 2024, 16:34", "31 Feb 2024, 10:00", "5 févr. 2026, 7:00"]
    ),
)  # fmt: skip
TEXTS = st.one_of(
    st.text(max_size=30),
    st.sampled_from(
        ['"', '""', "\x1b[31m", "\r\n", "=1+1", "a" * 3000, "\u202e", "\x00", ";", ",", "Squat"]
    ),
)
DURATIONS = st.one_of(
    NUMBERS,
    st.sampled_from(
        [
            "21min",
            "1h 2min",
            "45s",
            "99999999h",
            "",
            "1h 99999999999min",
            "1000000min",
            "500h",
            "-30min",
            "168h",
            "169h",
        ]
    ),
)
ORDERS = st.one_of(
    st.integers(min_value=-3, max_value=10**6).map(str),
    st.sampled_from(["W", "D", "F", "Rest Timer", "Note", "X", "", "1.5"]),
)
SET_TYPES = st.sampled_from(["normal", "warmup", "failure", "dropset", "", "superset", "NORMAL"])

STRONG_HEADER = [
    "Date", "Workout Name", "Duration", "Exercise Name", "Set Order", "Weight", "Reps",
    "Distance", "Seconds", "Notes", "Workout Notes", "RPE",
]  # fmt: skip
HEVY_HEADER = [
    "title", "start_time", "end_time", "description", "exercise_title", "superset_id",
    "exercise_notes", "set_index", "set_type", "weight_kg", "reps", "distance_km",
    "duration_seconds", "rpe",
]  # fmt: skip


def _cell(strategy: st.SearchStrategy[str], good: str) -> st.SearchStrategy[str]:
    """Mostly a good value (so that some files are accepted), one time in eight a hostile one."""
    return st.integers(0, 7).flatmap(lambda i: st.just(good) if i else strategy)


STRONG_ROW = st.tuples(
    _cell(DATES, "2024-03-02 07:30:00"),
    _cell(TEXTS, "Legs"),
    _cell(DURATIONS, "45min"),
    _cell(TEXTS, "Squat (Barbell)"),
    _cell(ORDERS, "1"),
    _cell(NUMBERS, "60"),
    _cell(NUMBERS, "8"),
    _cell(NUMBERS, "0"),
    _cell(NUMBERS, "0"),
    _cell(TEXTS, ""),
    _cell(TEXTS, ""),
    _cell(NUMBERS, ""),
).map(list)
HEVY_ROW = st.tuples(
    _cell(TEXTS, "Upper"),
    _cell(DATES, "7 Apr 2024, 16:34"),
    _cell(DATES, "7 Apr 2024, 17:35"),
    _cell(TEXTS, ""),
    _cell(TEXTS, "Pull Up"),
    _cell(NUMBERS, ""),
    _cell(TEXTS, ""),
    _cell(NUMBERS, "0"),
    _cell(SET_TYPES, "normal"),
    _cell(NUMBERS, "20"),
    _cell(NUMBERS, "6"),
    _cell(NUMBERS, ""),
    _cell(NUMBERS, ""),
    _cell(NUMBERS, ""),
).map(list)


@st.composite
def csv_files(draw: st.DrawFn, header: list[str], row: st.SearchStrategy[list[str]]) -> str:
    """A CSV of hostile rows; sometimes a column missing or extra, in the header or a row."""
    head = list(header)
    shape = draw(st.sampled_from(["same", "same", "same", "drop", "extra", "ragged"]))
    rows = draw(st.lists(row, min_size=0, max_size=6))
    if shape == "drop":
        i = draw(st.integers(0, len(head) - 1))
        head.pop(i)
        rows = [r[:i] + r[i + 1 :] for r in rows]
    elif shape == "extra":
        head.append(draw(TEXTS))
        rows = [[*r, draw(TEXTS)] for r in rows]
    elif shape == "ragged" and rows:
        rows[0] = rows[0][: draw(st.integers(0, len(rows[0])))]
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(head)
    writer.writerows(rows)
    return buffer.getvalue()


CSV_ERRORS = (ImportFormatError, UnitRequired)


def run_csv(db: Database, content: str, out: Path, unit: str | None = None) -> None:
    before = counts(db)
    try:
        parsed = parse_text(content, unit=unit)
        import_parsed_staged(parsed, db=db, create_custom=True)
    except CSV_ERRORS:
        event("refused")
        assert counts(db) == before, "a refused file wrote rows"
        return
    event("accepted")
    assert_stored_rows_in_bounds(db, out)
    assert_names_readable(db)


@FUZZ
@given(
    content=csv_files(STRONG_HEADER, STRONG_ROW),
    unit=st.sampled_from(["kg", "kg", "lb", None]),
)
def test_fuzz_strong(fuzz_db: Database, tmp_path: Path, content: str, unit: str | None) -> None:
    """Hostile Strong CSVs: accepted rows within bounds, refused files write nothing."""
    run_csv(fuzz_db, content, tmp_path, unit)


@FUZZ
@given(content=csv_files(HEVY_HEADER, HEVY_ROW))
def test_fuzz_hevy(fuzz_db: Database, tmp_path: Path, content: str) -> None:
    """Hostile Hevy CSVs: accepted rows within bounds, refused files write nothing."""
    run_csv(fuzz_db, content, tmp_path)


# --- JSON: a good document, then wrong types and values at any level -----------------------

BASE_DOC: dict[str, Any] = {
    "format": "backline",
    "version": 1,
    "exercises": [
        {"slug": "custom-fuzz", "name": "Fuzz lift", "kind": "strength", "mode": "reps",
         "per_side": False, "sets": 3, "reps_min": 8, "reps_max": 12, "equipment": [],
         "muscles": [], "cautions": [], "variations": [], "sources": [], "defaults": []}
    ],
    "aliases": [{"name_key": "fuzz alias", "exercise": "custom-fuzz"}],
    "routines": [
        {"name": "Fuzz routine", "items": [{"position": 0, "exercise": "glute-bridge", "mode": "reps",
                                             "sets": 3, "reps_min": 10, "reps_max": 15}]}
    ],
    "workouts": [
        {"started_at": "2024-03-02T06:30:00+00:00", "ended_at": "2024-03-02T07:15:00+00:00",
         "name": "Fuzz day", "notes": "", "origin": "json", "import_key": None,
         "routine": None, "routine_builtin_key": None, "player_state": None,
         "sets": [
             {"exercise": "custom-fuzz", "set_number": 1, "set_type": "normal", "side": None,
              "reps": 8, "weight_kg": 60.0, "duration_seconds": None, "distance_km": None,
              "rpe": 8.0, "target_reps": 8, "target_weight_kg": 60.0, "target_seconds": None,
              "note": "", "logged_at": "2024-03-02T06:35:00+00:00", "routine_item": None},
         ]}
    ],
    "body_measurements": [
        {"measured_on": "2024-03-01", "weight_kg": 70.0, "waist_cm": 80.0, "hips_cm": None,
         "thigh_cm": None, "note": ""}
    ],
    "settings": {"weight_unit": "kg"},
}  # fmt: skip

HOSTILE_JSON = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(min_value=-(10**30), max_value=10**30),
    st.floats(allow_nan=True, allow_infinity=True),
    st.sampled_from(["five", "", "stone", "9999-12-31T00:00:00+00:00", "2024-03-02T06:30:00",
                     "\x1b[2J", "lb", "left", "warmup", "0001-01-01", "a" * 5000]),
    st.lists(st.integers(), max_size=2),
    st.dictionaries(st.text(max_size=5), st.integers(), max_size=2),
    st.just([{}]),
    st.just({"nested": [None]}),
    st.sampled_from([10**30, -(10**30), -5, -1, 20230301, "nuclear", "9999-12-31", "0001-01-01",
                     "2099-01-01T00:00:00+00:00", "2024-03-01T00:00:00+00:00", ["x"] * 60,
                     "\x00", "a" * 300]),
)  # fmt: skip


def _paths(doc: Any, prefix: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
    """Every place in the document a value could be replaced (and every container's keys)."""
    found = [prefix]
    if isinstance(doc, dict):
        for key, value in doc.items():
            found += _paths(value, (*prefix, key))
    elif isinstance(doc, list):
        for i, value in enumerate(doc):
            found += _paths(value, (*prefix, i))
    return found


@st.composite
def json_docs(draw: st.DrawFn) -> Any:
    doc: Any = copy.deepcopy(BASE_DOC)
    # A fresh identity each time, so an accepted document adds a new workout.
    doc["workouts"][0]["name"] = f"Fuzz {draw(st.integers(0, 10**9))}"
    for _ in range(draw(st.integers(1, 3))):
        paths = _paths(doc)
        path = draw(st.sampled_from(paths))
        value = copy.deepcopy(draw(HOSTILE_JSON))  # st.just() gives the same object each time
        if not path:
            doc = value
            continue
        parent = doc
        for step in path[:-1]:
            parent = parent[step]
        action = draw(st.sampled_from(["replace", "replace", "delete", "add-key"]))
        if action == "delete" and isinstance(parent, dict):
            parent.pop(path[-1], None)
        elif action == "add-key" and isinstance(parent, dict):
            parent[draw(st.sampled_from(["reps", "extra", "player_state", "weight_unit"]))] = value
        else:
            parent[path[-1]] = value
    return doc


@FUZZ
@given(doc=json_docs())
def test_fuzz_backline_json(fuzz_db: Database, tmp_path: Path, doc: Any) -> None:
    """Backline JSON with wrong types and values at every level: accepted documents store
    only values within bounds; refused ones (ImportFormatError) leave every table as it was."""
    path = tmp_path / "doc.json"
    path.write_text(json.dumps(doc, allow_nan=True), encoding="utf-8")  # NaN/Infinity literals
    before = counts(fuzz_db)
    try:
        with fuzz_db.session_scope() as session:
            import_json(path, session=session)
    except ImportFormatError:
        event("refused")
        assert counts(fuzz_db) == before, "a refused document wrote rows"
        return
    event("accepted")
    assert_stored_rows_in_bounds(fuzz_db, tmp_path)


def test_fuzzer_can_fail(fuzz_db: Database, tmp_path: Path) -> None:
    """The oracle is not empty: a set stored outside the bounds is caught by it."""
    with fuzz_db.session_scope() as session:
        wid = session.execute(
            text(
                "INSERT INTO workouts (name, started_at, notes, origin, updated_at) "
                "VALUES ('x', '2024-01-01 00:00:00.000000', '', 'json', "
                "'2024-01-01 00:00:00.000000') RETURNING id"
            )
        ).scalar_one()
        session.execute(
            text(
                "INSERT INTO logged_sets (workout_id, exercise_id, position, set_number, "
                "set_type, reps, note, logged_at) VALUES (:w, 1, 0, 1, 'normal', 1000000, '', "
                "'2024-01-01 00:00:00.000000')"
            ),
            {"w": wid},
        )
    try:
        with pytest.raises(InputError):
            assert_stored_rows_in_bounds(fuzz_db, tmp_path)
    finally:
        with fuzz_db.session_scope() as session:
            session.execute(text("DELETE FROM workouts WHERE id = :w"), {"w": wid})
