"""The import dialog: detection shown before writing, the unit question, name mapping."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import func, select

from core.store.db import Database
from core.store.models import Exercise, ExerciseAlias, LoggedSet, Workout
from ui.import_dialog import ImportDialog
from ui.ops import Ops

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "imports"


def count(db, model) -> int:  # type: ignore[no-untyped-def]
    with db.read_scope() as session:
        return session.scalar(select(func.count()).select_from(model))


@pytest.fixture
def ops(seeded_db: Database) -> Ops:
    """The Ops a main window gives its dialogs, on the seeded database."""
    ops = Ops()
    ops.db = seeded_db
    return ops


def test_import_dialog_shows_detection_before_writing(qtbot, ops, seeded_db) -> None:  # type: ignore[no-untyped-def]
    """The dialog names app, dialect, unit, dates and counts; nothing is written until Import."""
    dialog = ImportDialog(ops, FIXTURES / "hevy_metric.csv")
    qtbot.addWidget(dialog)
    text = dialog.summary.text()
    assert "Hevy export" in text and "hevy-metric" in text and "kg" in text
    assert "workouts" in text and "sets" in text
    assert count(seeded_db, Workout) == 0
    assert dialog.unknown_names()  # machine names not in our library


def test_import_dialog_asks_for_a_unit_then_maps_names(qtbot, ops, seeded_db) -> None:  # type: ignore[no-untyped-def]
    """A file without a unit asks for one; a chosen mapping is used and remembered."""
    dialog = ImportDialog(ops, FIXTURES / "strong_comma.csv")
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


def test_broken_file_says_why_and_writes_nothing(qtbot, ops, seeded_db, tmp_path) -> None:  # type: ignore[no-untyped-def]
    """An unreadable row is reported with its line; Import stays disabled."""
    lines = (FIXTURES / "strong_semicolon_units.csv").read_text().splitlines()[:5]
    lines[3] = lines[3].replace(";115;", ";1x5;")
    bad = tmp_path / "bad.csv"
    bad.write_text("\n".join(lines) + "\n")
    dialog = ImportDialog(ops, bad)
    qtbot.addWidget(dialog)
    assert "line 4" in dialog.summary.text() and "Nothing was written" in dialog.summary.text()
    assert not dialog.import_button.isEnabled()
    assert count(seeded_db, Workout) == 0


def test_mapping_table_model_is_sound(qtbot, qtmodeltester, ops) -> None:  # type: ignore[no-untyped-def]
    """The mapping table's model passes Qt's model checks with names to map in it."""
    dialog = ImportDialog(ops, FIXTURES / "hevy_metric.csv")
    qtbot.addWidget(dialog)
    assert dialog.mapping.rowCount() > 0
    qtmodeltester.check(dialog.mapping.model())
