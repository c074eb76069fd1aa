"""A matplotlib chart inside a Qt widget; matplotlib is imported in the background once the
window is idle (DESIGN.md rule 11), or when a chart is first drawn if that comes first.

`ChartCanvas` shows a one-line message (an empty state, "loading…") until something is drawn;
the matplotlib `Figure` and its `FigureCanvasQTAgg` are created on the first call to `figure()`,
so importing this module, or constructing a canvas, never imports matplotlib (about a quarter
of a second at start-up that most sessions never need). pyplot is never used: it keeps a
global registry of figures and may pick its own backend.

`ChartPreloader` imports the chart modules on a worker thread, a module at a time, once the
window has been idle for a while after start-up and no workout is running; a workout that
starts stops it after the module being imported, and it goes on once the workout ended. So the
first chart opens without the one-time import, and neither the first paint nor a workout's
timer waits for it (figures in docs/PERFORMANCE.md).

Colours come from the window palette (Window, WindowText, Highlight, Mid), so a chart follows a
light or dark theme; `style_axes(ax, colors)` applies them to an Axes. When the palette changes
(a theme switched live), a drawn chart is recoloured in place, every colour it took from the old
palette swapped for the new one, and rendered again; `recoloured` says so, for a caller that
would rather draw it afresh.

Numbers and dates on the axes are written in the language in use: `style_axes` gives the value
axis the language's decimal separator, and `date_formatter` is matplotlib's concise date ticks
with the language's day and month names, in the order its translators chose.
"""

from __future__ import annotations

import importlib
import sys
import threading
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any, Literal

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QLabel, QSizePolicy, QStackedLayout, QWidget

from core import i18n
from core.i18n import QT_TRANSLATE_NOOP, translate
from ui import theme
from ui.tasks import run_task

if TYPE_CHECKING:
    from matplotlib.axes import Axes
    from matplotlib.figure import Figure

# Suffix -> matplotlib format. Anything else is refused before a file is written.
SAVE_FORMATS = {".png": "png", ".svg": "svg"}
SAVE_FILTERS = QT_TRANSLATE_NOOP(
    "ui.widgets.chart_canvas", "PNG image (*.png);;SVG drawing (*.svg)"
)
"""The file dialog's filters, marked here; `save_filters()` gives them in the language in use."""
PNG_DPI = 150


def save_filters() -> str:
    """The save dialog's file types, in the language in use (the patterns stay)."""
    return translate("ui.widgets.chart_canvas", SAVE_FILTERS)


@dataclass(frozen=True)
class Margins:
    """Space around the axes in points (1/72 inch), so it follows the font size and the DPI.

    Fixed margins instead of matplotlib's constrained layout: that engine measures every tick
    label twice per draw and cost about 130 ms of a 180 ms redraw of a ten-year chart.
    """

    left: float = 52
    right: float = 14
    top: float = 24
    bottom: float = 30
    hspace: float = 0.55  # between stacked axes, as a share of the average axes height


# What charts import, in the order their own imports load: one step each, so a preload can
# stop between two of them. The last is the Qt canvas module (classes only; no Qt object is made).
PRELOAD_STEPS = (
    "numpy",
    "PIL.Image",
    "matplotlib",
    "matplotlib.colors",
    "matplotlib.transforms",
    "matplotlib.font_manager",
    "matplotlib.text",
    "matplotlib.axis",
    "matplotlib.axes",
    "matplotlib.figure",
    "matplotlib.dates",
    "matplotlib.backends.backend_agg",
    "matplotlib.backends.backend_qtagg",
)


def preload_matplotlib(stop: threading.Event | None = None, start: int = 0) -> int:
    """Import PRELOAD_STEPS from `start` on; safe on a worker thread (no Qt object is made).

    Stops before the next step once `stop` is set. Returns how many steps are done, so a
    later call can go on from there (len(PRELOAD_STEPS) when all are imported).
    """
    done = start
    for name in PRELOAD_STEPS[start:]:
        if stop is not None and stop.is_set():
            break
        importlib.import_module(name)
        done += 1
    return done


