"""The journal, the follow-up and the attention list, driven as a coordinator would."""

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox

from rmentor.models.programme.entities import Evaluation
from rmentor.models.programme.entities import Meeting
from rmentor.models.programme.entities import OutcomeItem
from rmentor.models.programme.entities import Pairing
from rmentor.models.programme.entities import Participant
from rmentor.ui.dialogs.meeting_dialog import COL_DUE
from rmentor.ui.dialogs.meeting_dialog import COL_KIND
from rmentor.ui.dialogs.meeting_dialog import COL_TEXT
from rmentor.ui.dialogs.meeting_dialog import COL_THEME
from rmentor.ui.tables.journal_table_model import COL_DURATION
from rmentor.ui.tables.journal_table_model import COL_HELD
from rmentor.ui.tables.journal_table_model import COL_OUTCOMES
from rmentor.ui.tables.journal_table_model import COL_SUMMARY
from rmentor.ui.tables.outcome_table_model import COL_STATUS
from rmentor.ui.tables.outcome_table_model import COL_TEXT as OUTCOME_TEXT
from rmentor.ui.tabs import table_tab
from tests.window.keyboard import type_text

TODAY = dt.date.today()


@pytest.fixture
def window(demo_window):
    return demo_window


def pairing_of(mentor_first):
    return (
        Pairing.select()
        .join(Participant, on=(Pairing.mentor == Participant.id))
        .where(Participant.first_name == mentor_first)
        .get()
    )


def save(qtbot, dialog):
    qtbot.mouseClick(
        dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Save),
        Qt.MouseButton.LeftButton,
    )


def open_journal(window, pairing):
    window.tabs.setCurrentWidget(window.pairings_tab)
    window.pairings_tab.select(pairing.id)
    window.pairings_tab.journal_button.click()
    assert window.tabs.currentWidget() is window.journal_tab
    return window.journal_tab


def attention_texts(window):
    window.tabs.setCurrentWidget(window.overview_tab)
    lst = window.overview_tab.list
    return [lst.item(i).text() for i in range(lst.count())]


def test_log_meeting_with_two_outcomes_updates_the_figures(qtbot, window):
    pairing = pairing_of("Daan")  # overdue: last met months ago
    assert any(
        t.startswith("Daan Bakker and Marieke Jansen have not met for")
        for t in attention_texts(window)
    )
    journal = open_journal(window, pairing)
    assert journal.pairing_picker.currentData() == pairing.id
    rows_before = journal.model.rowCount()
    assert "overdue" in journal.figures_label.text()
    qtbot.mouseClick(journal.log_button, Qt.MouseButton.LeftButton)
    dialog = journal.dialog
    dialog.duration.setValue(75)
    type_text(qtbot, dialog.summary, "Samen de app van een concurrent uitgeprobeerd.")
    type_text(qtbot, dialog.confidential, "Vertelde over thuissituatie")
    dialog.add_outcome_button.click()
    type_text(qtbot, dialog.outcome_widget(0, COL_TEXT), "Klanten willen chatten")
    dialog.add_outcome_button.click()
    kind = dialog.outcome_widget(1, COL_KIND)
    kind.setCurrentIndex(kind.findData("action"))
    type_text(qtbot, dialog.outcome_widget(1, COL_TEXT), "Demo chatfunctie plannen")
    theme = dialog.outcome_widget(1, COL_THEME)
    theme.setCurrentIndex(theme.findData("innovation"))
    dialog.outcome_widget(1, COL_DUE).setDate(dialog.date.date().addDays(14))
    save(qtbot, dialog)
    assert not dialog.isVisible()

    meeting = Meeting.select().order_by(Meeting.id.desc()).get()
    assert (meeting.date, meeting.duration_minutes, meeting.held) == (TODAY, 75, True)
    assert meeting.confidential_note == "Vertelde over thuissituatie"
    assert sorted((o.kind, o.text) for o in meeting.outcomes) == [
        ("action", "Demo chatfunctie plannen"),
        ("insight", "Klanten willen chatten"),
    ]
    assert journal.model.rowCount() == rows_before + 1
    top = journal.model.index(0, 0)
    assert journal.model.data(top.siblingAtColumn(COL_SUMMARY)) == (
        "Samen de app van een concurrent uitgeprobeerd."
    )
    assert journal.model.data(top.siblingAtColumn(COL_OUTCOMES)) == "2"
    figures = journal.figures_label.text()
    assert "Meetings held: 4" in figures and "overdue" not in figures
    # the pairings tab shows the new figures, and the attention line is gone
    window.tabs.setCurrentWidget(window.pairings_tab)
    row = window.pairings_tab.model.row_at(window.pairings_tab.model.row_of(pairing.id))
    assert (row.held, row.last_meeting, row.days_since, row.overdue) == (4, TODAY, 0, False)
    assert row.next_due == TODAY + dt.timedelta(weeks=3)
    assert not any(
        t.startswith("Daan Bakker and Marieke Jansen have not met") for t in attention_texts(window)
    )


def test_cancelled_meeting_counts_as_cancelled(qtbot, window):
    pairing = pairing_of("Luuk")
    journal = open_journal(window, pairing)
    held_before = Pairing.get_by_id(pairing.id).meetings.where(Meeting.held == True).count()
    journal.log_meeting()
    dialog = journal.dialog
    dialog.cancelled.setChecked(True)
    dialog.cancelled_by.setCurrentIndex(dialog.cancelled_by.findData("mentee"))
    save(qtbot, dialog)
    meeting = Meeting.select().order_by(Meeting.id.desc()).get()
    assert (meeting.held, meeting.cancelled_by) == (False, "mentee")
    assert Pairing.get_by_id(pairing.id).meetings.where(Meeting.held == True).count() == held_before
    top = journal.model.index(0, COL_HELD)
    assert journal.model.data(top) == "cancelled by mentee"
    assert journal.model.data(journal.model.index(0, COL_DURATION)) == ""  # it took no time
    assert f"Meetings held: {held_before}" in journal.figures_label.text()


