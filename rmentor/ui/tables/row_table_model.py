"""A table model over Python rows, filtered and sorted in Python.

A QSortFilterProxyModel calls data() for every comparison; over thousands of rows
that is seconds per sort (measured: 70-90 s for 200,000 rows). Here the rows stay
in a list; sorting and filtering produce a list of row numbers and reset the model.
Display texts are made only for rows that are painted, search texts once, on the
first search, so a table of 100,000 meetings opens at the speed of its SQL.
"""

from PySide6.QtCore import QAbstractTableModel
from PySide6.QtCore import QCoreApplication
from PySide6.QtCore import QModelIndex
from PySide6.QtCore import Qt
from PySide6.QtCore import QTimer

from rmentor.models.storage.database import paused_gc
from rmentor.ui.common.labels import fold
from rmentor.ui.common.labels import fold_many

ROW_ROLE = Qt.ItemDataRole.UserRole + 1


class RowTableModel(QAbstractTableModel):
    CONTEXT = ""  # translation context of HEADERS
    HEADERS: list[str] = []

    def __init__(self, parent=None):
        super().__init__(parent)
        self._rows: list = []
        self._cells: list = []  # display texts per row, made when first painted
        self._haystacks: list[str] | None = None
        self._order: list[int] = []
        self._visible: list[int] = []
        self._needles: list[str] = []
        self._sort = (0, Qt.SortOrder.AscendingOrder)

    # for subclasses

    def make_cells(self, row) -> tuple:
        raise NotImplementedError

    def sort_key(self, row, column):
        return fold(self.cells_of_row(row)[column])

    def column_key(self, column: int):
        """A function giving a row's sort key in a column; subclasses may return a
        faster one (operator.attrgetter runs in C)."""
        return lambda row: self.sort_key(row, column)

    def search_text(self, row) -> str:
        """The text a search looks in; folded for all rows at once (fold_many)."""
        return " ".join(self.cells_of_row(row))

    def accepts(self, row) -> bool:
        """Filters besides the search text."""
        return True

    def has_filters(self) -> bool:
        """Whether accepts() can refuse a row; False skips calling it for every row."""
        return False

    def matching(self, positions: list[int], needles: list[str]) -> list[int]:
        """The rows (of positions) whose search text holds every needle."""
        self.prepare_search()
        hay = self._haystacks
        if len(needles) == 1:
            needle = needles[0]
            return [i for i in positions if needle in hay[i]]
        return [i for i in positions if all(n in hay[i] for n in needles)]

    def line_data(self, row, cells, column: int, role):
        """Roles beyond display text and the row object; None by default."""
        return None

    # Qt model interface

    def rowCount(self, parent=QModelIndex()):  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self._visible)

    def columnCount(self, parent=QModelIndex()):  # noqa: B008
        return 0 if parent.isValid() else len(self.HEADERS)

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        i = self._visible[index.row()]
        row = self._rows[i]
        if role == ROW_ROLE:
            return row
        cells = self._cells[i]
        if cells is None:
            cells = self._cells[i] = self.make_cells(row)
        if role == Qt.ItemDataRole.DisplayRole:
            return cells[index.column()]
        value = self.line_data(row, cells, index.column(), role)
        if value is None and role == Qt.ItemDataRole.ToolTipRole:
            text = cells[index.column()]  # the whole text, where a narrow column cuts it
            return text if isinstance(text, str) and text else None
        return value

    def multiData(self, index, roles) -> None:  # noqa: N802 - Qt's name
        """Every role a painted cell asks for (seven) in one call into Python, not one
        each: beside a step's busy thread, each call waits for Python's lock, and a
        table drawn again under a progress window held the window 0.2-0.3 s."""
        for role_data in roles:
            role_data.setData(self.data(index, role_data.role()))

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return QCoreApplication.translate(self.CONTEXT, self.HEADERS[section])
        return None

    def sort(self, column, order=Qt.SortOrder.AscendingOrder):
        self._sort = (column, order)
        keys = list(map(self.column_key(column), self._rows))
        self._order = sorted(
            range(len(keys)), key=keys.__getitem__, reverse=order == Qt.SortOrder.DescendingOrder
        )
        self.refilter()

    # our interface

    def cells_of_row(self, row) -> tuple:
        return self.make_cells(row)

    def set_rows(self, rows) -> None:
        self._rows = list(rows)
        self._cells = [None] * len(self._rows)
        self._haystacks = None
        with paused_gc():
            self.sort(*self._sort)
        # Ready the search texts once the table has been drawn, not on the first keystroke.
        QTimer.singleShot(0, self.prepare_search)

    def prepared(self, rows) -> tuple:
        """What set_rows works out, for rows read on a thread of their own: the rows,
        their order as sorted now, and their search texts. Reads the model's settings
        and changes nothing, so it may run on that thread too."""
        rows = list(rows)
        with paused_gc():
            column, order = self._sort
            keys = list(map(self.column_key(column), rows))
            ordered = sorted(
                range(len(keys)),
                key=keys.__getitem__,
                reverse=order == Qt.SortOrder.DescendingOrder,
            )
            haystacks = self.haystacks_of(rows)
        return rows, (column, order), ordered, haystacks

    def take(self, prepared: tuple) -> None:
        """Show rows made ready by prepared()."""
        rows, sort, ordered, haystacks = prepared
        self._rows, self._haystacks = rows, haystacks
        self._cells = [None] * len(rows)
        if sort == self._sort:
            self._order = ordered
            self.refilter()
        else:  # sorted by another column meanwhile
            self.sort(*self._sort)

    def haystacks_of(self, rows: list) -> list[str]:
        """The folded texts a search looks in, one a row (may run on another thread)."""
        return fold_many([self.search_text(r) for r in rows])

    def prepare_search(self) -> None:
        if self._haystacks is None:
            with paused_gc():
                self._haystacks = self.haystacks_of(self._rows)

    def set_search(self, text: str) -> None:
        self._needles = fold(text).split()

    def refilter(self) -> None:
        rows, visible = self._rows, self._order
        if self.has_filters():
            visible = [i for i in visible if self.accepts(rows[i])]
        if self._needles:
            visible = self.matching(visible, self._needles)
        self.beginResetModel()
        self._visible = list(visible)
        self.endResetModel()

    def row_at(self, row: int):
        return self._rows[self._visible[row]]

    def row_of(self, row_id: int) -> int | None:
        for position, i in enumerate(self._visible):
            if self._rows[i].id == row_id:
                return position
        return None

    def rows_of(self, row_ids) -> list[int]:
        """The positions of these rows where shown, in one pass (row_of for each of
        2,500 selected pairings is 6 million steps)."""
        wanted = set(row_ids)
        return [p for p, i in enumerate(self._visible) if self._rows[i].id in wanted]

    def total(self) -> int:
        return len(self._rows)

    def all_rows(self) -> list:
        return self._rows
