"""The main window and the participants tab, driven as a coordinator would."""

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox
from PySide6.QtWidgets import QMessageBox

from rmentor.models.programme.entities import Pairing
from rmentor.models.programme.entities import Participant
from rmentor.models.programme.entities import Programme
from rmentor.models.storage import datafile
from rmentor.ui.dialogs.participant_dialog import ParticipantDialog
from rmentor.ui.dialogs.programme_dialog import ProgrammeDialog
from rmentor.ui.tables.participant_table_model import COL_NAME
from rmentor.ui.tables.participant_table_model import COL_ROLE
from rmentor.ui.tables.participant_table_model import ROW_ROLE
from rmentor.ui.window.main_window import MainWindow
from tests.window.keyboard import type_text
from tests.window.mnemonics import plain


@pytest.fixture
def window(qtbot, db_path):
    w = MainWindow()
    qtbot.addWidget(w)
    w.show()
    datafile.create_file(db_path)
    assert w.open_path(db_path, create=False)
    return w


@pytest.fixture
def demo_window(demo_window):
    demo_window.tabs.setCurrentWidget(demo_window.participants_tab)
    return demo_window


def click_save(qtbot, dialog):
    qtbot.mouseClick(
        dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Save),
        Qt.MouseButton.LeftButton,
    )


def names(tab):
    model = tab.model
    return [model.data(model.index(r, COL_NAME)) for r in range(model.rowCount())]


def test_first_start_then_create_a_programme(qtbot, window):
    assert window.stack.currentWidget() is window.welcome
    qtbot.mouseClick(window.welcome.create_button, Qt.MouseButton.LeftButton)
    dialog = window.findChild(ProgrammeDialog)
    assert dialog.isVisible()
    qtbot.keyClicks(dialog.name, "Omgekeerd mentoren 2027")
    dialog.purposes.entry.setText("Sociale media")
    qtbot.mouseClick(dialog.purposes.add_button, Qt.MouseButton.LeftButton)
    dialog.cadence.setValue(3)
    click_save(qtbot, dialog)
    assert not dialog.isVisible()
    programme = Programme.get()
    assert (programme.name, programme.cadence_weeks) == ("Omgekeerd mentoren 2027", 3)
    assert window.stack.currentWidget() is window.tabs
    assert "Omgekeerd mentoren 2027" in window.windowTitle()
    assert window.programme_box.currentText() == "Omgekeerd mentoren 2027"


def test_the_status_line_says_nothing_about_one_file_in_another(
    qtbot, window, tmp_path, monkeypatch
):
    window.new_programme()
    qtbot.keyClicks(window.dialog.name, "Omgekeerd mentoren 2027")
    click_save(qtbot, window.dialog)
    assert window.notice_line.text.text().startswith("Done: ")
    other = tmp_path / "other.sqlite"
    datafile.create_file(other)
    assert window.open_path(other, create=False)
    assert window.notice_line.text.text() == ""
    # a file refused keeps what the line says about the file still shown
    window.new_programme()
    qtbot.keyClicks(window.dialog.name, "Tweede ronde")
    click_save(qtbot, window.dialog)
    said = window.notice_line.text.text()
    assert said.startswith("Done: ")
    garbage = tmp_path / "garbage.sqlite"
    garbage.write_bytes(b"not a database at all" * 100)
    monkeypatch.setattr(QMessageBox, "critical", lambda *a, **k: QMessageBox.StandardButton.Ok)
    monkeypatch.setattr(QMessageBox, "warning", lambda *a, **k: QMessageBox.StandardButton.Ok)
    assert not window.open_path(garbage, create=False)
    assert window.notice_line.text.text() == said


def test_programme_dialog_keeps_input_on_bad_period(qtbot, window):
    window.new_programme()
    dialog = window.dialog
    qtbot.keyClicks(dialog.name, "Te kort")
    dialog.end_date.setDate(dialog.start_date.date())
    click_save(qtbot, dialog)
    assert dialog.isVisible()
    assert dialog.errors.text("end_date") == "The end date must come after the start date."
    assert dialog.name.text() == "Te kort"
    assert Programme.select().count() == 0


def add_programme(window):
    programme = Programme.create(
        name="Cohort", start_date=dt.date(2026, 1, 1), end_date=dt.date(2026, 12, 1)
    )
    window.reload_programmes(programme.id)
    window.tabs.setCurrentWidget(window.participants_tab)
    return programme


