"""The plan: Mifflin-St Jeor and the articles' figures against hand-computed numbers, every
figure's source, missing and refused inputs, and plan.toml checked against the articles."""

from __future__ import annotations

import tomllib
from datetime import date
from pathlib import Path

import pytest

from core.body import nutrition as plan
from core.body.nutrition import PlanInputs, compute_plan
from core.library.schema import LIBRARY_PATH
from core.store.settings import Settings

SEEDS = Path(__file__).resolve().parents[2] / "fixtures" / "seeds"
A002 = "002_a86f65ea4a73a782.txt"
A003 = "003_adb7ec22263db588.txt"

MALE = PlanInputs(
    sex="male", age=30, height_cm=180, weight_kg=80, activity_factor=1.55, deficit_kcal=500
)


def test_male_plan_hand_computed() -> None:
    """80 kg, 180 cm, 30 y, male: BMR 800 + 1125 - 150 + 5 = 1780; x1.55 = 2759;
    target 2259..2509; chosen 500 kcal deficit -> 2259."""
    p = compute_plan(MALE)
    assert p.complete and p.explanation() == ""
    assert p.figure("bmr").low == pytest.approx(1780)
    assert p.figure("maintenance").low == pytest.approx(2759)
    rng = p.figure("target_range")
    assert (rng.low, rng.high) == (pytest.approx(2259), pytest.approx(2509))
    assert p.figure("target").low == pytest.approx(2259)
    assert rng.value_text() == "2259–2509 kcal/day"


def test_female_plan_hand_computed() -> None:
    """60 kg, 165 cm, 25 y, female: BMR 600 + 1031.25 - 125 - 161 = 1345.25; x1.2 = 1614.3;
    with a 250 kcal deficit the target is 1364.3; the range's low end (1114.3) is raised to the
    1,200 kcal floor, and the plan says so."""
    p = compute_plan(
        PlanInputs(
            sex="female", age=25, height_cm=165, weight_kg=60, activity_factor=1.2, deficit_kcal=250
        )
    )
    assert p.figure("bmr").low == pytest.approx(1345.25)
    assert p.figure("maintenance").low == pytest.approx(1614.3)
    assert p.figure("target").low == pytest.approx(1364.3)
    assert (p.figure("target_range").low, p.figure("target_range").high) == (
        pytest.approx(1200),
        pytest.approx(1364.3),
    )
    assert len(p.warnings) == 1 and "1200 kcal is our floor for women" in p.warnings[0]


def test_target_never_goes_below_the_floor() -> None:
    """The sedentary 60-year-old woman of 155 cm and 50 kg: BMR 500 + 968.75 - 300 - 161 =
    1007.75, maintenance x1.2 = 1209.3; a 500 kcal deficit would give 709.3 kcal a day. The
    target stays at 1,200 (the deficit reduced to 9 kcal) and a warning says why, naming the
    floor as ours and where to check it."""
    p = compute_plan(
        PlanInputs(
            sex="female", age=60, height_cm=155, weight_kg=50, activity_factor=1.2, deficit_kcal=500
        )
    )
    assert p.figure("maintenance").low == pytest.approx(1209.3)
    assert p.figure("target").low == pytest.approx(1200)
    assert (p.figure("target_range").low, p.figure("target_range").high) == (1200, 1200)
    assert "reduced to stay above our floor" in p.figure("target").basis
    (warning,) = p.warnings
    assert "deficit was reduced" in warning and "Harvard Health" in warning


def test_maintenance_below_the_floor_means_no_deficit() -> None:
    """When maintenance itself is under the floor, the target is maintenance (never above what
    the person burns) and the warning says there is no deficit."""
    p = compute_plan(
        PlanInputs(sex="male", age=90, height_cm=150, weight_kg=45, activity_factor=1.2)
    )
    maintenance = p.figure("maintenance").low
    assert maintenance < 1500
    assert p.figure("target").low == pytest.approx(maintenance)
    assert "no deficit" in p.warnings[0] and "1500 kcal is our floor for men" in p.warnings[0]


def test_a_plan_well_above_the_floor_has_no_warning() -> None:
    """An 80 kg man: maintenance minus 500 is far above 1,500; nothing is changed or said."""
    p = compute_plan(MALE)
    assert p.warnings == ()
    assert p.figure("target").low == pytest.approx(p.figure("maintenance").low - 500)


def test_protein_shows_both_articles_ranges() -> None:
    """80 kg = 176.3698 lb: article 002 gives 0.7-1.0 g/lb (123.46-176.37 g), article 003
    gives 0.8-1.2 g/lb (141.10-211.64 g); each figure names its article."""
    p002, p003 = compute_plan(MALE).figures_named("protein")
    lb = 80 / 0.45359237
    assert (p002.low, p002.high) == (pytest.approx(0.7 * lb), pytest.approx(lb))
    assert (round(p002.low, 2), round(p002.high, 2)) == (123.46, 176.37)
    assert (round(p003.low, 2), round(p003.high, 2)) == (141.10, 211.64)
    assert p002.source.file == A002 and p003.source.file == A003
    assert p003.source.text() == "article 003 — How to Get Rid of Back Dimples: Fat & Cellulite"
    assert "0.8–1.2 g per lb" in p003.basis


