"""The journal table: one row per meeting, newest first."""

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtGui import QColor

from ..models.journal import MeetingRow
from ..models.vocabulary import CANCELLED_BY, FORMATS
from .labels import fold, format_date, label
from .row_table_model import RowTableModel

COL_DATE, COL_PAIRING, COL_DURATION, COL_FORMAT, COL_HELD, COL_THEMES, COL_SUMMARY, COL_OUTCOMES = (
    range(8)
)
EXCERPT = 90


class JournalTableModel(RowTableModel):
    CONTEXT = "JournalTableModel"
    HEADERS = [
        QT_TRANSLATE_NOOP("JournalTableModel", "Date"),
        QT_TRANSLATE_NOOP("JournalTableModel", "Pairing"),
        QT_TRANSLATE_NOOP("JournalTableModel", "Minutes"),
        QT_TRANSLATE_NOOP("JournalTableModel", "Format"),
        QT_TRANSLATE_NOOP("JournalTableModel", "Held"),
        QT_TRANSLATE_NOOP("JournalTableModel", "Themes"),
        QT_TRANSLATE_NOOP("JournalTableModel", "Summary"),
        QT_TRANSLATE_NOOP("JournalTableModel", "Outcomes"),
    ]

    def __init__(self, parent=None):
        super().__init__(parent)
        self._sort = (COL_DATE, Qt.SortOrder.DescendingOrder)
        self.pairing_names: dict[int, str] = {}
        self.theme_names: dict[int, str] = {}
        self.theme: int | None = None
        self.period: tuple | None = None  # (first day, last day)

    def make_cells(self, row: MeetingRow) -> tuple:
        if row.held:
            held = QCoreApplication.translate("JournalTableModel", "held")
        else:
            held = QCoreApplication.translate("JournalTableModel", "cancelled by %1").replace(
                "%1", label(CANCELLED_BY, row.cancelled_by)
            )
        summary = " ".join(row.summary.split())
        if len(summary) > EXCERPT:
            summary = summary[: EXCERPT - 1] + "…"
        return (
            format_date(row.date),
            self.pairing_names.get(row.pairing_id, ""),
            str(row.duration_minutes),
            label(FORMATS, row.format),
            held,
            ", ".join(self.theme_names.get(t, "") for t in row.themes()),
            summary,
            str(row.outcomes) if row.outcomes else "",
        )

    def sort_key(self, row: MeetingRow, column: int):
        if column == COL_DATE:
            return (row.date, row.id)
        if column == COL_DURATION:
            return row.duration_minutes
        if column == COL_OUTCOMES:
            return row.outcomes
        if column == COL_PAIRING:
            return fold(self.pairing_names.get(row.pairing_id, ""))
        return super().sort_key(row, column)

    def haystack(self, row: MeetingRow) -> str:
        return fold(
            " ".join(
                (
                    self.pairing_names.get(row.pairing_id, ""),
                    row.summary,
                    *(self.theme_names.get(t, "") for t in row.themes()),
                )
            )
        )

    def accepts(self, row: MeetingRow) -> bool:
        if self.theme is not None and str(self.theme) not in (row.theme_ids or "").split(","):
            return False
        return self.period is None or self.period[0] <= row.date <= self.period[1]

    def line_data(self, row, cells, column: int, role):
        if role == Qt.ItemDataRole.ForegroundRole and not row.held:
            return QColor("#8a5a00")
        if role == Qt.ItemDataRole.ToolTipRole and column == COL_SUMMARY and row.summary:
            return row.summary
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (COL_DURATION, COL_OUTCOMES):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def set_filter(self, text: str, theme: int | None, period) -> None:
        self.set_search(text)
        self.theme = theme
        self.period = period
        self.refilter()
