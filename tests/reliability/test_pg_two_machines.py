"""Two machines on one PostgreSQL store: sets logged at the same time by two processes all land
once; an unfinished workout is offered on the other machine but followed by one at a time; a
bulk import beside a live workout keeps both."""

from __future__ import annotations

import subprocess
import sys
import textwrap
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path

import pytest
from sqlalchemy import func, select, text

from core.clock import FakeClock
from core.store.claims import WorkoutInUseError
from core.store.db import Database, open_database
from core.store.models import LoggedSet, Workout
from core.workout.plan import routine_plan
from core.workout.resume import unfinished_workout
from core.workout.run import WorkoutRun
from tests.reliability.short_routine import make_routine

ROOT = Path(__file__).resolve().parents[2]
SETS_EACH = 40
T0 = datetime(2026, 4, 1, 18, 0, tzinfo=UTC)

# One machine: start a workout, then log SETS_EACH sets, one transaction each, as fast as it
# can; print the workout id. Both processes wait on a line from stdin so they start together.
WRITER = textwrap.dedent(
    """
    import sys
    sys.path.insert(0, sys.argv[1])
    from datetime import UTC, datetime
    from sqlalchemy import text
    from core.store.db import open_database
    from core.workout.log import SetValues, confirm_set, start_workout

    db = open_database(sys.argv[2])
    with db.session_scope() as s:
        ex = s.execute(text("SELECT min(id) FROM exercises")).scalar_one()
        wid = start_workout(session=s, routine_id=None, name=sys.argv[3], plan_items=(),
                            started_at=datetime.now(UTC)).value
    sys.stdin.readline()
    for n in range(1, int(sys.argv[4]) + 1):
        with db.session_scope() as s:
            confirm_set(wid, session=s, exercise_id=ex, routine_item_id=None, set_number=n,
                        side=None, targets=SetValues(reps=10), actuals=SetValues(reps=n))
    db.close()
    print(wid)
    """
)


@pytest.fixture
def shared(pg_url: Callable[..., str]) -> str:
    """The URL of one seeded PostgreSQL database both machines use."""
    return pg_url("backline_seeded")


