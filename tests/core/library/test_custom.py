"""A person's own exercises on a real seeded database: create, edit, copy, archive, merge."""

from __future__ import annotations

from dataclasses import replace

import pytest
from sqlalchemy import func, select

from core.bounds import InputError
from core.changes import Changes
from core.interchange import import_parsed, parse_text
from core.interchange.common import name_key
from core.library import custom, queries
from core.library.custom import ExerciseDraft, ExerciseError
from core.routines import drafts, service
from core.store.db import Database
from core.store.models import Exercise, ExerciseAlias, LoggedSet, RoutineItem, Workout

HOLD = ExerciseDraft(
    name="Wall sit",
    kind="strength",
    mode="hold",
    sets=3,
    reps_min=1,
    reps_max=1,
    hold_seconds=30,
    rest_seconds=60,
    muscles=("quads", "glutes"),
    equipment=("Wall",),
    impact="low",
    instructions=("Back flat on the wall.", "Slide down until the knees are bent.", "Hold."),
    cautions=("Stop if a knee hurts.",),
)


def create(db: Database, draft: ExerciseDraft = HOLD) -> custom.ExerciseRow:
    with db.session_scope() as s:
        return custom.create_exercise(draft, session=s).value


def stored(db: Database, slug: str) -> custom.ExerciseRow:
    with db.read_scope() as s:
        row = queries.get_exercise(slug, session=s)
    assert row is not None
    return row


def count(db: Database, model: type, *where: object) -> int:
    with db.read_scope() as s:
        return s.scalar(select(func.count()).select_from(model).where(*where)) or 0  # type: ignore[arg-type]


# --- create and validate ------------------------------------------------------------------------


def test_create_stores_every_field_with_a_stable_custom_slug(seeded_db: Database) -> None:
    """A new exercise is stored with its values as given (equipment as library words), a
    "custom-" slug, no article and nothing marked as our default; renaming keeps the slug."""
    row = create(seeded_db)
    assert row.slug == "custom-wall-sit" and not row.builtin
    assert (row.name, row.kind, row.mode, row.sets, row.hold_seconds, row.rest_seconds) == (
        "Wall sit", "strength", "hold", 3, 30, 60)  # fmt: skip
    assert row.equipment == ("wall",) and row.muscles == ("quads", "glutes")
    assert row.instructions[0] == "Back flat on the wall." and row.cautions == HOLD.cautions
    assert row.sources == () and row.defaults == () and row.duration_minutes is None
    with seeded_db.session_scope() as s:
        renamed = custom.update_exercise(
            row.slug, replace(HOLD, name="Wall squat hold", hold_seconds=45), session=s
        ).value
    assert renamed.slug == row.slug and renamed.id == row.id
    assert stored(seeded_db, row.slug).name == "Wall squat hold"
    assert stored(seeded_db, row.slug).hold_seconds == 45


def test_same_name_gets_a_new_slug_and_names_are_unique_ignoring_case(seeded_db: Database) -> None:
    """Names are unique whatever their case or spacing (built-ins included); slugs of names
    that slug alike get -2."""
    create(seeded_db)
    for name in ("wall SIT", "  Wall   sit ", "Glute bridge"):
        with pytest.raises(InputError) as err, seeded_db.session_scope() as s:
            custom.create_exercise(replace(HOLD, name=name), session=s)
        assert err.value.field == "name" and "already used" in err.value.message
    second = create(seeded_db, replace(HOLD, name="Wall-sit!"))
    assert second.slug == "custom-wall-sit-2"


@pytest.mark.parametrize(
    ("change", "field", "words"),
    [
        ({"name": "  "}, "name", "is required"),
        ({"name": "x" * 121}, "name", "at most 120"),
        ({"kind": "dance"}, "kind", "must be one of"),
        ({"mode": "laps"}, "mode", "must be one of"),
        ({"impact": "huge"}, "impact", "must be one of"),
        ({"sets": 0}, "sets", "between 1 and 20"),
        ({"hold_seconds": None}, "hold_seconds", "required for hold"),
        ({"hold_seconds": 601}, "hold_seconds", "between 1 and 600"),
        ({"rest_seconds": 2.5}, "rest_seconds", "whole number"),
        ({"reps_min": 12, "reps_max": 8}, "reps_max", "at least the fewest reps (12)"),
        ({"reps_min": None, "reps_max": 8}, "reps_min", "required"),
        ({"muscles": ("biceps",)}, "muscles", "is not one of"),
        ({"positions": ("only one",)}, "positions", "two or more"),
        ({"instructions": ("step",) * 21}, "instructions", "at most 20 lines"),
        ({"sessions_per_week_min": 2}, "sessions_per_week_max", "required"),
        ({"mode": "duration"}, "duration_minutes", "required for duration"),
    ],
)
def test_every_bad_value_is_refused_naming_its_field_and_nothing_is_written(
    seeded_db: Database, change: dict[str, object], field: str, words: str
) -> None:
    """Each refused value raises one InputError naming its stored field; no row is added."""
    before = count(seeded_db, Exercise)
    with pytest.raises(InputError) as err, seeded_db.session_scope() as s:
        custom.create_exercise(replace(HOLD, **change), session=s)  # type: ignore[arg-type]
    assert err.value.field == field
    assert words in err.value.message and "\n" not in err.value.sentence
    assert count(seeded_db, Exercise) == before


