"""The day log on a real temporary database: partial updates, clearing, bounds, deletion of an
emptied day."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from core.bounds import InputError
from core.daily.log import day_rows, get_day, record_day
from core.store.db import Database, open_database


@pytest.fixture
def db(tmp_path: Path) -> Database:
    database = open_database(tmp_path / "d.db")
    yield database
    database.close()


DAY = date(2026, 3, 29)


def test_a_day_is_created_then_updated_field_by_field(db: Database) -> None:
    """The first call creates the day; the next changes only the fields it names."""
    with db.session_scope() as s:
        assert record_day(DAY, {"kcal": 1850, "protein_g": 110}, session=s).body
    with db.session_scope() as s:
        record_day(DAY, {"sleep_hours": 7.5, "water_l": 2.2}, session=s)
    with db.read_scope() as s:
        row = get_day(DAY, session=s)
    assert row is not None
    assert (row.kcal, row.protein_g, row.servings, row.sleep_hours, row.water_l, row.note) == (
        1850,
        110,
        None,
        7.5,
        2.2,
        "",
    )


def test_a_refused_value_names_the_field_and_writes_nothing(db: Database) -> None:
    """Sleep of 25 hours is refused by the bounds table, naming sleep; a field that is not a day's
    is refused too; the day stays as it was."""
    with db.session_scope() as s:
        record_day(DAY, {"kcal": 2000}, session=s)
    with pytest.raises(InputError) as refused, db.session_scope() as s:
        record_day(DAY, {"kcal": 1500, "sleep_hours": 25}, session=s)
    assert refused.value.sentence.startswith("sleep: ")
    with pytest.raises(InputError), db.session_scope() as s:
        record_day(DAY, {"steps": 9000}, session=s)
    with db.read_scope() as s:
        row = get_day(DAY, session=s)
    assert row is not None and row.kcal == 2000 and row.sleep_hours is None


def test_clearing_every_field_removes_the_day(db: Database) -> None:
    """None clears a field; a day with nothing left is not kept, so a logged day always holds
    something; rows come back oldest first within the asked range."""
    with db.session_scope() as s:
        record_day(DAY, {"kcal": 2000}, session=s)
        record_day(date(2026, 3, 27), {"servings": 5}, session=s)
        record_day(date(2026, 3, 31), {"water_l": 1.5}, session=s)
    with db.session_scope() as s:
        record_day(DAY, {"kcal": None}, session=s)
    with db.read_scope() as s:
        assert get_day(DAY, session=s) is None
        days = [
            r.day for r in day_rows(session=s, since=date(2026, 3, 27), until=date(2026, 3, 30))
        ]
    assert days == [date(2026, 3, 27)]
