"""The tabs past the overview are built when first shown: start-up neither imports nor
builds them, and each works as it did once it is there."""

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QPushButton

from rmentor.ui.dialogs.participant_dialog import ParticipantDialog
from rmentor.ui.tabs.journal_tab import JournalTab
from tests.window.test_preview import inked

STARTED = """
import json, sys
from PySide6.QtWidgets import QApplication
app = QApplication([])
from rmentor.ui.window.main_window import MainWindow
window = MainWindow()
window.show()
assert window.open_path(sys.argv[1], create=False)
app.processEvents()
tabs = [m for m in sys.modules if m.startswith("rmentor.ui.tabs.")]
window.tabs.setCurrentIndex(3)  # the journal, as a click on its title shows it
print(json.dumps({
    "before": tabs,
    "after": [m for m in sys.modules if m.startswith("rmentor.ui.tabs.journal")],
    "journal": type(window.tabs.currentWidget()).__name__,
}))
window.session.close()
"""


def run_on_demo_file(script: str, demo_window, tmp_path) -> subprocess.CompletedProcess:
    """A script run in a fresh process on the demo window's file (let go of here first),
    which must end well."""
    path = demo_window.path
    demo_window.session.close()
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "XDG_CONFIG_HOME": str(tmp_path)}
    root = Path(__file__).resolve().parents[2]
    result = subprocess.run(
        [sys.executable, "-c", script, str(path)],
        capture_output=True,
        text=True,
        env={**env, "PYTHONPATH": str(root)},
        cwd=root,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    return result


def test_start_up_imports_and_builds_only_the_overview(demo_window, tmp_path):
    result = run_on_demo_file(STARTED, demo_window, tmp_path)
    seen = json.loads(result.stdout.splitlines()[-1])
    for module in ("participants_tab", "pairings_tab", "journal_tab", "follow_up_tab"):
        assert f"rmentor.ui.tabs.{module}" not in seen["before"]
    assert "rmentor.ui.tabs.overview_tab" in seen["before"]
    assert "rmentor.ui.tabs.journal_tab" in seen["after"] and seen["journal"] == "JournalTab"


def test_a_tab_is_built_when_its_title_is_clicked_and_shows_its_rows(qtbot, demo_window):
    window = demo_window
    assert list(window.pages.built) == ["overview"]
    assert [window.tabs.tabText(i) for i in range(5)] == [
        "Overview",
        "Participants",
        "Pairings",
        "Journal",
        "Follow-up",
    ]
    bar = window.tabs.tabBar()
    qtbot.mouseClick(bar, Qt.MouseButton.LeftButton, pos=bar.tabRect(3).center())
    tab = window.tabs.currentWidget()
    assert isinstance(tab, JournalTab) and tab is window.journal_tab
    assert window.tabs.currentIndex() == 3 and window.tabs.count() == 5
    qtbot.waitUntil(lambda: tab.model.rowCount() > 0)
    assert tab.programme == window.programme
    assert window.tabs.tabToolTip(3) == QKeySequence("Alt+4").toString(
        QKeySequence.SequenceFormat.NativeText
    )
    assert any("&" in b.text() for b in tab.findChildren(QPushButton))  # its Alt keys
    assert list(window.pages.built) == ["overview", "journal"]
    # built once: shown again, the same tab
    window.show_tab(0)
    window.show_tab(3)
    assert window.tabs.currentWidget() is tab


def test_ctrl_n_on_the_overview_opens_the_participants_tab_and_its_form(qtbot, demo_window):
    window = demo_window
    assert window.tabs.currentIndex() == 0
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    qtbot.keyClick(window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert window.tabs.currentWidget() is window.participants_tab
    dialog = window.findChild(ParticipantDialog)
    assert dialog is not None and dialog.isVisible()
    assert dialog.programme == window.programme
    dialog.reject()


def test_the_reports_menu_makes_the_agreement_of_the_pairing_picked(qtbot, demo_window):
    window = demo_window
    assert not window.agreement_pdf_action.isEnabled()  # no pairing picked yet
    window.tabs.setCurrentWidget(window.pairings_tab)
    tab = window.pairings_tab
    qtbot.waitUntil(lambda: tab.model.rowCount() > 0)
    assert not window.agreement_pdf_action.isEnabled()
    tab.view.selectRow(0)
    assert window.agreement_pdf_action.isEnabled() and window.summary_pdf_action.isEnabled()
    window.agreement_pdf_action.trigger()
    preview = tab.dialog
    qtbot.waitUntil(preview.isVisible)
    qtbot.waitUntil(lambda: preview.pages is not None, timeout=20000)
    assert inked(preview.pages.image(0, 0.5)) > 0.01
    preview.close()
    tab.view.clearSelection()
    assert not window.agreement_pdf_action.isEnabled()


def test_no_row_stays_picked_in_another_programme_or_file(qtbot, demo_window, tmp_path):
    """The same pairing id in another programme or file is another pair: the Reports
    menu's documents (which follow the pairings tab's row) would name one and print it."""
    from rmentor.models.programme import programmes
    from tests.conftest import copy_demo

    window = demo_window
    first = window.programme
    programmes.save_programme(
        name="Tweede ronde",
        start_date=first.start_date,
        end_date=first.end_date,
        themes=["consumer"],
    )
    window.reload_programmes(first.id)
    window.tabs.setCurrentWidget(window.pairings_tab)
    tab = window.pairings_tab
    qtbot.waitUntil(lambda: tab.model.rowCount() > 0)
    tab.view.selectRow(0)
    assert window.agreement_pdf_action.isEnabled()
    window.reload_programmes(first.id)  # the same programme again (as after an undo): kept
    assert tab.current() is not None and window.agreement_pdf_action.isEnabled()
    window.tabs.setCurrentIndex(0)
    window.select_programme(next(p.id for p in programmes.all_programmes() if p != first))
    assert not window.agreement_pdf_action.isEnabled() and tab.current() is None
    window.select_programme(first.id)
    window.tabs.setCurrentWidget(tab)
    qtbot.waitUntil(lambda: tab.model.rowCount() > 0)
    tab.view.selectRow(0)
    assert window.agreement_pdf_action.isEnabled()
    assert window.open_path(copy_demo(tmp_path / "ander.sqlite"), create=False)
    assert not window.agreement_pdf_action.isEnabled() and tab.current() is None


def test_the_guide_opens_at_the_tab_shown_and_at_its_start_on_the_start_page(
    qtbot, demo_window, tmp_path, monkeypatch
):
    from PySide6.QtGui import QAction

    from rmentor.models.storage import datafile
    from rmentor.ui.window import menus

    opened = []
    monkeypatch.setattr(menus, "show_guide", opened.append)
    window = demo_window
    guide = next(a for a in window.findChildren(QAction) if a.text() == "&User guide")
    window.tabs.setCurrentWidget(window.pairings_tab)
    guide.trigger()
    empty = tmp_path / "leeg.sqlite"
    datafile.create_file(empty)
    assert window.open_path(empty, create=False)
    assert window.stack.currentWidget() is window.welcome  # no programme yet
    guide.trigger()
    assert opened == ["matching", ""]


def test_a_window_with_no_file_yet_shows_nothing_of_one(qtbot, tmp_path):
    """At start, before its file has opened (and while a refusal of it is said), the
    window offers what a window with no file offers: no programme chooser, no steps."""
    from rmentor.ui.window.main_window import MainWindow
    from tests.conftest import copy_demo

    window = MainWindow()
    qtbot.addWidget(window)
    window.show()
    assert window.programme_toolbar.isHidden()
    assert not window.report_action.isEnabled() and not window.import_action.isEnabled()
    assert window.open_path(copy_demo(tmp_path / "demo.sqlite"), create=False)
    assert window.programme_toolbar.isVisible() and window.report_action.isEnabled()
    window.session.close()


def test_the_frame_paints_first_and_closes_cleanly_before_its_parts(qtbot, db_path):
    """Start-up (#29): the window's frame is on screen (its menu titles, no items yet)
    before its parts load; closed then, it keeps its size for next time and nothing fails.
    Built afterwards, the same window opens its file."""
    from PySide6.QtCore import QSettings

    from rmentor.models import demo
    from rmentor.models.storage import datafile
    from rmentor.ui.window.main_window import MainWindow

    datafile.open_file(db_path)
    demo.write_small_demo()
    datafile.close_file()
    frame = MainWindow(frame_only=True)
    qtbot.addWidget(frame)
    frame.show()
    titles = [a.text() for a in frame.menuBar().actions()]
    assert titles == ["&File", "&Edit", "&Programme", "P&articipants", "&Reports"] + [
        "&Contact",
        "&Help",
    ]
    assert all(not a.menu().actions() for a in frame.menuBar().actions())
    # greyed from the first paint as they are until a file opens: no flicker
    assert [a.isEnabled() for a in frame.menuBar().actions()] == [True, True] + [False] * 4 + [True]
    frame.resize(900, 640)
    frame.close()
    assert QSettings().value("window/geometry") is not None
    window = MainWindow(frame_only=True)
    qtbot.addWidget(window)
    window.show()
    assert window.width() == 900  # not the 1,200 a first start fits
    window.build()
    assert [a.text() for a in window.menuBar().actions()] == titles
    assert window.open_path(db_path, create=False)
    assert window.tabs.tabText(0) == "Overview" and window.programme is not None


@pytest.mark.asks_passphrase
def test_a_new_file_not_made_leaves_no_file_open_said_so(qtbot, tmp_path):
    """First start, the form that asks how a new file is kept cancelled: behind it the
    window says it is opening the file, and after it that no file is open, never the
    start page's "This file holds no programme yet" with no file there."""
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    from rmentor.ui.window.main_window import MainWindow

    window = MainWindow()
    qtbot.addWidget(window)
    window.show()
    behind = []

    def cancel():
        QApplication.activeModalWidget().reject()
        shown = window.stack.currentWidget()
        behind.append(shown.text() if shown is window.opening else shown.objectName())

    QTimer.singleShot(0, cancel)
    assert not window.open_path(tmp_path / "new.sqlite", create=True)
    assert behind == ["Opening new.sqlite…"]
    assert window.stack.currentWidget() is window.opening
    assert window.opening.text() == "No file is open: use File > Open or File > New file."
    assert not (tmp_path / "new.sqlite").exists()
    assert not window.programme_toolbar.isVisible()  # no empty chooser either
    titles = {a.text(): a.isEnabled() for a in window.menuBar().actions()}
    assert not titles["&Programme"] and not titles["&Contact"] and titles["&File"]


def test_the_start_page_makes_no_window_of_its_own(qtbot):
    """Its "about you" box, shown before the page was placed in the window, flashed up
    as a small window of its own at the corner of the screen."""
    from PySide6.QtWidgets import QApplication

    from rmentor.ui.tabs.welcome_page import WelcomePage

    page = WelcomePage()
    qtbot.addWidget(page)
    assert [w for w in QApplication.topLevelWidgets() if w.isVisible()] == []
    page.show()
    assert page.about.isVisible()  # no name kept yet: the box asks for it


def test_a_window_kept_inside_the_screen_is_not_moved(qtbot):
    """Moved before it is shown (it has no frame yet), a window is placed by its inside:
    a title bar lower on every start. Only a window off the screen is moved."""
    from PySide6.QtWidgets import QWidget

    from rmentor.ui.common.screen_fit import keep_on_screen

    window = QWidget()
    qtbot.addWidget(window)
    area = window.screen().availableGeometry()
    moves = []
    window.move = lambda *a: moves.append(a)
    for y in (80, area.bottom() + 1 - 400):  # inside, and down to its last row
        window.setGeometry(200, y, 600, 400)
        keep_on_screen(window)
    assert moves == []
    window.setGeometry(-900, 80, 600, 400)
    keep_on_screen(window)
    assert len(moves) == 1


def test_the_programme_chooser_shows_once_there_is_a_programme_to_choose(qtbot, tmp_path):
    from rmentor.models.programme import programmes
    from rmentor.ui.window.main_window import MainWindow

    window = MainWindow()
    qtbot.addWidget(window)
    window.show()
    assert window.open_path(tmp_path / "new.sqlite", create=True, ask=False)
    assert not window.programme_toolbar.isVisible()  # an empty chooser, else
    # the menus that act on a programme are greyed with none (making one is not)
    titles = {a.text(): a.isEnabled() for a in window.menuBar().actions()}
    assert (titles["&Programme"], titles["P&articipants"], titles["&Reports"]) == (
        True,
        False,
        False,
    )
    assert window.new_programme_action.isEnabled() and not window.switch_menu.isEnabled()
    programmes.create_with_defaults("Pilot")
    window.reload_programmes()
    assert window.programme_toolbar.isVisible() and window.programme_box.currentText() == "Pilot"
    titles = {a.text(): a.isEnabled() for a in window.menuBar().actions()}
    assert titles["P&articipants"] and titles["&Reports"] and window.switch_menu.isEnabled()


def test_a_window_closed_before_it_was_filled_is_not_filled(qtbot, qapp, db_path):
    """Closed between its first paint and its parts (the program is ending): no file is
    opened in it, nor remembered as the last one."""
    from argparse import Namespace

    from PySide6.QtCore import QSettings

    from rmentor.ui.window import app
    from rmentor.ui.window.main_window import MainWindow

    window = MainWindow(frame_only=True)
    qtbot.addWidget(window)
    window.show()
    window.close()
    args = Namespace(db=db_path, passphrase_file=None, check_preview=None, start_and_quit=False)
    before = QSettings().value("last_file")
    app.go_on(qapp, window, args)
    assert not window.built and not db_path.exists()
    assert QSettings().value("last_file") == before


def test_a_window_that_does_not_paint_is_filled_all_the_same(qtbot):
    """Started minimized, a window paints only when it is shown: its file opens anyway."""
    from PySide6.QtWidgets import QMainWindow

    from rmentor.ui.window import app

    window = QMainWindow()
    qtbot.addWidget(window)
    went_on = []
    app.after_first_paint(window, lambda: went_on.append(1), at_most_ms=50)  # never shown
    qtbot.waitUntil(lambda: went_on == [1], timeout=2000)
    window.show()
    qtbot.wait(100)
    assert went_on == [1]  # once, not again at its first paint


PRELOADED = """
import sys, time
from PySide6.QtCore import QCoreApplication, QEventLoop
from PySide6.QtWidgets import QApplication
app = QApplication([])
from rmentor.ui.window.main_window import MainWindow
window = MainWindow()
window.show()
assert window.open_path(sys.argv[1], create=False)
at_first = [m for m in ("pypdfium2", "reportlab") if m in sys.modules]
end = time.monotonic() + 10
while time.monotonic() < end and "rmentor.reports.pair_documents" not in sys.modules:
    QCoreApplication.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 50)
    time.sleep(0.02)
time.sleep(0.5)  # the thread's import done, not begun
print(at_first, [m for m in ("pypdfium2", "reportlab") if m in sys.modules])
window.session.close()
"""


def test_a_moment_after_a_file_opens_what_documents_need_is_loaded_beside_it(demo_window, tmp_path):
    """A pair's first document opened in 0.3 s with ReportLab loaded on the window's
    thread; it is loaded beside the window a moment after the file opens, as PDFium is."""
    result = run_on_demo_file(PRELOADED, demo_window, tmp_path)
    assert result.stdout.splitlines()[-1] == "[] ['pypdfium2', 'reportlab']"
