"""The one way slow work leaves the GUI thread (DESIGN.md rule 4).

`run_task(work, on_done, on_error)`: `work` runs on a pool thread, gets no widgets, opens its own
session and returns plain data; `on_done(result)` / `on_error(exc)` run back on the GUI thread.
Tests call `use_synchronous_tasks()` (or the fixture in tests/ui/conftest.py) to run everything
inline, the way Picard's FakeThreadPool does.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal, Slot

_synchronous = False
# Keeps the signal carriers alive until their callbacks ran (a GC'd QObject drops its signal).
_in_flight: set[_Carrier] = set()


class _Carrier(QObject):
    """Lives on the GUI thread; the worker's signals are queued to its slots there."""

    done = Signal(object)
    failed = Signal(object)

    def __init__(
        self, on_done: Callable[[Any], None], on_error: Callable[[BaseException], None]
    ) -> None:
        super().__init__()
        self._on_done = on_done
        self._on_error = on_error
        self.done.connect(self._deliver_done)
        self.failed.connect(self._deliver_error)

    @Slot(object)
    def _deliver_done(self, result: Any) -> None:
        _in_flight.discard(self)
        self._on_done(result)

    @Slot(object)
    def _deliver_error(self, exc: BaseException) -> None:
        _in_flight.discard(self)
        self._on_error(exc)


class _Job(QRunnable):
    def __init__(self, work: Callable[[], Any], carrier: _Carrier) -> None:
        super().__init__()
        self._work = work
        self._carrier = carrier

    def run(self) -> None:
        try:
            result = self._work()
        except BaseException as exc:  # report every failure to the GUI thread
            self._carrier.failed.emit(exc)
        else:
            self._carrier.done.emit(result)


def use_synchronous_tasks(enabled: bool = True) -> None:
    global _synchronous
    _synchronous = enabled


def run_task(
    work: Callable[[], Any],
    on_done: Callable[[Any], None],
    on_error: Callable[[BaseException], None],
) -> None:
    if _synchronous:
        try:
            result = work()
        except Exception as exc:
            on_error(exc)
        else:
            on_done(result)
        return
    carrier = _Carrier(on_done, on_error)
    _in_flight.add(carrier)
    QThreadPool.globalInstance().start(_Job(work, carrier))
