"""The Workout tab on a hold with two timed positions (cat-cow, from the seeded library), and
End in the middle of a hold set: the timed reps are offered for the log, never the untimed ones.

Time moves only when a test advances the FakeClock; the driver is re-armed so that it polls at
once and the test waits for the cues that became due, never sleeps.
"""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from sqlalchemy import select

from core.clock import FakeClock
from core.store.db import Database
from core.store.models import LoggedSet, Workout
from tests.reliability.short_routine import make_routine
from ui.workout import dialogs
from ui.workout.tab import WorkoutTab

T0 = datetime(2025, 6, 2, 7, 0, tzinfo=UTC)
CAT = "Cat-cow with holds"
ITEMS = (
    {"exercise": "cat-cow", "mode": "hold", "sets": 2, "reps_min": 3, "reps_max": 3,
     "hold_seconds": 10, "rest_seconds": 30},
)  # fmt: skip


class SilentCues:
    def play(self, kind: str) -> bool:
        return False

    def speak(self, text: str) -> bool:
        return False


@pytest.fixture
def asked(monkeypatch) -> list[list[str]]:  # type: ignore[no-untyped-def]
    """What the End question listed; the answer is set per test in ``asked.answer``."""
    lines: list[list[str]] = []
    monkeypatch.setattr(dialogs, "ask_resume", lambda parent, info: "later")
    monkeypatch.setattr(dialogs, "show_summary", lambda parent, summary, records, unit: None)
    monkeypatch.setattr(dialogs, "ask_quit", lambda parent, logged: "keep")
    return lines


@pytest.fixture
def cat(qtbot, seeded_db: Database):  # type: ignore[no-untyped-def]
    make_routine(seeded_db, "Cat only", ITEMS)
    clock = FakeClock(T0)
    tab = WorkoutTab(clock=clock, cue_player=SilentCues())
    qtbot.addWidget(tab)
    tab.resize(1280, 800)
    tab.show()
    tab.attach(seeded_db)
    tab.routine_combo.setCurrentIndex(tab.routine_combo.findText("Cat only"))
    tab.start_button.click()
    return tab, clock, seeded_db


def advance(qtbot, tab: WorkoutTab, clock: FakeClock, seconds: float | None = None) -> None:  # type: ignore[no-untyped-def]
    """Let the current phase run out (or ``seconds`` pass) and wait for its cues."""
    assert tab.run is not None and tab.run.player is not None
    if seconds is None:
        seconds = tab.run.player.remaining()
        assert seconds is not None
    clock.advance(seconds)
    with qtbot.waitSignal(tab.driver.repaint, timeout=3000):
        tab.driver.rearm()


def stored(db: Database) -> list[tuple[int | None, float | None, float | None]]:
    with db.read_scope() as s:
        rows = s.scalars(select(LoggedSet).order_by(LoggedSet.id)).all()
        return [(r.reps, r.duration_seconds, r.target_seconds) for r in rows]


def test_cat_cow_times_and_titles_both_positions_and_logs_the_timed_seconds(qtbot, cat) -> None:  # type: ignore[no-untyped-def]
    """Each rep is "Hold: rounded 1 of 2" then "Hold: arched 2 of 2", 10 s each, a release
    between reps; while they run the form waits; after the last position it holds the 3 reps
    and the 10 s timed, and Confirm logs exactly that."""
    tab, clock, db = cat
    advance(qtbot, tab, clock)  # get ready
    title = tab.display.phase_label.text()
    assert title == f"Hold: rounded 1 of 2 — {CAT} — set 1 of 2 — rep 1 of 3", title
    assert "Position 1 of 2: rounded" in tab.details_label.text()
    assert tab.display.digits.text() == "10"
    assert "being timed" in tab.log_panel.form_title.text()
    assert "(rounded then arched, each)" in tab.target_label.text()
    advance(qtbot, tab, clock)
    assert tab.display.phase_label.text().startswith("Hold: arched 2 of 2 — " + CAT)
    advance(qtbot, tab, clock)
    assert tab.display.phase_label.text() == "Release"
    seen = []
    while tab.run is not None and tab.run.log_target() is None:
        advance(qtbot, tab, clock)
        seen.append(tab.display.phase_label.text().split(" — ")[0])
    assert seen == ["Hold: rounded 1 of 2", "Hold: arched 2 of 2", "Release",
                    "Hold: rounded 1 of 2", "Hold: arched 2 of 2", "Rest"]  # fmt: skip
    form = tab.log_panel.set_form.edits
    assert (form["reps"].text(), form["duration_seconds"].text()) == ("3", "10")
    tab.controls.confirm_button.click()
    assert stored(db) == [(3, 10.0, 10.0)]


def test_end_mid_set_offers_the_fully_timed_reps_and_logs_only_them(
    qtbot, cat, asked, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    """End during rep 2 (its rounded timed, its arched running): the question lists rep 1 only,
    with its 10 s; "log" stores 1 rep x 10 s and the workout is saved with that set."""
    tab, clock, db = cat
    monkeypatch.setattr(
        dialogs, "ask_end_timed", lambda parent, timed, logged: asked.append(timed) or "log"
    )
    for _ in range(5):  # get ready, rounded, arched, release, rounded of rep 2
        advance(qtbot, tab, clock)
    advance(qtbot, tab, clock, 4)  # 4 s into the arched hold of rep 2
    assert tab.run is not None and tab.run.player is not None
    assert tab.run.player.step.rep == 2 and tab.run.player.step.position == "arched"
    wid = tab.run.workout_id
    with qtbot.waitSignal(tab.workout_ended):
        tab.controls.end_button.click()
    assert asked == [[f"{CAT}, set 1: 1 rep of 10 s timed"]]
    assert stored(db) == [(1, 10.0, 10.0)]
    with db.read_scope() as s:
        workout = s.get(Workout, wid)
        assert workout is not None and workout.ended_at is not None


def test_end_without_the_timed_reps_or_going_on(qtbot, cat, asked, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """ "Go on" changes nothing; "End without them" logs nothing, so the workout is not saved;
    with no rep fully timed yet, there is nothing to offer."""
    tab, clock, db = cat
    answers = iter(["cancel", "drop"])
    monkeypatch.setattr(
        dialogs, "ask_end_timed", lambda parent, timed, logged: asked.append(timed) or next(answers)
    )
    monkeypatch.setattr(dialogs, "confirm_end", lambda parent, pending, logged: True)
    advance(qtbot, tab, clock)
    advance(qtbot, tab, clock)  # rounded of rep 1 timed, arched running: no whole rep
    assert tab.run is not None and tab.run.timed_not_logged() == []
    for _ in range(2):
        advance(qtbot, tab, clock)  # arched, then the release
    tab.controls.end_button.click()
    assert tab.run is not None and not tab.run.finished and stored(db) == []
    wid = tab.run.workout_id
    tab.controls.end_button.click()
    assert tab.run is None and stored(db) == []
    assert asked == [[f"{CAT}, set 1: 1 rep of 10 s timed"]] * 2
    assert "not saved" in tab.workout_label.text()
    with db.read_scope() as s:
        assert s.get(Workout, wid) is None
