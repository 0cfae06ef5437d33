"""The window on a laptop: every dialog fits the screen with its buttons in view."""

import pytest
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QDialog
from PySide6.QtWidgets import QDialogButtonBox

from rmentor.models.programme.entities import Pairing
from tests.window.mnemonics import plain


def context_menu(view, pos):
    """What a right-click at pos (in the rows' coordinates) shows, or with pos None, the
    Menu key: the window system sends the table a context-menu event either way."""
    from PySide6.QtCore import QPoint
    from PySide6.QtGui import QContextMenuEvent
    from PySide6.QtWidgets import QApplication
    from PySide6.QtWidgets import QMenu

    if pos is None:
        corner = QPoint(5, 5)  # where Qt puts a keyboard menu: the widget's corner
        event = QContextMenuEvent(
            QContextMenuEvent.Reason.Keyboard, corner, view.mapToGlobal(corner)
        )
        QApplication.sendEvent(view, event)
    else:
        event = QContextMenuEvent(
            QContextMenuEvent.Reason.Mouse, pos, view.viewport().mapToGlobal(pos)
        )
        QApplication.sendEvent(view.viewport(), event)
    [menu] = [m for m in view.findChildren(QMenu) if m.isVisible()]
    return menu


def open_meeting_form(qtbot, window):
    """The form for a new meeting of an active pairing, open and active, as the journal
    tab's button opens it."""
    pairing = Pairing.get(Pairing.status == "active")
    window.tabs.setCurrentWidget(window.journal_tab)
    window.journal_tab.show_pairing(pairing.id)
    window.journal_tab.log_meeting()
    form = window.journal_tab.dialog
    form.activateWindow()
    qtbot.waitUntil(form.isActiveWindow)
    return form


def _open_dialogs(window):
    """Open each kind of dialog the coordinator uses, as the menus and buttons do."""
    pairing = Pairing.get(Pairing.status == "active")

    def participant():
        window.tabs.setCurrentWidget(window.participants_tab)
        window.participants_tab.add()

    yield "participant", participant
    yield "programme", lambda: window.edit_programme()
    yield "report", lambda: window.make_report()
    yield "settings", lambda: window.edit_settings()

    def meeting():
        window.tabs.setCurrentWidget(window.journal_tab)
        window.journal_tab.show_pairing(pairing.id)
        window.journal_tab.log_meeting()

    yield "meeting", meeting

    def pairing_dialog(method):
        def run():
            window.tabs.setCurrentWidget(window.pairings_tab)
            window.pairings_tab.select(pairing.id)
            getattr(window.pairings_tab, method)()

        return run

    for method in ("new_pairing", "suggest", "end_early", "complete", "edit_agreement"):
        yield method, pairing_dialog(method)


DIALOGS = [
    "participant",
    "programme",
    "report",
    "settings",
    "meeting",
    "new_pairing",
    "suggest",
    "end_early",
    "complete",
    "edit_agreement",
]


@pytest.mark.parametrize("name", DIALOGS)
def test_every_dialog_fits_the_screen_with_its_buttons_visible(qtbot, demo_window, name):
    window = demo_window
    opener = dict(_open_dialogs(window))[name]
    before = set(window.findChildren(QDialog))
    opener()
    dialogs = [d for d in window.findChildren(QDialog) if d.isVisible() and d not in before]
    assert dialogs, name
    dialog = dialogs[0]
    area = dialog.screen().availableGeometry()
    assert dialog.width() <= area.width() and dialog.height() <= area.height() - 40, (
        name,
        dialog.size(),
        area,
    )
    for box in dialog.findChildren(QDialogButtonBox):
        if box.isVisible():
            corner = box.mapTo(dialog, box.rect().bottomRight())
            assert dialog.rect().contains(corner), (name, corner, dialog.rect())
    dialog.reject()


def test_keyboard_tab_moves_on_from_text_boxes_and_tables(qtbot, demo_window):
    from PySide6.QtCore import Qt

    window = demo_window
    window.tabs.setCurrentWidget(window.participants_tab)
    assert not window.participants_tab.view.tabKeyNavigation()
    window.participants_tab.add()
    form = window.participants_tab.dialog
    qtbot.waitUntil(lambda: form.first_name.hasFocus())  # typing starts in the first field
    form.notes.setFocus()
    qtbot.keyClick(form.notes, Qt.Key.Key_Tab)
    assert form.notes.toPlainText() == "" and not form.notes.hasFocus()
    assert not form.is_dirty()
    form.notes.setFocus()  # Ctrl+Tab types a tab where one is wanted
    qtbot.keyClick(form.notes, Qt.Key.Key_Tab, Qt.KeyboardModifier.ControlModifier)
    assert form.notes.toPlainText() == "\t" and form.notes.hasFocus()


def test_return_in_a_theme_of_ones_own_adds_it_and_keeps_the_form_open(qtbot, demo_window):
    from PySide6.QtCore import Qt

    window = demo_window
    window.edit_programme()
    dialog = window.dialog
    qtbot.waitUntil(dialog.isVisible)
    entry = dialog.purposes.entry
    entry.setFocus()
    qtbot.keyClicks(entry, "Duurzaamheid")
    qtbot.keyClick(entry, Qt.Key.Key_Return)
    assert dialog.isVisible()
    texts = [dialog.purposes.list.item(i).text() for i in range(dialog.purposes.list.count())]
    assert "Duurzaamheid" in texts and entry.text() == ""


def test_file_dialogs_start_in_the_last_folder_used_else_documents(qapp, tmp_path):
    from PySide6.QtCore import QSettings

    from rmentor.models.storage import datafile
    from rmentor.ui.common.folders import DATA
    from rmentor.ui.common.folders import FORMS
    from rmentor.ui.common.folders import SHEETS
    from rmentor.ui.common.folders import WRITTEN
    from rmentor.ui.common.folders import remember
    from rmentor.ui.common.folders import start_folder

    for kind in (WRITTEN, DATA, SHEETS, FORMS):
        QSettings().remove(f"folders/{kind}")
    assert start_folder() != datafile.default_path().parent  # never the hidden data folder
    remember(tmp_path / "export.xlsx")
    assert start_folder() == tmp_path
    assert start_folder(SHEETS) == start_folder(FORMS) == tmp_path  # none yet: where it works
    assert start_folder(DATA) != tmp_path  # a data file not among the drafts and reports
    hr, back, data = tmp_path / "van HR", tmp_path / "formulieren", tmp_path / "gegevens"
    for folder in (hr, back, data):
        folder.mkdir()
    remember(hr / "personeel.csv", SHEETS)
    assert start_folder(SHEETS) == start_folder(FORMS) == hr
    remember(back / "ingevuld.pdf", FORMS)
    remember(data / "programma.sqlite", DATA)
    assert (start_folder(SHEETS), start_folder(FORMS), start_folder(DATA)) == (hr, back, data)
    assert start_folder() == tmp_path  # the next report is saved where the last one went


