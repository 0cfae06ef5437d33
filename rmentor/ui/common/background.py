"""A long step on a thread of its own: the window keeps repainting, and after 200 ms a
small window shows what is going on, with Stop where stopping is safe. The step reads
the file through a connection of its own (peewee keeps one per thread) and closes it."""

import contextlib
import sys
import threading
import time
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtCore import QEvent
from PySide6.QtCore import QEventLoop
from PySide6.QtCore import QObject
from PySide6.QtCore import Qt
from PySide6.QtCore import QTimer
from PySide6.QtCore import Signal
from PySide6.QtCore import Slot
from PySide6.QtWidgets import QApplication
from PySide6.QtWidgets import QProgressDialog
from PySide6.QtWidgets import QWidget

from rmentor.models.errors import DomainError
from rmentor.models.storage import database
from rmentor.models.storage.database import db
from rmentor.models.storage.database import failure_reason
from rmentor.models.storage.database import paused_gc
from rmentor.ui.common.labels import domain_text

DONE, STOPPED, FAILED = "done", "stopped", "failed"


def progress_window(parent: QWidget, label: str, after_ms: int) -> QProgressDialog:
    """A window-modal progress window with Stop, shown once a step has taken after_ms;
    its title says what goes on (the window list shows it), not just "rmentor". Wide
    enough for that title; done() lets go of it once its step has ended."""
    progress = QProgressDialog(
        label, QCoreApplication.translate("Background", "Stop"), 0, 0, parent
    )
    progress.setWindowTitle(label.rstrip("…"))
    progress.setWindowModality(Qt.WindowModality.WindowModal)
    progress.setMinimumDuration(after_ms)
    progress.setMinimumWidth(progress.fontMetrics().horizontalAdvance(label) + 160)
    return progress


def done(progress: QProgressDialog) -> None:
    """A progress window closed and let go of (not one more hidden child per step): only
    once its step has ended, as the coordinator may close it (Escape, its X) meanwhile.
    A click aimed at its Stop a moment too late goes nowhere."""
    shown = progress.isVisible()
    progress.close()
    progress.deleteLater()
    if shown and STOP_AIM_MS:
        _hold_clicks_a_moment()


def run_stoppable(
    parent: QWidget, label: str, work: Callable[[Callable[[], bool]], object], stopped=()
) -> tuple[str, object]:
    """work(going_on) runs on its own thread; going_on() turns False once Stop is
    pressed, and work then raises one of `stopped` (with none, there is no Stop); a step
    that counts says going_on(done, total), and the progress window shows how far it is.
    Returns (DONE, its result), (STOPPED, None) or (FAILED, the exception), for the
    caller to say in words."""
    stop = threading.Event()
    out: dict = {}
    at = [0, 0]  # done, of how many (0: not counted, a busy bar)

    def going_on(done: int = 0, total: int = 0) -> bool:
        at[:] = done, total
        # a step that writes as it goes lets go of Python's lock at every write and
        # takes it back at once, before the window's thread can: left alone, the window
        # waits up to half a second; a short sleep hands the lock over
        time.sleep(0.001)
        return not stop.is_set()

    def run() -> None:
        try:
            # a full collection over a large file's objects holds every thread for
            # 0.2 s at a time; the step's lists hold no cycles to collect
            with paused_gc():
                out["result"] = work(going_on)
        except BaseException as error:  # noqa: BLE001 - handed to the window's thread
            out["error"] = error
        finally:
            if not db.is_closed():  # this thread's own connection, if it made one
                db.close()

    thread = threading.Thread(target=run, name=label, daemon=True)
    thread.start()
    progress = progress_window(parent, label, 200)
    if not stopped:  # a step that cannot stop half way offers no Stop
        progress.setCancelButton(None)
    progress.setValue(0)  # starts the clock: without a value it would never show
    # no second step is started from inside this one, and no click lands later on
    # whatever the window shows by then
    with holding_input(parent):
        while thread.is_alive():
            QApplication.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 50)
            thread.join(0.02)
            if progress.wasCanceled():
                stop.set()
            elif at[1] and at[0] < at[1]:  # short of the end: the end closes the window
                progress.setMaximum(at[1])
                progress.setValue(at[0])
    done(progress)
    error = out.get("error")
    if error is None:
        return DONE, out.get("result")
    if isinstance(error, tuple(stopped)):
        return STOPPED, None
    return FAILED, error


def progress_steps(parent: QWidget, text: str):
    """For a long batch that writes, on the window's thread (the file is written by one):
    a progress window and its step function, which says False once the coordinator
    pressed Stop. The batch calls step(count, total) as it goes; the window repaints."""
    progress = progress_window(parent, text, 700)  # a handful: no window flashing by

    painted = [time.monotonic()]

    def step(count: int, total: int) -> bool:
        progress.setMaximum(total)
        progress.setValue(count)
        # the window repaints: the dialog's setValue does that only for a new value
        if time.monotonic() - painted[0] > 0.05:
            painted[0] = time.monotonic()
            with holding_input(parent):
                QApplication.processEvents()
        return not progress.wasCanceled()

    return progress, step


def tell_failure(parent: QWidget | None, title: str, words: str, error: BaseException) -> None:
    """A step that failed on its thread, said in words: a refusal of ours as it is worded,
    anything else by its kind only (words hold %1), never with its text."""
    from rmentor.ui.common.messages import show_problem

    if isinstance(error, DomainError):
        show_problem(parent, title, error)
    else:
        show_problem(parent, title, words.replace("%1", domain_text(failure_reason(error))))


