"""Start-up benchmark: time from process start to a painted window, to a usable Library
(ready: filled by the quick sqlite3 read, before SQLAlchemy loads), and to the Today tab (the
first one) listing the day's program from the opened store (today), against a bare PySide6
window with one tab.

    .venv/bin/python bench/startup.py [--runs 7] [--lang de]

Each measurement is a fresh subprocess (offscreen Qt); Backline and bare runs alternate so
machine noise hits both alike. The clock starts at the parent's `time.time()` just before the
child is spawned, so interpreter start and imports are included. Backline uses a database that
already exists (the normal case: seeded at a first start done before timing).
Last line: one JSON object with paint_ms, ready_ms, today_ms, bare_ms (medians) and the
paint and ready ratios.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]

CHILD_BACKLINE = r"""
import os, sys, time
T0 = float(os.environ["BENCH_T0"])
sys.path.insert(0, os.environ["BENCH_ROOT"])
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication
from ui.app import Backline
from pathlib import Path

app = QApplication([])
if os.environ.get("BENCH_LANG"):  # as run_app does with --lang, before the window is built
    from core import i18n
    from ui.app import apply_language

    i18n.set_language(os.environ["BENCH_LANG"])
    apply_language(app)
controller = Backline(app, Path(os.environ["BENCH_DB"]))
assert controller.acquire_lock()
result = {}

class FirstPaint(QObject):
    def eventFilter(self, obj, event):
        if event.type() == QEvent.Type.Paint and "paint" not in result:
            result["paint"] = (time.time() - T0) * 1000
        return False

painter = FirstPaint()
controller.window.installEventFilter(painter)
tab = controller.window.library_tab

def check_ready():
    # Runs when the Library model is filled (no polling: a busy poll would steal the GIL
    # from the worker thread that opens the store).
    if "ready" not in result and tab.model.rowCount() > 0:
        total = tab.proxy.rowCount()
        tab.search.setText("bridge")
        narrowed = tab.proxy.rowCount()
        assert 0 < narrowed < total, (narrowed, total)
        result["ready"] = (time.time() - T0) * 1000
        finish()

def check_today(today):
    if "today" not in result and today.model.rowCount() == 9:
        result["today"] = (time.time() - T0) * 1000
        finish()

def finish():
    # the first start of a new file has no quick Library read: it ends with Today
    first_start = os.environ.get("BENCH_FIRST") == "1"
    if "today" in result and ("ready" in result or first_start):
        result.setdefault("ready", result["today"])
        print(f"{result['paint']:.1f} {result['ready']:.1f} {result['today']:.1f}")
        controller.shutdown()
        app.quit()

tab.model.modelReset.connect(lambda: QTimer.singleShot(0, check_ready))
def watch(tab):
    # the Today tab is built after the first paint: never build it here (that would delay it)
    if tab.title == "Today":
        tab.model.modelReset.connect(lambda: QTimer.singleShot(0, lambda: check_today(tab)))
controller.window.tab_built.connect(watch)
controller.start()
app.exec()
"""

CHILD_BARE = r"""
import os, time
T0 = float(os.environ["BENCH_T0"])
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QLabel, QMainWindow, QTabWidget

app = QApplication([])
window = QMainWindow()
window.setWindowTitle("bare")
window.resize(1200, 760)
tabs = QTabWidget()
tabs.addTab(QLabel("one tab"), "Tab")
window.setCentralWidget(tabs)

class FirstPaint(QObject):
    def eventFilter(self, obj, event):
        if event.type() == QEvent.Type.Paint:
            print(f"{(time.time() - T0) * 1000:.1f}")
            QTimer.singleShot(0, app.quit)
            obj.removeEventFilter(self)
        return False

painter = FirstPaint()
window.installEventFilter(painter)
window.show()
app.exec()
"""


def run_child(code: str, env: dict[str, str]) -> list[float]:
    env = dict(env, BENCH_T0=repr(time.time()))
    out = subprocess.run(
        [sys.executable, "-c", code], env=env, capture_output=True, text=True, check=True, cwd=ROOT
    )
    return [float(x) for x in out.stdout.split()]


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument(
        "--lang", default="", help="start Backline in this language (de, fr, ...): its catalogue"
    )
    args = parser.parse_args()
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", BENCH_ROOT=str(ROOT), BENCH_LANG=args.lang)
    with tempfile.TemporaryDirectory() as tmp:
        env["BENCH_DB"] = str(Path(tmp) / "bench.db")
        # First start creates, migrates and seeds the database: not what we measure.
        run_child(CHILD_BACKLINE, dict(env, BENCH_FIRST="1"))
        paint, ready, today, bare = [], [], [], []
        for i in range(args.runs):
            p, r, t = run_child(CHILD_BACKLINE, env)
            (b,) = run_child(CHILD_BARE, env)
            paint.append(p)
            ready.append(r)
            today.append(t)
            bare.append(b)
            print(
                f"run {i + 1}: paint {p:.0f} ms, ready {r:.0f} ms, today {t:.0f} ms, "
                f"bare {b:.0f} ms",
                flush=True,
            )
    result = {
        "runs": args.runs,
        "paint_ms": round(statistics.median(paint), 1),
        "ready_ms": round(statistics.median(ready), 1),
        "today_ms": round(statistics.median(today), 1),
        "bare_ms": round(statistics.median(bare), 1),
    }
    result["paint_ratio"] = round(result["paint_ms"] / result["bare_ms"], 2)
    result["ready_ratio"] = round(result["ready_ms"] / result["bare_ms"], 2)
    print(json.dumps(result))


if __name__ == "__main__":
    main()
