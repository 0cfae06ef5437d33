"""Printing the pages through Qt's printer: each page drawn at the printer's resolution
(300 dpi at most: a report of text and charts reads no better finer, and a 65-page
report at 600 dpi is a 200 MB print job that takes a minute), in bands so that a page
never needs more than a few megabytes, with the page's text laid invisibly over it so
that printing to a PDF gives a document that can still be searched and copied."""

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtCore import QEventLoop
from PySide6.QtCore import QPointF
from PySide6.QtCore import QRectF
from PySide6.QtCore import QSizeF
from PySide6.QtGui import QColor
from PySide6.QtGui import QFont
from PySide6.QtGui import QPageLayout
from PySide6.QtGui import QPageSize
from PySide6.QtGui import QPainter
from PySide6.QtPrintSupport import QPrinter

from rmentor.ui.preview.pdf_pages import PdfPages

MAX_DPI = 300
BAND_BYTES = 16_000_000  # the most one band of a page may take in memory


class PrintFailed(Exception):
    """The printer could not be started (no printer, a file that cannot be written)."""


def prepare(printer: QPrinter, pages: PdfPages) -> None:
    """Before the print dialog: the paper the document is laid out for (A4), upright."""
    first = pages.size(0)
    size = QPageSize(first, QPageSize.Unit.Point, "", QPageSize.SizeMatchPolicy.FuzzyMatch)
    printer.setPageSize(size)
    printer.setPageOrientation(
        QPageLayout.Orientation.Landscape
        if first.width() > first.height()
        else QPageLayout.Orientation.Portrait
    )
    printer.setFullPage(True)  # the document has its own margins
    printer.setFromTo(1, len(pages))


def chosen_pages(printer: QPrinter, count: int, current: int) -> list[int]:
    """The pages asked for in the dialog (all, ranges such as "1,3-5", or the one in
    sight), from 0; pages past the end left out."""
    mode = printer.printRange()
    if mode == QPrinter.PrintRange.CurrentPage:
        return [current] if 0 <= current < count else []
    if mode == QPrinter.PrintRange.PageRange:
        ranges = printer.pageRanges()
        if not ranges.isEmpty():
            return [i for i in range(count) if ranges.contains(i + 1)]
        if printer.fromPage() > 0:
            return list(range(printer.fromPage() - 1, min(printer.toPage() or count, count)))
    return list(range(count))


def print_pages(
    printer: QPrinter,
    document: Callable[[], PdfPages],
    which: Callable[[int], list[int]],
    going_on: Callable[[int, int], bool] = lambda done, total: True,
) -> int:
    """Start the printer, then get the document to print (so that nothing is kept of a
    report that never reached a printer) and print `which(page count)` of its pages;
    going_on(pages done, pages in all) may stop between pages. Returns the pages printed."""
    painter = QPainter()
    if not painter.begin(printer):
        raise PrintFailed
    done = 0
    try:
        pages = document()
        chosen = which(len(pages))
        copies = 1 if printer.supportsMultipleCopies() else printer.copyCount()
        if printer.pageOrder() == QPrinter.PageOrder.LastPageFirst:
            chosen = chosen[::-1]
        if printer.collateCopies():  # 1 2 3, 1 2 3
            order = [i for _copy in range(copies) for i in chosen]
        else:  # 1 1, 2 2, 3 3
            order = [i for i in chosen for _copy in range(copies)]
        for index in order:
            _repaint()
            if not going_on(done, len(order)):
                printer.abort()
                return done
            if done:
                printer.newPage()
            _draw_page(painter, printer, pages, index)
            done += 1
    finally:
        painter.end()
    return done


def _draw_page(painter: QPainter, printer: QPrinter, pages: PdfPages, index: int) -> None:
    size = pages.size(index)
    paper = printer.pageLayout().fullRectPixels(printer.resolution())
    per_point = printer.resolution() / 72
    # a document laid out for A4 on Letter paper: smaller, never cut
    fit = min(
        1.0,
        paper.width() / (size.width() * per_point),
        paper.height() / (size.height() * per_point),
    )
    scale = per_point * fit
    painter.save()
    painter.translate(
        QPointF(
            (paper.width() - size.width() * scale) / 2,
            (paper.height() - size.height() * scale) / 2 if fit < 1 else 0,
        )
    )
    painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
    drawn = min(printer.resolution(), MAX_DPI) / 72
    band = max(36.0, BAND_BYTES / (size.width() * drawn * 4) / drawn)
    top = 0.0
    while top < size.height():
        bottom = min(top + band, size.height())
        image = pages.image(index, drawn, top, bottom)
        painter.drawImage(
            QRectF(0, top * scale, size.width() * scale, (bottom - top) * scale), image
        )
        _repaint()
        top = bottom
    _lay_text(painter, pages, index, scale)
    painter.restore()


def _repaint() -> None:
    """The windows drawn again between bands and pages (a page takes 0.1-0.3 s at a
    printer's resolution), before the progress window shows too; clicks wait."""
    QCoreApplication.processEvents(QEventLoop.ProcessEventsFlag.ExcludeUserInputEvents)


def _lay_text(painter: QPainter, pages: PdfPages, index: int, scale: float) -> None:
    painter.setPen(QColor(0, 0, 0, 0))
    font = QFont("Helvetica")
    for run in pages.text_runs(index):
        place = QRectF(run.rect.topLeft() * scale, QSizeF(run.rect.size() * scale))
        font.setPixelSize(max(1, round(place.height())))
        painter.setFont(font)
        width = painter.fontMetrics().horizontalAdvance(run.text)
        if width <= 0:
            continue
        painter.save()
        painter.translate(place.left(), place.bottom() - painter.fontMetrics().descent() * 0.5)
        painter.scale(place.width() / width, 1)
        painter.drawText(0, 0, run.text)
        painter.restore()
