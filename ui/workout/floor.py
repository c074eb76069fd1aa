"""Floor mode: the Workout tab's full-screen view, readable from a mat two metres away.

``FloorView`` shows the same ``PhaseView`` as the tab's own display (``phase_view``: one
source), sized to the space it has: the digits at least a third of the height (their glyphs,
not their line box) and never wider than the view, what is now and next in large type, the
phase colour (``floor_colours``) filling the background. ``flash()`` inverts the colours for
``FLASH_MS`` at a phase transition; its timer only repaints, it never touches the player or
the ``PhaseDriver``. The view reads no clock and forwards one intent, ``leave_requested``.
Fonts are fitted again on every resize and when a text changes, never on a repaint tick.
"""

from __future__ import annotations

import math

from PySide6.QtCore import QPointF, Qt, QTimer, Signal
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetricsF,
    QPainter,
    QPaintEvent,
    QPalette,
    QResizeEvent,
)
from PySide6.QtWidgets import QLabel, QPushButton, QSizePolicy, QVBoxLayout, QWidget

from core.i18n import translate
from ui.widgets.phase_display import PhaseView, floor_colours

__all__ = [
    "DIGITS_SHARE",
    "FLASH_MS",
    "TRANSITION_CUES",
    "WIDEST_DIGITS",
    "DigitsLabel",
    "FloorView",
    "glyph_height",
]

FLASH_MS = 300
"""How long the colours stay inverted at a phase transition (our default)."""
DIGITS_SHARE = 0.42
"""Height of the digits' glyphs as a share of the view's height (a third at least)."""
WIDEST_DIGITS = "0:00"
"""The digits are sized so this (or the text shown, if wider: "10:00") fits the width too, so
they keep their size as they count."""
TRANSITION_CUES = frozenset(
    {"get_ready", "work_start", "rest_start", "release", "switch_sides", "workout_finished"}
)
"""The cues that start a step: each one flashes the view."""

_MARGIN_SHARE = 0.02
# Line sizes (pixel size of the font, as a share of the height) of the lines around the digits.
_TITLE_SHARE = 0.085
_DETAILS_SHARE = 0.06
_NEXT_SHARE = 0.06
_STATUS_SHARE = 0.03
_MIN_PIXELS = 12
_REFERENCE_PIXELS = 100.0


def glyph_height(font: QFont, text: str) -> float:
    """Height in pixels of the inked part of ``text`` in ``font`` (what the eye sees)."""
    return QFontMetricsF(font).tightBoundingRect(text).height()


def _sized(font: QFont, pixels: int) -> QFont:
    f = QFont(font)
    f.setPixelSize(max(_MIN_PIXELS, pixels))
    return f


def _fit(font: QFont, text: str, pixels: int, width: float) -> QFont:
    """``font`` at ``pixels``, smaller if needed until ``text`` fits ``width`` on one line."""
    f = _sized(font, pixels)
    if not text or width <= 0:
        return f
    advance = QFontMetricsF(f).horizontalAdvance(text)
    if advance <= width:
        return f
    f = _sized(font, math.floor(f.pixelSize() * width / advance))
    while f.pixelSize() > _MIN_PIXELS and QFontMetricsF(f).horizontalAdvance(text) > width:
        f = _sized(font, f.pixelSize() - 1)  # hinting: sizes are not quite proportional
    return f


_INK = "0123456789"
_DIGITS_PAD = 0.08
"""Room above and below the digits' ink, as a share of its height."""


class DigitsLabel(QLabel):
    """The countdown, its ink centred in the label: the label is as tall as the digits' glyphs
    (plus a little), not as their font's line box, which is a third taller again."""

    def fit(self, font: QFont) -> None:
        self.setFont(font)
        self.setFixedHeight(math.ceil(glyph_height(font, _INK) * (1 + 2 * _DIGITS_PAD)))

    def paintEvent(self, event: QPaintEvent) -> None:
        text = self.text()
        if not text:
            return
        metrics = QFontMetricsF(self.font())
        ink = metrics.tightBoundingRect(_INK)
        x = (self.width() - metrics.horizontalAdvance(text)) / 2
        baseline = (self.height() - ink.height()) / 2 - ink.top()
        painter = QPainter(self)
        painter.setFont(self.font())
        painter.setPen(self.palette().color(QPalette.ColorRole.WindowText))
        painter.drawText(QPointF(x, baseline), text)
        painter.end()


