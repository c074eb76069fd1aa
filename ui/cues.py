"""Sound cues and optional speech for player events.

``CuePlayer`` preloads every cue WAV as a ``QSoundEffect`` when it is built, so the first
"3-2-1" is on time, and plays them whatever window has focus. Speech (``QTextToSpeech``) is
off until asked for.

Audio is a nicety, never a requirement: when QtMultimedia cannot be imported (no libpulse0),
no output device exists, or sound files are missing, the player still works silently.
``available`` / ``unavailable_reason`` (and ``speech_available`` / ``speech_unavailable_reason``)
say why, so the UI can show a visible note instead of failing.

Every cue asked for is announced with ``played(kind)`` and every sentence with ``spoke(text)``,
audible or not (muted, no device): tests and visual cues follow those signals, not the speakers.
``voice_status()`` is the one line saying which engine speaks, or why the cues are beeps only.

The engine runs in its own process (``ui.voice_process``; why is written there): the window
sends it sentences and never waits for it.
"""

from __future__ import annotations

import json
import logging
import re
import sys
from pathlib import Path
from types import ModuleType
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, QProcess, QTimer, QUrl, Signal

from core import i18n
from core.i18n import QT_TRANSLATE_NOOP, translate
from core.paths import SOUNDS_DIR
from ui.voice_process import NO_ENGINE

__all__ = ["CUE_KINDS", "CUE_SOUNDS", "SOUND_NAMES", "SOUNDS_DIR", "CuePlayer"]

log = logging.getLogger(__name__)


SOUND_NAMES: tuple[str, ...] = (
    "work_start",
    "rest_over",
    "rest_start",
    "countdown",
    "halfway",
    "switch_sides",
    "finished",
    "tick",
    "record",
)

"""The sounds we ship: ``resources/sounds/<name>.wav`` (made by tools/make_sounds.py).

``rest_over`` is not a player cue: ui.workout.coach plays it for the work that starts when a rest
or a side switch ends, in place of ``work_start``."""

CUE_SOUNDS: dict[str, str | None] = {
    **{name: name for name in SOUND_NAMES},
    # core.workout.player's cue kinds that have no sound of their own (our choice):
    "workout_finished": "finished",
    "get_ready": "rest_start",
    "release": "rest_start",
    "set_done": None,  # logged and shown, not sounded
}
"""Every cue kind ``play()`` accepts, and the sound it plays (``None``: silent)."""

CUE_KINDS: tuple[str, ...] = tuple(CUE_SOUNDS)


# Said in the language in use: translate("ui.cues", VALUE) where shown or spoken.
VOICE_STARTING = QT_TRANSLATE_NOOP("ui.cues", "The voice is starting…")
SPEECH_OFF = QT_TRANSLATE_NOOP("ui.cues", "speech is off")
VOICE_START_LIMIT_MS = 20_000  # speechd takes about 2 s to start its daemon here (ours)
SHUT_DOWN_WAIT_MS = 300  # then the voice process is killed: speech is never worth a wait
TEST_CUE = "work_start"
TEST_SENTENCE = QT_TRANSLATE_NOOP("ui.cues", "Sound check.")

# What the voice process (which imports nothing of ours, so says it in English) reports, in
# the language in use. NO_ENGINE is ui.voice_process's, word for word.
_NO_ENGINE = QT_TRANSLATE_NOOP("ui.cues", "No text-to-speech engine is installed.")
_ENGINE_FAILED = re.compile(
    r"Text-to-speech engine '(?P<name>.*)' failed: (?P<detail>.*)\.\Z", re.S
)
_NO_MODULE = re.compile(r"QtTextToSpeech could not be loaded \((?P<error>.*)\)\.\Z", re.S)


def voice_problem_text(problem: str) -> str:
    """A problem the voice process reported, in the language in use ("" stays "")."""
    if problem == NO_ENGINE:
        return translate("ui.cues", _NO_ENGINE)
    if match := _ENGINE_FAILED.match(problem):
        return translate("ui.cues", "Text-to-speech engine '{name}' failed: {detail}.").format(
            name=match["name"], detail=match["detail"]
        )
    if match := _NO_MODULE.match(problem):
        return _no_speech_module(match["error"])
    return problem


def _no_speech_module(error: object) -> str:
    return translate("ui.cues", "QtTextToSpeech could not be loaded ({error}).").format(error=error)


def _load_qtmultimedia() -> ModuleType:
    """Import QtMultimedia (a seam: tests replace it to simulate a missing library)."""
    from PySide6 import QtMultimedia

    return QtMultimedia


