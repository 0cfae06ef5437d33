"""The participants and pairings of a large programme are read off the window's thread,
as the journal's are: the window stays in use, and a selection asked for meanwhile (or
kept over a change) lands once the rows show. The small demo stands in (big_tables)."""

from rmentor.models.programme.entities import Enrolment
from rmentor.models.programme.entities import Pairing
from rmentor.ui.tables.table_view import select_rows


def test_a_big_pairings_tab_is_read_off_the_window_and_keeps_a_selection(
    demo_window, qtbot, big_tables
):
    tab = demo_window.pairings_tab
    demo_window.tabs.setCurrentWidget(tab)
    assert tab.loading() and not tab.view.isEnabled()
    pairings = Pairing.select().count()
    assert tab.state.isVisible() and tab.state.text() == f"Reading {pairings} pairings…"
    wanted = Pairing.select().order_by(Pairing.id.desc()).first()
    tab.select(wanted.id)  # asked for while the rows are read
    qtbot.waitUntil(lambda: not tab.loading())
    assert tab.view.isEnabled() and not tab.state.isVisible()
    assert tab.model.rowCount() == pairings
    assert tab.current().id == wanted.id


def test_several_pairings_stay_selected_after_a_step_on_a_big_table(demo_window, qtbot, big_tables):
    tab = demo_window.pairings_tab
    demo_window.tabs.setCurrentWidget(tab)
    qtbot.waitUntil(lambda: not tab.loading())
    active = [r for r in tab.model.all_rows() if r.status == "active"][:2]
    select_rows(tab.view, [tab.model.row_of(r.id) for r in active])
    tab.change_status("pause")
    assert tab.loading()  # read again after the step
    qtbot.waitUntil(lambda: not tab.loading())
    assert {r.id for r in tab.selected_rows()} == {r.id for r in active}
    assert {r.status for r in tab.selected_rows()} == {"paused"}


def test_a_big_participants_tab_is_read_off_the_window_and_keeps_a_selection(
    demo_window, qtbot, big_tables
):
    tab = demo_window.participants_tab
    demo_window.tabs.setCurrentWidget(tab)
    assert tab.loading() and not tab.view.isEnabled()
    people = Enrolment.select().count()
    assert tab.state.text() == f"Reading {people} participants…"
    qtbot.waitUntil(lambda: not tab.loading())
    assert tab.model.total() == people
    assert tab.department_filter.count() > 1  # the departments of the rows read
    two = tab.model.all_rows()[:2]
    select_rows(tab.view, [tab.model.row_of(r.id) for r in two])
    tab.toggle_active()
    qtbot.waitUntil(lambda: not tab.loading())
    assert {r.id for r in tab.selected_rows()} == {r.id for r in two}
    assert not any(r.active for r in tab.selected_rows())


def test_nothing_acts_on_the_greyed_rows_while_they_are_read_again(demo_window, qtbot, big_tables):
    tab = demo_window.participants_tab
    demo_window.tabs.setCurrentWidget(tab)
    qtbot.waitUntil(lambda: not tab.loading())
    select_rows(tab.view, [0])
    assert tab.edit_button.isEnabled() and tab.active_button.isEnabled()
    tab.reload()  # as after a change: the rows shown may have gone
    assert tab.loading()
    assert tab.selected_rows() == []
    assert not tab.edit_button.isEnabled() and not tab.active_button.isEnabled()
    tab.toggle_active()  # a second press, before the rows are back: nothing happens
    tab.edit_selected()
    assert tab.dialog is None
    qtbot.waitUntil(lambda: not tab.loading())


def test_a_failed_reading_leaves_no_rows_of_before(demo_window, qtbot, big_tables):
    from rmentor.models.programme import participants

    tab = demo_window.participants_tab
    demo_window.tabs.setCurrentWidget(tab)
    qtbot.waitUntil(lambda: not tab.loading())
    assert tab.model.total() > 0

    def broken(programme):
        raise RuntimeError("CANARY-7f3a a secret detail")

    big_tables.setattr(participants, "participant_rows", broken)
    tab.reload()
    qtbot.waitUntil(lambda: not tab.loading())
    assert tab.model.total() == 0 and tab.selected_rows() == []
    assert (
        tab.state.text() == "The rows could not be read (RuntimeError). The file was not changed."
    )


def test_a_painted_cell_calls_into_python_once(demo_window, qtbot):
    """A cell asks for seven roles; beside a step's busy thread every call into Python
    waits for its lock, so a table drawn again answers them all in one call a cell."""
    import sys

    tab = demo_window.participants_tab
    demo_window.tabs.setCurrentWidget(tab)
    qtbot.waitUntil(lambda: not tab.loading())
    entered: dict[str, int] = {}

    here = sys._getframe().f_code

    def count(frame, event, _arg):  # a call from Qt: its Python caller is this test's grab
        if event == "call" and frame.f_back is not None and frame.f_back.f_code is here:
            name = frame.f_code.co_name
            entered[name] = entered.get(name, 0) + 1

    sys.setprofile(count)
    try:
        tab.view.viewport().grab()
    finally:
        sys.setprofile(None)
    cells = entered.get("multiData", 0)
    assert cells >= tab.model.columnCount()  # at least a row was painted
    assert entered.get("data", 0) == 0
