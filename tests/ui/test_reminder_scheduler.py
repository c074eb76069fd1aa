"""The reminder scheduler on a seeded database: a due reminder is shown, one whose part is met
that day stays silent, one the machine slept through is dropped, a failed desktop notification
falls back to the window, and the timer is armed for the next reminder."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

from sqlalchemy import select

from core.daily.reminders import DEFAULT_REMINDERS
from core.store.models import Exercise, LoggedSet, Workout
from core.store.settings import set_setting
from ui.ops import Ops
from ui.reminders import ReminderScheduler

BERLIN = ZoneInfo("Europe/Berlin")


def _scheduler(db, sent, shown_in_window, *, fails=False):  # type: ignore[no-untyped-def]
    ops = Ops()
    ops.db = db
    with db.session_scope() as s:
        massage = replace(DEFAULT_REMINDERS[1], enabled=True)  # 21:00 every day
        set_setting("reminders", (DEFAULT_REMINDERS[0], massage, DEFAULT_REMINDERS[2]), session=s)

    def send(summary: str, body: str) -> str | None:
        sent.append(summary)
        return "no notification service" if fails else None

    clock = {"now": datetime(2026, 3, 2, 20, 0, tzinfo=BERLIN)}
    scheduler = ReminderScheduler(
        ops,
        send=send,
        fallback=lambda summary, body: shown_in_window.append(summary),
        now=lambda: clock["now"],
        tz=BERLIN,
    )
    scheduler.reschedule()
    return scheduler, clock


def test_due_met_and_late(qtbot, seeded_db) -> None:  # type: ignore[no-untyped-def]
    """At 20:00 the timer is armed for 21:00 (one hour); at 21:01 the massage reminder is shown
    on the desktop; the next day the massage is done at 20:30, so 21:01 stays silent; the day
    after, a check at 22:00 (the machine slept) drops the 21:00 reminder as late."""
    sent: list[str] = []
    window: list[str] = []
    scheduler, clock = _scheduler(seeded_db, sent, window)
    assert scheduler.timer.isActive() and scheduler.timer.interval() == 3600 * 1000
    events: list[tuple[str, str]] = []
    scheduler.shown.connect(lambda key, how: events.append(("shown", key, how)))  # type: ignore[arg-type]
    scheduler.skipped.connect(lambda key, why: events.append(("skipped", key, why)))  # type: ignore[arg-type]
    clock["now"] = datetime(2026, 3, 2, 21, 1, tzinfo=BERLIN)
    scheduler.check(clock["now"])
    assert sent == ["Thigh massage"] and window == []
    with seeded_db.session_scope() as s:
        massage_id = s.scalar(select(Exercise.id).where(Exercise.slug == "thigh-self-massage"))
        when = datetime(2026, 3, 3, 20, 30, tzinfo=BERLIN)
        w = Workout(started_at=when, ended_at=when + timedelta(minutes=6), name="m")
        s.add(w)
        s.flush()
        s.add(
            LoggedSet(
                workout_id=w.id,
                exercise_id=massage_id,
                position=0,
                duration_seconds=300.0,
                logged_at=when.astimezone(UTC),
            )
        )
    clock["now"] = datetime(2026, 3, 3, 21, 1, tzinfo=BERLIN)
    scheduler.check(clock["now"])
    clock["now"] = datetime(2026, 3, 4, 22, 0, tzinfo=BERLIN)
    scheduler.check(clock["now"])
    assert sent == ["Thigh massage"]
    assert events == [
        ("shown", "massage", "desktop"),
        ("skipped", "massage", "met"),
        ("skipped", "massage", "late"),
    ]
    # armed for tomorrow 21:00, capped at an hour
    assert scheduler.timer.interval() == 3600 * 1000


def test_a_failed_notification_falls_back_to_the_window(qtbot, seeded_db) -> None:  # type: ignore[no-untyped-def]
    """With no notification service, the reminder is shown in the window instead."""
    sent: list[str] = []
    window: list[str] = []
    scheduler, clock = _scheduler(seeded_db, sent, window, fails=True)
    clock["now"] = datetime(2026, 3, 2, 21, 0, tzinfo=BERLIN)
    scheduler.check(clock["now"])
    assert sent == ["Thigh massage"] and window == ["Thigh massage"]


def test_nothing_is_armed_while_every_reminder_is_off(qtbot, seeded_db) -> None:  # type: ignore[no-untyped-def]
    """Nothing nags by default: with all reminders off the timer is not running."""
    ops = Ops()
    ops.db = seeded_db
    scheduler = ReminderScheduler(
        ops,
        send=lambda a, b: None,
        fallback=lambda a, b: None,
        now=lambda: datetime(2026, 3, 2, 20, tzinfo=BERLIN),
        tz=BERLIN,
    )
    scheduler.reschedule()
    assert not scheduler.timer.isActive()
