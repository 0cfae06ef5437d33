"""Confidentiality against a careful reader: suppression, anonymity, erasure, logs.

The crafted programme holds what a careful reader would look for: a closing evaluation
group of two next to groups of three, names written into every kind of typed text (in
other cases, without accents, decomposed), departments of one, an ended-early pairing
with its reason, a confidential canary in every note and one note with broken bytes.
"""

import datetime as dt
import json
import re
import sqlite3
import unicodedata
import zlib
from pathlib import Path

import pytest
from peewee import CharField
from peewee import TextField
from pypdf import PdfReader

from rmentor.cli import main as cli
from rmentor.crash_log import write_traceback
from rmentor.models.figures.anonymity import texts_naming_people
from rmentor.models.figures.report_data import gather
from rmentor.models.figures.suppression import hidden_groups
from rmentor.models.programme import journal
from rmentor.models.programme import pairings
from rmentor.models.programme import privacy
from rmentor.models.programme.entities import ALL_MODELS
from rmentor.models.programme.entities import Enrolment
from rmentor.models.programme.entities import Meeting
from rmentor.models.programme.entities import Participant
from rmentor.models.programme.journal import MeetingInput
from rmentor.models.programme.journal import OutcomeInput
from rmentor.models.storage import datafile
from rmentor.models.storage.database import db
from rmentor.models.text.vocabulary import END_REASONS
from rmentor.translator import Translator

CANARY = "CANARY-9d2e-vertrouwelijk"
PARTNER_COMMENT = "PARTNERCOMMENT-4b1"
SPONSOR = "Hanneke Wyngaerden"
# role, first, last, department, e-mail
PEOPLE = {
    "m1": ("mentor", "Xanthippe", "Quagmire-Zwolsma", "Sales", "x.q@example.nl"),
    "m2": ("mentor", "Bo", "Li", "Sales", "bo@example.nl"),
    "m3": ("mentor", "Ömer", "Çelikdemir", "Sales", "omer@example.nl"),
    "m4": ("mentor", "Anaïs", "van der Wyngaert", "Logistiek", "anais.w@example.nl"),
    "e1": ("mentee", "Ysolde", "Brandsma", "IT", "ysolde@example.nl"),
    "e2": ("mentee", "Thijmen", "Oosterbroek", "IT", "thijmen@example.nl"),
    "e3": ("mentee", "Wubbo", "Kwakernaak", "IT", "wubbo@example.nl"),
    "e4": ("mentee", "Gerolf", "Hazelhoff", "Directie", "gerolf@example.nl"),
    "e5": ("mentee", "Marijke", "Zwanenburg", "Juridische Zaken", "marijke@example.nl"),
    "e6": ("mentee", "Rixt", "Feenstra", "Inkoop", "rixt@example.nl"),
}
SMALL_DEPARTMENTS = ("Logistiek", "Directie", "Juridische", "Inkoop")


def nfd(text: str) -> str:
    return unicodedata.normalize("NFD", text)


def folded(text: str) -> str:
    """Lower case without accents: how a reader would search."""
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c)).casefold()


def name_words() -> set[str]:
    """Every word of every name in the file, and the sponsor's, as a reader finds them."""
    prefixes = {"van", "der", "de", "den"}
    found = set(folded(SPONSOR).split())
    for first, last in Participant.select(Participant.first_name, Participant.last_name).tuples():
        found |= set(re.findall(r"\w+", folded(f"{first} {last}")))
    return {w for w in found if w not in prefixes and w not in ("erased", "participant")}


def pdf_text(path: Path) -> str:
    """The text a reader sees, plus every stream decompressed (metadata, annotations):
    raw PDF bytes are compressed, so looking for a name in them proves nothing."""
    reader = PdfReader(str(path))
    parts = [page.extract_text() for page in reader.pages]
    parts.append(str(reader.metadata))
    raw = path.read_bytes()
    for match in re.finditer(rb"stream\r?\n(.*?)endstream", raw, re.S):
        try:
            parts.append(zlib.decompress(match.group(1)).decode("latin-1"))
        except zlib.error:
            parts.append(match.group(1).decode("latin-1"))
    return "\n".join(parts)


def visible_text(path: Path) -> str:
    return "\n".join(page.extract_text() for page in PdfReader(str(path)).pages)


