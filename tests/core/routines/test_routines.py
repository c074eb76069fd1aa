"""Routine services on real temporary SQLite files: the ready-made routines, edits, validation."""

from __future__ import annotations

import json
from dataclasses import replace
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select

from core import cli
from core.changes import Changes
from core.routines import drafts, rows, service, validation
from core.routines import text as routine_text
from core.store.db import Database
from core.store.models import LoggedSet, Routine, RoutineItem, Workout

ARTICLE_0 = "000_83f165f7394f71b5.txt"
ARTICLE_4 = "004_dfcb09c5a188d281.txt"
KEYS = {
    "back-leg-cellulite",
    "back-of-thigh-plan",
    "posterior-chain-sculpt",
    "back-dimples",
    "home-back-complex",
}


def all_json(db: Database) -> list[dict[str, Any]]:
    with db.read_scope() as s:
        return [rows.routine_to_json(row) for row in service.list_routines(session=s)]


def by_key(db: Database, key: str) -> rows.RoutineRow:
    with db.read_scope() as s:
        return next(row for row in service.list_routines(session=s) if row.builtin_key == key)


def item(slug: str, **values: Any) -> drafts.ItemDraft:
    base: dict[str, Any] = {"mode": "reps", "sets": 3, "reps_min": 10, "reps_max": 12,
                            "rest_seconds": 60, "rest_after_seconds": 90}  # fmt: skip
    base.update(values)
    return drafts.ItemDraft(exercise_slug=slug, **base)


def make(db: Database, name: str, *items: drafts.ItemDraft, **head: Any) -> rows.RoutineRow:
    with db.session_scope() as s:
        row = service.create_routine(name, session=s).value
        draft = replace(drafts.draft_from_row(row), items=tuple(items), **head)
        return service.save_routine(draft, session=s).value


def problems_of(
    excinfo: pytest.ExceptionInfo[validation.RoutineValidationError],
) -> set[tuple[Any, str]]:
    return {(p.item, p.field) for p in excinfo.value.problems}


# --- the ready-made routines ---------------------------------------------------------------------


def test_five_ready_made_routines_come_first_with_their_articles(seeded_db: Database) -> None:
    """The five article routines are listed first (by name), each with its seed file, then the user's."""
    make(seeded_db, "A morning routine", item("glute-bridge"))
    data = all_json(seeded_db)
    assert [d["builtin"] for d in data] == [True] * 5 + [False]
    assert {d["builtin_key"] for d in data[:5]} == KEYS
    names = [d["name"] for d in data[:5]]
    assert names == sorted(names, key=str.casefold)
    assert all(d["source"] and d["source"].endswith(".txt") for d in data[:5])
    assert data[5]["source"] is None and data[5]["name"] == "A morning routine"


def test_json_shape_has_exactly_the_documented_keys(seeded_db: Database) -> None:
    """Every routine and item JSON object has exactly the documented keys (the CLI contract)."""
    for routine in all_json(seeded_db):
        assert set(routine) == set(rows.ROUTINE_FIELDS)
        assert routine["items"]
        for entry in routine["items"]:
            assert set(entry) == set(rows.ITEM_FIELDS)
    json.dumps(all_json(seeded_db))  # plain data only


def test_first_article_numbers(seeded_db: Database) -> None:
    """Article 000: six moves in order; glute bridge 3 x 15-20; push-ups rest 60 s (the article's)."""
    data = rows.routine_to_json(by_key(seeded_db, "back-leg-cellulite"))
    assert data["source"] == ARTICLE_0
    slugs = [i["exercise"] for i in data["items"]]
    assert slugs == ["reverse-lunge-step-up", "squat-jump", "glute-bridge",
                     "stability-ball-hamstring-curl", "push-up", "dumbbell-row"]  # fmt: skip
    bridge = data["items"][2]
    assert (bridge["sets"], bridge["reps_min"], bridge["reps_max"]) == (3, 15, 20)
    push = data["items"][4]
    assert push["rest_seconds"] == 60 and "rest_seconds" not in push["defaults"]
    assert "rest_after_seconds" in push["defaults"]  # ours, marked
    assert data["items"][0]["per_side"] is True


