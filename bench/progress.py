"""Progress and History benchmark: ten years of a heavy user's log, then the tabs.

    .venv/bin/python bench/progress.py [--sets 160000] [--keep DB] [--plans] [--preload]
                                       [--db URL]

`--db postgresql+psycopg://user@/dbname?host=/socket/dir` generates into an EMPTY PostgreSQL
database instead of a temporary SQLite file (figures beside SQLite's in docs/PERFORMANCE.md;
--plans then prints PostgreSQL's EXPLAIN).

1. Generates ten years of history into a temporary database with bulk Core inserts: about six
   workouts a week, each eight exercises of six sets (plus warm-ups), across 40 exercises
   (the seeded library plus custom rows up to 40; reps, hold and duration modes), assigned to
   the ready-made routines and their items so adherence and suggestions have data.
2. Times the core aggregates alone (best of 5 warm runs each).
3. Times, in this one process with offscreen Qt and real widgets (background tasks on the real
   thread pool):
   - open_ms: a new ProgressTab attached and shown until its exercise chart is drawn
     (chart_drawn "exercise"); this is the first chart of the process, so it includes the
     one-time matplotlib import (reported alone as matplotlib_import_ms by timing a second,
     fresh tab: open_warm_ms); with --preload, the chart modules are first imported in the
     background as the idle window does after start-up (preload_ms), so open_ms is the first
     open a person sees once the window was idle;
   - switch_ms: select_exercise(another) until that chart is drawn;
   - history_ms: a new HistoryTab attached and shown with its first page of workouts listed.
4. With --plans, prints EXPLAIN QUERY PLAN of the main aggregates (as executed: statements are
   captured from the engine while the core functions run).

Last line: one JSON object with sets, workouts, open_ms, open_warm_ms, switch_ms, history_ms
and the core timings.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import sys
import tempfile
import time
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from sqlalchemy import event, insert, select, text  # noqa: E402

from core.store.db import Database, open_database  # noqa: E402
from core.store.models import Exercise, LoggedSet, Routine, RoutineItem, Workout  # noqa: E402

TZ = ZoneInfo("Europe/Berlin")
N_EXERCISES = 40
YEARS = 10


def generate(db: Database, target_sets: int, seed: int = 5) -> dict[str, Any]:
    """Fill the database; returns counts and the ids the timings use."""
    from core.store.startup import seed_if_needed

    seed_if_needed(db)
    rnd = random.Random(seed)
    with db.session_scope() as s:
        exercises = [tuple(r) for r in s.execute(select(Exercise.id, Exercise.mode))]
        for i in range(len(exercises), N_EXERCISES):
            mode = "reps" if i % 5 else ("hold" if i % 10 else "duration")
            ex = Exercise(
                slug=f"bench-{i}",
                name=f"Bench exercise {i:02d}",
                kind="strength",
                mode=mode,
                builtin=False,
            )
            s.add(ex)
            s.flush()
            exercises.append((ex.id, mode))
        routines = list(s.execute(select(Routine.id)).scalars())
        items = {}
        for item_id, routine_id, exercise_id in s.execute(
            select(RoutineItem.id, RoutineItem.routine_id, RoutineItem.exercise_id)
        ):
            items[(routine_id, exercise_id)] = item_id
    exercises = exercises[:N_EXERCISES]
    modes = dict(exercises)
    ex_ids = [e for e, _m in exercises]
    end = datetime(2026, 11, 20, 17, tzinfo=UTC)
    start = end - timedelta(days=365 * YEARS)
    per_workout = 8 * 6
    n_workouts = max(1, target_sets // per_workout + 1)
    step = (end - start) / n_workouts
    workouts = []
    plan = []  # (started, routine_id, exercises)
    for i in range(n_workouts):
        started = start + step * i + timedelta(minutes=rnd.randint(-90, 90))
        routine_id = rnd.choice(routines) if routines else None
        chosen = rnd.sample(ex_ids, 8)
        plan.append((started, routine_id, chosen))
        workouts.append(
            {
                "started_at": started,
                "ended_at": started + timedelta(minutes=rnd.randint(35, 80)),
                "name": "Workout",
                "routine_id": routine_id,
                "notes": "",
                "origin": "backline",
                "updated_at": started,
            }
        )
    t0 = time.perf_counter()
    with db.session_scope() as s:
        ids: list[int] = []
        for chunk in range(0, len(workouts), 5000):
            ids.extend(
                s.scalars(
                    insert(Workout.__table__).returning(
                        Workout.__table__.c.id, sort_by_parameter_order=True
                    ),
                    workouts[chunk : chunk + 5000],
                )
            )
        sets: list[dict[str, Any]] = []
        n_sets = 0
        progress_of = {e: rnd.uniform(10, 40) for e in ex_ids}
        for wid, (started, routine_id, chosen) in zip(ids, plan, strict=True):
            pos = 0
            for ex in chosen:
                mode = modes[ex]
                item = items.get((routine_id, ex))
                progress_of[ex] += 0.01
                base = dict(
                    workout_id=wid,
                    exercise_id=ex,
                    routine_item_id=item,
                    side=None,
                    target_reps=None,
                    target_weight_kg=None,
                    target_seconds=None,
                    reps=None,
                    weight_kg=None,
                    duration_seconds=None,
                    distance_km=None,
                    rpe=None,
                    note="",
                    logged_at=started,
                )
                if mode == "reps":
                    sets.append(
                        {
                            **base,
                            "position": pos,
                            "set_number": 0,
                            "set_type": "warmup",
                            "reps": 5,
                            "weight_kg": round(progress_of[ex] / 2, 1),
                        }
                    )
                    pos += 1
                for k in range(6):
                    row = {**base, "position": pos, "set_number": k + 1, "set_type": "normal"}
                    if mode == "reps":
                        w = round(progress_of[ex] / 2.5) * 2.5
                        row.update(
                            reps=rnd.randint(6, 12),
                            weight_kg=w,
                            target_reps=12,
                            target_weight_kg=w,
                            rpe=rnd.choice([None, 7.0, 8.0, 9.0]),
                        )
                    elif mode == "hold":
                        row.update(
                            reps=3,
                            duration_seconds=float(rnd.randint(20, 60)),
                            target_reps=3,
                            target_seconds=30,
                        )
                    else:
                        row.update(
                            duration_seconds=float(rnd.randint(300, 1800)), target_seconds=900
                        )
                    sets.append(row)
                    pos += 1
            if len(sets) >= 20000:
                s.execute(insert(LoggedSet.__table__), sets)
                n_sets += len(sets)
                sets = []
        if sets:
            s.execute(insert(LoggedSet.__table__), sets)
            n_sets += len(sets)
    with db.engine.connect() as conn:
        conn.exec_driver_sql("ANALYZE")
        conn.commit()
    counts = {e: 0 for e in ex_ids}
    with db.read_scope() as s:
        for ex, n in s.execute(
            text("SELECT exercise_id, count(*) FROM logged_sets GROUP BY exercise_id")
        ):
            counts[ex] = n
        some_item = s.scalar(
            select(LoggedSet.routine_item_id).where(LoggedSet.routine_item_id.is_not(None)).limit(1)
        )
    by_size = sorted(ex_ids, key=lambda e: -counts[e])
    return {
        "sets": n_sets,
        "workouts": len(ids),
        "exercises": len(ex_ids),
        "insert_s": round(time.perf_counter() - t0, 2),
        "biggest": by_size[0],
        "second": by_size[1],
        "item": some_item,
    }


def best_ms(fn: Any, runs: int = 5) -> float:
    fn()  # warm the page cache and statement caches
    times = []
    for _ in range(runs):
        t = time.perf_counter()
        fn()
        times.append((time.perf_counter() - t) * 1000)
    return round(min(times), 1)


def core_timings(db: Database, info: dict[str, Any]) -> dict[str, float]:
    from core.insight import history, records
    from core.insight import trends as progress
    from core.insight.progression import suggest_next_target

    ex = info["biggest"]
    today = date(2026, 11, 20)

    def run(fn: Any) -> Any:
        def call() -> Any:
            with db.read_scope() as s:
                return fn(s)

        return call

    out = {
        "exercises_with_history_ms": best_ms(
            run(lambda s: progress.exercises_with_history(session=s))
        ),
        "series_all_ms": best_ms(
            run(lambda s: progress.exercise_series(ex, "e1rm", session=s, tz=TZ))
        ),
        "series_volume_ms": best_ms(
            run(lambda s: progress.exercise_series(ex, "volume", session=s, tz=TZ))
        ),
        "series_1y_ms": best_ms(
            run(
                lambda s: progress.exercise_series(
                    ex, "heaviest", session=s, tz=TZ, since=datetime(2025, 11, 20, tzinfo=UTC)
                )
            )
        ),
        "adherence_ms": best_ms(
            run(lambda s: progress.weekly_adherence(session=s, tz=TZ, weeks=12, today=today))
        ),
        "active_days_1y_ms": best_ms(
            run(lambda s: progress.active_days(session=s, tz=TZ, since=today - timedelta(weeks=53)))
        ),
        "records_ms": best_ms(run(lambda s: records.personal_records(ex, session=s))),
        "history_page_ms": best_ms(
            run(lambda s: (history.count_workouts(session=s), history.list_workouts(session=s)))
        ),
        "history_last_page_ms": best_ms(
            run(lambda s: history.list_workouts(session=s, offset=max(info["workouts"] - 100, 0)))
        ),
    }
    with db.read_scope() as s:
        newest_set = s.scalar(
            select(LoggedSet.id)
            .where(LoggedSet.exercise_id == ex)
            .order_by(LoggedSet.id.desc())
            .limit(1)
        )
    out["new_records_ms"] = best_ms(
        run(lambda s: records.new_records_for_set(newest_set, session=s))
    )
    if info["item"] is not None:
        out["suggestion_ms"] = best_ms(run(lambda s: suggest_next_target(info["item"], session=s)))
    return out


def query_plans(db: Database, info: dict[str, Any]) -> list[tuple[str, str, list[str]]]:
    """(name, sql, plan lines) of the main aggregates, captured as the core functions run."""
    from core.insight import history, records
    from core.insight import trends as progress
    from core.insight.progression import suggest_next_target

    captured: list[tuple[str, Any]] = []

    def grab(conn: Any, cursor: Any, statement: str, params: Any, context: Any, many: bool) -> None:
        if statement.lstrip().upper().startswith("SELECT"):
            captured.append((statement, params))

    ex = info["biggest"]
    calls = {
        "exercises_with_history": lambda s: progress.exercises_with_history(session=s),
        "exercise_series (e1rm)": lambda s: progress.exercise_series(ex, "e1rm", session=s, tz=TZ),
        "weekly_adherence": lambda s: progress.weekly_adherence(
            session=s, tz=TZ, today=date(2026, 11, 20)
        ),
        "list_workouts": lambda s: history.list_workouts(session=s),
        "suggest_next_target": lambda s: suggest_next_target(info["item"], session=s),
        "personal_records (most reps per weight)": lambda s: records.personal_records(
            ex, session=s
        ),
    }
    result = []
    for name, fn in calls.items():
        captured.clear()
        event.listen(db.engine, "before_cursor_execute", grab)
        try:
            with db.read_scope() as s:
                fn(s)
        finally:
            event.remove(db.engine, "before_cursor_execute", grab)
        # the aggregate: the longest SELECT of the call that reads workouts or logged sets
        relevant = [c for c in captured if "logged_sets" in c[0] or "FROM workouts" in c[0]]
        statement, params = max(relevant, key=lambda c: len(c[0]))
        with db.engine.connect() as conn:
            raw = conn.connection.dbapi_connection
            sqlite = db.is_sqlite
            explain = "EXPLAIN QUERY PLAN " if sqlite else "EXPLAIN "
            rows = raw.execute(explain + statement, params).fetchall()
        result.append((name, statement, [str(r[-1] if sqlite else r[0]) for r in rows]))
    return result


def ui_timings(db: Database, info: dict[str, Any], preload: bool = False) -> dict[str, float]:
    from PySide6.QtCore import QEventLoop, QTimer
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance() or QApplication([])
    from ui.history.tab import HistoryTab
    from ui.progress.tab import ProgressTab

    out: dict[str, float] = {}
    if preload:
        # What the window does once it is idle after start-up: the chart modules are
        # imported in the background (ui.widgets.chart_canvas.ChartPreloader) before the
        # person opens Progress.
        from ui.widgets.chart_canvas import ChartPreloader

        preloader = ChartPreloader(busy=lambda: False)
        loop = QEventLoop()
        preloader.finished.connect(loop.quit)
        t = time.perf_counter()
        preloader.schedule(0)
        loop.exec()
        out["preload_ms"] = round((time.perf_counter() - t) * 1000, 1)

    def wait_chart(tab: Any, action: Any, timeout_ms: int = 30000) -> float:
        loop = QEventLoop()
        got: list[str] = []

        def on_drawn(name: str) -> None:
            if name == "exercise":
                got.append(name)
                loop.quit()

        tab.chart_drawn.connect(on_drawn)
        QTimer.singleShot(timeout_ms, loop.quit)
        t = time.perf_counter()
        action()
        if not got:
            loop.exec()
        ms = (time.perf_counter() - t) * 1000
        tab.chart_drawn.disconnect(on_drawn)
        if not got:
            raise RuntimeError("the chart was not drawn in time")
        return round(ms, 1)

    def open_progress() -> Any:
        tab = ProgressTab(tz=TZ)
        tab.resize(1280, 800)

        def act() -> None:
            tab.attach(db)
            tab.select_exercise(info["biggest"])
            tab.show()

        return tab, act

    tab, act = open_progress()
    out["open_ms"] = wait_chart(tab, act)
    out["switch_ms"] = wait_chart(tab, lambda: tab.select_exercise(info["second"]))
    out["switch_back_ms"] = wait_chart(tab, lambda: tab.select_exercise(info["biggest"]))
    tab.close()
    tab2, act2 = open_progress()
    out["open_warm_ms"] = wait_chart(tab2, act2)
    tab2.close()

    t = time.perf_counter()
    htab = HistoryTab()
    htab.tz = TZ
    htab.resize(1280, 800)
    htab.attach(db)
    htab.show()
    app.processEvents()
    assert htab.workouts_model.rowCount() > 0
    out["history_ms"] = round((time.perf_counter() - t) * 1000, 1)
    t = time.perf_counter()
    htab.select_workout(htab.workouts_model.row_at(0).id)
    app.processEvents()
    out["history_open_workout_ms"] = round((time.perf_counter() - t) * 1000, 1)
    t = time.perf_counter()
    htab.workouts_model.fetchMore()
    app.processEvents()
    out["history_next_page_ms"] = round((time.perf_counter() - t) * 1000, 1)
    htab.close()
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sets", type=int, default=160_000)
    parser.add_argument("--keep", type=Path, help="write the database here and keep it")
    parser.add_argument("--plans", action="store_true", help="print EXPLAIN QUERY PLAN output")
    parser.add_argument("--db", help="an empty PostgreSQL database (URL) to generate into")
    parser.add_argument(
        "--preload",
        action="store_true",
        help="import the chart modules in the background first, as the idle window does",
    )
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        path = args.keep or Path(tmp) / "bench.db"
        if path.exists() and not args.db:
            sys.exit(f"{path} exists")
        db = open_database(args.db or path)
        print(f"store: {db.describe()}", file=sys.stderr)
        t = time.perf_counter()
        info = generate(db, args.sets)
        gen_s = round(time.perf_counter() - t, 1)
        print(
            f"generated {info['sets']} sets in {info['workouts']} workouts, "
            f"{info['exercises']} exercises, in {gen_s} s",
            file=sys.stderr,
        )
        core = core_timings(db, info)
        for key, value in core.items():
            print(f"  {key:28s} {value:8.1f}", file=sys.stderr)
        if args.plans:
            for name, sql, plan in query_plans(db, info):
                print(f"\n### {name}\n{' '.join(sql.split())}", file=sys.stderr)
                for line in plan:
                    print(f"    {line}", file=sys.stderr)
        ui = ui_timings(db, info, preload=args.preload)
        for key, value in ui.items():
            print(f"  {key:28s} {value:8.1f}", file=sys.stderr)
        db.close()
        result = {
            "sets": info["sets"],
            "workouts": info["workouts"],
            "exercises": info["exercises"],
            "store": db.location.dialect,
            **ui,
            **core,
        }
        print(json.dumps(result))


if __name__ == "__main__":
    main()
