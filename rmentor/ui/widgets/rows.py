"""The small pieces tabs and forms are built of: a button that does one thing, a row of
them, fields side by side, a search box, and a filter offering "all" or one choice."""

from collections.abc import Callable
from collections.abc import Iterable

from PySide6.QtWidgets import QComboBox
from PySide6.QtWidgets import QHBoxLayout
from PySide6.QtWidgets import QLayout
from PySide6.QtWidgets import QLineEdit
from PySide6.QtWidgets import QPushButton
from PySide6.QtWidgets import QWidget


def button(text: str, slot: Callable | None = None) -> QPushButton:
    made = QPushButton(text)
    if slot is not None:
        made.clicked.connect(slot)
    return made


def row_of(*items: QWidget | QLayout | tuple | None) -> QHBoxLayout:
    """Side by side, left to right; None is the stretch between, (widget, n) a widget
    that takes n shares of the room left."""
    row = QHBoxLayout()
    for item in items:
        if item is None:
            row.addStretch()
        elif isinstance(item, tuple):
            row.addWidget(*item)
        elif isinstance(item, QLayout):
            row.addLayout(item)
        else:
            row.addWidget(item)
    return row


def search_box(placeholder: str, changed: Callable | None = None) -> QLineEdit:
    box = QLineEdit()
    box.setPlaceholderText(placeholder)
    box.setClearButtonEnabled(True)
    if changed is not None:
        box.textChanged.connect(changed)
    return box


def choice_filter(all_text: str, choices: Iterable[tuple[str, object]]) -> QComboBox:
    """A filter: `all_text` (no filter, data None) first, then each (text, key)."""
    box = QComboBox()
    box.addItem(all_text, None)
    for text, key in choices:
        box.addItem(text, key)
    return box


def refill(box: QComboBox, all_text: str, choices: Iterable[tuple[str, object]]) -> None:
    """A choice_filter's choices anew, quietly (its filter is applied once, after)."""
    box.blockSignals(True)
    box.clear()
    box.addItem(all_text, None)
    for text, key in choices:
        box.addItem(text, key)
    box.blockSignals(False)


def inline(*items: QWidget | None) -> QWidget:
    """Widgets side by side that a form takes as one field (None: the stretch)."""
    holder = QWidget()
    row = row_of(*items)
    row.setContentsMargins(0, 0, 0, 0)
    holder.setLayout(row)
    return holder