class FloorView(QWidget):
    """Now (phase, digits, set and side), next, and a status line on the phase colour."""

    leave_requested = Signal()

    def __init__(self, parent: QWidget | None = None, *, leave_tooltip: str = "") -> None:
        super().__init__(parent)
        self.setAccessibleName(translate("ui.workout.floor", "Floor mode"))
        self.setAccessibleDescription(
            translate("ui.workout.floor", "The workout in large type, full screen")
        )
        self.setFocusPolicy(Qt.FocusPolicy.ClickFocus)
        self._view = PhaseView(phase="")
        self._background, self._text = floor_colours(self._view)
        self._flashing = False
        self._flash_timer = QTimer(self)
        self._flash_timer.setSingleShot(True)
        self._flash_timer.setInterval(FLASH_MS)
        self._flash_timer.timeout.connect(self._end_flash)
        self._status = ""

        self.phase_label = self._label(bold=True)
        self.digits = DigitsLabel("")
        self.digits.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)
        self.digits.setAccessibleName(translate("ui.workout.floor", "Time"))
        self.details_label = self._label()
        self.next_label = self._label()
        self.status_label = self._label()
        self.leave_button = QPushButton(translate("ui.workout.floor", "Leave floor mode"))
        self.leave_button.setFlat(True)
        self.leave_button.setToolTip(leave_tooltip)
        self.leave_button.setAccessibleName(translate("ui.workout.floor", "Leave floor mode"))
        self.leave_button.clicked.connect(self.leave_requested)
        self._base_font = QFont(self.digits.font())

        self._layout = layout = QVBoxLayout(self)
        layout.addWidget(self.phase_label)
        layout.addStretch(1)
        layout.addWidget(self.digits)
        layout.addStretch(1)
        layout.addWidget(self.details_label)
        layout.addWidget(self.next_label)
        layout.addWidget(self.status_label)
        layout.addWidget(self.leave_button, 0, Qt.AlignmentFlag.AlignRight)
        self._apply_colours()

    def _label(self, *, bold: bool = False) -> QLabel:
        label = QLabel("")
        label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)
        if bold:
            f = QFont(label.font())
            f.setBold(True)
            label.setFont(f)
        return label

    # -- what it shows -------------------------------------------------------------------

    @property
    def flashing(self) -> bool:
        """True while the colours are inverted for a transition."""
        return self._flashing

    @property
    def colours(self) -> tuple[str, str]:
        """(background, text) painted now: the phase's floor colours, inverted in a flash."""
        if self._flashing:
            return self._text, self._background
        return self._background, self._text

    def show_view(self, view: PhaseView, status: str = "") -> None:
        """Show ``view`` (the tab's own, from ``phase_view``) and a status line under it."""
        texts_changed = (
            view.phase != self._view.phase
            or view.details != self._view.details
            or view.next_text != self._view.next_text
            or len(view.digits) != len(self._view.digits)
            or status != self._status
        )
        self._view, self._status = view, status
        self.digits.setText(view.digits)
        colours = floor_colours(view)
        if colours != (self._background, self._text):
            self._background, self._text = colours
            self._apply_colours()
        if texts_changed:
            self._fit_fonts()

    def flash(self) -> None:
        """Invert the colours for ``FLASH_MS`` (again from now if a flash is on already)."""
        self._flashing = True
        self._apply_colours()
        self._flash_timer.start()

    def stop_flash(self) -> None:
        self._flash_timer.stop()
        if self._flashing:
            self._end_flash()

    def _end_flash(self) -> None:
        self._flashing = False
        self._apply_colours()

    def _apply_colours(self) -> None:
        background, text = (QColor(c) for c in self.colours)
        palette = QPalette(self.palette())
        for role, colour in (
            (QPalette.ColorRole.WindowText, text),
            (QPalette.ColorRole.ButtonText, text),
            (QPalette.ColorRole.Text, text),
            (QPalette.ColorRole.Window, background),
            (QPalette.ColorRole.Button, background),
        ):
            palette.setColor(role, colour)
        self.setPalette(palette)
        for label in (
            self.phase_label,
            self.digits,
            self.details_label,
            self.next_label,
            self.status_label,
        ):
            label.setPalette(palette)
        self.leave_button.setPalette(palette)
        self.update()

    # -- size ----------------------------------------------------------------------------

    def _fit_fonts(self) -> None:
        """Size every line to the view: the digits' glyphs ``DIGITS_SHARE`` of the height,
        as wide as ``WIDEST_DIGITS`` (or the text, if wider) may be; the rest in proportion."""
        height, width = self.height(), self.width()
        if height <= 0 or width <= 0:
            height, width = 600, 800  # not laid out yet: sized again at the first resize
        margin = max(8, round(min(height, width) * _MARGIN_SHARE))
        self._layout.setContentsMargins(margin, margin, margin, margin)
        room = width - 2 * margin
        reference = _sized(self._base_font, int(_REFERENCE_PIXELS))
        reference.setBold(True)
        ink = glyph_height(reference, "0123456789") / _REFERENCE_PIXELS
        widest = max(
            (WIDEST_DIGITS, self._view.digits),
            key=lambda t: QFontMetricsF(reference).horizontalAdvance(t),
        )
        by_height = math.ceil(DIGITS_SHARE * height / ink)
        digits_font = _fit(reference, widest, by_height, room)
        self.digits.fit(digits_font)
        if self._view.paused:
            hint = translate("ui.workout.floor", "Space resumes · Esc leaves floor mode")
        else:
            hint = translate(
                "ui.workout.floor", "Space pauses · Enter logs the set · Esc leaves floor mode"
            )
        status = self._status or hint
        for label, text, share in (
            (self.phase_label, self._view.phase, _TITLE_SHARE),
            (self.details_label, self._view.details, _DETAILS_SHARE),
            (self.next_label, self._view.next_text, _NEXT_SHARE),
            (self.status_label, status, _STATUS_SHARE),
        ):
            font = _fit(label.font(), text, round(share * height), room)
            metrics = QFontMetricsF(font)
            if metrics.horizontalAdvance(text) > room:  # too long even at the smallest size
                text = metrics.elidedText(text, Qt.TextElideMode.ElideRight, room)
            label.setFont(font)
            label.setText(text)
            label.setFixedHeight(math.ceil(metrics.height()))
        button_font = _sized(self.leave_button.font(), round(_STATUS_SHARE * height))
        self.leave_button.setFont(button_font)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit_fonts()

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.fillRect(self.rect(), QColor(self.colours[0]))
        painter.end()
