"""Fitting a table's columns to its headers and contents, once, when rows first arrive."""

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHeaderView, QTableView

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