def test_home_complex_is_one_daily_circuit(seeded_db: Database) -> None:
    """Article 004: five moves, all in one circuit, daily (7-7), with its holds."""
    data = rows.routine_to_json(by_key(seeded_db, "home-back-complex"))
    assert data["source"] == ARTICLE_4
    assert (data["sessions_per_week_min"], data["sessions_per_week_max"]) == (7, 7)
    assert len(data["items"]) == 5
    assert {i["circuit"] for i in data["items"]} == {1}
    assert all(i["rounds"] == 1 for i in data["items"])
    holds = {i["exercise"]: i["hold_seconds"] for i in data["items"]}
    assert holds["prone-arm-chest-lift"] == 10 and holds["cat-cow"] == 10
    assert "daily" in routine_text.describe_routine_json(data, {})


def test_other_articles_routines(seeded_db: Database) -> None:
    """Article 001: 30-min cardio 4-5 a week and a 5-min massage; 002: 4 moves; 003: 4 moves."""
    plan = rows.routine_to_json(by_key(seeded_db, "back-of-thigh-plan"))
    assert (plan["sessions_per_week_min"], plan["sessions_per_week_max"]) == (4, 5)
    durations = {i["exercise"]: i["duration_minutes"] for i in plan["items"]}
    assert durations["running"] == 30 and durations["thigh-self-massage"] == 5
    sculpt = rows.routine_to_json(by_key(seeded_db, "posterior-chain-sculpt"))
    assert len(sculpt["items"]) == 4 and sculpt["sessions_per_week_max"] == 3
    dimples = rows.routine_to_json(by_key(seeded_db, "back-dimples"))
    assert [i["exercise"] for i in dimples["items"]] == [
        "barbell-hip-thrust", "deadlift", "superman", "bird-dog"]  # fmt: skip


def test_cli_prints_json_and_text(seeded_db: Database, capsys: pytest.CaptureFixture[str]) -> None:
    """`main.py routines --json` prints the same list as routine_to_json; plain text names all."""
    path = seeded_db.location.storable()  # the file, or the URL
    assert cli.main(["--db", path, "routines", "--json"]) == 0
    printed = json.loads(capsys.readouterr().out)
    assert printed == all_json(seeded_db)
    assert cli.main(["--db", path, "routines"]) == 0
    text = capsys.readouterr().out
    for routine in printed:
        assert routine["name"] in text
    assert "Glute bridge: 3 x 15-20 reps" in text


# --- create, rename, duplicate, delete -----------------------------------------------------------


def test_create_rename_duplicate(db: Database) -> None:
    """A new routine is empty and the user's; rename keeps it; duplicates are 'Copy of X', unique."""
    with db.session_scope() as s:
        row = service.create_routine("  Legs  ", session=s).value
    assert (row.name, row.builtin, row.items) == ("Legs", False, ())
    with db.session_scope() as s:
        renamed = service.rename_routine(row.id, "Leg day", session=s).value
    assert renamed.id == row.id and renamed.name == "Leg day"
    with db.session_scope() as s:
        first = service.duplicate_routine(row.id, session=s).value
        second = service.duplicate_routine(row.id, session=s).value
    assert first.name == "Copy of Leg day"
    assert second.name == "Copy of Leg day (2)"


def test_every_write_says_it_changed_the_routines(seeded_db: Database) -> None:
    """Create, rename, duplicate, save and restore return the stored row with
    Changes(routines=True); delete also clears workouts' links, so it says workouts too."""
    mine = Changes(routines=True)
    with seeded_db.session_scope() as s:
        created = service.create_routine("Legs", session=s)
        row = created.value
        outcomes = [
            created,
            service.rename_routine(row.id, "Leg day", session=s),
            service.duplicate_routine(row.id, session=s),
            service.save_routine(drafts.draft_from_row(row), session=s),
            service.restore_builtin("home-back-complex", session=s),
        ]
        assert [o.changes for o in outcomes] == [mine] * 5
        assert outcomes[1].value.name == "Leg day"
        assert service.delete_routine(row.id, session=s) == Changes(routines=True, workouts=True)


