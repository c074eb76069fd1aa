"""A ready-made routine opened in German shows its German name, summary and notes, is not
'changed' by being shown, and saving an edit makes the person's copy in German while the
ready-made row keeps its English."""

from __future__ import annotations

from PySide6.QtCore import Qt

from core.library.localized import data_text
from core.routines import service
from core.store.db import Database
from ui.routines.tab import RoutinesTab


def test_a_ready_made_routine_is_edited_in_the_language(
    qtbot, seeded_db: Database, use_language
) -> None:  # type: ignore[no-untyped-def]
    use_language("de")
    tab = RoutinesTab()
    tab.attach(seeded_db)
    qtbot.addWidget(tab)
    tab.resize(1280, 800)
    tab.show()
    qtbot.waitExposed(tab)
    english = "Daily home back complex"
    german = data_text(english)
    assert german != english
    row = next(
        r for r in range(tab.list_model.rowCount()) if tab.list_model.row_at(r).name == english
    )
    rect = tab.list_view.visualRect(tab.list_model.index(row, 0))
    qtbot.mouseClick(tab.list_view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    editor = tab.editor
    assert editor.name_edit.text() == german
    assert editor.summary_edit.text() == data_text(
        "Five gentle back moves to do every morning, little stress and often, as one circuit."
    )
    assert editor.draft is not None and not editor.dirty
    notes = [item.note for item in editor.draft.items if item.note]
    assert notes and all(note == data_text(note) for note in notes)  # already German
    assert data_text("Hold the raised position for a couple of seconds.") in notes
    editor.daily_check.setChecked(False)
    editor.week_min.setValue(5)
    editor.week_max.setValue(6)
    assert editor.dirty
    assert tab.save()
    with seeded_db.read_scope() as s:
        names = {r.name: r for r in service.list_routines(session=s)}
    assert english in names and names[english].builtin  # the ready-made row: English
    copy = names[f"{german} (meine Kopie)"]
    assert not copy.builtin and copy.sessions_per_week_max == 6
