"""Python's cyclic garbage collector runs on the window's thread only: freeing the
window's Qt objects on another thread is what Qt does not survive (seen: a crash in the
next window's constructor, in about one run in five of the suite under coverage)."""

import gc
import threading

from rmentor.models.storage import database
from rmentor.ui.common import background
from rmentor.ui.common import collector


def test_collections_run_on_the_windows_thread_as_they_fall_due(qtbot, monkeypatch):
    ran_on = []
    real = gc.collect
    monkeypatch.setattr(
        gc,
        "collect",
        lambda generation=2: (
            ran_on.append((threading.current_thread(), generation)),
            real(generation),
        )[1],
    )
    assert not gc.isenabled()  # never on its own, on whatever thread allocates
    # a step an earlier test left running still holds the collector (a loaded machine)
    qtbot.waitUntil(lambda: not database.collection_paused(), timeout=10_000)
    garbage = []
    for _ in range(2 * gc.get_threshold()[0]):  # cycles: what only the collector frees
        cycle = []
        cycle.append(cycle)
        garbage.append(cycle)
    del garbage, cycle
    qtbot.waitUntil(lambda: bool(ran_on), timeout=10 * collector.INTERVAL_MS)
    assert {thread for thread, _generation in ran_on} == {threading.main_thread()}
    assert gc.get_count()[0] < gc.get_threshold()[0]


def test_no_collection_while_a_step_builds_its_lists_and_none_after_on_its_thread(
    qtbot, monkeypatch
):
    ran_on, may_end, delivered = [], threading.Event(), []
    real = gc.collect
    monkeypatch.setattr(
        gc,
        "collect",
        lambda generation=2: (ran_on.append(threading.current_thread()), real(generation))[1],
    )

    def step():
        garbage = []
        for _ in range(2 * gc.get_threshold()[0]):
            cycle = []
            cycle.append(cycle)
            garbage.append(cycle)
        may_end.wait(10)
        return len(garbage)

    background.start("a step", step, delivered.append)
    qtbot.waitUntil(database.collection_paused, timeout=2000)
    qtbot.wait(3 * collector.INTERVAL_MS)
    assert ran_on == []  # due, and waiting for the step
    may_end.set()
    qtbot.waitUntil(lambda: bool(delivered) and bool(ran_on), timeout=5000)
    assert set(ran_on) == {threading.main_thread()} and not gc.isenabled()


def test_a_full_collection_waits_five_minutes_after_the_last(qapp, monkeypatch):
    """A full one walks every object a large file's rows make (0.2 s): not every time
    Python's counts would ask for it."""
    import time

    made = collector.start(qapp)
    ran = []
    monkeypatch.setattr(gc, "collect", lambda generation=2: ran.append(generation))
    counts = [(800, 11, 11)]  # every generation due
    monkeypatch.setattr(gc, "get_count", lambda: counts[0])
    made.full_at = time.monotonic() - collector.FULL_EVERY_S - 1
    made.collect()
    made.collect()  # due again at once: the middle one instead
    counts[0] = (5, 2, 30)  # only the full one due, and held back: nothing at all
    made.collect()
    counts[0] = (800, 2, 30)
    made.collect()  # the youngest, due by its own count
    made.full_at -= collector.FULL_EVERY_S
    made.collect()
    assert ran == [2, 1, 0, 2]
