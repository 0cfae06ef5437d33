"""The report dialog: which programme, which period, which language, names or roles."""

import datetime as dt
from pathlib import Path

from PySide6.QtWidgets import QCheckBox
from PySide6.QtWidgets import QComboBox
from PySide6.QtWidgets import QDialog
from PySide6.QtWidgets import QDialogButtonBox
from PySide6.QtWidgets import QFormLayout
from PySide6.QtWidgets import QHBoxLayout
from PySide6.QtWidgets import QLabel
from PySide6.QtWidgets import QLineEdit
from PySide6.QtWidgets import QPushButton
from PySide6.QtWidgets import QRadioButton
from PySide6.QtWidgets import QVBoxLayout
from PySide6.QtWidgets import QWidget

from rmentor.models.errors import DomainError
from rmentor.models.figures import reporting
from rmentor.models.programme import programmes
from rmentor.models.programme.entities import Programme
from rmentor.ui.common import keys
from rmentor.ui.common.folders import remember
from rmentor.ui.common.folders import start_folder
from rmentor.ui.common.form_errors import FieldErrors
from rmentor.ui.common.screen_fit import fit
from rmentor.ui.widgets.dates import date_edit
from rmentor.ui.widgets.dates import to_date
from rmentor.ui.widgets.dates import to_qdate
from rmentor.ui.widgets.rows import inline
from rmentor.ui.window import translations
from rmentor.ui.window.pdf_output import ask_pdf_path
from rmentor.ui.window.pdf_output import write_and_open


class ReportDialog(QDialog):
    def __init__(self, programme: Programme | None, parent=None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Programme report"))
        self.errors = FieldErrors()
        self.programme = QComboBox()
        for p in programmes.all_programmes():
            self.programme.addItem(p.name, p.id)
        if programme is not None:
            self.programme.setCurrentIndex(self.programme.findData(programme.id))
        self.programme.currentIndexChanged.connect(self._programme_changed)
        self.limit = QCheckBox(self.tr("Only the period from"))
        self.period_start = date_edit()
        self.period_end = date_edit()
        self.limit.toggled.connect(self.period_start.setEnabled)
        self.limit.toggled.connect(self.period_end.setEnabled)
        period = inline(self.limit, self.period_start, QLabel(self.tr("to")), self.period_end, None)
        self.language = QComboBox()
        self.language.addItem("Nederlands", "nl")
        self.language.addItem("English", "en")
        self.language.setCurrentIndex(self.language.findData(translations.current_language()))
        self.names = QRadioButton(self.tr("Names"))
        self.roles = QRadioButton(self.tr("Roles and departments only"))
        self.names.setChecked(True)
        who = QWidget()
        row = QHBoxLayout(who)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.names)
        row.addWidget(self.roles)
        row.addStretch()
        self.check_names = QPushButton(self.tr("Check texts for &names…"))
        self.check_names.setToolTip(
            self.tr("List the typed texts this report prints that still name someone")
        )
        self.check_names.setEnabled(False)
        self.roles.toggled.connect(self.check_names.setEnabled)
        self.check_names.clicked.connect(self._check_names)
        row.addWidget(self.check_names)
        self.path = QLineEdit()
        browse = QPushButton(self.tr("Choose…"))
        browse.clicked.connect(self._browse)
        out = QWidget()
        row = QHBoxLayout(out)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.path, 1)
        row.addWidget(browse)
        form = QFormLayout()
        form.addRow(self.tr("Programme"), self.programme)
        form.addRow(self.tr("Period"), self.errors.wrap("period", period))
        form.addRow(self.tr("Language"), self.language)
        form.addRow(self.tr("People named by"), who)
        # the body lists the exceptions; every pairing only when asked for
        self.full = QCheckBox(self.tr("Add the list of every pairing as an appendix"))
        form.addRow("", self.full)
        form.addRow(self.tr("Save as"), self.errors.wrap("path", out))
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Make report"))
        buttons.accepted.connect(self.make)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addStretch()
        layout.addWidget(buttons)
        fit(self, 620, 260)
        self._programme_changed()
        keys.ready(self, "report")

    def _programme_changed(self) -> None:
        p = self.selected()
        if p is None:
            return
        self.period_start.setDate(to_qdate(p.start_date))
        # up to today; a programme that has not started yet: its first day
        self.period_end.setDate(to_qdate(max(p.start_date, min(p.end_date, dt.date.today()))))
        self.limit.setChecked(False)
        self.period_start.setEnabled(False)
        self.period_end.setEnabled(False)
        folder = start_folder()
        safe = "".join(c if c.isalnum() or c in " -_" else "_" for c in p.name).strip()
        self.path.setText(str(folder / f"{safe} {dt.date.today():%Y-%m-%d}.pdf"))

    def _browse(self) -> None:
        path = ask_pdf_path(self, self.tr("Save the report as"), Path(self.path.text()).name)
        if path is not None:
            self.path.setText(str(path))

    def period_ends(self) -> tuple[dt.date | None, dt.date | None]:
        if not self.limit.isChecked():
            return None, None
        return to_date(self.period_start.date()), to_date(self.period_end.date())

    def period(self):
        """The period checked (models.figures.reporting), as the command line checks it."""
        return reporting.period_of(self.selected(), *self.period_ends())

    def _check_names(self) -> None:
        from rmentor.models.figures.anonymity import texts_naming_people
        from rmentor.models.figures.report_data import gather
        from rmentor.ui.dialogs.name_check_dialog import NameCheckDialog

        def find():
            try:
                period = self.period()
            except DomainError:
                period = None
            return texts_naming_people(gather(self.selected(), period=period))

        self.name_check = NameCheckDialog(find, self)
        self.name_check.open()

    def selected(self) -> Programme | None:
        pid = self.programme.currentData()
        return Programme.get_or_none(Programme.id == pid) if pid else None

    def make(self) -> None:
        from rmentor.reports.programme.report import drawing  # ReportLab loads only now

        programme = self.selected()
        try:
            self.period()  # shown at its field before anything is written
        except DomainError as error:
            self.errors.show(error)
            return
        text = self.path.text().strip()
        if not text:
            self.errors.show(DomainError(self.tr("Choose where to save the report."), field="path"))
            return
        path = Path(text)
        if path.suffix.lower() != ".pdf":
            path = path.with_suffix(".pdf")
        draw = drawing(
            programme,
            self.language.currentData(),
            anonymous=self.roles.isChecked(),
            full=self.full.isChecked(),
        )
        if write_and_open(
            self, lambda: reporting.make_report(programme, path, draw, *self.period_ends()), path
        ):
            remember(path)
            self.written = path
            self.accept()
