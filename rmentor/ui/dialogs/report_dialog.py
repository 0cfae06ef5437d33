"""The programme report seen before it is printed: its options (which programme, which
period, which language, names or roles) beside the preview, which is drawn again as
soon as one of them changes; Print and Save as PDF from the same window."""

import datetime as dt
from functools import partial
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtCore import Signal
from PySide6.QtWidgets import QCheckBox
from PySide6.QtWidgets import QComboBox
from PySide6.QtWidgets import QFormLayout
from PySide6.QtWidgets import QHBoxLayout
from PySide6.QtWidgets import QPushButton
from PySide6.QtWidgets import QRadioButton
from PySide6.QtWidgets import QVBoxLayout
from PySide6.QtWidgets import QWidget

from rmentor.models.errors import DomainError
from rmentor.models.figures import reporting
from rmentor.models.programme import programmes
from rmentor.models.programme.entities import Programme
from rmentor.models.storage.database import failure_reason
from rmentor.ui.common import background
from rmentor.ui.common.form_errors import FieldErrors
from rmentor.ui.common.labels import domain_text
from rmentor.ui.preview.preview_window import PreviewWindow
from rmentor.ui.preview.preview_window import file_name
from rmentor.ui.widgets.dates import date_edit
from rmentor.ui.widgets.dates import to_date
from rmentor.ui.widgets.dates import to_qdate
from rmentor.ui.window import translations

REDRAW_MS = 300  # a date typed digit by digit is drawn once, when the typing pauses


