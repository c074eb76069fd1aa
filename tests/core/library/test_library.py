"""The library loader, its validation, and idempotent seeding of exercises and routines."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import func, select

from core.library import queries, rows, schema, seed
from core.library.schema import LibraryDataError
from core.store.db import Database
from core.store.models import Exercise, Routine, RoutineItem
from core.store.rows import row_from

SRC = "000_83f165f7394f71b5.txt"

MINIMAL_LIBRARY = f"""
[[source]]
file = "{SRC}"
title = "An article"

[[exercise]]
slug = "alpha"
name = "Alpha"
kind = "strength"
mode = "reps"
sets = 3
reps_min = 10
reps_max = 12
sources = ["{SRC}"]
summary = "A test entry."
instructions = ["First step.", "Second step.", "Third step."]

[[exercise]]
slug = "beta"
name = "Beta"
kind = "mobility"
mode = "hold"
hold_seconds = 10
sources = ["{SRC}"]
summary = "Another test entry."
instructions = ["First step.", "Second step.", "Third step."]
"""

MINIMAL_ROUTINES = f"""
[[routine]]
key = "r"
name = "R"
source = "{SRC}"
summary = "A test routine."

[[routine.item]]
exercise = "alpha"
circuit = 1
rounds = 2

[[routine.item]]
exercise = "beta"
circuit = 1
rounds = 2
"""


def write(tmp_path: Path, name: str, text: str) -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def seed_all(db: Database, lib: Path | None = None, routines: Path | None = None):
    with db.session_scope() as session:
        ex = seed.seed_library(session=session, path=lib)
        session.flush()
        ro = seed.seed_routines(session=session, path=routines, library_path=lib)
    return ex, ro


# --- the real files ------------------------------------------------------------------------------


def test_real_library_loads_with_all_five_sources() -> None:
    """resources/schema.toml parses and validates, declares the five articles, ~30 entries."""
    sources, entries = schema.load_library()
    assert len(sources) == 5
    assert 28 <= len(entries) <= 40
    assert len({e.slug for e in entries}) == len(entries)
    assert {s for e in entries for s in e.sources} == set(sources)


def test_real_library_covers_every_kind_mode_and_side() -> None:
    """Every kind and every mode occurs, and both one-sided and two-sided moves exist."""
    _, entries = schema.load_library()
    assert {e.kind for e in entries} == set(schema.KINDS)
    assert {e.mode for e in entries} == set(schema.MODES)
    assert {e.per_side for e in entries} == {True, False}
    assert {e.impact for e in entries} == set(schema.IMPACTS)
    # the player must handle a one-sided move in reps mode and holds with repetitions
    assert any(e.per_side and e.mode == "reps" for e in entries)
    assert any(e.mode == "hold" and e.reps_min for e in entries)


def test_real_routines_load_against_the_library() -> None:
    """resources/routines.toml validates: five routines, one per article, known exercises."""
    templates = schema.load_routine_templates()
    assert len(templates) == 5
    assert len({t.source for t in templates}) == 5
    _, entries = schema.load_library()
    slugs = {e.slug for e in entries}
    for tpl in templates:
        assert tpl.items
        assert all(item.exercise in slugs for item in tpl.items)


def test_routine_items_inherit_prescription_and_default_marks() -> None:
    """An item that leaves fields out takes them, with their default marks, from the entry."""
    templates = {t.key: t for t in schema.load_routine_templates()}
    bird_dog = templates["back-dimples"].items[3]
    assert bird_dog.exercise == "bird-dog"
    assert (bird_dog.reps_min, bird_dog.reps_max, bird_dog.per_side) == (8, 10, True)
    assert "reps_min" not in bird_dog.defaults  # 8-10 per side is article 004's number
    assert "sets" in bird_dog.defaults  # the entry's sets are our default
    hip_thrust = templates["back-dimples"].items[0]
    assert {"sets", "reps_min", "reps_max"} <= set(hip_thrust.defaults)


# --- seeding -------------------------------------------------------------------------------------


def test_seeding_twice_inserts_then_reports_unchanged(db: Database) -> None:
    """A second seed changes nothing and never duplicates exercises or routines."""
    ex1, ro1 = seed_all(db)
    _, entries = schema.load_library()
    assert (ex1.inserted, ex1.updated, ex1.unchanged) == (len(entries), 0, 0)
    assert ro1.inserted == 5
    ex2, ro2 = seed_all(db)
    assert (ex2.inserted, ex2.updated, ex2.unchanged, ex2.changed) == (0, 0, len(entries), ())
    assert (ro2.inserted, ro2.updated, ro2.unchanged) == (0, 0, 5)
    with db.read_scope() as session:
        assert session.scalar(select(func.count()).select_from(Exercise)) == len(entries)
        assert session.scalar(select(func.count()).select_from(Routine)) == 5
        items = session.scalar(select(func.count()).select_from(RoutineItem))
    assert items == sum(len(t.items) for t in schema.load_routine_templates())


def test_seeded_row_matches_the_toml_entry(db: Database) -> None:
    """What is stored reads back equal to the loaded entry, field for field."""
    seed_all(db)
    _, entries = schema.load_library()
    with db.read_scope() as session:
        for entry in entries:
            row = queries.get_exercise(entry.slug, session=session)
            assert row is not None and row.builtin
            for key in rows.ENTRY_FIELDS:
                assert getattr(row, key) == getattr(entry, key), (entry.slug, key)


def test_changed_toml_entry_updates_the_row(db: Database, tmp_path: Path) -> None:
    """Editing an entry in the TOML updates that builtin row (same id) and only that one."""
    seed_all(db)
    text = schema.LIBRARY_PATH.read_text(encoding="utf-8")
    old = 'slug = "squat-jump"\nname = "Squat jump"'
    assert old in text
    edited = write(tmp_path, "schema.toml", text.replace(old, old[:-1] + '!"', 1))
    with db.read_scope() as session:
        before = queries.get_exercise("squat-jump", session=session)
    with db.session_scope() as session:
        result = seed.seed_library(session=session, path=edited)
    assert (result.inserted, result.updated, result.changed) == (0, 1, ("squat-jump",))
    with db.read_scope() as session:
        after = queries.get_exercise("squat-jump", session=session)
    assert before is not None and after is not None
    assert after.id == before.id
    assert after.name == "Squat jump!"


def test_custom_rows_survive_seeding(db: Database, tmp_path: Path) -> None:
    """Seeding never touches builtin=False rows, even one holding a builtin slug."""
    with db.session_scope() as session:
        session.add(Exercise(slug="my-plank", name="My plank", kind="strength", mode="hold",
                             hold_seconds=45, builtin=False))  # fmt: skip
        session.add(Exercise(slug="glute-bridge", name="My bridge", kind="strength", mode="reps",
                             reps_min=5, builtin=False))  # fmt: skip
    ex, _ = seed_all(db)
    assert ex.skipped == 1 and "glute-bridge" not in ex.changed
    ex, _ = seed_all(db)
    assert ex.skipped == 1 and ex.updated == 0
    with db.read_scope() as session:
        plank = queries.get_exercise("my-plank", session=session)
        bridge = queries.get_exercise("glute-bridge", session=session)
    assert plank is not None and plank.hold_seconds == 45 and not plank.builtin
    assert bridge is not None and bridge.name == "My bridge" and bridge.reps_min == 5


def test_builtin_removed_from_toml_is_kept(db: Database, tmp_path: Path) -> None:
    """A builtin slug no longer in the TOML stays in the database (logged sets may use it)."""
    seed_all(db)
    lib = write(tmp_path, "schema.toml", MINIMAL_LIBRARY)
    with db.session_scope() as session:
        result = seed.seed_library(session=session, path=lib)
    assert result.inserted == 2
    with db.read_scope() as session:
        assert queries.get_exercise("glute-bridge", session=session) is not None


def test_seeding_does_not_commit(db: Database) -> None:
    """The seed functions leave committing to the caller: a failed scope stores nothing."""
    with pytest.raises(RuntimeError), db.session_scope() as session:
        seed.seed_library(session=session)
        session.flush()
        seed.seed_routines(session=session)
        raise RuntimeError("user action failed")
    with db.read_scope() as session:
        assert queries.list_exercises(session=session) == []


def test_routines_need_the_library_seeded_first(db: Database) -> None:
    """Seeding routines into an empty library fails with a message saying what to do."""
    with pytest.raises(LibraryDataError, match="seed the library first"), db.session_scope() as s:
        seed.seed_routines(session=s)


def test_changed_routine_updates_in_place(db: Database, tmp_path: Path) -> None:
    """A routine changed in the TOML is rewritten; kept items keep their ids, dropped ones go."""
    lib = write(tmp_path, "schema.toml", MINIMAL_LIBRARY)
    routines = write(tmp_path, "routines.toml", MINIMAL_ROUTINES)
    _, first = seed_all(db, lib, routines)
    assert first.inserted == 1
    with db.read_scope() as session:
        ids_before = [i.id for i in session.scalars(select(RoutineItem).order_by("position"))]
    changed = MINIMAL_ROUTINES.replace("rounds = 2", "rounds = 3")
    changed = changed[: changed.rindex("[[routine.item]]")].replace("circuit = 1\n", "")
    changed = changed.replace("rounds = 3\n", "")
    routines.write_text(changed, encoding="utf-8")
    _, second = seed_all(db, lib, routines)
    assert (second.inserted, second.updated, second.changed) == (0, 1, ("r",))
    with db.read_scope() as session:
        items = list(session.scalars(select(RoutineItem).order_by("position")))
        assert [i.id for i in items] == ids_before[:1]
        assert items[0].circuit is None and items[0].rounds is None
    _, third = seed_all(db, lib, routines)
    assert (third.updated, third.unchanged) == (0, 1)


def test_user_routine_with_the_same_name_is_left_alone(db: Database, tmp_path: Path) -> None:
    """If a user's routine already has a ready-made routine's name, the builtin gets a suffix."""
    lib = write(tmp_path, "schema.toml", MINIMAL_LIBRARY)
    routines = write(tmp_path, "routines.toml", MINIMAL_ROUTINES)
    with db.session_scope() as session:
        session.add(Routine(name="R", summary="mine"))
    seed_all(db, lib, routines)
    with db.read_scope() as session:
        by_name = {r.name: r for r in session.scalars(select(Routine))}
        assert by_name["R"].builtin_key is None and by_name["R"].summary == "mine"
        assert by_name["R (ready-made)"].builtin_key == "r"


# --- reading -------------------------------------------------------------------------------------


def test_list_exercises_sorted_by_name_and_get_unknown(db: Database) -> None:
    """list_exercises returns detached rows sorted by name; an unknown slug gives None."""
    seed_all(db)
    with db.read_scope() as session:
        listed = queries.list_exercises(session=session)
        assert queries.get_exercise("no-such-move", session=session) is None
    names = [r.name.casefold() for r in listed]
    assert names == sorted(names)
    assert all(isinstance(r.equipment, tuple) for r in listed)


def test_exercise_to_json_shape(db: Database) -> None:
    """The JSON form has every contract key, lists for list fields, None where not applicable."""
    seed_all(db)
    sources, _ = schema.load_library()
    with db.read_scope() as session:
        row = queries.get_exercise("running", session=session)
    assert row is not None
    out = rows.exercise_to_json(row, sources=sources)
    required = {
        "slug", "name", "kind", "mode", "per_side", "sets", "reps_min", "reps_max",
        "hold_seconds", "rest_seconds", "duration_minutes", "sessions_per_week_min",
        "sessions_per_week_max", "equipment", "muscles", "impact", "cautions", "variations",
        "sources", "defaults",
    }  # fmt: skip
    assert required <= set(out)
    assert out["sets"] is None and out["reps_min"] is None and out["hold_seconds"] is None
    assert out["duration_minutes"] == 30
    for key in ("equipment", "muscles", "cautions", "variations", "sources", "defaults"):
        assert isinstance(out[key], list)
    assert out["source_titles"] == [sources[s].title for s in row.sources]


def test_json_keys_derive_from_the_row_in_the_published_order(db: Database) -> None:
    """`backline library --json` keys are ExerciseRow's fields but its id, in this order; the
    stored row's JSON has exactly those keys, in that order."""
    assert rows.EXERCISE_FIELDS == (
        "slug", "name", "kind", "mode", "per_side", "sets", "reps_min", "reps_max",
        "hold_seconds", "positions", "rest_seconds", "duration_minutes",
        "sessions_per_week_min", "sessions_per_week_max", "equipment", "muscles", "impact",
        "cautions", "variations", "sources", "defaults", "summary", "instructions", "builtin",
        "archived",
    )  # fmt: skip
    seed_all(db)
    with db.read_scope() as session:
        row = queries.get_exercise("glute-bridge", session=session)
    assert row is not None
    assert tuple(rows.exercise_to_json(row)) == rows.EXERCISE_FIELDS
    _, entries = schema.load_library()
    assert tuple(rows.exercise_to_json(entries[0])) == rows.EXERCISE_FIELDS[:-2]


