"""The clocks: the system clock's choices and the fake clock tests rely on."""

from __future__ import annotations

import sys
import time
from datetime import UTC, datetime, timedelta

import pytest

from core.clock import Clock, FakeClock, SystemClock

START = datetime(2025, 3, 1, 12, 0, tzinfo=UTC)


def test_fake_clock_advance_moves_both_clocks() -> None:
    """advance() lets time pass on the monotonic and the wall clock alike."""
    clock = FakeClock(START, start_monotonic=50.0)
    clock.advance(12.5)
    assert clock.monotonic() == 62.5
    assert clock.wall() == START + timedelta(seconds=12.5)


def test_fake_clock_jump_wall_moves_only_the_wall_clock() -> None:
    """A wall-clock jump (user or NTP setting the time) leaves monotonic time alone."""
    clock = FakeClock(START, start_monotonic=50.0)
    clock.jump_wall(3600)
    clock.jump_wall(-7200)
    assert clock.monotonic() == 50.0
    assert clock.wall() == START - timedelta(hours=1)


def test_fake_clock_suspend_counts_like_boottime() -> None:
    """A suspend moves both clocks, as CLOCK_BOOTTIME keeps counting while the machine sleeps."""
    clock = FakeClock(START, start_monotonic=0.0)
    clock.suspend(600)
    assert clock.monotonic() == 600.0
    assert clock.wall() == START + timedelta(minutes=10)


def test_fake_clock_refuses_backwards_time_and_naive_starts() -> None:
    """Monotonic time never runs backwards, and the wall clock must be an aware datetime."""
    clock = FakeClock(START)
    with pytest.raises(ValueError):
        clock.advance(-1)
    with pytest.raises(ValueError):
        FakeClock(datetime(2025, 1, 1))


def test_fake_clock_wall_is_utc_even_from_another_zone() -> None:
    """A start given in another offset is kept as the same instant in UTC."""
    from zoneinfo import ZoneInfo

    berlin = datetime(2025, 6, 1, 14, 0, tzinfo=ZoneInfo("Europe/Berlin"))
    clock = FakeClock(berlin)
    assert clock.wall().tzinfo == UTC
    assert clock.wall() == berlin


def test_both_clocks_satisfy_the_protocol() -> None:
    """SystemClock and FakeClock are both usable wherever a Clock is expected."""
    assert isinstance(SystemClock(), Clock)
    assert isinstance(FakeClock(), Clock)


def test_system_clock_is_monotonic_and_wall_is_aware_utc() -> None:
    """The system clock never goes backwards and reports aware UTC wall time."""
    clock = SystemClock()
    readings = [clock.monotonic() for _ in range(1000)]
    assert readings == sorted(readings)
    wall = clock.wall()
    assert wall.tzinfo is not None and wall.utcoffset() == timedelta(0)
    assert abs((wall - datetime.now(UTC)).total_seconds()) < 60


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="CLOCK_BOOTTIME is Linux-only")
def test_system_clock_reads_boottime_on_linux() -> None:
    """On Linux the player's clock is CLOCK_BOOTTIME, which keeps counting during suspend."""
    clock = SystemClock()
    assert clock.uses_boottime
    before = time.clock_gettime(time.CLOCK_BOOTTIME)
    reading = clock.monotonic()
    after = time.clock_gettime(time.CLOCK_BOOTTIME)
    assert before <= reading <= after