def fill_participant(qtbot, dialog, first, last, email, role_index=0, department=""):
    type_text(qtbot, dialog.first_name, first)
    type_text(qtbot, dialog.last_name, last)
    type_text(qtbot, dialog.email, email)
    dialog.role.setCurrentIndex(role_index)
    if department:
        dialog.department.setCurrentText(department)


def test_add_participant_with_bad_email_then_fix_it(qtbot, window, db_path):
    add_programme(window)
    tab = window.participants_tab
    qtbot.keyClick(tab.view, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    dialog = tab.dialog
    assert isinstance(dialog, ParticipantDialog) and dialog.isVisible()
    fill_participant(
        qtbot, dialog, "Anaïs", "van der Berg", "anais@@voorbeeld.nl", department="Marketing"
    )
    dialog.themes.set_checked("consumer")
    click_save(qtbot, dialog)
    assert dialog.isVisible()
    assert dialog.errors.text("email") == '"anais@@voorbeeld.nl" is not a valid e-mail address.'
    assert (dialog.first_name.text(), dialog.last_name.text()) == ("Anaïs", "van der Berg")
    assert dialog.department.currentText() == "Marketing"
    assert Participant.select().count() == 0

    dialog.email.clear()
    qtbot.keyClicks(dialog.email, "anais@voorbeeld.nl")
    click_save(qtbot, dialog)
    assert not dialog.isVisible()
    assert names(tab) == ["Anaïs van der Berg"]
    row = tab.model.data(tab.model.index(0, 0), ROW_ROLE)
    assert (row.role, row.department, row.email) == ("mentor", "Marketing", "anais@voorbeeld.nl")
    assert window.status_label.text().startswith("1 mentor")

    # the change is in the file after reopening it
    window.close()
    datafile.close_file()
    datafile.open_file(db_path, create=False)
    person = Participant.get()
    assert (person.full_name, person.email) == ("Anaïs van der Berg", "anais@voorbeeld.nl")
    assert [link.theme.key for link in person.theme_links] == ["consumer"]


def test_closing_a_changed_form_asks(qtbot, window, monkeypatch):
    add_programme(window)
    window.participants_tab.add()
    dialog = window.participants_tab.dialog
    qtbot.keyClicks(dialog.first_name, "Sem")
    asked = []
    monkeypatch.setattr(
        QMessageBox,
        "question",
        lambda *a, **k: (asked.append(a[1]), QMessageBox.StandardButton.Cancel)[1],
    )
    dialog.reject()
    assert asked and dialog.isVisible() and dialog.first_name.text() == "Sem"
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Discard)
    dialog.reject()
    assert not dialog.isVisible()


