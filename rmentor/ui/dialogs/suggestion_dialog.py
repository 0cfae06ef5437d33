"""Reviewing suggested pairings: accept or reject each, then write the accepted ones."""

from PySide6.QtCore import Qt
from PySide6.QtCore import Signal
from PySide6.QtWidgets import QDialog
from PySide6.QtWidgets import QDialogButtonBox
from PySide6.QtWidgets import QGroupBox
from PySide6.QtWidgets import QHBoxLayout
from PySide6.QtWidgets import QHeaderView
from PySide6.QtWidgets import QLabel
from PySide6.QtWidgets import QListWidget
from PySide6.QtWidgets import QPushButton
from PySide6.QtWidgets import QRadioButton
from PySide6.QtWidgets import QSpinBox
from PySide6.QtWidgets import QTableWidgetItem
from PySide6.QtWidgets import QVBoxLayout

from rmentor.models.errors import DomainError
from rmentor.models.errors import Stopped
from rmentor.models.programme import matching
from rmentor.models.programme.entities import Programme
from rmentor.ui.common import keys
from rmentor.ui.common import mnemonics
from rmentor.ui.common.background import FAILED
from rmentor.ui.common.background import done
from rmentor.ui.common.background import progress_steps
from rmentor.ui.common.background import run_stoppable
from rmentor.ui.common.background import tell_failure
from rmentor.ui.common.labels import domain_text
from rmentor.ui.common.messages import show_problem
from rmentor.ui.common.screen_fit import fit
from rmentor.ui.tables.table_view import choice_table
from rmentor.ui.window import history

COL_ACCEPT, COL_MENTOR, COL_MENTEE, COL_SCORE, COL_WHY, COL_CONCERNS = range(6)


