"""The preview window: a document's pages seen before they are printed or saved."""

import datetime as dt
import os
import tempfile

import pytest
from pypdf import PdfReader
from PySide6.QtCore import QPoint
from PySide6.QtCore import Qt
from PySide6.QtGui import QImage
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QApplication
from PySide6.QtWidgets import QFileDialog
from PySide6.QtWidgets import QMessageBox

from rmentor.models.figures.verdict import ReportFigures
from rmentor.ui.widgets.dates import to_qdate

A4 = (595.3, 841.9)  # points
PAGES = 6  # the small demo's report


def inked(image: QImage) -> float:
    """The share of sampled pixels that are not white: 0 for a blank page."""
    samples = [
        image.pixelColor(x, y)
        for x in range(0, image.width(), 7)
        for y in range(0, image.height(), 7)
    ]
    return sum(1 for c in samples if c.lightness() < 200) / len(samples)


def page_text(preview, index: int) -> str:
    return " ".join(run.text for run in preview.pages.text_runs(index))


def printed_text(path) -> str:
    return " ".join(" ".join(page.extract_text().split()) for page in PdfReader(path).pages)


@pytest.fixture
def report(demo_window, qtbot):
    demo_window.report_action.trigger()
    preview = demo_window.dialog
    assert preview.isVisible() and preview.blank.text() == "Drawing the report…"
    assert not preview.print_button.isEnabled()  # nothing to print yet
    qtbot.waitUntil(lambda: preview.pages is not None)
    assert preview.print_button.isEnabled()
    return preview


def pdf_printer(path) -> QPrinter:
    printer = QPrinter()
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(path))
    printer.setResolution(150)  # the printer's own; a real one says 300 or 600
    return printer


def test_the_report_is_shown_page_by_page_as_it_will_print(report, qtbot):
    assert report.view.count() == PAGES and report.page_count.text() == f"of {PAGES}"
    assert report.thumbnails.count() == PAGES
    size = report.pages.size(0)
    assert (round(size.width(), 1), round(size.height(), 1)) == A4
    image = report.pages.image(0, 1.0)
    assert (image.width(), image.height()) == (596, 842)
    assert 0.01 < inked(image) < 0.5  # words and tables, on white
    assert "Reverse mentoring 2026" in page_text(report, 0)
    # page by page: the button, the thumbnails and the page box go together
    qtbot.mouseClick(report.next_button, Qt.MouseButton.LeftButton)
    assert report.view.current == 1 and report.page_box.value() == 2
    assert report.thumbnails.currentRow() == 1
    report.thumbnails.setCurrentRow(4)
    assert report.view.current == 4 and report.page_box.value() == 5
    assert report.previous_button.isEnabled()
    # zoom: the whole page is smaller than the page's width, a step is what it says
    width = report.view.factor()
    report.zoom.setCurrentIndex(report.zoom.findData("page"))
    report.zoom.activated.emit(report.zoom.currentIndex())
    assert report.view.factor() < width
    report.view.set_zoom(1.5)
    assert report.zoom_shown.text() == "150 %" and report.view.current == 4
    report.view.zoom_in()
    assert report.view.factor() == pytest.approx(2.0)


def test_changing_the_period_redraws_the_preview_and_keeps_nothing(report, qtbot):
    programme = report.selected()
    start, end = programme.start_date, programme.end_date  # the demo's: relative to today
    assert f"Period {start.day} {start:%b %Y} to {end.day} {end:%b %Y}" in page_text(report, 0)
    qtbot.mouseClick(report.limit, Qt.MouseButton.LeftButton, pos=QPoint(6, 6))
    report.period_start.setDate(to_qdate(dt.date(2026, 9, 1)))
    report.period_end.setDate(to_qdate(dt.date(2026, 10, 31)))
    qtbot.waitUntil(lambda: "1 Sep 2026" in page_text(report, 0), timeout=3000)
    assert "counting 1 Sep 2026 to 31 Oct 2026 only" in page_text(report, 0)
    # a period that cannot be counted: said at the field and in place of the pages
    report.period_start.setDate(to_qdate(dt.date(2026, 11, 30)))
    qtbot.waitUntil(lambda: report.stack.currentWidget() is report.blank, timeout=3000)
    assert "must end after it starts" in report.blank.text()
    assert "must end after it starts" in report.errors.text("period")
    assert not report.print_button.isEnabled() and not report.save_button.isEnabled()
    report.limit.setChecked(False)
    qtbot.waitUntil(lambda: report.stack.currentWidget() is report.view, timeout=3000)
    assert report.print_button.isEnabled() and report.errors.text("period") == ""
    # looking is not reporting: nothing was kept for the next report's comparison
    assert not ReportFigures.select().where(ReportFigures.programme == programme).exists()


