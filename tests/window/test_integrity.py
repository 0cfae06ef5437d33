"""Nothing lost, nothing silently changed: each case a new user hit, driven again."""

import datetime as dt
import os
import shutil
import sqlite3
import subprocess
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog
from PySide6.QtWidgets import QMessageBox

from rmentor.cli import main as cli
from rmentor.models import demo
from rmentor.models.errors import DomainError
from rmentor.models.programme import pairings
from rmentor.models.programme import programmes
from rmentor.models.programme.entities import Pairing
from rmentor.models.programme.entities import Participant
from rmentor.models.programme.participants import enrol
from rmentor.models.storage import backups
from rmentor.models.storage import datafile
from rmentor.models.storage import integrity
from rmentor.ui.dialogs.participant_dialog import ParticipantDialog
from rmentor.ui.window.main_window import MainWindow
from tests.conftest import copy_demo
from tests.window.keyboard import type_text


@pytest.fixture
def window(qtbot):
    w = MainWindow()
    qtbot.addWidget(w)
    w.show()
    return w


def demo_file(path: Path) -> Path:
    return copy_demo(path)


def visible_dialogs(kind) -> list:
    from PySide6.QtWidgets import QApplication

    return [w for w in QApplication.topLevelWidgets() if isinstance(w, kind) and w.isVisible()]


# 1. One window per record


def test_double_click_opens_one_form_and_a_second_activation_raises_it(
    qtbot, demo_window, messages
):
    window = demo_window
    window.tabs.setCurrentWidget(window.participants_tab)
    view = window.participants_tab.view
    rect = view.visualRect(view.model().index(0, 1))
    # what a real double-click sends: a click, then the double-click
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    forms = visible_dialogs(ParticipantDialog)
    assert len(forms) == 1
    window.participants_tab.edit_selected()  # Return, or the menu, on the same row
    assert visible_dialogs(ParticipantDialog) == forms


def test_a_save_over_a_record_changed_since_the_form_opened_says_so(qtbot, demo_window):
    window = demo_window
    window.tabs.setCurrentWidget(window.participants_tab)
    person = Participant.get(Participant.first_name == "Mila")
    window.participants_tab.select(person.id)
    window.participants_tab.edit_selected()
    form = window.participants_tab.dialog
    Participant.update(job_title="Changed meanwhile").where(Participant.id == person.id).execute()
    form.job_title.clear()
    type_text(qtbot, form.job_title, "Mine")
    problems = []
    form.errors.report = lambda parent, error: problems.append(error.text())
    form.save()
    assert problems and "changed after you opened the form" in problems[0]
    assert Participant.get_by_id(person.id).job_title == "Changed meanwhile"
    assert form.isVisible() and form.job_title.text() == "Mine"


# 3. Damaged files that pass quick_check


def _break_an_index(path: Path) -> None:
    con = sqlite3.connect(path)
    con.execute("PRAGMA writable_schema = ON")
    con.execute(
        'UPDATE sqlite_master SET sql = \'CREATE INDEX "participant_manager_id" ON '
        '"participant" ("department")\' WHERE name = \'participant_manager_id\''
    )
    con.commit()
    con.close()
    con = sqlite3.connect(path)
    assert con.execute("PRAGMA quick_check").fetchone()[0] == "ok"  # what it misses
    con.close()


def test_an_index_that_disagrees_with_its_table_is_refused(window, tmp_path, messages):
    path = demo_file(tmp_path / "p.sqlite")
    _break_an_index(path)
    before = path.read_bytes()
    assert not window.open_path(path, create=False)
    said = messages[-1][2]
    assert said.startswith(f"The file {path.name} is damaged. It was left as it is; open a")
    # SQLite's own words last, for whoever repairs it, not inside the plain sentence
    assert said.index("for whoever repairs it: ") < said.index("missing from index")
    # with no copy to offer, it says so, and what is left to do
    folder = f"{path}.backups"
    assert f"No good backup copy of it was found in {folder}, where rmentor" in messages[-1][2]
    assert path.read_bytes() == before
    assert cli(["check", "--db", str(path)]) == 1


def test_a_damaged_file_offers_the_newest_good_backup(window, tmp_path, messages):
    path = demo_file(tmp_path / "p.sqlite")
    backups.make_backup(path, "opened")
    _break_an_index(path)
    assert window.open_path(path, create=False)  # Yes to the offered copy
    assert messages[0][0] == "question" and "good backup copy" in messages[0][2]
    assert "restored" in window.path.name
    assert Participant.select().count() == 24


