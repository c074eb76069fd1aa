"""The Library tab: every exercise and activity from the articles, searchable and filterable."""

from __future__ import annotations

import html
from typing import Any

from PySide6.QtCore import QEvent, QItemSelectionModel, QObject, Qt, QUrl, Signal
from PySide6.QtGui import QHelpEvent, QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QTextBrowser,
    QToolTip,
    QVBoxLayout,
    QWidget,
)

from core.changes import Changes
from core.formatting import duration_text
from ui.base_tab import BaseTab
from ui.library.models import LibraryFilterProxy, LibraryTableModel
from ui.models import ROW_ROLE
from ui.widgets.layout import column, splitter

FIELD_LABELS = {
    "sets": "Sets",
    "reps_min": "Reps (min)",
    "reps_max": "Reps (max)",
    "hold_seconds": "Hold per rep",
    "rest_seconds": "Rest between sets",
    "duration_minutes": "Duration",
    "sessions_per_week_min": "Sessions a week (min)",
    "sessions_per_week_max": "Sessions a week (max)",
}


def _value_text(field: str, value: Any) -> str:
    if field in ("hold_seconds", "rest_seconds"):
        return duration_text(value)
    if field == "duration_minutes":
        return f"{value} min"
    return str(value)


def source_titles() -> dict[str, str]:
    # Imported on first use: tomllib/sqlite3/hashlib are not needed for the first paint.
    from core.store.quick_read import source_titles as titles

    return titles()


def detail_html(entry: dict[str, Any], names_by_slug: dict[str, str]) -> str:
    """The detail pane: instructions, prescription (article vs ours), cautions, variations."""
    esc = html.escape
    defaults = set(entry["defaults"])
    parts = [f"<h2>{esc(entry['name'])}</h2>"]
    if entry.get("summary"):
        parts.append(f"<p><i>{esc(entry['summary'])}</i></p>")
    facts = [entry["kind"].capitalize(), entry["mode"]]
    if entry["per_side"]:
        facts.append("each side in turn")
    if entry.get("impact"):
        facts.append(f"{entry['impact']} impact")
    parts.append(f"<p>{esc(' · '.join(facts))}</p>")

    rows = []
    for field, label in FIELD_LABELS.items():
        value = entry.get(field)
        if value is None:
            continue
        origin = (
            "<span style='color:#b26a00'>our default</span>"
            if field in defaults
            else "<span style='color:#2e7d32'>from the article</span>"
        )
        rows.append(
            f"<tr><td>{esc(label)}</td><td><b>{_value_text(field, value)}</b></td>"
            f"<td>{origin}</td></tr>"
        )
    if rows:
        parts.append("<h3>Prescription</h3><table cellspacing='0' cellpadding='3'>")
        parts.extend(rows)
        parts.append("</table>")
    if entry["instructions"]:
        parts.append("<h3>How to do it</h3><ol>")
        parts.extend(f"<li>{esc(step)}</li>" for step in entry["instructions"])
        parts.append("</ol>")
    if entry["cautions"]:
        parts.append("<h3>Cautions</h3><ul>")
        parts.extend(f"<li>{esc(c)}</li>" for c in entry["cautions"])
        parts.append("</ul>")
    if entry["equipment"]:
        parts.append(f"<p><b>Equipment:</b> {esc(', '.join(entry['equipment']))}</p>")
    else:
        parts.append("<p><b>Equipment:</b> none</p>")
    if entry["muscles"]:
        parts.append(f"<p><b>Muscles:</b> {esc(', '.join(entry['muscles']))}</p>")
    if entry["variations"]:
        links = ", ".join(
            f"<a href='exercise:{esc(slug)}'>{esc(names_by_slug.get(slug, slug))}</a>"
            for slug in entry["variations"]
        )
        parts.append(f"<p><b>Variations:</b> {links}</p>")
    titles = source_titles()
    if entry["sources"]:
        parts.append("<h3>Source</h3><ul>")
        parts.extend(
            f"<li>{esc(titles.get(s, s))} <small>({esc(s)})</small></li>" for s in entry["sources"]
        )
        parts.append("</ul>")
    elif not entry.get("builtin", True):
        parts.append("<p><i>Your own exercise (not from the articles).</i></p>")
    return "\n".join(parts)


PRESCRIPTION_COLUMN = 3


class _ElidedTips(QObject):
    """A tooltip with a cell's full text when the column is too narrow to show all of it."""

    def __init__(self, view: QTableView) -> None:
        super().__init__(view)
        self._view = view

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() != QEvent.Type.ToolTip or not isinstance(event, QHelpEvent):
            return False
        index = self._view.indexAt(event.pos())
        text = index.data() if index.isValid() else None
        if not isinstance(text, str) or not text:
            return False
        needed = self._view.fontMetrics().horizontalAdvance(text) + 8
        if needed > self._view.visualRect(index).width():
            QToolTip.showText(event.globalPos(), text, self._view)
        else:
            QToolTip.hideText()
        return True


