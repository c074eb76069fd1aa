"""CuePlayer: sounds are preloaded, cues are announced whether audible or not, speech is optional.

No test listens to the speakers: they follow the ``played``/``spoke`` signals. Most machines that
run the suite have no audio device, so the "works silently" path is the one always exercised.
"""

from __future__ import annotations

import enum
import importlib.util
import struct
import sys
import types
import typing
import wave
from pathlib import Path

import pytest
from PySide6.QtCore import QObject, QProcess, Signal

from ui import cues
from ui.cues import CUE_KINDS, CUE_SOUNDS, SOUND_NAMES, SOUNDS_DIR, CuePlayer
from ui.voice_process import VoiceEngine

ROOT = Path(__file__).resolve().parents[2]


def _has_audio_output() -> bool:
    try:
        from PySide6.QtMultimedia import QMediaDevices
    except ImportError:
        return False
    return bool(QMediaDevices.audioOutputs())


def _no_module(name: str):  # type: ignore[no-untyped-def]
    def fail() -> typing.NoReturn:
        raise ImportError(f"{name}: libpulse.so.0: cannot open shared object file")

    return fail


@pytest.fixture
def player(qtbot):  # type: ignore[no-untyped-def]
    p = CuePlayer()
    yield p
    p.deleteLater()


# -- the sound files ------------------------------------------------------------------------


def test_sounds_live_in_top_level_resources() -> None:
    """The sound folder is found relative to the package: <repo>/resources/sounds."""
    assert SOUNDS_DIR == ROOT / "resources" / "sounds"
    assert SOUNDS_DIR.is_dir()


@pytest.mark.parametrize("name", SOUND_NAMES)
def test_sound_file_format(name: str) -> None:
    """Each cue WAV is 44.1 kHz 16-bit mono, under 0.6 s, and starts and ends silent (no click)."""
    with wave.open(str(SOUNDS_DIR / f"{name}.wav")) as w:
        assert (w.getframerate(), w.getsampwidth(), w.getnchannels()) == (44_100, 2, 1)
        frames = w.getnframes()
        samples = struct.unpack(f"<{frames}h", w.readframes(frames))
    assert 0 < frames / 44_100 < 0.6
    assert abs(samples[0]) < 50 and abs(samples[-1]) < 50
    assert max(abs(s) for s in samples) < 32_000  # headroom, never clipped


