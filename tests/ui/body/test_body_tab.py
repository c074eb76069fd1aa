"""The Body & plan tab: logging in the person's units, refused input, edit and delete with
confirmation, the weight chart (lazy, palette-aware) and the plan panel with its sources."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from PySide6.QtCore import QDate, QLocale, Qt
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication, QLabel, QLineEdit

from core import i18n, units
from core.body import measurements as body
from core.body import nutrition as plan
from core.changes import Changes
from core.store.settings import load_settings, set_setting
from ui import dialogs
from ui.body import measurements as body_measurements
from ui.body import plan_panel
from ui.body.measurements import NO_WEIGHT, MeasurementTableModel
from ui.body.plan_panel import PlanTableModel
from ui.body.tab import BodyTab

TITLE_002 = "article 002 — How to Get Rid of Back Leg Fat: What Actually Works"
TITLE_003 = "article 003 — How to Get Rid of Back Dimples: Fat & Cellulite"


def _settings(db, **values) -> None:  # type: ignore[no-untyped-def]
    with db.session_scope() as session:
        for key, value in values.items():
            set_setting(key, value, session=session)


def _stored(db, key):  # type: ignore[no-untyped-def]
    with db.read_scope() as session:
        return getattr(load_settings(session=session), key)


def _rows(db) -> list[body.MeasurementRow]:  # type: ignore[no-untyped-def]
    with db.read_scope() as session:
        return body.list_measurements(session=session)


def _add(db, day: date, **values) -> None:  # type: ignore[no-untyped-def]
    with db.session_scope() as session:
        body.add_measurement(session=session, measured_on=day, **values)


def _tab(qtbot, db) -> BodyTab:  # type: ignore[no-untyped-def]
    tab = BodyTab()
    qtbot.addWidget(tab)
    tab.attach(db)
    tab.resize(1280, 760)
    tab.show()
    qtbot.waitExposed(tab)
    return tab


@pytest.fixture
def c_locale():  # type: ignore[no-untyped-def]
    """Decimal point '.', whatever the machine's locale."""
    before = QLocale()
    QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedStates))
    yield
    QLocale.setDefault(before)


def test_models_pass_the_model_tester(qtmodeltester) -> None:  # type: ignore[no-untyped-def]
    """Both table models (measurements, plan figures) satisfy Qt's model checks."""
    rows = [
        body.MeasurementRow(1, date(2026, 1, 1), 70.0, None, 95.5, 50.0, "n"),
        body.MeasurementRow(2, date(2026, 1, 2), None, 80.0, None, None, ""),
    ]
    model = MeasurementTableModel()
    model.set_rows(rows)
    model.set_units("lb", "in")
    qtmodeltester.check(model)
    assert model.data(model.index(0, 1)) == "154.3 lb"
    figures = plan.compute_plan(plan.PlanInputs(weight_kg=70)).figures
    plan_model = PlanTableModel()
    plan_model.set_rows(list(figures))
    qtmodeltester.check(plan_model)


def test_add_a_measurement_in_kg(qtbot, db, c_locale) -> None:  # type: ignore[no-untyped-def]
    """Filling the form and pressing Add stores kg and cm, announces a body change, clears
    the form and lists the new row first."""
    _add(db, date(2020, 1, 1), weight_kg=90)
    tab = _tab(qtbot, db)
    assert tab.measurements.date_edit.date() == QDate.currentDate()
    tab.measurements.date_edit.setDate(QDate(2026, 3, 2))
    tab.measurements.weight_edit.setText("72.4")
    tab.measurements.waist_edit.setText("81")
    tab.measurements.note_edit.setText("morning")
    with qtbot.waitSignal(tab.changed) as blocker:
        tab.measurements.add_button.click()
    assert blocker.args == [Changes(body=True)]
    new = [r for r in _rows(db) if r.measured_on == date(2026, 3, 2)][0]
    assert (new.weight_kg, new.waist_cm, new.hips_cm, new.note) == (72.4, 81.0, None, "morning")
    assert (
        tab.measurements.weight_edit.text() == ""
        and tab.measurements.status_label.text() == "Saved."
    )
    assert (
        tab.measurements.model.data(tab.measurements.model.index(0, 0)) == "2026-03-02"
    )  # newest first
    assert tab.measurements.model.data(tab.measurements.model.index(1, 0)) == "2020-01-01"


