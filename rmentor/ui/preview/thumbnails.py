"""The column of small pages beside the preview: one item per page at once, their
pictures drawn a few at a time while the window stays responsive (65 take seconds)."""

from PySide6.QtCore import QCoreApplication
from PySide6.QtCore import QSize
from PySide6.QtCore import Qt
from PySide6.QtCore import QTimer
from PySide6.QtGui import QIcon
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import QListView
from PySide6.QtWidgets import QListWidget
from PySide6.QtWidgets import QListWidgetItem

from rmentor.ui.preview.pdf_pages import PdfPages

WIDTH = 96  # pixels
AT_A_TIME = 3  # pictures drawn per turn of the event loop


class Thumbnails(QListWidget):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("thumbnails")
        self.setViewMode(QListView.ViewMode.IconMode)
        self.setFlow(QListView.Flow.TopToBottom)
        self.setWrapping(False)
        self.setMovement(QListView.Movement.Static)
        self.setIconSize(QSize(WIDTH, round(WIDTH * 1.42)))
        self.setSpacing(6)
        self.setFixedWidth(WIDTH + 48)
        self.pages: PdfPages | None = None
        self.drawn = 0
        self.timer = QTimer(self)
        self.timer.setInterval(0)
        self.timer.timeout.connect(self._draw_some)

    def show_pages(self, pages: PdfPages, current: int) -> None:
        self.pages = pages
        self.blockSignals(True)
        self.clear()
        blank = QPixmap(self.iconSize())
        blank.fill(Qt.GlobalColor.white)
        for i in range(len(pages)):
            item = QListWidgetItem(QIcon(blank), str(i + 1))
            item.setTextAlignment(Qt.AlignmentFlag.AlignHCenter)
            item.setToolTip(
                QCoreApplication.translate("PreviewWindow", "Page %1").replace("%1", str(i + 1))
            )
            self.addItem(item)
        self.setCurrentRow(current)
        self.blockSignals(False)
        self.drawn = 0
        self.timer.start()

    def forget(self) -> None:
        """No pages: those of an earlier drawing are not shown beside words about why."""
        self.timer.stop()
        self.pages = None
        self.clear()

    def show_current(self, index: int) -> None:
        self.blockSignals(True)
        self.setCurrentRow(index)
        self.blockSignals(False)

    def _draw_some(self) -> None:
        pages = self.pages
        if pages is None or self.drawn >= min(len(pages), self.count()):
            self.timer.stop()
            return
        for i in range(self.drawn, min(self.drawn + AT_A_TIME, len(pages))):
            image = pages.image(i, WIDTH / pages.size(i).width())
            self.item(i).setIcon(QIcon(QPixmap.fromImage(image)))
            self.drawn = i + 1
