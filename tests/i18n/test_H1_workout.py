"""The Workout tab in another language: its buttons, keys, form and summary come from the
catalogue, counts take the language's plural form (English's too: "1 exercise"), and a stored
side or the default workout name is shown in the language, never written so."""

from __future__ import annotations

from core import i18n
from core.workout.log import WorkoutSummary
from ui.workout import dialogs
from ui.workout.controls import PLAYER_KEYS, key_tooltip, player_keys
from ui.workout.log_panel import SET_TYPE_LABELS, set_title, side_word


def _summary(sets: int, exercises: int) -> WorkoutSummary:
    return WorkoutSummary(
        workout_id=1, name="Workout", seconds=600, sets=sets, exercises=exercises, volume_kg=0
    )


def test_the_summary_counts_exercises_in_english_and_german() -> None:
    i18n.set_language("en")
    assert "Sets: 3 (1 exercise)" in dialogs.summary_text(_summary(3, 1), [], "kg")
    assert "Sets: 5 (2 exercises)" in dialogs.summary_text(_summary(5, 2), [], "kg")
    i18n.set_language("de")
    assert "Sätze: 3 (1 Übung)" in dialogs.summary_text(_summary(3, 1), [], "kg")
    assert "Sätze: 5 (2 Übungen)" in dialogs.summary_text(_summary(5, 2), [], "kg")
    assert dialogs.workout_name("Workout") == "Training"  # the stored default name
    assert dialogs.workout_name(None) == "Training"


def test_sides_and_set_titles_read_in_the_language() -> None:
    i18n.set_language("fr")
    assert side_word("left") == "gauche"
    assert set_title("Somebody's own move", 2, 3, "right").startswith("Somebody's own move")
    assert set_title("Somebody's own move", 2, 3, "right").endswith("série 2 sur 3 (droite)")
    i18n.set_language("en")
    assert set_title("Bird-dog", 2, 3, "left") == "Bird-dog: set 2 of 3 (left)"


def test_the_key_table_is_translated_when_used_not_at_import() -> None:
    i18n.set_language("es")
    assert PLAYER_KEYS[0].text == "Pause or resume the workout"  # the marked source stays
    assert player_keys()[0].text == "Pausar o reanudar el entrenamiento"
    assert key_tooltip("pause").startswith("Pausar o reanudar el entrenamiento (")
    # the tooltip keeps only what the key does, then the key Qt names
    assert key_tooltip("plus").startswith("Añadir 15 segundos a esta fase (")
    assert "=" not in key_tooltip("plus")


def test_the_tab_shows_german(qtbot) -> None:  # type: ignore[no-untyped-def]
    i18n.set_language("de")
    from ui.workout.tab import WorkoutTab

    tab = WorkoutTab()
    qtbot.addWidget(tab)
    assert tab.start_button.text() == "Starten"
    assert tab.controls.confirm_button.text() == "Satz bestätigen"
    assert tab.controls.pause_button.text() == "Pause"
    assert tab.keys.actions["end"].text() == "Training beenden"
    assert tab.log_panel.set_type.itemText(1) == "Aufwärmsatz"
    assert SET_TYPE_LABELS["warmup"] == "Warm-up"
    assert tab.workout_label.text() == "Kein Training läuft"
    assert tab.mini.windowTitle() == "Backline-Timer"
    assert tab.floor.accessibleName() == "Mattenmodus"
