"""Backups, recovery, one window per file, read-only files, crashes, write failures,
access and erasure."""

import datetime as dt
import os
import random
import shutil
import signal
import sqlite3
import stat
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest

from rmentor.models.errors import DomainError
from rmentor.models.figures import attention
from rmentor.models.programme import privacy
from rmentor.models.programme import programmes
from rmentor.models.programme.entities import Meeting
from rmentor.models.programme.entities import MeetingTheme
from rmentor.models.programme.entities import Participant
from rmentor.models.storage import backups
from rmentor.models.storage import datafile
from rmentor.models.storage import integrity
from rmentor.models.storage.database import db
from rmentor.models.storage.locations import lock_path
from rmentor.ui.window.main_window import MainWindow
from tests.conftest import copy_demo
from tests.window.keyboard import type_text

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def window(qtbot):
    w = MainWindow()
    qtbot.addWidget(w)
    yield w
    w.close()


def demo_file(path: Path) -> Path:
    return copy_demo(path)


# Backups


def backed_up(window, qtbot) -> None:
    qtbot.waitUntil(lambda: not window.session.backing_up(), timeout=10_000)


def test_backup_on_open_only_when_changed(window, qtbot, tmp_path, messages):
    path = demo_file(tmp_path / "p.sqlite")
    assert window.open_path(path, create=False)
    backed_up(window, qtbot)
    assert [b.reason for b in backups.list_backups(path)] == ["opened"]
    window.session.close()
    assert window.open_path(path, create=False)
    assert window.session.backup.name == "backup on opening"  # the first one's, done
    assert len(backups.list_backups(path)) == 1  # nothing changed since the copy
    Participant.update(department="Nieuw").execute()
    window.session.close()
    assert window.open_path(path, create=False)
    backed_up(window, qtbot)
    assert len(backups.list_backups(path)) == 2
    assert messages == []


def test_the_backup_on_opening_runs_while_the_window_is_in_use(
    window, qtbot, tmp_path, messages, monkeypatch
):
    """Seconds for a large file: made on a thread of its own after the window has the
    file; an erasure (or any other backup step) waits for it, so its list of copies is
    whole and no copy appears after it."""
    path = demo_file(tmp_path / "p.sqlite")
    release = threading.Event()
    real_connect = backups.engine.connect

    class Slow:  # the copy's source connection, held up until the test lets it go
        def __init__(self, con):
            self.con = con

        def backup(self, target):
            release.wait(10)
            self.con.backup(target)

        def __getattr__(self, name):
            return getattr(self.con, name)

    def connect(p, key=None, read_only=False):
        con = real_connect(p, key, read_only=read_only)
        opening = threading.current_thread().name == "backup on opening"
        return Slow(con) if read_only and opening else con

    monkeypatch.setattr(backups.engine, "connect", connect)
    assert window.open_path(path, create=False)
    assert window.session.backing_up()  # open returned while the copy is still being made
    window.tabs.setCurrentWidget(window.participants_tab)  # the window is in use meanwhile
    assert window.participants_tab.model.rowCount() == Participant.select().count() > 0
    person = Participant.select().first()
    threading.Timer(1.5, release.set).start()  # after an erasure not waiting would end
    erased = privacy.erase(person)  # waits for the copy made on opening
    assert not window.session.backing_up()
    assert [b.reason for b in erased] == ["before-erasure", "opened"]
    assert [b.reason for b in backups.list_backups(path)] == ["before-erasure", "opened"]
    assert messages == []


def test_a_backup_on_opening_that_fails_is_said_in_words(window, qtbot, tmp_path, messages):
    path = demo_file(tmp_path / "p.sqlite")
    backups.folder_of(path).write_text("a file where the folder should be")
    assert window.open_path(path, create=False)
    qtbot.waitUntil(lambda: messages != [], timeout=10_000)
    [(kind, title, text)] = messages
    assert title == "Backup failed"
    assert "No backup copy of p.sqlite could be written" in text
    assert "the file itself was not changed" in text


