"""The one place for colours: the light and dark palettes, the semantic text colours, the phase
colours, floor-mode pairs, and applying a theme ("light", "dark" or "system") live.

Every colour a widget shows comes from here, resolved for the scheme on screen now:
`text_colour(role)` looks at the application palette (dark when its window is darker than its
text), takes the role's colour from that scheme's table and, should a platform palette differ
from ours, darkens or lightens it until it reads at least 4.5:1 (WCAG AA) on the palette's
window and base. `paint_text(widget, role)` colours a label and keeps it right when the theme
changes; `notifier().changed` tells anything else (rich text, item models) to redraw.

`apply_theme(mode)` sets Qt's colour scheme hint (`QStyleHints.setColorScheme`, unset for
"system") and, where the platform's palette does not follow the hint (offscreen, Fusion without
a desktop theme), sets the matching palette of ours. tests/ui/test_contrast.py checks every pair.
"""

from __future__ import annotations

import weakref
from collections.abc import Iterable
from dataclasses import dataclass, field

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication, QWidget

__all__ = [
    "AA",
    "DARK",
    "DEFAULT_MODE",
    "LIGHT",
    "MODES",
    "ROLES",
    "PHASE_ROLES",
    "Scheme",
    "apply_theme",
    "band_colour",
    "build_palette",
    "contrast_ratio",
    "current_mode",
    "current_scheme",
    "floor_colours",
    "is_dark",
    "notifier",
    "paint_text",
    "readable",
    "relative_luminance",
    "text_colour",
    "text_style",
]

AA = 4.5  # WCAG 2 AA, normal text
MODES = ("system", "light", "dark")
DEFAULT_MODE = "system"  # core.store.settings.Settings.theme's default (a test checks)

PHASE_ROLES = (
    "get_ready",
    "work",
    "release",
    "switch_sides",
    "rest",
    "done",
    "paused",
    "idle",
)
ROLES = ("error", "success", "warning", "muted", "info", *PHASE_ROLES)
"""Every text colour role: the semantic ones, then one per phase of the player."""


@dataclass(frozen=True)
class Scheme:
    """One palette's colours: the backgrounds text sits on, the text colour roles, the
    floor-mode pairs (phase colour filling the background, text on it) and table bands."""

    name: str
    window: str
    base: str
    text: str
    button: str
    highlight: str
    highlighted_text: str
    link: str
    placeholder: str
    disabled_text: str
    bevel: tuple[str, str, str, str, str]  # Light, Midlight, Mid, Dark, Shadow
    roles: dict[str, str] = field(default_factory=dict)
    floor: dict[str, tuple[str, str]] = field(default_factory=dict)
    bands: tuple[str, str] = ("", "")

    @property
    def dark(self) -> bool:
        return relative_luminance(self.window) < relative_luminance(self.text)


LIGHT = Scheme(
    name="light",
    window="#efefef",
    base="#ffffff",
    text="#1a1a1a",
    button="#efefef",
    highlight="#1f5fbf",
    highlighted_text="#ffffff",
    link="#1558b0",
    placeholder="#5b5f64",
    disabled_text="#8a8d91",
    bevel=("#ffffff", "#f7f7f7", "#b8b8b8", "#9f9f9f", "#767676"),
    roles={
        "error": "#b3261e",
        "success": "#1b6e2d",
        "warning": "#8a4b00",
        "muted": "#5b5f64",
        "info": "#1558b0",
        "get_ready": "#8f4d00",  # amber, deep enough for white
        "work": "#1b6e2d",  # green
        "release": "#1558b0",  # blue
        "switch_sides": "#7b1fa2",  # purple
        "rest": "#1558b0",  # blue
        "done": "#5b5f64",  # grey
        "paused": "#4d5156",
        "idle": "#5b5f64",
    },
    floor={
        "get_ready": ("#f9ab00", "#202124"),
        "work": ("#137333", "#ffffff"),
        "release": ("#174ea6", "#ffffff"),
        "switch_sides": ("#7b1fa2", "#ffffff"),
        "rest": ("#1967d2", "#ffffff"),
        "done": ("#3c4043", "#ffffff"),
        "paused": ("#5f6368", "#ffffff"),
        "idle": ("#3c4043", "#ffffff"),
    },
    bands=("#e8f0fe", "#edf7ed"),
)

