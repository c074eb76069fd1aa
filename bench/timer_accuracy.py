"""Timer accuracy: deadline-driven phases against naive tick counting, in a real Qt loop.

Run by hand (it takes as long as the plan, ten minutes by default):

    QT_QPA_PLATFORM=offscreen .venv/bin/python bench/timer_accuracy.py --minutes 10

What it does:

* builds a plan of short phases (3 s, 2 s, 3 s, 2 s ...) totalling at least ``--minutes``;
* drives the phase changes with ``ui.workout.phase_timer.PhaseDriver`` (the class the app uses): a
  single-shot ``Qt.PreciseTimer`` armed at each deadline on ``time.monotonic()``, plus the
  ~10 Hz repaint tick that also polls;
* at the same time, in the same loop, drives the same plan by naive tick counting: a 100 ms
  ``QTimer`` (Qt's default timer type unless ``--naive-precise``) that decrements a counter;
* every ``--stall-every`` seconds blocks the event loop for ``--stall-ms`` inside a slot
  (alternately just before a deadline, so that deadline falls inside the stall, and between
  deadlines);
* measures how late each phase change fired (ms after its deadline). Phases whose deadline fell
  inside a stall are excluded from the max and median (they are reported separately).

With ``--preload-at S``, S seconds into the plan the app's ``ChartPreloader`` imports matplotlib
on a worker thread (the import holds the GIL in bursts), as it would if it ran during a workout;
a probe single-shot re-armed every 20 ms measures the loop's lateness inside and outside that
window, and the phase changes due inside it are reported apart (``preload_*`` keys).

With ``--floor``, the app's floor mode view (``ui.workout.floor.FloorView``) is shown at a
screen's size (``--floor-size``, 1920x1080 by default; offscreen has no real full screen),
repainted at every repaint tick with the digits of the current phase, and flashed at every
phase change, as in the app: what that costs the loop is counted in the lateness.

With ``--speech ENGINE`` (``mock``, or the system's ``speechd``), the app's ``CuePlayer`` plays a
cue sound and speaks a sentence at every phase change, as the voice coach does.

The last line of output is one JSON object (max_late_ms, median_late_ms, drift_ms,
naive_drift_ms, minutes, ...). Goals: median <= 2 ms, max <= 10 ms outside stalls,
drift <= 10 ms.
"""

from __future__ import annotations

import argparse
import json
import math
import os
import platform
import statistics
import sys
import time
from dataclasses import dataclass, field, fields
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import PySide6  # noqa: E402
from PySide6.QtCore import QObject, Qt, QTimer, qVersion  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from ui.cues import CuePlayer  # noqa: E402
from ui.widgets.phase_display import PhaseView, format_digits  # noqa: E402
from ui.workout.floor import FloorView  # noqa: E402
from ui.workout.phase_timer import PhaseDriver  # noqa: E402

TICK_MS = 100
LEAD_IN_S = 1.0
"""Wait this long after the loop starts before the plan begins (startup noise stays out)."""
GOALS = {"median_late_ms": 2.0, "max_late_ms": 10.0, "drift_ms": 10.0}


def build_plan(minutes: float, durations: tuple[float, ...] = (3.0, 2.0)) -> list[float]:
    """Alternate the given phase lengths until the plan lasts at least ``minutes``."""
    total_needed = minutes * 60.0
    plan: list[float] = []
    total = 0.0
    while total < total_needed - 1e-9:
        d = durations[len(plan) % len(durations)]
        plan.append(d)
        total += d
    return plan


@dataclass
class DeadlinePlayer:
    """The smallest deadline player: absolute phase ends on time.monotonic()."""

    deadlines: list[float]
    index: int = 0
    late_s: list[float] = field(default_factory=list)
    fired_at: list[float] = field(default_factory=list)

    @property
    def done(self) -> bool:
        return self.index >= len(self.deadlines)

    def poll(self) -> list[int]:
        now = time.monotonic()
        changed: list[int] = []
        while self.index < len(self.deadlines) and self.deadlines[self.index] <= now:
            self.late_s.append(now - self.deadlines[self.index])
            self.fired_at.append(now)
            changed.append(self.index)
            self.index += 1
        return changed

    def time_to_next_event(self) -> float | None:
        if self.done:
            return None
        return self.deadlines[self.index] - time.monotonic()


