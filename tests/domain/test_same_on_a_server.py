"""What the window and the documents read, the same from a server as from the file the
server's data was copied from: every list a tab shows, the attention list, whom each
e-mail fits, who could be paired and why not, the report's gathered figures."""

import datetime as dt

import pytest

from rmentor.models.figures import attention
from rmentor.models.figures import counts
from rmentor.models.figures import report_data
from rmentor.models.outreach import mails
from rmentor.models.programme import journal
from rmentor.models.programme import matching
from rmentor.models.programme import pairings
from rmentor.models.programme import participants
from rmentor.models.programme import pool
from rmentor.models.programme import programmes
from rmentor.models.programme.entities import Pairing
from rmentor.models.programme.transfer import copy_all
from rmentor.models.storage import datafile
from rmentor.models.storage import server
from rmentor.models.storage.database import db
from rmentor.models.text.vocabulary import MAIL_KINDS
from tests.conftest import copy_demo

TODAY = dt.date.today()


def everything_read() -> dict[str, object]:
    programme = programmes.all_programmes()[0]
    ids = [p.id for p in Pairing.select().order_by(Pairing.id)]
    people = {r.id for r in participants.participant_rows(programme)}
    read = {
        "participants": participants.participant_rows(programme),
        "pairings": pairings.pairing_rows(programme),
        "journal": sorted(journal.meeting_rows(programme)),
        "follow-up": sorted(journal.outcome_rows(programme)),
        "attention": attention.attention_items(programme, TODAY),
        "figures": counts.pairing_figures(programme, TODAY),
        "per month": counts.meetings_per_month(programme),
        "cannot be paired": pool.no_possible_partner(programme, people),
        "suggestions": [
            (s.mentor.id, s.mentee.id, s.score) for s in matching.suggest(programme).suggestions
        ],
        "report": report_data.gather(programme, TODAY),
    }
    for kind in MAIL_KINDS:
        read[f"fits {kind}"] = mails.fitting(kind, ids)
        read[f"concerned {kind}"] = mails.concerned(programme, kind, TODAY)
    return read


@pytest.fixture
def on_both(tmp_path, server_location):
    path = copy_demo(tmp_path / "demo.sqlite")
    datafile.open_file(path)
    target = server.connect_server(server_location, create=True)
    copy_all(db.obj, target)
    target.close()
    from_file = everything_read()
    datafile.close_file()
    server.open_server(server_location)
    try:
        yield from_file, everything_read()
    finally:
        server.close_server()


def test_everything_the_window_reads_is_the_same_from_a_server(on_both):
    from_file, from_server = on_both
    assert from_server.keys() == from_file.keys()
    for name, value in from_file.items():
        assert from_server[name] == value, name
    # the test can fail: each holds what the demo has
    assert len(from_file["journal"]) > 50 and from_file["attention"]
    assert from_file["fits reminder"] and from_file["suggestions"]
