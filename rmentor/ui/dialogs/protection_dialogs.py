"""The passphrase dialogs: unlocking an encrypted file, choosing a passphrase for a new
or a converted file, and showing the recovery key once."""

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QCheckBox
from PySide6.QtWidgets import QDialog
from PySide6.QtWidgets import QDialogButtonBox
from PySide6.QtWidgets import QFormLayout
from PySide6.QtWidgets import QLabel
from PySide6.QtWidgets import QLineEdit
from PySide6.QtWidgets import QPushButton
from PySide6.QtWidgets import QRadioButton
from PySide6.QtWidgets import QVBoxLayout

from rmentor.models.errors import DomainError
from rmentor.models.storage import datafile
from rmentor.models.storage import keychain
from rmentor.models.storage import keys
from rmentor.models.storage import protection
from rmentor.ui.common import keys as dialog_keys
from rmentor.ui.common import mnemonics
from rmentor.ui.common.labels import domain_text

PROBLEM_STYLE = "color: #b00020;"


def _wrapped(text: str) -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    return label


def _forget(problem: QLabel) -> None:
    """A problem said of what was typed before goes once the field is typed in again, and
    the dialog shrinks back: left at its size, it spread out, moving the field typed in."""
    if problem.isVisible():
        problem.hide()
        problem.window().adjustSize()


def _remember_box() -> QCheckBox:
    box = QCheckBox(
        QCoreApplication.translate(
            "ProtectionDialogs", "Remember on this computer (in the system's keychain)"
        )
    )
    if not keychain.available():
        box.setEnabled(False)
        box.setToolTip(
            QCoreApplication.translate(
                "ProtectionDialogs", "This computer has no keychain rmentor can use."
            )
        )
    return box


class UnlockDialog(QDialog):
    """Asks the passphrase of an encrypted file, or its recovery key; a wrong one is
    said in the dialog, which keeps what was typed."""

    def __init__(self, path: Path, parent=None):
        super().__init__(parent)
        # modal to its window only: the guide (F1) stays usable beside it
        self.setWindowModality(Qt.WindowModality.WindowModal)
        self.path = Path(path)
        self.key: bytes | None = None
        self.opened_with_recovery_key = False
        self.intro_text = ""  # else: the passphrase is asked to open the file
        self.setWindowTitle(self.tr("Encrypted file"))
        self.intro = _wrapped("")
        self.secret = QLineEdit()
        self.secret.setEchoMode(QLineEdit.EchoMode.Password)
        self.secret.setMinimumWidth(360)
        self.remember = _remember_box()
        self.switch = QPushButton()
        self.switch.setAutoDefault(False)
        self.switch.clicked.connect(lambda: self.use_recovery_key(not self.recovery))
        self.problem = _wrapped("")
        self.problem.setStyleSheet(PROBLEM_STYLE)
        self.problem.hide()
        self.secret.textEdited.connect(lambda: _forget(self.problem))
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Open | QDialogButtonBox.StandardButton.Cancel
        )
        self.open_button = buttons.button(QDialogButtonBox.StandardButton.Open)
        buttons.accepted.connect(self.try_open)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        for widget in (self.intro, self.secret, self.problem, self.remember, self.switch, buttons):
            layout.addWidget(widget)
        self.use_recovery_key(False)
        dialog_keys.ready(self, "protection")

    def use_recovery_key(self, recovery: bool) -> None:
        self.recovery = recovery
        self.secret.clear()  # what was typed hidden is never shown in clear
        self.problem.hide()
        name = self.path.name
        if recovery:
            self.intro.setText(
                self.tr(
                    "Type the recovery key of %1 as it is printed on its recovery sheet "
                    "(55 letters and digits; the dashes may be left out)."
                ).replace("%1", name)
            )
            self.secret.setEchoMode(QLineEdit.EchoMode.Normal)
            self.switch.setText(self.tr("Use the passphrase instead"))
        else:
            self.intro.setText(
                self.intro_text
                or self.tr("%1 is encrypted. Type its passphrase to open it.").replace("%1", name)
            )
            self.secret.setEchoMode(QLineEdit.EchoMode.Password)
            self.switch.setText(self.tr("Forgot it? Use the recovery key"))
        mnemonics.assign(self)  # the switch's new words get a letter of their own
        self.adjustSize()
        self.secret.setFocus()

    def try_open(self) -> None:
        secret = self.secret.text()
        try:
            key = (
                keys.key_from_recovery(secret)
                if self.recovery
                else keys.key_from_passphrase(self.path, secret)
            )
            datafile.check_ours(self.path, key)
        except DomainError as error:
            self.problem.setText(domain_text(error))
            self.problem.show()
            self.adjustSize()  # the whole sentence, however many lines
            self.secret.selectAll()
            self.secret.setFocus()
            return
        self.key = key
        self.opened_with_recovery_key = self.recovery
        if self.remember.isChecked():
            keychain.store_key(self.path, key)
        self.accept()


