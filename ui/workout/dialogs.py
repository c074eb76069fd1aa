"""The Workout tab's questions, as functions returning plain values (DESIGN.md rule 5).

Tests monkeypatch these; nothing else compares buttons. Every question is answered by keyboard:
Enter takes the default (the safe or the usual answer), Esc the one that changes nothing.
"""

from __future__ import annotations

from PySide6.QtWidgets import QMessageBox, QWidget

from core.formatting import duration_text, weight_text
from core.workout.log import WorkoutSummary
from core.workout.resume import ResumeInfo

__all__ = [
    "ask_end_timed",
    "ask_quit",
    "ask_resume",
    "confirm_end",
    "show_summary",
    "summary_text",
]


def ask_resume(parent: QWidget | None, info: ResumeInfo) -> str:
    """'resume' (Enter), 'finish' (keep the logged sets, end it), 'discard' (delete it) or
    'later' (Esc; Enter too when another machine has it open, `info.in_use`)."""
    when = info.started_at.astimezone().strftime("%a %d %b, %H:%M")
    box = QMessageBox(
        QMessageBox.Icon.Question,
        "Unfinished workout",
        f"“{info.name or 'Workout'}” from {when} was not finished "
        f"({info.sets_logged} set{'' if info.sets_logged == 1 else 's'} logged). "
        "Continue where you were?\n\n"
        "A set that was running starts again from its beginning, paused."
        + (
            "\n\nIt is open on another machine right now: finish or close it there to go on here."
            if info.in_use
            else ""
        ),
        parent=parent,
    )
    resume = box.addButton("Resume", QMessageBox.ButtonRole.AcceptRole)
    answers = {
        resume: "resume",
        box.addButton("Finish it as it is", QMessageBox.ButtonRole.ActionRole): "finish",
        box.addButton("Discard it", QMessageBox.ButtonRole.DestructiveRole): "discard",
    }
    later = box.addButton("Later", QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(later if info.in_use else resume)
    box.setEscapeButton(later)
    box.exec()
    return answers.get(box.clickedButton(), "later")  # type: ignore[call-overload]


def confirm_end(parent: QWidget | None, pending: int, sets_logged: int) -> bool:
    """Ask before ending a workout in progress (Enter ends it, Esc goes on)."""
    lines = []
    if pending:
        lines.append(f"{pending} timed set(s) are not logged yet and will be dropped.")
    if sets_logged == 0:
        lines.append("No set is logged: the workout will not be saved.")
    lines.append("End the workout now?")
    box = QMessageBox(QMessageBox.Icon.Question, "End workout", "\n".join(lines), parent=parent)
    end = box.addButton("End workout", QMessageBox.ButtonRole.AcceptRole)
    go_on = box.addButton("Go on", QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(end)
    box.setEscapeButton(go_on)
    box.exec()
    return box.clickedButton() is end


def ask_end_timed(parent: QWidget | None, timed: list[str], sets_logged: int) -> str:
    """Ending a workout with work timed and not logged (one line per set in ``timed``):
    'log' (log what was timed, then end; Enter), 'drop' (end without it) or 'cancel' (Esc)."""
    lines = ["Timed and not logged yet:", *(f"  • {line}" for line in timed)]
    if sets_logged == 0:
        lines.append("Without them no set is logged, and the workout will not be saved.")
    lines.append("Log what was timed (only that), then end the workout?")
    box = QMessageBox(QMessageBox.Icon.Question, "End workout", "\n".join(lines), parent=parent)
    keep = box.addButton("Log them and end", QMessageBox.ButtonRole.AcceptRole)
    drop = box.addButton("End without them", QMessageBox.ButtonRole.DestructiveRole)
    go_on = box.addButton("Go on", QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(keep)
    box.setEscapeButton(go_on)
    box.exec()
    return {keep: "log", drop: "drop"}.get(box.clickedButton(), "cancel")  # type: ignore[call-overload]


def ask_quit(parent: QWidget | None, sets_logged: int) -> str:
    """Quitting during a workout: 'keep' (quit; it can be resumed at the next start, Enter),
    'end' (end it now, then quit) or 'cancel' (stay, Esc)."""
    box = QMessageBox(
        QMessageBox.Icon.Question,
        "Workout in progress",
        f"A workout is in progress ({sets_logged} sets logged). Every logged set is saved.\n"
        "Quit and resume it at the next start, or end it now?",
        parent=parent,
    )
    keep = box.addButton("Quit, resume later", QMessageBox.ButtonRole.AcceptRole)
    end = box.addButton("End it and quit", QMessageBox.ButtonRole.DestructiveRole)
    cancel = box.addButton("Cancel", QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(keep)
    box.setEscapeButton(cancel)
    box.exec()
    return {keep: "keep", end: "end"}.get(box.clickedButton(), "cancel")  # type: ignore[call-overload]


def summary_text(summary: WorkoutSummary, records: list[str], unit: str) -> str:
    """The words of the end-of-workout summary."""
    lines = [
        f"Time: {duration_text(summary.seconds)}",
        f"Sets: {summary.sets} ({summary.exercises} exercise"
        f"{'' if summary.exercises == 1 else 's'})",
    ]
    if summary.volume_kg > 0:
        lines.append(f"Volume: {weight_text(summary.volume_kg, unit)}")
    if records:
        lines.append("New records: " + "; ".join(records))
    if summary.next_text:
        lines.append(summary.next_text)
    return "\n".join(lines)


def show_summary(
    parent: QWidget | None, summary: WorkoutSummary, records: list[str], unit: str
) -> None:
    """The summary of a workout just saved (Enter or Esc closes it)."""
    box = QMessageBox(
        QMessageBox.Icon.Information,
        f"Workout saved — {summary.name or 'Workout'}",
        summary_text(summary, records, unit),
        parent=parent,
    )
    box.setStandardButtons(QMessageBox.StandardButton.Ok)
    box.exec()