class _ArrowsToView(QObject):
    """Up/Down/PageUp/PageDown typed in the search box move the selection in the list."""

    KEYS = {Qt.Key.Key_Up, Qt.Key.Key_Down, Qt.Key.Key_PageUp, Qt.Key.Key_PageDown}

    def __init__(self, view: QTableView) -> None:
        super().__init__(view)
        self._view = view

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() in self.KEYS
        ):
            self._view.setFocus()
            self._view.keyPressEvent(event)
            watched.setFocus()  # type: ignore[attr-defined]
            return True
        return False


class LibraryTab(BaseTab):
    title = "Library"
    exercise_selected = Signal(str)  # slug

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = LibraryTableModel(self)
        self.proxy = LibraryFilterProxy(self)
        self.proxy.setSourceModel(self.model)

        self.search = QLineEdit()
        self.search.setPlaceholderText("Search exercises (name, muscle, equipment)…")
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(self.proxy.set_search)
        self.search.textChanged.connect(lambda _t: self._ensure_selection())

        self.filters: dict[str, QComboBox] = {}
        filter_row = QHBoxLayout()
        for field, label in (
            ("muscle", "Muscle"),
            ("equipment", "Equipment"),
            ("mode", "Mode"),
            ("impact", "Impact"),
            ("source", "Article"),
        ):
            combo = QComboBox()
            combo.setObjectName(f"filter_{field}")
            combo.addItem(f"{label}: any", None)
            combo.currentIndexChanged.connect(lambda _i, f=field: self._filter_changed(f))
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
            self.filters[field] = combo
            filter_row.addWidget(combo)
        self.clear_button = QPushButton("Clear")
        self.clear_button.setToolTip("Clear the search and every filter")
        self.clear_button.clicked.connect(self.clear_filters)
        filter_row.addWidget(self.clear_button)
        filter_row.addStretch(1)

        self.view = QTableView()
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
        header.setStretchLastSection(False)
        header.setMinimumSectionSize(self.fontMetrics().horizontalAdvance("Impact") + 24)
        header.setResizeContentsPrecision(100)
        self.view.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.view.viewport().installEventFilter(_ElidedTips(self.view))
        self.view.selectionModel().currentRowChanged.connect(lambda *_: self._show_current())
        self.search.installEventFilter(_ArrowsToView(self.view))

        self.count_label = QLabel()
        self.detail = QTextBrowser()
        self.detail.setOpenLinks(False)
        self.detail.anchorClicked.connect(self._link_clicked)
        self.detail.setMinimumWidth(360)

        left = column(self.search, filter_row, (self.view, 1), self.count_label)
        layout = QVBoxLayout(self)
        layout.addWidget(splitter((left, 3), (self.detail, 2)))
        self.proxy.rowsInserted.connect(self._update_count)
        self.proxy.rowsRemoved.connect(self._update_count)
        self.proxy.modelReset.connect(self._update_count)
        self.proxy.layoutChanged.connect(self._update_count)
        self.setFocusProxy(self.search)

    # --- data ------------------------------------------------------------------------------

    def is_affected_by(self, changes: Changes) -> bool:
        return changes.library

    def refresh(self) -> None:
        from core.library.queries import list_exercises
        from core.library.rows import exercise_to_json

        current = self.current_slug()
        rows = self.ops.read(lambda s: [exercise_to_json(r) for r in list_exercises(session=s)])
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
        values: dict[str, list[tuple[str, str]]] = {
            "muscle": sorted({(m, m) for e in entries for m in e["muscles"]}),
            "equipment": [("none", "none")]
            + sorted({(q, q) for e in entries for q in e["equipment"]}),
            "mode": sorted({(e["mode"], e["mode"]) for e in entries}),
            "impact": [
                (v, v)
                for v in ("low", "medium", "high")
                if any(e.get("impact") == v for e in entries)
            ],
            "source": sorted({(s, s) for e in entries for s in e["sources"]}),
        }
        for field, combo in self.filters.items():
            chosen = combo.currentData()
            combo.blockSignals(True)
            while combo.count() > 1:
                combo.removeItem(1)
            for value, text in values[field]:
                label = text
                if field == "source":
                    label = titles.get(value, value)
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
            self.detail.setHtml("<p>No exercise matches the search and filters.</p>")
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
        self.exercise_selected.emit(entry["slug"])

    def _link_clicked(self, url: QUrl) -> None:
        text = url.toString()
        if text.startswith("exercise:"):
            self.select_slug(text.removeprefix("exercise:"))

    def _update_count(self, *_args: Any) -> None:
        self.count_label.setText(
            f"{self.proxy.rowCount()} of {self.model.rowCount()} entries  ·  "
            "* marks our default where the articles give no number"
        )
