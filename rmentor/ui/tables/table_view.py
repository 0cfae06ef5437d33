"""What the tables share: fitting the columns to their headers and contents after every
load, the right-click menu of a row, selecting a row, and the small tables of rows to
choose from in a dialog (choice_table)."""

from PySide6.QtCore import QEvent
from PySide6.QtCore import QItemSelection
from PySide6.QtCore import QItemSelectionModel
from PySide6.QtCore import QObject
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtGui import QContextMenuEvent
from PySide6.QtGui import QKeySequence
from PySide6.QtGui import QShortcut
from PySide6.QtWidgets import QAbstractItemView
from PySide6.QtWidgets import QHeaderView
from PySide6.QtWidgets import QMenu
from PySide6.QtWidgets import QProxyStyle
from PySide6.QtWidgets import QStyle
from PySide6.QtWidgets import QStyleOptionHeader
from PySide6.QtWidgets import QTableView

from rmentor.ui.common.mnemonics import letter_of
from rmentor.ui.common.mnemonics import with_letter

SAMPLE_ROWS = 100  # enough to size a column; measuring 100,000 rows would take seconds
MAX_WIDTH = 260
MIN_SHRUNK = 90  # how far a column is cut to make room for the others


def fit_columns(
    view: QTableView,
    stretch_column: int | None = None,
    caps: dict[int, int] | None = None,
    least: dict[int, int] | None = None,
) -> None:
    """Widen every column to its header and a sample of rows (Dutch headers are long), up
    to MAX_WIDTH or its own cap in `caps`, and at least its width in `least` (a column
    typed in, empty at first). While a filter hides rows, columns only widen: fitted to
    the few shown (or none), they would cut the others once the filter is cleared."""
    header = view.horizontalHeader()
    header.setResizeContentsPrecision(SAMPLE_ROWS)
    model = view.model()
    filtered = model.rowCount() < getattr(model, "total", model.rowCount)()
    widths, floors = {}, {}
    for column in range(header.count()):
        if column == stretch_column or header.isSectionHidden(column):
            continue
        header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
        # the title as the style draws it: margins and sort arrow too (Dutch titles are long)
        title_width = header.sectionSizeFromContents(column).width()
        wanted = max(view.sizeHintForColumn(column) + 8, title_width, (least or {}).get(column, 0))
        if filtered:
            wanted = max(wanted, view.columnWidth(column))
        widths[column] = min((caps or {}).get(column, MAX_WIDTH), wanted)
        floors[column] = min(widths[column], max(title_width, MIN_SHRUNK))
    if not filtered and view.isVisible():
        room = view.viewport().width()
        bar = view.verticalScrollBar()
        if not bar.isVisible():  # the rows just read may need it, once laid out
            room -= bar.sizeHint().width()
        if stretch_column is not None:
            room -= _whole(view, stretch_column)
        widths = narrowed(widths, floors, room)
    for column, width in widths.items():
        view.setColumnWidth(column, width)
    if stretch_column is not None:
        keeper = view.findChild(_StretchKeeper)
        if keeper is None:
            keeper = _StretchKeeper(view)
        keeper.column = stretch_column
        keeper.fit()


def _whole(view: QTableView, column: int) -> int:
    """The least the stretching column is given: its title, and its cells ("⚠ te laat")."""
    return min(
        MAX_WIDTH,
        max(
            view.horizontalHeader().sectionSizeFromContents(column).width(),
            view.sizeHintForColumn(column) + 8,
        ),
    )


def narrowed(widths: dict[int, int], floors: dict[int, int], room: int) -> dict[int, int]:
    """The widest columns cut down together until every column fits in `room`, none
    below its floor: one long name or department pushed the last columns out of sight
    (their cells say the whole in a tooltip); where even the floors do not fit, it
    scrolls sideways."""
    if sum(widths.values()) <= room:
        return widths
    low, high = 0, max(widths.values())
    while low < high:  # the highest cap at which they fit
        cap = (low + high + 1) // 2
        if sum(min(w, max(cap, floors[c])) for c, w in widths.items()) <= room:
            low = cap
        else:
            high = cap - 1
    return {c: min(w, max(low, floors[c])) for c, w in widths.items()}


class _StretchKeeper(QObject):
    """The column that takes the room left never gets less than its title: on a narrow
    window it keeps its title's width and the table scrolls sideways, instead of cutting
    "Te laat" to "Te l…"."""

    def __init__(self, view: QTableView):
        super().__init__(view)
        self.view = view
        self.column = 0
        view.viewport().installEventFilter(self)

    def fit(self) -> None:
        header = self.view.horizontalHeader()
        title = _whole(self.view, self.column)
        others = sum(
            header.sectionSize(c)
            for c in range(header.count())
            if c != self.column and not header.isSectionHidden(c)
        )
        if self.view.viewport().width() - others >= title:
            header.setSectionResizeMode(self.column, QHeaderView.ResizeMode.Stretch)
        else:
            header.setSectionResizeMode(self.column, QHeaderView.ResizeMode.Interactive)
            header.resizeSection(self.column, title)

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.Resize:
            self.fit()
        return False


class SortArrows(QProxyStyle):
    """The sort arrow points the way the values run, as in Explorer and Finder: up for
    A to Z and oldest first, down for newest first. Qt draws it the other way round, so
    the journal, newest first, showed an arrow pointing up."""

    FLIPPED = {
        QStyleOptionHeader.SortIndicator.SortUp: QStyleOptionHeader.SortIndicator.SortDown,
        QStyleOptionHeader.SortIndicator.SortDown: QStyleOptionHeader.SortIndicator.SortUp,
    }

    def drawPrimitive(self, element, option, painter, widget=None) -> None:  # noqa: N802
        if element == QStyle.PrimitiveElement.PE_IndicatorHeaderArrow and isinstance(
            option, QStyleOptionHeader
        ):
            option = QStyleOptionHeader(option)
            option.sortIndicator = self.FLIPPED.get(option.sortIndicator, option.sortIndicator)
        super().drawPrimitive(element, option, painter, widget)


