"""The pairings tab driven as a coordinator would."""

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox

from rmentor.models.programme.entities import Pairing
from rmentor.models.programme.entities import Participant
from rmentor.models.text.vocabulary import EVALUATION_QUESTIONS
from rmentor.ui.dialogs.suggestion_dialog import SuggestionDialog
from rmentor.ui.tables.pairing_table_model import COL_MENTEE
from rmentor.ui.tables.pairing_table_model import COL_MENTOR
from rmentor.ui.tables.pairing_table_model import COL_STATUS
from rmentor.ui.widgets.check_list import KEY_ROLE
from tests.window.keyboard import type_text
from tests.window.mnemonics import plain


@pytest.fixture
def window(demo_window):
    demo_window.tabs.setCurrentWidget(demo_window.pairings_tab)
    return demo_window


def click(qtbot, button):
    assert button.isEnabled(), button.text()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def click_ok(qtbot, dialog, which=QDialogButtonBox.StandardButton.Ok):
    click(qtbot, dialog.findChild(QDialogButtonBox).button(which))


def table(tab):
    m = tab.model
    return [
        (
            m.data(m.index(r, COL_MENTOR)),
            m.data(m.index(r, COL_MENTEE)),
            m.data(m.index(r, COL_STATUS)),
        )
        for r in range(m.rowCount())
    ]


def pick(qtbot, picker, text):
    picker.lineEdit().clear()
    type_text(qtbot, picker.lineEdit(), text)
    picker.setCurrentIndex(picker.findText(text, Qt.MatchFlag.MatchStartsWith))


def test_reporting_line_refused_then_overridden(qtbot, window):
    tab = window.pairings_tab
    click(qtbot, tab.new_button)
    dialog = tab.dialog
    pick(qtbot, dialog.mentor, "Sem de Graaf")
    pick(qtbot, dialog.mentee, "Hanneke Brouwer")
    assert "same reporting line" in dialog.concerns.text()
    assert dialog.override.isEnabled()
    click_ok(qtbot, dialog, QDialogButtonBox.StandardButton.Save)
    assert dialog.isVisible()
    assert "Give a reason to pair them anyway" in dialog.errors.text("override_reason")
    assert not Pairing.select().where(Pairing.override_reason != "").exists()
    assert Pairing.select().count() == 10

    type_text(qtbot, dialog.override, "Different sites; agreed with Hanneke and HR")
    click_ok(qtbot, dialog, QDialogButtonBox.StandardButton.Save)
    assert not dialog.isVisible()
    pairing = Pairing.select().order_by(Pairing.id.desc()).get()
    assert (pairing.mentor.first_name, pairing.mentee.first_name, pairing.status) == (
        "Sem",
        "Hanneke",
        "proposed",
    )
    assert pairing.override_reason == "Different sites; agreed with Hanneke and HR"
    assert ("Sem de Graaf", "Hanneke Brouwer", "proposed") in table(tab)
    assert tab.current().id == pairing.id
    assert "Different sites; agreed with Hanneke and HR" in tab.details.toPlainText()


def test_manual_pairing_shows_soft_concerns(qtbot, window):
    tab = window.pairings_tab
    tab.new_pairing()
    dialog = tab.dialog
    pick(qtbot, dialog.mentor, "Sanne Kok")
    pick(qtbot, dialog.mentee, "Inès Lefèvre")  # same department, reporting line
    text = dialog.concerns.text()
    assert "Both work in Klantenservice" in text and "reporting line" in text


def test_suggestions_accept_two_reject_one(qtbot, window):
    tab = window.pairings_tab
    click(qtbot, tab.suggest_button)
    dialog = tab.dialog
    assert isinstance(dialog, SuggestionDialog)
    assert dialog.table.rowCount() == 3
    assert "both: Innovation by cross-pollination, AI-tools" in dialog.table.item(0, 4).text()
    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    assert not ok.isEnabled()
    dialog.set_accepted(0, True)
    dialog.set_accepted(2, True)
    assert plain(ok.text()) == "Create 2 pairings"
    chosen = [(s.mentor.full_name, s.mentee.full_name, s.score) for s in dialog.chosen()]
    click(qtbot, ok)
    assert not dialog.isVisible()
    created = [
        (p.mentor.full_name, p.mentee.full_name, p.match_score)
        for p in Pairing.select().where(Pairing.match_score.is_null(False)).order_by(Pairing.id)
    ]
    assert created == chosen
    for mentor, mentee, _score in chosen:
        assert (mentor, mentee, "proposed") in table(tab)
    rejected = dialog.draft.suggestions[1]
    assert (
        not Pairing.select()
        .where((Pairing.mentor == rejected.mentor) & (Pairing.mentee == rejected.mentee))
        .exists()
    )