def _load_qttexttospeech() -> ModuleType:
    """Import QtTextToSpeech (a seam: tests replace it to simulate a missing library)."""
    from PySide6 import QtTextToSpeech

    return QtTextToSpeech


def _clamp01(value: float) -> float:
    return min(1.0, max(0.0, float(value)))


class CuePlayer(QObject):
    """Play cue sounds and, if enabled, speak short sentences."""

    played = Signal(str)
    """A cue was requested (``kind``), whether or not it was audible."""

    spoke = Signal(str)
    """A sentence was requested while speech is enabled, whether or not it was audible."""

    availability_changed = Signal()
    """Audio or speech availability changed (device plugged in, engine failed...)."""

    def __init__(
        self,
        parent: QObject | None = None,
        *,
        sounds_dir: Path | None = None,
        speech_engine: str | None = None,
        volume: float = 0.8,
        muted: bool = False,
    ) -> None:
        super().__init__(parent)
        self._sounds_dir = Path(sounds_dir) if sounds_dir is not None else SOUNDS_DIR
        self._volume = _clamp01(volume)
        self._muted = bool(muted)
        self._effects: dict[str, Any] = {}
        self._mm: ModuleType | None = None
        self._devices: Any = None
        self._audio_reason = ""

        self._speech_engine_name = speech_engine
        self._speech_enabled = False
        self._voice: _VoiceProcess | None = None
        self._voice_reason = ""  # what the voice thread said last: "" when an engine speaks
        self._tts_name = ""
        self._speech_reason = translate("ui.cues", SPEECH_OFF)

        missing = [k for k in SOUND_NAMES if not (self._sounds_dir / f"{k}.wav").is_file()]
        try:
            self._mm = _load_qtmultimedia()
        except ImportError as exc:  # e.g. libpulse0 missing: QtMultimedia's .so fails to load
            self._audio_reason = translate(
                "ui.cues", "QtMultimedia could not be loaded ({error}); cues are silent."
            ).format(error=exc)
            log.warning("QtMultimedia could not be loaded (%s); cues are silent.", exc)
            return
        self._missing = missing
        self._devices = self._mm.QMediaDevices(self)
        self._devices.audioOutputsChanged.connect(self._reload)
        self._reload()

    # -- audio ----------------------------------------------------------------------------

    @property
    def available(self) -> bool:
        """True when cues can actually be heard (library, device and files all present)."""
        return not self._audio_reason

    @property
    def unavailable_reason(self) -> str:
        """Why cues are silent, in words for the user; empty when ``available``."""
        return self._audio_reason

    @property
    def volume(self) -> float:
        return self._volume

    @volume.setter
    def volume(self, value: float) -> None:
        self._volume = _clamp01(value)
        for effect in self._effects.values():
            effect.setVolume(self._volume)
        if self._voice is not None:
            self._voice.send({"volume": self._volume})

    @property
    def muted(self) -> bool:
        return self._muted

    @muted.setter
    def muted(self, value: bool) -> None:
        self._muted = bool(value)
        for effect in self._effects.values():
            effect.setMuted(self._muted)

    def play(self, kind: str) -> bool:
        """Play the sound for cue ``kind``; return True if it was sent to an audio device.

        ``played(kind)`` is emitted for every known kind, even a silent one (``set_done``).

        An unknown kind is logged and ignored (a missing sound must never stop a workout).
        """
        if kind not in CUE_SOUNDS:
            log.warning("unknown cue kind %r ignored", kind)
            return False
        audible = False
        sound = CUE_SOUNDS[kind]
        effect = self._effects.get(sound) if sound is not None else None
        if effect is not None and not self._muted and self._volume > 0.0:
            effect.play()
            audible = True
        self.played.emit(kind)
        return audible

    def test_sound(self) -> bool:
        """Play a sample cue (and speak, if speech is on) for the settings "Test" button.

        Returns ``available`` so the caller can show ``unavailable_reason`` otherwise.
        """
        self.play(TEST_CUE)
        if self._speech_enabled:
            self.speak(translate("ui.cues", TEST_SENTENCE))
        return self.available

    def preloaded_kinds(self) -> list[str]:
        """Sound names with a loaded-or-loading sound effect (for diagnostics and tests)."""
        return sorted(self._effects)

    def _reload(self) -> None:
        """(Re)build the sound effects for the current default output device."""
        assert self._mm is not None
        for effect in self._effects.values():
            effect.stop()
            effect.deleteLater()
        self._effects.clear()
        before = self._audio_reason

        if not self._mm.QMediaDevices.audioOutputs():
            # Creating effects without a device only makes Qt warn on every play().
            self._audio_reason = translate(
                "ui.cues", "No audio output device was found; cues are silent."
            )
        else:
            for name in SOUND_NAMES:
                if name in self._missing:
                    continue
                effect = self._mm.QSoundEffect(self)
                effect.setSource(QUrl.fromLocalFile(str(self._sounds_dir / f"{name}.wav")))
                effect.setVolume(self._volume)
                effect.setMuted(self._muted)
                self._effects[name] = effect
            if self._missing:
                self._audio_reason = translate(
                    "ui.cues", "Sound files are missing from {folder}: {names}."
                ).format(folder=self._sounds_dir, names=", ".join(self._missing))
            else:
                self._audio_reason = ""
        if self._audio_reason != before:
            self.availability_changed.emit()

    # -- speech ---------------------------------------------------------------------------

    @property
    def speech_enabled(self) -> bool:
        return self._speech_enabled

    @speech_enabled.setter
    def speech_enabled(self, value: bool) -> None:
        value = bool(value)
        if value == self._speech_enabled:
            return
        self._speech_enabled = value
        if value:
            self._start_speech()
        else:
            if self._voice is not None:
                self._voice.send({"stop": True})
            self._speech_reason = translate("ui.cues", SPEECH_OFF)
        self.availability_changed.emit()

    @property
    def speech_available(self) -> bool:
        return self._speech_enabled and not self._speech_reason

    @property
    def speech_unavailable_reason(self) -> str:
        """Why nothing will be spoken; empty when ``speech_available``."""
        return self._speech_reason

    @property
    def speech_engine(self) -> str | None:
        """Name of the text-to-speech engine in use, once it has started."""
        return self._tts_name or None

    @staticmethod
    def speech_engines() -> list[str]:
        """Engines Qt offers here ("speechd", "flite", "mock"...), or [] without the module."""
        try:
            tts = _load_qttexttospeech()
        except ImportError:
            return []
        return list(tts.QTextToSpeech.availableEngines())

    def voice_status(self) -> str:
        """One line for the Settings tab: which engine speaks, or why cues are beeps only."""
        if self.speech_available:
            return translate("ui.cues", "Voice: {engine}").format(engine=self.speech_engine)
        no_engine = translate("ui.cues", "No text-to-speech engine: cues are beeps only")
        if self._speech_enabled:
            if self._speech_reason == translate("ui.cues", _NO_ENGINE):
                return no_engine
            if self._speech_reason == translate("ui.cues", VOICE_STARTING):
                return self._speech_reason
            return translate("ui.cues", "{reason} Cues are beeps only.").format(
                reason=self._speech_reason
            )
        installed = self.speech_engines()
        preferred = self._speech_engine_name
        if preferred is not None:  # the one engine that would be used
            engines = [preferred] if preferred in installed else []
        else:
            engines = [e for e in installed if e != "mock"]
        if not engines:
            return no_engine
        return translate(
            "ui.cues", "Voice is off: cues are beeps only (installed: {engines})"
        ).format(engines=", ".join(engines))

    def speak(self, text: str) -> bool:
        """Say ``text`` if speech is enabled; return True if a started engine took it."""
        if not self._speech_enabled:
            return False
        audible = False
        if self._voice is not None and not self._speech_reason and not self._muted:
            self._voice.send({"say": text})
            audible = True
        self.spoke.emit(text)
        return audible

    def _start_speech(self) -> None:
        if self._voice is not None:  # started before: the engine it found, or its failure
            self._speech_reason = self._voice_reason
            return
        try:
            tts_mod = _load_qttexttospeech()
        except ImportError as exc:
            self._speech_reason = _no_speech_module(exc)
            return
        engines = list(tts_mod.QTextToSpeech.availableEngines())
        name = self._speech_engine_name
        if name is None:
            # Qt's default may be the "mock" test engine; prefer a real one when there is one,
            # and the next one when one fails to start (speechd without its daemon).
            candidates = [e for e in engines if e != "mock"]
            if not candidates:
                self._speech_reason = translate("ui.cues", _NO_ENGINE)
                return
        elif name not in engines:
            self._speech_reason = translate(
                "ui.cues", "Text-to-speech engine '{name}' is not installed (available: {engines})."
            ).format(name=name, engines=", ".join(engines) or translate("ui.cues", "none"))
            return
        else:
            candidates = [name]
        self._speech_reason = self._voice_reason = translate("ui.cues", VOICE_STARTING)
        self._voice = voice = _VoiceProcess(candidates, self._volume)
        voice.ready.connect(self._voice_ready)
        self.destroyed.connect(lambda *_: voice.shut_down())
        app = QCoreApplication.instance()
        if app is not None:
            app.aboutToQuit.connect(voice.shut_down)

    def _voice_ready(self, engine: str, problem: str) -> None:
        """The voice thread started an engine (``problem`` empty) or gave up, or the engine
        failed later."""
        problem = voice_problem_text(problem)
        self._tts_name = engine if not problem else ""
        self._voice_reason = problem
        if self._speech_enabled:
            self._speech_reason = problem
        self.availability_changed.emit()


