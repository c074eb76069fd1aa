"""Trend weight and the maintenance estimate against figures computed by hand."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from core.body.trend import KCAL_PER_KG, maintenance_estimate, weight_trend

START = date(2026, 3, 2)


def day(n: int) -> date:
    return START + timedelta(days=n)


def test_trend_moves_a_tenth_of_the_way_each_day() -> None:
    """80, 81, 79 on three days: 80, 80.1, 79.99; two weigh-ins on one day count as their mean;
    a three-day gap pulls 1 - 0.9**3 = 27.1 % of the way."""
    points = weight_trend([(day(0), 80.0), (day(1), 81.0), (day(2), 78.5), (day(2), 79.5)])
    assert [round(p.trend_kg, 6) for p in points] == [80.0, 80.1, 79.99]
    assert [p.weight_kg for p in points] == [80.0, 81.0, 79.0]
    gap = weight_trend([(day(0), 80.0), (day(3), 83.0)])
    assert gap[-1].trend_kg == pytest.approx(80.0 + 0.271 * 3.0)


def test_trend_on_noisy_data_stays_near_the_line() -> None:
    """Weigh-ins ±1 kg around a line losing 0.05 kg a day: the raw points swing 2 kg from day
    to day, the trend (after its first two weeks) never strays more than 0.6 kg from the line
    (hand bound: the EWMA of a ±1 alternation is at most 0.1/(2-0.1) ≈ 0.053 of swing plus
    the lag of 0.05 × 9 days = 0.45 kg)."""
    line = [80.0 - 0.05 * n for n in range(60)]
    noisy = [(day(n), w + (1.0 if n % 2 else -1.0)) for n, w in enumerate(line)]
    points = weight_trend(noisy)
    worst_raw = max(abs(p.weight_kg - w) for p, w in zip(points, line, strict=True))
    worst_trend = max(abs(p.trend_kg - w) for p, w in zip(points[14:], line[14:], strict=True))
    assert worst_raw == pytest.approx(1.0)
    assert worst_trend < 0.6


def test_estimate_is_energy_balance_by_hand() -> None:
    """28 days eating 2,000 kcal while losing exactly 0.05 kg a day: maintenance is
    2,000 + 0.05 × 7,700 = 2,385 kcal, with no error margin, 0.35 kg a week, high confidence."""
    weights = [(day(n), 80.0 - 0.05 * n) for n in range(28)]
    intake = [(day(n), 2000.0) for n in range(28)]
    est = maintenance_estimate(weights, intake, until=day(27))
    assert est is not None
    assert est.kcal == pytest.approx(2000 + 0.05 * KCAL_PER_KG)
    assert est.kcal == pytest.approx(2385.0)
    assert est.margin_kcal == pytest.approx(0.0, abs=1e-6)
    assert est.weight_change_kg_per_week == pytest.approx(-0.35)
    assert (est.days, est.intake_days, est.weigh_ins, est.confidence) == (28, 28, 28, "high")


def test_estimate_from_meals_split_over_a_day_and_noisy_weights() -> None:
    """Intake logged as two meals a day sums per day; ±0.8 kg noise widens the range, and the
    true figure (2,385 kcal) lies inside it."""
    weights = [(day(n), 80.0 - 0.05 * n + (0.8 if n % 3 == 0 else -0.4)) for n in range(28)]
    intake = [(day(n), 1200.0) for n in range(28)] + [(day(n), 800.0) for n in range(28)]
    est = maintenance_estimate(weights, intake, until=day(27))
    assert est is not None
    assert est.mean_intake_kcal == pytest.approx(2000.0)
    assert est.margin_kcal > 0
    assert abs(est.kcal - 2385.0) <= est.margin_kcal


def test_no_estimate_from_too_little_data() -> None:
    """Never from a few days: 13 days of data, five weigh-ins, or intake on 70 % of the days
    give no estimate; the window ends at `until`."""
    weights = [(day(n), 80.0 - 0.05 * n) for n in range(28)]
    intake = [(day(n), 2000.0) for n in range(28)]
    assert maintenance_estimate(weights[:13], intake, until=day(12)) is None
    sparse = [weights[n] for n in (0, 6, 12, 18, 27)]
    assert maintenance_estimate(sparse, intake, until=day(27)) is None
    patchy = [meal for meal in intake if meal[0].toordinal() % 10 >= 3]
    assert maintenance_estimate(weights, patchy, until=day(27)) is None
    assert maintenance_estimate(weights, intake, until=day(100)) is None  # window past the data
