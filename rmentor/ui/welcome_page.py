"""What the window shows while the file holds no programme yet."""

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QLabel, QPushButton, QSizePolicy, QVBoxLayout, QWidget


class WelcomePage(QWidget):
    create_programme = Signal()
    open_demo = Signal()
    import_participants = Signal()

    def __init__(self, parent=None):
        super().__init__(parent)
        title = QLabel(self.tr("This file holds no programme yet"))
        title.setStyleSheet("font-size: 18pt; font-weight: 600;")
        text = QLabel(
            self.tr(
                "A programme is one cohort of reverse mentoring: junior colleagues mentoring "
                "senior managers for a fixed period. Start by creating one, or look around in "
                "the demo programme first."
            )
        )
        text.setWordWrap(True)
        self.create_button = QPushButton(self.tr("Create a programme…"))
        self.demo_button = QPushButton(self.tr("Open the demo programme"))
        self.demo_button.setToolTip(
            self.tr("Opens a separate demo file; your own file is not changed.")
        )
        self.import_button = QPushButton(self.tr("Import participants from a spreadsheet…"))
        self.create_button.clicked.connect(self.create_programme)
        self.demo_button.clicked.connect(self.open_demo)
        self.import_button.clicked.connect(self.import_participants)
        column = QWidget()
        column.setFixedWidth(560)
        column.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Maximum)
        # A wrapped label in a fixed column does not ask for its height by itself.
        text.setMinimumHeight(text.heightForWidth(540))
        inner = QVBoxLayout(column)
        inner.setSpacing(12)
        inner.addWidget(title)
        inner.addWidget(text)
        inner.addSpacing(8)
        for button in (self.create_button, self.demo_button, self.import_button):
            button.setMinimumHeight(36)
            inner.addWidget(button)
        layout = QVBoxLayout(self)
        layout.addStretch()
        layout.addWidget(column, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addStretch()