class PassphraseDialog(QDialog):
    """A new passphrase, typed twice, with a hint of how strong it is. For a new file
    the choice to keep it unprotected is offered too, not chosen by default."""

    def __init__(self, path: Path, parent=None, new_file: bool = True, current: bool = False):
        super().__init__(parent)
        self.setWindowModality(Qt.WindowModality.WindowModal)
        self.path = Path(path)
        self.current = current
        self.setWindowTitle(
            self.tr("Protect the data file") if not current else self.tr("Change the passphrase")
        )
        layout = QVBoxLayout(self)
        if new_file:
            layout.addWidget(
                _wrapped(
                    self.tr(
                        "%1 will hold names, evaluations and confidential notes. With a "
                        "passphrase the file is encrypted: a lost laptop or a copied backup "
                        "reveals nothing."
                    ).replace("%1", self.path.name)
                )
            )
        self.protect = QRadioButton(self.tr("Encrypt it with a passphrase (recommended)"))
        self.plain = QRadioButton(
            self.tr("Keep it unprotected: anyone who can copy the file can read it")
        )
        self.protect.setChecked(True)
        self.protect.toggled.connect(self._enable)
        if new_file:
            layout.addWidget(self.protect)
        form = QFormLayout()
        self.old = QLineEdit()
        self.old.setEchoMode(QLineEdit.EchoMode.Password)
        self.old.setMinimumWidth(360)  # a recovery key is 68 characters
        if current:
            form.addRow(self.tr("Current passphrase or recovery key"), self.old)
        self.passphrase = QLineEdit()
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        self.passphrase.textChanged.connect(self._show_strength)
        self.repeated = QLineEdit()
        self.repeated.setEchoMode(QLineEdit.EchoMode.Password)
        form.addRow(
            self.tr("New passphrase") if current else self.tr("Passphrase"), self.passphrase
        )
        form.addRow(self.tr("Repeat it"), self.repeated)
        self.strength = QLabel()
        form.addRow("", self.strength)
        layout.addLayout(form)
        self.remember = _remember_box()
        self.companion = QLabel()  # said where the file is encrypted now, not again
        if not current:
            layout.addWidget(self.remember)
            self.companion = _wrapped(
                self.tr(
                    "The lock the passphrase opens is kept beside the file, in %1: copy the "
                    "two together. Without it, only the recovery key opens %2."
                )
                .replace("%1", keys.key_file_of(self.path).name)
                .replace("%2", self.path.name)
            )
            layout.addWidget(self.companion)
        if new_file:
            layout.addWidget(self.plain)
        self.problem = _wrapped("")
        self.problem.setStyleSheet(PROBLEM_STYLE)
        self.problem.hide()
        for field in (self.old, self.passphrase, self.repeated):
            field.textEdited.connect(lambda: _forget(self.problem))
        layout.addWidget(self.problem)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.check)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.key: bytes | None = None
        self._show_strength("")
        (self.old if current else self.passphrase).setFocus()
        dialog_keys.ready(self, "protection")

    def _enable(self) -> None:
        for widget in (
            self.passphrase,
            self.repeated,
            self.remember,
            self.strength,
            self.companion,
        ):
            widget.setEnabled(self.protect.isChecked())
        self.problem.hide()  # said of a passphrase no longer asked for

    def _show_strength(self, text: str) -> None:
        words = [
            self.tr("Too short: at least 8 characters."),
            self.tr("Weak: longer is better, such as a few words in a sentence."),
            self.tr("Fair: a few more characters make it strong."),
            self.tr("Strong."),
        ]
        level = keys.strength(text)
        self.strength.setText(
            words[level]
            if text
            else self.tr(
                "At least 8 characters; a sentence of a few words is easy to remember and hard to guess."
            )
        )
        self.strength.setWordWrap(True)

    def wants_protection(self) -> bool:
        return self.protect.isChecked()

    def check(self) -> None:
        if not self.protect.isChecked():
            self.accept()
            return
        try:
            if self.current:
                self.key = protection.key_of_open_file(self.path, self.old.text())
            protection.check_passphrase(self.passphrase.text(), self.repeated.text())
        except DomainError as error:
            self.problem.setText(domain_text(error))
            self.problem.show()
            self.adjustSize()
            return
        self.accept()