def test_row_from_turns_stored_nulls_into_plain_values() -> None:
    """A stored object's NULL lists, text and flags become (), "" and False in the frozen row."""

    class Stored:
        def __init__(self) -> None:
            for name in rows.EXERCISE_COLUMNS:
                setattr(self, name, None)
            self.id, self.slug, self.name, self.kind, self.mode = 7, "x", "X", "strength", "reps"
            self.muscles = ["core"]

    row = row_from(rows.ExerciseRow, Stored(), builtin=1)
    assert (row.equipment, row.muscles, row.summary) == ((), ("core",), "")
    assert (row.per_side, row.builtin, row.sets, row.impact) == (False, True, None, None)


# --- malformed data ------------------------------------------------------------------------------

# (defect id, text to replace in MINIMAL_LIBRARY, replacement, entry named, field named)
LIBRARY_DEFECTS = [
    ("unknown-key", 'sets = 3\n', 'sets = 3\ncolour = "red"\n', "'alpha'", "'colour'"),
    ("wrong-type", "sets = 3\n", 'sets = "3"\n', "'alpha'", "'sets'"),
    ("bool-as-int", "sets = 3\n", "sets = true\n", "'alpha'", "'sets'"),
    ("bad-kind", 'kind = "mobility"', 'kind = "dance"', "'beta'", "'kind'"),
    ("bad-mode", 'mode = "reps"', 'mode = "laps"', "'alpha'", "'mode'"),
    ("zero", "hold_seconds = 10", "hold_seconds = 0", "'beta'", "'hold_seconds'"),
    ("negative", "sets = 3\n", "sets = -1\n", "'alpha'", "'sets'"),
    ("reps-reversed", "reps_min = 10", "reps_min = 14", "'alpha'", "'reps_min'"),
    ("hold-without-seconds", "hold_seconds = 10\n", "", "'beta'", "'hold_seconds'"),
    ("reps-without-min", "reps_min = 10\n", "", "'alpha'", "'reps_min'"),
    ("duration-without-minutes", 'mode = "hold"', 'mode = "duration"', "'beta'",
     "'duration_minutes'"),
    ("duplicate-slug", 'slug = "beta"', 'slug = "alpha"', "'alpha'", "'slug'"),
    ("unknown-variation", "sets = 3\n", 'sets = 3\nvariations = ["gamma"]\n', "'alpha'",
     "'variations'"),
    ("undeclared-source", 'sources = ["000_83f165f7394f71b5.txt"]\nsummary = "Another',
     'sources = ["001_d70040e190bb9df4.txt"]\nsummary = "Another', "'beta'", "'sources'"),
    ("default-without-value", "sets = 3\n", 'sets = 3\ndefaults = ["rest_seconds"]\n', "'alpha'",
     "'rest_seconds'"),
    ("unknown-default-name", "sets = 3\n", 'sets = 3\ndefaults = ["colour"]\n', "'alpha'",
     "'defaults'"),
    ("too-few-steps", '["First step.", "Second step.", "Third step."]\n\n',
     '["Only step."]\n\n', "'alpha'", "'instructions'"),
    ("bad-muscle", "sets = 3\n", 'sets = 3\nmuscles = ["biceps-femoris"]\n', "'alpha'",
     "'muscles'"),
    ("week-over-7", "sets = 3\n", "sets = 3\nsessions_per_week_min = 3\nsessions_per_week_max = 8\n",
     "'alpha'", "'sessions_per_week_max'"),
    ("positions-not-hold", "sets = 3\n", 'sets = 3\npositions = ["up", "down"]\n', "'alpha'",
     "'positions'"),
    ("positions-twice", "hold_seconds = 10", 'hold_seconds = 10\npositions = ["up", "Up"]',
     "'beta'", "'positions'"),
    ("position-empty", "hold_seconds = 10", 'hold_seconds = 10\npositions = ["up", " "]',
     "'beta'", "'positions'"),
    ("position-too-long", "hold_seconds = 10",
     f'hold_seconds = 10\npositions = ["{"x" * 31}", "down"]', "'beta'", "'positions'"),
    ("positions-not-names", "hold_seconds = 10", "hold_seconds = 10\npositions = [1, 2]",
     "'beta'", "'positions'"),
]  # fmt: skip