def test_sources_article_versus_ours() -> None:
    """Deficit, protein and sleep come from the articles; the equation and the activity
    factors are marked as our default."""
    p = compute_plan(MALE)
    by_key = {f.key: f.source for f in p.figures}
    assert by_key["bmr"].ours and by_key["bmr"].text() == "our default"
    assert by_key["maintenance"].ours
    assert by_key["target_range"].text() == (
        "article 002 — How to Get Rid of Back Leg Fat: What Actually Works"
    )
    sleep = p.figure("sleep")
    assert (sleep.low, sleep.high, sleep.source.file) == (7, 9, A002)
    assert all(level.source.ours for level in plan.load_plan_figures().activity_levels)


def test_missing_inputs_are_named_and_do_not_crash() -> None:
    """With nothing given, only sleep is shown and every needed input is listed; with just a
    weight, protein appears too."""
    empty = compute_plan(PlanInputs())
    assert [f.key for f in empty.figures] == ["sleep"]
    assert empty.missing == ("sex", "age", "height", "body weight", "activity level")
    assert empty.explanation().startswith("Missing: sex, age, height")
    only_weight = compute_plan(PlanInputs(weight_kg=70))
    assert [f.key for f in only_weight.figures] == ["protein", "protein", "sleep"]
    no_activity = compute_plan(PlanInputs(sex="male", age=30, height_cm=180, weight_kg=80))
    assert no_activity.missing == ("activity level",)
    assert no_activity.figure("bmr") is not None and no_activity.figure("maintenance") is None


@pytest.mark.parametrize(
    ("change", "field"),
    [
        ({"sex": "other"}, "sex"),
        ({"age": 12}, "age"),
        ({"height_cm": 40}, "height"),
        ({"weight_kg": 5}, "body weight"),
        ({"activity_factor": 3.0}, "activity level"),
        ({"deficit_kcal": 1000}, "deficit"),
    ],
)
def test_refused_inputs_name_their_field(change: dict, field: str) -> None:
    """An out-of-range input is reported as an InputError for that field; no crash."""
    from dataclasses import replace

    bad = replace(MALE, **change)
    p = compute_plan(bad)
    assert not p.complete
    assert [e.field for e in p.invalid] == [field]
    with pytest.raises(plan.InputError):
        plan.validate_inputs(bad)


def test_age_from_birth_year_and_settings() -> None:
    """Age is this year minus the birth year; settings map onto inputs; no deficit means the
    article's larger deficit."""
    inputs = plan.inputs_from_settings(
        Settings(
            plan_sex="male",
            plan_birth_year=1996,
            plan_height_cm=180,
            plan_activity_factor=1.55,
            plan_deficit_kcal=500,
        ),
        weight_kg=80,
        today=date(2026, 6, 1),
    )
    assert inputs.resolved_age() == 30
    assert compute_plan(inputs).figure("maintenance").low == pytest.approx(2759)
    default_deficit = compute_plan(PlanInputs(**{**MALE.__dict__, "deficit_kcal": None}))
    assert default_deficit.figure("target").low == pytest.approx(2259)


def test_plan_toml_matches_the_articles() -> None:
    """Each article figure in resources/plan.toml is stated in its seed article (copies in
    tests/fixtures/seeds), and source titles agree with resources/library.toml."""
    text002 = (SEEDS / A002).read_text(encoding="utf-8")
    text003 = (SEEDS / A003).read_text(encoding="utf-8")
    assert "250 to 500 calories below" in text002
    assert "0.7 to 1.0 gram of protein per pound" in text002
    assert "seven to nine hours" in text002
    assert "0.8 to 1.2 grams per pound" in text003
    fig = plan.load_plan_figures()
    assert (fig.deficit_kcal.low, fig.deficit_kcal.high, fig.deficit_kcal.source.file) == (
        250,
        500,
        A002,
    )
    assert [(p.low, p.high, p.source.file) for p in fig.protein_g_per_lb] == [
        (0.7, 1.0, A002),
        (0.8, 1.2, A003),
    ]
    with open(LIBRARY_PATH, "rb") as fh:
        titles = {s["file"]: s["title"] for s in tomllib.load(fh)["source"]}
    for figure in (fig.deficit_kcal, fig.sleep_hours, *fig.protein_g_per_lb):
        assert figure.source.title == titles[figure.source.file]
    assert [a.factor for a in fig.activity_levels] == [1.2, 1.375, 1.55, 1.725, 1.9]


def test_malformed_plan_file_is_refused(tmp_path: Path) -> None:
    """A figure with an unknown source or a reversed range is a PlanDataError naming it."""
    good = plan.PLAN_PATH.read_text(encoding="utf-8")
    bad = tmp_path / "plan.toml"
    bad.write_text(
        good.replace('source = "003_adb7ec22263db588.txt"', 'source = "009.txt"'), encoding="utf-8"
    )
    with pytest.raises(plan.PlanDataError, match=r"protein\[1\].*unknown source"):
        plan.load_plan_figures(bad)
    bad.write_text(good.replace("min_kcal = 250", "min_kcal = 900"), encoding="utf-8")
    with pytest.raises(plan.PlanDataError, match="deficit"):
        plan.load_plan_figures(bad)
