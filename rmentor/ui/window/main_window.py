"""The main window: the file and programme it shows, the tabs, the menus."""

import datetime as dt
from pathlib import Path

from PySide6.QtCore import QByteArray, QSettings
from PySide6.QtGui import QAction, QActionGroup, QKeySequence
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFileDialog,
    QLabel,
    QMainWindow,
    QMessageBox,
    QStackedWidget,
    QTabWidget,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from rmentor import __version__
from rmentor.models.errors import DomainError
from rmentor.models.figures import counts
from rmentor.models.programme import programmes
from rmentor.models.programme.entities import Programme
from rmentor.models.storage import datafile
from rmentor.ui.common import mnemonics, notices
from rmentor.ui.common.folders import remember, start_folder

# Dialogs are imported where they open, so start-up does not load them.
from rmentor.ui.common.messages import show_problem
from rmentor.ui.common.screen_fit import fit, keep_on_screen
from rmentor.ui.tabs.follow_up_tab import FollowUpTab
from rmentor.ui.tabs.journal_tab import JournalTab
from rmentor.ui.tabs.overview_tab import OverviewTab
from rmentor.ui.tabs.pairings_tab import PairingsTab
from rmentor.ui.tabs.participants_tab import ParticipantsTab
from rmentor.ui.tabs.welcome_page import WelcomePage
from rmentor.ui.window import history, translations
from rmentor.ui.window.file_session import FileSession
from rmentor.ui.window.guide import close_guide, show_guide
from rmentor.ui.window.history import History
from rmentor.ui.window.record_windows import open_once

MAX_RECENT = 8
# F1 in a tab opens the guide at its part
TAB_SECTIONS = {
    "participants": "participants",
    "pairings": "matching",
    "journal": "journal",
    "follow_up": "journal",
}
FILE_FILTER = "rmentor (*.sqlite *.rmentor);;SQLite (*.sqlite *.db);;* (*)"