def test_routine_json_keys_derive_from_the_rows_in_the_published_order(seeded_db: Database) -> None:
    """`backline routines --json` keys, routine and item, in this order, derived from the rows."""
    assert rows.ROUTINE_FIELDS == (
        "name", "source", "builtin", "builtin_key", "summary", "sessions_per_week_min",
        "sessions_per_week_max", "defaults", "items",
    )  # fmt: skip
    assert rows.ITEM_FIELDS == (
        "exercise", "exercise_name", "mode", "sets", "reps_min", "reps_max", "hold_seconds",
        "duration_minutes", "per_side", "rest_seconds", "rest_after_seconds", "weight_kg",
        "circuit", "rounds", "note", "defaults", "count_up", "weight_step_kg",
    )  # fmt: skip
    data = rows.routine_to_json(by_key(seeded_db, "home-back-complex"))
    assert tuple(data) == rows.ROUTINE_FIELDS
    assert all(tuple(item) == rows.ITEM_FIELDS for item in data["items"])


def test_duplicate_keeps_items_and_source(seeded_db: Database) -> None:
    """A copy of a ready-made routine is the user's, keeps its article and its items exactly."""
    original = by_key(seeded_db, "home-back-complex")
    with seeded_db.session_scope() as s:
        copy = service.duplicate_routine(original.id, session=s).value
    a, b = rows.routine_to_json(original), rows.routine_to_json(copy)
    assert (b["builtin"], b["builtin_key"], b["source"]) == (False, None, ARTICLE_4)
    assert a["items"] == b["items"]
    assert {i.id for i in copy.items}.isdisjoint({i.id for i in original.items})


@pytest.mark.parametrize(
    "name, message",
    [
        ("", "must not be empty"),
        ("   ", "must not be empty"),
        ("x" * 121, "at most 120"),
        ("legs", "already used"),
        (" LEGS ", "already used"),
    ],  # fmt: skip
)
def test_names_must_be_non_empty_short_and_unique(db: Database, name: str, message: str) -> None:
    """Empty, over-long and duplicate names (case and spaces ignored) are refused, naming 'name'."""
    make(db, "Legs")
    with db.session_scope() as s, pytest.raises(validation.RoutineValidationError) as exc:
        service.create_routine(name, session=s)
    assert [(p.item, p.field) for p in exc.value.problems] == [(None, "name")]
    assert message in str(exc.value)
    assert [d["name"] for d in all_json(db)] == ["Legs"]


def test_ready_made_cannot_be_renamed_or_deleted(seeded_db: Database) -> None:
    """Rename and delete refuse a ready-made routine and change nothing."""
    before = all_json(seeded_db)
    row = by_key(seeded_db, "back-dimples")
    with seeded_db.session_scope() as s, pytest.raises(validation.RoutineError, match="ready-made"):
        service.rename_routine(row.id, "Mine", session=s)
    with seeded_db.session_scope() as s, pytest.raises(validation.RoutineError, match="ready-made"):
        service.delete_routine(row.id, session=s)
    assert all_json(seeded_db) == before


def test_delete_keeps_the_logged_workout(seeded_db: Database) -> None:
    """Deleting a routine leaves its workouts and their sets; only the links are cleared."""
    row = make(
        seeded_db, "Temp", item("glute-bridge"), item("superman", mode="hold", hold_seconds=3)
    )
    with seeded_db.session_scope() as s:
        workout = Workout(routine_id=row.id, name="Temp", started_at=datetime.now(UTC))
        workout.sets = [
            LoggedSet(
                position=0,
                exercise_id=row.items[0].exercise_id,
                routine_item_id=row.items[0].id,
                reps=12,
            )  # fmt: skip
        ]
        s.add(workout)
    with seeded_db.session_scope() as s:
        changes = service.delete_routine(row.id, session=s)
    assert changes.routines
    with seeded_db.read_scope() as s:
        assert s.get(Routine, row.id) is None
        assert s.scalars(select(RoutineItem).where(RoutineItem.routine_id == row.id)).all() == []
        kept = s.scalars(select(Workout)).one()
        assert kept.routine_id is None
        (logged,) = kept.sets
        assert (logged.reps, logged.routine_item_id) == (12, None)
    with seeded_db.read_scope() as s, pytest.raises(validation.RoutineError):
        service.get_routine(row.id, session=s)


# --- saving --------------------------------------------------------------------------------------


