"""The "Log the set" panel of the Workout tab: which set it is, the set form, and what happened.

Also the words and values it shows: the target line (``core.formatting.prescription_text`` of
the current step's item), and the values a form is filled with. A timed set's reps and seconds
are what the player timed (``LogTarget.done``), never the plan's; only an untimed reps set is
proposed its target reps and weight (the item's current target, or one accepted during the
workout), to edit. A duration activity is typed in minutes (``SetForm.set_mode``).
"""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QGroupBox, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from core.bounds import InputError
from core.formatting import prescription_text
from core.i18n import QT_TRANSLATE_NOOP, translate
from core.library.localized import data_text
from core.workout.log import SET_TYPES, SetValues
from core.workout.run import LogTarget
from core.workout.steps import PlanItem, Step
from ui import theme
from ui.widgets.set_form import SetForm

__all__ = [
    "SET_TYPE_LABELS",
    "LogPanel",
    "form_values",
    "set_title",
    "side_word",
    "target_line",
]

# Marked here, translated where shown (translate("ui.workout.log_panel", label)): built before the language is.
SET_TYPE_LABELS: dict[str, str] = {
    "normal": QT_TRANSLATE_NOOP("ui.workout.log_panel", "Normal"),
    "warmup": QT_TRANSLATE_NOOP("ui.workout.log_panel", "Warm-up"),
    "dropset": QT_TRANSLATE_NOOP("ui.workout.log_panel", "Drop set"),
    "failure": QT_TRANSLATE_NOOP("ui.workout.log_panel", "To failure"),
}
_SET_KEYS = ("mode", "reps_min", "reps_max", "hold_seconds", "duration_minutes", "per_side")


def side_word(side: str) -> str:
    """A stored side ("left", "right") as a person reads it."""
    if side == "left":
        return translate("ui.workout.log_panel", "left")
    if side == "right":
        return translate("ui.workout.log_panel", "right")
    return side


def set_title(exercise: str, number: int, total: int, side: str | None) -> str:
    """ "Bird-dog: set 2 of 3 (left)": the shipped name in the language in use."""
    name = data_text(exercise)
    if side:
        return translate(
            "ui.workout.log_panel", "{exercise}: set {number} of {total} ({side})"
        ).format(exercise=name, number=number, total=total, side=side_word(side))
    return translate("ui.workout.log_panel", "{exercise}: set {number} of {total}").format(
        exercise=name, number=number, total=total
    )


def target_line(item: PlanItem | None, target: SetValues | None, unit: str) -> str:
    """ "Target: 8-10 x 10 s hold" for one set of ``item`` (its weight: ``target``'s when
    given, else the item's); "" without an item."""
    if item is None:
        return ""
    fields: dict[str, object] = {k: getattr(item, k) for k in _SET_KEYS}
    weight = target.weight_kg if target is not None else item.weight_kg
    fields["weight_kg"] = weight
    text = prescription_text(fields, unit=unit)
    if item.count_up:
        text = translate("ui.workout.log_panel", "{target} or more, as long as you can").format(
            target=text
        )
    if item.positions:
        positions = data_text(item.positions[0])
        for position in item.positions[1:]:
            positions = translate("ui.workout.log_panel", "{before} then {after}").format(
                before=positions, after=data_text(position)
            )
        text = translate("ui.workout.log_panel", "{target} ({positions}, each)").format(
            target=text, positions=positions
        )
    return translate("ui.workout.log_panel", "Target: {target}").format(target=text)


def form_values(target: LogTarget, proposed: SetValues) -> SetValues:
    """What the form starts with for ``target``: what was timed (or logged, after an undo);
    for an untimed reps set, ``proposed`` (its target) to edit."""
    done = target.done
    if done is not None:
        weight = done.weight_kg if done.weight_kg is not None else proposed.weight_kg
        return SetValues(
            reps=done.reps,
            weight_kg=weight,
            seconds=done.seconds,
            rpe=done.rpe,
            distance_km=done.distance_km,
        )
    return SetValues(reps=proposed.reps, weight_kg=proposed.weight_kg)


