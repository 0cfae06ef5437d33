"""Follow-up: every insight, idea and action of the programme, status changed in place."""

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLineEdit,
    QStyledItemDelegate,
    QVBoxLayout,
    QWidget,
)

from ..models import journal, programmes
from ..models.entities import Programme
from ..models.vocabulary import OUTCOME_KINDS, OUTCOME_STATUSES
from .labels import label, theme_label
from .messages import show_problem
from .outcome_table_model import COL_STATUS, COL_TEXT, STATUS_KEY_ROLE, OutcomeTableModel
from .table_view import fit_columns, make_table


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
        editor.setCurrentIndex(editor.findData(index.data(STATUS_KEY_ROLE)))

    def setModelData(self, editor, model, index):  # noqa: N802
        model.setData(index, editor.currentData(), Qt.ItemDataRole.EditRole)


class FollowUpTab(QWidget):
    changed = Signal()

    def __init__(self, parent=None):
        super().__init__(parent)
        self.programme: Programme | None = None
        self.model = OutcomeTableModel(self)
        self.model.problem.connect(lambda text: show_problem(self, self.tr("Not saved"), text))
        self.model.dataChanged.connect(lambda *_a: self.changed.emit())
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Search outcomes…"))
        self.search.setClearButtonEnabled(True)
        self.kind_filter = QComboBox()
        self.kind_filter.addItem(self.tr("All types"), None)
        for key in OUTCOME_KINDS:
            self.kind_filter.addItem(label(OUTCOME_KINDS, key), key)
        self.theme_filter = QComboBox()
        self.status_filter = QComboBox()
        self.status_filter.addItem(self.tr("Any status"), None)
        for key in OUTCOME_STATUSES:
            self.status_filter.addItem(label(OUTCOME_STATUSES, key), key)
        self.overdue_only = QCheckBox(self.tr("Overdue only"))
        self.search.textChanged.connect(self.apply_filter)
        for combo in (self.kind_filter, self.theme_filter, self.status_filter):
            combo.currentIndexChanged.connect(self.apply_filter)
        self.overdue_only.toggled.connect(self.apply_filter)
        top = QHBoxLayout()
        top.addWidget(self.search, 2)
        for widget in (self.kind_filter, self.theme_filter, self.status_filter):
            top.addWidget(widget, 1)
        top.addWidget(self.overdue_only)

        self.view = make_table(self.model)
        self.view.setItemDelegateForColumn(COL_STATUS, StatusDelegate(self.view))
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.AllEditTriggers)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.view)

    def set_read_only(self, read_only: bool) -> None:
        self.model.read_only = read_only

    def set_programme(self, programme: Programme | None) -> None:
        self.programme = programme
        themes = programmes.all_themes()
        self.model.theme_names = {t.id: theme_label(t) for t in themes}
        self.theme_filter.blockSignals(True)
        self.theme_filter.clear()
        self.theme_filter.addItem(self.tr("All themes"), None)
        for theme in themes:
            self.theme_filter.addItem(theme_label(theme), theme.id)
        self.theme_filter.blockSignals(False)
        self.reload()

    def reload(self) -> None:
        self.model.set_rows(journal.outcome_rows(self.programme) if self.programme else [])
        self.apply_filter()
        if self.model.rowCount():  # after every load: new rows may be wider
            fit_columns(self.view, COL_TEXT)

    def apply_filter(self) -> None:
        self.model.set_filter(
            self.search.text(),
            self.kind_filter.currentData(),
            self.theme_filter.currentData(),
            self.status_filter.currentData(),
            self.overdue_only.isChecked(),
        )

    def select(self, outcome_id: int) -> None:
        row = self.model.row_of(outcome_id)
        if row is None:  # hidden by a filter: clear the filters and look again
            for combo in (self.kind_filter, self.theme_filter, self.status_filter):
                combo.setCurrentIndex(0)
            self.overdue_only.setChecked(False)
            self.search.clear()
            row = self.model.row_of(outcome_id)
        if row is not None:
            self.view.selectRow(row)
            self.view.scrollTo(self.model.index(row, 0))
