"""The library and routines data against the five articles (copies in tests/fixtures/seeds/).

These tests pin the articles' numbers exactly, check that our own values are marked as
defaults, and check that instructions are in our words (no 8-word run copied from an article).
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from core.library import schema as library
from core.library.rows import LibraryEntry
from core.library.schema import RoutineTemplate

SEEDS = Path(__file__).resolve().parents[2] / "fixtures" / "seeds"
A000 = "000_83f165f7394f71b5.txt"
A001 = "001_d70040e190bb9df4.txt"
A002 = "002_a86f65ea4a73a782.txt"
A003 = "003_adb7ec22263db588.txt"
A004 = "004_dfcb09c5a188d281.txt"


@pytest.fixture(scope="module")
def lib() -> dict[str, LibraryEntry]:
    return {e.slug: e for e in library.load_library()[1]}


@pytest.fixture(scope="module")
def routines() -> dict[str, RoutineTemplate]:
    return {t.key: t for t in library.load_routine_templates()}


def prescription(e: LibraryEntry) -> tuple[object, ...]:
    return (e.sets, e.reps_min, e.reps_max, e.per_side)


def from_article(e: LibraryEntry, *names: str) -> bool:
    """True when none of these fields is marked as our default."""
    return not set(names) & set(e.defaults)


# --- the sources ----------------------------------------------------------------------------------


def test_declared_sources_are_the_five_articles_with_their_titles() -> None:
    """Each declared source is a seed file; its title is the article's first line unless ours."""
    sources, _ = library.load_library()
    assert sorted(sources) == sorted(p.name for p in SEEDS.glob("*.txt"))
    for src in sources.values():
        first_line = (SEEDS / src.file).read_text(encoding="utf-8").splitlines()[0].strip()
        if src.title_is_ours:
            assert src.title != first_line
        else:
            assert src.title == first_line


def test_every_article_contributes_entries_and_a_routine(
    lib: dict[str, LibraryEntry], routines: dict[str, RoutineTemplate]
) -> None:
    """All five articles are the source of some entries and of exactly one routine each."""
    assert {s for e in lib.values() for s in e.sources} == {A000, A001, A002, A003, A004}
    assert sorted(t.source for t in routines.values()) == [A000, A001, A002, A003, A004]


# --- article 000 ---------------------------------------------------------------------------------


def test_article_000_numbers(lib: dict[str, LibraryEntry]) -> None:
    """The six exercises of article 000 carry its sets and rep ranges exactly."""
    assert prescription(lib["reverse-lunge-step-up"]) == (3, 10, 10, True)
    assert prescription(lib["squat-jump"]) == (3, 10, 15, False)
    assert prescription(lib["glute-bridge"]) == (3, 15, 20, False)
    assert prescription(lib["stability-ball-hamstring-curl"]) == (3, 10, 12, False)
    assert prescription(lib["push-up"]) == (3, 5, 10, False)
    for slug in ("reverse-lunge-step-up", "squat-jump", "glute-bridge", "push-up"):
        e = lib[slug]
        assert A000 in e.sources
        assert from_article(e, "sets", "reps_min", "reps_max"), slug


def test_squat_jump_is_high_impact_with_cautions(lib: dict[str, LibraryEntry]) -> None:
    """The squat jump is marked high impact (the article's word) with its two cautions."""
    e = lib["squat-jump"]
    assert e.impact == "high" and from_article(e, "impact")
    text = " ".join(e.cautions).lower()
    assert "joint" in text and "beginner" in text


def test_push_up_and_row_rest_come_from_the_article(lib: dict[str, LibraryEntry]) -> None:
    """A minute's rest after each set is the article's value for push-ups and rows."""
    for slug in ("push-up", "dumbbell-row"):
        assert lib[slug].rest_seconds == 60
        assert from_article(lib[slug], "rest_seconds"), slug


def test_dumbbell_row_frequency_and_open_rep_range(lib: dict[str, LibraryEntry]) -> None:
    """Rows: 3 sets of at least 8, 2-3 times a week; the upper rep bound is our default."""
    e = lib["dumbbell-row"]
    assert (e.sets, e.reps_min) == (3, 8)
    assert (e.sessions_per_week_min, e.sessions_per_week_max) == (2, 3)
    assert from_article(e, "sets", "reps_min", "sessions_per_week_min", "sessions_per_week_max")
    assert "reps_max" in e.defaults