@pytest.fixture
def crafted(programme):
    programme.description = (
        f"Opgezet door {SPONSOR} met Xanthippe Quagmire-Zwolsma; vragen aan BO of anais."
    )
    programme.sponsor = SPONSOR
    programme.save()
    people = {}
    for key, (role, first, last, department, email) in PEOPLE.items():
        people[key] = Participant.create(
            first_name=first,
            last_name=last,
            role=role,
            department=department,
            email=email,
            capacity=2,
            notes=f"Collega van {first}; {CANARY}-notes" if key == "e6" else "",
        )
        Enrolment.create(programme=programme, participant=people[key])
    made = {}
    for key, (mentor, mentee) in {
        "p1": ("m1", "e1"),
        "p2": ("m2", "e2"),
        "p3": ("m3", "e3"),
        "p4": ("m4", "e4"),
        "p5": ("m1", "e5"),
        "p6": ("m2", "e6"),
    }.items():
        pairing = pairings.create_pairing(
            programme,
            people[mentor],
            people[mentee],
            start_date=dt.date(2026, 2, 1),
            themes=["consumer"],
        )
        pairings.set_status(pairing, "active", today=dt.date(2026, 2, 1))
        made[key] = pairing
    texts = {
        "p1": (
            "Xanthippe liet Ysolde zien hoe jongeren bestellen.",
            "ysolde test de app van BRANDSMA",
        ),
        "p2": (
            "Bo en Thijmen over de webshop; Li had voorbeelden.",
            nfd("Idee van Çelikdemir: thijmen wil wat bo liet zien"),
        ),
        "p3": (nfd("Ömer Çelikdemir nam Wubbo mee naar de winkel."), ""),
        "p4": ("Anais en Gerolf spraken over de klantreis.", ""),
        "p5": ("Xanthippe en Marijke: wat klanten van juristen willen.", ""),
        "p6": ("Bo Li en Rixt Feenstra: inkoop door jonge ogen.", ""),
    }
    for day, (key, (summary, idea)) in enumerate(texts.items()):
        # p1 is the latest: its idea and summary are the report's examples
        ideas = [OutcomeInput("idea", idea, theme="consumer")] if idea else []
        journal.save_meeting(
            made[key],
            MeetingInput(
                date=dt.date(2026, 3, 20 - day),
                duration_minutes=60,
                themes=["consumer"],
                summary=summary,
                confidential_note=f"{CANARY} over {summary}",
                outcomes=[
                    *ideas,
                    OutcomeInput(
                        "action",
                        f"Wubbo Kwakernaak belt {PEOPLE[key.replace('p', 'e')][1]} terug",
                        owner="Wubbo",
                        due_date=dt.date(2026, 3, 25),
                    ),
                ],
            ),
        )
    for key in ("p1", "p2", "p3"):
        journal.save_evaluation(
            made[key],
            side="mentor",
            moment="fit_check",
            ratings={"useful": 5, "learned": 5, "recommend": 5},
            comment=f"Fijn met {PEOPLE[key.replace('p', 'e')][1]}",
        )
        journal.save_evaluation(
            made[key],
            side="mentee",
            moment="midway",
            ratings={"useful": 4, "learned": 4, "recommend": 4},
            comment=PARTNER_COMMENT,
        )
    for side, score in (("mentor", 1), ("mentee", 2)):  # the closing group of two
        journal.save_evaluation(
            made["p5"],
            side=side,
            moment="closing",
            ratings={"useful": score, "learned": score, "recommend": score},
        )
    pairings.set_status(made["p4"], "ended_early", reason="left", note="Anaïs vertrok")
    made["p6"].evaluation_skip_reason = "Rixt was ziek"
    made["p6"].override_reason = "Bo kent Rixt niet"
    made["p6"].save()
    # a note whose bytes are not UTF-8, as a damaged file or another program leaves it
    note = Meeting.get(Meeting.pairing == made["p2"])
    db.execute_sql(
        "UPDATE meeting SET confidential_note = CAST(? AS TEXT) WHERE id = ?",
        (b"\xff\xfe " + CANARY.encode() + b" \xc3(", note.id),
    )
    return programme, people, made


