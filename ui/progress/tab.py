"""The Progress tab: per-exercise charts and records, weekly adherence, active days, the rule.

Over 500 lines: one tab's widgets, its two-stage loading and its lazy redraws (the plotting
itself is in ui/progress/plots.py, the models in ui/progress/models.py).

Everything shown comes from core.insight.trends and core.insight.records (SQL aggregates)
through `run_task`, so the queries leave the GUI thread. matplotlib is imported the first time
a chart is drawn (ui.widgets.chart_canvas), never at start-up. Charts redraw only when the tab
is shown and stale (BaseTab), or when the person picks another exercise, measure or range.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import TYPE_CHECKING, TypeVar
from zoneinfo import ZoneInfo

from PySide6.QtCore import QEvent, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QComboBox,
    QCompleter,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from core import i18n
from core.changes import Changes
from core.clock import local_zone
from core.i18n import QT_TRANSLATE_NOOP, translate
from core.insight import trends
from core.insight.trends import AdherenceWeek, ExerciseHistory, SeriesPoint
from core.library.localized import data_text
from ui import dialogs
from ui.base_tab import BaseTab
from ui.progress import plots
from ui.progress.models import ExerciseListModel, RecordsModel
from ui.tasks import run_task
from ui.widgets.chart_canvas import ChartCanvas, preload_matplotlib, save_filters, save_format
from ui.widgets.layout import column, splitter

if TYPE_CHECKING:
    from core.clock import Clock
    from core.insight.records import Record

T = TypeVar("T")

# Marked here, translated where shown (translate("ui.progress.tab", VALUE)): the language is
# chosen after this module is imported.
EMPTY_HISTORY = QT_TRANSLATE_NOOP("ui.progress.tab", "Log a workout to see progress here.")
RANGE_LABELS = {
    "30d": QT_TRANSLATE_NOOP("ui.progress.tab", "&30 days"),
    "3m": QT_TRANSLATE_NOOP("ui.progress.tab", "3 &months"),
    "1y": QT_TRANSLATE_NOOP("ui.progress.tab", "1 &year"),
    "all": QT_TRANSLATE_NOOP("ui.progress.tab", "&All"),
}
RANGE_WORDS = {
    "30d": QT_TRANSLATE_NOOP("ui.progress.tab", "the last 30 days"),
    "3m": QT_TRANSLATE_NOOP("ui.progress.tab", "the last 3 months"),
    "1y": QT_TRANSLATE_NOOP("ui.progress.tab", "the last year"),
}
DEFAULT_RANGE = "3m"
ADHERENCE_WEEKS = 12
CALENDAR_WEEKS = 26


def empty_history() -> str:
    """EMPTY_HISTORY in the language in use."""
    return translate("ui.progress.tab", EMPTY_HISTORY)


def alt_key(label: str) -> str:
    """The key a label's mnemonic gives, for a tooltip: "Alt+E" for "&Exercise:" (the
    translation's letter, wherever its translator put the "&")."""
    found = re.search(r"&([^&\s])", label.replace("&&", ""))
    return f"Alt+{found.group(1).upper()}" if found else ""


# -- data carried from the worker to the GUI thread ---------------------------------------------


@dataclass(frozen=True)
class Overview:
    exercises: list[ExerciseHistory]
    weight_unit: str
    adherence: list[AdherenceWeek]
    active_days: list[date]
    streak: int
    today: date


@dataclass(frozen=True)
class ExerciseData:
    exercise_id: int
    measure: str
    range_key: str
    since: datetime | None
    points: list[SeriesPoint]
    records: list[Record] | None  # None: unchanged since the last load


@dataclass
class _SecondaryChart:
    canvas: ChartCanvas
    draw: Callable[[], None]
    dirty: bool = True


# -- the tab ------------------------------------------------------------------------------------


