"""File menu data actions: import (CSV through the dialog, JSON), export, backup, check."""

from __future__ import annotations

import json
from pathlib import Path

from sqlalchemy import func, select

from core.store.models import Workout
from ui import data_actions, dialogs

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "imports"


def count(db, model) -> int:  # type: ignore[no-untyped-def]
    with db.read_scope() as session:
        return session.scalar(select(func.count()).select_from(model))


def test_menu_json_import_announces_everything(main_window, monkeypatch, tmp_path) -> None:  # type: ignore[no-untyped-def]
    """A Backline JSON file imports as slow work, then every tab hears that everything changed;
    a refused value is one error line naming the file and the JSON path, and nothing is stored."""
    infos: list[str] = []
    monkeypatch.setattr(dialogs, "show_info", lambda _p, _t, text: infos.append(text))
    monkeypatch.setattr(dialogs, "show_error", lambda _p, _t, text: infos.append("ERROR " + text))
    heard: list[object] = []
    main_window.ops.changed.connect(lambda changes, _initiator: heard.append(changes))
    good = {
        "format": "backline",
        "version": 1,
        "workouts": [
            {
                "started_at": "2026-01-01T10:00:00+00:00",
                "sets": [{"exercise": "deadlift", "set_type": "normal", "reps": 5}],
            }
        ],
    }
    path = tmp_path / "good.json"
    path.write_text(json.dumps(good))
    data_actions.import_file(main_window, path)
    assert infos[-1].startswith("Imported 1 workout (1 set)")  # the English catalogue's plurals
    assert heard and heard[-1].workouts and heard[-1].settings
    assert count(main_window.db, Workout) == 1

    good["workouts"][0]["started_at"] = "2026-01-02T10:00:00+00:00"
    good["workouts"][0]["sets"][0]["reps"] = "five"
    bad = tmp_path / "bad.json"
    bad.write_text(json.dumps(good))
    data_actions.import_file(main_window, bad)
    assert infos[-1] == (
        "ERROR bad.json: workouts[0].sets[0].reps: is not a number\nNothing was imported."
    )
    assert count(main_window.db, Workout) == 1


def test_json_import_waits_for_an_unfinished_workout(main_window, monkeypatch, tmp_path) -> None:  # type: ignore[no-untyped-def]
    """A Backline file is imported in one long transaction, so with a workout unfinished it is
    refused with one line naming the file, nothing is imported, and the workout is intact;
    once the workout has ended the same file imports and the long-write marker is cleared."""
    from datetime import UTC, datetime

    from core.workout.log import finish_workout, start_workout

    errors: list[str] = []
    monkeypatch.setattr(dialogs, "show_error", lambda _p, _t, text: errors.append(text))
    monkeypatch.setattr(dialogs, "show_info", lambda _p, _t, text: None)
    with main_window.db.session_scope() as s:
        live = start_workout(
            session=s, routine_id=None, name="Live", plan_items=(), started_at=datetime.now(UTC)
        ).value
    path = tmp_path / "other.json"
    workout = {
        "started_at": "2026-01-01T10:00:00+00:00",
        "sets": [{"exercise": "deadlift", "set_type": "normal", "reps": 5}],
    }
    path.write_text(json.dumps({"format": "backline", "version": 1, "workouts": [workout]}))
    data_actions.import_file(main_window, path)
    assert errors == [f"other.json: {data_actions.JSON_IMPORT_WAITS_FOR_WORKOUT}"]
    assert count(main_window.db, Workout) == 1  # only the live one
    with main_window.db.session_scope() as s:
        finish_workout(live, session=s, ended_at=datetime.now(UTC))
    data_actions.import_file(main_window, path)
    assert errors[1:] == []
    assert count(main_window.db, Workout) == 2
    assert main_window.ops.long_write is None


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
