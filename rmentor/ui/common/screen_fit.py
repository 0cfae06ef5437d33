"""Windows no larger than the screen they open on: a 13-inch laptop at 1366 x 768, or
1920 x 1080 at 150 % (1280 x 720 less the taskbar), must show every Save button."""

from PySide6.QtCore import QRect
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QWidget

FRAME = (16, 48)  # room for the window frame and title bar, width and height


def available(widget: QWidget) -> QRect:
    owner = widget.parentWidget() or widget
    screen = owner.screen() or QGuiApplication.primaryScreen()
    return screen.availableGeometry()


def fit(widget: QWidget, width: int, height: int) -> None:
    """Resize to the size the widget would like, as far as the screen allows."""
    area = available(widget)
    widget.resize(min(width, area.width() - FRAME[0]), min(height, area.height() - FRAME[1]))


def keep_on_screen(window: QWidget) -> None:
    """After restoring a saved geometry: shrink and move the window back inside the screen
    (the saved one may come from a larger monitor)."""
    area = available(window)
    width = min(window.width(), area.width() - FRAME[0])
    height = min(window.height(), area.height() - FRAME[1])
    if (width, height) != (window.width(), window.height()):
        window.resize(width, height)
    x = min(max(window.x(), area.left()), area.right() - width)
    y = min(max(window.y(), area.top()), area.bottom() - height - FRAME[1] + 1)
    # only when it must: a window not yet shown has no frame yet, and a move then places
    # it by its inside, a title bar lower on every start
    if (x, y) != (window.x(), window.y()):
        window.move(x, y)
