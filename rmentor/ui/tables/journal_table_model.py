"""The journal table: one row per meeting, newest first."""

from operator import attrgetter

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtCore import QCoreApplication
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor

from rmentor.models.programme.journal import MeetingRow
from rmentor.models.text.vocabulary import CANCELLED_BY
from rmentor.models.text.vocabulary import FORMATS
from rmentor.ui.common.labels import fold
from rmentor.ui.common.labels import fold_many
from rmentor.ui.common.labels import format_date
from rmentor.ui.common.labels import label
from rmentor.ui.tables.row_table_model import RowTableModel

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
        self.set_names({}, {})
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
            str(row.duration_minutes) if row.held else "",  # a meeting called off took none
            label(FORMATS, row.format),
            held,
            ", ".join(self.theme_names.get(t, "") for t in row.themes()),
            summary,
            str(row.outcomes) if row.outcomes else "",
        )

    def set_names(self, pairing_names: dict[int, str], theme_names: dict[int, str]) -> None:
        self.pairing_names, self.theme_names = pairing_names, theme_names
        # Folded once: a journal has 100,000 meetings but only a few thousand pairings.
        self._folded_pairs = {pid: fold(name) for pid, name in pairing_names.items()}
        self._folded_themes = {str(tid): fold(name) for tid, name in theme_names.items()}
        self._theme_keys: dict[str | None, str] = {}

    def _themes_key(self, theme_ids: str | None) -> str:
        key = self._theme_keys.get(theme_ids)
        if key is None:
            ids = theme_ids.split(",") if theme_ids else []
            key = self._theme_keys[theme_ids] = " ".join(
                sorted(self._folded_themes.get(t, "") for t in ids)
            )
        return key

    def column_key(self, column: int):
        fast = {
            COL_DATE: attrgetter("date", "id"),
            COL_DURATION: attrgetter("duration_minutes"),
            COL_FORMAT: attrgetter("format"),
            COL_OUTCOMES: attrgetter("outcomes"),
        }
        if column in fast:
            return fast[column]
        if column == COL_PAIRING:
            names = self._folded_pairs
            return lambda row: names.get(row.pairing_id, "")
        return super().column_key(column)

    def sort_key(self, row: MeetingRow, column: int):
        if column == COL_DATE:
            return (row.date, row.id)
        if column == COL_PAIRING:
            return self._folded_pairs.get(row.pairing_id, "")
        if column == COL_DURATION:
            return row.duration_minutes
        if column == COL_FORMAT:
            return row.format
        if column == COL_HELD:
            return (row.held, row.cancelled_by or "")
        if column == COL_THEMES:
            return self._themes_key(row.theme_ids)
        if column == COL_OUTCOMES:
            return row.outcomes
        return fold(row.summary)

    def haystacks_of(self, rows: list) -> list[str]:
        """Only the summaries are folded per meeting; pairings and themes per name."""
        return fold_many([r.summary for r in rows])

    def matching(self, positions: list[int], needles: list[str]) -> list[int]:
        self.prepare_search()
        hay, rows = self._haystacks, self._rows
        for needle in needles:
            pairs = {pid for pid, name in self._folded_pairs.items() if needle in name}
            themes = {tid for tid, name in self._folded_themes.items() if needle in name}
            if not pairs and not themes:  # the usual case: the summaries alone decide
                positions = [i for i in positions if needle in hay[i]]
                continue
            positions = [
                i
                for i in positions
                if needle in hay[i]
                or rows[i].pairing_id in pairs
                or (themes and not themes.isdisjoint((rows[i].theme_ids or "").split(",")))
            ]
        return positions

    def has_filters(self) -> bool:
        return self.theme is not None or self.period is not None

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
