"""Typed access to the key/value settings table (units, sound, plan inputs).

`Settings` is the one list of settings: its fields are the keys, their defaults the defaults.
`load_settings` reads them all at once; `set_setting` validates one (numbers through
`core.bounds.SETTINGS`, units and choices against their few values) and stores it.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, fields
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from core.bounds import SETTINGS, Bound, InputError, check_number
from core.changes import Changes
from core.daily.reminders import (
    DEFAULT_REMINDERS,
    Reminder,
    reminders_from_json,
    reminders_to_json,
)
from core.i18n import translate
from core.store.models import Setting


@dataclass(frozen=True)
class Settings:
    """Every setting the app reads, with its default. Unknown keys are refused so a typo
    cannot silently create a setting nobody reads."""

    weight_unit: str = "kg"  # kg | lb
    length_unit: str = "cm"  # cm | in
    sound_volume: float = 0.8  # 0..1
    sound_muted: bool = False
    speech_enabled: bool = False
    get_ready_seconds: int = 10
    rep_cadence_seconds: int = 0  # metronome tick every N s during a reps set; 0 = off
    first_side: str = "left"  # per-side moves start with: left | right
    show_suggestions: bool = True
    # plan panel inputs (Mifflin-St Jeor); None until the person fills them in
    plan_sex: str | None = None  # female | male
    plan_birth_year: int | None = None
    plan_height_cm: float | None = None
    plan_activity_factor: float = 1.375
    plan_deficit_kcal: int = 500
    # sha256 of resources/library.toml + routines.toml last seeded (core.store.startup)
    seed_hash: str | None = None
    last_backup_at: str | None = None
    # the daily program's reminders (core.daily.reminders), all off until turned on
    reminders: tuple[Reminder, ...] = DEFAULT_REMINDERS
    keep_in_tray: bool = False  # closing the window keeps Backline running in the tray
    # what the voice says (each a setting; all on, ours), when speech_enabled is on
    speak_exercise: bool = True  # the exercise and side at each start
    speak_sets: bool = True  # "set 2 of 3"
    speak_hold_release: bool = True  # "hold" and "release"
    speak_rest: bool = True  # "rest, 60 seconds"
    speak_next: bool = True  # "next: glute bridge"
    speak_halfway: bool = True
    speak_countdown: bool = True  # the last three seconds
    speak_finish: bool = True
    keep_screen_on: bool = True  # inhibit the screen saver while a workout runs
    notify_when_away: bool = True  # a desktop notification when a rest ends elsewhere
    theme: str = "system"  # light | dark | system (Qt's colour scheme hint)


DEFAULTS: dict[str, Any] = {f.name: f.default for f in fields(Settings)}

# The settings that take one of a few words (None: "not filled in yet").
CHOICES: dict[str, tuple[str | None, ...]] = {
    "weight_unit": ("kg", "lb"),
    "length_unit": ("cm", "in"),
    "first_side": ("left", "right"),
    "plan_sex": ("female", "male", None),
    "theme": ("light", "dark", "system"),
}
SPEECH_FLAGS: tuple[str, ...] = (
    "speak_exercise",
    "speak_sets",
    "speak_hold_release",
    "speak_rest",
    "speak_next",
    "speak_halfway",
    "speak_countdown",
    "speak_finish",
)
"""The settings that choose what the voice says (the order Settings shows them in)."""
_FLAGS = frozenset(
    {
        "sound_muted",
        "speech_enabled",
        "show_suggestions",
        "keep_in_tray",
        "keep_screen_on",
        "notify_when_away",
        *SPEECH_FLAGS,
    }
)
_TEXTS = frozenset({"seed_hash", "last_backup_at"})
# The plan's inputs are range-checked against resources/plan.toml by core.body.nutrition;
# here only their kind is: a finite number, whole where the field is an int, or None.
_ANY_NUMBER = Bound(-math.inf, math.inf)
_ANY_INTEGER = Bound(-math.inf, math.inf, integer=True)
_PLAN_NUMBERS: dict[str, tuple[Bound, bool]] = {  # key -> (bound, None allowed)
    "plan_birth_year": (_ANY_INTEGER, True),
    "plan_height_cm": (_ANY_NUMBER, True),
    "plan_activity_factor": (_ANY_NUMBER, False),
    "plan_deficit_kcal": (_ANY_INTEGER, False),
}


def _must_be_one_of(choices: tuple[str | None, ...]) -> str:
    """E.g. "must be kg or lb", "must be light or dark or system": the stored words themselves
    (what a file or a command gives), joined in the language in use."""
    words = [str(choice) for choice in choices if choice is not None]
    allowed = words[0]
    for word in words[1:]:
        allowed = translate("core.store.settings", "{choices} or {choice}").format(
            choices=allowed, choice=word
        )
    return translate("core.store.settings", "must be {choices}").format(choices=allowed)


def check_setting(key: str, value: object) -> Any:
    """The value as stored, or InputError(key) saying why not; KeyError for an unknown key."""
    if key not in DEFAULTS:
        raise KeyError(f"unknown setting {key!r}")
    if key in CHOICES:
        if value not in CHOICES[key]:
            raise InputError(key, _must_be_one_of(CHOICES[key]))
        return value
    if key in _FLAGS:
        if not isinstance(value, bool):
            raise InputError(key, translate("core.store.settings", "must be true or false"))
        return value
    if key in _TEXTS:
        if value is not None and not isinstance(value, str):
            raise InputError(key, translate("core.store.settings", "must be text"))
        return value
    if key == "reminders":
        if isinstance(value, tuple) and all(isinstance(r, Reminder) for r in value):
            value = reminders_to_json(value)
        return reminders_from_json(value)
    if key in SETTINGS:
        bound = SETTINGS[key]
        assert isinstance(bound, Bound)
        number = check_number(key, value, bound)
        return number if bound.integer else float(number)
    bound, optional = _PLAN_NUMBERS[key]
    if value is None and optional:
        return None
    number = check_number(key, value, bound)
    return number if bound.integer else float(number)


def load_settings(*, session: Session) -> Settings:
    """Every setting, stored or default. A stored value the checks refuse (an old or
    hand-edited database) reads as the default rather than as a value of the wrong kind."""
    stored = {key: value for key, value in session.execute(select(Setting.key, Setting.value))}
    values: dict[str, Any] = {}
    for key, default in DEFAULTS.items():
        value = stored.get(key)
        if value is None:
            values[key] = default
            continue
        try:
            values[key] = check_setting(key, value)
        except InputError:
            values[key] = default
    return Settings(**values)


def set_setting(key: str, value: object, *, session: Session) -> Changes:
    """Store one setting after checking it (InputError(key) when refused)."""
    stored = check_setting(key, value)
    if key == "reminders":  # stored as JSON, read back through the same check
        stored = reminders_to_json(stored)
    row = session.get(Setting, key)
    if row is None:
        session.add(Setting(key=key, value=stored))
    else:
        row.value = stored
    return Changes(settings=True)