def test_pounds_and_inches_follow_the_settings(qtbot, db, c_locale) -> None:  # type: ignore[no-untyped-def]
    """With lb/in chosen, the form takes pounds and inches, stores kg/cm that read back to
    the same typed values, and a later unit change redraws the table."""
    _settings(db, weight_unit="lb", length_unit="in")
    tab = _tab(qtbot, db)
    assert (
        tab.measurements.weight_unit_label.text() == "lb"
        and tab.plan_panel.height_unit_label.text() == "in"
    )
    tab.measurements.weight_edit.setText("176.37")
    tab.measurements.thigh_edit.setText("21.3")
    assert tab.measurements.submit()
    (row,) = _rows(db)
    assert row.weight_kg == units.kg_from(176.37, "lb")
    assert round(units.cm_to(row.thigh_cm, "in"), 1) == 21.3
    assert tab.measurements.model.data(tab.measurements.model.index(0, 1)) == "176.4 lb"
    assert tab.measurements.model.data(tab.measurements.model.index(0, 4)) == "21.3 in"
    _settings(db, weight_unit="kg")
    tab.on_data_changed(Changes(settings=True))
    assert tab.measurements.model.data(tab.measurements.model.index(0, 1)) == units.format_weight(
        row.weight_kg, "kg"
    )


def test_bad_input_names_each_field_and_saves_nothing(qtbot, db, c_locale) -> None:  # type: ignore[no-untyped-def]
    """Every refused field gets its own red message; nothing is stored or announced."""
    tab = _tab(qtbot, db)
    emitted: list[object] = []
    tab.changed.connect(emitted.append)
    tab.measurements.weight_edit.setText("abc")
    tab.measurements.hips_edit.setText("5")
    assert not tab.measurements.submit()
    assert (
        tab.measurements.errors["weight_kg"].isVisible()
        and "Weight" in tab.measurements.errors["weight_kg"].text()
    )
    assert "between 20 and 300" in tab.measurements.errors["hips_cm"].text()
    assert not tab.measurements.errors["waist_cm"].isVisible()
    tab.measurements.weight_edit.clear()
    tab.measurements.hips_edit.clear()
    assert not tab.measurements.submit()  # nothing at all
    assert "at least one" in tab.measurements.errors["weight_kg"].text()
    assert _rows(db) == [] and emitted == []
    tab.measurements.weight_edit.setText("70")
    assert tab.measurements.submit()
    assert not tab.measurements.errors["weight_kg"].isVisible()


def test_decimal_comma_in_a_comma_locale(qtbot, db) -> None:  # type: ignore[no-untyped-def]
    """In German '62,5' is 62.5 kg, and editing shows it with a comma again; in English a comma
    is refused with a clear word ('1,000' is a thousand there), nothing saved, and a point is
    read (core.bounds.parse_number)."""
    i18n.set_language("de")
    tab = _tab(qtbot, db)
    tab.measurements.weight_edit.setText("62,5")
    assert tab.measurements.submit()
    assert _rows(db)[0].weight_kg == 62.5
    tab.measurements.select_row(0)
    assert tab.measurements.edit_selected()
    assert tab.measurements.weight_edit.text() == "62,5"
    i18n.set_language("en")
    english = _tab(qtbot, db)
    english.measurements.weight_edit.setText("70,25")
    assert not english.measurements.submit()
    assert "use a point for decimals" in english.measurements.errors["weight_kg"].text()
    assert {r.weight_kg for r in _rows(db)} == {62.5}
    english.measurements.weight_edit.setText("70.25")
    assert english.measurements.submit()
    assert {r.weight_kg for r in _rows(db)} == {62.5, 70.25}


