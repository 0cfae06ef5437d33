"""Opening, creating, refusing and migrating data files."""

import datetime as dt
import errno
import os
import sqlite3
import struct
from pathlib import Path

import pytest
from peewee import fn

from rmentor.models.errors import DomainError
from rmentor.models.programme.entities import ALL_MODELS
from rmentor.models.programme.entities import Meeting
from rmentor.models.programme.entities import Pairing
from rmentor.models.programme.entities import Participant
from rmentor.models.programme.entities import Theme
from rmentor.models.storage import datafile
from rmentor.models.storage import schema
from rmentor.models.storage.database import db


def test_new_file_is_created_with_our_marks(db_path):
    datafile.open_file(db_path)
    assert db.execute_sql("PRAGMA application_id").fetchone()[0] == schema.APPLICATION_ID
    assert db.execute_sql("PRAGMA user_version").fetchone()[0] == schema.SCHEMA_VERSION
    assert db.execute_sql("PRAGMA foreign_keys").fetchone()[0] == 1
    assert db.execute_sql("PRAGMA journal_mode").fetchone()[0] == "delete"
    assert db.execute_sql("PRAGMA synchronous").fetchone()[0] == 2  # FULL
    assert db.execute_sql("PRAGMA busy_timeout").fetchone()[0] == 5000
    assert [t.key for t in Theme.select().order_by(Theme.id)] == [
        "consumer",
        "diversity",
        "innovation",
        "refresh",
    ]


def test_existing_file_keeps_its_data(db_path, make_person):
    make_person(first="Anaïs", last="van der Berg")
    datafile.close_file()
    datafile.open_file(db_path, create=False)
    assert Participant.get().full_name == "Anaïs van der Berg"


def test_missing_file_without_create_is_refused(tmp_path):
    with pytest.raises(DomainError, match="does not exist"):
        datafile.open_file(tmp_path / "nope.sqlite", create=False)
    assert not (tmp_path / "nope.sqlite").exists()


def _foreign_sqlite(path):
    con = sqlite3.connect(path)
    con.execute("CREATE TABLE invoices (id INTEGER PRIMARY KEY, amount REAL)")
    con.execute("INSERT INTO invoices (amount) VALUES (12.5)")
    con.commit()
    con.close()


def _newer(path):
    datafile.create_file(path)
    con = sqlite3.connect(path)
    con.execute(f"PRAGMA user_version = {schema.SCHEMA_VERSION + 1}")
    con.commit()
    con.close()


