"""What the participants, pairings, journal and follow-up tabs share (as Vorta's BaseTab).

Each shows one table of the programme's rows with filters above it and actions
beside it: it loads when given a programme, finds a row by id (clearing filters
that hide it), knows its selection, and turns its actions on and off with the
selection and with a read-only file.
"""

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QWidget

from rmentor.models.programme.entities import Programme
from rmentor.ui.tables.table_view import make_table
from rmentor.ui.tables.table_view import select_row


class TableTab(QWidget):
    changed = Signal()  # the data changed: counts and other tabs need a refresh

    def __init__(self, model, many: bool = False, parent=None):
        super().__init__(parent)
        self.programme: Programme | None = None
        self.read_only = False
        self.dialog = None  # the form open from this tab, if any
        self.model = model
        self.view = make_table(model, many=many)

    # what each tab fills in

    def reload(self) -> None:
        """Read the rows again from the file."""
        raise NotImplementedError

    def clear_filters(self) -> None:
        """Show every row again."""
        raise NotImplementedError

    def update_actions(self) -> None:
        """Turn the actions on and off for the selection and the file."""

    # shared

    def actions_ready(self) -> None:
        """Call last in a tab's __init__: from now on the actions follow the selection."""
        self.view.selectionModel().selectionChanged.connect(lambda *_a: self.update_actions())
        self.model.modelReset.connect(self.update_actions)
        self.update_actions()

    def set_programme(self, programme: Programme | None) -> None:
        self.programme = programme
        self.reload()

    def set_read_only(self, read_only: bool) -> None:
        self.read_only = read_only
        self.update_actions()

    def selected_rows(self) -> list:
        """The selected rows, top to bottom as shown."""
        rows = sorted(i.row() for i in self.view.selectionModel().selectedRows())
        return [self.model.row_at(r) for r in rows]

    def current(self):
        """The one row selected; None when none or several are."""
        rows = self.selected_rows()
        return rows[0] if len(rows) == 1 else None

    def select(self, row_id: int) -> None:
        """Select the row with this id and show it; a filter that hides it is cleared."""
        row = self.model.row_of(row_id)
        if row is None:
            self.clear_filters()
            row = self.model.row_of(row_id)
        select_row(self.view, row)
