"""Settings > Protection: encrypting the open file, writing it back as plain, a new
passphrase, and forgetting it on this computer. The window keeps its lock on the file
throughout; only the connection is closed while the file is converted."""

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QDialog
from PySide6.QtWidgets import QMessageBox

from rmentor.models.errors import DomainError
from rmentor.models.errors import system_reason
from rmentor.models.storage import datafile
from rmentor.models.storage import keychain
from rmentor.models.storage import keys
from rmentor.models.storage import protection
from rmentor.ui.common import notices
from rmentor.ui.common.messages import show_problem
from rmentor.ui.dialogs.protection_dialogs import PassphraseDialog
from rmentor.ui.dialogs.protection_dialogs import RecoveryKeyDialog
from rmentor.ui.dialogs.protection_dialogs import UnlockDialog


class ProtectionActions(QObject):
    def __init__(self, window):
        super().__init__(window)
        self.window = window

    def encrypted(self) -> bool:
        path = self.window.path
        return path is not None and datafile.is_encrypted(path)

    def encrypt(self, parent) -> bool:
        path = self.window.path
        dialog = PassphraseDialog(path, parent, new_file=False)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return False
        key = keys.new_data_key()
        if not self._converted(lambda: protection.protect(path, dialog.passphrase.text(), key)):
            return False
        if dialog.remember.isChecked():
            keychain.store_key(path, key)
        RecoveryKeyDialog(path, key, parent).exec()
        self._offer_removing(
            parent,
            self.tr(
                "%n older backup copy(ies) of this file are not encrypted: anyone who copies "
                "them can read them. Remove them now?",
                "",
                len(protection.backups_of_other_kind(path)),
            ),
        )
        return True

    def decrypt(self, parent) -> bool:
        path = self.window.path
        dialog = UnlockDialog(path, parent)
        dialog.intro_text = self.tr(
            "Anyone who can copy a plain file can read it. To write %1 back as a plain "
            "file, type its passphrase."
        ).replace("%1", path.name)
        dialog.use_recovery_key(False)
        dialog.remember.hide()
        dialog.setWindowTitle(self.tr("Write it back as a plain file"))
        dialog.open_button.setText(self.tr("Write back as plain"))
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return False
        key = dialog.key
        if not self._converted(lambda: protection.unprotect(path, key)):
            return False
        keychain.forget_key(path)
        self._offer_removing(
            parent,
            self.tr(
                "%n backup copy(ies) of this file are encrypted; they open with the old "
                "passphrase or recovery key. Remove them now?",
                "",
                len(protection.backups_of_other_kind(path)),
            ),
        )
        return True

    def change_passphrase(self, parent, known_key: bytes | None = None) -> bool:
        """A new passphrase; the current one (or the recovery key) is asked first, unless
        the file was just opened with the recovery key (known_key)."""
        path = self.window.path
        dialog = PassphraseDialog(path, parent, new_file=False, current=known_key is None)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return False
        try:
            protection.change_passphrase(path, known_key or dialog.key, dialog.passphrase.text())
        except (DomainError, OSError) as error:
            show_problem(parent, self.tr("Passphrase not changed"), _words(error))
            return False
        notices.tell(self.tr("New passphrase kept; the recovery key stays as it was."))
        return True

    def offer_new_passphrase(self, key: bytes) -> None:
        """After the recovery key opened the file: the forgotten passphrase replaced."""
        answer = QMessageBox.question(
            self.window,
            self.tr("Opened with the recovery key"),
            self.tr(
                "%1 was opened with its recovery key. Choose a new passphrase now? The "
                "recovery key stays as it is."
            ).replace("%1", self.window.path.name),
        )
        if answer == QMessageBox.StandardButton.Yes:
            self.change_passphrase(self.window, known_key=key)

    def plain_copies(self) -> list:
        return protection.backups_of_other_kind(self.window.path) if self.encrypted() else []

    def remove_plain(self) -> None:
        copies = self.plain_copies()
        protection.remove_backups(self.window.path, copies)
        notices.tell(
            self.tr("Removed %n backup copy(ies) that were not encrypted.", "", len(copies))
        )

    def forget(self) -> None:
        keychain.forget_key(self.window.path)
        notices.tell(self.tr("The passphrase will be asked when the file is opened."))

    def _converted(self, convert) -> bool:
        """Convert with the connection closed (the lock kept), then open the file again;
        on failure the file is as it was, and opens as it was."""
        path = self.window.path
        datafile.close_file()
        try:
            convert()
        except (DomainError, OSError) as error:
            self.window.open_path(path, create=False)
            show_problem(self.window, self.tr("File not converted"), _words(error))
            return False
        return self.window.open_path(path, create=False)

    def _offer_removing(self, parent, question: str) -> None:
        path = self.window.path
        copies = protection.backups_of_other_kind(path)
        if not copies:
            return
        answer = QMessageBox.question(parent, self.tr("Older backup copies"), question)
        if answer == QMessageBox.StandardButton.Yes:
            protection.remove_backups(path, copies)


def _words(error):
    return error if isinstance(error, DomainError) else system_reason(error)
