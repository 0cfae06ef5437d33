"""The window's undo history: each change the coordinator makes is one named step.

The steps hold the statements SQLite logged for them (models.storage.undo_log), so undo
covers whatever a change touched, cascades included, without each dialog knowing how
to reverse itself. Writes made outside a named step still join the history: the next
step, or the next "changed" signal, picks them up.
"""

import contextlib
import sqlite3

from PySide6.QtCore import QCoreApplication
from PySide6.QtCore import QObject
from PySide6.QtCore import QTimer
from PySide6.QtCore import Signal
from PySide6.QtGui import QUndoCommand
from PySide6.QtGui import QUndoStack

from rmentor.models.errors import DomainError
from rmentor.models.orm import peewee
from rmentor.models.storage import undo_log
from rmentor.models.text.i18n import QT_TRANSLATE_NOOP


class LoggedCommand(QUndoCommand):
    def __init__(self, text: str, step: undo_log.Step, history: "History"):
        super().__init__(text.replace("&", "&&"))  # the Edit menu shows it: no Alt+letter
        self.name = text
        self.step = step
        self.history = history
        self.done = True  # pushed after the change was made: the first redo does nothing
        self.skip = False

    def redo(self) -> None:
        if self.skip:  # the stack's index put back after a refused undo: still done
            self.skip = False
            return
        if self.done:
            return
        done = self.history.run(self.step.redo_now)
        if done is None:  # refused, nothing changed: the step stays undone
            self._put_back(self.history.stack.undo)
            return
        if done:
            self.history.said.emit(
                QCoreApplication.translate("History", "Redone: %1").replace("%1", self.name)
            )
        self.done = True

    def undo(self) -> None:
        if self.skip:  # the stack's index put back after a refused redo: still undone
            self.skip = False
            return
        done = self.history.run(self.step.undo_now)
        if done is None:  # refused, nothing changed: the step stays done, and the steps
            self._put_back(self.history.stack.redo)  # before it can still be undone
            return
        if done:
            self.history.said.emit(
                QCoreApplication.translate("History", "Undone: %1").replace("%1", self.name)
            )
        self.done = False

    def _put_back(self, move) -> None:
        """The stack moved past this step although it was refused: move it back, once
        this call has returned, without running the step."""
        self.skip = True
        QTimer.singleShot(0, move)


class History(QObject):
    changed = Signal()  # after an undo or redo: everything shown may be stale
    failed = Signal(object)  # a DomainError from an undo or redo
    said = Signal(str)  # what was just done, undone or redone, for the status bar

    def __init__(self, parent=None):
        super().__init__(parent)
        self.stack = QUndoStack(self)
        self.last = 0

    def start(self) -> None:
        """A file was opened for writing: record from here, with an empty history; on a
        server, under the coordinator's name (File > Settings), which others are told."""
        from rmentor.models.outreach.mail_texts import load_settings
        from rmentor.models.storage.database import on_server

        undo_log.start(load_settings().name if on_server() else "")
        self.clear()

    def clear(self) -> None:
        self.stack.clear()
        undo_log.forget()
        self.last = undo_log.mark()

    @contextlib.contextmanager
    def step(self, text: str):
        """Wrap one change; if it writes anything, it becomes one step named `text`."""
        yield
        self.collect(text)

    def collect(self, text: str | None = None) -> None:
        statements = undo_log.take(self.last)
        self.last = undo_log.mark()
        if statements:
            step = undo_log.Step(statements)
            self.stack.push(
                LoggedCommand(text or QCoreApplication.translate("History", "change"), step, self)
            )
            self.said.emit(
                QCoreApplication.translate("History", "Done: %1").replace("%1", text)
                if text
                else QCoreApplication.translate("History", "Saved.")
            )

    def run(self, action) -> bool | None:
        """Replay a step; None when it was refused in words (nothing changed, and the
        history stays), False when it could not be (the history then starts afresh)."""
        done = True
        try:
            action()
        except DomainError as error:
            self.failed.emit(error)
            done = None
        except (sqlite3.Error, peewee.DatabaseError):
            # Nothing changed (the replay is one transaction), but the file no longer
            # fits the step: start the history afresh rather than let it disagree.
            self.failed.emit(
                DomainError(
                    QT_TRANSLATE_NOOP(
                        "DomainError",
                        "This step cannot be undone or redone any more: the file changed "
                        "outside this window. Nothing was changed.",
                    )
                )
            )
            QTimer.singleShot(0, self.clear)
            done = False
        self.last = undo_log.mark()
        self.changed.emit()
        return done


_current: History | None = None


def install(history: History | None) -> None:
    global _current
    _current = history


def step(text: str):
    """Name the change made in the `with` block; outside a window, just run it."""
    return _current.step(text) if _current is not None else contextlib.nullcontext()


def forget() -> None:
    """After an erasure: no step may bring the erased data back."""
    if _current is not None:
        _current.clear()
