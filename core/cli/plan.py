"""`backline plan`: the daily plan's figures."""

from __future__ import annotations

import argparse
import json

from core.cli.common import EXIT_OK, CommandError


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
    if args.json:
        print(json.dumps(nutrition.plan_to_json(result), indent=2, ensure_ascii=False))
        return EXIT_OK
    for figure in result.figures:
        print(f"{figure.label}: {figure.value_text()} ({figure.basis}; {figure.source.text()})")
    for warning in result.warnings:
        print(f"Warning: {warning}")
    return EXIT_OK
