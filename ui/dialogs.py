"""Every modal question as a function returning a plain Python value (DESIGN.md rule 5).

Tests monkeypatch these functions; no other module builds a QMessageBox or compares buttons.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QStandardPaths
from PySide6.QtWidgets import QFileDialog, QInputDialog, QLineEdit, QMessageBox, QWidget

from core import i18n
from core.i18n import translate


def _cancel() -> str:
    return translate("ui.dialogs", "Cancel")


def confirm(parent: QWidget | None, title: str, text: str, yes_label: str | None = None) -> bool:
    """`yes_label` names the button that says yes ("OK" when None); the caller translates it."""
    box = QMessageBox(QMessageBox.Icon.Question, title, text, parent=parent)
    yes = box.addButton(
        translate("ui.dialogs", "OK") if yes_label is None else yes_label,
        QMessageBox.ButtonRole.AcceptRole,
    )
    box.addButton(_cancel(), QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(yes)
    box.exec()
    return box.clickedButton() is yes


def confirm_delete(parent: QWidget | None, name: str) -> bool:
    return confirm(
        parent,
        translate("ui.dialogs", "Delete"),
        translate("ui.dialogs", "Delete “{name}”? This cannot be undone.").format(name=name),
        translate("ui.dialogs", "Delete"),
    )


def ask_text(parent: QWidget | None, title: str, label: str, text: str = "") -> str | None:
    value, ok = QInputDialog.getText(parent, title, label, QLineEdit.EchoMode.Normal, text)
    return value if ok else None


def ask_choice(parent: QWidget | None, title: str, text: str, choices: list[str]) -> str | None:
    """One button per choice plus Cancel; returns the chosen label or None."""
    box = QMessageBox(QMessageBox.Icon.Question, title, text, parent=parent)
    buttons = {box.addButton(c, QMessageBox.ButtonRole.AcceptRole): c for c in choices}
    box.addButton(_cancel(), QMessageBox.ButtonRole.RejectRole)
    box.exec()
    return buttons.get(box.clickedButton())  # type: ignore[call-overload]


def show_error(parent: QWidget | None, title: str, text: str) -> None:
    QMessageBox.critical(parent, title, text)


def show_info(parent: QWidget | None, title: str, text: str) -> None:
    QMessageBox.information(parent, title, text)


def unsaved_changes(parent: QWidget | None, what: str) -> str:
    """'save', 'discard' or 'cancel'."""
    box = QMessageBox(
        QMessageBox.Icon.Warning,
        translate("ui.dialogs", "Unsaved changes"),
        translate("ui.dialogs", "“{name}” has unsaved changes.").format(name=what),
        parent=parent,
    )
    save = box.addButton(translate("ui.dialogs", "Save"), QMessageBox.ButtonRole.AcceptRole)
    discard = box.addButton(
        translate("ui.dialogs", "Discard"), QMessageBox.ButtonRole.DestructiveRole
    )
    box.addButton(_cancel(), QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(save)
    box.exec()
    clicked = box.clickedButton()
    return "save" if clicked is save else "discard" if clicked is discard else "cancel"


# The folder of the last file opened or saved this session: the next file dialog opens there.
_last_folder: Path | None = None


def start_folder() -> Path:
    """Where a file dialog opens: the last folder used this session, else the documents folder
    (else home), never the working directory."""
    if _last_folder is not None and _last_folder.is_dir():
        return _last_folder
    documents = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    if documents and Path(documents).is_dir():
        return Path(documents)
    return Path.home()


def _remember(path: str) -> Path | None:
    global _last_folder
    if not path:
        return None
    chosen = Path(path)
    _last_folder = chosen.parent
    return chosen


def open_file(parent: QWidget | None, title: str, filters: str) -> Path | None:
    path, _ = QFileDialog.getOpenFileName(parent, title, str(start_folder()), filters)
    return _remember(path)


def save_file(parent: QWidget | None, title: str, suggested: str, filters: str) -> Path | None:
    where = Path(suggested) if Path(suggested).is_absolute() else start_folder() / suggested
    path, _ = QFileDialog.getSaveFileName(parent, title, str(where), filters)
    return _remember(path)


def store_problem(parent: QWidget | None, message: str, has_backups: bool) -> str:
    """The one dialog for a database that cannot be opened.

    Returns 'restore', 'new' or 'quit'. The file itself is never changed by showing this.
    """
    box = QMessageBox(
        QMessageBox.Icon.Critical,
        translate("ui.dialogs", "Backline cannot open its database"),
        message,
        parent=parent,
    )
    box.setInformativeText(
        translate(
            "ui.dialogs",
            "Nothing has been changed or deleted. If you restore a backup or start a new "
            "database, the current file is kept beside it under a new name.",
        )
    )
    restore = (
        box.addButton(
            translate("ui.dialogs", "Restore a backup…"), QMessageBox.ButtonRole.AcceptRole
        )
        if has_backups
        else None
    )
    new = box.addButton(
        translate("ui.dialogs", "Start a new database"), QMessageBox.ButtonRole.DestructiveRole
    )
    quit_ = box.addButton(translate("ui.dialogs", "Quit"), QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(quit_)
    box.exec()
    clicked = box.clickedButton()
    if restore is not None and clicked is restore:
        return "restore"
    if clicked is new:
        return "new"
    return "quit"


def choose_backup(parent: QWidget | None, backups: list) -> Path | None:  # list[BackupInfo]
    """Pick one backup from a list (newest first); returns its path or None."""
    if not backups:
        return None
    taken = translate("ui.dialogs", "%Y-%m-%d %H:%M")
    labels = [
        translate("ui.dialogs", "{taken}  ({size} KB)").format(
            taken=i18n.strftime(b.taken_at.astimezone(), taken), size=b.size_bytes // 1024
        )
        for b in backups
    ]
    label, ok = QInputDialog.getItem(
        parent,
        translate("ui.dialogs", "Restore a backup"),
        translate("ui.dialogs", "Backup to restore:"),
        labels,
        0,
        False,
    )
    if not ok:
        return None
    return backups[labels.index(label)].path


def shared_store_problem(
    parent: QWidget | None, message: str, local: str, *, unreachable: bool
) -> str:
    """The shared (PostgreSQL) store cannot be used at start: 'local' (use `local`, the
    SQLite file, named in the question) or 'quit'. Enter takes "Use the local database", Esc
    quits; nothing is opened or written before the answer."""
    title = (
        translate("ui.dialogs", "Backline cannot reach the shared database")
        if unreachable
        else translate("ui.dialogs", "Backline cannot use the shared database")
    )
    box = QMessageBox(QMessageBox.Icon.Warning, title, message, parent=parent)
    box.setInformativeText(
        translate(
            "ui.dialogs",
            "You can use the local database on this machine instead ({database}); what you "
            "log there stays on this machine. Nothing has been written to either database.",
        ).format(database=local)
    )
    local_button = box.addButton(
        translate("ui.dialogs", "Use the local database"), QMessageBox.ButtonRole.AcceptRole
    )
    quit_ = box.addButton(translate("ui.dialogs", "Quit"), QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(local_button)
    box.setEscapeButton(quit_)
    box.exec()
    return "local" if box.clickedButton() is local_button else "quit"
