"""The Settings tab: units, the theme, the language, sound (volume, mute, speech, a test button), what the
voice says, the screen and notifications during a workout, the player's times, and reminders.

Every change is saved at once (one short transaction) and announced as Changes(settings=True).
Sound settings are applied to the window's CuePlayer (ui/cues.py) when one is given; when sound
cannot play, the player's reason is shown on the tab rather than failing silently, and a line
says which text-to-speech engine speaks (or that cues are beeps only), updated live.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSlider,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from core.changes import Changes
from core.i18n import QT_TRANSLATE_NOOP, translate
from core.store.settings import SPEECH_FLAGS, Settings, load_settings, set_setting
from ui import theme
from ui.appearance_settings import AppearanceBox, LanguageBox
from ui.base_tab import BaseTab
from ui.reminder_settings import RemindersBox
from ui.store_settings import SharedStoreBox

GET_READY_RANGE = (0, 60)
CADENCE_RANGE = (0, 30)
# The choices' labels are English, marked for the catalogue; the tab shows
# translate("ui.settings_tab", label).
SIDES = (
    ("left", QT_TRANSLATE_NOOP("ui.settings_tab", "Left side first")),
    ("right", QT_TRANSLATE_NOOP("ui.settings_tab", "Right side first")),
)
UNITS_WEIGHT = (
    ("kg", QT_TRANSLATE_NOOP("ui.settings_tab", "Kilograms (kg)")),
    ("lb", QT_TRANSLATE_NOOP("ui.settings_tab", "Pounds (lb)")),
)
UNITS_LENGTH = (
    ("cm", QT_TRANSLATE_NOOP("ui.settings_tab", "Centimetres (cm)")),
    ("in", QT_TRANSLATE_NOOP("ui.settings_tab", "Inches (in)")),
)
SPEECH_LABELS: dict[str, str] = {
    "speak_exercise": QT_TRANSLATE_NOOP("ui.settings_tab", "The exercise and side at each start"),
    "speak_sets": QT_TRANSLATE_NOOP("ui.settings_tab", "The set and round (“set 2 of 3”)"),
    "speak_hold_release": QT_TRANSLATE_NOOP("ui.settings_tab", "“Hold” and “release”"),
    "speak_rest": QT_TRANSLATE_NOOP(
        "ui.settings_tab", "The rest and its length (“rest, 60 seconds”)"
    ),
    "speak_next": QT_TRANSLATE_NOOP("ui.settings_tab", "What comes next (“next: glute bridge”)"),
    "speak_halfway": QT_TRANSLATE_NOOP("ui.settings_tab", "Halfway"),
    "speak_countdown": QT_TRANSLATE_NOOP(
        "ui.settings_tab", "The last three seconds (“three, two, one”)"
    ),
    "speak_finish": QT_TRANSLATE_NOOP("ui.settings_tab", "The end of the workout"),
}
"""The check box of each SPEECH_FLAGS setting, in that order."""
SCREEN_LABELS: dict[str, str] = {
    "keep_screen_on": QT_TRANSLATE_NOOP("ui.settings_tab", "Keep the screen on during a workout"),
    "notify_when_away": QT_TRANSLATE_NOOP(
        "ui.settings_tab", "Notify me when a rest ends and Backline is not in front"
    ),
}


def apply_sound_settings(cue_player: Any, settings: Settings) -> None:
    """Set a CuePlayer's volume, mute and speech from stored settings (usable at start-up)."""
    if cue_player is None:
        return
    cue_player.volume = settings.sound_volume
    cue_player.muted = settings.sound_muted
    cue_player.speech_enabled = settings.speech_enabled


