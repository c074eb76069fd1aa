"""The Today tab: where the person stands on the articles' whole program, today and this week.

Top: the day shown (Alt+Left / Alt+Right / Alt+Home move it) and what is due next, one button
(focused when the tab opens, so Enter starts it) that asks the window to start it in the player.
Middle: every part of the program with its target, what was done, whether it is met, and the
article it comes from (core.daily.today). Right: the day's log (calories, protein, servings,
sleep, water; Enter in any field saves) and the streaks of the week or the month
(core.daily.history). Everything shown is read from the database in one read per refresh.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, timedelta
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
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

from core import i18n
from core.bounds import DAY_LOG, InputError, number_bound
from core.changes import Changes
from core.clock import local_zone
from core.i18n import QT_TRANSLATE_NOOP, translate
from core.library.localized import data_text
from core.store.quick_read import source_titles
from core.units import display_number
from ui.base_tab import BaseTab
from ui.body.fields import Loaded, clear_errors, error_label, parse_field, show_error
from ui.models import RowTableModel
from ui.widgets.chart_canvas import ChartCanvas
from ui.widgets.layout import unseen_label
from ui.widgets.number_field import unit_description

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from core.daily.history import PartHistory
    from core.daily.log import DayRow
    from core.daily.today import TodayItem, TodayReport

# core.daily (and the SQLAlchemy it loads) is imported when the tab first reads: the tab is the
# window's first, built before the first paint.

# (stored field, label, unit, decimals shown); the labels are marked here and translated
# where shown (translate("ui.today.tab", label)), the units shown by unit_text()
LOG_FIELDS = (
    ("kcal", QT_TRANSLATE_NOOP("ui.today.tab", "Calories"), "kcal", 0),
    ("protein_g", QT_TRANSLATE_NOOP("ui.today.tab", "Protein"), "g", 0),
    ("servings", QT_TRANSLATE_NOOP("ui.today.tab", "Fruit and vegetables"), "servings", 1),
    ("sleep_hours", QT_TRANSLATE_NOOP("ui.today.tab", "Sleep last night"), "h", 1),
    ("water_l", QT_TRANSLATE_NOOP("ui.today.tab", "Water"), "l", 1),
)

STATUS_TEXT = {
    True: QT_TRANSLATE_NOOP("ui.today.tab", "✓ met"),
    False: QT_TRANSLATE_NOOP("ui.today.tab", "not yet"),
    None: QT_TRANSLATE_NOOP("ui.today.tab", "no target"),
}
CHART_DAYS = 30

# The units Today counts in that are words (the others are symbols: min, h, g, kcal, l).
_UNIT_WORDS = {
    "sessions": QT_TRANSLATE_NOOP("ui.today.tab", "sessions"),
    "servings": QT_TRANSLATE_NOOP("ui.today.tab", "servings"),
}


@dataclass(frozen=True)
class TodayView:
    """Everything the tab shows, read in one go."""

    report: TodayReport
    logged: DayRow | None
    history: list[PartHistory]
    recent: list[DayRow]  # the day log of the last CHART_DAYS days, for the chart


def unit_text(unit: str) -> str:
    """A unit as the tab shows it beside a field: a word in the language in use ("servings"),
    a symbol as it is ("kcal")."""
    words = _UNIT_WORDS.get(unit)
    return unit if words is None else translate("ui.today.tab", words)


def quantity_text(amount: float | str, unit: str) -> str:
    """ "1 session", "3 sessions", "4-5 sessions", "2.5 servings", "30 min": an amount (a number,
    or a range already written) with its unit, the words in the language's plural form."""
    whole = isinstance(amount, float | int) and float(amount).is_integer()
    count = int(amount) if whole else 0
    shown = amount if isinstance(amount, str) else display_number(amount)
    if unit == "sessions":
        if whole:
            return translate("ui.today.tab", "%n session(s)", None, count)
        return translate("ui.today.tab", "{amount} sessions").format(amount=shown)
    if unit == "servings":
        if whole:
            return translate("ui.today.tab", "%n serving(s)", None, count)
        return translate("ui.today.tab", "{amount} servings").format(amount=shown)
    return f"{shown} {unit}"


