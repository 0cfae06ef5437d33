"""The follow-up table: insights, ideas and actions; owner, status and due date changed in place."""

import datetime as dt
from operator import attrgetter

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtCore import Qt
from PySide6.QtCore import Signal
from PySide6.QtGui import QColor

from rmentor.models.errors import DomainError
from rmentor.models.figures.attention import shorten
from rmentor.models.programme import journal
from rmentor.models.programme.entities import OutcomeItem
from rmentor.models.programme.journal import OutcomeRow
from rmentor.models.storage.database import db
from rmentor.models.text.vocabulary import OUTCOME_KINDS
from rmentor.models.text.vocabulary import OUTCOME_STATUSES
from rmentor.ui.common.labels import domain_text
from rmentor.ui.common.labels import fold
from rmentor.ui.common.labels import fold_many
from rmentor.ui.common.labels import format_date
from rmentor.ui.common.labels import label
from rmentor.ui.tables.row_table_model import RowTableModel
from rmentor.ui.window import history

(
    COL_DATE,
    COL_PAIRING,
    COL_KIND,
    COL_TEXT,
    COL_THEME,
    COL_OWNER,
    COL_STATUS,
    COL_DUE,
    COL_EFFECT,
) = range(9)
EDITABLE = (
    COL_OWNER,
    COL_STATUS,
    COL_DUE,
    COL_EFFECT,
)  # changed in place, each change one undoable step


