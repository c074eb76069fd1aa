"""Human-readable text for prescriptions and quantities, shared by the CLI and the UI."""

from __future__ import annotations

from typing import Any


def _range(lo: int | None, hi: int | None, suffix: str = "") -> str:
    if lo is None and hi is None:
        return ""
    if lo == hi or hi is None:
        return f"{lo}{suffix}"
    if lo is None:
        return f"{hi}{suffix}"
    return f"{lo}-{hi}{suffix}"


def prescription_text(entry: dict[str, Any]) -> str:
    """'3 x 15-20 reps, rest 60 s' from a library JSON object; '*' marks our defaults."""
    defaults = set(entry.get("defaults") or [])

    def mark(*fields: str) -> str:
        return "*" if defaults.intersection(fields) else ""

    parts = []
    if entry.get("sets"):
        parts.append(f"{entry['sets']}{mark('sets')} x")
    if entry["mode"] == "reps" and entry.get("reps_min") is not None:
        parts.append(
            f"{_range(entry['reps_min'], entry['reps_max'])}{mark('reps_min', 'reps_max')} reps"
        )
        if entry.get("hold_seconds"):  # e.g. the glute bridge's squeeze at the top
            parts.append(f"({entry['hold_seconds']}{mark('hold_seconds')} s squeeze)")
    elif entry["mode"] == "hold":
        if entry.get("reps_min") is not None:
            parts.append(
                f"{_range(entry['reps_min'], entry['reps_max'])}{mark('reps_min', 'reps_max')} x"
            )
        parts.append(f"{entry['hold_seconds']}{mark('hold_seconds')} s hold")
    elif entry["mode"] == "duration":
        parts.append(f"{entry['duration_minutes']}{mark('duration_minutes')} min")
    if entry.get("per_side"):
        parts.append("each side")
    text = " ".join(parts)
    if entry.get("rest_seconds") is not None:
        text += f", rest {entry['rest_seconds']}{mark('rest_seconds')} s"
    weekly = _range(entry.get("sessions_per_week_min"), entry.get("sessions_per_week_max"))
    if weekly:
        text += f", {weekly}{mark('sessions_per_week_min', 'sessions_per_week_max')}/week"
    return text
