"""Exports: Strong CSV read back by our importer, and the Backline JSON round trip."""

from __future__ import annotations

import csv
import json
from collections.abc import Iterator
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

import pytest
from import_helpers import BERLIN, fixture
from sqlalchemy import select
from sqlalchemy.orm import Session

from core.interchange import (
    ImportFormatError,
    export_json,
    export_strong_csv,
    import_json,
    import_parsed,
    parse,
)
from core.store.db import Database, open_database
from core.store.models import (
    BodyMeasurement,
    Exercise,
    ExerciseAlias,
    LoggedSet,
    Routine,
    RoutineItem,
    Setting,
    Workout,
)
from core.store.startup import seed_if_needed
from core.units import KG_PER_LB


@pytest.fixture
def second_db(tmp_path: Path) -> Iterator[Database]:
    """Another empty database with the library seeded, as a fresh install would have."""
    database = open_database(tmp_path / "other" / "backline.db")
    seed_if_needed(database)
    try:
        yield database
    finally:
        database.close()


def set_rows(session: Session) -> list[tuple[Any, ...]]:
    """Every logged set with its workout, FKs replaced by slugs, in a stable order."""
    rows = session.execute(
        select(
            Workout.started_at,
            Workout.ended_at,
            Workout.name,
            Workout.notes,
            LoggedSet.position,
            LoggedSet.set_number,
            Exercise.slug,
            LoggedSet.set_type,
            LoggedSet.reps,
            LoggedSet.weight_kg,
            LoggedSet.duration_seconds,
            LoggedSet.distance_km,
            LoggedSet.rpe,
            LoggedSet.note,
        )
        .join(Workout, LoggedSet.workout_id == Workout.id)
        .join(Exercise, LoggedSet.exercise_id == Exercise.id)
        .order_by(Workout.started_at, LoggedSet.position)
    )
    return [tuple(r) for r in rows]


def import_file(db: Database, name: str, **kwargs: Any) -> None:
    unit = kwargs.pop("unit", None)
    parsed = parse(fixture(name), unit=unit, tz=BERLIN)
    with db.session_scope() as session:
        import_parsed(parsed, session=session, create_custom=True, **kwargs)


# --- Strong CSV ----------------------------------------------------------------------------


def test_strong_csv_export_reads_back_the_same_sets(
    seeded_db: Database, second_db: Database, tmp_path: Path
) -> None:
    """Export -> our Strong importer -> a fresh database holds the same sets, types and notes,
    the numbers written without float noise (83.91458845, not 83.91458845000001)."""
    import_file(seeded_db, "strong_french.csv", unit="kg")
    import_file(seeded_db, "strong_german_units.csv", mapping={"Laufen": "running"})
    import_file(seeded_db, "hevy_imperial.csv")
    out = tmp_path / "strong.csv"
    with seeded_db.read_scope() as session:
        result = export_strong_csv(out, session=session, unit="kg", tz=BERLIN)
        original = set_rows(session)
    assert result.workouts == 6 and result.sets == len(original) == 19

    with open(out, encoding="utf-8", newline="") as fh:
        rows = list(csv.reader(fh))
    assert rows[0] == [
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
    ]
    assert {r[4] for r in rows[1:]} >= {"W", "D", "F", "1", "2"}
    assert rows[1][0] == "2026-03-02 07:30:00"  # local wall time, as Strong writes it
    assert rows[1][2] == "45min"

    parsed = parse(out, unit="kg", tz=BERLIN)
    assert parsed.detection.dialect == "strong-comma"
    with second_db.session_scope() as session:
        import_parsed(parsed, session=session, create_custom=True)
    with second_db.read_scope() as session:
        copied = set_rows(session)
    # Strong's Duration has whole minutes: all fixture durations are whole minutes.
    # Numbers are written to 12 significant digits (no float noise): equal to 1e-9.
    assert len(copied) == len(original)
    for a, b in zip(original, copied, strict=True):
        for x, y in zip(a, b, strict=True):
            assert y == pytest.approx(x, abs=1e-9) if isinstance(x, float) else y == x
    weights = [r[5] for r in rows[1:] if r[5]]
    assert weights and all(len(w.replace(".", "")) <= 12 and "e" not in w for w in weights)


