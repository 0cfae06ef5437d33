"""The data file's menu: a new file, open one, a copy, the demo, the recent files, and
restoring a backup (the window itself opens a file: MainWindow.open_path)."""

import datetime as dt
from pathlib import Path

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QFileDialog
from PySide6.QtWidgets import QMessageBox

from rmentor.models.errors import DomainError
from rmentor.models.errors import system_reason
from rmentor.models.storage import datafile
from rmentor.ui.common import messages
from rmentor.ui.common import notices
from rmentor.ui.common.folders import DATA
from rmentor.ui.common.folders import remember
from rmentor.ui.common.folders import start_folder
from rmentor.ui.common.messages import show_problem

MAX_RECENT = 8
FILE_FILTER = "rmentor (*.sqlite *.rmentor);;SQLite (*.sqlite *.db);;* (*)"


class FileActions(QObject):
    def __init__(self, window):
        super().__init__(window)
        self.window = window

    def fill_recent(self) -> None:
        self.window.recent_menu.clear()
        for name in self.recent_files():
            action = self.window.recent_menu.addAction(name.replace("&", "&&"))
            action.triggered.connect(lambda _checked=False, p=name: self.window.open_path(Path(p)))
        if self.window.recent_menu.isEmpty():
            self.window.recent_menu.addAction(self.tr("(none yet)")).setEnabled(False)

    def recent_files(self) -> list[str]:
        value = self.window.settings.value("recent_files", [])
        return [value] if isinstance(value, str) else list(value or [])

    def remember(self, path: Path) -> None:
        """The file opened: first in File > Open recent, and opened at the next start
        (not by --start-and-quit: an installation check leaves the coordinator's start)."""
        if messages.QUIET[0]:
            return
        recent = [str(path)] + [p for p in self.recent_files() if p != str(path)]
        self.window.settings.setValue("recent_files", recent[:MAX_RECENT])
        self.window.settings.setValue("last_file", str(path))

    def nobody_answers(self, path: Path) -> bool:
        """--start-and-quit: nobody is there to say how a file not there is made; an
        installation check makes none, and says so."""
        if messages.QUIET[0]:
            show_problem(self.window, "", self.tr("%1 is not there.").replace("%1", str(path)))
        return messages.QUIET[0]

    def create_asked(self, path: Path) -> bool:
        if self.nobody_answers(path):
            return False
        if not path.parent.is_dir():
            show_problem(
                self.window,
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
            self.window,
            self.tr("File not found"),
            self.tr(
                "%1 is not there (moved, renamed or deleted?). Make a new, empty data file "
                "with that name?"
            ).replace("%1", str(path)),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        return answer == QMessageBox.StandardButton.Yes

    def make_new(self, path: Path) -> bytes | bool | None:
        """Ask how a new file is kept: encrypted (made here, with its key returned), or
        plain (None: opening makes it); False when the coordinator cancelled."""
        from PySide6.QtWidgets import QDialog

        from rmentor.models.storage import keychain
        from rmentor.models.storage import protection
        from rmentor.ui.dialogs.protection_dialogs import PassphraseDialog

        if self.nobody_answers(path):
            return False
        dialog = PassphraseDialog(path, self.window, new_file=True)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return False
        if not dialog.wants_protection():
            return None
        try:
            key = protection.create_protected(path, dialog.passphrase.text())
        except DomainError as error:
            show_problem(self.window, self.tr("Cannot open the file"), error)
            return False
        if dialog.remember.isChecked():
            keychain.store_key(path, key)
        return key

    def show_recovery_key(self, key: bytes) -> None:
        from rmentor.ui.dialogs.protection_dialogs import RecoveryKeyDialog

        RecoveryKeyDialog(self.window.path, key, self.window).exec()

    def new_file(self) -> None:
        name, _ = QFileDialog.getSaveFileName(
            self.window,
            self.tr("New data file"),
            str(start_folder(DATA) / self.tr("programme.sqlite")),
            FILE_FILTER,
            options=QFileDialog.Option.DontConfirmOverwrite,  # refused below, said once
        )
        if not name:
            return
        remember(name, DATA)
        path = Path(name)
        if not path.suffix:  # else File > Open's filter would not show it
            path = path.with_name(path.name + ".sqlite")
        if path.exists():
            show_problem(
                self.window,
                self.tr("New data file"),
                self.tr(
                    "%1 already exists. Choose another name, or open it with File > Open."
                ).replace("%1", path.name),
            )
            return
        self.window.open_path(path, ask=False)  # just named as new: not asked about again

    def open_file(self) -> None:
        name, _ = QFileDialog.getOpenFileName(
            self.window, self.tr("Open data file"), str(start_folder(DATA)), FILE_FILTER
        )
        if name:
            remember(name, DATA)
            self.window.open_path(Path(name), create=False)

    def save_copy(self, repair: bool = False) -> Path | None:
        """A copy of the open file; on a server, everything on it as a new file (a
        snapshot to take offline)."""
        server = self.window.server
        if server is not None:
            title, suggested = self.tr("Save a copy as a file"), server.name
        elif self.window.path is not None:
            stem = self.window.path.stem
            title = self.tr("Save a repaired copy as") if repair else self.tr("Save a copy as")
            suggested = (
                self.tr("%1 (repaired)").replace("%1", stem)
                if repair
                else f"{stem} ({dt.date.today():%Y-%m-%d})"
            )
        else:
            return None
        name, _ = QFileDialog.getSaveFileName(
            self.window, title, str(start_folder(DATA) / f"{suggested}.sqlite"), FILE_FILTER
        )
        if not name:
            return None
        remember(name, DATA)
        try:
            if server is not None:
                from rmentor.models.programme.transfer import copy_to_new_file
                from rmentor.models.storage.database import db

                copy_to_new_file(db.obj, Path(name))
            else:
                datafile.copy_to(Path(name), repair=repair)
        except (DomainError, OSError) as error:
            show_problem(
                self.window,
                self.tr("Copy not saved"),
                error if isinstance(error, DomainError) else system_reason(error),
            )
            return None
        notices.tell(self.tr("Copy saved as %1").replace("%1", Path(name).name), name)
        return Path(name)

    def save_repaired_copy(self) -> None:
        """A copy with the broken characters replaced, then opened to work in."""
        copy = self.save_copy(repair=True)
        if copy is not None and self.window.open_path(copy, create=False):
            notices.tell(self.tr("Copy saved as %1").replace("%1", copy.name), copy)

    def open_demo(self) -> None:
        path = datafile.default_path().with_name("demo.sqlite")
        if not path.exists():
            path.parent.mkdir(parents=True, exist_ok=True)
            if not self.window.session.write_demo(path):
                self.window.file_reopened()
                return
        self.window.open_path(path, create=False)

    def restore_backup(self) -> None:
        from rmentor.ui.dialogs.restore_dialog import RestoreDialog

        if self.window.path is None:
            return
        self.window.dialog = RestoreDialog(self.window.path, self.window)
        self.window.dialog.restore_requested.connect(self.restore)
        self.window.dialog.open()

    def _key_of_copy(self, backup) -> bytes | bool | None:
        """An encrypted copy whose key this session does not know (made while the file
        had another one) asks for its passphrase or recovery key; False: cancelled."""
        from PySide6.QtWidgets import QDialog

        from rmentor.models.storage import backups
        from rmentor.models.storage import keys
        from rmentor.ui.dialogs.protection_dialogs import UnlockDialog

        if not keys.looks_encrypted(backup.path) or backups.key_of(backup.path) is not None:
            try:  # the key known is the copy's own, or the copy is plain
                datafile.check_ours(backup.path, backups.key_of(backup.path))
                return None
            except DomainError:
                if not keys.looks_encrypted(backup.path):
                    return None
        dialog = UnlockDialog(backup.path, self.window)
        dialog.remember.hide()  # a copy is opened once, to be put back
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return False
        return dialog.key

    def restore(self, backup) -> None:
        from rmentor.models.storage import backups

        path = self.window.path
        key = self._key_of_copy(backup)
        if key is False:
            return
        self.window.session.close()
        try:
            backups.restore(path, backup, key)
        except (DomainError, OSError) as error:
            self.window.open_path(path, create=False)
            show_problem(
                self.window,
                self.tr("Not restored"),
                error if isinstance(error, DomainError) else system_reason(error),
            )
            return
        self.window.open_path(path, create=False)
        notices.tell(
            self.tr("Restored the copy of %1.").replace(
                "%1", backup.made.strftime("%d-%m-%Y %H:%M")
            )
        )