DARK = Scheme(
    name="dark",
    window="#202124",
    base="#2b2c30",  # fields a step lighter than the window, so their frames show
    text="#e8eaed",
    button="#35363a",
    highlight="#8ab4f8",
    highlighted_text="#202124",
    link="#8ab4f8",
    placeholder="#9aa0a6",
    disabled_text="#6f7378",
    bevel=("#5f6368", "#4a4c50", "#3c4043", "#141517", "#000000"),
    roles={
        "error": "#f28b82",
        "success": "#81c995",
        "warning": "#fdd663",
        "muted": "#a8adb3",
        "info": "#8ab4f8",
        "get_ready": "#fcc934",  # amber
        "work": "#81c995",  # green
        "release": "#8ab4f8",  # blue
        "switch_sides": "#d7aefb",  # purple
        "rest": "#8ab4f8",  # blue
        "done": "#bdc1c6",  # grey
        "paused": "#9aa0a6",
        "idle": "#bdc1c6",
    },
    # The same hues a little deeper than in light: a full screen of bright colour in a dim room
    # glares.
    floor={
        "get_ready": ("#e8a000", "#17181a"),
        "work": ("#0d652d", "#ffffff"),
        "release": ("#174ea6", "#ffffff"),
        "switch_sides": ("#6a1b9a", "#ffffff"),
        "rest": ("#1a5bb8", "#ffffff"),
        "done": ("#303134", "#ffffff"),
        "paused": ("#4d5156", "#ffffff"),
        "idle": ("#303134", "#ffffff"),
    },
    bands=("#1f2a3a", "#1f3324"),
)

# -- contrast (WCAG 2: relative luminance and contrast ratio) -----------------------------------


def _channels(colour: str) -> tuple[float, float, float]:
    value = colour.lstrip("#")
    if len(value) != 6:
        raise ValueError(f"not a #rrggbb colour: {colour!r}")
    return (int(value[0:2], 16) / 255, int(value[2:4], 16) / 255, int(value[4:6], 16) / 255)


def relative_luminance(colour: str) -> float:
    """WCAG relative luminance of a "#rrggbb" colour, 0 (black) to 1 (white)."""

    def linear(c: float) -> float:
        return c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4

    r, g, b = (linear(c) for c in _channels(colour))
    return 0.2126 * r + 0.7152 * g + 0.0722 * b


def contrast_ratio(a: str, b: str) -> float:
    """WCAG contrast ratio of two colours, 1 to 21, whichever is lighter."""
    la, lb = sorted((relative_luminance(a), relative_luminance(b)), reverse=True)
    return (la + 0.05) / (lb + 0.05)


def _mix(colour: str, towards: str, share: float) -> str:
    a, b = _channels(colour), _channels(towards)
    parts = (round((x * (1 - share) + y * share) * 255) for x, y in zip(a, b, strict=True))
    return "#" + "".join(f"{p:02x}" for p in parts)


def readable(colour: str, backgrounds: Iterable[str], *, minimum: float = AA) -> str:
    """`colour`, or the nearest shade of it (towards black on light backgrounds, white on dark)
    that reads at least `minimum`:1 on every one of `backgrounds`."""
    grounds = list(backgrounds)
    if not grounds:
        return colour
    darkest = min(relative_luminance(g) for g in grounds)
    towards = "#000000" if darkest > 0.18 else "#ffffff"
    shade = colour
    for step in range(1, 11):
        if min(contrast_ratio(shade, g) for g in grounds) >= minimum:
            return shade
        shade = _mix(colour, towards, step / 10)
    return shade


# -- the scheme on screen now --------------------------------------------------------------------


def _app_palette(palette: QPalette | None) -> QPalette | None:
    if palette is not None:
        return palette
    if QGuiApplication.instance() is None:
        return None
    return QGuiApplication.palette()