def test_future_date_and_zero_duration_refused_with_input_kept(qtbot, window):
    journal = open_journal(window, pairing_of("Yara"))
    count = Meeting.select().count()
    journal.log_meeting()
    dialog = journal.dialog
    type_text(qtbot, dialog.summary, "Bewaar mij")
    dialog.date.setDate(dialog.date.date().addDays(2))
    save(qtbot, dialog)
    assert dialog.isVisible()
    assert dialog.errors.text("date") == "The meeting date cannot be in the future."
    dialog.date.setDate(dialog.date.date().addDays(-2))
    dialog.duration.setValue(0)
    save(qtbot, dialog)
    assert dialog.errors.text("duration_minutes") == "Enter a whole number from 1 to 600."
    assert dialog.summary.toPlainText() == "Bewaar mij" and dialog.duration.value() == 0
    assert Meeting.select().count() == count


def test_evaluation_entered_and_shown(qtbot, window):
    pairing = pairing_of("Bram")
    journal = open_journal(window, pairing)
    journal.evaluation_button.click()
    dialog = journal.dialog
    dialog.side.setCurrentIndex(dialog.side.findData("mentee"))
    dialog.moment.setCurrentIndex(dialog.moment.findData("midway"))
    for key, value in zip(("useful", "learned", "recommend"), (5, 4, 3), strict=True):
        dialog.box.ratings[key].setValue(value)
    # the demo's purposes ask the mentee their own questions midway, and only those
    assert dialog.box.asked == ["customers", "barriers", "tried", "joy"]
    assert dialog.box.rows["joy"].isVisibleTo(dialog) and not dialog.box.rows["heard"].isVisibleTo(
        dialog
    )
    dialog.box.ratings["joy"].setValue(5)
    save(qtbot, dialog)
    stored = Evaluation.get(
        (Evaluation.pairing == pairing.id)
        & (Evaluation.side == "mentee")
        & (Evaluation.moment == "midway")
    )
    assert (stored.side, stored.useful, stored.learned, stored.recommend) == ("mentee", 5, 4, 3)
    assert (stored.joy, stored.heard) == (5, None)  # heard is asked of mentors only
    # the purposes' own ratings too, each named with its question where the line is pointed at
    answered = ("useful", "learned", "recommend", "customers", "barriers", "tried", "joy")
    ratings = [getattr(stored, q) for q in answered]
    assert None not in ratings  # the other purposes' answers were given before, kept
    shown = " / ".join(map(str, ratings))
    assert f"mentee, midway: {shown}" in journal.figures_label.text()
    assert (
        "mentee, midway: The meetings were useful 5; I learned something new 4; I would "
        "recommend reverse mentoring 3; "
    ) in journal.figures_label.toolTip()
    assert "; This pairing brought back joy in my craft 5" in journal.figures_label.toolTip()


def test_follow_up_status_changed_in_place(qtbot, window):
    window.tabs.setCurrentWidget(window.follow_up_tab)
    tab = window.follow_up_tab
    tab.status_filter.setCurrentIndex(tab.status_filter.findData("open"))
    open_count = tab.model.rowCount()
    assert open_count == OutcomeItem.select().where(OutcomeItem.status == "open").count() > 0
    index = tab.model.index(0, COL_STATUS)
    item_id = tab.model.row_at(0).id
    tab.view.edit(index)
    editor = tab.view.focusWidget()
    editor.setCurrentIndex(editor.findData("done"))
    editor.activated.emit(editor.currentIndex())
    assert OutcomeItem.get_by_id(item_id).status == "done"
    tab.apply_filter()
    assert tab.model.rowCount() == open_count - 1
    tab.status_filter.setCurrentIndex(0)
    tab.overdue_only.setChecked(True)
    overdue = [tab.model.row_at(r) for r in range(tab.model.rowCount())]
    assert overdue and all(r.status == "open" and r.due_date < TODAY for r in overdue)


def test_attention_line_opens_its_item(qtbot, window):
    texts = attention_texts(window)
    lst = window.overview_tab.list
    action_row = next(i for i, t in enumerate(texts) if t.startswith("Action of"))
    lst.itemActivated.emit(lst.item(action_row))
    assert window.tabs.currentWidget() is window.follow_up_tab
    selected = window.follow_up_tab.view.selectionModel().selectedRows()
    text = window.follow_up_tab.model.data(selected[0].siblingAtColumn(OUTCOME_TEXT))
    assert text[:20] in texts[action_row]
    window.tabs.setCurrentWidget(window.overview_tab)
    unpaired = next(i for i, t in enumerate(texts) if "is not paired yet" in t)
    lst.itemActivated.emit(lst.item(unpaired))
    assert window.tabs.currentWidget() is window.participants_tab
    [row] = window.participants_tab.selected_rows()
    assert texts[unpaired].startswith(row.full_name)


