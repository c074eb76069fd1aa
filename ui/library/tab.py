"""The Library tab: every exercise and activity from the articles, searchable and filterable,
and the person's own: new, edit (a copy for ready-made ones), duplicate, archive, merge."""

from __future__ import annotations

import html
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QItemSelectionModel, Qt, QUrl, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QCheckBox,
    QComboBox,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSizePolicy,
    QTableView,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from core.changes import Changes
from core.i18n import QT_TRANSLATE_NOOP, translate
from core.library.localized import data_text
from ui.base_tab import BaseTab
from ui.library import dialogs as library_dialogs
from ui.library.detail import detail_html, source_titles
from ui.library.models import (
    LibraryFilterProxy,
    LibraryTableModel,
    equipment_label,
    impact_label,
    mode_label,
    muscle_label,
    no_equipment_text,
)
from ui.library.views import ArrowsToView
from ui.models import ROW_ROLE
from ui.widgets.elided_tips import ElidedTips
from ui.widgets.layout import column, splitter, unseen_label

if TYPE_CHECKING:
    from ui.library.editor import ExerciseEditor

NAME_COLUMN = 0
PRESCRIPTION_COLUMN = 3
IMPACT_COLUMN = 4
# the filters above the list: (field, its first choice, its name for a screen reader), marked
# here and translated when the tab is built
FILTER_LABELS = (
    (
        "muscle",
        QT_TRANSLATE_NOOP("ui.library.tab", "Muscle: any"),
        QT_TRANSLATE_NOOP("ui.library.tab", "Muscle filter"),
    ),
    (
        "equipment",
        QT_TRANSLATE_NOOP("ui.library.tab", "Equipment: any"),
        QT_TRANSLATE_NOOP("ui.library.tab", "Equipment filter"),
    ),
    (
        "mode",
        QT_TRANSLATE_NOOP("ui.library.tab", "Mode: any"),
        QT_TRANSLATE_NOOP("ui.library.tab", "Mode filter"),
    ),
    (
        "impact",
        QT_TRANSLATE_NOOP("ui.library.tab", "Impact: any"),
        QT_TRANSLATE_NOOP("ui.library.tab", "Impact filter"),
    ),
    (
        "source",
        QT_TRANSLATE_NOOP("ui.library.tab", "Article: any"),
        QT_TRANSLATE_NOOP("ui.library.tab", "Article filter"),
    ),
)
__all__ = ["LibraryTab", "detail_html", "source_titles"]