def test_weights_and_mode_recompute(qtbot, window):
    window.pairings_tab.suggest()
    dialog = window.pairings_tab.dialog
    before = [s.score for s in dialog.draft.suggestions]
    dialog.weights["location"].setValue(100)
    after = [s.score for s in dialog.draft.suggestions]
    assert before != after
    dialog.most.setChecked(True)
    assert dialog.table.rowCount() == len(dialog.draft.suggestions) >= 3


def _select(qtbot, tab, mentor_first):
    pairing = (
        Pairing.select()
        .join(Participant, on=(Pairing.mentor == Participant.id))
        .where(Participant.first_name == mentor_first)
        .get()
    )
    tab.select(pairing.id)
    return pairing


def _status_in_table(tab, pairing_id):
    return tab.model.data(tab.model.index(tab.model.row_of(pairing_id), COL_STATUS))


def test_lifecycle_proposed_to_completed(qtbot, window):
    tab = window.pairings_tab
    pairing = _select(qtbot, tab, "Sanne")
    assert _status_in_table(tab, pairing.id) == "proposed"
    assert not tab.complete_button.isEnabled()
    for button, expected in (
        (tab.activate_button, "active"),
        (tab.pause_button, "paused"),
        (tab.resume_button, "active"),
    ):
        click(qtbot, button)
        assert _status_in_table(tab, pairing.id) == expected
        assert Pairing.get_by_id(pairing.id).status == expected
    # completing asks for the closing evaluations of both sides
    click(qtbot, tab.complete_button)
    dialog = tab.dialog
    click_ok(qtbot, dialog)
    assert dialog.isVisible()
    assert dialog.errors.text("mentor_useful") == "Enter a whole number from 1 to 5."
    assert Pairing.get_by_id(pairing.id).status == "active"
    for side, scores in (("mentor", (4, 5, 5)), ("mentee", (3, 4, 5))):
        for key, score in zip(EVALUATION_QUESTIONS, scores, strict=True):
            dialog.boxes[side].ratings[key].setValue(score)
    type_text(qtbot, dialog.boxes["mentee"].comment, "Leerzaam")
    click_ok(qtbot, dialog)
    assert not dialog.isVisible()
    assert _status_in_table(tab, pairing.id) == "completed"
    closing = {
        e.side: (e.useful, e.learned, e.recommend, e.comment)
        for e in Pairing.get_by_id(pairing.id).evaluations
    }
    assert closing == {"mentor": (4, 5, 5, ""), "mentee": (3, 4, 5, "Leerzaam")}
    assert tab.reopen_button.isEnabled() and not tab.pause_button.isEnabled()


def test_complete_with_skipped_evaluations(qtbot, window):
    tab = window.pairings_tab
    pairing = _select(qtbot, tab, "Bram")
    click(qtbot, tab.complete_button)
    dialog = tab.dialog
    dialog.skip.setChecked(True)
    click_ok(qtbot, dialog)
    assert dialog.errors.text("evaluation_skip_reason") == "This field is required."
    type_text(qtbot, dialog.skip_reason, "Mentee met langdurig verlof")
    click_ok(qtbot, dialog)
    stored = Pairing.get_by_id(pairing.id)
    assert (stored.status, stored.evaluation_skip_reason) == (
        "completed",
        "Mentee met langdurig verlof",
    )


