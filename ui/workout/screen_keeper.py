"""The screen stays on while a workout's timer runs, and a person in another window hears that
a rest is over.

``ScreenKeeper`` follows the Workout tab:

* ``activity_changed``: "running" with the setting keep_screen_on holds the inhibit; "paused"
  and "idle" release it, and so do the tab's destruction and ``QApplication.aboutToQuit``. A
  crash releases it too: the inhibit belongs to the process's own D-Bus connection, the bus
  closes that when the process dies, and the screen saver drops an inhibit whose holder left
  the bus (Windows ends a thread's execution state with the process the same way).
* ``cue_handled``: when a rest, the get-ready or a timed set ends by itself (the next step's
  start cue, not a catch-up one), no Backline window is active and notify_when_away is on, one
  desktop notification ("Rest over" / "Next: Glute bridge, set 2 of 3"), or the tray message
  when the desktop cannot show it.

Settings: ``configure(settings)`` takes keep_screen_on and notify_when_away from a Settings (or
anything with those two attributes). Given ``ops``, the keeper reads them itself when the
database is open (at the first run at the latest) and again after every settings change.
"""

from __future__ import annotations

import contextlib
import threading
from collections.abc import Callable, Sequence
from concurrent.futures import Future, ThreadPoolExecutor
from concurrent.futures import TimeoutError as FutureTimeout
from typing import Any, Protocol

from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtWidgets import QApplication, QWidget

from core.changes import Changes
from core.i18n import QT_TRANSLATE_NOOP, translate
from core.library.localized import data_text
from core.workout.steps import Cue, Step
from ui.inhibit import TIMEOUT_SECONDS, Inhibitor, default_inhibitor
from ui.notify import DesktopNotifier
from ui.ops import Ops
from ui.tasks import run_task

REASON = QT_TRANSLATE_NOOP("ui.workout.screen_keeper", "A workout is running")
"""Why the screen stays on, as the screen saver may show it (translated when it is asked)."""
START_KINDS = frozenset(
    {"get_ready", "work_start", "rest_start", "release", "switch_sides", "workout_finished"}
)
"""The cues that start a step (one per step entered)."""
QUIT_WAIT_SECONDS = 2 * TIMEOUT_SECONDS + 1
"""At quit, how long to wait for the release (an in-flight hold, then the release itself)."""


class Notifier(Protocol):
    def send(self, summary: str, body: str) -> str | None: ...


class KeptSettings(Protocol):
    @property
    def keep_screen_on(self) -> bool: ...

    @property
    def notify_when_away(self) -> bool: ...


def away_words(ended: Step, started: Step, cue: Cue) -> tuple[str, str] | None:
    """(summary, body) of the notification for ``ended`` running out into ``started``, or None
    when that end needs none: a release between hold reps and a side switch are part of a set
    already under way, and untimed steps end only when the person says so."""
    if ended.kind == "rest":
        summary = translate("ui.workout.screen_keeper", "Rest over")
    elif ended.kind == "get_ready":
        summary = translate("ui.workout.screen_keeper", "Time to start")
    elif ended.kind == "work" and ended.timed and ended.ends_side:
        if ended.item is not None:
            summary = translate("ui.workout.screen_keeper", "Time's up: {exercise}").format(
                exercise=data_text(ended.item.exercise_name)
            )
        else:
            summary = translate("ui.workout.screen_keeper", "Time's up: the set")
    else:
        return None
    if started.kind == "work":
        body = translate("ui.workout.screen_keeper", "Next: {step}").format(
            step=started.label.replace(" — ", ", ")
        )
    else:  # a rest ("Rest, 60 seconds. Next: Bird dog"), a side switch, the finish
        body = cue.text or started.label
    return summary, body


class _Worker:
    """Runs hold and release on one thread, one after the other.

    Why a thread of its own and not ui.tasks.run_task: a pool may run a release before the hold
    it follows, and Windows ties the execution state to the thread that asked. Why off the GUI
    thread at all: a hung bus (or screen saver) blocks each call for up to TIMEOUT_SECONDS, and
    the phase timer must not wait for it. Answers go back through ``report`` (a queued signal).
    """

    def __init__(self, inhibitor: Inhibitor, report: Callable[[bool, object], None]) -> None:
        self.inhibitor = inhibitor
        self._report = report
        self._executor = ThreadPoolExecutor(max_workers=1, thread_name_prefix="screen-keeper")
        self._lock = threading.Lock()  # a report is sent whole before close, or not at all
        self.closed = False

    def want(self, hold: bool) -> Future[None] | None:
        if self.closed:
            return None
        return self._executor.submit(self._apply, hold)

    def _apply(self, hold: bool) -> None:
        if hold:
            self.inhibitor.hold(translate("ui.workout.screen_keeper", REASON))
            problem: object = self.inhibitor.problem
        else:
            self.inhibitor.release()
            problem = None  # a release keeps the last hold's reason
        with self._lock:
            if not self.closed:
                self._report(self.inhibitor.held, problem)

    def close(self, wait_seconds: float = 0.0) -> None:
        """Release and stop taking work (idempotent); wait up to ``wait_seconds`` for it."""
        if self.closed:
            return
        future = self.want(False)
        with self._lock:
            self.closed = True
        self._executor.shutdown(wait=False)
        if wait_seconds > 0 and future is not None:
            with contextlib.suppress(FutureTimeout):
                future.result(timeout=wait_seconds)


