"""Typing into the window as a user does."""


def type_text(qtbot, widget, text):
    """Type like a user; QTest only knows ASCII keys, so others go as key events with text."""
    from PySide6.QtCore import QEvent
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QKeyEvent
    from PySide6.QtWidgets import QApplication

    for char in text:
        if char.isascii():
            qtbot.keyClicks(widget, char)
            continue
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(widget, QKeyEvent(kind, 0, Qt.KeyboardModifier.NoModifier, char))
