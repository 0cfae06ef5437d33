"""Settings the coordinator can change: for now, the language of the app."""

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QSpinBox,
    QVBoxLayout,
)

from . import keys


class SettingsDialog(QDialog):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Settings"))
        self.settings = QSettings()
        self.language = QComboBox()
        self.language.addItem(self.tr("As the computer (system language)"), "")
        self.language.addItem("Nederlands", "nl")
        self.language.addItem("English", "en")
        self.language.setCurrentIndex(
            max(0, self.language.findData(self.settings.value("language") or ""))
        )
        self.retention = QSpinBox()
        self.retention.setRange(1, 120)
        self.retention.setSuffix(self.tr(" months"))
        self.retention.setValue(int(self.settings.value("privacy/retention_months", 12)))
        note = QLabel(
            self.tr(
                "A new language applies when rmentor starts again. After a "
                "programme has ended for the months set, the overview proposes "
                "erasing its participants' data."
            )
        )
        note.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.tr("Language"), self.language)
        form.addRow(self.tr("Propose erasure after"), self.retention)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(note)
        layout.addWidget(buttons)
        keys.ready(self, "confidentiality")

    def save(self) -> None:
        self.settings.setValue("language", self.language.currentData())
        self.settings.setValue("privacy/retention_months", self.retention.value())
        self.accept()
