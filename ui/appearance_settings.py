"""The Settings tab's "Appearance" box: the theme (follow the system, light or dark); and its
"Language" box: follow the system's language, or one Backline speaks.

A theme is applied at once to every widget and chart (ui.theme.apply_theme) and saved at once
(the `theme` setting, one short transaction through Ops, announced as Changes(settings=True)).
A language is saved in a small file in Backline's config folder (core.i18n.save_language), not
in the database: the window is built in its language, so a new choice applies at the next start.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QComboBox, QFormLayout, QGroupBox, QLabel, QWidget

from core import i18n
from core.i18n import QT_TRANSLATE_NOOP, translate
from core.store.outputs import OutputError
from core.store.settings import set_setting
from ui import theme
from ui.ops import Ops

THEMES = (
    ("system", QT_TRANSLATE_NOOP("ui.appearance_settings", "Follow the system")),
    ("light", QT_TRANSLATE_NOOP("ui.appearance_settings", "Light")),
    ("dark", QT_TRANSLATE_NOOP("ui.appearance_settings", "Dark")),
)


class AppearanceBox(QGroupBox):
    """A labelled "Theme" combo; `ops()` gives the Ops to save through (the tab's, which the
    window may replace after the box is made)."""

    def __init__(self, ops: Callable[[], Ops], parent: QWidget | None = None) -> None:
        super().__init__(translate("ui.appearance_settings", "Appearance"), parent)
        self._ops = ops
        self._loading = False
        self.theme_combo = QComboBox()
        self.theme_combo.setObjectName("theme")
        for key, text in THEMES:
            self.theme_combo.addItem(translate("ui.appearance_settings", text), key)
        self.theme_combo.setAccessibleName(translate("ui.appearance_settings", "Theme"))
        self.theme_combo.setAccessibleDescription(
            translate(
                "ui.appearance_settings",
                "Colours of every window and chart; follow the system, light or dark",
            )
        )
        self.theme_combo.setToolTip(
            translate(
                "ui.appearance_settings", "Light or dark colours, or whichever the system uses"
            )
        )
        self.theme_combo.currentIndexChanged.connect(self._chosen)
        self.status = QLabel()
        self.status.setObjectName("theme_status")
        self.status.setWordWrap(True)
        label = QLabel(translate("ui.appearance_settings", "Th&eme:"))
        label.setBuddy(self.theme_combo)
        form = QFormLayout(self)
        form.addRow(label, self.theme_combo)
        form.addRow("", self.status)
        self.show_theme(theme.current_mode())

    def show_theme(self, mode: str) -> None:
        """Show the stored choice (no save, no apply: the window applied it at start-up)."""
        self._loading = True
        try:
            index = self.theme_combo.findData(mode)
            self.theme_combo.setCurrentIndex(max(index, 0))
        finally:
            self._loading = False

    def current(self) -> str:
        return str(self.theme_combo.currentData())

    def _chosen(self, _index: int) -> None:
        if self._loading:
            return
        mode = self.current()
        theme.apply_theme(mode)
        ops = self._ops()
        if ops.db is None:
            self.status.setText(
                translate(
                    "ui.appearance_settings",
                    "Shown now, but not saved: the database is not open yet.",
                )
            )
            theme.paint_text(self.status, "warning")
            return
        saved = ops.write(
            lambda session: set_setting("theme", mode, session=session),
            initiator=self,
            on_error=self._refused,
        )
        if saved is not None:
            self.status.setText(translate("ui.appearance_settings", "Saved."))
            theme.paint_text(self.status, None)

    def _refused(self, exc: Exception) -> None:
        self.status.setText(
            translate("ui.appearance_settings", "Theme not saved: {reason}").format(reason=exc)
        )
        theme.paint_text(self.status, "error")


class LanguageBox(QGroupBox):
    """A labelled "Language" combo: "Follow the system (<its language>)", then every language
    Backline speaks, each in its own name. A choice is saved at once (core.i18n.save_language);
    `status` says it applies at the next start when it differs from the language in use, or
    in one line why it could not be saved (the choice shown goes back to the saved one)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(translate("ui.appearance_settings", "Language"), parent)
        self._loading = False
        self.language_combo = QComboBox()
        self.language_combo.setObjectName("language")
        system_name = i18n.LANGUAGES[i18n.system_language()]
        self.language_combo.addItem(
            translate("ui.appearance_settings", "Follow the system ({language})").format(
                language=system_name
            ),
            None,
        )
        for code, name in i18n.LANGUAGES.items():
            self.language_combo.addItem(name, code)
        self.language_combo.setAccessibleName(translate("ui.appearance_settings", "Language"))
        self.language_combo.setAccessibleDescription(
            translate(
                "ui.appearance_settings",
                "The language of Backline's words, numbers and dates; applies at the next start",
            )
        )
        self.language_combo.setToolTip(
            translate(
                "ui.appearance_settings",
                "The language Backline speaks from the next start on, or the system's",
            )
        )
        self.status = QLabel()
        self.status.setObjectName("language_status")
        self.status.setWordWrap(True)
        label = QLabel(translate("ui.appearance_settings", "Lan&guage:"))
        label.setBuddy(self.language_combo)
        form = QFormLayout(self)
        form.addRow(label, self.language_combo)
        form.addRow("", self.status)
        self._saved = i18n.saved_language()
        self._show(self._saved)
        # the note follows a choice made here: at start the language in use may come from
        # --lang, which says nothing about the saved choice
        self.status.setVisible(False)
        self.language_combo.currentIndexChanged.connect(self._chosen)

    def current(self) -> str | None:
        """The code chosen, or None to follow the system."""
        data = self.language_combo.currentData()
        return None if data is None else str(data)

    def _show(self, code: str | None) -> None:
        self._loading = True
        try:
            self.language_combo.setCurrentIndex(max(self.language_combo.findData(code), 0))
        finally:
            self._loading = False

    def _chosen(self, _index: int) -> None:
        if self._loading:
            return
        code = self.current()
        try:
            i18n.save_language(code)
        except (OSError, OutputError) as exc:
            self._show(self._saved)
            self.status.setText(
                translate("ui.appearance_settings", "Language not saved: {reason}").format(
                    reason=_one_line(exc)
                )
            )
            theme.paint_text(self.status, "error")
            return
        self._saved = code
        self._say_when_it_applies()

    def _say_when_it_applies(self) -> None:
        chosen = self._saved or i18n.system_language()
        later = chosen != i18n.language()
        self.status.setText(
            translate("ui.appearance_settings", "Applies at the next start.") if later else ""
        )
        self.status.setVisible(later)
        theme.paint_text(self.status, None)


def _one_line(exc: BaseException) -> str:
    """A failed save in one line: an OSError's path and reason, else the error's own line."""
    if isinstance(exc, OSError) and exc.strerror:
        where = exc.filename or i18n.language_choice_path()
        return f"{where}: {exc.strerror}"
    text = str(exc).strip()
    return text.splitlines()[0] if text else type(exc).__name__
