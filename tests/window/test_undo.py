"""Undo and redo: every change made in the window is one named step, taken back whole."""

import datetime as dt
import sqlite3

import pytest
from hypothesis import HealthCheck
from hypothesis import given
from hypothesis import settings
from hypothesis import strategies as st
from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QDialogButtonBox
from PySide6.QtWidgets import QMessageBox

from rmentor.models import demo
from rmentor.models.programme import journal
from rmentor.models.programme import pairings
from rmentor.models.programme import participants
from rmentor.models.programme.entities import Evaluation
from rmentor.models.programme.entities import Meeting
from rmentor.models.programme.entities import OutcomeItem
from rmentor.models.programme.entities import Pairing
from rmentor.models.programme.entities import Participant
from rmentor.models.storage import datafile
from rmentor.models.storage import integrity
from rmentor.models.storage import undo_log
from rmentor.models.storage.database import db
from rmentor.models.text.vocabulary import TRANSITIONS
from rmentor.ui.common.labels import format_date
from tests.window.keyboard import type_text


def dump() -> list[str]:
    """The whole file as SQL, to compare states exactly (committed, as another reader
    sees it: SQLCipher's connection has no iterdump)."""
    con = sqlite3.connect(db.database)
    try:
        return [line for line in con.iterdump() if not line.startswith(("BEGIN", "COMMIT"))]
    finally:
        con.close()


def answer_yes(monkeypatch):
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)


@pytest.fixture
def window(demo_window):
    return demo_window


def test_delete_meeting_is_undone_whole_with_a_named_step(qtbot, window, monkeypatch):
    before = dump()
    meeting = Meeting.select().join(OutcomeItem).order_by(Meeting.id).first()
    outcomes = [o.text for o in meeting.outcomes]
    assert outcomes
    window.tabs.setCurrentWidget(window.journal_tab)
    window.journal_tab.show_pairing(meeting.pairing_id)
    window.journal_tab.select(meeting.id)
    answer_yes(monkeypatch)
    qtbot.mouseClick(window.journal_tab.delete_button, Qt.MouseButton.LeftButton)
    assert Meeting.get_or_none(Meeting.id == meeting.id) is None
    pair = f"{meeting.pairing.mentor.full_name} and {meeting.pairing.mentee.full_name}"
    step = f"delete meeting of {pair} on {format_date(meeting.date)}"
    assert window.undo_action.text() == f"Undo {step}"
    assert window.undo_action.shortcut() == QKeySequence(QKeySequence.StandardKey.Undo)
    window.undo_action.trigger()
    assert dump() == before
    back = Meeting.get_by_id(meeting.id)
    assert [o.text for o in back.outcomes] == outcomes
    assert window.journal_tab.model.row_of(meeting.id) is not None  # the tab shows it again
    assert window.journal_tab.pairing_id() == meeting.pairing_id  # and the same pairing
    assert window.redo_action.text() == f"Redo {step}"
    assert QKeySequence("Ctrl+Y") in window.redo_action.shortcuts()
    window.redo_action.trigger()
    assert Meeting.get_or_none(Meeting.id == meeting.id) is None
    window.undo_action.trigger()
    assert dump() == before


def test_a_form_saved_with_nothing_changed_writes_nothing_and_adds_no_undo_step(qtbot, window):
    window.tabs.setCurrentWidget(window.participants_tab)
    person = Participant.get(Participant.first_name == "Mila")
    window.participants_tab.select(person.id)
    steps = window.history.stack.count()
    window.participants_tab.edit_selected()
    dialog = window.participants_tab.dialog
    save = dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Save)
    qtbot.mouseClick(save, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()  # closed, as a save closes it
    assert window.history.stack.count() == steps and not window.undo_action.isEnabled()
    meeting = Meeting.select().join(Pairing).where(Pairing.status == "active").get()
    window.show_meeting(meeting.pairing_id, meeting.id)
    form = window.journal_tab.dialog
    qtbot.waitUntil(lambda: form is not None and form.isVisible())
    form.save()
    assert not form.isVisible() and window.history.stack.count() == steps
    window.participants_tab.select(person.id)  # and a change is still a step
    window.participants_tab.edit_selected()
    dialog = window.participants_tab.dialog
    type_text(qtbot, dialog.job_title, " en meer")
    qtbot.mouseClick(
        dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Save),
        Qt.MouseButton.LeftButton,
    )
    assert window.history.stack.count() == steps + 1