def test_each_backup_passes_integrity_check_and_rotation_keeps_the_rule(opened):
    path = opened
    folder = backups.folder_of(path)
    now = dt.datetime(2026, 11, 27, 12, 0)
    made = backups.make_backup(path, "opened")
    con = sqlite3.connect(made.path)
    assert con.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    con.close()
    # 60 older copies: every 6 hours over 15 days, plus weekly ones up to 12 weeks back
    stamps = [now - dt.timedelta(hours=6 * i) for i in range(1, 61)]
    stamps += [now - dt.timedelta(weeks=w, hours=1) for w in range(3, 13)]
    for stamp in stamps:
        shutil.copy(made.path, folder / f"{path.stem}-{stamp:%Y%m%d-%H%M%S-%f}-opened-c1.sqlite")
    made.path.unlink()
    backups.thin(path, now)
    kept = [b.made for b in backups.list_backups(path)]
    assert kept[:10] == sorted(stamps, reverse=True)[:10]  # the last ten
    recent_days = {s.date() for s in stamps if now - s <= dt.timedelta(days=7)}
    assert recent_days <= {m.date() for m in kept}  # one copy for each of the last 7 days
    weeks = {m.isocalendar()[:2] for m in kept}
    expected_weeks = {s.isocalendar()[:2] for s in stamps if now - s <= dt.timedelta(weeks=8)}
    assert weeks == expected_weeks
    assert all(now - m <= dt.timedelta(weeks=8) for m in kept)
    assert len(kept) < len(stamps)


def test_restore_puts_the_copy_back_and_keeps_the_present(window, tmp_path, messages, qtbot):
    path = demo_file(tmp_path / "p.sqlite")
    assert window.open_path(path, create=False)
    qtbot.waitUntil(lambda: not window.session.backing_up())  # made once the window shows
    [copy] = backups.list_backups(path)
    assert copy.counts() == (24, 10, Meeting.select().count())
    Participant.update(department="Gewist").execute()
    window.files.restore(copy)
    assert not Participant.select().where(Participant.department == "Gewist").exists()
    reasons = [b.reason for b in backups.list_backups(path)]
    assert "before-restore" in reasons


def test_refused_file_offers_the_newest_good_backup(window, tmp_path, messages):
    path = demo_file(tmp_path / "p.sqlite")
    assert window.open_path(path, create=False)
    window.session.close()
    data = bytearray(path.read_bytes())
    data[4096:12288] = b"\x00" * 8192  # wipe two pages
    path.write_bytes(bytes(data))
    damaged = path.read_bytes()
    assert window.open_path(path, create=False)  # the user said yes to the offer
    assert messages[0][0] == "question" and "damaged" in messages[0][2]
    assert window.path != path and "restored" in window.path.name
    assert Participant.select().count() == 24
    assert path.read_bytes() == damaged


# One window per file, stale locks

LOCKER = """
import sys, time
from PySide6.QtCore import QLockFile
lock = QLockFile(sys.argv[1])
print("locked" if lock.tryLock(1000) else "failed", flush=True)
time.sleep(60)
"""


def test_second_instance_refused_and_stale_lock_taken_over(window, tmp_path, messages):
    path = demo_file(tmp_path / "p.sqlite")
    other = subprocess.Popen(
        [sys.executable, "-c", LOCKER, str(lock_path(path))], stdout=subprocess.PIPE, text=True
    )
    try:
        assert other.stdout.readline().strip() == "locked"
        assert not window.open_path(path, create=False)
        assert "already open in another rmentor window" in messages[-1][2]
        # no file is open: the window says so, not "this file holds no programme yet"
        assert window.stack.currentWidget() is window.opening
        assert window.opening.text().startswith("No file is open")
    finally:
        os.kill(other.pid, signal.SIGKILL)  # a crash leaves the lock file behind
        other.wait()
        other.stdout.close()
    assert lock_path(path).exists()
    assert window.open_path(path, create=False)