class RecoveryKeyDialog(QDialog):
    """The recovery key, shown once, with the sheet to print; closing asks for a tick
    that it was kept."""

    def __init__(self, path: Path, key: bytes, parent=None):
        super().__init__(parent)
        self.setWindowModality(Qt.WindowModality.WindowModal)
        self.path, self.key = Path(path), key
        self.setWindowTitle(self.tr("Recovery key"))
        groups = keys.recovery_text(key).split("-")
        key_label = QLabel(  # as on the sheet: three lines of five groups
            "\n".join("-".join(groups[i : i + 5]) for i in range(0, len(groups), 5))
        )
        font = QFont("monospace")
        font.setStyleHint(QFont.StyleHint.Monospace)
        font.setPointSize(font.pointSize() + 3)
        key_label.setFont(font)
        key_label.setWordWrap(True)
        key_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.sheet_button = QPushButton(self.tr("Print or save the recovery sheet…"))
        self.sheet_button.clicked.connect(self.save_sheet)
        self.kept = QCheckBox(self.tr("I have printed or stored the recovery key"))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.close_button = buttons.button(QDialogButtonBox.StandardButton.Close)
        self.close_button.setEnabled(False)
        self.kept.toggled.connect(self.close_button.setEnabled)
        buttons.rejected.connect(self.accept)
        layout = QVBoxLayout(self)
        layout.addWidget(
            _wrapped(
                self.tr(
                    "This key opens %1 when the passphrase is forgotten. It is shown only "
                    "now: print the recovery sheet and keep it in a safe, away from the "
                    "laptop. Without the passphrase and this key, nobody can open the file."
                ).replace("%1", self.path.name)
            )
        )
        layout.addWidget(key_label)
        layout.addWidget(self.sheet_button)
        layout.addWidget(self.kept)
        layout.addWidget(buttons)
        dialog_keys.ready(self, "protection")

    def save_sheet(self) -> None:
        """The sheet previewed, then printed or saved; either counts as the key kept."""
        from rmentor.reports.recovery_sheet import RecoverySheet
        from rmentor.ui.preview.preview_window import PreviewWindow
        from rmentor.ui.window.translations import current_language

        sheet = RecoverySheet(self.path, self.key, current_language())
        self.preview = PreviewWindow(
            self.tr("Recovery sheet"),
            self.tr("recovery key %1.pdf").replace("%1", self.path.stem),
            sheet.render,
            self,
            save=sheet.write,
            guide_section="files",
            private=True,
        )
        self.preview.put_on_paper.connect(lambda: self.kept.setChecked(True))
        if self.preview.refresh():
            self.preview.open()

    def reject(self) -> None:  # Escape: only once the key was kept
        if self.kept.isChecked():
            self.accept()
