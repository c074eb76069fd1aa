"""A routine item's current target and the history of its targets.

The item's own columns stay the routine's prescription (ready-made routines are re-seeded, a
person's routine is edited in the Routines tab). Each target a person took on, an accepted
suggestion or an edited one, is a `RoutineItemTarget` row; the newest is the item's current
target, and the rows in order are the target line a chart draws beside what was done.

`current_target(item_id, session=...)` reads it, `accept_target(item_id, target, session=...,
now=...)` records one (checked through core.bounds), `target_history(item_id, session=...)`
lists them. Keeping the old target is no write at all.
"""

from __future__ import annotations

from dataclasses import dataclass, fields
from datetime import datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from core.bounds import PRESCRIPTION, InputError, check
from core.changes import Changes
from core.i18n import translate
from core.store.models import RoutineItem, RoutineItemTarget

__all__ = [
    "TARGET_SOURCES",
    "CurrentTarget",
    "Target",
    "TargetRow",
    "accept_target",
    "current_target",
    "prescription_of",
    "target_history",
]

TARGET_SOURCES = ("accepted", "edited")
"""accepted: a suggestion taken as it was; edited: a suggestion (or target) changed first."""


@dataclass(frozen=True)
class Target:
    """What one workout of a routine item aims at: sets, rep range, weight, hold, minutes."""

    sets: int
    reps_min: int | None = None
    reps_max: int | None = None
    weight_kg: float | None = None
    hold_seconds: int | None = None
    duration_minutes: int | None = None


TARGET_FIELDS: tuple[str, ...] = tuple(f.name for f in fields(Target))


@dataclass(frozen=True)
class CurrentTarget:
    """The target an item has now. `source` is "prescription" (no target was taken on yet:
    the routine's own values), "accepted" or "edited"; `set_at` and `reason` are the newest
    target row's (None and "" for the prescription)."""

    item_id: int
    target: Target
    source: str
    set_at: datetime | None
    reason: str


@dataclass(frozen=True)
class TargetRow:
    """One recorded target, for a history list or a chart of target beside actual."""

    id: int
    item_id: int
    set_at: datetime
    target: Target
    source: str
    reason: str


def prescription_of(item: RoutineItem) -> Target:
    """The routine's own prescription of an item, as a Target."""
    return Target(
        sets=max(1, item.sets or 1),
        reps_min=item.reps_min,
        reps_max=item.reps_max,
        weight_kg=item.weight_kg,
        hold_seconds=item.hold_seconds,
        duration_minutes=item.duration_minutes,
    )


def _target_of(row: RoutineItemTarget) -> Target:
    return Target(**{name: getattr(row, name) for name in TARGET_FIELDS})


def _newest(item_id: int, session: Session) -> RoutineItemTarget | None:
    return session.scalars(
        select(RoutineItemTarget)
        .where(RoutineItemTarget.routine_item_id == item_id)
        .order_by(RoutineItemTarget.set_at.desc(), RoutineItemTarget.id.desc())
        .limit(1)
    ).first()


def _item(item_id: int, session: Session) -> RoutineItem:
    item = session.get(RoutineItem, item_id)
    if item is None:
        raise LookupError(
            translate("core.insight.targets", "no routine item {id}").format(id=item_id)
        )
    return item


def current_target(item_id: int, *, session: Session) -> CurrentTarget:
    """The newest recorded target of the item, or its prescription when none was recorded.
    LookupError for an unknown item."""
    item = _item(item_id, session)
    row = _newest(item_id, session)
    if row is None:
        return CurrentTarget(item.id, prescription_of(item), "prescription", None, "")
    return CurrentTarget(item.id, _target_of(row), row.source, row.set_at, row.reason)


def target_history(item_id: int, *, session: Session) -> list[TargetRow]:
    """Every recorded target of the item, oldest first (empty: it still has its
    prescription). LookupError for an unknown item."""
    _item(item_id, session)
    rows = session.scalars(
        select(RoutineItemTarget)
        .where(RoutineItemTarget.routine_item_id == item_id)
        .order_by(RoutineItemTarget.set_at, RoutineItemTarget.id)
    )
    return [
        TargetRow(r.id, r.routine_item_id, r.set_at, _target_of(r), r.source, r.reason)
        for r in rows
    ]


def checked_target(target: Target) -> Target:
    """`target` with every value checked through core.bounds.PRESCRIPTION (InputError naming
    the field), and the rep range in order."""
    values: dict[str, Any] = {"sets": check(PRESCRIPTION, "sets", target.sets)}
    for name in TARGET_FIELDS[1:]:
        value = getattr(target, name)
        values[name] = None if value is None else check(PRESCRIPTION, name, value)
    lo, hi = values["reps_min"], values["reps_max"]
    if isinstance(lo, int) and isinstance(hi, int) and lo > hi:
        raise InputError(
            "reps_max", translate("core.insight.targets", "must be at least the fewest reps")
        )
    if values["weight_kg"] is not None:
        values["weight_kg"] = float(values["weight_kg"])
    return Target(**values)


def accept_target(
    item_id: int,
    target: Target,
    *,
    session: Session,
    now: datetime,
    source: str = "accepted",
    reason: str = "",
) -> Changes:
    """Record `target` as the item's current target (a new history row; older ones stay).

    `source` is "accepted" (a suggestion as it was) or "edited"; `reason` is kept with it
    (the suggestion's reason). `now` must be timezone-aware. Values are checked through
    core.bounds (InputError naming the field); LookupError for an unknown item."""
    if source not in TARGET_SOURCES:
        raise ValueError(f"unknown target source {source!r}")
    if now.tzinfo is None:
        raise ValueError("now must be timezone-aware")
    item = _item(item_id, session)
    good = checked_target(target)
    note = check(PRESCRIPTION, "note", reason)
    session.add(
        RoutineItemTarget(
            routine_item_id=item.id,
            set_at=now,
            source=source,
            reason=note,
            **{name: getattr(good, name) for name in TARGET_FIELDS},
        )
    )
    session.flush()
    return Changes(routines=True)
