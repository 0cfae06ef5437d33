"""Erasure, proven against its own mutants: a canary (that names no one) in every text
about the person and the pairs they were in, gone after the erasure from the file and
from every output; the same canaries about other pairs stay, so a test that wipes
everything cannot pass."""

import csv
import re

from pypdf import PdfReader

from rmentor.cli import main as cli
from rmentor.models.programme.entities import Evaluation
from rmentor.models.programme.entities import Meeting
from rmentor.models.programme.entities import OutcomeItem
from rmentor.models.programme.entities import Pairing
from rmentor.models.programme.entities import Participant
from rmentor.models.storage import datafile
from tests.conftest import copy_demo

PAIR_TEXTS = {
    Pairing: ("end_note", "override_reason", "evaluation_skip_reason", "match_explanation"),
    Meeting: ("summary", "confidential_note"),
    OutcomeItem: ("text", "owner", "effect"),
    Evaluation: ("comment",),
}


def _rows(model, pairing):
    if model is Pairing:
        return [pairing]
    if model is Meeting:
        return list(pairing.meetings)
    if model is OutcomeItem:
        return [o for m in pairing.meetings for o in m.outcomes]
    return list(Evaluation.select().where(Evaluation.pairing == pairing))


def plant(pairing, tag: str) -> list[str]:
    """A canary in every free text of the pair; the canaries planted."""
    planted = []
    for model, columns in PAIR_TEXTS.items():
        for row in _rows(model, pairing):
            for column in columns:
                canary = f"KANARIE{tag}{model.__name__}{column}{row.id}".replace("_", "")
                model.update({column: canary}).where(model.id == row.id).execute()
                planted.append(canary)
    return planted


def test_erasure_leaves_no_text_about_the_person_or_their_pairs(tmp_path):
    path = copy_demo(tmp_path / "p.sqlite")
    datafile.open_file(path)
    pairings = [p for p in Pairing.select() if p.meetings.count() and p.evaluations.count()]
    theirs, others = pairings[0], pairings[1]
    person = theirs.mentor
    assert others.mentor != person and others.mentee != person
    Participant.update(notes="KANARIEOWNNOTES").where(Participant.id == person.id).execute()
    gone = ["KANARIEOWNNOTES"] + [
        c
        for p in Pairing.select().where((Pairing.mentor == person) | (Pairing.mentee == person))
        for c in plant(p, "X")
    ]
    stay = plant(others, "Y")
    assert len(gone) >= 10 and len(stay) >= 10
    email = person.email
    datafile.close_file()
    assert cli(["erase", "--db", str(path), "--email", email, "--yes", "--delete-backups"]) == 0
    data = path.read_bytes()
    assert [c for c in gone if c.encode() in data] == []
    assert [c for c in stay if c.encode() not in data] == []  # the test can fail
    report, sheet = tmp_path / "r.pdf", tmp_path / "journal.csv"
    assert cli(["report", "--db", str(path), "--out", str(report), "--full"]) == 0
    assert cli(["export", "--db", str(path), "--out", str(sheet), "--what", "journal"]) == 0
    out = " ".join(page.extract_text() for page in PdfReader(report).pages)
    out += sheet.read_text(encoding="utf-8-sig")
    out = re.sub(r"\s+", "", out)  # a canary broken over two lines is still found
    assert [c for c in gone if c in out] == []
    assert any(c in out for c in stay)  # the outputs do carry such texts
    with sheet.open(encoding="utf-8-sig") as f:
        assert len(list(csv.reader(f))) > 10
