"""core.workout.run: the live WorkoutRun (player + log + position saved on every change).

Real temporary SQLite files, a FakeClock, and the short routine of tests/reliability.
Steps of the short routine (default options): 0 get ready 10 s, 1 glute bridge set 1, 2 rest 5 s,
3 set 2, 4 rest 5 s, 5 superman hold 1 (3 s), 6 release 3 s, 7 hold 2 (3 s), 8 rest 5 s,
9 bird dog left, 10 switch sides 5 s, 11 bird dog right, 12 done.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from sqlalchemy import select

from core.bounds import InputError
from core.clock import FakeClock
from core.store.db import Database
from core.store.models import LoggedSet, Routine
from core.workout.log import SetValues, finish_workout, workout_sets
from core.workout.plan import WorkoutPlan, routine_plan
from core.workout.resume import unfinished_workout
from core.workout.run import WorkoutRun
from tests.reliability.short_routine import make_routine

T0 = datetime(2024, 3, 1, 9, 0, tzinfo=UTC)


def _plan(db: Database) -> WorkoutPlan:
    rid = make_routine(db)
    with db.read_scope() as s:
        return routine_plan(rid, session=s)


def _count(db: Database) -> int:
    with db.read_scope() as s:
        return len(s.scalars(select(LoggedSet.id)).all())


def _stored_index(db: Database) -> int | None:
    with db.read_scope() as s:
        info = unfinished_workout(session=s)
    assert info is not None
    return info.step_index


def test_run_logs_a_reps_set_and_saves_the_next_step_with_it(seeded_db: Database) -> None:
    """Confirming a reps set logs it and stores the rest that follows in the same write."""
    clock = FakeClock(T0)
    run, cues = WorkoutRun.start(seeded_db, _plan(seeded_db), clock=clock)
    assert [c.kind for c in cues] == ["get_ready"] and _stored_index(seeded_db) == 0
    clock.advance(10)
    run.poll()
    assert run.player is not None and run.player.index == 1 and _stored_index(seeded_db) == 1
    target = run.log_target()
    assert target is not None and target.target == SetValues(reps=10)
    row, cues = run.confirm_set(SetValues(reps=12, weight_kg=5))
    assert [c.kind for c in cues] == ["set_done", "rest_start"]
    assert row.set_number == 1 and row.target.reps == 10 and row.actual.reps == 12
    assert _stored_index(seeded_db) == 2 and run.pending == []


def test_timed_hold_set_waits_as_pending_and_survives_resume(seeded_db: Database) -> None:
    """A hold set that ends by itself is pending until confirmed; a resume keeps it pending,
    and the stored rest ends at its honest time."""
    clock = FakeClock(T0)
    run, _ = WorkoutRun.start(seeded_db, _plan(seeded_db), clock=clock)
    run.skip_exercise()  # to superman hold 1
    assert run.player is not None and run.player.index == 5
    clock.advance(3 + 3 + 3)  # hold, release, hold: now in the 5 s rest
    cues = run.poll()
    assert "set_done" in [c.kind for c in cues]
    assert run.player.index == 8 and len(run.pending) == 1
    clock.advance(1.5)
    # the process dies here; a new one reads the database 2 s later
    clock2 = FakeClock(clock.wall() + timedelta(seconds=2), start_monotonic=50.0)
    with seeded_db.read_scope() as s:
        info = unfinished_workout(session=s)
    assert info is not None and len(info.pending) == 1
    run2, _ = WorkoutRun.resume(seeded_db, info, clock=clock2)
    assert run2.player is not None and run2.player.index == 8
    assert run2.player.remaining() == pytest.approx(1.5)
    target = run2.log_target()
    assert target is not None and target.pending is not None
    assert target.target == SetValues(reps=2, seconds=3.0)
    row, cues = run2.confirm_set(SetValues(reps=2, seconds=3))
    assert cues == [] and row.actual.seconds == 3 and run2.pending == []
    assert run2.player.index == 8  # logging a pending set does not move the player
    with seeded_db.read_scope() as s:
        info = unfinished_workout(session=s)
    assert info is not None and info.pending == () and info.sets_logged == 1


def test_per_side_set_is_logged_once_per_side(seeded_db: Database) -> None:
    """A per-side reps set asks for the left, then (after the switch) the right."""
    clock = FakeClock(T0)
    run, _ = WorkoutRun.start(seeded_db, _plan(seeded_db), clock=clock)
    run.skip_exercise()
    run.skip_exercise()
    assert run.player is not None and run.player.index == 9
    left = run.log_target()
    assert left is not None and left.side == "left"
    run.confirm_set(SetValues(reps=8))
    clock.advance(5)
    run.poll()
    right = run.log_target()
    assert right is not None and right.side == "right"
    _, cues = run.confirm_set(SetValues(reps=7))
    assert [c.kind for c in cues] == ["set_done", "workout_finished"] and run.finished
    with seeded_db.read_scope() as s:
        rows = workout_sets(run.workout_id, session=s)
    assert [(r.side, r.actual.reps) for r in rows] == [("left", 8), ("right", 7)]


def test_failed_write_leaves_player_and_log_untouched(seeded_db: Database) -> None:
    """If the set cannot be stored (here: the workout was finished elsewhere), nothing is logged
    and the player stays on the set."""
    clock = FakeClock(T0)
    run, _ = WorkoutRun.start(seeded_db, _plan(seeded_db), clock=clock)
    clock.advance(10)
    run.poll()
    with seeded_db.session_scope() as s:
        finish_workout(run.workout_id, session=s, ended_at=clock.wall())
    with pytest.raises(ValueError):
        run.confirm_set(SetValues(reps=10))
    assert run.player is not None and run.player.index == 1 and run.log_target() is not None
    assert _count(seeded_db) == 0


def test_bad_input_in_a_run_stores_nothing_and_does_not_move(seeded_db: Database) -> None:
    """Invalid actuals raise before anything moves or is written."""
    clock = FakeClock(T0)
    run, _ = WorkoutRun.start(seeded_db, _plan(seeded_db), clock=clock)
    clock.advance(10)
    run.poll()
    with pytest.raises(InputError):
        run.confirm_set(SetValues(reps=1000))
    assert run.player is not None and run.player.index == 1 and _count(seeded_db) == 0


def test_ad_hoc_workout_grows_as_exercises_are_added(seeded_db: Database) -> None:
    """An empty workout starts on the first added exercise; after finishing the plan, a new
    exercise continues the same workout at its first set."""
    clock = FakeClock(T0)
    run, cues = WorkoutRun.start(seeded_db, WorkoutPlan(name="Free session"), clock=clock)
    assert run.player is None and cues == [] and run.log_target() is None
    cues = run.add_exercise("push-up")
    assert [c.kind for c in cues] == ["get_ready"]
    run.next()
    assert run.player is not None and run.player.step.item is not None
    run.end()
    assert run.finished
    run.add_exercise("superman")
    assert not run.finished
    step = run.player.step
    assert step.kind == "work" and step.item is not None and step.item.exercise_slug == "superman"
    assert run.player.remaining() == pytest.approx(3)
    with seeded_db.read_scope() as s:
        info = unfinished_workout(session=s)
    assert info is not None
    assert [i.exercise_slug for i in info.plan.items] == ["push-up", "superman"]
    assert info.step_index == run.player.index


def test_adjusting_rest_is_saved_and_resumes_with_the_new_end(seeded_db: Database) -> None:
    """+15 s on a rest moves the stored end: a resume sees the longer rest."""
    clock = FakeClock(T0)
    run, _ = WorkoutRun.start(seeded_db, _plan(seeded_db), clock=clock)
    clock.advance(10)
    run.poll()
    run.confirm_set(SetValues(reps=10))
    run.adjust(15)
    with seeded_db.read_scope() as s:
        info = unfinished_workout(session=s)
    assert info is not None
    run2, _ = WorkoutRun.resume(seeded_db, info, clock=FakeClock(clock.wall(), 5.0))
    assert run2.player is not None and run2.player.index == 2
    assert run2.player.remaining() == pytest.approx(20)


def test_each_control_moves_the_player_and_stores_where_it_is(seeded_db: Database) -> None:
    """next, back, add_set, toggle_pause and skip_exercise each reach the player and the stored
    position follows at once (a resume would land there)."""
    clock = FakeClock(T0)
    run, _ = WorkoutRun.start(seeded_db, _plan(seeded_db), clock=clock)
    assert run.player is not None

    def stored() -> tuple[int | None, bool, int]:
        with seeded_db.read_scope() as s:
            info = unfinished_workout(session=s)
        assert info is not None and info.player is not None
        return info.step_index, bool(info.player["paused"]), int(info.player["steps_total"])

    total = len(run.player.steps)
    run.next()
    assert stored() == (1, False, total)
    run.add_set()
    assert run.player.step.sets_total == 3 and stored() == (1, False, total + 2)
    run.toggle_pause()
    assert run.player.paused and stored() == (1, True, total + 2)
    run.toggle_pause()
    run.skip_exercise()
    assert stored()[0] == run.player.index and run.player.step.item is not None
    assert run.player.step.item.exercise_slug == "superman"
    run.back()
    assert stored()[0] == run.player.index and run.player.step.kind == "rest"


def test_back_then_confirm_rewrites_the_set_instead_of_logging_it_twice(
    seeded_db: Database,
) -> None:
    """Bug fixed: Back to set 1 and Confirm logged a second "set 1". Now that row is rewritten
    (same id, same position), also after a resume in another process."""
    clock = FakeClock(T0)
    run, _ = WorkoutRun.start(seeded_db, _plan(seeded_db), clock=clock)
    run.next()
    first, _ = run.confirm_set(SetValues(reps=10))
    run.back()  # from the rest back to set 1
    target = run.log_target()
    assert target is not None and target.replaces == first.id
    again, _ = run.confirm_set(SetValues(reps=12))
    assert again.id == first.id and again.position == first.position and _count(seeded_db) == 1
    with seeded_db.read_scope() as s:
        info = unfinished_workout(session=s)
    assert info is not None
    resumed, _ = WorkoutRun.resume(seeded_db, info, clock=clock)
    resumed.back()
    resumed.confirm_set(SetValues(reps=11))
    with seeded_db.read_scope() as s:
        assert [r.actual.reps for r in workout_sets(run.workout_id, session=s)] == [11]


def test_undo_takes_the_last_set_back_into_the_form(seeded_db: Database) -> None:
    """Ctrl+Z's service: the last logged set is deleted and waits again with its values."""
    clock = FakeClock(T0)
    run, _ = WorkoutRun.start(seeded_db, _plan(seeded_db), clock=clock)
    run.next()
    run.confirm_set(SetValues(reps=9, weight_kg=4))
    undone = run.undo_last()
    assert undone is not None and undone.actual.reps == 9 and _count(seeded_db) == 0
    target = run.log_target()
    assert target is not None and target.set_number == 1
    assert target.done == SetValues(reps=9, weight_kg=4)
    run.confirm_set(SetValues(reps=9, weight_kg=4))
    assert _count(seeded_db) == 1 and run.pending == []
    assert run.undo_last() is not None and run.undo_last() is None