def test_printing_to_a_pdf_puts_the_report_on_paper_and_keeps_its_figures(report, qtbot, tmp_path):
    programme = report.selected()
    target = tmp_path / "printed.pdf"
    assert report.print_to(pdf_printer(target))
    reader = PdfReader(target)
    assert len(reader.pages) == PAGES
    box = reader.pages[0].mediabox
    assert (round(float(box.width)), round(float(box.height))) == (595, 842)
    text = printed_text(target)
    assert "Reverse mentoring 2026" in text and "Decisions for management" in text
    assert f"Sent {PAGES} pages to the printer" in report.state.text()
    # what went on paper is a report: its figures are there for the next one
    assert ReportFigures.select().where(ReportFigures.programme == programme).exists()


def test_printing_a_page_range_prints_those_pages(report, tmp_path):
    target = tmp_path / "two.pdf"
    printer = pdf_printer(target)
    printer.setPrintRange(QPrinter.PrintRange.PageRange)
    printer.setFromTo(2, 3)
    assert report.print_to(printer)
    reader = PdfReader(target)
    assert len(reader.pages) == 2
    assert "Purposes" in reader.pages[1].extract_text()


@pytest.mark.qt_log_ignore("QPainter::begin")
def test_a_printer_that_cannot_start_is_said_in_words(report, tmp_path, monkeypatch):
    said = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *a: said.append(a[2]))
    assert not report.print_to(pdf_printer(tmp_path / "no such folder" / "r.pdf"))
    assert said and "could not be started" in said[0]


def test_the_agreement_is_previewed_and_saved_as_a_pdf(demo_window, qtbot, tmp_path, monkeypatch):
    window = demo_window
    window.tabs.setCurrentWidget(window.pairings_tab)
    window.pairings_tab.view.selectRow(0)
    row = window.pairings_tab.current()
    window.pairings_tab.agreement_pdf_action.trigger()
    preview = window.pairings_tab.dialog
    qtbot.waitUntil(preview.isVisible)
    assert preview.view.count() == 1 and preview.page_count.text() == "of 1"
    assert not preview.next_button.isEnabled() and not preview.previous_button.isEnabled()
    image = preview.pages.image(0, 0.5)
    assert (image.width(), image.height()) == (298, 421) and inked(image) > 0.01
    assert row.mentor_name in page_text(preview, 0)
    target = tmp_path / "agreement"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    preview.activateWindow()
    qtbot.waitUntil(preview.isActiveWindow)
    qtbot.keyClick(preview.view, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    written = tmp_path / "agreement.pdf"
    assert written.exists() and row.mentee_name in printed_text(written)
    assert "PDF saved as agreement.pdf" in preview.state.text()


def test_a_preview_leaves_nothing_in_the_temp_folder(demo_window, qtbot, tmp_path, monkeypatch):
    folder = tmp_path / "temp"
    folder.mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(folder))
    monkeypatch.setenv("TMPDIR", str(folder))
    demo_window.report_action.trigger()
    preview = demo_window.dialog
    qtbot.waitUntil(lambda: preview.pages is not None)
    preview.roles.setChecked(True)
    qtbot.waitUntil(lambda: "Anonymised" in page_text(preview, 0), timeout=3000)
    preview.close()
    assert os.listdir(folder) == []


# What an attacker tried next


def test_printing_onto_the_data_file_is_refused(report, demo_window, monkeypatch):
    said = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *a: said.append(a[2]))
    before = demo_window.path.read_bytes()[:100]
    assert not report.print_to(pdf_printer(demo_window.path))
    assert said and "data file" in said[0]
    assert demo_window.path.read_bytes()[:100] == before
    assert not ReportFigures.select().exists()  # nothing kept for a report not printed


def test_nothing_is_kept_of_a_report_whose_printer_did_not_start(report, tmp_path, monkeypatch):
    monkeypatch.setattr(QMessageBox, "warning", lambda *a: None)
    with pytest.MonkeyPatch.context() as quiet:
        quiet.setattr("PySide6.QtGui.QPainter.begin", lambda *a: False)
        assert not report.print_to(pdf_printer(tmp_path / "r.pdf"))
    assert not ReportFigures.select().exists()


def test_an_option_just_changed_is_what_gets_printed(report, qtbot, tmp_path):
    # the language first: its index must not become the redraw's delay
    report.language.setCurrentIndex(1 - report.language.currentIndex())
    report.language.setCurrentIndex(1 - report.language.currentIndex())
    assert report.redraw.interval() == 300
    report.full.setChecked(True)  # printed at once, before the redraw would come
    assert report.redraw.isActive()
    target = tmp_path / "full.pdf"
    assert report.print_to(pdf_printer(target))
    assert len(PdfReader(target).pages) == report.view.count() > PAGES  # with the appendix


