"""VoiceCoach with the real CuePlayer and Qt's ``mock`` text-to-speech engine: the sentence
spoken at each step of a real routine, each speech setting switching its sentences off, the
end-of-rest sound, and beeps alone when no engine exists."""

from __future__ import annotations

import types
from dataclasses import replace
from datetime import UTC, datetime
from typing import Any

import pytest

from core.clock import FakeClock
from core.store.db import Database
from core.store.settings import SPEECH_FLAGS, Settings
from core.workout.plan import list_startable_routines, routine_plan
from core.workout.player import Player
from core.workout.steps import Cue, PlanItem, build_steps
from tests.core.workout.workout_items import bridge, superman, walk
from ui import cues
from ui.cues import CuePlayer
from ui.workout.coach import REST_OVER, VoiceCoach

pytestmark = [
    pytest.mark.skipif(
        "mock" not in CuePlayer.speech_engines(),
        reason="Qt's 'mock' text-to-speech engine is not installed",
    ),
    # QtMultimedia's FFmpeg backend names the optional libraries it does not find here
    pytest.mark.qt_log_ignore("Couldn't (load|resolve) .*"),
]


class Heard:
    """What a CuePlayer was asked to sound and to say, in order, from its own signals."""

    def __init__(self, player: CuePlayer) -> None:
        self.sounds: list[str] = []
        self.said: list[str] = []
        player.played.connect(self.sounds.append)
        player.spoke.connect(self.said.append)


def _voice(qtbot) -> CuePlayer:  # type: ignore[no-untyped-def]
    player = CuePlayer(speech_engine="mock")
    player.speech_enabled = True
    # the engine starts on the voice thread: the line says so until it has
    qtbot.waitUntil(lambda: player.voice_status() != cues.VOICE_STARTING, timeout=5000)
    assert player.speech_available, player.speech_unavailable_reason
    return player


def _run(items: list[PlanItem] | tuple[PlanItem, ...], coach_for) -> Player:  # type: ignore[no-untyped-def]
    """Play a whole workout on a fake clock as the Workout tab does: every due cue goes to
    the coach; untimed sets are confirmed; time jumps to the next event."""
    clock = FakeClock(datetime(2025, 3, 1, 7, 30, tzinfo=UTC), start_monotonic=100.0)
    player = Player(build_steps(items), clock)
    coach: VoiceCoach = coach_for(lambda: player.steps)
    due = player.start()
    while True:
        for cue in due:
            if not cue.catch_up:
                coach.handle(cue)
        if player.finished:
            return player
        if player.step.seconds is None:
            due = player.confirm()
        else:
            wait = player.time_to_next_event()
            assert wait is not None
            clock.advance(max(wait, 0.001))
            due = player.poll()


def _home_complex(db: Database) -> tuple[PlanItem, ...]:
    with db.read_scope() as session:
        (choice,) = [
            r
            for r in list_startable_routines(session=session)
            if r.name == "Daily home back complex"
        ]
        return routine_plan(choice.id, session=session).items


def test_a_real_routine_is_coached_step_by_step(qtbot, seeded_db: Database) -> None:  # type: ignore[no-untyped-def]
    """The daily home back complex, played through: one sentence at each start (the exercise
    and side, the hold, the release, the rest and what is next), "three, two, one" in the last
    seconds of each timed step and never a count every second, the end; the end-of-rest chime
    after each rest and side switch, the usual work sound after get-ready and a release."""
    player = _voice(qtbot)
    heard = Heard(player)
    _run(_home_complex(seeded_db), lambda steps: VoiceCoach(lambda: player, steps=steps))
    starts = [t for t in heard.said if t not in ("three", "two", "one")]
    assert starts[:9] == [
        "Get ready. First: Bird-dog",
        "Bird-dog, left side, 8 to 10 reps",
        "Switch sides: right",
        "Bird-dog, right side, 8 to 10 reps",
        "Rest, 20 seconds. Next: Seated reverse table hip lift",
        "Seated reverse table hip lift, hold 2 seconds",
        "Release",
        "Rep 2 of 8, hold",
        "Release",
    ]
    assert "Cat-cow with holds, rounded, hold 10 seconds" in starts
    assert starts[-3:] == ["Rep 8 of 8, rounded, hold", "Arched, hold", "Workout complete"]
    # the 20 s rest before the row: its sentence, then exactly the last three seconds
    rest = heard.said.index("Rest, 20 seconds. Next: Seated bent-over rear row")
    assert heard.said[rest + 1 : rest + 5] == [
        "three",
        "two",
        "one",
        "Seated bent-over rear row, 8 to 10 reps",
    ]
    assert heard.sounds[:5] == ["get_ready", "countdown", "countdown", "countdown", "work_start"]
    assert heard.sounds.count(REST_OVER) == 5  # after the switch and the four rests
    after_rest = heard.sounds.index("rest_start")
    assert heard.sounds[after_rest + 1 : after_rest + 5] == [
        "countdown",
        "countdown",
        "countdown",
        REST_OVER,
    ]
    assert player.speech_engine == "mock" and player.speak("Sound check.") is True


