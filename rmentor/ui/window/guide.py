"""The user guide: Help > User guide, and F1 (or Help) in a form opens its part."""

from PySide6.QtCore import QUrl
from PySide6.QtGui import QKeySequence
from PySide6.QtGui import QShortcut
from PySide6.QtWidgets import QDialog
from PySide6.QtWidgets import QDialogButtonBox
from PySide6.QtWidgets import QTextBrowser
from PySide6.QtWidgets import QVBoxLayout
from PySide6.QtWidgets import QWidget

from rmentor.resources import RESOURCES
from rmentor.ui.common.screen_fit import fit
from rmentor.ui.common.screen_fit import keep_on_screen
from rmentor.ui.window import translations

GUIDE = RESOURCES / "guide"
SECTIONS = (
    "year",
    "purposes",
    "participants",
    "matching",
    "capacity",
    "overrides",
    "cadence",
    "journal",
    "evaluations",
    "contact",
    "confidentiality",
    "report",
    "files",
    "server",
    "keyboard",
)


class GuideWindow(QWidget):
    """A window of its own, beside the form it was opened from: a form is modal to the
    main window, and the guide must stay readable (and scrollable) while it is open."""

    def __init__(self):
        super().__init__()
        self.setObjectName("user_guide")
        self.setWindowTitle(self.tr("rmentor user guide"))
        self.browser = QTextBrowser()
        self.browser.setOpenExternalLinks(False)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.close)
        close = QShortcut(QKeySequence(QKeySequence.StandardKey.Cancel), self)  # Escape
        close.activated.connect(self.close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.browser)
        layout.addWidget(buttons)
        fit(self, 720, 640)
        self.language = ""

    def show_section(self, section: str = "") -> None:
        language = translations.current_language()
        if language != self.language:  # the language may change while the window lives
            self.language = language
            self.browser.setSource(QUrl.fromLocalFile(str(GUIDE / f"{language}.html")))
        if section:
            self.browser.scrollToAnchor(section)
        else:
            self.browser.verticalScrollBar().setValue(0)
        self.show()
        keep_on_screen(self)  # not past the bottom of a 768 px screen, wherever it was put
        self.raise_()
        self.activateWindow()


_window: list[GuideWindow] = []


def show_guide(section: str = "") -> GuideWindow:
    if not _window:
        _window.append(GuideWindow())
    _window[0].show_section(section)
    return _window[0]


def close_guide() -> None:
    """With the main window: a guide left open would keep the app running."""
    if _window:
        _window.pop().close()


def add_help(dialog: QDialog, section: str) -> None:
    """F1 in the dialog, and a Help button beside its others, open the guide at `section`."""
    shortcut = QShortcut(QKeySequence(QKeySequence.StandardKey.HelpContents), dialog)
    shortcut.activated.connect(lambda: show_guide(section))
    box = dialog.findChild(QDialogButtonBox)
    if box is not None:
        box.addButton(QDialogButtonBox.StandardButton.Help)
        box.helpRequested.connect(lambda: show_guide(section))
