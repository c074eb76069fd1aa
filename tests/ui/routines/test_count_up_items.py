"""An item "as long as you can" and a weight step, set in the Routines editor by a person and
followed in the Workout tab: the checkbox is reached and ticked by keyboard, the routine is
saved with Ctrl+S, and the Workout tab's clock counts up until Enter logs the real seconds.

Keys go to whatever widget has focus (QApplication.focusWidget()); time passes on a FakeClock
given to the Workout tab, whose driver is re-armed so that it polls at once.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime
from typing import Any

import pytest
from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import QApplication, QCheckBox
from sqlalchemy import select

from core.clock import FakeClock
from core.routines import drafts, service
from core.store.db import Database
from core.store.models import LoggedSet
from ui.routines.tab import RoutinesTab
from ui.workout import dialogs
from ui.workout.tab import WorkoutTab


class SilentCues:
    def play(self, kind: str) -> bool:
        return False

    def speak(self, text: str) -> bool:
        return False


@pytest.fixture
def point_locale() -> Iterator[None]:
    old = QLocale()
    QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedStates))
    yield
    QLocale.setDefault(old)


def press(
    qtbot, key: Qt.Key, modifier: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier
) -> None:  # type: ignore[no-untyped-def]
    widget = QApplication.focusWidget()
    assert widget is not None, "nothing has focus"
    qtbot.keyClick(widget, key, modifier)


def routines_tab(qtbot, db: Database) -> RoutinesTab:  # type: ignore[no-untyped-def]
    tab = RoutinesTab()
    tab.attach(db)
    qtbot.addWidget(tab)
    tab.resize(1280, 800)
    with qtbot.waitActive(tab):
        tab.show()
        tab.activateWindow()
    return tab


def make_routine(db: Database, name: str, *items: drafts.ItemDraft) -> int:
    with db.session_scope() as s:
        row = service.create_routine(name, session=s).value
        saved = service.save_routine(drafts.draft_from_row(row).edited(items=items), session=s)
        return saved.value.id


def click_field(qtbot, tab: RoutinesTab, key: str) -> None:  # type: ignore[no-untyped-def]
    """Click into a number field of the selected item, as a person does."""
    edit = tab.editor.panel.fields[key].edit
    qtbot.mouseClick(edit, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is edit)


def test_as_long_as_you_can_by_keyboard_then_the_clock_counts_up_and_enter_logs_it(
    qtbot, seeded_db: Database, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    """From the hold field, Tab reaches "As long as you can" (past "Each side in turn") and
    Space ticks it; Ctrl+S saves
    it. Started in the Workout tab, the hold counts up (0:00, then 0:42 after 42 s) with no
    deadline, Enter stops it and fills the form with the 42 s held, and Enter logs 42 s."""
    rid = make_routine(
        seeded_db,
        "Hold out",
        drafts.ItemDraft(
            exercise_slug="superman", mode="hold", sets=1, reps_min=1, hold_seconds=30
        ),
    )
    tab = routines_tab(qtbot, seeded_db)
    assert tab.select_routine(rid)
    tab.editor.items_view.selectRow(0)
    click_field(qtbot, tab, "hold_seconds")
    passed = []
    for _ in range(6):  # past "Each side in turn", the row above it
        focus = QApplication.focusWidget()
        if isinstance(focus, QCheckBox) and focus.text() == "As long as you can":
            break
        passed.append(focus)
        press(qtbot, Qt.Key.Key_Tab)
    check = QApplication.focusWidget()
    assert len(passed) <= 2, passed
    assert check is tab.editor.panel.count_up_check and not check.isChecked()
    press(qtbot, Qt.Key.Key_Space)
    assert check.isChecked() and tab.editor.draft is not None
    assert tab.editor.draft.items[0].count_up
    assert "30 s+ hold, as long as you can" in tab.editor.items_model.text(0, 3)
    press(qtbot, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert not tab.dirty
    with seeded_db.read_scope() as s:
        assert service.get_routine(rid, session=s).items[0].count_up

    monkeypatch.setattr(dialogs, "ask_resume", lambda parent, info: "later")
    monkeypatch.setattr(dialogs, "show_summary", lambda *a: None)
    clock = FakeClock(datetime(2025, 6, 2, 7, 0, tzinfo=UTC))
    workout = WorkoutTab(clock=clock, cue_player=SilentCues())
    qtbot.addWidget(workout)
    workout.resize(1280, 800)
    workout.show()
    workout.attach(seeded_db)
    workout.activateWindow()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is workout.routine_combo)
    while workout.routine_combo.currentText() != "Hold out":
        press(qtbot, Qt.Key.Key_Down)
    press(qtbot, Qt.Key.Key_Return)
    run = workout.run
    assert run is not None and run.player is not None

    def advance(seconds: float) -> None:
        clock.advance(seconds)
        with qtbot.waitSignal(workout.driver.repaint, timeout=3000):
            workout.driver.rearm()

    advance(10)  # the get-ready runs out
    step = run.player.step
    assert step.kind == "work" and step.count_up and step.seconds is None
    assert workout.display.digits.text() == "0:00"
    assert "As long as you can (mark 30 s)" in workout.details_label.text()
    advance(42)
    assert workout.display.digits.text() == "0:42" and run.player.step is step
    press(qtbot, Qt.Key.Key_Return)  # stops the clock: the 42 s wait in the form
    assert workout.log_panel.set_form.edits["duration_seconds"].text() == "42"
    press(qtbot, Qt.Key.Key_Return)  # logs them
    with seeded_db.read_scope() as s:
        sets = s.scalars(select(LoggedSet)).all()
        assert [(x.reps, x.duration_seconds, x.target_seconds) for x in sets] == [(1, 42.0, 30.0)]


def test_weight_step_is_typed_in_the_persons_unit_and_stored_in_kg(
    qtbot, seeded_db: Database, point_locale
) -> None:  # type: ignore[no-untyped-def]
    """A reps item shows a "Weight step" field in lb (for a person who weighs in lb) and no
    count-up box; 5 lb is stored as 2.268 kg; 0 lb is refused at the field and not saved; a hold
    item shows the box and no weight step."""
    from core.store.settings import set_setting

    with seeded_db.session_scope() as s:
        set_setting("weight_unit", "lb", session=s)
    rid = make_routine(
        seeded_db,
        "Steps",
        drafts.ItemDraft(exercise_slug="glute-bridge", sets=3, reps_min=10, reps_max=12),
        drafts.ItemDraft(
            exercise_slug="superman", mode="hold", sets=1, reps_min=3, hold_seconds=10
        ),
    )
    tab = routines_tab(qtbot, seeded_db)
    assert tab.select_routine(rid)
    panel = tab.editor.panel
    tab.editor.items_view.selectRow(0)
    step = panel.fields["weight_step_kg"]
    assert step.isVisible() and step.unit.text() == "lb"
    assert not panel.count_up_check.isVisible()
    click_field(qtbot, tab, "weight_step_kg")
    qtbot.keyClicks(QApplication.focusWidget(), "0")
    assert "Weight step" in step.error.text() and not tab.save()
    press(qtbot, Qt.Key.Key_Backspace)
    qtbot.keyClicks(QApplication.focusWidget(), "5")
    assert step.error.text() == "" and tab.save()
    with seeded_db.read_scope() as s:
        item: Any = service.get_routine(rid, session=s).items[0]
    assert item.weight_step_kg == pytest.approx(2.26796185)
    tab.editor.items_view.selectRow(0)
    assert step.edit.text() == "5"
    tab.editor.items_view.selectRow(1)
    assert panel.count_up_check.isVisible() and not step.isVisible()
