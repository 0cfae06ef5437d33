"""The preview window: a document's pages as they will print, with Print and Save as PDF.

The document is drawn into memory by `draw` and shown from there; what is printed or
saved comes from `final` (a report keeps its figures for the next one only when it
goes on paper or to a file, never for a look at the preview)."""

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtCore import Qt
from PySide6.QtCore import Signal
from PySide6.QtGui import QKeySequence
from PySide6.QtGui import QShortcut
from PySide6.QtWidgets import QApplication
from PySide6.QtWidgets import QComboBox
from PySide6.QtWidgets import QDialog
from PySide6.QtWidgets import QDialogButtonBox
from PySide6.QtWidgets import QFileDialog
from PySide6.QtWidgets import QHBoxLayout
from PySide6.QtWidgets import QLabel
from PySide6.QtWidgets import QMessageBox
from PySide6.QtWidgets import QPushButton
from PySide6.QtWidgets import QSpinBox
from PySide6.QtWidgets import QStackedWidget
from PySide6.QtWidgets import QStyle
from PySide6.QtWidgets import QToolButton
from PySide6.QtWidgets import QVBoxLayout
from PySide6.QtWidgets import QWidget

from rmentor.models.errors import DomainError
from rmentor.models.errors import system_reason
from rmentor.models.storage import datafile
from rmentor.models.storage.files import write_bytes
from rmentor.ui.common import keys
from rmentor.ui.common import notices
from rmentor.ui.common.background import done
from rmentor.ui.common.background import progress_window
from rmentor.ui.common.folders import remember
from rmentor.ui.common.folders import start_folder
from rmentor.ui.common.labels import domain_text
from rmentor.ui.common.messages import show_problem
from rmentor.ui.common.screen_fit import fit
from rmentor.ui.preview.page_view import FIT_PAGE
from rmentor.ui.preview.page_view import FIT_WIDTH
from rmentor.ui.preview.page_view import STEPS
from rmentor.ui.preview.page_view import PageView
from rmentor.ui.preview.pdf_pages import PdfPages
from rmentor.ui.preview.thumbnails import Thumbnails


