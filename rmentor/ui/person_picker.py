"""A combo box of people that finds a name from any part typed into it."""

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QCompleter

UNKNOWN = object()  # the typed text names nobody in the list


class PersonPicker(QComboBox):
    def __init__(self, none_text: str | None = None, parent=None):
        super().__init__(parent)
        self.setEditable(True)
        self.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.completer().setFilterMode(Qt.MatchFlag.MatchContains)
        self.completer().setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        self.completer().setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.none_text = none_text

    def set_people(self, people) -> None:
        """people: (id, text) pairs; with none_text, the first entry means nobody."""
        self.blockSignals(True)
        self.clear()
        if self.none_text is not None:
            self.addItem(self.none_text, None)
        for pid, text in people:
            self.addItem(text, pid)
        self.blockSignals(False)
        self.setCurrentIndex(0 if self.count() else -1)

    def select_id(self, pid) -> None:
        self.setCurrentIndex(max(0, self.findData(pid)))

    def current_id(self):
        """The id picked; None for nobody; UNKNOWN when the text matches no entry."""
        index = self.findText(self.currentText(), Qt.MatchFlag.MatchExactly)
        if index < 0:
            return None if not self.currentText().strip() and self.none_text else UNKNOWN
        return self.itemData(index)
