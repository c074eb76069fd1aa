"""Backline's Qt user interface."""

from __future__ import annotations

import sys


def _pin_python_singletons() -> None:
    """Work around a PySide6 6.12.0 reference-count bug on Python < 3.12.

    In this build every void Qt call (``QTimer.start``, ``QLabel.setText``...) drops one reference
    to ``None`` and every ``Signal.emit`` one to ``True``. Python 3.12+ makes those objects
    immortal, so nothing happens there; on 3.11 the process aborts ("Fatal Python error:
    none_dealloc / bool_dealloc") after a few thousand calls, i.e. within minutes of a workout
    (the 10 Hz repaint alone exhausts ``True`` in about two minutes). Give the three singletons
    a reference count no run can use up, which is what 3.12 does.
    """
    if sys.version_info >= (3, 12):
        return
    import ctypes

    for obj in (None, True, False):
        ctypes.c_ssize_t.from_address(id(obj)).value += 1 << 40


_pin_python_singletons()
