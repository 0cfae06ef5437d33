"""The pages one below the other, as they will print: fit to the page, to the width, or
at a zoom step. Only the pages in sight are drawn, so a report of a hundred pages opens
as fast as one of two."""

from collections import OrderedDict

from PySide6.QtCore import QPoint
from PySide6.QtCore import QRect
from PySide6.QtCore import Qt
from PySide6.QtCore import Signal
from PySide6.QtGui import QColor
from PySide6.QtGui import QImage
from PySide6.QtGui import QKeySequence
from PySide6.QtGui import QPainter
from PySide6.QtWidgets import QAbstractScrollArea

from rmentor.ui.preview.pdf_pages import PdfPages

GAP = 16  # pixels around and between pages
FIT_PAGE = "page"
FIT_WIDTH = "width"
STEPS = (0.5, 0.75, 1.0, 1.25, 1.5, 2.0, 3.0)
KEPT_BYTES = 160_000_000  # drawn pages kept for scrolling back (a page at 300 % is 30 MB)


class PageView(QAbstractScrollArea):
    page_changed = Signal(int)
    zoom_changed = Signal()

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("page_view")
        self.pages: PdfPages | None = None
        self.zoom: str | float = FIT_WIDTH
        self.tops: list[int] = []  # each page's top in the scrolled canvas
        self.images: OrderedDict[int, tuple[float, QImage]] = OrderedDict()
        self.current = 0
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.viewport().setAutoFillBackground(False)
        self.verticalScrollBar().valueChanged.connect(self._scrolled)

    # What is shown

    def set_pages(self, pages: PdfPages | None) -> None:
        """New pages (a redrawn report): the same page stays in sight where there is one."""
        keep = self.current
        self.pages = pages
        self.images.clear()
        self._layout()
        self.current = -1
        self.go_to(min(keep, self.count() - 1) if self.count() else 0)
        self.viewport().update()

    def count(self) -> int:
        return len(self.pages) if self.pages is not None else 0

    def set_zoom(self, zoom: str | float) -> None:
        """FIT_PAGE, FIT_WIDTH, or a factor of the page's real size on the screen."""
        keep = self.current
        self.zoom = zoom
        self._layout()
        self.go_to(keep)
        self.viewport().update()
        self.zoom_changed.emit()

    def scale(self) -> float:
        """Screen pixels per point of the pages at the zoom now."""
        if not self.count():
            return 1.0
        real = self.logicalDpiX() / 72
        if isinstance(self.zoom, float):
            return real * self.zoom
        widest = max(self.pages.size(i).width() for i in range(self.count()))
        by_width = (self.viewport().width() - 2 * GAP) / widest
        if self.zoom == FIT_WIDTH:
            return max(by_width, 0.05)
        tallest = max(self.pages.size(i).height() for i in range(self.count()))
        return max(min(by_width, (self.viewport().height() - 2 * GAP) / tallest), 0.05)

    def factor(self) -> float:
        """The zoom now as a factor of the real size: 1.0 is 100 %."""
        return self.scale() / (self.logicalDpiX() / 72)

    def zoom_in(self) -> None:
        now = self.factor()
        self.set_zoom(next((s for s in STEPS if s > now + 0.01), STEPS[-1]))

    def zoom_out(self) -> None:
        now = self.factor()
        self.set_zoom(next((s for s in reversed(STEPS) if s < now - 0.01), STEPS[0]))

    # Where we are

    def go_to(self, index: int) -> None:
        if not self.count():
            return
        index = max(0, min(index, self.count() - 1))
        self.verticalScrollBar().setValue(self.tops[index] - GAP)
        self._set_current(index)

    def page_rect(self, index: int) -> QRect:
        """The page's place in the scrolled canvas."""
        size = self.pages.size(index) * self.scale()
        width = round(size.width())
        left = max(GAP, (self.viewport().width() - width) // 2)
        return QRect(left, self.tops[index], width, round(size.height()))

    def _layout(self) -> None:
        self.tops = []
        y = GAP
        scale = self.scale()
        widest = 0
        for i in range(self.count()):
            self.tops.append(y)
            size = self.pages.size(i) * scale
            y += round(size.height()) + GAP
            widest = max(widest, round(size.width()))
        bar = self.verticalScrollBar()
        bar.setRange(0, max(0, y - self.viewport().height()))
        bar.setPageStep(self.viewport().height())
        bar.setSingleStep(40)
        across = self.horizontalScrollBar()
        across.setRange(0, max(0, widest + 2 * GAP - self.viewport().width()))
        across.setPageStep(self.viewport().width())

    def _scrolled(self, value: int) -> None:
        # the page that fills the middle of the view is the page we are on
        middle = value + self.viewport().height() // 2
        index = 0
        for i, top in enumerate(self.tops):
            if top <= middle:
                index = i
        self._set_current(index)
        self.viewport().update()

    def _set_current(self, index: int) -> None:
        if index != self.current:
            self.current = index
            self.page_changed.emit(index)

    # Drawing

    def _image(self, index: int, scale: float) -> QImage:
        ratio = self.devicePixelRatioF()
        kept = self.images.get(index)
        if kept is not None and kept[0] == scale * ratio:
            self.images.move_to_end(index)
            return kept[1]
        image = self.pages.image(index, scale * ratio)
        image.setDevicePixelRatio(ratio)
        self.images[index] = (scale * ratio, image)
        while len(self.images) > 3 and sum(i.sizeInBytes() for _s, i in self.images.values()) > max(
            KEPT_BYTES, 3 * image.sizeInBytes()
        ):
            self.images.popitem(last=False)
        return image

    def paintEvent(self, event) -> None:  # noqa: N802 - Qt's name
        painter = QPainter(self.viewport())
        painter.fillRect(event.rect(), self.palette().dark())
        if not self.count():
            return
        offset = QPoint(self.horizontalScrollBar().value(), self.verticalScrollBar().value())
        seen = event.rect().translated(offset)
        scale = self.scale()
        for i in range(self.count()):
            place = self.page_rect(i)
            if not place.intersects(seen):
                continue
            shown = place.translated(-offset)
            painter.fillRect(shown.translated(3, 3), QColor(0, 0, 0, 60))
            # at its own size: squeezed into a rect a pixel shorter, a row of text is lost
            painter.drawImage(shown.topLeft(), self._image(i, scale))
        painter.end()

    def resizeEvent(self, event) -> None:  # noqa: N802 - Qt's name
        keep = self.current
        self._layout()
        if self.zoom in (FIT_PAGE, FIT_WIDTH) and self.count():
            self.go_to(keep)
        super().resizeEvent(event)
        self.zoom_changed.emit()

    def scrollContentsBy(self, dx: int, dy: int) -> None:  # noqa: N802 - Qt's name
        self.viewport().update()

    def keyPressEvent(self, event) -> None:  # noqa: N802 - Qt's name
        if event.matches(QKeySequence.StandardKey.MoveToNextPage):
            self.go_to(self.current + 1)
        elif event.matches(QKeySequence.StandardKey.MoveToPreviousPage):
            self.go_to(self.current - 1)
        elif event.matches(QKeySequence.StandardKey.MoveToStartOfDocument):
            self.go_to(0)
        elif event.matches(QKeySequence.StandardKey.MoveToEndOfDocument):
            self.go_to(self.count() - 1)
        else:
            super().keyPressEvent(event)

    def wheelEvent(self, event) -> None:  # noqa: N802 - Qt's name
        if event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            if event.angleDelta().y() > 0:
                self.zoom_in()
            elif event.angleDelta().y() < 0:
                self.zoom_out()
            event.accept()
            return
        super().wheelEvent(event)