def test_fields_the_mode_does_not_use_are_cleared(seeded_db: Database) -> None:
    """A duration keeps its minutes only; positions are kept for holds only."""
    row = create(
        seeded_db,
        replace(HOLD, name="Rowing", mode="duration", duration_minutes=20, positions=("a", "b")),
    )
    assert (row.sets, row.reps_min, row.hold_seconds, row.rest_seconds) == (None,) * 4
    assert row.duration_minutes == 20
    with seeded_db.read_scope() as s:
        ex = s.scalars(select(Exercise).where(Exercise.slug == row.slug)).one()
        assert ex.positions == []
    cat = create(seeded_db, replace(HOLD, name="Cat camel", positions=("Round", " Arch ")))
    with seeded_db.read_scope() as s:
        ex = s.scalars(select(Exercise).where(Exercise.slug == cat.slug)).one()
        assert ex.positions == ["Round", "Arch"]


# --- built-ins are read-only ---------------------------------------------------------------------


def test_editing_a_builtin_makes_the_persons_copy_and_leaves_it_alone(seeded_db: Database) -> None:
    """Saving a built-in's draft makes "My <name>" with the changes, keeps its article and the
    our-default marks of unchanged values only; the built-in row is exactly as before, and it
    can be neither archived nor merged away."""
    before = stored(seeded_db, "glute-bridge")
    draft = replace(custom.draft_from_row(before), sets=4, rest_seconds=90)
    with seeded_db.session_scope() as s:
        copy = custom.update_exercise("glute-bridge", draft, session=s).value
    assert stored(seeded_db, "glute-bridge") == before
    assert copy.name == "My Glute bridge" and not copy.builtin and copy.slug != "glute-bridge"
    assert copy.sets == 4 and copy.reps_min == before.reps_min
    assert copy.sources == before.sources and copy.variations == before.variations
    assert copy.defaults == tuple(f for f in before.defaults if f != "rest_seconds")
    with pytest.raises(ExerciseError), seeded_db.session_scope() as s:
        custom.set_archived("glute-bridge", True, session=s)
    with pytest.raises(ExerciseError), seeded_db.session_scope() as s:
        custom.merge_exercise("glute-bridge", copy.slug, session=s)


def test_duplicate_gives_a_unique_copy_name(seeded_db: Database) -> None:
    """Duplicating twice gives "Copy of X" then "Copy of X (2)", each with its own slug."""
    with seeded_db.session_scope() as s:
        one = custom.duplicate_exercise("superman", session=s).value
        two = custom.duplicate_exercise("superman", session=s).value
    assert (one.name, two.name) == ("Copy of Superman", "Copy of Superman (2)")
    assert one.slug != two.slug and one.hold_seconds == stored(seeded_db, "superman").hold_seconds


# --- archive -------------------------------------------------------------------------------------


def test_archived_exercises_leave_the_pickers_and_keep_their_history(seeded_db: Database) -> None:
    """An archived exercise is left out of list_exercises but listed with include_archived, and
    found by slug; unarchiving brings it back."""
    row = create(seeded_db)
    with seeded_db.session_scope() as s:
        changes = custom.set_archived(row.slug, True, session=s).changes
    assert changes == Changes(library=True)
    with seeded_db.read_scope() as s:
        assert row.slug not in {r.slug for r in queries.list_exercises(session=s)}
        assert row.slug in {
            r.slug for r in queries.list_exercises(session=s, include_archived=True)
        }
        (listed,) = [r for r in queries.list_exercises(session=s, include_archived=True)
                     if r.slug == row.slug]  # fmt: skip
        assert listed.archived
        assert queries.get_exercise(row.slug, session=s) is not None
    with seeded_db.session_scope() as s:
        custom.set_archived(row.slug, False, session=s)
    with seeded_db.read_scope() as s:
        assert row.slug in {r.slug for r in queries.list_exercises(session=s)}


