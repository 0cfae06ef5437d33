"""Restoring a backup copy: the copies with their date and contents, and a confirmation."""

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtCore import Signal
from PySide6.QtWidgets import QDialog
from PySide6.QtWidgets import QDialogButtonBox
from PySide6.QtWidgets import QLabel
from PySide6.QtWidgets import QMessageBox
from PySide6.QtWidgets import QTableWidgetItem
from PySide6.QtWidgets import QVBoxLayout

from rmentor.models.storage import backups
from rmentor.ui.common import keys
from rmentor.ui.common.labels import format_date
from rmentor.ui.common.screen_fit import fit
from rmentor.ui.tables.table_view import choice_table
from rmentor.ui.tables.table_view import chosen


class RestoreDialog(QDialog):
    restore_requested = Signal(object)  # a backups.Backup

    def __init__(self, path: Path, parent=None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Restore from backup"))
        self.copies = backups.list_backups(path)
        reasons = {
            "opened": self.tr("when the file was opened"),
            "before-import": self.tr("before an import"),
            "before-erasure": self.tr("before an erasure"),
            "before-restore": self.tr("before a restore"),
        }
        intro = QLabel(
            self.tr(
                "rmentor keeps copies of %1 in %2. Restoring puts the copy back in place of the "
                "file; the file as it is now is copied first, so nothing is lost."
            )
            .replace("%1", path.name)
            .replace("%2", str(backups.folder_of(path)))
        )
        intro.setWordWrap(True)
        self.table = choice_table(
            len(self.copies),
            [
                self.tr("Made"),
                self.tr("Why"),
                self.tr("Participants"),
                self.tr("Pairings"),
                self.tr("Meetings"),
            ],
            single=True,
        )
        for row, copy in enumerate(self.copies):
            try:
                counts = [str(n) for n in copy.counts()]
            except Exception:  # a damaged copy still gets a line, marked as such
                counts = ["?", "?", "?"]
            why = reasons.get(
                copy.reason,
                self.tr("before a data update")
                if copy.reason.startswith("before-v")
                else copy.reason,
            )
            cells = [format_date(copy.made.date()) + copy.made.strftime(" %H:%M"), why, *counts]
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if column >= 2:
                    item.setTextAlignment(
                        Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
                    )
                self.table.setItem(row, column, item)
        self.table.resizeColumnsToContents()
        if self.copies:
            self.table.selectRow(0)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Restore…"))
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(bool(self.copies))
        self.buttons.accepted.connect(self.confirm)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.table)
        layout.addWidget(self.buttons)
        fit(self, 640, 420)
        keys.ready(self, "files")

    def confirm(self) -> None:
        copy = chosen(self.table, self.copies)
        if copy is None:
            return
        answer = QMessageBox.question(
            self,
            self.tr("Restore this copy?"),
            self.tr(
                "Put the copy of %1 back? Changes made since then are replaced (the file "
                "as it is now is kept as a backup copy too)."
            ).replace("%1", format_date(copy.made.date()) + copy.made.strftime(" %H:%M")),
        )
        if answer == QMessageBox.StandardButton.Yes:
            self.restore_requested.emit(copy)
            self.accept()