def test_page_lists_and_uncollated_copies_print_as_asked(report, tmp_path):
    from PySide6.QtGui import QPageRanges

    target = tmp_path / "some.pdf"
    printer = pdf_printer(target)
    printer.setPrintRange(QPrinter.PrintRange.PageRange)
    ranges = QPageRanges()
    ranges.addPage(1)
    ranges.addRange(3, 3)
    printer.setPageRanges(ranges)
    assert not printer.supportsMultipleCopies()  # a PDF file: the copies are ours to make
    printer.setCopyCount(2)
    printer.setCollateCopies(False)
    assert report.print_to(printer)
    first_lines = [page.extract_text().split("\n")[2] for page in PdfReader(target).pages]
    assert len(first_lines) == 4
    assert first_lines[0] == first_lines[1] != first_lines[2] == first_lines[3]
    assert "Purposes" in PdfReader(target).pages[2].extract_text()


def test_a_name_without_pdf_gets_it_added_and_a_file_there_is_asked_about(
    report, tmp_path, monkeypatch
):
    asked = []
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", lambda *a, **k: (str(tmp_path / "Report v1.2"), "")
    )
    monkeypatch.setattr(
        QMessageBox,
        "question",
        lambda *a, **k: asked.append(a[2]) or QMessageBox.StandardButton.No,
    )
    report.save_as()
    assert (tmp_path / "Report v1.2.pdf").exists() and not (tmp_path / "Report v1.pdf").exists()
    (tmp_path / "Report v1.2.pdf").write_bytes(b"kept")
    report.save_as()
    assert asked == ["Report v1.2.pdf exists already. Replace it?"]
    assert (tmp_path / "Report v1.2.pdf").read_bytes() == b"kept"


def test_a_pair_document_is_offered_under_a_name_every_system_takes(demo_window, qtbot):
    from rmentor.models.programme.entities import Pairing

    window = demo_window
    pairing = Pairing.get(Pairing.status == "active")
    mentor = pairing.mentor
    mentor.first_name = "Anne/Marie: de"
    mentor.save()
    window.tabs.setCurrentWidget(window.pairings_tab)
    window.pairings_tab.reload()
    window.pairings_tab.select(pairing.id)
    window.pairings_tab.agreement_pdf_action.trigger()
    preview = window.pairings_tab.dialog
    assert "/" not in preview.suggested_name and ":" not in preview.suggested_name
    assert preview.suggested_name.startswith("Agreement Anne_Marie_ de")


def test_a_private_document_printed_to_a_file_is_its_owners_alone(qtbot, tmp_path):
    from rmentor.reports.recovery_sheet import RecoverySheet
    from rmentor.ui.preview.preview_window import PreviewWindow

    sheet = RecoverySheet(tmp_path / "rmentor.sqlite", b"k" * 32, "en")
    preview = PreviewWindow(
        "Recovery sheet", "key.pdf", sheet.render, save=sheet.write, private=True
    )
    qtbot.addWidget(preview)
    assert preview.refresh()
    target = tmp_path / "printed.pdf"
    assert preview.print_to(pdf_printer(target))
    assert target.stat().st_mode & 0o777 == 0o600


# What a new coordinator tripped over


def test_return_in_a_field_does_not_print_and_page_down_turns_the_page(report, qtbot, monkeypatch):
    from rmentor.ui.window import guide

    printed = []
    monkeypatch.setattr(type(report), "print_document", lambda self: printed.append(1))
    monkeypatch.setattr(guide, "show_guide", lambda section="": printed.append("guide"))
    report.activateWindow()
    qtbot.waitUntil(report.isActiveWindow)
    assert QApplication.focusWidget() is report.view
    qtbot.keyClick(report.view, Qt.Key.Key_PageDown)
    assert report.view.current == 1
    report.page_box.setFocus()
    report.page_box.lineEdit().selectAll()
    qtbot.keyClicks(report.page_box, "5")
    qtbot.keyClick(report.page_box, Qt.Key.Key_Return)
    assert report.view.current == 4 and printed == [] and report.isVisible()


def test_pages_last_first_print_in_reverse(report, tmp_path):
    target = tmp_path / "reverse.pdf"
    printer = pdf_printer(target)
    printer.setPageOrder(QPrinter.PageOrder.LastPageFirst)
    assert report.print_to(printer)
    pages = [" ".join(page.extract_text().split()) for page in PdfReader(target).pages]
    assert f"Page {PAGES} of {PAGES}" in pages[0] and f"Page 1 of {PAGES}" in pages[-1]


