"""The participants tab: search, quick filters, and the actions on participants."""

from pathlib import Path

from PySide6.QtCore import QItemSelectionModel
from PySide6.QtCore import QLocale
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox
from PySide6.QtWidgets import QFileDialog
from PySide6.QtWidgets import QHBoxLayout
from PySide6.QtWidgets import QLabel
from PySide6.QtWidgets import QMenu
from PySide6.QtWidgets import QMessageBox
from PySide6.QtWidgets import QVBoxLayout

from rmentor.models.errors import DomainError
from rmentor.models.errors import system_reason
from rmentor.models.programme import participants
from rmentor.models.programme import privacy
from rmentor.models.programme import programmes
from rmentor.models.programme.entities import Participant
from rmentor.models.text.vocabulary import MENTEE
from rmentor.models.text.vocabulary import MENTOR
from rmentor.models.text.vocabulary import ROLES
from rmentor.ui.common import mnemonics
from rmentor.ui.common import notices
from rmentor.ui.common.folders import remember
from rmentor.ui.common.folders import start_folder
from rmentor.ui.common.labels import label
from rmentor.ui.common.labels import theme_label
from rmentor.ui.common.messages import show_problem
from rmentor.ui.tables.participant_table_model import COL_NAME
from rmentor.ui.tables.participant_table_model import COL_THEMES
from rmentor.ui.tables.participant_table_model import PAIRING_STATES
from rmentor.ui.tables.participant_table_model import ParticipantFilter
from rmentor.ui.tables.participant_table_model import ParticipantTableModel
from rmentor.ui.tables.participant_table_model import translated as model_tr
from rmentor.ui.tables.table_view import fit_columns
from rmentor.ui.tables.table_view import row_menu
from rmentor.ui.tabs.table_tab import TableTab
from rmentor.ui.widgets.rows import button
from rmentor.ui.widgets.rows import row_of
from rmentor.ui.widgets.rows import search_box

# Dialogs are imported where they open, so start-up does not load them (nor SciPy).
from rmentor.ui.window import history
from rmentor.ui.window.record_windows import open_once


