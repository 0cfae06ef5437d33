"""The programme report and the pair documents, read back from the PDF."""

import datetime as dt
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtGui import QDesktopServices

from rmentor.models import demo
from rmentor.models.programme import journal
from rmentor.models.programme import pairings
from rmentor.models.programme.entities import Meeting
from rmentor.models.programme.entities import Pairing
from rmentor.models.programme.entities import Participant
from rmentor.reports.pair_documents import AgreementDocument
from rmentor.reports.pair_documents import PairSummaryDocument
from rmentor.reports.programme.report import ProgrammeReport

ROOT = Path(__file__).resolve().parents[2]
CANARY = "CANARY-7f3a-vertrouwelijk"


def text_of(path: Path) -> str:
    return "\n".join(page.extract_text() for page in PdfReader(str(path)).pages)


def flat(text: str) -> str:
    """Text with every run of white space as one space: table cells come out on lines
    of their own."""
    return " ".join(text.split())


@pytest.fixture
def small(opened):
    return demo.write_small_demo()


def test_report_has_the_figures_and_names(small, tmp_path):
    path = ProgrammeReport(small, "en", full=True).write(tmp_path / "r.pdf")
    text = text_of(path)
    for expected in (
        "Reverse mentoring 2026",
        "Confidential - for management",
        "Decisions",
        "Key figures",
        "Purposes",
        "The consumer's view",
        "Activity",
        "Meetings held per month",
        "Pairings that need attention",
        "Attention points",
        "Appendix: every pairing",
        "How the figures are counted",
        "Mila Özdemir",
        "Zoë IJsselstein",
        "sponsor Hanneke Brouwer",
    ):
        assert expected in text, expected
    held = Meeting.select().where(Meeting.held == True).count()
    assert re.search(rf"Meetings held \(planned by cadence\) {held} \(\d+\)", flat(text))
    paired = len(
        {
            p
            for pr in Pairing.select().where(Pairing.status.in_(["active", "paused", "completed"]))
            for p in (pr.mentor_id, pr.mentee_id)
        }
    )
    proposed = {
        p
        for pr in Pairing.select().where(Pairing.status == "proposed")
        for p in (pr.mentor_id, pr.mentee_id)
    }
    assert proposed  # the demo has one: said beside the figure
    assert (
        f"Participants paired {paired} / 24 ({len(proposed)} in a pairing proposed, not started)"
        in flat(text)
    )
    assert "Mila Özdemir" not in text_of(ProgrammeReport(small, "en").write(tmp_path / "s.pdf"))


def test_pages_are_numbered_one_of_n_to_n_of_n(small, tmp_path):
    path = ProgrammeReport(small, "en").write(tmp_path / "r.pdf")
    pages = PdfReader(str(path)).pages
    n = len(pages)
    assert n >= 5
    for number, page in enumerate(pages, start=1):
        assert f"Page {number} of {n}" in page.extract_text()


def test_dutch_report(small, tmp_path):
    path = ProgrammeReport(small, "nl").write(tmp_path / "r.pdf")
    text = text_of(path)
    assert "Pagina 1 van" in text
    for label in (
        "Het perspectief van de consument",
        "Diversiteit buiten de hiërarchie om",
        "Innovatie",
        "Opfrissen",
        "Besluiten",
        "Vertrouwelijk - voor het management",
    ):
        assert label in text, label
    assert re.search(r"\d{2}-\d{2}-\d{4}", text)  # dates as dd-mm-jjjj


def test_confidential_notes_never_in_any_document(small, tmp_path):
    Meeting.update(confidential_note=CANARY).execute()
    documents = [
        ProgrammeReport(small, lang, anonymous)
        for lang in ("en", "nl")
        for anonymous in (False, True)
    ]
    for pairing in Pairing.select():
        documents += [AgreementDocument(pairing, "en"), PairSummaryDocument(pairing, "nl")]
    for i, document in enumerate(documents):
        path = document.write(tmp_path / f"d{i}.pdf")
        assert CANARY not in text_of(path)
        assert CANARY.encode() not in path.read_bytes()