@pytest.mark.parametrize(
    ("old", "new", "entry", "field"),
    [pytest.param(*d[1:], id=d[0]) for d in LIBRARY_DEFECTS],
)
def test_malformed_library_names_entry_and_field(
    tmp_path: Path, old: str, new: str, entry: str, field: str
) -> None:
    """Each defect in a library TOML fails with a message naming the entry and the field."""
    assert old in MINIMAL_LIBRARY
    path = write(tmp_path, "schema.toml", MINIMAL_LIBRARY.replace(old, new, 1))
    with pytest.raises(LibraryDataError) as info:
        schema.load_library(path)
    message = str(info.value)
    assert entry in message and field in message, message


def test_minimal_samples_are_valid(tmp_path: Path) -> None:
    """The samples the defect tests start from load cleanly (so each defect is the only one)."""
    lib = write(tmp_path, "schema.toml", MINIMAL_LIBRARY)
    routines = write(tmp_path, "routines.toml", MINIMAL_ROUTINES)
    assert len(schema.load_library(lib)[1]) == 2
    assert len(schema.load_routine_templates(routines, library_path=lib)) == 1


ROUTINE_DEFECTS = [
    ("unknown-exercise", 'exercise = "beta"', 'exercise = "gamma"', "item #2", "'exercise'"),
    ("rounds-missing", "circuit = 1\nrounds = 2\n\n", "circuit = 1\n\n", "item #1", "'rounds'"),
    ("rounds-disagree", 'beta"\ncircuit = 1\nrounds = 2', 'beta"\ncircuit = 1\nrounds = 3',
     "item #2", "'rounds'"),
    ("undeclared-source", f'source = "{SRC}"', 'source = "004_dfcb09c5a188d281.txt"',
     "routine 'r'", "'source'"),
    ("unknown-key", 'summary = "A test routine."',
     'summary = "A test routine."\ncolour = "red"', "routine 'r'", "'colour'"),
    ("mode-needs-value", 'exercise = "beta"', 'exercise = "beta"\nmode = "duration"', "item #2",
     "'duration_minutes'"),
    ("rest-negative", 'exercise = "beta"', 'exercise = "beta"\nrest_after_seconds = -5',
     "item #2", "'rest_after_seconds'"),
    ("week-reversed", 'summary = "A test routine."',
     'summary = "A test routine."\nsessions_per_week_min = 4\nsessions_per_week_max = 2',
     "routine 'r'", "'sessions_per_week_min'"),
    ("count-up-on-reps", 'exercise = "alpha"', 'exercise = "alpha"\ncount_up = true', "item #1",
     "'count_up'"),
    ("count-up-not-a-flag", 'exercise = "beta"', 'exercise = "beta"\ncount_up = "yes"',
     "item #2", "'count_up'"),
    ("weight-step-on-hold", 'exercise = "beta"', 'exercise = "beta"\nweight_step_kg = 2.5',
     "item #2", "'weight_step_kg'"),
    ("weight-step-zero", 'exercise = "alpha"', 'exercise = "alpha"\nweight_step_kg = 0',
     "item #1", "'weight_step_kg'"),
]  # fmt: skip


