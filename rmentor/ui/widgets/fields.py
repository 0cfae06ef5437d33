"""Form fields that behave as a keyboard user expects."""

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPlainTextEdit


class TextBox(QPlainTextEdit):
    """A box for a few lines of text: Tab moves on to the next field, as everywhere
    else in a form, instead of typing a tab (which also marked the form as changed);
    Ctrl+Tab types one where it is wanted, as in Qt's own editors."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setTabChangesFocus(True)

    def keyPressEvent(self, event):  # noqa: N802 - Qt's name
        if (
            event.key() == Qt.Key.Key_Tab
            and event.modifiers() == Qt.KeyboardModifier.ControlModifier
        ):
            self.insertPlainText("\t")
            return
        super().keyPressEvent(event)


def text_box() -> QPlainTextEdit:
    return TextBox()
