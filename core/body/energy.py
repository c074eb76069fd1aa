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
from core.i18n import translate
from core.units import display_number

__all__ = [
    "ESTIMATE_WINDOW_DAYS",
    "confidence_text",
    "estimate_lines",
    "logged_estimate",
    "not_enough_data",
]

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
    return translate(
        "core.body.energy",
        "within the last {window} days, at least {weigh_ins} weigh-ins spanning {days} days and "
        "calories logged on {percent}% of those days",
    ).format(
        window=ESTIMATE_WINDOW_DAYS,
        weigh_ins=MIN_WEIGH_INS,
        days=MIN_DAYS,
        percent=round(MIN_INTAKE_SHARE * 100),
    )


def confidence_text(confidence: str) -> str:
    """An estimate's confidence ("low", "medium", "high") in words."""
    words = {
        "low": translate("core.body.energy", "low"),
        "medium": translate("core.body.energy", "medium"),
        "high": translate("core.body.energy", "high"),
    }
    return words.get(confidence, confidence)


def estimate_lines(
    estimate: MaintenanceEstimate | None, plan: Plan, figures: PlanFigures, *, how_to_log: str
) -> list[str]:
    """What the log says beside the formula: the estimate, and what the gap means.
    `how_to_log` tells the person where weigh-ins and calories are entered."""
    if estimate is None:
        return [
            translate(
                "core.body.energy",
                "Maintenance from your log: not enough data yet (it needs, {needs}; {how_to_log})",
            ).format(needs=not_enough_data(), how_to_log=how_to_log)
        ]

    def kcal(value: float) -> str:
        return display_number(value, 0)

    lines = [
        translate(
            "core.body.energy",
            "Maintenance from your log: {kcal} ± {margin} kcal/day, confidence {confidence} "
            "({days} days, {weigh_ins} weigh-ins, calories on {intake_days} days; mean intake "
            "minus the weight change at {kcal_per_kg} kcal per kg, our figure after Wishnofsky "
            "1958)",
        ).format(
            kcal=kcal(estimate.kcal),
            margin=kcal(estimate.margin_kcal),
            confidence=confidence_text(estimate.confidence),
            days=estimate.days,
            weigh_ins=estimate.weigh_ins,
            intake_days=estimate.intake_days,
            kcal_per_kg=kcal(KCAL_PER_KG),
        )
    ]
    deficit = estimate.kcal - estimate.mean_intake_kcal  # = -(kg per day) * KCAL_PER_KG
    rate = abs(estimate.weight_change_kg_per_week)
    d = figures.deficit_kcal
    if rate < 0.005:
        meaning = translate(
            "core.body.energy", "your weight holds steady: you eat at maintenance, with no deficit"
        )
    elif deficit > 0:
        if deficit < d.low:
            where = translate(
                "core.body.energy", "less than the articles' {low}-{high} kcal deficit"
            )
        elif deficit > d.high:
            where = translate(
                "core.body.energy", "more than the articles' {low}-{high} kcal deficit"
            )
        else:
            where = translate("core.body.energy", "within the articles' {low}-{high} kcal deficit")
        meaning = translate(
            "core.body.energy",
            "you are losing {rate} kg a week, a deficit of {deficit} kcal a day, {where}",
        ).format(
            rate=display_number(rate, 2),
            deficit=kcal(deficit),
            where=where.format(low=kcal(d.low), high=kcal(d.high)),
        )
    else:
        meaning = translate(
            "core.body.energy",
            "you are gaining {rate} kg a week, {excess} kcal a day above maintenance: no deficit",
        ).format(rate=display_number(rate, 2), excess=kcal(-deficit))
    text = translate(
        "core.body.energy", "At your logged intake of {intake} kcal/day {meaning}."
    ).format(intake=kcal(estimate.mean_intake_kcal), meaning=meaning)
    formula = plan.figure("maintenance")
    if formula is not None:
        gap = formula.low - estimate.kcal
        compared = (
            translate(
                "core.body.energy", "The formula's maintenance is {gap} kcal above the estimate"
            )
            if gap >= 0
            else translate(
                "core.body.energy", "The formula's maintenance is {gap} kcal below the estimate"
            )
        ).format(gap=kcal(abs(gap)))
        target = plan.figure("target")
        if target is None:
            sentence = f"{compared}."
        elif (real := estimate.kcal - target.low) >= 0:
            sentence = translate(
                "core.body.energy",
                "{comparison}; its target of {target} kcal would be a {deficit} kcal deficit "
                "against the estimate.",
            ).format(comparison=compared, target=kcal(target.low), deficit=kcal(real))
        else:
            sentence = translate(
                "core.body.energy",
                "{comparison}; its target of {target} kcal would be {excess} kcal above the "
                "estimate: no deficit.",
            ).format(comparison=compared, target=kcal(target.low), excess=kcal(-real))
        text = f"{text} {sentence}"
    lines.append(text)
    return lines