# Each setting, and words only it says in this workout (every other one must stay).
MARKERS = {
    "speak_exercise": "glute bridge, left side",
    "speak_sets": "set 2 of 2",
    "speak_hold_release": "release",
    "speak_rest": "rest, 30 seconds",
    "speak_next": "next: superman",
    "speak_halfway": "halfway",
    "speak_countdown": "three",
    "speak_finish": "workout complete",
}
ALL_KINDS = (
    bridge(sets=2, per_side=True, rest_seconds=30, rest_after_seconds=30),
    superman(sets=1, reps_min=2, hold_seconds=20, rest_after_seconds=0),
    walk(duration_minutes=1),
)


def _said_with(qtbot, settings: Settings) -> str:  # type: ignore[no-untyped-def]
    player = _voice(qtbot)
    heard = Heard(player)

    def coach(steps):  # type: ignore[no-untyped-def]
        made = VoiceCoach(lambda: player, steps=steps)
        made.configure(settings)
        return made

    _run(ALL_KINDS, coach)
    return "\n".join(heard.said).lower()  # "set 2 of 2" opens a sentence without the name


def test_with_every_setting_on_every_part_is_said(qtbot) -> None:  # type: ignore[no-untyped-def]
    """The default settings say all eight parts."""
    text = _said_with(qtbot, Settings())
    assert [m for m in MARKERS.values() if m not in text] == []


@pytest.mark.parametrize("flag", SPEECH_FLAGS)
def test_each_setting_switches_its_sentences_off(qtbot, flag: str) -> None:  # type: ignore[no-untyped-def]
    """With one setting off its words are never said, and everything else still is."""
    off: dict[str, Any] = {flag: False}
    text = _said_with(qtbot, replace(Settings(), **off))
    assert MARKERS[flag] not in text
    assert [m for k, m in MARKERS.items() if k != flag and m not in text] == []


def test_rest_over_only_when_a_pause_the_coach_announced_ends(qtbot) -> None:  # type: ignore[no-untyped-def]
    """The chime is for work right after a rest or switch; work gone back to, or resumed
    with no pause before it (after a crash), plays the usual work sound."""
    player = _voice(qtbot)
    heard = Heard(player)
    coach = VoiceCoach(lambda: player)
    coach.handle(Cue(kind="work_start", step_index=3, at=0.0))  # resumed: nothing before
    coach.handle(Cue(kind="rest_start", step_index=4, at=1.0))
    coach.handle(Cue(kind="work_start", step_index=3, at=2.0))  # "back" from the rest
    coach.handle(Cue(kind="rest_start", step_index=4, at=3.0))
    coach.handle(Cue(kind="work_start", step_index=5, at=4.0))  # the rest ran out
    assert heard.sounds == ["work_start", "rest_start", "work_start", "rest_start", REST_OVER]


def _no_tts():  # type: ignore[no-untyped-def]
    raise ImportError("QtTextToSpeech: libspeechd.so.2: cannot open shared object file")


def test_without_a_speech_engine_the_beeps_remain(qtbot, monkeypatch, seeded_db) -> None:  # type: ignore[no-untyped-def]
    """When QtTextToSpeech cannot load, every cue still sounds (chime included), nothing is
    handed to an engine, and the player says the cues are beeps only."""
    monkeypatch.setattr(cues, "_load_qttexttospeech", _no_tts)
    player = CuePlayer(speech_engine="mock")
    player.speech_enabled = True
    heard = Heard(player)
    engine_took: list[bool] = []
    speak = player.speak
    monkeypatch.setattr(player, "speak", lambda text: engine_took.append(speak(text)))
    _run(_home_complex(seeded_db), lambda steps: VoiceCoach(lambda: player, steps=steps))
    assert heard.sounds[0] == "get_ready" and heard.sounds[-1] == "workout_finished"
    assert REST_OVER in heard.sounds and "release" in heard.sounds
    assert engine_took and not any(engine_took)
    assert player.voice_status().endswith("Cues are beeps only.")
    assert "QtTextToSpeech could not be loaded" in player.voice_status()


def test_only_the_test_engine_means_no_voice(qtbot, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """A system whose only engine is Qt's test engine has no voice, and says so."""
    real = cues._load_qttexttospeech()
    only_mock = types.SimpleNamespace(
        QTextToSpeech=types.SimpleNamespace(availableEngines=lambda: ["mock"])
    )
    monkeypatch.setattr(cues, "_load_qttexttospeech", lambda: only_mock)
    player = CuePlayer()
    assert player.voice_status() == "No text-to-speech engine: cues are beeps only"
    player.speech_enabled = True
    assert player.voice_status() == "No text-to-speech engine: cues are beeps only"
    monkeypatch.setattr(cues, "_load_qttexttospeech", lambda: real)
    voiced = CuePlayer(speech_engine="mock")
    voiced.speech_enabled = True
    qtbot.waitUntil(lambda: voiced.voice_status() != cues.VOICE_STARTING, timeout=5000)
    assert voiced.voice_status() == "Voice: mock"