_arrows: list[SortArrows] = []  # one for every header, made once there is an application


def sort_arrows() -> SortArrows:
    if not _arrows:
        _arrows.append(SortArrows())
    return _arrows[0]


def make_table(model, many: bool = False) -> QTableView:
    """A read-only table of whole rows, sortable by clicking a header."""
    view = QTableView()
    view.setModel(model)
    view.setSortingEnabled(True)
    view.horizontalHeader().setStyle(sort_arrows())
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


def select_row(view: QTableView, row: int | None, add: bool = False) -> None:
    """Select a whole row (by its position in the view) and show it; with add, beside
    the rows selected already."""
    if row is None:
        return
    index = view.model().index(row, 0)
    flag = QItemSelectionModel.SelectionFlag
    view.selectionModel().setCurrentIndex(
        index, (flag.Select if add else flag.ClearAndSelect) | flag.Rows
    )
    view.scrollTo(index)


def select_rows(view: QTableView, rows: list[int | None]) -> None:
    """Select these rows (positions in the view) in one step: one by one, each step
    told every listener, and 1,900 rows took minutes."""
    model, flag = view.model(), QItemSelectionModel.SelectionFlag
    wanted = sorted(r for r in rows if r is not None)
    selection = QItemSelection()
    for row in wanted:
        selection.select(model.index(row, 0), model.index(row, model.columnCount() - 1))
    view.selectionModel().select(selection, flag.ClearAndSelect | flag.Rows)
    if wanted:
        view.selectionModel().setCurrentIndex(model.index(wanted[0], 0), flag.NoUpdate)
        view.scrollTo(model.index(wanted[0], 0))


def selected_positions(view: QTableView) -> list[int]:
    """The rows selected (positions in the view), top to bottom, read from the selection's
    ranges: selectedRows() asks Python's model for every cell of every row, and Ctrl+A
    over 5,000 people held the window a quarter of a second."""
    rows = set()
    for block in view.selectionModel().selection():
        rows.update(range(block.top(), block.bottom() + 1))
    return sorted(rows)


class _RowMenu(QObject):
    """Opens the menu for a right-click where it was made, and for the Menu key (or
    Shift+F10) at the selected row, not wherever the mouse happens to be."""

    def __init__(self, view: QTableView, buttons: list):
        super().__init__(view)
        self.view = view
        self.buttons = buttons

    def eventFilter(self, watched, event):  # noqa: N802 - Qt's name
        if event.type() != QEvent.Type.ContextMenu:
            return False
        view = self.view
        if event.reason() == QContextMenuEvent.Reason.Mouse:
            pos = view.viewport().mapFrom(watched, event.pos()) if watched is view else event.pos()
            index = view.indexAt(pos)
            if index.isValid() and not view.selectionModel().isRowSelected(index.row()):
                select_row(view, index.row())
        else:
            index = view.currentIndex()
            rect = view.visualRect(index) if index.isValid() else view.viewport().rect()
            pos = rect.center() if index.isValid() else rect.topLeft()
        self.show(pos)
        return True

    def show(self, pos) -> None:
        menu = QMenu(self.view)
        menu.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        own: list[QAction] = []
        for button in self.buttons:
            if button is None:
                menu.addSeparator()
                continue
            if isinstance(button, QAction):  # an action of the menu's own, no button
                menu.addAction(button)
                own.append(button)
                continue
            if button.menu() is not None:  # a button with choices: the same choices
                action = menu.addMenu(button.menu())
                action.setText(button.text())  # the button's words: its menu has no title
            else:
                action = menu.addAction(button.text())
                action.triggered.connect(button.click)
            action.setEnabled(button.isEnabled())
        # the buttons' letters were matched in their tab; an action of the menu's own
        # takes a letter none of them has ("Comp&lete" and "&Log a meeting" clashed)
        for action in own:
            taken = {letter_of(a.text()) for a in menu.actions() if a is not action}
            action.setText(with_letter(action.text().replace("&", ""), taken))
        menu.popup(self.view.viewport().mapToGlobal(pos))


def row_menu(view: QTableView, buttons: list, delete=None) -> None:
    """A right-click menu with the row's actions, the same as the buttons beside the
    table (as they stand: a button that is off is an action that is off) and any
    QAction of the menu's own, and the Delete key for the delete button."""
    menu = _RowMenu(view, buttons)
    view.installEventFilter(menu)
    view.viewport().installEventFilter(menu)
    if delete is not None:
        shortcut = QShortcut(QKeySequence(QKeySequence.StandardKey.Delete), view)
        shortcut.setContext(Qt.ShortcutContext.WidgetShortcut)
        shortcut.activated.connect(lambda: delete.click() if delete.isEnabled() else None)


def choice_table(rows: int, headers: list[str], single: bool = False, edit: bool = False):
    """A small table of whole rows to choose from (in a dialog, not a tab's model)."""
    from PySide6.QtWidgets import QTableWidget

    table = QTableWidget(rows, len(headers))
    table.setHorizontalHeaderLabels(headers)
    table.verticalHeader().hide()
    if not edit:  # a list to read and choose from: Tab goes on to the next control
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setTabKeyNavigation(False)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    if single:
        table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    return table


def chosen(table, items: list):
    """The item of a choice_table's first selected row (its rows are `items`), or None."""
    rows = table.selectionModel().selectedRows()
    return items[rows[0].row()] if rows else None
