"""The "Log the set" panel of the Workout tab: which set it is, the set form, and what happened.

Also the words and values it shows for a target: the routine's prescription, or the
progression suggestion when that is switched on.
"""

from __future__ import annotations

from PySide6.QtWidgets import QGroupBox, QLabel, QVBoxLayout, QWidget
from sqlalchemy.orm import Session

from core.bounds import InputError
from core.insight.progression import suggest_next_target
from core.units import display_number, format_weight
from core.workout.log import SetValues
from core.workout.run import LogTarget
from ui.widgets.set_form import ERROR_STYLE, SetForm

__all__ = ["LogPanel", "suggested_values", "target_text", "with_suggestion"]


def suggested_values(item_id: int, *, session: Session, unit: str) -> SetValues | None:
    """The progression suggestion for a routine item as set values (None: no suggestion)."""
    try:
        s = suggest_next_target(item_id, session=session, weight_unit=unit)
    except LookupError:
        return None
    return SetValues(
        reps=s.reps_min or s.reps_max,
        weight_kg=s.weight_kg,
        seconds=float(s.hold_seconds) if s.hold_seconds else None,
    )


def with_suggestion(base: SetValues, suggested: SetValues, mode: str) -> SetValues:
    """The routine's target with the suggestion's reps (not for holds), weight and hold time."""
    hold = mode == "hold"
    return SetValues(
        reps=suggested.reps if base.reps is not None and not hold else base.reps,
        weight_kg=suggested.weight_kg if suggested.weight_kg is not None else base.weight_kg,
        seconds=suggested.seconds if hold and suggested.seconds else base.seconds,
    )


def target_text(v: SetValues, target: LogTarget, unit: str) -> str:
    """ "10-12 reps, 20 kg" / "3 × 10 s hold" / "30 min" for the target line."""
    parts = []
    item = target.item
    if item.mode == "reps":
        lo, hi = item.reps_min, item.reps_max
        parts.append(f"{lo}-{hi} reps" if lo and hi and lo != hi else f"{v.reps or '—'} reps")
    elif item.mode == "hold":
        parts.append(f"{v.reps} × {display_number(v.seconds or 0, 0)} s hold")
    else:
        parts.append(f"{display_number((v.seconds or 0) / 60, 1)} min")
    if v.weight_kg:
        parts.append(format_weight(v.weight_kg, unit))
    return ", ".join(parts)


class LogPanel(QGroupBox):
    """The set the form refers to (title), the form itself, and a status line."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__("Log the set", parent)
        self.form_title = QLabel("")
        self.set_form = SetForm(labels={"duration_seconds": "Seconds held"})
        self.status_label = QLabel("")
        layout = QVBoxLayout(self)
        layout.addWidget(self.form_title)
        layout.addWidget(self.set_form)
        layout.addWidget(self.status_label)

    def show_target(self, target: LogTarget | None, values: SetValues | None = None) -> None:
        """Title the form for ``target`` and fill it with ``values`` (None: nothing to log)."""
        if target is None:
            self.form_title.setText("Nothing to log right now")
            return
        side = f" ({target.side})" if target.side else ""
        self.form_title.setText(
            f"{target.item.exercise_name}: set {target.set_number} of {target.sets_total}{side}"
        )
        self.set_form.fill(values)

    def values(self, target: LogTarget) -> SetValues:
        """The form's set for ``target`` (reps required for a reps set, else the seconds);
        InputError after showing every refusal at its field."""
        required = {"reps"} if target.item.mode == "reps" else {"duration_seconds"}
        return self.set_form.values(required=required)

    def say(self, text: str, *, error: bool = False) -> None:
        self.status_label.setStyleSheet(ERROR_STYLE if error else "")
        self.status_label.setText(text)

    def add_to_status(self, text: str) -> None:
        self.status_label.setText(self.status_label.text() + text)

    def show_error(self, exc: InputError) -> None:
        """At its field, or on the status line when the form has no such field."""
        if not self.set_form.show_error(exc):
            self.say(exc.message, error=True)
