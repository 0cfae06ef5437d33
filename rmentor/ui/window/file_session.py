"""The data file a window works on: one window per file (a lock), read-only files,
the backup made on opening, and a word of warning about synced folders."""

import datetime as dt
import threading
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtCore import QObject
from PySide6.QtCore import QSettings
from PySide6.QtCore import Signal
from PySide6.QtWidgets import QDialog
from PySide6.QtWidgets import QMessageBox
from PySide6.QtWidgets import QWidget

from rmentor.file_lock import HELD
from rmentor.file_lock import UNWRITABLE
from rmentor.file_lock import FileLock
from rmentor.models.errors import DomainError
from rmentor.models.errors import system_reason
from rmentor.models.storage import backups
from rmentor.models.storage import datafile
from rmentor.models.storage import engine
from rmentor.models.storage import integrity
from rmentor.models.storage import recovery
from rmentor.models.storage import server
from rmentor.models.storage.database import db
from rmentor.models.storage.database import failure_reason
from rmentor.models.storage.database import on_server
from rmentor.models.storage.locations import risky_location
from rmentor.models.text.i18n import QT_TRANSLATE_NOOP
from rmentor.ui.common import messages
from rmentor.ui.common import notices
from rmentor.ui.common.labels import domain_text
from rmentor.ui.common.labels import format_date
from rmentor.ui.common.messages import show_problem


