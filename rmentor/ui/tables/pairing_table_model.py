"""The pairings table."""

import datetime as dt

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtCore import QCoreApplication
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor

from rmentor.models.figures.counts import OVERDUE_GRACE
from rmentor.models.programme.pairings import PairingRow
from rmentor.models.programme.participants import filed_name
from rmentor.models.text.vocabulary import PAIRING_STATUSES
from rmentor.ui.common.labels import fold
from rmentor.ui.common.labels import format_date
from rmentor.ui.common.labels import label
from rmentor.ui.tables.row_table_model import RowTableModel

(
    COL_MENTOR,
    COL_MENTOR_DEPT,
    COL_MENTEE,
    COL_MENTEE_DEPT,
    COL_STATUS,
    COL_START,
    COL_END,
    COL_HELD,
    COL_LAST,
    COL_DAYS,
    COL_NEXT,
    COL_OVERDUE,
) = range(12)
FAR_FUTURE = "9999-12-31"


def _iso(value) -> str:
    return value.isoformat() if value else FAR_FUTURE


class PairingTableModel(RowTableModel):
    CONTEXT = "PairingTableModel"
    HEADERS = [
        QT_TRANSLATE_NOOP("PairingTableModel", "Mentor"),
        QT_TRANSLATE_NOOP("PairingTableModel", "Department"),
        QT_TRANSLATE_NOOP("PairingTableModel", "Mentee"),
        QT_TRANSLATE_NOOP("PairingTableModel", "Department"),
        QT_TRANSLATE_NOOP("PairingTableModel", "Status"),
        QT_TRANSLATE_NOOP("PairingTableModel", "Start"),
        QT_TRANSLATE_NOOP("PairingTableModel", "Planned end"),
        QT_TRANSLATE_NOOP("PairingTableModel", "Meetings"),
        QT_TRANSLATE_NOOP("PairingTableModel", "Last meeting"),
        QT_TRANSLATE_NOOP("PairingTableModel", "Days since"),
        QT_TRANSLATE_NOOP("PairingTableModel", "Next due"),
        QT_TRANSLATE_NOOP("PairingTableModel", "Overdue"),
    ]

    def __init__(self, parent=None):
        super().__init__(parent)
        self.status: str | None = None

    def make_cells(self, row: PairingRow) -> tuple:
        overdue = QCoreApplication.translate("PairingTableModel", "overdue")
        # past its next meeting's day, in the week's grace before it is overdue: said (the
        # grace in its tooltip), or a date gone by stood there with nothing beside it
        due = QCoreApplication.translate("PairingTableModel", "due")
        return (
            row.mentor_name,
            row.mentor_department,
            row.mentee_name,
            row.mentee_department,
            label(PAIRING_STATUSES, row.status),
            format_date(row.start_date),
            format_date(row.planned_end_date),
            str(row.held),
            format_date(row.last_meeting),
            "" if row.days_since is None else str(row.days_since),
            format_date(row.next_due),
            f"⚠ {overdue}" if row.overdue else due if _in_grace(row) else "",
        )

    def sort_key(self, row: PairingRow, column: int):
        return (
            filed_name(row.mentor_name),  # by surname, as the participants are
            fold(row.mentor_department),
            filed_name(row.mentee_name),
            fold(row.mentee_department),
            list(PAIRING_STATUSES).index(row.status),
            _iso(row.start_date),
            _iso(row.planned_end_date),
            row.held,
            _iso(row.last_meeting),
            -1 if row.days_since is None else row.days_since,
            _iso(row.next_due),
            (row.overdue, _in_grace(row)),
        )[column]

    def search_text(self, row: PairingRow) -> str:
        return " ".join(self.make_cells(row)[:5])

    def has_filters(self) -> bool:
        return self.status is not None

    def accepts(self, row: PairingRow) -> bool:
        return self.status is None or row.status == self.status

    def line_data(self, row, cells, column: int, role):
        if role == Qt.ItemDataRole.ForegroundRole and column == COL_OVERDUE:
            return QColor("#b00020" if row.overdue else "#8a5a00")
        if role == Qt.ItemDataRole.ToolTipRole and column == COL_OVERDUE and _in_grace(row):
            return (
                QCoreApplication.translate(
                    "PairingTableModel", "Due since %1; overdue after a week's grace, from %2."
                )
                .replace("%1", format_date(row.next_due))
                .replace("%2", format_date(row.next_due + OVERDUE_GRACE + dt.timedelta(days=1)))
            )
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (COL_HELD, COL_DAYS):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def set_filter(self, text: str, status: str | None) -> None:
        self.set_search(text)
        self.status = status
        self.refilter()


def _in_grace(row: PairingRow) -> bool:
    return not row.overdue and row.next_due is not None and row.next_due < dt.date.today()
