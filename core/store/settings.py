"""Typed access to the key/value settings table (units, sound, plan inputs)."""

from __future__ import annotations

from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from core.store.models import Setting

# Every setting the app reads, with its default. Unknown keys are refused so a typo cannot
# silently create a setting nobody reads.
DEFAULTS: dict[str, Any] = {
    "weight_unit": "kg",  # kg | lb
    "length_unit": "cm",  # cm | in
    "sound_volume": 0.8,  # 0..1
    "sound_muted": False,
    "speech_enabled": False,
    "get_ready_seconds": 10,
    "rep_cadence_seconds": 0,  # metronome tick every N s during a reps set; 0 = off
    "first_side": "left",  # per-side moves start with: left | right
    "show_suggestions": True,
    # plan panel inputs (Mifflin-St Jeor); None until the person fills them in
    "plan_sex": None,
    "plan_birth_year": None,
    "plan_height_cm": None,
    "plan_activity_factor": 1.375,
    "plan_deficit_kcal": 500,
    # sha256 of resources/library.toml + routines.toml last seeded (core.store.startup)
    "seed_hash": None,
    "last_backup_at": None,
}


def get_setting(key: str, *, session: Session) -> Any:
    if key not in DEFAULTS:
        raise KeyError(f"unknown setting {key!r}")
    value = session.scalar(select(Setting.value).where(Setting.key == key))
    return DEFAULTS[key] if value is None else value


def get_all_settings(*, session: Session) -> dict[str, Any]:
    stored = {key: value for key, value in session.execute(select(Setting.key, Setting.value))}
    return {
        key: stored.get(key, default) if stored.get(key) is not None else default
        for key, default in DEFAULTS.items()
    }


def set_setting(key: str, value: Any, *, session: Session) -> None:
    if key not in DEFAULTS:
        raise KeyError(f"unknown setting {key!r}")
    row = session.get(Setting, key)
    if row is None:
        session.add(Setting(key=key, value=value))
    else:
        row.value = value