def all_documents(programme, made, tmp_path) -> list[Path]:
    from rmentor.reports.pair_documents import AgreementDocument
    from rmentor.reports.pair_documents import PairSummaryDocument
    from rmentor.reports.programme.report import ProgrammeReport

    paths = []
    for language in ("en", "nl"):
        for anonymous in (False, True):
            name = f"report-{language}-{anonymous}.pdf"
            paths.append(ProgrammeReport(programme, language, anonymous).write(tmp_path / name))
        for key, pairing in made.items():
            paths.append(
                AgreementDocument(pairing, language).write(tmp_path / f"a{key}{language}.pdf")
            )
            paths.append(
                PairSummaryDocument(pairing, language).write(tmp_path / f"s{key}{language}.pdf")
            )
    return paths


# The rule itself


@pytest.mark.parametrize(
    ("counts", "hidden"),
    [
        ({"fit": 18, "mid": 7, "close": 2, "all": 27}, {"close", "mid"}),
        ({"fit": 3, "mid": 3, "close": 2, "all": 8}, {"close", "fit"}),
        ({"fit": 0, "mid": 5, "close": 2, "all": 7}, {"close", "mid"}),
        ({"fit": 1, "mid": 1, "close": 1, "all": 3}, {"fit", "mid", "close"}),
        ({"fit": 2, "mid": 0, "close": 0, "all": 2}, {"fit", "all"}),
        ({"fit": 3, "mid": 4, "close": 0, "all": 7}, set()),
        ({"fit": 1, "mid": 1, "close": 9, "all": 11}, {"fit", "mid", "close"}),
    ],
)
def test_no_hidden_group_can_be_subtracted_back(counts, hidden):
    assert hidden_groups(counts, total="all") == hidden
    shown = {k for k in counts if k not in hidden and k != "all"}
    missing = [counts[k] for k in counts if k != "all" and k not in shown and counts[k]]
    if "all" not in hidden and missing:  # what subtraction gives: the hidden ones together
        assert len(missing) >= 2 and sum(missing) >= 3


# Reports and pair documents


def evaluation_table(text: str, start: str, end: str) -> str:
    part = text[text.index(start) :]
    return part[: part.index(end)]


def test_closing_pair_of_two_cannot_be_worked_out(crafted, tmp_path):
    from rmentor.reports.pair_documents import PairSummaryDocument
    from rmentor.reports.programme.report import ProgrammeReport

    programme, _people, made = crafted
    data = gather(programme)
    assert data.evaluations["closing"]["useful"] == (1.5, 2)
    assert data.evaluations["all"]["useful"][1] == 8
    text = visible_text(ProgrammeReport(programme, "en").write(tmp_path / "r.pdf"))
    table = evaluation_table(text, "Evaluation scores (1-5)", "Question, every moment")
    assert "1.5" not in table
    # 8 answers at 3.75 minus 3 at 5.0 minus 3 at 4.0 gives the closing 1.5 back
    assert not ("5.0" in table and "4.0" in table), table
    assert "3.8" in table  # the total over eight answers is still shown
    flat = " ".join(table.split())
    assert " – " in flat and " hidden (" in flat
    said = " ".join(text.split())
    assert "–: too few answers to report (fewer than 3 people)" in said
    assert "Hidden: enough answers, left out so that a smaller group cannot be" in said
    text_nl = visible_text(ProgrammeReport(programme, "nl").write(tmp_path / "n.pdf"))
    table = evaluation_table(text_nl, "Evaluatiescores (1-5)", "Vraag, alle momenten")
    assert "1,5" not in table and not ("5,0" in table and "4,0" in table), table
    for key in made:
        document = PairSummaryDocument(made[key], "en")
        summary = visible_text(document.write(tmp_path / f"s{key}.pdf"))
        assert not re.search(r"\b[1-5][.,]\d\b", summary), (key, summary)
        assert "Scores are not shown here" in summary


def test_anonymous_report_names_no_one_and_no_small_group(crafted, tmp_path):
    from rmentor.reports.programme.report import ProgrammeReport

    programme, _people, _made = crafted
    words = name_words()
    assert {"xanthippe", "bo", "li", "omer", "celikdemir", "wyngaert", "hazelhoff"} <= words
    for language, left, other, version in (
        ("en", "left the company", "other departments", "Anonymised version"),
        (
            "nl",
            Translator("nl").label(END_REASONS, "left"),
            "overige afdelingen",
            "Geanonimiseerde versie",
        ),
    ):
        path = ProgrammeReport(programme, language, anonymous=True).write(
            tmp_path / f"{language}.pdf"
        )
        text = pdf_text(path)
        seen = folded(visible_text(path))
        for word in sorted(words):
            assert not re.search(rf"\b{re.escape(word)}\b", seen), (language, word)
        for department in SMALL_DEPARTMENTS:
            assert department.lower() not in seen, (language, department)
        assert left.lower() not in seen, language
        assert CANARY not in text and PARTNER_COMMENT not in text
        visible = visible_text(path)
        assert version in visible and other in visible, language
        assert "Mentor, Sales" in visible and "Mentee, IT" in visible
        # the typed texts are there, with the names taken out
        assert ("[name]" if language == "en" else "[naam]") in visible
        assert "jongeren bestellen" in visible