class ReportDialog(PreviewWindow):
    """Every drawing is made on a thread of its own (seconds for a large programme): the
    window opens at once, saying it is drawing, and after a change the pages drawn
    before stay in sight; every option stays usable, and a drawing overtaken by a newer
    change is dropped. Print and Save draw once more, on the window's thread, what they
    record."""

    drawn = Signal(int, object)  # which drawing, and its PDF bytes or what went wrong

    def __init__(self, programme: Programme | None, parent=None):
        self.first = programme
        super().__init__(self.tr("Programme report"), "", self._draw, parent)
        self.final = self._on_paper
        self.save = self._save
        self.generation = 0  # the drawing whose pages are wanted
        self.drawing = False
        self.drawn.connect(self._drawn)
        self.redraw = QTimer(self)
        self.redraw.setSingleShot(True)
        self.redraw.setInterval(REDRAW_MS)
        self.redraw.timeout.connect(self.draw_in_background)
        self.programme.currentIndexChanged.connect(self._programme_changed)
        for signal in (
            self.limit.toggled,
            self.period_start.dateChanged,
            self.period_end.dateChanged,
            self.language.currentIndexChanged,
            self.roles.toggled,
            self.full.toggled,
        ):  # the signal's value must not reach start(): an index would become the delay
            signal.connect(lambda *_value: self.redraw.start())
        self._programme_changed()

    def options_panel(self) -> QWidget:
        self.errors = FieldErrors()
        options = QWidget()
        options.setObjectName("report_options")
        self.programme = QComboBox()
        for p in programmes.all_programmes():
            self.programme.addItem(p.name, p.id)
        if self.first is not None:
            self.programme.setCurrentIndex(self.programme.findData(self.first.id))
        self.limit = QCheckBox(self.tr("Only a period"))
        self.period_start = date_edit()
        self.period_end = date_edit()
        self.limit.toggled.connect(self.period_start.setEnabled)
        self.limit.toggled.connect(self.period_end.setEnabled)
        period = QWidget()
        dates = QFormLayout(period)
        dates.setContentsMargins(0, 0, 0, 0)
        dates.addRow(self.limit)
        dates.addRow(self.tr("from"), self.period_start)
        dates.addRow(self.tr("to"), self.period_end)
        self.language = QComboBox()
        self.language.addItem("Nederlands", "nl")
        self.language.addItem("English", "en")
        self.language.setCurrentIndex(self.language.findData(translations.current_language()))
        self.names = QRadioButton(self.tr("Names"))
        self.roles = QRadioButton(self.tr("Roles and departments only"))
        self.names.setChecked(True)
        self.check_names = QPushButton(self.tr("Check texts for names…"))
        self.check_names.setToolTip(
            self.tr("List the typed texts this report prints that still name someone")
        )
        self.check_names.setEnabled(False)
        self.roles.toggled.connect(self.check_names.setEnabled)
        self.check_names.clicked.connect(self._check_names)
        who = QWidget()
        column = QVBoxLayout(who)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.names)
        column.addWidget(self.roles)
        row = QHBoxLayout()
        row.addSpacing(20)
        row.addWidget(self.check_names)
        row.addStretch()
        column.addLayout(row)
        # the body lists the exceptions; every pairing only when asked for
        self.full = QCheckBox(self.tr("Add the list of every pairing as an appendix"))
        form = QFormLayout(options)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapAllRows)
        form.addRow(self.tr("Programme"), self.programme)
        form.addRow(self.tr("Period"), self.errors.wrap("period", period))
        form.addRow(self.tr("Language"), self.language)
        form.addRow(self.tr("People named by"), who)
        form.addRow(self.full)
        options.setMinimumWidth(250)
        options.setMaximumWidth(340)
        return options

    def _programme_changed(self) -> None:
        p = self.selected()
        if p is None:
            self.show_message(self.tr("There is no programme to report on yet."))
            return
        for field in (self.limit, self.period_start, self.period_end):
            field.blockSignals(True)
        self.period_start.setDate(to_qdate(p.start_date))
        # up to today; a programme that has not started yet: its first day
        self.period_end.setDate(to_qdate(max(p.start_date, min(p.end_date, dt.date.today()))))
        self.limit.setChecked(False)
        self.period_start.setEnabled(False)
        self.period_end.setEnabled(False)
        for field in (self.limit, self.period_start, self.period_end):
            field.blockSignals(False)
        self.suggested_name = file_name(f"{p.name} {dt.date.today():%Y-%m-%d}.pdf")
        self.setWindowTitle(self.tr("Programme report: %1").replace("%1", p.name))
        self.redraw.stop()
        if self.pages is None:  # the first drawing: seconds for a large programme
            self.show_message(self.tr("Drawing the report…"))
        self.draw_in_background()

    def period_ends(self) -> tuple[dt.date | None, dt.date | None]:
        if not self.limit.isChecked():
            return None, None
        return to_date(self.period_start.date()), to_date(self.period_end.date())

    def period(self):
        """The period checked (models.figures.reporting), as the command line checks it."""
        return reporting.period_of(self.selected(), *self.period_ends())

    def _drawing(self, programme: Programme | None = None):
        """What draws the report as chosen now; the options are read here, so the
        drawing may be made on another thread (where ReportLab loads the first time)."""
        return partial(
            _drawing,
            programme or self.selected(),
            self.language.currentData(),
            anonymous=self.roles.isChecked(),
            full=self.full.isChecked(),
        )

    def _draw(self) -> bytes:
        return reporting.report_pdf(self._chosen(), self._drawing()(), *self.period_ends())

    def _chosen(self) -> Programme:
        programme = self.selected()
        if programme is None:
            raise DomainError(self.tr("There is no programme to report on yet."))
        return programme

    def _on_paper(self) -> bytes:
        """For the printer or a file: read and drawn as the preview is, each on a thread
        (seconds for a large programme), with what the next report needs kept between."""
        draw = self._drawing()
        return reporting.paper_pdf(
            self._chosen(), lambda data: draw()(data), *self.period_ends(), beside=self._beside
        )

    def _beside(self, work):
        outcome, result = background.run_stoppable(
            self, self.tr("Drawing the report…"), lambda _going_on: work()
        )
        if outcome == background.FAILED:
            raise result
        return result

    def _save(self, path: Path) -> Path:
        return reporting.save_pdf(path, self._on_paper)

    def settle(self) -> None:
        if self.redraw.isActive() or self.drawing:  # what goes out is what is chosen
            self.refresh()

    def done(self, result: int) -> None:
        self.redraw.stop()  # closed with a change just made: nothing is drawn any more
        self.generation += 1  # and a drawing under way is dropped when it ends
        self.drawing = False
        super().done(result)

    def refresh(self) -> bool:
        """Drawn now, on the window's thread (the first drawing, and before printing)."""
        self.redraw.stop()
        self.generation += 1
        self.drawing = False
        self.errors.clear()
        return super().refresh()

    def draw_in_background(self) -> None:
        self.redraw.stop()
        self.errors.clear()
        programme = self.selected()
        try:
            if programme is None:
                raise DomainError(self.tr("There is no programme to report on yet."))
            ends = self.period_ends()
            reporting.period_of(programme, *ends)  # a period that cannot be: said at once
        except DomainError as error:
            self.generation += 1
            self.drawing = False
            self.problem(error)
            return
        self.generation += 1
        generation, draw = self.generation, self._drawing(programme)
        self.drawing = True
        if self.pages is not None:  # the pages drawn before stay in sight meanwhile
            self.state.setText(self.tr("Drawing the report again…"))

        background.start(
            "report preview",
            lambda: reporting.report_pdf(programme, draw(), *ends),
            lambda result: self.drawn.emit(generation, result),
        )

    def _drawn(self, generation: int, result) -> None:
        if generation != self.generation:
            return  # overtaken by a newer change, or the window was closed
        self.drawing = False
        if isinstance(result, DomainError):
            self.problem(result)
        elif isinstance(result, Exception):
            self.show_message(
                self.tr("The report could not be drawn (%1). The file was not changed.").replace(
                    "%1", domain_text(failure_reason(result))
                )
            )
        else:
            self.show_pdf(result)

    def problem(self, error: DomainError) -> None:
        """A period that cannot be counted: said at the period and in place of the pages."""
        self.errors.show(error)
        self.show_message(domain_text(error))

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
        self.name_check.finished.connect(lambda _result: self.draw_in_background())
        self.name_check.open()

    def selected(self) -> Programme | None:
        pid = self.programme.currentData()
        return Programme.get_or_none(Programme.id == pid) if pid else None


def _drawing(programme: Programme, language: str, anonymous: bool, full: bool):
    from rmentor.reports.programme.report import drawing  # ReportLab loads only now

    return drawing(programme, language, anonymous=anonymous, full=full)