def _truncated(path):
    datafile.create_file(path)
    data = path.read_bytes()
    path.write_bytes(data[: len(data) // 2])


def _corrupt(path):
    datafile.create_file(path)
    data = bytearray(path.read_bytes())
    page = struct.unpack(">H", data[16:18])[0]
    data[page + 8 : page * 3] = b"\xff" * (page * 3 - page - 8)  # wipe the second and third page
    path.write_bytes(bytes(data))


@pytest.mark.parametrize(
    ("make", "message"),
    [
        (lambda p: p.write_bytes(b""), "is empty"),
        (lambda p: p.write_bytes(bytes(range(256)) * 40), "not an rmentor data file"),
        (lambda p: p.write_text("Voornaam;Achternaam\nSem;de Graaf\n"), "not an rmentor data file"),
        (_foreign_sqlite, "database of another program"),
        (_newer, "newer version of rmentor"),
        (_truncated, "damaged"),
        (_corrupt, "damaged"),
    ],
)
def test_bad_files_are_refused_and_left_untouched(tmp_path, make, message):
    path = tmp_path / "file.sqlite"
    make(path)
    before = path.read_bytes()
    with pytest.raises(DomainError, match=message):
        datafile.open_file(path)
    assert path.read_bytes() == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["file.sqlite"]


def test_folder_is_refused(tmp_path):
    with pytest.raises(DomainError, match="is a folder"):
        datafile.open_file(tmp_path)


def _schema(con):
    return sorted(
        con.execute(
            "SELECT type, name, sql FROM sqlite_master WHERE name NOT LIKE 'sqlite_%'"
        ).fetchall()
    )


def test_migration_from_first_version_keeps_data_and_matches_new_schema(tmp_path):
    old = tmp_path / "old.sqlite"
    datafile.create_file(old, version=1)
    con = sqlite3.connect(old)
    con.execute(
        "INSERT INTO participant (first_name, last_name, email, role, department, "
        "job_title, languages, location, capacity, active, notes) VALUES "
        "('Ömer', 'Çelik', 'o.celik@example.nl', 'mentee', 'ICT', '', '', '', 1, 1, '')"
    )
    con.commit()
    assert con.execute("PRAGMA user_version").fetchone()[0] == 1
    con.close()

    datafile.open_file(old)
    assert Participant.get().full_name == "Ömer Çelik"
    datafile.close_file()

    backups = list((tmp_path / "old.sqlite.backups").iterdir())
    assert len(backups) == 1
    copy = sqlite3.connect(backups[0])
    assert copy.execute("PRAGMA user_version").fetchone()[0] == 1
    assert copy.execute("SELECT last_name FROM participant").fetchall() == [("Çelik",)]
    copy.close()
    fresh = tmp_path / "fresh.sqlite"
    datafile.create_file(fresh)
    a, b = sqlite3.connect(old), sqlite3.connect(fresh)
    assert a.execute("PRAGMA user_version").fetchone()[0] == schema.SCHEMA_VERSION
    assert _schema(a) == _schema(b)
    a.close()
    b.close()


def test_the_meeting_figures_read_the_index_not_the_rows(tmp_path):
    """A programme's meetings are counted from an index that holds date, held and length:
    the rows themselves carry every summary and note (a large report read them all)."""
    old = tmp_path / "old.sqlite"
    datafile.create_file(old, version=6)
    datafile.open_file(old)
    sql, params = (
        Meeting.select(fn.COUNT(Meeting.id), fn.SUM(Meeting.duration_minutes))
        .join(Pairing)
        .where(
            (Pairing.programme == 1)
            & (Meeting.held == True)
            & Meeting.date.between(dt.date(1, 1, 1), dt.date(2026, 12, 6))
        )
        .sql()
    )
    plan = " ".join(row[-1] for row in db.execute_sql("EXPLAIN QUERY PLAN " + sql, params))
    datafile.close_file()
    assert "COVERING INDEX meeting_pairing_id_date_held_duration" in plan


def test_a_file_that_lost_an_index_is_still_brought_up_to_date(tmp_path):
    old = tmp_path / "old.sqlite"
    datafile.create_file(old, version=6)
    con = sqlite3.connect(old)
    con.execute('DROP INDEX "meeting_pairing_id_date"')  # by hand, or by another tool
    con.commit()
    con.close()
    datafile.open_file(old)
    datafile.close_file()
    con = sqlite3.connect(old)
    assert con.execute("PRAGMA user_version").fetchone()[0] == schema.SCHEMA_VERSION
    names = {r[0] for r in con.execute("SELECT name FROM sqlite_master WHERE type='index'")}
    con.close()
    assert "meeting_pairing_id_date_held_duration" in names


def test_a_failing_step_leaves_the_file_at_its_version(tmp_path, monkeypatch):
    old = tmp_path / "old.sqlite"
    datafile.create_file(old, version=1)
    broken = tmp_path / "steps"
    broken.mkdir()
    for step in schema.migration_steps()[:1]:
        (broken / step.name).write_text(step.read_text())
    (broken / "0002_broken.sql").write_text("CREATE TABLE extra (id INTEGER);\nTHIS IS NOT SQL;\n")
    monkeypatch.setattr(schema, "MIGRATIONS_DIR", broken)
    monkeypatch.setattr(schema, "SCHEMA_VERSION", 2)
    with pytest.raises(DomainError) as refused:
        datafile.open_file(old)
    assert refused.value.text() == (
        "The file old.sqlite could not be brought up to this version of rmentor "
        "(OperationalError). It is as it was; an older rmentor still opens it."
    )
    assert not (tmp_path / "old.sqlite.backups").exists() or not list(
        (tmp_path / "old.sqlite.backups").iterdir()
    )  # no copy of a file that did not change
    con = sqlite3.connect(old)
    assert con.execute("PRAGMA user_version").fetchone()[0] == 1
    assert not con.execute("SELECT 1 FROM sqlite_master WHERE name='extra'").fetchall()
    con.close()


def test_models_match_the_migrated_tables(opened):
    for model in ALL_MODELS:
        table = model._meta.table_name
        columns = {c.name for c in db.get_columns(table)}
        assert columns == {f.column_name for f in model._meta.sorted_fields}, table


def test_default_path_is_in_the_user_data_folder(tmp_path, monkeypatch):
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path))
    assert datafile.default_path() == tmp_path / "rmentor" / "rmentor.sqlite"


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no named pipes here")
def test_a_pipe_or_a_device_is_refused_at_once_without_reading(tmp_path):
    import time

    pipe = tmp_path / "pipe.sqlite"
    os.mkfifo(pipe)
    for path in (pipe, Path("/dev/zero"), Path("/dev/null")):
        started = time.perf_counter()
        with pytest.raises(DomainError, match="not an ordinary file"):
            datafile.open_file(path, create=False)
        assert time.perf_counter() - started < 1


def test_a_file_found_whole_is_checked_again_only_once_it_changed(tmp_path, monkeypatch):
    from rmentor.models.storage import integrity

    path = tmp_path / "file.sqlite"
    datafile.open_file(path)
    datafile.close_file()
    checks = []
    real = integrity.check_integrity
    monkeypatch.setattr(
        integrity, "check_integrity", lambda p, key: checks.append(p) or real(p, key)
    )
    datafile.open_file(path)  # as it was when found whole: not read again
    datafile.close_file()
    assert checks == []
    with sqlite3.connect(path) as con:  # another program writes to it
        con.execute("CREATE TABLE notes (x)")
    con.close()
    datafile.open_file(path)
    datafile.close_file()
    assert len(checks) == 1
    # damaged with its size and change counter as they were: its time tells
    _wipe_second_and_third_page(path)
    with pytest.raises(DomainError, match="damaged"):
        datafile.open_file(path)
    assert len(checks) == 2
    assert not (tmp_path / "file.sqlite.backups").exists()  # nothing beside the file


def _wipe_second_and_third_page(path):
    data = bytearray(path.read_bytes())
    page = struct.unpack(">H", data[16:18])[0]
    data[page + 8 : page * 3] = b"\xff" * (page * 3 - page - 8)
    path.write_bytes(bytes(data))


def test_a_failure_is_worded_without_the_rest_of_its_message():
    from rmentor.models.storage.database import failure_reason

    canary = "CANARY-7731 from a confidential note"
    assert failure_reason(sqlite3.OperationalError(f"disk I/O error near {canary}")).text() == (
        "the disk could not be read or written"
    )
    assert failure_reason(RuntimeError(canary)).text() == "RuntimeError"
    assert failure_reason(FileNotFoundError(2, "No such file or directory", canary)).text() == (
        "the file or folder does not exist"
    )
    unusual = OSError(errno.ETXTBSY, "Text file busy", canary)  # none of the usual ones
    assert failure_reason(unusual).text() == "Text file busy"