def test_columns_fit_again_after_a_load_and_cut_cells_have_tooltips(qtbot, demo_window):
    from PySide6.QtCore import Qt

    from rmentor.models.programme.entities import Participant
    from rmentor.ui.tables.participant_table_model import COL_DEPARTMENT

    window = demo_window
    window.tabs.setCurrentWidget(window.participants_tab)
    view = window.participants_tab.view
    before = view.columnWidth(COL_DEPARTMENT)
    person = Participant.select().first()
    Participant.update(department="Klantenservice en Marketing Noord").where(
        Participant.id == person.id
    ).execute()
    window.participants_tab.reload()
    assert view.columnWidth(COL_DEPARTMENT) > before
    model = view.model()
    row = model.row_of(person.id)
    tip = model.data(model.index(row, COL_DEPARTMENT), Qt.ItemDataRole.ToolTipRole)
    assert tip == "Klantenservice en Marketing Noord"
    pairings = window.pairings_tab.model
    window.tabs.setCurrentWidget(window.pairings_tab)
    index = pairings.index(0, 0)
    assert pairings.data(index, Qt.ItemDataRole.ToolTipRole) == pairings.data(index)


def test_long_names_are_cut_so_every_column_shows_on_a_laptops_screen(qtbot, demo_window):
    """One long name, department and job title each took the widest a column may take,
    and pushed the last columns out of sight at 1366 pixels: the widest are cut down
    together (the whole is in their tooltips), and every column fits."""
    from rmentor.models.programme.entities import Participant
    from rmentor.ui.tables.table_view import MIN_SHRUNK

    window = demo_window
    window.resize(1366, 740)
    window.tabs.setCurrentWidget(window.participants_tab)
    view = window.participants_tab.view
    person = Participant.select().first()
    person.first_name = "Anne-Marie Josephine Wilhelmina Maria"
    person.last_name = "van der Heijden-Bosschaert tot Oldenbarnevelt-Rijckevorsel"
    person.department = "Communicatie en Maatschappelijk Verantwoord Ondernemen"
    person.job_title = "Junior medewerker interne en externe communicatie en pers"
    person.save()
    window.participants_tab.reload()
    qtbot.waitUntil(lambda: not window.participants_tab.loading())
    qtbot.wait(100)  # laid out: the vertical scroll bar takes its room
    header = view.horizontalHeader()
    shown = [c for c in range(header.count()) if not header.isSectionHidden(c)]
    assert sum(header.sectionSize(c) for c in shown) <= view.viewport().width()
    assert view.horizontalScrollBar().maximum() == 0
    assert all(
        header.sectionSize(c) >= min(MIN_SHRUNK, header.sectionSizeFromContents(c).width())
        for c in shown
    )


def test_columns_are_cut_widest_first_and_never_below_their_floor():
    from rmentor.ui.tables.table_view import narrowed

    widths = {0: 260, 1: 60, 2: 260, 3: 200, 4: 90}
    floors = {0: 120, 1: 60, 2: 120, 3: 120, 4: 90}
    assert narrowed(widths, floors, 1000) == widths  # room enough: as they were
    cut = narrowed(widths, floors, 700)
    # the widest cut together, to the highest width at which all fit: 60 + 90 + 3 x 183
    assert cut == {0: 183, 1: 60, 2: 183, 3: 183, 4: 90}
    assert narrowed(widths, floors, 100) == floors  # no room at all: each at its floor


def test_right_click_shows_the_rows_actions_and_delete_deletes(qtbot, demo_window, monkeypatch):
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QMessageBox

    from rmentor.models.programme.entities import Meeting

    window = demo_window
    window.tabs.setCurrentWidget(window.pairings_tab)
    tab = window.pairings_tab
    view = tab.view
    model = view.model()
    active = next(r for r in range(model.rowCount()) if model.row_at(r).status == "active")
    proposed = next(r for r in range(model.rowCount()) if model.row_at(r).status != "active")
    # a right-click on a row selects it and shows its actions
    menu = context_menu(view, view.visualRect(model.index(active, 0)).center())
    actions = {plain(a.text()): a.isEnabled() for a in menu.actions() if a.text()}
    menu.close()
    assert actions["Pause"] and not actions["Activate"] and actions["Journal"]
    assert tab.current().id == model.row_at(active).id
    # the Menu key: the actions of the selected row, shown at that row, wherever the mouse is
    tab.select(model.row_at(proposed).id)
    menu = context_menu(view, None)
    actions = {plain(a.text()): a.isEnabled() for a in menu.actions() if a.text()}
    menu.close()
    assert not actions["Pause"] and tab.current().id == model.row_at(proposed).id
    row_rect = view.visualRect(view.currentIndex())
    assert menu.pos() == view.viewport().mapToGlobal(row_rect.center())
    # the journal: the Delete key deletes the selected meeting, after asking
    meeting = Meeting.select().order_by(Meeting.id).first()
    window.tabs.setCurrentWidget(window.journal_tab)
    window.journal_tab.show_pairing(meeting.pairing_id)
    window.journal_tab.select(meeting.id)
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    window.journal_tab.view.setFocus()
    qtbot.keyClick(window.journal_tab.view, Qt.Key.Key_Delete)
    assert Meeting.get_or_none(Meeting.id == meeting.id) is None
    window.undo_action.trigger()  # and Undo brings it back
    assert Meeting.get_or_none(Meeting.id == meeting.id) is not None


