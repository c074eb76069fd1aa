"""Routines as text for a person: an item's prescription, the weekly target and the whole
routine (`backline routines`)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from core.formatting import prescription_text, weight_text

_REST_KEYS = (
    "rest_seconds",
    "rest_after_seconds",
    "sessions_per_week_min",
    "sessions_per_week_max",
)


def item_text(item: Mapping[str, Any] | object, *, unit: str = "kg") -> str:
    """What a routine item prescribes (a row, a draft, a plan item or their JSON dict):
    ``prescription_text`` plus what only an item has. A count-up item reads "3 x 30 s+ hold,
    as long as you can" (its time is the mark to reach); a weight step, "steps of 2.5 kg"."""

    def get(key: str) -> Any:
        return item.get(key) if isinstance(item, Mapping) else getattr(item, key, None)

    keys = ("mode", "sets", "reps_min", "reps_max", "hold_seconds", "duration_minutes",
            "per_side", "weight_kg", "defaults", *_REST_KEYS)  # fmt: skip
    values = {key: get(key) for key in keys}
    head = prescription_text({k: v for k, v in values.items() if k not in _REST_KEYS}, unit=unit)
    tail = prescription_text(
        {k: v for k, v in values.items() if k in (*_REST_KEYS, "defaults")}, unit=unit
    )
    mode = values["mode"]
    if get("count_up") and mode in ("hold", "duration"):
        # the time is a mark to pass: "30 s+ hold", "20 min+"
        head = (
            head.replace(" hold", "+ hold", 1)
            if mode == "hold"
            else head.replace(" min", " min+", 1)
        )
        head += ", as long as you can"
    step = get("weight_step_kg")
    if step is not None and mode == "reps":
        head += f", steps of {weight_text(step, unit)}"
    return head + tail


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
        lines.append(f"{indent}{n}. {name}: {item_text(item)}")
        if item.get("note"):
            lines.append(f"{indent}   {item['note']}")
    if any("*" in line for line in lines[1:]):
        lines.append("  (* our default: the article does not give this value)")
    return "\n".join(lines)