def test_edit_filter_sort_deactivate(qtbot, demo_window, db_path):
    tab = demo_window.participants_tab
    assert tab.model.rowCount() == 24
    # accent- and case-insensitive search across text columns
    qtbot.keyClicks(tab.search, "ozdemir")
    assert names(tab) == ["Mila Özdemir"]
    tab.search.clear()
    qtbot.keyClicks(tab.search, "KLANTENSERVICE")
    assert sorted(names(tab)) == ["Inès Lefèvre", "Mila Özdemir", "Sanne Kok"]
    tab.search.clear()
    tab.role_filter.setCurrentIndex(tab.role_filter.findData("mentee"))
    tab.department_filter.setCurrentIndex(tab.department_filter.findData("Financiën"))
    assert sorted(names(tab)) == ["Gerard de Vries", "Ingrid Mulder"]
    tab.role_filter.setCurrentIndex(0)
    tab.department_filter.setCurrentIndex(0)
    tab.status_filter.setCurrentIndex(tab.status_filter.findData("proposed"))
    assert sorted(names(tab)) == ["Frank Visser", "Sanne Kok"]
    tab.status_filter.setCurrentIndex(0)

    # sort by clicking headers: name sorts by last name
    header = tab.view.horizontalHeader()
    qtbot.mouseClick(
        header.viewport(), Qt.MouseButton.LeftButton, pos=_section_center(header, COL_ROLE)
    )
    roles = [tab.model.data(tab.model.index(r, COL_ROLE)) for r in range(24)]
    assert roles == ["mentee"] * 12 + ["mentor"] * 12
    qtbot.mouseClick(
        header.viewport(), Qt.MouseButton.LeftButton, pos=_section_center(header, COL_ROLE)
    )
    roles = [tab.model.data(tab.model.index(r, COL_ROLE)) for r in range(24)]
    assert roles == ["mentor"] * 12 + ["mentee"] * 12
    # names sort Dutch style: by surname without "van", "de", "ten"; accents ignored
    tab.view.sortByColumn(COL_NAME, Qt.SortOrder.AscendingOrder)
    assert names(tab)[:4] == ["Daan Bakker", "Els Bakker", "Pieter van den Berg", "Yara Bos"]
    tab.view.sortByColumn(COL_NAME, Qt.SortOrder.DescendingOrder)
    assert names(tab)[:3] == ["Gerard de Vries", "Frank Visser", "Lotte Vermeulen"]
    assert names(tab).index("Mila Özdemir") == names(tab).index("Bram Peters") + 1

    # edit by double-click: change the job title
    tab.view.sortByColumn(COL_NAME, Qt.SortOrder.AscendingOrder)
    tab.select(_id_of("Sem"))
    tab.edit_selected()
    dialog = tab.dialog
    assert dialog.first_name.text() == "Sem"
    dialog.job_title.clear()
    qtbot.keyClicks(dialog.job_title, "Senior inkoper")
    click_save(qtbot, dialog)
    assert Participant.get_by_id(_id_of("Sem")).job_title == "Senior inkoper"

    # deactivate two at once, then find it in the file after reopening
    tab.select(_id_of("Sem"))
    row = tab.model.row_of(_id_of("Thijs"))
    tab.view.selectionModel().select(
        tab.model.index(row, 0),
        tab.view.selectionModel().SelectionFlag.Select
        | tab.view.selectionModel().SelectionFlag.Rows,
    )
    assert plain(tab.active_button.text()) == "Deactivate"
    qtbot.mouseClick(tab.active_button, Qt.MouseButton.LeftButton)
    tab.active_filter.setCurrentIndex(tab.active_filter.findData(False))
    assert sorted(names(tab)) == ["Sem de Graaf", "Thijs van Leeuwen"]
    demo_window.close()
    datafile.close_file()
    datafile.open_file(db_path, create=False)
    assert not Participant.get_by_id(_id_of("Sem")).active
    assert Participant.get_by_id(_id_of("Sem")).job_title == "Senior inkoper"