class ScreenKeeper(QObject):
    held_changed = Signal(bool)
    """The screen saver agreed (True) or the inhibit is gone (False)."""
    problem_changed = Signal(str)
    """Why the screen cannot be kept on, one line ("" once it can, or when not asked)."""
    notified = Signal(str, str, str)
    """(summary, body, how): "desktop", or the reason it went to the tray message instead."""
    _answered = Signal(bool, object)  # from the worker thread: (held, problem or None)

    def __init__(
        self,
        tab: Any,
        *,
        ops: Ops | None = None,
        inhibitor: Inhibitor | None = None,
        notifier: Notifier | None = None,
        tray_message: Callable[[str, str], object] | None = None,
        is_window_active: Callable[[], bool] | None = None,
        parent: QObject | None = None,
    ) -> None:
        """``tab``: the WorkoutTab (its activity_changed, cue_handled, activity, run, window).
        ``ops``: where settings are read (None: only what ``configure`` is given).
        ``tray_message(summary, body)``: where a notification goes when the desktop has no
        notification service (the window's tray balloon, else its status line).
        ``is_window_active``: whether the person is at Backline (default: a Backline window,
        its dialogs or the mini timer is the active window)."""
        super().__init__(parent if parent is not None else tab)
        self._tab = tab
        self._notifier: Notifier = notifier if notifier is not None else DesktopNotifier()
        self._tray_message = tray_message
        self._is_window_active = is_window_active or self._window_active
        self._ops = ops
        self.keep_screen_on = True
        self.notify_when_away = True
        self._configured = False
        self.held = False
        self.problem = ""
        self._wanted = False
        self._step: int | None = None  # the step whose start cue came last
        self._worker = _Worker(
            inhibitor if inhibitor is not None else default_inhibitor(), self._answered.emit
        )
        self._answered.connect(self._on_answer)
        worker = self._worker
        # whichever goes first, the tab or this keeper, the inhibit goes with it
        self.destroyed.connect(lambda *_: worker.close())
        tab.destroyed.connect(lambda *_: worker.close())
        tab.activity_changed.connect(self._follow)
        tab.cue_handled.connect(self._on_cue)
        app = QCoreApplication.instance()
        if app is not None:
            app.aboutToQuit.connect(self._at_quit)
        if ops is not None:
            ops.changed.connect(self._on_changed)
            self._read_settings()
        self._follow(tab.activity)

    # -- settings --------------------------------------------------------------------------

    def configure(self, settings: KeptSettings) -> None:
        """Take keep_screen_on and notify_when_away; applied at once (a running workout's
        screen is held or let go now)."""
        self._configured = True
        self.keep_screen_on = bool(settings.keep_screen_on)
        self.notify_when_away = bool(settings.notify_when_away)
        if not self.keep_screen_on:
            self._set_problem("")
        self._follow(self._tab.activity)

    def _read_settings(self) -> None:
        if self._ops is None or self._ops.db is None:
            return
        from core.store.settings import load_settings

        self.configure(self._ops.read(lambda s: load_settings(session=s)))

    def _on_changed(self, changes: Changes, _initiator: object) -> None:
        if changes.settings:
            self._read_settings()

    # -- keeping the screen on -------------------------------------------------------------

    def _follow(self, activity: str) -> None:
        if activity == "running" and not self._configured:
            self._read_settings()  # the database opened after this keeper was made
        if activity == "idle":
            self._step = None
        self._want(activity == "running" and self.keep_screen_on)

    def _want(self, hold: bool) -> None:
        if hold != self._wanted:
            self._wanted = hold
            self._worker.want(hold)

    def _on_answer(self, held: bool, problem: object) -> None:
        if held != self.held:
            self.held = held
            self.held_changed.emit(held)
        if isinstance(problem, str) and self.keep_screen_on:
            self._set_problem(problem)

    def _set_problem(self, problem: str) -> None:
        if problem != self.problem:
            self.problem = problem
            self.problem_changed.emit(problem)

    def _at_quit(self) -> None:
        # The process is ending: wait (bounded) so the screen saver hears the release before
        # the connection goes; if the bus hangs, the exit closes the connection anyway.
        self._wanted = False
        self._worker.close(wait_seconds=QUIT_WAIT_SECONDS)
        self._on_answer(self._worker.inhibitor.held, None)

    # -- rest over while elsewhere ---------------------------------------------------------

    def _steps(self) -> Sequence[Step] | None:
        run = getattr(self._tab, "run", None)
        player = getattr(run, "player", None)
        return player.steps if player is not None else None

    def _on_cue(self, cue: Cue) -> None:
        if cue.kind not in START_KINDS:
            return
        previous, self._step = self._step, cue.step_index
        # a step that ran out is followed by the next one; catch-up cues are old news
        if cue.catch_up or previous is None or cue.step_index != previous + 1:
            return
        steps = self._steps()
        if steps is None or cue.step_index >= len(steps):
            return
        words = away_words(steps[previous], steps[cue.step_index], cue)
        if words is None or not self.notify_when_away or self._is_window_active():
            return
        self._notify(*words)

    def _notify(self, summary: str, body: str) -> None:
        """The desktop notification off the GUI thread (its service may hang for seconds)."""

        def shown(reason: str | None) -> None:
            if reason is None:
                self.notified.emit(summary, body, "desktop")
            else:
                fall_back(reason)

        def fall_back(reason: str) -> None:
            if self._tray_message is not None:
                self._tray_message(summary, body)
            self.notified.emit(summary, body, reason)

        notifier = self._notifier
        run_task(
            lambda: notifier.send(summary, body),
            shown,
            lambda exc: fall_back(
                translate("ui.workout.screen_keeper", "the notification failed ({error})").format(
                    error=exc
                )
            ),
        )

    def _window_active(self) -> bool:
        """Is a Backline window active: the tab's window, one of its dialogs, the mini timer?"""
        active: QWidget | None = QApplication.activeWindow()
        window = self._tab.window()
        mini = getattr(self._tab, "mini", None)
        while active is not None:
            if active is window or active is mini:
                return True
            active = active.parentWidget()
        return False
