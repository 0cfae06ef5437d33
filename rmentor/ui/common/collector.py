"""Python's cyclic garbage collector, run on the window's thread only.

Left to itself it runs on whichever thread allocates when a collection is due: a step's,
or a library's. Qt objects it frees there (a closed window's) are deleted off the window's
thread, which Qt does not survive: seen in the test suite as a crash in the next window's
constructor, in about one run in five under coverage. So the automatic collector is
switched off, and a timer on the window's thread runs the collections it would have run,
by the same counts, but not while a step builds its big lists (database.paused_gc).
"""

import gc
import sys
import time

from PySide6.QtCore import QObject
from PySide6.QtCore import QTimer

INTERVAL_MS = 500
# A full collection walks every object the app holds (0.2 s over the 1.4 million of a
# large file's rows): Python's own collector runs one only once the objects kept since the
# last have grown by a quarter, a count it does not show (counting them takes 40 ms).
# Instead at most one every five minutes: cycles it would free wait that long.
FULL_EVERY_S = 300
DATABASE = "rmentor.models.storage.database"  # imported once a file opens, not for this


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
        """The oldest generation due, as the automatic collector would choose it."""
        database = sys.modules.get(DATABASE)
        if database is not None and database.collection_paused():
            return
        counts, limits = gc.get_count(), gc.get_threshold()
        due = [generation for generation in range(3) if counts[generation] > limits[generation]]
        now = time.monotonic()
        if 2 in due and now - self.full_at < FULL_EVERY_S:
            due.remove(2)  # held back (FULL_EVERY_S): the younger ones only if due themselves
        if not due:
            return
        if due[-1] == 2:
            self.full_at = now
        gc.collect(due[-1])


def start(app: QObject) -> Collector:
    """The application's collector, made once."""
    found = app.findChild(Collector)
    return found if found is not None else Collector(app)
