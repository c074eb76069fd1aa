"""`backline next ROUTINE [--json]`: each item's next target and why, from what was done,
on workouts imported from a Backline JSON export; read-only; an unknown routine gets a list."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from core.cli import EXIT_FAILURE, EXIT_OK, EXIT_STORE, main
from core.store import lock

ITEM_KEYS = {
    "position",
    "exercise",
    "sets",
    "reps_min",
    "reps_max",
    "weight_kg",
    "hold_seconds",
    "duration_minutes",
    "reason",
}


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def _set(exercise: str, item: int, **values: Any) -> dict[str, Any]:
    return {"exercise": exercise, "routine_item": item, "set_type": "normal"} | values


def export_file(tmp_path: Path) -> Path:
    """A Backline JSON export: two workouts of the ready-made posterior-chain routine that name
    it (by its key) and each set's routine item (by position), warm-ups included."""
    rdl = "romanian-deadlift"
    workouts = [
        {
            "started_at": "2026-03-02T17:00:00+00:00",
            "ended_at": "2026-03-02T18:00:00+00:00",
            "name": "Posterior-chain sculpting",
            "routine_builtin_key": "posterior-chain-sculpt",
            "import_key": "w1",
            "sets": [
                _set(rdl, 0, set_number=1, set_type="warmup", reps=5, weight_kg=20.0),
                *(_set(rdl, 0, set_number=n, reps=10, weight_kg=60.0) for n in (1, 2, 3)),
            ],
        },
        {
            "started_at": "2026-03-05T17:00:00+00:00",
            "ended_at": "2026-03-05T18:00:00+00:00",
            "name": "Posterior-chain sculpting",
            "routine_builtin_key": "posterior-chain-sculpt",
            "import_key": "w2",
            "sets": [
                *(_set(rdl, 0, set_number=n, reps=12, weight_kg=60.0) for n in (1, 2, 3)),
                *(
                    _set("step-up", 2, set_number=n, side=side, reps=9)
                    for n in (1, 2, 3)
                    for side in ("left", "right")
                ),
            ],
        },
    ]
    data = {
        "format": "backline",
        "version": 1,
        "exercises": [],
        "aliases": [],
        "routines": [],
        "workouts": workouts,
        "body_measurements": [],
        "settings": {},
    }
    path = tmp_path / "export.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    return path


@pytest.fixture
def imported(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> str:
    """A database with the export above imported through `backline import`."""
    db = str(tmp_path / "next.db")
    code, _out, err = run(capsys, "--db", db, "import", str(export_file(tmp_path)))
    assert code == EXIT_OK, err
    return db


def test_next_json_builds_on_imported_workouts(
    capsys: pytest.CaptureFixture[str], imported: str
) -> None:
    """JSON: the routine's name and every item in order with the agreed keys; the deadlift,
    done at 60 kg for 3 x 12 in the imported workout (no weight in the routine), gets 62.5 kg
    back at 8 reps with a reason that marks our step; bodyweight step-ups done 9 a side aim for
    10; the hip thrust, never done, keeps its target."""
    code, out, err = run(capsys, "--db", imported, "next", "Posterior-chain sculpting", "--json")
    assert code == EXIT_OK, err
    data = json.loads(out)
    assert data["routine"] == "Posterior-chain sculpting"
    items = data["items"]
    assert [i["position"] for i in items] == [1, 2, 3, 4]
    assert [i["exercise"] for i in items] == [
        "romanian-deadlift",
        "weighted-hip-thrust",
        "step-up",
        "bulgarian-split-squat",
    ]
    for entry in items:
        assert set(entry) >= ITEM_KEYS
    rdl, thrust, step = items[0], items[1], items[2]
    assert (rdl["sets"], rdl["reps_min"], rdl["reps_max"], rdl["weight_kg"]) == (3, 8, 12, 62.5)
    assert rdl["rule"] == "add-weight" and rdl["changed"] is True
    assert "(our step for a barbell)" in rdl["reason"]
    assert thrust["rule"] == "start" and "no earlier workout" in thrust["reason"]
    assert (step["rule"], step["reps_min"], step["weight_kg"]) == ("add-reps", 10, None)
    assert "(9, 9, 9, 9, 9, 9)" in step["reason"] and "our rule" in step["reason"]


def test_next_text_lists_each_item_with_its_reason(
    capsys: pytest.CaptureFixture[str], imported: str
) -> None:
    """Text: one numbered line per item with the target, its reason and what was done last
    time, in the person's unit."""
    code, out, _ = run(capsys, "--db", imported, "next", "posterior-chain-sculpt")
    assert code == EXIT_OK
    lines = out.splitlines()
    assert lines[0] == "Posterior-chain sculpting: the next target of each item"
    assert lines[1] == "  1. Romanian deadlift: 3 x 8-12 reps @ 62.5 kg"
    assert lines[2].startswith("     All 3 sets reached 12 reps at 60 kg last time, so add 2.5 kg")
    assert lines[3] == "     Last time: 12, 12, 12 reps @ 60 kg"
    assert "  2. Weighted hip thrust: 3 x 8-12 reps (hold 1 s) (unchanged)" in lines
    assert any(line.startswith("  3. Step-up: 3 x 10-12 reps each side") for line in lines)


def test_next_unknown_routine_lists_the_routines(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    """An unknown routine: one line on stderr naming it and listing the routines, exit 1."""
    code, out, err = run(capsys, "--db", str(tmp_path / "n.db"), "next", "Nope")
    assert code == EXIT_FAILURE and out == ""
    assert len(err.strip().splitlines()) == 1
    assert err.startswith("backline: no routine named 'Nope'; the routines are: ")
    assert "Posterior-chain sculpting" in err and "Daily home back complex" in err


def test_next_is_read_only(capsys: pytest.CaptureFixture[str], imported: str) -> None:
    """`next` runs while another writer holds the database (an import is refused then), and
    it records no target."""
    held = lock.acquire(imported)
    try:
        assert run(capsys, "--db", imported, "next", "Posterior-chain sculpting")[0] == EXIT_OK
        refused = run(capsys, "--db", imported, "import", "missing.json")
        assert refused[0] in (EXIT_STORE, EXIT_FAILURE)
    finally:
        held.release()
    code, out, _ = run(capsys, "--db", imported, "next", "Posterior-chain sculpting", "--json")
    assert code == EXIT_OK
    assert {i["current_source"] for i in json.loads(out)["items"]} == {"prescription"}


def test_next_with_suggestions_off_says_so(
    capsys: pytest.CaptureFixture[str], imported: str
) -> None:
    """With the routine's suggestions off, the current targets are listed and the header and
    each reason say suggestions are off."""
    from core.store.db import open_database
    from core.store.models import Routine

    db = open_database(Path(imported))
    try:
        with db.session_scope() as s:
            routine = s.query(Routine).filter_by(builtin_key="posterior-chain-sculpt").one()
            routine.suggestions_enabled = False
    finally:
        db.close()
    code, out, _ = run(capsys, "--db", imported, "next", "Posterior-chain sculpting")
    assert code == EXIT_OK
    assert "(suggestions are off for this routine: the current targets)" in out.splitlines()[0]
    assert "  1. Romanian deadlift: 3 x 8-12 reps (unchanged)" in out