def test_every_change_and_every_file_written_is_told_in_the_status_bar(
    qtbot, demo_window, tmp_path, monkeypatch
):
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QDesktopServices
    from PySide6.QtWidgets import QFileDialog

    window = demo_window
    line = window.notice_line
    window.tabs.setCurrentWidget(window.pairings_tab)
    tab = window.pairings_tab
    pairing = Pairing.get(Pairing.status == "active")
    tab.select(pairing.id)
    qtbot.mouseClick(tab.pause_button, Qt.MouseButton.LeftButton)
    assert line.text.text().startswith("Done: pause the pairing of ")
    assert line.folder_button.isHidden()
    window.undo_action.trigger()
    assert line.text.text().startswith("Undone: pause the pairing of ")
    # a file written: its name, and a button that opens its folder
    target = tmp_path / "out" / "people.xlsx"
    target.parent.mkdir()
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    window.export_menu.actions()[0].trigger()  # File > Export > Participants…
    assert target.exists()
    assert line.text.text().startswith("Exported ") and "people.xlsx" in line.text.text()
    assert not line.folder_button.isHidden()
    opened = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url.toLocalFile()))
    qtbot.mouseClick(line.folder_button, Qt.MouseButton.LeftButton)
    assert opened == [str(target.parent)]


@pytest.mark.parametrize(
    ("lang", "typed", "shown"),
    [
        ("nl", "15032027", "15-03-2027"),
        ("nl", "1-3-2027", "01-03-2027"),
        ("nl", "1.3.27", "01-03-2027"),
        ("en", "15/03/2027", "15/03/2027"),
        ("en", "1-3-27", "01/03/2027"),
    ],
)
def test_a_date_typed_in_the_languages_order_is_the_date_read(
    qtbot, demo_window_in, lang, typed, shown
):
    import datetime as dt

    from PySide6.QtCore import Qt

    window = demo_window_in(lang)
    form = open_meeting_form(qtbot, window)
    form.date.setFocus(Qt.FocusReason.TabFocusReason)  # as Tab brings the focus there
    qtbot.keyClicks(form.date, typed)
    qtbot.keyClick(form.date, Qt.Key.Key_Tab)
    assert form.date.text() == shown
    assert form.date.date().toPython() == dt.date(2027, 3, int(shown[:2]))
    # half a date, or one that does not exist, leaves the date as it was
    form.date.setFocus(Qt.FocusReason.MouseFocusReason)
    qtbot.wait(1)
    qtbot.keyClicks(form.date, "31-02-2027")
    qtbot.keyClick(form.date, Qt.Key.Key_Tab)
    assert form.date.text() == shown


@pytest.mark.parametrize(
    ("lang", "journal_heading", "words"),
    [("en", "The journal", "cadence"), ("nl", "Het logboek", "ritme")],
)
def test_the_user_guide_opens_from_help_and_at_a_forms_part_with_f1(
    qtbot, demo_window_in, lang, journal_heading, words
):
    import re

    from PySide6.QtCore import QPoint
    from PySide6.QtCore import Qt

    from rmentor.ui.window import guide

    text = (guide.GUIDE / f"{lang}.html").read_text(encoding="utf-8")
    assert len(re.sub(r"<[^>]+>", " ", text).split()) >= 800
    for section in guide.SECTIONS:  # every part a form can open exists
        assert f'<a name="{section}">' in text
    window = demo_window_in(lang)
    [action] = [a for a in window.findChildren(QAction) if a.shortcut().toString() == "F1"]
    action.trigger()
    shown = guide._window[0]
    assert shown.isVisible() and words in shown.browser.toPlainText().lower()
    shown.close()
    # F1 in the meeting form: the guide opens at the journal
    form = open_meeting_form(qtbot, window)
    qtbot.keyClick(form.focusWidget(), Qt.Key.Key_F1)
    qtbot.waitUntil(shown.isVisible)
    qtbot.wait(50)
    top = shown.browser.cursorForPosition(QPoint(10, 10)).block().text()
    assert top == journal_heading
    assert form.isVisible()  # the form stays open beside the guide
    window.close()  # and the guide goes with the window
    assert not guide._window


def test_follow_up_owner_and_due_date_change_in_place_and_an_outcome_opens_its_meeting(
    qtbot, demo_window, monkeypatch
):
    import datetime as dt

    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QLineEdit

    from rmentor.models.programme.entities import OutcomeItem
    from rmentor.ui.tables.outcome_table_model import COL_OWNER
    from rmentor.ui.widgets.dates import DateField

    window = demo_window
    window.tabs.setCurrentWidget(window.follow_up_tab)
    tab = window.follow_up_tab
    view = tab.view
    item = OutcomeItem.select().where(OutcomeItem.kind == "action").first()
    tab.select(item.id)
    row = tab.model.row_of(item.id)
    # the owner: double-click the cell, type, Return
    cell = view.visualRect(tab.model.index(row, COL_OWNER)).center()
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=cell)  # as a double-click
    qtbot.mouseDClick(view.viewport(), Qt.MouseButton.LeftButton, pos=cell)
    editor = view.findChild(QLineEdit)
    assert editor is not None and editor.text() == item.owner
    editor.selectAll()
    qtbot.keyClicks(editor, "Anais van 't Hof")  # (QTest cannot type an ï)
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: OutcomeItem.get_by_id(item.id).owner == "Anais van 't Hof")
    assert window.notice_line.text.text().startswith("Done: owner of ")
    # the due date: from the button, typed in the language's order
    tab.due_button.click()
    editor = view.findChild(DateField)
    assert editor is not None
    editor.lineEdit().selectAll()
    qtbot.keyClicks(editor, "15/03/2027")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: OutcomeItem.get_by_id(item.id).due_date == dt.date(2027, 3, 15))
    window.undo_action.trigger()  # each change is a step of its own
    assert OutcomeItem.get_by_id(item.id).due_date == item.due_date
    assert OutcomeItem.get_by_id(item.id).owner == "Anais van 't Hof"
    # the right-click menu: open its meeting, and the statuses as a submenu
    tab.select(item.id)
    row = tab.model.row_of(item.id)
    menu = context_menu(view, view.visualRect(tab.model.index(row, 0)).center())
    texts = [plain(a.text()) for a in menu.actions()]
    assert "Open its meeting…" in texts
    status = next(a for a in menu.actions() if a.menu() is not None)
    assert [a.text() for a in status.menu().actions()] == ["Open", "Done", "Dropped"]
    opening = next(a for a in menu.actions() if plain(a.text()) == "Open its meeting…")
    next(a for a in status.menu().actions() if a.text() == "Done").trigger()
    assert OutcomeItem.get_by_id(item.id).status == "done"
    menu.close()
    opening.trigger()
    assert window.tabs.currentWidget() is window.journal_tab
    form = window.journal_tab.dialog
    qtbot.waitUntil(form.isVisible)
    assert form.meeting.id == item.meeting_id


