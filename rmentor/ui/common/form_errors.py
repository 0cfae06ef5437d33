"""Showing a domain error next to the form field it concerns."""

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QLabel
from PySide6.QtWidgets import QVBoxLayout
from PySide6.QtWidgets import QWidget

from rmentor.ui.common.labels import domain_text


def _room_for(label: QLabel) -> None:
    """A form grows to show an error line whole (its layout would squeeze it otherwise)."""
    window = label.window()
    if window.layout() is not None:
        window.layout().activate()
    hint = window.sizeHint()
    if hint.height() > window.height() or hint.width() > window.width():
        window.resize(max(hint.width(), window.width()), max(hint.height(), window.height()))


class FieldErrors:
    """Wraps form widgets so each has an error line under it."""

    def __init__(self):
        self._labels: dict[str, QLabel] = {}
        self._widgets: dict[str, QWidget] = {}

    def wrap(self, field: str, widget: QWidget) -> QWidget:
        box = QWidget()
        layout = QVBoxLayout(box)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(widget)
        error = QLabel()
        error.setObjectName(f"error_{field}")
        error.setWordWrap(True)
        error.setStyleSheet("color: #b00020;")
        error.hide()
        layout.addWidget(error)
        self._labels[field] = error
        self._widgets[field] = widget
        return box

    def clear(self) -> None:
        for error in self._labels.values():
            error.clear()
            error.hide()

    def show(self, error) -> bool:
        """Show the error at its field; False when no field of this form matches."""
        self.clear()
        target = self._labels.get(error.field)
        if target is None:
            return False
        target.setText(domain_text(error))
        target.show()
        _room_for(target)
        self._widgets[error.field].setFocus()
        return True

    def field_of(self, widget: QWidget) -> str | None:
        return next((name for name, w in self._widgets.items() if w is widget), None)

    def say(self, field: str, text: str) -> None:
        """A line under the field, or none for "": the focus stays where it is."""
        label = self._labels[field]
        label.setText(text)
        label.setVisible(bool(text))
        if text:
            _room_for(label)

    def report(self, parent, error) -> None:
        """At its field when the form has one, else in a message box."""
        if not self.show(error):
            from rmentor.ui.common.messages import show_problem

            show_problem(parent, QCoreApplication.translate("FieldErrors", "Not saved"), error)

    def text(self, field: str) -> str:
        label = self._labels[field]
        return "" if label.isHidden() else label.text()
