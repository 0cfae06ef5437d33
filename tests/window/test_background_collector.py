"""A step on a thread pauses the garbage collector; it is resumed on the window's thread,
never on the step's: a collection there could free the window's Qt objects off its
thread, which PySide does not survive (a test run once hung on it)."""

import gc
import threading

import pytest

from rmentor.ui.common import background


@pytest.fixture(autouse=True)
def _collector_as_the_app_has_it():
    """The app's collector runs by itself; the tests' runs from a timer (main_thread_gc):
    on here, as in the app, and off again after."""
    gc.enable()
    yield
    gc.disable()


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


def test_a_step_that_ends_while_another_runs_leaves_the_collector_paused(qtbot):
    """The first step's resume, arriving on the window's thread while a second step still
    runs, would let the collector run on the second step's thread (seen: gen-2
    collections of 0.1 s there, holding the window)."""
    first_may_end, second_may_end = threading.Event(), threading.Event()
    second_began, delivered = threading.Event(), []

    def second():
        second_began.set()
        second_may_end.wait(10)
        return "second"

    assert gc.isenabled()
    background.start("first", lambda: first_may_end.wait(10) and "first", delivered.append)
    background.start("second", second, delivered.append)
    assert second_began.wait(5)
    first_may_end.set()
    qtbot.waitUntil(lambda: delivered == ["first"], timeout=5000)
    qtbot.wait(100)  # the first step's resume is handled by now
    assert not gc.isenabled()
    second_may_end.set()
    qtbot.waitUntil(lambda: delivered == ["first", "second"] and gc.isenabled(), timeout=5000)
