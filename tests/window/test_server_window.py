"""The window on a server a team shares (a real PostgreSQL the tests start): connecting
through File > Connect to server, a colleague's change shown within seconds, their
later change never saved over nor undone over, and a copy of it all as a file."""

import subprocess
import sys
from pathlib import Path

import psycopg
import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox
from PySide6.QtWidgets import QFileDialog

from rmentor.cli import main as cli
from rmentor.models.programme.entities import Participant
from rmentor.models.storage import datafile
from rmentor.models.storage.database import on_server
from rmentor.ui.dialogs.server_dialog import ServerDialog
from tests.conftest import copy_demo
from tests.window.keyboard import type_text

ROOT = Path(__file__).resolve().parents[2]
DEMO = "Reverse mentoring 2026"


def connect_through_the_dialog(qtbot, monkeypatch, window, location, name=None) -> list[str]:
    """File > Connect to server, typed as a coordinator types it; what it said."""
    said = []

    def typed(dialog):
        for field, text in ((dialog.host, location.host), (dialog.name, name or location.name),
                            (dialog.user, location.user)):  # fmt: skip
            field.clear()
            type_text(qtbot, field, text)
        dialog.port.setValue(location.port)
        qtbot.mouseClick(dialog.connect_button, Qt.MouseButton.LeftButton)
        said.append(dialog.problem.text() if dialog.problem.isVisibleTo(dialog) else "")
        said.append(dialog.name.text())
        return dialog.result()

    monkeypatch.setattr(ServerDialog, "exec", typed)
    action = next(a for a in window.menuBar().actions()[0].menu().actions()
                  if a.text() == "Connect to ser&ver…")  # fmt: skip
    action.trigger()
    return said


@pytest.fixture
def demo_on_server(tmp_path, server_location):
    assert cli(["copy", "--from", str(copy_demo(tmp_path / "d.sqlite")), "--to",
                str(server_location)]) == 0  # fmt: skip
    return server_location


@pytest.fixture
def team_window(qtbot, monkeypatch, demo_on_server, tmp_path):
    from rmentor.ui.window.main_window import MainWindow

    window = MainWindow()
    qtbot.addWidget(window)
    window.show()
    assert window.open_path(copy_demo(tmp_path / "mine.sqlite"), create=False)  # before
    assert connect_through_the_dialog(qtbot, monkeypatch, window, demo_on_server)[0] == ""
    yield window
    window.close()


def colleague(location, sql: str, *params) -> None:
    """Another coordinator's change, through a connection (and session) of their own."""
    with psycopg.connect(str(location)) as con:
        con.execute("SELECT set_config('rmentor.session', 'colleague', false)")
        con.execute(sql, params)


def test_the_window_works_on_the_server_once_connected(team_window, demo_on_server):
    window = team_window
    assert on_server() and window.path is None and window.server == demo_on_server
    assert window.programme.name == DEMO
    assert window.windowTitle() == f"{DEMO} — programmes on 127.0.0.1 — rmentor"
    assert not window.restore_action.isEnabled()  # a server's backups are its own
    window.tabs.setCurrentWidget(window.participants_tab)
    assert window.participants_tab.model.rowCount() == 24


def test_a_colleagues_change_shows_within_seconds(qtbot, team_window, demo_on_server, tmp_path):
    """HR adds someone from another computer (a process of its own); the window shows
    them without being asked to refresh."""
    window = team_window
    window.tabs.setCurrentWidget(window.participants_tab)
    sheet = tmp_path / "nieuw.csv"
    sheet.write_text(
        "Voornaam;Achternaam;E-mail;Rol\nNoor;Nieuwkomer;n.nieuw@voorbeeldbedrijf.nl;junior\n"
    )
    result = subprocess.run(
        [sys.executable, str(ROOT / "main.py"), "import", "--db", str(demo_on_server),
         "--programme", DEMO, "--role", "mentor", str(sheet)],
        capture_output=True, text=True, timeout=120,
    )  # fmt: skip
    assert "Imported 1 new participant" in result.stdout, result.stderr
    qtbot.waitUntil(lambda: window.participants_tab.model.rowCount() == 25, timeout=5000)


def test_a_save_over_a_colleagues_later_change_is_refused(qtbot, team_window, demo_on_server):
    window = team_window
    window.tabs.setCurrentWidget(window.participants_tab)
    person = Participant.get(Participant.first_name == "Mila")
    window.participants_tab.select(person.id)
    window.participants_tab.edit_selected()
    form = window.participants_tab.dialog
    colleague(demo_on_server, "UPDATE participant SET job_title = %s WHERE id = %s",
              "Changed by a colleague", person.id)  # fmt: skip
    form.job_title.clear()
    type_text(qtbot, form.job_title, "Mine")
    problems = []
    form.errors.report = lambda parent, error: problems.append(error.text())
    form.save()
    assert problems and "Someone else changed or deleted this record" in problems[0]
    assert Participant.get_by_id(person.id).job_title == "Changed by a colleague"
    assert form.isVisible() and form.job_title.text() == "Mine"