class LibraryTab(BaseTab):
    title = "Library"
    exercise_selected = Signal(str)  # slug

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = LibraryTableModel(self)
        self.proxy = LibraryFilterProxy(self)
        self.proxy.setSourceModel(self.model)

        self.search = QLineEdit()
        self.search.setPlaceholderText(
            translate("ui.library.tab", "Search exercises (name, muscle, equipment)…")
        )
        self.search.setClearButtonEnabled(True)
        self.search.setAccessibleName(translate("ui.library.tab", "Search exercises"))
        self.search.setAccessibleDescription(
            translate(
                "ui.library.tab", "By name, muscle or equipment; Up and Down move in the list"
            )
        )
        self.search.textChanged.connect(self.proxy.set_search)
        self.search.textChanged.connect(lambda _t: self._ensure_selection())

        self.filters: dict[str, QComboBox] = {}
        filter_row = QHBoxLayout()
        for field, any_text, _name in FILTER_LABELS:
            combo = QComboBox()
            combo.setObjectName(f"filter_{field}")
            combo.addItem(translate("ui.library.tab", any_text), None)
            combo.currentIndexChanged.connect(lambda _i, f=field: self._filter_changed(f))
            # the filters share the row (a chosen "Muscle: hamstrings" in French or German is
            # long): sized from a few characters and widened by the row, never by the choice,
            # so choosing one never pushes the tab past the window
            combo.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
            )
            combo.setMinimumContentsLength(10)
            combo.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
            self.filters[field] = combo
            filter_row.addWidget(combo)
        self.clear_button = QPushButton(translate("ui.library.tab", "Clear"))
        self.clear_button.setToolTip(
            translate("ui.library.tab", "Clear the search and every filter")
        )
        self.clear_button.clicked.connect(self.clear_filters)
        self.archived_check = QCheckBox(translate("ui.library.tab", "Show &archived"))
        self.archived_check.setToolTip(
            translate("ui.library.tab", "List your archived exercises too")
        )
        self.archived_check.toggled.connect(self._archived_toggled)
        # Clear and Show archived sit beside the search, the filters get a row of their own:
        # in German or French the five filters and the two would not fit one row at 1200 px
        search_row = QHBoxLayout()
        search_row.addWidget(self.search, 1)
        search_row.addWidget(self.clear_button)
        search_row.addWidget(self.archived_check)

        self.new_button = QPushButton(translate("ui.library.tab", "&New…"))
        self.new_button.setToolTip(
            translate("ui.library.tab", "A new exercise of your own (Ctrl+N)")
        )
        self.new_button.clicked.connect(self.new_exercise)
        self.edit_button = QPushButton(translate("ui.library.tab", "&Edit…"))
        self.edit_button.clicked.connect(self.edit_current)
        self.duplicate_button = QPushButton(translate("ui.library.tab", "&Duplicate"))
        self.duplicate_button.setToolTip(
            translate("ui.library.tab", "Your own copy of this exercise (Ctrl+D)")
        )
        self.duplicate_button.clicked.connect(self.duplicate_current)
        self.archive_button = QPushButton(translate("ui.library.tab", "Arc&hive"))
        self.archive_button.clicked.connect(self.toggle_archived)
        self.merge_button = QPushButton(translate("ui.library.tab", "&Merge into…"))
        self.merge_button.setToolTip(
            translate(
                "ui.library.tab",
                "Move this exercise's logged sets, routine items and import names onto another "
                "exercise, then remove it",
            )
        )
        self.merge_button.clicked.connect(self.merge_current)
        action_row = QHBoxLayout()
        for button in (
            self.new_button,
            self.edit_button,
            self.duplicate_button,
            self.archive_button,
            self.merge_button,
        ):
            action_row.addWidget(button)
        action_row.addStretch(1)
        self.editor: ExerciseEditor | None = None
        self._focus_before: QWidget | None = None

        self.view = QTableView()
        self.view.setAccessibleName(translate("ui.library.tab", "Exercises"))
        self.view.setTabKeyNavigation(False)  # Tab leaves the list (arrows move in it)
        self.view.setModel(self.proxy)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setSortingEnabled(True)
        self.view.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        self.view.verticalHeader().hide()
        self.view.setAlternatingRowColors(True)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setWordWrap(False)
        self.view.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 10)
        header = self.view.horizontalHeader()
        # Columns sized from their content; the long Prescription takes the room left over
        # (elided, the full text in a tooltip), so Equipment stays on screen at 1280x800.
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(PRESCRIPTION_COLUMN, QHeaderView.ResizeMode.Stretch)
        # the name shares that room: German and French names are long enough to push
        # Equipment off screen otherwise (elided names are whole in their tooltip)
        header.setSectionResizeMode(NAME_COLUMN, QHeaderView.ResizeMode.Stretch)
        header.setStretchLastSection(False)
        impact_header = str(self.model.headerData(IMPACT_COLUMN, Qt.Orientation.Horizontal))
        header.setMinimumSectionSize(self.fontMetrics().horizontalAdvance(impact_header) + 24)
        header.setResizeContentsPrecision(100)
        self.view.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.view.viewport().installEventFilter(ElidedTips(self.view))
        self.view.selectionModel().currentRowChanged.connect(lambda *_: self._show_current())
        self.search.installEventFilter(ArrowsToView(self.view))

        self.count_label = QLabel()
        # the count and the note on '*' run long in German and French: they wrap rather than
        # widen the pane past the window
        self.count_label.setWordWrap(True)
        self.detail = QTextBrowser()
        self.detail.setAccessibleName(translate("ui.library.tab", "Exercise details"))
        self.detail.setOpenLinks(False)
        self.detail.anchorClicked.connect(self._link_clicked)
        self.detail.setMinimumWidth(360)

        left = column(search_row, filter_row, (self.view, 1), action_row, self.count_label)
        for field, _any, name in FILTER_LABELS:
            unseen_label(self.filters[field], translate("ui.library.tab", name))
        layout = QVBoxLayout(self)
        layout.addWidget(splitter((left, 3), (self.detail, 2)))
        # Tab follows reading order: the search row, then the filters
        QWidget.setTabOrder(self.search, self.clear_button)
        QWidget.setTabOrder(self.clear_button, self.archived_check)
        previous: QWidget = self.archived_check
        for combo in self.filters.values():
            QWidget.setTabOrder(previous, combo)
            previous = combo
        self.proxy.rowsInserted.connect(self._update_count)
        self.proxy.rowsRemoved.connect(self._update_count)
        self.proxy.modelReset.connect(self._update_count)
        self.proxy.layoutChanged.connect(self._update_count)
        self.setFocusProxy(self.search)
        for keys, slot in (
            ("Ctrl+N", self.new_exercise),
            ("F2", self.edit_current),
            ("Ctrl+D", self.duplicate_current),
        ):
            shortcut = QShortcut(QKeySequence(keys), self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(slot)
        self.view.activated.connect(lambda _i: self.edit_current())
        self._update_actions()

    # --- data ------------------------------------------------------------------------------

    def is_affected_by(self, changes: Changes) -> bool:
        return changes.library

    def refresh(self) -> None:
        from core.library.queries import list_exercises
        from core.library.rows import exercise_to_json

        current = self.current_slug()
        rows = self.ops.read(
            lambda s: [
                exercise_to_json(r) for r in list_exercises(session=s, include_archived=True)
            ]
        )
        self.set_entries(rows)
        if current:
            self.select_slug(current)

    def set_entries(self, entries: list[dict[str, Any]]) -> None:
        self._names = {e["slug"]: e["name"] for e in entries}
        self.model.set_rows(entries)
        self._fill_filters(entries)
        self._update_count()
        self._ensure_selection()

    def _fill_filters(self, entries: list[dict[str, Any]]) -> None:
        titles = source_titles()

        def by_label(pairs: set[tuple[str, str]]) -> list[tuple[str, str]]:
            return sorted(pairs, key=lambda pair: (pair[1].casefold(), pair[0]))

        # (stored value, what the choice reads), in the order the combo lists them
        values: dict[str, list[tuple[str, str]]] = {
            "muscle": by_label({(m, muscle_label(m)) for e in entries for m in e["muscles"]}),
            "equipment": [("none", no_equipment_text())]
            + by_label({(q, equipment_label(q)) for e in entries for q in e["equipment"]}),
            "mode": by_label({(e["mode"], mode_label(e["mode"])) for e in entries}),
            "impact": [
                (v, impact_label(v))
                for v in ("low", "medium", "high")
                if any(e.get("impact") == v for e in entries)
            ],
            "source": sorted(
                {(s, data_text(titles.get(s, s))) for e in entries for s in e["sources"]}
            ),
        }
        for field, combo in self.filters.items():
            chosen = combo.currentData()
            combo.blockSignals(True)
            while combo.count() > 1:
                combo.removeItem(1)
            for value, label in values[field]:
                combo.addItem(label, value)
            index = combo.findData(chosen) if chosen else 0
            combo.setCurrentIndex(max(index, 0))
            combo.blockSignals(False)

    # --- interaction ------------------------------------------------------------------------

    def _filter_changed(self, field: str) -> None:
        self.proxy.set_filter(field, self.filters[field].currentData())
        self._ensure_selection()

    def set_filter(self, field: str, value: str | None) -> None:
        combo = self.filters[field]
        combo.setCurrentIndex(max(combo.findData(value), 0) if value else 0)

    def clear_filters(self) -> None:
        self.search.clear()
        for combo in self.filters.values():
            combo.setCurrentIndex(0)

    def visible_slugs(self) -> list[str]:
        return [
            self.proxy.data(self.proxy.index(r, 0), ROW_ROLE)["slug"]
            for r in range(self.proxy.rowCount())
        ]

    def current_slug(self) -> str | None:
        index = self.view.currentIndex()
        if not index.isValid():
            return None
        return self.proxy.data(index, ROW_ROLE)["slug"]

    def select_slug(self, slug: str) -> bool:
        """Select an entry, clearing filters that hide it. Returns False if it does not exist."""
        row = self.model.row_of_slug(slug)
        if row is None:
            return False
        proxy_index = self.proxy.mapFromSource(self.model.index(row, 0))
        if not proxy_index.isValid():
            self.clear_filters()
            proxy_index = self.proxy.mapFromSource(self.model.index(row, 0))
        self.view.selectionModel().setCurrentIndex(
            proxy_index,
            QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows,
        )
        self.view.scrollTo(proxy_index)
        return True

    def _ensure_selection(self) -> None:
        if self.proxy.rowCount() == 0:
            said = translate("ui.library.tab", "No exercise matches the search and filters.")
            self.detail.setHtml(f"<p>{html.escape(said)}</p>")
            self._update_actions()
            return
        if not self.view.currentIndex().isValid():
            self.view.selectionModel().setCurrentIndex(
                self.proxy.index(0, 0),
                QItemSelectionModel.SelectionFlag.ClearAndSelect
                | QItemSelectionModel.SelectionFlag.Rows,
            )
        self._show_current()

    def _show_current(self) -> None:
        index = self.view.currentIndex()
        if not index.isValid():
            return
        entry = self.proxy.data(index, ROW_ROLE)
        self.detail.setHtml(detail_html(entry, self._names))
        self._update_actions()
        self.exercise_selected.emit(entry["slug"])

    def _link_clicked(self, url: QUrl) -> None:
        text = url.toString()
        if text.startswith("exercise:"):
            self.select_slug(text.removeprefix("exercise:"))

    def _update_count(self, *_args: Any) -> None:
        # (the count is a name: lupdate skips a call whose count argument has a call in it)
        total = self.model.rowCount()
        self.count_label.setText(
            translate(
                "ui.library.tab",
                "{shown} of %n entries  ·  * marks our default where the articles give no number",
                None,
                total,
            ).format(shown=self.proxy.rowCount())
        )

    # --- the person's own exercises ---------------------------------------------------------

    def current_entry(self) -> dict[str, Any] | None:
        index = self.view.currentIndex()
        return self.proxy.data(index, ROW_ROLE) if index.isValid() else None

    def _archived_toggled(self, shown: bool) -> None:
        self.proxy.set_show_archived(shown)
        self._ensure_selection()

    def _update_actions(self) -> None:
        entry = self.current_entry()
        own = entry is not None and not entry.get("builtin", True)
        self.edit_button.setEnabled(entry is not None)
        self.duplicate_button.setEnabled(entry is not None)
        if entry is not None and entry.get("builtin", True):
            self.edit_button.setText(translate("ui.library.tab", "Make my &copy…"))
            self.edit_button.setToolTip(
                translate(
                    "ui.library.tab",
                    "Ready-made exercises stay as the article gives them: edit your own copy (F2)",
                )
            )
        else:
            self.edit_button.setText(translate("ui.library.tab", "&Edit…"))
            self.edit_button.setToolTip(
                translate("ui.library.tab", "Edit this exercise (F2, or Enter in the list)")
            )
        self.archive_button.setEnabled(own)
        archived = bool(entry and entry.get("archived"))
        self.archive_button.setText(
            translate("ui.library.tab", "Unarc&hive")
            if archived
            else translate("ui.library.tab", "Arc&hive")
        )
        self.archive_button.setToolTip(
            translate("ui.library.tab", "Bring it back into the pickers")
            if archived
            else translate("ui.library.tab", "Hide it from the pickers; its history is kept")
            if own
            else translate("ui.library.tab", "Only your own exercises can be archived")
        )
        self.merge_button.setEnabled(own)

    def _row(self, slug: str) -> Any:
        from core.library.queries import get_exercise

        return self.ops.read(lambda s: get_exercise(slug, session=s))

    def new_exercise(self) -> None:
        self._open_editor(None)

    def edit_current(self) -> None:
        entry = self.current_entry()
        if entry is not None:
            self._open_editor(entry["slug"])

    def _open_editor(self, slug: str | None) -> None:
        if self.db is None or (self.editor is not None and self.editor.isVisible()):
            return
        row = self._row(slug) if slug is not None else None
        self._focus_before = QApplication.focusWidget()
        # imported here: the editor pulls in SQLAlchemy, and this tab is built before the
        # first paint
        from ui.library.editor import ExerciseEditor

        editor = ExerciseEditor(self.ops, row, initiator=self, parent=self)
        editor.finished.connect(lambda result, e=editor: self._editor_closed(e, result))
        self.editor = editor
        editor.open()

    def _editor_closed(self, editor: ExerciseEditor, result: int) -> None:
        # The window gets its focus back where the person was (or on the saved exercise).
        self.window().activateWindow()
        if result == QDialog.DialogCode.Accepted and editor.saved is not None:
            self._show_saved(editor.saved.slug)
        elif self._focus_before is not None and self.isAncestorOf(self._focus_before):
            self._focus_before.setFocus()
        if self.editor is editor:
            self.editor = None
        editor.deleteLater()

    def _show_saved(self, slug: str) -> None:
        self.refresh_now()
        self.select_slug(slug)
        self.view.setFocus()

    def duplicate_current(self) -> None:
        from core.library.custom import duplicate_exercise

        entry = self.current_entry()
        if entry is None:
            return
        slug = entry["slug"]
        result = self.ops.write(lambda s: duplicate_exercise(slug, session=s), initiator=self)
        if result is not None:
            self._show_saved(result.value.slug)

    def toggle_archived(self) -> None:
        from core.library.custom import set_archived

        entry = self.current_entry()
        if entry is None or entry.get("builtin", True):
            return
        slug, archived = entry["slug"], not entry.get("archived")
        result = self.ops.write(lambda s: set_archived(slug, archived, session=s), initiator=self)
        if result is None:
            return
        if archived and not self.archived_check.isChecked():
            self.refresh_now()
            self._ensure_selection()
        else:
            self._show_saved(slug)

    def merge_current(self) -> None:
        from core.library.custom import merge_exercise
        from core.library.queries import list_exercises

        entry = self.current_entry()
        if entry is None or entry.get("builtin", True):
            return
        slug, name = entry["slug"], data_text(entry["name"])
        choices = [r for r in self.ops.read(lambda s: list_exercises(session=s)) if r.slug != slug]
        target = library_dialogs.pick_merge_target(self, name, choices)
        if target is None:
            return
        target_name = data_text(next(r.name for r in choices if r.slug == target))
        if not library_dialogs.confirm_merge(self, name, target_name):
            return
        result = self.ops.write(lambda s: merge_exercise(slug, target, session=s), initiator=self)
        if result is None:
            return
        merged = result.value
        self._show_saved(target)
        # (each message in a statement of its own: lupdate skips one nested in another's call)
        sets_moved, items_moved = merged.sets_moved, merged.items_moved
        sets = translate("ui.library.tab", "%n logged set(s)", None, sets_moved)
        items = translate("ui.library.tab", "%n routine item(s)", None, items_moved)
        said = translate(
            "ui.library.tab", "Merged “{name}” into this exercise: {sets} and {items} moved."
        ).format(name=name, sets=sets, items=items)
        self.detail.append(f"<p><i>{html.escape(said)}</i></p>")