def test_a_refused_open_after_the_shown_file_went_missing_leaves_no_file_open(
    window, tmp_path, messages
):
    """The file shown was renamed (a drive pulled) before another file was refused: no
    traceback, the window says no file is open, and no empty file appears where it was."""
    shown = demo_file(tmp_path / "a.sqlite")
    assert window.open_path(shown, create=False)
    shown.rename(tmp_path / "a-moved.sqlite")
    garbage = tmp_path / "garbage.sqlite"
    garbage.write_bytes(b"not a database at all" * 100)
    assert not window.open_path(garbage, create=False)
    assert messages  # the refusal, said
    assert window.stack.currentWidget() is window.opening
    assert window.opening.text().startswith("No file is open")
    assert window.path is None and window.programme is None and window.session.lock is None
    window.refresh()
    assert not shown.exists()


def offered(window) -> set[str]:
    """The menu items one can choose: enabled, in an enabled menu, and shown."""
    found = set()

    def walk(menu):
        for action in menu.actions():
            usable = action.isEnabled() and action.isVisible() and not action.isSeparator()
            if usable and action.menu() is not None:
                if action.menu().isEnabled():
                    found.add(action.text().replace("&", ""))
                    walk(action.menu())
            elif usable:
                found.add(action.text().replace("&", ""))

    for top in window.menuBar().actions():
        if top.isEnabled() and top.menu().isEnabled():
            walk(top.menu())
    return found


def test_with_no_file_open_the_menus_offer_only_what_opens_one(window, tmp_path, messages, qtbot):
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QApplication

    shown = demo_file(tmp_path / "a.sqlite")
    assert window.open_path(shown, create=False)
    with_file = offered(window)
    assert {"Programme report (PDF)…", "Journal…", "Save a copy as…"} <= with_file
    shown.rename(tmp_path / "a-moved.sqlite")
    garbage = tmp_path / "garbage.sqlite"
    garbage.write_bytes(b"not a database at all" * 100)
    assert not window.open_path(garbage, create=False)
    assert offered(window) == {
        "New file…",
        "Open…",
        "Open recent",
        "Connect to server…",
        "Settings…",
        "Quit",
        "User guide",
        "About rmentor",
    }
    # no programme of a file no longer open, nor its counts, nor its name in the title
    assert window.programme_box.count() == 0 and window.status_label.text() == ""
    assert window.windowTitle() == "rmentor"
    window.show()
    assert window.programme_toolbar.isHidden()  # no empty "Programme:" chooser
    greyed = [a.text() for a in window.menuBar().actions() if not a.isEnabled()]
    assert greyed == ["&Programme", "P&articipants", "&Reports", "&Contact"]
    for key in ("P", "N", "I"):  # the report, a participant, an import: not a step
        qtbot.keyClick(window, key, Qt.KeyboardModifier.ControlModifier)
        assert QApplication.activeModalWidget() is None
    assert window.open_path(tmp_path / "a-moved.sqlite", create=False)
    assert offered(window) == with_file
    assert window.programme_box.currentText() == "Reverse mentoring 2026"
    assert window.programme_box.isVisible()
    assert all(a.isEnabled() for a in window.menuBar().actions())
    assert "mentors" in window.status_label.text()
    assert window.windowTitle() == "Reverse mentoring 2026 — a-moved.sqlite — rmentor"


def test_a_read_only_file_with_broken_text_gone_leaves_no_banner_nor_repair_offered(
    window, tmp_path, messages
):
    path = demo_file(tmp_path / "broken.sqlite")
    con = sqlite3.connect(path)
    con.execute("UPDATE meeting SET summary = CAST(? AS TEXT) WHERE id = 2", (b"goed\xff",))
    con.commit()
    con.close()
    window.show()
    assert window.open_path(path, create=False) and window.session.read_only
    assert window.read_only_banner.isVisible() and "Save a repaired copy…" in offered(window)
    path.rename(tmp_path / "moved.sqlite")
    (tmp_path / "x.sqlite").write_bytes(b"not a database" * 100)
    assert not window.open_path(tmp_path / "x.sqlite", create=False)
    assert not window.read_only_banner.isVisible()  # no file's state is shown, none open
    assert "Save a repaired copy…" not in offered(window)


