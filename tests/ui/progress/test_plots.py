"""The Progress charts drawn by the pure functions of ui.progress.plots on an Agg figure."""

from __future__ import annotations

import math
from datetime import UTC, date, datetime, timedelta

import pytest
from matplotlib.backends.backend_agg import FigureCanvasAgg
from matplotlib.dates import date2num, num2date
from matplotlib.figure import Figure

from core.insight.trends import MEASURES, AdherenceWeek, SeriesPoint
from ui.progress import plots
from ui.widgets.chart_canvas import ChartColors

COLORS = ChartColors(
    background="#ffffff",
    foreground="#000000",
    accent="#1f77b4",
    muted="#999999",
    grid="#dddddd",
    dark=False,
)
TODAY = date(2026, 3, 10)


def agg_figure() -> Figure:
    fig = Figure()
    FigureCanvasAgg(fig)
    return fig


def point(day: date, value: float) -> SeriesPoint:
    return SeriesPoint(
        when=datetime(day.year, day.month, day.day, 18, tzinfo=UTC), day=day, value=value
    )


def week(
    routine_id: int, name: str, monday: date, sessions: int, lo: int | None, hi: int | None
) -> AdherenceWeek:
    threshold = lo if lo is not None else (hi or 0)
    return AdherenceWeek(routine_id, name, monday, sessions, lo, hi, sessions >= threshold)


def test_series_in_pounds_marks_the_best_point_and_ends_the_axis_today() -> None:
    """Weights are drawn in the person's unit, the best point is annotated, the y label names
    the unit, and the x axis runs from the range start to the day after today."""
    fig = agg_figure()
    points = [point(date(2026, 2, 1), 60.0), point(date(2026, 3, 1), 70.0)]
    ax = plots.draw_series(
        fig,
        points,
        measure="heaviest",
        exercise_name="Hip thrust",
        weight_unit="lb",
        first_day=date(2026, 1, 1),
        today=TODAY,
        colors=COLORS,
    )
    fig.canvas.draw()
    (line,) = ax.get_lines()
    assert [round(y, 2) for y in line.get_ydata()] == [132.28, 154.32]
    assert [num2date(x).date() for x in line.get_xdata()] == [date(2026, 2, 1), date(2026, 3, 1)]
    assert ax.get_xlim() == (date2num(date(2026, 1, 1)), date2num(TODAY + timedelta(days=1)))
    assert ax.get_ylabel() == "Heaviest set (lb)"
    assert ax.get_title() == f"Hip thrust: {MEASURES['heaviest']}"
    assert [t.get_text() for t in ax.texts] == ["best 154.3 lb"]
    assert ax.get_facecolor()[:3] == (1.0, 1.0, 1.0)


def test_series_over_all_time_starts_a_little_before_the_first_point() -> None:
    """With no range start the axis begins at least a week before the first workout; reps
    have no unit in the label; an empty series is refused."""
    fig = agg_figure()
    first = date(2026, 3, 1)
    ax = plots.draw_series(
        fig,
        [point(first, 12.0)],
        measure="reps",
        exercise_name="Squat",
        weight_unit="kg",
        first_day=None,
        today=TODAY,
        colors=COLORS,
    )
    assert ax.get_xlim() == (
        date2num(first - timedelta(days=7)),
        date2num(first + timedelta(days=7)),
    )  # "All" ends near the data, not at today
    assert ax.get_ylabel() == "Total reps"
    with pytest.raises(ValueError):
        plots.draw_series(
            agg_figure(),
            [],
            measure="reps",
            exercise_name="Squat",
            weight_unit="kg",
            first_day=None,
            today=TODAY,
            colors=COLORS,
        )


def _series(measure: str, values: list[float], unit: str = "kg", first: date | None = None):  # type: ignore[no-untyped-def]
    fig = agg_figure()
    days = [TODAY - timedelta(days=3 * (len(values) - i)) for i in range(len(values))]
    ax = plots.draw_series(
        fig,
        [point(d, v) for d, v in zip(days, values, strict=True)],
        measure=measure,
        exercise_name="Bird-dog",
        weight_unit=unit,
        first_day=first,
        today=TODAY,
        colors=COLORS,
    )
    fig.canvas.draw()
    return fig, ax


def test_counts_get_integer_ticks_only() -> None:
    """Reps and seconds held are whole numbers: no tick reads 15.25; weights may be fractional."""
    for measure in ("reps", "longest_hold"):
        _fig, ax = _series(measure, [15.0, 16.0, 15.0, 16.0])
        ticks = [t for t in ax.get_yticks() if ax.get_ylim()[0] <= t <= ax.get_ylim()[1]]
        assert ticks and all(float(t).is_integer() for t in ticks), (measure, ticks)
    _fig, ax = _series("heaviest", [15.0, 15.5, 15.25])
    assert not all(float(t).is_integer() for t in ax.get_yticks())


