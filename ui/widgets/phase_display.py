"""The phase display: what the player is doing now, as a title over large digits in the phase's colour.

``phase_view(player)`` turns the player's state into the words and digits to show (pure, no
widgets); ``PhaseDisplay`` shows them. The Workout tab and the mini timer both use it, so they
can never disagree. Nothing here reads a clock: the digits are the player's
``display_seconds()`` (ceil: a 60 s rest shows 60 first).
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from core.formatting import duration_text
from core.i18n import translate
from core.library.localized import data_text
from core.workout.player import Player
from core.workout.steps import Step, side_word
from ui import theme

__all__ = [
    "PHASE_COLOURS",
    "PhaseDisplay",
    "PhaseView",
    "floor_colours",
    "format_digits",
    "phase_view",
    "step_details",
]

PHASE_COLOURS: dict[str, str] = {key: theme.LIGHT.roles[key] for key in theme.PHASE_ROLES}
"""The phase colours of the light scheme; what is on screen comes from ``theme.text_colour``."""


def floor_colours(view: PhaseView) -> tuple[str, str]:
    """(background, text) for floor mode, where the phase colour fills the screen: the pair of
    the scheme on screen now, at least 4.5:1 (tests/ui/test_contrast.py)."""
    return theme.floor_colours(view.phase_key)


def format_digits(seconds: int) -> str:
    """Countdown text: whole seconds up to 99 ("60"), then m:ss ("2:00")."""
    if seconds <= 99:
        return str(seconds)
    return f"{seconds // 60}:{seconds % 60:02d}"


def _elapsed_text(seconds: float) -> str:
    s = int(seconds)
    return f"{s // 60}:{s % 60:02d}"


def step_details(step: Step) -> str:
    """ "Set 2 of 3 · Side: left · Rep 1 of 5" for the line under the digits."""
    parts = []
    if step.round_number is not None and step.rounds_total is not None:
        if step.rounds_total > 1:  # "Round 1 of 1" says nothing
            parts.append(
                translate("ui.widgets.phase_display", "Round {number} of {total}").format(
                    number=step.round_number, total=step.rounds_total
                )
            )
    elif step.set_number is not None and step.sets_total is not None:
        parts.append(
            translate("ui.widgets.phase_display", "Set {number} of {total}").format(
                number=step.set_number, total=step.sets_total
            )
        )
    if step.side:
        parts.append(
            translate("ui.widgets.phase_display", "Side: {side}").format(side=side_word(step.side))
        )
    if step.rep is not None and step.reps_total is not None:
        parts.append(
            translate("ui.widgets.phase_display", "Rep {number} of {total}").format(
                number=step.rep, total=step.reps_total
            )
        )
    if step.position is not None and step.positions_total is not None:
        parts.append(
            translate(
                "ui.widgets.phase_display", "Position {number} of {total}: {position}"
            ).format(
                number=step.position_number,
                total=step.positions_total,
                position=data_text(step.position),
            )
        )
    if step.count_up:
        if step.target_seconds:
            parts.append(
                translate(
                    "ui.widgets.phase_display", "As long as you can (mark {time}): Enter stops"
                ).format(time=duration_text(step.target_seconds))
            )
        else:
            parts.append(translate("ui.widgets.phase_display", "As long as you can: Enter stops"))
    return " · ".join(parts)


@dataclass(frozen=True)
class PhaseView:
    """Everything a phase display shows at one moment."""

    phase: str
    digits: str = ""
    details: str = ""
    next_text: str = ""
    colour: str = PHASE_COLOURS["idle"]
    """The phase colour as "#rrggbb", resolved for the scheme on screen when the view was made."""
    paused: bool = False
    phase_key: str = "idle"
    """The phase's colour role (theme.PHASE_ROLES): what a display re-resolves on a theme change."""


