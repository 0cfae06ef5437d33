"""Fitting a table's columns to its headers and contents, after every load."""

from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView

SAMPLE_ROWS = 200  # enough to size a column; measuring 100,000 rows would take seconds
MAX_WIDTH = 260


def fit_columns(view: QTableView, stretch_column: int | None = None) -> None:
    """Widen every column to its header and a sample of rows (Dutch headers are long)."""
    header = view.horizontalHeader()
    header.setResizeContentsPrecision(SAMPLE_ROWS)
    for column in range(header.count()):
        if column == stretch_column:
            continue
        header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
        title = view.model().headerData(column, Qt.Orientation.Horizontal)
        title_width = header.fontMetrics().horizontalAdvance(title or "") + 22  # + sort arrow
        wanted = max(view.sizeHintForColumn(column) + 8, title_width)
        view.setColumnWidth(column, min(MAX_WIDTH, wanted))
    if stretch_column is not None:
        header.setSectionResizeMode(stretch_column, QHeaderView.ResizeMode.Stretch)


def make_table(model, many: bool = False) -> QTableView:
    """A read-only table of whole rows, sortable by clicking a header."""
    view = QTableView()
    view.setModel(model)
    view.setSortingEnabled(True)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(
        QAbstractItemView.SelectionMode.ExtendedSelection
        if many
        else QAbstractItemView.SelectionMode.SingleSelection
    )
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setTabKeyNavigation(False)  # Tab leaves the table for the next control
    view.setAlternatingRowColors(True)
    header = view.verticalHeader()
    header.hide()
    header.setDefaultSectionSize(24)
    # rows of one height: Qt then never measures 100,000 rows one by one
    header.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
    return view


def select_row(view: QTableView, row: int | None) -> None:
    """Select a whole row (by its position in the view) and show it."""
    if row is None:
        return
    index = view.model().index(row, 0)
    view.selectionModel().select(
        index,
        QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows,
    )
    view.setCurrentIndex(index)
    view.scrollTo(index)
