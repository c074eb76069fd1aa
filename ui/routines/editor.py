"""The Routines tab's editor: one routine as a draft (core.routines.drafts.RoutineDraft).

(Over 500 lines: one draft and its undo history drive every widget here; the item panel is
ui/routines/item_panel.py.)

Its name, weekly target and summary; its items (drag and drop, Ctrl+Up/Ctrl+Down, Delete); the
selected item's panel. Every edit replaces the draft, so undo/redo are snapshots. The editor
never touches the database: Save asks the tab (`save_requested`), which writes the draft or
hands the problems back (`refuse`). A value that cannot be read or is out of bounds shows a red
message next to its field, naming it.
"""

from __future__ import annotations

import html
from collections.abc import Callable, Sequence
from dataclasses import replace
from typing import Any

from PySide6.QtCore import QItemSelection, QItemSelectionModel, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from core import bounds
from core.i18n import translate
from core.insight import progression
from core.library.localized import data_text
from core.library.rows import ExerciseRow
from core.routines import drafts as d
from core.routines.drafts import ItemDraft, RoutineDraft, shown_draft
from core.routines.validation import NAME_MAX, Problem, check_draft
from ui import theme
from ui.routines import dialogs as routine_dialogs
from ui.routines.item_panel import ItemPanel, label, parse_field
from ui.routines.models import RoutineItemsModel
from ui.widgets.layout import column, splitter

WEEKLY = -1  # the "row" of routine-level pending errors


def field_problem(field: str, problem: str) -> str:
    """ "Sets: must be at least 1": a field's name (as a person reads it) and what is wrong."""
    return translate("ui.routines.editor", "{field}: {problem}").format(
        field=field, problem=problem
    )


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


def button(text: str, tip: str, slot: Callable[[], Any]) -> QPushButton:
    widget = QPushButton(text)
    widget.setToolTip(tip)
    widget.clicked.connect(lambda _checked=False: slot())
    return widget


def _error_label(name: str) -> QLabel:
    widget = QLabel()
    widget.setObjectName(name)
    theme.paint_text(widget, "error")
    widget.setWordWrap(True)
    return widget


def _week_spin(name: str) -> QSpinBox:
    spin = QSpinBox()
    spin.setObjectName(name)
    spin.setRange(0, int(bounds.number_bound(bounds.ROUTINE, "sessions_per_week_max").maximum))
    spin.setSpecialValueText(translate("ui.routines.editor", "none"))
    spin.setToolTip(
        translate("ui.routines.editor", "Sessions a week (1-14); 'none' for no weekly target")
    )
    return spin