class PreviewWindow(QDialog):
    """Its texts are translated in its own context, not self.tr's: that takes a subclass's.

    `draw()` gives the PDF to show; `final()` the PDF to print or save (by default the
    one shown); `save(path)` writes it (by default the bytes of `final()`)."""

    put_on_paper = Signal()  # printed, or saved as a PDF

    def __init__(
        self,
        title: str,
        suggested_name: str,
        draw: Callable[[], bytes],
        parent=None,
        final: Callable[[], bytes] | None = None,
        save: Callable[[Path], Path] | None = None,
        guide_section: str = "report",
        private: bool = False,
    ):
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setWindowFlag(Qt.WindowType.WindowMaximizeButtonHint)
        self.suggested_name = file_name(suggested_name)
        self.private = private  # a file printed to is for its owner's eyes only
        self.draw = draw
        self.final = final or (lambda: self.pages.data)
        self.save = save or (lambda path: write_bytes(path, self.final()))
        self.pages: PdfPages | None = None
        self.view = PageView()
        self.view.page_changed.connect(self._page_changed)
        self.view.zoom_changed.connect(self._show_zoom)
        self.thumbnails = Thumbnails()
        self.thumbnails.currentRowChanged.connect(self._thumbnail_chosen)
        # the words in place of the pages: nothing to show, or why not
        self.blank = QLabel()
        self.blank.setObjectName("preview_message")
        self.blank.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.blank.setWordWrap(True)
        self.stack = QStackedWidget()
        self.stack.addWidget(self.view)
        self.stack.addWidget(self.blank)
        options = self.options_panel()
        self.has_options = options is not None
        body = QHBoxLayout()
        if options is not None:
            body.addWidget(options)
        body.addWidget(self.thumbnails)
        body.addWidget(self.stack, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(self._tool_row())
        layout.addLayout(body, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        self.state = QLabel()
        self.state.setObjectName("preview_state")
        bottom = QHBoxLayout()
        bottom.addWidget(self.state, 1)
        bottom.addWidget(buttons)
        layout.addLayout(bottom)
        QShortcut(QKeySequence(QKeySequence.StandardKey.Print), self, self.print_document)
        QShortcut(QKeySequence(QKeySequence.StandardKey.Save), self, self.save_as)
        QShortcut(QKeySequence(QKeySequence.StandardKey.ZoomIn), self, self.view.zoom_in)
        QShortcut(QKeySequence(QKeySequence.StandardKey.ZoomOut), self, self.view.zoom_out)
        fit(self, 1280 if options is not None else 1000, 900)
        keys.ready(self, guide_section)  # adds Help
        for each in self.findChildren(QPushButton):  # Return in the page box or a date
            each.setAutoDefault(False)  # field must neither print, close nor open the guide
        self.view.setFocus()  # Page Down turns the page from the start
        QApplication.instance().aboutToQuit.connect(self.release)

    def _tool_row(self) -> QWidget:
        self.print_button = QPushButton(QCoreApplication.translate("PreviewWindow", "Print…"))
        self.print_button.setToolTip(
            QCoreApplication.translate(
                "PreviewWindow", "Print through the system's print dialog (Ctrl+P)"
            )
        )
        self.print_button.clicked.connect(self.print_document)
        self.save_button = QPushButton(QCoreApplication.translate("PreviewWindow", "Save as PDF…"))
        self.save_button.setToolTip(
            QCoreApplication.translate("PreviewWindow", "Save the document as a PDF file (Ctrl+S)")
        )
        self.save_button.clicked.connect(self.save_as)
        self.previous_button = _tool_button(
            QStyle.StandardPixmap.SP_ArrowBack,
            QCoreApplication.translate("PreviewWindow", "Previous page (Page Up)"),
        )
        self.previous_button.clicked.connect(lambda: self.view.go_to(self.view.current - 1))
        self.next_button = _tool_button(
            QStyle.StandardPixmap.SP_ArrowForward,
            QCoreApplication.translate("PreviewWindow", "Next page (Page Down)"),
        )
        self.next_button.clicked.connect(lambda: self.view.go_to(self.view.current + 1))
        self.page_box = QSpinBox()
        self.page_box.setObjectName("page_box")
        self.page_box.setKeyboardTracking(False)
        self.page_box.valueChanged.connect(lambda n: self.view.go_to(n - 1))
        self.page_box.setAccessibleName(QCoreApplication.translate("PreviewWindow", "Page"))
        self.page_count = QLabel()
        self.page_count.setObjectName("page_count")
        self.zoom = QComboBox()
        self.zoom.setObjectName("zoom")
        self.zoom.setAccessibleName(QCoreApplication.translate("PreviewWindow", "Zoom"))
        self.zoom.setToolTip(
            QCoreApplication.translate(
                "PreviewWindow", "Zoom: Ctrl++ and Ctrl+-, or Ctrl and the mouse wheel"
            )
        )
        self.zoom.addItem(QCoreApplication.translate("PreviewWindow", "Whole page"), FIT_PAGE)
        self.zoom.addItem(QCoreApplication.translate("PreviewWindow", "Page width"), FIT_WIDTH)
        for step in STEPS:
            self.zoom.addItem(f"{round(step * 100)} %", step)
        self.zoom.setCurrentIndex(1)
        self.zoom.activated.connect(lambda i: self.view.set_zoom(self.zoom.itemData(i)))
        self.zoom_shown = QLabel()
        self.zoom_shown.setObjectName("zoom_shown")
        row = QWidget()
        line = QHBoxLayout(row)
        line.setContentsMargins(0, 0, 0, 0)
        line.addWidget(self.print_button)
        line.addWidget(self.save_button)
        line.addSpacing(24)
        line.addWidget(self.previous_button)
        line.addWidget(QLabel(QCoreApplication.translate("PreviewWindow", "Page")))
        line.addWidget(self.page_box)
        line.addWidget(self.page_count)
        line.addWidget(self.next_button)
        line.addSpacing(24)
        line.addWidget(self.zoom)
        line.addWidget(self.zoom_shown)
        line.addStretch()
        return row

    # The document

    def refresh(self) -> bool:
        """Draw the document again (an option changed) and show it; False, with the
        reason in place of the pages, when it cannot be drawn."""
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            data = self.draw()
        except DomainError as error:
            QApplication.restoreOverrideCursor()
            self.problem(error)
            return False
        QApplication.restoreOverrideCursor()
        self.show_pdf(data)
        return True

    def show_pdf(self, data: bytes) -> None:
        if self.pages is not None:
            self.pages.close()
        self.pages = PdfPages(data)
        self.view.set_pages(self.pages)
        self.stack.setCurrentWidget(self.view)
        self.page_box.blockSignals(True)
        self.page_box.setRange(1, len(self.pages))
        self.page_box.setValue(self.view.current + 1)
        self.page_box.blockSignals(False)
        self.page_count.setText(
            QCoreApplication.translate("PreviewWindow", "of %1").replace("%1", str(len(self.pages)))
        )
        self.thumbnails.show_pages(self.pages, max(self.view.current, 0))
        self.state.setText("")  # "Sent 8 pages" was about the document before
        self._enable(True)

    def options_panel(self) -> QWidget | None:
        """What a document lets the coordinator choose, beside its pages (a report's
        period and anonymity); None for a document that has no choices."""
        return None

    def problem(self, error: DomainError) -> None:
        self.show_message(domain_text(error))

    def show_message(self, text: str) -> None:
        """Words where the pages were: the document cannot be drawn as the options are."""
        self.blank.setText(text)
        self.stack.setCurrentWidget(self.blank)
        self.thumbnails.forget()
        self.page_count.setText("")
        self.state.setText("")
        self._enable(False)

    def _enable(self, on: bool) -> None:
        for widget in (self.print_button, self.save_button, self.page_box, self.thumbnails):
            widget.setEnabled(on)
        self._page_changed(self.view.current)

    def _thumbnail_chosen(self, row: int) -> None:
        if row >= 0:
            self.view.go_to(row)

    def _page_changed(self, index: int) -> None:
        count = self.view.count()
        showing = self.stack.currentWidget() is self.view and count > 0
        self.previous_button.setEnabled(showing and index > 0)
        self.next_button.setEnabled(showing and index < count - 1)
        if not showing:
            return
        self.page_box.blockSignals(True)
        self.page_box.setValue(index + 1)
        self.page_box.blockSignals(False)
        self.thumbnails.show_current(index)

    def _show_zoom(self) -> None:
        self.zoom_shown.setText(f"{round(self.view.factor() * 100)} %")
        index = self.zoom.findData(self.view.zoom)
        if index >= 0:
            self.zoom.setCurrentIndex(index)

    # Paper and file

    def print_document(self) -> None:
        from PySide6.QtPrintSupport import QPrintDialog
        from PySide6.QtPrintSupport import QPrinter

        from rmentor.ui.preview import printing

        self.settle()
        if self.pages is None or not self.print_button.isEnabled():
            return
        self.printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printing.prepare(self.printer, self.pages)
        self.printer.setDocName(self.suggested_name.removesuffix(".pdf"))
        dialog = QPrintDialog(self.printer, self)
        dialog.setOption(QPrintDialog.PrintDialogOption.PrintCurrentPage, True)
        dialog.setMinMax(1, len(self.pages))
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        self.print_to(self.printer)

    def print_to(self, printer) -> bool:
        """Print on a printer already chosen (the print dialog's, or a test's)."""
        from rmentor.ui.preview import printing

        self.settle()
        target = printer.outputFileName()
        if target:  # printing to a file: never onto the data file or its copies
            try:
                datafile.refuse_overwriting(Path(target))
            except DomainError as error:
                show_problem(
                    self, QCoreApplication.translate("PreviewWindow", "Not printed"), error
                )
                return False
        shown, made = self.pages, []

        def document() -> PdfPages:
            data = self.final()
            made.append(shown if data == shown.data else PdfPages(data))
            return made[-1]

        progress = progress_window(
            self, QCoreApplication.translate("PreviewWindow", "Printing…"), 200
        )

        def going_on(count: int, total: int) -> bool:
            progress.setMaximum(total)
            progress.setValue(count)
            return not progress.wasCanceled()

        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            sent_pages = printing.print_pages(
                printer,
                document,
                lambda count: printing.chosen_pages(printer, count, self.view.current),
                going_on,
            )
        except printing.PrintFailed:
            self._not_printed(
                QCoreApplication.translate(
                    "PreviewWindow", "The printer %1 could not be started."
                ).replace("%1", printer.printerName() or target)
            )
            return False
        except DomainError as error:
            self._not_printed(error)
            return False
        finally:
            stopped = progress.wasCanceled()  # closing it below would count as a Stop
            QApplication.restoreOverrideCursor()
            done(progress)
            for pages in made:
                if pages is not shown:
                    pages.close()
        if target and self.private:  # a recovery sheet printed to a file: its owner's alone
            Path(target).chmod(0o600)
        if stopped:
            sent = QCoreApplication.translate(
                "PreviewWindow", "Printing stopped: %1 page(s) sent to the printer"
            ).replace("%1", str(sent_pages))
        elif sent_pages == 1:
            sent = QCoreApplication.translate("PreviewWindow", "Sent 1 page to the printer")
        else:
            sent = QCoreApplication.translate(
                "PreviewWindow", "Sent %1 pages to the printer"
            ).replace("%1", str(sent_pages))
        self.state.setText(sent)
        notices.tell(sent)
        if sent_pages and not stopped:
            self.put_on_paper.emit()
        return sent_pages > 0

    def _not_printed(self, error) -> None:
        show_problem(self, QCoreApplication.translate("PreviewWindow", "Not printed"), error)

    def settle(self) -> None:
        """Before printing or saving: an option changed a moment ago is drawn first, so
        what goes out is what the options say (a report's subclass redraws)."""

    def save_as(self) -> None:
        self.settle()
        if self.pages is None or not self.save_button.isEnabled():
            return
        name, _ = QFileDialog.getSaveFileName(
            self,
            QCoreApplication.translate("PreviewWindow", "Save as PDF"),
            str(start_folder() / self.suggested_name),
            "PDF (*.pdf)",
        )
        if not name:
            return
        path = Path(name)
        if path.suffix.lower() != ".pdf":
            # "Report v1.2" becomes "Report v1.2.pdf"; one there already is asked about,
            # as the file dialog asked about the name typed
            path = path.with_name(path.name + ".pdf")
            if path.exists() and not self._replace(path):
                return
        remember(path)
        self.save_to(path)

    def _replace(self, path: Path) -> bool:
        answer = QMessageBox.question(
            self,
            QCoreApplication.translate("PreviewWindow", "Replace the file?"),
            QCoreApplication.translate("PreviewWindow", "%1 exists already. Replace it?").replace(
                "%1", path.name
            ),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        return answer == QMessageBox.StandardButton.Yes

    def save_to(self, path: Path) -> bool:
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            datafile.refuse_overwriting(path)
            self.save(path)
        except OSError as error:
            QApplication.restoreOverrideCursor()
            show_problem(
                self,
                QCoreApplication.translate("PreviewWindow", "Not saved"),
                QCoreApplication.translate("PreviewWindow", "The PDF cannot be written to %1: %2")
                .replace("%1", str(path))
                .replace("%2", domain_text(system_reason(error))),
            )
            return False
        except DomainError as error:
            QApplication.restoreOverrideCursor()
            show_problem(self, QCoreApplication.translate("PreviewWindow", "Not saved"), error)
            return False
        QApplication.restoreOverrideCursor()
        saved = QCoreApplication.translate("PreviewWindow", "PDF saved as %1").replace(
            "%1", path.name
        )
        self.state.setText(saved)
        notices.tell(saved, path)
        self.saved = path
        self.put_on_paper.emit()
        return True

    def resizeEvent(self, event) -> None:  # noqa: N802 - Qt's name
        # a narrow window gives its room to the page, not to the thumbnails
        self.thumbnails.setVisible(self.width() >= (1000 if self.has_options else 640))
        super().resizeEvent(event)

    def done(self, result: int) -> None:
        self.release()
        super().done(result)

    def release(self) -> None:
        """PDFium's document let go of (also when the app quits with the window open)."""
        if self.pages is not None:
            self.pages.close()
            self.pages = None
        self.view.set_pages(None)
        self.thumbnails.forget()


def file_name(text: str) -> str:
    """A name any system takes for a file: no folder separators, no : ? * " < > |."""
    safe = "".join("_" if c in '/\\:*?"<>|' or ord(c) < 32 else c for c in text)
    return safe.strip(" .") or "document.pdf"


def _tool_button(icon: QStyle.StandardPixmap, tip: str) -> QToolButton:
    """A picture and a tooltip: the keyboard has the same step on its own key."""
    button = QToolButton()
    button.setIcon(button.style().standardIcon(icon))
    button.setToolTip(tip)
    button.setAccessibleName(tip)
    button.setAutoRaise(True)
    return button
