"""A window left open overnight shows the new day's figures: what is overdue, due or late
is worked out against today when the tables are read, so they are read again once the
date has changed (a laptop asleep over midnight too: its timers do not run asleep)."""

import datetime as dt

from PySide6.QtCore import QObject
from PySide6.QtCore import QTimer

CHECK_MS = 60_000


def today() -> dt.date:
    return dt.date.today()


class DayChange(QObject):
    def __init__(self, window):
        super().__init__(window)
        self.window = window
        self.day = today()
        self.timer = QTimer(self)
        self.timer.setInterval(CHECK_MS)
        self.timer.timeout.connect(self.check)
        self.timer.start()

    def check(self) -> None:
        if today() == self.day:
            return
        self.day = today()
        if self.window.programme is not None:
            self.window.refresh()
