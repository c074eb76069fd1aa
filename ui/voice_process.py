"""The voice's own process: it owns the QTextToSpeech engine, the window only sends it lines.

Why a process and not a thread: opening an engine can block for seconds (speechd starts its
daemon and waits for it) or for ever (a daemon that stopped answering), and PySide holds
Python's lock through those calls, so a thread would freeze the window and the workout's timer
with it. Here a stuck engine holds up only this process; ``ui.cues.CuePlayer`` keeps beeping,
says "The voice is starting…", and kills the process at quit.

Its reports are in English, since it imports nothing of Backline's (``ui.cues.voice_command``
runs it by its path); ``ui.cues.voice_problem_text`` translates them. The protocol is one JSON object per line. In (stdin):
``{"open": [engines...], "volume": v, "language": code}`` (the language is the one the window's
sentences are in: a voice of that language is chosen when the engine has one),
``{"say": text}``, ``{"stop": true}``, ``{"volume": v}``, ``{"quit": true}``. Out (stdout):
``{"engine": name, "problem": ""}`` when an engine speaks, or with the reason none does; again
whenever the engine fails later. The process ends when stdin closes.

``VoiceEngine`` is the engine side itself (tests drive it in-process with a stand-in module).

Run as ``python -m ui.voice_process``.
"""

from __future__ import annotations

import contextlib
import json
import sys
import threading
from collections.abc import Callable
from types import ModuleType
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, Signal

__all__ = ["NO_ENGINE", "VoiceEngine", "main"]

NO_ENGINE = "No text-to-speech engine is installed."


class VoiceEngine:
    """Opens the first engine of a list that starts, and says what it is asked to."""

    def __init__(self, tts_mod: ModuleType, report: Callable[[str, str], None]) -> None:
        self._mod = tts_mod
        self._report = report  # (engine, problem)
        self._tts: Any = None
        self._name = ""
        self._volume = 0.8

    def open(self, candidates: list[str], volume: float, language: str = "") -> None:
        self._volume = volume
        problem = NO_ENGINE
        for candidate in candidates:
            if self._tts is not None:  # the one before failed
                self._tts.deleteLater()
            self._name = candidate
            self._tts = self._mod.QTextToSpeech(candidate)
            problem = self.problem()
            if not problem:
                break
        if self._tts is not None:
            if not problem:
                self._use_language(language)
            self._tts.setVolume(self._volume)
            self._tts.errorOccurred.connect(lambda *_: self._report(self._name, self.problem()))
        self._report(self._name, problem)

    def _use_language(self, language: str) -> None:
        """Speak `language` ('de', 'pt_BR'): the engine's voice for that country, else its
        first for the language; unchanged when it already speaks it or has no such voice."""
        if not language or not hasattr(self._tts, "availableLocales"):
            return
        from PySide6.QtCore import QLocale

        wanted = QLocale(language)
        current = self._tts.locale()
        if current.language() == wanted.language() and (
            "_" not in language or current.territory() == wanted.territory()
        ):
            return
        offered = list(self._tts.availableLocales())
        exact = [loc for loc in offered if loc.name() == wanted.name()]
        same = [loc for loc in offered if loc.language() == wanted.language()]
        if exact or same:
            self._tts.setLocale((exact or same)[0])

    def say(self, text: str) -> None:
        if self._tts is not None and not self.problem():
            self._tts.say(text)

    def stop(self) -> None:
        if self._tts is not None:
            self._tts.stop()

    def set_volume(self, volume: float) -> None:
        self._volume = volume
        if self._tts is not None:
            self._tts.setVolume(volume)

    def problem(self) -> str:
        """Why the engine does not speak ("" when it does)."""
        if self._tts is None:
            return NO_ENGINE
        state = self._tts.state()
        if state == type(state).Error:
            detail = (self._tts.errorString() or "engine error").rstrip(".")
            return f"Text-to-speech engine {self._name!r} failed: {detail}."
        return ""

    def handle(self, message: dict[str, Any]) -> bool:
        """Act on one message; False when it asks to quit."""
        if "quit" in message:
            return False
        if "open" in message:
            self.open(
                [str(e) for e in message["open"]],
                float(message.get("volume", 0.8)),
                str(message.get("language", "")),
            )
        elif "say" in message:
            self.say(str(message["say"]))
        elif "stop" in message:
            self.stop()
        elif "volume" in message:
            self.set_volume(float(message["volume"]))
        return True


class _Lines(QObject):
    """Lines from stdin, read on a thread (a blocking read releases Python's lock) and handed
    to the main thread, where the engine lives."""

    line = Signal(str)
    closed = Signal()

    def read_forever(self) -> None:
        for raw in sys.stdin:
            self.line.emit(raw)
        self.closed.emit()


def _write(engine: str, problem: str) -> None:
    sys.stdout.write(json.dumps({"engine": engine, "problem": problem}) + "\n")
    sys.stdout.flush()


def _end_with_the_window() -> None:
    """Linux: the kernel ends this process when the window's process dies (a crash, a kill),
    even while an engine holds up this one's threads and stdin is never read again."""
    if not sys.platform.startswith("linux"):
        return
    import ctypes
    import signal

    pr_set_pdeathsig = 1
    # when it cannot be asked, stdin closing ends this process, as on other systems
    with contextlib.suppress(OSError, AttributeError):
        ctypes.CDLL(None, use_errno=True).prctl(pr_set_pdeathsig, int(signal.SIGKILL))


def main() -> int:
    _end_with_the_window()
    app = QCoreApplication(sys.argv[:1])
    try:
        from PySide6 import QtTextToSpeech
    except ImportError as exc:
        _write("", f"QtTextToSpeech could not be loaded ({exc}).")
        return 0
    engine = VoiceEngine(QtTextToSpeech, _write)
    lines = _Lines()

    def on_line(raw: str) -> None:
        try:
            message = json.loads(raw)
        except ValueError:
            return  # a line we did not write: nothing to do
        if isinstance(message, dict) and not engine.handle(message):
            app.quit()

    lines.line.connect(on_line)
    lines.closed.connect(app.quit)
    threading.Thread(target=lines.read_forever, daemon=True).start()
    return app.exec()


if __name__ == "__main__":
    raise SystemExit(main())
