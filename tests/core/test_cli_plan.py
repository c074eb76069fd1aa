"""`backline plan`: the plan as text or JSON, the calorie floor, and refused inputs."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from core.cli import EXIT_FAILURE, EXIT_OK, main


@pytest.fixture(autouse=True)
def own_database(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> Path:
    """`plan` reads the estimate from the database: each test names a file of its own (never
    the user's), which does not exist unless the test makes it."""
    path = tmp_path / "plan.db"
    monkeypatch.setenv("BACKLINE_DB", str(path))
    return path


WOMAN_60 = [
    "plan", "--sex", "female", "--age", "60", "--height-cm", "155", "--weight-kg", "50",
    "--activity", "sedentary",
]  # fmt: skip


def test_plan_json_has_the_agreed_keys_and_the_floor(capsys: pytest.CaptureFixture[str]) -> None:
    """The JSON carries maintenance, the target range, protein, sleep, sources and warnings;
    for the sedentary 60-year-old woman the target is held at 1,200 kcal with a warning."""
    assert main([*WOMAN_60, "--json"]) == EXIT_OK
    data = json.loads(capsys.readouterr().out)
    for key in (
        "maintenance_kcal", "target_kcal_min", "target_kcal_max", "protein_g_min",
        "protein_g_max", "sleep_hours_min", "sleep_hours_max", "sources", "warnings",
    ):  # fmt: skip
        assert key in data
    assert data["maintenance_kcal"] == 1209
    assert (data["target_kcal_min"], data["target_kcal_max"]) == (1200, 1200)
    assert (data["protein_g_min"], data["protein_g_max"]) == (77, 132)
    assert (data["sleep_hours_min"], data["sleep_hours_max"]) == (7, 9)
    assert len(data["warnings"]) == 1 and "floor" in data["warnings"][0]
    by_figure = {s["figure"]: s["source"] for s in data["sources"]}
    assert by_figure["maintenance"] is None  # our default: Mifflin-St Jeor
    assert by_figure["sleep"] == "002_a86f65ea4a73a782.txt"


def test_plan_text_for_a_man_without_warning(capsys: pytest.CaptureFixture[str]) -> None:
    """The text lists each figure with how it was worked out and its source; no warning."""
    argv = ["plan", "--sex", "male", "--age", "30", "--height-cm", "180", "--weight-kg", "80",
            "--activity", "moderate"]  # fmt: skip
    assert main(argv) == EXIT_OK
    out = capsys.readouterr().out
    assert "Maintenance calories: 2759 kcal/day" in out
    assert "Your daily target: 2259 kcal/day" in out
    assert "Warning" not in out


@pytest.mark.parametrize(
    ("flag", "value", "fragment"),
    [
        ("--age", "16", "--age: must be between 18 and 100"),
        ("--height-cm", "300", "--height-cm: must be between 100 and 250"),
        ("--weight-kg", "5", "--weight-kg: must be between 20 and 400"),
        ("--deficit-kcal", "900", "--deficit-kcal: must be between 250 and 500"),
    ],
)
def test_implausible_inputs_are_refused_in_one_line(
    capsys: pytest.CaptureFixture[str], flag: str, value: str, fragment: str
) -> None:
    """Inputs outside plausible human ranges get one line naming the input, exit 1."""
    argv = [*WOMAN_60, "--deficit-kcal", "500"]
    argv[argv.index(flag) + 1] = value
    assert main(argv) == EXIT_FAILURE
    err = capsys.readouterr().err
    assert fragment in err and len(err.strip().splitlines()) == 1


def test_plan_json_keeps_its_keys_and_adds_the_estimate_as_null(
    capsys: pytest.CaptureFixture[str], own_database: Path
) -> None:
    """Without a database the JSON has the formula's keys as before plus the estimate's keys,
    all null; the plan creates no database."""
    assert main([*WOMAN_60, "--json"]) == EXIT_OK
    data = json.loads(capsys.readouterr().out)
    assert data["maintenance_kcal"] == 1209
    for key in (
        "maintenance_estimate_kcal", "estimate_days", "estimate_margin_kcal",
        "estimate_confidence", "estimate_kg_per_week",
    ):  # fmt: skip
        assert key in data and data[key] is None
    assert not own_database.exists()
