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

from core.changes import Changes
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
        self.setWindowTitle(f"Import {path.name}")
        # Small while it only asks or tells; it grows when names need mapping (_fill_mapping).
        self.setMinimumWidth(560)
        self.ops = ops
        self.path = path
        self.parsed: Any = None
        self.result: Any = None
        self.error: str | None = None

        self.summary = QLabel("Reading the file…")
        self.summary.setWordWrap(True)
        self.unit_row = QWidget()
        unit_layout = QHBoxLayout(self.unit_row)
        unit_layout.setContentsMargins(0, 0, 0, 0)
        unit_label = QLabel("&Weights in this file are in:")
        unit_layout.addWidget(unit_label)
        self.unit_combo = QComboBox()
        unit_label.setBuddy(self.unit_combo)
        self.unit_combo.addItem("choose…", None)
        self.unit_combo.addItem("kilograms (kg)", "kg")
        self.unit_combo.addItem("pounds (lb)", "lb")
        self.unit_combo.currentIndexChanged.connect(self._unit_chosen)
        unit_layout.addWidget(self.unit_combo)
        unit_layout.addStretch(1)
        self.unit_row.hide()

        self.mapping_label = QLabel(
            "These exercise names are not in the library. Pick the library exercise each one "
            "means, or keep it as your own exercise. Your choices are remembered."
        )
        self.mapping_label.setWordWrap(True)
        self.mapping = QTableWidget(0, 2)
        self.mapping.setAccessibleName("Exercise names to map")
        self.mapping.setHorizontalHeaderLabels(["Name in the file", "Becomes"])
        self.mapping.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.mapping.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.mapping.verticalHeader().hide()
        self.mapping_label.hide()
        self.mapping.hide()

        self.buttons = QDialogButtonBox()
        self.import_button = self.buttons.addButton(
            "Import", QDialogButtonBox.ButtonRole.AcceptRole
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
        return [(row.name, row.slug) for row in rows]

    def _start_parse(self, unit: str | None) -> None:
        self.import_button.setEnabled(False)
        run_task(lambda: _parse(self.path, unit), self._parsed, self._parse_failed)

    def _unit_chosen(self) -> None:
        unit = self.unit_combo.currentData()
        if unit:
            self.summary.setText("Reading the file…")
            self._start_parse(unit)

    def set_unit(self, unit: str) -> None:
        self.unit_combo.setCurrentIndex(self.unit_combo.findData(unit))

    def _parse_failed(self, exc: BaseException) -> None:
        from core import interchange as imports

        if isinstance(exc, imports.UnitRequired):
            self.summary.setText(
                f"{self.path.name} does not say whether its weights are in kilograms or pounds."
            )
            self.unit_row.show()
            self.unit_combo.setFocus()
            self.adjustSize()
            return
        self.error = str(exc)
        self.summary.setText(
            f"<b>{self.path.name} cannot be imported.</b><br>{exc}<br>Nothing was written."
        )

    def _parsed(self, parsed: Any) -> None:
        from core import interchange as imports

        self.parsed = parsed
        s = parsed.summary
        first = s.first_date.astimezone().strftime("%d %b %Y") if s.first_date else "?"
        last = s.last_date.astimezone().strftime("%d %b %Y") if s.last_date else "?"
        unit = s.unit or self.unit_combo.currentData() or "?"
        self.summary.setText(
            f"<b>Detected:</b> {s.app.capitalize()} export ({s.dialect}), weights in {unit}.<br>"
            f"<b>From</b> {first} <b>to</b> {last}: {s.workout_count} workouts, "
            f"{s.set_count} sets, {len(s.exercise_names)} exercises.<br>"
            "Nothing has been written yet. Workouts already imported are skipped."
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
            combo.addItem("Keep as my own exercise", CREATE_CUSTOM)
            for label, slug in self._library:
                combo.addItem(f"{label}", slug)
            self.mapping.setCellWidget(row, 1, combo)
            unseen_label(combo, f"{name} becomes")
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
        self.summary.setText(f"<b>The import failed; nothing was written.</b><br>{exc}")
        self.import_button.setEnabled(True)

    @staticmethod
    def changes() -> Changes:
        return Changes(workouts=True, library=True)