def test_glute_bridge_variations(lib: dict[str, LibraryEntry]) -> None:
    """The one-legged bridge and the weighted hip thrust are present as bridge variations."""
    bridge = lib["glute-bridge"]
    assert {"single-leg-glute-bridge", "weighted-hip-thrust"} <= set(bridge.variations)
    assert lib["single-leg-glute-bridge"].per_side
    assert A000 in lib["weighted-hip-thrust"].sources
    assert "barbell-hip-thrust" in bridge.variations
    assert "hold_seconds" in bridge.defaults  # the squeeze has no number in the article


# --- article 001 ---------------------------------------------------------------------------------


@pytest.mark.parametrize("slug", ["running", "tennis", "soccer", "swimming", "cycling"])
def test_cardio_30_minutes_4_to_5_times_a_week(lib: dict[str, LibraryEntry], slug: str) -> None:
    """Article 001's cardio activities: at least 30 minutes, 4-5 times per week."""
    e = lib[slug]
    assert (e.kind, e.mode) == ("cardio", "duration")
    assert e.duration_minutes == 30
    assert (e.sessions_per_week_min, e.sessions_per_week_max) == (4, 5)
    assert A001 in e.sources
    assert from_article(e, "duration_minutes", "sessions_per_week_min", "sessions_per_week_max")


def test_swimming_is_one_entry_from_two_articles(lib: dict[str, LibraryEntry]) -> None:
    """Swimming, named by articles 001 and 004, is a single entry citing both."""
    assert [s for s in lib if "swim" in s] == ["swimming"]
    assert set(lib["swimming"].sources) == {A001, A004}


def test_self_massage_5_minutes_daily_with_oil(lib: dict[str, LibraryEntry]) -> None:
    """Self-massage of the back of the thighs: 5 minutes every day, with oil."""
    e = lib["thigh-self-massage"]
    assert (e.kind, e.mode, e.duration_minutes) == ("recovery", "duration", 5)
    assert (e.sessions_per_week_min, e.sessions_per_week_max) == (7, 7)
    assert "oil" in e.equipment
    assert from_article(e, "duration_minutes", "sessions_per_week_min")


# --- articles 002 and 003 ------------------------------------------------------------------------


@pytest.mark.parametrize(
    "slug", ["romanian-deadlift", "weighted-hip-thrust", "step-up", "bulgarian-split-squat"]
)
def test_posterior_chain_moves_2_to_3_times_a_week(lib: dict[str, LibraryEntry], slug: str) -> None:
    """Article 002's moves: 2-3 times per week from the article; sets and reps are ours."""
    e = lib[slug]
    assert A002 in e.sources
    assert (e.sessions_per_week_min, e.sessions_per_week_max) == (2, 3)
    assert from_article(e, "sessions_per_week_min", "sessions_per_week_max")
    assert {"sets", "reps_min", "reps_max"} <= set(e.defaults)


def test_article_003_moves_present(lib: dict[str, LibraryEntry]) -> None:
    """Barbell hip thrust, deadlift, superman and bird-dog cite article 003."""
    for slug in ("barbell-hip-thrust", "deadlift", "superman", "bird-dog"):
        assert A003 in lib[slug].sources, slug
    assert "sets" in lib["superman"].defaults  # article 003 gives no numbers


# --- article 004 ---------------------------------------------------------------------------------


def test_home_back_complex_reps_and_holds(lib: dict[str, LibraryEntry]) -> None:
    """The home complex: 8-10 times each, per side for the bird-dog, 10 s holds, 1 kg at most."""
    for slug in ("bird-dog", "seated-table-hip-lift", "seated-rear-row",
                 "prone-arm-chest-lift", "cat-cow"):  # fmt: skip
        e = lib[slug]
        assert A004 in e.sources, slug
        assert (e.reps_min, e.reps_max) == (8, 10), slug
        assert (e.sessions_per_week_min, e.sessions_per_week_max) == (7, 7), slug
        assert from_article(e, "reps_min", "reps_max", "sessions_per_week_min"), slug
    assert lib["bird-dog"].per_side
    for slug in ("prone-arm-chest-lift", "cat-cow"):
        assert (lib[slug].mode, lib[slug].hold_seconds) == ("hold", 10)
        assert from_article(lib[slug], "hold_seconds")
    assert lib["seated-table-hip-lift"].mode == "hold"
    assert any("1 kg" in c for c in lib["seated-rear-row"].cautions)


@pytest.mark.parametrize("slug", ["yoga", "callanetics", "pilates", "walking", "stair-climbing"])
def test_article_004_activities(lib: dict[str, LibraryEntry], slug: str) -> None:
    """The recommended activities are timed entries; their minutes are our default."""
    e = lib[slug]
    assert A004 in e.sources and e.mode == "duration"
    assert "duration_minutes" in e.defaults


