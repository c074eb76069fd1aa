"""The Routines tab: the articles' ready-made routines and the user's own, with an editor.

Left: the routine list (New, Rename, Duplicate, Delete, Restore article version). Right: the
selected routine in the editor (ui.routines.editor). Every write goes through `self.ops`, so it
runs in one transaction and every other tab hears of it; Save writes the whole draft, or
nothing.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

from PySide6.QtCore import QItemSelectionModel, QModelIndex, QSignalBlocker, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QTableView,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.orm import Session

from core.changes import Changes, Outcome
from core.i18n import translate
from core.library.localized import data_text
from core.library.queries import list_exercises
from core.library.rows import ExerciseRow
from core.routines import service as routines
from core.routines.drafts import draft_from_row
from core.routines.rows import RoutineRow
from core.routines.validation import RoutineValidationError
from core.store.settings import load_settings
from ui import dialogs
from ui.base_tab import BaseTab
from ui.routines.editor import RoutineEditor, button
from ui.routines.models import RoutineListModel
from ui.widgets.layout import splitter

_SELECT = QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows


class RoutinesTab(BaseTab):
    title = "Routines"

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.rows: list[RoutineRow] = []
        self.current: RoutineRow | None = None
        self._build()

    # --- construction --------------------------------------------------------------------------

    def _build(self) -> None:
        self.list_model = RoutineListModel(self)
        self.list_view = QTableView()
        self.list_view.setObjectName("routine_list")
        self.list_view.setAccessibleName(translate("ui.routines.tab", "Routines"))
        self.list_view.setTabKeyNavigation(False)  # Tab leaves the list (arrows move in it)
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

        self.new_button = button(
            translate("ui.routines.tab", "New…"),
            translate("ui.routines.tab", "Create an empty routine of your own"),
            self.new_routine,
        )
        self.rename_button = button(
            translate("ui.routines.tab", "Rename…"),
            translate("ui.routines.tab", "Rename this routine"),
            self.rename_routine,
        )
        self.duplicate_button = button(
            translate("ui.routines.tab", "Duplicate"),
            translate("ui.routines.tab", "Make your own copy of this routine"),
            self.duplicate_routine,
        )
        self.delete_button = button(
            translate("ui.routines.tab", "Delete…"),
            translate("ui.routines.tab", "Delete this routine (workouts done with it are kept)"),
            self.delete_routine,
        )
        self.restore_button = button(
            translate("ui.routines.tab", "Restore article version"),
            translate(
                "ui.routines.tab",
                "Put this ready-made routine back exactly as the article gives it",
            ),
            self.restore_routine,
        )
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        heading = "<b>{}</b>".format(translate("ui.routines.tab", "Routines"))
        left_layout.addWidget(QLabel(heading))
        left_layout.addWidget(self.list_view, 1)
        row1 = QHBoxLayout()
        for b in (self.new_button, self.rename_button, self.duplicate_button):
            row1.addWidget(b)
        row2 = QHBoxLayout()
        row2.addWidget(self.delete_button)
        row2.addWidget(self.restore_button)
        left_layout.addLayout(row1)
        left_layout.addLayout(row2)

        self.editor = RoutineEditor()
        self.editor.save_requested.connect(self.save)

        layout = QVBoxLayout(self)
        layout.addWidget(splitter((left, 1), (self.editor, 3), sizes=[300, 960]))

        for keys, slot in (
            (QKeySequence.StandardKey.Save, self.save),
            ("Ctrl+Z", self.editor.undo),
            ("Ctrl+Shift+Z", self.editor.redo),
            ("Ctrl+E", self.editor.add_exercise),
        ):
            shortcut = QShortcut(QKeySequence(keys), self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(slot)
        self._render_list_buttons()

    # --- loading -------------------------------------------------------------------------------

    def is_affected_by(self, changes: Changes) -> bool:
        return changes.routines or changes.library or changes.settings

    def refresh(self) -> None:
        def read(s: Session) -> tuple[list[ExerciseRow], list[RoutineRow], str]:
            weight_unit = load_settings(session=s).weight_unit
            return list_exercises(session=s), routines.list_routines(session=s), weight_unit

        self.editor.exercises, rows, weight_unit = self.ops.read(read)
        try:
            from ui.library.tab import source_titles

            titles = source_titles()
        except Exception:  # titles are a nicety; the file name is shown without them
            titles = {}
        self.list_model.source_titles = self.editor.source_titles = titles
        self.editor.weight_unit = self.editor.items_model.weight_unit = weight_unit
        keep = self.current.id if self.current is not None else None
        self._set_rows(rows, keep)
        fresh = next((row for row in rows if row.id == keep), None)
        if fresh is None:
            self._show_routine(rows[0] if rows else None)
        elif not self.dirty:
            self._show_routine(fresh)
        else:
            self.current = fresh
            self.editor.render_all()
            self._render_list_buttons()

    def _set_rows(self, rows: list[RoutineRow], select_id: int | None) -> None:
        self.rows = rows
        with QSignalBlocker(self.list_view.selectionModel()):
            self.list_model.set_rows(rows)
            row = self.list_model.row_of_id(select_id) if select_id is not None else None
            if row is None and rows:
                row = 0
            if row is not None:
                self.list_view.selectionModel().setCurrentIndex(
                    self.list_model.index(row, 0), _SELECT
                )
        self.list_view.viewport().update()

    def _reload(self, select_id: int | None) -> None:
        """Re-read the list and show `select_id` as stored (drops the draft)."""
        rows = self.ops.read(lambda s: routines.list_routines(session=s))
        self._set_rows(rows, select_id)
        row = next((x for x in rows if x.id == select_id), rows[0] if rows else None)
        self._show_routine(row)

    def _show_routine(self, row: RoutineRow | None) -> None:
        self.current = row
        self.editor.load(draft_from_row(row) if row is not None else None)
        self._render_list_buttons()

    def _render_list_buttons(self) -> None:
        current = self.current
        builtin = current is not None and current.builtin
        self.rename_button.setEnabled(current is not None and not builtin)
        self.delete_button.setEnabled(current is not None and not builtin)
        self.duplicate_button.setEnabled(current is not None)
        self.restore_button.setEnabled(builtin)

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
                        self.list_model.index(back, 0), _SELECT
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
        self.list_view.selectionModel().setCurrentIndex(self.list_model.index(row, 0), _SELECT)
        return self.current is not None and self.current.id == routine_id

    @property
    def dirty(self) -> bool:
        return self.editor.dirty

    def confirm_leave(self) -> bool:
        """True if the draft may be left: nothing unsaved, or saved, or discarded by the person."""
        editor = self.editor
        if not editor.dirty and not editor.pending:
            return True
        assert editor.draft is not None
        answer = dialogs.unsaved_changes(
            self, data_text(editor.draft.name) or translate("ui.routines.tab", "This routine")
        )
        if answer == "save":
            return self.save()
        if answer == "discard":
            editor.revert()
            return True
        return False

    def maybe_close(self) -> bool:
        """For the main window's close: False if the person chose to stay."""
        return self.confirm_leave()

    # --- writes --------------------------------------------------------------------------------

    def _write(
        self,
        work: Callable[[Session], Outcome[RoutineRow]],
        said: Callable[[RoutineRow], str] | None = None,
    ) -> RoutineRow | None:
        """Run one write (a refusal is shown in one dialog), then show the stored routine and
        what `said` words about it. The stored row, or None."""
        outcome = self.ops.write(work, initiator=self, on_error=self._show_error)
        if outcome is None:
            return None
        self._reload(outcome.value.id)
        if said is not None:
            self.editor.status.setText(said(outcome.value))
        return outcome.value

    def _show_error(self, exc: Exception) -> None:
        if isinstance(exc, RoutineValidationError):
            dialogs.show_error(
                self,
                translate("ui.routines.tab", "Routine"),
                "\n".join(p.text() for p in exc.problems),
            )
        else:
            dialogs.show_error(self, translate("ui.routines.tab", "Routine"), str(exc))

    def new_routine(self) -> None:
        if self.db is None or not self.confirm_leave():
            return
        # the suggested name is the person's own routine's: in their language
        base = translate("ui.routines.tab", "My routine")
        suggestion = self.ops.read(lambda s: routines.unique_name(s, base))
        name = dialogs.ask_text(
            self,
            translate("ui.routines.tab", "New routine"),
            translate("ui.routines.tab", "Name of the new routine:"),
            suggestion,
        )
        if name is None:
            return
        self._write(
            lambda s: routines.create_routine(name, session=s),
            lambda row: translate(
                "ui.routines.tab", "Created “{name}”. Add exercises, then Save."
            ).format(name=row.name),
        )

    def rename_routine(self) -> None:
        draft, saved = self.editor.draft, self.editor.saved_draft
        if self.current is None or self.current.builtin or draft is None:
            return
        name = dialogs.ask_text(
            self,
            translate("ui.routines.tab", "Rename routine"),
            translate("ui.routines.tab", "New name:"),
            self.current.name,
        )
        if name is None:
            return
        routine_id = self.current.id
        row = self._write(lambda s: routines.rename_routine(routine_id, name, session=s))
        if row is None:
            return
        if draft != saved and self.editor.saved_draft is not None:  # keep the unsaved edits
            self.editor.draft = replace(draft, name=row.name)
            self.editor.render_all()

    def duplicate_routine(self) -> None:
        if self.current is None or not self.confirm_leave():
            return
        routine_id = self.current.id
        self._write(
            lambda s: routines.duplicate_routine(routine_id, session=s),
            lambda row: translate("ui.routines.tab", "Made “{name}”.").format(
                name=data_text(row.name)
            ),
        )

    def delete_routine(self) -> None:
        if self.current is None or self.current.builtin:
            return
        if not dialogs.confirm_delete(self, data_text(self.current.name)):
            return
        index = self.list_model.row_of_id(self.current.id) or 0
        routine_id, name = self.current.id, self.current.name
        changes = self.ops.write(
            lambda s: routines.delete_routine(routine_id, session=s),
            initiator=self,
            on_error=self._show_error,
        )
        if changes is None:
            return
        rows = [row for row in self.rows if row.id != routine_id]
        next_id = rows[min(index, len(rows) - 1)].id if rows else None
        self._reload(next_id)
        self.editor.status.setText(
            translate(
                "ui.routines.tab", "Deleted “{name}”. Workouts done with it are kept."
            ).format(name=data_text(name))
        )

    def restore_routine(self) -> None:
        if self.current is None or self.current.builtin_key is None:
            return
        if self.dirty and not dialogs.confirm(
            self,
            translate("ui.routines.tab", "Restore"),
            translate(
                "ui.routines.tab", "Drop your unsaved changes and restore the article's version?"
            ),
            translate("ui.routines.tab", "Restore"),
        ):
            return
        key = self.current.builtin_key
        self._write(
            lambda s: routines.restore_builtin(key, session=s),
            lambda row: translate("ui.routines.tab", "“{name}” is as the article gives it.").format(
                name=data_text(row.name)
            ),
        )

    def save(self) -> bool:
        """Save the whole draft, or nothing. Returns True when saved."""
        editor = self.editor
        if self.db is None or editor.draft is None or not editor.ready_to_save():
            return False
        draft = editor.draft
        refused: list[Exception] = []
        outcome = self.ops.write(
            lambda s: routines.save_routine(draft, session=s),
            initiator=self,
            on_error=refused.append,
        )
        if outcome is None:
            if refused and isinstance(refused[0], RoutineValidationError):
                editor.show_problems(refused[0].problems)
            elif refused:
                dialogs.show_error(self, translate("ui.routines.tab", "Routine"), str(refused[0]))
            return False
        saved = outcome.value
        copy = self.current is not None and saved.id != self.current.id
        self._reload(saved.id)
        name = data_text(saved.name)
        editor.status.setText(
            translate(
                "ui.routines.tab",
                "Saved as your own copy “{name}”; the ready-made one is unchanged.",
            ).format(name=name)
            if copy
            else translate("ui.routines.tab", "Saved “{name}”.").format(name=name)
        )
        return True