class LogPanel(QGroupBox):
    """The set the form refers to (title), its type, the form itself, and a status line."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(translate("ui.workout.log_panel", "Log the set"), parent)
        self.form_title = QLabel("")
        self.set_type = QComboBox()
        for key in SET_TYPES:
            self.set_type.addItem(translate("ui.workout.log_panel", SET_TYPE_LABELS[key]), key)
        self.set_type.setToolTip(
            translate("ui.workout.log_panel", "Warm-up sets stay out of progress and records")
        )
        self.set_form = SetForm(
            labels={"duration_seconds": translate("ui.workout.log_panel", "Seconds")},
            note=True,
            distance=True,
        )
        self.status_label = QLabel("")
        head = QHBoxLayout()
        head.addWidget(self.form_title, 1)
        set_type_label = QLabel(translate("ui.workout.log_panel", "Set type:"))
        set_type_label.setBuddy(self.set_type)
        head.addWidget(set_type_label)
        head.addWidget(self.set_type)
        layout = QVBoxLayout(self)
        layout.addLayout(head)
        layout.addWidget(self.set_form)
        layout.addWidget(self.status_label)
        self.set_form.set_field_visible("distance_km", False)

    def show_target(self, target: LogTarget | None, values: SetValues | None = None) -> None:
        """Title the form for ``target`` and fill it with ``values`` (None: nothing to log)."""
        if target is None:
            self.show_waiting(None)
            return
        title = set_title(
            target.item.exercise_name, target.set_number, target.sets_total, target.side
        )
        if target.replaces is not None:
            title = translate(
                "ui.workout.log_panel", "{set} — replaces the one logged before"
            ).format(set=title)
        self.form_title.setText(title)
        self._show_fields(target.item)
        self.set_form.fill(values)
        self.set_type.setCurrentIndex(0)
        self._editable(True)

    def show_waiting(self, step: Step | None) -> None:
        """Nothing to log now: say what is being timed (if anything), with empty fields."""
        item = step.item if step is not None else None
        if step is not None and step.kind == "work" and item is not None:
            total = step.rounds_total or step.sets_total or item.sets
            number = step.round_number or step.set_number or 1
            title = set_title(item.exercise_name, number, total, step.side)
            if step.clocked:
                words = translate(
                    "ui.workout.log_panel", "{set} — being timed, log it when it ends"
                )
            else:
                words = translate(
                    "ui.workout.log_panel", "{set} — in progress, log it when it ends"
                )
            self.form_title.setText(words.format(set=title))
            self._show_fields(item)
        else:
            self.form_title.setText(translate("ui.workout.log_panel", "Nothing to log right now"))
        self.set_form.fill(None)
        self._editable(False)

    def _editable(self, on: bool) -> None:
        self.set_form.setEnabled(on)
        self.set_type.setEnabled(on)

    def _show_fields(self, item: PlanItem) -> None:
        """Fit the form to the item's mode: a duration activity in minutes, with distance."""
        self.set_form.set_mode(item.mode)

    def values(self, target: LogTarget) -> SetValues:
        """The form's set for ``target`` (reps required for a reps set, else the seconds);
        InputError after showing every refusal at its field."""
        required = {"reps"} if target.item.mode == "reps" else {"duration_seconds"}
        return self.set_form.values(required=required)

    def chosen_set_type(self) -> str:
        return str(self.set_type.currentData() or "normal")

    def say(self, text: str, *, error: bool = False) -> None:
        theme.paint_text(self.status_label, "error" if error else None)
        self.status_label.setText(text)

    def add_to_status(self, text: str) -> None:
        self.status_label.setText(self.status_label.text() + text)

    def show_error(self, exc: InputError) -> None:
        """At its field, or on the status line when the form has no such field."""
        if not self.set_form.show_error(exc):
            self.say(exc.message, error=True)
