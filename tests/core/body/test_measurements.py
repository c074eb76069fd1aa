"""Body measurements on a real temporary database: validation, order, latest weight, moving
average by calendar days (hand-computed), and exact kg<->lb and cm<->in round trips."""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from core import units
from core.body import measurements as body
from core.bounds import InputError
from core.changes import Changes
from core.store.db import Database

D = date


def _add(db: Database, **values) -> Changes:  # type: ignore[no-untyped-def]
    with db.session_scope() as session:
        return body.add_measurement(session=session, **values)


def _list(db: Database, since: date | None = None) -> list[body.MeasurementRow]:
    with db.read_scope() as session:
        return body.list_measurements(session=session, since=since)


def test_add_list_and_latest_weight(db: Database) -> None:
    """Measurements come back oldest first as plain rows; the latest weight skips rows
    without one; the write announces a body change."""
    assert _add(db, measured_on=D(2026, 3, 2), weight_kg=70.5, note=" after run ") == Changes(
        body=True
    )
    _add(db, measured_on=D(2026, 3, 1), weight_kg=71.0, waist_cm=80.0)
    _add(db, measured_on=D(2026, 3, 5), waist_cm=79.0, hips_cm=98.0, thigh_cm=55.5)
    rows = _list(db)
    assert [r.measured_on for r in rows] == [D(2026, 3, 1), D(2026, 3, 2), D(2026, 3, 5)]
    assert rows[1].note == "after run"
    assert rows[2].weight_kg is None and rows[2].thigh_cm == 55.5
    assert [r.measured_on for r in _list(db, since=D(2026, 3, 2))] == [D(2026, 3, 2), D(2026, 3, 5)]
    with db.read_scope() as session:
        assert body.latest_weight_kg(session=session) == 70.5


def test_latest_weight_is_none_when_never_weighed(db: Database) -> None:
    """With no weight recorded the plan gets None, not an error."""
    with db.read_scope() as session:
        assert body.latest_weight_kg(session=session) is None
    _add(db, measured_on=D(2026, 1, 1), waist_cm=80)
    with db.read_scope() as session:
        assert body.latest_weight_kg(session=session) is None


@pytest.mark.parametrize(
    ("values", "field", "fragment"),
    [
        ({}, "weight_kg", "at least one"),
        ({"weight_kg": 19.99}, "weight_kg", "between 20 and 400 kg"),
        ({"weight_kg": 401}, "weight_kg", "between 20 and 400 kg"),
        ({"weight_kg": float("nan")}, "weight_kg", "not a number"),
        ({"waist_cm": 10}, "waist_cm", "between 20 and 300 cm"),
        ({"hips_cm": 301}, "hips_cm", "between 20 and 300 cm"),
        ({"thigh_cm": float("inf")}, "thigh_cm", "not a number"),
        ({"weight_kg": 70, "note": "x" * 2001}, "note", "at most"),
    ],
)
def test_refused_values_name_the_field_and_save_nothing(
    db: Database, values: dict, field: str, fragment: str
) -> None:
    """Each bad value raises InputError for its field and the transaction stores nothing."""
    with pytest.raises(InputError) as info:
        _add(db, measured_on=D(2026, 1, 1), **values)
    assert info.value.field == field
    assert fragment in info.value.message
    assert _list(db) == []


def test_update_and_delete(db: Database) -> None:
    """Update replaces every value (None clears one); delete removes the row; a second delete
    and an update of a missing row are reported, not silently applied."""
    _add(db, measured_on=D(2026, 1, 1), weight_kg=80, waist_cm=90)
    (row,) = _list(db)
    with db.session_scope() as session:
        changes = body.update_measurement(
            row.id, session=session, measured_on=D(2026, 1, 2), weight_kg=79.5, note="new"
        )
    assert changes.body
    (after,) = _list(db)
    assert (after.measured_on, after.weight_kg, after.waist_cm, after.note) == (
        D(2026, 1, 2),
        79.5,
        None,
        "new",
    )
    with pytest.raises(InputError), db.session_scope() as session:
        body.update_measurement(row.id, session=session, measured_on=D(2026, 1, 2))
    assert _list(db)[0].weight_kg == 79.5
    with db.session_scope() as session:
        assert body.delete_measurement(row.id, session=session).body
    with db.session_scope() as session:
        assert not body.delete_measurement(row.id, session=session).body
    with pytest.raises(KeyError), db.session_scope() as session:
        body.update_measurement(row.id, session=session, measured_on=D(2026, 1, 2), weight_kg=70)
    assert _list(db) == []


def test_unit_bounds_round_inward() -> None:
    """Bounds shown in lb / in never accept a value that the kg / cm bounds then refuse."""
    wb = body.weight_bounds("lb")
    assert (wb.minimum, wb.maximum) == (44.1, 881.84)
    assert units.kg_from(wb.minimum, "lb") >= 20 and units.kg_from(wb.maximum, "lb") <= 400
    lb = body.length_bounds("in")
    assert (lb.minimum, lb.maximum) == (7.9, 118.1)
    assert body.weight_bounds("kg").minimum == 20 and body.length_bounds("cm").maximum == 300


@settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    pounds=st.integers(min_value=4410, max_value=88184),
    inches=st.integers(min_value=79, max_value=1181),
)
def test_units_round_trip_through_the_database(db: Database, pounds: int, inches: int) -> None:
    """A weight typed in lb (0.01) and lengths typed in inches (0.1) read back identical
    after storage in kg and cm; kg and cm values typed directly are stored unchanged."""
    lb_value, in_value = pounds / 100, inches / 10
    kg_value, cm_value = pounds / 200, inches / 4  # also some plain metric values
    with db.session_scope() as session:
        body.add_measurement(
            session=session,
            measured_on=D(2026, 1, 1),
            weight_kg=units.kg_from(lb_value, "lb"),
            waist_cm=units.cm_from(in_value, "in"),
        )
        if 20 <= kg_value <= 400 and 20 <= cm_value <= 300:
            body.add_measurement(
                session=session, measured_on=D(2026, 1, 2), weight_kg=kg_value, hips_cm=cm_value
            )
    rows = _list(db)
    with db.session_scope() as session:
        for r in rows:
            body.delete_measurement(r.id, session=session)
    first = rows[0]
    assert first.weight_kg is not None and first.waist_cm is not None
    assert round(units.kg_to(first.weight_kg, "lb"), 2) == lb_value
    assert round(units.cm_to(first.waist_cm, "in"), 1) == in_value
    if len(rows) == 2:
        assert (rows[1].weight_kg, rows[1].hips_cm) == (kg_value, cm_value)
