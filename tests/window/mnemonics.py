"""Finding the Alt+letter shortcuts of a window and the ones that clash."""

import re

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton
from PySide6.QtWidgets import QGroupBox
from PySide6.QtWidgets import QLabel
from PySide6.QtWidgets import QMenu
from PySide6.QtWidgets import QMenuBar
from PySide6.QtWidgets import QTabBar
from PySide6.QtWidgets import QWidget

AMP = re.compile(r"&(?!&)(.)")


def plain(text: str) -> str:
    """A control's text as read, without its Alt+letter mark."""
    return AMP.sub(r"\1", text)


def letter(text: str) -> str | None:
    found = AMP.search(text or "")
    return found.group(1).casefold() if found else None


def shortcuts(window) -> list[tuple[str, str]]:
    """(letter, text) for every visible control of the window that takes Alt+letter."""
    found = []
    for widget in window.findChildren(QAbstractButton) + window.findChildren(QGroupBox):
        if widget.isVisibleTo(window) and widget.window() is window:
            text = widget.title() if isinstance(widget, QGroupBox) else widget.text()
            found.append((letter(text), text))
    for label in window.findChildren(QLabel):
        buddy = label.buddy()
        if buddy is None or not any(
            w.focusPolicy() != Qt.FocusPolicy.NoFocus for w in [buddy, *buddy.findChildren(QWidget)]
        ):
            continue  # the letter would move the focus nowhere
        if label.isVisibleTo(window) and label.window() is window:
            found.append((letter(label.text()), label.text()))
    for bar in window.findChildren(QMenuBar):
        for action in bar.actions():
            found.append((letter(action.text()), action.text()))
    for bar in window.findChildren(QTabBar):
        if bar.isVisibleTo(window):
            for i in range(bar.count()):
                found.append((letter(bar.tabText(i)), bar.tabText(i)))
    return found


def clashes(pairs) -> dict[str, list[str]]:
    seen: dict[str, list[str]] = {}
    for key, text in pairs:
        if key is not None:
            seen.setdefault(key, []).append(text)
    return {k: v for k, v in seen.items() if len(v) > 1}


def menu_clashes(window) -> dict[str, dict]:
    result = {}
    for menu in window.findChildren(QMenu):
        pairs = [(letter(a.text()), a.text()) for a in menu.actions() if a.text()]
        found = clashes(pairs)
        if found:
            result[menu.title()] = found
    return result


def without(pairs) -> list[str]:
    """Controls with text but no Alt+letter."""
    return [text for key, text in pairs if key is None and text.strip()]