# --- routines ------------------------------------------------------------------------------------


def test_routine_000_order_and_rest(routines: dict[str, RoutineTemplate]) -> None:
    """Article 000's routine keeps its six exercises in order; its minute rests are unmarked."""
    tpl = routines["back-leg-cellulite"]
    assert [i.exercise for i in tpl.items] == [
        "reverse-lunge-step-up", "squat-jump", "glute-bridge",
        "stability-ball-hamstring-curl", "push-up", "dumbbell-row",
    ]  # fmt: skip
    push_up, row = tpl.items[4], tpl.items[5]
    assert push_up.rest_seconds == row.rest_seconds == 60
    assert "rest_seconds" not in push_up.defaults and "rest_seconds" not in row.defaults
    assert "rest_seconds" in tpl.items[0].defaults


def test_routine_001_plan(routines: dict[str, RoutineTemplate]) -> None:
    """Article 001's plan: 30 min cardio, strength, 5 min massage; 4-5 sessions a week."""
    tpl = routines["back-of-thigh-plan"]
    assert (tpl.sessions_per_week_min, tpl.sessions_per_week_max) == (4, 5)
    assert "sessions_per_week_min" not in tpl.defaults
    items = {i.exercise: i for i in tpl.items}
    assert items["running"].duration_minutes == 30
    assert items["thigh-self-massage"].duration_minutes == 5
    assert "strength-training-class" in items


def test_routine_002_and_003(routines: dict[str, RoutineTemplate]) -> None:
    """002: RDL, hip thrust, step-ups, split squats 2-3/week; 003: its four moves."""
    tpl = routines["posterior-chain-sculpt"]
    assert [i.exercise for i in tpl.items] == [
        "romanian-deadlift", "weighted-hip-thrust", "step-up", "bulgarian-split-squat",
    ]  # fmt: skip
    assert (tpl.sessions_per_week_min, tpl.sessions_per_week_max) == (2, 3)
    assert not tpl.defaults
    assert all({"sets", "reps_min"} <= set(i.defaults) for i in tpl.items)
    dimples = routines["back-dimples"]
    assert [i.exercise for i in dimples.items] == [
        "barbell-hip-thrust", "deadlift", "superman", "bird-dog",
    ]  # fmt: skip


def test_routine_004_daily_circuit(routines: dict[str, RoutineTemplate]) -> None:
    """Article 004's complex: five moves as one circuit, daily, 8-10 reps, 10 s holds, 1 kg."""
    tpl = routines["home-back-complex"]
    assert (tpl.sessions_per_week_min, tpl.sessions_per_week_max) == (7, 7)
    assert len(tpl.items) == 5
    assert {i.circuit for i in tpl.items} == {1}
    assert all(i.rounds is not None and "rounds" in i.defaults for i in tpl.items)
    assert all((i.reps_min, i.reps_max) == (8, 10) for i in tpl.items)
    holds = {i.exercise: i.hold_seconds for i in tpl.items}
    assert holds["prone-arm-chest-lift"] == holds["cat-cow"] == 10
    assert tpl.items[2].weight_kg == 1.0


# --- our own words -------------------------------------------------------------------------------

RUN = 8


def _words(text: str) -> list[str]:
    return re.findall(r"[a-z0-9]+", text.lower().replace("\u2019", "'"))


def _runs(words: list[str]) -> set[tuple[str, ...]]:
    return {tuple(words[i : i + RUN]) for i in range(len(words) - RUN + 1)}


def test_no_instruction_copies_an_article(
    lib: dict[str, LibraryEntry], routines: dict[str, RoutineTemplate]
) -> None:
    """No instruction, summary, caution or note shares 8 consecutive words with any article."""
    article_runs: set[tuple[str, ...]] = set()
    for path in SEEDS.glob("*.txt"):
        article_runs |= _runs(_words(path.read_text(encoding="utf-8")))
    assert len(article_runs) > 4000  # the fixtures are really there
    texts = [s for e in lib.values() for s in (*e.instructions, e.summary, *e.cautions)]
    texts += [t.summary for t in routines.values()]
    texts += [i.note for t in routines.values() for i in t.items if i.note]
    copied = [(text, run) for text in texts for run in _runs(_words(text)) & article_runs]
    assert copied == []


def test_the_check_catches_a_copied_sentence() -> None:
    """The copy check itself works: an article sentence is caught."""
    sentence = "Lie flat on the floor facing up, with your knees bent and your feet pressing"
    article = (SEEDS / A000).read_text(encoding="utf-8")
    assert _runs(_words(sentence)) & _runs(_words(article))
