"""Reminders for the daily program: at times the person chooses, while Backline runs.

Three reminders, one per part of the program that has a time of day: the morning home complex,
the daily massage and the cardio days. All are off until the person turns one on (nothing nags
by default); their suggested times and days are ours, not the articles'. A reminder whose part
is already met that day stays silent (the caller checks with core.daily.today).

Times are local wall-clock times. On the day clocks go forward, a time inside the skipped hour
fires when the clocks jump (the first minute that exists after it); on the day they go back, a
time in the repeated hour fires once, at its first occurrence.

Stored as the `reminders` setting: a JSON list of {"key", "enabled", "time": "HH:MM",
"weekdays": [0..6, Monday = 0]}, checked by ``reminders_from_json``.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, replace
from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from core.bounds import InputError
from core.i18n import QT_TRANSLATE_NOOP, translate

__all__ = [
    "DEFAULT_REMINDERS",
    "REMINDER_TEXT",
    "Reminder",
    "next_due",
    "next_occurrence",
    "reminder_text",
    "reminders_from_json",
    "reminders_to_json",
]

EVERY_DAY = frozenset(range(7))


@dataclass(frozen=True)
class Reminder:
    key: str  # home_complex | massage | cardio (a core.daily.today item key)
    enabled: bool
    at: time  # local wall-clock time, to the minute
    weekdays: frozenset[int]  # Monday = 0


# Ours: a morning slot for the complex the article puts in the morning, an evening one for the
# massage, and four cardio evenings (the article asks for 4-5 sessions a week).
DEFAULT_REMINDERS: tuple[Reminder, ...] = (
    Reminder("home_complex", False, time(7, 30), EVERY_DAY),
    Reminder("massage", False, time(21, 0), EVERY_DAY),
    Reminder("cardio", False, time(18, 0), frozenset({0, 2, 4, 5})),
)
# (title, body) of each reminder's notification, in English: reminder_text() and REMINDER_TEXT
# give them in the language in use.
_REMINDER_SOURCE: dict[str, tuple[str, str]] = {
    "home_complex": (
        QT_TRANSLATE_NOOP("core.daily.reminders", "Daily home back complex"),
        QT_TRANSLATE_NOOP("core.daily.reminders", "Five gentle back moves, as one circuit."),
    ),
    "massage": (
        QT_TRANSLATE_NOOP("core.daily.reminders", "Thigh massage"),
        QT_TRANSLATE_NOOP("core.daily.reminders", "5 minutes for the backs of the thighs."),
    ),
    "cardio": (
        QT_TRANSLATE_NOOP("core.daily.reminders", "Cardio"),
        QT_TRANSLATE_NOOP("core.daily.reminders", "30 minutes of tough cardio today."),
    ),
}


def reminder_text(key: str) -> tuple[str, str]:
    """(title, body) of reminder `key`'s notification, in the language in use."""
    title, body = _REMINDER_SOURCE[key]
    return translate("core.daily.reminders", title), translate("core.daily.reminders", body)


class _ReminderTexts(Mapping[str, tuple[str, str]]):
    """key -> reminder_text(key), translated when read (the language is chosen after import)."""

    def __getitem__(self, key: str) -> tuple[str, str]:
        return reminder_text(key)

    def __iter__(self) -> Iterator[str]:
        return iter(_REMINDER_SOURCE)

    def __len__(self) -> int:
        return len(_REMINDER_SOURCE)


REMINDER_TEXT: Mapping[str, tuple[str, str]] = _ReminderTexts()
_TIME = re.compile(r"^([01]\d|2[0-3]):([0-5]\d)$")


def reminders_to_json(reminders: tuple[Reminder, ...]) -> list[dict[str, object]]:
    return [
        {
            "key": r.key,
            "enabled": r.enabled,
            "time": r.at.strftime("%H:%M"),
            "weekdays": sorted(r.weekdays),
        }
        for r in reminders
    ]


def reminders_from_json(value: object) -> tuple[Reminder, ...]:
    """The three reminders from a stored list; a reminder missing from it keeps its default.
    InputError("reminders", ...) names the entry and key that is wrong."""
    if not isinstance(value, list):
        raise InputError("reminders", translate("core.daily.reminders", "must be a list"))
    by_key = {r.key: r for r in DEFAULT_REMINDERS}
    for n, entry in enumerate(value):
        if not isinstance(entry, dict):
            raise InputError(
                "reminders",
                translate("core.daily.reminders", "entry {number}: must be an object").format(
                    number=n + 1
                ),
            )
        key = entry.get("key")
        if key not in by_key:
            raise InputError(
                "reminders",
                translate(
                    "core.daily.reminders", "entry {number}: key must be one of {keys}"
                ).format(number=n + 1, keys=", ".join(by_key)),
            )
        enabled = entry.get("enabled")
        if not isinstance(enabled, bool):
            raise InputError(
                "reminders",
                translate("core.daily.reminders", "{key}: enabled must be true or false").format(
                    key=key
                ),
            )
        text = entry.get("time")
        match = _TIME.match(text) if isinstance(text, str) else None
        if match is None:
            raise InputError(
                "reminders",
                translate(
                    "core.daily.reminders", "{key}: time must be HH:MM, 00:00 to 23:59"
                ).format(key=key),
            )
        days = entry.get("weekdays")
        if (
            not isinstance(days, list)
            or not days
            or any(isinstance(d, bool) or d not in EVERY_DAY for d in days)
        ):
            raise InputError(
                "reminders",
                translate(
                    "core.daily.reminders", "{key}: weekdays must list days 0 (Monday) to 6"
                ).format(key=key),
            )
        by_key[key] = replace(
            by_key[key],
            enabled=enabled,
            at=time(int(match.group(1)), int(match.group(2))),
            weekdays=frozenset(days),
        )
    return tuple(by_key[r.key] for r in DEFAULT_REMINDERS)


def _local_instant(day: date, at: time, tz: ZoneInfo) -> datetime:
    """`at` on `day` in `tz`: a time the clocks skip moves to the first minute that exists
    after it; a repeated time is its first occurrence (fold 0)."""
    wall = datetime.combine(day, at, tzinfo=tz)
    for _ in range(24 * 60):
        back = wall.astimezone(UTC).astimezone(tz)
        if back.replace(tzinfo=None) == wall.replace(tzinfo=None):
            return wall
        wall = (wall.replace(tzinfo=None) + timedelta(minutes=1)).replace(tzinfo=tz)
    raise ValueError(f"no valid local time after {at} on {day} in {tz}")  # pragma: no cover


def next_occurrence(reminder: Reminder, after: datetime, tz: ZoneInfo) -> datetime | None:
    """The first time strictly after `after` (aware) the reminder fires; None when it is off."""
    if not reminder.enabled or not reminder.weekdays:
        return None
    start = after.astimezone(tz).date()
    for offset in range(8):
        day = start + timedelta(days=offset)
        if day.weekday() not in reminder.weekdays:
            continue
        when = _local_instant(day, reminder.at, tz)
        if when > after:
            return when
    return None  # pragma: no cover - a week always holds one of its weekdays


def next_due(
    reminders: tuple[Reminder, ...], after: datetime, tz: ZoneInfo
) -> tuple[Reminder, datetime] | None:
    """The reminder that fires first after `after`, with its time (the first in the list on a
    tie)."""
    best: tuple[Reminder, datetime] | None = None
    for reminder in reminders:
        when = next_occurrence(reminder, after, tz)
        if when is not None and (best is None or when < best[1]):
            best = (reminder, when)
    return best
