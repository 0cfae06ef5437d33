"""Follow-up: every insight, idea and action of the programme; owner, status, due date and
effect changed in place, and each opens the meeting it came from."""

from PySide6.QtCore import Qt
from PySide6.QtCore import Signal
from PySide6.QtWidgets import QAbstractItemView
from PySide6.QtWidgets import QCheckBox
from PySide6.QtWidgets import QComboBox
from PySide6.QtWidgets import QHBoxLayout
from PySide6.QtWidgets import QLabel
from PySide6.QtWidgets import QMenu
from PySide6.QtWidgets import QPushButton
from PySide6.QtWidgets import QStyledItemDelegate
from PySide6.QtWidgets import QVBoxLayout

from rmentor.models.programme import journal
from rmentor.models.programme import programmes
from rmentor.models.programme.entities import Programme
from rmentor.models.text.vocabulary import OUTCOME_KINDS
from rmentor.models.text.vocabulary import OUTCOME_STATUSES
from rmentor.ui.common.labels import label
from rmentor.ui.common.labels import theme_label
from rmentor.ui.common.messages import show_problem
from rmentor.ui.tables.outcome_table_model import COL_DUE
from rmentor.ui.tables.outcome_table_model import COL_EFFECT
from rmentor.ui.tables.outcome_table_model import COL_OWNER
from rmentor.ui.tables.outcome_table_model import COL_STATUS
from rmentor.ui.tables.outcome_table_model import COL_TEXT
from rmentor.ui.tables.outcome_table_model import OutcomeTableModel
from rmentor.ui.tables.table_view import fit_columns
from rmentor.ui.tables.table_view import row_menu
from rmentor.ui.tables.table_view import select_rows
from rmentor.ui.tables.table_view import selected_positions
from rmentor.ui.tabs.table_tab import TableTab
from rmentor.ui.widgets.dates import NO_DATE
from rmentor.ui.widgets.dates import due_date_edit
from rmentor.ui.widgets.dates import due_date_of
from rmentor.ui.widgets.dates import to_qdate
from rmentor.ui.widgets.rows import choice_filter
from rmentor.ui.widgets.rows import refill
from rmentor.ui.widgets.rows import row_of
from rmentor.ui.widgets.rows import search_box

EFFECT_WIDTH = 160  # an effect is recorded on a few actions; What is read on every row


class StatusDelegate(QStyledItemDelegate):
    """A combo box of the outcome statuses, committed as soon as one is picked."""

    def createEditor(self, parent, option, index):  # noqa: N802 - Qt's name
        combo = QComboBox(parent)
        for key in OUTCOME_STATUSES:
            combo.addItem(label(OUTCOME_STATUSES, key), key)
        combo.activated.connect(lambda _i: self._commit(combo))
        return combo

    def _commit(self, combo) -> None:
        # commit, then close at once: left open, the editor would commit a second time
        # when it loses focus, after the view has let go of it
        self.commitData.emit(combo)
        self.closeEditor.emit(combo)

    def setEditorData(self, editor, index):  # noqa: N802
        editor.setCurrentIndex(editor.findData(index.data(Qt.ItemDataRole.EditRole)))

    def setModelData(self, editor, model, index):  # noqa: N802
        model.setData(index, editor.currentData(), Qt.ItemDataRole.EditRole)


class DueDelegate(QStyledItemDelegate):
    """The due date typed or picked in the cell; its lowest value means no date."""

    def createEditor(self, parent, option, index):  # noqa: N802
        edit = due_date_edit(None, self.tr("none"))
        edit.setParent(parent)
        return edit

    def setEditorData(self, editor, index):  # noqa: N802
        value = index.data(Qt.ItemDataRole.EditRole)
        editor.setDate(to_qdate(value) if value else NO_DATE)

    def setModelData(self, editor, model, index):  # noqa: N802
        editor.interpretText()  # a date typed and not yet taken in
        model.setData(index, due_date_of(editor), Qt.ItemDataRole.EditRole)