def test_anonymous_report_names_nobody(small, tmp_path):
    """The small demo's departments hold one or two people each: none may be named."""
    path = ProgrammeReport(small, "en", anonymous=True).write(tmp_path / "r.pdf")
    text = text_of(path)
    for person in Participant.select():
        for word in re.findall(r"\w{2,}", f"{person.first_name} {person.last_name}"):
            if word.lower() not in ("van", "de", "der", "den", "het"):
                assert not re.search(rf"\b{word}\b", text, re.I), word
        assert not re.search(rf"\b{person.department}\b", text), person.department
    assert "Anonymised version" in text and "Mentor" in text


def test_two_answers_show_no_score(programme, make_person, tmp_path):
    pairing = pairings.create_pairing(programme, make_person("mentor"), make_person("mentee"))
    pairings.set_status(pairing, "active")
    for side in ("mentor", "mentee"):
        journal.save_evaluation(
            pairing, side=side, moment="midway", ratings={"useful": 2, "learned": 3, "recommend": 5}
        )
    text = text_of(ProgrammeReport(programme, "en").write(tmp_path / "r.pdf"))
    assert "too few answers to report" in text
    evaluation_part = text[text.index("Evaluation scores (1-5)") :]
    evaluation_part = evaluation_part[: evaluation_part.index("Question, every moment")]
    assert not re.search(r"\b[1-5]\.\d\b", evaluation_part)
    assert "Would recommend it (1-5) – 4.0 2" in flat(text)  # no average of two on page 1
    page_one = flat(text[: text.index("Per purpose")])
    assert (  # the dash said where it is read, not only on the last page
        "A dash under Now, Actions done or Its question: too few to count yet. A share of "
        "actions done is given from 3 actions on, an average from 3 people's answers; n says "
        "how many there are now."
    ) in page_one
    summary = text_of(PairSummaryDocument(pairing, "en").write(tmp_path / "s.pdf"))
    assert "Scores are not shown here" in summary and "3.5" not in summary


def test_a_purposes_question_is_blank_where_it_is_not_asked(programme, make_person, tmp_path):
    """The purposes' own questions are asked midway and at the close: under the fit check
    they read "– (0)" row after row, as if too few had answered."""
    pairing = pairings.create_pairing(programme, make_person("mentor"), make_person("mentee"))
    pairings.set_status(pairing, "active")
    ratings = {"useful": 4, "learned": 4, "recommend": 4}
    journal.save_evaluation(pairing, side="mentee", moment="fit_check", ratings=ratings)
    journal.save_evaluation(
        pairing, side="mentee", moment="midway", ratings={**ratings, "customers": 5}
    )
    text = flat(text_of(ProgrammeReport(programme, "en").write(tmp_path / "r.pdf")))
    table = text[text.index("Evaluation scores (1-5)") : text.index("Question, every moment")]
    # asked at every moment: a cell under each
    assert "The meetings were useful – (1) – (1) – (0) – (2)" in table
    # the fit check's cell left blank, the others as they are
    assert "I understand our young customers better (mentees) – (1) – (0) – (1)" in table
    assert (
        "Blank: not asked then; the purposes' own questions are asked midway and at the close."
        in text
    )


def test_three_answers_show_the_average(programme, make_person, tmp_path):
    mentee = make_person("mentee")
    for i, score in enumerate((3, 4, 5)):
        pairing = pairings.create_pairing(
            programme, make_person("mentor"), mentee if i == 0 else make_person("mentee")
        )
        pairings.set_status(pairing, "active")
        journal.save_evaluation(
            pairing,
            side="mentee",
            moment="midway",
            ratings={"useful": score, "learned": 3, "recommend": 4},
        )
    text = text_of(ProgrammeReport(programme, "en").write(tmp_path / "r.pdf"))
    assert "4.0" in text[text.index("Evaluation scores (1-5)") :]


def test_empty_programme_gives_a_short_valid_report(programme, tmp_path):
    # just started: too early to tell
    path = ProgrammeReport(programme, "en", today=dt.date(2026, 1, 10)).write(tmp_path / "r.pdf")
    reader = PdfReader(str(path))
    assert len(reader.pages) == 1
    assert "There is nothing to report yet" in text_of(path)
    assert "Too early to tell" in text_of(path)
    # months on, still nobody: that needs attention, and says what to do
    text = flat(
        text_of(
            ProgrammeReport(programme, "en", today=dt.date(2026, 3, 2)).write(tmp_path / "s.pdf")
        )
    )
    assert "The programme: Needs attention" in text
    assert "Enrol the participants: nobody takes part yet, 8 weeks after the start." in text


