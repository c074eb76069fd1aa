"""Body measurements in the Body & plan tab: the form, the table (newest first) with edit and
delete, and the body-weight chart with its trend.

Values are typed and shown in the units chosen in Settings and stored in kg and cm. Writes go
through the host tab's Ops; after one, the host redraws itself (the plan uses the latest weight).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import date, timedelta
from functools import partial
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QDate, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDateEdit,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from core import units
from core.body import measurements as body
from core.body.trend import weight_trend
from core.bounds import BODY_MEASUREMENT, InputError, text_bound
from core.formatting import weight_text
from core.i18n import QT_TRANSLATE_NOOP, decimal_separator, month_name, strftime, translate
from ui import dialogs
from ui.body.fields import Loaded, clear_errors, error_label, parse_field, show_error
from ui.models import RowTableModel
from ui.widgets.chart_canvas import ChartCanvas, ChartColors, style_axes
from ui.widgets.number_field import unit_words

if TYPE_CHECKING:
    from matplotlib.axes import Axes
    from matplotlib.figure import Figure

    from ui.base_tab import BaseTab

NO_WEIGHT = QT_TRANSLATE_NOOP("ui.body.measurements", "No body weight logged yet")
# the measurement's number fields: (stored name, decimals shown when editing, is a weight)
NUMBER_FIELDS = (
    (body.FIELD_WEIGHT, 2, True),
    (body.FIELD_WAIST, 1, False),
    (body.FIELD_HIPS, 1, False),
    (body.FIELD_THIGH, 1, False),
)


def date_text(d: date) -> str:
    """A measurement's day as the table and the form's title show it (2026-01-05 in English)."""
    return strftime(d, translate("ui.body.measurements", "%Y-%m-%d"))


def field_captions() -> dict[str, str]:
    """The form's label of each field, by the stored name."""
    return {
        body.FIELD_WEIGHT: translate("ui.body.measurements", "Weight:"),
        body.FIELD_WAIST: translate("ui.body.measurements", "Waist:"),
        body.FIELD_HIPS: translate("ui.body.measurements", "Hips:"),
        body.FIELD_THIGH: translate("ui.body.measurements", "Thigh:"),
        body.FIELD_NOTE: translate("ui.body.measurements", "Note:"),
    }


class MeasurementTableModel(RowTableModel):
    """Measurements (core.body.measurements.MeasurementRow), shown in the person's units."""

    def __init__(self, parent: Any = None) -> None:
        self.weight_unit = "kg"
        self.length_unit = "cm"
        super().__init__(
            [
                (translate("ui.body.measurements", "Date"), lambda r: date_text(r.measured_on)),
                (
                    translate("ui.body.measurements", "Weight"),
                    lambda r: (
                        "" if r.weight_kg is None else weight_text(r.weight_kg, self.weight_unit)
                    ),
                ),
                (
                    translate("ui.body.measurements", "Waist"),
                    lambda r: units.format_length(r.waist_cm, self.length_unit),
                ),
                (
                    translate("ui.body.measurements", "Hips"),
                    lambda r: units.format_length(r.hips_cm, self.length_unit),
                ),
                (
                    translate("ui.body.measurements", "Thigh"),
                    lambda r: units.format_length(r.thigh_cm, self.length_unit),
                ),
                (translate("ui.body.measurements", "Note"), lambda r: r.note),
            ],
            parent,
        )

    def set_units(self, weight_unit: str, length_unit: str) -> None:
        self.beginResetModel()
        self.weight_unit, self.length_unit = weight_unit, length_unit
        self.endResetModel()


# -- the chart --------------------------------------------------------------------------------


def weight_series(
    rows: Sequence[body.MeasurementRow], weight_unit: str
) -> tuple[list[tuple[date, float]], list[tuple[date, float]]]:
    """(weights, trend) in the person's weight unit, in the order of `rows` (oldest first, as
    core lists them). The trend moves a tenth of the way to each day's weight (core.body.trend)."""
    points = [
        (r.measured_on, units.kg_to(r.weight_kg, weight_unit))
        for r in rows
        if r.weight_kg is not None
    ]
    return points, [(p.day, p.trend_kg) for p in weight_trend(points)]


