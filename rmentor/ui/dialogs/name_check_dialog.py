"""Before an anonymised report: the typed texts it prints that still name someone.

The report replaces those names by [name] anyway; the list lets the coordinator
rewrite a text so that it reads well without them (or says less).
"""

from collections.abc import Callable

from PySide6.QtWidgets import QAbstractItemView
from PySide6.QtWidgets import QDialog
from PySide6.QtWidgets import QDialogButtonBox
from PySide6.QtWidgets import QHeaderView
from PySide6.QtWidgets import QLabel
from PySide6.QtWidgets import QPushButton
from PySide6.QtWidgets import QTreeWidget
from PySide6.QtWidgets import QTreeWidgetItem
from PySide6.QtWidgets import QVBoxLayout

from rmentor.models.figures.anonymity import NamingText
from rmentor.models.figures.purpose_figures import OUTCOME
from rmentor.models.figures.purpose_figures import PROGRAMME_TEXT
from rmentor.models.programme.entities import Meeting
from rmentor.models.programme.entities import OutcomeItem
from rmentor.models.programme.entities import Programme
from rmentor.ui.common import keys
from rmentor.ui.common.background import read_beside
from rmentor.ui.common.labels import format_date
from rmentor.ui.common.screen_fit import fit


class NameCheckDialog(QDialog):
    def __init__(self, find: Callable[[], list[NamingText]], parent=None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Texts that name someone"))
        self.find = find
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        self.tree = QTreeWidget()
        self.tree.setHeaderLabels([self.tr("Where"), self.tr("Names"), self.tr("Text")])
        self.tree.setRootIsDecorated(False)
        self.tree.setWordWrap(True)
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.tree.itemActivated.connect(lambda *_: self.edit())
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.edit_button = QPushButton(self.tr("&Edit…"))
        buttons.addButton(self.edit_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.edit_button.clicked.connect(self.edit)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.tree, 1)
        layout.addWidget(buttons)
        fit(self, 820, 420)
        self.refresh()
        keys.ready(self, "confidentiality")

    def refresh(self) -> None:
        # the report's figures and texts, read beside the window (0.7 s for a large one)
        _read, found = read_beside(
            self.parentWidget() or self,
            self.tr("Looking for names in the report's texts…"),
            self.tr("Not checked"),
            self.tr("The report's texts could not be checked (%1)."),
            self.find,
        )
        self.found = found or []
        self.tree.clear()
        for entry in self.found:
            item = QTreeWidgetItem(
                [self.where(entry), ", ".join(entry.names), " ".join(entry.text.text.split())]
            )
            item.setToolTip(2, entry.text.text)
            self.tree.addTopLevelItem(item)
        self.intro.setText(
            self.tr(
                "The anonymised report prints [name] in place of each name below. Edit a "
                "text so that it reads well without them."
            )
            if self.found
            else self.tr("No text in this report names a participant or the sponsor.")
        )
        header = self.tree.header()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        self.edit_button.setEnabled(bool(self.found))
        if self.found:
            self.tree.setCurrentItem(self.tree.topLevelItem(0))

    def where(self, entry: NamingText) -> str:
        text = entry.text
        if text.kind == PROGRAMME_TEXT:
            return self.tr("Programme name or description")
        meeting = (
            OutcomeItem.get_by_id(text.ref).meeting
            if text.kind == OUTCOME
            else Meeting.get_by_id(text.ref)
        )
        what = (
            self.tr("Outcome, %1 and %2 on %3")
            if text.kind == OUTCOME
            else self.tr("Summary, %1 and %2 on %3")
        )
        pairing = meeting.pairing
        return (
            what.replace("%1", pairing.mentor.full_name)
            .replace("%2", pairing.mentee.full_name)
            .replace("%3", format_date(meeting.date))
        )

    def edit(self) -> None:
        index = self.tree.indexOfTopLevelItem(self.tree.currentItem())
        if index < 0:
            return
        text = self.found[index].text
        if text.kind == PROGRAMME_TEXT:
            from rmentor.ui.dialogs.programme_dialog import ProgrammeDialog

            dialog = ProgrammeDialog(Programme.get_by_id(text.ref), self)
        else:
            from rmentor.ui.dialogs.meeting_dialog import MeetingDialog

            meeting = (
                OutcomeItem.get_by_id(text.ref).meeting
                if text.kind == OUTCOME
                else Meeting.get_by_id(text.ref)
            )
            dialog = MeetingDialog(meeting.pairing, meeting, self)
        self.editor = dialog
        dialog.saved.connect(lambda *_: self.refresh())
        dialog.open()