def test_search_and_theme_filter(qtbot, window):
    window.tabs.setCurrentWidget(window.journal_tab)
    journal = window.journal_tab
    total = journal.model.rowCount()
    assert total == Meeting.select().count()
    qtbot.keyClicks(journal.search, "whatsapp")
    assert 0 < journal.model.rowCount() < total
    assert all(
        "WhatsApp" in journal.model.row_at(r).summary for r in range(journal.model.rowCount())
    )
    journal.search.clear()
    journal.theme_filter.setCurrentIndex(
        journal.theme_filter.findText("Innovation by cross-pollination")
    )
    shown = [journal.model.row_at(r) for r in range(journal.model.rowCount())]
    assert shown and len(shown) < total
    dates = [r.date for r in shown]
    assert dates == sorted(dates, reverse=True)  # newest first


def test_models_pass_qtmodeltester(qtmodeltester, window):
    window.tabs.setCurrentWidget(window.journal_tab)
    qtmodeltester.check(window.journal_tab.model)
    window.tabs.setCurrentWidget(window.follow_up_tab)
    qtmodeltester.check(window.follow_up_tab.model)


def test_an_outcome_counts_for_the_meetings_purpose_unless_told_otherwise(qtbot, window):
    journal = open_journal(window, pairing_of("Daan"))
    qtbot.mouseClick(journal.log_button, Qt.MouseButton.LeftButton)
    dialog = journal.dialog
    for key in dialog.themes.checked_keys():
        dialog.themes.set_checked(key, False)
    dialog.themes.set_checked("consumer")  # one purpose, and a theme of one's own
    dialog.themes.set_checked("AI-tools")
    dialog.add_outcome_button.click()
    assert dialog.outcome_widget(0, COL_THEME).currentData() == "consumer"
    dialog.themes.set_checked("innovation")  # two purposes: the coordinator chooses
    dialog.add_outcome_button.click()
    assert dialog.outcome_widget(1, COL_THEME).currentData() is None