def target_text(item: TodayItem) -> str:
    if item.target_min is None:
        return "—"
    week = item.period == "week"
    if item.target_max is None or item.target_max == item.target_min:
        if item.target_max == 1 and item.unit == "sessions":
            if week:
                return translate("ui.today.tab", "once a week")
            return translate("ui.today.tab", "once today")
        quantity = quantity_text(item.target_min, item.unit)
        if item.target_max is None:
            quantity = translate("ui.today.tab", "at least {quantity}").format(quantity=quantity)
    else:
        span = f"{display_number(item.target_min)}-{display_number(item.target_max)}"
        quantity = quantity_text(span, item.unit)
    if week:
        return translate("ui.today.tab", "{quantity} a week").format(quantity=quantity)
    return translate("ui.today.tab", "{quantity} today").format(quantity=quantity)


def done_text(item: TodayItem) -> str:
    if item.done is None:
        if item.period == "day":
            return translate("ui.today.tab", "nothing logged")
        return quantity_text(0.0, item.unit)
    return quantity_text(round(item.done, 1), item.unit)


class TodayModel(RowTableModel):
    """The parts of the program; each row's tooltip says where its target comes from in full
    and what its note says (why a target is missing, what "done" counts)."""

    def __init__(self, columns: Any, source_text: Callable[[TodayItem], str], parent: Any) -> None:
        super().__init__(columns, parent)
        self._source_text = source_text

    def data(self, index: Any, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.ToolTipRole and index.isValid():
            item: TodayItem = self.row_at(index.row())
            return "\n".join(t for t in (self._source_text(item), item.note) if t)
        return super().data(index, role)


class TodayTab(BaseTab):
    title = "Today"

    start_requested = Signal(object)
    """A StartAction the person chose: the window starts it in the Workout tab."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.day: date | None = None  # None: follow the calendar's today
        self.view: TodayView | None = None
        self._loaded: Loaded = {}
        self.titles = source_titles()

        self.day_label = QLabel()
        self.day_label.setObjectName("today_day")
        font = self.day_label.font()
        font.setPointSizeF(font.pointSizeF() * 1.4)
        font.setBold(True)
        self.day_label.setFont(font)
        self.previous_button = QPushButton(translate("ui.today.tab", "◀ Previous day"))
        self.previous_button.setToolTip(_key_text("Alt+Left"))
        self.next_button = QPushButton(translate("ui.today.tab", "Next day ▶"))
        self.next_button.setToolTip(_key_text("Alt+Right"))
        self.today_button = QPushButton(translate("ui.today.tab", "Today"))
        self.today_button.setToolTip(_key_text("Alt+Home"))
        for button, step in ((self.previous_button, -1), (self.next_button, 1)):
            button.clicked.connect(lambda _=False, step=step: self.move_day(step))
        self.today_button.clicked.connect(self.go_to_today)
        for keys, what, slot in (
            (
                "Alt+Left",
                translate("ui.today.tab", "Today: the day before"),
                lambda: self.move_day(-1),
            ),
            (
                "Alt+Right",
                translate("ui.today.tab", "Today: the day after"),
                lambda: self.move_day(1),
            ),
            ("Alt+Home", translate("ui.today.tab", "Today: back to today"), self.go_to_today),
        ):
            shortcut = QShortcut(QKeySequence(keys), self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.setWhatsThis(what)  # the F1 list reads it
            shortcut.activated.connect(slot)

        self.due_label = QLabel()
        self.due_label.setObjectName("today_due")
        self.due_label.setWordWrap(True)
        self.start_button = QPushButton()
        self.start_button.setObjectName("today_start")
        self.start_button.setAutoDefault(True)
        self.start_button.clicked.connect(self.start_next)

        self.model = TodayModel(
            [
                (translate("ui.today.tab", "Part"), lambda i: data_text(i.label)),
                (translate("ui.today.tab", "Target"), target_text),
                (translate("ui.today.tab", "Done"), done_text),
                (
                    translate("ui.today.tab", "Status"),
                    lambda i: translate("ui.today.tab", STATUS_TEXT[i.met]),
                ),
                (translate("ui.today.tab", "Source"), self._source_text),
            ],
            self._source_text,
            self,
        )
        self.table = QTableView()
        self.table.setObjectName("today_items")
        self.table.setAccessibleName(translate("ui.today.tab", "Today's program"))
        self.table.setModel(self.model)
        self.table.verticalHeader().hide()
        self.table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QTableView.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(False)
        self.table.setTabKeyNavigation(False)  # Tab leaves the table for the log fields
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)

        # the day's log
        self.fields: dict[str, QLineEdit] = {}
        self.errors: dict[str, QLabel] = {}
        log_form = QFormLayout()
        for field, label, unit, _decimals in LOG_FIELDS:
            edit = QLineEdit()
            edit.setObjectName(f"day_{field}")
            edit.setMaximumWidth(110)
            shown_unit = unit_text(unit)
            edit.setPlaceholderText(shown_unit)
            edit.returnPressed.connect(self.save_day)
            self.fields[field] = edit
            self.errors[field] = error_label()
            row = QHBoxLayout()
            row.addWidget(edit)
            row.addWidget(QLabel(shown_unit))
            row.addWidget(self.errors[field], 1)
            caption = QLabel(
                translate("ui.today.tab", "{field}:").format(field=translate("ui.today.tab", label))
            )
            caption.setBuddy(edit)
            edit.setAccessibleDescription(unit_description(shown_unit))
            log_form.addRow(caption, row)
        self.save_button = QPushButton(translate("ui.today.tab", "Save the day"))
        self.save_button.clicked.connect(self.save_day)
        self.log_status = QLabel()
        self.log_status.setObjectName("day_status")
        log_box = QGroupBox(translate("ui.today.tab", "The day's log"))
        log_layout = QVBoxLayout(log_box)
        log_layout.addLayout(log_form)
        save_row = QHBoxLayout()
        save_row.addWidget(self.save_button)
        save_row.addWidget(self.log_status, 1)
        log_layout.addLayout(save_row)

        # streaks
        self.span = QComboBox()
        self.span.addItem(translate("ui.today.tab", "This week"), "week")
        self.span.addItem(translate("ui.today.tab", "Last 30 days"), "month")
        self.span.currentIndexChanged.connect(lambda _i: self.refresh_now())
        self.streak_model = RowTableModel(
            [
                (translate("ui.today.tab", "Part"), lambda p: data_text(p.label)),
                (translate("ui.today.tab", "Streak"), _streak_text),
                (translate("ui.today.tab", "Met"), lambda p: str(p.met)),
                (translate("ui.today.tab", "Missed"), lambda p: str(p.missed)),
            ],
            self,
        )
        self.streaks = QTableView()
        self.streaks.setObjectName("today_streaks")
        self.streaks.setModel(self.streak_model)
        self.streaks.verticalHeader().hide()
        self.streaks.setEditTriggers(QTableView.EditTrigger.NoEditTriggers)
        self.streaks.setTabKeyNavigation(False)
        self.streaks.horizontalHeader().setSectionResizeMode(
            QHeaderView.ResizeMode.ResizeToContents
        )
        self.streaks.horizontalHeader().setStretchLastSection(True)
        streak_box = QGroupBox(translate("ui.today.tab", "Streaks and misses"))
        streak_layout = QVBoxLayout(streak_box)
        streak_layout.addWidget(self.span)
        streak_layout.addWidget(self.streaks)
        unseen_label(self.span, translate("ui.today.tab", "Streaks over"))

        top = QHBoxLayout()
        top.addWidget(self.day_label, 1)
        top.addWidget(self.previous_button)
        top.addWidget(self.today_button)
        top.addWidget(self.next_button)
        due = QHBoxLayout()
        due.addWidget(self.due_label, 1)
        due.addWidget(self.start_button)
        right = QVBoxLayout()
        right.addWidget(log_box)
        right.addWidget(streak_box, 1)
        # the day log's last weeks (matplotlib loads when it is first drawn)
        self.chart = ChartCanvas(
            translate("ui.today.tab", "Calories and sleep appear here once logged.")
        )
        self.chart.setObjectName("today_chart")
        self.chart.setMinimumHeight(200)
        left = QVBoxLayout()
        left.addWidget(self.table, 3)
        left.addWidget(self.chart, 2)
        body = QHBoxLayout()
        body.addLayout(left, 3)
        body.addLayout(right, 2)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(due)
        layout.addLayout(body, 1)
        self.setTabOrder(self.start_button, self.table)

    # --- reading -----------------------------------------------------------------------------

    def shown_day(self) -> date:
        return self.day if self.day is not None else date.today()

    def is_affected_by(self, changes: Changes) -> bool:
        return changes.workouts or changes.body or changes.settings or changes.routines

    def refresh(self) -> None:
        day = self.shown_day()
        tz = local_zone()
        span_days = 7 if self.span.currentData() == "week" else 30

        from core.daily.history import program_history
        from core.daily.log import day_rows, get_day
        from core.daily.today import today_report

        def read(session: Session) -> TodayView:
            first = day - timedelta(days=day.weekday()) if span_days == 7 else day - timedelta(29)
            return TodayView(
                report=today_report(day, session=session, tz=tz),
                logged=get_day(day, session=session),
                history=program_history(first, day, session=session, tz=tz),
                recent=day_rows(
                    session=session, since=day - timedelta(days=CHART_DAYS - 1), until=day
                ),
            )

        self.show_view(self.ops.read(read))

    def show_view(self, view: TodayView) -> None:
        self.view = view
        report = view.report
        self.day_label.setText(
            i18n.strftime(report.day, translate("ui.today.tab", "%A, %-d %B %Y"))
        )
        self.next_button.setEnabled(report.day < date.today())
        due = report.next_due
        met = sum(1 for i in report.items if i.met)
        with_target = sum(1 for i in report.items if i.met is not None)
        if due is None:
            text = translate(
                "ui.today.tab", "{met} of %n part(s) met. Nothing left to start.", None, with_target
            )
            self.due_label.setText(text.format(met=met))
            self.start_button.hide()
        else:
            text = translate(
                "ui.today.tab", "{met} of %n part(s) met. Due next:", None, with_target
            )
            self.due_label.setText(text.format(met=met))
            self.start_button.setText(due.label)
            self.start_button.show()
        self.model.set_rows(list(report.items))
        self._draw_chart(view)
        self.streak_model.set_rows(view.history)
        self._show_log(view.logged)
        if due is not None and self.focusWidget() is None:
            self.start_button.setFocus(Qt.FocusReason.OtherFocusReason)

    def _draw_chart(self, view: TodayView) -> None:
        if not any(r.kcal is not None or r.sleep_hours is not None for r in view.recent):
            self.chart.show_message(
                translate("ui.today.tab", "Calories and sleep appear here once logged.")
            )
            return
        from ui.today.chart import draw_day_log

        report = view.report
        draw_day_log(
            self.chart.figure(),
            view.recent,
            first=report.day - timedelta(days=CHART_DAYS - 1),
            last=report.day,
            calories=report.item("calories"),
            sleep=report.item("sleep"),
            colors=self.chart.colors(),
        )
        self.chart.draw()

    def _show_log(self, logged: DayRow | None) -> None:
        clear_errors(self.errors)
        self._loaded = {}
        for field, _label, _unit, decimals in LOG_FIELDS:
            value = getattr(logged, field) if logged is not None else None
            text = "" if value is None else display_number(round(value, decimals))
            self.fields[field].setText(text)
            self._loaded[field] = (text, value)
        self.log_status.clear()

    def _source_text(self, item: TodayItem) -> str:
        if item.source is None:
            if item.target_min is None:
                return ""
            return translate("ui.today.tab", "our default")
        return data_text(self.titles.get(item.source, item.source))

    # --- acting ------------------------------------------------------------------------------

    def move_day(self, step: int) -> None:
        day = self.shown_day() + timedelta(days=step)
        self.day = None if day >= date.today() else day
        self.refresh_now()

    def go_to_today(self) -> None:
        self.day = None
        self.refresh_now()

    def start_next(self) -> None:
        due = self.view.report.next_due if self.view is not None else None
        if due is not None:
            self.start_requested.emit(due)

    def save_day(self) -> bool:
        """Save the log fields for the day shown; False, with the errors shown, if refused."""
        if self.db is None:
            return False
        clear_errors(self.errors)
        errors: list[InputError] = []
        values: dict[str, Any] = {}
        for field, _label, _unit, _decimals in LOG_FIELDS:
            values[field] = parse_field(
                self.fields[field],
                field,
                number_bound(DAY_LOG, field),
                float,
                self._loaded,
                errors,
            )
        for exc in errors:
            show_error(self.errors, exc)
        if errors:
            self.log_status.setText(translate("ui.today.tab", "Not saved."))
            return False
        day = self.shown_day()
        from core.daily.log import record_day

        def refused(exc: Exception) -> None:
            if isinstance(exc, InputError):
                show_error(self.errors, exc)
            self.log_status.setText(translate("ui.today.tab", "Not saved."))

        saved = self.ops.write(
            lambda s: record_day(day, values, session=s), initiator=self, on_error=refused
        )
        if saved is None:
            return False
        self.refresh_now()
        self.log_status.setText(translate("ui.today.tab", "Saved."))
        return True


def _streak_text(part: PartHistory) -> str:
    streak = part.streak
    if part.period == "week":
        return translate("ui.today.tab", "%n week(s)", None, streak)
    return translate("ui.today.tab", "%n day(s)", None, streak)


def _key_text(keys: str) -> str:
    """A key sequence as Qt writes it on this system (its key names in the language in use)."""
    return QKeySequence(keys).toString(QKeySequence.SequenceFormat.NativeText)


__all__ = ["TodayTab", "TodayView"]