def test_end_early_needs_a_reason(qtbot, window):
    tab = window.pairings_tab
    pairing = _select(qtbot, tab, "Luuk")
    click(qtbot, tab.end_button)
    dialog = tab.dialog
    click_ok(qtbot, dialog)
    assert dialog.isVisible() and dialog.errors.text("end_reason") == "This field is required."
    dialog.reason.setCurrentIndex(dialog.reason.findData("fit"))
    type_text(qtbot, dialog.note, "Te weinig klik na drie gesprekken")
    click_ok(qtbot, dialog)
    assert not dialog.isVisible()
    stored = Pairing.get_by_id(pairing.id)
    assert (stored.status, stored.end_reason, stored.end_note) == (
        "ended_early",
        "fit",
        "Te weinig klik na drie gesprekken",
    )
    assert _status_in_table(tab, pairing.id) == "ended early"
    assert "fit: Te weinig klik na drie gesprekken" in tab.details.toPlainText()
    # the mentee can be given a new partner, never the earlier one
    click(qtbot, tab.rematch_button)
    names = [tab.dialog.table.item(r, 0).text() for r in range(tab.dialog.table.rowCount())]
    assert names and not any(n.startswith("Luuk") for n in names)


def test_details_show_earlier_partners(qtbot, window):
    tab = window.pairings_tab
    _select(qtbot, tab, "Mila")
    text = tab.details.toPlainText()
    assert "Earlier partners of Mila Özdemir" in text


def test_pairing_model_passes_qtmodeltester(qtmodeltester, window):
    qtmodeltester.check(window.pairings_tab.model)


def test_accept_plan_creates_and_starts_the_ticked_pairings_as_one_step(qtbot, window):
    tab = window.pairings_tab
    click(qtbot, tab.suggest_button)
    dialog = tab.dialog
    assert not dialog.plan_button.isEnabled()
    dialog.set_accepted(0, True)
    dialog.set_accepted(2, True)
    chosen = [(s.mentor.id, s.mentee.id) for s in dialog.chosen()]
    click(qtbot, dialog.plan_button)
    assert not dialog.isVisible()
    programme = window.programme
    for mentor, mentee in chosen:
        pairing = Pairing.get((Pairing.mentor == mentor) & (Pairing.mentee == mentee))
        assert pairing.status == "active"
        assert pairing.start_date >= programme.start_date
        assert pairing.planned_end_date == programme.end_date
    # named for what it did: they are active now, not "suggested" (proposed)
    assert window.undo_action.text() == "Undo make and activate 2 pairings from the suggestions"
    window.undo_action.trigger()  # the whole plan is one step
    for mentor, mentee in chosen:
        assert (
            not Pairing.select()
            .where((Pairing.mentor == mentor) & (Pairing.mentee == mentee))
            .exists()
        )


def test_a_plan_stopped_half_way_makes_no_pairing_and_keeps_the_suggestions(
    qtbot, window, messages, press_stop_at
):
    """Stop pressed once the first pairing is made: none is kept, it is said, and the
    suggestions stay ticked as they were."""
    press_stop_at(1)
    before = Pairing.select().count()
    click(qtbot, window.pairings_tab.suggest_button)
    dialog = window.pairings_tab.dialog
    for row in range(3):
        dialog.set_accepted(row, True)
    click(qtbot, dialog.plan_button)
    assert messages == [
        ("warning", "Not saved", "Stopped: no pairing was made. The suggestions are still here.")
    ]
    assert dialog.isVisible() and len(dialog.chosen()) == 3
    assert Pairing.select().count() == before
    assert not window.undo_action.isEnabled()


def test_tab_leaves_the_lists_to_choose_from(qtbot, window, tmp_path):
    from rmentor.ui.dialogs.restore_dialog import RestoreDialog

    click(qtbot, window.pairings_tab.suggest_button)
    suggestions = window.pairings_tab.dialog
    restore = RestoreDialog(window.path, window)
    qtbot.addWidget(restore)
    # Tab goes on to the buttons, not to the next cell (as in the tabs' tables)
    assert not suggestions.table.tabKeyNavigation()
    assert not restore.table.tabKeyNavigation()