def _section_center(header, column):
    from PySide6.QtCore import QPoint

    x = header.sectionViewportPosition(column) + header.sectionSize(column) // 2
    return QPoint(x, header.height() // 2)


def _id_of(first_name):
    return Participant.get(Participant.first_name == first_name).id


def test_delete_with_history_offers_deactivation(qtbot, demo_window, monkeypatch):
    tab = demo_window.participants_tab
    tab.select(_id_of("Mila"))
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    tab.delete_selected()
    assert Participant.get_by_id(_id_of("Mila")).active is False
    tab.select(_id_of("Thijs"))  # never paired: really deleted after confirming
    tab.delete_selected()
    assert not Participant.select().where(Participant.first_name == "Thijs").exists()
    assert tab.model.row_of(_id_of("Sem")) is not None


def test_table_model_passes_qtmodeltester(qtmodeltester, demo_window):
    qtmodeltester.check(demo_window.participants_tab.model)


def test_settings_remember_last_file_and_geometry(qtbot, window, db_path):
    window.resize(780, 560)  # the offscreen screen is 800x600; geometry is clamped to it
    window.close()
    again = MainWindow()
    qtbot.addWidget(again)
    assert again.settings.value("last_file") == str(db_path)
    assert (again.size().width(), again.size().height()) == (780, 560)


def test_ctrl_s_saves_a_form_as_its_save_button_does(qtbot, window):
    add_programme(window)
    window.participants_tab.add()
    dialog = window.participants_tab.dialog
    fill_participant(qtbot, dialog, "Sem", "de Boer", "sem@voorbeeld.nl")
    qtbot.keyClick(dialog.email, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert not dialog.isVisible()
    assert [p.full_name for p in Participant.select()] == ["Sem de Boer"]


def test_settings_save_on_ctrl_s_as_every_form(qtbot, window):
    from PySide6.QtCore import Qt

    from rmentor.ui.dialogs.settings_dialog import SettingsDialog

    settings = SettingsDialog(window)
    qtbot.addWidget(settings)
    settings.show()
    settings.activateWindow()
    qtbot.waitUntil(settings.isActiveWindow)
    settings.sender_name.setText("Ilse Jansen")
    qtbot.keyClick(settings.sender_name, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert not settings.isVisible()
    again = SettingsDialog(window)
    qtbot.addWidget(again)
    assert again.sender_name.text() == "Ilse Jansen"


def test_the_calendars_hour_is_taken_as_typed_over_the_old_one_and_refused_in_words(
    qtbot, window, messages
):
    """Typed over the field's whole text, "14:30" was taken as 10:30 by a time field, and
    went into every pair's calendar without a word."""
    from PySide6.QtCore import Qt

    from rmentor.models.outreach import mail_texts
    from rmentor.ui.dialogs.settings_dialog import SettingsDialog

    for typed, kept in (("14:30", "14:30"), ("9.15", "09:15"), ("1430", "14:30")):
        settings = SettingsDialog(window)
        qtbot.addWidget(settings)
        settings.show()
        settings.activateWindow()
        qtbot.waitUntil(settings.isActiveWindow)
        field = settings.meeting_time
        qtbot.keyClick(field, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
        qtbot.keyClicks(field, typed)
        qtbot.keyClick(field, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
        assert not settings.isVisible() and mail_texts.load_settings().meeting_time == kept
    settings = SettingsDialog(window)
    qtbot.addWidget(settings)
    settings.show()
    settings.activateWindow()
    qtbot.waitUntil(settings.isActiveWindow)
    assert settings.meeting_time.text() == "14:30"
    qtbot.keyClick(settings.meeting_time, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(settings.meeting_time, "25:00")
    qtbot.keyClick(settings.meeting_time, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert settings.isVisible() and settings.meeting_time.text() == "25:00"
    assert messages[-1][1:] == (
        "Not saved",
        "25:00 is not a time of day: write it as, for example, 14:30.",
    )
    assert mail_texts.load_settings().meeting_time == "14:30"  # as it was


def _export_to(window, monkeypatch, target):
    from PySide6.QtWidgets import QFileDialog

    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), "Excel (*.xlsx)")
    )
    window.export_menu.actions()[2].trigger()  # File > Export > Journal…


def test_an_export_runs_off_the_window_and_a_stopped_one_leaves_no_file(
    qtbot, window, db_path, tmp_path, monkeypatch
):
    import time

    from PySide6.QtWidgets import QProgressDialog

    from rmentor.models.sheets import exporting
    from rmentor.ui.common import notices
    from tests.conftest import copy_demo

    copy_demo(db_path)
    assert window.open_path(db_path, create=False)
    said = []
    monkeypatch.setattr(notices, "tell", lambda text, *a: said.append(text))
    _export_to(window, monkeypatch, tmp_path / "journal v1.2")
    assert (tmp_path / "journal v1.2.xlsx").exists()  # ".2" kept, ".xlsx" added
    assert said[-1].startswith("Exported 58 rows")
    real = exporting.export_table

    def slow(*args):  # long enough for Stop to be pressed while it reads
        time.sleep(0.5)
        return real(*args)

    monkeypatch.setattr(exporting, "export_table", slow)
    monkeypatch.setattr(QProgressDialog, "wasCanceled", lambda self: True)  # Stop pressed
    _export_to(window, monkeypatch, tmp_path / "stopped.xlsx")
    assert said[-1] == "Export stopped; no file was written."
    assert sorted(p.name for p in tmp_path.iterdir() if p.name.startswith("stopped")) == []


def test_an_export_that_fails_on_its_thread_says_so_in_words(
    qtbot, window, db_path, tmp_path, monkeypatch
):
    from PySide6.QtWidgets import QMessageBox

    from rmentor.models.sheets import exporting
    from tests.conftest import copy_demo

    copy_demo(db_path)
    assert window.open_path(db_path, create=False)
    said = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *a: said.append(a[2]))

    def broken(*args):
        raise RuntimeError("a secret detail")

    monkeypatch.setattr(exporting, "export_table", broken)
    _export_to(window, monkeypatch, tmp_path / "failed.xlsx")
    assert said == ["The export could not be made (RuntimeError). No file was written."]
    assert not (tmp_path / "failed.xlsx").exists()


def test_the_meetings_calendar_is_written_off_the_window_or_its_failure_said(
    qtbot, window, db_path, tmp_path, monkeypatch
):
    import threading

    from PySide6.QtWidgets import QFileDialog
    from PySide6.QtWidgets import QMessageBox

    from rmentor.models.outreach import drafts
    from rmentor.ui.common import notices
    from tests.conftest import copy_demo

    copy_demo(db_path)
    assert window.open_path(db_path, create=False)
    said, threads = [], []
    monkeypatch.setattr(notices, "tell", lambda text, *a: said.append(text))
    monkeypatch.setattr(QMessageBox, "warning", lambda *a: said.append(a[2]))
    target = tmp_path / "meetings"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    real = drafts.write_calendar

    def noted(*args, **kwargs):
        threads.append(threading.current_thread() is threading.main_thread())
        return real(*args, **kwargs)

    monkeypatch.setattr(drafts, "write_calendar", noted)
    window.write_calendar()
    assert threads == [False]  # written on a thread of its own
    assert said == ["Meetings calendar saved as meetings.ics"]
    assert (tmp_path / "meetings.ics").read_text(encoding="utf-8").startswith("BEGIN:VCALENDAR")

    def broken(*args, **kwargs):
        raise RuntimeError("a secret detail")

    monkeypatch.setattr(drafts, "write_calendar", broken)
    target = tmp_path / "failed.ics"
    window.write_calendar()
    assert said[-1] == "The calendar could not be written (RuntimeError). No file was written."
    assert not target.exists()


def test_a_long_step_shows_its_progress_window_after_200_ms(qtbot, window):
    import time

    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication
    from PySide6.QtWidgets import QProgressDialog

    from rmentor.ui.common.background import DONE
    from rmentor.ui.common.background import run_stoppable

    seen = []

    def look():
        seen.extend(
            (w.labelText(), w.windowTitle())  # titled with its step, not "rmentor"
            for w in QApplication.topLevelWidgets()
            if isinstance(w, QProgressDialog) and w.isVisible()
        )

    QTimer.singleShot(500, look)
    outcome, result = run_stoppable(window, "Working…", lambda _going_on: time.sleep(0.8) or 7)
    assert (outcome, result) == (DONE, 7)
    assert seen == [("Working…", "Working")]
    run_stoppable(window, "Working…", lambda _going_on: 8)  # over before its window shows
    # each progress window goes with its step, shown or not: none left hidden in the window
    qtbot.waitUntil(lambda: not window.findChildren(QProgressDialog))


def test_a_step_that_counts_shows_how_far_it_is(qtbot, window):
    """An export of 100,000 rows: the bar fills as they are written, not a busy bar."""
    import time

    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication
    from PySide6.QtWidgets import QProgressDialog

    from rmentor.ui.common.background import run_stoppable

    seen = []

    def look():
        seen.extend(
            (w.value(), w.maximum())
            for w in QApplication.topLevelWidgets()
            if isinstance(w, QProgressDialog) and w.isVisible()
        )

    def work(going_on):
        for done in range(0, 1000, 10):
            going_on(done, 1000)
            time.sleep(0.008)
        return 1000

    QTimer.singleShot(600, look)
    run_stoppable(window, "Exporting…", work)
    ((value, maximum),) = seen
    assert maximum == 1000 and 300 < value < 1000


def test_a_shortcut_pressed_while_a_step_runs_does_nothing(qtbot, demo_window):
    """Alt+3 (a tab) while the window waits for a step on its thread is held like a
    click: a shortcut run then would act on what the step has not finished (Alt+I in
    the import form imported a plan of choices since changed)."""
    import time

    from PySide6.QtCore import QTimer
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication

    from rmentor.ui.common.background import read_beside

    demo_window.activateWindow()
    qtbot.waitExposed(demo_window)
    before = demo_window.tabs.currentIndex()
    during = []

    def press():
        target = QApplication.focusWidget() or demo_window
        QTest.keyClick(target, Qt.Key.Key_3, Qt.KeyboardModifier.AltModifier)
        during.append(demo_window.tabs.currentIndex())

    QTimer.singleShot(100, press)
    read_beside(demo_window, "Working…", "", "%1", lambda: time.sleep(0.5))
    assert during == [before] and demo_window.tabs.currentIndex() == before
    demo_window.activateWindow()  # back from the progress window
    qtbot.waitUntil(lambda: QApplication.activeWindow() is demo_window)
    QTest.keyClick(  # and afterwards it works as ever
        QApplication.focusWidget() or demo_window, Qt.Key.Key_3, Qt.KeyboardModifier.AltModifier
    )
    assert demo_window.tabs.currentIndex() != before


def test_a_batch_on_the_window_thread_repaints_it_while_its_count_stands_still(qtbot):
    """A batch that writes (an import, drafts) lets the window repaint every 50 ms or
    so, also once its progress window shows and the count does not move: an import's
    themes and reporting lines come after its last person."""
    import time

    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QWidget

    from rmentor.ui.common.background import done
    from rmentor.ui.common.background import progress_steps

    parent = QWidget()
    qtbot.addWidget(parent)
    parent.show()
    progress, step = progress_steps(parent, "Importing…")
    assert step(5, 10)
    progress.show()
    ticks = []
    timer = QTimer()
    timer.timeout.connect(lambda: ticks.append(time.monotonic()))
    timer.start(10)
    end = time.monotonic() + 0.4
    while time.monotonic() < end:
        assert step(5, 10)
    timer.stop()
    done(progress)
    assert len(ticks) >= 4
    assert max(b - a for a, b in zip(ticks, ticks[1:], strict=False)) < 0.2


@pytest.mark.parametrize("stoppable", [False, True])
def test_a_progress_window_closed_by_its_x_during_its_step_is_a_stop(qtbot, window, stoppable):
    """Its title bar's X (or Escape) while the step runs: the step ends as a Stop would
    end it (one that cannot stop runs to its end), with no error once it has."""
    import time

    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication
    from PySide6.QtWidgets import QProgressDialog

    from rmentor.ui.common.background import DONE
    from rmentor.ui.common.background import STOPPED
    from rmentor.ui.common.background import run_stoppable

    class Stopped(Exception):
        pass

    def work(going_on):
        end = time.monotonic() + 1.5
        while time.monotonic() < end:
            if stoppable and not going_on():
                raise Stopped
            time.sleep(0.01)
        return 7

    def close_it():
        for w in QApplication.topLevelWidgets():
            if isinstance(w, QProgressDialog) and w.isVisible():
                w.close()

    QTimer.singleShot(500, close_it)
    outcome, result = run_stoppable(window, "Working…", work, (Stopped,) if stoppable else ())
    assert (outcome, result) == ((STOPPED, None) if stoppable else (DONE, 7))
    qtbot.waitUntil(lambda: not window.findChildren(QProgressDialog))


def _counting_button(window):
    """A button of the window that only counts its clicks (whatever it did before)."""
    from PySide6.QtWidgets import QPushButton

    clicked = []
    button = next(b for b in window.findChildren(QPushButton) if b.isVisible() and b.isEnabled())
    button.clicked.disconnect()
    button.clicked.connect(lambda: clicked.append(True))
    return button, clicked


@pytest.mark.aims_at_stop
def test_clicks_during_a_long_step_go_nowhere_and_a_close_waits_for_its_end(qtbot, window):
    import time

    from PySide6.QtCore import QTimer

    from rmentor.ui.common.background import STOP_AIM_MS
    from rmentor.ui.common.background import run_stoppable

    button, clicked = _counting_button(window)
    QTimer.singleShot(100, lambda: qtbot.mouseClick(button, Qt.MouseButton.LeftButton))
    run_stoppable(window, "Working…", lambda _going_on: time.sleep(0.5))
    assert clicked == [] and window.isVisible()
    # a click aimed at Stop just as the step ended lands nowhere, not on what was under it
    qtbot.wait(100)
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert clicked == []
    qtbot.wait(STOP_AIM_MS)
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)  # and after that, as ever
    assert clicked == [True]
    run_stoppable(window, "Quick…", lambda _going_on: time.sleep(0.05))  # no window shown:
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)  # no Stop to aim at
    assert clicked == [True, True]
    # the title bar's X during a step: the window closes, its file let go, once it ends
    QTimer.singleShot(100, window.close)
    run_stoppable(window, "Working…", lambda _going_on: time.sleep(0.5))
    assert window.isVisible() and window.session.path is not None
    qtbot.waitUntil(lambda: not window.isVisible(), timeout=3000)
    assert window.session.path is None and window.session.lock is None


@pytest.mark.aims_at_stop
def test_every_progress_window_holds_clicks_a_moment_as_it_goes(qtbot, window):
    """Drafts, forms and printing show their own progress windows (not run_stoppable's):
    a click aimed at their Stop as they close goes nowhere too."""

    from rmentor.ui.common.background import STOP_AIM_MS
    from rmentor.ui.common.background import done
    from rmentor.ui.common.background import progress_window

    button, clicked = _counting_button(window)
    progress = progress_window(window, "Writing…", 0)
    progress.show()
    qtbot.waitUntil(progress.isVisible)
    done(progress)
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert clicked == []
    qtbot.wait(STOP_AIM_MS + 50)
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert clicked == [True]
    # a button pressed before the moment began is let go of in it, not left down
    qtbot.mousePress(button, Qt.MouseButton.LeftButton)
    progress = progress_window(window, "Writing…", 0)
    progress.show()
    qtbot.waitUntil(progress.isVisible)
    done(progress)
    qtbot.mouseRelease(button, Qt.MouseButton.LeftButton)
    assert not button.isDown()
    qtbot.wait(STOP_AIM_MS + 50)


@pytest.mark.aims_at_stop
def test_the_stop_of_a_next_step_takes_a_click_at_once(qtbot, window):
    """A step right after another (an import after its backup copy): its Stop works from
    the moment it shows, while clicks elsewhere still go nowhere for that moment."""
    from PySide6.QtWidgets import QPushButton

    from rmentor.ui.common.background import STOP_AIM_MS
    from rmentor.ui.common.background import done
    from rmentor.ui.common.background import progress_window

    button, clicked = _counting_button(window)
    first = progress_window(window, "Making a backup copy…", 0)
    first.show()
    qtbot.waitUntil(first.isVisible)
    done(first)
    following = progress_window(window, "Importing…", 0)
    following.show()
    qtbot.waitUntil(following.isVisible)
    stop = following.findChild(QPushButton)
    qtbot.mouseClick(stop, Qt.MouseButton.LeftButton)
    assert following.wasCanceled()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert clicked == []
    done(following)
    qtbot.wait(STOP_AIM_MS + 50)


def test_an_older_file_opened_says_it_was_brought_up_to_date(qtbot, tmp_path):
    from rmentor.models.storage import schema

    old = tmp_path / "older.sqlite"
    datafile.create_file(old, version=schema.SCHEMA_VERSION - 1)
    w = MainWindow()
    qtbot.addWidget(w)
    w.show()
    assert w.open_path(old, create=False)
    (copy,) = (tmp_path / "older.sqlite.backups").glob("*before-v*")
    assert w.notice_line.text.text() == (
        f"older.sqlite was brought up to this version of rmentor; the file as it was is kept "
        f"as {copy.name} in its backups."
    )
    w.notice_line.text.setText("")
    assert w.open_path(old, create=False)  # up to date now: nothing to say
    assert "brought up" not in w.notice_line.text.text()


def test_a_long_notice_ends_in_an_ellipsis_beside_the_counts_and_is_whole_in_its_tooltip(
    demo_window, qtbot, tmp_path
):
    from PySide6.QtWidgets import QLabel

    from rmentor.ui.common import notices

    window = demo_window
    window.resize(900, 640)
    window.show()
    qtbot.waitExposed(window)
    said = "Stopped: 1,234 e-mail drafts written to " + "Herinneringen december " * 8
    notices.tell(said, tmp_path / "draft.eml")
    qtbot.wait(10)
    line = window.notice_line.text
    assert line.text() == said  # what was said, whole
    shown = QLabel.text(line)
    assert shown.endswith("…") and said.startswith(shown[:-1])
    assert line.toolTip() == f"{said}\n{tmp_path / 'draft.eml'}"
    counts = window.status_label
    assert counts.width() >= counts.sizeHint().width()  # the counts are not cut
    assert counts.geometry().right() <= window.statusBar().width()
    notices.tell("Saved.")
    assert QLabel.text(line) == "Saved." and line.toolTip() == ""


def test_columns_fitted_while_a_search_hides_rows_do_not_cut_them_once_it_is_cleared(
    qtbot, demo_window
):
    tab = demo_window.participants_tab
    demo_window.resize(1600, 800)  # room for every column whole: none is cut to fit
    demo_window.show()
    qtbot.waitExposed(demo_window)
    tab.reload()
    qtbot.waitUntil(lambda: tab.model.total() == 24)
    qtbot.keyClicks(tab.search, "zzz")  # nobody: what a renamed search match leaves
    assert tab.model.rowCount() == 0
    tab.reload()  # after a change, with the search still typed
    qtbot.waitUntil(lambda: tab.model.total() == 24)
    tab.search.clear()
    assert tab.model.rowCount() == 24
    longest = tab.view.sizeHintForColumn(COL_NAME)
    assert tab.view.columnWidth(COL_NAME) >= longest  # every name whole


def test_a_first_start_makes_the_file_it_names_without_asking(qtbot, tmp_path, messages):
    from rmentor.ui.window.main_window import MainWindow

    window = MainWindow()
    qtbot.addWidget(window)
    window.show()
    window.settings.remove("last_file")  # nothing opened before: a first start
    named = tmp_path / "mijn programma.sqlite"
    assert window.open_path(named)
    assert named.exists()
    assert [m for m in messages if m[0] == "question"] == []
    # a file that is gone once another was opened: perhaps moved, so it is asked about
    gone = tmp_path / "weg.sqlite"
    assert window.open_path(gone)  # the coordinator answers Yes
    asked = [text for kind, _title, text in messages if kind == "question"]
    assert len(asked) == 1 and "weg.sqlite is not there" in asked[0]
    window.session.close()


def test_an_empty_programme_s_tables_show_their_titles_whole_in_dutch(qtbot, db_path, language):
    language("nl")
    w = MainWindow()
    qtbot.addWidget(w)
    w.resize(1366, 768)
    w.show()
    datafile.create_file(db_path)
    assert w.open_path(db_path, create=False)
    add_programme(w)
    for tab in (w.participants_tab, w.pairings_tab, w.journal_tab, w.follow_up_tab):
        w.tabs.setCurrentWidget(tab)
        header = tab.view.horizontalHeader()
        qtbot.waitUntil(lambda h=header: h.sectionSize(0) >= h.sectionSizeFromContents(0).width())
        for c in range(header.count()):
            if not header.isSectionHidden(c):
                title = tab.view.model().headerData(c, Qt.Orientation.Horizontal)
                assert header.sectionSize(c) >= header.sectionSizeFromContents(c).width(), title
        # and no table wider than the window when it has no rows
        assert header.length() <= tab.view.viewport().width(), tab.objectName()


def test_an_empty_journal_and_follow_up_say_what_to_do_first(qtbot, window):
    add_programme(window)
    overview = window.overview_tab
    window.tabs.setCurrentWidget(overview)
    qtbot.waitUntil(lambda: not overview.loading())
    assert overview.list.count() == 0 and not overview.hint.isVisible()  # no line to click
    journal = window.journal_tab
    window.tabs.setCurrentWidget(journal)
    qtbot.waitUntil(journal.state.isVisible)
    assert journal.state.text() == (
        "No meeting is logged yet: a pairing meets once it is made and started, on the "
        "Pairings tab."
    )
    follow_up = window.follow_up_tab
    window.tabs.setCurrentWidget(follow_up)
    qtbot.waitUntil(follow_up.state.isVisible)
    assert follow_up.state.text().startswith("Nothing to follow up yet")


def test_a_journal_with_meetings_says_nothing_over_them(qtbot, demo_window):
    demo_window.tabs.setCurrentWidget(demo_window.overview_tab)
    qtbot.waitUntil(lambda: demo_window.overview_tab.list.count() > 0)
    assert demo_window.overview_tab.hint.isVisible()
    journal = demo_window.journal_tab
    demo_window.tabs.setCurrentWidget(journal)
    qtbot.waitUntil(lambda: journal.model.rowCount() > 0)
    assert not journal.state.isVisible()
    proposed = Pairing.get(Pairing.status == "proposed")
    journal.pairing_picker.setCurrentIndex(journal.pairing_picker.findData(proposed.id))
    qtbot.waitUntil(journal.state.isVisible)
    assert journal.state.text() == "No meeting of this pairing is logged yet: Log a meeting… below."


def test_the_programme_form_shows_the_four_purposes_whole_on_a_laptop(qtbot, db_path, language):
    language("nl")  # the longer descriptions
    window = MainWindow()
    qtbot.addWidget(window)
    window.show()
    datafile.create_file(db_path)
    assert window.open_path(db_path, create=False)
    window.new_programme()
    form = window.dialog
    form.why.setText("De mensen in personeel.csv doen mee aan een programma, en er is er nog geen.")
    form.why.show()
    qtbot.waitExposed(form)
    purposes = form.purposes.list
    fourth = purposes.visualItemRect(purposes.item(3))
    assert fourth.bottom() <= purposes.viewport().height()
    form.reject()