def test_pairings_change_status_in_bulk_as_one_undoable_step(qtbot, demo_window, messages):
    from PySide6.QtCore import Qt

    window = demo_window
    window.tabs.setCurrentWidget(window.pairings_tab)
    tab = window.pairings_tab
    view = tab.view
    model = tab.model
    active = [r for r in model.all_rows() if r.status == "active"][:2]
    other = next(r for r in model.all_rows() if r.status not in ("active", "paused"))
    assert len(active) == 2
    first = True
    for row in (*active, other):  # click, then Ctrl+click, as a user selects several
        view.scrollTo(model.index(model.row_of(row.id), 0))
        rect = view.visualRect(model.index(model.row_of(row.id), 0))
        modifier = Qt.KeyboardModifier.NoModifier if first else Qt.KeyboardModifier.ControlModifier
        qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, modifier, rect.center())
        first = False
    assert len(tab.selected_rows()) == 3
    assert "3 pairings selected" in tab.details.toPlainText()
    assert tab.pause_button.isEnabled() and tab.complete_button.isEnabled()  # both in bulk
    assert not tab.end_button.isEnabled()  # ending early asks a reason per pairing
    assert not tab.journal_button.isEnabled()
    qtbot.mouseClick(tab.pause_button, Qt.MouseButton.LeftButton)
    statuses = {p.id: p.status for p in Pairing.select()}
    assert [statuses[r.id] for r in active] == ["paused", "paused"]
    assert statuses[other.id] == other.status
    assert window.notice_line.text.text() == (
        "Done for 2; 1 left as it was: its status does not allow it."
    )
    assert len(tab.selected_rows()) == 3  # the selection stays for the next step
    window.undo_action.trigger()  # one step takes both back
    statuses = {p.id: p.status for p in Pairing.select()}
    assert [statuses[r.id] for r in active] == ["active", "active"]
    assert window.redo_action.text() == "Redo pause 2 pairings"  # the ones it changed


@pytest.mark.parametrize("lang", ["en", "nl"])
def test_every_window_has_alt_letters_and_none_clash(qtbot, demo_window_in, lang):
    from PySide6.QtWidgets import QDialogButtonBox
    from PySide6.QtWidgets import QTabBar

    from rmentor.ui.common.mnemonics import CONVENTIONAL
    from tests.window.mnemonics import clashes
    from tests.window.mnemonics import letter
    from tests.window.mnemonics import menu_clashes
    from tests.window.mnemonics import plain
    from tests.window.mnemonics import shortcuts
    from tests.window.mnemonics import without

    window = demo_window_in(lang)
    tab_titles = {window.tabs.tabText(i) for i in range(window.tabs.count())}
    assert menu_clashes(window) == {}
    for i in range(window.tabs.count()):
        window.tabs.setCurrentIndex(i)
        found = shortcuts(window)
        assert clashes(found) == {}, window.tabs.tabText(i)
        assert [t for t in without(found) if t not in tab_titles] == []  # they have Alt+1..5
        assert window.tabs.tabToolTip(i) == f"Alt+{i + 1}"
    assert window.findChild(QTabBar)  # (Ctrl+Tab switches tabs, as in every Qt program)
    for name, opener in _open_dialogs(window):
        before = set(window.findChildren(QDialog))
        opener()
        [dialog] = [d for d in window.findChildren(QDialog) if d not in before and d.isVisible()]
        found = shortcuts(dialog)
        assert clashes(found) == {}, name
        # Save / Opslaan and OK: the letters of every program (Cancel and Help have theirs
        # where no field is left without one: Escape and F1 do the same)
        words = {t: plain(t).strip(" .…").casefold() for _k, t in found}
        usual = {t: CONVENTIONAL[w] for t, w in words.items() if w in ("save", "opslaan", "ok")}
        assert {t: letter(t) for t in usual} == usual, name
        # Escape, Return and F1 do what Cancel, the default button and Help do
        box = dialog.findChild(QDialogButtonBox)
        spared = {
            b.text()
            for b in box.buttons()
            if box.buttonRole(b)
            in (QDialogButtonBox.ButtonRole.RejectRole, QDialogButtonBox.ButtonRole.HelpRole)
        }
        assert [t for t in without(found) if t not in spared] == [], name
        dialog.done(0)


def test_an_alt_letter_presses_its_button(qtbot, demo_window):
    from PySide6.QtCore import Qt

    from tests.window.mnemonics import letter

    window = demo_window
    window.tabs.setCurrentWidget(window.pairings_tab)
    tab = window.pairings_tab
    key = letter(tab.suggest_button.text())
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    qtbot.keyClick(window, getattr(Qt.Key, f"Key_{key.upper()}"), Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: tab.dialog is not None and tab.dialog.isVisible())


def test_the_person_picker_finds_names_without_accents_and_files_them_by_surname(
    qtbot, demo_window
):
    from PySide6.QtCore import Qt

    from rmentor.models.programme import participants
    from rmentor.models.programme.entities import Participant

    window = demo_window
    programme = window.programme
    for first, last in (("José", "Núñez"), ("Fleur", "van 't Hof"), ("Aart", "Bakker")):
        participants.save_participant(
            programme=programme,
            first_name=first,
            last_name=last,
            email=f"{last.lower().replace(' ', '')}@example.nl",
            role="mentor",
        )
    window.tabs.setCurrentWidget(window.pairings_tab)
    window.pairings_tab.new_pairing()
    form = window.pairings_tab.dialog
    picker = form.mentor
    names = [picker.itemText(i) for i in range(picker.count())]
    order = [n.split(" (")[0] for n in names]
    assert order.index("Aart Bakker") < order.index("Fleur van 't Hof")
    assert order.index("Fleur van 't Hof") < order.index("José Núñez")
    picker.setFocus()
    picker.lineEdit().clear()
    qtbot.keyClicks(picker.lineEdit(), "jose nun")
    popup = picker.completer().popup()
    qtbot.waitUntil(popup.isVisible)
    found = [
        picker.completer().completionModel().index(i, 0).data()
        for i in range(picker.completer().completionCount())
    ]
    assert found == ["José Núñez"]
    assert picker.completer().splitPath("Núñ") == ["nun"]  # typed with accents: the same
    qtbot.keyClick(popup, Qt.Key.Key_Down)  # to the first match, and take it
    qtbot.keyClick(popup, Qt.Key.Key_Return)
    assert picker.currentText() == "José Núñez"
    assert Participant.get_by_id(picker.current_id()).last_name == "Núñez"


