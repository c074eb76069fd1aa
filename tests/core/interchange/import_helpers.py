"""Helpers for the import tests: fixture paths, row counting with the csv module."""

from __future__ import annotations

import csv
from pathlib import Path
from zoneinfo import ZoneInfo

IMPORTS = Path(__file__).resolve().parents[2] / "fixtures" / "imports"
BERLIN = ZoneInfo("Europe/Berlin")

PSEUDO_ROWS = {"rest timer", "ruhezeit", "note"}


def fixture(name: str) -> Path:
    return IMPORTS / name


def count_set_rows(path: Path, delimiter: str, set_order_column: str) -> int:
    """Rows of a real export that are sets (not Rest Timer / Note pseudo-rows), by csv."""
    with open(path, encoding="utf-8", newline="") as fh:
        rows = list(csv.DictReader(fh, delimiter=delimiter))
    return sum(1 for r in rows if r[set_order_column].strip().casefold() not in PSEUDO_ROWS)
