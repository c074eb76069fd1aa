"""Backline JSON: an exercise's timed positions and archived flag, a routine item's count-up
and weight step go out and come back; a file written before them still imports; bad values are
refused with the JSON path named and nothing stored."""

from __future__ import annotations

import copy
import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select

from core.interchange import ImportFormatError, export_json, import_json
from core.interchange.backline import build_backup, import_backup
from core.store.db import Database, open_database
from core.store.models import Exercise, Routine, RoutineItem
from core.store.startup import seed_if_needed


@pytest.fixture
def fresh_db(tmp_path: Path) -> Iterator[Database]:
    """Another empty database with the library seeded, as a fresh install would have."""
    database = open_database(tmp_path / "fresh" / "backline.db")
    seed_if_needed(database)
    try:
        yield database
    finally:
        database.close()


def make_data(db: Database) -> None:
    """A person's own two-position hold (archived) and a routine with a count-up hold and a
    reps item with its own weight step."""
    with db.session_scope() as s:
        ex = Exercise(
            slug="custom-sphinx-cobra", name="Sphinx to cobra", kind="mobility", mode="hold",
            builtin=False, hold_seconds=15, reps_min=4, positions=["sphinx", "cobra"],
            archived=True, summary="", instructions=[], sources=[],
        )  # fmt: skip
        s.add(ex)
        s.flush()
        bridge = s.scalar(select(Exercise).where(Exercise.slug == "glute-bridge"))
        routine = Routine(name="Mine", summary="", defaults=[])
        routine.items.append(
            RoutineItem(
                position=0,
                exercise=ex,
                mode="hold",
                sets=2,
                reps_min=1,
                hold_seconds=30,
                count_up=True,
                rest_seconds=60,
            )  # fmt: skip
        )
        routine.items.append(
            RoutineItem(
                position=1,
                exercise=bridge,
                mode="reps",
                sets=3,
                reps_min=8,
                reps_max=12,
                weight_kg=20,
                weight_step_kg=1.25,
            )  # fmt: skip
        )
        s.add(routine)


def test_positions_archived_count_up_and_weight_step_round_trip(
    seeded_db: Database, fresh_db: Database, tmp_path: Path
) -> None:
    """They are in the export under the row types' keys, and import -> export gives the same
    file and the same stored values."""
    make_data(seeded_db)
    first = tmp_path / "first.json"
    with seeded_db.read_scope() as s:
        export_json(first, session=s)
    data = json.loads(first.read_text(encoding="utf-8"))
    (ex,) = data["exercises"]
    assert (ex["positions"], ex["archived"]) == (["sphinx", "cobra"], True)
    hold, reps = data["routines"][0]["items"]
    assert (hold["count_up"], hold["weight_step_kg"]) == (True, None)
    assert (reps["count_up"], reps["weight_step_kg"]) == (False, 1.25)
    with fresh_db.session_scope() as s:
        import_json(first, session=s)
    second = tmp_path / "second.json"
    with fresh_db.read_scope() as s:
        export_json(second, session=s)
        stored = s.scalar(select(Exercise).where(Exercise.slug == "custom-sphinx-cobra"))
        assert stored is not None
        assert (stored.positions, stored.archived) == (["sphinx", "cobra"], True)
        items = s.scalars(select(RoutineItem).join(Routine).where(Routine.name == "Mine")).all()
        assert sorted((i.position, i.count_up, i.weight_step_kg) for i in items) == [
            (0, True, None),
            (1, False, 1.25),
        ]
    assert second.read_text(encoding="utf-8") == first.read_text(encoding="utf-8")


def test_a_file_from_before_these_keys_imports_with_their_defaults(
    seeded_db: Database, fresh_db: Database
) -> None:
    """Without positions, archived, count_up and weight_step_kg an exercise has one position
    and is not archived; an item counts down and uses the equipment's step."""
    make_data(seeded_db)
    with seeded_db.read_scope() as s:
        data = build_backup(session=s)
    for ex in data["exercises"]:
        del ex["positions"], ex["archived"]
    for item in data["routines"][0]["items"]:
        del item["count_up"], item["weight_step_kg"]
    with fresh_db.session_scope() as s:
        result = import_backup(data, session=s)
    assert (result.exercises_added, result.routines_added) == (1, 1)
    with fresh_db.read_scope() as s:
        stored = s.scalar(select(Exercise).where(Exercise.slug == "custom-sphinx-cobra"))
        assert stored is not None and (stored.positions, stored.archived) == ([], False)
        items = s.scalars(select(RoutineItem).join(Routine).where(Routine.name == "Mine")).all()
        assert {(i.count_up, i.weight_step_kg) for i in items} == {(False, None)}


def _exercise(data: dict[str, Any]) -> dict[str, Any]:
    exercise: dict[str, Any] = data["exercises"][0]
    return exercise


def _item(n: int) -> Any:
    return lambda data: data["routines"][0]["items"][n]


BAD = [
    ("positions-on-reps", _exercise, {"mode": "reps", "reps_min": 5}, "exercises[0].positions",
     "only for hold"),
    ("positions-twice", _exercise, {"positions": ["up", "UP"]}, "exercises[0].positions", "twice"),
    ("positions-not-texts", _exercise, {"positions": [1, 2]}, "exercises[0].positions",
     "list of texts"),
    ("positions-too-long", _exercise, {"positions": ["x" * 31, "y"]}, "exercises[0].positions",
     "longer than"),
    ("archived-not-a-flag", _exercise, {"archived": "yes"}, "exercises[0].archived",
     "true or false"),
    ("count-up-not-a-flag", _item(0), {"count_up": 1}, "routines[0].items[0].count_up",
     "true or false"),
    ("count-up-on-reps", _item(1), {"count_up": True}, "routines[0].items[1].count_up",
     "only for hold and duration"),
    ("weight-step-zero", _item(1), {"weight_step_kg": 0}, "routines[0].items[1].weight_step_kg",
     "must be between"),
    ("weight-step-text", _item(1), {"weight_step_kg": "2.5"},
     "routines[0].items[1].weight_step_kg", "not a number"),
    ("weight-step-on-hold", _item(0), {"weight_step_kg": 2.5},
     "routines[0].items[0].weight_step_kg", "only for reps"),
]  # fmt: skip


@pytest.mark.parametrize(
    ("where", "change", "path", "message"), [pytest.param(*b[1:], id=b[0]) for b in BAD]
)
def test_bad_values_are_refused_naming_their_path(
    seeded_db: Database, fresh_db: Database, where: Any, change: dict[str, Any], path: str,
    message: str,
) -> None:  # fmt: skip
    """Each bad value gets one line naming its JSON path; the import stores nothing."""
    make_data(seeded_db)
    with seeded_db.read_scope() as s:
        data = copy.deepcopy(build_backup(session=s))
    where(data).update(change)
    with pytest.raises(ImportFormatError) as info, fresh_db.session_scope() as s:
        import_backup(data, session=s)
    assert path in str(info.value) and message in str(info.value), str(info.value)
    with fresh_db.read_scope() as s:
        assert s.scalar(select(Exercise).where(Exercise.slug == "custom-sphinx-cobra")) is None
        assert s.scalar(select(Routine).where(Routine.name == "Mine")) is None
