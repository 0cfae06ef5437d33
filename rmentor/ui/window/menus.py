"""The main window's menus, built in one place (as the Qt for Python application example
builds them); the actions stay on the window, which enables them as the file allows."""

import functools

import shiboken6
from PySide6.QtCore import QObject
from PySide6.QtGui import QAction
from PySide6.QtGui import QActionGroup
from PySide6.QtGui import QKeySequence

from rmentor.ui.window.guide import show_guide

# F1 in a tab opens the guide at its part
TAB_SECTIONS = {
    "participants": "participants",
    "pairings": "matching",
    "journal": "journal",
    "follow_up": "journal",
}


class Menus(QObject):
    def __init__(self, window):
        """The menu bar's titles, on screen with the window's first paint; build() fills
        them once the window's parts are there."""
        super().__init__(window)
        self.window = window
        bar = window.menuBar()
        self.titled = [
            bar.addMenu(title)
            for title in (
                self.tr("&File"),
                self.tr("&Edit"),
                self.tr("&Programme"),
                self.tr("P&articipants"),
                self.tr("&Reports"),
                self.tr("&Contact"),
                self.tr("&Help"),
            )
        ]
        for menu in self.titled[2:6]:  # greyed until a file is open (nothing_open)
            menu.setEnabled(False)

    def _action(self, menu, text, slot, shortcut=None) -> QAction:
        action = QAction(text, self.window)
        if shortcut is not None:
            action.setShortcut(shortcut)
        action.triggered.connect(slot)
        menu.addAction(action)
        return action

    def build(self) -> None:
        w = self.window
        file_menu, edit_menu, programme_menu, participants_menu = self.titled[:4]
        reports_menu, w.contact_menu, help_menu = self.titled[4:]
        # Ctrl+N adds a participant (the action used most); a new file gets Ctrl+Shift+N.
        self._action(
            file_menu, self.tr("&New file…"), w.files.new_file, QKeySequence("Ctrl+Shift+N")
        )
        self._action(file_menu, self.tr("&Open…"), w.files.open_file, QKeySequence.StandardKey.Open)
        w.recent_menu = file_menu.addMenu(self.tr("Open recen&t"))
        w.recent_menu.aboutToShow.connect(w.files.fill_recent)
        self._action(
            file_menu, self.tr("Connect to ser&ver…"), lambda: w.servers.connect_to_server()
        )
        file_menu.addSeparator()
        w.import_action = self._action(
            file_menu,
            self.tr("&Import participants…"),
            w.sheets.import_participants,
            QKeySequence("Ctrl+I"),
        )
        w.read_forms_action = self._action(
            file_menu, self.tr("Read evaluation &forms…"), lambda: w.read_forms()
        )  # triggered(checked) would pass False for the paths
        w.export_menu = file_menu.addMenu(self.tr("&Export"))
        for what, text in (
            ("participants", self.tr("&Participants…")),
            ("pairings", self.tr("P&airings…")),
            ("journal", self.tr("&Journal…")),
        ):
            action = w.export_menu.addAction(text)
            action.triggered.connect(lambda _checked=False, k=what: w.sheets.export(k))
        file_menu.addSeparator()
        w.copy_action = self._action(
            file_menu,
            self.tr("Save a &copy as…"),
            lambda: w.files.save_copy(),
            QKeySequence.StandardKey.SaveAs,
        )
        w.restore_action = self._action(
            file_menu, self.tr("&Restore from backup…"), w.files.restore_backup
        )
        w.repair_action = self._action(
            file_menu, self.tr("Save a re&paired copy…"), w.files.save_repaired_copy
        )
        w.repair_action.setVisible(False)  # only for a file with broken text
        file_menu.addSeparator()
        self._action(
            file_menu,
            self.tr("&Settings…"),
            w.edit_settings,
            QKeySequence.StandardKey.Preferences,
        )
        file_menu.addSeparator()
        self._action(file_menu, self.tr("&Quit"), w.close, QKeySequence.StandardKey.Quit)

        # Qt's own wording: "Undo %1" / "%1 ongedaan maken", and "Undo" when empty
        w.undo_action = w.history.stack.createUndoAction(w)
        w.undo_action.setShortcut(QKeySequence.StandardKey.Undo)
        w.redo_action = w.history.stack.createRedoAction(w)
        redo_keys = QKeySequence.keyBindings(QKeySequence.StandardKey.Redo)
        extra = [QKeySequence("Ctrl+Y"), QKeySequence("Ctrl+Shift+Z")]
        w.redo_action.setShortcuts(redo_keys + [k for k in extra if k not in redo_keys])
        edit_menu.addAction(w.undo_action)
        edit_menu.addAction(w.redo_action)
        # Dutch puts the step first ("datum van 3 punten ongedaan maken"): a menu item
        # starts with a capital, whichever word comes first
        for action in (w.undo_action, w.redo_action):  # the action's own signal: it
            action.changed.connect(functools.partial(_capital, action))  # dies with it

        w.new_programme_action = self._action(
            programme_menu, self.tr("&New programme…"), w.new_programme
        )
        w.edit_programme_action = self._action(
            programme_menu, self.tr("&Edit programme…"), w.edit_programme
        )
        programme_menu.addSeparator()
        w.switch_menu = programme_menu.addMenu(self.tr("&Switch to"))
        w.switch_group = QActionGroup(w)

        # the tabs are built when first shown: these act on them once they are
        w.add_participant_action = self._action(
            participants_menu,
            self.tr("&Add participant…"),
            w.add_participant,
            QKeySequence("Ctrl+N"),
        )
        participants_menu.addAction(w.import_action)  # where a newcomer looks first, too

        w.report_action = self._action(
            reports_menu,
            self.tr("Programme &report (PDF)…"),
            w.make_report,
            QKeySequence.StandardKey.Print,
        )
        for name, text, kind in (
            ("agreement_pdf_action", self.tr("Pairing &agreement (PDF)…"), "agreement"),
            ("summary_pdf_action", self.tr("Pair &summary (PDF)…"), "summary"),
        ):  # for the pairing picked in the pairings tab (tab_pages enables them)
            action = self._action(
                reports_menu, text, lambda _c=False, k=kind: w.pairings_tab.pair_document(k)
            )
            action.setEnabled(False)
            setattr(w, name, action)

        # acting on the attention list: drafts for the pairs that need them, the calendar,
        # forms out (reading them back is under File, beside importing)
        for kind, text in (
            ("invitation", self.tr("E-mail &invitations to new pairs…")),
            ("reminder", self.tr("E-mail &reminders to pairs that fall behind…")),
            ("evaluation", self.tr("E-mail &evaluation requests…")),
            ("thanks", self.tr("E-mail &thanks to pairs that completed…")),
        ):
            self._action(w.contact_menu, text, lambda _c=False, k=kind: w.write_drafts(k))
        w.contact_menu.addSeparator()
        self._action(w.contact_menu, self.tr("Meetings &calendar (.ics)…"), w.write_calendar)
        self._action(w.contact_menu, self.tr("Evaluation &forms to fill in…"), w.write_forms)

        # with no file open these hold nothing that works: greyed as a whole, as Contact
        w.file_menus = [programme_menu, participants_menu, reports_menu]
        self._action(
            help_menu,
            self.tr("&User guide"),
            lambda: show_guide(_section_shown(w)),
            QKeySequence(QKeySequence.StandardKey.HelpContents),
        )
        self._action(help_menu, self.tr("&About rmentor"), w.about)
        w.write_actions = [
            w.import_action,
            w.read_forms_action,
            w.restore_action,
            w.new_programme_action,
            w.edit_programme_action,
            w.add_participant_action,
        ]
        self.nothing_open()  # until a file opens: no chooser while its message is shown

    def file_actions(self) -> list:
        """What works on an open file (actions and whole menus): all but opening or making
        one, the settings and help."""
        w = self.window
        pairings = w.pages.built.get("pairings")
        pairing_documents = (
            [pairings.agreement_pdf_action, pairings.summary_pdf_action] if pairings else []
        )
        return [
            *w.write_actions,
            w.copy_action,
            w.report_action,
            w.agreement_pdf_action,
            w.summary_pdf_action,
            w.export_menu,
            w.switch_menu,
            w.contact_menu,
            *pairing_documents,  # as before the file went; the menu's follow the tab's
        ]

    def nothing_open(self) -> None:
        """No file open (one refused, with the one shown gone): the menus offer what
        opens or makes a file, never steps that would find nothing to work on."""
        w = self.window
        for action_or_menu in self.file_actions():
            action_or_menu.setEnabled(False)
        w.repair_action.setVisible(False)  # of a file with broken text, gone
        w.read_only_banner.hide()
        w.programme_box.blockSignals(True)
        w.programme_box.clear()  # not the name of a programme in a file no longer open
        w.programme_box.blockSignals(False)
        w.programme_toolbar.hide()  # nor an empty chooser of programmes
        for menu in w.file_menus:
            menu.setEnabled(False)
        w.status_label.clear()  # nor its counts, nor its name in the title
        w.update_title()

    def file_open(self) -> None:
        """A file opened: what nothing_open took away is back; reading it decides the
        rest (read-only, a programme or none, a pairing picked)."""
        w = self.window
        w.copy_action.setEnabled(True)
        w.switch_menu.setEnabled(True)
        for menu in w.file_menus:
            menu.setEnabled(True)


def _section_shown(w) -> str:
    """The guide's section on the tab shown; on the start page (no programme), its start."""
    shown = w.tabs.currentWidget().objectName() if w.stack.currentWidget() is w.tabs else ""
    return TAB_SECTIONS.get(shown, "")


def _capital(action) -> None:
    if not shiboken6.isValid(action):  # the window is being taken down
        return
    text = action.text()
    if text[:1].islower():
        action.setText(text[0].upper() + text[1:])