class ChartPreloader(QObject):
    """Imports the chart modules in the background once the window is idle, never during a
    workout.

    `schedule()` (after start-up: the store open, the automatic backup done) waits IDLE_MS of
    the event loop, then runs `preload_matplotlib` through `run_task`, unless `busy()` says a
    workout runs. `pause()` (a workout started) stops it after the module being imported or
    before it starts; `resume()` (the workout ended) waits for idle again and goes on.
    `state`: "new", "waiting", "running", "paused", "done" or "failed"; `finished` is emitted
    once, when everything is imported.
    """

    IDLE_MS = 2000

    finished = Signal()
    state_changed = Signal(str)

    def __init__(self, parent: QObject | None = None, *, busy: Callable[[], bool]) -> None:
        super().__init__(parent)
        self._busy = busy
        self._stop = threading.Event()
        self._steps_done = 0
        self.state = "new"
        self._idle = QTimer(self)
        self._idle.setSingleShot(True)
        self._idle.timeout.connect(self._on_idle)

    def _set_state(self, state: str) -> None:
        if state != self.state:
            self.state = state
            self.state_changed.emit(state)

    def schedule(self, delay_ms: int | None = None) -> None:
        """Start the preload after `delay_ms` (IDLE_MS) of idle event loop; once is enough."""
        if self.state in ("done", "failed", "running"):
            return
        self._idle.start(self.IDLE_MS if delay_ms is None else delay_ms)
        self._set_state("waiting")

    def pause(self) -> None:
        """A workout started: nothing more is imported until `resume()`."""
        self._idle.stop()
        self._stop.set()
        if self.state == "waiting":
            self._set_state("paused")

    def resume(self) -> None:
        """The workout ended: go on once the window is idle again."""
        if self.state == "paused":
            self.schedule()

    def _on_idle(self) -> None:
        if self._busy():
            self._set_state("paused")
            return
        self._stop.clear()
        self._set_state("running")
        start = self._steps_done
        run_task(lambda: preload_matplotlib(self._stop, start), self._ran, self._failed)

    def _ran(self, steps_done: int) -> None:
        self._steps_done = steps_done
        if steps_done >= len(PRELOAD_STEPS):
            self._set_state("done")
            self.finished.emit()
            return
        self._set_state("paused")
        if not self._busy():
            self.schedule()

    def _failed(self, exc: BaseException) -> None:
        # Harmless: the first chart imports what it needs and reports a failure itself.
        sys.stderr.write(f"backline: loading the chart modules in the background failed: {exc}\n")
        self._set_state("failed")


@dataclass(frozen=True)
class ChartColors:
    """Hex colours for a chart, taken from a widget's palette."""

    background: str
    foreground: str
    accent: str
    muted: str
    grid: str
    dark: bool


def _hex(color: QColor) -> str:
    return color.name(QColor.NameFormat.HexRgb)


def _mix(a: QColor, b: QColor, share_of_b: float) -> QColor:
    keep = 1.0 - share_of_b
    return QColor(
        round(a.red() * keep + b.red() * share_of_b),
        round(a.green() * keep + b.green() * share_of_b),
        round(a.blue() * keep + b.blue() * share_of_b),
    )


def palette_colors(palette: QPalette) -> ChartColors:
    """Chart colours from a palette: background = Window, text = WindowText, data = Highlight."""
    window = palette.color(QPalette.ColorRole.Window)
    text = palette.color(QPalette.ColorRole.WindowText)
    accent = palette.color(QPalette.ColorRole.Highlight)
    # A highlight too close to the background (some themes) would make the data invisible.
    if abs(accent.lightness() - window.lightness()) < 40:
        accent = QColor(theme.text_colour("info", palette))
    return ChartColors(
        background=_hex(window),
        foreground=_hex(text),
        accent=_hex(accent),
        muted=_hex(_mix(window, text, 0.35)),
        grid=_hex(_mix(window, text, 0.15)),
        dark=window.lightness() < text.lightness(),
    )


