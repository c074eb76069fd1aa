"""PhaseDriver: polls a player at its deadlines, re-arms, catches up from the repaint tick.

The fakes below are tiny deadline players. Waits use qtbot.waitUntil/waitSignal; nothing sleeps
and no assertion is about how long something took.
"""

from __future__ import annotations

import time

import pytest

from ui.workout.phase_timer import PhaseDriver


class FakePlayer:
    """Cues due at absolute times on a clock (time.monotonic unless a fake clock is given)."""

    def __init__(self, schedule: list[tuple[float, str]], clock=time.monotonic) -> None:  # type: ignore[no-untyped-def]
        self.clock = clock
        start = clock()
        self.pending = [(start + offset, name) for offset, name in schedule]
        self.polls = 0
        self.fired: list[tuple[str, float, float]] = []  # (name, due, polled at)

    def poll(self) -> list[str]:
        self.polls += 1
        now = self.clock()
        due = [(t, n) for t, n in self.pending if t <= now]
        self.pending = [(t, n) for t, n in self.pending if t > now]
        self.fired.extend((n, t, now) for t, n in due)
        return [n for _, n in due]

    def time_to_next_event(self) -> float | None:
        if not self.pending:
            return None
        return min(t for t, _ in self.pending) - self.clock()


class FakeClock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


@pytest.fixture
def make_driver(qtbot):  # type: ignore[no-untyped-def]
    drivers: list[PhaseDriver] = []

    def make(player: FakePlayer, **kwargs) -> PhaseDriver:  # type: ignore[no-untyped-def]
        d = PhaseDriver(player.poll, player.time_to_next_event, **kwargs)
        drivers.append(d)
        return d

    yield make
    for d in drivers:
        d.stop()
        d.deleteLater()


def test_emits_cues_in_order_never_early(qtbot, make_driver) -> None:  # type: ignore[no-untyped-def]
    """Short deadlines (50 ms apart) come out in order, each polled at or after its deadline."""
    player = FakePlayer([(0.05, "countdown"), (0.10, "countdown"), (0.15, "work_start")])
    driver = make_driver(player)
    got: list[str] = []
    driver.cues.connect(got.extend)
    driver.start()
    qtbot.waitUntil(lambda: len(got) == 3, timeout=3000)
    assert got == ["countdown", "countdown", "work_start"]
    assert all(polled >= due for _, due, polled in player.fired)
    assert driver.next_interval_ms() is None  # nothing left: the single-shot is idle


def test_deadline_single_shot_does_the_work_not_the_repaint(qtbot, make_driver) -> None:  # type: ignore[no-untyped-def]
    """With the repaint tick made very slow, cues still arrive: the single-shot is armed per deadline."""
    player = FakePlayer([(0.03, "a"), (0.06, "b")])
    driver = make_driver(player, repaint_interval_ms=60_000)
    got: list[str] = []
    driver.cues.connect(got.extend)
    driver.start()
    qtbot.waitUntil(lambda: got == ["a", "b"], timeout=3000)


def test_rearm_after_a_change(qtbot, make_driver) -> None:  # type: ignore[no-untyped-def]
    """When the next deadline moves closer (e.g. "skip rest"), rearm() arms for the new one."""
    player = FakePlayer([(600.0, "rest_over")])
    driver = make_driver(player, repaint_interval_ms=60_000)
    driver.start()
    assert driver.next_interval_ms() is not None and driver.next_interval_ms() > 500_000

    player.pending = [(time.monotonic() + 0.05, "work_start")]
    driver.rearm()
    assert driver.next_interval_ms() <= 50
    with qtbot.waitSignal(driver.cues, timeout=3000) as blocker:
        pass
    assert blocker.args == [["work_start"]]


def test_repaint_tick_catches_up_after_a_stall(qtbot, make_driver) -> None:  # type: ignore[no-untyped-def]
    """If time jumps past a deadline (stalled loop, sleep), the next repaint poll delivers it."""
    clock = FakeClock()
    player = FakePlayer([(300.0, "rest_over"), (310.0, "halfway")], clock=clock)
    driver = make_driver(player, repaint_interval_ms=20)
    driver.start()
    assert driver.next_interval_ms() > 200_000  # armed far away on the real timer

    clock.now += 305.0  # five minutes pass without the single-shot firing
    with qtbot.waitSignal(driver.cues, timeout=3000) as blocker:
        pass
    assert blocker.args == [["rest_over"]]
    # and the single-shot was re-armed for the next deadline, 5 s away on the clock
    assert 4000 <= driver.next_interval_ms() <= 5000


def test_repaint_is_emitted_even_when_idle(qtbot, make_driver) -> None:  # type: ignore[no-untyped-def]
    """With nothing scheduled the single-shot is idle but the display still repaints."""
    player = FakePlayer([])
    driver = make_driver(player, repaint_interval_ms=20)
    with qtbot.waitSignal(driver.repaint, timeout=1000):
        driver.start()
    assert driver.next_interval_ms() is None
    with qtbot.waitSignal(driver.repaint, timeout=1000):
        pass


def test_stop_disarms_everything(qtbot, make_driver) -> None:  # type: ignore[no-untyped-def]
    """stop() disarms both timers; start() resumes and delivers what became due meanwhile."""
    clock = FakeClock()
    player = FakePlayer([(10.0, "work_start")], clock=clock)
    driver = make_driver(player)
    driver.start()
    driver.stop()
    assert driver.running is False
    assert driver.next_interval_ms() is None
    driver.rearm()  # ignored while stopped
    assert driver.next_interval_ms() is None

    clock.now += 11.0
    with qtbot.waitSignal(driver.cues, timeout=1000) as blocker:
        driver.start()
    assert blocker.args == [["work_start"]]


def test_due_now_but_nothing_to_poll_does_not_spin(qtbot, make_driver) -> None:  # type: ignore[no-untyped-def]
    """A player that says "due now" yet returns nothing gets a 1 ms retry, not a 0 ms spin."""

    class Stuck:
        polls = 0

        def poll(self) -> list[str]:
            self.polls += 1
            return []

        def time_to_next_event(self) -> float:
            return 0.0

    stuck = Stuck()
    driver = PhaseDriver(stuck.poll, stuck.time_to_next_event, repaint_interval_ms=60_000)
    try:
        driver.start()
        qtbot.waitUntil(lambda: stuck.polls >= 3, timeout=1000)
        assert driver.next_interval_ms() == 1
    finally:
        driver.stop()
        driver.deleteLater()
