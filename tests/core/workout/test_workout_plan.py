"""core.workout.plan: routine -> plan items, ad-hoc items, and the JSON stored for resume."""

from __future__ import annotations

import json
from datetime import UTC, datetime

import pytest
from sqlalchemy import select, text

from core.clock import FakeClock
from core.insight.targets import Target, accept_target
from core.store.db import Database
from core.store.models import Routine, RoutineItem
from core.workout.plan import (
    WorkoutPlan,
    list_startable_routines,
    options_from_json,
    options_to_json,
    plan_from_json,
    plan_item_for_exercise,
    plan_to_json,
    routine_plan,
)
from core.workout.run import WorkoutRun
from core.workout.steps import PlayerOptions, build_steps
from tests.reliability.short_routine import make_routine


def test_routine_plan_copies_items_in_order_with_their_exercise_ids(seeded_db: Database) -> None:
    """Items come out in routine order with prescription, item id and exercise id aligned."""
    rid = make_routine(seeded_db)
    with seeded_db.read_scope() as s:
        plan = routine_plan(rid, session=s)
        ids = {row[0]: row[1] for row in s.execute(text("select slug, id from exercises"))}
    assert [i.exercise_slug for i in plan.items] == ["glute-bridge", "superman", "bird-dog"]
    assert plan.exercise_ids == tuple(ids[i.exercise_slug] for i in plan.items)
    assert plan.routine_id == rid and plan.name == "Short test routine"
    hold = plan.items[1]
    assert (hold.mode, hold.hold_seconds, hold.hold_reps, hold.rest_after_seconds) == (
        "hold",
        3,
        2,
        5,
    )
    assert plan.items[2].per_side is True
    assert all(i.item_id is not None for i in plan.items)


def test_unknown_routine_is_a_key_error(seeded_db: Database) -> None:
    """Asking for a routine that does not exist names it instead of returning an empty plan."""
    with seeded_db.read_scope() as s, pytest.raises(KeyError):
        routine_plan(9999, session=s)


def test_startable_routines_leave_out_empty_ones(seeded_db: Database) -> None:
    """The picker lists routines with items, by name, and not an empty routine."""
    with seeded_db.session_scope() as s:
        s.add(Routine(name="AAA empty"))
    with seeded_db.read_scope() as s:
        choices = list_startable_routines(session=s)
    names = [c.name for c in choices]
    assert "AAA empty" not in names
    assert names == sorted(names, key=str.lower)
    assert all(c.item_count > 0 for c in choices)


def test_ad_hoc_item_uses_the_library_prescription(seeded_db: Database) -> None:
    """An exercise added on the fly gets the library's sets, reps, hold and rest."""
    with seeded_db.read_scope() as s:
        item, ex_id = plan_item_for_exercise("superman", session=s)
        with pytest.raises(KeyError):
            plan_item_for_exercise("no-such-move", session=s)
    assert ex_id > 0 and item.item_id is None
    assert (item.mode, item.sets, item.reps_min, item.hold_seconds, item.rest_seconds) == (
        "hold",
        3,
        8,
        3,
        45,
    )
    assert item.rest_after_seconds == item.rest_seconds


def test_plan_and_options_round_trip_through_json(seeded_db: Database) -> None:
    """What is stored for resume rebuilds the very same steps."""
    rid = make_routine(seeded_db)
    with seeded_db.read_scope() as s:
        plan = routine_plan(rid, session=s)
    opts = PlayerOptions(get_ready_seconds=3, side_order="right", cadence_seconds=2.0)
    again = plan_from_json(json.loads(json.dumps(plan_to_json(plan))))
    opts2 = options_from_json(json.loads(json.dumps(options_to_json(opts))))
    assert again == plan and opts2 == opts
    assert build_steps(again.items, opts2) == build_steps(plan.items, opts)
    assert options_from_json(None) == PlayerOptions()


def test_plan_needs_an_exercise_id_per_item() -> None:
    """A plan whose items and exercise ids disagree is refused at once."""
    with pytest.raises(ValueError):
        WorkoutPlan(name="x", items=(), exercise_ids=(1,))


