"""The Progress tab's charts as pure functions: a matplotlib Figure, the data, the colours.

No widget here: each function clears nothing and shows nothing, it draws on the Figure it is
given (the tab's ChartCanvas figure on screen, an Agg figure in the tests). The callers decide
what to show when there is nothing to draw; these functions expect data to draw.

Every word, number and date on a chart is the language's: titles, labels and legends through
core.i18n.translate, shipped routine names through data_text, dates through core.i18n.strftime
with a translated pattern, and the axes' numbers and dates through ui.widgets.chart_canvas.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, timedelta
from typing import TYPE_CHECKING

from core import i18n
from core.i18n import translate
from core.insight.trends import (
    MEASURE_UNITS,
    MEASURES,
    AdherenceWeek,
    SeriesPoint,
    adherence_summary,
    value_text,
)
from core.library.localized import data_text
from core.units import kg_to
from ui.widgets.chart_canvas import ChartColors, date_formatter, style_axes

if TYPE_CHECKING:
    from matplotlib.axes import Axes
    from matplotlib.figure import Figure

MAX_MARKED_POINTS = 120  # beyond this many workouts the line has no dots
COUNT_MEASURES = frozenset({"reps", "longest_hold"})  # whole numbers: integer ticks only


def short_label(label: str) -> str:
    """'Estimated 1RM (Epley: …)' -> 'Estimated 1RM' for an axis label."""
    return label.split(" (", 1)[0]


def draw_series(
    fig: Figure,
    points: Sequence[SeriesPoint],
    *,
    measure: str,
    exercise_name: str,
    weight_unit: str,
    first_day: date | None,
    today: date,
    colors: ChartColors,
) -> Axes:
    """One exercise's measure over time, its best point marked, the axis ending today.

    `first_day` is where the range starts; the axis then ends today, so a gap since the last
    workout shows. None is "all": the axis spans the data, from a little before the first point
    to a little after the last. Counts (reps, seconds held) get integer ticks; the best point's
    label stays inside the axes. `points` must not be empty.
    """
    from matplotlib.dates import AutoDateLocator, date2num
    from matplotlib.ticker import MaxNLocator

    if not points:
        raise ValueError("draw_series needs at least one point")
    label = MEASURES.get(measure, measure)
    unit = MEASURE_UNITS.get(measure, "")
    convert = unit == "kg"
    if convert:
        unit = weight_unit
    days = [p.day for p in points]
    xs = [float(date2num(day)) for day in days]  # matplotlib's date numbers (days)
    ys = [kg_to(p.value, weight_unit) if convert else p.value for p in points]
    ax = fig.add_subplot()
    style_axes(ax, colors)
    ax.plot(
        xs,
        ys,
        color=colors.accent,
        linewidth=1.6,
        marker="o" if len(xs) <= MAX_MARKED_POINTS else None,
        markersize=4,
    )
    best = max(range(len(ys)), key=ys.__getitem__)
    ax.scatter(
        [xs[best]],
        [ys[best]],
        s=60,
        color=colors.accent,
        zorder=3,
        edgecolors=colors.foreground,
        linewidths=0.8,
    )
    locator = AutoDateLocator()
    ax.xaxis.set_major_locator(locator)
    ax.xaxis.set_major_formatter(date_formatter(locator))
    if first_day is None:
        pad = max(timedelta(days=7), (days[-1] - days[0]) / 20)
        start, end = days[0] - pad, days[-1] + pad
    else:
        start, end = first_day, today + timedelta(days=1)
    x0, x1 = float(date2num(start)), float(date2num(end))
    ax.set_xlim(x0, x1)
    if measure in COUNT_MEASURES:
        ax.yaxis.set_major_locator(MaxNLocator(integer=True))
    # The label leans away from the nearer side, so it is never cut at the axes' edge.
    where = (xs[best] - x0) / (x1 - x0) if x1 > x0 else 0.5
    ha, dx = ("left", -4) if where < 0.2 else ("right", 4) if where > 0.8 else ("center", 0)
    ax.annotate(
        translate("ui.progress.plots", "best {value}").format(
            value=value_text(measure, points[best].value, weight_unit)
        ),
        (xs[best], ys[best]),
        textcoords="offset points",
        xytext=(dx, 8),
        ha=ha,
        color=colors.foreground,
        fontsize=8,
    )
    short = short_label(label)
    ax.set_ylabel(f"{short} ({unit})" if unit not in ("", "reps") else short)
    ax.set_title(
        translate("ui.progress.plots", "{exercise}: {measure}").format(
            exercise=exercise_name, measure=label
        ),
        fontsize=10,
        y=1.0,
        pad=6,
    )
    ax.margins(y=0.15)
    low, high = ax.get_ylim()
    if measure in COUNT_MEASURES:
        low = max(low, 0.0) if min(ys) >= 0 else low
    # Room above the best point for its label (about a tenth of the axis height).
    ax.set_ylim(low, max(high, max(ys) + (max(ys) - low) * 0.12 + 0.5))
    return ax


def busiest_routines(weeks: Sequence[AdherenceWeek]) -> list[list[AdherenceWeek]]:
    """The weeks grouped by routine, most sessions first; routines never done are left out."""
    by_routine: dict[int, list[AdherenceWeek]] = {}
    for week in weeks:
        by_routine.setdefault(week.routine_id, []).append(week)
    routines = sorted(by_routine.values(), key=lambda ws: -sum(w.sessions for w in ws))
    return [ws for ws in routines if any(w.sessions for w in ws)]


def week_text(day: date) -> str:
    """A week's first day as the charts write it: '02 Mar' ('02. März' in German)."""
    return i18n.strftime(day, translate("ui.progress.plots", "%d %b"))