class ProgressTab(BaseTab):
    title = "Progress"
    # Emitted with a chart's name ("exercise", "adherence", "calendar") after it is rendered on
    # screen, or at once when it shows an empty-state sentence instead.
    chart_drawn = Signal(str)

    def __init__(
        self,
        parent: QWidget | None = None,
        *,
        clock: Clock | None = None,
        tz: ZoneInfo | None = None,
    ) -> None:
        super().__init__(parent)
        self._clock = clock
        self._tz = tz or local_zone()
        self._overview: Overview | None = None
        self._exercise_id: int | None = None
        self._pending_exercise: int | None = None
        self._measure: str | None = None
        self._range = DEFAULT_RANGE
        self._range_chosen = False  # the person picked a range: it is never changed for them
        self._weight_unit = "kg"
        self._requests: dict[str, int] = {}  # generation of the latest request, per kind
        self._records_for: int | None = None  # exercise whose records the list shows
        # Records per exercise until the data changes (switching back costs no query).
        self._records_cache: dict[int, list[Record]] = {}
        self._data: ExerciseData | None = None
        self._build()

    # -- widgets ---------------------------------------------------------------------------

    def _build(self) -> None:
        root = QVBoxLayout(self)

        bar = QHBoxLayout()
        self.chart = ChartCanvas(empty_history())
        self.exercise_model = ExerciseListModel(self)
        self.exercise_model.tz = self._tz
        self.exercise_combo = QComboBox()
        self.exercise_combo.setModel(self.exercise_model)
        self.exercise_combo.setEditable(True)
        line = self.exercise_combo.lineEdit()
        if line is not None:  # its text field is a control of its own for a screen reader
            line.setAccessibleName(translate("ui.progress.tab", "Exercise"))
        self.exercise_combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.exercise_combo.setMinimumContentsLength(22)
        exercise_words = translate("ui.progress.tab", "&Exercise:")
        self.exercise_combo.setToolTip(
            translate(
                "ui.progress.tab", "Exercises you have logged; type to search ({keys})"
            ).format(keys=alt_key(exercise_words))
        )
        completer = QCompleter(self.exercise_model, self.exercise_combo)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        self.exercise_combo.setCompleter(completer)
        self.exercise_combo.activated.connect(self._on_exercise_activated)
        exercise_label = QLabel(exercise_words)
        exercise_label.setBuddy(self.exercise_combo)

        self.measure_combo = QComboBox()
        measure_words = translate("ui.progress.tab", "Mea&sure:")
        self._measure_keys = alt_key(measure_words)
        self.measure_combo.setToolTip(self._measure_tip())
        self.measure_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.measure_combo.activated.connect(self._on_measure_activated)
        measure_label = QLabel(measure_words)
        measure_label.setBuddy(self.measure_combo)

        bar.addWidget(exercise_label)
        bar.addWidget(self.exercise_combo, 2)
        bar.addSpacing(8)
        bar.addWidget(measure_label)
        bar.addWidget(self.measure_combo, 1)
        bar.addSpacing(8)

        self.range_group = QButtonGroup(self)
        self.range_group.setExclusive(True)
        self.range_buttons: dict[str, QPushButton] = {}
        for key, label in RANGE_LABELS.items():
            words = translate("ui.progress.tab", label)
            button = QPushButton(words)
            button.setCheckable(True)
            where = RANGE_WORDS.get(key)
            button.setToolTip(
                translate("ui.progress.tab", "Show {range} ({keys})").format(
                    range=translate("ui.progress.tab", "everything")
                    if where is None
                    else translate("ui.progress.tab", where),
                    keys=alt_key(words),
                )
            )
            button.setChecked(key == self._range)
            button.clicked.connect(lambda _=False, k=key: self.set_range(k))
            self.range_group.addButton(button)
            self.range_buttons[key] = button
            bar.addWidget(button)
        bar.addSpacing(8)
        save_words = translate("ui.progress.tab", "Sa&ve chart…")
        self.save_button = QPushButton(save_words)
        self.save_button.setToolTip(
            translate("ui.progress.tab", "Save this chart as a PNG or SVG file ({keys})").format(
                keys=alt_key(save_words)
            )
        )
        self.save_button.clicked.connect(lambda: self._ask_and_save(self.chart, "exercise"))
        bar.addWidget(self.save_button)
        root.addLayout(bar)

        self.records_model = RecordsModel(self)
        self.records_model.tz = self._tz
        self.records_view = QTableView()
        self.records_view.setAccessibleName(translate("ui.progress.tab", "Personal records"))
        self.records_view.setTabKeyNavigation(False)  # Tab leaves the list (arrows move in it)
        self.records_view.setModel(self.records_model)
        self.records_view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.records_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.records_view.verticalHeader().hide()
        header = self.records_view.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        self.records_view.setTextElideMode(Qt.TextElideMode.ElideMiddle)
        self.records_label = QLabel(translate("ui.progress.tab", "Personal records"))
        self.records_label.setWordWrap(True)
        records_box = column(self.records_label, self.records_view)
        top = splitter((self.chart, 3), (records_box, 1), sizes=[860, 340])

        self.lower_panel = QTabWidget()
        self.lower_panel.setDocumentMode(True)
        self.adherence_chart = ChartCanvas(empty_history())
        # One routine at a time, full width: readable at 1280x800, where three stacked rows
        # were not. The busiest routine comes first.
        self.adherence_combo = QComboBox()
        routine_words = translate("ui.progress.tab", "&Routine:")
        self.adherence_combo.setToolTip(
            translate("ui.progress.tab", "The routine whose weeks are shown ({keys})").format(
                keys=alt_key(routine_words)
            )
        )
        self.adherence_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.adherence_combo.activated.connect(self._on_adherence_routine)
        routine_label = QLabel(routine_words)
        routine_label.setBuddy(self.adherence_combo)
        routine_row = QHBoxLayout()
        routine_row.addWidget(routine_label)
        routine_row.addWidget(self.adherence_combo)
        routine_row.addStretch(1)
        adherence_page = column(routine_row, (self.adherence_chart, 1), margins=(0, 4, 0, 0))
        self.calendar_chart = ChartCanvas(empty_history())
        self.streak_label = QLabel("")
        self.streak_label.setWordWrap(True)
        calendar_page = column(self.streak_label, (self.calendar_chart, 1), margins=(0, 4, 0, 0))
        from core.insight.progression import rule_text

        self.rule_label = QLabel(rule_text())
        self.rule_label.setWordWrap(True)
        self.rule_label.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.rule_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.rule_label.setContentsMargins(8, 8, 8, 8)
        self.lower_panel.addTab(adherence_page, translate("ui.progress.tab", "Weekly adherence"))
        self.lower_panel.addTab(calendar_page, translate("ui.progress.tab", "Active days"))
        self.lower_panel.addTab(
            self.rule_label, translate("ui.progress.tab", "How targets progress")
        )
        self.lower_save_button = QPushButton(translate("ui.progress.tab", "Save this chart…"))
        self.lower_save_button.setToolTip(
            translate("ui.progress.tab", "Save the chart below as a PNG or SVG file")
        )
        self.lower_save_button.clicked.connect(self._save_lower)
        self.lower_panel.setCornerWidget(self.lower_save_button, Qt.Corner.TopRightCorner)
        self.lower_panel.currentChanged.connect(self._on_lower_changed)

        for name, canvas in (
            ("exercise", self.chart),
            ("adherence", self.adherence_chart),
            ("calendar", self.calendar_chart),
        ):
            canvas.rendered.connect(lambda n=name: self.chart_drawn.emit(n))
        self._secondary_after_render = False
        self.chart.rendered.connect(self._exercise_rendered)
        self._secondary: dict[str, _SecondaryChart] = {
            "adherence": _SecondaryChart(self.adherence_chart, self._draw_adherence),
            "calendar": _SecondaryChart(self.calendar_chart, self._draw_calendar),
        }

        split = splitter(
            (top, 3), (self.lower_panel, 2), orientation=Qt.Orientation.Vertical, sizes=[440, 300]
        )
        root.addWidget(split, 1)
        self._set_controls_enabled(False)

    def _set_controls_enabled(self, enabled: bool) -> None:
        for widget in (
            self.exercise_combo,
            self.measure_combo,
            self.save_button,
            *self.range_buttons.values(),
        ):
            widget.setEnabled(enabled)

    # -- public API (tests, benchmark) -----------------------------------------------------

    @property
    def exercise_id(self) -> int | None:
        return self._exercise_id

    @property
    def measure(self) -> str | None:
        return self._measure

    @property
    def range_key(self) -> str:
        return self._range

    @property
    def points(self) -> list[SeriesPoint]:
        """The series currently charted."""
        return list(self._data.points) if self._data else []

    def exercise_ids(self) -> list[int]:
        return [self.exercise_combo.itemData(i) for i in range(self.exercise_combo.count())]

    def measure_keys(self) -> list[str]:
        return [self.measure_combo.itemData(i) for i in range(self.measure_combo.count())]

    def select_exercise(self, exercise_id: int) -> bool:
        """Chart this exercise (it must have history); False if it is not in the picker."""
        if self._overview is None:
            self._pending_exercise = exercise_id
            return False
        index = self.exercise_combo.findData(exercise_id)
        if index < 0:
            return False
        self.exercise_combo.setCurrentIndex(index)
        self._use_exercise(exercise_id)
        return True

    def set_measure(self, key: str) -> None:
        """Chart another measure of the current exercise; KeyError if it does not fit."""
        index = self.measure_combo.findData(key)
        if index < 0:
            raise KeyError(f"measure {key!r} does not fit this exercise")
        self.measure_combo.setCurrentIndex(index)
        if key != self._measure:
            self._measure = key
            self._update_measure_tooltip()
            self._load_exercise()

    def set_range(self, key: str) -> None:
        """Show 30d, 3m, 1y or all of the current exercise's history."""
        if key not in RANGE_LABELS:
            raise KeyError(f"unknown range {key!r}")
        self.range_buttons[key].setChecked(True)
        self._range_chosen = True
        if key != self._range:
            self._range = key
            self._load_exercise()

    def save_chart(self, path: Path | str, which: str = "exercise") -> Path:
        """Write a drawn chart ('exercise', 'adherence' or 'calendar') as PNG or SVG."""
        canvas = {
            "exercise": self.chart,
            "adherence": self.adherence_chart,
            "calendar": self.calendar_chart,
        }[which]
        return canvas.save(path)

    # -- loading ---------------------------------------------------------------------------

    def is_affected_by(self, changes: Changes) -> bool:
        return changes.workouts or changes.routines or changes.settings or changes.library

    def _now(self) -> datetime:
        return self._clock.wall() if self._clock is not None else datetime.now(UTC)

    def refresh(self) -> None:
        db = self.db
        assert db is not None
        tz = self._tz
        now = self._now()
        self._records_cache.clear()  # data changed: records may have too
        if not self.chart.has_chart:
            self.chart.show_message(translate("ui.progress.tab", "Loading…"))

        def work() -> Overview:
            from core.store.settings import load_settings

            today = now.astimezone(tz).date()
            since = today - timedelta(weeks=CALENDAR_WEEKS)
            with db.read_scope() as session:
                exercises = trends.exercises_with_history(session=session)
                unit = load_settings(session=session).weight_unit
                adherence = trends.weekly_adherence(
                    session=session, tz=tz, weeks=ADHERENCE_WEEKS, today=today
                )
                days = trends.active_days(session=session, tz=tz, since=since)
            overview = Overview(
                exercises=list(exercises),
                weight_unit=unit,
                adherence=list(adherence),
                active_days=list(days),
                streak=trends.current_streak(days, today),
                today=today,
            )
            # The first chart needs matplotlib: import it here, off the GUI thread, while
            # the person looks at "Loading…" (about 0.5 s on a cold start).
            preload_matplotlib()
            return overview

        self._run_latest("overview", work, self._overview_loaded)

    def _run_latest(self, kind: str, work: Callable[[], T], done: Callable[[T], None]) -> None:
        """Run `work` off the GUI thread; only the latest request of its kind gets `done`."""
        request = self._requests.get(kind, 0) + 1
        self._requests[kind] = request

        def finished(result: T) -> None:
            if request == self._requests[kind]:  # a newer request supersedes this one
                done(result)

        run_task(work, finished, self._load_failed)

    def _overview_loaded(self, overview: Overview) -> None:
        self._overview = overview
        self._weight_unit = overview.weight_unit
        wanted = self._pending_exercise or self._exercise_id
        self._pending_exercise = None
        combo = self.exercise_combo
        combo.blockSignals(True)
        self.exercise_model.set_rows(overview.exercises)
        combo.blockSignals(False)
        for chart in self._secondary.values():
            chart.dirty = True
        if not overview.exercises:
            self._exercise_id = None
            self._data = None
            self.measure_combo.clear()
            self.records_model.set_rows([])
            self.records_label.setText(
                translate(
                    "ui.progress.tab", "Personal records appear here after your first workout."
                )
            )
            self.chart.show_message(empty_history())
            self._set_controls_enabled(False)
        else:
            self._set_controls_enabled(True)
            index = combo.findData(wanted) if wanted is not None else -1
            if index < 0:  # first showing: the exercise done most recently
                latest = max(overview.exercises, key=lambda row: row.last_done)
                index = combo.findData(latest.exercise_id)
            combo.setCurrentIndex(index)
            if not self._range_chosen:
                self._fit_range(combo.itemData(index))
            self._use_exercise(combo.itemData(index), force=True)
            return  # the lower charts are drawn after the exercise chart (_exercise_loaded)
        QTimer.singleShot(0, self, self._draw_current_secondary)

    def _fit_range(self, exercise_id: int) -> None:
        """Until the person picks a range: the shortest (from the default up) that holds the
        exercise's latest workout, so the first chart is never empty while data exists."""
        row = self._history(exercise_id)
        if row is None:
            return
        keys = list(RANGE_LABELS)
        for key in keys[keys.index(DEFAULT_RANGE) :]:
            start = trends.range_start(key, self._now())
            if start is None or row.last_done >= start:
                self._range = key
                self.range_buttons[key].setChecked(True)
                return

    def _history(self, exercise_id: int) -> ExerciseHistory | None:
        if self._overview is None:
            return None
        for row in self._overview.exercises:
            if row.exercise_id == exercise_id:
                return row
        return None

    def _use_exercise(self, exercise_id: int, force: bool = False) -> None:
        if exercise_id == self._exercise_id and not force:
            return
        row = self._history(exercise_id)
        if row is None:
            return
        self._exercise_id = exercise_id
        keys = list(trends.measures_for_mode(row.mode, weighted=row.weighted))
        combo = self.measure_combo
        combo.blockSignals(True)
        combo.clear()
        for i, key in enumerate(keys):
            combo.addItem(trends.MEASURES[key], key)
            combo.setItemData(i, trends.MEASURE_HINTS[key], Qt.ItemDataRole.ToolTipRole)
        if self._measure not in keys:
            self._measure = keys[0] if keys else None
        combo.setCurrentIndex(max(combo.findData(self._measure), 0))
        combo.blockSignals(False)
        self._update_measure_tooltip()
        # A new exercise: if its measure has nothing in range, chart one that has.
        self._load_exercise(fallback=tuple(k for k in keys if k != self._measure))

    def _measure_tip(self, hint: str = "") -> str:
        if hint:
            return translate("ui.progress.tab", "{hint} ({keys})").format(
                hint=hint, keys=self._measure_keys
            )
        return translate("ui.progress.tab", "What to chart for this exercise ({keys})").format(
            keys=self._measure_keys
        )

    def _update_measure_tooltip(self) -> None:
        key = self.measure_combo.currentData()
        hint = trends.MEASURE_HINTS.get(key, "") if key else ""
        self.measure_combo.setToolTip(self._measure_tip(hint))

    def _load_exercise(self, fallback: tuple[str, ...] = ()) -> None:
        """Load the chosen measure's series; when it is empty in range, the first measure of
        `fallback` that has points is charted instead (and the picker shows it)."""
        db = self.db
        exercise_id, measure, range_key = self._exercise_id, self._measure, self._range
        if db is None or exercise_id is None or measure is None:
            return
        tz = self._tz
        unit = self._weight_unit
        need_records = exercise_id not in self._records_cache
        since = trends.range_start(range_key, self._now())

        def work() -> ExerciseData:
            from core.insight.records import personal_records

            with db.read_scope() as session:
                charted = measure
                points = trends.exercise_series(
                    exercise_id, measure, session=session, tz=tz, since=since
                )
                for other in fallback:
                    if points:
                        break
                    other_points = trends.exercise_series(
                        exercise_id, other, session=session, tz=tz, since=since
                    )
                    if other_points:
                        charted, points = other, other_points
                recs = (
                    personal_records(exercise_id, session=session, weight_unit=unit)
                    if need_records
                    else None
                )
            return ExerciseData(
                exercise_id,
                charted,
                range_key,
                since,
                list(points),
                None if recs is None else list(recs),
            )

        self._run_latest("exercise", work, self._exercise_loaded)

    def _exercise_loaded(self, data: ExerciseData) -> None:
        self._data = data
        if data.measure != self._measure:  # a fallback: the picker shows what is charted
            self._measure = data.measure
            combo = self.measure_combo
            combo.blockSignals(True)
            combo.setCurrentIndex(max(combo.findData(data.measure), 0))
            combo.blockSignals(False)
            self._update_measure_tooltip()
        if data.records is not None:
            self._records_cache[data.exercise_id] = data.records
        if data.records is not None or self._records_for != data.exercise_id:
            records = self._records_cache.get(data.exercise_id, [])
            self._records_for = data.exercise_id
            self.records_model.set_rows(records)
            name = self.exercise_combo.currentText()
            self.records_label.setText(
                translate("ui.progress.tab", "Personal records: {name}").format(name=name)
                if records
                else translate("ui.progress.tab", "No personal records for {name} yet.").format(
                    name=name
                )
            )
        self._draw_exercise()
        # Then the lower charts, if stale, once the exercise chart is on screen: drawing one
        # takes as long as the first, and must not delay the chart people look at.
        if self.chart.has_chart:
            self._secondary_after_render = True
        else:
            QTimer.singleShot(0, self, self._draw_current_secondary)

    def _exercise_rendered(self) -> None:
        if self._secondary_after_render:
            self._secondary_after_render = False
            QTimer.singleShot(0, self, self._draw_current_secondary)

    def _load_failed(self, exc: BaseException) -> None:
        self.chart.show_message(
            translate("ui.progress.tab", "Could not load progress: {error}").format(error=exc)
        )

    def changeEvent(self, event: QEvent) -> None:
        """A new palette (light/dark switch) redraws the charts in its colours."""
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange and self._overview is not None:
            # Qt tells the parent before its children get the new palette: redraw after.
            QTimer.singleShot(0, self, self._redraw_all)

    def _redraw_all(self) -> None:
        for chart in self._secondary.values():
            chart.dirty = True
        if self.chart.has_chart:
            self._draw_exercise()
        self._draw_current_secondary()

    # -- user input ------------------------------------------------------------------------

    def _on_exercise_activated(self, index: int) -> None:
        exercise_id = self.exercise_combo.itemData(index)
        if exercise_id is not None:
            self._use_exercise(exercise_id)

    def _on_measure_activated(self, index: int) -> None:
        key = self.measure_combo.itemData(index)
        if key is not None and key != self._measure:
            self._measure = key
            self._update_measure_tooltip()
            self._load_exercise()

    def _ask_and_save(self, canvas: ChartCanvas, name: str) -> None:
        title = translate("ui.progress.tab", "Save chart")
        if not canvas.has_chart:
            dialogs.show_info(
                self, title, translate("ui.progress.tab", "There is no chart to save yet.")
            )
            return
        path = dialogs.save_file(self, title, f"backline-{name}.png", save_filters())
        if path is None:
            return
        if not path.suffix:
            path = path.with_suffix(".png")
        try:
            save_format(path)
            canvas.save(path)
        except (OSError, ValueError) as exc:
            dialogs.show_error(
                self,
                title,
                translate("ui.progress.tab", "The chart was not saved: {error}").format(error=exc),
            )

    def _save_lower(self) -> None:
        page = self.lower_panel.currentIndex()
        if page == 0:
            self._ask_and_save(self.adherence_chart, "adherence")
        elif page == 1:
            self._ask_and_save(self.calendar_chart, "active-days")

    def _on_lower_changed(self, index: int) -> None:
        self.lower_save_button.setEnabled(index in (0, 1))
        self._draw_current_secondary()

    # -- drawing ---------------------------------------------------------------------------

    def _draw_exercise(self) -> None:
        data = self._data
        if data is None:
            return
        name = self.exercise_combo.currentText()
        if not data.points:
            where = RANGE_WORDS.get(data.range_key)
            what = trends.MEASURES.get(data.measure, data.measure)
            if i18n.language() != "de":  # German writes its nouns capitalized mid-sentence
                what = what.lower()
            if where:
                self.chart.show_message(
                    translate(
                        "ui.progress.tab",
                        "No {measure} for {name} in {range}. Choose another measure, or “All” to "
                        "see your older workouts.",
                    ).format(measure=what, name=name, range=translate("ui.progress.tab", where))
                )
            else:
                self.chart.show_message(
                    translate(
                        "ui.progress.tab", "Nothing to chart for this measure. {hint}"
                    ).format(hint=empty_history())
                )
            self.chart_drawn.emit("exercise")
            return
        # The axis ends today, so a gap since the last workout shows.
        plots.draw_series(
            self.chart.figure(),
            data.points,
            measure=data.measure,
            exercise_name=name,
            weight_unit=self._weight_unit,
            first_day=None if data.since is None else data.since.astimezone(self._tz).date(),
            today=self._now().astimezone(self._tz).date(),
            colors=self.chart.colors(),
        )
        self.chart.draw()  # chart_drawn follows the render (see _build)

    def _draw_current_secondary(self) -> None:
        if self._overview is None:
            return
        name = {0: "adherence", 1: "calendar"}.get(self.lower_panel.currentIndex())
        if name is None:
            return
        chart = self._secondary[name]
        if chart.dirty:
            chart.dirty = False
            chart.draw()

    def _draw_adherence(self) -> None:
        overview = self._overview
        assert overview is not None
        canvas = self.adherence_chart
        routines = plots.busiest_routines(overview.adherence)
        combo = self.adherence_combo
        wanted = combo.currentData()
        combo.blockSignals(True)
        combo.clear()
        for weeks in routines:
            combo.addItem(data_text(weeks[0].routine_name), weeks[0].routine_id)
        combo.setCurrentIndex(max(combo.findData(wanted), 0) if routines else -1)
        combo.blockSignals(False)
        combo.setEnabled(bool(routines))
        if not routines:
            canvas.show_message(
                translate(
                    "ui.progress.tab",
                    "Follow a routine from the Routines tab to see your weeks against its target.",
                )
            )
            self.chart_drawn.emit("adherence")
            return
        chosen = routines[max(combo.currentIndex(), 0)]
        plots.draw_adherence(canvas.figure(), chosen, colors=canvas.colors())
        canvas.draw()

    def _on_adherence_routine(self, _index: int) -> None:
        if self._overview is not None:
            self._draw_adherence()

    def _draw_calendar(self) -> None:
        overview = self._overview
        assert overview is not None
        canvas = self.calendar_chart
        today = overview.today
        active = set(overview.active_days)
        start = plots.calendar_start(today, CALENDAR_WEEKS)
        in_window = sorted(d for d in active if start <= d <= today)
        self.streak_label.setText(streak_text(overview.streak, len(in_window), CALENDAR_WEEKS))
        if not in_window:
            canvas.show_message(
                translate("ui.progress.tab", "Log a workout to fill this calendar of active days.")
            )
            self.chart_drawn.emit("calendar")
            return
        plots.draw_calendar(
            canvas.figure(), active, today=today, weeks=CALENDAR_WEEKS, colors=canvas.colors()
        )
        canvas.draw()


def streak_text(streak: int, active_in_window: int, weeks: int) -> str:
    """The current streak in words, with the count of active days in the calendar window."""
    if streak <= 0:
        lead = translate("ui.progress.tab", "No current streak: a workout today starts one.")
    elif streak == 1:
        lead = translate("ui.progress.tab", "Current streak: 1 day.")
    else:
        lead = translate("ui.progress.tab", "Current streak: %n day(s) in a row.", None, streak)
    days = translate("ui.progress.tab", "%n active day(s)", None, active_in_window)
    window = translate("ui.progress.tab", "{days} in the last %n week(s).", None, weeks)
    return f"{lead} {window.format(days=days)}"
