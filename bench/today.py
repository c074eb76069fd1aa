"""Today view benchmark: ten years of a heavy user's log (bench/progress.py's generator) plus
ten years of day logs, then the Today report and the Today tab.

    .venv/bin/python bench/today.py [--sets 160000] [--runs 7]

Times, median of --runs:
- report_ms: core.daily.today.today_report for the last generated day (the week's aggregate,
  the day log, the plan);
- history_ms: core.daily.history.program_history over the last 30 days (the tab's month view);
- open_ms: a new TodayTab attached and shown until its table holds the day (one read of both,
  as the tab does; offscreen Qt, real widgets).
The goal (docs/PERFORMANCE.md): open_ms at most 300 ms.

Last line: one JSON object with the figures.
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import os
import random
import statistics
import sys
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from sqlalchemy import func, insert, select  # noqa: E402

from core.store.db import Database, open_database  # noqa: E402
from core.store.models import DayLog, Workout  # noqa: E402

TZ = ZoneInfo("Europe/Berlin")


def _progress_bench():  # type: ignore[no-untyped-def]
    spec = importlib.util.spec_from_file_location("bench_progress", ROOT / "bench" / "progress.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def add_day_logs(db: Database, first: date, last: date, seed: int = 7) -> int:
    rnd = random.Random(seed)
    rows = []
    day = first
    while day <= last:
        if rnd.random() < 0.85:  # most days logged
            rows.append(
                {
                    "day": day,
                    "kcal": rnd.uniform(1500, 2400),
                    "protein_g": rnd.uniform(70, 150),
                    "servings": float(rnd.randint(1, 7)),
                    "sleep_hours": rnd.uniform(5.5, 9),
                    "water_l": rnd.uniform(1, 3),
                    "note": "",
                }
            )
        day += timedelta(days=1)
    with db.session_scope() as s:
        s.execute(insert(DayLog.__table__), rows)
    return len(rows)


def median_ms(work, runs: int) -> float:  # type: ignore[no-untyped-def]
    times = []
    for _ in range(runs):
        t = time.perf_counter()
        work()
        times.append((time.perf_counter() - t) * 1000)
    return round(statistics.median(times), 1)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sets", type=int, default=160_000)
    parser.add_argument("--runs", type=int, default=7)
    args = parser.parse_args()

    from PySide6.QtWidgets import QApplication

    from core.daily.history import program_history
    from core.daily.today import today_report
    from ui.today.tab import TodayTab

    app = QApplication.instance() or QApplication([])
    with tempfile.TemporaryDirectory() as tmp:
        db = open_database(Path(tmp) / "bench.db")
        info = _progress_bench().generate(db, args.sets)
        with db.read_scope() as s:
            first, last = s.execute(
                select(func.min(Workout.started_at), func.max(Workout.started_at))
            ).one()
        day = last.astimezone(TZ).date()
        logged = add_day_logs(db, first.astimezone(TZ).date(), day)
        print(f"{info['sets']} sets, {info['workouts']} workouts, {logged} days", file=sys.stderr)

        def report() -> None:
            with db.read_scope() as s:
                today_report(day, session=s, tz=TZ)

        def history() -> None:
            with db.read_scope() as s:
                program_history(day - timedelta(days=29), day, session=s, tz=TZ)

        def open_tab() -> None:
            tab = TodayTab()
            tab.day = day
            tab.resize(1280, 760)
            tab.attach(db)
            tab.show()
            app.processEvents()
            assert tab.model.rowCount() == 9
            tab.close()
            tab.deleteLater()
            app.processEvents()

        report()  # warm the caches (program.toml, statements) once, as a running app has
        result = {
            "sets": info["sets"],
            "workouts": info["workouts"],
            "days_logged": logged,
            "report_ms": median_ms(report, args.runs),
            "history_ms": median_ms(history, args.runs),
            "open_ms": median_ms(open_tab, args.runs),
        }
        db.close()
    print(json.dumps(result))


if __name__ == "__main__":
    main()
