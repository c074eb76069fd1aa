"""File menu data actions: the import dialog's detection and mapping, export, backup, check."""

from __future__ import annotations

import json
from pathlib import Path

from sqlalchemy import func, select

from core.store.models import Exercise, ExerciseAlias, LoggedSet, Workout
from ui import data_actions, dialogs
from ui.import_dialog import ImportDialog

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "imports"


def count(db, model) -> int:  # type: ignore[no-untyped-def]
    with db.read_scope() as session:
        return session.scalar(select(func.count()).select_from(model))


def test_import_dialog_shows_detection_before_writing(qtbot, seeded_db) -> None:  # type: ignore[no-untyped-def]
    """The dialog names app, dialect, unit, dates and counts; nothing is written until Import."""
    dialog = ImportDialog(seeded_db, FIXTURES / "hevy_metric.csv")
    qtbot.addWidget(dialog)
    text = dialog.summary.text()
    assert "Hevy export" in text and "hevy-metric" in text and "kg" in text
    assert "workouts" in text and "sets" in text
    assert count(seeded_db, Workout) == 0
    assert dialog.unknown_names()  # machine names not in our library


def test_import_dialog_asks_for_a_unit_then_maps_names(qtbot, seeded_db) -> None:  # type: ignore[no-untyped-def]
    """A file without a unit asks for one; a chosen mapping is used and remembered."""
    dialog = ImportDialog(seeded_db, FIXTURES / "strong_comma.csv")
    qtbot.addWidget(dialog)
    assert dialog.unit_row.isVisibleTo(dialog)
    assert not dialog.import_button.isEnabled()
    dialog.set_unit("kg")
    assert dialog.import_button.isEnabled()
    assert "Squat (Barbell)" in dialog.unknown_names()
    dialog.map_name("Squat (Barbell)", "bulgarian-split-squat")
    dialog.do_import()
    assert dialog.result is not None and dialog.result.workouts_added == 83
    with seeded_db.read_scope() as session:
        alias = session.scalar(
            select(ExerciseAlias).where(ExerciseAlias.name_key == "squat (barbell)")
        )
        target = session.get(Exercise, alias.exercise_id)
        assert target.slug == "bulgarian-split-squat"
    assert count(seeded_db, LoggedSet) == 2440


def test_broken_file_says_why_and_writes_nothing(qtbot, seeded_db, tmp_path) -> None:  # type: ignore[no-untyped-def]
    """An unreadable row is reported with its line; Import stays disabled."""
    lines = (FIXTURES / "strong_semicolon_units.csv").read_text().splitlines()[:5]
    lines[3] = lines[3].replace(";115;", ";1x5;")
    bad = tmp_path / "bad.csv"
    bad.write_text("\n".join(lines) + "\n")
    dialog = ImportDialog(seeded_db, bad)
    qtbot.addWidget(dialog)
    assert "line 4" in dialog.summary.text() and "Nothing was written" in dialog.summary.text()
    assert not dialog.import_button.isEnabled()
    assert count(seeded_db, Workout) == 0


def test_menu_import_export_backup_check(main_window, monkeypatch, tmp_path) -> None:  # type: ignore[no-untyped-def]
    """Import through the menu action, then export JSON, back up and check, via dialogs."""
    infos: list[str] = []
    monkeypatch.setattr(dialogs, "show_info", lambda _p, _t, text: infos.append(text))
    monkeypatch.setattr(dialogs, "show_error", lambda _p, _t, text: infos.append("ERROR " + text))

    def drive(dialog):  # type: ignore[no-untyped-def]
        dialog.do_import()
        return dialog.result is not None

    monkeypatch.setattr(data_actions, "run_dialog", drive)
    result = data_actions.import_file(main_window, FIXTURES / "strong_semicolon_units.csv")
    assert result is not None and result.workouts_added > 0
    assert "Imported" in infos[-1]
    data_actions.export_history(main_window, "json", tmp_path / "all.json")
    exported = json.loads((tmp_path / "all.json").read_text())
    assert len(exported["workouts"]) == result.workouts_added
    data_actions.backup_now(main_window)
    assert "Saved a backup" in infos[-1]
    data_actions.check(main_window)
    assert infos[-1] == "The database is sound."
    labels = [a.text() for a in main_window.file_menu.actions()]
    assert "&Import workouts…" in labels and "&Restore a backup…" in labels