def test_two_processes_logging_at_once_lose_and_double_nothing(shared: str) -> None:
    """Two processes each log 40 sets into their own workout at the same moment: 80 sets land,
    each workout numbered 1..40 with no gap and no repeat."""
    procs = [
        subprocess.Popen(
            [sys.executable, "-c", WRITER, str(ROOT), shared, name, str(SETS_EACH)],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        for name in ("laptop", "desktop")
    ]
    outs = [p.communicate(input="go\n", timeout=120) for p in procs]
    assert [p.returncode for p in procs] == [0, 0], [err for _out, err in outs]
    ids = [int(out.strip()) for out, _err in outs]
    db = open_database(shared)
    try:
        with db.read_scope() as s:
            for wid in ids:
                rows = s.execute(
                    select(LoggedSet.position, LoggedSet.reps)
                    .where(LoggedSet.workout_id == wid)
                    .order_by(LoggedSet.position)
                ).all()
                assert [r.position for r in rows] == list(range(1, SETS_EACH + 1))
                assert [r.reps for r in rows] == list(range(1, SETS_EACH + 1))
            total = s.scalar(select(func.count()).select_from(LoggedSet))
        assert total == 2 * SETS_EACH
    finally:
        db.close()


def _machine(url: str) -> Database:
    return open_database(url)


def test_an_unfinished_workout_is_followed_by_one_machine_at_a_time(shared: str) -> None:
    """A workout running on the laptop is offered on the desktop (marked in use), but resuming
    it there is refused, changing nothing, until the laptop leaves it; then the desktop
    resumes it, and the laptop cannot take it back."""
    laptop, desktop = _machine(shared), _machine(shared)
    try:
        rid = make_routine(laptop)
        with laptop.read_scope() as s:
            plan = routine_plan(rid, session=s)
        run, _ = WorkoutRun.start(laptop, plan, clock=FakeClock(T0))
        with desktop.read_scope() as s:
            info = unfinished_workout(session=s)
        assert info is not None and info.workout_id == run.workout_id and info.in_use
        with pytest.raises(WorkoutInUseError):
            WorkoutRun.resume(desktop, info, clock=FakeClock(T0))
        with desktop.read_scope() as s:
            again = unfinished_workout(session=s)
        assert again is not None and again.updated_at == info.updated_at  # nothing written
        run.release()  # the laptop's window closes with the workout unfinished
        with desktop.read_scope() as s:
            info = unfinished_workout(session=s)
        assert info is not None and not info.in_use
        resumed, _ = WorkoutRun.resume(desktop, info, clock=FakeClock(T0))
        with pytest.raises(WorkoutInUseError):
            WorkoutRun.resume(laptop, info, clock=FakeClock(T0))
        resumed.discard()
    finally:
        laptop.close()
        desktop.close()


def test_a_killed_machine_lets_go_of_its_workout(shared: str) -> None:
    """The process following a workout is killed: the server ends its session and the claim
    with it, so the other machine can resume (waiting on the server's lock, never a sleep)."""
    holder = textwrap.dedent(
        """
        import sys
        sys.path.insert(0, sys.argv[1])
        from core.store.claims import claim_workout
        from core.store.db import open_database
        db = open_database(sys.argv[2])
        claim = claim_workout(db, int(sys.argv[3]))
        print("claimed", flush=True)
        sys.stdin.readline()
        """
    )
    db = _machine(shared)
    try:
        with db.session_scope() as s:
            wid = int(
                s.execute(
                    text(
                        "INSERT INTO workouts (name, notes, started_at, origin, updated_at, "
                        "player_state) VALUES ('w', '', now(), 'backline', now(), '{}') "
                        "RETURNING id"
                    )
                ).scalar_one()
            )
        proc = subprocess.Popen(
            [sys.executable, "-c", holder, str(ROOT), shared, str(wid)],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            text=True,
        )
        assert proc.stdout is not None and proc.stdout.readline().strip() == "claimed"
        from core.store.claims import CLAIMS, claim_workout

        with pytest.raises(WorkoutInUseError):
            claim_workout(db, wid)
        proc.kill()
        proc.wait(timeout=30)
        with db.engine.connect() as conn:  # blocks until the server has ended that session
            conn.execute(text("SET lock_timeout = '20s'"))
            conn.execute(text("SELECT pg_advisory_lock(:c, :w)"), {"c": CLAIMS, "w": wid})
            conn.execute(text("SELECT pg_advisory_unlock(:c, :w)"), {"c": CLAIMS, "w": wid})
            conn.rollback()
        claim = claim_workout(db, wid)
        assert claim.held
        claim.release()
    finally:
        db.close()


def test_a_bulk_import_beside_a_live_workout_keeps_both(shared: str, tmp_path: Path) -> None:
    """A staged Strong import on one machine while the other logs a set: the import's workouts
    take ids from the store's sequence, so the live workout and its set stay, and the next
    workout started gets a fresh id."""
    from core import interchange as imports
    from core.workout.log import SetValues, confirm_set, start_workout

    csv = tmp_path / "strong.csv"
    lines = [
        "Date,Workout Name,Duration,Exercise Name,Set Order,Weight,Reps,Distance,Seconds,Notes,Workout Notes,RPE"
    ]
    for day in range(1, 21):
        for n in (1, 2, 3):
            lines.append(f"2025-01-{day:02d} 08:00:00,Legs,45m,Squat (Barbell),{n},60,8,0,0,,,")
    csv.write_text("\n".join(lines) + "\n", encoding="utf-8")
    laptop, desktop = _machine(shared), _machine(shared)
    try:
        with desktop.session_scope() as s:
            ex = s.execute(text("SELECT min(id) FROM exercises")).scalar_one()
            live = start_workout(
                session=s, routine_id=None, name="live", plan_items=(), started_at=T0
            ).value
        parsed = imports.parse(csv, unit="kg")
        result = imports.import_parsed_staged(parsed, db=laptop, create_custom=True)
        assert (result.workouts_added, result.sets_added) == (20, 60)
        with desktop.session_scope() as s:
            confirm_set(
                live, session=s, exercise_id=ex, routine_item_id=None, set_number=1,
                side=None, targets=SetValues(reps=5), actuals=SetValues(reps=5),
            )  # fmt: skip
            after = start_workout(
                session=s, routine_id=None, name="next", plan_items=(), started_at=T0
            ).value
        with laptop.read_scope() as s:
            assert s.scalar(select(func.count()).select_from(Workout)) == 22
            assert s.scalar(select(func.count()).select_from(LoggedSet)) == 61
            assert after > max(s.scalars(select(Workout.id).where(Workout.id != after)).all())
        again = imports.import_parsed_staged(parsed, db=laptop, create_custom=True)
        assert (again.workouts_added, again.workouts_skipped_duplicate) == (0, 20)
    finally:
        laptop.close()
        desktop.close()


def _drop_connections(url: str) -> int:
    """What a server restart or a network cut does: end every session of the database."""
    db = open_database(url)
    try:
        with db.engine.connect() as conn:
            ended = conn.execute(
                text(
                    "SELECT count(pg_terminate_backend(pid)) FROM pg_stat_activity "
                    "WHERE datname = current_database() AND pid <> pg_backend_pid()"
                )
            ).scalar_one()
            conn.rollback()
    finally:
        db.close()
    return int(ended)


def test_connections_lost_mid_workout_lose_no_set_and_keep_the_claim(shared: str) -> None:
    """The server drops every connection between two sets: the next set is saved once (a dead
    pooled connection is replaced before use) and the claim is taken again first, so the
    other machine still cannot resume the workout."""
    from core.workout.log import SetValues, workout_sets

    laptop, desktop = _machine(shared), _machine(shared)
    try:
        rid = make_routine(laptop)
        with laptop.read_scope() as s:
            plan = routine_plan(rid, session=s)
        clock = FakeClock(T0)
        run, _ = WorkoutRun.start(laptop, plan, clock=clock)
        clock.advance(10)
        run.poll()
        run.confirm_set(SetValues(reps=12))
        assert _drop_connections(shared) >= 2  # the laptop's pool and its claim
        clock.advance(5)
        run.poll()
        run.confirm_set(SetValues(reps=11))
        with desktop.read_scope() as s:
            reps = [r.actual.reps for r in workout_sets(run.workout_id, session=s)]
            info = unfinished_workout(session=s)
        assert reps == [12, 11]
        assert info is not None and info.in_use
        with pytest.raises(WorkoutInUseError):
            WorkoutRun.resume(desktop, info, clock=FakeClock(T0))
        run.discard()
    finally:
        laptop.close()
        desktop.close()


def test_a_workout_taken_over_while_disconnected_is_not_written_twice(shared: str) -> None:
    """The laptop's connections drop and the desktop resumes the workout meanwhile: the
    laptop's next set is refused (WorkoutInUseError) and stores nothing."""
    from core.workout.log import SetValues, workout_sets

    laptop, desktop = _machine(shared), _machine(shared)
    try:
        rid = make_routine(laptop)
        with laptop.read_scope() as s:
            plan = routine_plan(rid, session=s)
        clock = FakeClock(T0)
        run, _ = WorkoutRun.start(laptop, plan, clock=clock)
        clock.advance(10)
        run.poll()
        _drop_connections(shared)
        with desktop.read_scope() as s:
            info = unfinished_workout(session=s)
        assert info is not None and not info.in_use
        taken, _ = WorkoutRun.resume(desktop, info, clock=FakeClock(T0))
        with pytest.raises(WorkoutInUseError):
            run.confirm_set(SetValues(reps=12))
        with desktop.read_scope() as s:
            assert workout_sets(run.workout_id, session=s) == []
        taken.discard()
    finally:
        laptop.close()
        desktop.close()