def test_period_limits_the_figures(small, tmp_path):
    first = Meeting.select().order_by(Meeting.date).first().date
    period = (first, first + dt.timedelta(days=31))
    in_period = (
        Meeting.select().where(Meeting.date.between(*period) & (Meeting.held == True)).count()
    )
    text = text_of(ProgrammeReport(small, "en", period=period).write(tmp_path / "r.pdf"))
    assert re.search(rf"Meetings held \(planned by cadence\) {in_period} \(", flat(text))
    assert "counting " in text and " only" in text


def test_every_font_is_embedded(small, tmp_path):
    path = ProgrammeReport(small, "en").write(tmp_path / "r.pdf")
    reader = PdfReader(str(path))
    seen = set()
    for page in reader.pages:
        for font in page["/Resources"]["/Font"].values():
            font = font.get_object()
            descendants = font.get("/DescendantFonts")
            target = descendants[0].get_object() if descendants else font
            descriptor = target["/FontDescriptor"].get_object()
            assert "/FontFile2" in descriptor, font["/BaseFont"]
            seen.add(font["/BaseFont"])
    assert {name.split("+")[-1] for name in seen} == {"DejaVuSans", "DejaVuSans-Bold"}


@pytest.mark.skipif(not shutil.which("qpdf"), reason="qpdf is not installed")
def test_qpdf_check_passes(small, tmp_path):
    for document in (ProgrammeReport(small, "nl"), AgreementDocument(Pairing.get(), "en")):
        path = document.write(tmp_path / "d.pdf")
        result = subprocess.run(["qpdf", "--check", str(path)], capture_output=True, text=True)
        assert result.returncode == 0, result.stdout + result.stderr


def test_names_with_rare_letters_render(programme, make_person, tmp_path):
    for first, last in (("Øyvind", "Ærø"), ("Zoë", "Ĳsselstein"), ("Ömer", "Çelik")):
        make_person("mentor", first=first, last=last)
    make_person("mentee", first="Anaïs", last="Lefèvre")
    pairing = pairings.create_pairing(
        programme,
        Participant.get(Participant.last_name == "Ærø"),
        Participant.get(Participant.last_name == "Lefèvre"),
    )
    text = text_of(AgreementDocument(pairing, "en").write(tmp_path / "a.pdf"))
    assert "Øyvind Ærø" in text and "Anaïs Lefèvre" in text
    assert "Signature:" in text


def test_report_command(tmp_path):
    db = tmp_path / "x.sqlite"
    run = [sys.executable, str(ROOT / "main.py")]
    assert subprocess.run([*run, "demo", "--db", db], capture_output=True).returncode == 0
    out = tmp_path / "r.pdf"
    result = subprocess.run(
        [*run, "report", "--db", db, "--out", out, "--lang", "nl", "--anonymous"],
        capture_output=True,
        text=True,
    )
    assert result.returncode == 0, result.stderr
    text = text_of(out)
    assert "Pagina 1 van" in text and "Mila Özdemir" not in text
    result = subprocess.run(
        [*run, "report", "--db", db, "--out", tmp_path / "no" / "r.pdf"],
        capture_output=True,
        text=True,
    )
    assert result.returncode == 1 and result.stderr.startswith("rmentor: The report cannot be")


def test_report_dialog(qtbot, small, tmp_path, monkeypatch):
    from PySide6.QtWidgets import QFileDialog

    from rmentor.ui.dialogs.report_dialog import ReportDialog

    opened = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url) or True)
    target = tmp_path / "report"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    dialog = ReportDialog(small)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.roles.setChecked(True)
    dialog.language.setCurrentIndex(dialog.language.findData("en"))
    qtbot.waitUntil(dialog.save_button.isEnabled)  # the first drawing, on its thread
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    written = tmp_path / "report.pdf"
    assert written.exists() and dialog.isVisible()  # saved; the preview stays for printing
    assert not opened  # seen already: no other program is started to show it
    text = text_of(written)
    assert "Anonymised version" in text and "Mila Özdemir" not in text and "Mila" not in text


