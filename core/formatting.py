"""One formatter per kind of value, shared by the CLI and the UI.

`duration_text` shows a length of time ("45 s", "1:05", "1:02:03"), `weight_text` a weight in
the person's unit, `prescription_text` what to do ("3 x 15-20 reps each side @ 10 kg, rest
1:00"): an exercise's, a routine item's or one set's target. A '*' after a value marks it as
our default rather than an article's.

Every word is the language's (core.i18n): each part of a prescription is one phrase with its
value in a placeholder ("{reps} reps", ", rest {time}"), so a translation can put the words
where its language wants them.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from core.i18n import translate
from core.units import display_number, format_weight


def duration_text(seconds: float) -> str:
    """A length of time: '45 s' under a minute, then '1:05', and '1:02:03' from an hour."""
    s = max(0, int(round(seconds)))
    if s < 60:
        return f"{s} s"
    m, s = divmod(s, 60)
    if m < 60:
        return f"{m}:{s:02d}"
    h, m = divmod(m, 60)
    return f"{h}:{m:02d}:{s:02d}"


def weight_text(kg: float, unit: str) -> str:
    """A weight stored in kilograms shown in `unit` ('62.5 kg', '137.8 lb': 0.1 lb)."""
    return format_weight(kg, unit)


def _span(lo: Any, hi: Any) -> str:
    """'15-20', or one number when the ends agree or one is missing ('' when both are)."""
    if lo is None and hi is None:
        return ""
    if lo is None or hi is None or lo == hi:
        return str(hi if lo is None else lo)
    return f"{lo}-{hi}"


def prescription_text(
    p: Mapping[str, Any] | object, *, unit: str = "kg", count_up: bool = False
) -> str:
    """What to do, from an exercise, a routine item or a set's target (a row or its JSON dict).

    Reads the keys it finds: mode, sets, reps_min/reps_max, hold_seconds, duration_minutes,
    per_side, weight_kg, rest_seconds, rest_after_seconds, sessions_per_week_min/max and
    defaults (the fields marked '*'). E.g. '3 x 15-20 reps (hold 5 s*) each side, rest 1:00,
    2-3/week'; '2 x 8-10 x 30 s hold'; '20 min @ 5 kg, then 2:00'. With count_up, a hold's
    or a duration's time is a mark to pass: '30 s+ hold', '20 min+'.
    """
    passed = "+" if count_up else ""

    def get(key: str) -> Any:
        return p.get(key) if isinstance(p, Mapping) else getattr(p, key, None)

    ours = set(get("defaults") or ())

    def mark(*keys: str) -> str:
        return "*" if ours.intersection(keys) else ""

    parts = []
    if get("sets"):
        parts.append(
            translate("core.formatting", "{sets} x").format(sets=f"{get('sets')}{mark('sets')}")
        )
    reps = _span(get("reps_min"), get("reps_max"))
    if reps:
        reps += mark("reps_min", "reps_max")
    mode, hold = get("mode"), get("hold_seconds")
    if mode == "reps":
        parts.append(
            translate("core.formatting", "{reps} reps").format(reps=reps) if reps else _reps()
        )
        if hold:
            time = f"{duration_text(hold)}{mark('hold_seconds')}"
            parts.append(translate("core.formatting", "(hold {time})").format(time=time))
    elif mode == "hold":
        if reps:
            parts.append(translate("core.formatting", "{reps} x").format(reps=reps))
        time = f"{duration_text(hold or 0)}{mark('hold_seconds')}{passed}"
        parts.append(translate("core.formatting", "{time} hold").format(time=time))
    elif mode == "duration":
        minutes = display_number(get("duration_minutes") or 0, 1)
        parts.append(
            translate("core.formatting", "{minutes} min").format(
                minutes=f"{minutes}{mark('duration_minutes')}"
            )
            + passed
        )
    if get("per_side"):
        parts.append(translate("core.formatting", "each side"))
    if get("weight_kg") is not None:
        weight = f"{weight_text(get('weight_kg'), unit)}{mark('weight_kg')}"
        parts.append(translate("core.formatting", "@ {weight}").format(weight=weight))
    text = " ".join(parts)
    if get("rest_seconds"):
        time = f"{duration_text(get('rest_seconds'))}{mark('rest_seconds')}"
        text += translate("core.formatting", ", rest {time}").format(time=time)
    if get("rest_after_seconds"):
        time = f"{duration_text(get('rest_after_seconds'))}{mark('rest_after_seconds')}"
        text += translate("core.formatting", ", then {time}").format(time=time)
    weekly = _span(get("sessions_per_week_min"), get("sessions_per_week_max"))
    if weekly:
        sessions = f"{weekly}{mark('sessions_per_week_min', 'sessions_per_week_max')}"
        text += translate("core.formatting", ", {sessions}/week").format(sessions=sessions)
    return text


def _reps() -> str:
    """'reps' on its own: a reps exercise with no count given."""
    return translate("core.formatting", "reps")
