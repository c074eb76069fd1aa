"""The clocks: the system clock's choices and the fake clock tests rely on."""

from __future__ import annotations

import sys
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from core.clock import Clock, FakeClock, SystemClock, local_zone

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


def test_local_zone_reads_tz_first(tmp_path: Path) -> None:
    """$TZ names the zone (with or without the leading colon, or as a zoneinfo path)."""
    missing = tmp_path / "none"
    for value in ("Europe/Berlin", ":Europe/Berlin", "/usr/share/zoneinfo/Europe/Berlin"):
        zone = local_zone(environ={"TZ": value}, localtime=missing, timezone_file=missing)
        assert zone == ZoneInfo("Europe/Berlin")


def test_local_zone_follows_the_localtime_link_and_keeps_dst(tmp_path: Path) -> None:
    """Without $TZ the /etc/localtime link names the zone, and a winter and a summer day of
    that zone get their own offsets (a fixed offset would be an hour off half the year)."""
    target = tmp_path / "zoneinfo" / "America" / "New_York"
    target.parent.mkdir(parents=True)
    target.write_bytes(b"")
    link = tmp_path / "localtime"
    link.symlink_to(target)
    zone = local_zone(environ={}, localtime=link, timezone_file=tmp_path / "none")
    assert zone == ZoneInfo("America/New_York")
    assert datetime(2025, 1, 15, 12, tzinfo=zone).utcoffset() == timedelta(hours=-5)
    assert datetime(2025, 7, 15, 12, tzinfo=zone).utcoffset() == timedelta(hours=-4)


def test_local_zone_reads_etc_timezone_then_falls_back_to_utc(tmp_path: Path) -> None:
    """/etc/timezone is the last source; a POSIX rule or an unknown name gives UTC, never a
    fixed offset."""
    missing = tmp_path / "none"
    named = tmp_path / "timezone"
    named.write_text("Asia/Tokyo\n", encoding="utf-8")
    assert local_zone(environ={}, localtime=missing, timezone_file=named) == ZoneInfo("Asia/Tokyo")
    for value in ("CET-1CEST,M3.5.0,M10.5.0/3", "Nowhere/Atlantis", ""):
        zone = local_zone(environ={"TZ": value}, localtime=missing, timezone_file=missing)
        assert zone == ZoneInfo("UTC")
