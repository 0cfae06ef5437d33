"""Settings > Protection: whether the open file is encrypted, and what can be done."""

from PySide6.QtWidgets import QLabel
from PySide6.QtWidgets import QPushButton
from PySide6.QtWidgets import QVBoxLayout
from PySide6.QtWidgets import QWidget

from rmentor.models.storage import keychain


class ProtectionPage(QWidget):
    def __init__(self, window, parent=None):
        super().__init__(parent)
        self.main_window = window
        self.actions = window.protection
        self.state = QLabel()
        self.state.setWordWrap(True)
        self.encrypt_button = QPushButton(self.tr("Encrypt the file with a passphrase…"))
        self.change_button = QPushButton(self.tr("Change the passphrase…"))
        self.forget_button = QPushButton(self.tr("Forget the passphrase on this computer"))
        self.decrypt_button = QPushButton(self.tr("Write it back as a plain file…"))
        self.remove_button = QPushButton(self.tr("Remove the backup copies that are not encrypted"))
        self.remove_button.clicked.connect(lambda: self._then_show(self.actions.remove_plain()))
        dialog = parent or self
        self.encrypt_button.clicked.connect(lambda: self._then_show(self.actions.encrypt(dialog)))
        self.change_button.clicked.connect(
            lambda: self._then_show(self.actions.change_passphrase(dialog))
        )
        self.forget_button.clicked.connect(lambda: self._then_show(self.actions.forget()))
        self.decrypt_button.clicked.connect(lambda: self._then_show(self.actions.decrypt(dialog)))
        note = QLabel(
            self.tr(
                "An encrypted file, and the backup copies made since it was encrypted, can "
                "only be read with the passphrase or the recovery key. If both are lost, "
                "nobody can open the file again."
            )
        )
        note.setWordWrap(True)
        column = QVBoxLayout(self)
        column.addWidget(self.state)
        for button in (
            self.encrypt_button,
            self.change_button,
            self.forget_button,
            self.decrypt_button,
            self.remove_button,
        ):
            column.addWidget(button)
        column.addWidget(note)
        column.addStretch()
        self.show_state()

    def _then_show(self, _result=None) -> None:
        self.show_state()

    def show_state(self) -> None:
        path = self.main_window.path
        opened = path is not None and not self.main_window.session.read_only
        encrypted = opened and self.actions.encrypted()
        if path is None:
            text = self.tr("No data file is open.")
        elif encrypted:
            text = self.tr("%1 is encrypted with a passphrase.").replace("%1", path.name)
        else:
            text = self.tr(
                "%1 is not encrypted: anyone who can copy it can read every name and note in it."
            ).replace("%1", path.name)
        self.state.setText(text)
        self.encrypt_button.setVisible(opened and not encrypted)
        for button in (self.change_button, self.decrypt_button):
            button.setVisible(encrypted)
        self.remove_button.setVisible(encrypted and bool(self.actions.plain_copies()))
        self.forget_button.setVisible(encrypted and keychain.stored_key(path) is not None)