def test_save_and_reorder_keep_item_ids(seeded_db: Database) -> None:
    """Reordering and editing keep each kept item's row id; removed go, new ones are added."""
    row = make(seeded_db, "Mine", item("glute-bridge"), item("push-up"), item("squat-jump"))
    ids = [i.id for i in row.items]
    draft = drafts.draft_from_row(row)
    draft = drafts.move_item(draft, 2, 0)  # squat-jump first
    draft = drafts.remove_item(draft, 2)  # drop push-up
    draft = drafts.insert_item(draft, item("superman", mode="hold", hold_seconds=3, reps_min=None,
                                      reps_max=None))  # fmt: skip
    draft = drafts.with_item(draft, 0, draft.items[0].edited(sets=4, note="explosive"))
    with seeded_db.session_scope() as s:
        saved = service.save_routine(draft, session=s).value
    assert [i.exercise_slug for i in saved.items] == ["squat-jump", "glute-bridge", "superman"]
    assert [i.position for i in saved.items] == [0, 1, 2]
    assert saved.items[0].id == ids[2] and saved.items[1].id == ids[0]
    assert saved.items[2].id not in ids
    assert (saved.items[0].sets, saved.items[0].note) == (4, "explosive")
    with seeded_db.read_scope() as s:
        assert s.get(RoutineItem, ids[1]) is None
        assert service.get_routine(row.id, session=s) == saved


def test_save_is_atomic_on_an_invalid_item(seeded_db: Database) -> None:
    """One bad item among good edits: every problem is reported and nothing at all is written."""
    row = make(seeded_db, "Mine", item("glute-bridge"), item("push-up"))
    before = all_json(seeded_db)
    draft = drafts.draft_from_row(row).edited(name="Renamed", summary="new words")
    draft = drafts.move_item(draft, 1, 0)
    draft = drafts.insert_item(draft, item("squat-jump"))
    draft = drafts.with_item(draft, 1, draft.items[1].edited(sets=0, reps_min=1000))
    with seeded_db.session_scope() as s, pytest.raises(validation.RoutineValidationError) as exc:
        service.save_routine(draft, session=s)
    assert problems_of(exc) == {(1, "sets"), (1, "reps_min")}
    assert "Item 2: Sets must be between 1 and 20" in str(exc.value)
    assert all_json(seeded_db) == before


def test_unknown_exercise_is_a_problem(seeded_db: Database) -> None:
    """An item naming an exercise the library lacks is refused, naming the item and 'exercise'."""
    row = make(seeded_db, "Mine")
    draft = drafts.insert_item(drafts.draft_from_row(row), item("no-such-move"))
    with seeded_db.session_scope() as s, pytest.raises(validation.RoutineValidationError) as exc:
        service.save_routine(draft, session=s)
    assert problems_of(exc) == {(0, "exercise")}


def test_saving_a_new_draft_creates_it(seeded_db: Database) -> None:
    """A draft with no id is created (a routine can be built in memory and saved in one go)."""
    with seeded_db.session_scope() as s:
        saved = service.save_routine(
            drafts.RoutineDraft(name="Fresh", items=(item("push-up"),)), session=s
        ).value
    assert saved.name == "Fresh" and len(saved.items) == 1 and not saved.builtin


BOUNDS = [
    ("sets", 1, 20),
    ("reps_min", 1, 100),
    ("reps_max", 1, 100),
    ("hold_seconds", 1, 600),
    ("duration_minutes", 1, 300),
    ("rest_seconds", 0, 1800),
    ("rest_after_seconds", 0, 1800),
    ("weight_kg", 0, 1000),
    ("weight_step_kg", 0.1, 50),
]


@pytest.mark.parametrize("field, low, high", BOUNDS)
def test_item_bounds(seeded_db: Database, field: str, low: float, high: float) -> None:
    """Each item number is accepted at both ends of its range and refused just outside it."""
    row = make(seeded_db, "Mine", item("glute-bridge", reps_min=1, reps_max=100))
    draft = drafts.draft_from_row(row)
    step = {"weight_kg": 0.5, "weight_step_kg": 0.05}.get(field, 1)
    for value, ok in ((low, True), (high, True), (low - step, False), (high + step, False)):
        changed = drafts.with_item(draft, 0, draft.items[0].edited(**{field: value}))
        with seeded_db.session_scope() as s:
            if ok:
                assert (
                    getattr(service.save_routine(changed, session=s).value.items[0], field) == value
                )
            else:
                with pytest.raises(validation.RoutineValidationError) as exc:
                    service.save_routine(changed, session=s)
                assert problems_of(exc) == {(0, field)}, value