class FileSession:
    def __init__(self, parent: QWidget):
        self.parent = parent
        self.path: Path | None = None
        self.read_only = False
        self.lock: FileLock | None = None
        self.recovered_key: bytes | None = None  # the file was opened with its recovery key
        self.backup: threading.Thread | None = None  # the copy made on opening
        self.backup_of: Path | None = None  # of which file
        self.signals = _Signals()
        self.signals.backup_failed.connect(self._backup_failed)

    def open(self, path: Path, create: bool) -> bool:
        """Open path for this window; on refusal say why and keep the file open before."""
        try:
            path = datafile.real_path(Path(path))  # a link: the file it points to
        except DomainError as error:
            show_problem(
                self.parent,
                QCoreApplication.translate("FileSession", "Cannot open the file"),
                error,
            )
            return False
        same = self.path is not None and path.resolve() == self.path.resolve()
        if self.backing_up() and path.resolve() == self.backup_of:  # its half-written
            self.backup.join()  # copy is no leftover (also: A, then B, then A again)
        lock = self.lock if same else FileLock(path)
        taken = lock.take()  # again for the same file: its identity may be new (converted)
        if taken == UNWRITABLE:
            show_problem(
                self.parent,
                QCoreApplication.translate("FileSession", "Cannot open the file"),
                QCoreApplication.translate(
                    "FileSession",
                    "rmentor could not write the small lock file that keeps a second "
                    "window off %1 (the disk is full, or the folder is read-only). "
                    "Nothing was changed.",
                ).replace("%1", path.name),
            )
            return False
        if taken == HELD:
            pid, host = lock.holder
            show_problem(
                self.parent,
                QCoreApplication.translate("FileSession", "Already open"),
                QCoreApplication.translate(
                    "FileSession",
                    "%1 is already open in another rmentor window (process %2 on %3). Close "
                    "it there first: two windows on one file could overwrite each other's "
                    "work.",
                )
                .replace("%1", path.name)
                .replace("%2", str(pid))
                .replace("%3", host),
            )
            return False
        was_on = db.obj if on_server() else None  # a server left for a file: kept till then
        try:
            read_only = self._open_unlocked(path, create)
        except (DomainError, OSError, _Cancelled) as error:
            if not same:
                lock.release()
            if was_on is not None:
                db.initialize(was_on)
            self._reopen_previous()
            if isinstance(error, _Cancelled):
                notices.tell(
                    QCoreApplication.translate(
                        "FileSession", "%1 was not opened: its passphrase was not given."
                    ).replace("%1", path.name)
                )
                return False
            if isinstance(error, DomainError):
                return self._refused(path, error)
            show_problem(
                self.parent,
                QCoreApplication.translate("FileSession", "Cannot open the file"),
                QCoreApplication.translate("FileSession", "%1 cannot be opened: %2")
                .replace("%1", str(path))
                .replace("%2", domain_text(system_reason(error))),
            )
            return False
        if not same and self.lock is not None:
            if self.backing_up():  # the file stays ours until its copy is whole: another
                self.backup.join()  # window opening it would take the copy for a leftover
            self.lock.release()
        if was_on is not None:
            was_on.close()
        lock.take()  # a file made just now has an identity to lock only now
        self.lock, self.path, self.read_only = lock, path, read_only
        if not read_only:
            recovery.remove_leftovers(path)
        if not read_only and backups.changed_since_last_backup(path):
            self._back_up(path)
        copy = datafile.upgrade_copy()
        if copy is not None:  # said where the file as it was is kept
            notices.tell(
                QCoreApplication.translate(
                    "FileSession",
                    "%1 was brought up to this version of rmentor; the file as it was is "
                    "kept as %2 in its backups.",
                )
                .replace("%1", path.name)
                .replace("%2", copy.name)
            )
        self._warn_about_location(path)
        return True

    def _back_up(self, path: Path) -> None:
        """The copy made on opening, on a thread of its own (seconds for a large file)
        while the window is in use; it reads through connections of its own, and every
        other backup step waits for it (backups.make_backup holds one lock)."""

        def run() -> None:
            try:
                backups.make_backup(path, "opened")
            except DomainError as error:
                self.signals.backup_failed.emit(error)
            except Exception as error:  # noqa: BLE001 - said in words, its text kept out
                self.signals.backup_failed.emit(
                    QCoreApplication.translate(
                        "FileSession",
                        "No backup copy of %1 could be made (%2); the file itself was not changed.",
                    )
                    .replace("%1", path.name)
                    .replace("%2", domain_text(failure_reason(error)))
                )

        self.backup_of = path.resolve()
        self.backup = threading.Thread(target=run, name="backup on opening", daemon=True)
        self.backup.start()

    def backing_up(self) -> bool:
        return self.backup is not None and self.backup.is_alive()

    def _backup_failed(self, error: DomainError | str) -> None:
        show_problem(self.parent, QCoreApplication.translate("FileSession", "Backup failed"), error)

    def _open_unlocked(self, path: Path, create: bool) -> bool:
        """Open the file; an encrypted one with the key kept in the keychain, else with
        the passphrase or recovery key asked for."""
        from rmentor.models.storage import keychain
        from rmentor.ui.dialogs.protection_dialogs import UnlockDialog

        try:
            return datafile.open_file(path, create=create, check=self._check)
        except datafile.KeyNeeded:
            pass
        key = keychain.stored_key(path)
        if key is not None:
            try:
                datafile.check_ours(path, key)
            except DomainError:
                key = None  # kept for another file of that name once
        if key is None and messages.QUIET[0]:  # started to quit: nobody types it
            raise DomainError(
                QT_TRANSLATE_NOOP(
                    "DomainError", "The file {name} is encrypted: its passphrase is needed."
                ),
                name=path.name,
            )
        if key is None:
            dialog = UnlockDialog(path, self.parent)
            if dialog.exec() != QDialog.DialogCode.Accepted:
                raise _Cancelled
            key = dialog.key
            if dialog.opened_with_recovery_key:
                self.recovered_key = key
        return datafile.open_file(path, create=create, key=key, check=self._check)

    def _check(self, path: Path, key: bytes | None) -> str:
        """The full check of a file changed since it was found whole, on a thread of
        its own (it reads every page: seconds for a large file), the window repainting."""
        from rmentor.ui.common.background import FAILED
        from rmentor.ui.common.background import run_stoppable

        outcome, result = run_stoppable(
            self.parent,
            QCoreApplication.translate("FileSession", "Checking %1…").replace("%1", path.name),
            lambda _going_on: integrity.check_integrity(path, key),
        )
        if outcome == FAILED:
            raise result  # a damaged file (DomainError) is refused as before
        return result

    def write_demo(self, path: Path) -> bool:
        """Write the small demo into a new file and open it, through this session."""
        from rmentor.models import demo

        previous = self.path
        self.close()
        try:
            with datafile.opened(path):
                demo.write_small_demo()
        except DomainError as error:
            show_problem(
                self.parent,
                QCoreApplication.translate("FileSession", "Cannot open the file"),
                error,
            )
            if previous is not None:
                self.open(previous, create=False)
            return False
        return self.open(path, create=False)

    def _reopen_previous(self) -> None:
        """The file shown before a refused open, opened again; gone meanwhile (a drive
        pulled, the file renamed), no file is open, and none is made where it was."""
        if self.path is None:
            return
        try:
            datafile.open_file(self.path, create=False)
        except (DomainError, OSError, engine.Error):
            self.close()
            db.init(None)  # a read now fails, where it would make an empty file there

    def _refused(self, path: Path, error: DomainError) -> bool:
        """Say what is wrong; where a good backup exists, offer to open a copy of it."""
        good = next((b for b in backups.list_backups(path) if _is_good(b)), None)
        if good is None or not path.exists():
            said = domain_text(error)
            if isinstance(error, integrity.DamagedFile):  # and no copy to offer
                said += "\n\n" + QCoreApplication.translate(
                    "FileSession",
                    "No good backup copy of it was found in %1, where rmentor keeps them. If "
                    "you keep copies elsewhere (another drive, a colleague), open one of those "
                    "with File > Open; keep this file as it is, for whoever can repair it.",
                ).replace("%1", str(backups.folder_of(path)))
            show_problem(
                self.parent, QCoreApplication.translate("FileSession", "Cannot open the file"), said
            )
            return False
        answer = QMessageBox.question(
            self.parent,
            QCoreApplication.translate("FileSession", "Cannot open the file"),
            domain_text(error)
            + "\n\n"
            + QCoreApplication.translate(
                "FileSession",
                "There is a good backup copy from %1. Open a copy of it instead? The file "
                "itself stays as it is.",
            ).replace("%1", format_date(good.made.date()) + good.made.strftime(" %H:%M")),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return False
        stamp = dt.datetime.now().strftime("%Y-%m-%d %H%M")
        restored = path.with_name(f"{path.stem} (restored {stamp}){path.suffix}")
        backups.restore(restored, good)
        return self.open(restored, create=False)

    def _warn_about_location(self, path: Path) -> None:
        service = risky_location(path)
        key = f"warned/{path}"
        settings = QSettings()
        if service is None or settings.value(key):
            return
        settings.setValue(key, True)
        QMessageBox.information(
            self.parent,
            QCoreApplication.translate("FileSession", "A word about where the file is"),
            QCoreApplication.translate(
                "FileSession",
                "%1 is in a folder kept by %2. Such folders copy files while they change, and "
                "two computers can each change their own copy; that can damage the file or lose "
                "work. rmentor keeps backup copies, but it is safest to open the file on one "
                "computer at a time, and to keep it in a local folder.",
            )
            .replace("%1", path.name)
            .replace(
                "%2",
                service
                if service != "network"
                else QCoreApplication.translate("FileSession", "a network share"),
            ),
        )

    def close(self) -> None:
        if self.backup is not None:  # a copy half written is no copy
            self.backup.join()
        server.close_server()
        datafile.close_file()
        if self.lock:
            self.lock.release()
            self.lock = None
        self.path = None


class _Signals(QObject):
    backup_failed = Signal(object)  # from the backup's thread to the window's


class _Cancelled(Exception):
    """The passphrase was not given: the file stays closed, and nothing is said."""


def _is_good(backup) -> bool:
    try:
        datafile.check_ours(backup.path)
        integrity.check_integrity(backup.path, backups.key_of(backup.path))
    except DomainError:
        return False
    return True
