"""Undo on a server, where two coordinators work at once: a window takes back its own
steps from the server's change log, never another's, and never over a later change of
someone else's to the same rows; who changed what and when stays in the log."""

import datetime as dt

import pytest
from peewee import fn

from rmentor.models.errors import DomainError
from rmentor.models.programme import journal
from rmentor.models.programme.entities import Meeting
from rmentor.models.programme.entities import OutcomeItem
from rmentor.models.programme.entities import Participant
from rmentor.models.programme.participants import save_participant
from rmentor.models.storage import server
from rmentor.models.storage import undo_log
from rmentor.models.storage.database import db
from tests.conftest import copy_demo


@pytest.fixture
def on_the_server(tmp_path, server_location):
    """The small demo on the test server, open as the models' database, recording."""
    from rmentor.models.programme.transfer import copy_all
    from rmentor.models.storage import datafile

    path = copy_demo(tmp_path / "demo.sqlite")
    datafile.open_file(path)
    target = server.connect_server(server_location, create=True)
    copy_all(db.obj, target)
    target.close()
    datafile.close_file()
    server.open_server(server_location)
    undo_log.start()
    yield server_location
    server.close_server()


@pytest.fixture
def colleague(on_the_server):
    """A second coordinator: a connection and a session of their own."""
    other = server.connect_server(on_the_server)
    other.execute_sql("SELECT set_config('rmentor.session', 'colleague', false)")
    yield other
    other.close()


def step(change) -> undo_log.Step:
    since = undo_log.mark()
    change()
    return undo_log.Step(undo_log.take(since))


def test_a_step_is_undone_and_redone_from_the_change_log(on_the_server):
    person = Participant.get(Participant.email == "h.brouwer@voorbeeldbedrijf.nl")
    was = (person.job_title, person.level)
    done = step(lambda: save_participant(person, job_title="Directeur-bestuurder", level=9))
    assert [c.table for c in done.undo] == ["participant"]
    done.undo_now()
    back = Participant.get_by_id(person.id)
    assert (back.job_title, back.level) == was != ("Directeur-bestuurder", 9)
    done.redo_now()
    assert Participant.get_by_id(person.id).job_title == "Directeur-bestuurder"
    # who and when: kept in the log, with the rows as they were
    by, operation = db.execute_sql(
        'SELECT "by", "operation" FROM "rmentor_change" WHERE "table_name" = %s '
        'AND "row_id" = %s ORDER BY "id" LIMIT 1',
        ("participant", person.id),
    ).fetchone()
    assert (by, operation) == ("rmentor", "update")


def test_a_deletion_with_everything_under_it_comes_back_whole(on_the_server):
    meeting = (
        Meeting.select()
        .join(OutcomeItem)
        .group_by(Meeting.id)
        .having(fn.COUNT(OutcomeItem.id) >= 1)
        .get()
    )
    outcomes = OutcomeItem.select().where(OutcomeItem.meeting == meeting).count()
    before = Meeting.select().count(), OutcomeItem.select().count()
    done = step(lambda: journal.delete_meeting(meeting))
    assert Meeting.select().count() == before[0] - 1
    assert len(done.undo) >= 1 + outcomes  # the cascade is logged too
    done.undo_now()  # children come back before or after their meeting: checked at the end
    assert (Meeting.select().count(), OutcomeItem.select().count()) == before


def test_an_undo_over_someone_elses_later_change_is_refused(on_the_server, colleague):
    person = Participant.get(Participant.email == "h.brouwer@voorbeeldbedrijf.nl")
    done = step(lambda: save_participant(person, job_title="Directeur-bestuurder"))
    with colleague.atomic():
        colleague.execute_sql(
            'UPDATE "participant" SET "location" = %s WHERE "id" = %s', ("Deventer", person.id)
        )
    with pytest.raises(DomainError, match="changed this since") as refused:
        done.undo_now()
    assert "rmentor" in str(refused.value)  # who: the colleague's user
    now = Participant.get_by_id(person.id)
    assert (now.job_title, now.location) == ("Directeur-bestuurder", "Deventer")


def test_a_colleagues_steps_are_not_this_windows_to_undo(on_the_server, colleague):
    since = undo_log.mark()
    colleague.execute_sql(
        'UPDATE "participant" SET "location" = %s WHERE "email" = %s',
        ("Deventer", "h.brouwer@voorbeeldbedrijf.nl"),
    )
    assert undo_log.take(since) == []


def test_an_undo_of_rows_nobody_else_touched_goes_ahead_beside_a_colleague(
    on_the_server, colleague
):
    person = Participant.get(Participant.email == "h.brouwer@voorbeeldbedrijf.nl")
    was = person.job_title
    done = step(lambda: save_participant(person, job_title="Directeur-bestuurder"))
    colleague.execute_sql(
        'UPDATE "participant" SET "location" = %s WHERE "id" <> %s', ("Deventer", person.id)
    )
    done.undo_now()
    assert Participant.get_by_id(person.id).job_title == was != "Directeur-bestuurder"


def test_a_meeting_date_survives_the_round_trip_through_the_log(on_the_server):
    meeting = Meeting.select().order_by(Meeting.id).first()
    done = step(
        lambda: Meeting.update(date=dt.date(2020, 1, 1)).where(Meeting.id == meeting.id).execute()
    )
    done.undo_now()
    again = Meeting.get_by_id(meeting.id)
    assert (again.date, again.held, again.summary) == (meeting.date, meeting.held, meeting.summary)


def test_no_undo_brings_back_what_an_erasure_took_away(on_the_server):
    """A window deleted a meeting of a pair; a colleague then erased one of the pair
    (from another computer: a process of its own); the window's undo is refused."""
    import subprocess
    import sys
    from pathlib import Path

    meeting = Meeting.select().join(OutcomeItem).group_by(Meeting.id).first()
    person = meeting.pairing.mentor
    done = step(lambda: journal.delete_meeting(meeting))
    main = Path(__file__).resolve().parents[2] / "main.py"
    erased = subprocess.run(
        [sys.executable, str(main), "erase", "--db", str(on_the_server), "--email",
         person.email, "--yes"],
        capture_output=True, text=True, timeout=120,
    )  # fmt: skip
    assert erased.returncode == 0, erased.stderr
    with pytest.raises(DomainError, match="erased since this step"):
        done.undo_now()
    assert not Meeting.select().where(Meeting.id == meeting.id).exists()
