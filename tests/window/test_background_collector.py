"""A step on a thread pauses the garbage collector; it is resumed on the window's thread,
never on the step's: a collection there could free the window's Qt objects off its
thread, which PySide does not survive (a test run once hung on it)."""

import gc
import threading

from rmentor.ui.common import background


def test_the_collector_is_resumed_on_the_windows_thread(qtbot, monkeypatch):
    resumed_on = []
    real_enable = gc.enable
    monkeypatch.setattr(
        gc, "enable", lambda: (resumed_on.append(threading.current_thread()), real_enable())
    )
    delivered = []
    assert gc.isenabled()
    background.start("a step", lambda: sum(range(1000)), delivered.append)
    qtbot.waitUntil(lambda: bool(delivered) and gc.isenabled(), timeout=5000)
    assert delivered == [499500]
    assert resumed_on == [threading.main_thread()]