class NaiveTicker(QObject):
    """What we must not do: count 100 ms ticks down for each phase."""

    def __init__(self, plan: list[float], precise: bool) -> None:
        super().__init__()
        self._ticks_per_phase = [round(d * 1000 / TICK_MS) for d in plan]
        self._phase = 0
        self._left = self._ticks_per_phase[0]
        self.finished_at: float | None = None
        self.timer = QTimer(self)
        self.timer.setInterval(TICK_MS)
        if precise:
            self.timer.setTimerType(Qt.TimerType.PreciseTimer)
        self.timer.timeout.connect(self._tick)

    def start(self) -> None:
        self.timer.start()

    def _tick(self) -> None:
        self._left -= 1
        if self._left > 0:
            return
        self._phase += 1
        if self._phase >= len(self._ticks_per_phase):
            self.finished_at = time.monotonic()
            self.timer.stop()
            return
        self._left = self._ticks_per_phase[self._phase]


class Bench(QObject):
    def __init__(self, args: argparse.Namespace, app: QApplication) -> None:
        super().__init__()
        self.args = args
        self.app = app
        self.plan = build_plan(args.minutes)
        self.total_s = sum(self.plan)
        self.stalls: list[tuple[float, float]] = []
        self.t0 = 0.0
        self.player: DeadlinePlayer | None = None
        self.driver: PhaseDriver | None = None
        self.naive = NaiveTicker(self.plan, precise=args.naive_precise)
        self._stall_timers: list[QTimer] = []
        self._next_report_min = 1
        self.floor: FloorView | None = None
        self._flashes = 0
        self.cues: CuePlayer | None = None
        self._spoken = 0
        if args.speech:
            self.cues = CuePlayer(speech_engine=args.speech)
            self.cues.speech_enabled = True
        if args.floor:
            width, height = (int(x) for x in args.floor_size.lower().split("x"))
            self.floor = FloorView()
            self.floor.resize(width, height)
            self.floor.show()  # a window of the screen's size: offscreen has no full screen

    # Everything starts from one slot, so both drivers share the same t0.
    def kickoff(self) -> None:
        self.t0 = time.monotonic()
        ends: list[float] = []
        acc = self.t0
        for d in self.plan:
            acc += d
            ends.append(acc)
        self.player = DeadlinePlayer(ends)
        self.driver = PhaseDriver(self.player.poll, self.player.time_to_next_event, self)
        self.driver.cues.connect(self._on_phase_change)
        if self.floor is not None:
            self.driver.repaint.connect(self._paint_floor)
        self.naive.start()
        self.driver.start()
        self._schedule_stalls()
        if self.args.preload_at is not None:
            self._start_probe()
            QTimer.singleShot(int(self.args.preload_at * 1000), self._start_preload)
        QTimer.singleShot(int((self.total_s + 120) * 1000), self._give_up)

    # -- the background import of the chart modules, and a probe of the loop's lateness ----

    def _start_probe(self) -> None:
        self.probe: list[tuple[float, float]] = []  # (due, late_s)
        self._probe_timer = QTimer(self)
        self._probe_timer.setTimerType(Qt.TimerType.PreciseTimer)
        self._probe_timer.setSingleShot(True)
        self._probe_timer.timeout.connect(self._probe_fired)
        self._probe_due = time.monotonic() + 0.020
        self._probe_timer.start(20)

    def _probe_fired(self) -> None:
        now = time.monotonic()
        self.probe.append((self._probe_due, now - self._probe_due))
        if self.player is not None and not self.player.done:
            self._probe_due = now + 0.020
            self._probe_timer.start(20)

    def _start_preload(self) -> None:
        from ui.widgets.chart_canvas import ChartPreloader

        self.preload_window = [time.monotonic(), float("nan")]
        self.preloader = ChartPreloader(self, busy=lambda: False)
        self.preloader.finished.connect(self._preload_done)
        self.preloader.schedule(0)

    def _preload_done(self) -> None:
        self.preload_window[1] = time.monotonic()

    def _schedule_stalls(self) -> None:
        every = self.args.stall_every
        if every <= 0:
            return
        stall_s = self.args.stall_ms / 1000.0
        k = 1
        while k * every < self.total_s:
            # Odd k: start half a stall before a phase boundary, so that deadline is inside it.
            # Even k: start one second after the boundary, away from any deadline.
            offset = -stall_s / 2 if k % 2 else 1.0
            at = self.t0 + k * every + offset
            t = QTimer(self)
            t.setTimerType(Qt.TimerType.PreciseTimer)
            t.setSingleShot(True)
            t.timeout.connect(self._stall)
            t.start(max(0, round((at - time.monotonic()) * 1000)))
            self._stall_timers.append(t)
            k += 1

    def _stall(self) -> None:
        start = time.monotonic()
        time.sleep(self.args.stall_ms / 1000.0)  # the point of the benchmark: a blocked loop
        self.stalls.append((start, time.monotonic()))

    def _paint_floor(self) -> None:
        """What the tab does at a repaint tick in floor mode: the phase's view, shown."""
        player = self.player
        if self.floor is None or player is None or player.done:
            return
        left = max(0.0, player.deadlines[player.index] - time.monotonic())
        kind = "work" if player.index % 2 == 0 else "rest"
        extra = {"phase_key": kind} if "phase_key" in {f.name for f in fields(PhaseView)} else {}
        view = PhaseView(
            phase=f"{kind.title()} — phase {player.index + 1} of {len(player.deadlines)}",
            digits=format_digits(math.ceil(left)),
            details=f"Set {player.index // 2 + 1} · Side: left",
            next_text="Next: rest" if kind == "work" else "Next: work",
            **extra,  # type: ignore[arg-type]
        )
        self.floor.show_view(view)

    def _on_phase_change(self, _indices: list) -> None:
        assert self.player is not None
        if self.floor is not None:
            self.floor.flash()
            self._flashes += 1
        if self.cues is not None:
            self.cues.play("rest_over")
            self._spoken += self.cues.speak("Rest, 60 seconds. Next: Glute bridge")
        elapsed_min = (time.monotonic() - self.t0) / 60.0
        if elapsed_min >= self._next_report_min:
            late = [x * 1000 for x in self.player.late_s]
            print(
                f"[{elapsed_min:5.1f} min] phases {len(late)}/{len(self.plan)} "
                f"median {statistics.median(late):.2f} ms, max (all) {max(late):.1f} ms",
                flush=True,
            )
            self._next_report_min += 1
        self._maybe_finish()

    def _maybe_finish(self) -> None:
        assert self.player is not None
        if self.player.done and self.naive.finished_at is not None:
            self.app.quit()
        elif self.player.done and self.driver is not None:
            self.driver.stop()
            if not hasattr(self, "_waiting_naive"):
                self._waiting_naive = QTimer(self)
                self._waiting_naive.setInterval(50)
                self._waiting_naive.timeout.connect(self._maybe_finish)
                self._waiting_naive.start()

    def _give_up(self) -> None:
        print("gave up waiting for the naive ticker", file=sys.stderr)
        self.app.quit()

    def result(self) -> dict:
        assert self.player is not None
        deadlines = self.player.deadlines
        late_ms = [x * 1000 for x in self.player.late_s]

        def in_stall(deadline: float) -> bool:
            return any(a <= deadline <= b for a, b in self.stalls)

        clean = [lm for d, lm in zip(deadlines, late_ms, strict=False) if not in_stall(d)]
        stalled = [lm for d, lm in zip(deadlines, late_ms, strict=False) if in_stall(d)]
        planned_end = self.t0 + self.total_s
        drift_ms = (self.player.fired_at[-1] - planned_end) * 1000 if self.player.done else None
        naive_drift_ms = (
            (self.naive.finished_at - planned_end) * 1000
            if self.naive.finished_at is not None
            else None
        )
        q = (
            statistics.quantiles(clean, n=100, method="inclusive")
            if len(clean) >= 2
            else [float("nan")] * 99
        )
        out = {
            "minutes": round(self.total_s / 60.0, 3),
            "phases": len(self.plan),
            "phases_fired": len(late_ms),
            "median_late_ms": round(statistics.median(clean), 3),
            "p99_late_ms": round(q[98], 3),
            "max_late_ms": round(max(clean), 3),
            "min_late_ms": round(min(clean), 3),
            "drift_ms": None if drift_ms is None else round(drift_ms, 3),
            "naive_drift_ms": None if naive_drift_ms is None else round(naive_drift_ms, 1),
            "naive_timer": "PreciseTimer" if self.args.naive_precise else "CoarseTimer (default)",
            "floor": None if self.floor is None else f"{self.floor.width()}x{self.floor.height()}",
            "flashes": self._flashes if self.floor is not None else None,
            "speech": None if self.cues is None else self.cues.speech_engine,
            "spoken": self._spoken if self.cues is not None else None,
            "stalls": len(self.stalls),
            "stall_ms": self.args.stall_ms,
            "phases_in_stalls": len(stalled),
            "max_late_in_stall_ms": round(max(stalled), 1) if stalled else None,
            "python": platform.python_version(),
            "pyside6": PySide6.__version__,
            "qt": qVersion(),
            "platform": platform.platform(),
            "cpus": os.cpu_count(),
            "loadavg_end": [round(x, 2) for x in os.getloadavg()],
        }
        if self.args.preload_at is not None:
            a, b = self.preload_window
            inside = [late * 1000 for due, late in self.probe if a <= due <= b]
            outside = [late * 1000 for due, late in self.probe if not a <= due <= b]
            due_inside = [lm for d, lm in zip(deadlines, late_ms, strict=False) if a <= d <= b]
            out.update(
                {
                    "preload_ms": round((b - a) * 1000, 1),
                    "preload_probe_n": len(inside),
                    "preload_probe_median_ms": round(statistics.median(inside), 2),
                    "preload_probe_max_ms": round(max(inside), 2),
                    "probe_outside_n": len(outside),
                    "probe_outside_median_ms": round(statistics.median(outside), 2),
                    "probe_outside_max_ms": round(max(outside), 2),
                    "preload_phases_due": [round(x, 2) for x in due_inside],
                }
            )
        out["goals_met"] = bool(
            out["median_late_ms"] <= GOALS["median_late_ms"]
            and out["max_late_ms"] <= GOALS["max_late_ms"]
            and drift_ms is not None
            and abs(drift_ms) <= GOALS["drift_ms"]
        )
        return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--minutes", type=float, default=10.0, help="plan length (default 10)")
    parser.add_argument("--stall-every", type=float, default=30.0, help="seconds (0 = none)")
    parser.add_argument("--stall-ms", type=float, default=300.0, help="stall length in ms")
    parser.add_argument(
        "--naive-precise",
        action="store_true",
        help="give the naive ticker Qt.PreciseTimer (default: Qt's default CoarseTimer)",
    )
    parser.add_argument(
        "--preload-at",
        type=float,
        default=None,
        metavar="S",
        help="import the chart modules in the background S seconds into the plan",
    )
    parser.add_argument(
        "--floor",
        action="store_true",
        help="show the floor mode view at --floor-size, repainted and flashing as in the app",
    )
    parser.add_argument(
        "--floor-size", default="1920x1080", metavar="WxH", help="floor view size (1920x1080)"
    )
    parser.add_argument(
        "--speech",
        default=None,
        metavar="ENGINE",
        help="play a cue and speak a sentence at every phase change (mock, speechd...)",
    )
    args = parser.parse_args(argv)

    app = QApplication.instance() or QApplication(sys.argv[:1])
    bench = Bench(args, app)
    print(
        f"plan: {len(bench.plan)} phases, {bench.total_s:.0f} s; stall {args.stall_ms:.0f} ms "
        f"every {args.stall_every:.0f} s; platform {os.environ.get('QT_QPA_PLATFORM')}",
        flush=True,
    )
    QTimer.singleShot(int(LEAD_IN_S * 1000), bench.kickoff)
    app.exec()

    res = bench.result()
    print(
        f"deadline driver: median {res['median_late_ms']} ms, p99 {res['p99_late_ms']} ms, "
        f"max {res['max_late_ms']} ms late outside stalls; drift at end {res['drift_ms']} ms; "
        f"{res['phases_in_stalls']} phases inside stalls, worst {res['max_late_in_stall_ms']} ms"
    )
    print(f"naive 100 ms tick counting: drift at end {res['naive_drift_ms']} ms")
    print(json.dumps(res))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
