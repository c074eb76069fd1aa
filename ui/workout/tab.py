"""The Workout tab: follow a routine set by set, with timers, cues and a log that survives a crash.

The tab shows and forwards; ``core.workout.run.WorkoutRun`` does the work (the player state machine,
the log, the position saved on every change). Time is never counted here: a ``PhaseDriver``
polls the player at its next deadline and repaints at ~10 Hz; the digits are the player's
``display_seconds()`` (ceil: a 60 s rest shows 60 first).

A confirmed set is committed (with the position that follows it) before the form says
"Saved ✓". Bad input gets a red message at its field and nothing is stored.

At ``attach`` an unfinished workout is offered for resume (``ask_resume``, monkeypatchable); the
restore recomputes the remaining time of the phase from its saved UTC end.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QLocale, Qt, Signal
from PySide6.QtGui import QFont, QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from core.bounds import LOGGED_SET, InputError, number_bound, parse_number, parse_weight
from core.changes import Changes
from core.clock import Clock, SystemClock
from core.store.db import Database
from core.store.settings import get_setting
from core.units import display_number, kg_to
from core.workout.plan import WorkoutPlan, list_startable_routines, plan_summary, routine_plan
from core.workout.player import Cue, Player, PlayerOptions, Step
from core.workout.run import (
    LastPerformance,
    LoggedSetRow,
    LogTarget,
    ResumeInfo,
    SetValues,
    WorkoutRun,
    last_performance,
    unfinished_workout,
)
from ui.base_tab import BaseTab
from ui.workout.mini_timer import MiniTimer
from ui.workout.phase_timer import PhaseDriver

__all__ = ["EMPTY_WORKOUT", "PHASE_COLOURS", "WorkoutTab", "ask_resume", "format_digits"]

log = logging.getLogger(__name__)

EMPTY_WORKOUT = "Empty workout (add exercises as you go)"
PHASE_COLOURS: dict[str, str] = {
    "get_ready": "#d98e04",  # amber
    "work": "#1e8e3e",  # green
    "release": "#1a73e8",  # blue
    "switch_sides": "#8e24aa",  # purple
    "rest": "#1a73e8",  # blue
    "done": "#5f6368",  # grey
    "paused": "#80868b",
    "idle": "#5f6368",
}
SPOKEN = frozenset({"get_ready", "work_start", "rest_start", "switch_sides", "workout_finished"})
ERROR_STYLE = "color: #c5221f;"


# -- dialogs (monkeypatched in tests) ------------------------------------------------------------


def ask_resume(parent: QWidget | None, info: ResumeInfo) -> str:
    """'resume', 'finish' (keep the logged sets, end it), 'discard' (delete it) or 'later'."""
    when = info.started_at.astimezone().strftime("%a %d %b, %H:%M")
    box = QMessageBox(
        QMessageBox.Icon.Question,
        "Unfinished workout",
        f"“{info.name or 'Workout'}” from {when} was not finished "
        f"({info.sets_logged} sets logged). Continue where you were?",
        parent=parent,
    )
    resume = box.addButton("Resume", QMessageBox.ButtonRole.AcceptRole)
    finish = box.addButton("Finish it as it is", QMessageBox.ButtonRole.ActionRole)
    discard = box.addButton("Discard it", QMessageBox.ButtonRole.DestructiveRole)
    box.addButton("Later", QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(resume)
    box.exec()
    clicked = box.clickedButton()
    if clicked is resume:
        return "resume"
    if clicked is finish:
        return "finish"
    if clicked is discard:
        return "discard"
    return "later"


def confirm_end(parent: QWidget | None, pending: int) -> bool:
    """Ask before finishing with sets still waiting to be logged."""
    box = QMessageBox(
        QMessageBox.Icon.Question,
        "End workout",
        f"{pending} set(s) are not logged yet. End the workout anyway?",
        parent=parent,
    )
    yes = box.addButton("End workout", QMessageBox.ButtonRole.AcceptRole)
    box.addButton("Cancel", QMessageBox.ButtonRole.RejectRole)
    box.exec()
    return box.clickedButton() is yes


# -- small pure helpers --------------------------------------------------------------------------


def format_digits(seconds: int) -> str:
    """Countdown text: whole seconds up to 99 ("60"), then m:ss ("2:00")."""
    if seconds <= 99:
        return str(seconds)
    return f"{seconds // 60}:{seconds % 60:02d}"


def _elapsed_text(seconds: float) -> str:
    s = int(seconds)
    return f"{s // 60}:{s % 60:02d}"


def _step_details(step: Step) -> str:
    parts = []
    if step.round_number is not None and step.rounds_total is not None:
        parts.append(f"Round {step.round_number} of {step.rounds_total}")
    elif step.set_number is not None and step.sets_total is not None:
        parts.append(f"Set {step.set_number} of {step.sets_total}")
    if step.side:
        parts.append(f"Side: {step.side}")
    if step.rep is not None and step.reps_total is not None:
        parts.append(f"Rep {step.rep} of {step.reps_total}")
    return " · ".join(parts)


@dataclass(frozen=True)
class _Suggested:
    values: SetValues
    reason: str


# -- adapters to the progress engineer's modules (optional at run time) ------------------------


def _suggestion(item_id: int, session: Any, unit: str) -> _Suggested | None:
    try:
        from core.insight.progression import suggest_next_target
    except ImportError:  # pragma: no cover - module not there
        return None
    try:
        s = suggest_next_target(item_id, session=session, weight_unit=unit)
    except LookupError:
        return None
    reps = s.reps_min or s.reps_max
    return _Suggested(
        SetValues(
            reps=reps,
            weight_kg=s.weight_kg,
            seconds=float(s.hold_seconds) if s.hold_seconds else None,
        ),
        s.reason,
    )


def _records(set_id: int, session: Any, unit: str) -> list[str]:
    try:
        from core.insight.trends import new_records_for_set
    except ImportError:  # pragma: no cover
        return []
    return [r.label for r in new_records_for_set(set_id, session=session, weight_unit=unit)]


# -- the tab -------------------------------------------------------------------------------------


class WorkoutTab(BaseTab):
    """Start, follow and log a workout."""

    title = "Workout"

    set_saved = Signal(object)
    """A set was committed (LoggedSetRow); emitted after the commit returned."""
    cue_handled = Signal(object)
    """Every cue the player produced (core.workout.player.Cue), sounded or not."""
    records_announced = Signal(list)
    """Labels of personal records the last confirmed set set."""
    workout_started = Signal(int)
    workout_ended = Signal(int)
    form_error = Signal(str, str)
    """(field, message) shown at a field of the log form."""

    def __init__(
        self,
        parent: QWidget | None = None,
        *,
        clock: Clock | None = None,
        cue_player: Any = None,
    ) -> None:
        super().__init__(parent)
        self.clock: Clock = clock or SystemClock()
        self._cue_player = cue_player
        self.run: WorkoutRun | None = None
        self.weight_unit = "kg"
        self.show_suggestions = True
        self.get_ready_seconds = 10
        self.cadence_seconds = 0
        self.first_side = "left"
        self._suggested: dict[int, _Suggested | None] = {}
        self._last: LastPerformance | None = None
        self._form_for: tuple[Any, ...] | None = None
        self.driver = PhaseDriver(self._poll, self._time_to_next_event, self)
        self.driver.cues.connect(self._on_cues)
        self.driver.repaint.connect(self.refresh_display)
        self.mini = MiniTimer()
        self.mini.pause_clicked.connect(self.toggle_pause)
        self.mini.next_clicked.connect(self.next_step)
        self.mini.confirm_clicked.connect(self.confirm_set)
        self.mini.back_requested.connect(self.leave_mini_timer)
        self.destroyed.connect(self.mini.deleteLater)
        self._build()
        self._update_controls()

    # -- construction --------------------------------------------------------------------

    def _build(self) -> None:
        # The player's keys (Space, arrows, Enter, -/+) act only while a workout runs, so before
        # one Space and Enter reach the routine chooser and Start.
        self._player_shortcuts: list[QShortcut] = []
        self.routine_combo = QComboBox()
        self.routine_combo.setMinimumWidth(320)
        self.start_button = QPushButton("Start")
        self.start_button.setToolTip("Start a workout from the chosen routine")
        self.start_button.clicked.connect(self.start_selected)
        self.exercise_combo = QComboBox()
        self.exercise_combo.setMinimumWidth(220)
        self.add_exercise_button = QPushButton("Add exercise")
        self.add_exercise_button.setToolTip("Add this exercise to the workout in progress")
        self.add_exercise_button.clicked.connect(self._add_selected_exercise)
        self.mini_button = QPushButton("Mini timer")
        self.mini_button.setToolTip("Switch to a small always-on-top timer (Ctrl+M)")
        self.mini_button.clicked.connect(self.enter_mini_timer)

        top = QHBoxLayout()
        top.addWidget(QLabel("Routine:"))
        top.addWidget(self.routine_combo, 1)
        top.addWidget(self.start_button)
        top.addSpacing(16)
        top.addWidget(self.exercise_combo)
        top.addWidget(self.add_exercise_button)
        top.addStretch(1)
        top.addWidget(self.mini_button)

        self.workout_label = QLabel("No workout in progress")
        self.phase_label = QLabel("Choose a routine and press Start")
        pf = QFont(self.phase_label.font())
        pf.setPointSize(max(pf.pointSize(), 10) + 8)
        pf.setBold(True)
        self.phase_label.setFont(pf)
        self.phase_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.digits = QLabel("")
        df = QFont(self.digits.font())
        df.setPointSize(110)  # about 4 cm tall on a laptop screen: readable from two metres
        df.setBold(True)
        self.digits.setFont(df)
        self.digits.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.details_label = QLabel("")
        self.details_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.target_label = QLabel("")
        self.target_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.next_label = QLabel("")
        self.next_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.last_button = QPushButton("")
        self.last_button.setFlat(True)
        self.last_button.setToolTip("What you did last time: click to copy it into the form")
        self.last_button.clicked.connect(self.copy_last_time)

        display = QVBoxLayout()
        for w in (
            self.workout_label,
            self.phase_label,
            self.digits,
            self.details_label,
            self.target_label,
            self.next_label,
            self.last_button,
        ):
            display.addWidget(w)

        # controls
        self.pause_button = self._control("Pause", "Pause or resume", "Space", self.toggle_pause)
        self.back_button = self._control(
            "◀ Back", "Back to the previous step", "Left", self.back_step
        )
        self.next_button = self._control("Next ▶", "Skip to the next step", "Right", self.next_step)
        self.minus_button = self._control(
            "−15 s", "Take 15 seconds off this phase", "-", lambda: self.adjust(-15)
        )
        self.plus_button = self._control(
            "+15 s", "Add 15 seconds to this phase", "+", lambda: self.adjust(15)
        )
        self.confirm_button = self._control(
            "Confirm set",
            "Log the set with the values in the form and move on",
            "Return",
            self.confirm_set,
        )
        self._player_shortcuts.append(
            QShortcut(
                QKeySequence("Enter"),
                self,
                activated=self.confirm_set,
                context=Qt.ShortcutContext.WidgetWithChildrenShortcut,
            )
        )
        plus_unshifted = QShortcut(
            QKeySequence("="),
            self,
            activated=lambda: self.adjust(15),
            context=Qt.ShortcutContext.WidgetWithChildrenShortcut,
        )
        plus_unshifted.setWhatsThis("Add 15 seconds to this phase (the + key without Shift)")
        self._player_shortcuts.append(plus_unshifted)
        QShortcut(
            QKeySequence("Ctrl+M"),
            self,
            activated=self.enter_mini_timer,
            context=Qt.ShortcutContext.WidgetWithChildrenShortcut,
        )
        self.add_set_button = self._control(
            "Add set", "One more set of this exercise", "Ctrl+N", lambda: self._act("add_set")
        )
        self.skip_button = self._control(
            "Skip exercise",
            "Go to the next exercise",
            "Ctrl+Right",
            lambda: self._act("skip_exercise"),
        )
        self.end_button = self._control(
            "End workout", "Finish the workout now", "Ctrl+Shift+E", self.end_workout
        )
        controls = QHBoxLayout()
        for b in (
            self.pause_button,
            self.back_button,
            self.next_button,
            self.minus_button,
            self.plus_button,
            self.confirm_button,
            self.add_set_button,
            self.skip_button,
            self.end_button,
        ):
            controls.addWidget(b)

        # log form
        self.form_box = QGroupBox("Log the set")
        self.form_title = QLabel("")
        self.reps_edit = QLineEdit()
        self.weight_edit = QLineEdit()
        self.seconds_edit = QLineEdit()
        self.rpe_edit = QLineEdit()
        self.rpe_edit.setPlaceholderText("optional, 1-10")
        self.weight_edit.setPlaceholderText("optional")
        self.errors: dict[str, QLabel] = {}
        # Keyed by the stored field names, as core's InputError names them (core.bounds).
        self.edits = {
            "reps": self.reps_edit,
            "weight_kg": self.weight_edit,
            "duration_seconds": self.seconds_edit,
            "rpe": self.rpe_edit,
        }
        self.weight_unit_label = QLabel("kg")
        grid = QGridLayout()
        labels = {
            "reps": "Reps",
            "weight_kg": "Weight",
            "duration_seconds": "Seconds held",
            "rpe": "RPE",
        }
        for row, (key, edit) in enumerate(self.edits.items()):
            err = QLabel("")
            err.setStyleSheet(ERROR_STYLE)
            self.errors[key] = err
            edit.setMaximumWidth(160)
            edit.returnPressed.connect(self.confirm_set)
            edit.textEdited.connect(lambda _t, k=key: self.errors[k].setText(""))
            grid.addWidget(QLabel(labels[key]), row, 0)
            grid.addWidget(edit, row, 1)
            if key == "weight_kg":
                grid.addWidget(self.weight_unit_label, row, 2)
            grid.addWidget(err, row, 3)
        grid.setColumnStretch(3, 1)
        self.status_label = QLabel("")
        form = QFormLayout()
        form.addRow(self.form_title)
        box_layout = QVBoxLayout(self.form_box)
        box_layout.addLayout(form)
        box_layout.addLayout(grid)
        box_layout.addWidget(self.status_label)

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(display, 1)
        layout.addLayout(controls)
        layout.addWidget(self.form_box)

    def _control(self, text: str, tip: str, key: str, slot: Callable[[], None]) -> QPushButton:
        button = QPushButton(text)
        shown = QKeySequence(key).toString(QKeySequence.SequenceFormat.NativeText) or key
        button.setToolTip(f"{tip} ({shown})")
        button.clicked.connect(slot)
        self._player_shortcuts.append(
            QShortcut(
                QKeySequence(key),
                self,
                activated=slot,
                context=Qt.ShortcutContext.WidgetWithChildrenShortcut,
            )
        )
        return button

    # -- BaseTab ---------------------------------------------------------------------------

    def attach(self, db: Database) -> None:
        super().attach(db)
        self._load_settings()
        self.offer_resume()

    def is_affected_by(self, changes: Changes) -> bool:
        return changes.routines or changes.library or changes.settings

    def refresh(self) -> None:
        self._load_settings()
        assert self.db is not None
        from core.library.schema import list_exercises

        with self.db.read_scope() as s:
            routines = list_startable_routines(session=s)
            exercises = list_exercises(session=s)
        current = self.routine_combo.currentData()
        self.routine_combo.clear()
        self.routine_combo.addItem(EMPTY_WORKOUT, None)
        for r in routines:
            self.routine_combo.addItem(r.name, r.id)
        i = self.routine_combo.findData(current)
        self.routine_combo.setCurrentIndex(max(0, i))
        self.exercise_combo.clear()
        for e in exercises:
            self.exercise_combo.addItem(e.name, e.slug)
        self._update_controls()

    def _load_settings(self) -> None:
        if self.db is None:
            return
        with self.db.read_scope() as s:
            self.weight_unit = str(get_setting("weight_unit", session=s))
            self.show_suggestions = bool(get_setting("show_suggestions", session=s))
            self.get_ready_seconds = int(get_setting("get_ready_seconds", session=s) or 0)
            self.cadence_seconds = int(get_setting("rep_cadence_seconds", session=s) or 0)
            self.first_side = str(get_setting("first_side", session=s))
            volume = float(get_setting("sound_volume", session=s))
            muted = bool(get_setting("sound_muted", session=s))
            speech = bool(get_setting("speech_enabled", session=s))
        self.weight_unit_label.setText(self.weight_unit)
        if self._cue_player is not None:
            self._apply_sound_settings(volume, muted, speech)
        else:
            self._sound_settings = (volume, muted, speech)

    def _apply_sound_settings(self, volume: float, muted: bool, speech: bool) -> None:
        cp = self._cue_player
        try:
            cp.volume = volume
            cp.muted = muted
            cp.speech_enabled = speech
        except AttributeError:  # a minimal injected player
            pass

    @property
    def cue_player(self) -> Any:
        """The CuePlayer, built on first use (QtMultimedia loads only when a workout runs)."""
        if self._cue_player is None:
            from ui.cues import CuePlayer

            self._cue_player = CuePlayer(self)
            settings = getattr(self, "_sound_settings", None)
            if settings is not None:
                self._apply_sound_settings(*settings)
        return self._cue_player

    # -- resume ----------------------------------------------------------------------------

    def offer_resume(self) -> None:
        """If a workout was left unfinished, ask whether to continue it exactly there."""
        if self.db is None or self.run is not None:
            return
        with self.db.read_scope() as s:
            info = unfinished_workout(session=s)
        if info is None:
            return
        choice = ask_resume(self, info)
        if choice == "resume":
            run, cues = WorkoutRun.resume(self.db, info, clock=self.clock)
            self._begin(run, cues)
        elif choice in ("finish", "discard"):
            run = WorkoutRun(self.db, info.workout_id, info.plan, info.options, self.clock)
            if choice == "finish":
                run.finish()
            else:
                run.discard()
            self.announce(Changes(workouts=True))

    # -- starting and ending ---------------------------------------------------------------

    def prepare_routine(self, routine_id: int | None) -> None:
        """`backline workout [ROUTINE]`: choose the routine (if named) and put focus on Start;
        a workout already running (a resumed one) is left alone."""
        if self.run is not None:
            return
        if self.stale:
            self.refresh_now()
        index = self.routine_combo.findData(routine_id) if routine_id is not None else -1
        if index >= 0:
            self.routine_combo.setCurrentIndex(index)
        self.start_button.setFocus(Qt.FocusReason.OtherFocusReason)

    def start_selected(self) -> None:
        """Start a workout from the routine chosen in the combo box (or an empty one)."""
        if self.db is None or (self.run is not None and not self.run.finished):
            return
        self._finish_run_if_done()
        rid = self.routine_combo.currentData()
        if rid is None:
            plan = WorkoutPlan(name="Workout")
        else:
            with self.db.read_scope() as s:
                plan = routine_plan(int(rid), session=s)
        self.start_plan(plan)

    def start_plan(self, plan: WorkoutPlan) -> None:
        assert self.db is not None
        options = PlayerOptions(
            get_ready_seconds=self.get_ready_seconds,
            side_order="right" if self.first_side == "right" else "left",
            cadence_seconds=self.cadence_seconds or None,
        )
        run, cues = WorkoutRun.start(self.db, plan, clock=self.clock, options=options)
        self._begin(run, cues)
        self.announce(Changes(workouts=True))

    def _begin(self, run: WorkoutRun, cues: list[Cue]) -> None:
        self.run = run
        self._suggested = {}
        self._form_for = None
        self.status_label.setText("")
        self.workout_label.setText(f"{run.plan.name} — {plan_summary(run.plan.items)}")
        self.workout_started.emit(run.workout_id)
        self._handle(cues)
        self.driver.start()
        self._after_change()

    def end_workout(self) -> None:
        run = self.run
        if run is None:
            return
        if run.player is not None and not run.finished:
            self._handle(run.act("end"))
        if run.pending and not confirm_end(self, len(run.pending)):
            self._after_change()
            return
        self._close_run()

    def _finish_run_if_done(self) -> None:
        if self.run is not None and self.run.finished:
            self._close_run()

    def _close_run(self) -> None:
        run = self.run
        if run is None:
            return
        run.finish()
        self.driver.stop()
        self.run = None
        self.workout_label.setText("Workout saved")
        self.workout_ended.emit(run.workout_id)
        self.announce(Changes(workouts=True))
        self._after_change()

    def _add_selected_exercise(self) -> None:
        slug = self.exercise_combo.currentData()
        if slug is not None:
            self.add_exercise(str(slug))

    def add_exercise(self, slug: str) -> None:
        """Add a library exercise to the workout in progress (starts an empty one if needed)."""
        if self.db is None:
            return
        if self.run is None:
            self.start_plan(WorkoutPlan(name="Workout"))
        assert self.run is not None
        cues = self.run.add_exercise(slug)
        self.workout_label.setText(f"{self.run.plan.name} — {plan_summary(self.run.plan.items)}")
        self._handle(cues)
        self.driver.start()
        self._after_change()

    # -- controls --------------------------------------------------------------------------

    def _act(self, action: str, *args: float) -> None:
        if self.run is None:
            return
        self._handle(self.run.act(action, *args))
        self._after_change()

    def toggle_pause(self) -> None:
        self._act("toggle_pause")

    def next_step(self) -> None:
        self._act("next")

    def back_step(self) -> None:
        self._act("back")

    def adjust(self, seconds: float) -> None:
        self._act("adjust", seconds)

    def confirm_set(self) -> None:
        """Validate the form, commit the set (and the new position), then say "Saved ✓"."""
        run = self.run
        if run is None or self.db is None:
            return
        target = run.log_target()
        if target is None:
            self.status_label.setText("Nothing to log right now.")
            return
        actual = self._read_form(target)
        if actual is None:
            return
        try:
            row, cues = run.confirm_set(actual, target=self._target_values(target))
        except InputError as exc:
            self._show_error(exc)
            return
        except Exception as exc:  # the store refused: say so, keep the form as typed
            log.exception("could not save the set")
            self.status_label.setStyleSheet(ERROR_STYLE)
            self.status_label.setText(f"Not saved: {exc}")
            return
        self.status_label.setStyleSheet("")
        self.status_label.setText(f"Saved ✓ {target.item.exercise_name}, set {row.set_number}")
        self._form_for = None
        self.set_saved.emit(row)
        self.announce(Changes(workouts=True))
        self._announce_records(row)
        self._handle(cues)
        self._after_change()

    def _read_form(self, target: LogTarget) -> SetValues | None:
        dp = QLocale().decimalPoint()
        mode = target.item.mode
        values: dict[str, Any] = {}
        errors: list[InputError] = []

        def number(field: str, required: bool) -> Callable[[str], Any]:
            bound = number_bound(LOGGED_SET, field)
            return lambda t: parse_number(
                t, field=field, bound=bound, decimal_point=dp, required=required
            )

        parsers: dict[str, Callable[[str], Any]] = {
            "reps": number("reps", mode == "reps"),
            "weight_kg": lambda t: parse_weight(
                t,
                field="weight_kg",
                unit=self.weight_unit,
                bound=number_bound(LOGGED_SET, "weight_kg"),
                decimal_point=dp,
            ),
            "duration_seconds": number("duration_seconds", mode != "reps"),
            "rpe": number("rpe", False),
        }
        for key, parse in parsers.items():
            self.errors[key].setText("")
            try:
                values[key] = parse(self.edits[key].text())
            except InputError as exc:
                errors.append(exc)
        for exc in errors:
            self._show_error(exc)
        if errors:
            return None
        return SetValues(
            reps=None if values["reps"] is None else int(values["reps"]),
            weight_kg=values["weight_kg"],
            seconds=None
            if values["duration_seconds"] is None
            else float(values["duration_seconds"]),
            rpe=None if values["rpe"] is None else float(values["rpe"]),
        )

    def _show_error(self, exc: InputError) -> None:
        label = self.errors.get(exc.field)
        if label is None:
            self.status_label.setStyleSheet(ERROR_STYLE)
            self.status_label.setText(exc.message)
        else:
            label.setText(exc.message)
        self.form_error.emit(exc.field, exc.message)

    def _announce_records(self, row: LoggedSetRow) -> None:
        assert self.db is not None
        try:
            with self.db.read_scope() as s:
                labels = _records(row.id, s, self.weight_unit)
        except Exception:  # a record is a nicety: never let it break logging
            log.exception("records lookup failed")
            return
        if not labels:
            return
        self.status_label.setText(self.status_label.text() + " — New record! " + "; ".join(labels))
        self.cue_player.play("record")
        self.cue_player.speak("New record. " + labels[0])
        self.records_announced.emit(labels)

    def copy_last_time(self) -> None:
        """Copy what was done last time (the same set number and side if there is one)."""
        last = self._last
        run = self.run
        if last is None or not last.sets or run is None:
            return
        target = run.log_target()
        chosen = last.sets[-1]
        if target is not None:
            same = [
                s for s in last.sets if s.set_number == target.set_number and s.side == target.side
            ]
            if same:
                chosen = same[0]
        self._fill_form(chosen.values)

    # -- cues and display ------------------------------------------------------------------

    def _poll(self) -> list[Cue]:
        return self.run.poll() if self.run is not None else []

    def _time_to_next_event(self) -> float | None:
        if self.run is None or self.run.player is None:
            return None
        return self.run.player.time_to_next_event()

    def _on_cues(self, cues: list[Cue]) -> None:
        self._handle(cues)
        self._after_change(rearm=False)

    def _handle(self, cues: list[Cue]) -> None:
        for cue in cues:
            if not cue.catch_up:
                self.cue_player.play(cue.kind)
                if cue.kind in SPOKEN and cue.text:
                    self.cue_player.speak(cue.text)
            self.cue_handled.emit(cue)

    def _after_change(self, *, rearm: bool = True) -> None:
        if rearm:
            self.driver.rearm()
        if self.run is not None and self.run.finished and not self.run.pending:
            self._close_run()
            return
        self._update_form()
        self._update_controls()
        self.refresh_display()

    def _update_controls(self) -> None:
        run = self.run
        player = run.player if run is not None else None
        live = player is not None and player.started and not player.finished
        self.start_button.setEnabled(self.db is not None and (run is None or run.finished))
        self.routine_combo.setEnabled(run is None)
        self.add_exercise_button.setEnabled(self.db is not None)
        for b in (
            self.pause_button,
            self.back_button,
            self.next_button,
            self.add_set_button,
            self.skip_button,
        ):
            b.setEnabled(live)
        timed = live and player is not None and player.step.seconds is not None
        self.minus_button.setEnabled(timed)
        self.plus_button.setEnabled(timed)
        self.end_button.setEnabled(run is not None)
        self.confirm_button.setEnabled(run is not None and run.log_target() is not None)
        paused = player is not None and player.paused
        self.pause_button.setText("Resume" if paused else "Pause")
        for shortcut in self._player_shortcuts:
            shortcut.setEnabled(run is not None and not run.finished)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Before a workout, Enter on the routine chooser or Start starts it."""
        starts = event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
        if starts and self.start_button.isEnabled() and self.run is None:
            self.start_selected()
            return
        super().keyPressEvent(event)

    def _target_values(self, target: LogTarget) -> SetValues:
        """The routine's target, or the progression suggestion when it is switched on."""
        base = target.target
        item_id = target.item.item_id
        run = self.run
        if (
            item_id is None
            or run is None
            or not run.plan.suggestions_enabled
            or not self.show_suggestions
            or self.db is None
        ):
            return base
        if target.item_index not in self._suggested:
            try:
                with self.db.read_scope() as s:
                    self._suggested[target.item_index] = _suggestion(item_id, s, self.weight_unit)
            except Exception:
                log.exception("suggestion failed")
                self._suggested[target.item_index] = None
        sug = self._suggested[target.item_index]
        if sug is None:
            return base
        v = sug.values
        return SetValues(
            reps=v.reps if base.reps is not None and target.item.mode != "hold" else base.reps,
            weight_kg=v.weight_kg if v.weight_kg is not None else base.weight_kg,
            seconds=v.seconds if target.item.mode == "hold" and v.seconds else base.seconds,
        )

    def _fill_form(self, values: SetValues) -> None:
        dp = QLocale().decimalPoint()

        def num(x: float | None, decimals: int = 2) -> str:
            return "" if x is None else display_number(x, decimals).replace(".", dp)

        self.reps_edit.setText("" if values.reps is None else str(values.reps))
        self.weight_edit.setText(
            "" if values.weight_kg is None else num(kg_to(values.weight_kg, self.weight_unit))
        )
        self.seconds_edit.setText(num(values.seconds, 1))
        self.rpe_edit.setText(num(values.rpe, 1))
        for err in self.errors.values():
            err.setText("")

    def _update_form(self) -> None:
        run = self.run
        target = run.log_target() if run is not None else None
        key = None
        if target is not None and run is not None:
            key = (
                run.workout_id,
                target.item_index,
                target.set_number,
                target.side,
                target.pending,
            )
        if key == self._form_for:
            return
        self._form_for = key
        if target is None or run is None:
            self.form_title.setText("Nothing to log right now")
            self.last_button.setText("")
            self._last = None
            return
        side = f" ({target.side})" if target.side else ""
        self.form_title.setText(
            f"{target.item.exercise_name}: set {target.set_number} of {target.sets_total}{side}"
        )
        values = self._target_values(target)
        self._fill_form(values)
        self.target_label.setText("Target: " + self._target_text(values, target))
        assert self.db is not None
        with self.db.read_scope() as s:
            self._last = last_performance(
                session=s,
                routine_item_id=target.routine_item_id,
                exercise_id=target.exercise_id,
                exclude_workout_id=run.workout_id,
            )
        self.last_button.setText(
            "" if self._last is None else "Last time: " + self._last.text(self.weight_unit)
        )

    def _target_text(self, v: SetValues, target: LogTarget) -> str:
        from core.units import format_weight

        parts = []
        item = target.item
        if item.mode == "reps":
            lo, hi = item.reps_min, item.reps_max
            parts.append(f"{lo}-{hi} reps" if lo and hi and lo != hi else f"{v.reps or '—'} reps")
        elif item.mode == "hold":
            parts.append(f"{v.reps} × {display_number(v.seconds or 0, 0)} s hold")
        else:
            parts.append(f"{display_number((v.seconds or 0) / 60, 1)} min")
        if v.weight_kg:
            parts.append(format_weight(v.weight_kg, self.weight_unit))
        return ", ".join(parts)

    def refresh_display(self) -> None:
        """Repaint the phase, digits and details from the player (called at ~10 Hz)."""
        run = self.run
        player: Player | None = run.player if run is not None else None
        if run is None or player is None:
            phase = "Add an exercise to begin" if run is not None else "No workout in progress"
            self.phase_label.setText(phase)
            self.digits.setText("")
            self.details_label.setText("")
            self.next_label.setText("")
            if run is None:
                self.target_label.setText("")
            self._paint("idle", phase, "", "", False)
            return
        step = player.step
        secs = player.display_seconds()
        if secs is not None:
            digits = format_digits(secs)
        elif step.kind == "work":
            digits = _elapsed_text(player.elapsed())
        else:
            digits = ""
        phase = step.label
        if player.paused:
            phase = f"Paused — {phase}"
        nxt = player.next_step
        next_text = "" if nxt is None or nxt.kind == "done" else f"Next: {nxt.label}"
        if nxt is not None and nxt.kind == "done":
            next_text = "Next: finish"
        self.phase_label.setText(phase)
        self.digits.setText(digits)
        self.details_label.setText(_step_details(step))
        self.next_label.setText(next_text)
        colour_key = "paused" if player.paused else step.kind
        self._paint(colour_key, phase, digits, next_text, player.paused)

    def _paint(self, key: str, phase: str, digits: str, next_text: str, paused: bool) -> None:
        colour = PHASE_COLOURS.get(key, PHASE_COLOURS["idle"])
        self.digits.setStyleSheet(f"color: {colour};")
        self.phase_label.setStyleSheet(f"color: {colour};")
        self.current_colour = colour
        if self.mini.isVisible():
            self.mini.show_state(phase, digits, next_text, colour, paused)

    # -- mini timer ------------------------------------------------------------------------

    def enter_mini_timer(self) -> None:
        """Show the always-on-top mini timer and minimise the main window."""
        self.mini.show()
        self.refresh_display()
        window = self.window()
        if window is not self and window.isVisible():
            window.showMinimized()

    def leave_mini_timer(self) -> None:
        self.mini.hide()
        window = self.window()
        if window.isMinimized():
            window.showNormal()
        window.activateWindow()

    def closeEvent(self, event: Any) -> None:  # a standalone tab in tests
        self.mini.hide()
        super().closeEvent(event)
