"""The window follows the chosen language in what Qt itself draws: ui.app.apply_language (run by
run_app once the QApplication exists) sets the default QLocale, installs Qt's own catalogue
(qtbase_<lang>.qm) and the language's layout direction; the voice speaks the language too."""

from __future__ import annotations

import enum
import types
from collections.abc import Iterator

import pytest
from PySide6.QtCore import QLocale, Qt
from PySide6.QtGui import QGuiApplication, QKeySequence
from PySide6.QtWidgets import QApplication, QDialogButtonBox

from core import i18n
from ui import app as app_module
from ui import cues
from ui import help as ui_help
from ui.voice_process import NO_ENGINE, VoiceEngine

CANCEL = {"de": "Abbrechen", "fr": "Annuler", "es": "Cancelar", "pt_BR": "Cancelar"}


@pytest.fixture
def back_to_english(qapp: QApplication) -> Iterator[QApplication]:
    """English and the locale the test started with again, whatever the test chose."""
    before = QLocale()
    yield qapp
    i18n.set_language(i18n.SOURCE_LANGUAGE)
    app_module.apply_language(qapp)  # removes Qt's catalogue
    QLocale.setDefault(before)


def cancel_text() -> str:
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
    button = buttons.button(QDialogButtonBox.StandardButton.Cancel)
    assert button is not None
    return button.text().replace("&", "")


def test_german_buttons_and_decimal_comma(back_to_english: QApplication) -> None:
    """In German, Qt's own Cancel button reads "Abbrechen" and a QLocale writes "62,5"; back in
    English it reads "Cancel" again."""
    i18n.set_language("de")
    app_module.apply_language(back_to_english)
    assert cancel_text() == "Abbrechen"
    assert QLocale().decimalPoint() == ","
    assert QLocale().toString(62.5) == "62,5"
    assert QGuiApplication.layoutDirection() == Qt.LayoutDirection.LeftToRight
    i18n.set_language("en")
    app_module.apply_language(back_to_english)
    assert cancel_text() == "Cancel"
    assert QLocale().decimalPoint() == "."


@pytest.mark.parametrize("code", ["fr", "es", "pt_BR"])
def test_every_language_gets_qts_catalogue(back_to_english: QApplication, code: str) -> None:
    """Qt ships qtbase_fr, _es and _pt_BR: each is found and installed, left to right."""
    assert app_module.qt_catalogue(code) is not None
    i18n.set_language(code)
    app_module.apply_language(back_to_english)
    assert cancel_text() == CANCEL[code]
    assert QLocale().decimalPoint() == ","
    assert QGuiApplication.layoutDirection() == Qt.LayoutDirection.LeftToRight


def test_a_missing_qt_catalogue_is_no_error(
    back_to_english: QApplication, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A Qt without its translations (a trimmed install) leaves Qt's strings English; the
    locale still follows the language."""
    monkeypatch.setattr(app_module, "qt_catalogue", lambda code: None)
    i18n.set_language("de")
    app_module.apply_language(back_to_english)
    assert cancel_text() == "Cancel"
    assert QLocale().decimalPoint() == ","


def test_shortcut_keys_in_a_german_tooltip_are_found(back_to_english: QApplication) -> None:
    """With Qt's German catalogue, a tooltip naming its key the German way ("Strg+Z") is
    matched to the shortcut in the Keyboard shortcuts list, as "Ctrl+Z" is."""
    i18n.set_language("de")
    app_module.apply_language(back_to_english)
    ctrl_z = ui_help._normal(QKeySequence("Ctrl+Z"))
    assert ui_help._tip_keys("Rückgängig (Strg+Z)") == ("Rückgängig", [ctrl_z])
    assert ui_help._tip_keys("Rückgängig (Ctrl+Z)") == ("Rückgängig", [ctrl_z])


def test_the_voice_process_reports_are_the_window_messages() -> None:
    """ui.cues marks the voice process's English reports, word for word, and gives them back
    unchanged in English."""
    assert cues._NO_ENGINE == NO_ENGINE
    failed = "Text-to-speech engine 'flite' failed: gone."
    assert cues.voice_problem_text(failed) == failed
    missing = "QtTextToSpeech could not be loaded (no libpulse)."
    assert cues.voice_problem_text(missing) == missing
    assert cues.voice_problem_text("") == ""


class _Speaker:
    """A stand-in engine with voices for some locales."""

    class State(enum.Enum):
        Ready = 0
        Error = 3

    def __init__(self, name: str, parent: object = None) -> None:
        self.current = QLocale("en_US")
        self.errorOccurred = types.SimpleNamespace(connect=lambda slot: None)

    def state(self) -> _Speaker.State:
        return self.State.Ready

    def availableLocales(self) -> list[QLocale]:  # noqa: N802 (Qt's name)
        return [QLocale("en_US"), QLocale("de_DE"), QLocale("pt_PT"), QLocale("pt_BR")]

    def locale(self) -> QLocale:
        return self.current

    def setLocale(self, locale: QLocale) -> None:  # noqa: N802 (Qt's name)
        self.current = locale

    def setVolume(self, volume: float) -> None:  # noqa: N802 (Qt's name)
        pass


@pytest.mark.parametrize(
    ("language", "voice"), [("de", "de_DE"), ("pt_BR", "pt_BR"), ("en", "en_US"), ("", "en_US")]
)
def test_the_voice_speaks_the_language_of_the_sentences(language: str, voice: str) -> None:
    """The window's language goes with "open": the engine's voice for it is chosen (the
    country's own for pt_BR); English, or no language given, leaves the engine as it was."""
    fake = types.SimpleNamespace(QTextToSpeech=_Speaker)
    engine = VoiceEngine(fake, lambda *_: None)  # type: ignore[arg-type]
    engine.handle({"open": ["flite"], "volume": 0.5, "language": language})
    assert engine._tts.current.name() == voice
