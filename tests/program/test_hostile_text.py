"""Text that cannot be meant is refused at the door (forms, import, command line), and
what an older file already holds is made harmless in drafts, calendars and PDFs; a
returned form with a script in it is refused."""

import email
import email.policy
import sqlite3

import pytest
from pypdf import PdfReader
from pypdf import PdfWriter
from pypdf.generic import DictionaryObject
from pypdf.generic import NameObject
from pypdf.generic import TextStringObject

from rmentor.cli import main as cli
from rmentor.models.errors import DomainError
from rmentor.models.programme.participants import save_participant
from rmentor.models.sheets import importing
from rmentor.models.sheets.sheet_files import read_sheet
from rmentor.models.storage import datafile
from tests.conftest import copy_demo

HOSTILE = {
    "first_name": [
        "Sem\r\nBcc: x@y.nl",
        "Sem\u2028Graaf",
        "Sem\u202egpj.exe",
        "S\x00em",
        "x" * 201,
    ],
    "last_name": ["de\nGraaf", "Graaf\u2066"],
    "department": ["IC\r\nT", "\u202eTCI"],
    "email": ["=?utf-8?q?x?=@b.nl", "sem@b.nl\r\nBcc: x@y.nl", "sem\u202e@b.nl", "a<b>@c.nl"],
}


@pytest.mark.parametrize(
    ("field", "value"), [(f, v) for f, values in HOSTILE.items() for v in values]
)
def test_a_form_refuses_text_that_cannot_be_meant(programme, field, value):
    fields = {"first_name": "Sem", "last_name": "Graaf", "email": "sem@x.nl", field: value}
    with pytest.raises(DomainError) as refused:
        save_participant(programme=programme, role="mentor", **fields)
    assert refused.value.field == field


def test_the_import_refuses_a_direction_mark_and_makes_a_two_line_cell_one(programme, tmp_path):
    sheet = tmp_path / "staff.csv"
    sheet.write_text(
        "Voornaam;Achternaam;E-mail;Rol;Functie\n"
        "Sem;\u202eGraaf;sem@x.nl;junior;ICT\n"
        'Eva;Vos;eva@x.nl;senior;"Hoofd\nverkoop"\n'
        "Ali;Ay;=?utf-8?q?x?=@x.nl;senior;ICT\n",
        encoding="utf-8",
    )
    plan = importing.plan_import(read_sheet(sheet))
    assert [p.row for p in plan.problems] == [2, 4]
    assert "turns text around" in plan.problems[0].text()
    assert "not a valid e-mail address" in plan.problems[1].text()


def _older_file(tmp_path):
    """A file written before the door was shut: a name of 5,000 letters and an address
    with a line break in it."""
    path = copy_demo(tmp_path / "p.sqlite")
    con = sqlite3.connect(path)
    mentor, mentee = con.execute(
        "SELECT mentor_id, mentee_id FROM pairing WHERE status = 'active' LIMIT 1"
    ).fetchone()
    con.execute("UPDATE participant SET first_name = ? WHERE id != ?", ("Å" * 5000, mentor))
    con.execute(
        "UPDATE participant SET email = ? WHERE id = ?", ("eva@x.nl\r\nBcc: spy@y.nl", mentee)
    )
    con.execute("UPDATE programme SET name = ?", ('Pilot; fase 1, "test"\r\nX-Evil: 1',))
    con.commit()
    con.close()
    return path


def test_drafts_and_the_calendar_of_an_older_file_keep_every_line_whole(tmp_path):
    path = _older_file(tmp_path)
    out = tmp_path / "drafts"
    cli(["drafts", "--db", str(path), "--kind", "reminder", "--out", str(out)])
    written = list(out.glob("*.eml"))
    assert written  # the pairs that fall behind get a reminder
    for draft in written:
        raw = draft.read_bytes()
        to = str(email.message_from_bytes(raw, policy=email.policy.default)["To"])
        assert "Å" * 20 in to and "…" in to  # shortened in the header
        assert max(len(line) for line in raw.splitlines()) <= 998
        message = email.message_from_bytes(raw)
        assert "spy@y.nl" not in str(message["To"]) and message["Bcc"] is None
    calendar = tmp_path / "meetings.ics"
    assert cli(["calendar", "--db", str(path), "--out", str(calendar)]) == 0
    text = calendar.read_text(encoding="utf-8")
    assert "spy@y.nl" not in text and "\nX-Evil" not in text and "\nBcc" not in text
    report = tmp_path / "r.pdf"
    assert cli(["report", "--db", str(path), "--out", str(report)]) == 0
    assert "\u202e" not in " ".join(p.extract_text() for p in PdfReader(report).pages)


def test_a_returned_form_with_a_script_is_refused_and_nothing_stored(tmp_path, capsys):
    path = copy_demo(tmp_path / "p.sqlite")
    forms = tmp_path / "forms"
    assert cli(
        ["evaluation-forms", "--db", str(path), "--moment", "midway", "--out", str(forms)]
    ) in (0, 1)
    original = sorted(forms.glob("*.pdf"))[0]
    writer = PdfWriter(clone_from=original)
    action = DictionaryObject(
        {
            NameObject("/S"): NameObject("/JavaScript"),
            NameObject("/JS"): TextStringObject("app.alert('hi')"),
        }
    )
    writer._root_object[NameObject("/OpenAction")] = action
    hostile = tmp_path / "hostile.pdf"
    with hostile.open("wb") as f:
        writer.write(f)
    datafile.open_file(path)
    from rmentor.models.programme.entities import Evaluation

    before = Evaluation.select().count()
    datafile.close_file()
    capsys.readouterr()
    assert cli(["read-forms", "--db", str(path), str(hostile)]) == 1
    assert "holds a script or other active content" in capsys.readouterr().err
    datafile.open_file(path)
    assert Evaluation.select().count() == before
    datafile.close_file()
