"""One row per local day: calories, protein, servings of fruit and vegetables, sleep, water.

``record_day`` creates or updates a day with only the fields given (a field given as None is
cleared), validated through core.bounds.DAY_LOG; a day left with nothing in it is deleted, so
"logged" always means something was entered. Reads return frozen ``DayRow``s.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from core.bounds import DAY_LOG, InputError, check
from core.changes import Changes
from core.i18n import translate
from core.store.models import DayLog
from core.store.rows import row_from

__all__ = ["DAY_FIELDS", "DayRow", "day_rows", "get_day", "record_day"]

DAY_FIELDS = ("kcal", "protein_g", "servings", "sleep_hours", "water_l", "note")


@dataclass(frozen=True)
class DayRow:
    day: date
    kcal: float | None
    protein_g: float | None
    servings: float | None
    sleep_hours: float | None
    water_l: float | None
    note: str


def record_day(day: date, values: Mapping[str, float | str | None], *, session: Session) -> Changes:
    """Set the given fields of `day` (None clears one); InputError names a refused field and
    nothing is written."""
    unknown = sorted(set(values) - set(DAY_FIELDS))
    if unknown:
        raise InputError(unknown[0], translate("core.daily.log", "is not a field of a day's log"))
    checked = {field: check(DAY_LOG, field, value) for field, value in values.items()}
    if not checked:
        return Changes()
    row = session.scalars(select(DayLog).where(DayLog.day == day)).first()
    if row is None:
        row = DayLog(day=day, note="")
        session.add(row)
    for field, value in checked.items():
        setattr(row, field, (value or "") if field == "note" else value)
    if all(getattr(row, f) is None for f in DAY_FIELDS if f != "note") and not row.note:
        if row.id is not None:
            session.delete(row)
        else:
            session.expunge(row)
    session.flush()
    return Changes(body=True)


def get_day(day: date, *, session: Session) -> DayRow | None:
    row = session.scalars(select(DayLog).where(DayLog.day == day)).first()
    return None if row is None else row_from(DayRow, row)


def day_rows(
    *, session: Session, since: date | None = None, until: date | None = None
) -> list[DayRow]:
    """The logged days from `since` to `until` (both included), oldest first."""
    stmt = select(DayLog).order_by(DayLog.day)
    if since is not None:
        stmt = stmt.where(DayLog.day >= since)
    if until is not None:
        stmt = stmt.where(DayLog.day <= until)
    return [row_from(DayRow, row) for row in session.scalars(stmt)]