def test_edit_participant_undo_and_redo(qtbot, window):
    window.tabs.setCurrentWidget(window.participants_tab)
    person = Participant.get(Participant.first_name == "Mila")
    window.participants_tab.select(person.id)
    window.participants_tab.edit_selected()
    dialog = window.participants_tab.dialog
    dialog.job_title.clear()
    type_text(qtbot, dialog.job_title, "Trendwatcher")
    qtbot.mouseClick(
        dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Save),
        Qt.MouseButton.LeftButton,
    )
    assert Participant.get_by_id(person.id).job_title == "Trendwatcher"
    assert window.undo_action.text() == "Undo edit Mila Özdemir"
    window.undo_action.trigger()
    assert Participant.get_by_id(person.id).job_title == person.job_title
    window.redo_action.trigger()
    assert Participant.get_by_id(person.id).job_title == "Trendwatcher"


def test_status_change_and_completion_are_undone(qtbot, window, monkeypatch):
    window.tabs.setCurrentWidget(window.pairings_tab)
    pairing = Pairing.get(Pairing.status == "active")
    window.pairings_tab.select(pairing.id)
    qtbot.mouseClick(window.pairings_tab.pause_button, Qt.MouseButton.LeftButton)
    assert Pairing.get_by_id(pairing.id).status == "paused"
    assert window.undo_action.text().startswith("Undo pause the pairing of")
    window.undo_action.trigger()
    assert Pairing.get_by_id(pairing.id).status == "active"
    evaluations = Evaluation.select().where(Evaluation.pairing == pairing).count()
    window.pairings_tab.select(pairing.id)
    window.pairings_tab.complete()
    closing = window.pairings_tab.dialog
    closing.skip.setChecked(True)
    type_text(qtbot, closing.skip_reason, "Beiden vertrokken")
    closing.save()
    assert Pairing.get_by_id(pairing.id).status == "completed"
    window.undo_action.trigger()
    undone = Pairing.get_by_id(pairing.id)
    assert undone.status == "active" and undone.evaluation_skip_reason == ""
    assert Evaluation.select().where(Evaluation.pairing == pairing).count() == evaluations


def test_erasure_clears_the_history(window, monkeypatch):
    from rmentor.models.programme import privacy

    window.tabs.setCurrentWidget(window.participants_tab)
    pairing = Pairing.get(Pairing.status == "active")
    window.tabs.setCurrentWidget(window.pairings_tab)
    window.pairings_tab.select(pairing.id)
    window.pairings_tab.pause_button.click()
    assert window.undo_action.isEnabled()
    monkeypatch.setattr(QMessageBox, "warning", lambda *a, **k: QMessageBox.StandardButton.Yes)
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.No)
    window.tabs.setCurrentWidget(window.participants_tab)
    window.participants_tab.select(pairing.mentor_id)
    window.participants_tab.erase_selected()
    assert Participant.get_by_id(pairing.mentor_id).first_name == privacy.ERASED_FIRST
    assert not window.undo_action.isEnabled()
    log = db.execute_sql("SELECT group_concat(statement, ' ') FROM temp.undo_log").fetchone()[0]
    assert not log


def test_every_button_action_is_a_move_the_lifecycle_allows():
    for name, (sources, target) in pairings.PAIRING_ACTIONS.items():
        for source in sources:
            assert target is None or target in TRANSITIONS[source], (name, source)
    assert pairings.available_actions("proposed") == {"activate", "end_early"}
    assert pairings.available_actions("ended_early") == {"reopen", "rematch"}


