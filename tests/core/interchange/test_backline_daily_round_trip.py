"""Backline JSON carries the daily program and the progression: day logs and routine-item
targets go out and come back (on a ready-made routine too), a second import adds nothing, bad
values are refused by their JSON path with nothing stored, and a set is linked to its routine
item only when that item logs the set's exercise."""

from __future__ import annotations

import copy
import json
from collections.abc import Iterator
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import func, select

from core.daily.log import record_day
from core.insight.targets import Target, accept_target
from core.interchange import ImportFormatError
from core.interchange.backline import build_backup, import_backup
from core.store.db import Database, open_database
from core.store.models import DayLog, LoggedSet, Routine, RoutineItem, RoutineItemTarget
from core.store.startup import seed_if_needed


def _database(path: Path) -> Database:
    database = open_database(path)
    seed_if_needed(database)
    return database


@pytest.fixture
def source(tmp_path: Path) -> Iterator[Database]:
    database = _database(tmp_path / "a" / "backline.db")
    with database.session_scope() as s:
        record_day(
            date(2026, 3, 28), {"kcal": 1850, "sleep_hours": 7.5, "note": "rest day"}, session=s
        )
        record_day(date(2026, 3, 29), {"servings": 5, "water_l": 2.2}, session=s)
        item = s.scalar(
            select(RoutineItem)
            .join(Routine)
            .where(Routine.builtin_key == "posterior-chain-sculpt", RoutineItem.position == 0)
        )
        assert item is not None
        accept_target(
            item.id,
            Target(sets=3, reps_min=8, reps_max=12, weight_kg=62.5),
            session=s,
            now=datetime(2026, 3, 29, 18, tzinfo=UTC),
            reason="every set reached 12 reps: +2.5 kg",
        )
    yield database
    database.close()


@pytest.fixture
def fresh(tmp_path: Path) -> Iterator[Database]:
    database = _database(tmp_path / "b" / "backline.db")
    yield database
    database.close()


def _counts(db: Database) -> tuple[int, int, int]:
    with db.read_scope() as s:
        return tuple(  # type: ignore[return-value]
            s.scalar(select(func.count()).select_from(model)) or 0
            for model in (DayLog, RoutineItemTarget, LoggedSet)
        )


def test_day_logs_and_targets_round_trip(source: Database, fresh: Database) -> None:
    """Export, import into a fresh install, export again: identical; importing twice adds
    nothing the second time."""
    with source.read_scope() as s:
        first = build_backup(session=s)
    assert [d["day"] for d in first["day_logs"]] == ["2026-03-28", "2026-03-29"]
    target = first["routine_item_targets"][0]
    assert (target["routine_builtin_key"], target["position"], target["weight_kg"]) == (
        "posterior-chain-sculpt",
        0,
        62.5,
    )
    with fresh.session_scope() as s:
        result = import_backup(copy.deepcopy(first), session=s)
    assert (result.day_logs_added, result.targets_added) == (2, 1)
    with fresh.read_scope() as s:
        again = build_backup(session=s)
    assert json.dumps(again, sort_keys=True) == json.dumps(first, sort_keys=True)
    with fresh.session_scope() as s:
        twice = import_backup(copy.deepcopy(first), session=s)
    assert (twice.day_logs_added, twice.targets_added) == (0, 0)
    assert _counts(fresh)[:2] == (2, 1)


@pytest.mark.parametrize(
    ("path", "value", "message"),
    [
        (("day_logs", 0, "sleep_hours"), 25, "day_logs[0].sleep_hours"),
        (("day_logs", 0, "day"), "2026-02-30", "day_logs[0].day"),
        (("routine_item_targets", 0, "position"), 99, "routine_item_targets[0]: no item 99"),
        (("routine_item_targets", 0, "source"), "guessed", "routine_item_targets[0].source"),
        (("routine_item_targets", 0, "weight_kg"), -5, "routine_item_targets[0].weight_kg"),
    ],
)
def test_bad_values_are_named_and_nothing_is_stored(
    source: Database, fresh: Database, path: tuple[Any, ...], value: Any, message: str
) -> None:
    with source.read_scope() as s:
        data = build_backup(session=s)
    node: Any = data
    for key in path[:-1]:
        node = node[key]
    node[path[-1]] = value
    before = _counts(fresh)
    pattern = message.replace("[", r"\[").replace("]", r"\]")
    with pytest.raises(ImportFormatError, match=pattern), fresh.session_scope() as s:
        import_backup(data, session=s)
    assert _counts(fresh) == before


def test_a_set_links_to_its_item_only_for_the_items_exercise(fresh: Database) -> None:
    """Item 0 of the sculpt routine is the Romanian deadlift: a deadlift set naming item 0 is
    linked to it, a glute-bridge set naming item 0 is not."""
    workout = {
        "started_at": "2026-03-30T17:00:00+00:00",
        "routine_builtin_key": "posterior-chain-sculpt",
        "sets": [
            {"exercise": "romanian-deadlift", "set_type": "normal", "reps": 8, "routine_item": 0},
            {"exercise": "glute-bridge", "set_type": "normal", "reps": 12, "routine_item": 0},
        ],
    }
    with fresh.session_scope() as s:
        import_backup({"format": "backline", "version": 1, "workouts": [workout]}, session=s)
    with fresh.read_scope() as s:
        linked = [
            item is not None
            for (item,) in s.execute(select(LoggedSet.routine_item_id).order_by(LoggedSet.position))
        ]
    assert linked == [True, False]