def adherence_title(weeks: Sequence[AdherenceWeek]) -> str:
    """'Legs: target 2–3 a week, met 2 of 3 weeks since 02 Mar' (weeks before the routine was
    first used are not counted; 'since' is said only when the window holds such weeks)."""
    first = weeks[0]
    routine = data_text(first.routine_name)
    low = first.target_min if first.target_min is not None else first.target_max
    high = first.target_max if first.target_max is not None else low
    if low is None or high is None:
        return translate("ui.progress.plots", "{routine}: no weekly target").format(routine=routine)
    target = f"{low}" if low == high else f"{low}–{high}"
    met, tracked = adherence_summary(weeks)
    since = next((w.week_start for w in weeks if w.tracked), None)
    if since is not None and not first.tracked:
        text = translate(
            "ui.progress.plots",
            "{routine}: target {target} a week, met {met} of %n week(s) since {day}",
            None,
            tracked,
        )
        return text.format(routine=routine, target=target, met=met, day=week_text(since))
    text = translate(
        "ui.progress.plots",
        "{routine}: target {target} a week, met {met} of %n week(s)",
        None,
        tracked,
    )
    return text.format(routine=routine, target=target, met=met)


def draw_adherence(fig: Figure, weeks: Sequence[AdherenceWeek], *, colors: ChartColors) -> Axes:
    """One routine's sessions a week (its rows of `weekly_adherence`, oldest first) against its
    target band: a bar per week it was in use, in the accent colour when the target was met;
    the weeks before its first use get no bar and are labelled so, never shown as misses."""
    from matplotlib.patches import Patch
    from matplotlib.ticker import MaxNLocator

    if not weeks:
        raise ValueError("draw_adherence needs the weeks of one routine")
    ax = fig.add_subplot()
    style_axes(ax, colors)
    ax.grid(False)
    ax.grid(True, axis="y", color=colors.grid, linewidth=0.6)
    ax.set_axisbelow(True)
    n = len(weeks)
    first = weeks[0]
    low = first.target_min if first.target_min is not None else first.target_max
    high = first.target_max if first.target_max is not None else low
    tracked = [i for i, w in enumerate(weeks) if w.tracked]
    ax.bar(
        tracked,
        [weeks[i].sessions for i in tracked],
        width=0.7,
        color=[colors.accent if weeks[i].met else colors.muted for i in tracked],
    )
    handles = [
        Patch(color=colors.accent, label=translate("ui.progress.plots", "target met")),
        Patch(color=colors.muted, label=translate("ui.progress.plots", "below target")),
    ]
    if low is not None and high is not None:
        lo, hi = (low - 0.5, high + 0.5) if low == high else (low, high)
        ax.axhspan(lo, hi, color=colors.accent, alpha=0.15, linewidth=0)
        handles.append(
            Patch(color=colors.accent, alpha=0.15, label=translate("ui.progress.plots", "target"))
        )
    top = max(max(w.sessions for w in weeks), high or 0) + 1
    ax.set_ylim(0, top)
    ax.set_xlim(-0.5, n - 0.5)
    ax.yaxis.set_major_locator(MaxNLocator(integer=True))
    before = tracked[0] if tracked else n
    if before:
        ax.axvspan(-0.5, before - 0.5, color=colors.grid, alpha=0.5, linewidth=0)
        ax.text(
            (before - 1) / 2,
            top / 2,
            translate("ui.progress.plots", "not in use yet")
            if before > 1
            else translate("ui.progress.plots", "not\nin use"),
            ha="center",
            va="center",
            fontsize=8,
            color=colors.foreground,
            alpha=0.7,
        )
    ax.set_ylabel(translate("ui.progress.plots", "sessions a week"), fontsize=8)
    step = 1 if n <= 13 else 2
    positions = list(range(n))
    ax.set_xticks(positions[::step], [week_text(w.week_start) for w in weeks][::step])
    ax.tick_params(labelsize=8)
    ax.set_title(adherence_title(weeks), fontsize=9, loc="left", color=colors.foreground)
    ax.legend(
        handles=handles,
        loc="lower right",
        bbox_to_anchor=(1.0, 1.0),
        ncols=len(handles),
        fontsize=8,
        frameon=False,
        labelcolor=colors.foreground,
        borderaxespad=0.2,
    )
    return ax


