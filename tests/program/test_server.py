"""The commands on a PostgreSQL server (a real one, started for the tests): the same
results as on a file holding the same data; copies between the two, every row checked;
an erasure that leaves no trace in the server's tables."""

import json
import re
import sqlite3
from pathlib import Path

import psycopg
import pytest
from pypdf import PdfReader

from rmentor.cli import main as cli
from rmentor.models.programme.entities import ALL_MODELS
from rmentor.models.programme.entities import Evaluation
from rmentor.models.programme.entities import Meeting
from rmentor.models.programme.entities import Pairing
from rmentor.models.programme.entities import Participant
from rmentor.models.storage import server
from rmentor.models.storage.database import db
from rmentor.models.storage.database import on_server
from tests.conftest import copy_demo
from tests.program.test_outreach import fill

DEMO = "Reverse mentoring 2026"
SHEET = Path(__file__).parents[1] / "data" / "personeelslijst_excel_nl.csv"


def outputs(location, folder: Path, capsys) -> dict[str, str]:
    """What every command writes, run on one location."""
    folder.mkdir()
    db = str(location)
    said = {}

    def run(name, *args, code=0):
        assert cli([name, "--db", db, *map(str, args)]) == code, capsys.readouterr().err
        said[name] = capsys.readouterr().out.replace(db, "LOCATION").replace(str(folder), "HERE")

    run("demo")
    run("check")
    run("suggest", "--json")
    run("import", "--programme", "Imported", "--role", "mentee", SHEET)
    for what in ("participants", "pairings", "journal"):
        run("export", "--programme", DEMO, "--what", what, "--out", folder / f"{what}.csv")
        said[what] = (folder / f"{what}.csv").read_text(encoding="utf-8-sig")
    for lang in ("en", "nl"):
        report = folder / f"report-{lang}.pdf"
        run("report", "--programme", DEMO, "--lang", lang, "--full",
            "--out", report)  # fmt: skip
        said[report.name] = "\n".join(page.extract_text() for page in PdfReader(report).pages)
    run("drafts", "--programme", DEMO, "--kind", "reminder",
        "--out", folder / "drafts")  # fmt: skip
    for draft in sorted((folder / "drafts").glob("*.eml")):
        said[draft.name] = re.sub(r"(?m)^(Date|Message-ID): .*$", "", draft.read_text())
    run("calendar", "--programme", DEMO, "--out", folder / "meetings.ics")
    # a time stamp, and ids made with each programme's own random key
    said["ics"] = re.sub(r"(?m)^(DTSTAMP|UID):.*$", "", (folder / "meetings.ics").read_text())
    run("evaluation-forms", "--programme", DEMO, "--moment", "midway", "--out", folder / "forms")
    forms = sorted((folder / "forms").glob("*.pdf"))
    said["forms"] = [form.name for form in forms]
    answers = {"useful": "/4", "learned": "/2", "recommend": "/5", "comment": "Leerzaam."}
    filled = fill(forms[0], answers, folder / "filled.pdf")
    run("read-forms", filled)
    said["read again"] = cli(["read-forms", "--db", db, str(filled)]), capsys.readouterr().err
    email = re.findall(r"[\w.]+@voorbeeldbedrijf\.nl", said["participants"])[5]
    run("personal-data", "--email", email, "--out", folder / "person.json")
    said["personal-data"] = said["personal-data"].split(" holds ")[1]  # a file, or a database
    said["person"] = json.loads((folder / "person.json").read_text())
    said["erased"] = email
    run("erase", "--email", email, "--yes")
    said["erase"] = said["erase"].splitlines()[0]  # then a file's backups, a server's log
    run("export", "--programme", DEMO, "--what", "participants", "--out", folder / "after.csv")
    said["after erasure"] = (folder / "after.csv").read_text(encoding="utf-8-sig")
    return said


def test_every_command_gives_on_a_server_what_it_gives_on_a_file(tmp_path, server_location, capsys):
    on_file = outputs(tmp_path / "programme.sqlite", tmp_path / "file", capsys)
    on_the_server = outputs(server_location, tmp_path / "server", capsys)
    assert on_the_server.keys() == on_file.keys()
    for name, value in on_file.items():
        assert on_the_server[name] == value, name
    # the test can fail: they hold what the commands wrote
    assert "24 participants, 10 pairings" in on_file["check"]
    assert len(on_file["journal"].splitlines()) > 50
    assert "Imported" in on_file["import"]
    assert len([n for n in on_file if n.endswith(".eml")]) >= 1
    assert "VEVENT" in on_file["ics"]
    assert on_file["forms"] and on_file["read again"][0] == 1  # the second time: refused
    assert "already in" in on_file["read again"][1]
    erased = on_file["erased"]
    assert erased in on_file["participants"] and erased not in on_file["after erasure"]
    assert erased in json.dumps(on_file["person"])


