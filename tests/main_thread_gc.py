"""The test workers' garbage collector, run on the window's thread only.

A pytest-xdist worker has a thread of its own that receives the next tests; Python's
collector runs on whichever thread allocates when a collection is due, and a collection
there freed a closed window's Qt objects off the window's thread: the next window's
constructor crashed (QScreen::virtualSiblings, from QWidget::screen) in about one run in
five of the suite under coverage, and xdist then hung. So in the tests the automatic
collector is off, and a timer on the window's thread runs the collections it would have
run, by the same counts, none while a step is paused (database.paused_gc). The app has no
such thread: its steps pause the collector and have it resumed on the window's thread.
"""

import gc
import time

from PySide6.QtCore import QObject
from PySide6.QtCore import QTimer

from rmentor.models.storage import database

INTERVAL_MS = 500
FULL_EVERY_S = 60  # a full collection walks every object the tests hold


class Collector(QObject):
    def __init__(self, parent: QObject):
        super().__init__(parent)
        self.full_at = time.monotonic()
        gc.disable()
        self.timer = QTimer(self)
        self.timer.setInterval(INTERVAL_MS)
        self.timer.timeout.connect(self.collect)
        self.timer.start()

    def collect(self) -> None:
        if database._pauses.count:  # a step builds its lists
            return
        counts, limits = gc.get_count(), gc.get_threshold()
        due = [generation for generation in range(3) if counts[generation] > limits[generation]]
        now = time.monotonic()
        if 2 in due and now - self.full_at < FULL_EVERY_S:
            due.remove(2)
        if not due:
            return
        if due[-1] == 2:
            self.full_at = now
        gc.collect(due[-1])


def start(app: QObject) -> Collector:
    found = app.findChild(Collector)
    return found if found is not None else Collector(app)
