"""The Library and Routines tabs in another language: shipped text reads translated where a
person reads it and stays English where it is edited and saved; the library's stored words
(muscles, equipment) are shown as a person reads them and saved back as the keys; numbers are
typed with a comma or a point and shown in the language's way."""

from __future__ import annotations

from typing import Any

import pytest

from core import i18n
from core.library.localized import data_text
from core.library.schema import MUSCLES
from core.store.db import Database
from ui.library import models as library_models
from ui.library.detail import detail_html

LANGUAGES = list(i18n.LANGUAGES)
SLUG = "reverse-lunge-step-up"


def entry(db: Database, slug: str = SLUG) -> dict[str, Any]:
    from core.library.queries import get_exercise
    from core.library.rows import exercise_to_json

    with db.read_scope() as s:
        row = get_exercise(slug, session=s)
    assert row is not None
    return exercise_to_json(row)


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_muscle_and_shipped_equipment_reads_back_as_its_key(language: str) -> None:
    """What the editor shows for a stored word ('Gesäß') is read back as that word ('glutes'),
    and so are the key and its English typed in any case; a person's own word is kept."""
    i18n.set_language(language)
    for key in sorted(MUSCLES):
        shown = library_models.muscle_label(key)
        assert library_models.muscle_keys([shown, shown.upper(), key]) == (key, key, key)
    for key in library_models.EQUIPMENT_NAMES:
        shown = library_models.equipment_label(key)
        assert library_models.equipment_keys([shown, key.upper()]) == (key, key)
    assert library_models.equipment_keys(["kettlebell"]) == ("kettlebell",)


def test_the_detail_pane_reads_the_shipped_text_in_the_language(seeded_db: Database) -> None:
    """In German the detail pane shows the exercise's German name, summary and steps (from
    resources/library.de.toml); the row itself keeps the English."""
    row = entry(seeded_db)
    english = detail_html(row, {})
    i18n.set_language("de")
    german = detail_html(row, {})
    assert data_text(row["name"]) != row["name"]
    assert data_text(row["name"]) in german and row["name"] not in german
    assert data_text(row["instructions"][0]) in german
    assert row["name"] in english and row["name"] == entry(seeded_db)["name"]


def test_the_library_table_searches_the_names_a_person_reads(seeded_db: Database) -> None:
    """The German name finds the exercise, and so does the English one."""
    row = entry(seeded_db)
    i18n.set_language("de")
    haystack = library_models.search_text(row)
    assert data_text(row["name"]).casefold() in haystack
    assert row["name"].casefold() in haystack


def test_the_exercise_editor_keeps_the_stored_text_and_keys(qtbot, seeded_db: Database) -> None:  # type: ignore[no-untyped-def]
    """In German, the copy of a shipped exercise starts from what the person reads (its German
    name and steps, as a ready-made routine's copy does), the muscles and equipment read in
    German, and the draft it saves has the stored keys and values."""
    from core.library import custom
    from core.library.queries import get_exercise
    from ui.library.editor import ExerciseEditor
    from ui.ops import Ops

    i18n.set_language("de")
    with seeded_db.read_scope() as s:
        row = get_exercise(SLUG, session=s)
    assert row is not None
    ops = Ops()
    ops.db = seeded_db
    editor = ExerciseEditor(ops, row)
    qtbot.addWidget(editor)
    assert editor.name_edit.text() == data_text(row.name) != row.name
    assert editor.instructions_edit.toPlainText().splitlines() == [
        data_text(step) for step in row.instructions
    ]
    assert editor.muscles_edit.text() == ", ".join(
        library_models.muscle_label(m) for m in row.muscles
    )
    assert data_text(row.name) in editor.windowTitle()
    draft, stored = editor.draft(), custom.draft_from_row(row)
    assert draft.muscles == stored.muscles and draft.equipment == stored.equipment
    assert draft.sets == stored.sets and draft.rest_seconds == stored.rest_seconds


def test_the_routine_item_panel_shows_a_weight_in_the_language(qtbot) -> None:  # type: ignore[no-untyped-def]
    """62.5 kg reads '62,5' in German and '62.5' in English, and is typed back as shown (German
    reads a point too; English refuses a comma rather than guess)."""
    from core.routines.drafts import ItemDraft
    from ui.routines.item_panel import ItemPanel, parse_field

    item = ItemDraft(exercise_slug="glute-bridge", sets=3, reps_min=10, weight_kg=62.5)
    for language, shown in (("en", "62.5"), ("de", "62,5")):
        i18n.set_language(language)
        panel = ItemPanel()
        qtbot.addWidget(panel)
        panel.show_item(0, item, keep=frozenset(), weight_unit="kg")
        assert panel.fields["weight_kg"].edit.text() == shown
        for typed in ("62,5", "62.5") if language == "de" else ("62.5",):
            assert parse_field(item, "weight_kg", typed, "kg") == pytest.approx(62.5)
