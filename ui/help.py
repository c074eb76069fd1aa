"""The Help menu: About Backline, the keyboard shortcuts, the user guide.

The shortcuts dialog is generated from the live window (every QAction, QShortcut and button
shortcut of the window and of every tab), so it cannot drift from what the keys really do.
Dialogs open non-blocking (`open()`), and the two things that leave the app, `open_url` and
`about_qt`, are module functions that tests monkeypatch.
"""

from __future__ import annotations

import platform
import re
from collections.abc import Iterable
from dataclasses import dataclass
from importlib.metadata import PackageNotFoundError, version
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QKeyCombination, QObject, QSortFilterProxyModel, Qt, QUrl, qVersion
from PySide6.QtGui import (
    QAction,
    QDesktopServices,
    QFont,
    QKeySequence,
    QPalette,
    QShortcut,
    QStandardItem,
    QStandardItemModel,
)
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from core.i18n import QT_TRANSLATE_NOOP, translate
from core.library.localized import data_text
from core.version import app_version

if TYPE_CHECKING:
    from core.store.location import StoreLocation
    from ui.main_window import MainWindow

USER_GUIDE_URL = "https://github.com/backline/backline#readme"
# Marked here, translated where shown (translate("ui.help", VALUE)): these exist at import.
DESCRIPTION = QT_TRANSLATE_NOOP(
    "ui.help", "A workout companion: follow a routine set by set, with timers, cues and a log."
)
LICENCE = "MIT"
EVERYWHERE = QT_TRANSLATE_NOOP("ui.help", "Everywhere")
NO_DESCRIPTION = QT_TRANSLATE_NOOP("ui.help", "(no description)")

# (label, distributions tried in turn) for the "Built with" list; PySide6 ships as Essentials.
LIBRARIES: list[tuple[str, tuple[str, ...]]] = [
    ("PySide6", ("PySide6", "PySide6_Essentials")),
    ("SQLAlchemy", ("SQLAlchemy",)),
    ("Alembic", ("alembic",)),
    ("matplotlib", ("matplotlib",)),
]


# --- the injectable ways out ------------------------------------------------------------------


def open_url(url: QUrl) -> bool:
    """Open a folder or web page with the desktop's handler. Tests replace this."""
    return QDesktopServices.openUrl(url)


def about_qt(parent: QWidget | None) -> None:
    """Qt's own About box. Tests replace this."""
    QMessageBox.aboutQt(parent, translate("ui.help", "About Qt"))


def open_user_guide() -> bool:
    return open_url(QUrl(USER_GUIDE_URL))


# --- what the About box says ------------------------------------------------------------------


def source_titles() -> list[str]:
    """The five source articles' titles, in library.toml order (a title we supplied says so)."""
    from core.library.schema import load_library

    sources, _entries = load_library()
    return [
        translate("ui.help", "{title} (title ours)").format(title=data_text(s.title))
        if s.title_is_ours
        else data_text(s.title)
        for s in sources.values()
    ]


def _distribution_version(names: Iterable[str]) -> str:
    for name in names:
        try:
            return version(name)
        except PackageNotFoundError:
            continue
    return translate("ui.help", "not installed")


def library_versions() -> list[tuple[str, str]]:
    """(name, version) for Python, Qt and the libraries, from package metadata (no imports)."""
    rows = [("Python", platform.python_version()), ("Qt", qVersion())]
    rows += [(label, _distribution_version(names)) for label, names in LIBRARIES]
    return rows


def database_location(window: MainWindow) -> StoreLocation | None:
    """The store in use, or the one the next start would open (None when --db, BACKLINE_DB
    or the saved choice names none Backline can use)."""
    if window.db is not None:
        return window.db.location
    from core.store.location import StoreURLError, resolve_store, saved_store

    try:
        return resolve_store(None, saved=saved_store())
    except StoreURLError:
        return None


def data_folder(location: StoreLocation | None) -> Path:
    """The folder a person opens for their data: the SQLite file's, else the data directory
    (where a shared store's backups go)."""
    if location is not None and location.path is not None:
        return location.path.parent
    from core.paths import data_dir

    return data_dir()


def _selectable(text: str) -> QLabel:
    label = QLabel(text)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    label.setTextFormat(Qt.TextFormat.PlainText)
    return label