MIN_PAD = timedelta(days=7)


def date_span(days: Sequence[date]) -> tuple[date, date]:
    """The x axis of the weights on `days`: at least a week either side of the data, so a
    single weigh-in is a dot in a fortnight (matplotlib's own default for one date is years),
    and a twentieth of the span either side of a long history."""
    first, last = min(days), max(days)
    pad = max(MIN_PAD, (last - first) / 20)
    return first - pad, last + pad


# A month written by matplotlib's strftime as this mark around its number, then named by
# core.i18n in the language in use (strftime's %b would name it in the C library's locale).
_MONTH_MARK = re.compile(r"\x01(\d\d)\x01")


def _named_months(text: str) -> str:
    return _MONTH_MARK.sub(lambda m: month_name(int(m.group(1)), full=False), text)


def local_date_formatter(locator: Any) -> Any:
    """matplotlib's ConciseDateFormatter with the language's month names."""
    from matplotlib.dates import ConciseDateFormatter

    class LocalDateFormatter(ConciseDateFormatter):  # type: ignore[misc]
        def format_ticks(self, values: Any) -> list[str]:
            labels = [_named_months(label) for label in super().format_ticks(values)]
            self._offset_string = _named_months(self._offset_string)
            return labels

    formatter = LocalDateFormatter(locator)
    # the offset over months reads "Dec 2026" ("Dez. 2026"), as Progress's axis does, rather
    # than matplotlib's "2026-Dec"
    formatter.offset_formats[2] = "%b %Y"
    for name in ("formats", "zero_formats", "offset_formats"):
        formats = [f.replace("%b", "\x01%m\x01") for f in getattr(formatter, name)]
        setattr(formatter, name, formats)
    return formatter


def local_number_formatter() -> Any:
    """matplotlib's ScalarFormatter with the language's decimal separator."""
    from matplotlib.ticker import ScalarFormatter

    class LocalNumberFormatter(ScalarFormatter):  # type: ignore[misc]
        def __call__(self, x: float, pos: int | None = None) -> str:
            return str(super().__call__(x, pos)).replace(".", decimal_separator())

    return LocalNumberFormatter()


def draw_weight_chart(
    fig: Figure,
    points: Sequence[tuple[date, float]],
    averages: Sequence[tuple[date, float]],
    *,
    unit: str,
    colors: ChartColors,
) -> Axes:
    """Each weigh-in as a dot and the trend as a line; `points` must not be empty."""
    from matplotlib.dates import AutoDateLocator, date2num

    if not points:
        raise ValueError("draw_weight_chart needs at least one weight")
    ax = fig.add_subplot()
    style_axes(ax, colors)
    ax.tick_params(labelsize=8)
    ax.set_ylabel(unit)
    lines: tuple[tuple[Sequence[tuple[date, float]], str, dict[str, Any]], ...] = (
        (
            points,
            "o",
            {
                "alpha": 0.45,
                "markersize": 4,
                "label": translate("ui.body.measurements", "Weight"),
            },
        ),
        (averages, "-", {"linewidth": 2, "label": translate("ui.body.measurements", "Trend")}),
    )
    for series, style, look in lines:
        days = [float(date2num(d)) for d, _ in series]
        ax.plot(days, [v for _, v in series], style, color=colors.accent, **look)
    start, end = date_span([d for d, _ in points])
    ax.set_xlim(float(date2num(start)), float(date2num(end)))
    locator = AutoDateLocator(minticks=3, maxticks=8)
    ax.xaxis.set_major_locator(locator)
    ax.xaxis.set_major_formatter(local_date_formatter(locator))
    ax.yaxis.set_major_formatter(local_number_formatter())
    legend = ax.legend(
        loc="best",
        fontsize=8,
        frameon=True,
        facecolor=colors.background,
        edgecolor=colors.muted,
        labelcolor=colors.foreground,
    )
    legend.get_frame().set_alpha(0.9)
    return ax


