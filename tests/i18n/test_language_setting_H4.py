"""The Settings tab's Language choice, used from the keyboard: Alt+G reaches it (its label's
mnemonic, the label being its buddy); a choice is saved at once in the config folder's
language.json (core.i18n.save_language) and says "Applies at the next start." when it is not
the language in use; "Follow the system" removes the file; a failed save is one line and
changes nothing."""

from __future__ import annotations

import json
from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from core import i18n
from ui.settings_tab import SettingsTab

APPLIES = "Applies at the next start."


@pytest.fixture
def no_saved_language() -> Iterator[None]:
    """No language.json before the test, and none left for the next one."""
    i18n.language_choice_path().unlink(missing_ok=True)
    yield
    i18n.language_choice_path().unlink(missing_ok=True)


def _tab(qtbot, db) -> SettingsTab:  # type: ignore[no-untyped-def]
    tab = SettingsTab()
    qtbot.addWidget(tab)
    tab.attach(db)
    tab.show()
    qtbot.waitExposed(tab)
    with qtbot.waitActive(tab):
        tab.activateWindow()
    return tab


def _saved_file() -> dict[str, str] | None:
    path = i18n.language_choice_path()
    return json.loads(path.read_text(encoding="utf-8")) if path.exists() else None


def test_the_choices_follow_the_system_then_each_language_in_its_own_name(
    qtbot, db, no_saved_language: None
) -> None:  # type: ignore[no-untyped-def]
    tab = _tab(qtbot, db)
    combo = tab.language.language_combo
    names = [combo.itemText(i) for i in range(combo.count())]
    assert names == [
        "Follow the system (English)",
        "English",
        "Deutsch",
        "Français",
        "Español",
        "Português (Brasil)",
    ]
    assert combo.currentData() is None  # nothing saved: follow the system
    assert combo.accessibleName() == "Language"
    assert not tab.language.status.isVisible()


def test_choose_german_then_follow_the_system_by_keys(qtbot, db, no_saved_language: None) -> None:  # type: ignore[no-untyped-def]
    """Alt+G, then D: Deutsch is saved and the note says when it applies; Home: the system's
    language again, the file is gone and so is the note (the system's language is in use)."""
    tab = _tab(qtbot, db)
    box = tab.language
    qtbot.keyClick(QApplication.focusWidget() or tab, Qt.Key.Key_G, Qt.KeyboardModifier.AltModifier)
    assert box.language_combo.hasFocus()

    qtbot.keyClick(box.language_combo, Qt.Key.Key_D)
    assert box.language_combo.currentText() == "Deutsch"
    assert _saved_file() == {"language": "de"}
    assert box.status.isVisible() and box.status.text() == APPLIES
    assert i18n.saved_language() == "de" and i18n.language() == "en"  # nothing switched now

    qtbot.keyClick(box.language_combo, Qt.Key.Key_Home)
    assert box.language_combo.currentData() is None
    assert not i18n.language_choice_path().exists()
    assert not box.status.isVisible()


def test_a_new_tab_shows_the_saved_choice_and_its_note(qtbot, db, no_saved_language: None) -> None:  # type: ignore[no-untyped-def]
    """A new tab shows the saved choice; the note waits for a choice made there (at start the
    language in use differs from the saved one only through --lang)."""
    i18n.save_language("fr")
    tab = _tab(qtbot, db)
    assert tab.language.language_combo.currentText() == "Français"
    assert not tab.language.status.isVisible()
    i18n.save_language("en")  # the language in use: no note
    again = _tab(qtbot, db)
    assert again.language.language_combo.currentText() == "English"
    assert not again.language.status.isVisible()


def test_a_failed_save_is_one_line_and_changes_nothing(
    qtbot, db, no_saved_language: None, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    tab = _tab(qtbot, db)
    box = tab.language

    def refuse(_code: str | None) -> None:
        raise PermissionError(13, "Permission denied", str(i18n.language_choice_path()))

    monkeypatch.setattr(i18n, "save_language", refuse)
    tab.activateWindow()  # as the window is when a person types in it
    qtbot.keyClick(QApplication.focusWidget() or tab, Qt.Key.Key_G, Qt.KeyboardModifier.AltModifier)
    assert box.language_combo.hasFocus()
    qtbot.keyClick(box.language_combo, Qt.Key.Key_D)
    text = box.status.text()
    assert text.startswith("Language not saved: ") and "Permission denied" in text
    assert "\n" not in text
    assert box.language_combo.currentData() is None  # back to the saved choice
    assert not i18n.language_choice_path().exists()