class AboutDialog(QDialog):
    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.setWindowTitle(translate("ui.help", "About Backline"))
        self.location = database_location(window)
        self.data_folder = data_folder(self.location)

        self.heading = QLabel(
            translate("ui.help", "Backline {version}").format(version=app_version())
        )
        font = QFont(self.heading.font())
        font.setPointSizeF(font.pointSizeF() * 1.6)
        font.setBold(True)
        self.heading.setFont(font)
        self.heading.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.description = QLabel(translate("ui.help", DESCRIPTION))
        self.licence = QLabel(
            translate("ui.help", "Free software under the {licence} licence.").format(
                licence=LICENCE
            )
        )

        self.folder_label = _selectable(str(self.data_folder))
        self.db_label = _selectable(
            self.location.describe()
            if self.location
            else translate("ui.help", "none (see the start-up message)")
        )
        self.open_folder_button = QPushButton(translate("ui.help", "Open data folder"))
        self.open_folder_button.setToolTip(
            translate("ui.help", "Show the folder with the database and its backups")
        )
        self.open_folder_button.clicked.connect(self.open_data_folder)
        folder_row = QHBoxLayout()
        folder_row.addWidget(self.folder_label, 1)
        folder_row.addWidget(self.open_folder_button)
        data = QGroupBox(translate("ui.help", "Your data"))
        data_form = QFormLayout(data)
        data_form.addRow(translate("ui.help", "Folder:"), folder_row)
        data_form.addRow(translate("ui.help", "Database:"), self.db_label)

        self.titles = source_titles()
        sources = QGroupBox(translate("ui.help", "Exercises from these articles"))
        sources_layout = QVBoxLayout(sources)
        self.title_labels = [_selectable(f"• {title}") for title in self.titles]
        for label in self.title_labels:
            sources_layout.addWidget(label)

        self.libraries = library_versions()
        built = QGroupBox(translate("ui.help", "Built with"))
        built_form = QFormLayout(built)
        for name, ver in self.libraries:
            built_form.addRow(translate("ui.help", "{name}:").format(name=name), _selectable(ver))

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.about_qt_button = buttons.addButton(
            translate("ui.help", "About Qt"), QDialogButtonBox.ButtonRole.HelpRole
        )
        self.about_qt_button.clicked.connect(lambda: about_qt(self))
        buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        for w in (self.heading, self.description, self.licence, data, sources, built):
            layout.addWidget(w)
        layout.addWidget(buttons)
        layout.setSizeConstraint(QVBoxLayout.SizeConstraint.SetMinimumSize)

    def open_data_folder(self) -> None:
        open_url(QUrl.fromLocalFile(str(self.data_folder)))


def show_about(window: MainWindow) -> AboutDialog:
    dialog = AboutDialog(window)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()
    return dialog


# --- the shortcuts, collected from the live widgets -------------------------------------------


@dataclass(frozen=True)
class ShortcutEntry:
    group: str  # "Everywhere" or the tab's title (or "Workout: Backline timer"), as shown
    keys: str  # native text, several bindings joined with ", "
    description: str


def _native(sequences: Iterable[QKeySequence]) -> str:
    texts = [s.toString(QKeySequence.SequenceFormat.NativeText) for s in sequences]
    return ", ".join(t for t in dict.fromkeys(texts) if t)


def _combos(seq: QKeySequence) -> list[QKeyCombination]:
    return [seq[i] for i in range(seq.count())]  # type: ignore[index]  # stubs lack __getitem__


def _normal(seq: QKeySequence) -> tuple[tuple[int, int], ...]:
    """Compare keys as a person does: Enter is Return, the keypad is not a modifier."""
    out = []
    for combo in _combos(seq):
        key = combo.key()
        if key == Qt.Key.Key_Enter:
            key = Qt.Key.Key_Return
        mods = combo.keyboardModifiers() & ~Qt.KeyboardModifier.KeypadModifier
        out.append((int(key.value), int(mods.value)))
    return tuple(out)


_TIP_TAIL = re.compile(r"\s*(?:\(([^()]*)\)|[—–]\s*([^—–()]+))\s*$")


def _tip_keys(tip: str) -> tuple[str, list[tuple[tuple[int, int], ...]]]:
    """A tooltip like 'Undo the last edit (Ctrl+Z)' -> ('Undo the last edit', [Ctrl+Z]).

    Keys may be joined by '/', ',' or the word "or" (in English, and in the language in use)."""
    match = _TIP_TAIL.search(tip)
    if match is None:
        return tip, []
    # The word that joins two keys in a tooltip, "Enter or Space".
    words = {"or", translate("ui.help", "or").strip()}
    joiners = "|".join(re.escape(w) for w in sorted(words) if w)
    keys = []
    for part in re.split(rf"\s*/\s*|\s*,\s*|\s+(?:{joiners})\s+", match.group(1) or match.group(2)):
        seq = QKeySequence(part.strip())
        if seq.isEmpty() or any(c.key() == Qt.Key.Key_unknown for c in _combos(seq)):
            continue
        keys.append(_normal(seq))
    return tip[: match.start()].strip(), keys


