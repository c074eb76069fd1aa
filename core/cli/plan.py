"""`backline plan`: the daily plan's figures, and beside the formula's maintenance, the estimate
from what the person logged (core.body.trend.maintenance_estimate over the database's weigh-ins
and day-log calories). The plan's figures come from the flags alone; the database is only read,
and only when it exists (a plan never creates one)."""

from __future__ import annotations

import argparse
import json
from datetime import date, timedelta
from typing import Any

from core.cli import common
from core.cli.common import EXIT_OK, CommandError

ESTIMATE_WINDOW_DAYS = 28
"""Days of weigh-ins and intake, up to today, the estimate is made from (trend's default)."""

ESTIMATE_KEYS = (
    "maintenance_estimate_kcal",
    "estimate_days",
    "estimate_margin_kcal",
    "estimate_confidence",
    "estimate_kg_per_week",
)


def estimate_help() -> str:
    from core.body.trend import MIN_DAYS, MIN_INTAKE_SHARE, MIN_WEIGH_INS

    return (
        "print JSON instead of text. Besides the formula's figures it carries the estimate "
        "from your log: maintenance_estimate_kcal, estimate_days, estimate_margin_kcal (the "
        "95% range's half-width), estimate_confidence (low, medium or high) and "
        "estimate_kg_per_week; all null until the database holds, within the last "
        f"{ESTIMATE_WINDOW_DAYS} days, at least {MIN_WEIGH_INS} weigh-ins spanning {MIN_DAYS} "
        f"days and logged calories on {MIN_INTAKE_SHARE:.0%} of those days".replace("%", "%%")
    )


def read_estimate(args: argparse.Namespace, until: date) -> Any:
    """The MaintenanceEstimate from the database --db names, or None (no database yet, or not
    enough data)."""
    from core.body.measurements import list_measurements
    from core.body.trend import maintenance_estimate
    from core.daily.log import day_rows
    from core.paths import resolve_db_path

    if not resolve_db_path(args.db).is_file():
        return None
    since = until - timedelta(days=ESTIMATE_WINDOW_DAYS - 1)

    def work(session: Any) -> Any:
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

    return common.read(args, work)


def estimate_json(estimate: Any) -> dict[str, Any]:
    if estimate is None:
        return dict.fromkeys(ESTIMATE_KEYS)
    return {
        "maintenance_estimate_kcal": round(estimate.kcal),
        "estimate_days": estimate.days,
        "estimate_margin_kcal": round(estimate.margin_kcal),
        "estimate_confidence": estimate.confidence,
        "estimate_kg_per_week": round(estimate.weight_change_kg_per_week, 2),
    }


def estimate_lines(estimate: Any, plan: Any, figures: Any) -> list[str]:
    """What the log says beside the formula: the estimate, and what the gap means."""
    from core.body.trend import KCAL_PER_KG, MIN_DAYS, MIN_INTAKE_SHARE, MIN_WEIGH_INS
    from core.units import display_number

    if estimate is None:
        return [
            "Maintenance from your log: not enough data yet (it needs, within the last "
            f"{ESTIMATE_WINDOW_DAYS} days, at least {MIN_WEIGH_INS} weigh-ins spanning "
            f"{MIN_DAYS} days and calories logged on {MIN_INTAKE_SHARE:.0%} of those days; "
            "`backline body add` and `backline day --kcal` record them)"
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


def cmd_plan(args: argparse.Namespace) -> int:
    from core.body import nutrition

    figures = nutrition.load_plan_figures()
    level = next(a for a in figures.activity_levels if a.key == args.activity)
    result = nutrition.compute_plan(
        nutrition.PlanInputs(
            sex=args.sex,
            age=args.age,
            height_cm=args.height_cm,
            weight_kg=args.weight_kg,
            activity_factor=level.factor,
            deficit_kcal=args.deficit_kcal,
        ),
        figures,
    )
    if result.invalid:
        first = result.invalid[0]
        flags = {
            nutrition.INPUT_AGE: "--age",
            nutrition.INPUT_HEIGHT: "--height-cm",
            nutrition.INPUT_WEIGHT: "--weight-kg",
            nutrition.INPUT_DEFICIT: "--deficit-kcal",
        }
        raise CommandError(f"{flags.get(first.field, first.field)}: {first.message}")
    estimate = read_estimate(args, common.local_today())
    if args.json:
        data = nutrition.plan_to_json(result) | estimate_json(estimate)
        print(json.dumps(data, indent=2, ensure_ascii=False))
        return EXIT_OK
    for figure in result.figures:
        print(f"{figure.label}: {figure.value_text()} ({figure.basis}; {figure.source.text()})")
    for line in estimate_lines(estimate, result, figures):
        print(line)
    for warning in result.warnings:
        print(f"Warning: {warning}")
    return EXIT_OK