class FollowUpTab(TableTab):
    open_meeting = Signal(int, int)  # pairing id, meeting id

    def __init__(self, parent=None):
        super().__init__(OutcomeTableModel(), many=True, parent=parent)
        self.model.setParent(self)
        self.model.problem.connect(lambda text: show_problem(self, self.tr("Not saved"), text))
        self.model.dataChanged.connect(lambda *_a: self.changed.emit())
        self.model.gone.connect(self.reload, Qt.ConnectionType.QueuedConnection)
        self.search = search_box(self.tr("Search outcomes…"), self.apply_filter)
        self.kind_filter = choice_filter(
            self.tr("All types"), [(label(OUTCOME_KINDS, k), k) for k in OUTCOME_KINDS]
        )
        self.theme_filter = QComboBox()
        self.status_filter = choice_filter(
            self.tr("Any status"), [(label(OUTCOME_STATUSES, k), k) for k in OUTCOME_STATUSES]
        )
        self.overdue_only = QCheckBox(self.tr("Overdue only"))
        for combo in (self.kind_filter, self.theme_filter, self.status_filter):
            combo.currentIndexChanged.connect(self.apply_filter)
        self.overdue_only.toggled.connect(self.apply_filter)
        top = QHBoxLayout()
        top.addWidget(self.search, 2)
        for widget in (self.kind_filter, self.theme_filter, self.status_filter):
            top.addWidget(widget, 1)
        top.addWidget(self.overdue_only)

        self.view.setItemDelegateForColumn(COL_STATUS, StatusDelegate(self.view))
        self.view.setItemDelegateForColumn(COL_DUE, DueDelegate(self.view))
        # a double-click, F2 or typing edits owner, status, due date and effect in place
        self.view.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.AnyKeyPressed
            | QAbstractItemView.EditTrigger.SelectedClicked
        )
        self.meeting_button = QPushButton(self.tr("Open its meeting…"))
        self.meeting_button.clicked.connect(self._open_meeting)
        self.status_menu = QMenu(self.tr("Status"), self)
        for key in OUTCOME_STATUSES:
            text = label(OUTCOME_STATUSES, key)
            action = self.status_menu.addAction(text[:1].upper() + text[1:])
            action.triggered.connect(lambda _c=False, k=key: self.set_status(k))
        self.status_button = QPushButton(self.tr("Status"))
        self.status_button.setMenu(self.status_menu)
        self.owner_button = QPushButton(self.tr("Change owner"))
        self.owner_button.clicked.connect(self.change_owner)
        self.due_button = QPushButton(self.tr("Change due date"))
        self.due_button.clicked.connect(self.change_due_date)
        self.effect_button = QPushButton(self.tr("Record its effect"))
        self.effect_button.clicked.connect(lambda: self._edit_cell(COL_EFFECT))
        self.hint = QLabel(
            self.tr(
                "Double-click an owner, status, due date or effect to change it in place; "
                "select several rows (Shift, Ctrl, Ctrl+A) to change them together."
            )
        )
        self.hint.setWordWrap(True)
        buttons = row_of(
            self.meeting_button,
            self.status_button,
            self.owner_button,
            self.due_button,
            self.effect_button,
            (self.hint, 1),
        )
        row_menu(
            self.view,
            [
                self.meeting_button,
                None,
                self.status_button,
                self.owner_button,
                self.due_button,
                self.effect_button,
            ],
        )
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.view)
        layout.addLayout(buttons)
        self.actions_ready()

    def set_read_only(self, read_only: bool) -> None:
        self.model.read_only = read_only  # no editing in place either
        self.hint.setVisible(not read_only)  # nor an invitation to it
        super().set_read_only(read_only)

    def empty_text(self) -> str:
        if self.programme is None:
            return ""
        return self.tr(
            "Nothing to follow up yet: the insights, ideas and actions of a meeting show here "
            "once they are added to it in the Journal."
        )

    def update_actions(self) -> None:
        rows = selected_positions(self.view)
        writable = bool(rows) and not self.read_only
        self.meeting_button.setEnabled(len(rows) == 1)
        for button in (self.status_button, self.owner_button, self.due_button):
            button.setEnabled(writable)
        self.effect_button.setEnabled(writable and len(rows) == 1)  # an effect is one item's

    def _chosen(self) -> list[int]:
        return selected_positions(self.view)

    def _edit_cell(self, column: int) -> None:
        rows = self._chosen()
        if rows:
            index = self.model.index(rows[0], column)
            self.view.setCurrentIndex(index)
            self.view.edit(index)

    def set_status(self, key: str) -> None:
        self._set_for_chosen(COL_STATUS, key)

    def change_owner(self) -> None:
        """One item: typed in place. Several: asked once, for all of them."""
        rows = self._chosen()
        if len(rows) == 1:
            self._edit_cell(COL_OWNER)
            return
        from rmentor.ui.dialogs.bulk_dialogs import OwnerDialog

        owners = {self.model.row_at(r).owner for r in rows}
        self.dialog = OwnerDialog(len(rows), owners.pop() if len(owners) == 1 else "", self)
        self.dialog.chosen.connect(lambda owner: self._set_for_chosen(COL_OWNER, owner))
        self.dialog.open()

    def change_due_date(self) -> None:
        rows = self._chosen()
        if len(rows) == 1:
            self._edit_cell(COL_DUE)
            return
        from rmentor.ui.dialogs.bulk_dialogs import DueDateDialog

        dues = {self.model.row_at(r).due_date for r in rows}
        self.dialog = DueDateDialog(len(rows), dues.pop() if len(dues) == 1 else None, self)
        self.dialog.chosen.connect(lambda due: self._set_for_chosen(COL_DUE, due))
        self.dialog.open()

    def _set_for_chosen(self, column: int, value) -> None:
        rows = self._chosen()
        if rows and self.model.set_for_rows(rows, column, value):
            select_rows(self.view, rows)  # still selected: the next change is often the same

    def _open_meeting(self) -> None:
        row = self.current()
        if row is not None:
            self.open_meeting.emit(row.pairing_id, row.meeting_id)

    def set_programme(self, programme: Programme | None) -> None:
        self.programme = programme
        themes = programmes.all_themes()
        self.model.theme_names = {t.id: theme_label(t) for t in themes}
        refill(self.theme_filter, self.tr("All themes"), [(theme_label(x), x.id) for x in themes])
        self.reload()

    def reload(self) -> None:
        programme = self.programme
        count = journal.outcome_count(programme) if programme else 0
        self.load(
            count,
            self.tr("%Ln outcome(s)", "", count),
            lambda: journal.outcome_rows(programme) if programme else [],
            self._rows_shown,
        )

    def _rows_shown(self) -> None:
        self.apply_filter()
        # after every load (new rows may be wider; with none, the titles are whole); a
        # few effects recorded kept their column as wide as What, which the coordinator
        # reads first: the whole effect is in the cell's tooltip; none recorded yet, it
        # was as narrow as its title, and an effect was typed into a few letters' room
        effect = {COL_EFFECT: EFFECT_WIDTH}
        fit_columns(self.view, COL_TEXT, caps=effect, least=effect)

    def apply_filter(self) -> None:
        self.model.set_filter(
            self.search.text(),
            self.kind_filter.currentData(),
            self.theme_filter.currentData(),
            self.status_filter.currentData(),
            self.overdue_only.isChecked(),
        )

    def clear_filters(self) -> None:
        for combo in (self.kind_filter, self.theme_filter, self.status_filter):
            combo.setCurrentIndex(0)
        self.overdue_only.setChecked(False)
        self.search.clear()