def voice_command() -> list[str]:
    """The voice process's command line (a seam: tests point it at a stand-in)."""
    # by its path: the process imports nothing of ours, so it runs wherever Backline runs from
    return [sys.executable, str(Path(__file__).with_name("voice_process.py"))]


class _VoiceProcess(QObject):
    """The window's end of the voice process (ui/voice_process.py): lines out, reports in.

    Nothing here waits for the process: a stuck engine leaves the voice "starting" and the
    cues beeping; ``shut_down`` (at quit, or when the CuePlayer goes) asks it to end, then
    kills it."""

    ready = Signal(str, str)
    """(engine, problem): the engine that speaks ("" problem), or why none does."""

    def __init__(self, candidates: list[str], volume: float) -> None:
        super().__init__()
        self._buffer = b""
        self.process = QProcess(self)
        self.process.setProcessChannelMode(QProcess.ProcessChannelMode.ForwardedErrorChannel)
        self.process.readyReadStandardOutput.connect(self._read)
        self.process.errorOccurred.connect(self._failed)
        self.process.finished.connect(self._finished)
        self._stopping = False
        # a speech service that never answers (speech-dispatcher with no sound server) must
        # not leave the voice "starting" for good: after this long it is given up, and said so
        self._answered = False
        self._deadline = QTimer(self)
        self._deadline.setSingleShot(True)
        self._deadline.timeout.connect(self._gave_up)
        self._deadline.start(VOICE_START_LIMIT_MS)
        command = voice_command()
        self.process.start(command[0], command[1:])
        # buffered until it runs; the voice speaks the language the sentences are in
        self.send({"open": candidates, "volume": volume, "language": i18n.language()})

    def send(self, message: dict[str, Any]) -> None:
        if self.process.state() != QProcess.ProcessState.NotRunning:
            self.process.write((json.dumps(message) + "\n").encode())

    def shut_down(self) -> None:
        if self._stopping or self.process.state() == QProcess.ProcessState.NotRunning:
            return
        self._stopping = True
        self.send({"quit": True})
        self.process.closeWriteChannel()
        if not self.process.waitForFinished(SHUT_DOWN_WAIT_MS):
            log.warning("the text-to-speech engine did not stop; ending it")
            self.process.kill()
            self.process.waitForFinished(SHUT_DOWN_WAIT_MS)

    def _read(self) -> None:
        self._buffer += bytes(self.process.readAllStandardOutput().data())
        *lines, self._buffer = self._buffer.split(b"\n")
        for line in lines:
            try:
                report = json.loads(line)
                engine, problem = str(report["engine"]), str(report["problem"])
            except (ValueError, KeyError, TypeError):
                continue  # not a report of ours (an engine printing to stdout)
            self._answered = True
            self._deadline.stop()
            self.ready.emit(engine, problem)

    def _gave_up(self) -> None:
        if self._answered:
            return
        seconds = VOICE_START_LIMIT_MS // 1000
        self.ready.emit(
            "",
            translate("ui.cues", "The speech service did not answer within {seconds} s.").format(
                seconds=seconds
            ),
        )
        self.shut_down()

    def _failed(self, error: QProcess.ProcessError) -> None:
        if not self._stopping and error == QProcess.ProcessError.FailedToStart:
            self.ready.emit(
                "",
                translate("ui.cues", "The voice could not start ({error}).").format(
                    error=self.process.errorString()
                ),
            )

    def _finished(self, code: int, _status: QProcess.ExitStatus) -> None:
        if not self._stopping:
            self.ready.emit(
                "",
                translate("ui.cues", "The voice stopped (exit status {code}).").format(code=code),
            )