def test_anonymous_report_names_no_one_once_e_mails_were_drafted(crafted, tmp_path):
    """A line that says an e-mail went out is worded from its point: anonymised too."""
    from rmentor.models.outreach.mails import record_sent
    from rmentor.models.programme.entities import Pairing
    from rmentor.reports.programme.report import ProgrammeReport

    programme, _people, _made = crafted
    ids = [p.id for p in Pairing.select()]
    record_sent(ids, "reminder")
    record_sent(ids, "evaluation")
    words = name_words()
    path = ProgrammeReport(programme, "en", anonymous=True).write(tmp_path / "r.pdf")
    seen = folded(visible_text(path))
    assert "drafted on" in seen  # the lines are there, and say so
    for word in sorted(words):
        assert not re.search(rf"\b{re.escape(word)}\b", seen), word


def test_anonymous_report_does_not_change_when_names_are_shuffled(crafted, tmp_path):
    """Any name, or an order by name, would make the two reports differ."""
    from rmentor.reports.programme.report import ProgrammeReport

    programme, _people, _made = crafted
    before = visible_text(
        ProgrammeReport(programme, "en", anonymous=True).write(tmp_path / "a.pdf")
    )
    people = list(Participant.select().order_by(Participant.id))
    names = [(p.first_name, p.last_name) for p in people]
    for person, (first, last) in zip(people, names[3:] + names[:3], strict=True):
        person.first_name, person.last_name = first, last
        person.save()
    after = visible_text(ProgrammeReport(programme, "en", anonymous=True).write(tmp_path / "b.pdf"))
    assert before == after
    named = visible_text(ProgrammeReport(programme, "en").write(tmp_path / "c.pdf"))
    assert "Xanthippe" in named  # the named report does name people


def test_the_coordinator_sees_which_texts_still_name_someone(crafted):
    programme, _people, _made = crafted
    found = texts_naming_people(gather(programme))
    by_text = {item.text.text: item.names for item in found}
    assert by_text[programme.description] == [SPONSOR, "Xanthippe Quagmire-Zwolsma", "BO", "anais"]
    assert by_text["Xanthippe liet Ysolde zien hoe jongeren bestellen."] == ["Xanthippe", "Ysolde"]
    assert by_text[nfd("Idee van Çelikdemir: thijmen wil wat bo liet zien")] == [
        nfd("Çelikdemir"),
        "thijmen",
        "bo",
    ]
    assert all(item.text.kind in ("programme", "meeting", "outcome") for item in found)


def test_no_document_or_export_gives_a_confidential_note_away(crafted, tmp_path):
    from openpyxl import load_workbook

    from rmentor.models.sheets.exporting import export_table
    from rmentor.models.sheets.sheet_files import write_sheet

    programme, people, made = crafted
    for path in all_documents(programme, made, tmp_path):
        text = pdf_text(path)
        assert CANARY not in text and PARTNER_COMMENT not in text, path.name
    assert "jongeren bestellen" in visible_text(tmp_path / "report-en-False.pdf")
    for language in ("en", "nl"):
        for what in ("participants", "pairings", "journal"):
            headers, rows = export_table(programme, what, Translator(language))
            for suffix in ("csv", "xlsx"):
                path = tmp_path / f"{what}-{language}.{suffix}"
                write_sheet(path, headers, rows)
                if suffix == "csv":
                    content = path.read_text(encoding="utf-8-sig")
                else:
                    sheet = load_workbook(path).active
                    content = "\n".join(str(c.value) for row in sheet.iter_rows() for c in row)
                assert CANARY not in content, path.name
                if what == "journal":
                    assert "jongeren bestellen" in content
    access = privacy.personal_data(people["m1"])
    assert CANARY not in json.dumps(access) and PARTNER_COMMENT not in json.dumps(access)
    assert access["confidential_notes_kept_in_the_app"] == 2


