"""The Workout tab's questions, as functions returning plain values (DESIGN.md rule 5).

Tests monkeypatch these; nothing else compares buttons. Every question is answered by keyboard:
Enter takes the default (the safe or the usual answer), Esc the one that changes nothing.
"""

from __future__ import annotations

from PySide6.QtWidgets import QMessageBox, QWidget

from core import i18n
from core.formatting import duration_text, weight_text
from core.i18n import translate
from core.workout.log import WorkoutSummary
from core.workout.plan import DEFAULT_WORKOUT_NAME, shown_workout_name
from core.workout.resume import ResumeInfo

__all__ = [
    "ask_end_timed",
    "ask_quit",
    "ask_resume",
    "confirm_end",
    "show_summary",
    "summary_text",
    "workout_name",
]


DEFAULT_NAME = DEFAULT_WORKOUT_NAME
"""The stored name of a workout started without a routine (data: it stays English)."""


def workout_name(name: str | None) -> str:
    """A workout's name as a person reads it (core.workout.plan.shown_workout_name)."""
    return shown_workout_name(name)


def ask_resume(parent: QWidget | None, info: ResumeInfo) -> str:
    """'resume' (Enter), 'finish' (keep the logged sets, end it), 'discard' (delete it) or
    'later' (Esc; Enter too when another machine has it open, `info.in_use`)."""
    when = i18n.strftime(
        info.started_at.astimezone(), translate("ui.workout.dialogs", "%a %d %b, %H:%M")
    )
    logged = info.sets_logged  # a plain name: lupdate drops a call counting `info.sets_logged`
    paragraphs = [
        translate(
            "ui.workout.dialogs",
            "“{name}” from {when} was not finished (%n set(s) logged). Continue where you were?",
            None,
            logged,
        ).format(name=workout_name(info.name), when=when),
        translate(
            "ui.workout.dialogs",
            "The timed step that was running (one hold, or a set on the clock) starts again "
            "from its beginning, paused.",
        ),
    ]
    if info.in_use:
        paragraphs.append(
            translate(
                "ui.workout.dialogs",
                "It is open on another machine right now: finish or close it there to go on here.",
            )
        )
    box = QMessageBox(
        QMessageBox.Icon.Question,
        translate("ui.workout.dialogs", "Unfinished workout"),
        "\n\n".join(paragraphs),
        parent=parent,
    )
    resume = box.addButton(
        translate("ui.workout.dialogs", "Resume"), QMessageBox.ButtonRole.AcceptRole
    )
    answers = {
        resume: "resume",
        box.addButton(
            translate("ui.workout.dialogs", "Finish it as it is"), QMessageBox.ButtonRole.ActionRole
        ): "finish",
        box.addButton(
            translate("ui.workout.dialogs", "Discard it"), QMessageBox.ButtonRole.DestructiveRole
        ): "discard",
    }
    later = box.addButton(
        translate("ui.workout.dialogs", "Later"), QMessageBox.ButtonRole.RejectRole
    )
    box.setDefaultButton(later if info.in_use else resume)
    box.setEscapeButton(later)
    box.exec()
    return answers.get(box.clickedButton(), "later")  # type: ignore[call-overload]


def confirm_end(parent: QWidget | None, pending: int, sets_logged: int) -> bool:
    """Ask before ending a workout in progress (Enter ends it, Esc goes on)."""
    lines = []
    if pending:
        lines.append(
            translate(
                "ui.workout.dialogs",
                "%n timed set(s) are not logged yet and will be dropped.",
                None,
                pending,
            )
        )
    if sets_logged == 0:
        lines.append(
            translate("ui.workout.dialogs", "No set is logged: the workout will not be saved.")
        )
    lines.append(translate("ui.workout.dialogs", "End the workout now?"))
    box = QMessageBox(
        QMessageBox.Icon.Question,
        translate("ui.workout.dialogs", "End workout"),
        "\n".join(lines),
        parent=parent,
    )
    end = box.addButton(
        translate("ui.workout.dialogs", "End workout"), QMessageBox.ButtonRole.AcceptRole
    )
    go_on = box.addButton(
        translate("ui.workout.dialogs", "Go on"), QMessageBox.ButtonRole.RejectRole
    )
    box.setDefaultButton(end)
    box.setEscapeButton(go_on)
    box.exec()
    return box.clickedButton() is end