def test_an_undo_over_a_colleagues_later_change_is_refused(
    qtbot, team_window, demo_on_server, messages
):
    window = team_window
    window.tabs.setCurrentWidget(window.participants_tab)
    person = Participant.get(Participant.first_name == "Mila")
    window.participants_tab.select(person.id)
    window.participants_tab.edit_selected()
    form = window.participants_tab.dialog
    form.job_title.clear()
    type_text(qtbot, form.job_title, "Trendwatcher")
    qtbot.mouseClick(
        form.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Save),
        Qt.MouseButton.LeftButton,
    )
    assert window.undo_action.text() == "Undo edit Mila Özdemir"
    colleague(demo_on_server, "UPDATE participant SET location = %s WHERE id = %s",
              "Kampen", person.id)  # fmt: skip
    window.undo_action.trigger()
    assert messages and "Someone else (rmentor) changed this since" in messages[-1][2]
    now = Participant.get_by_id(person.id)
    assert (now.job_title, now.location) == ("Trendwatcher", "Kampen")
    qtbot.wait(10)  # the refused step stays in the history, still done: nothing is lost
    assert window.undo_action.isEnabled() and window.undo_action.text() == "Undo edit Mila Özdemir"
    assert not window.redo_action.isEnabled()
    window.undo_action.trigger()  # asked again: refused again, in the same words
    assert len(messages) == 2 and messages[0][2] == messages[1][2]
    # an undo of the window's own step, nobody else in the way, goes ahead
    other = Participant.get(Participant.first_name == "Luuk")
    window.participants_tab.select(other.id)
    window.participants_tab.edit_selected()
    form = window.participants_tab.dialog
    form.job_title.clear()
    type_text(qtbot, form.job_title, "Trendwatcher")
    qtbot.mouseClick(
        form.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Save),
        Qt.MouseButton.LeftButton,
    )
    window.undo_action.trigger()
    assert Participant.get_by_id(other.id).job_title == other.job_title


def test_a_wrong_database_is_said_in_the_dialog_and_the_file_stays_open(
    qtbot, monkeypatch, tmp_path, demo_on_server
):
    from rmentor.ui.window.main_window import MainWindow

    window = MainWindow()
    qtbot.addWidget(window)
    path = copy_demo(tmp_path / "mine.sqlite")
    assert window.open_path(path, create=False)
    problem, typed = connect_through_the_dialog(
        qtbot, monkeypatch, window, demo_on_server, name="nowhere"
    )
    assert "There is no database nowhere on 127.0.0.1" in problem and typed == "nowhere"
    assert not on_server() and datafile.current_path() == path and window.path == path
    window.close()


def test_a_copy_of_the_server_as_a_file(qtbot, team_window, tmp_path, monkeypatch):
    target = tmp_path / "snapshot.sqlite"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    team_window.copy_action.trigger()
    assert target.exists() and not target.with_name("snapshot.sqlite.copying").exists()
    team_window.close()
    assert cli(["check", "--db", str(target)]) == 0


def test_a_lost_connection_is_said_and_made_again(qtbot, team_window, demo_on_server, pg_cluster):
    from rmentor.ui.common import notices

    window = team_window
    window.tabs.setCurrentWidget(window.participants_tab)
    said = []
    real_tell = notices.tell
    notices.tell = lambda text, path=None: (said.append(text), real_tell(text, path))
    try:
        with psycopg.connect(pg_cluster.url(demo_on_server.name), autocommit=True) as admin:
            admin.execute(  # the server drops every connection of the window's
                "SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
                "WHERE application_name = 'rmentor' AND pid <> pg_backend_pid()"
            )
        qtbot.waitUntil(lambda: "Connected to the server again." in said, timeout=5000)
        assert "The connection to the server was lost" in said[0]
        person = Participant.get(Participant.first_name == "Mila")  # the window reads on
        colleague(demo_on_server, "UPDATE participant SET job_title = %s WHERE id = %s",
                  "Na de storing", person.id)  # fmt: skip
        qtbot.waitUntil(
            lambda: "Shown with the changes someone else just made." in said, timeout=5000
        )
    finally:
        notices.tell = real_tell


