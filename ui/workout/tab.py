"""The Workout tab: follow a routine set by set, with timers, cues and a log that survives a crash.

Over 500 lines (about 1,200): it wires start/resume/end, controls, log panel, suggestion,
cues, mini timer, floor mode and the shared store's claims and retries to one run. The next
split: the suggestion wiring into ui/workout/suggestion.py and the resume/claim handling into
its own module.

The tab shows and forwards; ``core.workout.run.WorkoutRun`` does the work (the player state
machine, the log, the position saved on every change). Time is never counted here: a
``PhaseDriver`` polls the player at its next deadline and repaints at ~10 Hz; the phase display
(``ui.widgets.phase_display``, shared with the mini timer) shows the player's
``display_seconds()`` (ceil: a 60 s rest shows 60 first).

A confirmed set is committed (with the position that follows it) before the form says
"Saved ✓". Bad input gets a red message at its field (``ui.widgets.set_form``) and nothing is
stored.

Beside "Last time", the suggested next target of the current routine item and its reason
(``ui.workout.suggestion``; none when the routine's or the settings' suggestions are off): A
accepts it (``core.insight.targets.accept_target`` through Ops), and the target line and the
form's weight and reps follow it for the rest of the workout (what the player times, sets and
seconds, stays as started; the next workout plays the whole target); K, or doing nothing, keeps
the target and writes nothing.

At ``attach`` an unfinished workout is offered for resume (``ui.workout.dialogs.ask_resume``,
monkeypatchable, answered by keyboard); a rest goes on with the time really left, a set that was
running waits paused at its start for Space. On a shared store a workout followed on another
machine is offered too, but resuming (or finishing or discarding) it says it is open there
and the offer stays (the "Resume unfinished workout…" button); leaving the window with a
workout unfinished lets the other machine take it (``leave_unfinished``).

A set whose commit fails because the connection to the shared database is lost stays in the
form unsaved, the status says so, and it is tried again (after 1, 2, 4 … 30 s, or at the next
Enter); "Saved ✓" appears only after a commit returned. Another machine taking the workout
meanwhile stops it here, with a line why.

One source for what the screen shows: after every change (a cue, a key, a resume) the phase
title, the target line and the log form are drawn again from the player's current step and the
run's log target, never kept from an earlier step. The player's keys (``ui.workout.keys``) act
on a workout in progress whatever has focus; before one, the routine chooser has focus, Up/Down
choose and Enter starts.

Floor mode (F11, or the Floor mode button; F11 or Esc leaves, and so does the end of the
workout or leaving the tab): the tab's stacked layout shows ``ui.workout.floor.FloorView``
instead of its page, the window goes full screen and the tab bar (and a main window's menu
and status bars) hide; the view is inside the tab, so every player key goes on working. It
shows the same ``phase_view`` as the page, and flashes at each cue that starts a step.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import asdict, dataclass, field
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QAction, QHideEvent, QKeyEvent, QKeySequence, QShowEvent
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMainWindow,
    QMenu,
    QPushButton,
    QStackedLayout,
    QStatusBar,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from core.bounds import InputError
from core.changes import Changes
from core.clock import Clock, SystemClock
from core.formatting import duration_text, prescription_text
from core.i18n import QT_TRANSLATE_NOOP, translate
from core.insight.records import new_records_for_set
from core.insight.targets import Target, accept_target
from core.library.localized import data_text
from core.library.queries import list_exercises
from core.store.claims import WorkoutInUseError, claim_workout
from core.store.settings import load_settings
from core.workout.log import (
    LastPerformance,
    LoggedSetRow,
    SetValues,
    discard_workout,
    finish_workout,
    last_performance,
    plan_target,
)
from core.workout.plan import WorkoutPlan, list_startable_routines, plan_summary, routine_plan
from core.workout.resume import PendingSet, ResumeInfo, unfinished_workout
from core.workout.run import LogTarget, WorkoutRun
from core.workout.steps import Cue, PlanItem, PlayerOptions, Step
from ui.base_tab import BaseTab
from ui.widgets.layout import unseen_label
from ui.widgets.phase_display import PhaseDisplay, phase_view
from ui.workout import dialogs
from ui.workout.announcer import PhaseAnnouncer
from ui.workout.coach import VoiceCoach
from ui.workout.controls import (
    ADJUST_SECONDS,
    PlayerControls,
    key_tooltip,
    player_keys,
    shortcut,
)
from ui.workout.floor import TRANSITION_CUES, FloorView
from ui.workout.keys import LEAVE_FIELD, PlayerKeys
from ui.workout.log_panel import LogPanel, form_values, side_word, target_line
from ui.workout.mini_timer import MiniTimer
from ui.workout.phase_timer import PhaseDriver
from ui.workout.suggestion import Offer, SuggestionPanel, offer_text, read_offer, target_item

__all__ = ["EMPTY_WORKOUT", "WorkoutTab"]

if TYPE_CHECKING:
    from core.store.db import Database

log = logging.getLogger(__name__)


# Seconds between tries of a set whose commit failed on a lost connection: doubling, capped.
RETRY_FIRST_SECONDS = 1
RETRY_MAX_SECONDS = 30
# Marked here, translated where shown (translate("ui.workout.tab", CONNECTION_LOST)).
CONNECTION_LOST = QT_TRANSLATE_NOOP(
    "ui.workout.tab", "Not saved: connection to the shared database lost — retrying"
)
POSITION_NOT_SAVED = QT_TRANSLATE_NOOP(
    "ui.workout.tab",
    "Connection to the shared database lost: the timer goes on; where you are is saved at "
    "the next step once it is back",
)


def lost_connection(exc: BaseException) -> bool:
    """Whether a store error is the connection going away (the set can be tried again), not a
    refusal of the set itself."""
    from sqlalchemy.exc import DBAPIError, OperationalError

    return isinstance(exc, OperationalError) or (
        isinstance(exc, DBAPIError) and exc.connection_invalidated
    )


EMPTY_WORKOUT = QT_TRANSLATE_NOOP("ui.workout.tab", "Empty workout (add exercises as you go)")


@dataclass
class _FloorReturn:
    """What floor mode changed, to put back when it ends."""

    state: Qt.WindowState
    focus: QWidget | None
    hidden: list[QWidget] = field(default_factory=list)
    carried: list[QAction] = field(default_factory=list)


class WorkoutTab(BaseTab):
    """Start, follow and log a workout."""

    title = "Workout"

    set_saved = Signal(object)
    """A set was committed (LoggedSetRow); emitted after the commit returned."""
    cue_handled = Signal(object)
    """Every cue the player produced (core.workout.steps.Cue), sounded or not."""
    records_announced = Signal(list)
    """Labels of personal records the last confirmed set set."""
    workout_started = Signal(int)
    workout_ended = Signal(int)
    form_error = Signal(str, str)
    """(field, message) of an error shown for the log form."""
    activity_changed = Signal(str)
    """ "running" (a timer is going), "paused" (a workout is open, nothing is timed) or "idle"
    (no workout): the screen keeper and the notifier follow it."""

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
        self._sound_settings: tuple[float, bool, bool] | None = None
        self.run: WorkoutRun | None = None
        self.weight_unit = "kg"
        self.show_suggestions = True
        self.get_ready_seconds = 10
        self.cadence_seconds = 0
        self.first_side = "left"
        # per item of the running workout: its offer, what the person chose (accepted or
        # kept), the target accepted, and what was done last time
        self._offers: dict[int, Offer | None] = {}
        self._decided: dict[int, str] = {}
        self._accepted: dict[int, Target] = {}
        self._lasts: dict[int, LastPerformance | None] = {}
        self._last: LastPerformance | None = None
        self._form_for: tuple[Any, ...] | None = None
        self._records: list[str] = []
        self._quit_agreed = False
        self._floor_return: _FloorReturn | None = None
        self._resume_hint: str | None = None  # "Resumed: press Space …" while it is shown
        self.activity = "idle"
        self.coach = VoiceCoach(
            lambda: self.cue_player,
            steps=lambda: self.run.player.steps if self.run is not None and self.run.player else (),
        )
        self.driver = PhaseDriver(self._poll, self._time_to_next_event, self)
        # A set waiting to be tried again after a lost connection (see confirm_set).
        self.retry_timer = QTimer(self)
        self.retry_timer.setSingleShot(True)
        self.retry_timer.timeout.connect(self._retry_set)
        self._retry_seconds = RETRY_FIRST_SECONDS
        self.driver.cues.connect(self._on_cues)
        self.driver.repaint.connect(self.refresh_display)
        self.mini = MiniTimer()
        self.mini.pause_clicked.connect(self.toggle_pause)
        self.mini.next_clicked.connect(self.next_step)
        self.mini.confirm_clicked.connect(self.confirm_or_stop)
        self.mini.back_requested.connect(self.leave_mini_timer)
        self.destroyed.connect(self.mini.deleteLater)
        self.setFocusPolicy(Qt.FocusPolicy.ClickFocus)  # Esc in a field hands focus back here
        self._build()
        self.keys = PlayerKeys(
            self,
            player_keys(),
            {
                "pause": self.toggle_pause,
                "back": self.back_step,
                "next": self.next_step,
                "minus": lambda: self.adjust(-ADJUST_SECONDS),
                "plus": lambda: self.adjust(ADJUST_SECONDS),
                "confirm": self.confirm_or_stop,
                "undo": self.undo_last_set,
                "add_set": self.add_set,
                "skip": self.skip_exercise,
                "end": self.end_workout,
                "accept": self.accept_suggestion,
                "keep": self.keep_target,
                "floor": self.toggle_floor_mode,
                LEAVE_FIELD: self._escape,
            },
            is_live=lambda: self.run is not None,
            esc_anywhere=lambda: self.floor_mode,
        )
        self.cue_handled.connect(self._flash_on_transition)
        self._update_controls()

    # -- construction --------------------------------------------------------------------

    def _build(self) -> None:
        self.routine_combo = QComboBox()
        self.routine_combo.setMinimumWidth(320)
        self.start_button = QPushButton(translate("ui.workout.tab", "Start"))
        self.start_button.setToolTip(
            translate("ui.workout.tab", "Start a workout from the chosen routine")
        )
        self.start_button.clicked.connect(self.start_selected)
        self.resume_button = QPushButton(translate("ui.workout.tab", "Resume unfinished workout…"))
        self.resume_button.setToolTip(
            translate("ui.workout.tab", "Ask again about the workout left unfinished")
        )
        self.resume_button.clicked.connect(self.offer_resume)
        self.resume_button.hide()  # shown while an unfinished workout waits for an answer
        self.exercise_combo = QComboBox()
        self.exercise_combo.setMinimumWidth(220)
        self.add_exercise_button = QPushButton(translate("ui.workout.tab", "Add exercise"))
        self.add_exercise_button.setToolTip(
            translate("ui.workout.tab", "Add this exercise to the workout in progress")
        )
        self.add_exercise_button.clicked.connect(self._add_selected_exercise)
        self.mini_button = QPushButton(translate("ui.workout.tab", "Mini timer"))
        self.mini_button.setToolTip(
            translate("ui.workout.tab", "Switch to a small always-on-top timer ({key})").format(
                key=QKeySequence("Ctrl+M").toString(QKeySequence.SequenceFormat.NativeText)
            )
        )
        self.mini_button.clicked.connect(self.enter_mini_timer)
        self.floor_button = QPushButton(translate("ui.workout.tab", "Floor mode"))
        self.floor_button.setToolTip(key_tooltip("floor"))
        self.floor_button.clicked.connect(self.enter_floor_mode)
        self.workout_note = QLineEdit()
        self.workout_note.setPlaceholderText(
            translate("ui.workout.tab", "Note for this workout (saved when it ends)")
        )

        routine_label = QLabel(translate("ui.workout.tab", "Routine:"))
        routine_label.setBuddy(self.routine_combo)  # what a screen reader names the chooser by
        self.workout_note.setAccessibleName(translate("ui.workout.tab", "Workout note"))
        top = QHBoxLayout()
        top.addWidget(routine_label)
        top.addWidget(self.routine_combo, 1)
        top.addWidget(self.start_button)
        top.addWidget(self.resume_button)
        top.addSpacing(16)
        top.addWidget(self.exercise_combo)
        top.addWidget(self.add_exercise_button)
        top.addStretch(1)
        top.addWidget(self.floor_button)
        top.addWidget(self.mini_button)

        self.workout_label = QLabel(translate("ui.workout.tab", "No workout in progress"))
        # about 4 cm tall on a laptop screen: readable from two metres
        self.display = PhaseDisplay(
            digits_scale=12,
            title=translate("ui.workout.tab", "Choose a routine and press Start"),
            title_larger_by=8,
            colour_title=True,
        )
        self.details_label = QLabel("")
        self.target_label = QLabel("")
        self.next_label = QLabel("")
        self.time_label = QLabel("")
        for label in (self.details_label, self.target_label, self.next_label, self.time_label):
            label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.last_button = QPushButton("")
        self.last_button.setFlat(True)
        self.last_button.setToolTip(
            translate("ui.workout.tab", "What you did last time: click to copy it into the form")
        )
        self.last_button.setAccessibleName(translate("ui.workout.tab", "Last time"))
        self.last_button.clicked.connect(self.copy_last_time)
        self.last_button.hide()  # shown when there is a last time to copy
        self.suggestion = SuggestionPanel()
        self.suggestion.accept_requested.connect(self.accept_suggestion)
        self.suggestion.keep_requested.connect(self.keep_target)

        display = QVBoxLayout()
        for w in (
            self.workout_label,
            self.display,
            self.details_label,
            self.target_label,
            self.next_label,
            self.time_label,
        ):
            display.addWidget(w)
        beside = QHBoxLayout()  # last time, and the suggestion beside it
        beside.addWidget(self.last_button)
        beside.addWidget(self.suggestion, 1)
        display.addLayout(beside)

        self.controls = PlayerControls(self)
        c = self.controls
        c.pause_toggled.connect(self.toggle_pause)
        c.back_requested.connect(self.back_step)
        c.next_requested.connect(self.next_step)
        c.adjust_requested.connect(self.adjust)
        c.confirm_requested.connect(self.confirm_or_stop)
        c.undo_requested.connect(self.undo_last_set)
        c.add_set_requested.connect(self.add_set)
        c.skip_requested.connect(self.skip_exercise)
        c.end_requested.connect(self.end_workout)
        shortcut(self, "Ctrl+M", self.enter_mini_timer)

        # log form
        self.log_panel = LogPanel()
        self.log_panel.set_form.submitted.connect(self.confirm_set)
        self.log_panel.set_form.error_shown.connect(self.form_error)

        self.page = QWidget()  # everything but floor mode
        layout = QVBoxLayout(self.page)
        layout.addLayout(top)
        layout.addLayout(display, 1)
        layout.addWidget(self.controls)
        layout.addWidget(self.log_panel)
        layout.addWidget(self.workout_note)
        self.announcer = PhaseAnnouncer(self, layout=layout)

        self.floor = FloorView(leave_tooltip=key_tooltip("floor"))
        self.floor.leave_requested.connect(self.leave_floor_mode)
        unseen_label(self.exercise_combo, translate("ui.workout.tab", "Exercise to add"))
        self._stack = QStackedLayout(self)
        self._stack.setContentsMargins(0, 0, 0, 0)
        self._stack.addWidget(self.page)
        self._stack.addWidget(self.floor)

    # -- BaseTab ---------------------------------------------------------------------------

    def attach(self, db: Database) -> None:
        super().attach(db)
        self._load_settings()
        self.offer_resume()

    def is_affected_by(self, changes: Changes) -> bool:
        return changes.routines or changes.library or changes.settings

    def refresh(self) -> None:
        self._load_settings()
        routines, exercises = self.ops.read(
            lambda s: (list_startable_routines(session=s), list_exercises(session=s))
        )
        current = self.routine_combo.currentData()
        self.routine_combo.clear()
        self.routine_combo.addItem(translate("ui.workout.tab", EMPTY_WORKOUT), None)
        for r in routines:
            self.routine_combo.addItem(data_text(r.name), r.id)
        i = self.routine_combo.findData(current)
        self.routine_combo.setCurrentIndex(max(0, i))
        self.exercise_combo.clear()
        for e in exercises:
            self.exercise_combo.addItem(data_text(e.name), e.slug)
        self._update_controls()

    def _load_settings(self) -> None:
        if self.db is None:
            return
        settings = self.ops.read(lambda s: load_settings(session=s))
        self.coach.configure(settings)
        self.weight_unit = settings.weight_unit
        self.show_suggestions = settings.show_suggestions
        self.get_ready_seconds = settings.get_ready_seconds
        self.cadence_seconds = settings.rep_cadence_seconds
        self.first_side = settings.first_side
        self.log_panel.set_form.set_weight_unit(self.weight_unit)
        self.log_panel.set_form.set_distance_unit("mi" if settings.length_unit == "in" else "km")
        sound = (settings.sound_volume, settings.sound_muted, settings.speech_enabled)
        if self._cue_player is not None:
            self._apply_sound_settings(*sound)
        else:
            self._sound_settings = sound

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
            if self._sound_settings is not None:
                self._apply_sound_settings(*self._sound_settings)
        return self._cue_player

    # -- resume ----------------------------------------------------------------------------

    def offer_resume(self) -> None:
        """If a workout was left unfinished, ask whether to continue it exactly there."""
        if self.db is None or self.run is not None:
            return
        info = self.ops.read(lambda s: unfinished_workout(session=s))
        self.resume_button.setVisible(info is not None)
        if info is None:
            return
        choice = dialogs.ask_resume(self, info)
        try:
            if choice == "resume":
                run, cues = WorkoutRun.resume(self.db, info, clock=self.clock)
                self.resume_button.hide()
                self._begin(run, cues)
                player = run.player
                if player is not None and player.paused and not player.finished:
                    self._resume_hint = translate(
                        "ui.workout.tab", "Resumed: press Space to start “{step}”."
                    ).format(step=player.step.label)
                    self.log_panel.say(self._resume_hint)
            elif choice in ("finish", "discard"):
                self._close_unfinished(info, finish=choice == "finish")
        except WorkoutInUseError as exc:
            # Followed on another machine: say so; the offer stays for when it is closed there.
            self.log_panel.say(
                translate("ui.workout.tab", "Not resumed: {error}.").format(error=exc), error=True
            )

    def _close_unfinished(self, info: ResumeInfo, *, finish: bool) -> None:
        """Finish or discard a workout left unfinished, holding its claim meanwhile (never one
        another machine is following)."""
        assert self.db is not None
        claim = claim_workout(self.db, info.workout_id)
        try:
            if finish:
                ended = self.clock.wall()
                done = self.ops.write(
                    lambda s: finish_workout(info.workout_id, session=s, ended_at=ended),
                    initiator=self,
                )
            else:
                done = self.ops.write(
                    lambda s: discard_workout(info.workout_id, session=s), initiator=self
                )
        finally:
            claim.release()
        if done is not None:
            self.resume_button.hide()

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
            plan = WorkoutPlan(name=dialogs.DEFAULT_NAME)
        else:
            plan = self.ops.read(lambda s: routine_plan(int(rid), session=s))
        self.start_plan(plan)

    def _held_by_long_write(self) -> bool:
        """A long write (a Backline import) holds the database: say so, start nothing."""
        busy = self.ops.long_write
        if busy is None:
            return False
        self.log_panel.say(
            translate("ui.workout.tab", "Wait for {task} to finish first.").format(task=busy)
        )
        return True

    def start_plan(self, plan: WorkoutPlan) -> bool:
        """Start a workout of ``plan``; False (and one line why) when it cannot start now."""
        assert self.db is not None
        if self._held_by_long_write():
            return False
        options = PlayerOptions(
            get_ready_seconds=self.get_ready_seconds,
            side_order="right" if self.first_side == "right" else "left",
            cadence_seconds=self.cadence_seconds or None,
        )
        run, cues = WorkoutRun.start(self.db, plan, clock=self.clock, options=options)
        self._begin(run, cues)
        self.announce(Changes(workouts=True))
        return True

    def _begin(self, run: WorkoutRun, cues: list[Cue]) -> None:
        self.run = run
        self._offers, self._decided, self._accepted, self._lasts = {}, {}, {}, {}
        self._form_for = None
        self._records = []
        self.workout_note.clear()
        self.log_panel.say("")
        if self.stale:
            self.refresh_now()
        index = self.routine_combo.findData(run.plan.routine_id)
        self.routine_combo.setCurrentIndex(max(0, index))
        self.workout_label.setText(
            f"{dialogs.workout_name(run.plan.name)} — {plan_summary(run.plan.items)}"
        )
        self.workout_started.emit(run.workout_id)
        self._handle(cues)
        self.driver.start()
        self._after_change()

    def end_workout(self) -> None:
        """Ask (Enter ends, Esc goes on), then end: saved with a summary. When work was timed
        and not logged (a set waiting for its log, the reps of the hold set running now that
        were timed to their end), the question offers to log it first, with the timed values
        only. With nothing logged and nothing timed, it ends at once, not saved."""
        run = self.run
        if run is None:
            return
        logged = run.sets_logged()
        timed = run.timed_not_logged()
        if timed:
            words = [self._timed_words(p) for p in timed]
            choice = dialogs.ask_end_timed(self, words, logged)
            if choice != "cancel":
                self._end_now(log_timed=choice == "log")
            return
        if logged and not dialogs.confirm_end(self, 0, logged):
            return
        self._end_now()

    def _timed_words(self, pending: PendingSet) -> str:
        """ "Superman, set 2: 3 reps of 10 s timed" for the End question."""
        assert self.run is not None
        item = self.run.plan.items[pending.item_index]
        seconds = duration_text(pending.seconds) if pending.seconds is not None else ""
        reps = pending.reps  # a plain name: lupdate drops a call counting an attribute
        if reps is not None and seconds:
            what = translate("ui.workout.tab", "%n rep(s) of {duration}", None, reps).format(
                duration=seconds
            )
        elif reps is not None:
            what = translate("ui.workout.tab", "%n rep(s)", None, reps)
        else:
            what = seconds
        name = data_text(item.exercise_name)
        if pending.side:
            return translate(
                "ui.workout.tab", "{exercise}, set {number} ({side}): {what} timed"
            ).format(
                exercise=name, number=pending.set_number, side=side_word(pending.side), what=what
            )
        return translate("ui.workout.tab", "{exercise}, set {number}: {what} timed").format(
            exercise=name, number=pending.set_number, what=what
        )

    def _end_now(self, *, summary: bool = True, log_timed: bool = False) -> None:
        run = self.run
        if run is None:
            return
        if run.player is not None and not run.finished:
            self._handle(run.end(keep_timed=log_timed))
        if log_timed:
            try:
                rows = run.log_timed(self._target_values)
            except Exception as exc:  # the store refused: say so, the workout stays open
                log.exception("could not log the timed sets")
                self.log_panel.say(
                    translate("ui.workout.tab", "Not saved: {error}").format(error=exc), error=True
                )
                self._form_for = None
                self._after_change()
                return
            for row in rows:
                self.set_saved.emit(row)
                self._announce_records(row)
        self._close_run(summary=summary)

    def maybe_close(self) -> bool:
        """Quitting during a workout asks: quit and resume later, end it now, or stay."""
        run = self.run
        if run is None or self._quit_agreed:
            return True
        logged = run.sets_logged()
        if not logged and not run.pending:
            return True  # nothing to lose: its position is saved, the next start offers it
        choice = dialogs.ask_quit(self, logged)
        if choice == "cancel":
            return False
        if choice == "end":
            self._end_now(summary=False)
        else:
            self._quit_agreed = True  # asked once: a second close does not ask again
        return True

    def _finish_run_if_done(self) -> None:
        if self.run is not None and self.run.finished:
            self._close_run()

    def _close_run(self, *, summary: bool = True) -> None:
        run = self.run
        if run is None:
            return
        result = run.finish(notes=self.workout_note.text())
        self.driver.stop()
        self.run = None
        self.leave_floor_mode()
        if result is None:
            self.workout_label.setText(
                translate("ui.workout.tab", "Nothing was logged: the workout was not saved")
            )
        else:
            self.workout_label.setText(translate("ui.workout.tab", "Workout saved"))
        self.log_panel.say("")
        self.workout_ended.emit(run.workout_id)
        self.announce(Changes(workouts=True))
        self._after_change()
        if result is not None and summary:
            dialogs.show_summary(self, result, list(self._records), self.weight_unit)
        if self.isVisible():
            self.routine_combo.setFocus(Qt.FocusReason.OtherFocusReason)

    def _add_selected_exercise(self) -> None:
        slug = self.exercise_combo.currentData()
        if slug is not None:
            self.add_exercise(str(slug))

    def add_exercise(self, slug: str) -> None:
        """Add a library exercise to the workout in progress (starts an empty one if needed)."""
        if self.db is None:
            return
        if self.run is None and not self.start_plan(WorkoutPlan(name=dialogs.DEFAULT_NAME)):
            return
        assert self.run is not None
        cues = self.run.add_exercise(slug)
        self.workout_label.setText(
            f"{dialogs.workout_name(self.run.plan.name)} — {plan_summary(self.run.plan.items)}"
        )
        self._handle(cues)
        self.driver.start()
        self._after_change()

    # -- controls --------------------------------------------------------------------------

    def _control_done(self, cues: list[Cue]) -> None:
        self._handle(cues)
        self._after_change()

    def _act(self, action: Callable[[WorkoutRun], list[Cue]]) -> None:
        """A player control; on a shared store whose connection is lost the step still moves
        (the timer is this machine's) and the status says where you are is not stored yet."""
        run = self.run
        if run is None:
            return
        try:
            cues = action(run)
        except Exception as exc:
            self._position_not_saved(exc)
            cues = []
        self._control_done(cues)

    def _position_not_saved(self, exc: Exception) -> None:
        """A position save failed: on a lost shared connection say so (a set waiting to be
        retried keeps its own line); any other error goes on up."""
        if self.db is None or self.db.is_sqlite or not lost_connection(exc):
            raise exc
        log.warning("connection lost while saving the position: %s", exc)
        if not self.retry_timer.isActive():
            self.log_panel.say(translate("ui.workout.tab", POSITION_NOT_SAVED), error=True)

    def toggle_pause(self) -> None:
        if self.run is not None:
            if self._resume_hint and self.log_panel.status_label.text() == self._resume_hint:
                self.log_panel.say("")  # the hint has been followed
            self._resume_hint = None
            self._act(WorkoutRun.toggle_pause)
            player = self.run.player if self.run is not None else None
            if player is not None and not player.finished:  # a screen reader hears the key
                self.announcer.say(
                    translate("ui.workout.tab", "Paused")
                    if player.paused
                    else translate("ui.workout.tab", "Going on")
                )

    def next_step(self) -> None:
        self._act(WorkoutRun.next)

    def back_step(self) -> None:
        self._act(WorkoutRun.back)

    def adjust(self, seconds: float) -> None:
        self._act(lambda run: run.adjust(seconds))

    def add_set(self) -> None:
        self._act(WorkoutRun.add_set)

    def skip_exercise(self) -> None:
        self._act(WorkoutRun.skip_exercise)

    def confirm_or_stop(self) -> None:
        """Enter: log the set the form refers to; on running timed or count-up work with
        nothing to log yet, stop it (what was timed then fills the form)."""
        run = self.run
        if run is None:
            return
        if run.log_target() is None and run.can_stop:
            self._control_done(run.stop())
            return
        self.confirm_set()

    def undo_last_set(self) -> None:
        """Ctrl+Z: take the last logged set back into the form."""
        run = self.run
        if run is None:
            return
        try:
            row = run.undo_last()
        except Exception as exc:  # the store refused: say so
            log.exception("could not undo the set")
            self.log_panel.say(
                translate("ui.workout.tab", "Not undone: {error}").format(error=exc), error=True
            )
            return
        if row is None:
            self.log_panel.say(translate("ui.workout.tab", "No set to undo."))
            return
        self._form_for = None
        self.log_panel.say(
            translate("ui.workout.tab", "Undone: set {number} is back in the form.").format(
                number=row.set_number
            )
        )
        self.announce(Changes(workouts=True))
        self._after_change()

    def confirm_set(self) -> None:
        """Validate the form, commit the set (and the new position), then say "Saved ✓".

        The connection to a shared store lost: the set stays in the form, unsaved, and is
        tried again (retry_timer, or the next Enter). Another machine took the workout: the
        run stops here with a line why."""
        self.retry_timer.stop()
        run = self.run
        if run is None or self.db is None:
            return
        target = run.log_target()
        if target is None:
            self.log_panel.say(translate("ui.workout.tab", "Nothing to log right now."))
            return
        try:
            actual = self.log_panel.values(target)
        except InputError:
            return  # shown at its field
        try:
            row, cues = run.confirm_set(
                actual,
                target=self._target_values(target),
                set_type=self.log_panel.chosen_set_type(),
                note=self.log_panel.set_form.note(),
            )
        except InputError as exc:
            self.log_panel.show_error(exc)
            return
        except WorkoutInUseError as exc:
            self._lose_run(
                translate("ui.workout.tab", "Stopped here, the set not saved: {error}.").format(
                    error=exc
                )
            )
            return
        except Exception as exc:  # the store refused: say so, keep the form as typed
            if not self.db.is_sqlite and lost_connection(exc):
                log.warning("connection lost while saving a set: %s", exc)
                self.log_panel.say(translate("ui.workout.tab", CONNECTION_LOST), error=True)
                self.retry_timer.start(int(self._retry_seconds * 1000))
                self._retry_seconds = min(self._retry_seconds * 2, RETRY_MAX_SECONDS)
                return
            log.exception("could not save the set")
            self.log_panel.say(
                translate("ui.workout.tab", "Not saved: {error}").format(error=exc), error=True
            )
            return
        self._retry_seconds = RETRY_FIRST_SECONDS
        name, number = data_text(target.item.exercise_name), row.set_number
        if target.replaces is not None:
            shown = translate("ui.workout.tab", "Saved ✓ {exercise}, set {number} (replaced)")
            heard = translate("ui.workout.tab", "Saved: {exercise}, set {number} (replaced)")
        else:
            shown = translate("ui.workout.tab", "Saved ✓ {exercise}, set {number}")
            heard = translate("ui.workout.tab", "Saved: {exercise}, set {number}")
        self.log_panel.say(shown.format(exercise=name, number=number))
        self.announcer.say(heard.format(exercise=name, number=number))
        self._form_for = None
        self.set_saved.emit(row)
        self.announce(Changes(workouts=True))
        self._announce_records(row)
        self._handle(cues)
        self._after_change()

    def _retry_set(self) -> None:
        """The retry timer fired: try the set in the form again (if it is still waiting)."""
        if self.run is not None:
            self.confirm_set()

    def _lose_run(self, why: str) -> None:
        """Another machine follows this workout now: stop following it here (nothing is
        finished or discarded: it is theirs) and say why."""
        run = self.run
        if run is None:
            return
        self.retry_timer.stop()
        run.release()
        self.driver.stop()
        self.run = None
        self.leave_floor_mode()
        self.workout_label.setText(translate("ui.workout.tab", "No workout in progress"))
        self.workout_ended.emit(run.workout_id)
        self._form_for = None
        self._after_change()
        self.log_panel.say(why, error=True)

    def leave_unfinished(self) -> None:
        """The window goes with the workout unfinished (quit, resume later): its position is
        saved, and its claim is let go so another machine can resume it."""
        self.retry_timer.stop()
        if self.run is not None:
            self.run.release()

    def _announce_records(self, row: LoggedSetRow) -> None:
        unit = self.weight_unit
        try:
            records = self.ops.read(
                lambda s: new_records_for_set(row.id, session=s, weight_unit=unit)
            )
        except Exception:  # a record is a nicety: never let it break logging
            log.exception("records lookup failed")
            return
        labels = [r.label for r in records]
        if not labels:
            return
        self.log_panel.add_to_status(
            translate("ui.workout.tab", " — New record! {records}").format(
                records="; ".join(labels)
            )
        )
        self._records += labels
        self.cue_player.play("record")
        self.cue_player.speak(
            translate("ui.workout.tab", "New record. {record}").format(record=labels[0])
        )
        self.records_announced.emit(labels)

    def copy_last_time(self) -> None:
        """Copy what was done last time (the same set number and side if there is one)."""
        last = self._last
        run = self.run
        if last is None or not last.sets or run is None:
            return
        target = run.log_target()
        if target is None:
            self.log_panel.say(
                translate(
                    "ui.workout.tab",
                    "Nothing to log right now: last time can be copied once a set is ready to log.",
                )
            )
            return
        chosen = last.sets[-1]
        same = [s for s in last.sets if s.set_number == target.set_number and s.side == target.side]
        if same:
            chosen = same[0]
        self.log_panel.set_form.fill(chosen.values)

    # -- cues and display ------------------------------------------------------------------

    def _poll(self) -> list[Cue]:
        if self.run is None:
            return []
        try:
            return self.run.poll()
        except Exception as exc:
            # The step moved on but its position could not be stored: it is stored with the
            # next change that reaches the server.
            self._position_not_saved(exc)
            return []

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
                self.coach.handle(cue)
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

    def _update_activity(self) -> None:
        run = self.run
        player = run.player if run is not None else None
        if run is None:
            activity = "idle"
        elif player is not None and player.running:
            activity = "running"
        else:
            activity = "paused"
        if activity != self.activity:
            self.activity = activity
            self.activity_changed.emit(activity)

    def _update_controls(self) -> None:
        self._update_activity()
        run = self.run
        self.start_button.setEnabled(self.db is not None and (run is None or run.finished))
        self.routine_combo.setEnabled(run is None)
        self.add_exercise_button.setEnabled(self.db is not None)
        self.floor_button.setEnabled(run is not None)
        self.controls.show_state(
            run.player if run is not None else None,
            workout_open=run is not None,
            can_confirm=run is not None and run.log_target() is not None,
            can_stop=run is not None and run.can_stop,
            can_undo=run is not None and bool(run.logged),
        )

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Before a workout, Enter on the routine chooser or Start starts it."""
        starts = event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
        if starts and self.start_button.isEnabled() and self.run is None:
            self.start_selected()
            return
        super().keyPressEvent(event)

    def showEvent(self, event: QShowEvent) -> None:
        """Arriving on the tab (Ctrl+3, a click) with no workout puts focus in the routine
        chooser, unless focus was already put somewhere in the tab (Start, by the launcher)."""
        super().showEvent(event)
        self._quit_agreed = False
        focus = self.window().focusWidget()
        if self.run is None and (focus is None or not self.isAncestorOf(focus)):
            self.routine_combo.setFocus(Qt.FocusReason.TabFocusReason)

    def _target_values(self, target: LogTarget) -> SetValues:
        """The set's target: the plan's (the item's current target when the workout started),
        with the weight and reps of a target accepted during this workout; the seconds stay
        the ones the player times."""
        accepted = self._accepted.get(target.item_index)
        if accepted is None:
            return target.target
        base = target.target
        new = plan_target(target_item(target.item, accepted))
        reps = new.reps if target.item.mode == "reps" else base.reps
        return SetValues(reps=reps, weight_kg=new.weight_kg, seconds=base.seconds)

    def _item_shown(self, index: int) -> PlanItem | None:
        """The running workout's item ``index``, aiming at a target accepted during it."""
        run = self.run
        if run is None or not 0 <= index < len(run.plan.items):
            return None
        item = run.plan.items[index]
        accepted = self._accepted.get(index)
        return item if accepted is None else target_item(item, accepted)

    # -- the suggestion: A accepts it, K (or nothing) keeps the target ----------------------

    def _offer(self, index: int) -> Offer | None:
        """The suggestion for item ``index`` (read once per workout; None: none to make)."""
        run = self.run
        if run is None or self.db is None:
            return None
        if index not in self._offers:
            item = run.plan.items[index]
            offer: Offer | None = None
            if run.plan.suggestions_enabled and self.show_suggestions and item.item_id is not None:
                unit, wid = self.weight_unit, run.workout_id
                try:
                    offer = self.ops.read(
                        lambda s: read_offer(item, session=s, unit=unit, exclude_workout_id=wid)
                    )
                except Exception:  # a suggestion is a help: never let it break the workout
                    log.exception("suggestion failed")
            self._offers[index] = offer
        return self._offers[index]

    def _open_offer(self) -> tuple[int, Offer] | None:
        """The offer on screen now, for the current routine item, not decided yet."""
        shown = self._shown_step()
        if shown is None or shown.item_index is None or shown.item_index in self._decided:
            return None
        offer = self._offer(shown.item_index)
        if offer is None or not offer.worth_showing:
            return None
        return shown.item_index, offer

    def accept_suggestion(self) -> None:
        """A: the suggestion becomes the item's current target (a target history row), shown as
        the target from now on; the next workout plays it in full."""
        run = self.run
        opened = self._open_offer()
        if run is None or opened is None or not opened[1].acceptable:
            self.log_panel.say(translate("ui.workout.tab", "No suggestion to accept right now."))
            return
        index, offer = opened
        s = offer.suggestion
        now = self.clock.wall()
        done = self.ops.write(
            lambda ses: accept_target(s.item_id, s.target, session=ses, now=now, reason=s.reason),
            initiator=self,
        )
        if done is None:
            return  # the person was told; nothing was written
        self._decided[index] = "accepted"
        self._accepted[index] = s.target
        item = run.plan.items[index]
        unit = self.weight_unit
        fields = {"mode": item.mode, "per_side": item.per_side, **asdict(s.target)}
        text = translate("ui.workout.tab", "New target for {exercise}: {target}.").format(
            exercise=data_text(item.exercise_name), target=prescription_text(fields, unit=unit)
        )
        started = (item.sets, item.hold_seconds, item.duration_minutes)
        if started != (s.sets, s.hold_seconds, s.duration_minutes):
            text += translate(
                "ui.workout.tab",
                " This workout keeps the sets and times it started with; the next plays it all.",
            )
        self.log_panel.say(text)
        self._form_for = None
        self._after_change()

    def keep_target(self) -> None:
        """K (or doing nothing): keep the target; nothing is written, the offer goes away."""
        run = self.run
        opened = self._open_offer()
        if run is None or opened is None:
            return
        index, _offer = opened
        self._decided[index] = "kept"
        self.log_panel.say(
            translate("ui.workout.tab", "Kept your target for {exercise}.").format(
                exercise=data_text(run.plan.items[index].exercise_name)
            )
        )
        self._after_change()

    def _show_item_help(self, index: int | None) -> None:
        """Last time and the suggestion beside it, for the current routine item."""
        run = self.run
        if run is None or index is None:
            self._last = None
            self.last_button.setText("")
            self.last_button.hide()  # an empty button would still take a Tab stop
            self.suggestion.show_offer(None)
            return
        if index not in self._lasts:
            item = run.plan.items[index]
            exercise_id, wid = run.plan.exercise_ids[index], run.workout_id
            self._lasts[index] = self.ops.read(
                lambda s: last_performance(
                    session=s,
                    routine_item_id=item.item_id,
                    exercise_id=exercise_id,
                    exclude_workout_id=wid,
                )
            )
        self._last = self._lasts[index]
        self.last_button.setText(
            ""
            if self._last is None
            else translate("ui.workout.tab", "Last time: {sets}").format(
                sets=self._last.text(self.weight_unit)
            )
        )
        self.last_button.setAccessibleName(
            self.last_button.text() or translate("ui.workout.tab", "Last time")
        )
        self.last_button.setVisible(self._last is not None)  # nothing to copy: no Tab stop
        opened = self._open_offer()
        shown = self._item_shown(index)
        if opened is None or shown is None:
            self.suggestion.show_offer(None)
            return
        offer = opened[1]
        self.suggestion.show_offer(
            offer_text(offer, shown, self.weight_unit), acceptable=offer.acceptable
        )

    def _shown_step(self) -> Step | None:
        """The work step the target line is about: the current one, or during a rest or a get
        ready the work that comes next."""
        run = self.run
        player = run.player if run is not None else None
        if player is None or player.finished:
            return None
        for step in player.steps[player.index :]:
            if step.kind == "done":
                return None
            if step.item is not None and step.kind in ("work", "release", "switch_sides"):
                return step
        return None

    def _update_form(self) -> None:
        run = self.run
        target = run.log_target() if run is not None else None
        shown = self._shown_step()
        index = shown.item_index if shown is not None else None
        self.target_label.setText(
            target_line(
                self._item_shown(index) if index is not None else None, None, self.weight_unit
            )
        )
        self._show_item_help(index)
        key: tuple[Any, ...] | None = None
        if run is not None and target is not None:
            key = ("log", run.workout_id, target.place, target.pending, target.replaces)
        elif run is not None and run.player is not None:
            key = ("wait", run.workout_id, run.player.index, len(run.player.steps))
        if key == self._form_for:
            return
        self._form_for = key
        if target is None or run is None:
            player = run.player if run is not None else None
            self.log_panel.show_waiting(player.step if player is not None else None)
            return
        values = form_values(target, self._target_values(target))
        self.log_panel.show_target(target, values)

    def refresh_display(self) -> None:
        """Repaint the phase, digits and details from the player (called at ~10 Hz)."""
        run = self.run
        if run is not None:
            idle = translate("ui.workout.tab", "Add an exercise to begin")
        else:
            idle = translate("ui.workout.tab", "No workout in progress")
        view = phase_view(run.player if run is not None else None, idle)
        self.display.show_view(view)
        self.details_label.setText(view.details)
        self.next_label.setText(view.next_text)
        player = run.player if run is not None else None
        if player is not None and player.started:
            left, total = player.time_left()
            self.time_label.setText(
                translate("ui.workout.tab", "About {left} left of {total}").format(
                    left=duration_text(left), total=duration_text(total)
                )
            )
        else:
            self.time_label.setText("")
        if run is None:
            self.target_label.setText("")
        if self.mini.isVisible():
            self.mini.show_view(view)
        if self.floor_mode:
            self.floor.show_view(view, self.log_panel.status_label.text())

    # -- mini timer ------------------------------------------------------------------------

    def enter_mini_timer(self) -> None:
        """Show the always-on-top mini timer and minimise the main window."""
        self.leave_floor_mode()
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

    def hideEvent(self, event: QHideEvent) -> None:
        """Another tab chosen (Ctrl+Tab) or the window closed: floor mode ends with it. A
        minimised window (a spontaneous hide) stays in floor mode."""
        if not event.spontaneous():
            self.leave_floor_mode()
        super().hideEvent(event)

    # -- floor mode ------------------------------------------------------------------------

    @property
    def floor_mode(self) -> bool:
        """True while the floor view fills the tab (and the window)."""
        return self._stack.currentWidget() is self.floor

    def toggle_floor_mode(self) -> None:
        """F11: into floor mode, or out of it."""
        if self.floor_mode:
            self.leave_floor_mode()
        else:
            self.enter_floor_mode()

    def _escape(self) -> None:
        """Esc: out of floor mode; in a field, focus back to the tab."""
        if self.floor_mode:
            self.leave_floor_mode()
        else:
            self.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def _chrome(self) -> list[QWidget]:
        """What floor mode hides around the tab: the tab bar of the tab widget holding it, and
        the menu and status bars of a main window."""
        bars: list[QWidget] = []
        ancestor = self.parentWidget()
        while ancestor is not None and not isinstance(ancestor, QTabWidget):
            ancestor = ancestor.parentWidget()
        if ancestor is not None:
            bars.append(ancestor.tabBar())
        window = self.window()
        if isinstance(window, QMainWindow):
            menu = window.menuWidget()
            if menu is not None:
                bars.append(menu)
            status = window.findChild(QStatusBar)
            if status is not None:
                bars.append(status)
        return bars

    def enter_floor_mode(self) -> None:
        """The workout full screen in large type; the player's keys act as before."""
        if self.floor_mode or self.run is None:
            return
        window = self.window()
        focus = QApplication.focusWidget()
        back = _FloorReturn(
            state=window.windowState(),
            focus=focus if focus is not None and self.isAncestorOf(focus) else None,
        )
        for bar in self._chrome():
            if bar.isVisible():
                bar.hide()
                back.hidden.append(bar)
        # A hidden menu bar's keys (F1, Quit) would stop working: the floor view holds them.
        for menu in [m for bar in back.hidden for m in bar.findChildren(QMenu)]:
            for action in menu.actions():
                if action.shortcuts() and action not in back.carried:
                    back.carried.append(action)
        self.floor.addActions(back.carried)
        self._floor_return = back
        self._stack.setCurrentWidget(self.floor)
        self.refresh_display()
        self.floor.setFocus(Qt.FocusReason.OtherFocusReason)
        window.showFullScreen()

    def leave_floor_mode(self) -> None:
        """Back to the tab's page, the window in the state it had, focus where it was."""
        back = self._floor_return
        if not self.floor_mode or back is None:
            return
        self._floor_return = None
        self.floor.stop_flash()
        for action in back.carried:
            self.floor.removeAction(action)
        self._stack.setCurrentWidget(self.page)
        for bar in back.hidden:
            bar.show()
        window = self.window()
        if window.windowState() != back.state:
            window.setWindowState(back.state)
        if not self.isVisible():
            return
        if back.focus is not None and back.focus.isVisible() and back.focus.isEnabled():
            back.focus.setFocus(Qt.FocusReason.OtherFocusReason)
        else:
            self.setFocus(Qt.FocusReason.OtherFocusReason)

    def _flash_on_transition(self, cue: Cue) -> None:
        """A step starts (a cue as it happens, not one caught up late): the floor flashes."""
        if self.floor_mode and cue.kind in TRANSITION_CUES and not cue.catch_up:
            self.floor.flash()