class SettingsTab(BaseTab):
    title = "Settings"

    def __init__(self, parent: QWidget | None = None, *, cue_player: Any = None) -> None:
        super().__init__(parent)
        self.cue_player = cue_player
        self._loading = False

        self.weight_unit = QComboBox()
        self.weight_unit.setObjectName("weight_unit")
        for key, label in UNITS_WEIGHT:
            self.weight_unit.addItem(translate("ui.settings_tab", label), key)
        self.length_unit = QComboBox()
        self.length_unit.setObjectName("length_unit")
        for key, label in UNITS_LENGTH:
            self.length_unit.addItem(translate("ui.settings_tab", label), key)
        self.weight_unit.currentIndexChanged.connect(
            lambda _i: self._save("weight_unit", self.weight_unit.currentData())
        )
        self.length_unit.currentIndexChanged.connect(
            lambda _i: self._save("length_unit", self.length_unit.currentData())
        )

        self.appearance = AppearanceBox(lambda: self.ops)
        self.language = LanguageBox()

        self.volume = QSlider(Qt.Orientation.Horizontal)
        self.volume.setRange(0, 100)
        self.volume.setPageStep(10)
        self.volume.setToolTip(
            translate(
                "ui.settings_tab", "Volume of the cue sounds (arrow keys: 1 %, Page Up/Down: 10 %)"
            )
        )
        self.volume.setAccessibleName(translate("ui.settings_tab", "Volume"))
        self.volume_label = QLabel()
        self.volume_label.setMinimumWidth(40)
        self.volume.valueChanged.connect(self._volume_moved)
        self.volume.sliderReleased.connect(self._save_volume)
        self.mute = QCheckBox(translate("ui.settings_tab", "Mute cue sounds"))
        self.mute.toggled.connect(self._mute_toggled)
        self.speech = QCheckBox(translate("ui.settings_tab", "Speak cues (text to speech)"))
        self.speech.toggled.connect(self._speech_toggled)
        self.test_button = QPushButton(translate("ui.settings_tab", "Test sound"))
        self.test_button.setToolTip(
            translate("ui.settings_tab", "Play a sample cue (and speak, if speech is on) — Alt+T")
        )
        self.test_button.setShortcut("Alt+T")
        self.test_button.clicked.connect(self.test_sound)
        self.sound_status = QLabel()
        self.sound_status.setObjectName("sound_status")
        self.sound_status.setWordWrap(True)
        theme.paint_text(self.sound_status, "error")
        self.voice_status = QLabel()
        self.voice_status.setObjectName("voice_status")
        self.voice_status.setWordWrap(True)

        self.get_ready = QSpinBox()
        self.get_ready.setRange(*GET_READY_RANGE)
        self.get_ready.setSuffix(" s")
        self.get_ready.setToolTip(
            translate(
                "ui.settings_tab",
                "Seconds of countdown before the first exercise of a workout (0 to 60)",
            )
        )
        self.get_ready.valueChanged.connect(lambda v: self._save("get_ready_seconds", int(v)))

        self.cadence = QSpinBox()
        self.cadence.setRange(*CADENCE_RANGE)
        self.cadence.setSuffix(" s")
        self.cadence.setSpecialValueText(translate("ui.settings_tab", "off"))
        self.cadence.setToolTip(
            translate(
                "ui.settings_tab",
                "A metronome tick every N seconds during a reps set, to pace each rep (0 = off)",
            )
        )
        self.cadence.valueChanged.connect(lambda v: self._save("rep_cadence_seconds", int(v)))
        self.first_side = QComboBox()
        for value, label in SIDES:
            self.first_side.addItem(translate("ui.settings_tab", label), value)
        self.first_side.setToolTip(
            translate("ui.settings_tab", "Which side one-sided moves start with")
        )
        self.first_side.currentIndexChanged.connect(
            lambda _i: self._save("first_side", self.first_side.currentData())
        )

        # the second column, made after the first so that Tab follows the columns
        # what the voice says: one check box per setting, usable while speech is on
        self.speech_flags: dict[str, QCheckBox] = {}
        for key in SPEECH_FLAGS:
            box = QCheckBox(translate("ui.settings_tab", SPEECH_LABELS[key]))
            box.setObjectName(key)
            box.toggled.connect(lambda on, key=key: self._save(key, on))
            self.speech_flags[key] = box
        self.screen_flags: dict[str, QCheckBox] = {}
        for key, label in SCREEN_LABELS.items():
            box = QCheckBox(translate("ui.settings_tab", label))
            box.setObjectName(key)
            box.toggled.connect(lambda on, key=key: self._save(key, on))
            self.screen_flags[key] = box
        self.screen_flags["keep_screen_on"].setToolTip(
            translate(
                "ui.settings_tab",
                "While a workout runs, the screen saver and idle sleep wait; paused or ended, "
                "they come back",
            )
        )
        self.screen_flags["notify_when_away"].setToolTip(
            translate(
                "ui.settings_tab",
                "A desktop notification when a rest or a timed step ends while another window "
                "is in front",
            )
        )

        self.saved_label = QLabel()
        self.saved_label.setObjectName("saved_label")

        units_box = QGroupBox(translate("ui.settings_tab", "Units"))
        units_form = QFormLayout(units_box)
        units_form.addRow(translate("ui.settings_tab", "Weight:"), self.weight_unit)
        units_form.addRow(translate("ui.settings_tab", "Lengths:"), self.length_unit)

        sound_box = QGroupBox(translate("ui.settings_tab", "Sound"))
        sound_form = QFormLayout(sound_box)
        volume_row = QHBoxLayout()
        volume_row.addWidget(self.volume, 1)
        volume_row.addWidget(self.volume_label)
        volume_title = QLabel(translate("ui.settings_tab", "Volume:"))
        volume_title.setBuddy(self.volume)
        sound_form.addRow(volume_title, volume_row)
        sound_form.addRow("", self.mute)
        sound_form.addRow("", self.speech)
        test_row = QHBoxLayout()
        test_row.addWidget(self.test_button)
        test_row.addStretch(1)
        sound_form.addRow("", test_row)
        sound_form.addRow("", self.sound_status)
        sound_form.addRow("", self.voice_status)

        voice_box = QGroupBox(translate("ui.settings_tab", "Voice"))
        voice_box.setToolTip(
            translate("ui.settings_tab", "What the voice says during a workout, while speech is on")
        )
        voice_column = QVBoxLayout(voice_box)
        for box in self.speech_flags.values():
            voice_column.addWidget(box)

        screen_box = QGroupBox(translate("ui.settings_tab", "During a workout"))
        screen_column = QVBoxLayout(screen_box)
        for box in self.screen_flags.values():
            screen_column.addWidget(box)

        player_box = QGroupBox(translate("ui.settings_tab", "Workout player"))
        player_form = QFormLayout(player_box)
        player_form.addRow(translate("ui.settings_tab", "Get ready:"), self.get_ready)
        player_form.addRow(translate("ui.settings_tab", "Rep cadence:"), self.cadence)
        player_form.addRow(translate("ui.settings_tab", "Per-side moves:"), self.first_side)

        self.reminders = RemindersBox()
        self.reminders.edited.connect(lambda reminders: self._save("reminders", reminders))
        self.reminders.tray_toggled.connect(lambda on: self._save("keep_in_tray", on))

        column = QVBoxLayout()
        column.addWidget(units_box)
        column.addWidget(self.appearance)
        column.addWidget(self.language)
        column.addWidget(sound_box)
        column.addWidget(player_box)
        column.addWidget(self.saved_label)
        column.addStretch(1)
        second = QVBoxLayout()
        second.addWidget(voice_box)
        second.addWidget(screen_box)
        second.addWidget(self.reminders)
        self.store_box = SharedStoreBox()
        second.addWidget(self.store_box)
        second.addStretch(1)
        layout = QHBoxLayout(self)
        layout.addLayout(column, 0)
        layout.addLayout(second, 0)
        layout.addStretch(1)
        units_box.setMinimumWidth(420)

        if cue_player is not None and hasattr(cue_player, "availability_changed"):
            cue_player.availability_changed.connect(self._show_sound_status)
        self._show_sound_status()

    # --- data ------------------------------------------------------------------------------

    def is_affected_by(self, changes: Changes) -> bool:
        return changes.settings

    def refresh(self) -> None:
        if self.db is not None:
            self.store_box.show_in_use(self.db)
        settings = self.ops.read(lambda session: load_settings(session=session))
        self._loading = True
        try:
            self._select(self.weight_unit, settings.weight_unit)
            self._select(self.length_unit, settings.length_unit)
            self.volume.setValue(round(settings.sound_volume * 100))
            self.mute.setChecked(settings.sound_muted)
            self.speech.setChecked(settings.speech_enabled)
            self.get_ready.setValue(settings.get_ready_seconds)
            self.cadence.setValue(settings.rep_cadence_seconds)
            self._select(self.first_side, settings.first_side)
            self.appearance.show_theme(settings.theme)
            for key, box in {**self.speech_flags, **self.screen_flags}.items():
                box.setChecked(bool(getattr(settings, key)))
            self.reminders.show_reminders(settings.reminders, settings.keep_in_tray)
        finally:
            self._loading = False
        self.volume_label.setText(f"{self.volume.value()} %")
        apply_sound_settings(self.cue_player, settings)
        self._show_sound_status()

    @staticmethod
    def _select(combo: QComboBox, value: Any) -> None:
        index = combo.findData(value)
        combo.setCurrentIndex(max(index, 0))

    def _save(self, key: str, value: Any) -> None:
        if self._loading or self.db is None:
            return
        saved = self.ops.write(
            lambda session: set_setting(key, value, session=session), initiator=self
        )
        if saved is not None:
            self.saved_label.setText(translate("ui.settings_tab", "Saved."))

    # --- sound -----------------------------------------------------------------------------

    def _volume_moved(self, value: int) -> None:
        self.volume_label.setText(f"{value} %")
        if self.cue_player is not None:
            self.cue_player.volume = value / 100
        if not self.volume.isSliderDown():  # keyboard, wheel or click: save now
            self._save_volume()

    def _save_volume(self) -> None:
        self._save("sound_volume", self.volume.value() / 100)

    def _mute_toggled(self, checked: bool) -> None:
        if self.cue_player is not None:
            self.cue_player.muted = checked
        self._save("sound_muted", checked)

    def _speech_toggled(self, checked: bool) -> None:
        if self.cue_player is not None and not self._loading:
            self.cue_player.speech_enabled = checked
        self._save("speech_enabled", checked)
        self._show_sound_status()

    def voice_line(self) -> str:
        """Which engine speaks the cues, or why they are beeps only."""
        status = getattr(self.cue_player, "voice_status", None)
        if status is not None:
            return str(status())
        if self.cue_player is None:
            return translate("ui.settings_tab", "No voice in this window: cues are beeps only")
        if self.speech.isChecked():
            return translate("ui.settings_tab", "Voice: on")
        return translate("ui.settings_tab", "Voice is off: cues are beeps only")

    def test_sound(self) -> None:
        """Play the cue player's sample; show why if nothing can be heard."""
        if self.cue_player is None:
            self._show_sound_status()
            return
        self.cue_player.test_sound()
        self._show_sound_status()

    def sound_problem(self) -> str:
        """Why sound (or speech, when enabled) cannot be heard; '' when all is well."""
        player = self.cue_player
        if player is None:
            return translate("ui.settings_tab", "Sound is not available in this window.")
        if not getattr(player, "available", True):
            reason = getattr(player, "unavailable_reason", "")
            return str(reason or translate("ui.settings_tab", "Sound cannot play."))
        return ""  # speech: the voice line says which engine speaks, or why none does

    def _show_sound_status(self) -> None:
        problem = self.sound_problem()
        self.sound_status.setText(problem)
        self.sound_status.setVisible(bool(problem))
        voice = self.voice_line()
        self.voice_status.setText(voice)
        self.speech.setAccessibleDescription(voice)  # read with the check box, kept current
        self.test_button.setEnabled(self.cue_player is not None)
        speaking = self.speech.isChecked()
        for box in self.speech_flags.values():
            box.setEnabled(speaking)