def test_the_overview_shows_accents_whole_and_files_names_by_surname(qtbot, demo_window):
    from rmentor.models.programme import participants

    window = demo_window
    for first, last in (("Ömer", "Ünal"), ("Tim", "Ulrich"), ("Fleur", "van 't Hof")):
        participants.save_participant(
            programme=window.programme,
            first_name=first,
            last_name=last,
            email=f"{first.lower()}.{len(last)}@example.nl",
            role="mentee",
        )
    window.overview_tab.reload()
    listed = window.overview_tab.list
    texts = [listed.item(i).text() for i in range(listed.count())]
    unpaired = [t.split(" (")[0] for t in texts if "not paired" in t]
    assert unpaired.index("Fleur van 't Hof") < unpaired.index("Tim Ulrich")
    assert unpaired.index("Tim Ulrich") < unpaired.index("Ömer Ünal")
    row = next(listed.item(i) for i in range(listed.count()) if "Ömer" in texts[i])
    # a row taller than the font's line, or the dots above Ö and Ü are cut off
    assert listed.visualItemRect(row).height() >= listed.fontMetrics().height() + 6


def test_odd_typing_in_a_date_field_is_refused_not_fatal():
    from rmentor.ui.widgets.dates import parse_typed

    assert parse_typed("15-03-2027", "dMy").isoformat() == "2027-03-15"
    for text in ("02/03/202²", "①/3/2027", "1/1/" + "9" * 5000, "15-3", "31-02-2027", "x"):
        assert parse_typed(text, "dMy") is None


def test_a_date_typed_then_saved_by_alt_letter_is_the_date_saved(qtbot, demo_window):
    import datetime as dt

    from PySide6.QtCore import Qt

    from rmentor.models.programme.entities import Meeting
    from tests.window.mnemonics import letter

    form = open_meeting_form(qtbot, demo_window)
    form.date.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.keyClicks(form.date, "02/03/2026")
    save = form.findChild(QDialogButtonBox).buttons()[0]
    assert plain(save.text()) == "Save"
    key = getattr(Qt.Key, f"Key_{letter(save.text()).upper()}")
    before = Meeting.select().count()
    qtbot.keyClick(form.date, key, Qt.KeyboardModifier.AltModifier)  # the focus stays put
    qtbot.waitUntil(lambda: Meeting.select().count() == before + 1)
    newest = Meeting.select().order_by(Meeting.id.desc()).first()
    assert newest.date == dt.date(2026, 3, 2)


def test_two_people_who_read_alike_stay_apart_in_the_picker(qtbot):
    from rmentor.ui.widgets.person_picker import PersonPicker

    picker = PersonPicker()
    qtbot.addWidget(picker)
    picker.set_people([(1, "Jan de Vries (Finance)"), (2, "Jan de Vries (Finance)")])
    picker.setCurrentIndex(1)
    assert picker.current_id() == 2
    assert picker.completer().splitPath("Işık") == ["isik"]  # as names are folded everywhere


def test_an_ampersand_in_a_step_name_is_no_alt_letter_in_the_edit_menu(qtbot, demo_window):
    from rmentor.models.programme.entities import OutcomeItem
    from rmentor.ui.tables.outcome_table_model import COL_OWNER

    window = demo_window
    tab = window.follow_up_tab
    window.tabs.setCurrentWidget(tab)
    item = OutcomeItem.select().first()
    OutcomeItem.update(text="R&D budget").where(OutcomeItem.id == item.id).execute()
    tab.reload()
    tab.select(item.id)
    tab.model.setData(tab.model.index(tab.model.row_of(item.id), COL_OWNER), "Q&A team")
    assert window.undo_action.text() == "Undo owner of “R&&D budget”"
    assert window.notice_line.text.text() == "Done: owner of “R&D budget”"


def test_a_row_deleted_outside_the_window_is_said_and_read_again(qtbot, demo_window, messages):
    from rmentor.models.programme.entities import OutcomeItem
    from rmentor.ui.tables.outcome_table_model import COL_OWNER

    window = demo_window
    tab = window.follow_up_tab
    window.tabs.setCurrentWidget(tab)
    item = OutcomeItem.select().first()
    tab.select(item.id)
    row = tab.model.row_of(item.id)
    OutcomeItem.delete().where(OutcomeItem.id == item.id).execute()  # as another program would
    assert not tab.model.setData(tab.model.index(row, COL_OWNER), "Someone")
    assert [m[2] for m in messages] == ["This item no longer exists; the list is read again."]
    qtbot.waitUntil(lambda: tab.model.row_of(item.id) is None)
    # a pairing gone the same way: its buttons say so instead of failing
    pairings = window.pairings_tab
    window.tabs.setCurrentWidget(pairings)
    pairing = Pairing.get(Pairing.status == "active")
    pairings.select(pairing.id)
    Pairing.delete().where(Pairing.id == pairing.id).execute()
    pairings.pause_button.click()
    assert messages[-1][2] == "This pairing no longer exists; the list is read again."
    assert pairings.model.row_of(pairing.id) is None