def test_whole_numbers_and_reps_order(seeded_db: Database) -> None:
    """Sets must be whole; reps min above max is refused; a max without a min is refused."""
    row = make(seeded_db, "Mine", item("glute-bridge"))
    draft = drafts.draft_from_row(row)
    cases: list[tuple[dict[str, Any], str]] = [
             ({"sets": 2.5}, "sets"), ({"reps_min": 12, "reps_max": 10}, "reps_min"),
             ({"reps_min": None, "reps_max": 10}, "reps_min")]  # fmt: skip
    for changes, field in cases:
        bad = drafts.with_item(draft, 0, draft.items[0].edited(**changes))
        with (
            seeded_db.session_scope() as s,
            pytest.raises(validation.RoutineValidationError) as exc,
        ):
            service.save_routine(bad, session=s)
        assert field in {p.field for p in exc.value.problems}


@pytest.mark.parametrize(
    "mode, missing",
    [("reps", "reps_min"), ("hold", "hold_seconds"), ("duration", "duration_minutes")],
)
def test_each_mode_needs_its_field(seeded_db: Database, mode: str, missing: str) -> None:
    """Reps mode needs reps, hold mode hold seconds, duration mode minutes."""
    bad = item("glute-bridge", mode=mode, reps_min=None, reps_max=None, hold_seconds=None,
               duration_minutes=None)  # fmt: skip
    with seeded_db.session_scope() as s, pytest.raises(validation.RoutineValidationError) as exc:
        service.save_routine(drafts.RoutineDraft(name="X", items=(bad,)), session=s)
    assert problems_of(exc) == {(0, missing)}


def test_change_mode_fills_the_needed_field() -> None:
    """Switching an item's mode fills the field that mode needs (our default) and keeps the rest."""
    reps = item("glute-bridge")
    hold = drafts.change_mode(reps, "hold")
    assert (hold.mode, hold.hold_seconds, hold.reps_min) == ("hold", 30, 10)
    duration = drafts.change_mode(hold, "duration")
    assert (duration.mode, duration.duration_minutes) == ("duration", 20)
    assert validation.check_draft(drafts.RoutineDraft(name="x", items=(hold, duration))) == []


@pytest.mark.parametrize(
    "lo, hi, field",
    [
        (0, 3, "sessions_per_week_min"),
        (2, 15, "sessions_per_week_max"),
        (4, 3, "sessions_per_week_min"),
        (None, 3, "sessions_per_week_min"),
        (3, None, "sessions_per_week_max"),
    ],  # fmt: skip
)
def test_weekly_frequency_bounds(db: Database, lo: Any, hi: Any, field: str) -> None:
    """Sessions a week are 1-14 with min <= max, both or neither; daily 7-7 and none are fine."""
    with db.session_scope() as s, pytest.raises(validation.RoutineValidationError) as exc:
        service.save_routine(drafts.RoutineDraft(name="W", sessions_per_week_min=lo,
                                      sessions_per_week_max=hi), session=s)  # fmt: skip
    assert [p.field for p in exc.value.problems] == [field]
    for ok in ((7, 7), (1, 14), (None, None)):
        assert validation.check_draft(drafts.RoutineDraft(name="W", sessions_per_week_min=ok[0],
                                            sessions_per_week_max=ok[1])) == []  # fmt: skip


# --- circuits ------------------------------------------------------------------------------------


def _draft(n: int) -> drafts.RoutineDraft:
    slugs = ["glute-bridge", "push-up", "squat-jump", "dumbbell-row", "bird-dog"]
    return drafts.RoutineDraft(name="C", items=tuple(item(s) for s in slugs[:n]))


def test_group_and_ungroup_are_pure() -> None:
    """Grouping returns a new draft with one circuit of N rounds; ungrouping splits what is left."""
    draft = _draft(5)
    grouped = drafts.group_circuit(draft, 1, 3, 3)
    assert draft.items[1].circuit is None  # the original is untouched
    assert [i.circuit for i in grouped.items] == [None, 1, 1, 1, None]
    assert [i.rounds for i in grouped.items] == [None, 3, 3, 3, None]
    assert drafts.circuit_span(grouped, 2) == (1, 3)
    split = drafts.ungroup_circuit(grouped, 2, 2)
    assert [i.circuit for i in split.items] == [None, 1, None, 2, None]
    assert validation.check_draft(split) == []
    second = drafts.group_circuit(grouped, 3, 4, 2)  # takes the tail of circuit 1 into a new one
    assert [(i.circuit, i.rounds) for i in second.items] == [
        (None, None), (1, 3), (1, 3), (2, 2), (2, 2)]  # fmt: skip
    with pytest.raises(ValueError):
        drafts.group_circuit(draft, 3, 1, 2)


