"""The app's memory with every tab opened on the large file (or a bigger one: --scale)."""

import resource
import subprocess
import sys
from pathlib import Path

from measure import record

HERE = Path(__file__).resolve().parent


# the bounds: the large demo, and three times it (python benchmarks/run.py --scale 3)
LIMITS_MB = {1: 400, 3: 600}


def peak_kib() -> int:
    """This process's peak resident memory since it started, in KiB. On Linux the
    high-water mark of its own memory (VmHWM): ru_maxrss keeps across exec the peak of the
    process it was started from, so a child of the benchmark, which has written the large
    demo and run every other group, reported the benchmark's peak (up to 1 GB), not its own."""
    try:
        with open("/proc/self/status") as status:
            return next(int(line.split()[1]) for line in status if line.startswith("VmHWM:"))
    except (OSError, StopIteration):
        peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
        return peak // 1024 if sys.platform == "darwin" else peak  # bytes there


def memory(large: Path, env: dict, scale: float = 1) -> None:
    """Peak memory of a window that opened the file and showed every tab, each with all
    its rows read (a big table's on a thread of its own: waited for)."""
    script = (
        "import os, sys; sys.path[:0] = [sys.argv[2], sys.argv[3]]\n"
        "os.environ['QT_QPA_PLATFORM'] = 'offscreen'\n"
        "from PySide6.QtWidgets import QApplication\n"
        "app = QApplication([])\n"
        "from rmentor.ui.window.main_window import MainWindow\n"
        "w = MainWindow(); w.show(); w.open_path(sys.argv[1], create=False)\n"
        "from measure import wait_until\n"
        "from memory import peak_kib\n"
        "for i in range(w.tabs.count()):\n"
        "    w.tabs.setCurrentIndex(i); tab = w.tabs.widget(i)\n"
        "    wait_until(lambda: not tab.loading() and not w.session.backing_up())\n"
        "print(peak_kib())\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", script, str(large), str(HERE.parent), str(HERE)],
        check=True,
        capture_output=True,
        text=True,
        env=env,
    )
    megabytes = int(result.stdout.split()[-1]) / 1024
    limit = LIMITS_MB.get(scale)
    record(
        f"peak memory, {'large file' if scale == 1 else f'{scale:g} x the large file'}, "
        "all tabs opened",
        megabytes,
        limit,
        unit="MB",
        target=f"< {limit} MB" if limit else "",
    )
