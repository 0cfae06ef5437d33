"""What the participants, pairings, journal and follow-up tabs share (as Vorta's BaseTab).

Each shows one table of the programme's rows with filters above it and actions
beside it: it loads when given a programme, finds a row by id (clearing filters
that hide it), knows its selection, and turns its actions on and off with the
selection and with a read-only file.
"""

from collections.abc import Callable

from PySide6.QtCore import QLocale
from PySide6.QtCore import Signal
from PySide6.QtWidgets import QLabel
from PySide6.QtWidgets import QWidget

from rmentor.models.programme.entities import Programme
from rmentor.models.storage.database import failure_reason
from rmentor.ui.common import background
from rmentor.ui.common.labels import domain_text
from rmentor.ui.tables.table_view import make_table
from rmentor.ui.tables.table_view import select_row
from rmentor.ui.tables.table_view import selected_positions

# Rows a table reads at once, on the window's thread (well within 0.2 s); more are read,
# sorted and readied for searching on a thread of their own.
BIG = 2_000


class TableTab(QWidget):
    changed = Signal()  # the data changed: counts and other tabs need a refresh
    _read = Signal(int, object)  # from the reading thread: which reading, what it found

    def __init__(self, model, many: bool = False, parent=None):
        super().__init__(parent)
        self.programme: Programme | None = None
        self.read_only = False
        self.dialog = None  # the form open from this tab, if any
        self.model = model
        self.view = make_table(model, many=many)
        self.wanted = 0  # which reading's rows are wanted: an older one's are dropped
        self._reading = False
        self._then: list[Callable[[], None]] = []
        self._read.connect(self._rows_read)
        self.state = QLabel(self.view.viewport())  # "Reading 100,000 meetings…"
        self.state.setObjectName("table_state")
        self.state.setAutoFillBackground(True)
        # in every state: on the greyed table it would be greyed too, and it says what is
        # going on (the colours of the read-only line)
        self.state.setStyleSheet(
            "color: #3d2e00; background: #fff3c4; border: 1px solid #d9b44a; padding: 2px;"
        )
        self.state.setMargin(8)
        self.state.hide()
        self._none_match = False  # the state line says that no row matches
        model.modelReset.connect(self._say_if_none_match)

    # what each tab fills in

    def reload(self) -> None:
        """Read the rows again from the file."""
        raise NotImplementedError

    def clear_filters(self) -> None:
        """Show every row again."""
        raise NotImplementedError

    def update_actions(self) -> None:
        """Turn the actions on and off for the selection and the file."""

    def empty_text(self) -> str:
        """What a table with no row at all says to do first ("": nothing)."""
        return ""

    # shared

    def actions_ready(self) -> None:
        """Call last in a tab's __init__: from now on the actions follow the selection."""
        self.view.selectionModel().selectionChanged.connect(lambda *_a: self.update_actions())
        self.model.modelReset.connect(self.update_actions)
        self.update_actions()

    def set_programme(self, programme: Programme | None) -> None:
        self.programme = programme
        self.reload()

    def load(self, count: int, what: str, read: Callable[[], list], then) -> None:
        """The rows read() gives, then then(). Up to BIG rows at once; a bigger table
        (count rows; what says "%1 meetings") is read on a thread of its own while the
        window stays in use, the old rows shown greyed with what is going on."""
        self.wanted += 1
        if count <= BIG:  # also when it overtakes a big reading still under way
            self._reading = False
            self.view.setEnabled(True)
            self.state.hide()
            self.model.set_rows(read())
            self._shown(then)
            return
        reading, model = self.wanted, self.model
        self._reading = True
        self.view.setEnabled(False)
        self.update_actions()  # the greyed rows may be gone: nothing acts on them
        self._say(self.tr("Reading %1…").replace("%1", what))

        background.start(
            "reading a table",
            lambda: model.prepared(read()),
            lambda found: self._read.emit(reading, (found, then)),
        )

    def loading(self) -> bool:
        return self._reading

    def when_loaded(self, step: Callable[[], None]) -> None:
        """Run step now, or once the rows being read are shown (selecting one of them)."""
        if self._reading:
            self._then.append(step)
        else:
            step()

    def _rows_read(self, reading: int, found) -> None:
        if reading != self.wanted:
            return  # read again since: the newer reading's rows are wanted
        self._reading = False
        self.view.setEnabled(True)
        rows, then = found
        if isinstance(rows, Exception):
            self._then.clear()
            self.model.set_rows([])  # no rows of before (another programme's, perhaps)
            self._say(
                self.tr("The rows could not be read (%1). The file was not changed.").replace(
                    "%1", domain_text(failure_reason(rows))
                )
            )
            return
        self.state.hide()
        self.model.take(rows)
        self._shown(then)

    def _shown(self, then) -> None:
        then()
        steps, self._then = self._then, []
        for step in steps:
            step()

    def _say_if_none_match(self) -> None:
        """A search or filter that leaves no row says so: a blank table read as if nothing
        had been found to follow up, or the filters were broken. A table with no row at
        all says what to do first, where its tab knows."""
        if self._reading:
            return
        total = self.model.total()
        if total and not self.model.rowCount():
            self._say(
                self.tr("No row matches the search and the filters (%1 in all).").replace(
                    "%1", QLocale().toString(total)
                )
            )
            self._none_match = True
        elif not total and self.empty_text():
            self._say(self.empty_text())
            self._none_match = True  # gone once there are rows
        elif self._none_match:
            self.state.hide()
            self._none_match = False

    def _say(self, text: str) -> None:
        self._none_match = False  # what it says now is something else
        self.state.setText(text)
        self.state.adjustSize()
        self.state.move(12, 12)
        self.state.show()
        self.state.raise_()

    def set_read_only(self, read_only: bool) -> None:
        self.read_only = read_only
        self.update_actions()

    def selected_rows(self) -> list:
        """The selected rows, top to bottom as shown; none while the rows are read again
        (the greyed ones may have changed or gone)."""
        if self._reading:
            return []
        rows = selected_positions(self.view)
        return [self.model.row_at(r) for r in rows]

    def current(self):
        """The one row selected; None when none or several are."""
        rows = self.selected_rows()
        return rows[0] if len(rows) == 1 else None

    def select(self, row_id: int) -> None:
        """Select the row with this id and show it; a filter that hides it is cleared.
        While the rows are being read, once they are shown."""
        if self._reading:
            self._then.append(lambda: self.select(row_id))
            return
        row = self.model.row_of(row_id)
        # hidden by the filters: they are cleared; gone (deleted): the filters stay
        if row is None and any(r.id == row_id for r in self.model.all_rows()):
            self.clear_filters()
            row = self.model.row_of(row_id)
        select_row(self.view, row)