def test_a_new_file_named_in_the_dialog_is_made_without_asking_whether_it_went_missing(
    window, tmp_path, messages, monkeypatch
):
    from PySide6.QtWidgets import QFileDialog

    named = tmp_path / "nieuw.sqlite"
    offered = []

    def save_dialog(parent, title, suggested, *rest, **kwargs):
        offered.append(Path(suggested).name)
        return str(named), ""

    monkeypatch.setattr(QFileDialog, "getSaveFileName", save_dialog)
    window.files.new_file()
    assert offered == ["programme.sqlite"]  # in the language the window speaks
    assert [m for m in messages if m[0] == "question"] == []  # it was just named as new
    assert named.exists() and window.path == named
    assert window.stack.currentWidget() is window.welcome  # a new file: no programme yet
    named = tmp_path / "zonder"  # typed without its extension: given one
    window.files.new_file()
    assert window.path == tmp_path / "zonder.sqlite" and window.path.exists()
    assert not (tmp_path / "zonder").exists()


HOLDER = """
import sys, time
from rmentor.file_lock import FREE, FileLock
lock = FileLock(sys.argv[1])
print("locked" if lock.take() == FREE else "failed", flush=True)
time.sleep(60)
"""


@pytest.mark.parametrize("other_name", ["hard link", "symlink", "another spelling"])
def test_the_same_file_by_another_name_is_refused_while_it_is_held(
    window, tmp_path, messages, other_name
):
    """The lock belongs to the file: a window holding it keeps out a second window and a
    writing command that reach it by another name."""
    path = demo_file(tmp_path / "p.sqlite")
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    if other_name == "hard link":
        other = elsewhere / "same.sqlite"
        os.link(path, other)
    elif other_name == "symlink":
        other = elsewhere / "same.sqlite"
        other.symlink_to(path)
    else:
        other = elsewhere / ".." / "p.sqlite"
    holder = subprocess.Popen(
        [sys.executable, "-c", HOLDER, str(path)],
        stdout=subprocess.PIPE,
        text=True,
        cwd=ROOT,
    )
    try:
        assert holder.stdout.readline().strip() == "locked"
        before = path.read_bytes()
        assert not window.open_path(other, create=False)
        assert "already open in another rmentor window" in messages[-1][2]
        sheet = tmp_path / "staff.csv"
        sheet.write_text("Voornaam,Achternaam,E-mail,Rol\nAnna,Bos,anna@x.nl,mentor\n")
        done = subprocess.run(
            [sys.executable, str(ROOT / "main.py"), "import", "--db", str(other), str(sheet)],
            capture_output=True,
            text=True,
            cwd=ROOT,
        )
        assert done.returncode == 1 and "is open in an rmentor window" in done.stderr
        assert path.read_bytes() == before
    finally:
        os.kill(holder.pid, signal.SIGKILL)
        holder.wait()
        holder.stdout.close()
    assert window.open_path(other, create=False)  # the holder is gone: its locks are stale


# Read-only files


def test_read_only_file_opens_read_only(window, tmp_path, messages, qtbot):
    path = demo_file(tmp_path / "p.sqlite")
    path.chmod(stat.S_IRUSR | stat.S_IRGRP)
    before = path.read_bytes()
    try:
        assert window.open_path(path, create=False)
        assert datafile.is_read_only()
        assert not window.read_only_banner.isHidden()
        window.tabs.setCurrentWidget(window.participants_tab)
        tab = window.participants_tab
        assert not tab.add_button.isEnabled()
        tab.select(Participant.get().id)
        assert not tab.edit_button.isEnabled() and not tab.delete_button.isEnabled()
        assert not window.import_action.isEnabled()
        # the follow-up tab does not invite editing in place either
        assert window.follow_up_tab.hint.isHidden()
        with pytest.raises(DomainError, match="could not be saved"):
            Participant.update(department="x").execute()
    finally:
        window.session.close()
        path.chmod(stat.S_IRUSR | stat.S_IWUSR)
    assert path.read_bytes() == before


# A failed write keeps the form and the file