def table_rows(path: Path) -> dict[str, list[tuple]]:
    con = sqlite3.connect(path)
    try:
        return {
            m._meta.table_name: con.execute(
                f'SELECT * FROM "{m._meta.table_name}" ORDER BY id'
            ).fetchall()
            for m in ALL_MODELS
        }
    finally:
        con.close()


def test_copy_to_a_server_and_back_keeps_every_row(tmp_path, server_location, capsys):
    original = copy_demo(tmp_path / "original.sqlite")
    back = tmp_path / "back.sqlite"
    assert cli(["copy", "--from", str(original), "--to", str(server_location)]) == 0
    said = capsys.readouterr().out
    assert cli(["copy", "--from", str(server_location), "--to", str(back)]) == 0
    rows = table_rows(original)
    assert table_rows(back) == rows
    total = sum(len(r) for r in rows.values())
    assert f"{total} rows, every one found there as it was" in said
    assert len(rows["meeting"]) > 50 and any(r[8] for r in rows["participant"])  # managers
    # the server numbers new rows after the copied ones
    server.open_server(server_location)
    try:
        assert Meeting.create(pairing=Pairing.get(), date="2026-12-01", duration_minutes=30).id == (
            max(r[0] for r in rows["meeting"]) + 1
        )
    finally:
        server.close_server()


def test_a_copy_goes_only_where_nothing_is(tmp_path, server_location, capsys):
    original = copy_demo(tmp_path / "original.sqlite")
    taken = copy_demo(tmp_path / "taken.sqlite")
    before = taken.read_bytes()
    assert cli(["copy", "--from", str(original), "--to", str(taken)]) == 1
    assert "already exists" in capsys.readouterr().err
    assert taken.read_bytes() == before
    assert cli(["copy", "--from", str(original), "--to", str(server_location)]) == 0
    assert cli(["copy", "--from", str(taken), "--to", str(server_location)]) == 1
    assert "already holds programme data" in capsys.readouterr().err


def test_a_copy_that_lost_a_row_keeps_nothing(tmp_path, server_location, capsys, monkeypatch):
    from rmentor.models.programme import transfer

    copy_table = transfer._copy_table

    def losing_one(model, source, target):
        copy_table(model, source, target)
        if model is Evaluation:  # a row nothing refers to
            target.execute_sql(
                'DELETE FROM "evaluation" WHERE "id" = (SELECT MAX(id) FROM evaluation)'
            )

    monkeypatch.setattr(transfer, "_copy_table", losing_one)
    original = copy_demo(tmp_path / "original.sqlite")
    assert cli(["copy", "--from", str(original), "--to", str(server_location)]) == 1
    assert "The copy of evaluation did not arrive whole" in capsys.readouterr().err
    server.open_server(server_location)
    try:
        assert Participant.select().count() == 0 and Meeting.select().count() == 0
    finally:
        server.close_server()
    assert cli(["copy", "--from", str(original), "--to", str(tmp_path / "lost.sqlite")]) == 1
    assert not list(tmp_path.glob("lost.sqlite*"))


def test_erasure_on_a_server_leaves_no_trace_in_its_tables(tmp_path, pg_cluster, server_location):
    """A canary in every text about the person, gone from the server's table files after
    the erasure (their old row versions too); another pair's canaries stay there."""
    from tests.program.test_erasure_canaries import plant

    assert cli(["copy", "--from", str(copy_demo(tmp_path / "p.sqlite")), "--to",
                str(server_location)]) == 0  # fmt: skip
    server.open_server(server_location)
    try:
        pairings = [p for p in Pairing.select() if p.meetings.count() and p.evaluations.count()]
        theirs, others = pairings[0], pairings[1]
        person = theirs.mentor
        Participant.update(notes="KANARIEOWNNOTES").where(Participant.id == person.id).execute()
        gone = ["KANARIEOWNNOTES"] + [
            c
            for p in Pairing.select().where((Pairing.mentor == person) | (Pairing.mentee == person))
            for c in plant(p, "X")
        ]
        stay = plant(others, "Y")
        email = person.email
    finally:
        server.close_server()
    assert cli(["erase", "--db", str(server_location), "--email", email, "--yes"]) == 0
    stored = b"".join(table_files(pg_cluster, server_location.name))
    assert [c for c in gone if c.encode() in stored] == []
    assert [c for c in stay if c.encode() not in stored] == []  # the test can fail


def table_files(cluster, name: str):
    """The bytes of every file of the database's tables, written out first."""
    with psycopg.connect(cluster.url(name), autocommit=True) as con:
        con.execute("CHECKPOINT")
        oid = con.execute("SELECT oid FROM pg_database WHERE datname = %s", (name,)).fetchone()[0]
    for each in sorted((cluster.data / "base" / str(oid)).iterdir()):
        if each.is_file():
            yield each.read_bytes()


