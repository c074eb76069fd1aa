"""Body measurements: weight and the waist, hips and thigh circumferences, by local date.

Values are stored in kilograms and centimetres as float64, exactly as converted from what the
person typed, so a weight typed in lb (0.01 lb) or a length typed in inches (0.1 in) reads back
identical (tested with hypothesis through the database). Every refused value raises
``InputError`` naming the field, as forms expect.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from core.bounds import BODY_MEASUREMENT, Bound, InputError, check, in_unit, number_bound
from core.changes import Changes
from core.i18n import translate
from core.store.models import BodyMeasurement
from core.store.rows import row_from

# Field names (the stored attributes, as core.bounds names them), used in InputError.field so
# the UI can put the message beside the field.
FIELD_WEIGHT = "weight_kg"
FIELD_WAIST = "waist_cm"
FIELD_HIPS = "hips_cm"
FIELD_THIGH = "thigh_cm"
FIELD_DATE = "measured_on"
FIELD_NOTE = "note"

_LENGTH_FIELDS = (FIELD_WAIST, FIELD_HIPS, FIELD_THIGH)


@dataclass(frozen=True)
class MeasurementRow:
    id: int
    measured_on: date
    weight_kg: float | None
    waist_cm: float | None
    hips_cm: float | None
    thigh_cm: float | None
    note: str


def weight_bounds(unit: str) -> Bound:
    """The body-weight bound in `unit` (rounded inward: every accepted value stays in bounds)."""
    return in_unit(number_bound(BODY_MEASUREMENT, FIELD_WEIGHT), unit)


def length_bounds(unit: str) -> Bound:
    """The body-length bound in `unit`, rounded inward to 0.1."""
    return in_unit(number_bound(BODY_MEASUREMENT, FIELD_WAIST), unit)


def _validate(
    measured_on: object,
    weight_kg: float | None,
    lengths: dict[str, float | None],
    note: str,
) -> dict[str, object]:
    if not isinstance(measured_on, date):
        raise InputError(FIELD_DATE, translate("core.body.measurements", "is required"))
    check(BODY_MEASUREMENT, FIELD_NOTE, note)
    values: dict[str, object] = {FIELD_WEIGHT: check(BODY_MEASUREMENT, FIELD_WEIGHT, weight_kg)}
    for column in _LENGTH_FIELDS:
        values[column] = check(BODY_MEASUREMENT, column, lengths[column])
    if all(v is None for v in values.values()):
        raise InputError(
            FIELD_WEIGHT,
            translate("core.body.measurements", "enter a weight or at least one measurement"),
        )
    values["measured_on"] = measured_on
    values["note"] = note.strip()
    return values


def add_measurement(
    *,
    session: Session,
    measured_on: date,
    weight_kg: float | None = None,
    waist_cm: float | None = None,
    hips_cm: float | None = None,
    thigh_cm: float | None = None,
    note: str = "",
) -> Changes:
    """Record one measurement (at least one value). Raises InputError naming the bad field."""
    lengths = {FIELD_WAIST: waist_cm, FIELD_HIPS: hips_cm, FIELD_THIGH: thigh_cm}
    values = _validate(measured_on, weight_kg, lengths, note)
    session.add(BodyMeasurement(**values))
    session.flush()
    return Changes(body=True)


def update_measurement(
    measurement_id: int,
    *,
    session: Session,
    measured_on: date,
    weight_kg: float | None = None,
    waist_cm: float | None = None,
    hips_cm: float | None = None,
    thigh_cm: float | None = None,
    note: str = "",
) -> Changes:
    """Replace every value of a measurement (None clears a value). KeyError if it is gone."""
    row = session.get(BodyMeasurement, measurement_id)
    if row is None:
        raise KeyError(
            translate("core.body.measurements", "measurement {id} does not exist").format(
                id=measurement_id
            )
        )
    lengths = {FIELD_WAIST: waist_cm, FIELD_HIPS: hips_cm, FIELD_THIGH: thigh_cm}
    values = _validate(measured_on, weight_kg, lengths, note)
    for key, value in values.items():
        setattr(row, key, value)
    session.flush()
    return Changes(body=True)


def delete_measurement(measurement_id: int, *, session: Session) -> Changes:
    """Delete a measurement; deleting one that is already gone changes nothing."""
    row = session.get(BodyMeasurement, measurement_id)
    if row is None:
        return Changes()
    session.delete(row)
    session.flush()
    return Changes(body=True)


def get_measurement(measurement_id: int, *, session: Session) -> MeasurementRow | None:
    row = session.get(BodyMeasurement, measurement_id)
    return None if row is None else row_from(MeasurementRow, row)


def list_measurements(*, session: Session, since: date | None = None) -> list[MeasurementRow]:
    """Measurements oldest first (by date, then by entry order), optionally from `since` on."""
    m = BodyMeasurement
    # plain columns, not ORM objects: ten years of daily rows load in milliseconds
    query = select(
        m.id, m.measured_on, m.weight_kg, m.waist_cm, m.hips_cm, m.thigh_cm, m.note
    ).order_by(m.measured_on, m.id)
    if since is not None:
        query = query.where(m.measured_on >= since)
    return [MeasurementRow(*row[:6], note=row[6] or "") for row in session.execute(query)]


def latest_weight_kg(*, session: Session) -> float | None:
    """The body weight of the most recent measurement that has one (None if never weighed)."""
    return session.scalar(
        select(BodyMeasurement.weight_kg)
        .where(BodyMeasurement.weight_kg.is_not(None))
        .order_by(BodyMeasurement.measured_on.desc(), BodyMeasurement.id.desc())
        .limit(1)
    )
