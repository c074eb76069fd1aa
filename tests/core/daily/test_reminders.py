"""Reminder times by hand, across both DST changes in Berlin, and their storage as a setting."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from datetime import UTC, datetime, time
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from core.bounds import InputError
from core.daily.reminders import (
    DEFAULT_REMINDERS,
    Reminder,
    next_due,
    next_occurrence,
    reminders_from_json,
)
from core.store.db import Database, open_database
from core.store.settings import load_settings, set_setting

BERLIN = ZoneInfo("Europe/Berlin")
EVERY_DAY = frozenset(range(7))


def test_all_reminders_are_off_by_default() -> None:
    """Nothing nags by default: no reminder fires until one is turned on."""
    now = datetime(2026, 3, 2, 12, tzinfo=UTC)
    assert all(not r.enabled for r in DEFAULT_REMINDERS)
    assert next_due(DEFAULT_REMINDERS, now, BERLIN) is None


def test_next_time_on_chosen_weekdays() -> None:
    """Cardio on Monday, Wednesday, Friday, Saturday at 18:00: from Monday 2 March 18:00 (not
    after itself) the next is Wednesday 18:00 local (17:00 UTC); the earliest of several
    reminders wins."""
    cardio = replace(DEFAULT_REMINDERS[2], enabled=True)
    monday_six = datetime(2026, 3, 2, 18, tzinfo=BERLIN)
    assert next_occurrence(cardio, monday_six, BERLIN) == datetime(2026, 3, 4, 18, tzinfo=BERLIN)
    assert next_occurrence(cardio, monday_six, BERLIN).astimezone(UTC).hour == 17  # type: ignore[union-attr]
    massage = replace(DEFAULT_REMINDERS[1], enabled=True)
    due = next_due((cardio, massage), monday_six, BERLIN)
    assert due is not None and due[0].key == "massage"
    assert due[1] == datetime(2026, 3, 2, 21, tzinfo=BERLIN)


def test_a_time_the_clocks_skip_fires_when_they_jump() -> None:
    """On 29 March 2026 Berlin skips 02:00-02:59: a 02:30 reminder fires at 03:00 CEST
    (01:00 UTC), and the next day at 02:30 again."""
    night = Reminder("massage", True, time(2, 30), EVERY_DAY)
    when = next_occurrence(night, datetime(2026, 3, 28, 12, tzinfo=UTC), BERLIN)
    assert when is not None and when.astimezone(UTC) == datetime(2026, 3, 29, 1, 0, tzinfo=UTC)
    after = next_occurrence(night, when, BERLIN)
    assert after is not None and after.astimezone(UTC) == datetime(2026, 3, 30, 0, 30, tzinfo=UTC)


def test_a_repeated_time_fires_once() -> None:
    """On 25 October 2026 02:30 happens twice in Berlin: the reminder fires at the first (00:30
    UTC), and after it the next is the 26th, not the second 02:30 (01:30 UTC)."""
    night = Reminder("massage", True, time(2, 30), EVERY_DAY)
    first = next_occurrence(night, datetime(2026, 10, 24, 12, tzinfo=UTC), BERLIN)
    assert first is not None and first.astimezone(UTC) == datetime(2026, 10, 25, 0, 30, tzinfo=UTC)
    second = next_occurrence(night, first, BERLIN)
    assert second is not None and second.astimezone(UTC) == datetime(
        2026, 10, 26, 1, 30, tzinfo=UTC
    )


@pytest.mark.parametrize(
    ("value", "message"),
    [
        ({}, "must be a list"),
        ([{"key": "sleep", "enabled": True, "time": "07:00", "weekdays": [0]}], "key must be"),
        ([{"key": "massage", "enabled": "yes", "time": "07:00", "weekdays": [0]}], "enabled"),
        ([{"key": "massage", "enabled": True, "time": "24:00", "weekdays": [0]}], "HH:MM"),
        ([{"key": "massage", "enabled": True, "time": "7:00", "weekdays": [0]}], "HH:MM"),
        ([{"key": "massage", "enabled": True, "time": "07:00", "weekdays": []}], "weekdays"),
        ([{"key": "massage", "enabled": True, "time": "07:00", "weekdays": [7]}], "weekdays"),
    ],
)
def test_bad_stored_reminders_are_named(value: object, message: str) -> None:
    """Each malformed entry is refused by one line that names what is wrong."""
    with pytest.raises(InputError, match=message):
        reminders_from_json(value)


@pytest.fixture
def db(tmp_path: Path) -> Iterator[Database]:
    database = open_database(tmp_path / "r.db")
    yield database
    database.close()


def test_reminders_round_trip_as_a_setting(db: Database) -> None:
    """Turning the massage on at 20:15 on weekdays is stored and read back exactly; the other
    two keep their defaults; a refused value leaves the stored one."""
    with db.read_scope() as s:
        assert load_settings(session=s).reminders == DEFAULT_REMINDERS
    massage = Reminder("massage", True, time(20, 15), frozenset(range(5)))
    with db.session_scope() as s:
        set_setting("reminders", (DEFAULT_REMINDERS[0], massage, DEFAULT_REMINDERS[2]), session=s)
    with pytest.raises(InputError), db.session_scope() as s:
        set_setting("reminders", [{"key": "massage"}], session=s)
    with db.read_scope() as s:
        stored = load_settings(session=s).reminders
    assert stored == (DEFAULT_REMINDERS[0], massage, DEFAULT_REMINDERS[2])