def test_moving_into_and_out_of_a_circuit() -> None:
    """An item dropped inside a circuit joins it; a circuit item moved away leaves it."""
    grouped = drafts.group_circuit(_draft(4), 1, 2, 2)  # [a, (b, c), d]
    joined = drafts.move_item(grouped, 3, 2)  # d between b and c
    assert [i.exercise_slug for i in joined.items] == [
        "glute-bridge", "push-up", "dumbbell-row", "squat-jump"]  # fmt: skip
    assert [i.circuit for i in joined.items] == [None, 1, 1, 1]
    left = drafts.move_item(grouped, 1, 3)  # b to the end, away from c
    assert [i.circuit for i in left.items] == [None, 1, None, None]
    assert validation.check_draft(joined) == [] and validation.check_draft(left) == []


def test_circuit_validation(seeded_db: Database) -> None:
    """Circuit items must be consecutive, need rounds (1-20, the same), and rounds need a circuit."""
    base = _draft(4).items
    cases: list[tuple[list[int | None], list[int | None], tuple[int, str]]] = [
        ([1, None, 1, None], [2, None, 2, None], (2, "circuit")),
        ([1, 1, None, None], [None, None, None, None], (0, "rounds")),
        ([1, 1, None, None], [2, 3, None, None], (1, "rounds")),
        ([1, 1, None, None], [21, 21, None, None], (0, "rounds")),
        ([None] * 4, [2, None, None, None], (0, "rounds")),
    ]
    for circuits, rounds, expected in cases:
        items = tuple(
            replace(i, circuit=c, rounds=n) for i, c, n in zip(base, circuits, rounds, strict=True)
        )
        with (
            seeded_db.session_scope() as s,
            pytest.raises(validation.RoutineValidationError) as exc,
        ):
            service.save_routine(drafts.RoutineDraft(name="C", items=items), session=s)
        assert expected in problems_of(exc), (circuits, rounds)


def test_circuit_numbers_saved_in_order(seeded_db: Database) -> None:
    """Stored circuit ids are 1, 2... in order of appearance, shared by the items of one circuit."""
    draft = drafts.group_circuit(drafts.group_circuit(_draft(5), 3, 4, 2), 0, 1, 3)
    with seeded_db.session_scope() as s:
        saved = service.save_routine(draft, session=s).value
    assert [(i.circuit, i.rounds) for i in saved.items] == [
        (1, 3), (1, 3), (None, None), (2, 2), (2, 2)]  # fmt: skip


# --- ready-made: copy on save, restore -----------------------------------------------------------


def test_saving_a_ready_made_draft_makes_the_users_copy(seeded_db: Database) -> None:
    """Editing a ready-made routine saves 'My <name>' (unique), keeps the source; the original stays."""
    before = all_json(seeded_db)
    original = by_key(seeded_db, "back-leg-cellulite")
    draft = drafts.draft_from_row(original)
    draft = drafts.with_item(draft, 2, draft.items[2].edited(sets=4))
    with seeded_db.session_scope() as s:
        mine = service.save_routine(draft, session=s).value
        again = service.save_routine(draft, session=s).value
    assert mine.id != original.id and not mine.builtin and mine.builtin_key is None
    assert mine.name == "My Back-of-leg cellulite workout"
    assert again.name == "My Back-of-leg cellulite workout (2)"
    assert mine.source == ARTICLE_0 and mine.items[2].sets == 4
    assert all_json(seeded_db)[:5] == before


def test_edited_field_loses_its_default_mark() -> None:
    """A value the user sets is theirs: the field is no longer marked as our default."""
    marked = item("push-up", defaults=("rest_seconds", "rest_after_seconds"))
    assert marked.edited(rest_seconds=60).defaults == ("rest_seconds", "rest_after_seconds")
    assert marked.edited(rest_seconds=45).defaults == ("rest_after_seconds",)