# --- merge ---------------------------------------------------------------------------------------

STRONG = """Date,Workout Name,Duration,Exercise Name,Set Order,Weight,Reps,Distance,Seconds,Notes,Workout Notes,RPE
2024-03-04 18:00:00,"Legs",30min,"Frog Pump (Banded)",1,60.0,10,0,0,"","",
2024-03-04 18:00:00,"Legs",30min,"Frog Pump (Banded)",2,60.0,9,0,0,"","",
2024-03-04 18:00:00,"Legs",30min,"Glute Bridge",1,0,15,0,0,"","",
2024-03-06 18:00:00,"Legs",30min,"Frog Pump (Banded)",1,62.5,10,0,0,"","",
"""


def test_merge_moves_sets_items_and_aliases_then_deletes_the_custom_row(
    seeded_db: Database,
) -> None:
    """An imported custom exercise merged into a library one: its three logged sets, its
    routine item and its alias point at the target, the custom row is gone, other sets are
    untouched, and the next import of that name lands on the target with no new exercise."""
    with seeded_db.session_scope() as s:
        result = import_parsed(parse_text(STRONG, unit="kg"), session=s, create_custom=True)
    (slug,) = result.exercises_created
    with seeded_db.session_scope() as s:
        routine = service.create_routine("Thrusts", session=s).value
        items = (drafts.ItemDraft(exercise_slug=slug, sets=3, reps_min=8, reps_max=12),)
        service.save_routine(drafts.draft_from_row(routine).edited(items=items), session=s)
    source = stored(seeded_db, slug)
    target = stored(seeded_db, "barbell-hip-thrust")
    bridge_sets = count(seeded_db, LoggedSet, LoggedSet.exercise_id == stored(
        seeded_db, "glute-bridge").id)  # fmt: skip
    assert count(seeded_db, LoggedSet, LoggedSet.exercise_id == source.id) == 3

    with seeded_db.session_scope() as s:
        outcome = custom.merge_exercise(slug, "barbell-hip-thrust", session=s)
    merged = outcome.value
    assert (merged.sets_moved, merged.items_moved, merged.aliases_moved) == (3, 1, 1)
    assert outcome.changes == Changes(library=True, routines=True, workouts=True)
    with seeded_db.read_scope() as s:
        assert queries.get_exercise(slug, session=s) is None
        weights = sorted(
            (w, r)
            for w, r in s.execute(
                select(LoggedSet.weight_kg, LoggedSet.reps).where(
                    LoggedSet.exercise_id == target.id
                )
            )
        )
        assert weights == [(60.0, 9), (60.0, 10), (62.5, 10)]
        item_ex = s.scalars(select(RoutineItem.exercise_id).where(
            RoutineItem.routine_id == routine.id)).all()  # fmt: skip
        assert item_ex == [target.id]
        alias = s.scalars(
            select(ExerciseAlias).where(ExerciseAlias.name_key == name_key("Frog Pump (Banded)"))
        ).one()
        assert alias.exercise_id == target.id
    assert count(seeded_db, LoggedSet, LoggedSet.exercise_id == stored(
        seeded_db, "glute-bridge").id) == bridge_sets  # fmt: skip
    assert count(seeded_db, Workout) == 2

    again = STRONG.replace("2024-03-", "2024-04-")
    with seeded_db.session_scope() as s:
        second = import_parsed(parse_text(again, unit="kg"), session=s)
    assert second.exercises_created == ()
    assert count(seeded_db, LoggedSet, LoggedSet.exercise_id == target.id) == 6


def test_a_failed_merge_changes_nothing(seeded_db: Database) -> None:
    """When the transaction around a merge fails, every set and the custom row are as before."""
    with seeded_db.session_scope() as s:
        result = import_parsed(parse_text(STRONG, unit="kg"), session=s, create_custom=True)
    (slug,) = result.exercises_created
    source = stored(seeded_db, slug)
    with pytest.raises(RuntimeError), seeded_db.session_scope() as s:
        custom.merge_exercise(slug, "barbell-hip-thrust", session=s)
        raise RuntimeError("the disk filled up")
    assert stored(seeded_db, slug) == source
    assert count(seeded_db, LoggedSet, LoggedSet.exercise_id == source.id) == 3
    with pytest.raises(ExerciseError), seeded_db.session_scope() as s:
        custom.merge_exercise(slug, slug, session=s)
    with pytest.raises(ExerciseError), seeded_db.session_scope() as s:
        custom.merge_exercise(slug, "no-such-move", session=s)