class WeightChart(QGroupBox):
    """The body-weight chart on the shared ChartCanvas (matplotlib imported when first drawn)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(translate("ui.body.measurements", "Body weight"), parent)
        self.canvas = ChartCanvas(
            translate("ui.body.measurements", "The chart appears when the tab is shown.")
        )
        self.canvas.setMinimumHeight(180)
        QVBoxLayout(self).addWidget(self.canvas)
        self.setMinimumHeight(220)

    def draw(self, rows: Sequence[body.MeasurementRow], weight_unit: str) -> None:
        points, averages = weight_series(rows, weight_unit)
        if not points:
            self.canvas.show_message(translate("ui.body.measurements", NO_WEIGHT))
            return
        draw_weight_chart(
            self.canvas.figure(), points, averages, unit=weight_unit, colors=self.canvas.colors()
        )
        self.canvas.draw()


# -- the form and the table -------------------------------------------------------------------


class MeasurementsPanel(QWidget):
    """Log, edit and delete measurements; `host` is the tab that writes and redraws."""

    def __init__(self, host: BaseTab, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.host = host
        self.weight_unit = "kg"
        self.length_unit = "cm"
        self.editing_id: int | None = None
        self._loaded: Loaded = {}
        self._build_form()
        self._build_table()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.form_box)
        layout.addWidget(self.view, 1)
        buttons = QHBoxLayout()
        buttons.addWidget(self.edit_button)
        buttons.addWidget(self.delete_button)
        buttons.addStretch(1)
        layout.addLayout(buttons)

    def _build_form(self) -> None:
        self.form_box = QGroupBox(translate("ui.body.measurements", "Log a measurement"))
        grid = QGridLayout(self.form_box)
        self.date_edit = QDateEdit(QDate.currentDate())
        self.date_edit.setCalendarPopup(True)
        # Qt's pattern for the day as date_text writes it
        self.date_edit.setDisplayFormat(translate("ui.body.measurements", "yyyy-MM-dd"))
        self.date_edit.setMaximumDate(QDate.currentDate().addDays(1))
        self.weight_edit = QLineEdit()
        self.waist_edit = QLineEdit()
        self.hips_edit = QLineEdit()
        self.thigh_edit = QLineEdit()
        self.note_edit = QLineEdit()
        self.note_edit.setMaxLength(text_bound(BODY_MEASUREMENT, "note").max_chars)
        self.weight_unit_label = QLabel("kg")
        self.length_unit_labels = [QLabel("cm") for _ in range(3)]
        # keyed by the stored names, as core's InputError.field names them
        self.fields: dict[str, QLineEdit] = {
            body.FIELD_WEIGHT: self.weight_edit,
            body.FIELD_WAIST: self.waist_edit,
            body.FIELD_HIPS: self.hips_edit,
            body.FIELD_THIGH: self.thigh_edit,
            body.FIELD_NOTE: self.note_edit,
        }
        self.errors: dict[str, QLabel] = {
            name: error_label() for name in (body.FIELD_DATE, *self.fields)
        }
        date_label = QLabel(translate("ui.body.measurements", "Date:"))
        date_label.setBuddy(self.date_edit)
        grid.addWidget(date_label, 0, 0)
        grid.addWidget(self.date_edit, 0, 1)
        grid.addWidget(self.errors[body.FIELD_DATE], 0, 3)
        unit_labels = [self.weight_unit_label, *self.length_unit_labels, QLabel()]
        captions = field_captions()
        for row, (name, edit) in enumerate(self.fields.items(), start=1):
            edit.setObjectName(name)
            caption = QLabel(captions[name])
            caption.setBuddy(edit)
            grid.addWidget(caption, row, 0)
            grid.addWidget(edit, row, 1)
            grid.addWidget(unit_labels[row - 1], row, 2)
            grid.addWidget(self.errors[name], row, 3)
            edit.returnPressed.connect(self.submit)
        self._describe_units("kg", "cm")
        grid.setColumnStretch(1, 1)
        grid.setColumnStretch(3, 1)

        self.add_button = QPushButton(translate("ui.body.measurements", "Add"))
        self.add_button.setToolTip(
            translate("ui.body.measurements", "Add the measurement (Ctrl+Return)")
        )
        self.add_button.setShortcut(QKeySequence("Ctrl+Return"))
        self.add_button.clicked.connect(self.submit)
        self.cancel_button = QPushButton(translate("ui.body.measurements", "Cancel edit"))
        self.cancel_button.setToolTip(
            translate("ui.body.measurements", "Leave the measurement unchanged (Esc)")
        )
        self.cancel_button.clicked.connect(self.cancel_edit)
        self.cancel_button.hide()
        cancel = QShortcut(QKeySequence("Escape"), self.form_box)
        cancel.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        cancel.activated.connect(self.cancel_edit)
        self.status_label = QLabel()
        actions = QHBoxLayout()
        actions.addWidget(self.add_button)
        actions.addWidget(self.cancel_button)
        actions.addWidget(self.status_label, 1)
        grid.addLayout(actions, len(self.fields) + 1, 0, 1, 4)

    def _build_table(self) -> None:
        self.model = MeasurementTableModel(self)
        self.view = QTableView()
        self.view.setAccessibleName(translate("ui.body.measurements", "Measurements"))
        self.view.setTabKeyNavigation(False)  # Tab leaves the list (arrows move in it)
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.verticalHeader().hide()
        self.view.setAlternatingRowColors(True)
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setResizeContentsPrecision(40)  # size columns from the first rows, not years
        header.setStretchLastSection(True)
        self.view.doubleClicked.connect(lambda _i: self.edit_selected())
        self.edit_button = QPushButton(translate("ui.body.measurements", "Edit"))
        self.edit_button.setToolTip(
            translate("ui.body.measurements", "Load the selected measurement into the form (Enter)")
        )
        self.edit_button.clicked.connect(self.edit_selected)
        self.delete_button = QPushButton(translate("ui.body.measurements", "Delete"))
        self.delete_button.setToolTip(
            translate("ui.body.measurements", "Delete the selected measurement (Delete)")
        )
        self.delete_button.clicked.connect(self.delete_selected)
        for key, slot in (("Delete", self.delete_selected), ("Return", self.edit_selected)):
            shortcut = QShortcut(QKeySequence(key), self.view)
            shortcut.setContext(Qt.ShortcutContext.WidgetShortcut)
            shortcut.activated.connect(slot)
        self.view.selectionModel().selectionChanged.connect(lambda *_: self._update_buttons())
        self._update_buttons()

    # -- data ---------------------------------------------------------------------------------

    def show_rows(
        self, rows: Sequence[body.MeasurementRow], weight_unit: str, length_unit: str
    ) -> None:
        self.weight_unit, self.length_unit = weight_unit, length_unit
        self.weight_unit_label.setText(weight_unit)
        for label in self.length_unit_labels:
            label.setText(length_unit)
        self._describe_units(weight_unit, length_unit)
        self.model.set_units(weight_unit, length_unit)
        self.model.set_rows(sorted(rows, key=lambda r: (r.measured_on, r.id), reverse=True))
        self._update_buttons()

    def _describe_units(self, weight_unit: str, length_unit: str) -> None:
        """The unit beside each field, as a screen reader says it."""
        in_unit = translate("ui.body.measurements", "in {unit}")
        self.weight_edit.setAccessibleDescription(in_unit.format(unit=unit_words(weight_unit)))
        for edit in (self.waist_edit, self.hips_edit, self.thigh_edit):
            edit.setAccessibleDescription(in_unit.format(unit=unit_words(length_unit)))

    def form_values(self) -> dict[str, Any]:
        """The form as keyword arguments for core.body.measurements (kg, cm); raises the first
        InputError after showing every field's error."""
        clear_errors(self.errors)
        errors: list[InputError] = []
        values: dict[str, Any] = {
            "measured_on": self.date_edit.date().toPython(),
            "note": self.note_edit.text(),
        }
        for field, _decimals, is_weight in NUMBER_FIELDS:
            unit = self.weight_unit if is_weight else self.length_unit
            bound = body.weight_bounds(unit) if is_weight else body.length_bounds(unit)
            to_base = partial(units.kg_from if is_weight else units.cm_from, unit=unit)
            values[field] = parse_field(
                self.fields[field], field, bound, to_base, self._loaded, errors
            )
        for exc in errors:
            show_error(self.errors, exc)
        if errors:
            raise errors[0]
        return values

    def submit(self) -> bool:
        """Add (or save the edited) measurement. False, with the errors shown, if refused."""
        if self.host.db is None:
            return False
        try:
            values = self.form_values()
        except InputError:
            self.status_label.setText(translate("ui.body.measurements", "Not saved."))
            return False
        editing = self.editing_id

        def refused(exc: Exception) -> None:
            if isinstance(exc, InputError):
                show_error(self.errors, exc)
                self.status_label.setText(translate("ui.body.measurements", "Not saved."))
            else:  # the edited measurement was deleted meanwhile
                self.status_label.setText(
                    translate(
                        "ui.body.measurements", "That measurement was deleted meanwhile; not saved."
                    )
                )
                self.cancel_edit()

        saved = self.host.ops.write(
            lambda s: (
                body.add_measurement(session=s, **values)
                if editing is None
                else body.update_measurement(editing, session=s, **values)
            ),
            initiator=self.host,
            on_error=refused,
        )
        if saved is None:
            return False
        self._reset_form()
        self.status_label.setText(
            translate("ui.body.measurements", "Saved.")
            if editing is None
            else translate("ui.body.measurements", "Changes saved.")
        )
        self.host.refresh_now()
        return True

    def _reset_form(self) -> None:
        self.editing_id = None
        self._loaded = {}
        for edit in self.fields.values():
            edit.clear()
        clear_errors(self.errors)
        self.date_edit.setDate(QDate.currentDate())
        self.add_button.setText(translate("ui.body.measurements", "Add"))
        self.add_button.setToolTip(
            translate("ui.body.measurements", "Add the measurement (Ctrl+Return)")
        )
        self.form_box.setTitle(translate("ui.body.measurements", "Log a measurement"))
        self.cancel_button.hide()

    def cancel_edit(self) -> None:
        if self.editing_id is not None:
            self._reset_form()
            self.status_label.clear()

    # -- table actions ------------------------------------------------------------------------

    def selected_row(self) -> body.MeasurementRow | None:
        indexes = self.view.selectionModel().selectedRows()
        if not indexes:
            return None
        row: body.MeasurementRow = self.model.row_at(indexes[0].row())
        return row

    def select_row(self, row: int) -> None:
        self.view.selectRow(row)

    def _update_buttons(self) -> None:
        has = bool(self.view.selectionModel().selectedRows())
        self.edit_button.setEnabled(has)
        self.delete_button.setEnabled(has)

    def edit_selected(self) -> bool:
        row = self.selected_row()
        if row is None:
            return False
        self._reset_form()
        self.editing_id = row.id
        day = row.measured_on
        self.date_edit.setDate(QDate(day.year, day.month, day.day))
        for field, decimals, is_weight in NUMBER_FIELDS:
            stored: float | None = getattr(row, field)
            if stored is None:
                text = ""
            else:
                to_unit = units.kg_to if is_weight else units.cm_to
                unit = self.weight_unit if is_weight else self.length_unit
                text = units.display_number(to_unit(stored, unit), decimals)
            self.fields[field].setText(text)
            self._loaded[field] = (text, stored)
        self.note_edit.setText(row.note)
        self.add_button.setText(translate("ui.body.measurements", "Save changes"))
        self.add_button.setToolTip(
            translate("ui.body.measurements", "Save the changed measurement (Ctrl+Return)")
        )
        self.form_box.setTitle(
            translate("ui.body.measurements", "Edit the measurement of {date}").format(
                date=date_text(row.measured_on)
            )
        )
        self.cancel_button.show()
        self.status_label.clear()
        self.weight_edit.setFocus()
        return True

    def delete_selected(self) -> bool:
        row = self.selected_row()
        if row is None or self.host.db is None:
            return False
        what = translate("ui.body.measurements", "measurement of {date}").format(
            date=date_text(row.measured_on)
        )
        if not dialogs.confirm_delete(self, what):
            return False
        # one already deleted elsewhere changes nothing: the redraw below shows it gone
        self.host.ops.write(
            lambda s: body.delete_measurement(row.id, session=s), initiator=self.host
        )
        if self.editing_id == row.id:
            self._reset_form()
        self.status_label.setText(translate("ui.body.measurements", "Deleted."))
        self.host.refresh_now()
        return True
