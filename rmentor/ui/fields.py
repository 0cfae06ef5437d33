"""Form fields that behave as a keyboard user expects."""

from PySide6.QtWidgets import QPlainTextEdit


def text_box() -> QPlainTextEdit:
    """A box for a few lines of text: Tab moves on to the next field, as everywhere
    else in a form, instead of typing a tab (which also marked the form as changed)."""
    box = QPlainTextEdit()
    box.setTabChangesFocus(True)
    return box
