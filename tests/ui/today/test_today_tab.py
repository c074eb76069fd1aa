"""The Today tab driven by keys: the program's parts with targets and sources, the day's log
typed and saved with Enter (a refused value named, nothing saved), moving between days, and the
due-next button that Enter presses."""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from core.daily.log import get_day
from core.daily.today import ITEM_KEYS
from ui.today.tab import TodayTab


def _tab(qtbot, db) -> TodayTab:  # type: ignore[no-untyped-def]
    tab = TodayTab()
    qtbot.addWidget(tab)
    tab.resize(1200, 700)
    tab.attach(db)
    with qtbot.waitActive(tab):
        tab.show()
        tab.activateWindow()
    return tab


def _type_into(qtbot, tab: TodayTab, field: str, text: str) -> None:  # type: ignore[no-untyped-def]
    """Tab through the fields as a person does until `field` has focus, then type."""
    edit = tab.fields[field]
    for _ in range(40):
        if QApplication.focusWidget() is edit:
            break
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is edit
    edit.selectAll()
    qtbot.keyClicks(edit, text)


def _row(tab: TodayTab, key: str) -> list[str]:
    keys = [item.key for item in tab.model.rows()]
    r = keys.index(key)
    return [tab.model.index(r, c).data() for c in range(tab.model.columnCount())]


def test_parts_targets_and_sources_on_a_fresh_day(qtbot, seeded_db) -> None:  # type: ignore[no-untyped-def]
    """Every part is listed; cardio's target comes from article 001 by title; water is our
    default; the home complex is due first and its button has focus, so Enter asks to start it."""
    tab = _tab(qtbot, seeded_db)
    assert [item.key for item in tab.model.rows()] == list(ITEM_KEYS)
    cardio = _row(tab, "cardio")
    assert cardio[1] == "4-5 sessions a week"
    assert cardio[4] == "Getting rid of cellulite on the back of the thighs"  # article 001
    assert _row(tab, "water")[4] == "our default"
    assert _row(tab, "calories")[3] == "no target"
    assert _row(tab, "home_complex")[1:3] == ["once today", "nothing logged"]
    assert _row(tab, "strength")[2] == "0 sessions"
    keys = [item.key for item in tab.model.rows()]
    tip = tab.model.index(keys.index("calories"), 1).data(Qt.ItemDataRole.ToolTipRole)
    assert "no target until the plan has" in tip  # why there is no target, on the row
    assert QApplication.focusWidget() is tab.start_button
    assert tab.start_button.text().startswith("Start Daily home back complex")
    asked: list[object] = []
    tab.start_requested.connect(asked.append)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)
    assert [a.key for a in asked] == ["home_complex"]  # type: ignore[attr-defined]


def test_the_days_log_is_typed_and_saved_with_enter(qtbot, seeded_db) -> None:  # type: ignore[no-untyped-def]
    """Servings 5 and sleep 7.5 typed into their fields, Enter saves them for today, the table
    shows servings met; sleep 30 h is refused beside the field with nothing saved."""
    tab = _tab(qtbot, seeded_db)
    _type_into(qtbot, tab, "servings", "5")
    _type_into(qtbot, tab, "sleep_hours", "7.5")
    qtbot.keyClick(tab.fields["sleep_hours"], Qt.Key.Key_Return)
    assert tab.log_status.text() == "Saved."
    with seeded_db.read_scope() as s:
        row = get_day(date.today(), session=s)
    assert row is not None and (row.servings, row.sleep_hours) == (5, 7.5)
    assert _row(tab, "servings")[2:4] == ["5 servings", "✓ met"]
    _type_into(qtbot, tab, "sleep_hours", "30")
    qtbot.keyClick(tab.fields["sleep_hours"], Qt.Key.Key_Return)
    assert tab.log_status.text() == "Not saved."
    assert tab.errors["sleep_hours"].text().startswith("Sleep ")
    with seeded_db.read_scope() as s:
        row = get_day(date.today(), session=s)
    assert row is not None and row.sleep_hours == 7.5


def test_moving_between_days(qtbot, seeded_db) -> None:  # type: ignore[no-untyped-def]
    """Alt+Left shows yesterday (its own empty log), Next is enabled there and not today,
    Alt+Home comes back."""
    tab = _tab(qtbot, seeded_db)
    assert not tab.next_button.isEnabled()
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Left, Qt.KeyboardModifier.AltModifier)
    assert tab.view is not None and tab.view.report.day == date.today() - timedelta(days=1)
    assert tab.next_button.isEnabled()
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Home, Qt.KeyboardModifier.AltModifier)
    assert tab.view.report.day == date.today()


def test_the_day_log_chart_shows_what_was_logged(qtbot, seeded_db) -> None:  # type: ignore[no-untyped-def]
    """With nothing logged the chart says so; after three days of calories and one night of
    sleep, it draws three bars and one sleep point (a day not logged is a gap, not a zero)."""
    from core.daily.log import record_day

    tab = _tab(qtbot, seeded_db)
    assert tab.chart.message.startswith("Calories and sleep appear here")
    today = date.today()
    with seeded_db.session_scope() as s:
        for n, kcal in enumerate((1800, 2100, 1950)):
            record_day(today - timedelta(days=n * 2), {"kcal": kcal}, session=s)
        record_day(today, {"sleep_hours": 7.5}, session=s)
    tab.refresh_now()
    figure = tab.chart.current_figure()
    assert figure is not None and tab.chart.has_chart
    calories_axes, sleep_axes = figure.axes
    assert sorted(p.get_height() for p in calories_axes.patches if p.get_height() > 0) == [
        1800,
        1950,
        2100,
    ]
    assert list(sleep_axes.lines[0].get_ydata()) == [7.5]