def test_binary_data_in_a_text_column_is_refused_by_row(window, tmp_path, messages):
    path = demo_file(tmp_path / "p.sqlite")
    con = sqlite3.connect(path)
    con.execute("UPDATE participant SET notes = CAST('geheim' AS BLOB) WHERE id = 3")
    con.commit()
    con.close()
    assert not window.open_path(path, create=False)
    assert "binary data in participant.notes, row 3" in messages[-1][2]
    assert "geheim" not in messages[-1][2]


def test_the_crash_dialog_never_calls_the_file_safe_after_a_database_error(monkeypatch):
    from rmentor.ui.window import app

    shown = []
    monkeypatch.setattr(QMessageBox, "critical", lambda *a: shown.append(a[2]))
    app.install_excepthook()
    import sys

    try:
        raise sqlite3.DatabaseError("database disk image is malformed")
    except sqlite3.DatabaseError as error:
        sys.excepthook(type(error), error, error.__traceback__)
    assert shown and "safe" not in shown[0] and "checked when it opens" in shown[0]


# 4. Paths are followed or refused, never replaced


def test_a_link_is_followed(window, tmp_path, messages):
    real = demo_file(tmp_path / "real.sqlite")
    link = tmp_path / "link.sqlite"
    link.symlink_to(real)
    assert window.open_path(link)
    assert window.path == real and link.is_symlink()


@pytest.mark.parametrize("kind", ["dangling", "loop"])
def test_a_broken_link_is_refused_and_left(window, tmp_path, messages, kind):
    link = tmp_path / "link.sqlite"
    if kind == "dangling":
        link.symlink_to(tmp_path / "gone.sqlite")
    else:
        other = tmp_path / "other.sqlite"
        link.symlink_to(other)
        other.symlink_to(link)
    assert not window.open_path(link)
    assert link.is_symlink() and not (tmp_path / "gone.sqlite").exists()
    assert "link" in messages[-1][2]
    assert cli(["check", "--db", str(link)]) == 1


def test_a_missing_file_is_asked_about(window, tmp_path, monkeypatch):
    asked = []

    def no(*args, **kwargs):
        asked.append(args[2])
        return QMessageBox.StandardButton.No

    monkeypatch.setattr(QMessageBox, "question", no)
    path = tmp_path / "moved.sqlite"
    assert not window.open_path(path)
    assert asked and "is not there" in asked[0] and not path.exists()


def test_a_missing_folder_is_never_created(window, tmp_path, messages):
    path = tmp_path / "usb-stick" / "programma.sqlite"
    assert not window.open_path(path)
    assert not path.parent.exists()
    assert "neither is its folder" in messages[-1][2]
    with pytest.raises(DomainError, match="does not exist"):
        datafile.open_file(path)


def test_a_journal_of_another_file_is_not_played_back(tmp_path):
    """A -journal left beside a file that is not its own would damage it."""
    other = demo_file(tmp_path / "other.sqlite")
    path = demo_file(tmp_path / "p.sqlite")
    # a hot journal of `other`: a writer killed mid-transaction
    script = (
        "import sqlite3, os, sys\n"
        f"c = sqlite3.connect({str(other)!r}, isolation_level=None)\n"
        # a tiny cache: pages spill into the file before the commit, as in a big change
        "c.execute('PRAGMA journal_mode=delete'); c.execute('PRAGMA cache_size=2')\n"
        "c.execute('BEGIN')\n"
        'c.execute("UPDATE participant SET notes = hex(randomblob(3000))")\n'
        'c.execute("DELETE FROM meeting")\n'
        "os._exit(0)\n"
    )
    subprocess.run([os.sys.executable, "-c", script], check=True)
    journal = other.with_name(other.name + "-journal")
    assert journal.stat().st_size > 0
    for n in range(2):  # this file has a history of its own
        con = sqlite3.connect(path)
        con.execute("UPDATE participant SET job_title = ? WHERE id = 1", (f"Rol {n}",))
        con.commit()
        con.close()
    shutil.copy(journal, path.with_name(path.name + "-journal"))
    before = path.read_bytes()
    with pytest.raises(DomainError, match="does not fit it"):
        datafile.open_file(path, create=False)
    assert path.read_bytes() == before
    assert not path.with_name(path.name + "-journal").exists()
    assert path.with_name(path.name + "-journal.not-played-back").exists()
    assert not path.with_name(path.name + ".before-recovery").exists()
    datafile.open_file(path, create=False)  # opened again, as it was
    assert Participant.get_by_id(1).job_title == "Rol 1"


# 5. A full disk