def test_strong_csv_export_in_pounds(
    seeded_db: Database, second_db: Database, tmp_path: Path
) -> None:
    """Pounds out and back in: the same kg to 1e-9, the same lb at 0.01."""
    import_file(seeded_db, "strong_semicolon_units.csv")
    out = tmp_path / "strong-lb.csv"
    with seeded_db.read_scope() as session:
        export_strong_csv(out, session=session, unit="lb", tz=BERLIN)
        original = set_rows(session)
    with open(out, encoding="utf-8", newline="") as fh:
        first = next(r for i, r in enumerate(csv.reader(fh)) if i == 1)
    assert first[5] == "115.0"
    with second_db.session_scope() as session:
        import_parsed(parse(out, unit="lb", tz=BERLIN), session=session, create_custom=True)
    with second_db.read_scope() as session:
        copied = set_rows(session)
    assert len(copied) == len(original) == 359
    for a, b in zip(original, copied, strict=True):
        assert a[:9] == b[:9] and a[10:] == b[10:]
        if a[9] is None:
            assert b[9] is None
        else:
            assert b[9] == pytest.approx(a[9], abs=1e-9)
            assert round(b[9] / KG_PER_LB, 2) == round(a[9] / KG_PER_LB, 2)


# --- Backline JSON -------------------------------------------------------------------------


def make_rich_database(db: Database) -> None:
    """Imports, a custom exercise, aliases, a user routine, targets, sides, measurements."""
    import_file(db, "strong_french.csv", unit="kg")
    import_file(db, "strong_german_units.csv", mapping={"Laufen": "running"})
    import_file(db, "hevy_imperial.csv")
    with db.session_scope() as session:
        ex = {e.slug: e for e in session.execute(select(Exercise)).scalars()}
        builtin = (
            session.execute(
                select(Routine).where(Routine.builtin_key.is_not(None)).order_by(Routine.name)
            )
            .scalars()
            .first()
        )
        mine = Routine(name="My glutes", summary="mine", defaults=["rest_seconds"])
        mine.items.append(
            RoutineItem(
                position=0,
                exercise=ex["glute-bridge"],
                mode="reps",
                sets=3,
                reps_min=10,
                reps_max=12,
                rest_seconds=60,
                weight_kg=20.5,
                note="squeeze",
            )
        )
        mine.items.append(
            RoutineItem(
                position=1,
                exercise=ex["custom-marche-rapide"],
                mode="duration",
                duration_minutes=20,
                circuit=1,
                rounds=2,
            )
        )
        session.add(mine)
        session.flush()
        started = datetime(2026, 7, 1, 6, 0, 0, tzinfo=UTC)
        w = Workout(
            routine_id=mine.id,
            name="My glutes",
            started_at=started,
            ended_at=None,
            notes="unfinished",
            player_state={"step": 3, "deadline_utc": "2026-07-01T06:05:00+00:00"},
        )
        w.sets.append(
            LoggedSet(
                exercise=ex["glute-bridge"],
                routine_item_id=mine.items[0].id,
                position=0,
                set_number=1,
                side="left",
                target_reps=12,
                target_weight_kg=20.5,
                reps=11,
                weight_kg=20.5,
                note="left side weaker",
                logged_at=datetime(2026, 7, 1, 6, 1, 2, 345678, tzinfo=UTC),
            )
        )
        session.add(w)
        if builtin is not None:
            b = Workout(
                routine_id=builtin.id,
                name=builtin.name,
                started_at=datetime(2026, 7, 2, 6, 0, tzinfo=UTC),
                ended_at=datetime(2026, 7, 2, 6, 30, tzinfo=UTC),
            )
            b.sets.append(
                LoggedSet(
                    exercise=ex["superman"],
                    position=0,
                    set_number=1,
                    target_seconds=30,
                    duration_seconds=31.5,
                    logged_at=datetime(2026, 7, 2, 6, 5, tzinfo=UTC),
                )
            )
            session.add(b)
        session.add(BodyMeasurement(measured_on=date(2026, 7, 1), weight_kg=70.25, waist_cm=80.0))
        session.add(BodyMeasurement(measured_on=date(2026, 7, 8), hips_cm=99.5, note="après"))
        session.add(Setting(key="weight_unit", value="lb"))
        session.add(Setting(key="sound_volume", value=0.5))


