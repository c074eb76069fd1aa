"""Modal questions of the Library tab, as functions returning plain values (DESIGN.md rule 5).

Tests monkeypatch `pick_merge_target` and `confirm_merge`; the tab calls them through this module.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QWidget

from core.i18n import translate
from ui import dialogs


def pick_merge_target(parent: QWidget | None, name: str, exercises: Sequence[Any]) -> str | None:
    """The exercise (slug) that `name` is merged into, picked from `exercises`, or None."""
    from ui.routines.dialogs import ExercisePickerDialog

    dialog = ExercisePickerDialog(exercises, parent)
    dialog.setWindowTitle(translate("ui.library.dialogs", "Merge “{name}” into…").format(name=name))
    dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(
        translate("ui.library.dialogs", "Merge into this")
    )
    try:
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return dialog.selected_slug()
    finally:
        dialog.deleteLater()


def confirm_merge(parent: QWidget | None, name: str, target: str) -> bool:
    """Whether to merge `name` into `target` (its history moves; `name` is removed)."""
    return dialogs.confirm(
        parent,
        translate("ui.library.dialogs", "Merge exercises"),
        translate(
            "ui.library.dialogs",
            "Move every logged set, routine item and import name of “{name}” to “{target}”, "
            "then remove “{name}”?",
        ).format(name=name, target=target),
        yes_label=translate("ui.library.dialogs", "Merge"),
    )
