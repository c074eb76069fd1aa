"""The chart modules load in the background once the window is idle, never during a workout,
and the Progress tab works whether they were loaded before it opened or not."""

from __future__ import annotations

import subprocess
import sys
import textwrap
import threading
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from ui import app as app_module
from ui.widgets.chart_canvas import PRELOAD_STEPS, ChartPreloader, preload_matplotlib

ROOT = Path(__file__).resolve().parents[2]


class FakeApp:
    def exit(self, code: int) -> None:
        raise AssertionError(f"the app exited with {code}")


def started_app(qtbot, path: Path) -> app_module.Backline:  # type: ignore[no-untyped-def]
    controller = app_module.Backline(QApplication.instance(), path)  # type: ignore[arg-type]
    controller.app = FakeApp()  # type: ignore[assignment]
    qtbot.addWidget(controller.window)
    controller.start()
    qtbot.waitExposed(controller.window)
    qtbot.waitUntil(lambda: controller.db is not None)
    return controller


def record_states(preloader: ChartPreloader) -> list[str]:
    seen: list[str] = []
    preloader.state_changed.connect(seen.append)
    return seen


def test_the_preload_waits_for_idle_after_start_up_then_runs_once(qtbot, tmp_path) -> None:  # type: ignore[no-untyped-def]
    """After start-up (store open, automatic backup) the preload waits for an idle window,
    then imports every step and says so once."""
    controller = started_app(qtbot, tmp_path / "b.db")
    preloader = controller.window.chart_preloader
    assert preloader.state == "waiting"
    seen = record_states(preloader)
    with qtbot.waitSignal(preloader.finished, timeout=20000):
        pass
    assert seen == ["running", "done"]
    assert all(name in sys.modules for name in PRELOAD_STEPS)
    preloader.schedule()  # a second start-up event does nothing more
    assert preloader.state == "done"
    controller.shutdown()


def test_no_preload_while_a_workout_runs(qtbot, tmp_path) -> None:  # type: ignore[no-untyped-def]
    """A workout started before the window was idle stops the preload; an idle moment during
    the workout does not start it; ending the workout lets it run."""
    controller = started_app(qtbot, tmp_path / "b.db")
    window = controller.window
    preloader = window.chart_preloader
    seen = record_states(preloader)
    bar = window.tabs.tabBar()
    workout_index = next(i for i in range(bar.count()) if bar.tabText(i) == "Workout")
    qtbot.mouseClick(bar, Qt.MouseButton.LeftButton, pos=bar.tabRect(workout_index).center())
    tab = window.tab("Workout")
    assert window.tabs.currentWidget().isAncestorOf(tab)
    start = tab.start_button  # type: ignore[attr-defined]
    qtbot.waitUntil(lambda: start.isVisible() and start.isEnabled())
    qtbot.mouseClick(start, Qt.MouseButton.LeftButton)
    assert window.workout_running()
    assert preloader.state == "paused"
    preloader.schedule(0)  # the window is idle now, with the workout running
    qtbot.waitUntil(lambda: seen[-1] == "paused" and len(seen) >= 3)
    assert "running" not in seen
    qtbot.mouseClick(tab.controls.end_button, Qt.MouseButton.LeftButton)  # type: ignore[attr-defined]
    assert not window.workout_running()
    with qtbot.waitSignal(preloader.finished, timeout=20000):
        pass
    assert seen[-2:] == ["running", "done"]
    controller.shutdown()


def test_a_workout_starting_mid_preload_stops_it_between_modules() -> None:
    """The import stops before the next module once asked, and a later call goes on from
    where it stopped."""
    stop = threading.Event()
    stop.set()
    assert preload_matplotlib(stop, start=3) == 3
    stop.clear()
    assert preload_matplotlib(stop, start=3) == len(PRELOAD_STEPS)


def run_fresh(code: str) -> str:
    result = subprocess.run(
        [sys.executable, "-c", textwrap.dedent(code)],
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=240,
        env={**__import__("os").environ, "QT_QPA_PLATFORM": "offscreen"},
    )
    assert result.returncode == 0, result.stderr
    return result.stdout.strip().splitlines()[-1]


FRESH_APP = """
import sys
sys.path.insert(0, {root!r})
sys.path.insert(0, {tests!r})
from pathlib import Path
from PySide6.QtCore import QEventLoop, QTimer
from PySide6.QtWidgets import QApplication
from ui import tasks
from ui.app import Backline
from core.store.db import open_database
from core.store.startup import seed_if_needed
from progress.test_progress_tab import insert_history

path = Path({db!r})
db = open_database(path)
seed_if_needed(db)
insert_history(db)
db.close()
tasks.use_synchronous_tasks(True)
app = QApplication([])
controller = Backline(app, path)
controller.start()

def wait_for(signal=None, check=None):
    loop = QEventLoop()
    if signal is not None:
        signal.connect(lambda *_: loop.quit())
    poll = QTimer()
    poll.timeout.connect(lambda: check and check() and loop.quit())
    poll.start(5)
    QTimer.singleShot(60000, loop.quit)
    loop.exec()

wait_for(check=lambda: controller.db is not None)
preloader = controller.window.chart_preloader
assert preloader.state == "waiting", preloader.state
assert "matplotlib" not in sys.modules, "imported at start-up"
"""


def test_progress_opens_with_the_modules_preloaded(tmp_path) -> None:
    """In a fresh app: matplotlib is not imported at start-up, the idle preload imports it
    before the Progress tab is built, and the tab then draws its chart."""
    code = FRESH_APP.format(
        root=str(ROOT), tests=str(ROOT / "tests" / "ui"), db=str(tmp_path / "p.db")
    )
    code += """
wait_for(signal=preloader.finished)
assert preloader.state == "done"
assert "matplotlib.backends.backend_qtagg" in sys.modules
tab = controller.window.show_tab("Progress")
wait_for(check=lambda: tab.chart.has_chart)
assert tab.chart.has_chart and tab.exercise_ids()
controller.shutdown()
print("ok")
"""
    assert run_fresh(code) == "ok"


def test_progress_opens_before_the_preload_ran(tmp_path) -> None:
    """In a fresh app: the Progress tab opened before the window was idle imports what it needs
    and draws its chart; the preload that follows finds everything loaded and finishes."""
    code = FRESH_APP.format(
        root=str(ROOT), tests=str(ROOT / "tests" / "ui"), db=str(tmp_path / "p.db")
    )
    code += """
tab = controller.window.show_tab("Progress")
wait_for(check=lambda: tab.chart.has_chart)
assert tab.chart.has_chart and tab.exercise_ids()
assert preloader.state == "waiting"
wait_for(signal=preloader.finished)
assert preloader.state == "done"
controller.shutdown()
print("ok")
"""
    assert run_fresh(code) == "ok"
