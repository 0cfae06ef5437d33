"""Damaged files, made by the hundred: each is refused and left as it was, or opened
read-only when only its text is broken; none crashes, and none opens for writing with
text it could not save again. The command line's check says the same."""

import random
import sqlite3
import struct

import pytest

from rmentor.cli import main as cli_main
from rmentor.models.errors import DomainError
from rmentor.models.programme.entities import Participant
from rmentor.models.storage import datafile
from rmentor.models.storage import integrity
from tests.conftest import copy_demo

BAD_TEXTS = [b"abc\xff", b"\xc3", b"ab\x00cd", b"\xed\xa0\x80", b"Zo\xeb"]  # Latin-1 ë too


def _flip(data: bytearray, rng) -> None:
    for _ in range(rng.randint(1, 4)):
        data[rng.randrange(100, len(data))] ^= 1 << rng.randrange(8)


def _broken_text(path, rng) -> None:
    con = sqlite3.connect(path)
    table, column = rng.choice(
        [
            ("participant", "notes"),
            ("participant", "last_name"),
            ("meeting", "summary"),
            ("outcome_item", "text"),
            ("programme", "name"),
        ]
    )
    row = con.execute(f"SELECT id FROM {table} ORDER BY random() LIMIT 1").fetchone()
    con.execute(
        f"UPDATE {table} SET {column} = CAST(? AS TEXT) WHERE id = ?",
        (rng.choice(BAD_TEXTS), row[0]),
    )
    con.commit()
    con.close()