def phase_view(player: Player | None, idle_text: str | None = None) -> PhaseView:
    """What to show for ``player`` now; ``idle_text`` (by default "No workout in progress")
    when there is no player."""
    if player is None:
        if idle_text is None:
            idle_text = translate("ui.widgets.phase_display", "No workout in progress")
        return PhaseView(phase=idle_text, colour=theme.text_colour("idle"))
    step = player.step
    secs = player.display_seconds()
    if secs is not None:
        digits = format_digits(secs)
    elif step.kind == "work":
        digits = _elapsed_text(player.elapsed())
    else:
        digits = ""
    if player.paused:
        phase = translate("ui.widgets.phase_display", "Paused — {step}").format(step=step.label)
    else:
        phase = step.label
    nxt = player.next_step
    if nxt is None:
        next_text = ""
    elif nxt.kind == "done":
        next_text = translate("ui.widgets.phase_display", "Next: finish")
    else:
        next_text = translate("ui.widgets.phase_display", "Next: {step}").format(step=nxt.label)
    colour_key: str = "paused" if player.paused else step.kind
    if colour_key not in theme.PHASE_ROLES:
        colour_key = "idle"
    return PhaseView(
        phase=phase,
        digits=digits,
        details=step_details(step),
        next_text=next_text,
        colour=theme.text_colour(colour_key),
        paused=player.paused,
        phase_key=colour_key,
    )


class PhaseDisplay(QWidget):
    """A phase title over large digits, the digits (and optionally the title) in the phase's
    colour for the scheme on screen (re-resolved when the palette changes).

    Sizes follow the application font: ``digits_scale`` is the digits' size as a multiple of
    it (the title is ``title_larger_by`` points larger than it), so a person's larger system
    font makes both larger. ``digits_point_size`` is a fixed size instead, for callers that
    size the digits themselves.
    """

    def __init__(
        self,
        parent: QWidget | None = None,
        *,
        digits_point_size: int | None = None,
        digits_scale: float | None = None,
        title: str = "",
        title_larger_by: int | None = None,
        colour_title: bool = False,
    ) -> None:
        super().__init__(parent)
        if (digits_point_size is None) == (digits_scale is None):
            raise TypeError("give one of digits_point_size and digits_scale")
        self._digits_point_size = digits_point_size
        self._digits_scale = digits_scale
        self._title_larger_by = title_larger_by
        self._colour_title = colour_title
        self._phase_key = "idle"
        self._colour = theme.text_colour("idle")
        self.phase_label = QLabel(title)
        self.phase_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        # "Paused — Hold — <a long exercise name> — rep 1 of 8" runs past the window in German
        # or French: it wraps rather than widen the tab and push the player's buttons off
        self.phase_label.setWordWrap(True)
        self.digits = QLabel("")
        self.digits.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self._size_fonts()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.phase_label)
        layout.addWidget(self.digits)

    def _size_fonts(self) -> None:
        base = self.font()  # the application's (or the parent's) font, never set here
        base_points = base.pointSizeF() if base.pointSizeF() > 0 else 10.0
        if self._title_larger_by is not None:
            tf = QFont(base)
            tf.setPointSizeF(max(base_points, 10.0) + self._title_larger_by)
            tf.setBold(True)
            self.phase_label.setFont(tf)
        df = QFont(base)
        if self._digits_scale is not None:
            df.setPointSizeF(base_points * self._digits_scale)
        else:
            assert self._digits_point_size is not None
            df.setPointSize(self._digits_point_size)
        df.setBold(True)
        self.digits.setFont(df)

    @property
    def colour(self) -> str:
        """The colour the digits are painted in now (#rrggbb)."""
        return self._colour

    @property
    def phase_key(self) -> str:
        """The colour role shown now (theme.PHASE_ROLES)."""
        return self._phase_key

    def show_view(self, view: PhaseView) -> None:
        self.phase_label.setText(view.phase)
        self.digits.setText(view.digits)
        self._phase_key = view.phase_key
        self._paint()

    def _paint(self) -> None:
        self._colour = theme.text_colour(self._phase_key)
        style = f"color: {self._colour};"
        if self.digits.styleSheet() != style:
            self.digits.setStyleSheet(style)
        if self._colour_title and self.phase_label.styleSheet() != style:
            self.phase_label.setStyleSheet(style)

    def changeEvent(self, event: QEvent) -> None:
        kind = event.type()
        if kind in (QEvent.Type.ApplicationPaletteChange, QEvent.Type.PaletteChange):
            self._paint()
        elif kind in (QEvent.Type.FontChange, QEvent.Type.ApplicationFontChange):
            self._size_fonts()
        super().changeEvent(event)
