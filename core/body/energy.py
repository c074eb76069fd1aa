"""The maintenance estimate from what the person logged: the weigh-ins and the day log's
calories over the last weeks (core.body.trend does the arithmetic), and what the gap to the
plan's formula means, in sentences the CLI and the Body & plan tab both show.
"""

from __future__ import annotations

from datetime import date, timedelta

from sqlalchemy.orm import Session

from core.body.measurements import list_measurements
from core.body.nutrition import Plan, PlanFigures
from core.body.trend import (
    KCAL_PER_KG,
    MIN_DAYS,
    MIN_INTAKE_SHARE,
    MIN_WEIGH_INS,
    MaintenanceEstimate,
    maintenance_estimate,
)
from core.daily.log import day_rows
from core.units import display_number

__all__ = ["ESTIMATE_WINDOW_DAYS", "estimate_lines", "logged_estimate", "not_enough_data"]

ESTIMATE_WINDOW_DAYS = 28
"""Days of weigh-ins and intake, up to today, the estimate is made from (ours: four weeks)."""


def logged_estimate(until: date, *, session: Session) -> MaintenanceEstimate | None:
    """The estimate from the last ESTIMATE_WINDOW_DAYS days up to `until`, or None when the
    data do not allow one yet."""
    since = until - timedelta(days=ESTIMATE_WINDOW_DAYS - 1)
    weights = [
        (m.measured_on, m.weight_kg)
        for m in list_measurements(session=session, since=since)
        if m.weight_kg is not None and m.measured_on <= until
    ]
    intake = [
        (row.day, row.kcal)
        for row in day_rows(session=session, since=since, until=until)
        if row.kcal is not None
    ]
    return maintenance_estimate(weights, intake, until=until, window_days=ESTIMATE_WINDOW_DAYS)


def not_enough_data() -> str:
    """What the estimate needs, for a person."""
    return (
        f"within the last {ESTIMATE_WINDOW_DAYS} days, at least {MIN_WEIGH_INS} weigh-ins "
        f"spanning {MIN_DAYS} days and calories logged on {MIN_INTAKE_SHARE:.0%} of those days"
    )


def estimate_lines(
    estimate: MaintenanceEstimate | None, plan: Plan, figures: PlanFigures, *, how_to_log: str
) -> list[str]:
    """What the log says beside the formula: the estimate, and what the gap means.
    `how_to_log` tells the person where weigh-ins and calories are entered."""
    if estimate is None:
        return [
            f"Maintenance from your log: not enough data yet (it needs, {not_enough_data()}; "
            f"{how_to_log})"
        ]

    def kcal(value: float) -> str:
        return display_number(value, 0)

    lines = [
        f"Maintenance from your log: {kcal(estimate.kcal)} ± {kcal(estimate.margin_kcal)} "
        f"kcal/day, confidence {estimate.confidence} ({estimate.days} days, "
        f"{estimate.weigh_ins} weigh-ins, calories on {estimate.intake_days} days; mean intake "
        f"minus the weight change at {kcal(KCAL_PER_KG)} kcal per kg, our figure after "
        "Wishnofsky 1958)"
    ]
    deficit = estimate.kcal - estimate.mean_intake_kcal  # = -(kg per day) * KCAL_PER_KG
    rate = abs(estimate.weight_change_kg_per_week)
    d = figures.deficit_kcal
    articles = f"the articles' {kcal(d.low)}-{kcal(d.high)} kcal deficit"
    if rate < 0.005:
        meaning = "your weight holds steady: you eat at maintenance, with no deficit"
    elif deficit > 0:
        if deficit < d.low:
            where = f"less than {articles}"
        elif deficit > d.high:
            where = f"more than {articles}"
        else:
            where = f"within {articles}"
        meaning = (
            f"you are losing {display_number(rate, 2)} kg a week, a deficit of "
            f"{kcal(deficit)} kcal a day, {where}"
        )
    else:
        meaning = (
            f"you are gaining {display_number(rate, 2)} kg a week, {kcal(-deficit)} kcal a day "
            "above maintenance: no deficit"
        )
    text = f"At your logged intake of {kcal(estimate.mean_intake_kcal)} kcal/day {meaning}."
    formula = plan.figure("maintenance")
    if formula is not None:
        gap = formula.low - estimate.kcal
        side = "above" if gap >= 0 else "below"
        text += f" The formula's maintenance is {kcal(abs(gap))} kcal {side} the estimate"
        target = plan.figure("target")
        if target is not None:
            real = estimate.kcal - target.low
            text += f"; its target of {kcal(target.low)} kcal would be " + (
                f"a {kcal(real)} kcal deficit against the estimate."
                if real >= 0
                else f"{kcal(-real)} kcal above the estimate: no deficit."
            )
        else:
            text += "."
    lines.append(text)
    return lines