def draft_texts(path: Path, tmp_path: Path) -> str:
    """Everything a mail program would show or open of a draft: headers, the text, each
    attachment (a PDF through pdf_text, a calendar as its text)."""
    import email
    import email.policy

    message = email.message_from_bytes(path.read_bytes(), policy=email.policy.default)
    parts = [
        str(message["Subject"]),
        str(message["To"]),
        message.get_body(("plain",)).get_content(),
    ]
    for n, attachment in enumerate(message.iter_attachments()):
        data = attachment.get_content()
        if attachment.get_content_type() == "application/pdf":
            pdf = tmp_path / f"{path.stem}-{n}.pdf"
            pdf.write_bytes(data)
            parts.append(pdf_text(pdf))
        else:
            parts.append(data.decode() if isinstance(data, bytes) else data)
    return "\n".join(parts)


def test_no_draft_calendar_or_form_gives_a_confidential_note_away(crafted, tmp_path):
    from rmentor.models.outreach.drafts import write_calendar
    from rmentor.models.outreach.drafts import write_drafts
    from rmentor.models.programme.entities import Pairing
    from rmentor.models.text.vocabulary import EVALUATION_MOMENTS
    from rmentor.models.text.vocabulary import MAIL_KINDS
    from rmentor.reports.evaluation_form import write_form
    from rmentor.reports.pair_files import PairFiles

    programme, people, made = crafted
    # a pair still to start (an invitation) and one completed (thanks), beside the others
    pairings.create_pairing(
        programme, people["m3"], people["e6"], start_date=dt.date(2026, 11, 20), themes=["consumer"]
    )
    pairings.set_status(made["p5"], "completed")
    for pairing in Pairing.select():  # a canary in every note a pairing can hold
        Pairing.update(
            end_note=f"{CANARY}-end",
            override_reason=f"{CANARY}-override",
            evaluation_skip_reason=f"{CANARY}-skip",
        ).where(Pairing.id == pairing.id).execute()
    pairs = list(Pairing.select().where(Pairing.programme == programme))
    texts = {}
    for language in ("en", "nl"):
        for kind in MAIL_KINDS:
            folder = tmp_path / f"{kind}-{language}"
            written = write_drafts(
                programme, kind, folder, PairFiles(), pairings=pairs, language=language
            )
            # each kind to the pairs it fits; the others are refused, with the reason
            assert written.paths and len(written.refused) < len(pairs)
            for path in written.paths:
                texts[path] = draft_texts(path, tmp_path)
        calendar = write_calendar(
            programme, tmp_path / f"all-{language}.ics", language, PairFiles()
        )
        texts[calendar] = calendar.read_text(encoding="utf-8")
        for pairing in pairs:
            for moment in EVALUATION_MOMENTS:
                for side in ("mentor", "mentee"):
                    form = tmp_path / f"form-{pairing.id}-{moment}-{side}-{language}.pdf"
                    write_form(form, pairing, side, moment, language, outreach_settings())
                    texts[form] = pdf_text(form)
    for path, text in texts.items():
        assert CANARY not in text and PARTNER_COMMENT not in text, path.name
    # what may go out does: the pair's names and, in a reminder, the late action
    reminders = [t for p, t in texts.items() if p.parent.name == "reminder-nl"]
    assert any("Wubbo Kwakernaak belt" in t and "Ysolde" in t for t in reminders)


def outreach_settings():
    from rmentor.models.outreach.mail_texts import MailSettings

    return MailSettings(name="Coordinator", email="coordinator@example.nl", cc=True)


def test_a_note_with_broken_bytes_is_read_and_never_quoted(crafted, db_path, tmp_path, capsys):
    from rmentor.crash_log import log_folder

    datafile.close_file()
    out = tmp_path / "bo.json"
    assert (
        cli(["personal-data", "--db", str(db_path), "--email", "bo@example.nl", "--out", str(out)])
        == 0
    )
    data = json.loads(out.read_text(encoding="utf-8"))
    assert data["profile"]["first_name"] == "Bo" and data["confidential_notes_kept_in_the_app"] == 2
    assert CANARY not in out.read_text(encoding="utf-8")
    datafile.open_file(db_path, create=False)
    note = Meeting.get(Meeting.pairing == crafted[2]["p2"])
    assert CANARY in note.confidential_note  # read, with replacement characters
    try:
        try:
            raise sqlite3.OperationalError(f"Could not decode column with text '{CANARY}'")
        except sqlite3.OperationalError as inner:
            raise ValueError(f"while exporting {PEOPLE['m1'][1]}") from inner
    except ValueError as error:
        log = write_traceback(type(error), error, error.__traceback__)
    content = log.read_text(encoding="utf-8")
    assert "sqlite3.OperationalError" in content and "builtins.ValueError" in content
    assert CANARY not in content and "Xanthippe" not in content
    assert log.parent == log_folder()
    assert "Traceback" not in capsys.readouterr().err