def test_edit_keeps_untouched_values_exact(qtbot, db, c_locale) -> None:  # type: ignore[no-untyped-def]
    """Editing only the note of a row shown in lb leaves its stored kg bit-for-bit the same;
    a changed field is stored from the new text."""
    _add(db, date(2026, 1, 5), weight_kg=70.123456, waist_cm=80.0)
    _settings(db, weight_unit="lb")
    tab = _tab(qtbot, db)
    tab.measurements.select_row(0)
    assert tab.measurements.edit_selected()
    assert (
        tab.measurements.weight_edit.text() == "154.6"
        and tab.measurements.add_button.text() == "Save changes"
    )
    tab.measurements.note_edit.setText("edited")
    with qtbot.waitSignal(tab.changed):
        tab.measurements.add_button.click()
    (row,) = _rows(db)
    assert (row.weight_kg, row.waist_cm, row.note) == (70.123456, 80.0, "edited")
    tab.measurements.select_row(0)
    tab.measurements.edit_selected()
    tab.measurements.waist_edit.setText("79.5")
    tab.measurements.weight_edit.clear()  # clearing removes the weight
    assert tab.measurements.submit()
    (row,) = _rows(db)
    assert (row.weight_kg, row.waist_cm) == (None, 79.5)
    tab.measurements.select_row(0)
    tab.measurements.edit_selected()
    tab.measurements.cancel_edit()
    assert tab.measurements.editing_id is None and tab.measurements.add_button.text() == "Add"