def test_ready_made_cat_cow_times_both_end_positions_of_every_rep(seeded_db: Database) -> None:
    """Starting the ready-made home back complex (article 004) through the seeded database gives
    cat-cow two timed positions per rep, rounded then arched, 10 s each, titled as such."""
    with seeded_db.read_scope() as s:
        rid = s.scalar(select(Routine.id).where(Routine.builtin_key == "home-back-complex"))
        assert rid is not None
        plan = routine_plan(rid, session=s)
    (cat,) = [i for i in plan.items if i.exercise_slug == "cat-cow"]
    assert (cat.positions, cat.hold_seconds, cat.hold_reps) == (("rounded", "arched"), 10, 8)
    holds = [
        s
        for s in build_steps(plan.items, PlayerOptions())
        if s.kind == "work" and s.item is not None and s.item.exercise_slug == "cat-cow"
    ]
    assert len(holds) == 16
    assert [(h.rep, h.position, h.seconds) for h in holds[:2]] == [
        (1, "rounded", 10.0),
        (1, "arched", 10.0),
    ]
    assert holds[0].label.startswith("Hold: rounded 1 of 2 — Cat-cow with holds")
    assert [i.exercise_slug for i in plan.items if i.positions] == ["cat-cow"]


def test_count_up_items_reach_the_plan_and_ad_hoc_holds_keep_their_positions(
    seeded_db: Database,
) -> None:
    """A routine item "as long as you can" is a count-up plan item (its time the mark); an
    exercise added on the fly keeps its positions; both survive the JSON stored for resume."""
    rid = make_routine(seeded_db)
    with seeded_db.session_scope() as s:
        item = s.scalars(
            select(RoutineItem).where(RoutineItem.routine_id == rid, RoutineItem.mode == "hold")
        ).one()
        item.count_up = True
    with seeded_db.read_scope() as s:
        plan = routine_plan(rid, session=s)
        cat, cat_id = plan_item_for_exercise("cat-cow", session=s)
    hold = next(i for i in plan.items if i.mode == "hold")
    assert hold.count_up and hold.hold_seconds == 3
    assert [i.count_up for i in plan.items] == [False, True, False]
    assert cat.positions == ("rounded", "arched") and not cat.count_up
    again = plan_from_json(json.loads(json.dumps(plan_to_json(plan.with_item(cat, cat_id)))))
    assert again.items[1].count_up and again.items[-1].positions == ("rounded", "arched")
    work = [s for s in build_steps([hold]) if s.kind == "work"]
    assert work and all(s.count_up and s.seconds is None and s.target_seconds == 3 for s in work)


def test_a_started_routine_plays_each_items_current_target(seeded_db: Database) -> None:
    """The player plays an item's current target, not its own columns: after a target is
    accepted for the glute bridge (4 x 12-15 at 20 kg) and one for the superman hold (8 s),
    starting the routine gives four glute-bridge sets proposing 12 reps at 20 kg and 8 s holds,
    while the routine's own columns keep the prescription and an item with no accepted target
    keeps it."""
    rid = make_routine(seeded_db)
    with seeded_db.session_scope() as s:
        items = {
            item.mode + str(item.position): item.id
            for item in s.scalars(select(RoutineItem).where(RoutineItem.routine_id == rid))
        }
    bridge, superman, bird = items["reps0"], items["hold1"], items["reps2"]
    now = datetime(2024, 3, 1, 9, 0, tzinfo=UTC)
    with seeded_db.session_scope() as s:
        accept_target(
            bridge, Target(sets=4, reps_min=12, reps_max=15, weight_kg=20.0), session=s, now=now
        )
        accept_target(
            superman, Target(sets=1, reps_min=2, reps_max=2, hold_seconds=8), session=s, now=now
        )
    with seeded_db.read_scope() as s:
        plan = routine_plan(rid, session=s)
        stored = s.get(RoutineItem, bridge)
        assert stored is not None and (stored.sets, stored.reps_min, stored.weight_kg) == (
            2,
            10,
            None,
        )
    clock = FakeClock(now)
    run, _ = WorkoutRun.start(seeded_db, plan, clock=clock, options=PlayerOptions())
    assert run.player is not None
    steps = run.player.steps
    bridge_sets = [st for st in steps if st.kind == "work" and st.item_index == 0]
    assert [st.set_number for st in bridge_sets] == [1, 2, 3, 4]
    holds = [st.seconds for st in steps if st.kind == "work" and st.item_index == 1]
    assert holds == [8.0, 8.0]
    clock.advance(10)
    run.poll()
    target = run.log_target()
    assert target is not None and target.item.item_id == bridge
    assert (target.target.reps, target.target.weight_kg, target.sets_total) == (12, 20.0, 4)
    bird_item = plan.items[2]
    assert bird_item.item_id == bird
    assert (bird_item.sets, bird_item.reps_min, bird_item.reps_max) == (1, 8, 8)