def test_settings_and_logs_hold_no_names_or_notes(crafted, db_path, qtbot):
    from PySide6.QtCore import QSettings

    from rmentor.crash_log import log_folder
    from rmentor.ui.window.main_window import MainWindow

    datafile.close_file()
    window = MainWindow()
    qtbot.addWidget(window)
    window.show()
    assert window.open_path(db_path, create=False)
    window.close()
    settings = Path(QSettings().fileName())
    assert settings.exists()
    written = [settings, *log_folder().glob("*")] if log_folder().exists() else [settings]
    for path in written:
        content = path.read_bytes().decode("utf-8", "replace")
        assert CANARY not in content
        for word in ("Xanthippe", "Brandsma", "Sales"):
            assert word not in content, (path, word)


# Erasure


# Columns that hold codes or another person's identity: pinned, so that a new text
# column is filled with the name below unless someone decides otherwise here.
CODED = {
    ("theme", "key"),
    ("participant", "first_name"),
    ("participant", "last_name"),
    ("participant", "email"),
    ("participant", "role"),
    ("pairing", "status"),
    ("pairing", "end_reason"),
    ("meeting", "format"),
    ("meeting", "cancelled_by"),
    ("outcomeitem", "kind"),
    ("outcomeitem", "status"),
    ("evaluation", "side"),
    ("evaluation", "moment"),
    ("reportfigures", "figures"),
    ("printedscore", "cell"),
    ("programme", "form_key"),
    ("programme", "form_secret"),
    ("sentmessage", "kind"),
    ("sentmessage", "moment"),
}


def text_columns():
    for model in ALL_MODELS:
        for field in model._meta.sorted_fields:
            if isinstance(field, CharField | TextField):
                yield model, field


def write_everywhere(forms: list[str], spare: Participant) -> int:
    """Put every form of a name into every free-text column of one row of each table."""
    assert {(m.__name__.lower(), f.name) for m, f in text_columns()} >= CODED
    assert {(m.__name__.lower(), name) for m, name in privacy.NOT_FREE_TEXT} == CODED
    written = 0
    for model, field in text_columns():
        if (model.__name__.lower(), field.name) in CODED:
            continue
        row = spare if model is Participant else model.select().order_by(model.id).first()
        assert row is not None, model.__name__
        value = " / ".join(f"zei {form} gisteren" for form in forms)
        if model.__name__ == "Programme" and field.name == "name":
            value = f"Cohort {forms[0]}"
        model.update({field: value}).where(model.id == row.id).execute()
        written += 1
    return written


def test_erasure_takes_every_form_of_the_name_from_every_text_column(crafted, db_path):
    _programme, people, _made = crafted
    forms = [
        "Anaïs",
        nfd("Anaïs"),
        "ANAÏS",
        "anais",
        "Wyngaert",
        "WYNGAERT",
        "van der Wyngaert",
        "Anaïs van der Wyngaert",
        nfd("anaïs van der wyngaert"),
        "anais.w@example.nl",
    ]
    assert write_everywhere(forms, spare=people["e1"]) >= 18
    person = people["m4"]
    # the note of broken bytes would open the file read-only for the command (#28)
    db.execute_sql(
        "UPDATE meeting SET confidential_note = ? WHERE confidential_note LIKE ?",
        (CANARY, f"%{CANARY}%"),
    )
    datafile.close_file()
    assert cli(["erase", "--db", str(db_path), "--email", "anais.w@example.nl"]) == 2
    before = db_path.read_bytes()
    assert b"Wyngaert" in before
    assert cli(["erase", "--db", str(db_path), "--email", "ANAIS.W@example.nl", "--yes"]) == 0
    content = db_path.read_bytes()
    lowered = content.lower()
    for needle in ("anaïs", "anaÏs", "wyngaert", "anais"):
        for form in {needle, nfd(needle), unicodedata.normalize("NFC", needle)}:
            assert form.encode().lower() not in lowered, form
            assert form.encode("utf-16-le").lower() not in lowered, form
    assert b"zei erased participant gisteren" in content
    datafile.open_file(db_path, create=False)
    erased = Participant.get_by_id(person.id)
    assert erased.first_name == "erased" and erased.email.endswith(".invalid")
    assert Participant.get_by_id(people["e1"].id).first_name == "Ysolde"  # others keep theirs


