"""Trend weight and an adaptive maintenance estimate, from what a person logged.

Body weight moves by a kilogram from one day to the next with water, salt and food in the gut,
so a single weigh-in says little. Two tools answer "is it working?" honestly:

- ``weight_trend``: an exponentially weighted moving average of the weigh-ins, as The Hacker's
  Diet (John Walker) draws it: each day moves the trend 10 % of the way to that day's weight.
  A gap of several days counts as several days of the same pull, so the trend does not jump
  after a week away.
- ``maintenance_estimate``: energy balance over a window of at least ``MIN_DAYS`` days with
  intake and weight logged: the calories a person ate on average, minus the energy of the
  weight they lost or gained (``KCAL_PER_KG``), is what they burned. The weight change is the
  least-squares slope of the raw weigh-ins (the trend lags by design, the slope does not), and
  its standard error gives the range the estimate may be off by. Never from fewer days: with a
  handful of points the slope is mostly water.

All figures here are our choices, not the articles': each constant says where it comes from.
No database, no Qt: lists of (day, value) in, frozen results out.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

__all__ = [
    "KCAL_PER_KG",
    "KCAL_PER_KG_SOURCE",
    "MIN_DAYS",
    "SMOOTHING",
    "MaintenanceEstimate",
    "TrendPoint",
    "maintenance_estimate",
    "weight_trend",
]

SMOOTHING = 0.1
"""Share of the gap between the trend and a day's weight the trend moves each day (ours, after
The Hacker's Diet's 10 %)."""

KCAL_PER_KG = 7700.0
"""Energy in one kilogram of body-weight change (ours: the common 3,500 kcal per pound rule,
Wishnofsky 1958, in kilograms). Real tissue varies; the estimate's range says how far off it
may be."""
KCAL_PER_KG_SOURCE = "Wishnofsky M. (1958), Caloric equivalents of gained or lost weight, Am J Clin Nutr 6(5):542-546"

MIN_DAYS = 14
"""Fewest days between the first and last weigh-in of the window before an estimate is given
(ours: two weeks, so a week of water changes cannot pass for fat)."""

MIN_INTAKE_SHARE = 0.8
"""Share of the window's days that must have intake logged (ours): a day not logged is not a
day of zero calories, and too many of them make the average a guess."""

MIN_WEIGH_INS = 6
"""Fewest weigh-ins in the window (ours): a slope from two or three points is noise."""


@dataclass(frozen=True)
class TrendPoint:
    day: date
    weight_kg: float
    trend_kg: float


@dataclass(frozen=True)
class MaintenanceEstimate:
    """What the logged intake and weight say a person burns per day."""

    kcal: float
    """Estimated maintenance: mean logged intake minus the energy of the weight change."""
    margin_kcal: float
    """Half-width of the 95 % range from the weight slope's standard error (intake is taken as
    logged)."""
    days: int
    """Days from the first to the last weigh-in of the window, both counted."""
    intake_days: int
    weigh_ins: int
    mean_intake_kcal: float
    weight_change_kg_per_week: float
    confidence: str
    """"low", "medium" or "high": from the window's length and how well the weigh-ins fit a
    line (see ``_confidence``)."""


def weight_trend(weigh_ins: Sequence[tuple[date, float]]) -> list[TrendPoint]:
    """The trend at each weigh-in, oldest first. Several weigh-ins on one day count as their
    mean; the first weigh-in starts the trend."""
    by_day = _daily_means(weigh_ins)
    points: list[TrendPoint] = []
    trend: float | None = None
    previous: date | None = None
    for day, weight in by_day:
        if trend is None or previous is None:
            trend = weight
        else:
            elapsed = (day - previous).days
            # n days of the daily pull toward this weight: 1 - (1 - a)^n of the way
            pull = 1 - (1 - SMOOTHING) ** elapsed
            trend += pull * (weight - trend)
        points.append(TrendPoint(day, weight, trend))
        previous = day
    return points


def maintenance_estimate(
    weigh_ins: Sequence[tuple[date, float]],
    intake: Sequence[tuple[date, float]],
    *,
    until: date,
    window_days: int = 28,
) -> MaintenanceEstimate | None:
    """Maintenance from energy balance over the last ``window_days`` days up to ``until``, or
    None when the data do not allow an honest figure (fewer than MIN_DAYS between the first and
    last weigh-in, fewer than MIN_WEIGH_INS weigh-ins, or intake on fewer than MIN_INTAKE_SHARE
    of the days)."""
    start = date.fromordinal(until.toordinal() - window_days + 1)
    weights = [(d, w) for d, w in _daily_means(weigh_ins) if start <= d <= until]
    if len(weights) < MIN_WEIGH_INS:
        return None
    first, last = weights[0][0], weights[-1][0]
    days = (last - first).days + 1
    if days < MIN_DAYS:
        return None
    meals = {d: kcal for d, kcal in _daily_sums(intake) if first <= d <= last}
    if len(meals) < MIN_INTAKE_SHARE * days:
        return None
    slope, slope_se, residual_sd = _slope(weights)
    mean_intake = sum(meals.values()) / len(meals)
    kcal = mean_intake - slope * KCAL_PER_KG
    margin = 1.96 * slope_se * KCAL_PER_KG
    return MaintenanceEstimate(
        kcal=kcal,
        margin_kcal=margin,
        days=days,
        intake_days=len(meals),
        weigh_ins=len(weights),
        mean_intake_kcal=mean_intake,
        weight_change_kg_per_week=slope * 7,
        confidence=_confidence(days, margin),
    )


def _confidence(days: int, margin_kcal: float) -> str:
    """Ours: "high" once four weeks give a range within ±150 kcal, "medium" within ±300 kcal,
    else "low"."""
    if days >= 28 and margin_kcal <= 150:
        return "high"
    if margin_kcal <= 300:
        return "medium"
    return "low"


def _daily_means(values: Sequence[tuple[date, float]]) -> list[tuple[date, float]]:
    sums: dict[date, list[float]] = {}
    for day, value in values:
        sums.setdefault(day, []).append(float(value))
    return [(day, sum(v) / len(v)) for day, v in sorted(sums.items())]


def _daily_sums(values: Sequence[tuple[date, float]]) -> list[tuple[date, float]]:
    sums: dict[date, float] = {}
    for day, value in values:
        sums[day] = sums.get(day, 0.0) + float(value)
    return sorted(sums.items())


def _slope(points: Sequence[tuple[date, float]]) -> tuple[float, float, float]:
    """Least-squares slope (kg per day), its standard error, and the residual SD (kg)."""
    xs = [float(d.toordinal()) for d, _ in points]
    ys = [w for _, w in points]
    n = len(points)
    mean_x = sum(xs) / n
    mean_y = sum(ys) / n
    sxx = sum((x - mean_x) ** 2 for x in xs)
    sxy = sum((x - mean_x) * (y - mean_y) for x, y in zip(xs, ys, strict=True))
    slope = sxy / sxx
    intercept = mean_y - slope * mean_x
    residuals = [y - (intercept + slope * x) for x, y in zip(xs, ys, strict=True)]
    residual_sd = math.sqrt(sum(r * r for r in residuals) / (n - 2))
    return slope, residual_sd / math.sqrt(sxx), residual_sd
