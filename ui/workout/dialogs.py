"""The Workout tab's questions, as functions returning plain values (DESIGN.md rule 5).

Tests monkeypatch these; nothing else compares buttons.
"""

from __future__ import annotations

from PySide6.QtWidgets import QMessageBox, QWidget

from core.workout.resume import ResumeInfo
from ui import dialogs

__all__ = ["ask_resume", "confirm_end"]


def ask_resume(parent: QWidget | None, info: ResumeInfo) -> str:
    """'resume', 'finish' (keep the logged sets, end it), 'discard' (delete it) or 'later'."""
    when = info.started_at.astimezone().strftime("%a %d %b, %H:%M")
    box = QMessageBox(
        QMessageBox.Icon.Question,
        "Unfinished workout",
        f"“{info.name or 'Workout'}” from {when} was not finished "
        f"({info.sets_logged} sets logged). Continue where you were?",
        parent=parent,
    )
    answers = {
        box.addButton("Resume", QMessageBox.ButtonRole.AcceptRole): "resume",
        box.addButton("Finish it as it is", QMessageBox.ButtonRole.ActionRole): "finish",
        box.addButton("Discard it", QMessageBox.ButtonRole.DestructiveRole): "discard",
    }
    box.addButton("Later", QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(next(iter(answers)))
    box.exec()
    return answers.get(box.clickedButton(), "later")  # type: ignore[call-overload]


def confirm_end(parent: QWidget | None, pending: int) -> bool:
    """Ask before finishing with sets still waiting to be logged."""
    return dialogs.confirm(
        parent,
        "End workout",
        f"{pending} set(s) are not logged yet. End the workout anyway?",
        "End workout",
    )