def style_axes(ax: Axes, c: ChartColors) -> None:
    """Chart colours on an Axes: background, spines, ticks, labels, a light grid."""
    ax.set_facecolor(c.background)
    for spine in ax.spines.values():
        spine.set_color(c.muted)
    for side in ("top", "right"):
        ax.spines[side].set_visible(False)
    ax.tick_params(colors=c.foreground, labelcolor=c.foreground)
    ax.xaxis.label.set_color(c.foreground)
    ax.yaxis.label.set_color(c.foreground)
    ax.title.set_color(c.foreground)
    ax.grid(True, color=c.grid, linewidth=0.6)
    ax.set_axisbelow(True)
    ax.yaxis.set_major_formatter(number_formatter())


def _local_decimals(text: str) -> str:
    """A tick label matplotlib wrote with a point, with the language's decimal separator."""
    separator = i18n.decimal_separator()
    return text if separator == "." else text.replace(".", separator)


def number_formatter() -> Any:
    """matplotlib's plain number ticks (ScalarFormatter), with the language's decimal
    separator: '2.5' in English, '2,5' in German."""
    from matplotlib.ticker import ScalarFormatter

    class LocalScalarFormatter(ScalarFormatter):
        def __call__(self, x: float, pos: int | None = None) -> str:
            return _local_decimals(super().__call__(x, pos))

        def get_offset(self) -> str:
            return _local_decimals(super().get_offset())

    return LocalScalarFormatter()


def date_formatter(locator: Any) -> Any:
    """matplotlib's ConciseDateFormatter for `locator`'s ticks (it picks what each tick needs to
    say: a year, a month, a day), writing the language's day and month names through
    core.i18n.strftime with patterns its translators adapt ('%Y-%b' is '%b %Y' in German)."""
    from matplotlib.dates import ConciseDateFormatter, num2date

    # What core.i18n.strftime writes: matplotlib chooses, per tick, one of these patterns; each
    # is given to it escaped ("%%b"), so its strftime writes the pattern, which is then filled.
    month_day = translate("ui.widgets.chart_canvas", "%b-%d")
    year_month = translate("ui.widgets.chart_canvas", "%Y-%b")
    year_month_day = translate("ui.widgets.chart_canvas", "%Y-%b-%d")
    minute = translate("ui.widgets.chart_canvas", "%Y-%b-%d %H:%M")
    formats = ["%Y", "%b", "%d", "%H:%M", "%H:%M", "%S"]
    zero_formats = ["", "%Y", "%b", month_day, "%H:%M", "%H:%M"]
    offset_formats = ["", "%Y", year_month, year_month_day, year_month_day, minute]

    def escaped(patterns: list[str]) -> list[str]:
        return [pattern.replace("%", "%%") for pattern in patterns]

    class LocalDateFormatter(ConciseDateFormatter):
        _local_offset = ""

        def format_ticks(self, values: Any) -> list[str]:
            patterns = super().format_ticks(values)
            days = [num2date(value) for value in values]
            pattern = super().get_offset()
            if pattern and days:
                axis: Any = self.axis
                inverted = (
                    axis is not None and hasattr(axis, "get_inverted") and axis.get_inverted()
                )
                self._local_offset = i18n.strftime(days[0] if inverted else days[-1], pattern)
            else:
                self._local_offset = ""
            return [i18n.strftime(day, text) for day, text in zip(days, patterns, strict=True)]

        def get_offset(self) -> str:
            return self._local_offset

    return LocalDateFormatter(
        locator,
        formats=escaped(formats),
        zero_formats=escaped(zero_formats),
        offset_formats=escaped(offset_formats),
        usetex=False,
    )


def save_format(path: Path) -> str:
    """'png' or 'svg' from the file name's suffix; ValueError for anything else."""
    fmt = SAVE_FORMATS.get(Path(path).suffix.lower())
    if fmt is None:
        raise ValueError(
            translate(
                "ui.widgets.chart_canvas", "a chart can be saved as .png or .svg, not '{name}'"
            ).format(name=Path(path).name)
        )
    return fmt