def calendar_start(today: date, weeks: int) -> date:
    """The Monday `weeks - 1` weeks before the one containing `today`."""
    return today - timedelta(days=today.weekday(), weeks=weeks - 1)


def calendar_grid(
    active: set[date], today: date, weeks: int
) -> tuple[list[list[float]], list[tuple[int, str]]]:
    """7 rows (Monday first) × `weeks` columns: 1 active, 0 rest, NaN after today; and the
    (column, month name) of each week holding a month's first day."""
    start = calendar_start(today, weeks)
    grid = [[float("nan")] * weeks for _ in range(7)]
    month_ticks: list[tuple[int, str]] = []
    for week in range(weeks):
        for weekday in range(7):
            day = start + timedelta(weeks=week, days=weekday)
            if day <= today:
                grid[weekday][week] = 1.0 if day in active else 0.0
            if day.day == 1:
                month_ticks.append((week, i18n.month_name(day.month, full=False)))
    return grid, month_ticks


def draw_calendar(
    fig: Figure, active: set[date], *, today: date, weeks: int, colors: ChartColors
) -> Axes:
    """One square per day of the last `weeks` weeks, active days in the accent colour."""
    import numpy
    from matplotlib.colors import ListedColormap

    grid, month_ticks = calendar_grid(active, today, weeks)
    ax = fig.add_subplot()
    ax.set_facecolor(colors.background)
    cmap = ListedColormap([colors.grid, colors.accent]).with_extremes(bad=colors.background)
    # One square per day, separated by a thin line of background; future days left blank.
    ax.pcolormesh(
        numpy.ma.masked_invalid(numpy.array(grid)),
        cmap=cmap,
        vmin=0,
        vmax=1,
        edgecolors=colors.background,
        linewidth=2,
    )
    ax.set_aspect("equal")
    ax.invert_yaxis()
    ax.set_yticks([0.5, 2.5, 4.5, 6.5], [i18n.weekday_name(d, full=False) for d in (0, 2, 4, 6)])
    ax.set_xticks([w + 0.5 for w, _ in month_ticks], [m for _, m in month_ticks])
    ax.tick_params(colors=colors.foreground, labelcolor=colors.foreground, length=0, labelsize=8)
    for spine in ax.spines.values():
        spine.set_visible(False)
    ax.set_title(
        translate("ui.progress.plots", "Active days, last %n week(s)", None, weeks),
        fontsize=9,
        loc="left",
        color=colors.foreground,
        y=1.0,
        pad=4,
    )
    return ax