def table_rows(session: Session) -> dict[str, list[str]]:
    """All rows of every table, ids and bookkeeping stamps dropped, FKs as natural keys."""
    slug = dict(session.execute(select(Exercise.id, Exercise.slug)).all())
    routine = dict(session.execute(select(Routine.id, Routine.name)).all())
    item = {
        i: (routine[r], p)
        for i, r, p in session.execute(
            select(RoutineItem.id, RoutineItem.routine_id, RoutineItem.position)
        )
    }
    workout = {
        i: (s.isoformat(), n)
        for i, s, n in session.execute(select(Workout.id, Workout.started_at, Workout.name))
    }
    fk = {
        "exercise_id": slug,
        "routine_id": routine,
        "routine_item_id": item,
        "workout_id": workout,
    }
    skip = {"id", "created_at", "updated_at"}
    out: dict[str, list[str]] = {}
    for model in (
        Exercise,
        ExerciseAlias,
        Routine,
        RoutineItem,
        Workout,
        LoggedSet,
        BodyMeasurement,
        Setting,
    ):
        table = model.__table__
        rows = []
        for row in session.execute(select(table)).mappings():
            clean = {
                k: (fk[k].get(v) if k in fk and v is not None else v)
                for k, v in row.items()
                if k not in skip
            }
            if model is Setting and clean["key"] in ("seed_hash", "last_backup_at"):
                continue
            rows.append(repr(sorted(clean.items())))
        out[table.name] = sorted(rows)
    return out


def test_json_round_trip_is_identical(
    seeded_db: Database, second_db: Database, tmp_path: Path
) -> None:
    """export -> import into a fresh database -> export gives the same JSON and the same rows."""
    make_rich_database(seeded_db)
    first = tmp_path / "first.json"
    with seeded_db.read_scope() as session:
        summary = export_json(first, session=session)
        rows_before = table_rows(session)
    assert summary.sets == 21

    data = json.loads(first.read_text(encoding="utf-8"))
    assert data["format"] == "backline" and data["version"] == 1
    assert [e["slug"] for e in data["exercises"]] == ["custom-marche-rapide"]
    assert {a["name_key"] for a in data["aliases"]} == {"laufen", "marche rapide"}
    assert [r["name"] for r in data["routines"]] == ["My glutes"]
    w0 = data["workouts"][0]
    assert w0["started_at"] == "2026-03-02T06:30:00+00:00"
    assert w0["sets"][0] | {} == {
        "exercise": "barbell-hip-thrust",
        "set_number": 1,
        "set_type": "warmup",
        "side": None,
        "reps": 10,
        "weight_kg": 40.0,
        "duration_seconds": None,
        "distance_km": None,
        "rpe": None,
        "target_reps": None,
        "target_weight_kg": None,
        "target_seconds": None,
        "note": "",
        "logged_at": "2026-03-02T06:30:00+00:00",
        "routine_item": None,
    }

    with second_db.session_scope() as session:
        result = import_json(first, session=session)
    assert result.workouts_added == len(data["workouts"]) and result.sets_added == 21
    assert result.exercises_added == 1 and result.routines_added == 1
    second = tmp_path / "second.json"
    with second_db.read_scope() as session:
        export_json(second, session=session)
        rows_after = table_rows(session)
    assert second.read_text(encoding="utf-8") == first.read_text(encoding="utf-8")
    assert rows_after == rows_before


def test_json_import_twice_adds_nothing(seeded_db: Database, tmp_path: Path) -> None:
    """Restoring a backup over the same data skips every workout, routine and measurement."""
    make_rich_database(seeded_db)
    path = tmp_path / "b.json"
    with seeded_db.read_scope() as session:
        export_json(path, session=session)
        before = table_rows(session)
    with seeded_db.session_scope() as session:
        result = import_json(path, session=session)
    assert result.workouts_added == 0 and result.sets_added == 0
    assert result.measurements_added == 0 and result.routines_added == 0
    assert result.workouts_skipped_duplicate == len(json.loads(path.read_text())["workouts"])
    with seeded_db.read_scope() as session:
        assert table_rows(session) == before


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("{not json", "line 1: not valid JSON"),
        ('{"format": "other", "version": 1}', "not a Backline export"),
        ('{"format": "backline", "version": 99}', "newer than this app"),
        (
            '{"format": "backline", "version": 1, "workouts": [{"started_at": '
            '"2026-01-01T10:00:00+00:00", "sets": [{"exercise": "nope", "set_type": "normal"}]}]}',
            "workouts[0].sets[0]: unknown exercise 'nope'",
        ),
        (
            '{"format": "backline", "version": 1, "workouts": [{"started_at": "2026-01-01T10:00:00"}]}',
            "workouts[0].started_at: '2026-01-01T10:00:00' has no UTC offset",
        ),
    ],
)
def test_json_import_errors_name_the_field(
    seeded_db: Database, tmp_path: Path, text: str, message: str
) -> None:
    """A bad backup is refused with a one-line message naming the field; nothing is stored."""
    path = tmp_path / "bad.json"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(ImportFormatError) as info, seeded_db.session_scope() as session:
        import_json(path, session=session)
    assert message in str(info.value)
    with seeded_db.read_scope() as session:
        assert session.execute(select(Workout)).first() is None
