"""A combo box of people that finds a name from any part typed into it."""

from PySide6.QtCore import QSize
from PySide6.QtCore import Qt
from PySide6.QtGui import QStandardItem
from PySide6.QtWidgets import QComboBox
from PySide6.QtWidgets import QCompleter
from PySide6.QtWidgets import QStyledItemDelegate

from rmentor.models.programme.participants import filed_under
from rmentor.models.text.names import fold_text as fold  # as names are compared everywhere

UNKNOWN = object()  # the typed text names nobody in the list
FOLDED_ROLE = Qt.ItemDataRole.UserRole + 1  # the text without accents or case, to match


class FoldingCompleter(QCompleter):
    """Matches what is typed without accents or case ("jose" finds José), and puts the
    name as written into the box."""

    def splitPath(self, path):  # noqa: N802 - Qt's name
        return [fold(path)]

    def pathFromIndex(self, index):  # noqa: N802
        return index.data(Qt.ItemDataRole.DisplayRole)


def person_order(person) -> tuple[str, str]:
    """Filed under the surname without its prefix: "Fleur van 't Hof" under H."""
    return filed_under(person.last_name, person.first_name)


class RoomyRows(QStyledItemDelegate):
    """A list's rows with room above the letters: as tall as the font, a row cut the dots
    off Ö and Ü (Özdemir read as Ozdemir) in the lists of names."""

    def sizeHint(self, option, index):  # noqa: N802 - Qt's name
        size = super().sizeHint(option, index)
        return QSize(size.width(), max(size.height(), option.fontMetrics.height() + ROOM))


ROOM = 6  # pixels of a row over the font's height


class PersonPicker(QComboBox):
    def __init__(self, none_text: str | None = None, parent=None):
        super().__init__(parent)
        self.setEditable(True)
        self.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        completer = FoldingCompleter(self.model(), self)
        completer.setCompletionRole(FOLDED_ROLE)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.setCompleter(completer)
        self.rows = RoomyRows(self)
        self.view().setItemDelegate(self.rows)
        completer.popup().setItemDelegate(self.rows)
        self.none_text = none_text

    def set_people(self, people) -> None:
        """people: (id, text) pairs; with none_text, the first entry means nobody."""
        self.blockSignals(True)
        self.clear()
        entries = [(self.none_text, None)] if self.none_text is not None else []
        items = []
        for text, pid in [*entries, *((text, pid) for pid, text in people)]:
            item = QStandardItem(text)
            item.setData(pid, Qt.ItemDataRole.UserRole)  # as addItem(text, pid) keeps it
            item.setData(fold(text), FOLDED_ROLE)
            items.append(item)
        # added in one step: one at a time, each made the completer look at the list
        # again (5,000 people took 4.5 s, then 0.05 s; now a tenth of that)
        self.model().invisibleRootItem().appendRows(items)
        self.blockSignals(False)
        self.setCurrentIndex(0 if self.count() else -1)

    def select_id(self, pid) -> None:
        self.setCurrentIndex(max(0, self.findData(pid)))

    def current_id(self):
        """The id picked; None for nobody; UNKNOWN when the text matches no entry. Two
        people may read alike ("Jan de Vries (Finance)"): the entry picked counts."""
        index = self.currentIndex()
        if index < 0 or self.itemText(index) != self.currentText():
            index = self.findText(self.currentText(), Qt.MatchFlag.MatchExactly)
        if index < 0:
            return None if not self.currentText().strip() and self.none_text else UNKNOWN
        return self.itemData(index)
