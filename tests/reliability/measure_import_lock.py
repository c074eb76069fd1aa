"""Measure the longest time a CLI-style import keeps other writers out (run by hand, not a test).

    .venv/bin/python tests/reliability/measure_import_lock.py [--sets 100000] [--mode staged]

Writes bench/import.py's synthetic Strong export, opens an empty database, and starts a probe
process that tries `BEGIN IMMEDIATE` (busy_timeout 0) on its own connection every ~1 ms, the
way the window's next confirmed set would. The longest stretch between two successful probes
while the import runs is the longest write-lock hold seen by another writer. Modes:
`session`: import_parsed inside one session_scope (what the CLI did before);
`staged`: import_parsed_staged (what the CLI does now). Prints one JSON line.
"""

from __future__ import annotations

import argparse
import json
import sqlite3
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from zoneinfo import ZoneInfo

ROOT = Path(__file__).resolve().parents[2]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

PROBE = r"""
import sqlite3, sys, time
conn = sqlite3.connect(sys.argv[1], timeout=0, isolation_level=None)
stop = sys.argv[2]
import os
last_ok = time.perf_counter(); longest = 0.0; tries = 0
print("ready", flush=True)
while not os.path.exists(stop):
    tries += 1
    try:
        conn.execute("BEGIN IMMEDIATE"); conn.execute("ROLLBACK")
        now = time.perf_counter(); longest = max(longest, now - last_ok); last_ok = now
    except sqlite3.OperationalError:
        pass
    time.sleep(0.001)
now = time.perf_counter(); longest = max(longest, now - last_ok)
print(f"{longest:.4f} {tries}", flush=True)
"""


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--sets", type=int, default=100_000)
    ap.add_argument("--mode", choices=["session", "staged"], default="staged")
    args = ap.parse_args()

    import importlib.util

    spec = importlib.util.spec_from_file_location("bench_import", ROOT / "bench" / "import.py")
    assert spec is not None and spec.loader is not None
    bench = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(bench)
    write_export = bench.write_export

    from core.interchange import import_parsed, import_parsed_staged, parse
    from core.store.db import open_database
    from core.store.startup import seed_if_needed

    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        export = folder / "strong.csv"
        write_export(export, args.sets)
        db_path = folder / "lock.db"
        db = open_database(db_path)
        seed_if_needed(db)
        parsed = parse(export, unit="kg", tz=ZoneInfo("Europe/Berlin"))
        stop = folder / "stop"
        probe = subprocess.Popen(
            [sys.executable, "-c", PROBE, str(db_path), str(stop)],
            stdout=subprocess.PIPE,
            text=True,
        )
        assert probe.stdout is not None
        probe.stdout.readline()
        t0 = time.perf_counter()
        if args.mode == "session":
            with db.session_scope() as session:
                result = import_parsed(parsed, session=session, create_custom=True)
        else:
            result = import_parsed_staged(parsed, db=db, create_custom=True)
        seconds = time.perf_counter() - t0
        stop.touch()
        longest, tries = probe.stdout.readline().split()
        probe.wait()
        db.close()
        check = sqlite3.connect(db_path).execute("PRAGMA integrity_check").fetchone()[0]
    print(
        json.dumps(
            {
                "mode": args.mode,
                "sets": result.sets_added,
                "import_seconds": round(seconds, 3),
                "longest_lock_hold_seconds": float(longest),
                "probes": int(tries),
                "integrity": check,
            }
        )
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