def test_several_follow_up_items_change_together_in_one_step(qtbot, window):
    from PySide6.QtWidgets import QLabel

    from rmentor.ui.tables.outcome_table_model import COL_DUE as FOLLOW_DUE
    from tests.window.test_keyboard_walk import alt

    window.tabs.setCurrentWidget(window.follow_up_tab)
    tab = window.follow_up_tab
    tab.status_filter.setCurrentIndex(tab.status_filter.findData("open"))
    ids = [tab.model.row_at(r).id for r in range(3)]
    before = {i: (o.owner, o.due_date) for i in ids for o in [OutcomeItem.get_by_id(i)]}
    tab.view.setFocus()
    tab.view.selectRow(0)
    qtbot.keyClick(tab.view, Qt.Key.Key_Down, Qt.KeyboardModifier.ShiftModifier)
    qtbot.keyClick(tab.view, Qt.Key.Key_Down, Qt.KeyboardModifier.ShiftModifier)
    assert [r.id for r in tab.selected_rows()] == ids
    assert not tab.effect_button.isEnabled()  # an effect is one item's
    # the status of the three, from the Status button's menu
    [done] = [a for a in tab.status_menu.actions() if a.text() == "Done"]
    tab.model.prepare_search()  # a search typed before: its texts are kept up to date
    told = []
    tab.changed.connect(lambda: told.append(1))
    done.trigger()
    assert [OutcomeItem.get_by_id(i).status for i in ids] == ["done"] * 3
    assert window.undo_action.text() == "Undo status of 3 items to done"
    assert window.notice_line.text.text() == "Done: status of 3 items to done"
    assert told == [1]  # one change said, not one a row: the status line counts once
    # one owner for all, asked once in a small form that saves on its Alt letter
    qtbot.mouseClick(tab.owner_button, Qt.MouseButton.LeftButton)
    form = tab.dialog
    qtbot.waitUntil(form.isVisible)
    assert "&Owner of the 3 selected items" in [x.text() for x in form.findChildren(QLabel)]
    form.owner.selectAll()
    type_text(qtbot, form.owner, "Team marketing")
    form.activateWindow()
    qtbot.waitUntil(form.isActiveWindow)
    save = form.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Save)
    alt(qtbot, save)  # Alt+S saves; it types no letter into the owner
    qtbot.waitUntil(lambda: not form.isVisible())
    assert [OutcomeItem.get_by_id(i).owner for i in ids] == ["Team marketing"] * 3
    # one due date for all, typed in a small form
    qtbot.mouseClick(tab.due_button, Qt.MouseButton.LeftButton)
    form = tab.dialog
    qtbot.waitUntil(form.isVisible)
    due = TODAY + dt.timedelta(days=30)
    form.due.setDate(due)
    qtbot.mouseClick(
        form.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Save),
        Qt.MouseButton.LeftButton,
    )
    assert [OutcomeItem.get_by_id(i).due_date for i in ids] == [due] * 3
    assert tab.model.data(tab.model.index(0, FOLLOW_DUE)).endswith(str(due.year))
    # one undo takes back the three due dates, the next the three owners
    window.undo_action.trigger()
    window.undo_action.trigger()
    assert {i: (o.owner, o.due_date) for i in ids for o in [OutcomeItem.get_by_id(i)]} == before
    # Ctrl+A selects every row
    tab.view.setFocus()
    qtbot.keyClick(tab.view, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    assert len(tab.selected_rows()) == tab.model.rowCount() > 3


def test_a_theme_typed_but_not_added_is_saved_with_the_meeting(qtbot, window):
    from tests.window.test_desktop import open_meeting_form

    form = open_meeting_form(qtbot, window)
    type_text(qtbot, form.themes.entry, "Eigen testthema")  # typed, Add not pressed
    qtbot.keyClick(form.themes.entry, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: not form.isVisible())
    meeting = Meeting.select().order_by(Meeting.id.desc()).first()
    assert "Eigen testthema" in [link.theme.name for link in meeting.theme_links]


def test_the_due_date_form_opens_its_calendar_at_this_month_and_saves_on_ctrl_s(qtbot, window):
    from rmentor.ui.dialogs.bulk_dialogs import DueDateDialog

    chosen = []
    form = DueDateDialog(3, None, window)
    form.chosen.connect(chosen.append)
    form.show()
    calendar = form.due.calendarWidget()
    assert (calendar.yearShown(), calendar.monthShown()) == (TODAY.year, TODAY.month)
    form.activateWindow()
    qtbot.waitUntil(form.isActiveWindow)
    qtbot.keyClick(form.due, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert chosen == [None] and not form.isVisible()


# Big tables: read on a thread of their own


def test_a_big_journal_is_read_off_the_window_and_then_shown(window, qtbot, big_tables):
    tab = window.journal_tab
    window.tabs.setCurrentWidget(tab)
    assert tab.loading()  # set_programme returned while the rows are being read
    assert not tab.view.isEnabled()
    meetings = Meeting.select().count()
    assert tab.state.isVisible() and tab.state.text() == f"Reading {meetings} meetings…"
    window.tabs.setCurrentWidget(window.pairings_tab)  # the window is in use meanwhile
    window.tabs.setCurrentWidget(tab)
    qtbot.waitUntil(lambda: not tab.loading())
    assert tab.model.rowCount() == meetings
    assert tab.view.isEnabled() and not tab.state.isVisible()
    qtbot.keyClicks(tab.search, "webshop")  # searched as the texts were readied on the thread
    shown = [tab.model.row_at(r).summary for r in range(tab.model.rowCount())]
    assert shown and all("webshop" in s.lower() for s in shown)
    assert len(shown) == Meeting.select().where(Meeting.summary.contains("webshop")).count()
    # a search finds what it finds when the table was read at once
    needles = ["webshop", "2026", "45", "remote", "Mila", "consumer"]
    found = {}
    for needle in needles:
        tab.search.setText(needle)
        found[needle] = sorted(tab.model.row_at(r).id for r in range(tab.model.rowCount()))
    big_tables.setattr(table_tab, "BIG", 10**9)
    tab.search.clear()
    tab.reload()
    assert not tab.loading()
    for needle in needles:
        tab.search.setText(needle)
        assert sorted(tab.model.row_at(r).id for r in range(tab.model.rowCount())) == found[needle]


def test_an_outcome_opens_its_meeting_in_a_big_journal_once_it_is_read(window, qtbot, big_tables):
    tab = window.follow_up_tab
    window.tabs.setCurrentWidget(tab)
    qtbot.waitUntil(lambda: not tab.loading())
    assert tab.model.rowCount() == OutcomeItem.select().count()
    item = OutcomeItem.select().order_by(OutcomeItem.id).first()
    tab.select(item.id)
    tab.meeting_button.click()
    assert window.journal_tab.loading()
    qtbot.waitUntil(lambda: window.journal_tab.dialog is not None)
    assert window.journal_tab.current().id == item.meeting_id
    assert window.journal_tab.dialog.meeting.id == item.meeting_id
    window.journal_tab.dialog.reject()


def test_a_big_table_that_cannot_be_read_says_so_in_words(window, qtbot, big_tables, monkeypatch):
    from rmentor.models.programme import journal

    def broken(*_args):
        raise RuntimeError("the disk went away")

    monkeypatch.setattr(journal, "outcome_rows", broken)
    tab = window.follow_up_tab
    window.tabs.setCurrentWidget(tab)
    qtbot.waitUntil(lambda: not tab.loading())
    assert tab.state.isVisible()
    assert tab.state.text() == (
        "The rows could not be read (RuntimeError). The file was not changed."
    )
    assert tab.model.rowCount() == 0


def test_a_large_programmes_attention_list_is_worked_out_off_the_window(window, qtbot, monkeypatch):
    from rmentor.models.figures import attention
    from rmentor.ui.tabs import overview_tab

    expected = attention_texts(window)  # worked out at once: the small demo is not large
    assert expected
    monkeypatch.setattr(overview_tab, "LARGE_PEOPLE", 3)
    tab = window.overview_tab
    tab.reload()
    assert tab.loading() and tab.list.count() == 0
    assert tab.heading.text() == "Looking for what needs attention…"
    qtbot.waitUntil(lambda: not tab.loading())
    assert [tab.list.item(i).text() for i in range(tab.list.count())] == expected

    def broken(*args, **kwargs):
        raise RuntimeError("a secret detail")

    monkeypatch.setattr(attention, "attention_items", broken)
    tab.reload()
    qtbot.waitUntil(lambda: not tab.loading())
    assert tab.heading.text() == "What needs attention could not be worked out (RuntimeError)."


def test_a_large_programmes_attention_list_is_worded_in_dutch_on_its_thread(
    demo_window_in, qtbot, monkeypatch
):
    from rmentor.ui.tabs import overview_tab

    window = demo_window_in("nl")
    expected = attention_texts(window)
    assert any("niet" in line for line in expected)
    monkeypatch.setattr(overview_tab, "LARGE_PEOPLE", 3)
    tab = window.overview_tab
    tab.reload()
    assert tab.loading()
    qtbot.waitUntil(lambda: not tab.loading())
    assert [tab.list.item(i).text() for i in range(tab.list.count())] == expected


def test_a_small_reading_that_overtakes_a_big_one_leaves_the_table_usable(
    window, qtbot, big_tables
):
    tab = window.journal_tab
    window.tabs.setCurrentWidget(tab)
    assert tab.loading()
    pairing = pairing_of("Sanne")
    big_tables.setattr(table_tab, "BIG", 10**9)  # this pairing's few meetings: read at once
    tab.show_pairing(pairing.id)
    assert not tab.loading() and tab.view.isEnabled()
    mine = Meeting.select().where(Meeting.pairing == pairing).count()
    assert tab.model.rowCount() == mine == 0  # proposed: not "Reading…" but what to do
    assert tab.state.text() == "No meeting of this pairing is logged yet: Log a meeting… below."
    qtbot.wait(300)  # the big reading ends meanwhile, and is dropped
    assert tab.model.rowCount() == mine and tab.view.isEnabled()


def test_pairings_of_the_same_names_are_told_apart_in_the_journals_chooser(qtbot, window):
    """A pair matched again after an early end, and namesakes who started the same day:
    each line of the chooser is a different pairing, and says which."""
    from rmentor.models.programme import pairings
    from rmentor.ui.common.labels import format_date

    first = Pairing.select().where(Pairing.status == "active").order_by(Pairing.id).first()
    mentor, mentee = first.mentor, first.mentee
    pairings.set_status(first, "ended_early", reason="other")
    again = pairings.create_pairing(first.programme, mentor, mentee, override_reason="again")
    namesakes = (
        Pairing.select()
        .where((Pairing.status == "active") & (Pairing.id != first.id))
        .order_by(Pairing.id)
        .first()
    )
    for person, twin in ((namesakes.mentor, mentor), (namesakes.mentee, mentee)):
        person.first_name, person.last_name = twin.first_name, twin.last_name
        person.save()
    namesakes.start_date = first.start_date
    namesakes.save()
    window.reload_programmes(first.programme.id)
    window.tabs.setCurrentWidget(window.journal_tab)
    picker = window.journal_tab.pairing_picker
    shown = {picker.itemData(i): picker.itemText(i) for i in range(picker.count())}
    assert len(set(shown.values())) == len(shown)  # no two lines alike
    names = f"{mentor.full_name} – {mentee.full_name}"
    since = f"from {format_date(first.start_date)}"

    def where(pairing):  # namesakes: the departments of each pair tell them apart
        pairing = Pairing.get_by_id(pairing.id)
        return f"{pairing.mentor.department} / {pairing.mentee.department}"

    assert where(first) != where(namesakes)
    assert shown[first.id] == f"{names} ({where(first)}, {since})"
    assert shown[namesakes.id] == f"{names} ({where(namesakes)}, {since})"
    assert shown[again.id] == f"{names} ({where(first)}, proposed)"
    # the same names together, the earliest start first, one not started yet last
    lines = [picker.itemData(i) for i in range(picker.count())]
    assert lines.index(again.id) == max(lines.index(first.id), lines.index(namesakes.id)) + 1
    again.start_date = first.start_date  # even the day ties: a number
    again.status = first.status
    again.save()
    window.reload_programmes(first.programme.id)
    window.tabs.setCurrentWidget(window.journal_tab)
    shown = {picker.itemData(i): picker.itemText(i) for i in range(picker.count())}
    assert shown[again.id] == f"{shown[first.id]} (2)"
    other = next(pid for pid in shown if pid not in (None, first.id, namesakes.id, again.id))
    assert "(" not in shown[other]  # a pairing of its own names is shown as it is
    picker.setCurrentIndex(picker.findData(again.id))
    assert window.journal_tab.model.rowCount() == 0  # the new pairing's journal: empty yet


def test_attention_lines_about_namesakes_say_where_each_works(qtbot, window):
    from rmentor.models.programme.participants import save_participant

    programme = window.programme
    before = attention_texts(window)
    for department, email in (("Inkoop", "jan1@vb.nl"), ("ICT", "jan2@vb.nl")):
        save_participant(
            programme=programme,
            first_name="Jan",
            last_name="Jansen",
            role="mentee",
            email=email,
            department=department,
            languages="Nederlands",
        )
    window.reload_programmes(programme.id)
    lines = [text for text in attention_texts(window) if "Jan Jansen" in text]
    assert len(lines) == 2 and len(set(lines)) == 2
    assert lines[0].endswith(("(Inkoop)", "(ICT)")) and lines[1].endswith(("(Inkoop)", "(ICT)"))
    assert set(before) <= set(attention_texts(window))  # a line of its own: as it was


def test_a_search_finds_follow_up_items_by_the_status_just_given(qtbot, window):
    window.tabs.setCurrentWidget(window.follow_up_tab)
    tab = window.follow_up_tab
    tab.status_filter.setCurrentIndex(tab.status_filter.findData("open"))
    first = tab.model.row_at(0).id
    tab.model.prepare_search()  # searched before: the texts it looks in are kept
    tab.view.selectRow(0)
    [done] = [a for a in tab.status_menu.actions() if a.text() == "Done"]
    done.trigger()
    tab.status_filter.setCurrentIndex(0)  # every status
    word = max(OutcomeItem.get_by_id(first).text.split(), key=len)
    tab.search.setText(f"done {word}")

    def found():
        return {tab.model.row_at(r).id for r in range(tab.model.rowCount())}

    qtbot.waitUntil(lambda: first in found())
    assert all(tab.model.row_at(r).status == "done" for r in range(tab.model.rowCount()))


def test_the_follow_up_sorts_every_column_as_its_cells_read(qtbot, window):
    """The quick sort keys order the rows as the cells shown do, folded."""
    window.tabs.setCurrentWidget(window.follow_up_tab)
    model = window.follow_up_tab.model
    for column in range(model.columnCount()):
        model.sort(column, Qt.SortOrder.AscendingOrder)
        keys = [model.sort_key(model.row_at(r), column) for r in range(model.rowCount())]
        assert keys == sorted(keys), model.HEADERS[column]


def test_a_meeting_dated_before_its_pairings_start_is_kept_and_said(qtbot, window):
    """A pair that met before the pairing was started here: the form says so under the
    date, where room is kept for it (appearing, it moved every field below under a click
    aimed at one), and saves it all the same (it counts)."""
    from PySide6.QtCore import QPoint

    from rmentor.ui.common.labels import format_date
    from rmentor.ui.widgets.dates import to_qdate

    pairing = pairing_of("Luuk")
    journal = open_journal(window, pairing)
    journal.log_meeting()
    dialog = journal.dialog
    qtbot.waitExposed(dialog)
    assert dialog.before_start.text() == ""
    below = [dialog.duration, dialog.themes, dialog.summary]
    at = [w.mapTo(dialog, QPoint(0, 0)) for w in below]
    day = pairing.start_date - dt.timedelta(days=3)
    dialog.date.setDate(to_qdate(day))  # as the calendar popup sets it
    qtbot.wait(50)  # the form lays itself out again, if it must
    assert [w.mapTo(dialog, QPoint(0, 0)) for w in below] == at
    start = format_date(pairing.start_date)
    assert (
        dialog.before_start.text()
        == f"Before the pairing started ({start}): it counts all the same."
    )
    save(qtbot, dialog)
    assert Meeting.select().order_by(Meeting.id.desc()).get().date == day


def test_a_new_file_made_while_the_journal_shows_a_pairing_opens_empty(
    qtbot, window, messages, monkeypatch, tmp_path
):
    """The journal's chooser still names the old file's pairing while the new file opens:
    the new file has no such pairing, and it opens all the same, on its first page."""
    from PySide6.QtWidgets import QFileDialog

    open_journal(window, pairing_of("Luuk"))
    named = tmp_path / "nieuw.sqlite"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(named), ""))
    window.files.new_file()
    assert messages == []
    assert window.path == named and window.stack.currentWidget() is window.welcome
    assert window.programme is None and window.journal_tab.pairing_id() is None