def test_finish_with_no_set_deletes_the_workout_and_adherence_never_counts_one(
    seeded_db: Database,
) -> None:
    """Bug fixed: Start then End saved a "0 sets" workout that counted for the weekly target.
    Now it is deleted; and a stored workout without sets (an old one) is not counted."""
    from core.clock import local_zone
    from core.insight.trends import local_day, weekly_adherence
    from core.store.models import Workout

    plan = _plan(seeded_db)
    run, _ = WorkoutRun.start(seeded_db, plan, clock=FakeClock(T0))
    assert run.finish() is None
    with seeded_db.read_scope() as s:
        assert s.get(Workout, run.workout_id) is None
    run, _ = WorkoutRun.start(seeded_db, plan, clock=FakeClock(T0))
    with seeded_db.session_scope() as s:
        finish_workout(run.workout_id, session=s, ended_at=T0)  # an empty one, finished
        s.execute(
            Routine.__table__.update()  # type: ignore[attr-defined]
            .where(Routine.id == plan.routine_id)
            .values(sessions_per_week_min=2, sessions_per_week_max=3)
        )
    tz = local_zone()
    with seeded_db.read_scope() as s:
        weeks = weekly_adherence(session=s, tz=tz, weeks=1, today=local_day(T0, tz))
    assert [w.sessions for w in weeks if w.routine_id == plan.routine_id] == [0]


