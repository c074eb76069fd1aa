"""The Routines tab: the articles' ready-made routines and the user's own, with an editor.

Left: the routine list (New, Rename, Duplicate, Delete, Restore article version). Right: the
selected routine as a draft (core.routines.service.RoutineDraft): its name, weekly target and summary;
its items (drag and drop, Ctrl+Up/Ctrl+Down, Delete); the selected item's prescription. Every
edit replaces the draft, so undo/redo are snapshots. Save writes the whole draft in one
transaction, or nothing: a value that cannot be read or is out of bounds shows a red message next
to its field, naming it, and Save is refused.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import Any

from PySide6.QtCore import (
    QItemSelection,
    QItemSelectionModel,
    QLocale,
    QModelIndex,
    QSignalBlocker,
    Qt,
    Signal,
)
from PySide6.QtGui import QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from core import bounds, units
from core.changes import Changes
from core.library import schema as library
from core.routines import service as r
from core.store.settings import get_setting
from ui import dialogs
from ui.base_tab import BaseTab
from ui.routines import dialogs as routine_dialogs
from ui.routines.models import RoutineItemsModel, RoutineListModel

ERROR_STYLE = "color: #c62828;"
MODE_LABELS = {"reps": "Reps", "hold": "Hold (seconds per rep)", "duration": "Duration (minutes)"}
WEEKLY = -1  # the "row" of routine-level pending errors


@dataclass(frozen=True)
class FieldSpec:
    key: str
    label: str
    unit: str = ""

    @property
    def bound(self) -> bounds.Bound:
        """The field's bound in its stored unit (core.bounds.PRESCRIPTION)."""
        return bounds.number_bound(bounds.PRESCRIPTION, self.key)


ITEM_FIELDS = (
    FieldSpec("sets", "Sets"),
    FieldSpec("reps_min", "Reps (min)"),
    FieldSpec("reps_max", "Reps (max)"),
    FieldSpec("hold_seconds", "Hold", "s per rep"),
    FieldSpec("duration_minutes", "Duration", "min"),
    FieldSpec("rest_seconds", "Rest between sets", "s"),
    FieldSpec("rest_after_seconds", "Rest after", "s"),
    FieldSpec("weight_kg", "Target weight"),
    FieldSpec("rounds", "Rounds", "(whole circuit)"),
)
SPECS = {spec.key: spec for spec in ITEM_FIELDS}


class ItemsView(QTableView):
    """The items table: Ctrl+Up / Ctrl+Down move the selected item, Delete removes it."""

    move_by = Signal(int)
    delete_pressed = Signal()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key, mods = event.key(), event.modifiers()
        ctrl = bool(mods & Qt.KeyboardModifier.ControlModifier)
        if ctrl and key in (Qt.Key.Key_Up, Qt.Key.Key_Down):
            self.move_by.emit(-1 if key == Qt.Key.Key_Up else 1)
            event.accept()
            return
        if key == Qt.Key.Key_Delete and not ctrl:
            self.delete_pressed.emit()
            event.accept()
            return
        super().keyPressEvent(event)


class NumberField(QWidget):
    """A line edit, its unit, and a red message naming the field when the value is refused."""

    def __init__(self, spec: FieldSpec, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.spec = spec
        self.edit = QLineEdit()
        self.edit.setObjectName(f"field_{spec.key}")
        self.edit.setMaximumWidth(90)
        self.unit = QLabel(spec.unit)
        self.error = QLabel()
        self.error.setObjectName(f"error_{spec.key}")
        self.error.setStyleSheet(ERROR_STYLE)
        self.error.setWordWrap(True)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.edit)
        layout.addWidget(self.unit)
        layout.addWidget(self.error, 1)

    def set_error(self, message: str) -> None:
        self.error.setText(message)
        self.edit.setStyleSheet("border: 1px solid #c62828;" if message else "")
        self.edit.setToolTip(message)


def _label(field: str) -> str:
    return r.FIELD_LABELS.get(field, field)