def test_a_first_month_counted_in_part_is_marked_and_the_ticks_are_readable(small):
    import pypdfium2 as pdfium

    small.start_date = start = small.start_date.replace(day=5)  # before its first meeting
    small.save()
    data = ProgrammeReport(small, "en").render()
    document = pdfium.PdfDocument(data)
    text = flat(" ".join(page.get_textpage().get_text_range() for page in document))
    month = f"{start:%b %Y}"
    assert f"{month}†" in text
    assert f"† {month}: its column counts the meetings from {start.day} {month} on." in text
    page = next(
        p for p in document if "Meetings held per month" in p.get_textpage().get_text_range()
    )
    textpage = page.get_textpage()
    found = textpage.search(f"{start + dt.timedelta(days=15):%b %Y}").get_next()
    assert found is not None
    size = pdfium.raw.FPDFText_GetFontSize(textpage, found[0])
    assert size >= 8  # month names under the columns, read on paper


def test_a_meeting_logged_before_the_programmes_start_is_counted_from_its_day(small):
    """The first month's column counts a meeting held before the programme started (a
    pair that met before it was entered): the note beneath says from that day, not from
    the start, which the column would contradict."""
    import pypdfium2 as pdfium

    first = Meeting.select().where(Meeting.held == True).order_by(Meeting.date).first()  # noqa: E712
    small.start_date = start = first.date + dt.timedelta(days=3)
    small.save()
    assert (first.date.month, first.date.day > 1) == (start.month, True)
    data = ProgrammeReport(small, "en").render()
    text = flat(" ".join(p.get_textpage().get_text_range() for p in pdfium.PdfDocument(data)))
    month = f"{start:%b %Y}"
    day = f"{first.date.day} {month}"
    assert f"† {month}: its column counts the meetings from {day} on." in text


def test_a_programme_that_started_this_month_says_its_one_column_once(programme, make_person):
    import pypdfium2 as pdfium

    from rmentor.models.programme.journal import MeetingInput

    today = dt.date(2026, 12, 20)
    programme.start_date = dt.date(2026, 12, 5)
    programme.save()
    pairing = pairings.create_pairing(programme, make_person("mentor"), make_person("mentee"))
    pairings.set_status(pairing, "active", today=dt.date(2026, 12, 5))
    held = MeetingInput(date=dt.date(2026, 12, 10), duration_minutes=60, held=True)
    journal.save_meeting(pairing, held, today=today)
    data = ProgrammeReport(programme, "en", today=today).render()
    text = flat(" ".join(p.get_textpage().get_text_range() for p in pdfium.PdfDocument(data)))
    assert (
        "* Dec 2026: its column counts the meetings from 5 Dec 2026 up to 20 Dec 2026 only."
    ) in text
    assert "†" not in text


def test_the_number_beside_actions_done_says_what_it_counts(small):
    import pypdfium2 as pdfium

    for language, word in (("en", "of"), ("nl", "van")):
        document = pdfium.PdfDocument(ProgrammeReport(small, language).render())
        page_one = flat(document[0].get_textpage().get_text_range())
        shares = re.findall(rf"\d+% {word} \d+", page_one)
        assert shares, language  # "75% of 8", never "75% (8)"
        assert not re.search(r"\d+% \(\d+\)", page_one)


def test_a_first_month_counted_in_part_is_named_among_thinned_labels():
    from rmentor.reports.charts import column_chart

    labels = [f"m{i}" for i in range(30)]  # more than the axis names: every third
    chart = column_chart("t", "a", labels, [1] * 30, 400, partial_first=True)
    names = chart.contents[-1].categoryAxis.categoryNames
    assert names[0] == "m0" and names[-1] == "m29" and names[1] == ""


class WatchedEnvironment(dict):
    """os.environ that refuses writes: the process environment is shared by every
    thread, and a report is drawn on one while the window reads it."""

    def __setitem__(self, key, value):
        raise AssertionError(f"the report wrote {key} into the process environment")

    def __delitem__(self, key):
        raise AssertionError(f"the report removed {key} from the process environment")

    def pop(self, key, *default):
        raise AssertionError(f"the report removed {key} from the process environment")


