"""What every benchmark shares: the median of several runs, and the table of figures
with the target each must meet and the floor it is measured against."""

import statistics
import subprocess
import time

RESULTS: list[tuple[str, str, str, str, bool]] = []


def median_time(action, runs: int, setup=None) -> float:
    times = []
    for _ in range(runs):
        if setup:
            setup()
        start = time.perf_counter()
        action()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def record(
    name: str,
    seconds: float,
    limit: float | None,
    floor: float | None = None,
    unit: str = "s",
    target: str | None = None,
) -> None:
    if unit == "s":
        shown = f"{seconds * 1000:.0f} ms" if seconds < 1 else f"{seconds:.2f} s"
    else:  # a ratio keeps its decimals, megabytes need none
        shown = f"{seconds:.2f} {unit}" if unit == "x" else f"{seconds:.0f} {unit}"
    floor_text = (
        "" if floor is None else (f"{floor * 1000:.0f} ms" if floor < 1 else f"{floor:.2f} s")
    )
    ok = limit is None or seconds <= limit
    RESULTS.append((name, target or "", shown, floor_text, ok))
    print(
        f"  {name}: {shown}"
        + (f" (floor {floor_text})" if floor_text else "")
        + ("" if ok else "  <-- misses its target"),
        flush=True,
    )


def process_time(args: list[str], runs: int, env: dict) -> float:
    return median_time(
        lambda: subprocess.run(args, check=True, env=env, stdout=subprocess.DEVNULL), runs
    )


def paired_process_times(a: list[str], b: list[str], runs: int, env: dict):
    """(median of a, median of b, median of a/b) with a and b run in turn: on a shared
    machine the speed drifts within a minute, and a ratio of two separate medians drifts
    with it (a bare window's start measured 157 ms in one run and 243 ms in the next)."""
    pairs = []
    for _ in range(runs):
        pairs.append(
            tuple(
                median_time(
                    lambda args=args: subprocess.run(
                        args, check=True, env=env, stdout=subprocess.DEVNULL
                    ),
                    1,
                )
                for args in (a, b)
            )
        )
    first, second = zip(*pairs, strict=True)
    return (
        statistics.median(first),
        statistics.median(second),
        statistics.median(x / y for x, y in pairs),
    )


def wait_until(done, timeout: float = 600) -> None:
    """Run the window's event loop, idle as the app's own is, until done() holds: a loop
    of processEvents() would keep Python's lock from the thread doing the work."""
    from PySide6.QtCore import QEventLoop
    from PySide6.QtCore import QTimer

    if done():
        return
    loop = QEventLoop()
    check = QTimer()
    check.setInterval(5)
    check.timeout.connect(lambda: (done() or time.perf_counter() > deadline) and loop.quit())
    deadline = time.perf_counter() + timeout
    check.start()
    loop.exec()
    check.stop()