def test_a_pairing_too_long_for_the_chooser_keeps_both_ends_and_says_all_in_its_tooltip(
    qtbot, window
):
    pairing = pairing_of("Luuk")
    mentor = pairing.mentor
    mentor.first_name = "Anne-Marie Josephine Wilhelmina Maria"
    mentor.last_name = "van der Heijden-Bloemendaal"
    mentor.save()
    window.reload_programmes(pairing.programme.id)
    journal = open_journal(window, pairing)
    picker = journal.pairing_picker
    whole = f"{mentor.full_name} – {pairing.mentee.full_name}"
    assert picker.currentText() == whole and picker.toolTip() == whole
    _option, shown = picker.shown()
    assert shown != whole and "…" in shown
    assert shown.startswith("Anne-Marie") and shown.endswith(pairing.mentee.full_name)


def test_the_overview_says_how_someone_the_rules_leave_unpaired_is_paired_all_the_same(
    qtbot, window
):
    from rmentor.models.programme.participants import save_participant

    save_participant(
        programme=window.programme,
        first_name="Zonder",
        last_name="Taal",
        role="mentee",
        email="zonder.taal@example.nl",
        languages="",
    )
    window.overview_tab.reload()
    qtbot.waitUntil(lambda: not window.overview_tab.loading())
    (line,) = [t for t in attention_texts(window) if t.startswith("Zonder Taal")]
    assert line == (
        "Zonder Taal (mentee) is not paired yet and cannot be: no language recorded. New "
        "pairing… on the Pairings tab pairs them by hand, and says what the pair goes against."
    )
    assert not any("by hand" in t for t in attention_texts(window) if "cannot be" not in t)