def test_write_failure_keeps_the_form_and_the_file(window, tmp_path, messages, qtbot):
    path = demo_file(tmp_path / "p.sqlite")
    assert window.open_path(path, create=False)
    window.tabs.setCurrentWidget(window.participants_tab)
    pages = db.execute_sql("PRAGMA page_count").fetchone()[0]
    db.execute_sql(f"PRAGMA max_page_count = {pages}")  # the disk is full
    before = path.read_bytes()
    window.participants_tab.add()
    dialog = window.participants_tab.dialog
    type_text(qtbot, dialog.first_name, "Volle")
    type_text(qtbot, dialog.last_name, "Schijf")
    type_text(qtbot, dialog.email, "vol@x.nl")
    dialog.notes.setPlainText("Lange notitie. " * 20000)
    dialog.save()
    assert dialog.isVisible()
    assert "could not be saved" in messages[-1][2] and "full" in messages[-1][2]
    assert (dialog.first_name.text(), dialog.email.text()) == ("Volle", "vol@x.nl")
    assert path.read_bytes() == before
    assert not Participant.select().where(Participant.email == "vol@x.nl").exists()


# Crashes


def _kill(path: Path, mode: str, delay: float | None, rng: random.Random) -> tuple[str, bool]:
    """Run a writer and kill it: after `delay` seconds, or (delay "inside") a random moment
    after its write transaction began, which the journal file beside the data file shows;
    None lets it finish. Returns what it printed after "ready", and whether the kill
    landed inside a transaction (the journal was there when the signal went)."""
    journal = path.with_name(path.name + "-journal")
    child = subprocess.Popen(
        [sys.executable, str(ROOT / "tests" / "window" / "crash_child.py"), str(path), mode],
        stdout=subprocess.PIPE,
        text=True,
    )
    inside = False
    with child.stdout:
        assert child.stdout.readline().strip() == "ready"
        if delay is None:
            child.wait(timeout=120)
        else:
            if delay == "inside":
                deadline = time.monotonic() + 30
                while not journal.exists() and time.monotonic() < deadline:
                    time.sleep(0.001)
                time.sleep(rng.uniform(0.0, 0.05))
            else:
                time.sleep(delay)
            inside = journal.exists()
            child.send_signal(signal.SIGKILL)
            child.wait()
        return child.stdout.read(), inside


def _integrity(path: Path) -> None:
    datafile.open_file(path, create=False)  # rolls back what a crash left half done
    assert integrity.integrity_problems() == []


def _crash_runs(tmp_path: Path, imports: int, meeting_runs: int, seed: int) -> None:
    rng = random.Random(seed)
    base = tmp_path / "base.sqlite"
    datafile.open_file(base)
    programmes.save_programme(
        name="Crash", start_date=dt.date(2026, 1, 1), end_date=dt.date(2026, 12, 31)
    )
    datafile.close_file()
    landed_inside = 0
    # an import of 5,000 people: killed inside its transaction, at random, or not at all
    delays = ["inside" if n % 2 else rng.uniform(0.0, 2.0) for n in range(imports)] + [None]
    for run, delay in enumerate(delays):
        path = tmp_path / f"import{run % 4}.sqlite"
        shutil.copy(base, path)
        printed, inside = _kill(path, "import", delay, rng)
        _integrity(path)
        count = Participant.select().count()
        if inside:  # the transaction was open: none of it may be there
            assert count == 0 and "imported" not in printed, (run, count)
            landed_inside += 1
        elif "imported" in printed or delay is None:
            assert count == 5000, (run, count)
        else:
            assert count in (0, 5000), (run, count)
        datafile.close_file()
    assert landed_inside >= imports // 3, landed_inside  # the test did kill mid-write
    meetings = demo_file(tmp_path / "meetings.sqlite")
    for _run in range(meeting_runs):  # meetings logged one by one, killed mid-write
        _kill(meetings, "meetings", "inside", rng)
        _integrity(meetings)
        for meeting in Meeting.select().where(Meeting.summary == "x" * 200):
            assert meeting.outcomes.count() == 2
            assert MeetingTheme.select().where(MeetingTheme.meeting == meeting).count() == 1
        datafile.close_file()