def test_delete_asks_first(qtbot, db, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """Delete asks for confirmation naming the date; refusing keeps the row, accepting removes
    it and announces the change."""
    _add(db, date(2026, 2, 1), weight_kg=70)
    tab = _tab(qtbot, db)
    asked: list[str] = []
    answer = [False]

    def fake_confirm(parent, name):  # type: ignore[no-untyped-def]
        asked.append(name)
        return answer[0]

    monkeypatch.setattr(dialogs, "confirm_delete", fake_confirm)
    tab.measurements.select_row(0)
    assert tab.measurements.delete_button.isEnabled()
    assert not tab.measurements.delete_selected()
    assert asked == ["measurement of 2026-02-01"] and len(_rows(db)) == 1
    answer[0] = True
    with qtbot.waitSignal(tab.changed):
        tab.measurements.delete_button.click()
    assert _rows(db) == [] and tab.measurements.model.rowCount() == 0
    assert not tab.measurements.delete_button.isEnabled()


def test_chart_is_built_when_shown_with_the_trend(qtbot, db) -> None:  # type: ignore[no-untyped-def]
    """No figure exists before the tab is shown; once shown, the shared chart canvas plots
    each weight and the trend in the person's unit, by hand: 80; two days later 19 % of the
    way to 79 (1 - 0.9**2): 79.81; six days later 46.86 % of the way to 78 (1 - 0.9**6):
    78.9619."""
    _add(db, date(2026, 1, 1), weight_kg=80)
    _add(db, date(2026, 1, 3), weight_kg=79)
    _add(db, date(2026, 1, 9), weight_kg=78, waist_cm=70)
    _add(db, date(2026, 1, 10), waist_cm=70)  # no weight: not on the chart
    tab = BodyTab()
    qtbot.addWidget(tab)
    tab.attach(db)
    assert tab.chart.canvas.current_figure() is None
    tab.show()
    qtbot.waitExposed(tab)
    figure = tab.chart.canvas.current_figure()
    assert figure is not None and tab.chart.canvas.has_chart
    ax = figure.axes[0]
    points, average = ax.lines
    assert list(points.get_ydata()) == [80, 79, 78]
    assert [round(v, 4) for v in average.get_ydata()] == [80, 79.81, 78.9619]
    assert ax.get_ylabel() == "kg"


def test_chart_follows_a_dark_palette(qtbot, db) -> None:  # type: ignore[no-untyped-def]
    """Switching to a dark palette redraws the figure and its axes in the window's colour."""
    _add(db, date(2026, 1, 1), weight_kg=80)
    tab = _tab(qtbot, db)
    dark = QPalette(tab.palette())
    dark.setColor(QPalette.ColorRole.Window, QColor("#202124"))
    dark.setColor(QPalette.ColorRole.WindowText, QColor("#e8eaed"))
    tab.setPalette(dark)
    from matplotlib.colors import to_hex

    figure = tab.chart.canvas.current_figure()
    assert figure is not None
    qtbot.waitUntil(lambda: to_hex(figure.get_facecolor()) == "#202124")
    assert to_hex(figure.axes[0].get_facecolor()) == "#202124"


def test_empty_chart_says_so(qtbot, db) -> None:  # type: ignore[no-untyped-def]
    """With no weight logged the chart shows a sentence instead of empty axes."""
    tab = _tab(qtbot, db)
    assert not tab.chart.canvas.has_chart
    assert tab.chart.canvas.message == NO_WEIGHT == "No body weight logged yet"


def test_plan_panel_shows_figures_with_sources(qtbot, db, c_locale) -> None:  # type: ignore[no-untyped-def]
    """With inputs saved and a weight logged, the panel lists maintenance, the target range,
    both protein ranges and sleep, each with its article or 'our default'."""
    _add(db, date(2026, 1, 1), weight_kg=80)
    tab = _tab(qtbot, db)
    assert "Missing: sex, age, height" in tab.plan_panel.status.text()
    tab.plan_panel.sex_combo.setCurrentIndex(tab.plan_panel.sex_combo.findData("male"))
    tab.plan_panel.age_edit.setText("30")
    tab.plan_panel.height_edit.setText("180")
    tab.plan_panel.activity_combo.setCurrentIndex(tab.plan_panel.activity_combo.findData(1.55))
    tab.plan_panel.deficit_spin.setValue(500)
    with qtbot.waitSignal(tab.changed) as blocker:
        tab.plan_panel.plan_button.click()
    assert blocker.args == [Changes(settings=True)]
    assert _stored(db, "plan_sex") == "male"
    assert _stored(db, "plan_birth_year") == date.today().year - 30
    assert _stored(db, "plan_height_cm") == 180.0
    assert _stored(db, "plan_activity_factor") == 1.55
    model = tab.plan_panel.model
    table = {
        (model.data(model.index(r, 0)), model.data(model.index(r, 3))): model.data(
            model.index(r, 1)
        )
        for r in range(model.rowCount())
    }
    assert table[("Maintenance calories", "our default")] == "2759 kcal/day"
    assert table[("Daily target range", TITLE_002)] == "2259–2509 kcal/day"
    assert table[("Protein", TITLE_002)] == "123–176 g/day"
    assert table[("Protein", TITLE_003)] == "141–212 g/day"
    assert table[("Sleep", TITLE_002)] == "7–9 hours a night"
    assert "Missing" not in tab.plan_panel.status.text()
    assert "80 kg" in tab.plan_panel.status.text()


def test_plan_floor_warning_shows_when_the_deficit_is_reduced(qtbot, db, c_locale) -> None:  # type: ignore[no-untyped-def]
    """A sedentary 60-year-old woman of 155 cm and 50 kg: the panel's target is 1,200 kcal (not
    709), and a visible warning says why; a heavier person's plan shows no warning."""
    _add(db, date(2026, 1, 1), weight_kg=50)
    _settings(
        db,
        plan_sex="female",
        plan_birth_year=date.today().year - 60,
        plan_height_cm=155.0,
        plan_activity_factor=1.2,
        plan_deficit_kcal=500,
    )
    tab = _tab(qtbot, db)
    panel = tab.plan_panel
    model = panel.model
    rows = {
        model.data(model.index(r, 0)): model.data(model.index(r, 1))
        for r in range(model.rowCount())
    }
    assert rows["Your daily target"] == "1200 kcal/day"
    assert panel.warning.isVisible() and "Calorie floor" in panel.warning.text()
    _add(db, date(2026, 1, 2), weight_kg=100)  # maintenance 1809 - 500 = 1309 kcal
    tab.on_data_changed(Changes(body=True))
    assert not panel.warning.isVisible()


def test_plan_bad_input_names_the_field_and_saves_nothing(qtbot, db, c_locale) -> None:  # type: ignore[no-untyped-def]
    """A refused age or height is shown beside its field and no plan setting is written."""
    tab = _tab(qtbot, db)
    tab.plan_panel.sex_combo.setCurrentIndex(tab.plan_panel.sex_combo.findData("female"))
    tab.plan_panel.age_edit.setText("12")
    tab.plan_panel.height_edit.setText("tall")
    emitted: list[object] = []
    tab.changed.connect(emitted.append)
    assert not tab.plan_panel.save_plan()
    assert "Age must be between 18 and 100" in tab.plan_panel.errors[plan.INPUT_AGE].text()
    assert "Height" in tab.plan_panel.errors[plan.INPUT_HEIGHT].text()
    assert _stored(db, "plan_sex") is None and emitted == []


def test_plan_height_in_inches_round_trips(qtbot, db, c_locale) -> None:  # type: ignore[no-untyped-def]
    """Height typed in inches is stored in cm and shown again as typed; re-saving without
    touching it keeps the stored cm exactly."""
    _settings(db, length_unit="in", plan_height_cm=177.777)
    tab = _tab(qtbot, db)
    assert tab.plan_panel.height_edit.text() == "70"
    assert tab.plan_panel.save_plan()
    assert _stored(db, "plan_height_cm") == 177.777
    tab.plan_panel.height_edit.setText("69.5")
    assert tab.plan_panel.save_plan()
    assert _stored(db, "plan_height_cm") == units.cm_from(69.5, "in")
    assert tab.plan_panel.height_edit.text() == "69.5"
    assert plan_panel.height_bounds("in").minimum == 39.4


def test_form_labels_say_the_fields_in_words(qtbot, db) -> None:  # type: ignore[no-untyped-def]
    """The measurement form labels its fields in words ("Weight:"), not by their stored names
    ("weight_kg:", as it did once the error fields became the stored names)."""
    tab = _tab(qtbot, db)
    texts = {label.text() for label in tab.measurements.form_box.findChildren(QLabel)}
    assert {"Date:", "Weight:", "Waist:", "Hips:", "Thigh:", "Note:"} <= texts
    assert not any("_" in text for text in texts)


def test_a_write_redraws_this_tab_and_marks_the_others_stale(qtbot, db, c_locale) -> None:  # type: ignore[no-untyped-def]
    """Two tabs sharing one Ops: the one that adds a measurement shows it at once and emits
    `changed`; the other, hidden, is told through on_data_changed and is stale until shown."""
    tab = _tab(qtbot, db)
    other = BodyTab()
    qtbot.addWidget(other)
    other.use_ops(tab.ops)
    other.attach(db)
    other.show()
    qtbot.waitExposed(other)
    other.hide()
    assert not other.stale and other.measurements.model.rowCount() == 0
    tab.measurements.weight_edit.setText("70")
    with qtbot.waitSignal(tab.changed):
        assert tab.measurements.submit()
    assert tab.measurements.model.rowCount() == 1 and not tab.stale
    assert other.stale and other.measurements.model.rowCount() == 0
    other.show()
    assert other.measurements.model.rowCount() == 1


def test_one_weigh_in_gets_a_fortnight_axis_with_readable_dates(qtbot, db) -> None:  # type: ignore[no-untyped-def]
    """A single weight point spans 7 days either side (not 2025 to 2029), with a few date
    ticks inside that fortnight; a long history is padded by a twentieth of its span."""
    from matplotlib.dates import num2date

    _add(db, date(2026, 3, 10), weight_kg=70)
    tab = _tab(qtbot, db)
    figure = tab.chart.canvas.current_figure()
    assert figure is not None
    ax = figure.axes[0]
    low, high = (num2date(x).date() for x in ax.get_xlim())
    assert (low, high) == (date(2026, 3, 3), date(2026, 3, 17))
    ticks = [t for t in ax.get_xticks() if ax.get_xlim()[0] <= t <= ax.get_xlim()[1]]
    assert 3 <= len(ticks) <= 8
    figure.canvas.draw()
    labels = [t.get_text() for t in ax.get_xticklabels() if t.get_text()]
    assert labels and all("2029" not in text for text in labels)
    assert body_measurements.date_span([date(2025, 1, 1), date(2026, 1, 1)]) == (
        date(2025, 1, 1) - timedelta(days=365 / 20),
        date(2026, 1, 1) + timedelta(days=365 / 20),
    )


def _type_and_return(qtbot, tab: BodyTab, edit: QLineEdit, text: str) -> None:  # type: ignore[no-untyped-def]
    """Click into `edit`, type `text` and press Return, as a person does. Offscreen the window
    is not the application's active one, so keys go to the window's focus widget."""
    qtbot.mouseClick(edit, Qt.MouseButton.LeftButton)
    focused = QApplication.focusWidget() or tab.window().focusWidget()
    assert focused is edit
    qtbot.keyClicks(focused, text)
    qtbot.keyClick(focused, Qt.Key.Key_Return)


@pytest.mark.parametrize(
    ("field", "typed", "words"),
    [
        ("age", "17", "Age must be between 18 and 100 years"),
        ("age", "140", "Age must be between 18 and 100 years"),
        ("height", "99", "Height must be between 100 and 250 cm"),
        ("height", "300", "Height must be between 100 and 250 cm"),
    ],
)
def test_implausible_plan_inputs_are_refused_at_their_field(  # type: ignore[no-untyped-def]
    qtbot, db, c_locale, field, typed, words
) -> None:
    """An age or height outside the plan's human ranges (core's bounds, from plan.toml), typed
    and confirmed with Return, gets one line beside its field naming it; no setting is
    written and nothing is announced."""
    tab = _tab(qtbot, db)
    panel = tab.plan_panel
    edit = panel.age_edit if field == "age" else panel.height_edit
    emitted: list[object] = []
    tab.changed.connect(emitted.append)
    _type_and_return(qtbot, tab, edit, typed)
    error = panel.errors[plan.INPUT_AGE if field == "age" else plan.INPUT_HEIGHT]
    assert error.isVisible() and error.text() == words
    assert "\n" not in error.text()
    assert _stored(db, "plan_birth_year") is None and _stored(db, "plan_height_cm") is None
    assert emitted == [] and panel.status.text() == "Plan inputs not saved."


@pytest.mark.parametrize(
    ("unit", "typed", "words"),
    [
        ("kg", "19", "Weight must be between 20 and 400 kg"),
        ("kg", "401", "Weight must be between 20 and 400 kg"),
        ("lb", "1000", "Weight must be between 44.1 and 881.84 lb"),
    ],
)
def test_implausible_body_weight_is_refused_at_its_field(  # type: ignore[no-untyped-def]
    qtbot, db, c_locale, unit, typed, words
) -> None:
    """The weight the plan uses: a value outside the human range, in kg or lb, typed and
    confirmed with Return, is one line beside the weight field; nothing is saved."""
    _settings(db, weight_unit=unit)
    tab = _tab(qtbot, db)
    _type_and_return(qtbot, tab, tab.measurements.weight_edit, typed)
    error = tab.measurements.errors["weight_kg"]
    assert error.isVisible() and error.text() == words
    assert _rows(db) == []


def test_plan_shows_the_estimate_from_the_log(qtbot, db) -> None:  # type: ignore[no-untyped-def]
    """With under two weeks logged the panel says what the estimate still needs; with 28 days
    of weigh-ins falling 0.05 kg a day and 2,000 kcal logged each day, it reads 2,385 kcal
    (2000 + 0.05 × 7700), losing 0.35 kg a week."""
    from core.daily.log import record_day

    today = date.today()
    tab = _tab(qtbot, db)
    assert "not enough data yet" in tab.plan_panel.estimate.text()
    with db.session_scope() as s:
        for n in range(28):
            day = today - timedelta(days=27 - n)
            body.add_measurement(session=s, measured_on=day, weight_kg=80 - 0.05 * n)
            record_day(day, {"kcal": 2000}, session=s)
    tab.announce(Changes(body=True))
    tab.refresh_now()
    text = tab.plan_panel.estimate.text()
    assert text.startswith("Maintenance from your log: 2385 ± 0 kcal/day, confidence high")
    assert "losing 0.35 kg a week" in text