OPERATIONS = st.lists(
    st.sampled_from(["meeting", "delete", "status", "evaluation", "person", "deactivate"]),
    min_size=1,
    max_size=6,
)


@settings(
    max_examples=15, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(operations=OPERATIONS)
def test_undoing_every_step_gives_the_file_back_exactly(tmp_path_factory, operations):
    path = tmp_path_factory.mktemp("undo") / "p.sqlite"
    datafile.open_file(path)
    programme = demo.write_small_demo()
    undo_log.start()
    states, steps = [dump()], []
    for i, operation in enumerate(operations):
        mark = undo_log.mark()
        active = Pairing.select().where(Pairing.status == "active").order_by(Pairing.id)
        pairing = active[i % active.count()]
        if operation == "meeting":
            journal.save_meeting(
                pairing,
                journal.MeetingInput(
                    date=dt.date.today(),
                    duration_minutes=45,
                    themes=["consumer", f"Thema {i}"],
                    summary="Samen naar de winkel",
                    confidential_note="geheim",
                    outcomes=[journal.OutcomeInput("action", "Bellen", owner="Sem")],
                ),
            )
        elif operation == "delete":
            journal.delete_meeting(Meeting.select().order_by(Meeting.id.desc()).first())
        elif operation == "status":
            pairings.set_status(pairing, "paused")
        elif operation == "evaluation":
            journal.save_evaluation(
                pairing,
                side="mentee",
                moment="midway",
                ratings=dict.fromkeys(("useful", "learned", "recommend"), 4),
            )
        elif operation == "person":
            participants.save_participant(
                programme=programme,
                first_name="Nieuw",
                last_name=f"Mens {i}",
                email=f"nieuw{i}@x.nl",
                role="mentor",
                themes=["innovation"],
            )
        else:
            participants.set_active([pairing.mentee], False)
        steps.append(undo_log.Step(undo_log.take(mark)))
        states.append(dump())
    for step, state in zip(reversed(steps), reversed(states[:-1]), strict=True):
        step.undo_now()
        assert dump() == state
    for step, state in zip(steps, states[1:], strict=True):
        step.redo_now()
        assert dump() == state
    assert integrity.integrity_problems() == []
    datafile.close_file()
    con = sqlite3.connect(path)
    assert con.execute("SELECT name FROM sqlite_master WHERE name LIKE 'undo%'").fetchall() == []
    con.close()


def test_undo_and_redo_start_with_a_capital_in_dutch(qtbot, demo_window_in):
    from rmentor.ui.tables.outcome_table_model import COL_STATUS

    window = demo_window_in("nl")
    tab = window.follow_up_tab
    window.tabs.setCurrentWidget(tab)
    assert tab.model.set_for_rows([0, 1], COL_STATUS, "dropped")
    assert window.undo_action.text() == "Status van 2 punten naar vervallen ongedaan maken"
    window.undo_action.trigger()
    assert window.redo_action.text() == "Status van 2 punten naar vervallen opnieuw doen"


def test_deleting_a_meeting_keeps_the_search_it_was_found_with(qtbot, window, monkeypatch):
    tab = window.journal_tab
    window.tabs.setCurrentWidget(tab)
    qtbot.waitUntil(lambda: not tab.loading())
    meeting = Meeting.select().where(Meeting.summary != "").order_by(Meeting.id).first()
    word = max(meeting.summary.split(), key=len)
    tab.search.setText(word)
    qtbot.waitUntil(lambda: tab.model.row_of(meeting.id) is not None)
    shown = tab.model.rowCount()
    assert shown < Meeting.select().count()
    tab.select(meeting.id)
    answer_yes(monkeypatch)
    qtbot.mouseClick(tab.delete_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not tab.loading())
    assert Meeting.get_or_none(Meeting.id == meeting.id) is None
    assert tab.search.text() == word  # the search the coordinator typed stays
    assert tab.model.rowCount() == shown - 1