@pytest.mark.parametrize(
    ("old", "new", "entry", "field"),
    [pytest.param(*d[1:], id=d[0]) for d in ROUTINE_DEFECTS],
)
def test_malformed_routines_name_entry_and_field(
    tmp_path: Path, old: str, new: str, entry: str, field: str
) -> None:
    """Each defect in a routines TOML fails with a message naming the routine/item and field."""
    assert old in MINIMAL_ROUTINES
    lib = write(tmp_path, "schema.toml", MINIMAL_LIBRARY)
    path = write(tmp_path, "routines.toml", MINIMAL_ROUTINES.replace(old, new, 1))
    with pytest.raises(LibraryDataError) as info:
        schema.load_routine_templates(path, library_path=lib)
    message = str(info.value)
    assert entry in message and field in message, message


def test_circuit_items_must_be_consecutive(tmp_path: Path) -> None:
    """Items of one circuit separated by another item are refused, naming the item and field."""
    lib = write(tmp_path, "schema.toml", MINIMAL_LIBRARY)
    text = MINIMAL_ROUTINES + '\n[[routine.item]]\nexercise = "alpha"\ncircuit = 1\nrounds = 2\n'
    text = text.replace('exercise = "beta"\ncircuit = 1\nrounds = 2', 'exercise = "beta"')
    path = write(tmp_path, "routines.toml", text)
    with pytest.raises(LibraryDataError, match=r"item #3.*'circuit'.*not consecutive"):
        schema.load_routine_templates(path, library_path=lib)