def test_killed_writes_leave_the_state_before_or_after(tmp_path):
    _crash_runs(tmp_path, imports=10, meeting_runs=10, seed=20261127)


@pytest.mark.slow
def test_a_thousand_kills(tmp_path):
    """pytest -m slow: not in CI (about an hour here)."""
    _crash_runs(tmp_path, imports=500, meeting_runs=500, seed=20261128)


# Access and erasure

UNUSUAL = ("Xanthippe", "Quagmire-Zwolsma")


def test_erasure_removes_the_name_from_file_reports_and_exports(tmp_path, qapp):
    from rmentor.models.sheets.exporting import export_table
    from rmentor.models.sheets.sheet_files import write_sheet
    from rmentor.reports.programme.report import ProgrammeReport
    from rmentor.translator import Translator

    path = demo_file(tmp_path / "p.sqlite")
    datafile.open_file(path, create=False)
    mila = Participant.get(Participant.first_name == "Mila")
    mila.first_name, mila.last_name = UNUSUAL
    mila.save()
    meeting = (
        Meeting.select()
        .join(Meeting.pairing.rel_model)
        .where(Meeting.pairing.rel_model.mentor == mila)
        .first()
    )
    meeting.summary = "Xanthippe liet zien hoe jonge klanten bestellen."
    meeting.confidential_note = "Vertrouwelijk over Quagmire-Zwolsma"
    meeting.save()
    data = privacy.personal_data(mila)
    assert data["profile"]["last_name"] == "Quagmire-Zwolsma" and data["pairings"]
    assert data["confidential_notes_kept_in_the_app"] >= 1
    assert "Vertrouwelijk over" not in str(data)
    kept = privacy.erase(mila)
    assert [b.reason for b in kept] == ["before-erasure"]
    programme = programmes.all_programmes()[0]
    report = ProgrammeReport(programme, "nl").write(tmp_path / "r.pdf")
    exports = []
    for what in ("participants", "pairings", "journal"):
        headers, rows = export_table(programme, what, Translator("en"))
        write_sheet(tmp_path / f"{what}.csv", headers, rows)
        exports.append(tmp_path / f"{what}.csv")
    datafile.close_file()
    for file in [path, report, *exports]:
        content = file.read_bytes()
        for part in UNUSUAL:
            assert part.encode() not in content, (file.name, part)
            assert part.encode("utf-16-le") not in content
    from pypdf import PdfReader

    text = "".join(page.extract_text() for page in PdfReader(str(report)).pages)
    assert "Xanthippe" not in text and "Quagmire" not in text
    assert any(part.encode() in kept[0].path.read_bytes() for part in UNUSUAL)


def test_erasure_is_proposed_after_the_retention_period(programme, make_person):
    make_person("mentor", first="Oud")
    today = programme.end_date + dt.timedelta(days=400)
    items = attention.attention_items(programme, today, retention_months=12)
    assert [i.kind for i in items if i.kind == "erasure_due"] == ["erasure_due"]
    early = attention.attention_items(programme, programme.end_date, retention_months=12)
    assert not [i for i in early if i.kind == "erasure_due"]


def test_synced_folder_warning_once(window, tmp_path, messages):
    folder = tmp_path / "OneDrive - Voorbeeldbedrijf"
    folder.mkdir()
    path = demo_file(folder / "p.sqlite")
    assert window.open_path(path, create=False)
    warnings = [m for m in messages if m[0] == "information"]
    assert len(warnings) == 1 and "OneDrive" in warnings[0][2]
    window.session.close()
    assert window.open_path(path, create=False)
    assert len([m for m in messages if m[0] == "information"]) == 1


