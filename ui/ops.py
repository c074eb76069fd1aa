"""The one way the UI writes (DESIGN.md rule 3, Anki's CollectionOp and op_executed).

`Ops.write(work, initiator=...)` runs `work(session)` in one write transaction, turns every
failure into a message (a field error to the caller's `on_error`, anything else to one dialog
line), and on success broadcasts what changed with who changed it. Tabs listen to
`Ops.changed`: the initiator has already shown its own result, every other tab marks itself
stale and redraws when shown. No tab opens a write session by hand.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any, TypeVar, overload

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QWidget

from core.bounds import InputError
from core.changes import Changes, Outcome
from core.i18n import translate

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from core.store.db import Database

T = TypeVar("T")

# Failures a person can fix where they are: the caller shows them at the field or the row.
EXPECTED_ERRORS: tuple[type[Exception], ...] = (InputError, LookupError, ValueError)


def one_line(exc: BaseException) -> str:
    """An exception as one sentence for a person (the first line of its message)."""
    text = str(exc).strip().splitlines()
    return text[0] if text else type(exc).__name__


class Ops(QObject):
    """Runs writes and reads against the open database; broadcasts what writes changed."""

    changed = Signal(object, object)
    """(Changes, initiator): emitted after a write committed."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.db: Database | None = None
        # A long write running on a worker thread that holds the database's write lock for its
        # whole length (a Backline JSON import), said for a person ("a Backline import"); while
        # it is set, nothing that must not wait (starting a workout) begins.
        self.long_write: str | None = None

    def _database(self) -> Database:
        if self.db is None:
            raise RuntimeError(translate("ui.ops", "the database is not open yet"))
        return self.db

    @overload
    def write(
        self,
        work: Callable[[Session], Outcome[T]],
        *,
        initiator: QObject | None,
        on_error: Callable[[Exception], None] | None = None,
        title: str | None = None,
    ) -> Outcome[T] | None: ...

    @overload
    def write(
        self,
        work: Callable[[Session], Changes],
        *,
        initiator: QObject | None,
        on_error: Callable[[Exception], None] | None = None,
        title: str | None = None,
    ) -> Changes | None: ...

    def write(
        self,
        work: Callable[[Session], Any],
        *,
        initiator: QObject | None,
        on_error: Callable[[Exception], None] | None = None,
        title: str | None = None,
    ) -> Any:
        """Run `work` in one transaction. Returns its result, or None when it failed (nothing
        was written, and the person was told: `on_error` for expected errors, else a dialog
        titled `title`, "Not saved" when None)."""
        title = title or translate("ui.ops", "Not saved")
        try:
            with self._database().session_scope() as session:
                result = work(session)
        except EXPECTED_ERRORS as exc:
            if on_error is not None:
                on_error(exc)
            else:
                self._tell(initiator, title, one_line(exc))
            return None
        except Exception as exc:  # the store failed (locked, disk full): nothing was written
            self._tell(
                initiator,
                title,
                translate("ui.ops", "Nothing was saved: {error}").format(error=one_line(exc)),
            )
            return None
        changes = result.changes if isinstance(result, Outcome) else result
        if not isinstance(changes, Changes):
            raise TypeError(f"a write must return Changes or Outcome, got {type(result)}")
        self.announce(changes, initiator=initiator)
        return result

    def read(self, work: Callable[[Session], T]) -> T:
        """Run `work` in a read-only session and return its plain result."""
        with self._database().read_scope() as session:
            return work(session)

    def announce(self, changes: Changes, *, initiator: QObject | None) -> None:
        """Broadcast a change committed elsewhere (a workout run commits its own sets)."""
        if changes:
            self.changed.emit(changes, initiator)

    @staticmethod
    def _tell(initiator: QObject | None, title: str, text: str) -> None:
        from ui import dialogs

        parent = initiator if isinstance(initiator, QWidget) else None
        dialogs.show_error(parent, title, text)
