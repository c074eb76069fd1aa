"""The Workout tab on a shared PostgreSQL store (the session's throwaway server): a workout
open on another machine is offered but not taken, a lost connection keeps the set unsaved and
retries, and leaving the window lets the other machine resume. Skips where PostgreSQL is
absent (the pg_server fixture says why)."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import UTC, datetime
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from sqlalchemy import func, select
from sqlalchemy.engine import make_url

from core.clock import FakeClock
from core.store.claims import WorkoutInUseError, claim_workout
from core.store.db import Database, open_database
from core.store.models import LoggedSet
from core.workout.resume import ResumeInfo
from tests.reliability.short_routine import make_routine
from ui.workout import dialogs
from ui.workout.tab import CONNECTION_LOST, WorkoutTab

T0 = datetime(2024, 5, 6, 18, 0, tzinfo=UTC)


@pytest.fixture
def shared(pg_server: Any, pg_url: Callable[..., str]) -> Iterator[tuple[str, str, Any]]:
    """(url, database name, server) of a fresh seeded shared database with the short routine;
    connections are allowed again after the test (so it can be dropped)."""
    url = pg_url("backline_seeded")
    name = str(make_url(url).database)
    db = open_database(url)
    try:
        make_routine(db)
    finally:
        db.close()
    yield url, name, pg_server
    pg_server.admin(f"ALTER DATABASE {name} ALLOW_CONNECTIONS true")


@pytest.fixture
def machines(shared: tuple[str, str, Any]) -> Iterator[tuple[Database, Database]]:
    """Two instances (here and there) on the one shared database."""
    url = shared[0]
    here, there = open_database(url), open_database(url)
    yield here, there
    here.close()
    there.close()


def make_tab(qtbot, db: Database) -> WorkoutTab:  # type: ignore[no-untyped-def]
    tab = WorkoutTab(clock=FakeClock(T0), cue_player=_Quiet())
    qtbot.addWidget(tab)
    tab.resize(1280, 800)
    tab.show()
    with qtbot.waitActive(tab):
        tab.activateWindow()  # the window manager's part: the window has the keyboard
    tab.attach(db)
    return tab


class _Quiet:
    def play(self, kind: str) -> bool:
        return False

    def speak(self, text: str) -> bool:
        return False


def sets_in(db: Database) -> int:
    with db.read_scope() as s:
        return int(s.scalar(select(func.count()).select_from(LoggedSet)) or 0)


def start_short(tab: WorkoutTab) -> None:
    """Start the short routine and step from get-ready to the first set (a person's Start)."""
    tab.routine_combo.setCurrentIndex(tab.routine_combo.findText("Short test routine"))
    tab.start_button.click()
    tab.next_step()


def press_enter_in_reps(qtbot, tab: WorkoutTab, reps: str) -> None:  # type: ignore[no-untyped-def]
    """Click into the reps field, type the reps, press Enter there."""
    field = tab.log_panel.set_form.edits["reps"]
    qtbot.mouseClick(field, Qt.MouseButton.LeftButton)
    assert QApplication.focusWidget() is field
    qtbot.keyClick(field, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(QApplication.focusWidget(), reps)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)


def cut_connections(server: Any, name: str) -> None:
    """The network goes: every connection to the database ends and no new one is let in."""
    server.admin(
        f"ALTER DATABASE {name} ALLOW_CONNECTIONS false",
        "SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
        f"WHERE datname = '{name}' AND pid <> pg_backend_pid()",
    )


def test_lost_connection_keeps_the_set_unsaved_and_it_lands_once_after(
    qtbot, shared, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    """The server drops every connection and refuses new ones: Enter leaves the set in the
    form, the status says it is not saved and will be retried, nothing is stored and nothing
    says "Saved". When the server lets the machine in again the retry timer's next try (the
    claim taken again) stores the set exactly once, and only then "Saved ✓" shows."""
    url, name, server = shared
    monkeypatch.setattr(dialogs, "ask_resume", lambda parent, info: "later")
    db = open_database(url)
    try:
        tab = make_tab(qtbot, db)
        start_short(tab)
        saved: list[object] = []
        tab.set_saved.connect(saved.append)
        cut_connections(server, name)
        press_enter_in_reps(qtbot, tab, "11")
        assert tab.log_panel.status_label.text() == CONNECTION_LOST
        assert tab.log_panel.set_form.edits["reps"].text() == "11"  # still in the form
        assert tab.retry_timer.isActive() and saved == []
        # A try while the server still refuses: still unsaved, still retrying.
        with qtbot.waitSignal(tab.retry_timer.timeout, timeout=5000):
            pass
        assert tab.log_panel.status_label.text() == CONNECTION_LOST and saved == []
        assert "Saved" not in tab.log_panel.status_label.text()
        server.admin(f"ALTER DATABASE {name} ALLOW_CONNECTIONS true")
        assert sets_in(db) == 0
        with qtbot.waitSignal(tab.set_saved, timeout=10000):
            pass  # the timer's next try
        assert sets_in(db) == 1 and len(saved) == 1
        assert tab.log_panel.status_label.text().startswith("Saved ✓ Glute bridge, set 1")
        assert not tab.retry_timer.isActive()
        tab.leave_unfinished()
    finally:
        db.close()


def test_lost_connection_then_the_next_enter_saves(qtbot, shared, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """The connection lost once (a commit that fails as a dropped connection does): the set
    is not saved and the status says so; the person's next Enter saves it, once."""
    from sqlalchemy.exc import OperationalError

    url = shared[0]
    monkeypatch.setattr(dialogs, "ask_resume", lambda parent, info: "later")
    db = open_database(url)
    try:
        tab = make_tab(qtbot, db)
        start_short(tab)
        real = db._write
        failures = [OperationalError("COMMIT", {}, Exception("server closed the connection"))]

        def flaky() -> Any:
            session = real()
            if failures:
                error = failures.pop()

                def commit() -> None:
                    raise error

                session.commit = commit  # type: ignore[method-assign]
            return session

        monkeypatch.setattr(db, "_write", flaky)
        press_enter_in_reps(qtbot, tab, "12")
        assert tab.log_panel.status_label.text() == CONNECTION_LOST
        assert sets_in(db) == 0
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)
        assert tab.log_panel.status_label.text().startswith("Saved ✓")
        assert sets_in(db) == 1 and not tab.retry_timer.isActive()
        tab.leave_unfinished()
    finally:
        db.close()


def test_a_workout_open_on_another_machine_is_offered_not_taken(
    qtbot, machines, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    """Machine A follows a workout; B is offered it (in_use), and Resume says it is open on
    another machine, starts nothing, and keeps the offer; Finish is refused the same way.
    Once A lets go, B's "Resume unfinished workout…" button resumes it."""
    here, there = machines
    a = make_tab(qtbot, there)
    monkeypatch.setattr(dialogs, "ask_resume", lambda parent, info: "later")
    start_short(a)
    offered: list[ResumeInfo] = []
    answers = ["resume", "finish", "resume"]

    def ask(_parent, info: ResumeInfo) -> str:  # type: ignore[no-untyped-def]
        offered.append(info)
        return answers.pop(0)

    monkeypatch.setattr(dialogs, "ask_resume", ask)
    b = make_tab(qtbot, here)
    assert offered[-1].in_use is True
    assert b.run is None and "open on another machine" in b.log_panel.status_label.text()
    assert b.resume_button.isVisibleTo(b)
    qtbot.mouseClick(b.resume_button, Qt.MouseButton.LeftButton)  # "finish"
    assert "open on another machine" in b.log_panel.status_label.text()
    with here.read_scope() as s:
        from core.store.models import Workout

        assert s.get(Workout, offered[-1].workout_id).ended_at is None  # type: ignore[union-attr]
    a.leave_unfinished()
    qtbot.mouseClick(b.resume_button, Qt.MouseButton.LeftButton)  # "resume"
    assert b.run is not None and b.run.workout_id == offered[0].workout_id
    assert not b.resume_button.isVisibleTo(b)
    b.leave_unfinished()


def test_another_machine_taking_the_workout_stops_it_here(
    qtbot, machines, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    """B's connection (and with it its claim) is cut and A claims the workout meanwhile: B's
    next Enter stops the run with a line why, and stores nothing."""
    here, there = machines
    monkeypatch.setattr(dialogs, "ask_resume", lambda parent, info: "later")
    b = make_tab(qtbot, here)
    start_short(b)
    assert b.run is not None
    wid = b.run.workout_id
    # Cut only B's claim connection: A is another machine and takes the claim.
    from core.store import claims

    held = claims._HELD[here.engine][wid]
    pid = held.conn.exec_driver_sql("SELECT pg_backend_pid()").scalar_one()
    with there.engine.connect() as conn:
        conn.exec_driver_sql(f"SELECT pg_terminate_backend({int(pid)})")
        conn.commit()
    taken = claim_workout(there, wid)
    press_enter_in_reps(qtbot, b, "10")
    assert b.run is None
    status = b.log_panel.status_label.text()
    assert status.startswith("Stopped here, the set not saved:") and "another machine" in status
    assert sets_in(here) == 0
    taken.release()


def test_quitting_with_a_workout_unfinished_lets_another_machine_resume(
    qtbot, shared, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    """The window is closed with "quit and resume later": the workout's claim is let go at
    once (the app still running), so the other machine can take it."""
    from ui.main_window import MainWindow

    url = shared[0]
    monkeypatch.setattr(dialogs, "ask_resume", lambda parent, info: "later")
    monkeypatch.setattr(dialogs, "ask_quit", lambda parent, logged: "later")
    here, there = open_database(url), open_database(url)
    try:
        window = MainWindow()
        qtbot.addWidget(window)
        window.attach_database(here)
        window.show()
        with qtbot.waitActive(window):
            window.activateWindow()
        tab = window.show_tab("Workout")
        assert isinstance(tab, WorkoutTab)
        start_short(tab)
        press_enter_in_reps(qtbot, tab, "10")
        assert tab.run is not None
        wid = tab.run.workout_id
        with pytest.raises(WorkoutInUseError):
            claim_workout(there, wid)
        window.close()
        claim_workout(there, wid).release()
    finally:
        here.close()
        there.close()


def test_steps_go_on_while_the_connection_is_lost_and_are_stored_after(
    qtbot, shared, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    """With the server unreachable, Next still moves the player (its timer is this machine's)
    and the status says where you are is not stored yet, with no error box; once the server
    is back the next step's save stores the position the screen shows."""
    from core.workout.resume import unfinished_workout
    from ui.workout.tab import POSITION_NOT_SAVED

    url, name, server = shared
    monkeypatch.setattr(dialogs, "ask_resume", lambda parent, info: "later")
    db = open_database(url)
    try:
        tab = make_tab(qtbot, db)
        start_short(tab)
        assert tab.run is not None and tab.run.player is not None
        before = tab.run.player.index
        cut_connections(server, name)
        qtbot.mouseClick(tab.controls.next_button, Qt.MouseButton.LeftButton)
        assert tab.run.player.index == before + 1
        assert tab.log_panel.status_label.text() == POSITION_NOT_SAVED
        server.admin(f"ALTER DATABASE {name} ALLOW_CONNECTIONS true")
        qtbot.mouseClick(tab.controls.next_button, Qt.MouseButton.LeftButton)
        with db.read_scope() as s:
            info = unfinished_workout(session=s)
        assert info is not None and info.step_index == tab.run.player.index == before + 2
        tab.leave_unfinished()
    finally:
        db.close()