def test_erasure_takes_out_short_names_too(crafted, db_path):
    _programme, people, _made = crafted
    write_everywhere(["Bo", "LI", "bo li", "Bo Li"], spare=people["e3"])
    privacy.erase(people["m2"])
    datafile.close_file()
    content = db_path.read_bytes().lower()
    for phrase in (b"zei bo gisteren", b"zei li gisteren", b"zei bo li gisteren"):
        assert phrase not in content, phrase
    assert b"zei erased participant gisteren" in content
    assert b"ysolde" in content and b"xanthippe" in content  # nobody else was touched


def test_report_dialog_lists_texts_naming_someone_and_opens_them(crafted, qtbot):
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QDialogButtonBox

    from rmentor.ui.common.labels import format_date
    from rmentor.ui.dialogs.report_dialog import ReportDialog

    programme, _people, _made = crafted
    latest = f"Summary, Xanthippe Quagmire-Zwolsma and Ysolde Brandsma on {format_date(dt.date(2026, 3, 20))}"
    dialog = ReportDialog(programme)
    qtbot.addWidget(dialog)
    dialog.show()
    assert not dialog.check_names.isEnabled()  # only for the anonymised report
    qtbot.mouseClick(dialog.roles, Qt.MouseButton.LeftButton)
    assert dialog.check_names.isEnabled()
    qtbot.mouseClick(dialog.check_names, Qt.MouseButton.LeftButton)
    check = dialog.name_check
    qtbot.waitUntil(check.isVisible)
    rows = [
        [check.tree.topLevelItem(i).text(c) for c in range(3)]
        for i in range(check.tree.topLevelItemCount())
    ]
    assert [latest, "Xanthippe, Ysolde"] in [r[:2] for r in rows]
    index = [r[0] for r in rows].index(latest)
    check.tree.setCurrentItem(check.tree.topLevelItem(index))
    qtbot.mouseClick(check.edit_button, Qt.MouseButton.LeftButton)
    editor = check.editor
    qtbot.waitUntil(editor.isVisible)
    editor.summary.selectAll()
    qtbot.keyClicks(editor.summary, "De mentor liet zien hoe jongeren bestellen.")
    ok = editor.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Save)
    qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not editor.isVisible())
    after = [check.tree.topLevelItem(i).text(0) for i in range(check.tree.topLevelItemCount())]
    assert len(after) == len(rows) - 1 and latest not in after


# What a hostile reader tried next


@pytest.mark.parametrize(
    "text",
    [
        "Lukasz zei",  # Ł has no accent to drop
        "YILMAZ en Isik",  # dotless ı, and in capitals
        "IŞIK",
        "Soren Orsted",
        "Pieters voorstel",  # a Dutch possessive
        "Ines2 was er",
        "#PieterMuller",
        "linkedin.com/in/lukasznowak",
        "Mar\u00adieke en Pie\u200bter",  # invisible characters inside the name
        "Mueller belde",  # the umlaut spelled out
        "x/Marieke%20Jansen",
    ],
)
def test_the_finder_catches_the_forms_people_write(text):
    from rmentor.models.text.names import NameFinder

    people = "Łukasz Nowak, Işık Yılmaz, Søren Ørsted, Pieter Müller, Marieke Jansen, Ines de Wit"
    finder = NameFinder.for_people([(*name.split(" ", 1), "") for name in people.split(", ")])
    result = finder.replace(text, "[X]")
    assert "[X]" in result
    for word in re.findall(r"[^\W\d_]+", folded(result)):
        for name in ("lukasz", "yilmaz", "isik", "soren", "orsted", "pieter", "marieke"):
            assert name not in word, (text, result)


def test_a_sponsor_prefix_is_not_a_name():
    from rmentor.models.text.names import NameFinder
    from rmentor.models.text.names import sponsor_forms

    finder = NameFinder(sponsor_forms("Gerard de Vries"))
    assert finder.replace("de boom van Vries en de Gerard", "[X]") == "de boom van [X] en de [X]"


