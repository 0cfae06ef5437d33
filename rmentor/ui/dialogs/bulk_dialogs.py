"""One owner, or one due date, for several follow-up items at once: small forms with
Save (Alt+S / Alt+O, Ctrl+S), Cancel and Help, as every other form has."""

import datetime as dt

from PySide6.QtCore import Signal
from PySide6.QtGui import QKeySequence
from PySide6.QtGui import QShortcut
from PySide6.QtWidgets import QDialog
from PySide6.QtWidgets import QDialogButtonBox
from PySide6.QtWidgets import QFormLayout
from PySide6.QtWidgets import QLabel
from PySide6.QtWidgets import QLineEdit
from PySide6.QtWidgets import QVBoxLayout
from PySide6.QtWidgets import QWidget

from rmentor.ui.common import keys
from rmentor.ui.widgets.dates import due_date_edit
from rmentor.ui.widgets.dates import due_date_of


class _OneValue(QDialog):
    chosen = Signal(object)

    def lay_out(self, title: str, text: str, field: QWidget) -> None:
        self.setWindowTitle(title)
        form = QFormLayout()
        label = QLabel(text)
        label.setBuddy(field)
        form.addRow(label, field)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)
        QShortcut(QKeySequence(QKeySequence.StandardKey.Save), self, self.accept)
        self.setMinimumWidth(420)
        keys.ready(self, "journal")

    def value(self):
        raise NotImplementedError

    def accept(self) -> None:
        self.chosen.emit(self.value())
        super().accept()


class OwnerDialog(_OneValue):
    def __init__(self, count: int, now: str, parent=None):
        super().__init__(parent)
        self.owner = QLineEdit(now)
        self.owner.selectAll()
        self.lay_out(
            self.tr("Change owner"),
            self.tr("Owner of the %Ln selected item(s)", "", count),
            self.owner,
        )

    def value(self) -> str:
        return self.owner.text()


class DueDateDialog(_OneValue):
    def __init__(self, count: int, now: dt.date | None, parent=None):
        super().__init__(parent)
        self.due = due_date_edit(now, self.tr("none"))
        self.due.setToolTip(self.tr("The lowest date, shown as “none”, leaves them without one"))
        if now is None:  # the calendar opens at this month, not at "none" (January 2000)
            today = dt.date.today()
            self.due.calendarWidget().setCurrentPage(today.year, today.month)
        self.lay_out(
            self.tr("Change due date"),
            self.tr("Due date of the %Ln selected item(s)", "", count),
            self.due,
        )

    def value(self) -> dt.date | None:
        self.due.interpretText()  # a date typed and not yet taken in
        return due_date_of(self.due)