def test_thumbnails_are_drawn_after_the_window_shows(report, qtbot):
    assert report.thumbnails.count() == PAGES
    qtbot.waitUntil(lambda: report.thumbnails.drawn == PAGES, timeout=5000)
    icon = report.thumbnails.item(0).icon().pixmap(report.thumbnails.iconSize()).toImage()
    assert inked(icon) > 0.01  # a picture of the page, not the blank placeholder


def test_a_pairings_right_click_menu_has_its_documents(demo_window):
    from rmentor.models.programme.entities import Pairing
    from tests.window.mnemonics import plain
    from tests.window.test_desktop import context_menu

    tab = demo_window.pairings_tab
    demo_window.tabs.setCurrentWidget(tab)
    tab.select(Pairing.get(Pairing.status == "active").id)
    menu = context_menu(tab.view, None)
    [documents] = [a for a in menu.actions() if plain(a.text()) == "Documents"]
    assert [plain(a.text()) for a in documents.menu().actions()] == [
        "Pairing agreement (PDF)…",
        "Pair summary (PDF)…",
    ]


# Drawn off the window's thread


def test_a_redrawing_keeps_the_window_usable_and_the_newest_change_wins(report, qtbot, monkeypatch):
    import time

    from rmentor.models.figures import reporting

    real, calls = reporting.report_pdf, []

    def first_slow(*args, **kwargs):  # the older drawing ends after the newer one
        calls.append(1)
        if len(calls) == 1:
            time.sleep(1.5)
        return real(*args, **kwargs)

    monkeypatch.setattr(reporting, "report_pdf", first_slow)
    before = report.pages
    report.full.setChecked(True)
    report.draw_in_background()  # as the redraw timer does, at once
    assert report.drawing and report.pages is before  # the pages drawn before stay
    assert "Drawing the report again" in report.state.text()
    report.roles.setChecked(True)  # a newer change overtakes the drawing under way
    report.draw_in_background()
    qtbot.waitUntil(lambda: not report.drawing, timeout=20_000)
    qtbot.wait(2500)  # the older drawing has ended by now, and was dropped
    text = " ".join(page_text(report, i) for i in range(report.view.count()))
    assert "Anonymised version" in text and report.view.count() > PAGES  # both changes
    assert "Mila Özdemir" not in text


@pytest.mark.parametrize("out", ["save", "print"])
def test_saving_and_printing_read_and_draw_beside_the_window(report, tmp_path, monkeypatch, out):
    """Seconds for a large programme: the reading and the drawing on threads, and only
    what is kept for the next report (a write) on the window's thread."""
    import threading

    from rmentor.models.figures import reporting

    threads: dict[str, list] = {"read": [], "keep": []}
    real_gather, real_record = reporting.gather, reporting.record

    def gather(*args, **kwargs):
        threads["read"].append(threading.current_thread())
        return real_gather(*args, **kwargs)

    def record(*args, **kwargs):
        threads["keep"].append(threading.current_thread())
        return real_record(*args, **kwargs)

    monkeypatch.setattr(reporting, "gather", gather)
    monkeypatch.setattr(reporting, "record", record)
    target = tmp_path / "r.pdf"
    if out == "save":
        assert report.save_to(target)
    else:
        assert report.print_to(pdf_printer(target))
    assert len(PdfReader(target).pages) == PAGES
    assert threads["keep"] == [threading.main_thread()]
    assert len(threads["read"]) == 1 and threads["read"][0] is not threading.main_thread()


def test_the_windows_repaint_while_pages_go_to_the_printer(report, tmp_path, monkeypatch):
    """A page takes 0.1-0.3 s at a printer's resolution: the windows are drawn again
    between pages from the first on, not only once the progress window shows."""
    from PySide6.QtCore import QTimer

    from rmentor.ui.preview import printing

    drawn, seen_after = [], []
    real = printing._draw_page

    def draw_page(*args):
        real(*args)
        drawn.append(args[-1])
        if len(drawn) == 1:  # what the window's loop has to do next: after the first page
            QTimer.singleShot(0, lambda: seen_after.append(len(drawn)))

    monkeypatch.setattr(printing, "_draw_page", draw_page)
    assert report.print_to(pdf_printer(tmp_path / "r.pdf"))
    assert len(drawn) == PAGES and seen_after == [1]


def test_a_drawing_that_fails_says_so_in_words(report, qtbot, monkeypatch):
    from rmentor.models.figures import reporting

    def broken(*args, **kwargs):
        raise RuntimeError("secret detail")

    monkeypatch.setattr(reporting, "report_pdf", broken)
    report.full.setChecked(True)
    report.draw_in_background()
    qtbot.waitUntil(lambda: not report.drawing, timeout=10_000)
    assert report.stack.currentWidget() is report.blank
    assert report.blank.text() == (
        "The report could not be drawn (RuntimeError). The file was not changed."
    )
    assert not report.print_button.isEnabled()