def test_leftovers_of_a_crash_are_removed_when_the_window_opens_the_file(window, tmp_path):
    """A journal SQLite did not play back, and parts of backups and conversions that
    never finished: gone once the window holds the file; the data stays."""
    path = demo_file(tmp_path / "p.sqlite")
    journal = path.with_name(path.name + "-journal")
    journal.write_bytes(bytes(512))  # zeroed header: not a hot journal, a stale one
    folder = path.with_name(path.name + ".backups")
    folder.mkdir()
    parts = [folder / "p-20261206-120000-000000-opened-c1.part", folder / "x.part-journal"]
    for part in parts:
        part.write_bytes(b"half a copy")
    converting = path.with_name(path.name + ".converting")
    converting.write_bytes(b"half a conversion")
    keep = folder / "notes.txt"
    keep.write_text("mine")
    assert window.open_path(path, create=False)
    assert not journal.exists() and not converting.exists()
    assert not any(p.exists() for p in parts) and keep.exists()
    assert window.session.read_only is False


def test_a_changed_file_is_checked_off_the_window_and_a_damaged_one_still_refused(
    window, qtbot, tmp_path, messages, monkeypatch
):
    from rmentor.models.storage import integrity

    path = demo_file(tmp_path / "p.sqlite")
    real, threads = integrity.check_integrity, []

    shown = []

    def noted(p, key):
        threads.append(threading.current_thread() is threading.main_thread())
        shown.append(window.stack.currentWidget().text())  # not "no programme yet"
        return real(p, key)

    monkeypatch.setattr(integrity, "check_integrity", noted)
    assert window.open_path(path, create=False)  # copied in: checked in full
    assert threads == [False] and shown == ["Opening p.sqlite…"]
    assert window.stack.currentWidget() is window.tabs
    window.session.close()
    data = bytearray(path.read_bytes())
    page = int.from_bytes(data[16:18], "big")
    data[2 * page : 3 * page] = bytes(page)  # a table's page wiped: damaged
    path.write_bytes(bytes(data))
    window.open_path(path, create=False)  # refused; a copy of the good backup offered
    assert threads[:2] == [False, False]
    kind, _title, text = messages[-1]
    assert kind == "question" and "damaged" in text and "good backup copy" in text
    assert window.path != path  # the copy was opened (answered Yes), never the damaged file


def test_a_backup_on_opening_that_fails_otherwise_is_said_without_its_text(
    window, qtbot, tmp_path, messages, monkeypatch
):
    def broken(path, reason):
        raise ValueError("CANARY-7731 from a confidential note")

    monkeypatch.setattr(backups, "make_backup", broken)
    assert window.open_path(demo_file(tmp_path / "p.sqlite"), create=False)
    qtbot.waitUntil(lambda: messages != [], timeout=10_000)
    assert messages == [
        (
            "warning",
            "Backup failed",
            "No backup copy of p.sqlite could be made (ValueError); the file itself was not "
            "changed.",
        )
    ]


def test_opening_a_then_b_then_a_again_keeps_the_first_copy_whole(
    window, qtbot, tmp_path, messages, monkeypatch
):
    """The second opening of A must not take the copy still being written for a leftover
    of a crash; nor may A's lock go while its copy is written."""
    a, b = demo_file(tmp_path / "a.sqlite"), demo_file(tmp_path / "b.sqlite")
    release = threading.Event()
    real_make = backups._make_backup

    def slow(path, reason):
        if path.name == "a.sqlite":
            release.wait(10)
        return real_make(path, reason)

    monkeypatch.setattr(backups, "_make_backup", slow)
    assert window.open_path(a, create=False)
    threading.Timer(0.5, release.set).start()
    assert window.open_path(b, create=False)  # waits for A's copy before letting A go
    assert window.open_path(a, create=False)
    qtbot.waitUntil(lambda: not window.session.backing_up(), timeout=10_000)
    assert [x.reason for x in backups.list_backups(a)] == ["opened"]
    assert not list(backups.folder_of(a).glob("*.part*"))
    assert messages == []


def test_a_file_named_relative_to_the_folder_started_in_is_remembered_in_full(
    window, tmp_path, monkeypatch
):
    demo_file(tmp_path / "rel.sqlite")
    monkeypatch.chdir(tmp_path)
    assert window.open_path(Path("rel.sqlite"), create=False)
    assert window.files.recent_files()[0] == str(tmp_path / "rel.sqlite")
    assert window.path == tmp_path / "rel.sqlite"
