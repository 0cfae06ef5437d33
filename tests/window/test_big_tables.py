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


def test_several_pairings_stay_selected_after_a_step_on_a_big_table(
    demo_window, qtbot, big_tables
):
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