def is_dark(palette: QPalette | None = None) -> bool:
    """True when `palette` (the application's by default) shows light text on a dark window."""
    pal = _app_palette(palette)
    if pal is None:
        return False
    window = pal.color(QPalette.ColorRole.Window)
    text = pal.color(QPalette.ColorRole.WindowText)
    return window.lightness() < text.lightness()


def current_scheme(palette: QPalette | None = None) -> Scheme:
    """DARK or LIGHT, whichever the palette on screen is."""
    return DARK if is_dark(palette) else LIGHT


def _backgrounds(pal: QPalette | None, scheme: Scheme) -> list[str]:
    if pal is None:
        return [scheme.window, scheme.base]
    return [
        pal.color(QPalette.ColorRole.Window).name(),
        pal.color(QPalette.ColorRole.Base).name(),
    ]


def text_colour(role: str, palette: QPalette | None = None) -> str:
    """The "#rrggbb" colour of a text role (ROLES) for the scheme on screen, readable (4.5:1)
    on that palette's window and base. KeyError for an unknown role."""
    pal = _app_palette(palette)
    scheme = current_scheme(pal)
    return readable(scheme.roles[role], _backgrounds(pal, scheme))


def text_style(role: str, palette: QPalette | None = None) -> str:
    """A style sheet colouring text in `role` now ("color: #rrggbb;")."""
    return f"color: {text_colour(role, palette)};"


def floor_colours(role: str, palette: QPalette | None = None) -> tuple[str, str]:
    """(background, text) for floor mode, where a phase's colour fills the screen."""
    scheme = current_scheme(_app_palette(palette))
    return scheme.floor.get(role, scheme.floor["idle"])


def band_colour(index: int, palette: QPalette | None = None) -> str:
    """A faint background for alternating groups of rows (circuits), readable under the
    palette's text in both schemes."""
    scheme = current_scheme(_app_palette(palette))
    return scheme.bands[index % 2]


# -- palettes and applying a theme ---------------------------------------------------------------


def build_palette(scheme: Scheme) -> QPalette:
    """A full palette (every group and role Fusion draws with) from a scheme."""
    pal = QPalette()
    role = QPalette.ColorRole
    light, midlight, mid, dark, shadow = scheme.bevel
    colours = {
        role.Window: scheme.window,
        role.WindowText: scheme.text,
        role.Base: scheme.base,
        role.AlternateBase: _mix(scheme.base, scheme.text, 0.05),
        role.ToolTipBase: scheme.button,
        role.ToolTipText: scheme.text,
        role.PlaceholderText: scheme.placeholder,
        role.Text: scheme.text,
        role.Button: scheme.button,
        role.ButtonText: scheme.text,
        role.BrightText: "#ffffff" if not scheme.dark else "#000000",
        role.Light: light,
        role.Midlight: midlight,
        role.Mid: mid,
        role.Dark: dark,
        role.Shadow: shadow,
        role.Highlight: scheme.highlight,
        role.HighlightedText: scheme.highlighted_text,
        role.Link: scheme.link,
        role.LinkVisited: scheme.link,
        role.Accent: scheme.highlight,
    }
    for colour_role, colour in colours.items():
        pal.setColor(colour_role, QColor(colour))
    disabled = QPalette.ColorGroup.Disabled
    for colour_role in (role.WindowText, role.Text, role.ButtonText, role.PlaceholderText):
        pal.setColor(disabled, colour_role, QColor(scheme.disabled_text))
    pal.setColor(disabled, role.Highlight, QColor(mid))
    pal.setColor(disabled, role.HighlightedText, QColor(scheme.disabled_text))
    pal.setColor(disabled, role.Base, QColor(scheme.window))
    return pal


class _Notifier(QObject):
    changed = Signal()
    """The colours on screen changed (a theme applied, the system's scheme switched)."""


class _State:
    mode = "system"
    ours: str | None = None  # the scheme name of the palette we set, None: the platform's
    notifier: _Notifier | None = None
    painter: _Painter | None = None
    hints_connected = False
    # every widget painted with paint_text: a widget with a style sheet of its own is not
    # always sent the palette change, so a theme change repaints them all as well
    painted: weakref.WeakSet[QWidget] = weakref.WeakSet()