class MainWindow(QMainWindow):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.settings = QSettings()
        self.path: Path | None = None
        self.programme: Programme | None = None
        self.dialog = None
        self.session = FileSession(self)
        self.history = History(self)
        history.install(self.history)
        self.history.changed.connect(self._undone)
        self.history.failed.connect(
            lambda error: show_problem(self, self.tr("Cannot undo or redo"), error)
        )

        self.welcome = WelcomePage()
        self.welcome.create_programme.connect(self.new_programme)
        self.welcome.open_demo.connect(self.open_demo)
        self.welcome.import_participants.connect(self.import_participants)
        self.tabs = QTabWidget()
        self.tabs.setDocumentMode(True)
        self.overview_tab = OverviewTab()
        self.participants_tab = ParticipantsTab()
        self.pairings_tab = PairingsTab()
        self.journal_tab = JournalTab()
        self.follow_up_tab = FollowUpTab()
        for tab, name, title in (
            (self.overview_tab, "overview", self.tr("Overview")),
            (self.participants_tab, "participants", self.tr("Participants")),
            (self.pairings_tab, "pairings", self.tr("Pairings")),
            (self.journal_tab, "journal", self.tr("Journal")),
            (self.follow_up_tab, "follow_up", self.tr("Follow-up")),
        ):
            tab.setObjectName(name)
            self.tabs.addTab(tab, title)
        # A change in one tab makes the others stale; a stale tab reloads when it is shown,
        # so a large file is not read five times for every change.
        self._stale: set[QWidget] = set()
        self.tabs.currentChanged.connect(self._tab_shown)
        for tab in (self.participants_tab, self.pairings_tab, self.journal_tab, self.follow_up_tab):
            tab.changed.connect(self.history.collect)  # a change made outside a named step
        self.participants_tab.changed.connect(lambda: self._changed(self.participants_tab))
        self.pairings_tab.changed.connect(lambda: self._changed(self.pairings_tab))
        self.journal_tab.changed.connect(lambda: self._changed(self.journal_tab))
        self.follow_up_tab.changed.connect(lambda: self._changed(self.follow_up_tab))
        self.pairings_tab.open_journal.connect(self.show_journal)
        self.follow_up_tab.open_meeting.connect(self.show_meeting)
        self.overview_tab.open_item.connect(self.open_item)
        self.overview_tab.changed.connect(lambda: self._changed(self.overview_tab))
        self.stack = QStackedWidget()
        self.stack.addWidget(self.welcome)
        self.stack.addWidget(self.tabs)
        self.read_only_banner = QLabel(
            self.tr(
                "This file is read-only: you can look and make reports, but not change anything. "
                "To work in it, copy it to a folder you can write to (File > Save a copy as)."
            )
        )
        self.read_only_banner.setObjectName("read_only_banner")
        self.read_only_banner.setWordWrap(True)
        self.read_only_banner.setStyleSheet(
            "background: #fff3c4; color: #5c4400; padding: 6px; border: 1px solid #d9b44a;"
        )
        self.read_only_banner.hide()
        central = QWidget()
        column = QVBoxLayout(central)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.read_only_banner)
        column.addWidget(self.stack)
        self.setCentralWidget(central)

        self.programme_box = QComboBox()
        self.programme_box.setObjectName("programme_box")
        self.programme_box.setMinimumContentsLength(24)
        self.programme_box.currentIndexChanged.connect(self._programme_picked)
        toolbar = QToolBar(self.tr("Programme"))
        toolbar.setObjectName("programme_toolbar")
        toolbar.setMovable(False)
        toolbar.addWidget(QLabel(self.tr("Programme:") + " "))
        toolbar.addWidget(self.programme_box)
        self.addToolBar(toolbar)

        self.status_label = QLabel()
        self.notice_line = notices.NoticeLine()
        notices.install(self.notice_line)
        self.history.said.connect(notices.tell)
        self.statusBar().addWidget(self.notice_line, 1)
        self.statusBar().addPermanentWidget(self.status_label)
        self._build_menus()
        # Alt+letters: the menus', then each tab's own (only the tab shown takes them, so
        # tabs may share letters); Ctrl+Tab and Ctrl+Page Down switch tabs
        menus = {mnemonics.letter_of(a.text()) for a in self.menuBar().actions()}
        for page in [*self.all_tabs(), self.welcome]:
            mnemonics.assign(page, menus)
        self.setAcceptDrops(True)  # filled evaluation forms, dropped from the mail program
        fit(self, 1200, 760)
        geometry = self.settings.value("window/geometry")
        if isinstance(geometry, QByteArray):
            self.restoreGeometry(geometry)
            keep_on_screen(self)

    # Menus

    def _action(self, menu, text, slot, shortcut=None) -> QAction:
        action = QAction(text, self)
        if shortcut is not None:
            action.setShortcut(shortcut)
        action.triggered.connect(slot)
        menu.addAction(action)
        return action

    def _build_menus(self) -> None:
        bar = self.menuBar()
        file_menu = bar.addMenu(self.tr("&File"))
        # Ctrl+N adds a participant (the action used most); a new file gets Ctrl+Shift+N.
        self._action(file_menu, self.tr("&New file…"), self.new_file, QKeySequence("Ctrl+Shift+N"))
        self._action(file_menu, self.tr("&Open…"), self.open_file, QKeySequence.StandardKey.Open)
        self.recent_menu = file_menu.addMenu(self.tr("Open recen&t"))
        self.recent_menu.aboutToShow.connect(self._fill_recent)
        file_menu.addSeparator()
        self.import_action = self._action(
            file_menu,
            self.tr("&Import participants…"),
            self.import_participants,
            QKeySequence("Ctrl+I"),
        )
        self.read_forms_action = self._action(
            file_menu, self.tr("Read evaluation &forms…"), lambda: self.read_forms()
        )  # triggered(checked) would pass False for the paths
        self.export_menu = file_menu.addMenu(self.tr("&Export"))
        for what, text in (
            ("participants", self.tr("Participants…")),
            ("pairings", self.tr("Pairings…")),
            ("journal", self.tr("Journal…")),
        ):
            action = self.export_menu.addAction(text)
            action.triggered.connect(lambda _checked=False, w=what: self.export(w))
        file_menu.addSeparator()
        self.copy_action = self._action(
            file_menu, self.tr("Save a &copy as…"), self.save_copy, QKeySequence.StandardKey.SaveAs
        )
        self.restore_action = self._action(
            file_menu, self.tr("&Restore from backup…"), self.restore_backup
        )
        file_menu.addSeparator()
        self._action(
            file_menu,
            self.tr("&Settings…"),
            self.edit_settings,
            QKeySequence.StandardKey.Preferences,
        )
        file_menu.addSeparator()
        self._action(file_menu, self.tr("&Quit"), self.close, QKeySequence.StandardKey.Quit)

        edit_menu = bar.addMenu(self.tr("&Edit"))
        # Qt's own wording: "Undo %1" / "%1 ongedaan maken", and "Undo" when empty
        self.undo_action = self.history.stack.createUndoAction(self)
        self.undo_action.setShortcut(QKeySequence.StandardKey.Undo)
        self.redo_action = self.history.stack.createRedoAction(self)
        redo_keys = QKeySequence.keyBindings(QKeySequence.StandardKey.Redo)
        extra = [QKeySequence("Ctrl+Y"), QKeySequence("Ctrl+Shift+Z")]
        self.redo_action.setShortcuts(redo_keys + [k for k in extra if k not in redo_keys])
        edit_menu.addAction(self.undo_action)
        edit_menu.addAction(self.redo_action)

        programme_menu = bar.addMenu(self.tr("&Programme"))
        self.new_programme_action = self._action(
            programme_menu, self.tr("&New programme…"), self.new_programme
        )
        self.edit_programme_action = self._action(
            programme_menu, self.tr("&Edit programme…"), self.edit_programme
        )
        programme_menu.addSeparator()
        self.switch_menu = programme_menu.addMenu(self.tr("&Switch to"))
        self.switch_group = QActionGroup(self)

        participants_menu = bar.addMenu(self.tr("P&articipants"))
        participants_menu.addAction(self.participants_tab.add_action)

        reports_menu = bar.addMenu(self.tr("&Reports"))
        self.report_action = self._action(
            reports_menu,
            self.tr("Programme &report (PDF)…"),
            self.make_report,
            QKeySequence.StandardKey.Print,
        )
        reports_menu.addAction(self.pairings_tab.agreement_pdf_action)
        reports_menu.addAction(self.pairings_tab.summary_pdf_action)

        # acting on the attention list: drafts for the pairs that need them, the calendar,
        # forms out (reading them back is under File, beside importing)
        self.contact_menu = bar.addMenu(self.tr("&Contact"))
        for kind, text in (
            ("invitation", self.tr("E-mail &invitations to new pairs…")),
            ("reminder", self.tr("E-mail &reminders to pairs that fall behind…")),
            ("evaluation", self.tr("E-mail &evaluation requests…")),
            ("thanks", self.tr("E-mail &thanks to pairs that completed…")),
        ):
            self._action(self.contact_menu, text, lambda _c=False, k=kind: self.write_drafts(k))
        self.contact_menu.addSeparator()
        self._action(self.contact_menu, self.tr("Meetings &calendar (.ics)…"), self.write_calendar)
        self._action(self.contact_menu, self.tr("Evaluation &forms to fill in…"), self.write_forms)

        help_menu = bar.addMenu(self.tr("&Help"))
        self._action(
            help_menu,
            self.tr("&User guide"),
            lambda: show_guide(TAB_SECTIONS.get(self.tabs.currentWidget().objectName(), "")),
            QKeySequence(QKeySequence.StandardKey.HelpContents),
        )
        self._action(help_menu, self.tr("&About rmentor"), self.about)
        self.write_actions = [
            self.import_action,
            self.read_forms_action,
            self.restore_action,
            self.new_programme_action,
            self.edit_programme_action,
        ]

    def _fill_recent(self) -> None:
        self.recent_menu.clear()
        for name in self.recent_files():
            action = self.recent_menu.addAction(name.replace("&", "&&"))
            action.triggered.connect(lambda _checked=False, p=name: self.open_path(Path(p)))
        if self.recent_menu.isEmpty():
            self.recent_menu.addAction(self.tr("(none yet)")).setEnabled(False)

    def recent_files(self) -> list[str]:
        value = self.settings.value("recent_files", [])
        return [value] if isinstance(value, str) else list(value or [])

    # The file

    def open_path(self, path: Path, create: bool = True) -> bool:
        """Open a data file; on refusal the message says why and the window keeps its file.
        A file that is not there is asked about, never silently made anew (but the data
        file of a first start, in the data folder, is)."""
        path = Path(path)
        missing = create and not path.exists() and not path.is_symlink()
        if missing and path != datafile.default_path() and not self._create_asked(path):
            return False
        if not self.session.open(path, create):
            self._file_reopened()
            return False
        self.path = self.session.path
        if self.session.read_only:
            self.history.stack.clear()
        else:
            self.history.start()
        recent = [str(self.path)] + [p for p in self.recent_files() if p != str(self.path)]
        self.settings.setValue("recent_files", recent[:MAX_RECENT])
        self.settings.setValue("last_file", str(self.path))
        self.set_read_only(self.session.read_only)
        self.reload_programmes(self.settings.value(f"programme/{self.path}"))
        return True

    def _file_reopened(self) -> None:
        """A refused open closed the connection before it reopened the file shown: the
        undo log lived in that connection, so the history starts afresh."""
        if self.session.path is not None and not self.session.read_only:
            self.history.start()
        else:
            self.history.stack.clear()

    def _create_asked(self, path: Path) -> bool:
        if not path.parent.is_dir():
            show_problem(
                self,
                self.tr("Cannot open the file"),
                self.tr(
                    "%1 is not there, and neither is its folder %2 (a drive that is not "
                    "connected?). Nothing was created."
                )
                .replace("%1", path.name)
                .replace("%2", str(path.parent)),
            )
            return False
        answer = QMessageBox.question(
            self,
            self.tr("File not found"),
            self.tr(
                "%1 is not there (moved, renamed or deleted?). Make a new, empty data file "
                "with that name?"
            ).replace("%1", str(path)),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        return answer == QMessageBox.StandardButton.Yes

    def set_read_only(self, read_only: bool) -> None:
        """A read-only file: a banner says so, and nothing that writes can be used."""
        self.read_only_banner.setVisible(read_only)
        for action in self.write_actions:
            action.setEnabled(not read_only)
        for tab in self.all_tabs():
            tab.set_read_only(read_only)
        for button in (self.welcome.create_button, self.welcome.import_button):
            button.setEnabled(not read_only)

    def new_file(self) -> None:
        name, _ = QFileDialog.getSaveFileName(
            self, self.tr("New data file"), str(self._folder() / "programma.sqlite"), FILE_FILTER
        )
        if not name:
            return
        remember(name)
        path = Path(name)
        if path.exists():
            show_problem(
                self,
                self.tr("New data file"),
                self.tr(
                    "%1 already exists. Choose another name, or open it with File > Open."
                ).replace("%1", path.name),
            )
            return
        self.open_path(path)

    def open_file(self) -> None:
        name, _ = QFileDialog.getOpenFileName(
            self, self.tr("Open data file"), str(self._folder()), FILE_FILTER
        )
        if name:
            remember(name)
            self.open_path(Path(name), create=False)

    def save_copy(self) -> None:
        if self.path is None:
            return
        name, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Save a copy as"),
            str(self._folder() / f"{self.path.stem} ({dt.date.today():%Y-%m-%d}).sqlite"),
            FILE_FILTER,
        )
        if not name:
            return
        remember(name)
        try:
            datafile.copy_to(Path(name))
        except (DomainError, OSError) as error:
            show_problem(
                self,
                self.tr("Copy not saved"),
                error if isinstance(error, DomainError) else str(error),
            )
            return
        notices.tell(self.tr("Copy saved as %1").replace("%1", Path(name).name), name)

    def _folder(self) -> Path:
        return start_folder()

    def open_demo(self) -> None:
        path = datafile.default_path().with_name("demo.sqlite")
        if not path.exists():
            path.parent.mkdir(parents=True, exist_ok=True)
            if not self.session.write_demo(path):
                self._file_reopened()
                return
        self.open_path(path, create=False)

    # Programmes

    def reload_programmes(self, select_id=None) -> None:
        items = programmes.all_programmes()
        self.programme_box.blockSignals(True)
        self.programme_box.clear()
        for programme in items:
            self.programme_box.addItem(programme.name, programme.id)
        index = self.programme_box.findData(int(select_id)) if select_id else -1
        self.programme_box.setCurrentIndex(index if index >= 0 else 0 if items else -1)
        self.programme_box.blockSignals(False)
        for action in self.switch_group.actions():
            self.switch_group.removeAction(action)
        self.switch_menu.clear()
        for programme in items:
            action = self.switch_menu.addAction(programme.name.replace("&", "&&"))
            action.setCheckable(True)
            action.setData(programme.id)
            self.switch_group.addAction(action)
            action.triggered.connect(
                lambda _checked=False, pid=programme.id: self.select_programme(pid)
            )
        self._programme_picked()

    def select_programme(self, programme_id: int) -> None:
        self.programme_box.setCurrentIndex(self.programme_box.findData(programme_id))

    def _programme_picked(self) -> None:
        pid = self.programme_box.currentData()
        self.programme = Programme.get_or_none(Programme.id == pid) if pid else None
        if self.programme and self.path:
            self.settings.setValue(f"programme/{self.path}", self.programme.id)
        for action in self.switch_group.actions():
            action.setChecked(action.data() == pid)
        self.stack.setCurrentWidget(self.tabs if self.programme else self.welcome)
        self.edit_programme_action.setEnabled(
            self.programme is not None and not self.session.read_only
        )
        self.export_menu.setEnabled(self.programme is not None)
        self.contact_menu.setEnabled(self.programme is not None and not self.session.read_only)
        # Ctrl+N works before the participants tab has been shown (it loads when shown)
        self.participants_tab.add_action.setEnabled(
            self.programme is not None and not self.session.read_only
        )
        self.report_action.setEnabled(self.programme is not None)
        self._stale = set(self.all_tabs())
        self._tab_shown()
        self.update_title()
        self.update_status()

    def import_participants(self) -> None:
        """Pick a sheet, then preview and check it; with no programme yet, make one first."""
        from rmentor.models.sheets.sheet_files import read_sheet

        if not self._file_first():
            return
        name, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Import participants"),
            str(self._folder()),
            self.tr("Spreadsheets (*.csv *.xlsx *.txt)"),
        )
        if not name:
            return
        remember(name)
        try:
            sheet = read_sheet(name)
        except DomainError as error:
            show_problem(self, self.tr("Cannot import"), error)
            return
        if self.programme is None:
            self.new_programme()
            self.dialog.saved.connect(lambda _pid: self._open_import(Path(name), sheet))
            return
        self._open_import(Path(name), sheet)

    def _open_import(self, path: Path, sheet) -> None:
        from rmentor.ui.dialogs.import_dialog import ImportDialog

        self.dialog = ImportDialog(self.programme, path, sheet, self)
        self.dialog.imported.connect(self._imported)
        self.dialog.open()

    def _imported(self, created: int, updated: int) -> None:
        self._changed(None)
        self._stale.add(self.tabs.currentWidget())
        self.tabs.setCurrentWidget(self.participants_tab)
        self._tab_shown()
        notices.tell(
            self.tr("Imported: %1 new, %2 updated.")
            .replace("%1", str(created))
            .replace("%2", str(updated))
        )

    def export(self, what: str) -> None:
        from rmentor.models.sheets.exporting import export_table
        from rmentor.models.sheets.sheet_files import write_sheet
        from rmentor.translator import Translator

        if self.programme is None:
            return
        names = {
            "participants": self.tr("participants"),
            "pairings": self.tr("pairings"),
            "journal": self.tr("journal"),
        }
        name, chosen = QFileDialog.getSaveFileName(
            self,
            self.tr("Export"),
            str(self._folder() / f"{self.programme.name} - {names[what]}.xlsx"),
            self.tr("Excel (*.xlsx);;CSV for Excel (*.csv)"),
        )
        if not name:
            return
        remember(name)
        path = Path(name)
        if path.suffix.lower() not in (".xlsx", ".csv"):
            path = path.with_suffix(".csv" if "csv" in chosen.lower() else ".xlsx")
        language = translations.current_language()
        try:
            headers, rows = export_table(self.programme, what, Translator(language))
            write_sheet(path, headers, rows)
        except DomainError as error:
            show_problem(self, self.tr("Not exported"), error)
            return
        notices.tell(
            self.tr("Exported %n row(s) to %1", "", len(rows)).replace("%1", path.name), path
        )

    # E-mails, calendar and forms (their modules load when first used, not at start)

    def write_drafts(self, kind: str) -> None:
        from rmentor.ui.window import mail_actions

        if self.programme is not None and mail_actions.write_drafts(self, self.programme, kind):
            self._refresh()

    def write_calendar(self) -> None:
        from rmentor.ui.window import mail_actions

        if self.programme is not None:
            mail_actions.write_calendar(self, self.programme)

    def write_forms(self) -> None:
        from rmentor.ui.window import mail_actions

        if self.programme is not None:
            mail_actions.write_forms(self, self.programme)

    def read_forms(self, paths: list[Path] | None = None) -> None:
        from rmentor.ui.window import mail_actions

        if self.path is None or self.session.read_only:
            return
        paths = paths if paths is not None else mail_actions.ask_forms(self)
        if mail_actions.read_forms(self, paths):
            self._refresh()

    def _refresh(self) -> None:
        """Every tab read again: the one shown now, the others when shown."""
        self._changed(None)
        self._tab_shown()

    def dragEnterEvent(self, event) -> None:  # noqa: N802 - Qt's name
        if self._dropped_forms(event.mimeData()):
            event.acceptProposedAction()

    def dropEvent(self, event) -> None:  # noqa: N802 - Qt's name
        paths = self._dropped_forms(event.mimeData())
        if paths:
            event.acceptProposedAction()
            self.read_forms(paths)

    def _dropped_forms(self, mime) -> list[Path]:
        """Filled forms dropped on the window: local PDF files, when a file is open."""
        if self.path is None or self.session.read_only or not mime.hasUrls():
            return []
        paths = [Path(url.toLocalFile()) for url in mime.urls() if url.isLocalFile()]
        # with a PDF among them, all are read: what is no form is refused in words
        return paths if any(p.suffix.lower() == ".pdf" for p in paths) else []

    def edit_settings(self) -> None:
        from rmentor.ui.dialogs.settings_dialog import SettingsDialog

        self.dialog = SettingsDialog(self)
        self.dialog.open()

    def make_report(self) -> None:
        from rmentor.ui.dialogs.report_dialog import ReportDialog

        if self.programme is None:
            return
        self.dialog = ReportDialog(self.programme, self)
        self.dialog.open()

    def _file_first(self) -> bool:
        """A programme lives in a data file: with none open, make one first."""
        if self.path is None:
            self.new_file()
        return self.path is not None

    def new_programme(self) -> None:
        from rmentor.ui.dialogs.programme_dialog import ProgrammeDialog

        if not self._file_first():
            return
        self.dialog = ProgrammeDialog(None, self)
        self.dialog.saved.connect(self.reload_programmes)
        self.dialog.open()

    def edit_programme(self) -> None:
        if self.programme is None:
            return
        from rmentor.ui.dialogs.programme_dialog import ProgrammeDialog

        def make():
            dialog = ProgrammeDialog(self.programme, self)
            dialog.saved.connect(self.reload_programmes)
            return dialog

        self.dialog = open_once(self, ("programme", self.programme.id), make)

    def all_tabs(self) -> list[QWidget]:
        return [self.tabs.widget(i) for i in range(self.tabs.count())]

    def _tab_shown(self, _index: int = -1) -> None:
        tab = self.tabs.currentWidget()
        if tab in self._stale:
            self._stale.discard(tab)
            tab.set_programme(self.programme)

    def _undone(self) -> None:
        """After an undo or redo anything shown may have changed, the programmes too."""
        self.reload_programmes(self.programme.id if self.programme else None)

    def _changed(self, source: QWidget | None) -> None:
        self._stale = {t for t in self.all_tabs() if t is not source}
        self.update_status()

    def show_journal(self, pairing_id: int) -> None:
        self.tabs.setCurrentWidget(self.journal_tab)
        self.journal_tab.show_pairing(pairing_id)

    def show_meeting(self, pairing_id: int, meeting_id: int) -> None:
        """From the follow-up: the meeting an outcome came from, open in its form."""
        self.show_journal(pairing_id)
        self.journal_tab.select(meeting_id)
        if not self.session.read_only:
            self.journal_tab.edit_meeting()

    def open_item(self, target: str, target_id: int) -> None:
        """Open what an attention line is about."""
        if target == "pairing":
            self.tabs.setCurrentWidget(self.pairings_tab)
            self.pairings_tab.select(target_id)
        elif target == "outcome":
            self.tabs.setCurrentWidget(self.follow_up_tab)
            self.follow_up_tab.select(target_id)
        elif target == "participant":
            self.tabs.setCurrentWidget(self.participants_tab)
            self.participants_tab.select(target_id)

    # Title, status, about

    def update_title(self) -> None:
        parts = [
            p
            for p in (
                self.programme.name if self.programme else None,
                self.path.name if self.path else None,
            )
            if p
        ]
        self.setWindowTitle(" — ".join(parts + ["rmentor"]))

    def update_status(self) -> None:
        if self.programme is None:
            self.status_label.setText("")
            return
        roles = counts.role_counts(self.programme)
        statuses = counts.status_counts(self.programme)
        totals = counts.meeting_totals(self.programme)
        parts = (
            self.tr("%n mentor(s)", "", roles.get("mentor", 0)),
            self.tr("%n mentee(s)", "", roles.get("mentee", 0)),
            self.tr("%n pairing(s)", "", sum(statuses.values())),
            self.tr("%n meeting(s) held", "", totals["held"]),
        )
        self.status_label.setText(" · ".join(parts))

    def about(self) -> None:
        QMessageBox.about(
            self,
            self.tr("About rmentor"),
            self.tr(
                "<h3>rmentor %1</h3><p>Runs a reverse mentoring programme: participants, "
                "pairings, the journal and the report for management.</p>"
                "<p>Data file:<br><tt>%2</tt></p><p>Licence: GNU General Public License, "
                "version 3 or later.</p>"
            )
            .replace("%1", __version__)
            .replace("%2", str(self.path) if self.path else self.tr("none")),
        )

    def restore_backup(self) -> None:
        from rmentor.ui.dialogs.restore_dialog import RestoreDialog

        if self.path is None:
            return
        self.dialog = RestoreDialog(self.path, self)
        self.dialog.restore_requested.connect(self._restore)
        self.dialog.open()

    def _restore(self, backup) -> None:
        from rmentor.models.storage import backups

        path = self.path
        self.session.close()
        try:
            backups.restore(path, backup)
        except (DomainError, OSError) as error:
            self.open_path(path, create=False)
            show_problem(
                self,
                self.tr("Not restored"),
                error if isinstance(error, DomainError) else error.strerror or str(error),
            )
            return
        self.open_path(path, create=False)
        notices.tell(
            self.tr("Restored the copy of %1.").replace(
                "%1", backup.made.strftime("%d-%m-%Y %H:%M")
            )
        )

    def closeEvent(self, event) -> None:  # noqa: N802 - Qt's name
        # A form with unsaved input asks first; Cancel there keeps the window open.
        for dialog in self.findChildren(QDialog):
            if dialog.isVisible():
                dialog.reject()
                if dialog.isVisible():
                    event.ignore()
                    return
        self.settings.setValue("window/geometry", self.saveGeometry())
        close_guide()
        self.session.close()
        super().closeEvent(event)
