"""The floor for start-up: a bare PySide6 window with three empty tabs, shown, then quit."""

import os
import sys

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QTimer  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402
from PySide6.QtWidgets import QMainWindow  # noqa: E402
from PySide6.QtWidgets import QTabWidget  # noqa: E402
from PySide6.QtWidgets import QWidget  # noqa: E402

app = QApplication(sys.argv[:1])
window = QMainWindow()
tabs = QTabWidget()
for title in ("One", "Two", "Three"):
    tabs.addTab(QWidget(), title)
window.setCentralWidget(tabs)
window.show()
QTimer.singleShot(0, app.quit)
app.exec()
