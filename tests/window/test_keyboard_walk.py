"""From a staff list to the report for management with the keyboard alone.

Every key goes to the widget that has the focus, as a keyboard would send it; the
only things not typed are the file names a file dialog would take (the system's
file dialog is keyboard-ready by itself and cannot run here).
"""

from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtCore import Qt
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QApplication
from PySide6.QtWidgets import QDialog
from PySide6.QtWidgets import QFileDialog

from rmentor.models.programme.entities import Pairing
from rmentor.models.programme.entities import Participant
from rmentor.models.programme.entities import Programme
from rmentor.models.storage import datafile
from tests.window.mnemonics import letter

SAMPLE = Path(__file__).parents[1] / "data" / "personeelslijst_excel_nl.csv"


def press(qtbot, key, modifier=Qt.KeyboardModifier.NoModifier, times=1):
    for _ in range(times):
        target = QApplication.focusWidget() or QApplication.activeWindow()
        qtbot.keyClick(target, key, modifier)


def alt(qtbot, button):
    """Press the button's Alt+letter (Qt shows the button pressed, then clicks it)."""
    key = getattr(Qt.Key, f"Key_{letter(button.text()).upper()}")
    with qtbot.waitSignal(button.clicked):
        press(qtbot, key, Qt.KeyboardModifier.AltModifier)


def typed(qtbot, text):
    qtbot.keyClicks(QApplication.focusWidget(), text)


def active_dialog(qtbot, before):
    def found():
        window = QApplication.activeWindow()
        return isinstance(window, QDialog) and window not in before and window.isVisible()

    qtbot.waitUntil(found)
    return QApplication.activeWindow()


@pytest.mark.parametrize("lang", ["en", "nl"])
def test_from_staff_list_to_report_by_keyboard(
    qtbot, language, db_path, tmp_path, monkeypatch, messages, lang
):
    from rmentor.ui.window.main_window import MainWindow

    language(lang)
    staff = tmp_path / "staff.csv"
    staff.write_bytes(SAMPLE.read_bytes())
    reports = tmp_path / "rapporten"  # where the coordinator saved a file last
    reports.mkdir()
    QSettings().setValue("folders/last", str(reports))
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(staff), ""))
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: False)  # no PDF viewer here
    datafile.create_file(db_path)
    window = MainWindow()
    qtbot.addWidget(window)
    window.show()
    assert window.open_path(db_path, create=False)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    dialogs = set()

    # Ctrl+I: import; with no programme yet, the programme form comes first
    press(qtbot, Qt.Key.Key_I, Qt.KeyboardModifier.ControlModifier)
    form = active_dialog(qtbot, dialogs)
    dialogs.add(form)
    typed(qtbot, "Reverse mentoring 2027")  # the focus starts in the name
    press(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: Programme.select().count() == 1)
    sheet = active_dialog(qtbot, dialogs)  # then the sheet, checked
    dialogs.add(sheet)
    press(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: Participant.select().count() == 6)

    # Ctrl+Tab to the pairings; the suggestions by their Alt+letter
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    assert window.tabs.currentWidget() is window.participants_tab
    press(qtbot, Qt.Key.Key_Tab, Qt.KeyboardModifier.ControlModifier)
    assert window.tabs.currentWidget() is window.pairings_tab
    alt(qtbot, window.pairings_tab.suggest_button)
    plan = active_dialog(qtbot, dialogs)
    dialogs.add(plan)
    alt(qtbot, plan.accept_all_button)
    alt(qtbot, plan.plan_button)
    qtbot.waitUntil(lambda: Pairing.select().where(Pairing.status == "active").count() > 0)

    # Ctrl+P: the report's preview; Ctrl+S saves it, in the folder last used
    suggested = []

    def save_as(parent, title, name, filters):
        suggested.append(Path(name))
        return name, ""

    monkeypatch.setattr(QFileDialog, "getSaveFileName", save_as)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    press(qtbot, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)
    preview = active_dialog(qtbot, dialogs)
    qtbot.waitUntil(lambda: preview.view.count() > 1)  # drawn on a thread of its own
    assert QApplication.focusWidget() is preview.view  # Page Down turns the page at once
    press(qtbot, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    [report] = suggested
    assert report.parent == reports  # the folder last saved to, not beside HR's list
    assert report.exists() and report.read_bytes().startswith(b"%PDF")
    assert report.stat().st_size > 10_000
    assert messages == []  # nothing went wrong on the way


def test_tabs_switch_from_anywhere_in_the_window(qtbot, demo_window):
    """From the toolbar's programme box, as after a menu: the tab widget does not have the
    focus, and Ctrl+Tab, Ctrl+Page Down and Alt+number still switch tabs."""
    window = demo_window
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    window.programme_box.setFocus()
    assert window.tabs.currentIndex() == 0
    press(qtbot, Qt.Key.Key_Tab, Qt.KeyboardModifier.ControlModifier)
    assert window.tabs.currentIndex() == 1
    window.programme_box.setFocus()
    press(qtbot, Qt.Key.Key_PageDown, Qt.KeyboardModifier.ControlModifier)
    assert window.tabs.currentIndex() == 2
    window.programme_box.setFocus()
    press(qtbot, Qt.Key.Key_PageUp, Qt.KeyboardModifier.ControlModifier)
    assert window.tabs.currentIndex() == 1
    window.programme_box.setFocus()
    press(qtbot, Qt.Key.Key_4, Qt.KeyboardModifier.AltModifier)
    assert window.tabs.currentWidget() is window.journal_tab
    assert window.journal_tab.isAncestorOf(QApplication.focusWidget())  # keys go on there