def read_beside(parent: QWidget, doing: str, title: str, words: str, work: Callable[[], object]):
    """work() on its own thread, no Stop, its progress shown: (True, what it gave), or
    (False, None) once its failure is said (tell_failure's title and words)."""
    outcome, result = run_stoppable(parent, doing, lambda _going_on: work())
    if outcome == FAILED:
        tell_failure(parent, title, words, result)
        return False, None
    return True, result


_holds: list["_HoldInput"] = []  # the steps holding a window's input now
CLOSE_RETRY_MS = 100  # a close waiting for the window to be free looks again this often


@contextlib.contextmanager
def holding_input(parent: QWidget | None):
    """While a step runs inside the window's loop, clicks and keys meant for its window
    go nowhere (a progress window, once it shows, takes its own); a Close is done once
    no step holds the window any more, and what it said at its end was read."""
    hold = _HoldInput(parent.window() if parent is not None else None)
    QApplication.instance().installEventFilter(hold)
    _holds.append(hold)
    try:
        yield
    finally:
        QApplication.instance().removeEventFilter(hold)
        _holds.remove(hold)
        if hold.close_wanted:
            _close_when_free(hold.window)


def _close_when_free(window: QWidget) -> None:
    def close() -> None:
        modal = QApplication.activeModalWidget()
        if any(h.window is window for h in _holds) or modal not in (None, window):
            QTimer.singleShot(CLOSE_RETRY_MS, close)  # a next step, or its last word
        else:
            _closing.remove(window)
            window.close()

    _closing.append(window)
    QTimer.singleShot(0, close)


_closing: list[QWidget] = []  # windows whose Close waits for them to be free


def close_wanted(window: QWidget) -> bool:
    """The window was asked to close while a step held it: what the step was for (a form
    to open with what it read) is not started any more."""
    return any(w is window for w in _closing)


class _Collector(QObject):
    """Resumes the garbage collector on the window's thread, for a step on another."""

    resume = Signal()

    def __init__(self):
        super().__init__()
        self.resume.connect(self._enable)  # queued: this object lives on the window's thread

    @Slot()
    def _enable(self) -> None:
        database.resume_if_unpaused()


_collector = _Collector()
database.resume_collector = _collector.resume.emit
# A thread waiting for Python's lock gets it from a busy one after this long (5 ms by
# default). The window's thread takes it for every call into Python, a dozen per frame
# and hundreds when a table is drawn again (each row, each model call): beside a step's
# busy thread, a table redrawn under a progress window took 0.2-0.3 s at 0.5 ms, 0.1 s
# at 0.1 ms. The step's thread loses nothing measurable: it is handed the lock back.
sys.setswitchinterval(0.0001)


class _HoldInput(QObject):
    INPUT = {
        QEvent.Type.MouseButtonPress,
        QEvent.Type.MouseButtonRelease,
        QEvent.Type.MouseButtonDblClick,
        QEvent.Type.KeyPress,
        QEvent.Type.KeyRelease,
        QEvent.Type.ShortcutOverride,
        QEvent.Type.Wheel,
        QEvent.Type.Close,
    }

    def __init__(self, window: QWidget | None):
        super().__init__()
        self.window = window
        self.close_wanted = False

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 - Qt's name
        if event.type() not in self.INPUT or not isinstance(watched, QWidget):
            return False
        if watched.window() is not self.window:
            return False
        if event.type() == QEvent.Type.Close and watched is self.window:
            self.close_wanted = True  # done once the step has ended
        if event.type() == QEvent.Type.ShortcutOverride:
            # taken as the widget's own key (then held as a key press): ignored, Qt would
            # run the shortcut it is, Alt+I pressing Import with a plan not yet checked
            event.accept()
        else:
            event.ignore()  # a close arrives accepted: kept from it, the window would close
        return True


class _HoldClicks(QObject):
    """Clicks anywhere in the app go nowhere (see _hold_clicks_a_moment), but on the
    progress window of a next step: its Stop is what they were aimed at."""

    # presses only: a release lets go of a button pressed before the moment began
    CLICKS = {QEvent.Type.MouseButtonPress, QEvent.Type.MouseButtonDblClick}

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 - Qt's name
        if event.type() not in self.CLICKS:
            return False
        return not (isinstance(watched, QWidget) and isinstance(watched.window(), QProgressDialog))


STOP_AIM_MS = 400  # a click this soon after a progress window went was aimed at its Stop


def _hold_clicks_a_moment() -> None:
    """A click aimed at Stop as the step ended would land on whatever was under the
    progress window: a row of the table, or the OK of the message that says how the
    step went, dismissed unread. For a moment after it goes, clicks go nowhere."""
    app = QApplication.instance()
    hold = _HoldClicks()
    app.installEventFilter(hold)
    QTimer.singleShot(STOP_AIM_MS, lambda: app.removeEventFilter(hold))


def start(name: str, work: Callable[[], object], deliver: Callable[[object], None]) -> None:
    """work() on a thread of its own, what it gives (or the exception it raised) handed
    to deliver: a signal's emit, which carries it over to the window's thread."""

    def run() -> None:
        try:
            with paused_gc():
                found = work()
        except Exception as error:  # noqa: BLE001 - said in words on the window's thread
            found = error
        finally:
            if not db.is_closed():  # this thread's own connection, if it made one
                db.close()
        with contextlib.suppress(RuntimeError):  # the window was closed meanwhile
            deliver(found)

    threading.Thread(target=run, name=name, daemon=True).start()
