"""Importing a staff list: preview, the detected columns (correctable), every problem by
row, and only then the import, all at once."""

from dataclasses import replace
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtCore import QCoreApplication
from PySide6.QtCore import Qt
from PySide6.QtCore import Signal
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QAbstractItemView
from PySide6.QtWidgets import QCheckBox
from PySide6.QtWidgets import QComboBox
from PySide6.QtWidgets import QDialog
from PySide6.QtWidgets import QDialogButtonBox
from PySide6.QtWidgets import QFormLayout
from PySide6.QtWidgets import QLabel
from PySide6.QtWidgets import QListView
from PySide6.QtWidgets import QListWidget
from PySide6.QtWidgets import QTableWidget
from PySide6.QtWidgets import QTableWidgetItem
from PySide6.QtWidgets import QVBoxLayout

from rmentor.models.errors import DomainError
from rmentor.models.errors import Stopped
from rmentor.models.programme.entities import Programme
from rmentor.models.sheets import importing
from rmentor.models.sheets.import_choices import ImportChoices
from rmentor.models.sheets.importing import ImportPlan
from rmentor.models.sheets.sheet_files import Sheet
from rmentor.models.text.vocabulary import MENTEE
from rmentor.models.text.vocabulary import MENTOR
from rmentor.models.text.vocabulary import ROLES
from rmentor.translator import header_aliases
from rmentor.translator import theme_aliases
from rmentor.ui.common import keys
from rmentor.ui.common.background import done
from rmentor.ui.common.background import progress_steps
from rmentor.ui.common.background import read_beside
from rmentor.ui.common.labels import APP_FACE
from rmentor.ui.common.labels import domain_text
from rmentor.ui.common.labels import label
from rmentor.ui.common.messages import show_problem
from rmentor.ui.common.screen_fit import fit
from rmentor.ui.dialogs.import_choices import ROLE_DATA
from rmentor.ui.dialogs.import_choices import DateOrderBox
from rmentor.ui.dialogs.import_choices import RoleDelegate
from rmentor.ui.dialogs.import_choices import RoleRuleBox
from rmentor.ui.window import history
from rmentor.ui.window.translations import current_language

PREVIEW_ROWS = 1000  # every row of a staff list; a larger sheet is given roles by rule
SIZED_ROWS = 250  # the preview's rows its columns are made wide enough for
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
    "birth_year": QT_TRANSLATE_NOOP("ImportDialog", "Birth year (for the roles only)"),
    "age": QT_TRANSLATE_NOOP("ImportDialog", "Age (for the roles only)"),
    "birth_date": QT_TRANSLATE_NOOP("ImportDialog", "Birth date (for the roles only)"),
}


