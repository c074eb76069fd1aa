"""The Settings tab's "Database" box: use the shared (PostgreSQL) database, or the local file.

The choice is saved in a small file in Backline's config folder
(core.store.location.save_store), not in the database: it chooses which database to open, and
applies at the next start. There is no password field: the password comes from ~/.pgpass, a
libpq service file or PGPASSWORD, and a URL with a password in it is refused. Test connects on
a worker thread (ui.tasks.run_task) and reads only (core.store.postgres.check_server).
"""

from __future__ import annotations

import os
from typing import Any

from PySide6.QtWidgets import (
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QWidget,
)

from core.i18n import translate
from core.store import location as store_location
from core.store.location import StoreURLError, has_password, parse_store, password_places
from ui import theme
from ui.tasks import run_task

URL_HINT = "postgresql://you@host/backline"


class SharedStoreBox(QGroupBox):
    """A URL field, Test, Save and "Use the local database"; `status` says what happened in
    one line, `in_use` which store this window has open."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(translate("ui.store_settings", "Database"), parent)
        self.in_use = QLabel(translate("ui.store_settings", "In use now: not open yet"))
        self.in_use.setWordWrap(True)
        self.url_field = QLineEdit()
        self.url_field.setObjectName("shared_store_url")
        self.url_field.setPlaceholderText(URL_HINT)
        self.url_field.setAccessibleName(translate("ui.store_settings", "Shared database URL"))
        self.url_field.setAccessibleDescription(
            translate(
                "ui.store_settings",
                "A PostgreSQL URL without the password; the password comes from {places}",
            ).format(places=password_places())
        )
        self.url_field.setToolTip(
            translate(
                "ui.store_settings",
                "For example {url}. Leave the password out: Backline reads it from {places}.",
            ).format(url=URL_HINT, places=password_places())
        )
        self.url_field.returnPressed.connect(self.test)
        self.test_button = QPushButton(translate("ui.store_settings", "&Test"))
        self.test_button.setToolTip(
            translate("ui.store_settings", "Connect to the shared database now (reads only)")
        )
        self.test_button.clicked.connect(self.test)
        self.save_button = QPushButton(translate("ui.store_settings", "Use the &shared database"))
        self.save_button.setToolTip(
            translate("ui.store_settings", "Open this database from the next start on")
        )
        self.save_button.clicked.connect(self.save)
        self.local_button = QPushButton(translate("ui.store_settings", "Use the &local database"))
        self.local_button.setToolTip(
            translate(
                "ui.store_settings", "Open the database file on this machine from the next start"
            )
        )
        self.local_button.clicked.connect(self.use_local)
        self.status = QLabel()
        self.status.setObjectName("shared_store_status")
        self.status.setWordWrap(True)
        self.note = QLabel(
            translate(
                "ui.store_settings",
                "The password is never saved by Backline: put it in {places}. A change "
                "applies at the next start.",
            ).format(places=password_places())
        )
        self.note.setWordWrap(True)

        label = QLabel(translate("ui.store_settings", "Shared database &URL:"))
        label.setBuddy(self.url_field)
        buttons = QHBoxLayout()
        buttons.addWidget(self.test_button)
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.local_button)
        buttons.addStretch(1)
        form = QFormLayout(self)
        form.addRow(self.in_use)
        form.addRow(label, self.url_field)
        form.addRow(buttons)
        form.addRow(self.status)
        form.addRow(self.note)
        self.testing = False
        self.load()

    # --- what is saved, what is open ----------------------------------------------------------

    def load(self) -> None:
        """Show the saved choice (the URL without password), or say why it cannot be read."""
        try:
            saved = store_location.saved_store()
        except StoreURLError as exc:
            self._say(str(exc), "error")
            return
        if saved and not parse_store(saved).is_sqlite:
            self.url_field.setText(saved)
            self._say(
                translate("ui.store_settings", "Saved: the shared database is used at each start.")
            )
        else:
            self._say(
                translate("ui.store_settings", "Saved: the local database is used at each start.")
            )

    def show_in_use(self, db: Any) -> None:
        """`db`: the open Database (its describe(), never a password)."""
        if os.environ.get("BACKLINE_DB"):
            text = translate(
                "ui.store_settings",
                "In use now: {database} (BACKLINE_DB is set: it wins over the choice saved here)",
            )
        else:
            text = translate("ui.store_settings", "In use now: {database}")
        self.in_use.setText(text.format(database=db.describe()))

    # --- actions ------------------------------------------------------------------------------

    def _location(self) -> Any:
        """The URL in the field as a PostgreSQL StoreLocation, or None (status says why)."""
        text = self.url_field.text().strip()
        if not text:
            self._say(
                translate("ui.store_settings", "Shared database URL: type one, e.g. {url}").format(
                    url=URL_HINT
                ),
                "error",
            )
            return None
        try:
            found = parse_store(text)
        except StoreURLError as exc:
            self._say(
                translate("ui.store_settings", "Shared database URL: {problem}").format(
                    problem=exc
                ),
                "error",
            )
            return None
        if found.is_sqlite:
            self._say(
                translate(
                    "ui.store_settings", "Shared database URL: not a PostgreSQL URL (e.g. {url})"
                ).format(url=URL_HINT),
                "error",
            )
            return None
        if has_password(found):
            self._say(
                translate(
                    "ui.store_settings",
                    "Shared database URL: leave the password out; put it in {places}",
                ).format(places=password_places()),
                "error",
            )
            return None
        return found

    def test(self) -> None:
        """Connect off the GUI thread; say "reachable, schema revision N" or why not."""
        found = self._location()
        if found is None or self.testing:
            return
        where = found.describe()
        self.testing = True
        self.test_button.setEnabled(False)
        self._say(
            translate("ui.store_settings", "Connecting to {database}…").format(database=where)
        )

        def checked(revision: Any) -> None:
            self._tested()
            if revision is None:
                self._say(
                    translate(
                        "ui.store_settings",
                        "{database}: reachable, an empty database (Backline sets it up at the "
                        "first start).",
                    ).format(database=where)
                )
            else:
                self._say(
                    translate(
                        "ui.store_settings", "{database}: reachable, schema revision {revision}."
                    ).format(database=where, revision=revision)
                )

        def failed(exc: BaseException) -> None:
            self._tested()
            from ui.data_actions import failure_line

            self._say(
                translate("ui.store_settings", "Not reachable: {reason}").format(
                    reason=failure_line(exc)
                ),
                "error",
            )

        from core.store.postgres import check_server

        run_task(lambda: check_server(found), checked, failed)

    def _tested(self) -> None:
        self.testing = False
        self.test_button.setEnabled(True)

    def save(self) -> None:
        """Save the URL in the field as the store of the next start (never a password)."""
        found = self._location()
        if found is None:
            return
        from core.store.outputs import OutputError

        try:
            made = store_location.save_store(found.storable())
        except (StoreURLError, OutputError) as exc:
            self._say(
                translate("ui.store_settings", "Not saved: {reason}").format(reason=exc), "error"
            )
            return
        except OSError as exc:  # the config folder could not be made
            self._say(
                translate("ui.store_settings", "Not saved: {reason}").format(
                    reason=f"{store_location.store_choice_path()}: {exc.strerror}"
                ),
                "error",
            )
            return
        self.url_field.setText(made.storable())
        self._say(
            translate(
                "ui.store_settings", "Saved: Backline opens {database} at the next start."
            ).format(database=made.describe())
        )

    def use_local(self) -> None:
        """Forget the shared database: the local file is opened from the next start on."""
        try:
            store_location.clear_saved_store()
        except OSError as exc:
            self._say(
                translate("ui.store_settings", "Not changed: {reason}").format(
                    reason=f"{store_location.store_choice_path()}: {exc.strerror}"
                ),
                "error",
            )
            return
        self.url_field.clear()
        local = store_location.local_store()
        self._say(
            translate(
                "ui.store_settings",
                "Saved: Backline opens the local database ({database}) at the next start.",
            ).format(database=local.describe())
        )

    def _say(self, text: str, role: str | None = None) -> None:
        self.status.setText(text)
        theme.paint_text(self.status, role)