def _described_by_tooltip(start: QWidget | None, root: QWidget, seq: QKeySequence) -> str | None:
    """The nearest widget whose tooltip names this key, e.g. the button the shortcut presses."""
    wanted = _normal(seq)
    level = start
    while level is not None:
        for widget in [level, *level.findChildren(QWidget)]:
            text, keys = _tip_keys(widget.toolTip())
            if wanted in keys:
                label = widget.text() if isinstance(widget, QAbstractButton) else ""
                return text or _plain(label)
        if level is root:
            break
        level = level.parentWidget()
    return None


def _plain(text: str) -> str:
    """Menu text without its mnemonic marks: '&Quit' -> 'Quit', 'Body && plan' -> 'Body & plan'."""
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&")


def no_description() -> str:
    """What a shortcut with no text, tooltip or name is listed as, in the language in use."""
    return translate("ui.help", NO_DESCRIPTION)


def _action_description(action: QAction, root: QWidget) -> str:
    for text in (_plain(action.text()), action.whatsThis(), action.objectName()):
        if text.strip():
            return text.strip()
    widgets = [o for o in action.associatedObjects() if isinstance(o, QWidget)]
    start = widgets[0] if widgets else root
    return _described_by_tooltip(start, root, action.shortcut()) or no_description()


def _shortcut_description(shortcut: QShortcut, root: QWidget) -> str:
    for text in (shortcut.whatsThis(), shortcut.objectName()):
        if text.strip():
            return text.strip()
    parent = shortcut.parent()
    start = parent if isinstance(parent, QWidget) else root
    return _described_by_tooltip(start, root, shortcut.key()) or no_description()


def _button_description(button: QAbstractButton) -> str:
    text, _keys = _tip_keys(button.toolTip())
    return text or _plain(button.text()) or no_description()


def _in_dialog(obj: QObject, stop: QObject) -> bool:
    """A dialog (this one included) is not part of the window's own shortcuts."""
    parent = obj.parent()
    while parent is not None and parent is not stop:
        if isinstance(parent, QDialog):
            return True
        parent = parent.parent()
    return False


def _entries_under(root: QWidget, group: str, skip: dict[int, QObject]) -> list[ShortcutEntry]:
    """Every shortcut among root's descendants not in `skip` (already claimed by a tab).

    `skip` keeps the objects themselves, so an id cannot be reused by another wrapper."""
    entries: list[ShortcutEntry] = []
    for action in root.findChildren(QAction):
        if id(action) in skip or _in_dialog(action, root) or action.shortcut().isEmpty():
            continue
        skip[id(action)] = action
        keys = _native(action.shortcuts())
        entries.append(ShortcutEntry(group, keys, _action_description(action, root)))
    for shortcut in root.findChildren(QShortcut):
        if id(shortcut) in skip or _in_dialog(shortcut, root) or shortcut.key().isEmpty():
            continue
        skip[id(shortcut)] = shortcut
        keys = _native(shortcut.keys())
        entries.append(ShortcutEntry(group, keys, _shortcut_description(shortcut, root)))
    for button in root.findChildren(QAbstractButton):
        if id(button) in skip or _in_dialog(button, root) or button.shortcut().isEmpty():
            continue
        skip[id(button)] = button
        keys = _native([button.shortcut()])
        entries.append(ShortcutEntry(group, keys, _button_description(button)))
    return entries


def _tab_roots(window: MainWindow) -> list[tuple[str, QWidget]]:
    """(title, widget) for every tab in tab order, lazy tabs built first, plus the separate
    windows a tab keeps (the Workout tab's mini timer) as "<tab>: <window title>"."""
    from ui.main_window import LazyTabHost

    roots: list[tuple[str, QWidget]] = []
    for i in range(window.tabs.count()):
        title = _plain(window.tabs.tabText(i))
        widget: QWidget | None = window.tabs.widget(i)
        if isinstance(widget, LazyTabHost):
            widget = widget.build()
        elif isinstance(widget, QScrollArea):  # a tab built at once, in its scroll area
            widget = widget.widget()
        if widget is None:
            continue
        roots.append((title, widget))
        for value in list(vars(widget).values()):
            if isinstance(value, QWidget) and value.isWindow() and value.parent() is None:
                name = value.windowTitle() or translate("ui.help", "window")
                roots.append(
                    (translate("ui.help", "{tab}: {window}").format(tab=title, window=name), value)
                )
    return roots


