"""The tabs past the overview are built when first shown: start-up neither imports nor
builds them, and each works as it did once it is there."""

import json
import os
import subprocess
import sys
from pathlib import Path

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


def test_start_up_imports_and_builds_only_the_overview(demo_window, tmp_path):
    path = demo_window.path
    demo_window.session.close()
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "XDG_CONFIG_HOME": str(tmp_path)}
    root = Path(__file__).resolve().parents[2]
    result = subprocess.run(
        [sys.executable, "-c", STARTED, str(path)],
        capture_output=True,
        text=True,
        env={**env, "PYTHONPATH": str(root)},
        cwd=root,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
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