def second_window(location, first_name: str, field: str, value: str) -> None:
    """Another coordinator's window, a process of its own, edits someone through a form."""
    result = subprocess.run(
        [sys.executable, str(ROOT / "tests" / "window" / "second_window.py"), str(location),
         first_name, field, value],
        capture_output=True, text=True, timeout=120,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr


def shown(tab, text: str) -> bool:
    model = tab.model
    return any(
        model.index(row, column).data() == text
        for row in range(model.rowCount())
        for column in range(model.columnCount())
    )


def test_two_windows_see_each_others_changes(qtbot, team_window, demo_on_server):
    window = team_window
    window.tabs.setCurrentWidget(window.participants_tab)
    assert not shown(window.participants_tab, "Trendwatcher")
    second_window(demo_on_server, "Mila", "job_title", "Trendwatcher")
    qtbot.waitUntil(lambda: shown(window.participants_tab, "Trendwatcher"), timeout=5000)


def test_an_undo_over_the_other_windows_change_is_refused(
    qtbot, team_window, demo_on_server, messages
):
    window = team_window
    window.tabs.setCurrentWidget(window.participants_tab)
    person = Participant.get(Participant.first_name == "Mila")
    window.participants_tab.select(person.id)
    window.participants_tab.edit_selected()
    form = window.participants_tab.dialog
    form.job_title.clear()
    type_text(qtbot, form.job_title, "Trendwatcher")
    form.save()
    second_window(demo_on_server, "Mila", "location", "Kampen")
    window.undo_action.trigger()
    assert "changed this since" in messages[-1][2]
    assert Participant.get_by_id(person.id).location == "Kampen"
    assert Participant.get_by_id(person.id).job_title == "Trendwatcher"


def test_a_save_over_the_other_windows_change_is_refused(qtbot, team_window, demo_on_server):
    window = team_window
    window.tabs.setCurrentWidget(window.participants_tab)
    person = Participant.get(Participant.first_name == "Mila")
    window.participants_tab.select(person.id)
    window.participants_tab.edit_selected()
    form = window.participants_tab.dialog
    second_window(demo_on_server, "Mila", "job_title", "Theirs")
    form.job_title.clear()
    type_text(qtbot, form.job_title, "Mine")
    problems = []
    form.errors.report = lambda parent, error: problems.append(error.text())
    form.save()
    assert problems and "Someone else changed or deleted this record" in problems[0]
    assert Participant.get_by_id(person.id).job_title == "Theirs"
    assert form.isVisible() and form.job_title.text() == "Mine"


def test_the_password_is_kept_in_the_keychain_when_asked(
    qtbot, monkeypatch, tmp_path, demo_on_server, keychain
):
    from rmentor.models.storage import keychain as kept
    from rmentor.ui.window.main_window import MainWindow

    window = MainWindow()
    qtbot.addWidget(window)

    def typed(dialog):
        for field, text in ((dialog.host, demo_on_server.host), (dialog.name, demo_on_server.name),
                            (dialog.user, demo_on_server.user), (dialog.password, "geheim")):  # fmt: skip
            field.clear()
            type_text(qtbot, field, text)
        dialog.port.setValue(demo_on_server.port)
        dialog.remember.setChecked(True)
        qtbot.mouseClick(dialog.connect_button, Qt.MouseButton.LeftButton)
        return dialog.result()

    monkeypatch.setattr(ServerDialog, "exec", typed)
    assert window.servers.connect_to_server()
    assert kept.stored_password(demo_on_server) == "geheim"
    window.close()
    assert window.servers.start_on(demo_on_server)  # the next start asks nothing
    window.close()


def test_an_empty_server_database_is_called_a_database(qtbot, server_location):
    from rmentor.ui.window.main_window import MainWindow

    window = MainWindow()
    qtbot.addWidget(window)
    window.show()
    assert window.servers.start_on(server_location)  # its tables made, no programme yet
    qtbot.waitUntil(window.welcome.isVisible, timeout=2000)
    assert window.welcome.title.text() == "This database holds no programme yet"
    window.close()


def test_a_server_reached_with_no_file_open_offers_what_it_offers_from_a_file(
    qtbot, monkeypatch, demo_on_server, tmp_path, messages
):
    from rmentor.ui.window.main_window import MainWindow
    from tests.window.test_data_safety import offered

    window = MainWindow()
    qtbot.addWidget(window)
    window.show()
    shown = copy_demo(tmp_path / "mine.sqlite")
    assert window.open_path(shown, create=False)
    shown.rename(tmp_path / "gone.sqlite")
    (tmp_path / "x.sqlite").write_bytes(b"not a database" * 100)
    assert not window.open_path(tmp_path / "x.sqlite", create=False)  # nothing open now
    assert "Save a copy as…" not in offered(window)
    assert connect_through_the_dialog(qtbot, monkeypatch, window, demo_on_server)[0] == ""
    from_nothing = offered(window)
    window.servers.stop_listening()
    window.close()
    fresh = MainWindow()  # the same server, reached from a file
    qtbot.addWidget(fresh)
    assert fresh.open_path(copy_demo(tmp_path / "other.sqlite"), create=False)
    assert connect_through_the_dialog(qtbot, monkeypatch, fresh, demo_on_server)[0] == ""
    assert from_nothing == offered(fresh)
    assert {"Save a copy as…", "Switch to"} <= from_nothing
    fresh.servers.stop_listening()
    fresh.close()
