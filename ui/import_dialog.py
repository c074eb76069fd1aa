"""Import a Strong or Hevy export: detect, show what was found, map names, then write.

Nothing is written before the person presses Import, and then everything lands in one
transaction or nothing does (core.interchange is all-or-nothing inside session_scope).
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from core import i18n
from core.changes import Changes
from core.i18n import translate
from core.interchange.common import app_name
from core.library.localized import data_text
from ui.tasks import run_task
from ui.widgets.layout import unseen_label

if TYPE_CHECKING:
    from ui.ops import Ops

CREATE_CUSTOM = "__create__"


def _parse(path: Path, unit: str | None) -> Any:
    from core import interchange as imports

    return imports.parse(path, unit=unit)


class ImportDialog(QDialog):
    """Shows the detection summary and a mapping step; `result` is set after a good import."""

    def __init__(self, ops: Ops, path: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(translate("ui.import_dialog", "Import {file}").format(file=path.name))
        # Small while it only asks or tells; it grows when names need mapping (_fill_mapping).
        self.setMinimumWidth(560)
        self.ops = ops
        self.path = path
        self.parsed: Any = None
        self.result: Any = None
        self.error: str | None = None

        self.summary = QLabel(translate("ui.import_dialog", "Reading the file…"))
        self.summary.setWordWrap(True)
        self.unit_row = QWidget()
        unit_layout = QHBoxLayout(self.unit_row)
        unit_layout.setContentsMargins(0, 0, 0, 0)
        unit_label = QLabel(translate("ui.import_dialog", "&Weights in this file are in:"))
        unit_layout.addWidget(unit_label)
        self.unit_combo = QComboBox()
        unit_label.setBuddy(self.unit_combo)
        self.unit_combo.addItem(translate("ui.import_dialog", "choose…"), None)
        self.unit_combo.addItem(translate("ui.import_dialog", "kilograms (kg)"), "kg")
        self.unit_combo.addItem(translate("ui.import_dialog", "pounds (lb)"), "lb")
        self.unit_combo.currentIndexChanged.connect(self._unit_chosen)
        unit_layout.addWidget(self.unit_combo)
        unit_layout.addStretch(1)
        self.unit_row.hide()

        self.mapping_label = QLabel(
            translate(
                "ui.import_dialog",
                "These exercise names are not in the library. Pick the library exercise each "
                "one means, or keep it as your own exercise. Your choices are remembered.",
            )
        )
        self.mapping_label.setWordWrap(True)
        self.mapping = QTableWidget(0, 2)
        self.mapping.setAccessibleName(translate("ui.import_dialog", "Exercise names to map"))
        self.mapping.setHorizontalHeaderLabels(
            [
                translate("ui.import_dialog", "Name in the file"),
                translate("ui.import_dialog", "Becomes"),
            ]
        )
        self.mapping.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.mapping.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.mapping.verticalHeader().hide()
        self.mapping_label.hide()
        self.mapping.hide()

        self.buttons = QDialogButtonBox()
        self.import_button = self.buttons.addButton(
            translate("ui.import_dialog", "Import"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        cancel = self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        # Enter imports (the expected action once a file was chosen), Esc cancels; Cancel is
        # never the default, even while Import waits for the file to be read.
        self.import_button.setDefault(True)
        cancel.setAutoDefault(False)
        self.import_button.setEnabled(False)
        self.import_button.clicked.connect(self.do_import)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.unit_row)
        layout.addWidget(self.mapping_label)
        layout.addWidget(self.mapping, 1)
        layout.addWidget(self.buttons)
        self._library = self._library_choices()
        self._start_parse(None)

    # --- parsing ---------------------------------------------------------------------------

    def _library_choices(self) -> list[tuple[str, str]]:
        from core.library.queries import list_exercises

        rows = self.ops.read(lambda session: list_exercises(session=session))
        # by the name shown, as the library lists them in English
        choices = [(data_text(row.name), row.slug) for row in rows]
        return sorted(choices, key=lambda choice: (choice[0].casefold(), choice[1]))

    def _start_parse(self, unit: str | None) -> None:
        self.import_button.setEnabled(False)
        run_task(lambda: _parse(self.path, unit), self._parsed, self._parse_failed)

    def _unit_chosen(self) -> None:
        unit = self.unit_combo.currentData()
        if unit:
            self.summary.setText(translate("ui.import_dialog", "Reading the file…"))
            self._start_parse(unit)

    def set_unit(self, unit: str) -> None:
        self.unit_combo.setCurrentIndex(self.unit_combo.findData(unit))

    def _parse_failed(self, exc: BaseException) -> None:
        from core import interchange as imports

        if isinstance(exc, imports.UnitRequired):
            self.summary.setText(
                translate(
                    "ui.import_dialog",
                    "{file} does not say whether its weights are in kilograms or pounds.",
                ).format(file=self.path.name)
            )
            self.unit_row.show()
            self.unit_combo.setFocus()
            self.adjustSize()
            return
        self.error = str(exc)
        self.summary.setText(
            translate(
                "ui.import_dialog",
                "<b>{file} cannot be imported.</b><br>{error}<br>Nothing was written.",
            ).format(file=self.path.name, error=exc)
        )

    def _parsed(self, parsed: Any) -> None:
        from core import interchange as imports

        self.parsed = parsed
        s = parsed.summary
        day = translate("ui.import_dialog", "%d %b %Y")
        first = i18n.strftime(s.first_date.astimezone(), day) if s.first_date else "?"
        last = i18n.strftime(s.last_date.astimezone(), day) if s.last_date else "?"
        unit = s.unit or self.unit_combo.currentData() or "?"
        # each count's words first, from plain names: lupdate skips a translate() given as a
        # keyword argument, or whose count is s.x or f(x)
        n_workouts, n_sets, n_exercises = s.workout_count, s.set_count, len(s.exercise_names)
        workouts = translate("ui.import_dialog", "%n workout(s)", None, n_workouts)
        sets = translate("ui.import_dialog", "%n set(s)", None, n_sets)
        exercises = translate("ui.import_dialog", "%n exercise(s)", None, n_exercises)
        self.summary.setText(
            translate(
                "ui.import_dialog",
                "<b>Detected:</b> {app} export ({dialect}), weights in {unit}.<br>"
                "<b>From</b> {first} <b>to</b> {last}: {workouts}, {sets}, {exercises}.<br>"
                "Nothing has been written yet. Workouts already imported are skipped.",
            ).format(
                app=app_name(s.app),
                dialect=s.dialect,
                unit=unit,
                first=first,
                last=last,
                workouts=workouts,
                sets=sets,
                exercises=exercises,
            )
        )
        unknown = self.ops.read(
            lambda session: imports.unknown_exercise_names(parsed, session=session)
        )
        self._fill_mapping(unknown)
        self.import_button.setEnabled(True)

    def _fill_mapping(self, names: list[str]) -> None:
        self.mapping.setRowCount(len(names))
        for row, name in enumerate(names):
            item = QTableWidgetItem(name)
            self.mapping.setItem(row, 0, item)
            combo = QComboBox()
            combo.addItem(translate("ui.import_dialog", "Keep as my own exercise"), CREATE_CUSTOM)
            for label, slug in self._library:
                combo.addItem(f"{label}", slug)
            self.mapping.setCellWidget(row, 1, combo)
            unseen_label(combo, translate("ui.import_dialog", "{name} becomes").format(name=name))
        visible = bool(names)
        self.mapping_label.setVisible(visible)
        self.mapping.setVisible(visible)
        if visible:
            self.resize(max(self.width(), 760), max(self.height(), 520))
        else:
            self.adjustSize()

    def unknown_names(self) -> list[str]:
        names = []
        for row in range(self.mapping.rowCount()):
            item = self.mapping.item(row, 0)
            assert item is not None  # every row gets its name in _fill_mapping
            names.append(item.text())
        return names

    def map_name(self, name: str, slug: str | None) -> None:
        """Choose what a file name becomes (None = keep as the person's own exercise)."""
        row = self.unknown_names().index(name)
        combo = self.mapping.cellWidget(row, 1)
        assert isinstance(combo, QComboBox)
        combo.setCurrentIndex(combo.findData(slug or CREATE_CUSTOM))

    def chosen_mapping(self) -> dict[str, str]:
        mapping = {}
        for row, name in enumerate(self.unknown_names()):
            combo = self.mapping.cellWidget(row, 1)
            assert isinstance(combo, QComboBox)
            if combo.currentData() != CREATE_CUSTOM:
                mapping[name] = combo.currentData()
        return mapping

    # --- writing ---------------------------------------------------------------------------

    def do_import(self) -> None:
        if self.parsed is None:
            return
        from core import interchange as imports

        self.import_button.setEnabled(False)
        mapping = self.chosen_mapping()
        parsed = self.parsed
        db = self.ops.db
        assert db is not None  # the dialog opens only on an open database

        def work() -> Any:  # on a worker thread, with its own connection
            # Staged: the rows go to temporary tables first, so the write lock is held only
            # for the final copy and a set confirmed meanwhile never waits for the import.
            return imports.import_parsed_staged(parsed, db=db, mapping=mapping, create_custom=True)

        run_task(work, self._imported, self._import_failed)

    def _imported(self, result: Any) -> None:
        self.result = result
        self.accept()

    def _import_failed(self, exc: BaseException) -> None:
        self.error = str(exc)
        self.summary.setText(
            translate(
                "ui.import_dialog", "<b>The import failed; nothing was written.</b><br>{error}"
            ).format(error=exc)
        )
        self.import_button.setEnabled(True)

    @staticmethod
    def changes() -> Changes:
        return Changes(workouts=True, library=True)
