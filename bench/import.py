"""Benchmark: import a 100,000-set Strong export into an empty database.

Run by hand (never inside the test suite):

    .venv/bin/python bench/import.py [--sets 100000] [--keep DIR] [--db URL] [--staged]

`--db postgresql+psycopg://user@/dbname?host=/socket/dir` runs it on an EMPTY PostgreSQL
database instead of a new SQLite file (the figures in docs/PERFORMANCE.md, beside SQLite's);
`--staged` goes through import_parsed_staged (the CLI's path) instead of import_parsed;
`--restore-db URL` (with --exports) reads the JSON export back into a second empty database.

It writes a synthetic Strong comma export (English headers, 8 exercises, 25 sets per workout,
kg) in a temporary directory, then goes through the same code path as the app:
open_database -> session_scope -> parse -> import_parsed. Progress lines go to stdout; the
last line is one JSON object: rows, workouts, seconds (parse + import + commit), parse_seconds,
import_seconds, peak_mb (peak RSS of this process from resource.getrusage), file_mb.
Goal: <= 5 s and <= 300 MB for 100,000 sets.
"""

from __future__ import annotations

import argparse
import json
import random
import resource
import sys
import tempfile
import time
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from core.interchange import import_parsed, import_parsed_staged, parse  # noqa: E402
from core.store.db import open_database  # noqa: E402

EXERCISES = (
    "Romanian Deadlift (Barbell)",
    "Hip Thrust (Barbell)",
    "Glute Bridge",
    "Bulgarian Split Squat",
    "Step Up",
    "Bent Over Row (Dumbbell)",
    "Push Up",
    "Superman",
)
HEADER = (
    "Date,Workout Name,Duration,Exercise Name,Set Order,Weight,Reps,Distance,Seconds,Notes,"
    "Workout Notes,RPE\n"
)


def peak_mb() -> float:
    # ru_maxrss is in kilobytes on Linux (bytes on macOS)
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return round(peak / (1024 * 1024 if sys.platform == "darwin" else 1024), 1)


