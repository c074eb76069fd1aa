"""Guard against the PySide6 build that leaks references to None/True (6.12.0 on Python 3.11).

That build aborts the interpreter ("none_dealloc") after a few thousand void Qt calls, which a
workout's 10 Hz repaint reaches in minutes; pyproject.toml pins PySide6 below 6.12 for it.
"""

from __future__ import annotations

import sys

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QLabel


class _Emitter(QObject):
    fired = Signal()


def test_void_calls_and_emits_do_not_leak_singleton_references(qtbot) -> None:  # type: ignore[no-untyped-def]
    """5,000 setText calls and emits leave the refcounts of None and True where they were."""
    label = QLabel()
    qtbot.addWidget(label)
    emitter = _Emitter()
    none_before, true_before = sys.getrefcount(None), sys.getrefcount(True)
    for _ in range(5000):
        label.setText("x")
        emitter.fired.emit()
    assert abs(sys.getrefcount(None) - none_before) < 100
    assert abs(sys.getrefcount(True) - true_before) < 100