@pytest.fixture
def tiny_disk(tmp_path):
    """A 600 KB file system: room for a small file, not for much more. Needs root."""
    mount = tmp_path / "tiny"
    mount.mkdir()
    done = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", "size=600k", "tmpfs", str(mount)], capture_output=True
    )
    if done.returncode != 0:
        pytest.skip("mounting a small file system needs root")
    yield mount
    datafile.close_file()
    subprocess.run(["umount", str(mount)], check=True)


def _fill(folder: Path, leave: int) -> None:
    stat = os.statvfs(folder)
    free = stat.f_bavail * stat.f_frsize
    (folder / "filler").write_bytes(b"\0" * max(0, free - leave))


def test_a_full_disk_gives_plain_sentences_and_leaves_nothing_behind(
    tiny_disk, window, messages, tmp_path, qtbot
):
    path = tiny_disk / "p.sqlite"
    shutil.copy(demo_file(tmp_path / "p.sqlite"), path)
    before = path.read_bytes()
    _fill(tiny_disk, leave=100_000)  # room for a lock file and a journal, not a copy
    # the backup made when a changed file is opened cannot be written
    with pytest.raises(DomainError, match="No backup copy") as info:
        backups.make_backup(path, "opened")
    assert "disk is full" in str(info.value) or "No space left" in str(info.value)
    # the window opens the file all the same, says so once, and the file is untouched
    assert window.open_path(path, create=False)
    qtbot.waitUntil(lambda: not window.session.backing_up())  # made after opening
    qtbot.waitUntil(lambda: any("No backup copy" in m[2] and "full" in m[2] for m in messages))
    assert len(messages) == 1
    assert Participant.select().count() == 24
    # a change that cannot be written: one sentence, and the file as it was
    programme = programmes.all_programmes()[0]
    with pytest.raises(DomainError, match="could not be saved"):
        programmes.save_programme(
            programme,
            name=programme.name,
            start_date=programme.start_date,
            end_date=programme.end_date,
            description="x" * 400_000,
        )
    window.session.close()
    assert path.read_bytes() == before
    leftovers = [p.name for p in tiny_disk.rglob("*") if p.suffix in (".part", ".creating")]
    assert leftovers == [] and not path.with_name(path.name + "-journal").exists()
    # no room for a new file either
    (tiny_disk / "filler").unlink()
    _fill(tiny_disk, leave=0)
    with pytest.raises(DomainError, match="cannot be created"):
        datafile.create_file(tiny_disk / "new.sqlite")
    assert not list(tiny_disk.glob("new.sqlite*"))


def test_a_full_disk_is_not_taken_for_another_window(tiny_disk, window, messages, tmp_path):
    path = tiny_disk / "p.sqlite"
    shutil.copy(demo_file(tmp_path / "p.sqlite"), path)
    _fill(tiny_disk, leave=0)
    assert not window.open_path(path, create=False)
    assert "could not write the small lock file" in messages[-1][2]
    assert "another rmentor window" not in messages[-1][2]


# 8. Dates stay inside the programme


def test_activation_dates_lie_inside_a_programme_that_starts_later(opened):
    start = dt.date.today() + dt.timedelta(days=30)
    programme = programmes.save_programme(
        name="Later", start_date=start, end_date=start + dt.timedelta(days=200)
    )
    mentor = Participant.create(first_name="A", last_name="B", email="a@x.nl", role="mentor")
    mentee = Participant.create(first_name="C", last_name="D", email="c@x.nl", role="mentee")
    for person in (mentor, mentee):
        enrol(programme, person)
    pairing = pairings.create_pairing(programme, mentor, mentee)
    pairings.set_status(pairing, "active")
    pairing = Pairing.get_by_id(pairing.id)
    assert pairing.start_date == start and pairing.planned_end_date == programme.end_date
    with pytest.raises(DomainError, match="within the programme"):
        pairings.update_agreement(pairing, start_date=start - dt.timedelta(days=1))
    row = next(r for r in pairings.pairing_rows(programme) if r.id == pairing.id)
    assert row.days_since is None  # not -30


def test_shortening_the_programme_lists_the_pairings_left_outside(qtbot, demo_window, messages):
    window = demo_window
    programme = window.programme
    window.edit_programme()
    dialog = window.dialog
    new_end = dt.date.today() + dt.timedelta(days=1)
    from rmentor.ui.widgets.dates import to_qdate

    dialog.end_date.setDate(to_qdate(new_end))
    dialog.save()
    assert programmes.Programme.get_by_id(programme.id).end_date == new_end
    shown = [m for m in messages if m[1] == "Pairings outside the period"]
    assert shown and "–" in shown[0][2]
    outside = programmes.pairings_outside(programmes.Programme.get_by_id(programme.id))
    assert len(shown[0][2].splitlines()) == 2 + len(outside)


