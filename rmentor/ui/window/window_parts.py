"""The main window's parts: the file's session and actions, the undo history, the start
page, the tabs, the menus' items, the status line. Built once the window's frame is on
screen at start: this module is where the data file's modules (peewee, the domain) and
Qt's namespace (15 ms of enums, the first time) are first imported."""

from PySide6.QtCore import QCoreApplication
from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtGui import QShortcut
from PySide6.QtWidgets import QLabel
from PySide6.QtWidgets import QTabWidget
from PySide6.QtWidgets import QWidget

from rmentor.ui.common import mnemonics
from rmentor.ui.common import notices
from rmentor.ui.common.messages import show_problem
from rmentor.ui.tabs.overview_tab import OverviewTab
from rmentor.ui.tabs.welcome_page import WelcomePage
from rmentor.ui.window import history
from rmentor.ui.window.day_change import DayChange
from rmentor.ui.window.file_actions import FileActions
from rmentor.ui.window.file_session import FileSession
from rmentor.ui.window.protection_actions import ProtectionActions
from rmentor.ui.window.server_actions import ServerActions
from rmentor.ui.window.sheet_actions import SheetActions
from rmentor.ui.window.tab_pages import TabPages

translate = QCoreApplication.translate


def build(w) -> None:
    # above the middle, where a form asked about the file (centred on the window) leaves it seen
    w.opening.setAlignment(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop)
    w.opening.setContentsMargins(0, 96, 0, 0)
    w.status_label = QLabel()
    w.notice_line = notices.NoticeLine()
    notices.install(w.notice_line)
    w.statusBar().addWidget(w.notice_line, 1)
    w.statusBar().addPermanentWidget(w.status_label)
    w.session = FileSession(w)
    w.files = FileActions(w)
    w.protection = ProtectionActions(w)
    w.sheets = SheetActions(w)
    w.servers = ServerActions(w)
    w.history = history.History(w)
    history.install(w.history)
    w.history.changed.connect(w.after_undo)
    w.history.failed.connect(
        lambda error: show_problem(w, translate("MainWindow", "Cannot undo or redo"), error)
    )
    w.history.said.connect(notices.tell)
    w.day_change = DayChange(w)

    w.welcome = WelcomePage()
    w.welcome.create_programme.connect(w.new_programme)
    w.welcome.open_demo.connect(w.files.open_demo)
    w.welcome.import_participants.connect(w.sheets.import_participants)
    w.tabs = QTabWidget()
    w.tabs.setDocumentMode(True)
    w.overview_tab = OverviewTab()
    # A change in one tab makes the others stale; a stale tab reloads when it is shown,
    # so a large file is not read five times for every change.
    w.stale: set[QWidget] = set()
    titles = {
        "overview": translate("MainWindow", "Overview"),
        "participants": translate("MainWindow", "Participants"),
        "pairings": translate("MainWindow", "Pairings"),
        "journal": translate("MainWindow", "Journal"),
        "follow_up": translate("MainWindow", "Follow-up"),
    }
    w.pages = TabPages(w, w.overview_tab, titles)
    w.tabs.currentChanged.connect(w.tab_shown)
    w.overview_tab.open_item.connect(w.open_item)
    w.overview_tab.open_evaluation.connect(w.show_evaluation)
    w.overview_tab.changed.connect(lambda: w.mark_changed(w.overview_tab))
    w.stack.addWidget(w.welcome)
    w.stack.addWidget(w.tabs)
    w.stack.setCurrentWidget(w.welcome)
    w.menus.build()
    # Alt+letters: the menus', then each tab's own (only the tab shown takes them). The
    # tab titles get Alt+1 to 5: a letter each would leave the pairings tab too few.
    w.pages.letters = {mnemonics.letter_of(a.text()) for a in w.menuBar().actions()}
    for page in [*w.all_tabs(), w.welcome]:
        mnemonics.assign(page, w.pages.letters)
    # tab switching from anywhere, the menu and tool bars too (not only inside a tab)
    for keys, step in (
        ((QKeySequence.StandardKey.NextChild, "Ctrl+PgDown"), 1),
        ((QKeySequence.StandardKey.PreviousChild, "Ctrl+PgUp"), -1),
    ):
        for key in keys:
            QShortcut(QKeySequence(key), w, lambda step=step: w.next_tab(step))
    for n in range(w.tabs.count()):
        key = QKeySequence(f"Alt+{n + 1}")
        QShortcut(key, w, lambda n=n: w.show_tab(n))
        w.tabs.setTabToolTip(n, key.toString(QKeySequence.SequenceFormat.NativeText))