def test_several_pairings_completed_in_one_step_with_one_question(qtbot, window):
    from rmentor.ui.tables.table_view import select_row

    tab = window.pairings_tab
    window.tabs.setCurrentWidget(tab)
    running = [p.id for p in Pairing.select().where(Pairing.status.in_(("active", "paused")))]
    assert len(running) >= 3
    chosen = running[:3]
    before = [Pairing.get_by_id(pid).status for pid in chosen]
    for n, pid in enumerate(chosen):
        select_row(tab.view, tab.model.row_of(pid), add=n > 0)
    assert tab.complete_button.isEnabled()
    click(qtbot, tab.complete_button)
    dialog = tab.dialog
    assert dialog.windowTitle() == "Complete 3 pairings"
    [complete] = [
        b for b in dialog.findChild(QDialogButtonBox).buttons() if plain(b.text()) == "Complete"
    ]
    dialog.skip.setChecked(True)
    click(qtbot, complete)
    assert dialog.isVisible() and dialog.errors.text("evaluation_skip_reason")
    type_text(qtbot, dialog.reason, "Programma vervroegd afgesloten")
    click(qtbot, complete)
    stored = [Pairing.get_by_id(pid) for pid in chosen]
    assert [(p.status, p.evaluation_skip_reason) for p in stored] == [
        ("completed", "Programma vervroegd afgesloten")
    ] * 3
    assert window.undo_action.text() == "Undo complete 3 pairings"
    window.undo_action.trigger()  # one step brings all three back
    assert [Pairing.get_by_id(pid).status for pid in chosen] == before


def test_a_meeting_is_logged_from_the_pairings_right_click_menu(qtbot, window):
    from rmentor.models.programme.entities import Meeting
    from tests.window.mnemonics import letter
    from tests.window.test_desktop import context_menu

    tab = window.pairings_tab
    window.tabs.setCurrentWidget(tab)
    pairing = Pairing.get(Pairing.status == "active")
    tab.select(pairing.id)
    menu = context_menu(tab.view, None)  # the Menu key: the row's menu, at the row
    letters = [letter(a.text()) for a in menu.actions() if a.text()]
    assert len(letters) == len(set(letters)) and None not in letters  # one key each
    [log] = [a for a in menu.actions() if plain(a.text()) == "Log a meeting…"]
    assert log.isEnabled()
    before = Meeting.select().where(Meeting.pairing == pairing).count()
    menu.close()
    log.trigger()
    form = tab.dialog
    qtbot.waitUntil(form.isVisible)
    assert form.pairing.id == pairing.id
    type_text(qtbot, form.summary, "Samen de app van een klant doorgelopen.")
    qtbot.keyClick(form.summary, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: not form.isVisible())
    assert Meeting.select().where(Meeting.pairing == pairing).count() == before + 1


def test_counts_of_many_pairings_carry_the_thousands_separator(window):
    from collections import namedtuple

    from PySide6.QtCore import QLocale

    Row = namedtuple("Row", "status")
    before = QLocale()
    QLocale.setDefault(QLocale(QLocale.Language.Dutch, QLocale.Country.Netherlands))
    try:
        html = window.pairings_tab.details.many_html([Row("active")] * 1770)
    finally:
        QLocale.setDefault(before)
    assert ": 1.770" in html and "1770" not in html


def test_suggestions_are_worked_out_off_the_window_and_a_failure_said(
    qtbot, window, monkeypatch, messages
):
    import threading

    from rmentor.models.programme import matching

    real, threads = matching.suggest, []

    def noted(*args):
        threads.append(threading.current_thread() is threading.main_thread())
        return real(*args)

    monkeypatch.setattr(matching, "suggest", noted)
    window.pairings_tab.suggest()
    dialog = window.pairings_tab.dialog
    assert threads == [False] and dialog.table.rowCount() == 3
    dialog.reject()

    def broken(*args):
        raise RuntimeError("a secret detail")

    monkeypatch.setattr(matching, "suggest", broken)
    window.pairings_tab.suggest()
    dialog = window.pairings_tab.dialog
    assert messages == [
        ("warning", "No suggestions", "The suggestions could not be worked out (RuntimeError).")
    ]
    assert dialog.table.rowCount() == 0
    assert not dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).isEnabled()