def test_restore_builtin_brings_back_the_article_version(seeded_db: Database) -> None:
    """A ready-made routine changed behind our back is restored from the TOML, keeping item ids."""
    original = by_key(seeded_db, "home-back-complex")
    expected = rows.routine_to_json(original)
    with seeded_db.session_scope() as s:
        routine = s.get(Routine, original.id)
        assert routine is not None
        routine.sessions_per_week_min = 1
        routine.items[0].sets = 9
        s.delete(routine.items[-1])
    assert rows.routine_to_json(by_key(seeded_db, "home-back-complex")) != expected
    with seeded_db.session_scope() as s:
        restored = service.restore_builtin("home-back-complex", session=s).value
    assert rows.routine_to_json(restored) == expected
    assert [i.id for i in restored.items][:4] == [i.id for i in original.items][:4]
    with seeded_db.session_scope() as s, pytest.raises(validation.RoutineError):
        service.restore_builtin("no-such-routine", session=s)


def test_describe_marks_our_defaults_and_circuits(seeded_db: Database) -> None:
    """The readable text names the article by its title (not its seed file), shows circuits
    with rounds and explains the '*'."""
    titles = {ARTICLE_4: "How To Remove Fat From The Back"}
    data = rows.routine_to_json(by_key(seeded_db, "home-back-complex"))
    text = routine_text.describe_routine_json(data, titles)
    assert "“How To Remove Fat From The Back”" in text and ARTICLE_4 not in text
    assert data["source"] == ARTICLE_4  # the JSON keeps the file name
    assert "Circuit 1, 1 round:" in text
    assert "our default" in text


def test_service_functions_do_not_commit(db: Database, tmp_path: Path) -> None:
    """Services leave the commit to the caller: a rolled-back session leaves nothing behind."""
    session = db._write()
    try:
        service.create_routine("Never", session=session)
        session.rollback()
    finally:
        session.close()
    assert all_json(db) == []


def test_count_up_and_weight_step_are_saved_read_and_described(seeded_db: Database) -> None:
    """A hold "as long as you can" and a reps item's weight step are stored with the routine,
    read back on its rows and drafts, and said in its text ("30 s+ hold, as long as you can",
    "steps of 2.5 kg")."""
    row = make(
        seeded_db,
        "Mine",
        item("superman", mode="hold", reps_min=1, reps_max=None, hold_seconds=30, count_up=True),
        item("glute-bridge", weight_kg=20, weight_step_kg=2.5),
    )
    hold, reps = row.items
    assert (hold.count_up, hold.weight_step_kg) == (True, None)
    assert (reps.count_up, reps.weight_step_kg) == (False, 2.5)
    again = drafts.draft_from_row(row)
    assert (again.items[0].count_up, again.items[1].weight_step_kg) == (True, 2.5)
    text = routine_text.describe_routine_json(rows.routine_to_json(row), {})
    assert "3 x 1 x 30 s+ hold, as long as you can, rest 1:00, then 1:30" in text
    assert "3 x 10-12 reps @ 20 kg, steps of 2.5 kg, rest 1:00" in text
    assert routine_text.item_text(reps, unit="lb").startswith("3 x 10-12 reps @ 44.1 lb, steps of")
    duration = item("running", mode="duration", sets=1, duration_minutes=20, count_up=True)
    assert routine_text.item_text(duration).startswith("1 x 20 min+, as long as you can")


def test_count_up_is_for_timed_items_and_a_weight_step_for_reps(seeded_db: Database) -> None:
    """A reps item cannot count up and a hold cannot have a weight step: the save names the
    item and field and writes nothing; changing the mode clears what the new mode cannot use."""
    with pytest.raises(validation.RoutineValidationError) as exc:
        make(
            seeded_db,
            "Mine",
            item("glute-bridge", count_up=True),
            item("superman", mode="hold", hold_seconds=10, weight_step_kg=2.5),
        )
    assert problems_of(exc) == {(0, "count_up"), (1, "weight_step_kg")}
    assert "Item 1: As long as you can is only for hold and duration items" in str(exc.value)
    held = item("superman", mode="hold", hold_seconds=10, count_up=True)
    assert drafts.change_mode(held, "reps").count_up is False
    assert drafts.change_mode(held, "duration").count_up is True
    stepped = item("glute-bridge", weight_step_kg=2.5)
    assert drafts.change_mode(stepped, "hold").weight_step_kg is None