class SuggestionDialog(QDialog):
    accepted_pairings = Signal(list)

    def __init__(self, programme: Programme, parent=None):
        super().__init__(parent)
        self.programme = programme
        self.draft = matching.Draft()
        self.computing = self.again = False
        self.setWindowTitle(self.tr("Suggested pairings"))

        self.best = QRadioButton(self.tr("Best total score"))
        self.most = QRadioButton(self.tr("Pair as many people as possible"))
        self.best.setChecked(True)
        self.weights = {}
        weight_labels = {
            "themes": self.tr("Shared themes"),
            "department": self.tr("Different department"),
            "level": self.tr("Level gap"),
            "location": self.tr("Same location"),
        }
        weights_box = QGroupBox(self.tr("Weights"))
        weights_row = QHBoxLayout(weights_box)
        for key, text in weight_labels.items():
            spin = QSpinBox()
            spin.setRange(0, 100)
            spin.setValue(matching.DEFAULT_WEIGHTS[key])
            spin.valueChanged.connect(self.recompute)
            weights_row.addWidget(QLabel(text))
            weights_row.addWidget(spin)
            self.weights[key] = spin
        mode_box = QGroupBox(self.tr("Aim"))
        mode_row = QHBoxLayout(mode_box)
        mode_row.addWidget(self.best)
        mode_row.addWidget(self.most)
        self.best.toggled.connect(self.recompute)
        top = QHBoxLayout()
        top.addWidget(mode_box)
        top.addWidget(weights_box, 1)

        self.table = choice_table(
            0,
            [
                self.tr("Accept"),
                self.tr("Mentor"),
                self.tr("Mentee"),
                self.tr("Score"),
                self.tr("Why"),
                self.tr("To weigh"),
            ],
        )
        self.table.setWordWrap(True)
        # room above each two-line cell: rows as tall as their text hid the dots of Ö
        self.table.setStyleSheet("QTableWidget::item { padding: 3px 2px; }")
        header = self.table.horizontalHeader()
        for column, width in (
            (COL_ACCEPT, 60),
            (COL_MENTOR, 150),
            (COL_MENTEE, 150),
            (COL_SCORE, 50),
        ):
            # never narrower than the title ("Accepteren" is longer than "Accept")
            self.table.setColumnWidth(
                column, max(width, header.sectionSizeFromContents(column).width())
            )
        header.setSectionResizeMode(COL_WHY, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(COL_CONCERNS, QHeaderView.ResizeMode.Stretch)
        self.table.itemChanged.connect(self._update_count)

        self.unpaired = QListWidget()
        self.unpaired.setMaximumHeight(110)
        self.accept_all_button = QPushButton(self.tr("Accept all"))
        self.reject_all_button = QPushButton(self.tr("Reject all"))
        self.accept_all_button.clicked.connect(lambda: self._set_all(True))
        self.reject_all_button.clicked.connect(lambda: self._set_all(False))
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        self.plan_button = self.buttons.addButton(
            self.tr("Accept plan and start"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.plan_button.setToolTip(
            self.tr("Create the ticked pairings and start them at once, with the programme's dates")
        )
        self.plan_button.clicked.connect(lambda: self.save(activate=True))
        bottom = QHBoxLayout()
        bottom.addWidget(self.accept_all_button)
        bottom.addWidget(self.reject_all_button)
        bottom.addStretch()
        bottom.addWidget(self.buttons)

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        self.unpaired_label = QLabel()
        layout.addWidget(self.unpaired_label)
        layout.addWidget(self.unpaired)
        layout.addLayout(bottom)
        fit(self, 1100, 640)
        self.recompute()
        keys.ready(self, "matching")

    def recompute(self) -> None:
        """Worked out on a thread of its own (seconds for a large cohort), the window
        repainting; a weight changed meanwhile is worked out once this one is done."""
        if self.computing:
            self.again = True
            return
        mode = matching.BEST if self.best.isChecked() else matching.MOST
        weights = {k: spin.value() for k, spin in self.weights.items()}
        programme = self.programme
        self.computing = True
        outcome, found = run_stoppable(
            self if self.isVisible() else self.parentWidget() or self,
            self.tr("Working out suggestions…"),
            lambda _going_on: matching.suggest(programme, mode, weights),
        )
        self.computing = False
        if outcome == FAILED:
            tell_failure(
                self,
                self.tr("No suggestions"),
                self.tr("The suggestions could not be worked out (%1)."),
                found,
            )
            found = matching.Draft()
        self.draft = found
        if self.again:
            self.again = False
            self.recompute()
            return
        self._fill()

    def showEvent(self, event) -> None:  # noqa: N802 - Qt's name
        super().showEvent(event)
        # the rows were filled before the columns had their widths: sized again now,
        # or the first sizing's wrapped texts leave two or three rows in sight
        self.table.resizeRowsToContents()

    def _fill(self) -> None:
        self.table.blockSignals(True)
        self.table.setRowCount(len(self.draft.suggestions))
        for row, s in enumerate(self.draft.suggestions):
            check = QTableWidgetItem()
            check.setFlags(Qt.ItemFlag.ItemIsUserCheckable | Qt.ItemFlag.ItemIsEnabled)
            check.setCheckState(Qt.CheckState.Unchecked)
            self.table.setItem(row, COL_ACCEPT, check)
            self.table.setItem(
                row, COL_MENTOR, QTableWidgetItem(f"{s.mentor.full_name}\n{s.mentor.department}")
            )
            self.table.setItem(
                row, COL_MENTEE, QTableWidgetItem(f"{s.mentee.full_name}\n{s.mentee.department}")
            )
            score = QTableWidgetItem(str(s.score))
            score.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
            self.table.setItem(row, COL_SCORE, score)
            self.table.setItem(
                row,
                COL_WHY,
                QTableWidgetItem(
                    "\n".join(domain_text(r) for r in s.reasons) or self.tr("no shared evidence")
                ),
            )
            self.table.setItem(
                row, COL_CONCERNS, QTableWidgetItem("\n".join(domain_text(c) for c in s.concerns))
            )
        if self.isVisible():  # else sized once shown, when the columns have their widths
            self.table.resizeRowsToContents()
        self.table.blockSignals(False)
        self.unpaired.clear()
        for person, reason in self.draft.unpaired:
            who = (
                f"{person.full_name} ({person.department})"
                if person.department
                else (person.full_name)
            )
            self.unpaired.addItem(f"{who}: {domain_text(reason)}")
        self.unpaired_label.setText(self.tr("Left unpaired: %Ln", "", len(self.draft.unpaired)))
        self.unpaired.setVisible(bool(self.draft.unpaired))
        self._update_count()

    def _set_all(self, accepted: bool) -> None:
        state = Qt.CheckState.Checked if accepted else Qt.CheckState.Unchecked
        for row in range(self.table.rowCount()):
            self.table.item(row, COL_ACCEPT).setCheckState(state)

    def set_accepted(self, row: int, accepted: bool) -> None:
        self.table.item(row, COL_ACCEPT).setCheckState(
            Qt.CheckState.Checked if accepted else Qt.CheckState.Unchecked
        )

    def chosen(self) -> list[matching.Suggestion]:
        return [
            s
            for row, s in enumerate(self.draft.suggestions)
            if self.table.item(row, COL_ACCEPT).checkState() == Qt.CheckState.Checked
        ]

    def _update_count(self) -> None:
        count = len(self.chosen())
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        mnemonics.retext(ok, self.tr("Create %Ln pairing(s)", "", count))
        ok.setEnabled(count > 0)
        self.plan_button.setEnabled(count > 0)

    def save(self, activate: bool = False) -> None:
        chosen = self.chosen()
        name = (  # named for what it does: "suggested" would read as the status proposed
            self.tr("make and activate %Ln pairing(s) from the suggestions", "", len(chosen))
            if activate
            else self.tr("make %Ln pairing(s) from the suggestions", "", len(chosen))
        )
        progress, step = progress_steps(self, self.tr("Making %Ln pairing(s)…", "", len(chosen)))
        try:
            with history.step(name):
                created = matching.accept(self.programme, chosen, activate=activate, going_on=step)
        except Stopped:
            show_problem(
                self,
                self.tr("Not saved"),
                self.tr("Stopped: no pairing was made. The suggestions are still here."),
            )
            return
        except DomainError as error:
            show_problem(self, self.tr("Not saved"), error)
            return
        finally:
            done(progress)
        self.accepted_pairings.emit([p.id for p in created])
        self.accept()