def test_finish_gives_the_summary_with_what_is_next_this_week(seeded_db: Database) -> None:
    """The end summary: time, sets, volume (reps x kg) and the routine's weekly count."""
    plan = _plan(seeded_db)
    with seeded_db.session_scope() as s:
        routine = s.get(Routine, plan.routine_id)
        assert routine is not None
        routine.sessions_per_week_min, routine.sessions_per_week_max = 2, 3
    clock = FakeClock(T0)
    run, _ = WorkoutRun.start(seeded_db, plan, clock=clock)
    run.next()
    run.confirm_set(SetValues(reps=10, weight_kg=5))
    clock.advance(600)
    summary = run.finish(notes="felt good")
    assert summary is not None
    assert (summary.sets, summary.volume_kg, summary.seconds) == (1, 50.0, 600.0)
    assert summary.week_sessions == 1
    assert summary.next_text == "1 of 2-3 sessions of Short test routine this week: 1 more to go."


def test_a_count_up_hold_logs_the_seconds_really_held(seeded_db: Database) -> None:
    """ "As long as you can": the hold counts up; stop (Enter) ends it and the form gets the
    real seconds, which are logged (records read duration_seconds as logged)."""
    from dataclasses import replace

    plan = _plan(seeded_db)
    items = list(plan.items)
    items[1] = replace(items[1], count_up=True, reps_min=1, reps_max=1)
    plan = replace(plan, items=tuple(items))
    clock = FakeClock(T0)
    run, _ = WorkoutRun.start(seeded_db, plan, clock=clock)
    run.skip_exercise()
    assert run.player is not None and run.player.step.count_up and run.can_stop
    assert run.log_target() is None  # nothing to log while it counts
    run.toggle_pause()
    assert not run.can_stop  # paused: Enter does not log a hold nobody is holding
    run.toggle_pause()
    clock.advance(47.3)
    run.stop()
    target = run.log_target()
    assert target is not None and target.done == SetValues(reps=1, seconds=47.3)
    row, _ = run.confirm_set(target.done)
    assert row.actual.seconds == 47.3


