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
    # Moved only when it must: not yet shown, a window has no frame, and a move then
    # places it a border's width aside on every start (its place is its inside's).
    if area.contains(QRect(window.x(), window.y(), width, height)):
        return
    x = min(max(window.x(), area.left()), area.right() - width)
    y = min(max(window.y(), area.top()), area.bottom() - height - FRAME[1] + 1)
    window.move(x, y)
