"""Routines as text for a person: the weekly target and the whole routine (`backline routines`)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from core.formatting import prescription_text


def _span(lo: Any, hi: Any) -> str:
    return str(lo) if hi is None or lo == hi else f"{lo}-{hi}"


def weekly_text(data: Mapping[str, Any]) -> str:
    lo, hi = data.get("sessions_per_week_min"), data.get("sessions_per_week_max")
    if lo is None and hi is None:
        return "no weekly target"
    mark = "*" if set(data.get("defaults") or ()) & {"sessions_per_week_min",
                                                     "sessions_per_week_max"} else ""  # fmt: skip
    if lo == hi == 7:
        return f"daily{mark}"
    return f"{_span(lo, hi)}{mark} times a week"


def describe_routine_json(data: Mapping[str, Any], titles: Mapping[str, str]) -> str:
    """Readable text for one routine's JSON (`backline routines`); `titles` names the source
    articles by title (seed file name -> title), the file name stays in the JSON."""
    source = data.get("source")
    article = f"the article “{titles.get(source, source)}”" if source else ""
    origin = (
        f"ready-made, from {article}"
        if data.get("builtin")
        else (f"your own, from {article}" if source else "your own")
    )
    lines = [f"{data['name']}  ({origin})"]
    if data.get("summary"):
        lines.append(f"  {data['summary']}")
    lines.append(f"  {weekly_text(data)}")
    current: Any = None
    for n, item in enumerate(data.get("items") or (), start=1):
        circuit = item.get("circuit")
        if circuit is not None and circuit != current:
            rounds = item.get("rounds") or 1
            lines.append(f"  Circuit {circuit}, {rounds} round{'s' if rounds != 1 else ''}:")
        current = circuit
        indent = "    " if circuit is not None else "  "
        name = item.get("exercise_name") or item["exercise"]
        lines.append(f"{indent}{n}. {name}: {prescription_text(item)}")
        if item.get("note"):
            lines.append(f"{indent}   {item['note']}")
    if any("*" in line for line in lines[1:]):
        lines.append("  (* our default: the article does not give this value)")
    return "\n".join(lines)
