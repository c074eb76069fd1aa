"""The Progress tab: per-exercise charts and records, weekly adherence, active days, the rule.

Everything shown comes from core.insight.trends (SQL aggregates) through `run_task`, so the queries
leave the GUI thread; only the drawing happens here. matplotlib is imported the first time a
chart is drawn (ui.widgets.chart_canvas), never at start-up. Charts redraw only when the tab is shown and
stale (BaseTab), or when the person picks another exercise, measure or range.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta, tzinfo
from pathlib import Path
from typing import TYPE_CHECKING, Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

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
    QSplitter,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from core.changes import Changes
from core.units import kg_to
from ui import dialogs
from ui.base_tab import BaseTab
from ui.models import RowTableModel
from ui.tasks import run_task
from ui.widgets.chart_canvas import SAVE_FILTERS, ChartCanvas, preload_matplotlib, save_format

if TYPE_CHECKING:
    from core.clock import Clock

EMPTY_HISTORY = "Log a workout to see progress here."
RANGE_LABELS = {"30d": "&30 days", "3m": "3 &months", "1y": "1 &year", "all": "&All"}
RANGE_WORDS = {"30d": "the last 30 days", "3m": "the last 3 months", "1y": "the last year"}
RANGE_KEYS = {"30d": "Alt+3", "3m": "Alt+M", "1y": "Alt+Y", "all": "Alt+A"}
DEFAULT_RANGE = "3m"
ADHERENCE_WEEKS = 12
CALENDAR_WEEKS = 26
MAX_ADHERENCE_ROWS = 3


def local_zone() -> tzinfo:
    """The person's zone as a ZoneInfo (DST-correct for past dates), from TZ or /etc/localtime."""
    candidates = [os.environ.get("TZ", "").lstrip(":")]
    try:
        link = os.path.realpath("/etc/localtime")
        if "zoneinfo/" in link:
            candidates.append(link.split("zoneinfo/", 1)[1])
    except OSError:
        pass
    for key in candidates:
        if key:
            try:
                return ZoneInfo(key)
            except (ZoneInfoNotFoundError, ValueError):
                continue
    return datetime.now().astimezone().tzinfo or UTC


# -- data carried from the worker to the GUI thread ---------------------------------------------


@dataclass(frozen=True)
class Overview:
    exercises: list[Any]  # core.insight.trends.ExerciseHistory
    weight_unit: str
    adherence: list[Any]  # core.insight.trends.AdherenceWeek
    active_days: list[date]
    streak: int
    today: date


@dataclass(frozen=True)
class ExerciseData:
    exercise_id: int
    measure: str
    range_key: str
    since: datetime | None
    points: list[Any]  # core.insight.trends.SeriesPoint
    records: list[Any] | None  # core.insight.trends.Record; None = unchanged


@dataclass
class _SecondaryChart:
    canvas: ChartCanvas
    draw: Callable[[], None]
    dirty: bool = True


# -- records model ------------------------------------------------------------------------------