# 9. The session, restore, and closing with a form open


def test_the_demo_opens_through_the_file_session(window, tmp_path, messages, monkeypatch):
    first = demo_file(tmp_path / "mine.sqlite")
    assert window.open_path(first, create=False)

    def fails():
        raise DomainError("The disk is full.")

    written = demo.write_small_demo
    monkeypatch.setattr(demo, "write_small_demo", fails)
    window.files.open_demo()  # it cannot be written: the window keeps its own file, locked
    assert messages[-1][2] == "The disk is full."
    assert window.path == first and window.session.lock.held()
    assert datafile.current_path() == first and Participant.select().count() == 24
    # (not monkeypatch.undo(): that would also let the data folder be the real one)
    monkeypatch.setattr(demo, "write_small_demo", written)
    window.files.open_demo()
    assert window.path.name == "demo.sqlite" and window.session.lock.held()
    assert not (tmp_path / ".mine.sqlite.lock").exists()


def test_a_failed_restore_is_a_message_not_a_crash(window, tmp_path, messages, monkeypatch):
    path = demo_file(tmp_path / "p.sqlite")
    assert window.open_path(path, create=False)
    copy = backups.make_backup(path, "opened")
    copy.path.write_bytes(b"SQLite format 3\0" + b"\1" * 5000)  # a copy gone bad since
    window.files.restore(copy)
    assert messages[-1][1] == "Not restored"
    assert Participant.select().count() == 24


def test_closing_with_a_form_open_and_cancel_keeps_the_window(qtbot, demo_window, monkeypatch):
    window = demo_window
    window.tabs.setCurrentWidget(window.participants_tab)
    window.participants_tab.add()
    form = window.participants_tab.dialog
    type_text(qtbot, form.first_name, "Half")
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Cancel)
    window.close()
    assert window.isVisible() and form.isVisible()
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Discard)
    window.close()
    assert not window.isVisible()
    assert not [d for d in window.findChildren(QDialog) if d.isVisible()]


# What a hostile tester found next


def test_a_refused_open_keeps_undo_honest(qtbot, demo_window, tmp_path, messages):
    window = demo_window
    window.tabs.setCurrentWidget(window.pairings_tab)
    first, second = Pairing.select().where(Pairing.status == "active").limit(2)
    window.pairings_tab.select(first.id)
    window.pairings_tab.pause_button.click()
    assert not window.open_path(tmp_path / "not-ours.sqlite", create=False)
    assert not window.undo_action.isEnabled()  # the log went with the connection
    window.pairings_tab.select(second.id)
    window.pairings_tab.pause_button.click()
    window.undo_action.trigger()
    assert Pairing.get_by_id(second.id).status == "active"
    assert Pairing.get_by_id(first.id).status == "paused"  # not undone behind one's back


def test_a_command_that_writes_waits_for_the_window(demo_window, tmp_path, capsys):
    sheet = tmp_path / "s.csv"
    sheet.write_text("Voornaam;Achternaam;E-mail;Rol\nNieuw;Mens;n@x.nl;junior\n", "utf-8")
    assert cli(["import", "--db", str(demo_window.path), str(sheet)]) == 1
    assert "open in an rmentor window" in capsys.readouterr().err
    assert cli(["erase", "--db", str(demo_window.path), "--email", "n@x.nl", "--yes"]) == 1
    demo_window.session.close()
    assert (
        cli(
            [
                "import",
                "--db",
                str(demo_window.path),
                "--programme",
                "Reverse mentoring 2026",
                str(sheet),
            ]
        )
        == 0
    )


def test_a_narrow_sheet_updates_only_its_columns(programme, make_person, tmp_path):
    from rmentor.models.sheets import importing
    from rmentor.models.sheets.sheet_files import read_sheet

    make_person("mentor", first="Sem", email="sem@x.nl", department="Inkoop", job_title="Koper")
    path = tmp_path / "n.csv"
    path.write_text("Voornaam;Achternaam;E-mail;Rol\nSemmy;Graaf;sem@x.nl;junior\n", "utf-8")
    importing.run_import(programme, importing.plan_import(read_sheet(path)))
    sem = Participant.get(Participant.email == "sem@x.nl")
    assert (sem.first_name, sem.department, sem.job_title) == ("Semmy", "Inkoop", "Koper")


