"""The day log over the last weeks: calories against the plan's range, and sleep against the
articles' 7-9 hours (pure drawing on a Figure; the Today tab owns the canvas)."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, timedelta
from typing import TYPE_CHECKING

from core.i18n import translate
from ui.widgets.chart_canvas import ChartColors, date_formatter, style_axes

if TYPE_CHECKING:
    from matplotlib.figure import Figure

    from core.daily.log import DayRow
    from core.daily.today import TodayItem


def draw_day_log(
    fig: Figure,
    rows: Sequence[DayRow],
    *,
    first: date,
    last: date,
    calories: TodayItem,
    sleep: TodayItem,
    colors: ChartColors,
) -> None:
    """Two rows of the same days: calories as bars (the target range shaded when the plan
    gives one) and sleep as dots joined by a line (its range shaded). Days with nothing logged
    stay empty: a gap, never a zero."""
    from matplotlib.dates import AutoDateLocator, date2num

    top, bottom = fig.subplots(2, 1, sharex=True)
    for ax in (top, bottom):
        style_axes(ax, colors)
        ax.tick_params(labelsize=8)
    kcal = [(r.day, r.kcal) for r in rows if r.kcal is not None]
    hours = [(r.day, r.sleep_hours) for r in rows if r.sleep_hours is not None]
    top.bar(
        [float(date2num(d)) for d, _ in kcal], [v for _, v in kcal], width=0.8, color=colors.accent
    )
    bottom.plot(
        [float(date2num(d)) for d, _ in hours],
        [v for _, v in hours],
        "o-",
        color=colors.accent,
        markersize=4,
    )
    axes = ((top, calories, "kcal"), (bottom, sleep, translate("ui.today.chart", "sleep, h")))
    for ax, item, name in axes:
        ax.set_ylabel(name, fontsize=8)
        if item.target_min is not None:
            high = item.target_max if item.target_max is not None else item.target_min
            ax.axhspan(item.target_min, high, color=colors.muted, alpha=0.25, linewidth=0)
    bottom.set_ylim(0, max([12.0, *(v for _, v in hours)]))
    top.set_xlim(
        float(date2num(first - timedelta(days=1))), float(date2num(last + timedelta(days=1)))
    )
    locator = AutoDateLocator(minticks=3, maxticks=8)
    bottom.xaxis.set_major_locator(locator)
    bottom.xaxis.set_major_formatter(date_formatter(locator))
    top.set_title(
        translate("ui.today.chart", "Calories and sleep, the last 30 days (shaded: the target)"),
        fontsize=9,
        color=colors.foreground,
    )
