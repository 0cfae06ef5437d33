"""One due date for several follow-up items at once."""

import datetime as dt

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QDialog
from PySide6.QtWidgets import QDialogButtonBox
from PySide6.QtWidgets import QFormLayout
from PySide6.QtWidgets import QLabel
from PySide6.QtWidgets import QVBoxLayout

from rmentor.ui.common import keys
from rmentor.ui.widgets.dates import due_date_edit
from rmentor.ui.widgets.dates import due_date_of


class DueDateDialog(QDialog):
    chosen = Signal(object)  # the date, or None for no due date

    def __init__(self, count: int, now: dt.date | None, parent=None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Change due date"))
        self.due = due_date_edit(now, self.tr("none"))
        self.due.setToolTip(self.tr("The lowest date, shown as “none”, leaves them without one"))
        form = QFormLayout()
        label = QLabel(self.tr("Due date of the %n selected item(s)", "", count))
        label.setBuddy(self.due)
        form.addRow(label, self.due)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)
        keys.ready(self, "journal")

    def accept(self) -> None:
        self.due.interpretText()  # a date typed and not yet taken in
        self.chosen.emit(due_date_of(self.due))
        super().accept()