def test_a_report_says_the_day_it_was_made_the_same_bytes_that_day_and_leaves_the_environment(
    small, monkeypatch
):
    import io
    import os

    day = dt.date(2026, 3, 9)
    with monkeypatch.context() as watched:
        watched.setattr(os, "environ", WatchedEnvironment(os.environ))
        first = ProgrammeReport(small, "en", today=day).render()
        again = ProgrammeReport(small, "en", today=day).render()
    assert first == again
    made = PdfReader(io.BytesIO(first)).metadata.creation_date
    assert made.date() == day
    next_day = ProgrammeReport(small, "en", today=day + dt.timedelta(days=1)).render()
    assert PdfReader(io.BytesIO(next_day)).metadata.creation_date.date() == day + dt.timedelta(1)
    # its fingerprint (/ID) is the day's too, whatever the environment says
    ids = {PdfReader(io.BytesIO(pdf)).trailer["/ID"][0] for pdf in (first, next_day)}
    assert len(ids) == 2
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1000000000")
    assert ProgrammeReport(small, "en", today=day).render() == first


@pytest.mark.skipif(sys.platform == "win32", reason="time.tzset is Unix's")
@pytest.mark.parametrize("zone", ["Pacific/Pago_Pago", "Asia/Kolkata", "America/St_Johns"])
def test_a_reports_creation_date_is_its_day_where_it_is_made(small, monkeypatch, zone):
    """Midnight UTC is the evening before west of Greenwich: the start of the day here."""
    import io
    import time

    monkeypatch.setenv("TZ", zone)
    time.tzset()
    try:
        day = dt.date(2026, 3, 9)
        made = PdfReader(io.BytesIO(ProgrammeReport(small, "en", today=day).render()))
        stamp = made.metadata.creation_date
        assert stamp.date() == day and (stamp.hour, stamp.minute) == (0, 0)
        here = dt.datetime(2026, 3, 9).astimezone().utcoffset()
        assert stamp.utcoffset() == here
    finally:
        monkeypatch.undo()
        time.tzset()


def test_one_meeting_since_the_last_report_is_not_worded_as_many(small, tmp_path):
    held = ProgrammeReport(small, "en").data.totals["held"]
    for language, said in (
        ("en", "meetings held since then: 1."),
        ("nl", "gesprekken gevoerd sindsdien: 1."),
    ):
        report = ProgrammeReport(small, language)
        report.previous = (dt.date(2026, 3, 1), {"held": held - 1})
        assert report.trend_sentence().endswith(said)
    pairing = Pairing.get(Pairing.status == "active")
    held = Meeting.select().where((Meeting.pairing == pairing) & Meeting.held).count()
    summary = flat(text_of(PairSummaryDocument(pairing, "nl").write(tmp_path / "s.pdf")))
    assert f"Gesprekken gevoerd: {held}, samen" in summary


def test_the_dutch_report_quotes_its_questions_as_its_examples(small, tmp_path):
    text = flat(text_of(ProgrammeReport(small, "nl").write(tmp_path / "r.pdf")))
    assert "Gevraagd: “" in text and 'Gevraagd: "' not in text


@pytest.mark.parametrize(("language", "anonymous"), [("nl", True), ("nl", False), ("en", True)])
def test_page_one_and_the_notes_on_counting_each_keep_to_one_page(
    small, tmp_path, language, anonymous
):
    """A Dutch anonymised report ran two lines over both: each stood alone on a page."""
    path = ProgrammeReport(small, language, anonymous=anonymous).write(tmp_path / "r.pdf")
    pages = [flat(page.extract_text()) for page in PdfReader(str(path)).pages]
    confidence = {
        "nl": "Wat mentoren en mentees in vertrouwen zeiden",
        "en": "What mentors and mentees said in confidence",
    }[language]
    counted = {"nl": "Hoe de cijfers zijn geteld", "en": "How the figures are counted"}[language]
    assert confidence in pages[0]
    assert confidence not in pages[1]
    (notes,) = [k for k, page in enumerate(pages) if counted in page and "•" in page]
    assert notes == len(pages) - 1  # the last page, and all of it there
    assert len(pages) == 6