def ask_end_timed(parent: QWidget | None, timed: list[str], sets_logged: int) -> str:
    """Ending a workout with work timed and not logged (one line per set in ``timed``):
    'log' (log what was timed, then end; Enter), 'drop' (end without it) or 'cancel' (Esc)."""
    lines = [
        translate("ui.workout.dialogs", "Timed and not logged yet:"),
        *(f"  • {line}" for line in timed),
    ]
    if sets_logged == 0:
        lines.append(
            translate(
                "ui.workout.dialogs",
                "Without them no set is logged, and the workout will not be saved.",
            )
        )
    lines.append(
        translate("ui.workout.dialogs", "Log what was timed (only that), then end the workout?")
    )
    box = QMessageBox(
        QMessageBox.Icon.Question,
        translate("ui.workout.dialogs", "End workout"),
        "\n".join(lines),
        parent=parent,
    )
    keep = box.addButton(
        translate("ui.workout.dialogs", "Log them and end"), QMessageBox.ButtonRole.AcceptRole
    )
    drop = box.addButton(
        translate("ui.workout.dialogs", "End without them"), QMessageBox.ButtonRole.DestructiveRole
    )
    go_on = box.addButton(
        translate("ui.workout.dialogs", "Go on"), QMessageBox.ButtonRole.RejectRole
    )
    box.setDefaultButton(keep)
    box.setEscapeButton(go_on)
    box.exec()
    return {keep: "log", drop: "drop"}.get(box.clickedButton(), "cancel")  # type: ignore[call-overload]


def ask_quit(parent: QWidget | None, sets_logged: int) -> str:
    """Quitting during a workout: 'keep' (quit; it can be resumed at the next start, Enter),
    'end' (end it now, then quit) or 'cancel' (stay, Esc)."""
    box = QMessageBox(
        QMessageBox.Icon.Question,
        translate("ui.workout.dialogs", "Workout in progress"),
        translate(
            "ui.workout.dialogs",
            "A workout is in progress (%n set(s) logged). Every logged set is saved.\n"
            "Quit and resume it at the next start, or end it now?",
            None,
            sets_logged,
        ),
        parent=parent,
    )
    keep = box.addButton(
        translate("ui.workout.dialogs", "Quit, resume later"), QMessageBox.ButtonRole.AcceptRole
    )
    end = box.addButton(
        translate("ui.workout.dialogs", "End it and quit"), QMessageBox.ButtonRole.DestructiveRole
    )
    cancel = box.addButton(
        translate("ui.workout.dialogs", "Cancel"), QMessageBox.ButtonRole.RejectRole
    )
    box.setDefaultButton(keep)
    box.setEscapeButton(cancel)
    box.exec()
    return {keep: "keep", end: "end"}.get(box.clickedButton(), "cancel")  # type: ignore[call-overload]


def summary_text(summary: WorkoutSummary, records: list[str], unit: str) -> str:
    """The words of the end-of-workout summary."""
    count = summary.exercises  # a plain name: lupdate drops a call counting an attribute
    exercises = translate("ui.workout.dialogs", "%n exercise(s)", None, count)
    lines = [
        translate("ui.workout.dialogs", "Time: {duration}").format(
            duration=duration_text(summary.seconds)
        ),
        translate("ui.workout.dialogs", "Sets: {sets} ({exercises})").format(
            sets=summary.sets, exercises=exercises
        ),
    ]
    if summary.volume_kg > 0:
        lines.append(
            translate("ui.workout.dialogs", "Volume: {volume}").format(
                volume=weight_text(summary.volume_kg, unit)
            )
        )
    if records:
        lines.append(
            translate("ui.workout.dialogs", "New records: {records}").format(
                records="; ".join(records)
            )
        )
    if summary.next_text:
        lines.append(summary.next_text)
    return "\n".join(lines)


def show_summary(
    parent: QWidget | None, summary: WorkoutSummary, records: list[str], unit: str
) -> None:
    """The summary of a workout just saved (Enter or Esc closes it)."""
    box = QMessageBox(
        QMessageBox.Icon.Information,
        translate("ui.workout.dialogs", "Workout saved — {name}").format(
            name=workout_name(summary.name)
        ),
        summary_text(summary, records, unit),
        parent=parent,
    )
    box.setStandardButtons(QMessageBox.StandardButton.Ok)
    box.exec()