def test_someone_left_unpaired_without_a_department_shows_no_empty_brackets(qtbot, window):
    from rmentor.models.programme.participants import save_participant

    save_participant(
        programme=window.programme,
        first_name="Jan",
        last_name="Zonderafdeling",
        email="jan@example.nl",
        role="mentor",
        languages="",
    )
    tab = window.pairings_tab
    click(qtbot, tab.suggest_button)
    dialog = tab.dialog
    lines = [dialog.unpaired.item(i).text() for i in range(dialog.unpaired.count())]
    assert "Jan Zonderafdeling: no language recorded" in lines
    assert not any("()" in line for line in lines)
    dialog.reject()


def test_suggestion_rows_leave_room_above_the_dots_of_a_capital(qtbot, window):
    """Two lines a cell (name, department): rows as tall as their text hid the dots of Ö
    under the grid line above."""
    tab = window.pairings_tab
    click(qtbot, tab.suggest_button)
    dialog = tab.dialog
    qtbot.waitExposed(dialog)
    table = dialog.table
    spacing = table.fontMetrics().lineSpacing()
    for r in range(table.rowCount()):
        cells = [table.item(r, c) for c in range(table.columnCount())]
        lines = max(item.text().count("\n") + 1 for item in cells if item is not None)
        assert table.rowHeight(r) >= lines * spacing + 5, r
    dialog.reject()


def test_a_new_pairing_starts_with_nobody_picked_and_nothing_said(qtbot, window):
    tab = window.pairings_tab
    tab.new_pairing()
    dialog = tab.dialog
    assert dialog.mentor.currentText() == "" and dialog.mentee.currentText() == ""
    assert "what the rules say of the pair shows here" in dialog.concerns.text()
    assert "✖" not in dialog.concerns.text() and "⚠" not in dialog.concerns.text()
    pick(qtbot, dialog.mentor, "Sanne Kok")
    pick(qtbot, dialog.mentee, "Inès Lefèvre")
    assert "reporting line" in dialog.concerns.text()
    dialog.reject()


def test_the_fields_below_the_concerns_stay_put_once_a_pair_is_picked(qtbot, window):
    tab = window.pairings_tab
    tab.new_pairing()
    dialog = tab.dialog
    qtbot.waitExposed(dialog)
    before = dialog.override.mapTo(dialog, dialog.override.rect().topLeft())
    pick(qtbot, dialog.mentor, "Sanne Kok")
    pick(qtbot, dialog.mentee, "Inès Lefèvre")  # two concerns
    assert "reporting line" in dialog.concerns.text()
    qtbot.wait(10)
    assert dialog.override.mapTo(dialog, dialog.override.rect().topLeft()) == before
    dialog.reject()


def test_the_details_say_what_to_do_when_no_pairing_is_picked(qtbot, window):
    from rmentor.models.programme import programmes

    tab = window.pairings_tab
    qtbot.waitUntil(lambda: tab.model.total() > 0)
    tab.view.selectionModel().clear()
    assert "Pick a pairing to see how it was made" in tab.details.toPlainText()
    empty = programmes.create_with_defaults("Second round")
    window.reload_programmes(empty.id)
    assert window.programme == empty
    qtbot.waitUntil(lambda: "No pairings yet" in tab.details.toPlainText())
    assert "Suggest pairings… proposes pairs" in tab.details.toPlainText()


def test_a_pairing_past_its_next_meeting_in_the_weeks_grace_says_so(qtbot, window):
    """The next meeting's day gone by stood there with nothing beside it: it is said to be
    due in the week's grace, and overdue after it."""
    import datetime as dt

    from rmentor.models.programme.entities import Meeting
    from rmentor.ui.common.labels import format_date
    from rmentor.ui.tables.pairing_table_model import COL_OVERDUE

    tab = window.pairings_tab
    pairing = Pairing.select().where(Pairing.status == "active").first()
    weeks = pairing.cadence_weeks or pairing.programme.cadence_weeks
    said = {}
    for late_by in (2, 9):
        met = dt.date.today() - dt.timedelta(weeks=weeks, days=late_by)
        Meeting.update(date=met).where(Meeting.pairing == pairing).execute()
        tab.reload()
        qtbot.waitUntil(lambda: not tab.loading())
        model = tab.model
        cell = model.index(model.row_of(pairing.id), COL_OVERDUE)
        said[late_by] = (model.data(cell), model.data(cell, Qt.ItemDataRole.ToolTipRole))
    due = dt.date.today() - dt.timedelta(days=2)
    assert said == {
        2: (
            "due",
            f"Due since {format_date(due)}; overdue after a week's grace, from "
            f"{format_date(due + dt.timedelta(days=8))}.",
        ),
        9: ("⚠ overdue", "⚠ overdue"),
    }