def test_end_keeps_the_fully_timed_reps_of_the_hold_set_even_after_a_crash(
    seeded_db: Database,
) -> None:
    """Hold rep 1 timed (3 s), rep 2 running: the unfinished set is 1 rep x 3 s; the rep being
    held is not in it. After a crash and a resume the timed rep is still known; End keeping it
    logs exactly 1 rep x 3 s, and End without keeping it logs nothing."""
    clock = FakeClock(T0)
    plan = _plan(seeded_db)
    run, _ = WorkoutRun.start(seeded_db, plan, clock=clock)
    run.skip_exercise()  # to the superman hold (step 5)
    assert run.player is not None and run.player.index == 5 and run.unfinished_set() is None
    clock.advance(3)
    run.poll()  # rep 1 ran out: the release
    clock.advance(3 + 1.5)
    run.poll()  # 1.5 s into rep 2
    assert run.player.index == 7
    partial = run.unfinished_set()
    assert partial is not None and (partial.reps, partial.seconds) == (1, 3.0)
    assert run.timed_not_logged() == [partial]

    with seeded_db.read_scope() as s:  # the app is killed here and started again
        info = unfinished_workout(session=s)
    assert info is not None
    again, _ = WorkoutRun.resume(seeded_db, info, clock=clock)
    assert again.player is not None and again.player.paused and again.player.index == 7
    assert again.unfinished_set() == partial
    again.end(keep_timed=True)
    rows = again.log_timed()
    assert [(r.actual.reps, r.actual.seconds, r.target.seconds) for r in rows] == [(1, 3.0, 3)]
    summary = again.finish()
    assert summary is not None and summary.sets == 1

    other, _ = WorkoutRun.start(seeded_db, plan, clock=clock)
    other.skip_exercise()
    clock.advance(3)
    other.poll()
    other.end()
    assert other.log_timed() == [] and other.finish() is None
