"""The Settings tab: units, sound and get-ready persist and announce a settings change; sound
settings reach the cue player; its unavailable reason is shown."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QObject, Qt, Signal

from core.changes import Changes
from core.store.settings import load_settings, set_setting
from ui.settings_tab import SettingsTab


class FakeCuePlayer(QObject):
    """The attributes of ui.cues.CuePlayer the tab uses, recording what it was asked."""

    availability_changed = Signal()

    def __init__(self, available: bool = True, reason: str = "") -> None:
        super().__init__()
        self.volume = 0.8
        self.muted = False
        self.speech_enabled = False
        self.available = available
        self.unavailable_reason = reason
        self.speech_unavailable_reason = ""
        self.tests = 0

    def test_sound(self) -> bool:
        self.tests += 1
        return self.available


def _tab(qtbot, db, player=None) -> SettingsTab:  # type: ignore[no-untyped-def]
    tab = SettingsTab(cue_player=player)
    qtbot.addWidget(tab)
    tab.attach(db)
    tab.show()
    qtbot.waitExposed(tab)
    return tab


def _stored(db, key):  # type: ignore[no-untyped-def]
    with db.read_scope() as session:
        return getattr(load_settings(session=session), key)


def test_changing_units_persists_and_emits_changes(qtbot, db) -> None:  # type: ignore[no-untyped-def]
    """Choosing pounds and inches saves them and emits Changes(settings=True) each time."""
    tab = _tab(qtbot, db)
    assert tab.weight_unit.currentData() == "kg"
    with qtbot.waitSignal(tab.changed) as blocker:
        tab.weight_unit.setCurrentIndex(tab.weight_unit.findData("lb"))
    assert blocker.args == [Changes(settings=True)]
    assert _stored(db, "weight_unit") == "lb"
    with qtbot.waitSignal(tab.changed):
        tab.length_unit.setCurrentIndex(tab.length_unit.findData("in"))
    assert _stored(db, "length_unit") == "in"


def test_settings_load_back_without_writing(qtbot, db) -> None:  # type: ignore[no-untyped-def]
    """A new tab shows the stored values, and loading them emits no change."""
    first = _tab(qtbot, db)
    first.weight_unit.setCurrentIndex(first.weight_unit.findData("lb"))
    first.get_ready.setValue(25)
    first.mute.setChecked(True)
    emitted: list[object] = []
    second = SettingsTab()
    qtbot.addWidget(second)
    second.changed.connect(emitted.append)
    second.attach(db)
    second.show()
    assert second.weight_unit.currentData() == "lb"
    assert second.get_ready.value() == 25
    assert second.mute.isChecked()
    assert emitted == []


def test_sound_settings_reach_the_cue_player_and_persist(qtbot, db) -> None:  # type: ignore[no-untyped-def]
    """Volume, mute and speech are applied to the player at once and saved."""
    player = FakeCuePlayer()
    tab = _tab(qtbot, db, player)
    assert player.volume == 0.8  # applied from the defaults on refresh
    tab.volume.setValue(35)
    assert player.volume == 0.35 and _stored(db, "sound_volume") == 0.35
    assert tab.volume_label.text() == "35 %"
    tab.mute.setChecked(True)
    assert player.muted and _stored(db, "sound_muted") is True
    tab.speech.setChecked(True)
    assert player.speech_enabled and _stored(db, "speech_enabled") is True


def test_dragging_the_volume_saves_once_on_release(qtbot, db) -> None:  # type: ignore[no-untyped-def]
    """While the slider is held the player follows but nothing is written until release."""
    player = FakeCuePlayer()
    tab = _tab(qtbot, db, player)
    emitted: list[object] = []
    tab.changed.connect(emitted.append)
    tab.volume.setSliderDown(True)
    for value in (70, 60, 50):
        tab.volume.setValue(value)
    assert player.volume == 0.5 and emitted == [] and _stored(db, "sound_volume") == 0.8
    tab.volume.setSliderDown(False)  # emits sliderReleased
    assert _stored(db, "sound_volume") == 0.5 and len(emitted) == 1


def test_get_ready_seconds_bounded_and_saved(qtbot, db) -> None:  # type: ignore[no-untyped-def]
    """The get-ready time accepts 0-60 s only and is saved."""
    tab = _tab(qtbot, db)
    tab.get_ready.setValue(75)
    assert tab.get_ready.value() == 60
    tab.get_ready.setValue(0)
    assert _stored(db, "get_ready_seconds") == 0


def test_test_sound_calls_the_cue_player(qtbot, db) -> None:  # type: ignore[no-untyped-def]
    """The Test sound button asks the player to play its sample; no problem is shown."""
    player = FakeCuePlayer()
    tab = _tab(qtbot, db, player)
    qtbot.mouseClick(tab.test_button, Qt.MouseButton.LeftButton)
    assert player.tests == 1
    assert not tab.sound_status.isVisible()


def test_unavailable_sound_reason_is_visible(qtbot, db) -> None:  # type: ignore[no-untyped-def]
    """When sound cannot load, the player's reason is shown on the tab, and updated when the
    player reports a change."""
    player = FakeCuePlayer(available=False, reason="No audio output device was found.")
    tab = _tab(qtbot, db, player)
    assert tab.sound_status.isVisible()
    assert "No audio output device" in tab.sound_status.text()
    tab.test_button.click()
    assert player.tests == 1
    player.available, player.unavailable_reason = True, ""
    player.availability_changed.emit()
    assert not tab.sound_status.isVisible()


def test_without_a_cue_player_the_test_button_is_disabled(qtbot, db) -> None:  # type: ignore[no-untyped-def]
    """A tab built without sound says so and cannot be asked to play."""
    tab = _tab(qtbot, db)
    assert not tab.test_button.isEnabled()
    assert "not available" in tab.sound_status.text()


# Loading QtMultimedia's FFmpeg backend reports the optional libraries (pipewire, VA-API) it
# does not find on a headless machine; that is the environment, not this tab.
@pytest.mark.qt_log_ignore("Couldn't (load|resolve) .*")
def test_real_cue_player_takes_the_settings(qtbot, db) -> None:  # type: ignore[no-untyped-def]
    """With the real CuePlayer (silent or not on this machine) stored settings are applied,
    the test button works, and any unavailable reason is what the tab shows."""
    cues = pytest.importorskip("ui.cues")
    _settings_values = {"sound_volume": 0.3, "sound_muted": True}
    with db.session_scope() as session:
        for key, value in _settings_values.items():
            set_setting(key, value, session=session)
    player = cues.CuePlayer()
    tab = _tab(qtbot, db, player)
    assert (player.volume, player.muted) == (0.3, True)
    with qtbot.waitSignal(player.played):
        tab.test_button.click()
    if not player.available:
        assert player.unavailable_reason in tab.sound_status.text()


def test_cadence_and_first_side_are_saved(qtbot, db) -> None:  # type: ignore[no-untyped-def]
    """The rep metronome (0 = off, up to 30 s) and the first side are stored for the player."""
    tab = _tab(qtbot, db)
    assert tab.cadence.text() == "off"
    tab.cadence.setValue(3)
    assert _stored(db, "rep_cadence_seconds") == 3
    tab.cadence.setValue(99)
    assert tab.cadence.value() == 30
    tab.first_side.setCurrentIndex(tab.first_side.findData("right"))
    assert _stored(db, "first_side") == "right"


def tick(qtbot, check) -> None:  # type: ignore[no-untyped-def]
    """Click a check box on its square, where a person clicks (a wide cell's centre can be past
    its label, where a click does nothing)."""
    from PySide6.QtCore import QPoint

    qtbot.mouseClick(check, Qt.MouseButton.LeftButton, pos=QPoint(8, check.height() // 2))


def test_reminders_are_set_by_clicks_and_keys(qtbot, db) -> None:  # type: ignore[no-untyped-def]
    """All reminders start off with their time and days greyed; ticking the massage on, typing
    20:15 into its time and unticking Sunday stores exactly that; unticking every cardio day is
    refused on screen (the last day comes back, with a note); keep-in-tray is stored."""
    from datetime import time

    tab = _tab(qtbot, db)
    with qtbot.waitActive(tab):
        tab.activateWindow()
    box = tab.reminders
    assert not box.enabled["massage"].isChecked() and not box.times["massage"].isEnabled()
    tick(qtbot, box.enabled["massage"])
    assert box.times["massage"].isEnabled()
    edit = box.times["massage"]
    from PySide6.QtWidgets import QApplication

    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)  # from the ticked box
    assert QApplication.focusWidget() is edit
    qtbot.keyClicks(edit, "2015")  # Tab selected the hour: typed over it, then the minutes
    tick(qtbot, box.days["massage"][6])
    massage = next(r for r in _stored(db, "reminders") if r.key == "massage")
    assert (massage.enabled, massage.at, massage.weekdays) == (
        True,
        time(20, 15),
        frozenset(range(6)),
    )
    tick(qtbot, box.enabled["cardio"])
    ticked = [b for b in box.days["cardio"] if b.isChecked()]
    for day in ticked:
        tick(qtbot, day)
    assert box.days["cardio"][5].isChecked()  # Saturday, the last unticked, came back
    assert box.note.text() == "A reminder needs at least one day."
    cardio = next(r for r in _stored(db, "reminders") if r.key == "cardio")
    assert cardio.weekdays == frozenset({5})
    tick(qtbot, box.tray)
    assert _stored(db, "keep_in_tray") is True


def _focused():  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QApplication

    return QApplication.focusWidget()


def _key(qtbot, key: Qt.Key) -> None:  # type: ignore[no-untyped-def]
    widget = _focused()
    assert widget is not None, "nothing has focus"
    qtbot.keyClick(widget, key)


def test_voice_settings_are_greyed_until_speech_is_on_then_set_by_keys(qtbot, db) -> None:  # type: ignore[no-untyped-def]
    """Each voice setting has its own check box, greyed while speech is off; ticking "Speak
    cues" makes them usable, Tab reaches them after the first column, and Space unticks one,
    which is stored."""
    from core.store.settings import SPEECH_FLAGS

    tab = _tab(qtbot, db, FakeCuePlayer())
    with qtbot.waitActive(tab):
        tab.activateWindow()
    assert list(tab.speech_flags) == list(SPEECH_FLAGS)
    assert all(box.isChecked() and not box.isEnabled() for box in tab.speech_flags.values())
    tick(qtbot, tab.speech)
    assert _stored(db, "speech_enabled") is True
    assert all(box.isEnabled() for box in tab.speech_flags.values())
    visited = []
    for _ in range(5):
        _key(qtbot, Qt.Key.Key_Tab)
        visited.append(_focused())
    assert visited == [tab.test_button, tab.get_ready, tab.cadence, tab.first_side] + [
        tab.speech_flags["speak_exercise"]
    ]
    _key(qtbot, Qt.Key.Key_Space)
    assert _stored(db, "speak_exercise") is False
    _key(qtbot, Qt.Key.Key_Tab)
    assert _focused() is tab.speech_flags["speak_sets"]
    _key(qtbot, Qt.Key.Key_Space)
    assert _stored(db, "speak_sets") is False and _stored(db, "speak_rest") is True
    tick(qtbot, tab.speech)
    assert not any(box.isEnabled() for box in tab.speech_flags.values())


def test_screen_and_notification_settings_are_stored_and_load_back(qtbot, db) -> None:  # type: ignore[no-untyped-def]
    """ "Keep the screen on" and "Notify me when a rest ends" start on; unticking them stores
    it, and a new tab shows them unticked."""
    tab = _tab(qtbot, db)
    keep, notify = tab.screen_flags["keep_screen_on"], tab.screen_flags["notify_when_away"]
    assert keep.text() == "Keep the screen on during a workout"
    assert notify.text() == "Notify me when a rest ends and Backline is not in front"
    assert keep.isChecked() and notify.isChecked()
    tick(qtbot, keep)
    tick(qtbot, notify)
    assert _stored(db, "keep_screen_on") is False and _stored(db, "notify_when_away") is False
    again = _tab(qtbot, db)
    assert not again.screen_flags["keep_screen_on"].isChecked()
    assert not again.screen_flags["notify_when_away"].isChecked()


@pytest.mark.qt_log_ignore("Couldn't (load|resolve) .*")
def test_the_voice_line_names_the_engine_live(qtbot, db) -> None:  # type: ignore[no-untyped-def]
    """With Qt's mock engine the tab says speech is off and which engine is installed; ticking
    "Speak cues" changes the line at once to the engine that speaks."""
    cues = pytest.importorskip("ui.cues")
    if "mock" not in cues.CuePlayer.speech_engines():
        pytest.skip("Qt's 'mock' text-to-speech engine is not installed")
    tab = _tab(qtbot, db, cues.CuePlayer(speech_engine="mock"))
    assert tab.voice_status.text() == "Voice is off: cues are beeps only (installed: mock)"
    tick(qtbot, tab.speech)
    # the engine starts on the voice thread; the line follows when it has
    qtbot.waitUntil(lambda: tab.voice_status.text() == "Voice: mock", timeout=5000)
    assert tab.speech.accessibleDescription() == "Voice: mock"  # a screen reader hears it too
    tick(qtbot, tab.speech)
    assert tab.voice_status.text().startswith("Voice is off")


@pytest.mark.qt_log_ignore("Couldn't (load|resolve) .*")
def test_without_an_engine_the_tab_says_cues_are_beeps(qtbot, db, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """When QtTextToSpeech cannot load the tab says there is no engine; asking for speech
    anyway shows why, and the beeps still play from the Test button."""
    cues = pytest.importorskip("ui.cues")

    def no_tts():  # type: ignore[no-untyped-def]
        raise ImportError("libspeechd.so.2: cannot open shared object file")

    monkeypatch.setattr(cues, "_load_qttexttospeech", no_tts)
    player = cues.CuePlayer()
    tab = _tab(qtbot, db, player)
    assert tab.voice_status.text() == "No text-to-speech engine: cues are beeps only"
    tick(qtbot, tab.speech)
    assert "QtTextToSpeech could not be loaded" in tab.voice_status.text()
    assert tab.voice_status.text().endswith("Cues are beeps only.")
    with qtbot.waitSignal(player.played):
        qtbot.mouseClick(tab.test_button, Qt.MouseButton.LeftButton)


def test_the_stored_theme_is_shown_without_a_write(qtbot, db) -> None:  # type: ignore[no-untyped-def]
    """The Appearance box in the Settings tab shows the stored theme, and loading it writes
    nothing (choosing one is tested with the box itself, in test_theme.py)."""
    with db.session_scope() as session:
        set_setting("theme", "dark", session=session)
    tab = SettingsTab()
    qtbot.addWidget(tab)
    emitted: list[object] = []
    tab.changed.connect(emitted.append)
    tab.attach(db)
    tab.show()
    assert tab.appearance.current() == "dark"
    assert emitted == [] and _stored(db, "theme") == "dark"
