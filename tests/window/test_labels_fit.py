"""No label cut: every table header of the window and its dialogs, and every label of the
report's charts, whole, in English and in Dutch."""

import pypdfium2 as pdfium
import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog
from PySide6.QtWidgets import QHeaderView

from rmentor.models.programme.entities import Programme
from rmentor.models.programme.entities import Theme
from tests.window.test_desktop import _open_dialogs

LONG_THEME = "Samenwerken met de afdelingen buiten het hoofdkantoor en de winkels in de regio"


def cut_headers(root) -> list[str]:
    """The titles of the visible header sections narrower than their title needs."""
    cut = []
    for header in root.findChildren(QHeaderView):
        if header.orientation() != Qt.Orientation.Horizontal or not header.isVisibleTo(root):
            continue
        model = header.model()
        last = max((i for i in range(header.count()) if not header.isSectionHidden(i)), default=-1)
        for i in range(header.count()):
            if header.isSectionHidden(i) or i == last and header.stretchLastSection():
                continue
            title = model.headerData(i, Qt.Orientation.Horizontal) or ""
            needed = header.sectionSizeFromContents(i).width()
            if title and header.sectionSize(i) < needed:
                cut.append(f"{title} ({header.sectionSize(i)} < {needed})")
    return cut


@pytest.mark.parametrize("lang", ["en", "nl"])
def test_no_table_header_is_cut(qtbot, demo_window_in, lang):
    window = demo_window_in(lang)
    window.resize(1366, 768)
    for i in range(window.tabs.count()):
        window.tabs.setCurrentIndex(i)
        qtbot.wait(10)
        assert cut_headers(window.tabs.currentWidget()) == [], window.tabs.tabText(i)
    for name, opener in _open_dialogs(window):
        before = set(window.findChildren(QDialog))
        opener()
        [dialog] = [d for d in window.findChildren(QDialog) if d not in before and d.isVisible()]
        qtbot.wait(10)
        assert cut_headers(dialog) == [], name
        dialog.done(0)


def chart_text_outside(data: bytes, left_margin: float, right_margin: float) -> list[str]:
    """Text drawn closer to the page's edge than its margins: a label cut at the left."""
    document = pdfium.PdfDocument(data)
    outside = []
    for page in document:
        width = page.get_width()
        text = page.get_textpage()
        for i in range(text.count_chars()):
            left, _bottom, right, _top = text.get_charbox(i)
            if right > left and (left < left_margin - 1 or right > width - right_margin + 1):
                outside.append(text.get_text_range(i, 1))
        text.close()
    document.close()
    return outside


@pytest.mark.parametrize("lang", ["en", "nl"])
def test_no_report_chart_label_is_cut(demo_window, lang):
    from rmentor.reports.programme.report import ProgrammeReport

    programme = Programme.get()
    theme = Theme.get(~Theme.builtin)  # its name: long, as a coordinator may type it
    theme.name = LONG_THEME
    theme.save()
    report = ProgrammeReport(programme, lang)
    data = report.render()
    assert chart_text_outside(data, report.left_margin, report.right_margin) == []
    words = " ".join(page.get_textpage().get_text_range() for page in pdfium.PdfDocument(data))
    assert " ".join(LONG_THEME.split()[:6]) in " ".join(words.split())  # whole, wrapped


@pytest.mark.parametrize("lang", ["en", "nl"])
def test_the_start_pages_wrapped_texts_show_whole(qtbot, db_path, language, lang, monkeypatch):
    """The start page of an empty file at 1366 x 768: its wrapped texts are as tall as
    their lines need (a wrapped label in a form does not ask for its height itself)."""
    from PySide6.QtWidgets import QLabel

    from rmentor.models.outreach import mail_texts
    from rmentor.models.storage import datafile
    from rmentor.ui.window.main_window import MainWindow

    monkeypatch.setattr(mail_texts, "load_settings", lambda: mail_texts.MailSettings())
    language(lang)
    datafile.create_file(db_path)
    window = MainWindow()
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    assert window.open_path(db_path, create=False)
    page = window.welcome
    assert page.about.isVisible()  # nobody said who they are yet
    wrapped = [label for label in page.findChildren(QLabel) if label.wordWrap()]
    assert len(wrapped) >= 2
    for label in wrapped:
        if label.isVisible() and label.text():
            assert label.height() >= label.heightForWidth(label.width()), label.text()


@pytest.mark.parametrize("lang", ["en", "nl"])
def test_the_window_fits_a_small_laptop_screen(qtbot, demo_window_in, lang):
    """Every tab, and the overview of a programme no one takes part in yet (its heading is
    the longest line), fits 1024 pixels: nothing pushes the window past a laptop's edge."""
    from rmentor.models.programme import programmes

    window = demo_window_in(lang)
    empty = programmes.create_with_defaults("Leeg programma")
    for programme_id in (window.programme.id, empty.id):
        window.reload_programmes(programme_id)
        for i in range(window.tabs.count()):
            window.tabs.setCurrentIndex(i)
            qtbot.wait(10)
            assert window.minimumSizeHint().width() <= 1024, (programme_id, window.tabs.tabText(i))


def test_the_participant_forms_department_and_location_are_as_wide_as_its_names(qtbot, demo_window):
    """In a file with no departments yet they were a thumb's width; with long ones, as
    wide as the longest."""
    from rmentor.ui.dialogs.participant_dialog import ParticipantDialog

    dialog = ParticipantDialog(demo_window.programme, None, demo_window)
    qtbot.addWidget(dialog)
    dialog.department.addItem("Klantenservice, Operations en Facilitaire Zaken " * 3)
    dialog.show()
    qtbot.waitExposed(dialog)
    width = dialog.first_name.width()
    assert dialog.department.width() == dialog.location.width() == width


def test_the_participant_form_says_the_prefix_goes_with_the_last_name(qtbot, demo_window):
    """No field of its own ("Tussenvoegsel" in a staff list is read into the last name):
    the empty field says so, in its whole width."""
    from rmentor.ui.dialogs.participant_dialog import ParticipantDialog

    dialog = ParticipantDialog(demo_window.programme, None, demo_window)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    hint = dialog.last_name.placeholderText()
    assert hint == "with its prefix, for example van Dijk"
    assert dialog.last_name.fontMetrics().horizontalAdvance(hint) < dialog.last_name.width()
