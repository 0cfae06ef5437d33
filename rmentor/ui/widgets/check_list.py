"""A list of checkable choices with a box to add one of your own."""

from PySide6.QtCore import Qt
from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout
from PySide6.QtWidgets import QLineEdit
from PySide6.QtWidgets import QListWidget
from PySide6.QtWidgets import QListWidgetItem
from PySide6.QtWidgets import QPushButton
from PySide6.QtWidgets import QVBoxLayout
from PySide6.QtWidgets import QWidget

from rmentor.ui.common.labels import fold

KEY_ROLE = Qt.ItemDataRole.UserRole


class EntryLine(QLineEdit):
    """Return adds what was typed, and nothing more: in a dialog it would also press
    the default button (saving and closing the whole form)."""

    def keyPressEvent(self, event):  # noqa: N802 - Qt's name
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.returnPressed.emit()
            event.accept()
            return
        super().keyPressEvent(event)


class CheckList(QWidget):
    changed = Signal()

    def __init__(self, placeholder: str, parent=None):
        super().__init__(parent)
        self.list = QListWidget()
        self.list.setMaximumHeight(110)
        self.entry = EntryLine()
        self.entry.setPlaceholderText(placeholder)
        self.add_button = QPushButton(self.tr("Add"))
        self.add_button.setAutoDefault(False)
        row = QHBoxLayout()
        row.addWidget(self.entry)
        row.addWidget(self.add_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.list)
        layout.addLayout(row)
        self.add_button.clicked.connect(self._add_typed)
        self.entry.returnPressed.connect(self._add_typed)
        self.list.itemChanged.connect(lambda _item: self.changed.emit())

    def set_choices(self, choices: list[tuple[str, str]], checked=()) -> None:
        """choices: (key, label); checked: keys to tick."""
        checked = set(checked)
        self.list.clear()
        for key, text in choices:
            self._append(key, text, key in checked)

    def _append(self, key: str, text: str, checked: bool) -> QListWidgetItem:
        item = QListWidgetItem(text)
        item.setData(KEY_ROLE, key)
        item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
        item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
        self.list.addItem(item)
        return item

    def _add_typed(self) -> None:
        text = " ".join(self.entry.text().split())
        if not text:
            return
        for i in range(self.list.count()):
            item = self.list.item(i)
            if fold(item.text()) == fold(text) or fold(item.data(KEY_ROLE)) == fold(text):
                item.setCheckState(Qt.CheckState.Checked)
                break
        else:
            self.list.scrollToItem(self._append(text, text, True))
        self.entry.clear()

    def checked_keys(self) -> list[str]:
        """The choices ticked, and one typed in the box but not added yet: a form saved
        with it typed means it (it was lost before)."""
        self._add_typed()
        return [
            self.list.item(i).data(KEY_ROLE)
            for i in range(self.list.count())
            if self.list.item(i).checkState() == Qt.CheckState.Checked
        ]

    def set_checked(self, key: str, checked: bool = True) -> None:
        for i in range(self.list.count()):
            if self.list.item(i).data(KEY_ROLE) == key:
                self.list.item(i).setCheckState(
                    Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked
                )