def collect_shortcuts(window: MainWindow) -> list[ShortcutEntry]:
    """Every shortcut of the window, grouped: "Everywhere" first, then each tab in order."""
    claimed: dict[int, QObject] = {}
    by_tab: list[ShortcutEntry] = []
    for title, root in _tab_roots(window):
        by_tab += _entries_under(root, title, claimed)
    group = translate("ui.help", EVERYWHERE)
    everywhere = [
        ShortcutEntry(
            group,
            _native([QKeySequence.mnemonic(a.text())]),
            translate("ui.help", "{menu} menu").format(menu=_plain(a.text())),
        )
        for a in window.menuBar().actions()
        if not QKeySequence.mnemonic(a.text()).isEmpty()
    ]
    everywhere += _entries_under(window, group, claimed)
    unique = dict.fromkeys(everywhere + by_tab)  # drop exact repeats, keep the order
    return list(unique)


class ShortcutsDialog(QDialog):
    """Every shortcut in a tree grouped by tab, with a filter; Esc closes."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.setWindowTitle(translate("ui.help", "Keyboard shortcuts"))
        self.entries = collect_shortcuts(window)
        self.model = QStandardItemModel(0, 2, self)
        self.model.setHorizontalHeaderLabels(
            [translate("ui.help", "Key"), translate("ui.help", "Action")]
        )
        unknown = no_description()
        groups: dict[str, QStandardItem] = {}
        for entry in self.entries:
            group = groups.get(entry.group)
            if group is None:
                group = QStandardItem(entry.group)
                bold = QFont(group.font())
                bold.setBold(True)
                group.setFont(bold)
                group.setEditable(False)
                spacer = QStandardItem("")
                spacer.setEditable(False)
                self.model.appendRow([group, spacer])
                groups[entry.group] = group
            key = QStandardItem(entry.keys)
            what = QStandardItem(entry.description)
            key.setEditable(False)
            what.setEditable(False)
            if entry.description == unknown:
                what.setForeground(self.palette().brush(QPalette.ColorRole.PlaceholderText))
            group.appendRow([key, what])

        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setFilterKeyColumn(-1)
        self.proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.proxy.setRecursiveFilteringEnabled(True)
        self.proxy.setAutoAcceptChildRows(True)

        self.filter = QLineEdit()
        self.filter.setPlaceholderText(translate("ui.help", "Filter by key, action or tab…"))
        self.filter.setAccessibleName(translate("ui.help", "Filter shortcuts"))
        self.filter.setAccessibleDescription(translate("ui.help", "By key, action or tab"))
        self.filter.setClearButtonEnabled(True)
        self.filter.textChanged.connect(self._filter_changed)
        self.view = QTreeView()
        self.view.setAccessibleName(translate("ui.help", "Keyboard shortcuts"))
        self.view.setModel(self.proxy)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setUniformRowHeights(True)
        self.view.setAlternatingRowColors(True)
        for row in range(self.proxy.rowCount()):
            self.view.setFirstColumnSpanned(row, self.view.rootIndex(), True)
        self.view.expandAll()
        header = self.view.header()
        header.setStretchLastSection(True)
        self.view.resizeColumnToContents(0)
        header.resizeSection(0, header.sectionSize(0) + 24)  # air between key and action
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Interactive)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.filter)
        layout.addWidget(self.view, 1)
        layout.addWidget(buttons)
        self.resize(620, 640)

    def _filter_changed(self, text: str) -> None:
        self.proxy.setFilterFixedString(text)
        for row in range(self.proxy.rowCount()):
            self.view.setFirstColumnSpanned(row, self.view.rootIndex(), True)
        self.view.expandAll()

    def visible_rows(self) -> list[tuple[str, str, str]]:
        """(group, key, action) of every row the filter leaves visible."""
        rows = []
        for g in range(self.proxy.rowCount()):
            group = self.proxy.index(g, 0)
            for r in range(self.proxy.rowCount(group)):
                key = self.proxy.index(r, 0, group).data()
                what = self.proxy.index(r, 1, group).data()
                rows.append((group.data(), key, what))
        return rows


def show_shortcuts(window: MainWindow) -> ShortcutsDialog:
    dialog = ShortcutsDialog(window)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()
    return dialog
