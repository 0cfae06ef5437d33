"""The participants table: all rows in Python, filtered and sorted in Python.

A QSortFilterProxyModel calls data() for every comparison; over thousands of rows
that is seconds per sort. Sorting a list and resetting the model is milliseconds.
"""

from dataclasses import dataclass

from PySide6.QtCore import QT_TRANSLATE_NOOP, QAbstractTableModel, QCoreApplication, QModelIndex, Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QApplication

from ..models.participants import ParticipantRow, surname_for_sorting
from ..models.vocabulary import ROLES
from .labels import fold, label

PAIRING_STATES = {
    "unpaired": QT_TRANSLATE_NOOP("ParticipantTableModel", "unpaired"),
    "proposed": QT_TRANSLATE_NOOP("ParticipantTableModel", "proposed"),
    "paired": QT_TRANSLATE_NOOP("ParticipantTableModel", "paired"),
}

COL_NAME, COL_ROLE, COL_DEPARTMENT, COL_TITLE, COL_LEVEL, COL_MANAGER, COL_THEMES, \
    COL_STATUS, COL_ACTIVE = range(9)
HEADERS = [
    QT_TRANSLATE_NOOP("ParticipantTableModel", "Name"),
    QT_TRANSLATE_NOOP("ParticipantTableModel", "Role"),
    QT_TRANSLATE_NOOP("ParticipantTableModel", "Department"),
    QT_TRANSLATE_NOOP("ParticipantTableModel", "Job title"),
    QT_TRANSLATE_NOOP("ParticipantTableModel", "Level"),
    QT_TRANSLATE_NOOP("ParticipantTableModel", "Manager"),
    QT_TRANSLATE_NOOP("ParticipantTableModel", "Themes"),
    QT_TRANSLATE_NOOP("ParticipantTableModel", "Pairing"),
    QT_TRANSLATE_NOOP("ParticipantTableModel", "Active"),
]
ROW_ROLE = Qt.ItemDataRole.UserRole + 1


@dataclass
class ParticipantFilter:
    text: str = ""
    role: str | None = None
    department: str | None = None
    pairing_status: str | None = None
    active: bool | None = None


class _Line:
    """A row with its display texts, sort keys and search text computed once."""

    __slots__ = ("row", "cells", "keys", "haystack")

    def __init__(self, row: ParticipantRow, theme_names: dict[int, str]):
        self.row = row
        yes, no = tr("yes"), tr("no")
        self.cells = (
            row.full_name, label(ROLES, row.role), row.department, row.job_title,
            "" if row.level is None else str(row.level), row.manager_name,
            ", ".join(theme_names.get(t, "") for t in row.theme_ids),
            tr(PAIRING_STATES[row.pairing_status]), yes if row.active else no)
        keys = [fold(c) for c in self.cells]
        keys[COL_NAME] = fold(f"{surname_for_sorting(row.last_name)} {row.first_name}")
        keys[COL_LEVEL] = row.level if row.level is not None else -1
        self.keys = tuple(keys)
        self.haystack = fold(" ".join((*self.cells, row.email, row.location, row.languages)))


def tr(text: str) -> str:
    return QCoreApplication.translate("ParticipantTableModel", text)


class ParticipantTableModel(QAbstractTableModel):
    def __init__(self, parent=None):
        super().__init__(parent)
        self._all: list[_Line] = []
        self._visible: list[_Line] = []
        self._filter = ParticipantFilter()
        self._sort = (COL_NAME, Qt.SortOrder.AscendingOrder)

    # Qt model interface

    def rowCount(self, parent=QModelIndex()):  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self._visible)

    def columnCount(self, parent=QModelIndex()):  # noqa: B008
        return 0 if parent.isValid() else len(HEADERS)

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        line = self._visible[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return line.cells[index.column()]
        if role == ROW_ROLE:
            return line.row
        if role == Qt.ItemDataRole.ForegroundRole and not line.row.active:
            return QApplication.palette().color(QPalette.ColorGroup.Disabled,
                                                QPalette.ColorRole.Text)
        if role == Qt.ItemDataRole.ToolTipRole:  # the whole text where a cell is cut off
            if index.column() == COL_NAME:
                return f"{line.row.full_name} <{line.row.email}>"
            return line.cells[index.column()] or None
        return None

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return tr(HEADERS[section])
        return None

    def sort(self, column, order=Qt.SortOrder.AscendingOrder):
        self._sort = (column, order)
        self.beginResetModel()
        self._all.sort(key=lambda line: line.keys[column],
                       reverse=order == Qt.SortOrder.DescendingOrder)
        self._visible = self._filtered()
        self.endResetModel()

    # Our interface

    def set_rows(self, rows: list[ParticipantRow], theme_names: dict[int, str]) -> None:
        self._all = [_Line(r, theme_names) for r in rows]
        self.sort(*self._sort)

    def set_filter(self, flt: ParticipantFilter) -> None:
        self._filter = flt
        self.beginResetModel()
        self._visible = self._filtered()
        self.endResetModel()

    def row_at(self, row: int) -> ParticipantRow:
        return self._visible[row].row

    def row_of(self, participant_id: int) -> int | None:
        for i, line in enumerate(self._visible):
            if line.row.id == participant_id:
                return i
        return None

    def total(self) -> int:
        return len(self._all)

    def departments(self) -> list[str]:
        return sorted({line.row.department for line in self._all if line.row.department},
                      key=fold)

    def _filtered(self) -> list[_Line]:
        f = self._filter
        needles = fold(f.text).split()
        return [line for line in self._all
                if (f.role is None or line.row.role == f.role)
                and (f.department is None or line.row.department == f.department)
                and (f.pairing_status is None or line.row.pairing_status == f.pairing_status)
                and (f.active is None or line.row.active == f.active)
                and all(n in line.haystack for n in needles)]