def make_damaged(path, rng, kind: str) -> None:
    copy_demo(path)
    data = bytearray(path.read_bytes())
    page = struct.unpack(">H", data[16:18])[0]
    if kind == "flip":
        _flip(data, rng)
    elif kind == "cut":
        data = data[: rng.randrange(100, len(data))]
    elif kind == "zero page":
        n = rng.randrange(1, len(data) // page)
        data[n * page : (n + 1) * page] = bytes(page)
    elif kind == "header":
        data[rng.randrange(16, 100)] = rng.randrange(256)
    if kind != "text":
        path.write_bytes(bytes(data))
    else:
        _broken_text(path, rng)


KINDS = ["flip", "cut", "zero page", "header", "text"]


def outcome(path) -> str:
    """refused (and untouched), read-only, or writable (and clean)."""
    before = path.read_bytes()
    try:
        read_only = datafile.open_file(path, create=False)
    except DomainError:
        assert path.read_bytes() == before
        return "refused"
    try:
        if read_only:
            assert datafile.broken_text_in_open_file()
            return "read-only"
        assert integrity.integrity_problems() == []
        assert Participant.select().count() == 24
        return "writable"
    finally:
        datafile.close_file()


def test_two_hundred_damaged_files_are_refused_or_opened_safely(tmp_path, capsys):
    rng = random.Random(28)
    seen = {}
    for n in range(200):
        kind = KINDS[n % len(KINDS)]
        path = tmp_path / f"damaged-{n}.sqlite"
        make_damaged(path, rng, kind)
        result = outcome(path)
        seen.setdefault(kind, set()).add(result)
        if n % 10 == 0:  # the command line's check gives the same answer
            code = cli_main(["check", "--db", str(path), "--lang", "en"])
            assert code == (0 if result == "writable" else 1), (kind, result)
        path.unlink()
        for side in tmp_path.glob(f"damaged-{n}.sqlite*"):
            if side.is_dir():
                for each in side.iterdir():
                    each.unlink()
                side.rmdir()
            else:
                side.unlink()
    capsys.readouterr()
    assert seen["text"] == {"read-only"}
    assert "refused" in seen["flip"] | seen["zero page"] and seen["cut"] == {"refused"}


def test_broken_text_opens_read_only_and_a_repaired_copy_opens_for_writing(tmp_path):
    path = copy_demo(tmp_path / "p.sqlite")
    con = sqlite3.connect(path)
    con.execute("UPDATE participant SET notes = CAST(? AS TEXT) WHERE id = 3", (b"ok\xffok\x00",))
    con.commit()
    con.close()
    assert datafile.open_file(path, create=False)
    assert datafile.broken_text_in_open_file() == "participant.notes, row 3"
    assert integrity.integrity_problems() == [
        "text that is not UTF-8, or holds a NUL, in participant.notes, row 3"
    ]
    repaired = tmp_path / "repaired.sqlite"
    datafile.copy_to(repaired, repair=True)
    datafile.close_file()
    assert not datafile.open_file(repaired, create=False)
    assert Participant.get_by_id(3).notes == "ok\ufffdok"
    assert integrity.integrity_problems() == []
    datafile.close_file()


@pytest.mark.parametrize("bad", BAD_TEXTS)
def test_the_check_reads_every_answer_safely(tmp_path, bad):
    path = copy_demo(tmp_path / "p.sqlite")
    con = sqlite3.connect(path)
    con.execute("UPDATE participant SET last_name = CAST(? AS TEXT) WHERE id = 1", (bad,))
    con.commit()
    con.close()
    assert cli_main(["check", "--db", str(path), "--lang", "en"]) == 1


def test_a_writing_command_removes_leftovers_a_reading_one_leaves_them(tmp_path, capsys):
    path = copy_demo(tmp_path / "p.sqlite")
    folder = path.with_name("p.sqlite.backups")
    folder.mkdir()
    part = folder / "p-20261206-120000-000000-opened-c1.part"
    part.write_bytes(b"half a copy, of a backup another process may be making now")
    assert cli_main(["check", "--db", str(path)]) == 0
    assert part.exists()
    sheet = tmp_path / "staff.csv"
    sheet.write_text("Voornaam;Achternaam;E-mail;Rol\nAnna;Bos;anna@x.nl;mentor\n")
    assert cli_main(["import", "--db", str(path), str(sheet)]) == 0
    assert not part.exists()
    capsys.readouterr()


WRITER = """
import sqlite3, sys, time
from rmentor.file_lock import FREE, FileLock
lock = FileLock(sys.argv[1])
assert lock.take() == FREE
con = sqlite3.connect(sys.argv[1], isolation_level=None)
con.execute("PRAGMA cache_size = 1")  # pages spill into the file before the commit
con.execute("BEGIN EXCLUSIVE")
con.execute("UPDATE participant SET notes = 'half written'")
print("writing", flush=True)
sys.stdin.readline()
con.execute("COMMIT")
print("committed", flush=True)
"""


def test_a_reading_command_leaves_a_window_s_work_in_progress_alone(tmp_path, capsys):
    import subprocess
    import sys
    from pathlib import Path

    path = copy_demo(tmp_path / "p.sqlite")
    root = Path(__file__).resolve().parents[2]
    writer = subprocess.Popen(
        [sys.executable, "-c", WRITER, str(path)],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
        cwd=root,
    )
    try:
        assert writer.stdout.readline().strip() == "writing"
        journal = path.with_name(path.name + "-journal")
        assert journal.exists()
        assert cli_main(["check", "--db", str(path), "--lang", "en"]) == 1
        assert "is busy" in capsys.readouterr().err
        assert journal.exists()  # the writer's, not a crash's
        writer.stdin.write("\n")
        writer.stdin.flush()
        assert writer.stdout.readline().strip() == "committed"
    finally:
        writer.kill()
        writer.wait()
        writer.stdin.close()
        writer.stdout.close()
    datafile.open_file(path, create=False)
    assert {p.notes for p in Participant.select()} == {"half written"}
    datafile.close_file()
    capsys.readouterr()


def test_a_nul_typed_or_read_from_a_form_never_makes_the_file_read_only(tmp_path):
    from rmentor.models.programme.participants import save_participant

    path = copy_demo(tmp_path / "p.sqlite")
    datafile.open_file(path)
    person = Participant.get()
    save_participant(person, notes="goed\x00gesprek \ud800 einde")
    datafile.close_file()
    assert not datafile.open_file(path, create=False)
    assert Participant.get_by_id(person.id).notes == "goedgesprek ? einde"
    datafile.close_file()