def write_export(path: Path, n_sets: int, sets_per_workout: int = 25) -> int:
    rng = random.Random(1234)
    start = datetime(2020, 1, 1, 7, 0, 0)
    workouts = 0
    with open(path, "w", encoding="utf-8", newline="") as fh:
        fh.write(HEADER)
        written = 0
        while written < n_sets:
            when = (start + timedelta(hours=13 * workouts)).strftime("%Y-%m-%d %H:%M:%S")
            name = f"Session {workouts % 7 + 1}"
            workouts += 1
            lines = []
            for i in range(min(sets_per_workout, n_sets - written)):
                ex = EXERCISES[(i // 3) % len(EXERCISES)]
                order = "W" if i % 3 == 0 and rng.random() < 0.2 else str(i % 3 + 1)
                weight = f"{rng.randrange(20, 200) / 2:.1f}"
                reps = rng.randrange(5, 15)
                rpe = f"{rng.randrange(12, 20) / 2}" if rng.random() < 0.3 else ""
                note = '"felt good, slow eccentric"' if rng.random() < 0.01 else ""
                lines.append(
                    f'{when},"{name}",{rng.randrange(30, 90)}min,"{ex}",{order},{weight},'
                    f"{reps},0,0,{note},,{rpe}\n"
                )
                written += 1
            fh.write("".join(lines))
    return workouts


def time_exports(db: Any, folder: Path, restore_db: str | None = None) -> dict[str, float]:
    """Export the imported data as Backline JSON and Strong CSV, and restore the JSON."""
    from core.interchange import export_json, export_strong_csv, import_json

    out: dict[str, float] = {}
    t = time.perf_counter()
    with db.read_scope() as session:
        export_json(folder / "bench.json", session=session)
    out["export_json_seconds"] = round(time.perf_counter() - t, 3)
    print(f"export_json in {out['export_json_seconds']} s, peak {peak_mb()} MB", flush=True)
    t = time.perf_counter()
    with db.read_scope() as session:
        export_strong_csv(folder / "bench_out.csv", session=session, tz=ZoneInfo("Europe/Berlin"))
    out["export_strong_seconds"] = round(time.perf_counter() - t, 3)
    print(f"export_strong_csv in {out['export_strong_seconds']} s", flush=True)
    other = open_database(restore_db or str(folder / "restore.db"))
    try:
        t = time.perf_counter()
        with other.session_scope() as session:
            import_json(folder / "bench.json", session=session)
        out["import_json_seconds"] = round(time.perf_counter() - t, 3)
        print(f"import_json in {out['import_json_seconds']} s", flush=True)
    finally:
        other.close()
    out["peak_mb_with_exports"] = peak_mb()
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--sets", type=int, default=100_000)
    ap.add_argument("--keep", type=Path, help="write the export and database here instead")
    ap.add_argument(
        "--exports", action="store_true", help="also time export_json/import_json/Strong CSV"
    )
    ap.add_argument("--db", help="an empty database (path or PostgreSQL URL) to import into")
    ap.add_argument("--restore-db", help="an empty database for the JSON restore (--exports)")
    ap.add_argument("--staged", action="store_true", help="time import_parsed_staged")
    args = ap.parse_args(argv)

    with tempfile.TemporaryDirectory() as tmp:
        folder = args.keep or Path(tmp)
        folder.mkdir(parents=True, exist_ok=True)
        export = folder / "strong_bench.csv"
        db_path = folder / "bench.db"
        for p in (db_path, db_path.with_name(db_path.name + "-wal")):
            p.unlink(missing_ok=True)

        t0 = time.perf_counter()
        workouts = write_export(export, args.sets)
        file_mb = round(export.stat().st_size / 1e6, 1)
        print(
            f"wrote {args.sets} sets in {workouts} workouts ({file_mb} MB) "
            f"in {time.perf_counter() - t0:.2f} s",
            flush=True,
        )

        db = open_database(args.db or db_path)
        try:
            print(f"opened {db.describe()}, peak {peak_mb()} MB", flush=True)
            t1 = time.perf_counter()
            parsed = parse(export, unit="kg", tz=ZoneInfo("Europe/Berlin"))
            t2 = time.perf_counter()
            print(
                f"parsed {parsed.summary.set_count} sets in {t2 - t1:.2f} s, peak {peak_mb()} MB",
                flush=True,
            )
            if args.staged:
                result = import_parsed_staged(parsed, db=db, create_custom=True)
            else:
                with db.session_scope() as session:
                    result = import_parsed(parsed, session=session, create_custom=True)
            t3 = time.perf_counter()
            print(
                f"imported {result.sets_added} sets, {result.workouts_added} workouts, "
                f"{len(result.exercises_created)} custom exercises in {t3 - t2:.2f} s "
                f"(committed), peak {peak_mb()} MB",
                flush=True,
            )
            extra: dict[str, float] = {}
            import_peak = peak_mb()
            if args.exports:
                extra = time_exports(db, folder, args.restore_db)
        finally:
            db.close()

        seconds = round(t3 - t1, 3)
        figures: dict[str, object] = {
            "rows": result.sets_added,
            "workouts": result.workouts_added,
            "seconds": seconds,
            "parse_seconds": round(t2 - t1, 3),
            "import_seconds": round(t3 - t2, 3),
            "peak_mb": import_peak,
            "file_mb": file_mb,
            "store": db.location.dialect,
            "path": "staged" if args.staged else "session",
            **extra,
            "goal": {"seconds": 5.0, "peak_mb": 300},
        }
        print(json.dumps(figures), flush=True)
        return 0 if seconds <= 5.0 and import_peak <= 300 else 1


if __name__ == "__main__":
    raise SystemExit(main())
