"""Completing several pairings at once: their closing evaluations asked about once, for
all of them (each pair's own answers come in later, or are skipped for one reason)."""

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QDialog
from PySide6.QtWidgets import QDialogButtonBox
from PySide6.QtWidgets import QLabel
from PySide6.QtWidgets import QLineEdit
from PySide6.QtWidgets import QListWidget
from PySide6.QtWidgets import QRadioButton
from PySide6.QtWidgets import QVBoxLayout

from rmentor.models.errors import DomainError
from rmentor.models.programme.entities import Pairing
from rmentor.ui.common import keys
from rmentor.ui.common.form_errors import FieldErrors
from rmentor.ui.common.screen_fit import fit


class ClosingManyDialog(QDialog):
    chosen = Signal(object)  # the reason the evaluations are skipped, or None: later

    def __init__(self, chosen: list[Pairing], parent=None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Complete %Ln pairing(s)", "", len(chosen)))
        self.errors = FieldErrors()
        pairs = QListWidget()
        pairs.addItems(
            [
                self.tr("%1 and %2")
                .replace("%1", p.mentor.full_name)
                .replace("%2", p.mentee.full_name)
                for p in chosen
            ]
        )
        pairs.setMaximumHeight(140)
        self.later = QRadioButton(
            self.tr(
                "Their closing evaluations come in later (returned forms, or typed in per pairing)"
            )
        )
        self.skip = QRadioButton(self.tr("Skip their closing evaluations, because"))
        self.later.setChecked(True)
        self.reason = QLineEdit()
        self.reason.setEnabled(False)
        self.skip.toggled.connect(self.reason.setEnabled)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        buttons.addButton(self.tr("Complete"), QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("These pairings end as planned:")))
        layout.addWidget(pairs)
        layout.addWidget(self.later)
        layout.addWidget(self.skip)
        layout.addWidget(self.errors.wrap("evaluation_skip_reason", self.reason))
        layout.addWidget(buttons)
        fit(self, 560, 380)
        keys.ready(self, "evaluations")

    def accept(self) -> None:
        reason = None
        if self.skip.isChecked():
            reason = " ".join(self.reason.text().split())
            if not reason:
                self.errors.show(
                    DomainError(
                        self.tr("Say why the closing evaluations are skipped."),
                        field="evaluation_skip_reason",
                    )
                )
                return
        self.chosen.emit(reason)
        super().accept()