def test_a_double_clicked_evaluation_due_opens_its_form_in_the_journal(qtbot, window):
    """It led to the pairings tab, where no evaluation can be entered."""
    from rmentor.ui.dialogs.evaluation_dialog import EvaluationDialog

    window.tabs.setCurrentWidget(window.overview_tab)
    lst = window.overview_tab.list
    qtbot.waitUntil(lambda: lst.count() > 0)
    entry = next(
        lst.item(i)
        for i in range(lst.count())
        if lst.item(i).text().startswith("Midway evaluation due for Luuk")
    )
    lst.scrollToItem(entry)
    # what a real double-click sends: a click, then the double-click
    qtbot.mouseClick(
        lst.viewport(), Qt.MouseButton.LeftButton, pos=lst.visualItemRect(entry).center()
    )
    qtbot.mouseDClick(
        lst.viewport(), Qt.MouseButton.LeftButton, pos=lst.visualItemRect(entry).center()
    )
    pairing = pairing_of("Luuk")
    assert window.tabs.currentWidget() is window.journal_tab
    assert window.journal_tab.pairing_id() == pairing.id
    qtbot.waitUntil(lambda: isinstance(window.journal_tab.dialog, EvaluationDialog))
    dialog = window.journal_tab.dialog
    assert dialog.pairing.id == pairing.id and dialog.moment.currentData() == "midway"
    assert (dialog.side.currentData(), "midway") not in {
        (e.side, e.moment) for e in Evaluation.select().where(Evaluation.pairing == pairing)
    }  # the side whose answer is due


def test_logging_a_meeting_of_a_proposed_pairing_says_why_it_cannot_be_yet(qtbot, window):
    proposed = Pairing.select().where(Pairing.status == "proposed").first()
    journal = open_journal(window, proposed)
    assert not journal.log_button.isEnabled()
    assert journal.log_button.toolTip() == (
        "A proposed pairing meets once it is started: Pairings > Activate."
    )
    journal.show_pairing(None)
    assert journal.log_button.toolTip() == "Pick a pairing first."