class ChartCanvas(QWidget):
    """One chart: a message label until drawn, then a matplotlib canvas (created lazily).

    `draw()` asks for a render at the next turn of the event loop (matplotlib's draw_idle), so
    a render for new data and one for the canvas's first resize become a single render;
    `rendered` is emitted after each render on screen (not after a save to a file).
    """

    rendered = Signal()
    recoloured = Signal()
    """The palette changed and the drawn chart was recoloured to it (a render follows)."""

    def __init__(self, message: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._stack = QStackedLayout(self)
        self._stack.setContentsMargins(0, 0, 0, 0)
        self.message_label = QLabel(message)
        self.message_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.message_label.setWordWrap(True)
        self.message_label.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self._stack.addWidget(self.message_label)
        self._figure: Figure | None = None
        self._canvas: QWidget | None = None
        self._has_chart = False
        self._drawn_colors: ChartColors | None = None
        self.margins = Margins()
        self.setMinimumSize(240, 160)

    # -- state -------------------------------------------------------------------------------

    @property
    def has_chart(self) -> bool:
        """True when the canvas (not a message) is showing a drawn chart."""
        return self._has_chart

    @property
    def message(self) -> str:
        return "" if self._has_chart else self.message_label.text()

    def colors(self) -> ChartColors:
        return palette_colors(self.palette())

    def show_message(self, text: str) -> None:
        """Replace the chart by a sentence (empty state); the figure, if any, is kept."""
        self.message_label.setText(text)
        self._stack.setCurrentWidget(self.message_label)
        self._has_chart = False

    # -- drawing -----------------------------------------------------------------------------

    def figure(self) -> Figure:
        """The figure, created (and matplotlib imported) on first use; cleared and recoloured."""
        if self._figure is None:
            from matplotlib.backends.backend_qtagg import FigureCanvasQTAgg
            from matplotlib.figure import Figure

            self._figure = Figure(figsize=(6.4, 3.6), dpi=100)
            canvas = FigureCanvasQTAgg(self._figure)
            canvas.mpl_connect("resize_event", lambda _event: self._apply_margins())
            canvas.mpl_connect("draw_event", self._on_draw_event)
            canvas.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
            canvas.setParent(self)
            self._canvas = canvas
            self._stack.addWidget(canvas)
        self._figure.clear()
        self._drawn_colors = self.colors()
        self._figure.set_facecolor(self._drawn_colors.background)
        return self._figure

    def current_figure(self) -> Figure | None:
        """The figure as last drawn (not cleared), or None before the first chart."""
        return self._figure

    def draw(self) -> None:
        """Show the figure in place of the message; it renders at the next event-loop turn."""
        if self._figure is None or self._canvas is None:
            raise RuntimeError("nothing to draw: call figure() first")
        self._stack.setCurrentWidget(self._canvas)
        self._apply_margins()
        self._canvas.draw_idle()  # type: ignore[attr-defined]
        self._has_chart = True

    def changeEvent(self, event: QEvent) -> None:
        if event.type() in (QEvent.Type.PaletteChange, QEvent.Type.ApplicationPaletteChange):
            self._recolour()
        super().changeEvent(event)

    def _recolour(self) -> None:
        old, new = self._drawn_colors, self.colors()
        if self._figure is None or old is None or old == new:
            return
        _swap_colours(self._figure, _colour_map(old, new))
        self._drawn_colors = new
        if self._has_chart and self._canvas is not None:
            self._canvas.draw_idle()  # type: ignore[attr-defined]
        self.recoloured.emit()

    def _on_draw_event(self, event: Any) -> None:
        # savefig renders through a temporary canvas of its format: not a render on screen.
        if event.canvas is self._canvas and self._has_chart:
            self.rendered.emit()

    def _apply_margins(self) -> None:
        fig = self._figure
        if fig is None:
            return
        width_in, height_in = fig.get_size_inches()
        w, h = max(width_in * 72, 1.0), max(height_in * 72, 1.0)
        m = self.margins
        fig.subplots_adjust(
            left=min(m.left / w, 0.4),
            right=max(1 - m.right / w, 0.6),
            top=max(1 - m.top / h, 0.6),
            bottom=min(m.bottom / h, 0.4),
            hspace=m.hspace,
        )

    def save(self, path: Path | str) -> Path:
        """Write the drawn chart as PNG or SVG (by suffix), in the on-screen colours."""
        target = Path(path)
        fmt = save_format(target)
        if self._figure is None or not self._has_chart:
            raise RuntimeError("there is no chart to save yet")
        self._figure.savefig(
            target,
            format=fmt,
            dpi=PNG_DPI,
            facecolor=self._figure.get_facecolor(),
            metadata=_metadata(fmt),
        )
        return target


def _colour_map(old: ChartColors, new: ChartColors) -> dict[str, str]:
    pairs: dict[str, str] = {}
    for name in ("background", "foreground", "accent", "muted", "grid"):
        before, after = getattr(old, name).lower(), getattr(new, name).lower()
        pairs.setdefault(before, after)
    return pairs


def _swap_colours(figure: Figure, mapping: dict[str, str]) -> None:
    """Every artist colour in `figure` that `mapping` names (by "#rrggbb", alpha kept) becomes
    its new colour: faces, edges, lines, markers and text."""
    from matplotlib.cm import ScalarMappable
    from matplotlib.collections import Collection
    from matplotlib.colors import ListedColormap, to_hex, to_rgba

    def swapped(colour: Any) -> Any:
        try:
            rgba = to_rgba(colour)
        except (ValueError, TypeError):
            return None
        new = mapping.get(to_hex(rgba, keep_alpha=False))
        return None if new is None else to_rgba(new, rgba[3])

    def swap(artist: Any, getter: str, setter: str) -> None:
        get, put = getattr(artist, getter, None), getattr(artist, setter, None)
        if get is None or put is None:
            return
        value = get()
        if isinstance(value, str) and value in ("none", "auto"):
            return
        new = swapped(value)
        if new is not None:
            put(new)

    def swap_cmap(mappable: ScalarMappable) -> bool:
        cmap = mappable.get_cmap()
        if not isinstance(cmap, ListedColormap):
            return False
        listed: list[Any] = [swapped(c) or c for c in cmap.colors]  # type: ignore[union-attr]
        ends: dict[str, Any] = {
            "bad": cmap.get_bad(),
            "under": cmap.get_under(),
            "over": cmap.get_over(),
        }
        ends = {name: swapped(colour) or tuple(colour) for name, colour in ends.items()}
        mappable.set_cmap(ListedColormap(listed, name=cmap.name).with_extremes(**ends))
        return True

    for artist in figure.findobj(include_self=True):
        if isinstance(artist, Collection):
            mapped = artist.get_array() is not None and swap_cmap(artist)
            for getter, setter in (
                ("get_facecolor", "set_facecolor"),
                ("get_edgecolor", "set_edgecolor"),
            ):
                if mapped and getter == "get_facecolor":
                    continue
                colours = getattr(artist, getter)()
                if len(colours) == 0:
                    continue
                changed = [swapped(c) or tuple(c) for c in colours]
                getattr(artist, setter)(changed)
            continue
        for getter, setter in (
            ("get_facecolor", "set_facecolor"),
            ("get_edgecolor", "set_edgecolor"),
            ("get_color", "set_color"),
            ("get_markerfacecolor", "set_markerfacecolor"),
            ("get_markeredgecolor", "set_markeredgecolor"),
        ):
            swap(artist, getter, setter)
    # Ticks made at the next draw (a wider chart, new data) take the axis's stored tick
    # settings: give those the swapped colours of the ticks already there.
    for ax in figure.axes:
        for axis in (ax.xaxis, ax.yaxis):
            kinds: tuple[tuple[Literal["major", "minor"], list[Any]], ...] = (
                ("major", axis.majorTicks),
                ("minor", axis.minorTicks),
            )
            for which, ticks in kinds:
                if not ticks:
                    continue
                tick = ticks[0]
                axis.set_tick_params(
                    which=which,
                    color=tick.tick1line.get_markeredgecolor(),
                    labelcolor=tick.label1.get_color(),
                    grid_color=tick.gridline.get_color(),
                )


def _metadata(fmt: str) -> dict[str, Any]:
    # SVG: no date, so saving the same chart twice writes the same file.
    if fmt == "svg":
        return {"Creator": "Backline", "Date": None}
    return {"Software": "Backline"}