def test_best_label_stays_inside_the_figure() -> None:
    """The 'best 16 reps' label is not cut: its box lies inside the axes, whether the best point
    is the last one (at the right edge of the range) or the first one (near the left)."""
    for values, first in (([12.0, 14.0, 16.0], TODAY - timedelta(days=30)), ([16.0, 12.0], None)):
        fig, ax = _series("reps", values, first=first)
        (label,) = ax.texts
        assert label.get_text() == "best 16 reps"
        box = label.get_window_extent(fig.canvas.get_renderer())
        frame = ax.get_window_extent(fig.canvas.get_renderer())
        assert frame.x0 <= box.x0 and box.x1 <= frame.x1, (box, frame)
        assert frame.y0 <= box.y0 and box.y1 <= frame.y1, (box, frame)


def test_adherence_orders_routines_and_draws_one_with_its_target() -> None:
    """Routines are ordered by sessions (a routine never done is left out); one routine's
    chart has a bar per week in use (accent when met), its target band, integer ticks and a
    title counting the weeks it met."""
    mondays = [date(2026, 2, 16), date(2026, 2, 23), date(2026, 3, 2)]
    weeks = [
        *(week(1, "Legs", m, n, 2, 3) for m, n in zip(mondays, (2, 1, 3), strict=True)),
        *(week(2, "Core", m, n, None, 1) for m, n in zip(mondays, (0, 1, 0), strict=True)),
        *(week(3, "Never", m, 0, 1, 1) for m in mondays),
    ]
    routines = plots.busiest_routines(weeks)
    assert [r[0].routine_name for r in routines] == ["Legs", "Core"]
    fig = agg_figure()
    ax = plots.draw_adherence(fig, routines[0], colors=COLORS)
    fig.canvas.draw()
    assert ax.get_title(loc="left") == "Legs: target 2–3 a week, met 2 of 3 weeks"
    bars = ax.containers[0]
    assert [b.get_height() for b in bars] == [2, 1, 3]
    assert [b.get_facecolor()[:3] for b in bars][1] != [b.get_facecolor()[:3] for b in bars][0]
    assert [t.get_text() for t in ax.get_xticklabels()] == ["16 Feb", "23 Feb", "02 Mar"]
    assert all(float(t).is_integer() for t in ax.get_yticks())


def test_adherence_weeks_before_first_use_are_no_misses() -> None:
    """A routine first used in the third of four weeks: no bar for the two weeks before (a
    'not in use yet' note instead), and the title counts 1 of 2 weeks since its first week."""
    mondays = [date(2026, 2, 9) + timedelta(weeks=i) for i in range(4)]
    weeks = [
        AdherenceWeek(1, "Legs", m, n, 2, 3, n >= 2 and i >= 2, tracked=i >= 2)
        for i, (m, n) in enumerate(zip(mondays, (0, 0, 2, 1), strict=True))
    ]
    fig = agg_figure()
    ax = plots.draw_adherence(fig, weeks, colors=COLORS)
    fig.canvas.draw()
    assert ax.get_title(loc="left") == "Legs: target 2–3 a week, met 1 of 2 weeks since 23 Feb"
    assert [b.get_x() + b.get_width() / 2 for b in ax.containers[0]] == [2, 3]
    assert [t.get_text() for t in ax.texts] == ["not in use yet"]


def test_calendar_grid_marks_active_days_and_leaves_the_future_blank() -> None:
    """The grid has one column a week (Monday first): 1 on active days, 0 on the others, NaN
    after today; months are ticked at the week of their first day."""
    active = {date(2026, 3, 2), TODAY}
    grid, months = plots.calendar_grid(active, TODAY, weeks=2)
    assert plots.calendar_start(TODAY, 2) == date(2026, 3, 2)
    assert grid[0] == [1.0, 0.0]  # Mondays 2 and 9 March
    assert grid[1] == [0.0, 1.0]  # Tuesday 10 March is today
    assert math.isnan(grid[2][1])  # Wednesday 11 March has not come yet
    assert months == []
    _grid, months = plots.calendar_grid(set(), date(2026, 3, 4), weeks=2)
    assert months == [(0, "Mar")]  # Sunday 1 March is in the week of Monday 23 February
    fig = agg_figure()
    ax = plots.draw_calendar(fig, active, today=TODAY, weeks=26, colors=COLORS)
    fig.canvas.draw()
    assert ax.get_title(loc="left") == "Active days, last 26 weeks"
    assert [t.get_text() for t in ax.get_yticklabels()] == ["Mon", "Wed", "Fri", "Sun"]