def notifier() -> _Notifier:
    """The object whose `changed` signal fires after the colours on screen changed."""
    if _State.notifier is None:
        _State.notifier = _Notifier(QApplication.instance())
    return _State.notifier


def current_mode() -> str:
    """The theme last applied: "system", "light" or "dark"."""
    return _State.mode


def _scheme_from_hint() -> str | None:
    scheme = QGuiApplication.styleHints().colorScheme()
    if scheme == Qt.ColorScheme.Dark:
        return "dark"
    if scheme == Qt.ColorScheme.Light:
        return "light"
    return None


def _settle(wanted: str | None) -> None:
    """Leave the platform's palette when it already is `wanted` (or nothing is wanted), else
    set ours; at most what is needed, since each palette change repolishes every widget."""
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    if wanted is not None and _State.ours == wanted:
        return
    if _State.ours is not None:
        app.setPalette(QPalette())  # back to the platform's own
        _State.ours = None
    if wanted is not None and is_dark(app.palette()) != (wanted == "dark"):
        app.setPalette(build_palette(DARK if wanted == "dark" else LIGHT))
        _State.ours = wanted
    notifier().changed.emit()


def _on_scheme_changed(scheme: Qt.ColorScheme) -> None:
    if _State.mode != "system":
        return
    wanted = {Qt.ColorScheme.Dark: "dark", Qt.ColorScheme.Light: "light"}.get(scheme)
    _settle(wanted)


def apply_theme(mode: str) -> None:
    """Show Backline in `mode` ("light", "dark" or "system") now, every widget and chart;
    "system" follows the platform's colour scheme as it changes. ValueError for another word."""
    if mode not in MODES:
        from core.i18n import translate

        raise ValueError(
            translate("ui.theme", "theme must be one of {modes}, not {mode}").format(
                modes=", ".join(MODES), mode=repr(mode)
            )
        )
    hints = QGuiApplication.styleHints()
    if not _State.hints_connected:
        hints.colorSchemeChanged.connect(_on_scheme_changed)
        _State.hints_connected = True
    _State.mode = mode
    if mode == "dark":
        hints.setColorScheme(Qt.ColorScheme.Dark)
        _settle("dark")
    elif mode == "light":
        hints.setColorScheme(Qt.ColorScheme.Light)
        _settle("light")
    else:
        hints.unsetColorScheme()
        _settle(_scheme_from_hint())


# -- widgets that keep their role colour ---------------------------------------------------------

_ROLE_PROPERTY = "backline_text_role"
_PALETTE_EVENTS = (QEvent.Type.ApplicationPaletteChange, QEvent.Type.PaletteChange)


class _Painter(QObject):
    """Re-colours a widget painted with `paint_text` whenever the palette changes."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in _PALETTE_EVENTS and isinstance(watched, QWidget):
            _repaint(watched)
        return False


def _repaint(widget: QWidget) -> None:
    role = widget.property(_ROLE_PROPERTY)
    style = text_style(role) if role else ""
    if widget.styleSheet() != style:  # setting it changes the palette: only when it differs
        widget.setStyleSheet(style)


def _repaint_all() -> None:
    for widget in list(_State.painted):
        try:
            _repaint(widget)
        except RuntimeError:  # its C++ side is gone
            _State.painted.discard(widget)


def paint_text(widget: QWidget, role: str | None) -> None:
    """Colour `widget`'s text in `role` (ROLES) for the scheme on screen, and keep it so when
    the theme changes; None returns it to the palette's own text colour."""
    if role is not None and role not in ROLES:
        raise KeyError(f"unknown text role {role!r}")
    if _State.painter is None:
        _State.painter = _Painter(QApplication.instance())
        notifier().changed.connect(_repaint_all)
    _State.painted.add(widget)
    widget.setProperty(_ROLE_PROPERTY, role or "")
    widget.removeEventFilter(_State.painter)
    widget.installEventFilter(_State.painter)
    _repaint(widget)