def test_another_mentee_keeps_the_themes_ticked_and_clears_what_was_said_of_the_first(
    qtbot, window
):
    tab = window.pairings_tab
    tab.new_pairing()
    dialog = tab.dialog
    pick(qtbot, dialog.mentor, "Sem de Graaf")
    pick(qtbot, dialog.mentee, "Hanneke Brouwer")
    ticked = dialog.themes.list.item(1).data(KEY_ROLE)
    assert ticked not in dialog.themes.checked_keys()
    dialog.themes.set_checked(ticked)  # as a click on its box does
    click_ok(qtbot, dialog, QDialogButtonBox.StandardButton.Save)
    assert "Give a reason to pair them anyway" in dialog.errors.text("override_reason")
    pick(qtbot, dialog.mentee, "Frank Visser")
    assert dialog.errors.text("override_reason") == ""
    assert ticked in dialog.themes.checked_keys()
    dialog.reject()


def test_the_lists_of_names_leave_room_for_the_dots_on_capitals(qtbot, window):
    from PySide6.QtWidgets import QStyleOptionViewItem

    from rmentor.ui.widgets.person_picker import ROOM

    tab = window.pairings_tab
    tab.new_pairing()
    picker = tab.dialog.mentor
    for view in (picker.view(), picker.completer().popup()):
        option = QStyleOptionViewItem()
        option.initFrom(view)
        height = view.itemDelegate().sizeHint(option, picker.model().index(0, 0)).height()
        assert height >= view.fontMetrics().height() + ROOM
    tab.dialog.reject()


def test_themes_shared_by_the_pair_follow_the_pick_and_hand_ticks_stay(qtbot, window):
    from rmentor.models.programme import participants

    tab = window.pairings_tab
    tab.new_pairing()
    dialog = tab.dialog
    pick(qtbot, dialog.mentor, "Sem de Graaf")
    pick(qtbot, dialog.mentee, "Hanneke Brouwer")
    sem, hanneke = (Participant.get(Participant.first_name == n) for n in ("Sem", "Hanneke"))
    first = {t.key for t in participants.themes_of(sem)} & {
        t.key for t in participants.themes_of(hanneke)
    }
    assert set(dialog.themes.checked_keys()) == first
    keys = [dialog.themes.list.item(i).data(KEY_ROLE) for i in range(dialog.themes.list.count())]
    mine = next(k for k in keys if k not in first)
    dialog.themes.set_checked(mine)  # by hand
    pick(qtbot, dialog.mentee, "Frank Visser")
    frank = Participant.get(Participant.first_name == "Frank")
    second = {t.key for t in participants.themes_of(sem)} & {
        t.key for t in participants.themes_of(frank)
    }
    assert set(dialog.themes.checked_keys()) == second | {mine}


def test_a_pairing_begun_asks_before_escape_throws_it_away(qtbot, window, monkeypatch):
    from PySide6.QtWidgets import QMessageBox

    tab = window.pairings_tab
    tab.new_pairing()
    dialog = tab.dialog
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)  # nothing picked: closes at once
    assert not dialog.isVisible()
    tab.new_pairing()
    dialog = tab.dialog
    pick(qtbot, dialog.mentor, "Sem de Graaf")
    asked = []
    monkeypatch.setattr(
        QMessageBox,
        "question",
        lambda _p, _t, text, *a: asked.append(text) or QMessageBox.StandardButton.Cancel,
    )
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert dialog.isVisible() and asked == ["You started a pairing here. Close without saving it?"]