class ImportDialog(QDialog):
    imported = Signal(int, int, list)  # created, updated, the sheet's rows left out

    def __init__(self, programme: Programme, path: Path, sheet: Sheet, parent=None):
        super().__init__(parent)
        self.programme = programme
        self.sheet = sheet
        self.aliases = theme_aliases()
        self.headers = header_aliases()
        self.setWindowTitle(self.tr("Import participants"))
        said = (
            self.tr(
                "From %1 into the programme %2. Check the column each header "
                "was matched to; change it where it is wrong."
            )
            .replace("%1", self._source(path, sheet))
            .replace("%2", programme.name)
        )
        if sheet.above:  # HR's title and date lines
            said += " " + self.tr(
                "The headings are on row %1; the %Ln row(s) above them were passed over.",
                "",
                sheet.headings_row - 1,  # the empty ones too: the rows as Excel numbers them
            ).replace("%1", str(sheet.headings_row))
        self.intro = intro = QLabel(said)
        intro.setWordWrap(True)
        self.rule = RoleRuleBox()
        self.rule.changed.connect(self.check)
        self.date_order = DateOrderBox()
        self.date_order.currentIndexChanged.connect(self.check)
        choices = QFormLayout()
        choices.addRow(self.tr("Roles"), self.rule)
        choices.addRow(self.tr("Dates"), self.date_order)
        self.shown_rows = sheet.rows[:PREVIEW_ROWS]
        self.table = QTableWidget(1 + len(self.shown_rows), 1 + len(sheet.headers))
        self.table.setObjectName("import_preview")
        # "Imported as", not "Role": a sheet's own Role column stands beside it
        self.table.setHorizontalHeaderLabels([self.tr("Imported as")] + sheet.headers)
        # the row of choices is what each column is read as; under it, the sheet's rows by
        # their numbers ("Column" there was taken for the numbers' heading)
        read_as = self.tr("Read as")
        self.table.setVerticalHeaderLabels(
            [read_as] + [str(number) for number, _ in self.shown_rows]
        )
        header = self.table.verticalHeader()  # as wide as its words, not only the numbers
        header.setMinimumWidth(header.fontMetrics().horizontalAdvance(read_as) + 16)
        # only the Role column is edited: a row's role set by hand, over the rule
        self.table.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.SelectedClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
        )
        self.table.setItemDelegateForColumn(0, RoleDelegate(self.table))
        self.combos: list[QComboBox] = []
        for column, field in enumerate(importing.detect_mapping(sheet.headers, self.headers)):
            combo = QComboBox()
            combo.addItem(self.tr("(ignore)"), None)
            for key, text in FIELD_LABELS.items():
                combo.addItem(QCoreApplication.translate("ImportDialog", text), key)
            combo.setCurrentIndex(max(0, combo.findData(field)))
            self._narrow(combo)
            combo.currentIndexChanged.connect(lambda _i, c=combo, n=1 + column: self._widen(c, n))
            combo.currentIndexChanged.connect(self.check)
            self.table.setCellWidget(0, 1 + column, combo)
            self.combos.append(combo)
        read_only = QTableWidgetItem().flags() & ~Qt.ItemFlag.ItemIsEditable  # once: 15,000 cells
        for row, (number, cells) in enumerate(self.shown_rows, start=1):
            role = QTableWidgetItem()
            role.setData(ROLE_DATA, None)
            role.setData(ROW_NUMBER, number)
            self.table.setItem(row, 0, role)
            for column, cell in enumerate(cells, start=1):
                item = QTableWidgetItem(cell)
                item.setFlags(read_only)
                self.table.setItem(row, column, item)
        self.greyed: set[int] = set()  # the sheet's rows shown greyed, as left out
        corner = QTableWidgetItem()
        corner.setFlags(Qt.ItemFlag.NoItemFlags)
        self.table.setItem(0, 0, corner)
        # columns as wide as their first rows need: measuring all 1,000 takes 0.1 s
        self.table.horizontalHeader().setResizeContentsPrecision(SIZED_ROWS)
        self.table.resizeColumnsToContents()
        self.table.itemChanged.connect(self._role_set)
        self.more = QLabel()
        self.more.setWordWrap(True)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.problems = QListWidget()
        self.problems.setObjectName("import_problems")
        # each problem whole, on as many lines as it takes: not cut at the dialog's edge
        self.problems.setWordWrap(True)
        self.problems.setResizeMode(QListView.ResizeMode.Adjust)
        self.problems.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.skip = QCheckBox()
        self.skip.setObjectName("skip_bad_rows")
        self.skip.toggled.connect(self.check)
        # rows hidden in Excel are read as any other, and said; here they can be left out
        self.leave_hidden = QCheckBox(
            self.tr("Leave out the %Ln row(s) hidden in the sheet", "", len(sheet.hidden))
        )
        self.leave_hidden.setObjectName("leave_hidden_rows")
        self.leave_hidden.setVisible(bool(sheet.hidden))
        self.leave_hidden.toggled.connect(self.check)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Import"))
        self.buttons.accepted.connect(self.run)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(choices)
        layout.addWidget(self.table, 2)
        layout.addWidget(self.more)
        layout.addWidget(self.summary)
        layout.addWidget(self.problems, 1)
        layout.addWidget(self.skip)
        layout.addWidget(self.leave_hidden)
        layout.addWidget(self.buttons)
        fit(self, 1300, 680)  # wide: a staff list has a dozen columns to check
        self.check()
        keys.ready(self, "participants")
        # a sheet that reads well imports with Return; one with problems starts at its columns
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        (ok if ok.isEnabled() else self.combos[0] if self.combos else self.table).setFocus()

    @staticmethod
    def _narrow(combo: QComboBox) -> None:
        """A column's choice as wide as the field it names, not as its longest choice:
        every column was as wide as "Leidinggevende (e-mail)" and a dozen of them
        scrolled far sideways. The list it drops down still shows each choice whole."""
        combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        combo.setMinimumContentsLength(max(6, len(combo.currentText())))
        combo.view().setMinimumWidth(combo.view().sizeHintForColumn(0) + 24)

    def _widen(self, combo: QComboBox, column: int) -> None:
        """Another field chosen: its column as wide as the new name needs."""
        self._narrow(combo)
        self.table.setColumnWidth(
            column, max(self.table.columnWidth(column), combo.sizeHint().width())
        )

    def _source(self, path: Path, sheet: Sheet) -> str:
        """The file, and of a workbook with several sheets the one read."""
        if not sheet.title:
            return path.name
        return self.tr('%1, sheet "%2",').replace("%1", path.name).replace("%2", sheet.title)

    def mapping(self) -> list[str | None]:
        return [combo.currentData() for combo in self.combos]

    def roles(self) -> dict[int, str]:
        """The roles set by hand in the preview, by row number."""
        roles = {}
        for row in range(1, self.table.rowCount()):
            item = self.table.item(row, 0)
            if item is not None and item.data(ROLE_DATA):
                roles[item.data(ROW_NUMBER)] = item.data(ROLE_DATA)
        return roles

    def set_role(self, number: int, role: str | None) -> None:
        """Set a row's role as the Role column's editor does."""
        for row in range(1, self.table.rowCount()):
            if self.table.item(row, 0).data(ROW_NUMBER) == number:
                self.table.item(row, 0).setData(ROLE_DATA, role)

    def _role_set(self, item) -> None:
        if item.column() == 0 and item.row() > 0:
            self.check()

    def choices(self) -> ImportChoices:
        return ImportChoices(
            rule=self.rule.rule(),
            roles=self.roles(),
            date_order=self.date_order.currentData(),
            language=current_language(),
            skip=frozenset(self.sheet.hidden if self.leave_hidden.isChecked() else ()),
        )

    def check(self) -> None:
        """Plan the import with the current columns and choices, and show every problem."""
        chosen = [f for f in self.mapping() if f]
        doubles = {f for f in chosen if chosen.count(f) > 1}
        planned = self._planned()
        if planned is None:  # said in words; nothing to import until a next check
            self.plan = None
            self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(False)
            return
        whole, self.plan = planned
        left_out = whole.problem_rows if whole is not self.plan else []
        self._show_dates(whole, self.plan)
        self._show_roles()
        self.problems.clear()
        for field in sorted(doubles):
            self.problems.addItem(
                self.tr("Two columns are matched to %1.").replace(
                    "%1", QCoreApplication.translate("ImportDialog", FIELD_LABELS[field])
                )
            )
        listed = list(whole.problems if left_out else self.plan.problems)  # a copy: added to
        if left_out:  # the rows left, on their own, can read two ways where all did not
            listed += [p for p in self.plan.sheet_problems if p not in whole.problems]
        for problem in listed:
            self.problems.addItem(domain_text(problem))
        for warning in self.plan.warnings:
            self.problems.addItem(self.tr("Note: %1").replace("%1", domain_text(warning)))
        for kept, spellings in self.plan.merges.items():
            self.problems.addItem(
                self.tr("Departments merged: %1 are one department, %2.")
                .replace("%1", ", ".join(spellings))
                .replace("%2", kept)
            )
        rows = whole.problem_rows
        self.skip.setText(
            kept_mnemonic(
                self.skip.text(),
                self.tr(
                    "Leave out the %Ln row(s) with problems (listed above) and import the rest",
                    "",
                    len(rows),
                ),
            )
        )
        self.skip.setVisible(bool(rows) or self.skip.isChecked())
        self.skip.setEnabled(bool(rows) and not whole.sheet_problems and not doubles)
        ok = self.plan.ok and not doubles and bool(self.plan.people)
        if ok and left_out:
            self.summary.setText(
                self.tr(
                    "Ready to import %Ln person(s), leaving out the rows with problems; nothing "
                    "is written until you click Import.",
                    "",
                    len(self.plan.people),
                )
            )
        elif ok:
            self.summary.setText(
                self.tr(
                    "Ready to import %Ln person(s); nothing is written until you click Import.",
                    "",
                    len(self.plan.people),
                )
            )
        elif left_out and self.plan.ok and not doubles:
            self.summary.setText(
                self.tr(
                    "Every row has a problem: with them left out, nobody is left to import. "
                    "Solve these problems in the sheet, or in the columns and choices above:"
                )
            )
        else:
            self.summary.setText(
                self.tr(
                    "Nothing will be imported until these problems are solved in the sheet, "
                    "in the columns and choices above, or by leaving their rows out:"
                )
            )
        if ok and self.plan.in_file:  # updated, not added twice: and only where changed
            self.summary.setText(
                self.summary.text()
                + " "
                + self.tr(
                    "%Ln of them already in the file: only what the sheet changes about them "
                    "is written.",
                    "",
                    self.plan.in_file,
                )
            )
        self.problems.setVisible(self.problems.count() > 0)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(ok)

    def _planned(self) -> tuple[ImportPlan, ImportPlan] | None:
        """The plan of all rows and the plan to import (the rows left when those with
        problems are left out), made beside the window: a long sheet takes a while."""
        mapping, choices, skip = self.mapping(), self.choices(), self.skip.isChecked()

        def plan() -> tuple[ImportPlan, ImportPlan]:
            whole = importing.plan_import(self.sheet, mapping, self.aliases, choices=choices)
            if not (skip and whole.problem_rows):
                return whole, whole
            rest = replace(choices, skip=choices.skip | frozenset(whole.problem_rows))
            return whole, importing.plan_import(self.sheet, mapping, self.aliases, choices=rest)

        rows = len(self.sheet.rows)
        read, planned = read_beside(
            self if self.isVisible() else self.parentWidget(),  # first: the window's
            self.tr("Checking %Ln row(s)…", "", rows),
            self.tr("Not checked"),
            self.tr("The sheet could not be checked: %1. Nothing was imported."),
            plan,
        )
        return planned if read else None

    def _show_dates(self, *plans) -> None:
        """The date question only where a column's dates read two ways, or hold dates
        written day-first and month-first (of all rows, or of the rows left in)."""
        examples = [example for plan in plans for _header, example in plan.ambiguous_dates]
        mixed = any(plan.mixed_dates for plan in plans)
        if examples:
            self.date_order.show_example(examples[0], APP_FACE.spelled_date)
        elif mixed:
            self.date_order.show_example("", APP_FACE.spelled_date)
        asked = bool(examples or mixed or self.date_order.currentData())
        self.date_order.setVisible(asked)
        self.layout().itemAt(1).layout().labelForField(self.date_order).setVisible(asked)

    def _show_roles(self) -> None:
        """Each shown row's role as the import will write it; set by hand in bold."""
        given = {p["row"]: p["role"] for p in self.plan.people}
        left_out = set(self.plan.skipped)
        turned = left_out ^ self.greyed  # rows left out, or taken back in, since last time
        grey = self.palette().color(QPalette.ColorRole.PlaceholderText)
        # the table is drawn once, after: told of each of 1,000 cells, it took 0.1 s
        model = self.table.model()
        self.table.blockSignals(True)
        model.blockSignals(True)
        for row in range(1, self.table.rowCount()):
            item = self.table.item(row, 0)
            number = item.data(ROW_NUMBER)
            role = given.get(number)
            item.setText(label(ROLES, role) if role else "?")
            font = item.font()
            font.setBold(bool(item.data(ROLE_DATA)))
            item.setFont(font)
            if number not in turned:
                continue
            for column in range(self.table.columnCount()):  # rows left out: greyed
                cell = self.table.item(row, column)
                if cell is not None:
                    cell.setForeground(grey if number in left_out else self.palette().text())
        self.greyed = left_out
        model.blockSignals(False)
        self.table.blockSignals(False)
        self.table.viewport().update()
        self.table.resizeColumnToContents(0)
        # and wide enough for a role with its editor's arrow, not only for the "?" of none
        metrics = self.table.fontMetrics()
        offered = [label(ROLES, r) for r in (MENTOR, MENTEE)]
        offered.append(QCoreApplication.translate("RoleDelegate", "as the rule says"))
        widest = max(metrics.horizontalAdvance(text) for text in offered)
        self.table.setColumnWidth(0, max(self.table.columnWidth(0), widest + 48))
        hidden = len(self.sheet.rows) - len(self.shown_rows)
        self.more.setText(
            self.tr("%Ln more row(s) are not shown here; the rule gives their roles.", "", hidden)
        )
        self.more.setVisible(hidden > 0)

    def run(self) -> None:
        people = len(self.plan.people)
        name = self.tr("import of %Ln participant(s)", "", people)
        copied, _ = read_beside(  # the copy of a large file takes a while
            self,
            self.tr("Making a backup copy…"),
            self.tr("Nothing imported"),
            self.tr("No backup copy could be made: %1. Nothing was imported."),
            importing.back_up_before_import,
        )
        if not copied:
            return
        progress, step = progress_steps(self, self.tr("Importing %Ln participant(s)…", "", people))
        try:
            with history.step(name):
                result = importing.run_import(self.programme, self.plan, step, backup=False)
        except Stopped:
            show_problem(
                self,
                self.tr("Nothing imported"),
                self.tr(
                    "The import was stopped: nothing was written. The choices made here are kept."
                ),
            )
            return
        except DomainError as error:
            show_problem(self, self.tr("Nothing imported"), domain_text(error))
            return
        finally:
            done(progress)
        self.rule.remember()
        self.imported.emit(result.created, result.updated, list(self.plan.skipped))
        self.accept()


ROW_NUMBER = ROLE_DATA + 1  # the sheet's row number of a preview row


def kept_mnemonic(old: str, new: str) -> str:
    """The new text with the Alt letter the old one had (handed out once, when the
    dialog was ready), so that a count changing in it does not take the key away."""
    at = old.find("&")
    if at < 0 or at + 1 >= len(old):
        return new
    letter = old[at + 1].lower()
    found = new.lower().find(letter)
    return new if found < 0 else new[:found] + "&" + new[found:]