class ParticipantsTab(TableTab):
    def __init__(self, parent=None):
        super().__init__(ParticipantTableModel(), many=True, parent=parent)
        self.model.setParent(self)

        self.search = search_box(self.tr("Search names, departments, themes…"), self.apply_filter)
        self.search.setObjectName("participant_search")
        self.role_filter = self._combo(
            [(self.tr("All roles"), None)] + [(label(ROLES, k), k) for k in (MENTOR, MENTEE)]
        )
        self.department_filter = self._combo([(self.tr("All departments"), None)])
        self.status_filter = self._combo(
            [(self.tr("Paired or not"), None)]
            + [(model_tr(text), key) for key, text in PAIRING_STATES.items()]
        )
        self.active_filter = self._combo(
            [
                (self.tr("Active and inactive"), None),
                (self.tr("Active"), True),
                (self.tr("Inactive"), False),
            ]
        )
        filters = QHBoxLayout()
        filters.addWidget(self.search, 3)
        for combo in (
            self.role_filter,
            self.department_filter,
            self.status_filter,
            self.active_filter,
        ):
            filters.addWidget(combo, 1)
            combo.currentIndexChanged.connect(self.apply_filter)

        self.view.setObjectName("participants_view")
        self.view.sortByColumn(COL_NAME, Qt.SortOrder.AscendingOrder)
        # a long name cut keeps its end: the surname, which the list is sorted and searched by
        self.view.setWordWrap(False)  # (wrapped, a cut line loses its end whatever the mode)
        self.view.setTextElideMode(Qt.TextElideMode.ElideMiddle)
        # activated: a double-click, or Return (it fires on a double-click too, so
        # doubleClicked is not connected as well: that opened two forms)
        self.view.activated.connect(lambda _index: self.edit_selected())

        self.add_button = button(self.tr("Add…"), self.add)
        self.edit_button = button(self.tr("Edit…"), self.edit_selected)
        self.active_button = button(self.tr("Deactivate"), self.toggle_active)
        self.delete_button = button(self.tr("Delete…"), self.delete_selected)
        self.count_label = QLabel()
        self.privacy_button = button(self.tr("Personal data"))
        privacy = QMenu(self)
        self.export_data_action = privacy.addAction(self.tr("Export everything about them…"))
        self.erase_action = privacy.addAction(self.tr("Erase them…"))
        self.export_data_action.triggered.connect(self.export_personal_data)
        self.erase_action.triggered.connect(self.erase_selected)
        self.privacy_button.setMenu(privacy)
        buttons = row_of(
            self.add_button,
            self.edit_button,
            self.active_button,
            self.delete_button,
            self.privacy_button,
            None,
            self.count_label,
        )

        row_menu(
            self.view,
            [self.edit_button, self.active_button, self.delete_button],
            delete=self.delete_button,
        )
        layout = QVBoxLayout(self)
        layout.addLayout(filters)
        layout.addWidget(self.view)
        layout.addLayout(buttons)
        self.actions_ready()

    def _combo(self, items) -> QComboBox:
        combo = QComboBox()
        for text, data in items:
            combo.addItem(text, data)
        return combo

    # Loading and filtering

    def reload(self) -> None:
        programme = self.programme
        if programme is not None:  # set first: a reading on a thread words the rows with them
            self.model.theme_names = {t.id: theme_label(t) for t in programmes.all_themes()}
        count = 0 if programme is None else participants.participant_count(programme)
        self.load(
            count,
            self.tr("%Ln participant(s)", "", count),
            lambda: [] if programme is None else participants.participant_rows(programme),
            self._rows_shown,
        )

    def _rows_shown(self) -> None:
        # after every load: new rows may be wider; with none, the titles are whole
        fit_columns(self.view, COL_THEMES)
        current = self.department_filter.currentData()
        self.department_filter.blockSignals(True)
        while self.department_filter.count() > 1:
            self.department_filter.removeItem(1)
        for department in self.model.departments():
            self.department_filter.addItem(department, department)
        self.department_filter.setCurrentIndex(max(0, self.department_filter.findData(current)))
        self.department_filter.blockSignals(False)
        self.apply_filter()

    def apply_filter(self) -> None:
        self.model.set_filter(
            ParticipantFilter(
                text=self.search.text(),
                role=self.role_filter.currentData(),
                department=self.department_filter.currentData(),
                pairing_status=self.status_filter.currentData(),
                active=self.active_filter.currentData(),
            )
        )
        self.count_label.setText(
            self.tr("%Ln of %1 shown", "", self.model.rowCount()).replace(
                "%1", QLocale().toString(self.model.total())
            )
        )

    def clear_filters(self) -> None:
        for combo in (
            self.role_filter,
            self.department_filter,
            self.status_filter,
            self.active_filter,
        ):
            combo.setCurrentIndex(0)
        self.search.clear()

    # Selection and actions

    def update_actions(self) -> None:
        selected = self.selected_rows()
        has_programme = self.programme is not None
        writable = not self.read_only
        self.add_button.setEnabled(has_programme and writable)
        self.edit_button.setEnabled(len(selected) == 1 and writable)
        self.delete_button.setEnabled(len(selected) == 1 and writable)
        self.privacy_button.setEnabled(len(selected) == 1)
        self.erase_action.setEnabled(len(selected) == 1 and writable)
        self.active_button.setEnabled(bool(selected) and writable)
        reactivate = bool(selected) and all(not r.active for r in selected)
        mnemonics.retext(
            self.active_button, self.tr("Reactivate") if reactivate else self.tr("Deactivate")
        )

    def add(self) -> None:
        if self.programme is not None:
            self._open_dialog(None)

    def edit_selected(self) -> None:
        selected = self.selected_rows()
        if len(selected) == 1 and not self.read_only:
            self._open_dialog(Participant.get_by_id(selected[0].id))

    def _open_dialog(self, participant: Participant | None) -> None:
        from rmentor.ui.dialogs.participant_dialog import ParticipantDialog

        def make():
            dialog = ParticipantDialog(self.programme, participant, self)
            dialog.saved.connect(self._saved)
            return dialog

        self.dialog = open_once(
            self, ("participant", participant.id if participant else None), make
        )

    def _saved(self, participant_id: int) -> None:
        self.reload()
        self.select(participant_id)
        self.changed.emit()

    def toggle_active(self) -> None:
        selected = self.selected_rows()
        if not selected:
            return
        activate = all(not r.active for r in selected)
        ids = [r.id for r in selected]
        name = (
            self.tr("activate %Ln participant(s)", "", len(ids))
            if activate
            else self.tr("deactivate %Ln participant(s)", "", len(ids))
        )
        with history.step(name):
            participants.set_active(Participant.select().where(Participant.id.in_(ids)), activate)
        self.reload()
        self.when_loaded(lambda: self._select_all(ids))  # the selection kept
        self.changed.emit()

    def _select_all(self, ids: list[int]) -> None:
        for pid in ids:
            row = self.model.row_of(pid)
            if row is not None:
                self.view.selectionModel().select(
                    self.model.index(row, 0),
                    QItemSelectionModel.SelectionFlag.Select
                    | QItemSelectionModel.SelectionFlag.Rows,
                )

    def export_personal_data(self) -> None:
        """A colleague asks what is kept about them: everything, as a readable JSON file."""
        selected = self.selected_rows()
        if len(selected) != 1:
            return
        person = Participant.get_by_id(selected[0].id)
        name, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Export personal data"),
            str(start_folder() / f"{person.full_name} - rmentor.json"),
            "JSON (*.json)",
        )
        if not name:
            return
        remember(name)
        try:
            privacy.write_personal_data(person, name)
        except OSError as error:
            show_problem(self, self.tr("Not exported"), system_reason(error))
            return
        except DomainError as error:  # the data file itself was chosen
            show_problem(self, self.tr("Not exported"), error)
            return
        notices.tell(self.tr("Personal data exported to %1").replace("%1", Path(name).name), name)
        QMessageBox.information(
            self,
            self.tr("Personal data exported"),
            self.tr(
                "Everything the file keeps about %1 is in %2, except confidential notes, which "
                "never leave the app."
            )
            .replace("%1", person.full_name)
            .replace("%2", name),
        )

    def erase_selected(self) -> None:
        """A colleague asks to be forgotten: their name and data go, the figures stay."""
        selected = self.selected_rows()
        if len(selected) != 1:
            return
        person = Participant.get_by_id(selected[0].id)
        answer = QMessageBox.warning(
            self,
            self.tr("Erase %1?").replace("%1", person.full_name),
            self.tr(
                "This removes %1's profile and evaluations, clears what was written about "
                "their pairings (meeting summaries, confidential notes, outcome texts, "
                'comments and reasons) and replaces their name with "erased participant" '
                "everywhere. Meetings, outcomes and scores stay counted in the figures. This "
                "cannot be undone."
            ).replace("%1", person.full_name),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        try:
            kept = privacy.erase(person)
        except DomainError as error:
            show_problem(self, self.tr("Not erased"), error)
            return
        finally:
            history.forget()  # no step may bring the erased data back
        self.reload()
        self.changed.emit()
        notices.tell(self.tr("Participant erased; this cannot be undone."))
        if (
            kept
            and QMessageBox.question(
                self,
                self.tr("Backup copies"),
                self.tr(
                    "%Ln backup copy(ies) made before the erasure still hold the data. "
                    "Delete them now? (Keep them only if you may need to undo a mistake.)",
                    "",
                    len(kept),
                ),
            )
            == QMessageBox.StandardButton.Yes
        ):
            for backup in kept:
                backup.path.unlink(missing_ok=True)

    def delete_selected(self) -> None:
        selected = self.selected_rows()
        if len(selected) != 1:
            return
        person = Participant.get_by_id(selected[0].id)
        if participants.has_history(person):
            answer = QMessageBox.question(
                self,
                self.tr("Cannot delete"),
                self.tr(
                    "%1 has pairings on record, so deleting them would remove part of "
                    "the programme's history. Deactivate them instead?"
                ).replace("%1", person.full_name),
                QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            )
            if answer == QMessageBox.StandardButton.Yes:
                with history.step(self.tr("deactivate %1").replace("%1", person.full_name)):
                    participants.set_active([person], False)
                self.reload()
                self.changed.emit()
            return
        answer = QMessageBox.question(
            self,
            self.tr("Delete participant"),
            self.tr("Delete %1 and their profile? Edit > Undo brings them back.").replace(
                "%1", person.full_name
            ),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        try:
            with history.step(self.tr("delete %1").replace("%1", person.full_name)):
                participants.delete_participant(person)
        except DomainError as error:
            show_problem(self, self.tr("Not deleted"), error)
            return
        self.reload()
        self.changed.emit()
