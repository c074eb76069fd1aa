"""The typed settings: one dataclass of defaults, loaded at once, every write checked."""

from __future__ import annotations

from dataclasses import fields

import pytest

from core.bounds import InputError
from core.changes import Changes
from core.store.db import Database
from core.store.models import Setting
from core.store.settings import DEFAULTS, Settings, load_settings, set_setting


def test_defaults_are_the_dataclass_fields(db: Database) -> None:
    """A new database loads every setting at its default; the keys are the attribute names."""
    assert tuple(DEFAULTS) == tuple(f.name for f in fields(Settings))
    with db.read_scope() as session:
        assert load_settings(session=session) == Settings()


def test_set_setting_stores_and_reports_a_settings_change(db: Database) -> None:
    """A stored value is what load_settings reads back, and the write says settings changed."""
    with db.session_scope() as session:
        assert set_setting("weight_unit", "lb", session=session) == Changes(settings=True)
        set_setting("sound_volume", 1, session=session)
        set_setting("plan_birth_year", 1990, session=session)
        set_setting("first_side", "right", session=session)
    with db.read_scope() as session:
        settings = load_settings(session=session)
    assert settings.weight_unit == "lb"
    assert settings.sound_volume == 1.0 and isinstance(settings.sound_volume, float)
    assert settings.plan_birth_year == 1990
    assert settings.first_side == "right"


@pytest.mark.parametrize(
    ("key", "value"),
    [
        ("weight_unit", "stone"),
        ("length_unit", "ft"),
        ("first_side", "middle"),
        ("plan_sex", "other"),
        ("sound_volume", 1.5),
        ("sound_volume", "loud"),
        ("get_ready_seconds", 61),
        ("get_ready_seconds", 2.5),
        ("rep_cadence_seconds", -1),
        ("sound_muted", "yes"),
        ("plan_birth_year", 1990.5),
        ("plan_height_cm", float("inf")),
        ("plan_deficit_kcal", None),
    ],
)
def test_set_setting_refuses_values_outside_the_bounds(
    db: Database, key: str, value: object
) -> None:
    """Units and choices take only their words, numbers their bounds; the error names the key
    and nothing is stored."""
    with pytest.raises(InputError) as caught, db.session_scope() as session:
        set_setting(key, value, session=session)
    assert caught.value.field == key
    with db.read_scope() as session:
        assert session.get(Setting, key) is None


def test_unknown_key_is_refused(db: Database) -> None:
    """A typo cannot create a setting nobody reads."""
    with pytest.raises(KeyError), db.session_scope() as session:
        set_setting("weight_units", "kg", session=session)


def test_a_stored_value_of_the_wrong_kind_reads_as_the_default(db: Database) -> None:
    """A hand-edited or old database value the checks refuse does not leak into Settings."""
    with db.session_scope() as session:
        session.add(Setting(key="weight_unit", value="stone"))
        session.add(Setting(key="sound_volume", value="loud"))
    with db.read_scope() as session:
        settings = load_settings(session=session)
    assert settings.weight_unit == "kg" and settings.sound_volume == 0.8