def test_committed_sounds_match_the_generator(monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """tools/make_sounds.py is deterministic and the committed WAVs are exactly its output."""
    spec = importlib.util.spec_from_file_location("make_sounds", ROOT / "tools" / "make_sounds.py")
    assert spec is not None and spec.loader is not None
    make_sounds = importlib.util.module_from_spec(spec)
    monkeypatch.setitem(sys.modules, "make_sounds", make_sounds)  # dataclasses look it up
    spec.loader.exec_module(make_sounds)
    built = make_sounds.build_all()
    assert set(built) == set(SOUND_NAMES)
    assert built == make_sounds.build_all()
    for name, data in built.items():
        assert (SOUNDS_DIR / f"{name}.wav").read_bytes() == data, name


def test_every_player_cue_kind_has_an_entry() -> None:
    """Every cue kind core.workout.player can emit is accepted by play() (sounded or deliberately silent)."""
    from core.workout.steps import CueKind

    assert set(typing.get_args(CueKind)) <= set(CUE_KINDS)
    assert all(s is None or s in SOUND_NAMES for s in CUE_SOUNDS.values())


# -- playing ----------------------------------------------------------------------------------


def test_works_silently_without_qtmultimedia(qtbot, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """If QtMultimedia cannot be imported, the player still builds, explains why, emits played."""
    monkeypatch.setattr(cues, "_load_qtmultimedia", _no_module("QtMultimedia"))
    p = CuePlayer()
    assert p.available is False
    assert "QtMultimedia" in p.unavailable_reason
    assert p.preloaded_kinds() == []
    with qtbot.waitSignal(p.played, timeout=1000) as blocker:
        assert p.play("countdown") is False
    assert blocker.args == ["countdown"]


def test_missing_sound_files_are_reported(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """With an empty sounds folder the player is unavailable with a reason, and still emits."""
    p = CuePlayer(sounds_dir=tmp_path)
    assert p.available is False
    assert p.unavailable_reason
    if _has_audio_output():
        assert "missing" in p.unavailable_reason and "countdown" in p.unavailable_reason
    with qtbot.waitSignal(p.played, timeout=1000) as blocker:
        p.play("halfway")
    assert blocker.args == ["halfway"]


@pytest.mark.skipif(not _has_audio_output(), reason="no audio output device on this machine")
def test_preloads_every_sound_at_construction(player: CuePlayer) -> None:
    """With a device, every sound is loaded when the player is built, before any cue."""
    assert player.available, player.unavailable_reason
    assert player.preloaded_kinds() == sorted(SOUND_NAMES)


def test_played_follows_the_cues_in_order(qtbot, player: CuePlayer) -> None:  # type: ignore[no-untyped-def]
    """played() reports each cue asked for, in order, including a silent kind (set_done)."""
    seen: list[str] = []
    player.played.connect(seen.append)
    for kind in ("countdown", "countdown", "countdown", "work_start", "set_done", "rest_start"):
        player.play(kind)
    assert seen == ["countdown", "countdown", "countdown", "work_start", "set_done", "rest_start"]


def test_unknown_kind_is_ignored(qtbot, player: CuePlayer) -> None:  # type: ignore[no-untyped-def]
    """An unknown cue kind is dropped quietly: no exception, no played signal."""
    with qtbot.assertNotEmitted(player.played):
        assert player.play("no_such_cue") is False


def test_volume_is_clamped_and_mute_silences(qtbot, player: CuePlayer) -> None:  # type: ignore[no-untyped-def]
    """Volume stays within 0..1; muted cues are not sent to audio but are still announced."""
    player.volume = 1.7
    assert player.volume == 1.0
    player.volume = -0.2
    assert player.volume == 0.0
    player.volume = 0.5
    assert player.volume == 0.5

    player.muted = True
    assert player.muted is True
    with qtbot.waitSignal(player.played, timeout=1000) as blocker:
        assert player.play("tick") is False
    assert blocker.args == ["tick"]
    player.muted = False
    assert player.play("tick") is player.available


def test_test_sound_plays_a_sample(qtbot, player: CuePlayer) -> None:  # type: ignore[no-untyped-def]
    """The settings "Test" button plays a cue and reports whether it could be heard."""
    with qtbot.waitSignal(player.played, timeout=1000) as blocker:
        result = player.test_sound()
    assert blocker.args == [cues.TEST_CUE]
    assert result is player.available


# -- speech -----------------------------------------------------------------------------------


def test_speech_is_off_by_default(qtbot, player: CuePlayer) -> None:  # type: ignore[no-untyped-def]
    """Nothing is spoken until speech is enabled."""
    assert player.speech_enabled is False
    assert player.speech_available is False
    with qtbot.assertNotEmitted(player.spoke):
        assert player.speak("three") is False


@pytest.mark.skipif(
    "mock" not in CuePlayer.speech_engines(),
    reason="Qt's 'mock' text-to-speech engine is not installed",
)
def test_speech_with_mock_engine(qtbot) -> None:  # type: ignore[no-untyped-def]
    """With the mock engine, enabling speech works and speak() hands the text to the engine."""
    p = CuePlayer(speech_engine="mock")
    p.speech_enabled = True
    qtbot.waitUntil(lambda: p.voice_status() != cues.VOICE_STARTING, timeout=5000)
    assert p.speech_available, p.speech_unavailable_reason
    assert p.speech_engine == "mock"
    with qtbot.waitSignal(p.spoke, timeout=1000) as blocker:
        assert p.speak("Rest, thirty seconds") is True
    assert blocker.args == ["Rest, thirty seconds"]

    seen: list[str] = []
    p.played.connect(seen.append)
    with qtbot.waitSignal(p.spoke, timeout=1000) as blocker:
        p.test_sound()
    assert blocker.args == [cues.TEST_SENTENCE]
    assert seen == [cues.TEST_CUE]

    p.speech_enabled = False
    assert p.speech_available is False
    p.deleteLater()


@pytest.mark.skipif(
    not CuePlayer.speech_engines(),
    reason="QtTextToSpeech offers no engine here (without libpulse0 it cannot even load)",
)
def test_unknown_speech_engine_is_explained(qtbot) -> None:  # type: ignore[no-untyped-def]
    """Asking for an engine that is not installed leaves speech unavailable with a reason."""
    p = CuePlayer(speech_engine="no-such-engine")
    p.speech_enabled = True
    assert p.speech_available is False
    assert "no-such-engine" in p.speech_unavailable_reason
    with qtbot.waitSignal(p.spoke, timeout=1000):
        assert p.speak("go") is False


def test_speech_without_qttexttospeech(qtbot, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """If QtTextToSpeech cannot be imported, enabling speech explains why and nothing breaks."""
    monkeypatch.setattr(cues, "_load_qttexttospeech", _no_module("QtTextToSpeech"))
    assert CuePlayer.speech_engines() == []
    p = CuePlayer(speech_engine="mock")
    p.speech_enabled = True
    assert p.speech_available is False
    assert "QtTextToSpeech" in p.speech_unavailable_reason
    assert p.speak("go") is False


def test_availability_changed_when_speech_is_toggled(qtbot) -> None:  # type: ignore[no-untyped-def]
    """Turning speech on or off tells listeners (the settings tab refreshes its note)."""
    p = CuePlayer(speech_engine="no-such-engine")
    with qtbot.waitSignal(p.availability_changed, timeout=1000):
        p.speech_enabled = True
    with qtbot.waitSignal(p.availability_changed, timeout=1000):
        p.speech_enabled = False
    assert p.speech_unavailable_reason == "speech is off"


def _share_above(name: str, hertz: float) -> float:
    """The share of a sound's energy above ``hertz``."""
    import numpy as np

    with wave.open(str(SOUNDS_DIR / f"{name}.wav")) as w:
        samples = np.frombuffer(w.readframes(w.getnframes()), dtype="<i2").astype(float)
    power = np.abs(np.fft.rfft(samples)) ** 2
    freqs = np.fft.rfftfreq(len(samples), 1 / 44_100)
    return float(power[freqs > hertz].sum() / power.sum())


def test_the_end_of_rest_chime_is_bright_and_unlike_the_others() -> None:
    """rest_over, the sound of a rest ending, sits at 2-3 kHz (where hearing is keenest and
    music thin): most of its energy is above 1.8 kHz, while every other cue but the quiet
    metronome tick sits mostly below it."""
    assert "rest_over" in SOUND_NAMES and CUE_SOUNDS["rest_over"] == "rest_over"
    assert _share_above("rest_over", 1_800) > 0.9
    for name in SOUND_NAMES:
        if name not in ("rest_over", "tick"):
            assert _share_above(name, 1_800) < 0.2, name


@pytest.mark.skipif(
    "mock" not in CuePlayer.speech_engines(),
    reason="Qt's 'mock' text-to-speech engine is not installed",
)
def test_voice_status_names_the_engine_or_the_reason(qtbot, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """The line the Settings tab shows: the engine that speaks, that speech is off (and which
    engines are installed), or why there is no voice and cues are beeps only."""
    p = CuePlayer(speech_engine="mock")
    assert p.voice_status() == "Voice is off: cues are beeps only (installed: mock)"
    p.speech_enabled = True
    qtbot.waitUntil(lambda: p.voice_status() != cues.VOICE_STARTING, timeout=5000)
    assert p.voice_status() == "Voice: mock"
    missing = CuePlayer(speech_engine="no-such-engine")
    missing.speech_enabled = True
    assert "'no-such-engine' is not installed" in missing.voice_status()
    assert missing.voice_status().endswith("Cues are beeps only.")
    monkeypatch.setattr(cues, "_load_qttexttospeech", _no_module("QtTextToSpeech"))
    assert CuePlayer().voice_status() == "No text-to-speech engine: cues are beeps only"


class _FakeTts:
    """A stand-in QTextToSpeech whose "broken" engine fails to start (speechd without its
    daemon) and whose "flite" engine works."""

    class State(enum.Enum):
        Ready = 0
        Error = 3

    made: typing.ClassVar[list[str]] = []

    def __init__(self, name: str, parent: object = None) -> None:
        self.name = name
        self.said: list[str] = []
        self.errorOccurred = types.SimpleNamespace(connect=lambda slot: None)
        _FakeTts.made.append(name)

    @staticmethod
    def availableEngines() -> list[str]:
        return ["broken", "mock", "flite"]

    def state(self) -> _FakeTts.State:
        return self.State.Error if self.name == "broken" else self.State.Ready

    def errorString(self) -> str:
        return "Text to speech engine not initialized."

    def setVolume(self, volume: float) -> None:
        pass

    def deleteLater(self) -> None:
        pass

    def say(self, text: str) -> None:
        self.said.append(text)


def test_a_failing_engine_gives_way_to_the_next() -> None:
    """The voice process's engine side: of the engines it is given, one that fails to start
    is passed over for the next; when none starts, the failure is named."""
    fake = types.SimpleNamespace(QTextToSpeech=_FakeTts)
    reports: list[tuple[str, str]] = []
    _FakeTts.made.clear()
    engine = VoiceEngine(fake, lambda name, problem: reports.append((name, problem)))
    assert engine.handle({"open": ["broken", "flite"], "volume": 0.5})
    assert _FakeTts.made == ["broken", "flite"] and reports == [("flite", "")]
    engine.handle({"say": "Halfway"})
    assert engine._tts.said == ["Halfway"]
    assert engine.handle({"quit": True}) is False
    only = VoiceEngine(fake, lambda name, problem: reports.append((name, problem)))
    only.open(["broken"], 0.8)
    assert reports[-1] == (
        "broken",
        "Text-to-speech engine 'broken' failed: Text to speech engine not initialized.",
    )


class _VoiceRecorder(QObject):
    """Stands in for the voice process: records what it is sent; ``answer`` reports."""

    ready = Signal(str, str)
    made: typing.ClassVar[list[_VoiceRecorder]] = []

    def __init__(self, candidates: list[str], volume: float) -> None:
        super().__init__()
        self.candidates = candidates
        self.sent: list[dict] = []
        _VoiceRecorder.made.append(self)

    def send(self, message: dict) -> None:
        self.sent.append(message)

    def shut_down(self) -> None:
        pass


def test_the_window_offers_real_engines_first_and_speaks_once_one_answers(
    qtbot, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    """With no engine asked for, the voice is offered the real engines (never Qt's test
    engine), in order; until it answers, nothing is sent to be said and the line says it is
    starting; once it answers, sentences go to it and the line names the engine; a failure
    reported later turns the cues back to beeps, with the reason."""
    monkeypatch.setattr(
        cues, "_load_qttexttospeech", lambda: types.SimpleNamespace(QTextToSpeech=_FakeTts)
    )
    monkeypatch.setattr(cues, "_VoiceProcess", _VoiceRecorder)
    _VoiceRecorder.made.clear()
    p = CuePlayer()
    p.speech_enabled = True
    (voice,) = _VoiceRecorder.made
    assert voice.candidates == ["broken", "flite"]
    assert p.voice_status() == cues.VOICE_STARTING
    assert p.speak("Halfway") is False and voice.sent == []
    voice.ready.emit("flite", "")
    assert p.voice_status() == "Voice: flite"
    assert p.speak("Halfway") is True and voice.sent == [{"say": "Halfway"}]
    voice.ready.emit("flite", "Text-to-speech engine 'flite' failed: gone.")
    assert p.voice_status() == "Text-to-speech engine 'flite' failed: gone. Cues are beeps only."
    assert p.speak("Halfway") is False


def test_an_engine_that_hangs_never_holds_up_the_window(qtbot, monkeypatch, tmp_path) -> None:  # type: ignore[no-untyped-def]
    """The engine runs in the voice process: one that never answers leaves speech "starting",
    turning it on returns at once, cues still sound, nothing waits for it, and the process is
    ended when the player goes."""
    started = tmp_path / "started"
    stuck = [
        sys.executable,
        "-c",
        f"open({str(started)!r}, 'w').close(); import time; time.sleep(120)",
    ]
    monkeypatch.setattr(cues, "voice_command", lambda: stuck)
    p = CuePlayer(speech_engine="mock")
    p.speech_enabled = True  # returns although the voice never answers
    qtbot.waitUntil(started.exists, timeout=10000)
    assert p.voice_status() == cues.VOICE_STARTING
    with qtbot.waitSignal(p.played, timeout=1000):
        p.play("rest_over")
    assert p.speak("Rest over") is False
    process = p._voice.process
    p._voice._deadline.timeout.emit()  # the time the voice is given to start has run out
    assert p.voice_status() == (
        f"The speech service did not answer within {cues.VOICE_START_LIMIT_MS // 1000} s. "
        "Cues are beeps only."
    )
    assert process.state() == QProcess.ProcessState.NotRunning


def _gone(pid: int) -> bool:
    try:
        status = Path(f"/proc/{pid}/status").read_text()
    except FileNotFoundError:
        return True
    return "\nState:\tZ" in status  # a zombie: dead, waiting to be reaped


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="PR_SET_PDEATHSIG is Linux's")
def test_the_voice_process_ends_when_the_window_is_killed(qtbot, tmp_path) -> None:  # type: ignore[no-untyped-def]
    """A voice process whose engine hangs never reads its stdin again; when the window's
    process is killed, the kernel ends it too (it never outlives a crash)."""
    import signal
    import subprocess

    root = Path(__file__).resolve().parents[2]
    child = (
        f"import sys; sys.path.insert(0, {str(root)!r}); import ui.voice_process as v; "
        f"v._end_with_the_window(); open({str(tmp_path / 'asked')!r}, 'w').close(); "
        "import time; time.sleep(120)"
    )
    window = subprocess.Popen(
        [
            sys.executable,
            "-c",
            "import subprocess, sys, time; "
            f"p = subprocess.Popen([sys.executable, '-c', {child!r}]); "
            "print(p.pid, flush=True); time.sleep(120)",
        ],
        stdout=subprocess.PIPE,
        text=True,
    )
    assert window.stdout is not None
    voice_pid = int(window.stdout.readline())
    qtbot.waitUntil((tmp_path / "asked").exists, timeout=10000)  # it has asked the kernel
    window.send_signal(signal.SIGKILL)
    window.wait()
    qtbot.waitUntil(lambda: _gone(voice_pid), timeout=10000)