@pytest.mark.parametrize(("lang", "typed"), [("en", "1/3/27"), ("nl", "1-3-2027")])
def test_a_due_date_typed_over_none_is_taken(qtbot, language, lang, typed):
    import datetime as dt

    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QLineEdit
    from PySide6.QtWidgets import QVBoxLayout
    from PySide6.QtWidgets import QWidget

    from rmentor.ui.widgets.dates import due_date_edit
    from rmentor.ui.widgets.dates import due_date_of

    language(lang)
    form = QWidget()
    qtbot.addWidget(form)
    before = QLineEdit()
    due = due_date_edit(None, "none")
    layout = QVBoxLayout(form)
    layout.addWidget(before)
    layout.addWidget(due)
    form.show()
    form.activateWindow()
    qtbot.waitUntil(form.isActiveWindow)
    assert due_date_of(due) is None
    due.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.keyClicks(due, typed)
    qtbot.keyClick(due, Qt.Key.Key_Tab)
    assert due_date_of(due) == dt.date(2027, 3, 1)


def test_the_status_bar_speaks_dutch_too(qtbot, demo_window_in):
    window = demo_window_in("nl")
    window.tabs.setCurrentWidget(window.pairings_tab)
    window.pairings_tab.select(Pairing.get(Pairing.status == "active").id)
    window.pairings_tab.pause_button.click()
    assert window.notice_line.text.text().startswith("Uitgevoerd: koppeling van ")
    window.undo_action.trigger()
    assert window.notice_line.text.text().startswith("Ongedaan gemaakt: koppeling van ")
    assert plain(window.notice_line.folder_button.text()) == "Map openen"


def test_the_effect_of_an_outcome_is_recorded_in_place_and_reported(qtbot, demo_window, tmp_path):
    from pypdf import PdfReader
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QApplication
    from PySide6.QtWidgets import QLineEdit

    from rmentor.models.programme.entities import OutcomeItem
    from rmentor.reports.programme.report import ProgrammeReport

    window = demo_window
    tab = window.follow_up_tab
    window.tabs.setCurrentWidget(tab)
    item = OutcomeItem.select().where(OutcomeItem.effect == "").first()
    tab.select(item.id)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    qtbot.mouseClick(tab.effect_button, Qt.MouseButton.LeftButton)
    editor = tab.view.findChild(QLineEdit)
    assert editor is not None and QApplication.focusWidget() is editor
    qtbot.keyClicks(editor, "Conversion up by a tenth")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: OutcomeItem.get_by_id(item.id).effect == "Conversion up by a tenth")
    recorded = (
        OutcomeItem.select()
        .where((OutcomeItem.effect != "") & (OutcomeItem.theme == item.theme))
        .count()
    )
    path = ProgrammeReport(window.programme, "en").write(tmp_path / "r.pdf")
    text = " ".join(" ".join(p.extract_text().split()) for p in PdfReader(str(path)).pages)
    assert f"Effects recorded: {recorded}." in text


def test_an_error_line_in_a_form_is_shown_whole(qtbot, demo_window, language, messages):
    """Under a spin box, in Dutch: the Complete form grows to show it, not cut it off."""
    from PySide6.QtWidgets import QLabel

    from rmentor.models.programme.entities import Pairing
    from rmentor.ui.dialogs.evaluation_dialog import ClosingDialog

    language("nl")
    dialog = ClosingDialog(Pairing.get(Pairing.status == "active"))
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.save()  # no ratings, no reason to skip them
    error = dialog.findChild(QLabel, "error_mentor_useful")
    assert error.isVisible() and "1 tot en met 5" in error.text()
    assert error.height() >= error.heightForWidth(error.width())
    assert dialog.height() >= dialog.sizeHint().height()


def test_the_guide_comes_back_inside_the_screen(qtbot):
    from rmentor.ui.window.guide import show_guide

    guide = show_guide()
    guide.move(0, 300)  # where a window manager may have put it, or the user left it
    guide = show_guide("matching")
    area = guide.screen().availableGeometry()
    assert area.contains(guide.frameGeometry())
    guide.close()


def _arrow_rows(view, column) -> list[int]:
    """The widths, top to bottom, of the sort arrow drawn at the right of a header."""
    header = view.horizontalHeader()
    image = header.grab(header.rect()).toImage()
    right = header.sectionViewportPosition(column) + header.sectionSize(column)
    widths = []
    for y in range(image.height()):
        dark = [x for x in range(right - 24, right - 1) if image.pixelColor(x, y).lightness() < 160]
        if dark:
            widths.append(len(dark))
    return widths


def test_the_sort_arrow_points_the_way_the_rows_run(qtbot, demo_window):
    from PySide6.QtCore import Qt

    from rmentor.ui.tables.journal_table_model import COL_DATE

    window = demo_window
    window.tabs.setCurrentWidget(window.journal_tab)
    view = window.journal_tab.view
    qtbot.waitUntil(lambda: view.isVisible() and view.model().rowCount() > 0)
    newest_first = _arrow_rows(view, COL_DATE)
    assert len(newest_first) >= 3 and newest_first[0] > newest_first[-1]  # pointing down
    view.sortByColumn(COL_DATE, Qt.SortOrder.AscendingOrder)
    oldest_first = _arrow_rows(view, COL_DATE)
    assert oldest_first[0] < oldest_first[-1]  # pointing up


def test_two_long_names_wrap_in_the_meeting_form_and_every_field_stays_in_view(qtbot, demo_window):
    from PySide6.QtWidgets import QComboBox
    from PySide6.QtWidgets import QLabel
    from PySide6.QtWidgets import QLineEdit

    from rmentor.ui.dialogs.meeting_dialog import MeetingDialog

    pairing = Pairing.select().where(Pairing.status == "active").first()
    for person in (pairing.mentor, pairing.mentee):
        person.first_name = "Maximiliaan-Alexander Constantijn <b>Frederik</b>"
        person.last_name = "van der Westerhuizen-Oppenheimer de Vries-Bakker"
        person.save()
    dialog = MeetingDialog(Pairing.get_by_id(pairing.id), None, demo_window)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    fields = [
        f for f in dialog.findChildren(QLineEdit) + dialog.findChildren(QComboBox) if f.isVisible()
    ]
    assert fields
    for field in fields:
        right = field.mapTo(dialog, field.rect().topRight()).x()
        assert right < dialog.width(), (field.objectName(), right, dialog.width())
    (names,) = [label for label in dialog.findChildren(QLabel) if "Westerhuizen" in label.text()]
    assert names.height() > 2 * names.fontMetrics().height()  # on more lines than one
    assert "&lt;b&gt;Frederik" in names.text()  # a name is shown as typed, not as markup
    dialog.reject()


