"""The participants table."""

from dataclasses import dataclass

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtCore import QCoreApplication
from PySide6.QtCore import Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QApplication

from rmentor.models.programme.participants import ParticipantRow
from rmentor.models.programme.participants import surname_for_sorting
from rmentor.models.text.vocabulary import ROLES
from rmentor.ui.common.labels import fold
from rmentor.ui.common.labels import label
from rmentor.ui.tables.row_table_model import ROW_ROLE
from rmentor.ui.tables.row_table_model import RowTableModel

__all__ = ["ROW_ROLE", "ParticipantFilter", "ParticipantTableModel"]

PAIRING_STATES = {
    "unpaired": QT_TRANSLATE_NOOP("ParticipantTableModel", "unpaired"),
    "proposed": QT_TRANSLATE_NOOP("ParticipantTableModel", "proposed"),
    "paired": QT_TRANSLATE_NOOP("ParticipantTableModel", "paired"),
}

(
    COL_NAME,
    COL_ROLE,
    COL_DEPARTMENT,
    COL_TITLE,
    COL_LEVEL,
    COL_MANAGER,
    COL_THEMES,
    COL_STATUS,
    COL_ACTIVE,
) = range(9)


@dataclass
class ParticipantFilter:
    text: str = ""
    role: str | None = None
    department: str | None = None
    pairing_status: str | None = None
    active: bool | None = None


def translated(text: str) -> str:
    return QCoreApplication.translate("ParticipantTableModel", text)


class ParticipantTableModel(RowTableModel):
    CONTEXT = "ParticipantTableModel"
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

    def __init__(self, parent=None):
        super().__init__(parent)
        self.theme_names: dict[int, str] = {}
        self._filter = ParticipantFilter()

    def make_cells(self, row: ParticipantRow) -> tuple:
        return (
            row.full_name,
            label(ROLES, row.role),
            row.department,
            row.job_title,
            "" if row.level is None else str(row.level),
            row.manager_name,
            ", ".join(self.theme_names.get(t, "") for t in row.theme_ids),
            translated(PAIRING_STATES[row.pairing_status]),
            QCoreApplication.translate("ParticipantTableModel", "yes")
            if row.active
            else QCoreApplication.translate("ParticipantTableModel", "no"),
        )

    def sort_key(self, row: ParticipantRow, column: int):
        if column == COL_NAME:  # Dutch style: "van Dijk" under D
            return fold(f"{surname_for_sorting(row.last_name)} {row.first_name}")
        if column == COL_LEVEL:
            return row.level if row.level is not None else -1
        return super().sort_key(row, column)

    def search_text(self, row: ParticipantRow) -> str:
        return " ".join((*self.make_cells(row), row.email, row.location, row.languages))

    def has_filters(self) -> bool:
        f = self._filter
        return any(x is not None for x in (f.role, f.department, f.pairing_status, f.active))

    def accepts(self, row: ParticipantRow) -> bool:
        f = self._filter
        return (
            (f.role is None or row.role == f.role)
            and (f.department is None or row.department == f.department)
            and (f.pairing_status is None or row.pairing_status == f.pairing_status)
            and (f.active is None or row.active == f.active)
        )

    def line_data(self, row, cells, column: int, role):
        if role == Qt.ItemDataRole.ForegroundRole and not row.active:
            return QApplication.palette().color(
                QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text
            )
        if role == Qt.ItemDataRole.ToolTipRole:  # the whole text where a cell is cut off
            if column == COL_NAME:
                return f"{row.full_name} <{row.email}>"
            return cells[column] or None
        return None

    def set_filter(self, flt: ParticipantFilter) -> None:
        self._filter = flt
        self.set_search(flt.text)
        self.refilter()

    def departments(self) -> list[str]:
        return sorted({r.department for r in self.all_rows() if r.department}, key=fold)