def test_an_evaluations_comment_has_the_forms_width_and_lines_of_its_own(qtbot, window):
    """Beside the long question labels it was a one-line field a few words wide: a comment
    read from a form showed its end only."""
    pairing = pairing_of("Luuk")
    journal = open_journal(window, pairing)
    journal.add_evaluation("midway", "mentee")
    dialog = journal.dialog
    qtbot.waitExposed(dialog)
    comment = dialog.box.comment
    assert comment.width() > 0.8 * dialog.box.width()
    qtbot.keyClicks(comment, "Goede gesprekken.")
    qtbot.keyClick(comment, Qt.Key.Key_Return)
    qtbot.keyClicks(comment, "De planning liep uit.")
    for spin in list(dialog.box.ratings.values())[:3]:
        spin.setValue(4)
    save(qtbot, dialog)
    saved = Evaluation.get(
        (Evaluation.pairing == pairing)
        & (Evaluation.side == "mentee")
        & (Evaluation.moment == "midway")
    )
    assert saved.comment == "Goede gesprekken.\nDe planning liep uit."


def test_a_search_that_leaves_no_follow_up_item_says_so(qtbot, window):
    tab = window.follow_up_tab
    window.tabs.setCurrentWidget(tab)
    qtbot.waitUntil(lambda: tab.model.total() > 0)
    total = tab.model.total()
    qtbot.keyClicks(tab.search, "zzzz")
    assert tab.model.rowCount() == 0 and tab.state.isVisible()
    assert tab.state.text() == f"No row matches the search and the filters ({total} in all)."
    tab.search.clear()
    assert tab.model.rowCount() == total and not tab.state.isVisible()


def test_an_evaluation_due_of_a_pairing_deleted_since_says_so_and_one_form_opens_at_most(
    qtbot, window
):
    from rmentor.ui.dialogs.evaluation_dialog import EvaluationDialog

    pairing = pairing_of("Luuk")
    window.show_evaluation(pairing.id, "midway", "mentor")
    window.show_evaluation(pairing.id, "midway", "mentor")  # asked twice while it was read
    forms = [w for w in window.journal_tab.findChildren(EvaluationDialog) if w.isVisible()]
    assert len(forms) == 1
    forms[0].reject()
    window.tabs.setCurrentWidget(window.overview_tab)
    Pairing.delete().where(Pairing.id == pairing.id).execute()  # as another program would
    window.show_evaluation(pairing.id, "midway", "mentor")
    assert window.notice_line.text.text() == "That pairing is no longer in the file."
    assert window.tabs.currentWidget() is window.overview_tab


def test_the_overview_wraps_a_long_line_to_its_width(qtbot, window, monkeypatch):
    from rmentor.models.programme.participants import save_participant
    from rmentor.ui.tabs import overview_tab

    save_participant(
        programme=window.programme,
        first_name="Zonder",
        last_name="Taal van Oldenbarnevelt-Schimmelpenninck tot Rijnesteyn",
        role="mentee",
        email="zonder.taal@example.nl",
        languages="",
    )
    window.resize(1024, 640)
    tab = window.overview_tab
    window.tabs.setCurrentWidget(tab)
    tab.reload()
    qtbot.waitUntil(lambda: not tab.loading() and tab.list.count() > 0)
    lst = tab.list
    qtbot.wait(100)  # laid out
    entry = next(lst.item(i) for i in range(lst.count()) if "Zonder Taal" in lst.item(i).text())
    rect = lst.visualItemRect(entry)
    assert rect.right() <= lst.viewport().width()  # nothing past the edge
    assert rect.height() > 2 * lst.fontMetrics().height()  # on lines of its own
    assert not lst.horizontalScrollBar().isVisible()
    # thousands of lines keep one each (laid out at once), cut at the edge
    monkeypatch.setattr(overview_tab, "WRAPPED_LINES", 1)
    tab.reload()
    qtbot.waitUntil(lambda: not tab.loading() and lst.count() > 0)
    entry = next(lst.item(i) for i in range(lst.count()) if "Zonder Taal" in lst.item(i).text())
    assert lst.visualItemRect(entry).height() < 2 * lst.fontMetrics().height()
    assert entry.toolTip() == entry.text()


def _answered(pairing):
    return {(e.side, e.moment): e for e in Evaluation.select().where(Evaluation.pairing == pairing)}


def test_answers_typed_stay_when_the_side_is_put_right_after_typing(qtbot, window):
    pairing = pairing_of("Bram")
    assert not {("mentor", "closing"), ("mentee", "closing")} & set(_answered(pairing))
    journal = open_journal(window, pairing)
    journal.evaluation_button.click()
    dialog = journal.dialog
    assert dialog.side.itemText(0) == f"mentor ({pairing.mentor.full_name})"
    dialog.moment.setCurrentIndex(dialog.moment.findData("closing"))
    for key, value in zip(("useful", "learned", "recommend"), (4, 3, 5), strict=True):
        dialog.box.ratings[key].setValue(value)
    type_text(qtbot, dialog.box.comment, "Nuttig, maar meer tijd nodig.")
    dialog.side.setCurrentIndex(dialog.side.findData("mentee"))  # it was the mentee's
    assert dialog.box.ratings["useful"].value() == 4
    assert dialog.box.comment.toPlainText() == "Nuttig, maar meer tijd nodig."
    save(qtbot, dialog)
    stored = _answered(pairing)[("mentee", "closing")]
    assert (stored.useful, stored.learned, stored.recommend) == (4, 3, 5)
    assert stored.comment == "Nuttig, maar meer tijd nodig."
    assert ("mentor", "closing") not in _answered(pairing)