def test_invalid_toml_syntax_names_the_file(tmp_path: Path) -> None:
    """A file that is not TOML at all fails as LibraryDataError naming the file."""
    path = write(tmp_path, "broken.toml", "[[exercise]\nslug = ")
    with pytest.raises(LibraryDataError, match="broken.toml"):
        schema.load_library(path)


def test_cat_cow_holds_each_end_position_as_the_article_says(db: Database) -> None:
    """Article 004 has cat-cow fix each extreme position for 10 s: the library gives two timed
    positions (rounded, arched) of 10 s, from that seed file, and they are seeded as such; no
    other exercise of the articles holds more than one position."""
    _, entries = schema.load_library()
    by_slug = {e.slug: e for e in entries}
    cat = by_slug["cat-cow"]
    assert (cat.mode, cat.positions, cat.hold_seconds) == ("hold", ("rounded", "arched"), 10)
    assert "004_dfcb09c5a188d281.txt" in cat.sources and "hold_seconds" not in cat.defaults
    assert [e.slug for e in entries if e.positions] == ["cat-cow"]
    seed_all(db)
    with db.read_scope() as session:
        row = queries.get_exercise("cat-cow", session=session)
    assert row is not None and row.positions == ("rounded", "arched") and not row.archived


def test_positions_problem_answers_every_shape() -> None:
    """One check for positions, shared by the TOML, the JSON import and the exercise editor."""
    assert schema.positions_problem("hold", []) is None
    assert schema.positions_problem("hold", ["rounded", "arched"]) is None
    assert schema.positions_problem("reps", ["a", "b"]) == "are only for hold exercises"
    assert schema.positions_problem("reps", []) is None
    assert "twice" in (schema.positions_problem("hold", ["a", "A"]) or "")
    assert "at most" in (schema.positions_problem("hold", list("abcdefg")) or "")
    assert "list" in (schema.positions_problem("hold", "rounded") or "")
    assert "spaces" in (schema.positions_problem("hold", [" a", "b"]) or "")


def test_count_up_and_weight_step_items_load_and_seed(db: Database, tmp_path: Path) -> None:
    """A routine item may count up (hold/duration) or carry a weight step (reps); both are
    stored by seeding."""
    lib = write(tmp_path, "schema.toml", MINIMAL_LIBRARY)
    text = MINIMAL_ROUTINES.replace(
        'exercise = "alpha"', 'exercise = "alpha"\nweight_step_kg = 1.25'
    ).replace('exercise = "beta"', 'exercise = "beta"\ncount_up = true')
    routines = write(tmp_path, "routines.toml", text)
    (tpl,) = schema.load_routine_templates(routines, library_path=lib)
    assert [(i.count_up, i.weight_step_kg) for i in tpl.items] == [(False, 1.25), (True, None)]
    seed_all(db, lib, routines)
    with db.read_scope() as session:
        items = session.scalars(select(RoutineItem).order_by(RoutineItem.position)).all()
        assert [(i.count_up, i.weight_step_kg) for i in items] == [(False, 1.25), (True, None)]
