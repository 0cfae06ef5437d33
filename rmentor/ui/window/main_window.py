"""The main window: the file and programme it shows, the tabs, the menus."""

from pathlib import Path

from PySide6.QtCore import QByteArray
from PySide6.QtCore import QSettings
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QComboBox
from PySide6.QtWidgets import QDialog
from PySide6.QtWidgets import QLabel
from PySide6.QtWidgets import QMainWindow
from PySide6.QtWidgets import QMessageBox
from PySide6.QtWidgets import QStackedWidget
from PySide6.QtWidgets import QToolBar
from PySide6.QtWidgets import QVBoxLayout
from PySide6.QtWidgets import QWidget

from rmentor import __version__

# The window's parts, and the domain's modules they need, are imported in build(), after
# the frame's first paint; dialogs where they open.
from rmentor.ui.common.screen_fit import fit
from rmentor.ui.common.screen_fit import keep_on_screen
from rmentor.ui.window.guide import close_guide
from rmentor.ui.window.menus import Menus
from rmentor.ui.window.record_windows import open_once


class MainWindow(QMainWindow):
    def __init__(self, parent: QWidget | None = None, frame_only: bool = False):
        """The frame: menu titles, the place for the tabs, the status bar, at its size.
        With frame_only, build() adds the rest: the start paints the frame first."""
        super().__init__(parent)
        self.settings = QSettings()
        self.setWindowTitle("rmentor")  # the file's and programme's names once it opens
        self.path: Path | None = None  # the data file, or None on a server:
        self.server = None  # the server's ServerLocation
        self.programme = None  # the Programme shown
        self.dialog = None
        self.built = False  # its parts: the file's session, the tabs, the menus' items
        self.stack = QStackedWidget()
        self.opening = QLabel()  # while a file opens, beside a repainting window
        self.stack.addWidget(self.opening)
        self.read_only_text = self.tr(
            "This file is read-only: you can look and make reports, but not change anything. "
            "To work in it, copy it to a folder you can write to (File > Save a copy as)."
        )
        self.read_only_banner = QLabel(self.read_only_text)
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
        self.programme_toolbar = toolbar = QToolBar(self.tr("Programme"))
        toolbar.setObjectName("programme_toolbar")
        toolbar.setMovable(False)
        toolbar.addWidget(QLabel(self.tr("Programme:") + " "))
        toolbar.addWidget(self.programme_box)
        self.addToolBar(toolbar)
        toolbar.hide()  # until a file with programmes is open

        self.statusBar()  # there from the first paint; its lines come with the parts
        self.menus = Menus(self)
        self.setAcceptDrops(True)  # filled evaluation forms, dropped from the mail program
        # as wide as a laptop's 1366 pixels allow: at 1200, the pairings' Dutch titles
        # alone were wider than the table, and the column saying "overdue" was out of sight
        fit(self, 1360, 760)
        geometry = self.settings.value("window/geometry")
        if isinstance(geometry, QByteArray):
            self.restoreGeometry(geometry)
            keep_on_screen(self)
        if not frame_only:
            self.build()

    def build(self) -> None:
        """The window's parts (window_parts.py): imported and built once the frame is on
        screen at start, so it shows before the data file's modules load."""
        from rmentor.ui.window import window_parts

        window_parts.build(self)
        self.built = True

    def next_tab(self, step: int) -> None:
        if self.stack.currentWidget() is self.tabs:
            self.show_tab((self.tabs.currentIndex() + step) % self.tabs.count())

    def show_tab(self, index: int) -> None:
        if self.stack.currentWidget() is self.tabs:
            self.tabs.setCurrentIndex(index)
            self.tabs.currentWidget().setFocus()  # where the keys go on from

    # Menus

    # The file

    def open_path(self, path: Path, create: bool = True, ask: bool = True) -> bool:
        """Open a data file; a refusal says why, and the window keeps its file. A missing
        file is asked about before it is made anew (not one named as new, nor a first start's)."""
        from rmentor.models.storage import datafile
        from rmentor.ui.preview import LOADED_AFTER_MS
        from rmentor.ui.preview import load_preview

        path = Path(path).absolute()  # as remembered: a start in another folder finds it
        missing = create and not path.exists() and not path.is_symlink()
        asked = ask and path != datafile.default_path() and self.settings.contains("last_file")
        told, shown = self.notice_line.told, self.stack.currentWidget()
        # behind what is asked first too: not the start page's "no programme yet"
        self.opening.setText(self.tr("Opening %1…").replace("%1", path.name))
        self.stack.setCurrentWidget(self.opening)
        if missing and asked and not self.files.create_asked(path):
            return self._not_opened(shown)
        new_key = self.files.make_new(path) if missing else None
        if new_key is False:
            return self._not_opened(shown)
        if not self.session.open(path, create):
            self._not_opened(shown)
            self.file_reopened()
            return False
        if self.session.path != self.path and self.notice_line.told == told:
            self.notice_line.clear()  # what it said was about the other file
        self.path, self.server = self.session.path, None
        self.servers.stop_listening()
        if self.session.read_only:
            self.history.stack.clear()
        else:
            self.history.start()
        self.files.remember(self.path)
        self.menus.file_open()
        self.set_read_only(self.session.read_only)
        self.reload_programmes(self.settings.value(f"programme/{self.place()}"))
        if new_key:
            self.files.show_recovery_key(new_key)
        recovered, self.session.recovered_key = self.session.recovered_key, None
        if recovered is not None:
            self.protection.offer_new_passphrase(recovered)
        QTimer.singleShot(LOADED_AFTER_MS, load_preview)
        return True

    def _not_opened(self, shown: QWidget) -> bool:
        """The window as before a refused open: the file shown, or none."""
        if self.session.path is None and self.server is None:  # no file to show
            self.path = self.programme = None
            self.menus.nothing_open()
            self.opening.setText(self.tr("No file is open: use File > Open or File > New file."))
        else:
            self.stack.setCurrentWidget(shown)
        return False

    def file_reopened(self) -> None:
        """A refused open closed the connection before it reopened the file shown: the
        undo log lived in that connection, so the history starts afresh."""
        if self.session.path is not None and not self.session.read_only:
            self.history.start()
        else:
            self.history.stack.clear()

    def set_read_only(self, read_only: bool) -> None:
        """A read-only file: a banner says so, and nothing that writes can be used."""
        from rmentor.models.storage import datafile

        broken = datafile.broken_text_in_open_file() if read_only else ""
        self.read_only_banner.setText(
            self.tr(
                "This file holds text that another program wrote and rmentor cannot save "
                "again as it is (in %1), so it is open read-only. To work in it, restore a "
                "backup copy (File > Restore from backup), or save a repaired copy, in which "
                "the broken characters are replaced (File > Save a repaired copy), and work in "
                "that."
            ).replace("%1", broken)
            if broken
            else self.read_only_text
        )
        self.read_only_banner.setVisible(read_only)
        for action in self.write_actions:
            action.setEnabled(not read_only)
        # the disk allows it; a server keeps its own backups
        self.restore_action.setEnabled((not read_only or bool(broken)) and not self.server)
        self.repair_action.setVisible(bool(broken))
        for tab in self.all_tabs():
            tab.set_read_only(read_only)
        for button in (self.welcome.create_button, self.welcome.import_button):
            button.setEnabled(not read_only)

    # Programmes

    def reload_programmes(self, select_id=None) -> None:
        from rmentor.models.programme import programmes

        self.welcome.update_title()  # a file, or a server's database
        items = programmes.all_programmes()
        self.programme_box.blockSignals(True)
        self.programme_box.clear()
        for programme in items:
            self.programme_box.addItem(programme.name, programme.id)
        index = self.programme_box.findData(int(select_id)) if select_id else -1
        self.programme_box.setCurrentIndex(index if index >= 0 else 0 if items else -1)
        self.programme_box.blockSignals(False)
        self.programme_toolbar.setVisible(bool(items))  # no empty chooser
        self.switch_menu.setEnabled(bool(items))
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
        from rmentor.models.programme.entities import Programme

        pid = self.programme_box.currentData()
        self.programme = Programme.get_or_none(Programme.id == pid) if pid else None
        self.pages.programme_shown((self.place(), pid))
        if self.programme and self.place():
            self.settings.setValue(f"programme/{self.place()}", self.programme.id)
        for action in self.switch_group.actions():
            action.setChecked(action.data() == pid)
        self.stack.setCurrentWidget(self.tabs if self.programme else self.welcome)
        self.edit_programme_action.setEnabled(
            self.programme is not None and not self.session.read_only
        )
        self.export_menu.setEnabled(self.programme is not None)
        for menu in self.file_menus[1:]:  # participants and reports: of a programme
            menu.setEnabled(self.programme is not None)
        self.contact_menu.setEnabled(self.programme is not None and not self.session.read_only)
        self.add_participant_action.setEnabled(
            self.programme is not None and not self.session.read_only
        )
        self.report_action.setEnabled(self.programme is not None)
        self.stale = set(self.all_tabs())
        self.tab_shown()
        self.update_title()
        self.update_status()

    # E-mails, calendar and forms (their modules load when first used, not at start)

    def write_drafts(self, kind: str) -> None:
        from rmentor.ui.window.mail_actions import write_drafts

        if self.programme is not None and write_drafts(self, self.programme, kind).paths:
            self.refresh()

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

        if self.place() is None or self.session.read_only:
            return
        paths = paths if paths is not None else mail_actions.ask_forms(self)
        if mail_actions.read_forms(self, paths):
            self.refresh()

    def refresh(self) -> None:
        """Every tab read again: the one shown now, the others when shown."""
        self.mark_changed(None)
        self.tab_shown()

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
        if self.place() is None or self.session.read_only or not mime.hasUrls():
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

    def file_first(self) -> bool:
        """A programme lives in a data file: with none open, make one first."""
        if self.place() is None:
            self.files.new_file()
        return self.place() is not None

    def place(self):
        """Where the data is: the file's path, the server's location, or None."""
        return self.path or self.server

    def new_programme(self) -> None:
        from rmentor.ui.dialogs.programme_dialog import ProgrammeDialog

        if not self.file_first():
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
        return self.pages.all()

    # built when first asked for (tab_pages)
    participants_tab = property(lambda self: self.pages.get("participants"))
    pairings_tab = property(lambda self: self.pages.get("pairings"))
    journal_tab = property(lambda self: self.pages.get("journal"))
    follow_up_tab = property(lambda self: self.pages.get("follow_up"))

    def add_participant(self) -> None:
        """Menu and Ctrl+N: the participants tab, shown, then its form for a new one."""
        if self.programme is not None and not self.session.read_only:
            self.tabs.setCurrentWidget(self.participants_tab)
            self.participants_tab.add()

    def tab_shown(self, _index: int = -1) -> None:
        tab = self.pages.shown()
        if tab in self.stale:
            self.stale.discard(tab)
            tab.set_programme(self.programme)

    def after_undo(self) -> None:
        """After an undo or redo anything shown may have changed, the programmes too."""
        self.reload_programmes(self.programme.id if self.programme else None)

    def mark_changed(self, source: QWidget | None) -> None:
        self.stale = {t for t in self.all_tabs() if t is not source}
        self.update_status()

    def show_journal(self, pairing_id: int) -> None:
        self.tabs.setCurrentWidget(self.journal_tab)
        self.journal_tab.show_pairing(pairing_id)

    def show_meeting(self, pairing_id: int, meeting_id: int) -> None:
        """From the follow-up: the meeting an outcome came from, open in its form."""
        self.show_journal(pairing_id)
        self.journal_tab.select(meeting_id)
        if not self.session.read_only:  # a big journal: once its rows are shown
            self.journal_tab.when_loaded(self.journal_tab.edit_meeting)

    def show_evaluation(self, pairing_id: int, moment: str, side: str) -> None:
        """From the overview: an evaluation due, in the journal's form for it."""
        from rmentor.models.programme.entities import Pairing

        if Pairing.get_or_none(Pairing.id == pairing_id) is None:  # deleted since it was listed
            self.notice_line.tell(self.tr("That pairing is no longer in the file."))
            self.overview_tab.reload()
            return
        self.show_journal(pairing_id)
        if not self.session.read_only:
            self.journal_tab.when_loaded(lambda: self._evaluation_form(moment, side))

    def _evaluation_form(self, moment: str, side: str) -> None:
        form = self.journal_tab.dialog
        if form is None or not form.isVisible():  # asked twice while the journal was read
            self.journal_tab.add_evaluation(moment, side)

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
        place = self.path.name if self.path else None
        if self.server:
            place = self.tr("%1 on %2").replace("%1", self.server.name)
            place = place.replace("%2", self.server.host)
        parts = [p for p in (self.programme.name if self.programme else None, place) if p]
        self.setWindowTitle(" — ".join(parts + ["rmentor"]))

    def update_status(self) -> None:
        if self.programme is None:
            self.status_label.setText("")
            return
        from rmentor.models.figures import counts

        roles = counts.role_counts(self.programme)
        statuses = counts.status_counts(self.programme)
        totals = counts.meeting_totals(self.programme)
        parts = (
            self.tr("%Ln mentor(s)", "", roles.get("mentor", 0)),
            self.tr("%Ln mentee(s)", "", roles.get("mentee", 0)),
            self.tr("%Ln pairing(s)", "", sum(statuses.values())),
            self.tr("%Ln meeting(s) held", "", totals["held"]),
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
            .replace("%2", str(self.place() or self.tr("none"))),
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
        if self.built:  # not closed before its first paint was done
            self.servers.stop_listening()
            self.session.close()
        super().closeEvent(event)