class RoutinesTab(BaseTab):
    title = "Routines"

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.rows: list[r.RoutineRow] = []
        self.current: r.RoutineRow | None = None
        self.saved_draft: r.RoutineDraft | None = None
        self.draft: r.RoutineDraft | None = None
        self.undo_stack: list[r.RoutineDraft] = []
        self.redo_stack: list[r.RoutineDraft] = []
        self._coalesce: Any = None
        self.pending: dict[tuple[int, str], str] = {}
        self.problems: list[r.Problem] = []
        self.exercises: list[library.ExerciseRow] = []
        self.weight_unit = "kg"
        self._loading = False
        self._build()

    # --- construction --------------------------------------------------------------------------

    def _build(self) -> None:
        self.list_model = RoutineListModel(self)
        self.list_view = QTableView()
        self.list_view.setObjectName("routine_list")
        self.list_view.setModel(self.list_model)
        self.list_view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.list_view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.list_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.list_view.verticalHeader().hide()
        self.list_view.setShowGrid(False)
        self.list_view.setWordWrap(False)
        header = self.list_view.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        self.list_view.selectionModel().currentRowChanged.connect(self._on_routine_changed)

        self.new_button = self._button(
            "New…", "Create an empty routine of your own", self.new_routine
        )
        self.rename_button = self._button("Rename…", "Rename this routine", self.rename_routine)
        self.duplicate_button = self._button(
            "Duplicate", "Make your own copy of this routine", self.duplicate_routine
        )
        self.delete_button = self._button(
            "Delete…", "Delete this routine (workouts done with it are kept)", self.delete_routine
        )
        self.restore_button = self._button(
            "Restore article version",
            "Put this ready-made routine back exactly as the article gives it",
            self.restore_routine,
        )
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(QLabel("<b>Routines</b>"))
        left_layout.addWidget(self.list_view, 1)
        row1 = QHBoxLayout()
        for b in (self.new_button, self.rename_button, self.duplicate_button):
            row1.addWidget(b)
        row2 = QHBoxLayout()
        row2.addWidget(self.delete_button)
        row2.addWidget(self.restore_button)
        left_layout.addLayout(row1)
        left_layout.addLayout(row2)

        # Routine header: name, weekly target, summary, ready-made note.
        self.name_edit = QLineEdit()
        self.name_edit.setObjectName("routine_name")
        self.name_edit.setMaxLength(r.NAME_MAX + 20)  # longer is refused with a message
        self.name_error = self._error_label("error_name")
        self.week_min = self._week_spin("week_min")
        self.week_max = self._week_spin("week_max")
        self.daily_check = QCheckBox("Daily")
        self.daily_check.setToolTip("Every day: 7 sessions a week")
        self.week_error = self._error_label("error_week")
        self.suggestions_check = QCheckBox("Suggest the next target from my history")
        self.suggestions_check.setObjectName("routine_suggestions")
        self.suggestions_check.setToolTip(
            "Double progression: when every set reached the top of the rep range, the player "
            "suggests more weight (2.5 kg / 5 lb), one more rep for bodyweight moves, or 5 s "
            "more for holds. Turn off to always use the targets written here."
        )
        self.summary_edit = QLineEdit()
        self.summary_edit.setObjectName("routine_summary")
        self.summary_edit.setPlaceholderText("Why this routine, in a line")
        self.builtin_note = QLabel()
        self.builtin_note.setObjectName("builtin_note")
        self.builtin_note.setWordWrap(True)
        self.builtin_note.setStyleSheet("color: #1565c0;")

        name_row = QHBoxLayout()
        name_row.addWidget(self.name_edit, 2)
        name_row.addWidget(self.name_error, 1)
        week_row = QHBoxLayout()
        week_row.addWidget(self.week_min)
        week_row.addWidget(QLabel("to"))
        week_row.addWidget(self.week_max)
        week_row.addWidget(QLabel("sessions a week"))
        week_row.addWidget(self.daily_check)
        week_row.addWidget(self.week_error, 1)
        head_form = QFormLayout()
        head_form.addRow("Name", name_row)
        head_form.addRow("Weekly target", week_row)
        head_form.addRow("Summary", self.summary_edit)
        head_form.addRow("Progression", self.suggestions_check)
        head_form.addRow("", self.builtin_note)

        self.name_edit.textChanged.connect(self._name_edited)
        self.summary_edit.textChanged.connect(self._summary_edited)
        self.week_min.valueChanged.connect(lambda _v: self._week_edited())
        self.week_max.valueChanged.connect(lambda _v: self._week_edited())
        self.daily_check.toggled.connect(lambda _v: self._week_edited())
        self.suggestions_check.toggled.connect(self._suggestions_edited)

        # Items table and its buttons.
        self.items_model = RoutineItemsModel(self)
        self.items_model.move_requested.connect(self.move_item)
        self.items_view = ItemsView()
        self.items_view.setObjectName("routine_items")
        self.items_view.setModel(self.items_model)
        self.items_view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.items_view.setSelectionMode(QAbstractItemView.SelectionMode.ContiguousSelection)
        self.items_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.items_view.setDragEnabled(True)
        self.items_view.setAcceptDrops(True)
        self.items_view.setDropIndicatorShown(True)
        self.items_view.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        self.items_view.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.items_view.setDragDropOverwriteMode(False)
        self.items_view.verticalHeader().hide()
        self.items_view.setWordWrap(False)
        self.items_view.setToolTip(
            "Drag to reorder, or Ctrl+Up / Ctrl+Down; Delete removes the selected item"
        )
        ih = self.items_view.horizontalHeader()
        ih.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        ih.setSectionResizeMode(1, QHeaderView.ResizeMode.Interactive)
        ih.resizeSection(1, 180)
        ih.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        ih.setSectionResizeMode(4, QHeaderView.ResizeMode.Interactive)
        ih.setStretchLastSection(False)
        ih.resizeSection(4, 140)
        self.items_view.move_by.connect(self.move_selected)
        self.items_view.delete_pressed.connect(self.remove_selected)
        self.items_view.selectionModel().selectionChanged.connect(lambda *_: self._item_selected())

        self.add_button = self._button(
            "Add exercise…", "Add an exercise from the library (Ctrl+E)", self.add_exercise
        )
        self.remove_button = self._button("Remove", "Remove the selected item (Delete)",
                                          self.remove_selected)  # fmt: skip
        self.up_button = self._button(
            "Up", "Move the item up (Ctrl+Up)", lambda: self.move_selected(-1)
        )
        self.down_button = self._button(
            "Down", "Move the item down (Ctrl+Down)", lambda: self.move_selected(1)
        )
        self.group_button = self._button(
            "Group as circuit…",
            "Do the selected items back to back for a number of rounds",
            self.group_selected,
        )
        self.ungroup_button = self._button(
            "Ungroup", "Take the selected items out of their circuit", self.ungroup_selected
        )
        item_buttons = QHBoxLayout()
        for b in (self.add_button, self.remove_button, self.up_button, self.down_button,
                  self.group_button, self.ungroup_button):  # fmt: skip
            item_buttons.addWidget(b)
        item_buttons.addStretch(1)

        # The selected item's editor.
        self.item_box = QGroupBox("Selected item")
        self.item_title = QLabel()
        self.item_title.setWordWrap(True)
        self.mode_combo = QComboBox()
        self.mode_combo.setObjectName("field_mode")
        for mode in r.MODES:
            self.mode_combo.addItem(MODE_LABELS[mode], mode)
        self.mode_combo.currentIndexChanged.connect(lambda _i: self._mode_edited())
        self.per_side_check = QCheckBox("Each side in turn")
        self.per_side_check.setObjectName("field_per_side")
        self.per_side_check.toggled.connect(self._per_side_edited)
        self.fields: dict[str, NumberField] = {}
        form = QFormLayout(self.item_box)
        form.addRow(self.item_title)
        form.addRow("Mode", self.mode_combo)
        self._form = form
        for spec in ITEM_FIELDS:
            field = NumberField(spec)
            field.edit.textChanged.connect(lambda _t, key=spec.key: self._number_edited(key))
            self.fields[spec.key] = field
            form.addRow(spec.label, field)
            if spec.key == "duration_minutes":
                form.addRow("", self.per_side_check)
        self.note_edit = QLineEdit()
        self.note_edit.setObjectName("field_note")
        self.note_edit.textChanged.connect(self._note_edited)
        form.addRow("Note", self.note_edit)
        self.defaults_label = QLabel()
        self.defaults_label.setWordWrap(True)
        self.defaults_label.setStyleSheet("color: #b26a00;")
        form.addRow(self.defaults_label)
        item_scroll = QScrollArea()
        item_scroll.setWidgetResizable(True)
        item_scroll.setWidget(self.item_box)
        item_scroll.setMinimumWidth(340)

        items_split = QSplitter(Qt.Orientation.Horizontal)
        table_side = QWidget()
        ts = QVBoxLayout(table_side)
        ts.setContentsMargins(0, 0, 0, 0)
        ts.addWidget(self.items_view, 1)
        ts.addLayout(item_buttons)
        items_split.addWidget(table_side)
        items_split.addWidget(item_scroll)
        items_split.setStretchFactor(0, 3)
        items_split.setStretchFactor(1, 2)

        # Bottom bar.
        self.status = QLabel()
        self.status.setObjectName("status")
        self.status.setWordWrap(True)
        self.undo_button = self._button("Undo", "Undo the last edit (Ctrl+Z)", self.undo)
        self.redo_button = self._button("Redo", "Redo (Ctrl+Shift+Z)", self.redo)
        self.revert_button = self._button("Revert", "Drop every unsaved change", self.revert)
        self.save_button = self._button("Save", "Save this routine (Ctrl+S)", self.save)
        bottom = QHBoxLayout()
        bottom.addWidget(self.status, 1)
        for b in (self.undo_button, self.redo_button, self.revert_button, self.save_button):
            bottom.addWidget(b)

        right = QWidget()
        rl = QVBoxLayout(right)
        rl.setContentsMargins(0, 0, 0, 0)
        rl.addLayout(head_form)
        rl.addWidget(items_split, 1)
        rl.addLayout(bottom)

        split = QSplitter(Qt.Orientation.Horizontal)
        split.addWidget(left)
        split.addWidget(right)
        split.setStretchFactor(0, 1)
        split.setStretchFactor(1, 3)
        split.setSizes([300, 960])
        layout = QVBoxLayout(self)
        layout.addWidget(split)

        for keys, slot in (
            (QKeySequence.StandardKey.Save, self.save),
            ("Ctrl+Z", self.undo),
            ("Ctrl+Shift+Z", self.redo),
            ("Ctrl+E", self.add_exercise),
        ):
            shortcut = QShortcut(QKeySequence(keys), self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(slot)
        self._render_all()

    def _button(self, text: str, tip: str, slot: Any) -> QPushButton:
        button = QPushButton(text)
        button.setToolTip(tip)
        button.clicked.connect(lambda _checked=False: slot())
        return button

    def _error_label(self, name: str) -> QLabel:
        label = QLabel()
        label.setObjectName(name)
        label.setStyleSheet(ERROR_STYLE)
        label.setWordWrap(True)
        return label

    def _week_spin(self, name: str) -> QSpinBox:
        spin = QSpinBox()
        spin.setObjectName(name)
        spin.setRange(0, int(bounds.number_bound(bounds.ROUTINE, "sessions_per_week_max").maximum))
        spin.setSpecialValueText("none")
        spin.setToolTip("Sessions a week (1-14); 'none' for no weekly target")
        return spin

    # --- loading -------------------------------------------------------------------------------

    def is_affected_by(self, changes: Changes) -> bool:
        return changes.routines or changes.library or changes.settings

    def refresh(self) -> None:
        assert self.db is not None
        with self.db.read_scope() as session:
            self.exercises = library.list_exercises(session=session)
            self.weight_unit = str(get_setting("weight_unit", session=session))
            rows = r.list_routines(session=session)
        try:
            from ui.library.tab import source_titles

            self.list_model.source_titles = source_titles()
        except Exception:  # titles are a nicety; the file name is shown without them
            self.list_model.source_titles = {}
        self.items_model.weight_unit = self.weight_unit
        keep = self.current.id if self.current is not None else None
        self._set_rows(rows, keep)
        fresh = next((row for row in rows if row.id == keep), None)
        if fresh is None:
            self._show_routine(rows[0] if rows else None)
        elif not self.dirty:
            self._show_routine(fresh)
        else:
            self.current = fresh
            self._render_all()

    def _set_rows(self, rows: list[r.RoutineRow], select_id: int | None) -> None:
        self.rows = rows
        with QSignalBlocker(self.list_view.selectionModel()):
            self.list_model.set_rows(rows)
            row = self.list_model.row_of_id(select_id) if select_id is not None else None
            if row is None and rows:
                row = 0
            if row is not None:
                self.list_view.selectionModel().setCurrentIndex(
                    self.list_model.index(row, 0),
                    QItemSelectionModel.SelectionFlag.ClearAndSelect
                    | QItemSelectionModel.SelectionFlag.Rows,
                )
        self.list_view.viewport().update()

    def _reload(self, select_id: int | None) -> None:
        """Re-read the list and show `select_id` as stored (drops the draft)."""
        assert self.db is not None
        with self.db.read_scope() as session:
            rows = r.list_routines(session=session)
        self._set_rows(rows, select_id)
        row = next((x for x in rows if x.id == select_id), rows[0] if rows else None)
        self._show_routine(row)

    def _show_routine(self, row: r.RoutineRow | None) -> None:
        self.current = row
        self.saved_draft = self.draft = r.draft_from_row(row) if row is not None else None
        self.undo_stack.clear()
        self.redo_stack.clear()
        self.pending.clear()
        self.problems = []
        self._coalesce = None
        self._render_all(select_item=0)

    # --- the routine list ------------------------------------------------------------------------

    def _on_routine_changed(self, current: QModelIndex, previous: QModelIndex) -> None:
        if not current.isValid():
            return
        row = self.list_model.row_at(current.row())
        if self.current is not None and row.id == self.current.id:
            return
        if not self.confirm_leave():
            with QSignalBlocker(self.list_view.selectionModel()):
                back = self.list_model.row_of_id(self.current.id) if self.current else None
                if back is not None:
                    self.list_view.selectionModel().setCurrentIndex(
                        self.list_model.index(back, 0),
                        QItemSelectionModel.SelectionFlag.ClearAndSelect
                        | QItemSelectionModel.SelectionFlag.Rows,
                    )
            self.list_view.viewport().update()
            return
        # Saving may have re-read the list: show the routine the person asked for, as stored.
        fresh = next((x for x in self.rows if x.id == row.id), row)
        self._set_rows(self.rows, fresh.id)
        self._show_routine(fresh)

    def select_routine(self, routine_id: int) -> bool:
        """Show a routine as the person would by clicking it (asks about unsaved changes)."""
        row = self.list_model.row_of_id(routine_id)
        if row is None:
            return False
        self.list_view.selectionModel().setCurrentIndex(
            self.list_model.index(row, 0),
            QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows,
        )
        return self.current is not None and self.current.id == routine_id

    @property
    def dirty(self) -> bool:
        return self.draft is not None and self.draft != self.saved_draft

    def confirm_leave(self) -> bool:
        """True if the draft may be left: nothing unsaved, or saved, or discarded by the person."""
        if not self.dirty and not self.pending:
            return True
        assert self.draft is not None
        answer = dialogs.unsaved_changes(self, self.draft.name or "This routine")
        if answer == "save":
            return self.save()
        if answer == "discard":
            self.revert()
            return True
        return False

    def maybe_close(self) -> bool:
        """For the main window's close: False if the person chose to stay."""
        return self.confirm_leave()

    def _write(self, work: Any) -> Any:
        """Run one write in its own transaction; show a refused name next to the name field."""
        assert self.db is not None
        try:
            with self.db.session_scope() as session:
                result = work(session)
        except r.RoutineValidationError as exc:
            dialogs.show_error(self, "Routine", "\n".join(p.text() for p in exc.problems))
            return None
        except r.RoutineError as exc:
            dialogs.show_error(self, "Routine", str(exc))
            return None
        return result

    def _announce(self) -> None:
        """Tell the window a write happened (after this tab shows its result)."""
        self.announce(Changes(routines=True))

    def new_routine(self) -> None:
        if self.db is None or not self.confirm_leave():
            return
        with self.db.read_scope() as session:
            suggestion = r.unique_name(session, "My routine")
        name = dialogs.ask_text(self, "New routine", "Name of the new routine:", suggestion)
        if name is None:
            return
        row = self._write(lambda s: r.create_routine(name, session=s))
        if row is not None:
            self._reload(row.id)
            self.status.setText(f"Created “{row.name}”. Add exercises, then Save.")
            self._announce()

    def rename_routine(self) -> None:
        if self.current is None or self.current.builtin or self.draft is None:
            return
        name = dialogs.ask_text(self, "Rename routine", "New name:", self.current.name)
        if name is None:
            return
        routine_id = self.current.id
        row = self._write(lambda s: r.rename_routine(routine_id, name, session=s))
        if row is None:
            return
        draft, saved = self.draft, self.saved_draft
        self._reload(row.id)
        if draft != saved and self.saved_draft is not None:  # keep the unsaved edits
            self.draft = replace(draft, name=row.name)
            self._render_all()
        self._announce()

    def duplicate_routine(self) -> None:
        if self.current is None or not self.confirm_leave():
            return
        routine_id = self.current.id
        row = self._write(lambda s: r.duplicate_routine(routine_id, session=s))
        if row is not None:
            self._reload(row.id)
            self.status.setText(f"Made “{row.name}”.")
            self._announce()

    def delete_routine(self) -> None:
        if self.current is None or self.current.builtin:
            return
        if not dialogs.confirm_delete(self, self.current.name):
            return
        index = self.list_model.row_of_id(self.current.id) or 0
        routine_id, name = self.current.id, self.current.name
        if self._write(lambda s: r.delete_routine(routine_id, session=s)) is None:
            return
        rows = [row for row in self.rows if row.id != routine_id]
        next_id = rows[min(index, len(rows) - 1)].id if rows else None
        self.saved_draft = self.draft  # nothing left to ask about
        self._reload(next_id)
        self.status.setText(f"Deleted “{name}”. Workouts done with it are kept.")
        self._announce()

    def restore_routine(self) -> None:
        if self.current is None or self.current.builtin_key is None:
            return
        if self.dirty and not dialogs.confirm(
            self, "Restore", "Drop your unsaved changes and restore the article's version?",
            "Restore",
        ):  # fmt: skip
            return
        key = self.current.builtin_key
        row = self._write(lambda s: r.restore_builtin(key, session=s))
        if row is not None:
            self._reload(row.id)
            self.status.setText(f"“{row.name}” is as the article gives it.")
            self._announce()

    # --- drafts, undo --------------------------------------------------------------------------

    def _set_draft(
        self, draft: r.RoutineDraft, *, coalesce: Any = None, select: int | None = None
    ) -> None:
        """Make `draft` current, remembering the previous one for undo."""
        if self.draft is None or draft == self.draft:
            return
        if coalesce is None or coalesce != self._coalesce:
            self.undo_stack.append(self.draft)
            del self.undo_stack[:-200]
        self.redo_stack.clear()
        self._coalesce = coalesce
        structural = len(draft.items) != len(self.draft.items) or select is not None
        self.draft = draft
        self.problems = r.check_draft(draft)
        if structural:
            self.pending = {k: v for k, v in self.pending.items() if k[0] == WEEKLY}
            self._render_items(select)
        else:
            old = self.items_model.items()
            for i, item in enumerate(draft.items):
                if old[i] != item:
                    self.items_model.update_item(i, item)
            self._render_problems()
            self._render_panel_errors()
            self._render_state()

    def undo(self) -> None:
        if not self.undo_stack or self.draft is None:
            return
        self.redo_stack.append(self.draft)
        self.draft = self.undo_stack.pop()
        self._after_history()

    def redo(self) -> None:
        if not self.redo_stack or self.draft is None:
            return
        self.undo_stack.append(self.draft)
        self.draft = self.redo_stack.pop()
        self._after_history()

    def revert(self) -> None:
        if self.saved_draft is None:
            return
        if self.draft != self.saved_draft and self.draft is not None:
            self.undo_stack.append(self.draft)
        self.draft = self.saved_draft
        self.redo_stack.clear()
        self._after_history()

    def _after_history(self) -> None:
        self._coalesce = None
        self.pending.clear()
        assert self.draft is not None
        self.problems = r.check_draft(self.draft)
        row = self.selected_rows()
        self._render_all(select_item=row[0] if row else 0)

    # --- saving --------------------------------------------------------------------------------

    def save(self) -> bool:
        """Save the whole draft, or nothing. Returns True when saved."""
        if self.db is None or self.draft is None:
            return False
        if self.pending:
            (row, field), message = next(iter(self.pending.items()))
            where = "" if row == WEEKLY else f"Item {row + 1}: "
            self._refuse(f"{where}{message}", row)
            return False
        problems = r.check_draft(self.draft)
        if not problems:
            draft = self.draft
            try:
                with self.db.session_scope() as session:
                    saved = r.save_routine(draft, session=session)
            except r.RoutineValidationError as exc:
                problems = exc.problems
            except r.RoutineError as exc:
                dialogs.show_error(self, "Routine", str(exc))
                return False
            else:
                copy = self.current is not None and saved.id != self.current.id
                self._reload(saved.id)
                self.status.setText(
                    f"Saved as your own copy “{saved.name}”; the ready-made one is unchanged."
                    if copy
                    else f"Saved “{saved.name}”."
                )
                self._announce()
                return True
        self.problems = list(problems)
        first = problems[0]
        self._refuse(first.text(), first.item if first.item is not None else WEEKLY)
        return False

    def _refuse(self, message: str, row: int) -> None:
        self.status.setText(f"Not saved: {message}")
        self.status.setStyleSheet(ERROR_STYLE)
        if row != WEEKLY and row not in self.selected_rows():
            self._select_item(row)
        self._render_problems()
        self._render_panel_errors()

    # --- item actions --------------------------------------------------------------------------

    def selected_rows(self) -> list[int]:
        model = self.items_view.selectionModel()
        return sorted({i.row() for i in model.selectedRows()})

    def _select_item(self, row: int | None) -> None:
        count = self.items_model.rowCount()
        model = self.items_view.selectionModel()
        if row is None or count == 0:
            model.clearSelection()
            return
        row = max(0, min(row, count - 1))
        index = self.items_model.index(row, 0)
        model.setCurrentIndex(
            index,
            QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows,
        )
        self.items_view.scrollTo(index)

    def add_exercise(self) -> None:
        if self.draft is None:
            return
        slug = routine_dialogs.pick_exercise(self, self.exercises)
        if not slug:
            return
        exercise = next((e for e in self.exercises if e.slug == slug), None)
        if exercise is None:
            return
        draft = r.insert_item(self.draft, r.new_item(exercise))
        self._set_draft(draft, select=len(draft.items) - 1)
        self.status.setText(f"Added {exercise.name}.")

    def remove_selected(self) -> None:
        rows = self.selected_rows()
        if self.draft is None or not rows:
            return
        draft = self.draft
        for row in reversed(rows):
            draft = r.remove_item(draft, row)
        self._set_draft(draft, select=min(rows[0], len(draft.items) - 1))

    def move_selected(self, step: int) -> None:
        rows = self.selected_rows()
        if self.draft is None or len(rows) != 1:
            return
        self.move_item(rows[0], rows[0] + step)

    def move_item(self, from_row: int, to_row: int) -> None:
        if self.draft is None or not 0 <= to_row < len(self.draft.items) or from_row == to_row:
            return
        self._set_draft(r.move_item(self.draft, from_row, to_row), select=to_row)

    def group_selected(self) -> None:
        rows = self.selected_rows()
        if self.draft is None or not rows:
            return
        first, last = rows[0], rows[-1]
        rounds = routine_dialogs.ask_rounds(self, self.draft.items[first].rounds or 2)
        if rounds is None:
            return
        self._set_draft(r.group_circuit(self.draft, first, last, rounds), select=first)
        self._select_range(first, last)

    def ungroup_selected(self) -> None:
        rows = self.selected_rows()
        if self.draft is None or not rows:
            return
        first, last = rows[0], rows[-1]
        if first == last and (span := r.circuit_span(self.draft, first)):
            first, last = span
        self._set_draft(r.ungroup_circuit(self.draft, first, last), select=rows[0])

    def _select_range(self, first: int, last: int) -> None:
        model = self.items_view.selectionModel()
        selection = QItemSelection(
            self.items_model.index(first, 0), self.items_model.index(last, 0)
        )
        model.select(
            selection,
            QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows,
        )

    # --- edits from the form -------------------------------------------------------------------

    def _name_edited(self, text: str) -> None:
        if self._loading or self.draft is None:
            return
        self._set_draft(self.draft.edited(name=text), coalesce="name")

    def _summary_edited(self, text: str) -> None:
        if self._loading or self.draft is None:
            return
        self._set_draft(self.draft.edited(summary=text), coalesce="summary")

    def _suggestions_edited(self, enabled: bool) -> None:
        if self._loading or self.draft is None:
            return
        self._set_draft(self.draft.edited(suggestions_enabled=enabled))

    def _week_edited(self) -> None:
        if self._loading or self.draft is None:
            return
        daily = self.daily_check.isChecked()
        self.week_min.setEnabled(not daily)
        self.week_max.setEnabled(not daily)
        if daily:
            lo: int | None = 7
            hi: int | None = 7
        else:
            lo = self.week_min.value() or None
            hi = self.week_max.value() or None
        self._set_draft(
            self.draft.edited(sessions_per_week_min=lo, sessions_per_week_max=hi), coalesce="week"
        )

    def _current_item_row(self) -> int | None:
        rows = self.selected_rows()
        return rows[0] if len(rows) == 1 else None

    def _edit_item(self, row: int, coalesce: Any = None, **changes: Any) -> None:
        assert self.draft is not None
        item = self.draft.items[row].edited(**changes)
        self._set_draft(r.with_item(self.draft, row, item), coalesce=coalesce)

    def _mode_edited(self) -> None:
        row = self._current_item_row()
        if self._loading or self.draft is None or row is None:
            return
        mode = self.mode_combo.currentData()
        item = r.change_mode(self.draft.items[row], mode)
        self.pending = {k: v for k, v in self.pending.items() if k[0] != row}
        self._set_draft(r.with_item(self.draft, row, item))
        self._render_panel()

    def _per_side_edited(self, checked: bool) -> None:
        row = self._current_item_row()
        if self._loading or self.draft is None or row is None:
            return
        self._edit_item(row, per_side=checked)

    def _note_edited(self, text: str) -> None:
        row = self._current_item_row()
        if self._loading or self.draft is None or row is None:
            return
        self._edit_item(row, coalesce=(row, "note"), note=text)

    def _required(self, item: r.ItemDraft, key: str) -> bool:
        if key in ("sets", "rest_seconds", "rest_after_seconds"):
            return True
        if key == "rounds":
            return item.circuit is not None
        return key == {
            "reps": "reps_min",
            "hold": "hold_seconds",
            "duration": "duration_minutes",
        }.get(item.mode)

    def _parse(self, item: r.ItemDraft, key: str, text: str) -> Any:
        spec = SPECS[key]
        point = QLocale().decimalPoint()
        if key == "weight_kg":
            return bounds.parse_weight(
                text, field=spec.label, unit=self.weight_unit, bound=spec.bound,
                decimal_point=point,
            )  # fmt: skip
        return bounds.parse_number(
            text, field=spec.label, bound=spec.bound, decimal_point=point,
            required=self._required(item, key),
        )  # fmt: skip

    def _number_edited(self, key: str) -> None:
        row = self._current_item_row()
        if self._loading or self.draft is None or row is None:
            return
        item = self.draft.items[row]
        try:
            value = self._parse(item, key, self.fields[key].edit.text())
        except bounds.InputError as exc:
            self.pending[(row, key)] = f"{exc.field}: {exc.message}"
            self.items_model.set_bad_rows(self._bad_rows())
            self._render_panel_errors()
            self._render_state()
            return
        self.pending.pop((row, key), None)
        if key == "rounds" and (span := r.circuit_span(self.draft, row)):
            items = list(self.draft.items)
            for i in range(span[0], span[1] + 1):
                items[i] = items[i].edited(rounds=value)
            draft = replace(self.draft, items=tuple(items))
            self._set_draft(draft, coalesce=(row, key))
        else:
            self._edit_item(row, coalesce=(row, key), **{key: value})
        self.items_model.set_bad_rows(self._bad_rows())
        self._render_panel_errors()
        self._render_state()

    # --- rendering -----------------------------------------------------------------------------

    def _bad_rows(self) -> set[int]:
        rows = {row for row, _f in self.pending if row != WEEKLY}
        rows |= {p.item for p in self.problems if p.item is not None}
        return rows

    def _render_all(self, select_item: int | None = None) -> None:
        self._loading = True
        try:
            draft = self.draft
            enabled = draft is not None
            for w in (self.name_edit, self.summary_edit, self.week_min, self.week_max,
                      self.daily_check, self.suggestions_check, self.items_view,
                      self.add_button):  # fmt: skip
                w.setEnabled(enabled)
            if draft is None:
                self.name_edit.clear()
                self.summary_edit.clear()
                self.week_min.setValue(0)
                self.week_max.setValue(0)
                self.builtin_note.clear()
            else:
                if self.name_edit.text() != draft.name:
                    self.name_edit.setText(draft.name)
                if self.summary_edit.text() != draft.summary:
                    self.summary_edit.setText(draft.summary)
                self.suggestions_check.setChecked(draft.suggestions_enabled)
                lo, hi = draft.sessions_per_week_min, draft.sessions_per_week_max
                daily = lo == hi == 7
                self.daily_check.setChecked(daily)
                self.week_min.setValue(lo or 0)
                self.week_max.setValue(hi or 0)
                self.week_min.setEnabled(not daily)
                self.week_max.setEnabled(not daily)
                self.builtin_note.setText(self._origin_text(draft))
        finally:
            self._loading = False
        self._render_items(select_item)

    def _origin_text(self, draft: r.RoutineDraft) -> str:
        titles = self.list_model.source_titles
        if draft.builtin and draft.source:
            title = titles.get(draft.source, draft.source)
            return (
                f"Ready-made, from the article “{title}” ({draft.source}). "
                "Saving creates your own copy; “Restore article version” undoes any change."
            )
        if draft.source:
            return f"Your copy of a routine from “{titles.get(draft.source, draft.source)}”."
        return ""

    def _render_items(self, select: int | None) -> None:
        self.items_model.set_items(self.draft.items if self.draft is not None else ())
        self.items_model.set_bad_rows(self._bad_rows())
        self._select_item(select)
        self._render_problems()
        self._item_selected()

    def _render_problems(self) -> None:
        by_field = {p.field: p for p in self.problems if p.item is None}
        name = by_field.get("name")
        self.name_error.setText(f"{_label('name')}: {name.message}" if name else "")
        week = by_field.get("sessions_per_week_min") or by_field.get("sessions_per_week_max")
        self.week_error.setText(f"{_label(week.field)}: {week.message}" if week else "")
        self.items_model.set_bad_rows(self._bad_rows())

    def _item_selected(self) -> None:
        self._render_panel()
        self._render_state()

    def _render_panel(self) -> None:
        row = self._current_item_row()
        item = self.draft.items[row] if self.draft is not None and row is not None else None
        self.item_box.setEnabled(item is not None)
        self._loading = True
        try:
            if item is None:
                many = len(self.selected_rows()) > 1
                self.item_title.setText(
                    "Several items selected: group them as a circuit, or pick one to edit."
                    if many
                    else "Select an item to edit it."
                )
                for field in self.fields.values():
                    field.edit.clear()
                self.note_edit.clear()
                self.defaults_label.clear()
            else:
                assert row is not None
                self.item_title.setText(
                    f"<b>{row + 1}. {item.exercise_name or item.exercise_slug}</b>"
                    + (
                        f" (library: {item.exercise_mode})"
                        if item.mode != item.exercise_mode
                        else ""
                    )
                )
                self.mode_combo.setCurrentIndex(r.MODES.index(item.mode))
                self.per_side_check.setChecked(item.per_side)
                for key, field in self.fields.items():
                    pending = self.pending.get((row, key))
                    if pending is None:
                        field.edit.setText(self._display(key, getattr(item, key)))
                    if key == "weight_kg":
                        field.unit.setText(self.weight_unit)
                if self.note_edit.text() != item.note:
                    self.note_edit.setText(item.note)
                self._set_visibility(item)
                ours = [_label(d) for d in item.defaults]
                self.defaults_label.setText(
                    "Our default, not the article's: " + ", ".join(ours) if ours else ""
                )
        finally:
            self._loading = False
        self._render_panel_errors()

    def _set_visibility(self, item: r.ItemDraft) -> None:
        shown = {
            "reps_min": item.mode in ("reps", "hold"),
            "reps_max": item.mode in ("reps", "hold"),
            "hold_seconds": item.mode in ("reps", "hold"),
            "duration_minutes": item.mode == "duration",
            "rounds": item.circuit is not None,
        }
        for key, field in self.fields.items():
            visible = shown.get(key, True)
            self._form.setRowVisible(field, visible)

    def _display(self, key: str, value: Any) -> str:
        if value is None:
            return ""
        if key == "weight_kg":
            text = units.display_number(units.kg_to(value, self.weight_unit))
            return text.replace(".", QLocale().decimalPoint())
        return str(value)

    def _render_panel_errors(self) -> None:
        row = self._current_item_row()
        item_problems: dict[str, r.Problem] = {}
        for p in self.problems:
            if p.item is not None and p.item == row:
                item_problems.setdefault(p.field, p)
        for key, field in self.fields.items():
            message = self.pending.get((row, key), "") if row is not None else ""
            if not message and key in item_problems:
                message = f"{_label(key)}: {item_problems[key].message}"
            field.set_error(message)

    def _render_state(self) -> None:
        draft = self.draft
        current = self.current
        builtin = current is not None and current.builtin
        self.rename_button.setEnabled(current is not None and not builtin)
        self.delete_button.setEnabled(current is not None and not builtin)
        self.duplicate_button.setEnabled(current is not None)
        self.restore_button.setEnabled(builtin)
        rows = self.selected_rows()
        has = bool(rows)
        self.remove_button.setEnabled(has)
        self.up_button.setEnabled(len(rows) == 1 and rows[0] > 0)
        self.down_button.setEnabled(
            len(rows) == 1 and draft is not None and rows[0] < len(draft.items) - 1
        )
        self.group_button.setEnabled(has)
        self.ungroup_button.setEnabled(
            has and draft is not None and any(draft.items[i].circuit is not None for i in rows)
        )
        self.undo_button.setEnabled(bool(self.undo_stack))
        self.redo_button.setEnabled(bool(self.redo_stack))
        dirty = self.dirty or bool(self.pending)
        self.revert_button.setEnabled(dirty)
        self.save_button.setEnabled(draft is not None and dirty)
        refused = self.status.text().startswith("Not saved")
        if refused and not self.pending and not self.problems:
            refused = False
            self.status.clear()
        if dirty and not refused:
            self.status.setStyleSheet("")
            self.status.setText(
                "Unsaved changes" + (": saving creates your own copy." if builtin else ".")
            )
        elif not dirty:
            self.status.setStyleSheet("")
            if self.status.text().startswith(("Unsaved", "Not saved")):
                self.status.clear()
