"""In German a weight is typed with a decimal comma and shown with one: "62,5" typed into the
real set form by key presses is 62.5 kg, and a stored 62.5 kg reads "62,5 kg" (in the form, in
History's list of sets, on a chart's value axis). The chart's dates take German month names.

Driven as a person does: keys typed into the focused field; no sleeps.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, date, datetime

import pytest
from matplotlib.backends.backend_agg import FigureCanvasAgg
from matplotlib.figure import Figure
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from core import i18n
from core.bounds import LOGGED_SET, InputError, number_bound
from core.insight.history import SetRow
from core.units import format_weight
from core.workout.log import SetValues
from ui.history.models import done_text
from ui.widgets.chart_canvas import ChartColors, date_formatter, style_axes
from ui.widgets.number_field import NumberField, read_number
from ui.widgets.set_form import SetForm

COLORS = ChartColors(
    background="#ffffff",
    foreground="#000000",
    accent="#1f77b4",
    muted="#999999",
    grid="#dddddd",
    dark=False,
)


@pytest.fixture
def german() -> Iterator[None]:
    i18n.set_language("de")
    yield
    i18n.set_language("en")


@pytest.fixture
def form(qtbot, german: None) -> SetForm:  # type: ignore[no-untyped-def]
    widget = SetForm(note=True)
    qtbot.addWidget(widget)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def _type(qtbot, form: SetForm, field: str, text: str) -> None:  # type: ignore[no-untyped-def]
    """Click the field and type, as a person does (offscreen: the window's focus widget)."""
    edit = form.edits[field]
    qtbot.mouseClick(edit, Qt.MouseButton.LeftButton)
    focused = QApplication.focusWidget() or form.window().focusWidget()
    assert focused is edit
    focused.clear()
    qtbot.keyClicks(focused, text)


def test_62_comma_5_typed_in_german_is_62_5_kg(qtbot, form: SetForm) -> None:  # type: ignore[no-untyped-def]
    """Key presses "6", "2", ",", "5" in the weight field: the form gives 62.5 kg; a point is
    read the same way, and 8 reps with them."""
    _type(qtbot, form, "reps", "8")
    _type(qtbot, form, "weight_kg", "62,5")
    assert form.edits["weight_kg"].text() == "62,5"
    values = form.values(required={"reps"})
    assert (values.reps, values.weight_kg) == (8, 62.5)
    _type(qtbot, form, "weight_kg", "62.5")
    assert form.values().weight_kg == 62.5
    _type(qtbot, form, "rpe", "7,5")
    assert form.values().rpe == 7.5


def test_a_weight_typed_in_pounds_with_a_comma_comes_back_in_kilograms(  # type: ignore[no-untyped-def]
    qtbot, form: SetForm
) -> None:
    form.set_weight_unit("lb")
    _type(qtbot, form, "weight_kg", "137,5")
    assert form.values().weight_kg == pytest.approx(137.5 * 0.45359237)


def test_a_shown_weight_reads_62_comma_5_kg(form: SetForm) -> None:
    """A stored 62.5 kg is filled in as "62,5" beside "kg", and left as shown it comes back as
    62.5 kg exactly; History's sets and the shared formatter write "62,5 kg"."""
    form.fill(SetValues(reps=8, weight_kg=62.5))
    shown = f"{form.edits['weight_kg'].text()} {form.weight_unit_label.text()}"
    assert shown == "62,5 kg"
    assert form.values().weight_kg == 62.5
    assert format_weight(62.5, "kg") == "62,5 kg"
    row = SetRow(
        id=1,
        position=0,
        exercise_id=1,
        exercise_name="Goblet squat",
        exercise_mode="reps",
        set_number=1,
        side=None,
        set_type="normal",
        target_reps=None,
        target_weight_kg=None,
        target_seconds=None,
        reps=8,
        weight_kg=62.5,
        duration_seconds=None,
        distance_km=None,
        rpe=None,
        note="",
        logged_at=datetime(2025, 3, 3, 18, tzinfo=UTC),
    )
    assert done_text(row, "kg") == "8 × 62,5 kg"


def test_a_refused_comma_number_says_so_in_the_field(qtbot, form: SetForm) -> None:  # type: ignore[no-untyped-def]
    """ "62,,5" is no number: the form refuses it at the weight field and stores nothing."""
    _type(qtbot, form, "weight_kg", "62,,5")
    with pytest.raises(InputError) as raised:
        form.values()
    assert raised.value.field == "weight_kg"
    assert form.errors["weight_kg"].text() != ""


def test_number_field_shows_and_reads_the_decimal_comma(qtbot, german: None) -> None:  # type: ignore[no-untyped-def]
    field = NumberField("weight_kg", "kg", name="Gewicht")
    qtbot.addWidget(field)
    bound = number_bound(LOGGED_SET, "weight_kg")
    field.set_number(62.5)
    assert field.edit.text() == "62,5"
    assert field.number(bound) == 62.5
    field.set_number(20 / 0.45359237)  # 44.0924... lb shown rounded, kept exact
    assert field.edit.text() == "44,09"
    assert field.number(bound) == 20 / 0.45359237
    field.edit.clear()
    qtbot.keyClicks(field.edit, "12,5")
    assert field.number(bound) == 12.5
    assert read_number("", field="weight_kg", bound=bound) is None


def test_a_chart_writes_german_numbers_and_months(german: None) -> None:
    """The value axis says "2,5", not "2.5"; dates across months say "Feb." and "März"."""
    from matplotlib.dates import AutoDateLocator, date2num

    fig = Figure()
    FigureCanvasAgg(fig)
    ax = fig.add_subplot()
    style_axes(ax, COLORS)
    days = [date(2026, 1, 5), date(2026, 2, 10), date(2026, 3, 20)]
    ax.plot([float(date2num(d)) for d in days], [1.0, 2.5, 3.0])
    locator = AutoDateLocator()
    ax.xaxis.set_major_locator(locator)
    ax.xaxis.set_major_formatter(date_formatter(locator))
    fig.canvas.draw()
    y_labels = [t.get_text() for t in ax.get_yticklabels() if t.get_text()]
    assert any("," in label for label in y_labels) and not any("." in t for t in y_labels)
    x_labels = [t.get_text() for t in ax.get_xticklabels() if t.get_text()]
    assert "Feb." in x_labels and "März" in x_labels


def test_english_charts_keep_their_point_and_month_names() -> None:
    from matplotlib.dates import AutoDateLocator, date2num

    fig = Figure()
    FigureCanvasAgg(fig)
    ax = fig.add_subplot()
    style_axes(ax, COLORS)
    days = [date(2026, 1, 5), date(2026, 2, 10), date(2026, 3, 20)]
    ax.plot([float(date2num(d)) for d in days], [1.0, 2.5, 3.0])
    locator = AutoDateLocator()
    ax.xaxis.set_major_locator(locator)
    ax.xaxis.set_major_formatter(date_formatter(locator))
    fig.canvas.draw()
    y_labels = [t.get_text() for t in ax.get_yticklabels() if t.get_text()]
    assert any("." in label for label in y_labels)
    x_labels = [t.get_text() for t in ax.get_xticklabels() if t.get_text()]
    assert "Feb" in x_labels and "Mar" in x_labels
