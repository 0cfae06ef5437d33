"""What the window shows while the file holds no programme yet."""

from PySide6.QtCore import Qt
from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFormLayout
from PySide6.QtWidgets import QGroupBox
from PySide6.QtWidgets import QLabel
from PySide6.QtWidgets import QLineEdit
from PySide6.QtWidgets import QPushButton
from PySide6.QtWidgets import QSizePolicy
from PySide6.QtWidgets import QVBoxLayout
from PySide6.QtWidgets import QWidget

from rmentor.models.errors import DomainError
from rmentor.models.errors import system_reason
from rmentor.models.outreach import mail_texts
from rmentor.models.storage.database import on_server
from rmentor.ui.common.labels import domain_text


class WelcomePage(QWidget):
    create_programme = Signal()
    open_demo = Signal()
    import_participants = Signal()

    def update_title(self) -> None:
        """Worded for where the data is: a file, or a server's database."""
        self.title.setText(
            self.tr("This database holds no programme yet")
            if on_server()
            else self.tr("This file holds no programme yet")
        )

    def __init__(self, parent=None):
        super().__init__(parent)
        title = self.title = QLabel()
        self.update_title()
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
        inner.addSpacing(12)
        inner.addWidget(self._about_you())
        layout = QVBoxLayout(self)
        layout.addStretch()
        layout.addWidget(column, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addStretch()

    def _about_you(self) -> QGroupBox:
        """Who the coordinator is: asked once, at the first start (Settings keeps it).
        It signs the e-mails and forms, is the forms' return address and the calendar's
        organiser."""
        self.about = QGroupBox(self.tr("About you"))
        self.about.setObjectName("about_you")
        form = QFormLayout(self.about)
        note = QLabel(
            self.tr(
                "Your name, e-mail address and organisation sign the e-mails and evaluation "
                "forms rmentor drafts, and the forms are sent back to you. Settings keeps them."
            )
        )
        note.setWordWrap(True)
        note.setMinimumHeight(note.heightForWidth(500))  # as the text above: cut otherwise
        form.addRow(note)
        self.your_name = QLineEdit()
        self.your_email = QLineEdit()
        self.your_email.setPlaceholderText(self.tr("name@company.nl"))
        self.your_organisation = QLineEdit()
        form.addRow(self.tr("Your name"), self.your_name)
        form.addRow(self.tr("Your e-mail address"), self.your_email)
        form.addRow(self.tr("Your organisation"), self.your_organisation)
        self.about_error = QLabel()
        self.about_error.setWordWrap(True)
        self.about_error.setStyleSheet("color: #b00020;")
        self.about_error.hide()
        form.addRow(self.about_error)
        self.save_about = QPushButton(self.tr("Save who I am"))
        self.save_about.clicked.connect(self.keep_about_you)
        form.addRow(self.save_about)
        if mail_texts.load_settings().name:  # (a show now would be a window of its own)
            self.about.hide()
        return self.about

    def keep_about_you(self) -> None:
        settings = mail_texts.load_settings()
        settings.name = " ".join(self.your_name.text().split())
        settings.email = self.your_email.text().strip()
        settings.organisation = " ".join(self.your_organisation.text().split())
        if not settings.name:
            self.about_error.setText(self.tr("Type your name: it signs the e-mails."))
            self.about_error.show()
            return
        try:
            mail_texts.save_settings(settings)
        except (DomainError, OSError) as error:  # what was typed stays in the fields
            text = domain_text(error if isinstance(error, DomainError) else system_reason(error))
            self.about_error.setText(text)
            self.about_error.show()
            return
        self.about.hide()
