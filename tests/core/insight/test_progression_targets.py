"""Accepting and keeping targets, the target history, and the switches around suggestions."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from test_progression import DAY0, accept, log_week, make_item, reps_sets, suggest

from core.bounds import InputError
from core.insight.progression import RULE_TEXT, last_time_text, suggest_next_target
from core.insight.targets import Target, accept_target, current_target, target_history
from core.store.db import Database


def test_accepted_targets_become_current_and_are_kept_in_order(db: Database) -> None:
    """With no target taken on, the current target is the prescription; each accepted one is
    newer, and the history lists them oldest first with their source and reason."""
    item = make_item(db, sets=3, reps_min=8, reps_max=12, weight_kg=20.0)
    with db.read_scope() as s:
        start = current_target(item, session=s)
    assert (start.source, start.target) == ("prescription", Target(3, 8, 12, 20.0))
    with db.session_scope() as s:
        changes = accept_target(item, Target(3, 8, 12, 22.5), session=s, now=DAY0, reason="a")
        accept_target(
            item,
            Target(3, 8, 10, 25.0),
            session=s,
            now=datetime(2026, 2, 1, tzinfo=UTC),
            source="edited",
        )
    assert changes.routines and not changes.workouts
    with db.read_scope() as s:
        now = current_target(item, session=s)
        history = target_history(item, session=s)
    assert (now.source, now.target.weight_kg, now.target.reps_max) == ("edited", 25.0, 10)
    assert [(h.source, h.target.weight_kg, h.reason) for h in history] == [
        ("accepted", 22.5, "a"),
        ("edited", 25.0, ""),
    ]


def test_a_refused_target_names_its_field_and_writes_nothing(db: Database) -> None:
    """Out-of-bounds values and a reversed rep range raise InputError naming the field; an
    unknown item is a LookupError; nothing is recorded."""
    item = make_item(db, sets=3, reps_min=8, reps_max=12)
    for bad, field in (
        (Target(0, 8, 12), "sets"),
        (Target(3, 8, 12, -1.0), "weight_kg"),
        (Target(3, 12, 8), "reps_max"),
        (Target(3, hold_seconds=5000), "hold_seconds"),
    ):
        with db.session_scope() as s, pytest.raises(InputError) as err:
            accept_target(item, bad, session=s, now=DAY0)
        assert err.value.field == field
    with db.session_scope() as s, pytest.raises(LookupError):
        accept_target(424242, Target(3), session=s, now=DAY0)
    with db.read_scope() as s:
        assert target_history(item, session=s) == []


def test_keeping_the_old_target_writes_nothing_and_the_suggestion_still_builds(
    db: Database,
) -> None:
    """Not accepting leaves the current target alone, and the next suggestion still starts
    from the weight really lifted (a ready-made item without a weight, done at 60 kg)."""
    item = make_item(db, sets=3, reps_min=8, reps_max=12, equipment=("barbell",))
    log_week(db, item, 1, reps_sets([12, 12, 12], 60.0))
    log_week(db, item, 2, reps_sets([12, 12, 12], 62.5))
    got = suggest(db, item)
    assert (got.weight_kg, got.current.source) == (65.0, "prescription")
    assert last_time_text(got, "reps", "kg") == "12, 12, 12 reps @ 62.5 kg"


def test_suggestions_off_return_the_current_target(db: Database) -> None:
    """With the routine's switch off, the suggestion is the current target, unchanged, with
    the agreed reason."""
    item = make_item(db, enabled=False, sets=3, reps_min=8, reps_max=12, weight_kg=20.0)
    log_week(db, item, 1, reps_sets([12, 12, 12], 20.0))
    got = suggest(db, item)
    assert (got.changed, got.weight_kg, got.rule) == (False, 20.0, "off")
    assert got.reason == "suggestions are off for this routine"


def test_the_running_workout_can_be_left_out(db: Database) -> None:
    """exclude_workout_id leaves out the workout in progress: its first short set is not
    "last time"."""
    item = make_item(db, sets=3, reps_min=8, reps_max=12, equipment=("barbell",))
    log_week(db, item, 1, reps_sets([12, 12, 12], 60.0))
    live = log_week(db, item, 2, reps_sets([5], 62.5))
    with db.read_scope() as s:
        assert suggest_next_target(item, session=s).rule == "fill-range"
        kept = suggest_next_target(item, session=s, exclude_workout_id=live)
    assert (kept.rule, kept.weight_kg) == ("add-weight", 62.5)


def test_no_history_unknown_item_and_unit(db: Database) -> None:
    """An item never done keeps its target; an unknown item is LookupError, an unknown unit
    ValueError."""
    item = make_item(db, sets=3, reps_min=8, reps_max=12, weight_kg=20.0)
    got = suggest(db, item)
    assert (got.changed, got.rule, got.last) == (False, "start", None)
    assert "no earlier workout" in got.reason
    with db.read_scope() as s:
        with pytest.raises(LookupError):
            suggest_next_target(424242, session=s)
        with pytest.raises(ValueError):
            suggest_next_target(item, session=s, weight_unit="stone")


def test_accepting_through_the_helper_records_the_reason(db: Database) -> None:
    """Accepting a suggestion stores its reason with the target (what a chart's tooltip shows)."""
    item = make_item(db, "hold", sets=2, reps_min=3, hold_seconds=20)
    log_week(db, item, 1, [dict(reps=3, duration_seconds=20.0)] * 2)
    got = suggest(db, item)
    accept(db, item, got, 1)
    with db.read_scope() as s:
        (row,) = target_history(item, session=s)
    assert (row.target.hold_seconds, row.reason) == (25, got.reason)


def test_rule_text_names_the_steps_and_what_is_ours() -> None:
    """The rule shown in the Progress tab names the steps, the deload and that they are ours."""
    for words in ("2.5 kg", "5 lb", "1 kg", "2.5 lb", "5 seconds", "deload", "our rules",
                  "warm-ups", "harder variation", "turn suggestions off"):  # fmt: skip
        assert words in RULE_TEXT
