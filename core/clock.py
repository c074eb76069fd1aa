"""Clocks: the one place the player asks what time it is.

Two kinds of time, for two different questions (DESIGN.md rule 7):

* ``monotonic()`` answers "how long until this phase ends?". It never jumps when the user or NTP
  changes the wall clock, so a running countdown is unaffected. On Linux we read
  ``CLOCK_BOOTTIME``, which keeps counting while the machine is suspended: a rest that ended
  while the lid was shut is seen as over when it opens (``CLOCK_MONOTONIC`` stops during
  suspend and would resume the rest where it was).
* ``wall()`` answers "when, in UTC?". It is only used for things that must survive the process:
  timestamps in the log and the end of a running phase saved for crash-resume. A monotonic
  reading means nothing in another process, a UTC time does.

``FakeClock`` lets tests move both by hand, jump the wall clock alone, or model a suspend.
``local_zone()`` is the person's time zone, for calendar days and weeks (DESIGN.md rule 9).
"""

from __future__ import annotations

import contextlib
import os
import time
from collections.abc import Mapping
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Protocol, runtime_checkable
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

__all__ = ["Clock", "FakeClock", "SystemClock", "local_zone"]

_LOCALTIME = Path("/etc/localtime")
_TIMEZONE_FILE = Path("/etc/timezone")


@runtime_checkable
class Clock(Protocol):
    """What the player needs to know about time."""

    def monotonic(self) -> float:
        """Seconds on a clock that never goes backwards (arbitrary origin)."""
        ...

    def wall(self) -> datetime:
        """The current time as an aware UTC datetime."""
        ...


_BOOTTIME: int | None = getattr(time, "CLOCK_BOOTTIME", None)


def _boottime_works() -> bool:
    if _BOOTTIME is None:
        return False
    try:
        time.clock_gettime(_BOOTTIME)
    except OSError:  # an old kernel or a sandbox that refuses the clock id
        return False
    return True


class SystemClock:
    """The real clocks: CLOCK_BOOTTIME where available (counts suspend), else time.monotonic."""

    def __init__(self) -> None:
        self.uses_boottime: bool = _boottime_works()

    def monotonic(self) -> float:
        if self.uses_boottime and _BOOTTIME is not None:
            return time.clock_gettime(_BOOTTIME)
        return time.monotonic()

    def wall(self) -> datetime:
        return datetime.now(UTC)


_DEFAULT_START = datetime(2024, 1, 1, 8, 0, tzinfo=UTC)


class FakeClock:
    """A hand-driven clock for tests.

    ``advance(s)`` lets time pass normally (both clocks move); ``suspend(s)`` models a machine
    sleep, which on Linux CLOCK_BOOTTIME also counts (so both move, like ``advance``; it exists
    so tests say what they mean); ``jump_wall(s)`` moves the wall clock alone, as when the user
    or NTP sets the time.
    """

    def __init__(
        self, start_wall: datetime = _DEFAULT_START, start_monotonic: float = 1000.0
    ) -> None:
        if start_wall.tzinfo is None:
            raise ValueError("FakeClock needs an aware datetime")
        self._wall = start_wall.astimezone(UTC)
        self._mono = float(start_monotonic)

    def monotonic(self) -> float:
        return self._mono

    def wall(self) -> datetime:
        return self._wall

    def advance(self, seconds: float) -> None:
        """Let ``seconds`` pass (both clocks)."""
        if seconds < 0:
            raise ValueError("time does not run backwards; use jump_wall for wall-clock changes")
        self._mono += seconds
        self._wall += timedelta(seconds=seconds)

    def suspend(self, seconds: float) -> None:
        """The machine sleeps for ``seconds``: boottime and the wall clock both move on."""
        self.advance(seconds)

    def jump_wall(self, seconds: float) -> None:
        """The wall clock is set forward (or back, if negative); monotonic time is untouched."""
        self._wall += timedelta(seconds=seconds)


def _zone_key(text: str) -> str:
    """A zone key from a TZ value or a zoneinfo path ("/usr/share/zoneinfo/Europe/Berlin")."""
    text = text.strip().lstrip(":")
    if "zoneinfo/" in text:
        return text.split("zoneinfo/", 1)[1]
    return text


def local_zone(
    *,
    environ: Mapping[str, str] | None = None,
    localtime: Path = _LOCALTIME,
    timezone_file: Path = _TIMEZONE_FILE,
) -> ZoneInfo:
    """The person's zone as a named ZoneInfo, so past dates get their own DST offset.

    From $TZ, else the name /etc/localtime links to, else /etc/timezone; UTC when none names a
    known zone. Never a fixed offset: one taken from "now" would put every winter workout an
    hour off in summer. The keyword arguments are for tests.
    """
    env = os.environ if environ is None else environ
    candidates = [_zone_key(env.get("TZ", ""))]
    with contextlib.suppress(OSError):
        candidates.append(_zone_key(os.path.realpath(localtime)))
    with contextlib.suppress(OSError):
        candidates.append(_zone_key(timezone_file.read_text(encoding="utf-8")))
    for key in candidates:
        if not key or key.startswith("/"):
            continue
        try:
            return ZoneInfo(key)
        except (ZoneInfoNotFoundError, ValueError, OSError):
            continue
    return ZoneInfo("UTC")
