"""A window asked to close while a step runs beside it closes once the step has ended
and what it said at its end was read; before, the request was dropped without a word."""

import threading

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QMessageBox
from PySide6.QtWidgets import QWidget

from rmentor.ui.common import background


def shown_window(qtbot) -> QWidget:
    window = QWidget()
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    return window


def test_a_close_asked_for_during_a_step_is_done_when_it_ends(qtbot):
    window = shown_window(qtbot)
    may_end = threading.Event()
    still_open = []

    def close_then_end():
        window.close()  # the title bar's X, as the window hears it
        qtbot.wait(200)
        still_open.append(window.isVisible())  # not in the middle of the step
        may_end.set()

    QTimer.singleShot(100, close_then_end)
    outcome = background.run_stoppable(window, "a step", lambda _going_on: may_end.wait(10))
    assert outcome == (background.DONE, True) and still_open == [True]
    qtbot.waitUntil(lambda: not window.isVisible(), timeout=2000)


def test_the_close_waits_for_what_the_step_says_at_its_end(qtbot):
    window = shown_window(qtbot)
    QTimer.singleShot(50, window.close)
    background.run_stoppable(window, "a step", lambda _going_on: threading.Event().wait(0.3))
    box = QMessageBox(QMessageBox.Icon.Warning, "Not written", "The step failed.", parent=window)
    box.open()  # window-modal, as the app says a problem
    qtbot.wait(400)
    assert window.isVisible() and box.isVisible()
    box.accept()
    qtbot.waitUntil(lambda: not window.isVisible(), timeout=2000)
