"""What the forms that edit a record share (as Vorta's dialogs share their base): Save
and Cancel, typing starts in the first field, the domain's save as one named undo step
(the save itself refuses a record that changed since the form read it), its error at
its field, and a question before a changed form is closed."""

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtCore import Signal
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QDialog
from PySide6.QtWidgets import QDialogButtonBox
from PySide6.QtWidgets import QLayout
from PySide6.QtWidgets import QScrollArea
from PySide6.QtWidgets import QVBoxLayout
from PySide6.QtWidgets import QWidget

from rmentor.models.errors import DomainError
from rmentor.models.storage.versions import version
from rmentor.ui.common.form_errors import FieldErrors
from rmentor.ui.common.messages import discard_changes
from rmentor.ui.common.messages import show_problem
from rmentor.ui.common.screen_fit import fit
from rmentor.ui.widgets.dates import DateField
from rmentor.ui.window import history


def pair_words(text: str, pairing) -> str:
    """A translated text with %1 the pairing's mentor and %2 its mentee."""
    return text.replace("%1", pairing.mentor.full_name).replace("%2", pairing.mentee.full_name)


class EditDialog(QDialog):
    """The base of the forms that save a record; a form gives save(), and values() when
    it asks before closing changed."""

    saved = Signal(int)  # the id of the record saved

    def __init__(self, parent=None):
        super().__init__(parent)
        self.errors = FieldErrors()
        self.seen = None  # the record as the form read it (models.storage.versions)
        self.first_field: QWidget | None = None  # where typing starts
        self._initial = None  # values() as loaded; None: the form never asks

    def button_box(self, ok_text: str | None = None) -> QDialogButtonBox:
        """Save and Cancel; or OK and Cancel, OK worded ok_text unless it is empty."""
        ok = (
            QDialogButtonBox.StandardButton.Save
            if ok_text is None
            else QDialogButtonBox.StandardButton.Ok
        )
        buttons = QDialogButtonBox(ok | QDialogButtonBox.StandardButton.Cancel)
        if ok_text:
            buttons.button(ok).setText(ok_text)
        buttons.accepted.connect(self._save_when_dates_read)
        buttons.rejected.connect(self.reject)
        return buttons

    def _save_when_dates_read(self) -> None:
        """A date typed that cannot be read is said, at its field, not saved as the date
        the field held before."""
        for field in self.findChildren(DateField):
            typed = field.unread() if field.isVisible() else ""
            if typed:
                field.setFocus()
                field.lineEdit().selectAll()
                field.tell_unread(typed, saving=True)
                if (name := self.errors.field_of(field)) is not None:  # under it too
                    self.errors.say(name, field.unread_text(typed, saving=True))
                return
        self.save()

    def lay_out(
        self, *parts: QLayout | QWidget, buttons: QDialogButtonBox, size=None, stretch=False
    ) -> None:
        """The parts from the top, the buttons at the bottom; `size` as screen_fit.fit takes it."""
        layout = QVBoxLayout(self)
        for part in parts:
            if isinstance(part, QLayout):
                layout.addLayout(part)
            else:
                layout.addWidget(part)
        if stretch:
            layout.addStretch()
        layout.addWidget(buttons)
        if size is not None:
            fit(self, *size)

    @staticmethod
    def scrolled(form: QLayout) -> QScrollArea:
        """A long form that scrolls on a small screen, never sideways."""
        body = QWidget()
        body.setLayout(form)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(body)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        return scroll

    def loaded(self, record) -> None:
        """The form shows `record` (None: a new one) as it is in the file now."""
        self.seen = version(record) if record is not None else None
        self._initial = self.values()

    def values(self):
        """What the form holds; a form that asks before closing returns its fields."""
        return None

    def is_dirty(self) -> bool:
        return self._initial is not None and self.values() != self._initial

    def write(self, name: str, save: Callable[[], object], problem: str | None = None, shown=None):
        """The domain's save as the undo step `name`; what it saved, or None after showing
        why not (at its field, else in a message titled `problem`). The record `shown`,
        saved with nothing changed, is not written again: no undo step for nothing."""
        if shown is not None and self._initial is not None and self.values() == self._initial:
            return shown
        try:
            with history.step(name):
                return save()
        except DomainError as error:
            if problem is None:
                self.errors.report(self, error)  # a message box titled "Not saved"
            elif not self.errors.show(error):
                show_problem(self, problem, error)
            return None

    def write_and_close(self, name: str, save: Callable[[], object], problem=None) -> None:
        """write(), and on success done_with() what was saved."""
        saved = self.write(name, save, problem)
        if saved is not None:
            self.done_with(saved)

    def done_with(self, record) -> None:
        """Saved: the form closes, and tells who listens which record it saved."""
        self._initial = self.values()
        self.saved.emit(record.id)
        self.accept()

    def discard_question(self) -> str:
        """The question a changed form asks before it closes unsaved."""
        raise NotImplementedError

    def keyPressEvent(self, event) -> None:  # noqa: N802 - Qt's name
        # Ctrl+S (Cmd+S) saves, as the Save button does: the key every editor has
        if event.matches(QKeySequence.StandardKey.Save):
            self._save_when_dates_read()
            return
        super().keyPressEvent(event)

    def showEvent(self, event) -> None:  # noqa: N802 - Qt's name
        super().showEvent(event)
        if self.first_field is not None:  # not on the scroll area or the first button
            self.first_field.setFocus()
        # a date that did not read is said under its field, where it stays until read
        for field in self.findChildren(DateField):
            name = self.errors.field_of(field)
            if name is not None and not getattr(field, "_said_here", False):
                field._said_here = True
                field.said.connect(lambda text, name=name: self.errors.say(name, text))

    def reject(self) -> None:
        if self.is_dirty() and not discard_changes(self, self.discard_question()):
            return
        super().reject()
