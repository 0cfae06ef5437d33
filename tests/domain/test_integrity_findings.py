"""What the check finds that SQLite does not, and what other programs' writes cannot
stop: a created time that is no time, explanations and kept figures that are no JSON,
and a repaired copy where two values became one."""

import datetime as dt
import sqlite3

import pytest

from rmentor.models.errors import DomainError
from rmentor.models.programme.entities import Participant
from rmentor.models.programme.points import load_points
from rmentor.models.storage import datafile
from rmentor.models.storage import integrity
from tests.conftest import copy_demo


def test_a_created_time_that_is_no_time_is_found(tmp_path):
    path = copy_demo(tmp_path / "p.sqlite")
    con = sqlite3.connect(path)
    con.execute("UPDATE programme SET created = 'gisteren'")
    con.commit()
    con.close()
    before = path.read_bytes()
    with pytest.raises(DomainError, match=r"not a date and time in programme\.created, row 1"):
        datafile.open_file(path, create=False)
    assert path.read_bytes() == before


def test_an_explanation_another_program_wrote_is_passed_over():
    for text in ("{", "[]", "null", "[" * 5000 + "]" * 5000, '{"reasons": 3}'):
        assert load_points(text) == ([], [])


def test_kept_figures_that_are_no_json_give_no_trend(tmp_path):
    from rmentor.models.figures.verdict import previous_figures
    from rmentor.models.programme import programmes

    path = copy_demo(tmp_path / "p.sqlite")
    con = sqlite3.connect(path)
    con.execute(
        "INSERT INTO report_figures (programme_id, made_on, figures) VALUES (1, '2026-01-05', '{')"
    )
    con.commit()
    con.close()
    datafile.open_file(path, create=False)
    try:
        assert previous_figures(programmes.all_programmes()[0], dt.date(2026, 12, 1)) is None
    finally:
        datafile.close_file()


def test_a_repaired_copy_numbers_two_addresses_that_became_one(tmp_path):
    path = copy_demo(tmp_path / "p.sqlite")
    con = sqlite3.connect(path)
    email = con.execute("SELECT email FROM participant WHERE id = 1").fetchone()[0]
    broken = email.replace("@", "\x00@").encode()
    con.execute("UPDATE participant SET email = CAST(? AS TEXT) WHERE id = 2", (broken,))
    con.commit()
    con.close()
    assert datafile.open_file(path, create=False)  # read-only: broken text
    copy = tmp_path / "repaired.sqlite"
    datafile.copy_to(copy, repair=True)
    datafile.close_file()
    assert not datafile.open_file(copy, create=False)
    try:
        assert Participant.get_by_id(2).email == email.replace("@", "+2@", 1)
        assert integrity.integrity_problems() == []
    finally:
        datafile.close_file()


def test_what_a_badly_damaged_file_is_found_with_is_cut_short():
    five_pages = "; ".join(f"Page {n}: btree page has an invalid cell" for n in range(40))
    cut = integrity._shortened(five_pages)
    assert len(cut) == integrity.DETAIL_CHARS and cut.endswith("…")
    assert five_pages.startswith(cut[:-1])
    assert integrity._shortened("row 3 missing from index x") == "row 3 missing from index x"
