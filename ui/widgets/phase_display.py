"""The phase display: what the player is doing now, as a title over large digits in the phase's colour.

``phase_view(player)`` turns the player's state into the words and digits to show (pure, no
widgets); ``PhaseDisplay`` shows them. The Workout tab and the mini timer both use it, so they
can never disagree. Nothing here reads a clock: the digits are the player's
``display_seconds()`` (ceil: a 60 s rest shows 60 first).
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from core.formatting import duration_text
from core.workout.player import Player
from core.workout.steps import Step

__all__ = [
    "PHASE_COLOURS",
    "PhaseDisplay",
    "PhaseView",
    "floor_colours",
    "format_digits",
    "phase_view",
    "step_details",
]

PHASE_COLOURS: dict[str, str] = {
    "get_ready": "#d98e04",  # amber
    "work": "#1e8e3e",  # green
    "release": "#1a73e8",  # blue
    "switch_sides": "#8e24aa",  # purple
    "rest": "#1a73e8",  # blue
    "done": "#5f6368",  # grey
    "paused": "#80868b",
    "idle": "#5f6368",
}


def floor_colours(view: PhaseView) -> tuple[str, str]:
    """(background, text) for floor mode, where the phase colour fills the screen."""
    return view.colour, "#ffffff"


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
        parts.append(f"Round {step.round_number} of {step.rounds_total}")
    elif step.set_number is not None and step.sets_total is not None:
        parts.append(f"Set {step.set_number} of {step.sets_total}")
    if step.side:
        parts.append(f"Side: {step.side}")
    if step.rep is not None and step.reps_total is not None:
        parts.append(f"Rep {step.rep} of {step.reps_total}")
    if step.position is not None and step.positions_total is not None:
        parts.append(f"Position {step.position_number} of {step.positions_total}: {step.position}")
    if step.count_up:
        mark = f" (mark {duration_text(step.target_seconds)})" if step.target_seconds else ""
        parts.append(f"As long as you can{mark}: Enter stops")
    return " · ".join(parts)


@dataclass(frozen=True)
class PhaseView:
    """Everything a phase display shows at one moment."""

    phase: str
    digits: str = ""
    details: str = ""
    next_text: str = ""
    colour: str = PHASE_COLOURS["idle"]
    paused: bool = False


def phase_view(player: Player | None, idle_text: str = "No workout in progress") -> PhaseView:
    """What to show for ``player`` now; ``idle_text`` when there is no player."""
    if player is None:
        return PhaseView(phase=idle_text)
    step = player.step
    secs = player.display_seconds()
    if secs is not None:
        digits = format_digits(secs)
    elif step.kind == "work":
        digits = _elapsed_text(player.elapsed())
    else:
        digits = ""
    phase = f"Paused — {step.label}" if player.paused else step.label
    nxt = player.next_step
    if nxt is None:
        next_text = ""
    elif nxt.kind == "done":
        next_text = "Next: finish"
    else:
        next_text = f"Next: {nxt.label}"
    colour_key = "paused" if player.paused else step.kind
    return PhaseView(
        phase=phase,
        digits=digits,
        details=step_details(step),
        next_text=next_text,
        colour=PHASE_COLOURS.get(colour_key, PHASE_COLOURS["idle"]),
        paused=player.paused,
    )


class PhaseDisplay(QWidget):
    """A phase title over large digits, the digits (and optionally the title) in the phase's
    colour."""

    def __init__(
        self,
        parent: QWidget | None = None,
        *,
        digits_point_size: int,
        title: str = "",
        title_larger_by: int | None = None,
        colour_title: bool = False,
    ) -> None:
        super().__init__(parent)
        self._colour_title = colour_title
        self._colour = PHASE_COLOURS["idle"]
        self.phase_label = QLabel(title)
        self.phase_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        if title_larger_by is not None:
            tf = QFont(self.phase_label.font())
            tf.setPointSize(max(tf.pointSize(), 10) + title_larger_by)
            tf.setBold(True)
            self.phase_label.setFont(tf)
        self.digits = QLabel("")
        df = QFont(self.digits.font())
        df.setPointSize(digits_point_size)
        df.setBold(True)
        self.digits.setFont(df)
        self.digits.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.phase_label)
        layout.addWidget(self.digits)

    @property
    def colour(self) -> str:
        """The colour the digits are painted in now (#rrggbb)."""
        return self._colour

    def show_view(self, view: PhaseView) -> None:
        self.phase_label.setText(view.phase)
        self.digits.setText(view.digits)
        self._colour = view.colour
        style = f"color: {view.colour};"
        self.digits.setStyleSheet(style)
        if self._colour_title:
            self.phase_label.setStyleSheet(style)
