"""Routines as text for a person: an item's prescription, the weekly target and the whole
routine (`backline routines`), in the language in use: the shipped names, summaries, notes and
article titles as well (core.library.localized)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from core.formatting import prescription_text, weight_text
from core.i18n import translate
from core.library.localized import data_text

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
    mode = values["mode"]
    count_up = bool(get("count_up")) and mode in ("hold", "duration")
    head = prescription_text(
        {k: v for k, v in values.items() if k not in _REST_KEYS}, unit=unit, count_up=count_up
    )
    tail = prescription_text(
        {k: v for k, v in values.items() if k in (*_REST_KEYS, "defaults")}, unit=unit
    )
    if count_up:
        head = translate("core.routines.text", "{prescription}, as long as you can").format(
            prescription=head
        )
    step = get("weight_step_kg")
    if step is not None and mode == "reps":
        head = translate("core.routines.text", "{prescription}, steps of {weight}").format(
            prescription=head, weight=weight_text(step, unit)
        )
    return head + tail


def weekly_text(data: Mapping[str, Any]) -> str:
    lo, hi = data.get("sessions_per_week_min"), data.get("sessions_per_week_max")
    if lo is None and hi is None:
        return translate("core.routines.text", "no weekly target")
    mark = "*" if set(data.get("defaults") or ()) & {"sessions_per_week_min",
                                                     "sessions_per_week_max"} else ""  # fmt: skip
    if lo == hi == 7:
        return translate("core.routines.text", "daily{mark}").format(mark=mark)
    if lo is not None and (hi is None or lo == hi):
        times = int(lo)
        return translate("core.routines.text", "%n{mark} time(s) a week", None, times).format(
            mark=mark
        )
    return translate("core.routines.text", "{low}-{high}{mark} times a week").format(
        low=lo, high=hi, mark=mark
    )


def describe_routine_json(data: Mapping[str, Any], titles: Mapping[str, str]) -> str:
    """Readable text for one routine's JSON (`backline routines`); `titles` names the source
    articles by title (seed file name -> title), the file name stays in the JSON."""
    source = data.get("source")
    title = data_text(titles.get(source, source)) if source else ""
    if data.get("builtin") and source:
        origin = translate("core.routines.text", "ready-made, from the article “{title}”")
    elif data.get("builtin"):
        origin = translate("core.routines.text", "ready-made")
    elif source:
        origin = translate("core.routines.text", "your own, from the article “{title}”")
    else:
        origin = translate("core.routines.text", "your own")
    lines = [f"{data_text(data['name'])}  ({origin.format(title=title)})"]
    if data.get("summary"):
        lines.append(f"  {data_text(data['summary'])}")
    lines.append(f"  {weekly_text(data)}")
    current: Any = None
    for n, item in enumerate(data.get("items") or (), start=1):
        circuit = item.get("circuit")
        if circuit is not None and circuit != current:
            rounds = int(item.get("rounds") or 1)
            heading = translate(
                "core.routines.text", "Circuit {circuit}, %n round(s):", None, rounds
            )
            lines.append("  " + heading.format(circuit=circuit))
        current = circuit
        indent = "    " if circuit is not None else "  "
        name = data_text(item.get("exercise_name") or "") or item["exercise"]
        lines.append(f"{indent}{n}. {name}: {item_text(item)}")
        if item.get("note"):
            lines.append(f"{indent}   {data_text(item['note'])}")
    if any("*" in line for line in lines[1:]):
        lines.append(
            "  "
            + translate(
                "core.routines.text", "(* our default: the article does not give this value)"
            )
        )
    return "\n".join(lines)
