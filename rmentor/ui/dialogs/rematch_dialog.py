"""A new partner for one person: candidates with their score and reasons."""

from PySide6.QtCore import Qt
from PySide6.QtCore import Signal
from PySide6.QtWidgets import QDialog
from PySide6.QtWidgets import QDialogButtonBox
from PySide6.QtWidgets import QHeaderView
from PySide6.QtWidgets import QLabel
from PySide6.QtWidgets import QTableWidgetItem
from PySide6.QtWidgets import QVBoxLayout

from rmentor.models.errors import DomainError
from rmentor.models.programme import matching
from rmentor.models.programme.entities import Participant
from rmentor.models.programme.entities import Programme
from rmentor.models.text.vocabulary import MENTOR
from rmentor.ui.common import keys
from rmentor.ui.common.labels import domain_text
from rmentor.ui.common.messages import show_problem
from rmentor.ui.common.screen_fit import fit
from rmentor.ui.tables.table_view import choice_table
from rmentor.ui.tables.table_view import chosen
from rmentor.ui.window import history


class RematchDialog(QDialog):
    saved = Signal(int)

    def __init__(self, programme: Programme, person: Participant, parent=None):
        super().__init__(parent)
        self.programme = programme
        self.person = person
        self.setWindowTitle(self.tr("New partner for %1").replace("%1", person.full_name))
        self.options = matching.rematch(programme, person)
        self.table = choice_table(
            len(self.options),
            [self.tr("Candidate"), self.tr("Score"), self.tr("Why"), self.tr("To weigh")],
            single=True,
        )
        self.table.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.table.horizontalHeader().setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        for row, s in enumerate(self.options):
            other = s.mentee if person.role == MENTOR else s.mentor
            self.table.setItem(row, 0, QTableWidgetItem(f"{other.full_name} ({other.department})"))
            score = QTableWidgetItem(str(s.score))
            score.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
            self.table.setItem(row, 1, score)
            self.table.setItem(
                row, 2, QTableWidgetItem("; ".join(domain_text(r) for r in s.reasons))
            )
            self.table.setItem(
                row, 3, QTableWidgetItem("; ".join(domain_text(c) for c in s.concerns))
            )
        self.table.resizeColumnToContents(0)
        if self.options:
            self.table.selectRow(0)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Propose this pairing"))
        buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(bool(self.options))
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        if not self.options:
            layout.addWidget(
                QLabel(
                    self.tr("Nobody is free who meets the rules (earlier partners are left out).")
                )
            )
        layout.addWidget(self.table)
        layout.addWidget(buttons)
        fit(self, 820, 420)
        keys.ready(self, "matching")

    def save(self) -> None:
        option = chosen(self.table, self.options)
        if option is None:
            return
        name = (
            self.tr("new partner for %1: %2")
            .replace("%1", option.mentee.full_name)
            .replace("%2", option.mentor.full_name)
        )
        try:
            with history.step(name):
                [pairing] = matching.accept(self.programme, [option])
        except DomainError as error:
            show_problem(self, self.tr("Not saved"), error)
            return
        self.saved.emit(pairing.id)
        self.accept()