def test_erasure_reaches_theme_keys_escaped_json_blobs_and_unique_names(crafted, db_path):
    from rmentor.models.programme import programmes

    programme, people, made = crafted
    theme = programmes.get_or_add_theme("Lunch met Bo Li")
    other = programmes.save_programme(
        name="Traject Bo Li 2025",
        start_date=dt.date(2025, 1, 1),
        end_date=dt.date(2025, 12, 31),
        themes=["consumer"],
    )
    programmes.save_programme(
        name="Traject Ysolde Brandsma 2025",
        start_date=dt.date(2025, 1, 1),
        end_date=dt.date(2025, 12, 31),
        themes=["consumer"],
    )
    made["p1"].match_explanation = json.dumps({"reasons": [["x", "{mentor}", {"mentor": "Bo Li"}]]})
    made["p1"].save()
    db.execute_sql(
        "UPDATE participant SET notes = CAST(? AS BLOB) WHERE id = ?",
        (b"Zie Bo Li", people["e3"].id),
    )
    privacy.erase(people["m2"])
    assert Participant.get_by_id(people["m2"].id).first_name == "erased"
    privacy.erase(people["e1"])  # her programme's name now collides with Bo Li's
    names = sorted(p.name for p in programmes.all_programmes())
    assert "Traject erased participant 2025" in names
    assert "Traject erased participant 2025 (2)" in names and other.id
    assert programmes.Theme.get_by_id(theme.id).key == "lunch met erased participant"
    datafile.close_file()
    content = db_path.read_bytes().lower()
    assert b"bo li" not in content and b"ysolde" not in content and b"brandsma" not in content


def test_departments_count_only_active_people(programme, make_person, tmp_path):
    from rmentor.models.figures.anonymity import department_groups
    from rmentor.reports.programme.report import ProgrammeReport

    active = make_person("mentee", first="Actief", department="Juridisch")
    for n in range(2):
        participants_off = make_person("mentee", first=f"Weg{n}", department="Juridisch")
        participants_off.active = False
        participants_off.save()
    mentor = make_person("mentor", first="Jong", department="ICT")
    pairing = pairings.create_pairing(programme, mentor, active)
    pairings.set_status(pairing, "active")
    assert department_groups(programme)[("mentee", "Juridisch")] is None
    text = visible_text(ProgrammeReport(programme, "en", anonymous=True).write(tmp_path / "r.pdf"))
    assert "Juridisch" not in text


def test_an_unknown_moment_does_not_open_the_total(crafted):
    _programme, _people, made = crafted
    Evaluation = privacy.Evaluation
    Evaluation.create(
        pairing=made["p6"],
        side="mentor",
        moment="final",
        date=dt.date(2026, 5, 1),
        useful=1,
        learned=1,
        recommend=1,
    )
    data = gather(made["p6"].programme)
    assert data.evaluations["all"]["useful"][1] == 8  # the three moments' answers only


def test_a_small_department_typed_into_a_text_is_taken_out(crafted, tmp_path):
    from rmentor.reports.programme.report import ProgrammeReport

    programme, _people, made = crafted
    meeting = Meeting.get(Meeting.pairing == made["p1"])
    meeting.summary = "De mentee wil dit aan de directie laten zien, en aan Juridische Zaken."
    meeting.save()
    found = {i.text.text: i.names for i in texts_naming_people(gather(programme))}
    assert found[meeting.summary] == ["directie", "Juridische Zaken"]
    for language, word in (("en", "[department]"), ("nl", "[afdeling]")):
        path = ProgrammeReport(programme, language, anonymous=True).write(
            tmp_path / f"{language}.pdf"
        )
        seen = folded(visible_text(path))
        assert "directie" not in seen and "juridische" not in seen
        assert word in visible_text(path)


def test_texts_naming_someone_are_looked_for_beside_the_window(qtbot):
    import threading

    from rmentor.ui.dialogs.name_check_dialog import NameCheckDialog

    looked_on = []

    def find():
        looked_on.append(threading.current_thread() is threading.main_thread())
        return []

    dialog = NameCheckDialog(find)
    qtbot.addWidget(dialog)
    assert looked_on == [False]
    assert dialog.intro.text() == "No text in this report names a participant or the sponsor."