def test_a_server_address_is_checked_before_anything_is_done(tmp_path, pg_cluster, capsys):
    port = pg_cluster.port
    with pytest.raises(SystemExit) as usage:  # a usage error, as argparse says them
        cli(["check", "--db", f"postgresql://rmentor:geheim@127.0.0.1:{port}/x"])
    said = capsys.readouterr().err
    assert usage.value.code == 2 and "Leave the password out" in said and "geheim" not in said
    for address in (  # the password is never said back, however the address is wrong
        "postgresql://rmentor:geheim@[::1/a",
        "POSTGRESQL://rmentor:geheim@127.0.0.1:5432/a",
        f"postgresql://rmentor@127.0.0.1:{port}/a?password=geheim",
    ):
        with pytest.raises(SystemExit):
            cli(["check", "--db", address])
        assert "geheim" not in capsys.readouterr().err
    cases = {
        f"postgresql://rmentor@127.0.0.1:{port}/mypassword_db": "no database mypassword_db",
        f"postgresql://nopassword_user@127.0.0.1:{port}/postgres": "does not let nopassword_user in",
        "postgresql://rmentor@127.0.0.1:1/nothing": "could not be reached",
        f"postgresql://rmentor@127.0.0.1:{port}/nowhere": "There is no database nowhere",
        f"postgresql://rmentor@127.0.0.1:{port}/postgres": "holds no rmentor data yet",
    }
    for address, words in cases.items():
        assert cli(["check", "--db", address]) == 1
        assert words in capsys.readouterr().err
    assert not on_server() and db.obj is not None
    with psycopg.connect(pg_cluster.url("other"), autocommit=True) as con:
        con.execute("CREATE TABLE invoices (id integer)")
    assert cli(["demo", "--db", pg_cluster.url("other")]) == 1
    assert "holds tables of another program" in capsys.readouterr().err


def test_a_lost_connection_is_said_in_words_and_the_next_step_connects_again(
    tmp_path, pg_cluster, server_location
):
    from rmentor.models.errors import DomainError

    assert cli(["copy", "--from", str(copy_demo(tmp_path / "p.sqlite")), "--to",
                str(server_location)]) == 0  # fmt: skip
    server.open_server(server_location)
    try:
        assert Participant.select().count() == 24
        with psycopg.connect(pg_cluster.url(server_location.name), autocommit=True) as admin:
            admin.execute(
                "SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
                "WHERE application_name = 'rmentor' AND pid <> pg_backend_pid()"
            )
        with pytest.raises(DomainError, match="connection to the server was lost"):
            Participant.select().count()
        assert Participant.select().count() == 24
    finally:
        server.close_server()


def test_an_erasure_waits_for_a_reader_from_before_and_says_how_to_finish(
    tmp_path, pg_cluster, server_location, capsys, monkeypatch
):
    """A colleague's long read holds the rows as they were: the erasure cannot clear
    their old copies until it ends. It says so, and erasing again finishes the job."""
    from rmentor.models.storage import server as server_module

    monkeypatch.setattr(server_module, "ERASURE_WAIT_SECONDS", 1)
    assert cli(["copy", "--from", str(copy_demo(tmp_path / "p.sqlite")), "--to",
                str(server_location)]) == 0  # fmt: skip
    server.open_server(server_location)
    try:
        person = Participant.get(Participant.first_name == "Mila")
        Participant.update(notes="KANARIEREADER").where(Participant.id == person.id).execute()
        email, person_id = person.email, person.id
    finally:
        server.close_server()
    reader = psycopg.connect(pg_cluster.url(server_location.name))
    reader.execute("BEGIN ISOLATION LEVEL REPEATABLE READ")
    reader.execute("SELECT count(*) FROM participant").fetchone()  # its snapshot holds
    capsys.readouterr()
    try:
        assert cli(["erase", "--db", str(server_location), "--email", email, "--yes"]) == 1
        said = capsys.readouterr().err
        assert "could not yet clear the old copies" in said
        assert f"erase erased-{person_id}@erased.invalid to finish" in said
        assert b"KANARIEREADER" in b"".join(table_files(pg_cluster, server_location.name))
    finally:
        reader.close()
    erased_as = f"erased-{person_id}@erased.invalid"
    assert cli(["erase", "--db", str(server_location), "--email", erased_as, "--yes"]) == 0
    assert b"KANARIEREADER" not in b"".join(table_files(pg_cluster, server_location.name))


def test_a_server_is_called_a_database_not_a_file(server_location, tmp_path, capsys):
    assert cli(["demo", "--db", str(server_location)]) == 0
    assert cli(["demo", "--db", str(server_location)]) == 1
    assert "The database programmes already holds the demo programme." in capsys.readouterr().err
    assert cli(["report", "--db", str(server_location), "--programme", "Nope", "--out",
                str(tmp_path / "r.pdf")]) == 1  # fmt: skip
    assert 'no programme called "Nope" in this database' in capsys.readouterr().err