class RecordsModel(RowTableModel):
    """Personal records of one exercise (core.insight.trends.Record): the record and its day.

    The label comes from core, already in the person's weight unit ("Heaviest weight: 60 kg ×
    8"); the day is the local calendar day of the workout in which it was set.
    """

    def __init__(self, parent: Any = None) -> None:
        super().__init__([("Record", lambda r: r.label), ("Set on", self._day_text)], parent)
        self.tz: tzinfo = UTC

    def _day_text(self, record: Any) -> str:
        return record.when.astimezone(self.tz).date().isoformat()


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
        tz: tzinfo | None = None,
    ) -> None:
        super().__init__(parent)
        self._clock = clock
        self._tz = tz or local_zone()
        self._overview: Overview | None = None
        self._exercise_id: int | None = None
        self._pending_exercise: int | None = None
        self._measure: str | None = None
        self._range = DEFAULT_RANGE
        self._weight_unit = "kg"
        self._request = 0  # generation of the latest per-exercise request
        self._overview_request = 0  # generation of the latest overview request
        self._records_for: int | None = None  # exercise whose records the list shows
        # Records per exercise until the data changes (switching back costs no query).
        self._records_cache: dict[int, list[Any]] = {}
        self._data: ExerciseData | None = None
        self._build()

    # -- widgets ---------------------------------------------------------------------------

    def _build(self) -> None:
        root = QVBoxLayout(self)

        bar = QHBoxLayout()
        self.exercise_combo = QComboBox()
        self.exercise_combo.setEditable(True)
        self.exercise_combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.exercise_combo.setMinimumContentsLength(22)
        self.exercise_combo.setToolTip("Exercises you have logged; type to search (Alt+E)")
        completer = QCompleter(self.exercise_combo.model(), self.exercise_combo)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        self.exercise_combo.setCompleter(completer)
        self.exercise_combo.activated.connect(self._on_exercise_activated)
        exercise_label = QLabel("&Exercise:")
        exercise_label.setBuddy(self.exercise_combo)

        self.measure_combo = QComboBox()
        self.measure_combo.setToolTip("What to chart for this exercise (Alt+S)")
        self.measure_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.measure_combo.activated.connect(self._on_measure_activated)
        measure_label = QLabel("Mea&sure:")
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
            button = QPushButton(label)
            button.setCheckable(True)
            button.setToolTip(f"Show {RANGE_WORDS.get(key, 'everything')} ({RANGE_KEYS[key]})")
            button.setChecked(key == self._range)
            button.clicked.connect(lambda _=False, k=key: self.set_range(k))
            self.range_group.addButton(button)
            self.range_buttons[key] = button
            bar.addWidget(button)
        bar.addSpacing(8)
        self.save_button = QPushButton("Sa&ve chart…")
        self.save_button.setToolTip("Save this chart as a PNG or SVG file (Alt+V)")
        self.save_button.clicked.connect(lambda: self._ask_and_save(self.chart, "exercise"))
        bar.addWidget(self.save_button)
        root.addLayout(bar)

        self.chart = ChartCanvas(EMPTY_HISTORY)
        self.records_model = RecordsModel(self)
        self.records_model.tz = self._tz
        self.records_view = QTableView()
        self.records_view.setModel(self.records_model)
        self.records_view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.records_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.records_view.verticalHeader().hide()
        header = self.records_view.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        self.records_view.setTextElideMode(Qt.TextElideMode.ElideMiddle)
        self.records_label = QLabel("Personal records")
        self.records_label.setWordWrap(True)
        records_box = QWidget()
        records_layout = QVBoxLayout(records_box)
        records_layout.setContentsMargins(0, 0, 0, 0)
        records_layout.addWidget(self.records_label)
        records_layout.addWidget(self.records_view)

        top = QSplitter(Qt.Orientation.Horizontal)
        top.addWidget(self.chart)
        top.addWidget(records_box)
        top.setStretchFactor(0, 3)
        top.setStretchFactor(1, 1)
        top.setSizes([860, 340])

        self.lower = QTabWidget()
        self.lower.setDocumentMode(True)
        self.adherence_chart = ChartCanvas(EMPTY_HISTORY)
        self.calendar_chart = ChartCanvas(EMPTY_HISTORY)
        self.streak_label = QLabel("")
        self.streak_label.setWordWrap(True)
        calendar_page = QWidget()
        calendar_layout = QVBoxLayout(calendar_page)
        calendar_layout.setContentsMargins(0, 4, 0, 0)
        calendar_layout.addWidget(self.streak_label)
        calendar_layout.addWidget(self.calendar_chart, 1)
        from core.insight.progression import RULE_TEXT

        self.rule_label = QLabel(RULE_TEXT)
        self.rule_label.setWordWrap(True)
        self.rule_label.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.rule_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.rule_label.setContentsMargins(8, 8, 8, 8)
        self.lower.addTab(self.adherence_chart, "Weekly adherence")
        self.lower.addTab(calendar_page, "Active days")
        self.lower.addTab(self.rule_label, "How targets progress")
        self.lower_save_button = QPushButton("Save this chart…")
        self.lower_save_button.setToolTip("Save the chart below as a PNG or SVG file")
        self.lower_save_button.clicked.connect(self._save_lower)
        self.lower.setCornerWidget(self.lower_save_button, Qt.Corner.TopRightCorner)
        self.lower.currentChanged.connect(self._on_lower_changed)

        for name, canvas in (
            ("exercise", self.chart),
            ("adherence", self.adherence_chart),
            ("calendar", self.calendar_chart),
        ):
            canvas.rendered.connect(lambda n=name: self.chart_drawn.emit(n))
        self._secondary: dict[str, _SecondaryChart] = {
            "adherence": _SecondaryChart(self.adherence_chart, self._draw_adherence),
            "calendar": _SecondaryChart(self.calendar_chart, self._draw_calendar),
        }

        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(top)
        split.addWidget(self.lower)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 2)
        split.setSizes([440, 300])
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
    def points(self) -> list[Any]:
        """The series currently charted (core.insight.trends.SeriesPoint)."""
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
            self._load_exercise()

    def set_range(self, key: str) -> None:
        """Show 30d, 3m, 1y or all of the current exercise's history."""
        if key not in RANGE_LABELS:
            raise KeyError(f"unknown range {key!r}")
        self.range_buttons[key].setChecked(True)
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
            self.chart.show_message("Loading…")

        def work() -> Overview:
            from core.insight import trends as progress
            from core.store.settings import get_setting

            today = now.astimezone(tz).date()
            since = today - timedelta(weeks=CALENDAR_WEEKS)
            with db.read_scope() as session:
                exercises = progress.exercises_with_history(session=session)
                unit = get_setting("weight_unit", session=session)
                adherence = progress.weekly_adherence(
                    session=session, tz=tz, weeks=ADHERENCE_WEEKS, today=today
                )
                days = progress.active_days(session=session, tz=tz, since=since)
            overview = Overview(
                exercises=list(exercises),
                weight_unit=unit,
                adherence=list(adherence),
                active_days=list(days),
                streak=progress.current_streak(days, today),
                today=today,
            )
            # The first chart needs matplotlib: import it here, off the GUI thread, while
            # the person looks at "Loading…" (about 0.5 s on a cold start).
            preload_matplotlib()
            return overview

        self._overview_request += 1
        request = self._overview_request

        def done(overview: Overview) -> None:
            if request == self._overview_request:  # a newer refresh supersedes this one
                self._overview_loaded(overview)

        run_task(work, done, self._load_failed)

    def _overview_loaded(self, overview: Overview) -> None:
        self._overview = overview
        self._weight_unit = overview.weight_unit
        wanted = self._pending_exercise or self._exercise_id
        self._pending_exercise = None
        combo = self.exercise_combo
        combo.blockSignals(True)
        combo.clear()
        for row in overview.exercises:
            combo.addItem(row.name, row.exercise_id)
            combo.setItemData(
                combo.count() - 1,
                f"{row.workouts} workouts, {row.sets} sets; last on {_day(row.last_done, self._tz)}",
                Qt.ItemDataRole.ToolTipRole,
            )
        combo.blockSignals(False)
        for chart in self._secondary.values():
            chart.dirty = True
        if not overview.exercises:
            self._exercise_id = None
            self._data = None
            self.measure_combo.clear()
            self.records_model.set_rows([])
            self.records_label.setText("Personal records appear here after your first workout.")
            self.chart.show_message(EMPTY_HISTORY)
            self._set_controls_enabled(False)
        else:
            self._set_controls_enabled(True)
            index = combo.findData(wanted) if wanted is not None else -1
            if index < 0:  # first showing: the exercise done most recently
                latest = max(overview.exercises, key=lambda row: row.last_done)
                index = combo.findData(latest.exercise_id)
            combo.setCurrentIndex(index)
            self._use_exercise(combo.itemData(index), force=True)
            return  # the lower charts are drawn after the exercise chart (_exercise_loaded)
        QTimer.singleShot(0, self, self._draw_current_secondary)

    def _history(self, exercise_id: int) -> Any | None:
        if self._overview is None:
            return None
        for row in self._overview.exercises:
            if row.exercise_id == exercise_id:
                return row
        return None

    def _use_exercise(self, exercise_id: int, force: bool = False) -> None:
        if exercise_id == self._exercise_id and not force:
            return
        from core.insight import trends as progress

        row = self._history(exercise_id)
        if row is None:
            return
        self._exercise_id = exercise_id
        keys = list(progress.measures_for_mode(row.mode))
        combo = self.measure_combo
        combo.blockSignals(True)
        combo.clear()
        for key in keys:
            combo.addItem(progress.MEASURES[key], key)
        if self._measure not in keys:
            self._measure = keys[0] if keys else None
        combo.setCurrentIndex(max(combo.findData(self._measure), 0))
        combo.blockSignals(False)
        self._load_exercise()

    def _load_exercise(self) -> None:
        db = self.db
        exercise_id, measure, range_key = self._exercise_id, self._measure, self._range
        if db is None or exercise_id is None or measure is None:
            return
        self._request += 1
        request = self._request
        tz = self._tz
        unit = self._weight_unit
        need_records = exercise_id not in self._records_cache
        from core.insight import trends as progress

        since = progress.range_start(range_key, self._now())

        def work() -> ExerciseData:
            with db.read_scope() as session:
                points = progress.exercise_series(
                    exercise_id, measure, session=session, tz=tz, since=since
                )
                recs = (
                    progress.personal_records(exercise_id, session=session, weight_unit=unit)
                    if need_records
                    else None
                )
            return ExerciseData(
                exercise_id,
                measure,
                range_key,
                since,
                list(points),
                None if recs is None else list(recs),
            )

        def done(data: ExerciseData) -> None:
            if request == self._request:  # a newer request supersedes this one
                self._exercise_loaded(data)

        run_task(work, done, self._load_failed)

    def _exercise_loaded(self, data: ExerciseData) -> None:
        self._data = data
        if data.records is not None:
            self._records_cache[data.exercise_id] = data.records
        if data.records is not None or self._records_for != data.exercise_id:
            records = self._records_cache.get(data.exercise_id, [])
            self._records_for = data.exercise_id
            self.records_model.set_rows(records)
            name = self.exercise_combo.currentText()
            self.records_label.setText(
                f"Personal records: {name}" if records else f"No personal records for {name} yet."
            )
        self._draw_exercise()
        # Then the lower charts, if stale: they must not delay the chart people look at.
        QTimer.singleShot(0, self, self._draw_current_secondary)

    def _load_failed(self, exc: BaseException) -> None:
        self.chart.show_message(f"Could not load progress: {exc}")

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
            self._load_exercise()

    def _ask_and_save(self, canvas: ChartCanvas, name: str) -> None:
        if not canvas.has_chart:
            dialogs.show_info(self, "Save chart", "There is no chart to save yet.")
            return
        path = dialogs.save_file(self, "Save chart", f"backline-{name}.png", SAVE_FILTERS)
        if path is None:
            return
        if not path.suffix:
            path = path.with_suffix(".png")
        try:
            save_format(path)
            canvas.save(path)
        except (OSError, ValueError) as exc:
            dialogs.show_error(self, "Save chart", f"The chart was not saved: {exc}")

    def _save_lower(self) -> None:
        page = self.lower.currentIndex()
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
        from core.insight import trends as progress

        label = progress.MEASURES.get(data.measure, data.measure)
        name = self.exercise_combo.currentText()
        if not data.points:
            where = RANGE_WORDS.get(data.range_key)
            if where:
                self.chart.show_message(
                    f"No {name} in {where}. Choose “All” to see your older workouts."
                )
            else:
                self.chart.show_message(f"Nothing to chart for this measure. {EMPTY_HISTORY}")
            self.chart_drawn.emit("exercise")
            return
        from matplotlib.dates import AutoDateLocator, ConciseDateFormatter

        unit = progress.MEASURE_UNITS.get(data.measure, "")
        convert = unit == "kg"
        if convert:
            unit = self._weight_unit
        xs = [p.day for p in data.points]
        ys = [kg_to(p.value, self._weight_unit) if convert else p.value for p in data.points]
        colors = self.chart.colors()
        fig = self.chart.figure()
        ax = fig.add_subplot()
        self.chart.style_axes(ax)
        ax.plot(
            xs,
            ys,
            color=colors.accent,
            linewidth=1.6,
            marker="o" if len(xs) <= 120 else None,
            markersize=4,
        )
        best = max(range(len(ys)), key=ys.__getitem__)
        ax.scatter(
            [xs[best]],
            [ys[best]],
            s=60,
            color=colors.accent,
            zorder=3,
            edgecolors=colors.foreground,
            linewidths=0.8,
        )
        best_text = progress.value_text(data.measure, data.points[best].value, self._weight_unit)
        ax.annotate(
            f"best {best_text}",
            (xs[best], ys[best]),
            textcoords="offset points",
            xytext=(0, 8),
            ha="center",
            color=colors.foreground,
            fontsize=8,
        )
        locator = AutoDateLocator()
        ax.xaxis.set_major_locator(locator)
        ax.xaxis.set_major_formatter(ConciseDateFormatter(locator))
        # The axis ends today, so a gap since the last workout shows; "all" starts a little
        # before the first point (matplotlib would otherwise spread one point over years).
        today = self._now().astimezone(self._tz).date()
        if data.since is not None:
            start = data.since.astimezone(self._tz).date()
        else:
            start = xs[0] - max(timedelta(days=7), (today - xs[0]) / 20)
        ax.set_xlim(start, today + timedelta(days=1))
        ax.set_ylabel(f"{_short(label)} ({unit})" if unit not in ("", "reps") else _short(label))
        ax.set_title(f"{name}: {label}", fontsize=10, y=1.0, pad=6)
        ax.margins(y=0.15)
        self.chart.draw()  # chart_drawn follows the render (see _build)

    def _draw_current_secondary(self) -> None:
        if self._overview is None:
            return
        name = {0: "adherence", 1: "calendar"}.get(self.lower.currentIndex())
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
        by_routine: dict[Any, list[Any]] = {}
        for week in overview.adherence:
            by_routine.setdefault(week.routine_id, []).append(week)
        # Routines with a target, most sessions first.
        routines = sorted(by_routine.values(), key=lambda weeks: -sum(w.sessions for w in weeks))
        routines = [ws for ws in routines if any(w.sessions for w in ws)]
        if not routines:
            canvas.show_message(
                "Follow a routine from the Routines tab to see your weeks against its target."
            )
            self.chart_drawn.emit("adherence")
            return
        shown = routines[:MAX_ADHERENCE_ROWS]
        colors = canvas.colors()
        fig = canvas.figure()
        ax = fig.add_subplot()
        canvas.style_axes(ax)
        ax.grid(False)
        # One axes, one row per routine stacked top to bottom (a routine's bars stand on its
        # own baseline, its target band behind them): one axes draws in a third of the time
        # of one small axes per routine, and the scale (sessions) is the same for all rows.
        n = len(shown[0])
        positions = list(range(n))
        ticks: list[float] = []
        tick_labels: list[str] = []
        base = 0.0
        for weeks in reversed(shown):  # the busiest routine ends up on top
            first = weeks[0]
            ys = [w.sessions for w in weeks]
            low, high = first.target_min, first.target_max
            if low is None:
                low = high
            if high is None:
                high = low
            bar_colors = [colors.accent if w.met else colors.muted for w in weeks]
            ax.bar(positions, ys, bottom=base, width=0.7, color=bar_colors)
            if low is not None and high is not None:
                lo, hi = (low - 0.5, high + 0.5) if low == high else (low, high)
                ax.axhspan(base + lo, base + hi, color=colors.accent, alpha=0.15, linewidth=0)
                target = f"{low}" if low == high else f"{low}–{high}"
                met = sum(1 for w in weeks if w.met)
                title = f"{first.routine_name}: target {target} a week, met {met} of {n} weeks"
            else:
                title = f"{first.routine_name}: no weekly target"
            row_top = max(max(ys), high or 0) + 0.6
            for value in sorted({0, max(ys), *(t for t in (low, high) if t is not None)}):
                ticks.append(base + value)
                tick_labels.append(str(value))
            ax.text(
                -0.45,
                base + row_top + 0.15,
                title,
                fontsize=8,
                va="bottom",
                color=colors.foreground,
            )
            ax.axhline(base, color=colors.muted, linewidth=0.6)
            base += row_top + 1.4
        ax.set_ylim(0, base - 0.4)
        ax.set_xlim(-0.5, n - 0.5)
        ax.set_yticks(ticks, tick_labels, fontsize=7)
        ax.set_ylabel("sessions a week", fontsize=8)
        labels = [w.week_start.strftime("%d %b") for w in shown[0]]
        ax.set_xticks(positions[::2], labels[::2])
        hidden = len(routines) - len(shown)
        if hidden:
            ax.set_xlabel(
                f"and {hidden} more routine{'s' if hidden > 1 else ''} not shown", fontsize=8
            )
        canvas.draw()

    def _draw_calendar(self) -> None:
        overview = self._overview
        assert overview is not None
        canvas = self.calendar_chart
        today = overview.today
        streak = overview.streak
        active = set(overview.active_days)
        start = today - timedelta(days=today.weekday(), weeks=CALENDAR_WEEKS - 1)
        in_window = sorted(d for d in active if start <= d <= today)
        self.streak_label.setText(streak_text(streak, len(in_window), CALENDAR_WEEKS))
        if not in_window:
            canvas.show_message("Log a workout to fill this calendar of active days.")
            self.chart_drawn.emit("calendar")
            return
        import numpy
        from matplotlib.colors import ListedColormap

        colors = canvas.colors()
        grid = [[float("nan")] * CALENDAR_WEEKS for _ in range(7)]
        month_ticks: list[tuple[int, str]] = []
        for week in range(CALENDAR_WEEKS):
            for weekday in range(7):
                day = start + timedelta(weeks=week, days=weekday)
                if day <= today:
                    grid[weekday][week] = 1.0 if day in active else 0.0
                if day.day == 1:
                    month_ticks.append((week, day.strftime("%b")))
        fig = canvas.figure()
        ax = fig.add_subplot()
        ax.set_facecolor(colors.background)
        cmap = ListedColormap([colors.grid, colors.accent]).with_extremes(bad=colors.background)
        # One square per day, separated by a thin line of background; future days left blank.
        ax.pcolormesh(
            numpy.ma.masked_invalid(numpy.array(grid)),
            cmap=cmap,
            vmin=0,
            vmax=1,
            edgecolors=colors.background,
            linewidth=2,
        )
        ax.set_aspect("equal")
        ax.invert_yaxis()
        ax.set_yticks([0.5, 2.5, 4.5, 6.5], ["Mon", "Wed", "Fri", "Sun"])
        ax.set_xticks([w + 0.5 for w, _ in month_ticks], [m for _, m in month_ticks])
        ax.tick_params(
            colors=colors.foreground, labelcolor=colors.foreground, length=0, labelsize=8
        )
        for spine in ax.spines.values():
            spine.set_visible(False)
        ax.set_title(
            f"Active days, last {CALENDAR_WEEKS} weeks",
            fontsize=9,
            loc="left",
            color=colors.foreground,
            y=1.0,
            pad=4,
        )
        canvas.draw()


def streak_text(streak: int, active_in_window: int, weeks: int) -> str:
    """The current streak in words, with the count of active days in the calendar window."""
    if streak <= 0:
        lead = "No current streak: a workout today starts one."
    elif streak == 1:
        lead = "Current streak: 1 day."
    else:
        lead = f"Current streak: {streak} days in a row."
    days = "1 active day" if active_in_window == 1 else f"{active_in_window} active days"
    return f"{lead} {days} in the last {weeks} weeks."


def _short(label: str) -> str:
    """'Estimated 1RM (Epley: …)' -> 'Estimated 1RM' for an axis label."""
    return label.split(" (", 1)[0]


def _day(when: Any, tz: tzinfo) -> str:
    if isinstance(when, datetime):
        return when.astimezone(tz).date().isoformat()
    return "" if when is None else str(when)
