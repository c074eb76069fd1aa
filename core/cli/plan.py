"""`backline plan`: the daily plan's figures, and beside the formula's maintenance, the estimate
from what the person logged (core.body.trend.maintenance_estimate over the database's weigh-ins
and day-log calories). The plan's figures come from the flags alone; the database is only read,
and only when it exists (a plan never creates one)."""

from __future__ import annotations

import argparse
import json
from datetime import date
from typing import Any

from core.cli import common
from core.cli.common import EXIT_OK, CommandError, in_english
from core.i18n import translate

ESTIMATE_KEYS = (
    "maintenance_estimate_kcal",
    "estimate_days",
    "estimate_margin_kcal",
    "estimate_confidence",
    "estimate_kg_per_week",
)


def estimate_help() -> str:
    from core.body.energy import not_enough_data

    return (
        translate(
            "core.cli.plan",
            "print JSON instead of text. Besides the formula's figures it carries the estimate "
            "from your log: maintenance_estimate_kcal, estimate_days, estimate_margin_kcal (the "
            "95% range's half-width), estimate_confidence (low, medium or high) and "
            "estimate_kg_per_week; all null until the database holds, {needs}",
        )
        .format(needs=not_enough_data())
        .replace("%", "%%")
    )


def read_estimate(args: argparse.Namespace, until: date) -> Any:
    """The MaintenanceEstimate from the database --db names, or None (no database yet, or not
    enough data)."""
    from core.body.energy import logged_estimate
    from core.store.location import chosen_store

    location = chosen_store(args.db)
    if location.path is not None and not location.path.is_file():
        return None
    return common.read(args, lambda session: logged_estimate(until, session=session))


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


def cmd_plan(args: argparse.Namespace) -> int:
    from core.body import nutrition

    figures = nutrition.load_plan_figures()
    level = next(a for a in figures.activity_levels if a.key == args.activity)
    inputs = nutrition.PlanInputs(
        sex=args.sex,
        age=args.age,
        height_cm=args.height_cm,
        weight_kg=args.weight_kg,
        activity_factor=level.factor,
        deficit_kcal=args.deficit_kcal,
    )
    result = nutrition.compute_plan(inputs, figures)
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
        with in_english():  # the warnings are sentences: the JSON keeps them in English
            english = nutrition.compute_plan(inputs, figures)
        data = nutrition.plan_to_json(english) | estimate_json(estimate)
        print(json.dumps(data, indent=2, ensure_ascii=False))
        return EXIT_OK
    for figure in result.figures:
        print(
            translate("core.cli.plan", "{figure}: {value} ({basis}; {source})").format(
                figure=figure.label,
                value=figure.value_text(),
                basis=figure.basis,
                source=figure.source.text(),
            )
        )
    from core.body.energy import estimate_lines

    how = translate("core.cli.plan", "`backline body add` and `backline day --kcal` record them")
    for line in estimate_lines(estimate, result, figures, how_to_log=how):
        print(line)
    for warning in result.warnings:
        print(translate("core.cli.plan", "Warning: {warning}").format(warning=warning))
    return EXIT_OK
