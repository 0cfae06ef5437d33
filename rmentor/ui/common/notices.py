"""What the window says after an action that changes or writes something.

A line in the status bar: "Done: pause the pairing of …", "Saved …", with an
"Open folder" button when a file was written, so the coordinator always knows
what happened and where a file went. Dialogs and tabs call `tell`; the main
window installs the line (as `history.install`), so code run outside a window
just carries on.
"""

from pathlib import Path

import shiboken6
from PySide6.QtCore import QTimer
from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QHBoxLayout
from PySide6.QtWidgets import QLabel
from PySide6.QtWidgets import QPushButton
from PySide6.QtWidgets import QWidget

SHOWN_MS = 20000  # long enough to read, then it stops claiming to be news


class NoticeLine(QWidget):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("notice_line")
        self.text = QLabel()
        self.text.setObjectName("notice_text")
        self.folder_button = QPushButton(self.tr("Open folder"))
        self.folder_button.setObjectName("open_folder")
        self.folder_button.clicked.connect(self.open_folder)
        self.folder: Path | None = None
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.timeout.connect(self.clear)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.text, 1)
        layout.addWidget(self.folder_button)
        self.clear()

    told = 0  # how many things it has said: a caller sees whether it said one since

    def tell(self, text: str, path: Path | str | None = None) -> None:
        self.told += 1
        self.folder = Path(path).parent if path is not None else None
        self.text.setText(text)
        self.text.setToolTip(str(path) if path is not None else "")
        self.folder_button.setVisible(self.folder is not None)
        self.timer.start(SHOWN_MS if self.folder is None else 3 * SHOWN_MS)

    def clear(self) -> None:
        self.text.clear()
        self.folder = None
        self.folder_button.hide()

    def open_folder(self) -> None:
        if self.folder is not None:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.folder)))


_line: NoticeLine | None = None


def install(line: NoticeLine | None) -> None:
    global _line
    _line = line


def tell(text: str, path: Path | str | None = None) -> None:
    if _line is not None and shiboken6.isValid(_line):  # its window may be gone
        _line.tell(text, path)
