"""What the window says after an action that changes or writes something.

A line in the status bar: "Done: pause the pairing of …", "Saved …", with an
"Open folder" button when a file was written, so the coordinator always knows
what happened and where a file went. Dialogs and tabs call `tell`; the main
window installs the line (as `history.install`), so code run outside a window
just carries on.
"""

from pathlib import Path

import shiboken6
from PySide6.QtCore import Qt
from PySide6.QtCore import QTimer
from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QHBoxLayout
from PySide6.QtWidgets import QLabel
from PySide6.QtWidgets import QPushButton
from PySide6.QtWidgets import QSizePolicy
from PySide6.QtWidgets import QWidget

SHOWN_MS = 20000  # long enough to read, then it stops claiming to be news


class ElidedLabel(QLabel):
    """One line that ends in "…" where its room ends, never pushing the counts beside it
    away; the whole text in its tooltip then."""

    def __init__(self):
        super().__init__()
        self.whole = ""
        self.path_tip = ""
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)

    def setText(self, text: str) -> None:  # noqa: N802 - Qt's name
        self.whole = text
        self._fit()

    def text(self) -> str:
        return self.whole

    def resizeEvent(self, event) -> None:  # noqa: N802 - Qt's name
        super().resizeEvent(event)
        self._fit()

    def _fit(self) -> None:
        shown = self.fontMetrics().elidedText(self.whole, Qt.TextElideMode.ElideRight, self.width())
        super().setText(shown)
        tips = [self.whole] if shown != self.whole else []
        self.setToolTip("\n".join([*tips, self.path_tip]).strip())


class NoticeLine(QWidget):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("notice_line")
        self.text = ElidedLabel()
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
        self.text.path_tip = str(path) if path is not None else ""
        self.text.setText(text)
        self.folder_button.setVisible(self.folder is not None)
        self.timer.start(SHOWN_MS if self.folder is None else 3 * SHOWN_MS)

    def clear(self) -> None:
        self.text.path_tip = ""
        self.text.setText("")
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
