"""Importing a staff list: preview, the detected columns (correctable), every problem by
row, and only then the import, all at once."""

from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QListWidget,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
)

from ..models import importing
from ..models.entities import Programme
from ..models.errors import DomainError
from ..models.sheet_files import Sheet
from ..translator import header_aliases, theme_aliases
from . import history, keys
from .labels import domain_text
from .messages import show_problem
from .screen_fit import fit

PREVIEW_ROWS = 8
FIELD_LABELS = {
    "first_name": QT_TRANSLATE_NOOP("ImportDialog", "First name"),
    "prefix": QT_TRANSLATE_NOOP("ImportDialog", "Prefix (tussenvoegsel)"),
    "last_name": QT_TRANSLATE_NOOP("ImportDialog", "Last name"),
    "name": QT_TRANSLATE_NOOP("ImportDialog", "Full name"),
    "email": QT_TRANSLATE_NOOP("ImportDialog", "E-mail"),
    "role": QT_TRANSLATE_NOOP("ImportDialog", "Role"),
    "department": QT_TRANSLATE_NOOP("ImportDialog", "Department"),
    "job_title": QT_TRANSLATE_NOOP("ImportDialog", "Job title"),
    "level": QT_TRANSLATE_NOOP("ImportDialog", "Level"),
    "manager": QT_TRANSLATE_NOOP("ImportDialog", "Manager"),
    "languages": QT_TRANSLATE_NOOP("ImportDialog", "Languages"),
    "location": QT_TRANSLATE_NOOP("ImportDialog", "Location"),
    "themes": QT_TRANSLATE_NOOP("ImportDialog", "Themes"),
    "capacity": QT_TRANSLATE_NOOP("ImportDialog", "Capacity"),
    "consent_date": QT_TRANSLATE_NOOP("ImportDialog", "Consent date"),
    "active": QT_TRANSLATE_NOOP("ImportDialog", "Active (yes or no)"),
}


class ImportDialog(QDialog):
    imported = Signal(int, int)  # created, updated

    def __init__(self, programme: Programme, path: Path, sheet: Sheet, parent=None):
        super().__init__(parent)
        self.programme = programme
        self.sheet = sheet
        self.aliases = theme_aliases()
        self.headers = header_aliases()
        self.setWindowTitle(self.tr("Import participants"))
        intro = QLabel(
            self.tr(
                "From %1 into the programme %2. Check the column each header "
                "was matched to; change it where it is wrong."
            )
            .replace("%1", path.name)
            .replace("%2", programme.name)
        )
        intro.setWordWrap(True)
        self.table = QTableWidget(1 + min(PREVIEW_ROWS, len(sheet.rows)), len(sheet.headers))
        self.table.setObjectName("import_preview")
        self.table.setHorizontalHeaderLabels(sheet.headers)
        self.table.setVerticalHeaderLabels(
            [self.tr("Column")] + [str(number) for number, _ in sheet.rows[:PREVIEW_ROWS]]
        )
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.combos: list[QComboBox] = []
        for column, field in enumerate(importing.detect_mapping(sheet.headers, self.headers)):
            combo = QComboBox()
            combo.addItem(self.tr("(ignore)"), None)
            for key, text in FIELD_LABELS.items():
                combo.addItem(QCoreApplication.translate("ImportDialog", text), key)
            combo.setCurrentIndex(max(0, combo.findData(field)))
            combo.currentIndexChanged.connect(self.check)
            self.table.setCellWidget(0, column, combo)
            self.combos.append(combo)
        for row, (_number, cells) in enumerate(sheet.rows[:PREVIEW_ROWS], start=1):
            for column, cell in enumerate(cells):
                self.table.setItem(row, column, QTableWidgetItem(cell))
        self.table.resizeColumnsToContents()
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.problems = QListWidget()
        self.problems.setObjectName("import_problems")
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Import"))
        self.buttons.accepted.connect(self.run)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.table, 2)
        layout.addWidget(self.summary)
        layout.addWidget(self.problems, 1)
        layout.addWidget(self.buttons)
        fit(self, 1000, 620)
        self.check()
        keys.ready(self, "participants")
        # a sheet that reads well imports with Return; one with problems starts at its columns
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        (ok if ok.isEnabled() else self.combos[0] if self.combos else self.table).setFocus()

    def mapping(self) -> list[str | None]:
        return [combo.currentData() for combo in self.combos]

    def check(self) -> None:
        """Plan the import with the current columns and show every problem."""
        chosen = [f for f in self.mapping() if f]
        doubles = {f for f in chosen if chosen.count(f) > 1}
        self.plan = importing.plan_import(self.sheet, self.mapping(), self.aliases)
        self.problems.clear()
        for field in sorted(doubles):
            self.problems.addItem(
                self.tr("Two columns are matched to %1.").replace(
                    "%1", QCoreApplication.translate("ImportDialog", FIELD_LABELS[field])
                )
            )
        for problem in self.plan.problems:
            self.problems.addItem(domain_text(problem))
        ok = self.plan.ok and not doubles
        if ok:
            self.summary.setText(
                self.tr(
                    "Ready to import %n person(s); nothing is written until you click Import.",
                    "",
                    len(self.plan.people),
                )
            )
        else:
            self.summary.setText(
                self.tr(
                    "Nothing will be imported until these problems are "
                    "solved in the sheet or in the columns above:"
                )
            )
        self.problems.setVisible(not ok)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(ok)

    def run(self) -> None:
        name = self.tr("import of %n participant(s)", "", len(self.plan.people))
        try:
            with history.step(name):
                result = importing.run_import(self.programme, self.plan)
        except DomainError as error:
            show_problem(self, self.tr("Nothing imported"), domain_text(error))
            return
        self.imported.emit(result.created, result.updated)
        self.accept()
