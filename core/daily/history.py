"""The program over weeks and months: for each part, which days (or weeks) met it, the misses,
and the current streak.

Each day or week is judged by the same functions as the Today view (core.daily.today), so a day
shown as met in the month is met on its own Today. Calories and protein are judged against the
plan as it is now (the latest weight), since the plan's inputs are not kept per day.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from zoneinfo import ZoneInfo

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from core.daily.log import day_rows
from core.daily.program import load_program
from core.daily.today import ITEM_KEYS, current_plan, daily_items, weekly_items, workouts_between
from core.insight.trends import local_day, week_start
from core.store.models import BodyMeasurement, DayLog, LoggedSet, Workout

__all__ = ["PartHistory", "program_history"]


@dataclass(frozen=True)
class PartHistory:
    key: str
    label: str
    period: str  # day | week
    marks: tuple[tuple[date, bool | None], ...]
    """(day, or the Monday of a week; met), oldest first. None: no target that day."""
    streak: int
    """Periods met in a row up to the last one; a last period not met yet (today, this week) is
    still open, so the streak counts from the one before it."""
    met: int
    missed: int
    """Periods with a target not met, the open last one left out."""


def program_history(
    first: date, last: date, *, session: Session, tz: ZoneInfo
) -> list[PartHistory]:
    """Every part of the program from `first` (or the first day anything was logged, if later)
    to `last` (local days, both included), in the Today view's order. Weekly parts cover the
    weeks that hold those days."""
    if last < first:
        raise ValueError("the last day is before the first")
    # Days before the person first logged anything are not misses: they had not started.
    started = first_logged_day(session=session, tz=tz)
    first = min(max(first, started or last), last)
    program = load_program()
    first_monday = week_start(first)
    workouts = workouts_between(
        first_monday, last, tz, program["massage"].exercise or "", session=session
    )
    logs = {row.day: row for row in day_rows(session=session, since=first, until=last)}
    plan = current_plan(last, session=session)

    marks: dict[str, list[tuple[date, bool | None]]] = {key: [] for key in ITEM_KEYS}
    labels: dict[str, tuple[str, str]] = {}
    monday = first_monday
    while monday <= last:
        week = [w for w in workouts if monday <= w.day < monday + timedelta(days=7)]
        for item in weekly_items(program, week):
            marks[item.key].append((monday, item.met))
            labels[item.key] = (item.label, item.period)
        monday += timedelta(days=7)
    day = first
    while day <= last:
        today = [w for w in workouts if w.day == day]
        for item in daily_items(program, plan, today, logs.get(day)):
            marks[item.key].append((day, item.met))
            labels[item.key] = (item.label, item.period)
        day += timedelta(days=1)
    return [
        PartHistory(
            key=key,
            label=labels[key][0],
            period=labels[key][1],
            marks=tuple(marks[key]),
            streak=_streak([met for _, met in marks[key]]),
            met=sum(1 for _, met in marks[key] if met),
            missed=sum(1 for _, met in marks[key][:-1] if met is False),
        )
        for key in ITEM_KEYS
    ]


def first_logged_day(*, session: Session, tz: ZoneInfo) -> date | None:
    """The first local day with a logged set, a day log or a body measurement."""
    first_set = session.scalar(
        select(func.min(Workout.started_at)).where(
            select(LoggedSet.id).where(LoggedSet.workout_id == Workout.id).exists()
        )
    )
    days = [
        d
        for d in (
            None if first_set is None else local_day(first_set, tz),
            session.scalar(select(func.min(DayLog.day))),
            session.scalar(select(func.min(BodyMeasurement.measured_on))),
        )
        if d is not None
    ]
    return min(days) if days else None


def _streak(mets: list[bool | None]) -> int:
    """Met periods in a row ending at the last, or at the one before while the last is open."""
    if mets and not mets[-1]:
        mets = mets[:-1]
    n = 0
    for met in reversed(mets):
        if not met:
            break
        n += 1
    return n