@pytest.mark.parametrize("lang", ["en", "nl"])
def test_ctrl_a_then_a_date_typed_replaces_the_whole_date(qtbot, demo_window_in, lang):
    import datetime as dt

    from PySide6.QtCore import Qt

    window = demo_window_in(lang)
    form = open_meeting_form(qtbot, window)
    form.date.setFocus(Qt.FocusReason.MouseFocusReason)
    qtbot.wait(1)
    typed = dt.date(2026, 12, 4).strftime(
        form.date.displayFormat().replace("dd", "%d").replace("MM", "%m").replace("yyyy", "%Y")
    )
    qtbot.keyClick(form.date, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(form.date, typed)
    qtbot.keyClick(form.date, Qt.Key.Key_Tab)
    assert form.date.date().toPython() == dt.date(2026, 12, 4)
    assert form.date.text() == typed


def test_a_date_that_does_not_read_is_said_and_never_saved_as_the_old_one(qtbot, demo_window):
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QDialogButtonBox
    from PySide6.QtWidgets import QToolTip

    from rmentor.models.programme.entities import Meeting

    form = open_meeting_form(qtbot, demo_window)
    before = Meeting.select().count()
    shown = form.date.text()
    # leaving the field puts the date back, and says so
    form.date.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.keyClicks(form.date, "31/02/2027")
    qtbot.keyClick(form.date, Qt.Key.Key_Tab)
    assert form.date.text() == shown
    said = form.errors.text("date")  # under the field, where it stays
    assert "“31/02/2027” is not a date" in said and f"stays {shown}" in said
    qtbot.waitUntil(QToolTip.isVisible)  # and beside it, once the next field has the focus
    assert not form.date.hasFocus() and "“31/02/2027” is not a date" in QToolTip.text()
    # a click on Save right after typing: the form says it, and saves nothing
    form.date.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.keyClicks(form.date, "4/12/2/12")
    save = form.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Save)
    qtbot.mouseClick(save, Qt.MouseButton.LeftButton)
    assert form.isVisible() and Meeting.select().count() == before
    assert form.date.hasFocus() and "“4/12/2/12” is not a date" in QToolTip.text()
    assert f"or save again to keep {shown}." in QToolTip.text()  # what a second click does
    assert f"or save again to keep {shown}." in form.errors.text("date")
    # told, a second click saves the date the field kept
    qtbot.mouseClick(save, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not form.isVisible())
    assert Meeting.select().count() == before + 1