class OutcomeTableModel(RowTableModel):
    CONTEXT = "OutcomeTableModel"
    HEADERS = [
        QT_TRANSLATE_NOOP("OutcomeTableModel", "Meeting"),
        QT_TRANSLATE_NOOP("OutcomeTableModel", "Pairing"),
        QT_TRANSLATE_NOOP("OutcomeTableModel", "Type"),
        QT_TRANSLATE_NOOP("OutcomeTableModel", "What"),
        QT_TRANSLATE_NOOP("OutcomeTableModel", "Theme"),
        QT_TRANSLATE_NOOP("OutcomeTableModel", "Owner"),
        QT_TRANSLATE_NOOP("OutcomeTableModel", "Status"),
        QT_TRANSLATE_NOOP("OutcomeTableModel", "Due"),
        QT_TRANSLATE_NOOP("OutcomeTableModel", "Effect"),
    ]
    problem = Signal(str)
    gone = Signal()  # the row edited was deleted meanwhile: the table needs reading again

    def __init__(self, parent=None):
        super().__init__(parent)
        self._sort = (COL_DATE, Qt.SortOrder.DescendingOrder)
        self.theme_names: dict[int, str] = {}
        self.kind = self.theme = self.status = None
        self.overdue_only = False
        self.read_only = False
        self.today = dt.date.today()

    def make_cells(self, row: OutcomeRow) -> tuple:
        due = format_date(row.due_date)
        if row.overdue(self.today):
            due = "⚠ " + due
        return (
            format_date(row.meeting_date),
            row.pairing_name,
            label(OUTCOME_KINDS, row.kind),
            row.text,
            self.theme_names.get(row.theme_id, ""),
            row.owner,
            label(OUTCOME_STATUSES, row.status),
            due,
            row.effect,
        )

    def sort_key(self, row: OutcomeRow, column: int):
        if column == COL_DATE:
            return (row.meeting_date, row.id)
        if column == COL_DUE:
            return row.due_date or dt.date.max
        return super().sort_key(row, column)

    def column_key(self, column: int):
        """Sort keys without the row's cells: 46,000 items made their cells to be sorted
        (0.3 s). A column of few values (a pairing, a kind, an owner) folds each once."""
        # (What and Effect: 0.2-0.33 s for the large demo, as their cells were made)
        if column == COL_DATE:
            return attrgetter("meeting_date", "id")
        if column in (COL_TEXT, COL_EFFECT):  # each row's own text: the column folded at once
            field = "text" if column == COL_TEXT else "effect"
            rows = self.all_rows()
            folded = fold_many([getattr(r, field) or "" for r in rows])
            keys = dict(zip((r.id for r in rows), folded, strict=True))
            return lambda row: keys[row.id]
        shown = {
            COL_PAIRING: attrgetter("pairing_name"),
            COL_KIND: lambda row: label(OUTCOME_KINDS, row.kind),
            COL_THEME: lambda row: self.theme_names.get(row.theme_id, ""),
            COL_OWNER: attrgetter("owner"),
            COL_STATUS: lambda row: label(OUTCOME_STATUSES, row.status),
        }.get(column)
        if shown is None:
            return super().column_key(column)
        folded: dict = {}

        def key(row):
            text = shown(row)
            if text not in folded:
                folded[text] = fold(text)
            return folded[text]

        return key

    def search_text(self, row: OutcomeRow) -> str:
        return " ".join(self.make_cells(row))

    def has_filters(self) -> bool:
        return any((self.kind, self.theme, self.status, self.overdue_only))

    def accepts(self, row: OutcomeRow) -> bool:
        return (
            (self.kind is None or row.kind == self.kind)
            and (self.theme is None or row.theme_id == self.theme)
            and (self.status is None or row.status == self.status)
            and (not self.overdue_only or row.overdue(self.today))
        )

    def flags(self, index):
        flags = super().flags(index)
        if index.isValid() and index.column() in EDITABLE and not self.read_only:
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def line_data(self, row, cells, column: int, role):
        if role == Qt.ItemDataRole.EditRole:  # what an editor starts from
            return {
                COL_OWNER: row.owner,
                COL_STATUS: row.status,
                COL_DUE: row.due_date,
                COL_EFFECT: row.effect,
            }.get(column)
        if role == Qt.ItemDataRole.ForegroundRole and column == COL_DUE and row.overdue(self.today):
            return QColor("#b00020")
        if role == Qt.ItemDataRole.ToolTipRole and column == COL_TEXT:
            return row.text
        if role == Qt.ItemDataRole.ToolTipRole and column == COL_EFFECT:
            return row.effect or self.tr("Double-click to record what came of it.")
        return None

    def setData(self, index, value, role=Qt.ItemDataRole.EditRole):
        if not index.isValid() or index.column() not in EDITABLE:
            return False
        if role != Qt.ItemDataRole.EditRole:
            return False
        return self.set_for_rows([index.row()], index.column(), value)

    def set_for_rows(self, view_rows: list[int], column: int, value) -> bool:
        """One field of several items at once (status, owner or due date), as one step
        to undo: "status of 3 items"."""
        if self.read_only or column not in EDITABLE:
            return False
        field, setter, one, many = {
            COL_STATUS: (  # with the status it is set to: the status line says it
                "status",
                journal.set_outcome_status,
                self.tr("status of “%1” to %2"),
                self.tr("status of %Ln item(s) to %2", "", len(view_rows)),
            ),
            COL_OWNER: (
                "owner",
                journal.set_outcome_owner,
                self.tr("owner of “%1”"),
                self.tr("owner of %Ln item(s)", "", len(view_rows)),
            ),
            COL_DUE: (
                "due_date",
                journal.set_outcome_due,
                self.tr("due date of “%1”"),
                self.tr("due date of %Ln item(s)", "", len(view_rows)),
            ),
            COL_EFFECT: ("effect", journal.set_outcome_effect, self.tr("effect of “%1”"), ""),
        }[column]
        positions = [self._visible[r] for r in view_rows]
        changing = [p for p in positions if getattr(self._rows[p], field) != value]
        if not changing:
            return False  # an editor closed without a change: no step to undo
        name = one.replace("%1", shorten(self._rows[changing[0]].text, 40))
        if column == COL_STATUS:
            name, many = (t.replace("%2", label(OUTCOME_STATUSES, value)) for t in (name, many))
        done = {}
        try:
            with history.step(name if len(changing) == 1 else many), db.atomic():
                for position in changing:  # all or none
                    item = OutcomeItem.get_by_id(self._rows[position].id)
                    setter(item, value)
                    done[position] = getattr(item, field)
        except DomainError as error:
            self.problem.emit(domain_text(error))
            return False
        except OutcomeItem.DoesNotExist:  # deleted outside this window
            self.problem.emit(self.tr("This item no longer exists; the list is read again."))
            self.gone.emit()
            return False
        for position, stored in done.items():
            self._rows[position] = self._rows[position]._replace(**{field: stored})
            self._cells[position] = None
        if self._haystacks is not None:  # only the rows changed are read again for a search
            changed = list(done)
            texts = self.haystacks_of([self._rows[p] for p in changed])
            for position, text in zip(changed, texts, strict=True):
                self._haystacks[position] = text
        # one signal for all: each makes the window count its status line again
        last = self.columnCount() - 1
        self.dataChanged.emit(self.index(min(view_rows), 0), self.index(max(view_rows), last))
        return True

    def set_filter(self, text, kind, theme, status, overdue_only) -> None:
        self.set_search(text)
        self.kind, self.theme, self.status = kind, theme, status
        self.overdue_only = overdue_only
        self.today = dt.date.today()
        self.refilter()
