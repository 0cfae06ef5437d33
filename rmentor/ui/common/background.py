"""A long step on a thread of its own: the window keeps repainting, and after 200 ms a
small window shows what is going on, with Stop where stopping is safe. The step reads
the file through a connection of its own (peewee keeps one per thread) and closes it."""

import threading
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtCore import QEventLoop
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from PySide6.QtWidgets import QProgressDialog
from PySide6.QtWidgets import QWidget

from rmentor.models.storage.database import db

DONE, STOPPED, FAILED = "done", "stopped", "failed"


def run_stoppable(
    parent: QWidget, label: str, work: Callable[[Callable[[], bool]], object], stopped=()
) -> tuple[str, object]:
    """work(going_on) runs on its own thread; going_on() turns False once Stop is
    pressed, and work then raises one of `stopped`. Returns (DONE, its result),
    (STOPPED, None) or (FAILED, the exception), for the caller to say in words."""
    stop = threading.Event()
    out: dict = {}

    def run() -> None:
        try:
            out["result"] = work(lambda: not stop.is_set())
        except BaseException as error:  # noqa: BLE001 - handed to the window's thread
            out["error"] = error
        finally:
            db.close()  # this thread's own connection

    thread = threading.Thread(target=run, name=label, daemon=True)
    thread.start()
    progress = QProgressDialog(
        label, QCoreApplication.translate("Background", "Stop"), 0, 0, parent
    )
    progress.setWindowModality(Qt.WindowModality.WindowModal)
    progress.setMinimumDuration(200)
    while thread.is_alive():
        QApplication.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 50)
        thread.join(0.02)
        if progress.wasCanceled():
            stop.set()
    progress.close()
    error = out.get("error")
    if error is None:
        return DONE, out.get("result")
    if isinstance(error, tuple(stopped)):
        return STOPPED, None
    return FAILED, error