def test_a_due_date_not_set_opens_its_calendar_at_this_month(qtbot):
    from PySide6.QtCore import QDate
    from PySide6.QtCore import QPoint
    from PySide6.QtCore import Qt

    from rmentor.ui.widgets.dates import due_date_edit

    due = due_date_edit(None, "none")
    qtbot.addWidget(due)
    due.show()
    qtbot.waitExposed(due)
    qtbot.mouseClick(due, Qt.MouseButton.LeftButton, pos=QPoint(due.width() - 6, due.height() // 2))
    calendar = due.calendarWidget()
    qtbot.waitUntil(calendar.isVisible)
    today = QDate.currentDate()
    assert (calendar.yearShown(), calendar.monthShown()) == (today.year(), today.month())
    assert due.text() == "none"  # only the page turned: the date is still not set


@pytest.mark.parametrize(
    ("lang", "offered", "not_offered"),
    [
        ("en", ["English", "German", "Turkish"], ["Engels", "Duits"]),
        ("nl", ["Engels", "Duits"], ["English"]),
    ],
)
def test_the_participant_form_offers_languages_in_the_windows_language(
    qtbot, demo_window_in, lang, offered, not_offered
):
    from rmentor.models.text.languages import comparable

    window = demo_window_in(lang)
    window.tabs.setCurrentWidget(window.participants_tab)
    window.participants_tab.add()
    form = window.participants_tab.dialog
    names = [form.languages.list.item(i).text() for i in range(form.languages.list.count())]
    assert all(name in names for name in offered)
    assert not any(name in names for name in not_offered)
    keys = [comparable(name) for name in names]
    assert len(keys) == len(set(keys))  # "Dutch" and "Nederlands" are one line
    form.reject()
    # someone's own languages, as the file spells them (in Dutch): shown in the window's
    # language too, and kept as they are spelled
    from rmentor.models.programme.entities import Participant

    person = Participant.get(Participant.languages.contains("Nederlands"))
    window.participants_tab.select(person.id)
    window.participants_tab.edit_selected()
    form = window.participants_tab.dialog
    items = [form.languages.list.item(i) for i in range(form.languages.list.count())]
    names = [item.text() for item in items]
    assert all(name in names for name in offered)
    assert not any(name in names for name in not_offered)
    assert set(form.languages.checked_keys()) == set(person.language_list)
    form.reject()


def test_a_pairing_deleted_outside_while_several_are_picked_is_said(qtbot, demo_window, messages):
    window = demo_window
    pairings = window.pairings_tab
    window.tabs.setCurrentWidget(pairings)
    two = [p.id for p in Pairing.select().where(Pairing.status == "active").limit(2)]
    from rmentor.ui.tables.table_view import select_rows

    select_rows(pairings.view, pairings.model.rows_of(two))
    assert len(pairings.selected_rows()) == 2
    Pairing.delete().where(Pairing.id == two[0]).execute()  # as another program would
    pairings.pause_button.click()
    assert messages[-1][2] == "This pairing no longer exists; the list is read again."
    assert Pairing.get_by_id(two[1]).status == "active"  # nothing changed


def test_follow_up_sorts_what_and_effect_as_read_accents_and_case_aside(qtbot, demo_window):
    from PySide6.QtCore import Qt

    from rmentor.models.programme.entities import OutcomeItem
    from rmentor.ui.common.labels import fold
    from rmentor.ui.tables.outcome_table_model import COL_EFFECT
    from rmentor.ui.tables.outcome_table_model import COL_TEXT

    items = list(OutcomeItem.select().order_by(OutcomeItem.id).limit(3))
    texts, effects = ("zebra", "Ölfarbe", "appel"), ("Alpha", "zulu", "Émile")
    for item, text, effect in zip(items, texts, effects, strict=True):
        item.text, item.effect = text, effect
        item.save()
    window = demo_window
    tab = window.follow_up_tab
    window.tabs.setCurrentWidget(tab)
    qtbot.waitUntil(lambda: tab.model.rowCount() > 0)
    tab.status_filter.setCurrentIndex(tab.status_filter.findData(None))  # every status
    qtbot.waitUntil(lambda: tab.model.rowCount() == tab.model.total())
    model = tab.model
    for column, mine in (
        (COL_TEXT, ["appel", "Ölfarbe", "zebra"]),
        (COL_EFFECT, ["Alpha", "Émile", "zulu"]),
    ):
        tab.view.sortByColumn(column, Qt.SortOrder.AscendingOrder)
        shown = [model.data(model.index(r, column)) for r in range(model.rowCount())]
        assert [t for t in shown if t in mine] == mine
        folded = [fold(t) for t in shown if t]
        assert folded == sorted(folded)


def test_what_is_read_first_an_effect_keeps_a_narrower_column(qtbot, demo_window):
    from PySide6.QtCore import Qt

    from rmentor.models.programme.entities import OutcomeItem
    from rmentor.ui.tables.outcome_table_model import COL_EFFECT
    from rmentor.ui.tables.outcome_table_model import COL_TEXT
    from rmentor.ui.tabs.follow_up_tab import EFFECT_WIDTH

    window = demo_window
    window.resize(1366, 768)
    window.show()
    item = OutcomeItem.select().where(OutcomeItem.kind == "action").first()
    effect = "Twee klanten belden minder vaak terug: de tekst op de site is nu duidelijker"
    OutcomeItem.update(effect=effect).where(OutcomeItem.id == item.id).execute()
    window.tabs.setCurrentWidget(window.follow_up_tab)
    tab = window.follow_up_tab
    tab.reload()
    view = tab.view
    qtbot.waitUntil(lambda: view.columnWidth(COL_TEXT) > 300)
    assert view.columnWidth(COL_EFFECT) == EFFECT_WIDTH  # cut, whole in its tooltip
    model = tab.model
    tip = model.data(model.index(model.row_of(item.id), COL_EFFECT), Qt.ItemDataRole.ToolTipRole)
    assert tip == effect
    # with no effect recorded yet, the column has room to type one (it had a title's)
    OutcomeItem.update(effect="").execute()
    tab.reload()
    qtbot.waitUntil(lambda: model.data(model.index(model.row_of(item.id), COL_EFFECT)) == "")
    assert view.columnWidth(COL_EFFECT) == EFFECT_WIDTH


def test_a_window_left_open_overnight_reads_its_tables_again(qtbot, demo_window):
    import datetime as dt

    from rmentor.models.programme.entities import OutcomeItem

    window = demo_window
    window.tabs.setCurrentWidget(window.follow_up_tab)
    tab = window.follow_up_tab
    qtbot.waitUntil(lambda: tab.model.rowCount() > 0)
    item = OutcomeItem.select().where(OutcomeItem.kind == "action").first()
    # written behind the window's back: only reading again shows it
    OutcomeItem.update(owner="Nachtwaker").where(OutcomeItem.id == item.id).execute()

    def owner_shown() -> str:
        return tab.model.row_at(tab.model.row_of(item.id)).owner

    window.day_change.check()  # the same day: nothing read
    qtbot.wait(100)
    assert owner_shown() != "Nachtwaker"
    window.day_change.day -= dt.timedelta(days=1)  # the window was opened yesterday
    window.day_change.check()
    qtbot.waitUntil(lambda: owner_shown() == "Nachtwaker")
    assert tab.model.today == dt.date.today()
    assert window.day_change.day == dt.date.today()


def test_the_dutch_pairings_table_fits_a_laptop_s_window_whole(qtbot, demo_window_in):
    """The window opens as wide as a 1366-pixel screen allows; there every column of the
    pairings shows, the last one (overdue) too, the widest cut together."""
    from rmentor.ui.tables.pairing_table_model import COL_OVERDUE

    window = demo_window_in("nl")
    window.resize(1350, 720)  # what fit() gives it on a 1366 x 768 screen
    window.tabs.setCurrentWidget(window.pairings_tab)
    view = window.pairings_tab.view
    qtbot.waitUntil(lambda: view.model().rowCount() > 0)
    qtbot.wait(50)
    assert view.horizontalHeader().length() <= view.viewport().width()
    assert not view.horizontalScrollBar().isVisible()
    assert view.columnWidth(COL_OVERDUE) >= view.sizeHintForColumn(COL_OVERDUE)


def test_a_long_name_cut_in_the_participants_table_keeps_its_surname(qtbot, demo_window):
    from PySide6.QtCore import Qt

    view = demo_window.participants_tab.view
    assert view.textElideMode() == Qt.TextElideMode.ElideMiddle and not view.wordWrap()


def test_escape_in_an_outcome_cell_puts_the_cell_back_not_the_whole_meeting(
    qtbot, demo_window, monkeypatch
):
    from PySide6.QtCore import Qt

    from rmentor.ui.dialogs import edit_dialog
    from rmentor.ui.dialogs.meeting_dialog import COL_OWNER
    from rmentor.ui.dialogs.meeting_dialog import COL_TEXT

    asked = []
    monkeypatch.setattr(edit_dialog, "discard_changes", lambda *a: asked.append(a) or False)
    form = open_meeting_form(qtbot, demo_window)
    form.add_outcome_button.click()
    cell = form.outcome_widget(0, COL_TEXT)
    cell.setFocus()
    qtbot.keyClicks(cell, "Klanten willen chatten")
    qtbot.keyClick(cell, Qt.Key.Key_Escape)
    assert form.isVisible() and cell.text() == ""
    qtbot.keyClicks(cell, "Klanten willen chatten")
    form.outcome_widget(0, COL_OWNER).setFocus()  # on to the next cell, and back
    cell.setFocus()
    qtbot.keyClicks(cell, " via WhatsApp")
    qtbot.keyClick(cell, Qt.Key.Key_Escape)
    assert form.isVisible() and cell.text() == "Klanten willen chatten"
    assert asked == []  # the form was never about to close
    qtbot.keyClick(cell, Qt.Key.Key_Escape)  # nothing left to put back: the form asks
    assert len(asked) == 1 and form.isVisible()