class RoutineEditor(QWidget):
    """The draft of one routine, its undo history, and every widget that edits it."""

    save_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.saved_draft: RoutineDraft | None = None
        self.draft: RoutineDraft | None = None
        self.undo_stack: list[RoutineDraft] = []
        self.redo_stack: list[RoutineDraft] = []
        self._coalesce: Any = None
        self.pending: dict[tuple[int, str], str] = {}
        self.problems: list[Problem] = []
        self.exercises: list[ExerciseRow] = []
        self.weight_unit = "kg"
        self.source_titles: dict[str, str] = {}
        self._loading = False
        self._refusal: str | None = None  # the status text refuse() showed
        self._unsaved: str | None = None  # the status text saying there are unsaved changes
        self._build()

    # --- construction --------------------------------------------------------------------------

    def _build(self) -> None:
        # Routine header: name, weekly target, summary, ready-made note.
        self.name_edit = QLineEdit()
        self.name_edit.setObjectName("routine_name")
        self.name_edit.setMaxLength(NAME_MAX + 20)  # longer is refused with a message
        self.name_error = _error_label("error_name")
        self.week_min = _week_spin("week_min")
        self.week_max = _week_spin("week_max")
        self.daily_check = QCheckBox(translate("ui.routines.editor", "Daily"))
        self.daily_check.setToolTip(translate("ui.routines.editor", "Every day: 7 sessions a week"))
        self.week_error = _error_label("error_week")
        self.suggestions_check = QCheckBox(
            translate("ui.routines.editor", "Suggest the next target from my history")
        )
        self.suggestions_check.setObjectName("routine_suggestions")
        # rich text, so the paragraph wraps in the tooltip
        self.suggestions_check.setToolTip(
            "<p>"
            + translate(
                "ui.routines.editor", "{rule} Turn off to always use the targets written here."
            ).format(rule=html.escape(progression.rule_text()))
            + "</p>"
        )
        self.summary_edit = QLineEdit()
        self.summary_edit.setObjectName("routine_summary")
        self.summary_edit.setPlaceholderText(
            translate("ui.routines.editor", "Why this routine, in a line")
        )
        self.builtin_note = QLabel()
        self.builtin_note.setObjectName("builtin_note")
        self.builtin_note.setWordWrap(True)
        theme.paint_text(self.builtin_note, "info")

        name_row = QHBoxLayout()
        name_row.addWidget(self.name_edit, 2)
        name_row.addWidget(self.name_error, 1)
        week_row = QHBoxLayout()
        week_row.addWidget(self.week_min)
        # "[min] to [max] sessions a week": the words between and after the two boxes
        week_row.addWidget(QLabel(translate("ui.routines.editor", "to")))
        week_row.addWidget(self.week_max)
        week_row.addWidget(QLabel(translate("ui.routines.editor", "sessions a week")))
        week_row.addWidget(self.daily_check)
        week_row.addWidget(self.week_error, 1)
        head_form = QFormLayout()
        name_label = QLabel(translate("ui.routines.editor", "Name"))
        name_label.setBuddy(self.name_edit)
        head_form.addRow(name_label, name_row)
        week_label = QLabel(translate("ui.routines.editor", "Weekly target"))
        week_label.setBuddy(self.week_min)
        self.week_min.setAccessibleName(
            translate("ui.routines.editor", "Weekly target: at least, sessions a week")
        )
        self.week_max.setAccessibleName(
            translate("ui.routines.editor", "Weekly target: at most, sessions a week")
        )
        head_form.addRow(week_label, week_row)
        head_form.addRow(translate("ui.routines.editor", "Summary"), self.summary_edit)
        head_form.addRow(translate("ui.routines.editor", "Progression"), self.suggestions_check)
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
        self.items_view.setAccessibleName(translate("ui.routines.editor", "Items of the routine"))
        self.items_view.setTabKeyNavigation(False)  # Tab leaves the list (arrows move in it)
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
            translate(
                "ui.routines.editor",
                "Drag to reorder, or Ctrl+Up / Ctrl+Down; Delete removes the selected item",
            )
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

        self.add_button = button(
            translate("ui.routines.editor", "Add exercise…"),
            translate("ui.routines.editor", "Add an exercise from the library (Ctrl+E)"),
            self.add_exercise,
        )
        self.remove_button = button(
            translate("ui.routines.editor", "Remove"),
            translate("ui.routines.editor", "Remove the selected item (Delete)"),
            self.remove_selected,
        )
        self.up_button = button(
            translate("ui.routines.editor", "Up"),
            translate("ui.routines.editor", "Move the item up (Ctrl+Up)"),
            lambda: self.move_selected(-1),
        )
        self.down_button = button(
            translate("ui.routines.editor", "Down"),
            translate("ui.routines.editor", "Move the item down (Ctrl+Down)"),
            lambda: self.move_selected(1),
        )
        self.group_button = button(
            translate("ui.routines.editor", "Group as circuit…"),
            translate(
                "ui.routines.editor", "Do the selected items back to back for a number of rounds"
            ),
            self.group_selected,
        )
        self.ungroup_button = button(
            translate("ui.routines.editor", "Ungroup"),
            translate("ui.routines.editor", "Take the selected items out of their circuit"),
            self.ungroup_selected,
        )
        # Two rows, in reading order: in German or Spanish the six buttons on one row made the
        # tab wider than a 1200 px window.
        item_buttons = QVBoxLayout()
        for row_buttons in (
            (self.add_button, self.remove_button, self.up_button, self.down_button),
            (self.group_button, self.ungroup_button),
        ):
            row = QHBoxLayout()
            for b in row_buttons:
                row.addWidget(b)
            row.addStretch(1)
            item_buttons.addLayout(row)

        # The selected item's panel.
        self.panel = ItemPanel()
        self.panel.mode_edited.connect(self._mode_edited)
        self.panel.per_side_edited.connect(self._per_side_edited)
        self.panel.count_up_edited.connect(self._count_up_edited)
        self.panel.number_edited.connect(self._number_edited)
        self.panel.note_edited.connect(self._note_edited)
        item_scroll = QScrollArea()
        item_scroll.setWidgetResizable(True)
        item_scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Tab goes into the item's fields
        item_scroll.setWidget(self.panel)
        item_scroll.setMinimumWidth(340)

        table_side = column((self.items_view, 1), item_buttons)
        items_split = splitter((table_side, 3), (item_scroll, 2))

        # Bottom bar.
        self.status = QLabel()
        self.status.setObjectName("status")
        self.status.setWordWrap(True)
        self.undo_button = button(
            translate("ui.routines.editor", "Undo"),
            translate("ui.routines.editor", "Undo the last edit (Ctrl+Z)"),
            self.undo,
        )
        self.redo_button = button(
            translate("ui.routines.editor", "Redo"),
            translate("ui.routines.editor", "Redo (Ctrl+Shift+Z)"),
            self.redo,
        )
        self.revert_button = button(
            translate("ui.routines.editor", "Revert"),
            translate("ui.routines.editor", "Drop every unsaved change"),
            self.revert,
        )
        self.save_button = button(
            translate("ui.routines.editor", "Save"),
            translate("ui.routines.editor", "Save this routine (Ctrl+S)"),
            self.save_requested.emit,
        )
        bottom = QHBoxLayout()
        bottom.addWidget(self.status, 1)
        for b in (self.undo_button, self.redo_button, self.revert_button, self.save_button):
            bottom.addWidget(b)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(head_form)
        layout.addWidget(items_split, 1)
        layout.addLayout(bottom)
        self.render_all()

    # --- the draft -----------------------------------------------------------------------------

    def load(self, draft: RoutineDraft | None) -> None:
        """Edit `draft` as stored (a ready-made one in the language in use): no history,
        nothing pending."""
        if draft is not None:
            draft = shown_draft(draft)
        self.saved_draft = self.draft = draft
        self.undo_stack.clear()
        self.redo_stack.clear()
        self.pending.clear()
        self.problems = []
        self._coalesce = None
        self.render_all(select_item=0)

    @property
    def dirty(self) -> bool:
        return self.draft is not None and self.draft != self.saved_draft

    def ready_to_save(self) -> bool:
        """Whether the draft may be written; if not, says why next to the first problem."""
        if self.draft is None:
            return False
        if self.pending:
            (row, _field), message = next(iter(self.pending.items()))
            if row != WEEKLY:
                message = translate("ui.routines.editor", "Item {number}: {problem}").format(
                    number=row + 1, problem=message
                )
            self.refuse(message, row)
            return False
        problems = check_draft(self.draft)
        if problems:
            self.show_problems(problems)
            return False
        return True

    def show_problems(self, problems: Sequence[Problem]) -> None:
        """The save was refused for `problems`: mark them all, say the first."""
        self.problems = list(problems)
        first = problems[0]
        self.refuse(first.text(), first.item if first.item is not None else WEEKLY)

    def refuse(self, message: str, row: int) -> None:
        self._refusal = translate("ui.routines.editor", "Not saved: {problem}").format(
            problem=message
        )
        self.status.setText(self._refusal)
        theme.paint_text(self.status, "error")
        if row != WEEKLY and row not in self.selected_rows():
            self._select_item(row)
        self._render_problems()
        self._render_panel_errors()

    def _set_draft(
        self, draft: RoutineDraft, *, coalesce: Any = None, select: int | None = None
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
        self.problems = check_draft(draft)
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
        self.problems = check_draft(self.draft)
        row = self.selected_rows()
        self.render_all(select_item=row[0] if row else 0)

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
        draft = d.insert_item(self.draft, d.new_item(exercise))
        self._set_draft(draft, select=len(draft.items) - 1)
        self.status.setText(
            translate("ui.routines.editor", "Added {name}.").format(name=data_text(exercise.name))
        )

    def remove_selected(self) -> None:
        rows = self.selected_rows()
        if self.draft is None or not rows:
            return
        draft = self.draft
        for row in reversed(rows):
            draft = d.remove_item(draft, row)
        self._set_draft(draft, select=min(rows[0], len(draft.items) - 1))

    def move_selected(self, step: int) -> None:
        rows = self.selected_rows()
        if self.draft is None or len(rows) != 1:
            return
        self.move_item(rows[0], rows[0] + step)

    def move_item(self, from_row: int, to_row: int) -> None:
        if self.draft is None or not 0 <= to_row < len(self.draft.items) or from_row == to_row:
            return
        self._set_draft(d.move_item(self.draft, from_row, to_row), select=to_row)

    def group_selected(self) -> None:
        rows = self.selected_rows()
        if self.draft is None or not rows:
            return
        first, last = rows[0], rows[-1]
        rounds = routine_dialogs.ask_rounds(self, self.draft.items[first].rounds or 2)
        if rounds is None:
            return
        self._set_draft(d.group_circuit(self.draft, first, last, rounds), select=first)
        self._select_range(first, last)

    def ungroup_selected(self) -> None:
        rows = self.selected_rows()
        if self.draft is None or not rows:
            return
        first, last = rows[0], rows[-1]
        if first == last and (span := d.circuit_span(self.draft, first)):
            first, last = span
        self._set_draft(d.ungroup_circuit(self.draft, first, last), select=rows[0])

    def _select_range(self, first: int, last: int) -> None:
        selection = QItemSelection(
            self.items_model.index(first, 0), self.items_model.index(last, 0)
        )
        self.items_view.selectionModel().select(
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
        self._set_draft(d.with_item(self.draft, row, item), coalesce=coalesce)

    def _mode_edited(self, mode: str) -> None:
        row = self._current_item_row()
        if self._loading or self.draft is None or row is None:
            return
        item = d.change_mode(self.draft.items[row], mode)
        self.pending = {k: v for k, v in self.pending.items() if k[0] != row}
        self._set_draft(d.with_item(self.draft, row, item))
        self._render_panel()

    def _per_side_edited(self, checked: bool) -> None:
        row = self._current_item_row()
        if self._loading or self.draft is None or row is None:
            return
        self._edit_item(row, per_side=checked)

    def _count_up_edited(self, checked: bool) -> None:
        row = self._current_item_row()
        if self._loading or self.draft is None or row is None:
            return
        self._edit_item(row, count_up=checked)

    def _note_edited(self, text: str) -> None:
        row = self._current_item_row()
        if self._loading or self.draft is None or row is None:
            return
        self._edit_item(row, coalesce=(row, "note"), note=text)

    def _number_edited(self, key: str) -> None:
        row = self._current_item_row()
        if self._loading or self.draft is None or row is None:
            return
        item = self.draft.items[row]
        try:
            value = parse_field(item, key, self.panel.fields[key].edit.text(), self.weight_unit)
        except bounds.InputError as exc:
            self.pending[(row, key)] = field_problem(exc.field, exc.message)
            self.items_model.set_bad_rows(self._bad_rows())
            self._render_panel_errors()
            self._render_state()
            return
        self.pending.pop((row, key), None)
        if key == "rounds" and (span := d.circuit_span(self.draft, row)):
            items = list(self.draft.items)
            for i in range(span[0], span[1] + 1):
                items[i] = items[i].edited(rounds=value)
            self._set_draft(replace(self.draft, items=tuple(items)), coalesce=(row, key))
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

    def render_all(self, select_item: int | None = None) -> None:
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

    def _origin_text(self, draft: RoutineDraft) -> str:
        titles = self.source_titles
        if not draft.source:
            return ""
        title = data_text(titles.get(draft.source, draft.source))
        if draft.builtin:
            return translate(
                "ui.routines.editor",
                "Ready-made, from the article “{title}” ({file}). Saving creates your own copy; "
                "“Restore article version” undoes any change.",
            ).format(title=title, file=draft.source)
        return translate("ui.routines.editor", "Your copy of a routine from “{title}”.").format(
            title=title
        )

    def _render_items(self, select: int | None) -> None:
        self.items_model.set_items(self.draft.items if self.draft is not None else ())
        self.items_model.set_bad_rows(self._bad_rows())
        self._select_item(select)
        self._render_problems()
        self._item_selected()

    def _render_problems(self) -> None:
        by_field = {p.field: p for p in self.problems if p.item is None}
        name = by_field.get("name")
        self.name_error.setText(field_problem(label("name"), name.message) if name else "")
        week = by_field.get("sessions_per_week_min") or by_field.get("sessions_per_week_max")
        self.week_error.setText(field_problem(label(week.field), week.message) if week else "")
        self.items_model.set_bad_rows(self._bad_rows())

    def _item_selected(self) -> None:
        self._render_panel()
        self._render_state()

    def _render_panel(self) -> None:
        row = self._current_item_row()
        item: ItemDraft | None = None
        if self.draft is not None and row is not None:
            item = self.draft.items[row]
        if item is None or row is None:
            self.panel.show_nothing(several=len(self.selected_rows()) > 1)
        else:
            keep = frozenset(key for r, key in self.pending if r == row)
            self.panel.show_item(row, item, keep=keep, weight_unit=self.weight_unit)
        self._render_panel_errors()

    def _render_panel_errors(self) -> None:
        row = self._current_item_row()
        messages: dict[str, str] = {}
        if row is not None:
            for p in self.problems:
                if p.item == row:
                    messages.setdefault(p.field, field_problem(label(p.field), p.message))
            for (r, key), message in self.pending.items():
                if r == row:
                    messages[key] = message
        self.panel.show_errors(messages)

    def _render_state(self) -> None:
        draft = self.draft
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
        shown = self.status.text()
        refused = self._refusal is not None and shown == self._refusal
        if refused and not self.pending and not self.problems:
            refused = False
            self.status.clear()
        if dirty and not refused:
            builtin = draft is not None and draft.builtin
            theme.paint_text(self.status, None)
            self._unsaved = (
                translate("ui.routines.editor", "Unsaved changes: saving creates your own copy.")
                if builtin
                else translate("ui.routines.editor", "Unsaved changes.")
            )
            self.status.setText(self._unsaved)
        elif not dirty:
            theme.paint_text(self.status, None)
            if shown and shown in (self._unsaved, self._refusal):
                self.status.clear()