def test_stored_answers_replace_typed_ones_only_when_the_coordinator_says_so(
    qtbot, window, monkeypatch
):
    from PySide6.QtWidgets import QMessageBox

    pairing = pairing_of("Bram")
    stored = _answered(pairing)[("mentee", "midway")]
    journal = open_journal(window, pairing)
    journal.add_evaluation("closing", "mentee")
    dialog = journal.dialog
    dialog.box.ratings["useful"].setValue(1 if stored.useful != 1 else 2)
    type_text(qtbot, dialog.box.comment, "Eerst getypt")
    asked = []
    answer = [QMessageBox.StandardButton.Cancel]

    def question(parent, title, text, *args):
        asked.append(text)
        return answer[0]

    monkeypatch.setattr(QMessageBox, "question", question)
    dialog.moment.setCurrentIndex(dialog.moment.findData("midway"))
    assert "Answers for mentee (" in asked[0] and "midway are stored already" in asked[0]
    assert dialog.moment.currentData() == "closing"  # kept where it was typed
    assert dialog.box.comment.toPlainText() == "Eerst getypt"
    answer[0] = QMessageBox.StandardButton.Discard
    dialog.moment.setCurrentIndex(dialog.moment.findData("midway"))
    assert dialog.moment.currentData() == "midway"
    assert dialog.box.ratings["useful"].value() == stored.useful
    assert dialog.box.comment.toPlainText() == stored.comment
    # nothing typed over these: another choice asks nothing
    dialog.moment.setCurrentIndex(dialog.moment.findData("closing"))
    assert len(asked) == 2
    # typed, then closed: asked before it is lost
    dialog.box.ratings["joy"].setValue(3)
    answer[0] = QMessageBox.StandardButton.Cancel
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert dialog.isVisible() and "You changed this evaluation" in asked[-1]
    answer[0] = QMessageBox.StandardButton.Discard
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert not dialog.isVisible()
    assert _answered(pairing)[("mentee", "midway")].comment == stored.comment


def test_a_stored_evaluation_shows_and_keeps_its_own_date(qtbot, window):
    from rmentor.ui.widgets.dates import to_date

    pairing = pairing_of("Bram")
    stored = _answered(pairing)[("mentee", "midway")]
    journal = open_journal(window, pairing)
    journal.add_evaluation("midway", "mentee")
    dialog = journal.dialog
    assert to_date(dialog.date.date()) == stored.date
    save(qtbot, dialog)
    assert _answered(pairing)[("mentee", "midway")].date == stored.date
    # another choice with nothing stored starts on today
    journal.add_evaluation("closing", "mentee")
    assert to_date(journal.dialog.date.date()) == dt.date.today()
    journal.dialog.reject()


def test_only_what_was_typed_moves_to_another_moment(qtbot, window, monkeypatch):
    pairing = pairing_of("Bram")
    answered = _answered(pairing)
    first = next(m for (side, m) in answered if side == "mentor")
    assert ("mentor", "closing") not in answered
    journal = open_journal(window, pairing)
    journal.add_evaluation(first, "mentor")
    dialog = journal.dialog
    stored = answered[("mentor", first)]
    dialog.box.ratings["useful"].setValue(1 if stored.useful != 1 else 2)
    typed = dialog.box.ratings["useful"].value()
    dialog.moment.setCurrentIndex(dialog.moment.findData("closing"))
    assert dialog.box.ratings["useful"].value() == typed  # typed: kept
    assert dialog.box.ratings["learned"].value() == 0  # shown from the fit check: not
    assert dialog.box.comment.toPlainText() == ""


def test_the_evaluation_button_opens_the_first_evaluation_not_given_yet(qtbot, window):
    from rmentor.models.programme import journal

    pairing = pairing_of("Bram")
    Evaluation.delete().where(Evaluation.pairing == pairing.id).execute()
    ratings = {"useful": 4, "learned": 4, "recommend": 4}
    journal.save_evaluation(pairing, side="mentor", moment="fit_check", ratings=ratings)
    tab = open_journal(window, pairing)

    def opened() -> tuple[str, str, int]:
        tab.evaluation_button.click()
        form = tab.dialog
        shown = (form.side.currentData(), form.moment.currentData())
        rated = form.box.ratings["useful"].value()
        form.reject()
        return (*shown, rated)

    # the mentor's fit check is in: the mentee's is next, an empty form (not the stored one)
    assert opened() == ("mentee", "fit_check", 0)
    journal.save_evaluation(pairing, side="mentee", moment="fit_check", ratings=ratings)
    assert opened() == ("mentor", "midway", 0)
    for moment in ("midway", "closing"):
        for side in ("mentor", "mentee"):
            journal.save_evaluation(pairing, side=side, moment=moment, ratings=ratings)
    assert opened() == ("mentor", "fit_check", 4)  # all given: the first, as it was stored


def test_the_evaluation_form_keeps_its_size_when_a_moment_asks_more(qtbot, window):
    pairing = pairing_of("Bram")
    tab = open_journal(window, pairing)
    tab.add_evaluation("fit_check", "mentor")
    form = tab.dialog
    qtbot.waitExposed(form)
    size = form.size()
    form.moment.setCurrentIndex(form.moment.findData("closing"))
    form.side.setCurrentIndex(form.side.findData("mentee"))
    qtbot.wait(50)
    assert form.box.asked and form.size() == size  # the purposes' questions fit as it was
    form.reject()