@pytest.mark.parametrize(
    "sql",
    [
        "UPDATE meeting SET date = '2026-13-45' WHERE id = 1",
        "UPDATE pairing SET status = 'archived' WHERE id = 1",
        "PRAGMA foreign_keys = OFF; DELETE FROM participant WHERE id = 1",
    ],
)
def test_values_rmentor_never_writes_are_refused(window, tmp_path, messages, sql):
    path = demo_file(tmp_path / "p.sqlite")
    con = sqlite3.connect(path)
    con.executescript(sql)
    con.close()
    assert not window.open_path(path, create=False)
    assert "damaged" in messages[-1][2]
    assert cli(["check", "--db", str(path)]) == 1


def test_a_file_that_is_no_spreadsheet_is_refused_plainly(tmp_path):
    from rmentor.models.sheets.sheet_files import read_sheet

    path = tmp_path / "list.xlsx"
    path.write_text("Voornaam;Achternaam\n", "utf-8")
    with pytest.raises(DomainError, match="cannot be read as a spreadsheet: it is damaged"):
        read_sheet(path)


def test_a_circle_through_the_file_is_found_in_the_plan(programme, make_person, tmp_path):
    from rmentor.models.sheets import importing
    from rmentor.models.sheets.sheet_files import read_sheet

    a = make_person("mentee", email="a@x.nl")
    make_person("mentor", email="b@x.nl", manager=a)
    path = tmp_path / "c.csv"
    path.write_text(
        "Voornaam;Achternaam;E-mail;Rol;Leidinggevende\n"
        "A;A;a@x.nl;senior;b@x.nl\nB;B;b@x.nl;junior;\n",
        "utf-8",
    )
    plan = importing.plan_import(read_sheet(path))
    assert [p.text() for p in plan.problems] == ["Row 2: the managers named go round in a circle."]


def test_a_spilled_journal_without_page_one_is_still_played_back(tmp_path):
    """A transaction big enough to spill pages to the file before page 1 was journaled:
    its journal is the file's own and must roll the half-written change back."""
    import signal
    import sys

    path = demo_file(tmp_path / "p.sqlite")
    con = sqlite3.connect(path)
    for _ in range(6):  # some thousands of meetings: more pages than a tiny cache holds
        con.execute(
            "INSERT INTO meeting (pairing_id, date, duration_minutes, format, held, summary,"
            " confidential_note) SELECT pairing_id, date, duration_minutes, format, held,"
            " summary, confidential_note FROM meeting"
        )
    con.commit()
    before = con.execute("SELECT count(*), sum(duration_minutes) FROM meeting").fetchone()
    con.close()
    writer = subprocess.Popen(
        [
            sys.executable,
            "-c",
            "import sqlite3, time\n"
            f"c = sqlite3.connect({str(path)!r}, isolation_level=None)\n"
            "c.execute('PRAGMA cache_size=2'); c.execute('BEGIN IMMEDIATE')\n"
            "c.execute('UPDATE meeting SET duration_minutes = duration_minutes + 1')\n"
            "print('inside', flush=True); time.sleep(60)\n",
        ],
        stdout=subprocess.PIPE,
        text=True,
    )
    with writer.stdout:
        assert writer.stdout.readline().strip() == "inside"
        writer.send_signal(signal.SIGKILL)
        writer.wait()
    assert path.with_name(path.name + "-journal").exists()
    datafile.open_file(path, create=False)
    from rmentor.models.storage.database import db

    after = db.execute_sql("SELECT count(*), sum(duration_minutes) FROM meeting").fetchone()
    assert tuple(after) == tuple(before)
    assert integrity.integrity_problems() == []


def test_broken_text_opens_read_only_and_a_repaired_copy_is_worked_in(
    window, tmp_path, monkeypatch, messages
):
    import sqlite3

    from PySide6.QtWidgets import QFileDialog

    path = demo_file(tmp_path / "p.sqlite")
    con = sqlite3.connect(path)
    con.execute("UPDATE meeting SET summary = CAST(? AS TEXT) WHERE id = 2", (b"goed\xff",))
    con.commit()
    con.close()
    before = path.read_bytes()
    assert window.open_path(path, create=False)
    assert window.session.read_only and window.read_only_banner.isVisible()
    assert "(in meeting.summary, row 2)" in window.read_only_banner.text()
    assert window.repair_action.isVisible() and window.restore_action.isEnabled()
    assert not window.import_action.isEnabled()
    target = tmp_path / "p (repaired).sqlite"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    window.repair_action.trigger()
    assert window.path == target and not window.session.read_only
    assert not window.read_only_banner.isVisible() and not window.repair_action.isVisible()
    assert path.read_bytes() == before  # the broken file itself was left as it was
