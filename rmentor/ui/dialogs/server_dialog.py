"""File > Connect to server: a PostgreSQL database a team shares. The address and user
are remembered; the password is asked, or kept in the system's keychain on request."""

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from PySide6.QtWidgets import QDialog
from PySide6.QtWidgets import QDialogButtonBox
from PySide6.QtWidgets import QFormLayout
from PySide6.QtWidgets import QLineEdit
from PySide6.QtWidgets import QSpinBox
from PySide6.QtWidgets import QVBoxLayout

from rmentor.models.errors import DomainError
from rmentor.models.storage import keychain
from rmentor.models.storage import server
from rmentor.models.text.i18n import QT_TRANSLATE_NOOP
from rmentor.ui.common import keys as dialog_keys
from rmentor.ui.common.labels import domain_text
from rmentor.ui.dialogs.protection_dialogs import PROBLEM_STYLE
from rmentor.ui.dialogs.protection_dialogs import _remember_box
from rmentor.ui.dialogs.protection_dialogs import _wrapped


class ServerDialog(QDialog):
    """Connects when Connect is pressed; a refusal is said under the fields, which keep
    what was typed. Accepted: `location` and `database` (connected, tables made)."""

    def __init__(self, parent=None, location: server.ServerLocation | None = None):
        super().__init__(parent)
        self.setWindowModality(Qt.WindowModality.WindowModal)
        self.setWindowTitle(self.tr("Connect to server"))
        self.location: server.ServerLocation | None = None
        self.database = None
        self.password_used: str | None = None
        intro = _wrapped(
            self.tr(
                "A PostgreSQL database the team shares: its administrator gives you its "
                "address, its name and your user name. An empty database is enough; "
                "rmentor makes its tables."
            )
        )
        self.host = QLineEdit(location.host if location else "")
        self.port = QSpinBox()
        self.port.setRange(1, 65535)
        self.port.setValue(location.port if location else 5432)
        self.name = QLineEdit(location.name if location else "")
        self.user = QLineEdit(location.user if location else "")
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.setPlaceholderText(self.tr("if the server asks for one"))
        self.remember = _remember_box()
        self.problem = _wrapped("")
        self.problem.setStyleSheet(PROBLEM_STYLE)
        self.problem.hide()
        form = QFormLayout()
        form.addRow(self.tr("&Server:"), self.host)
        form.addRow(self.tr("P&ort:"), self.port)
        form.addRow(self.tr("&Database:"), self.name)
        form.addRow(self.tr("&User name:"), self.user)
        form.addRow(self.tr("Pass&word:"), self.password)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.connect_button = buttons.addButton(
            self.tr("&Connect"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        buttons.accepted.connect(self.try_connect)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        for widget in (self.problem, self.remember, buttons):
            layout.addWidget(widget)
        self.setMinimumWidth(460)
        dialog_keys.ready(self, "server")
        (self.password if location else self.host).setFocus()

    def try_connect(self) -> None:
        try:
            location = server.ServerLocation(
                self.host.text().strip(),
                self.port.value(),
                self.name.text().strip(),
                self.user.text().strip() or "postgres",
            )
            if not location.host or not location.name:
                raise DomainError(
                    QT_TRANSLATE_NOOP(
                        "DomainError",
                        "Fill in the server and the database: its administrator has both.",
                    )
                )
            password = self.password.text() or keychain.stored_password(location) or None
            QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
            try:
                self.database = server.connect_server(location, password, create=True)
            finally:
                QApplication.restoreOverrideCursor()
        except DomainError as error:
            self.problem.setText(domain_text(error))
            self.problem.show()
            self.adjustSize()
            (self.password if isinstance(error, server.PasswordRefused) else self.host).setFocus()
            return
        self.location, self.password_used = location, password
        if self.remember.isChecked() and self.password.text():
            keychain.store_password(location, self.password.text())
        self.accept()
