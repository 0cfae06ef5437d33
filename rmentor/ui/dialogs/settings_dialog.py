"""Settings the coordinator can change: the app's language and privacy, and the e-mails
(who signs them, a copy to themselves, and the text of each kind in each language)."""

import re

from PySide6.QtCore import QCoreApplication
from PySide6.QtCore import QSettings
from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtGui import QShortcut
from PySide6.QtWidgets import QCheckBox
from PySide6.QtWidgets import QComboBox
from PySide6.QtWidgets import QDialog
from PySide6.QtWidgets import QDialogButtonBox
from PySide6.QtWidgets import QFormLayout
from PySide6.QtWidgets import QHBoxLayout
from PySide6.QtWidgets import QLabel
from PySide6.QtWidgets import QLineEdit
from PySide6.QtWidgets import QPlainTextEdit
from PySide6.QtWidgets import QPushButton
from PySide6.QtWidgets import QSpinBox
from PySide6.QtWidgets import QTabWidget
from PySide6.QtWidgets import QVBoxLayout
from PySide6.QtWidgets import QWidget

from rmentor.models.errors import DomainError
from rmentor.models.errors import system_reason
from rmentor.models.outreach import mail_texts
from rmentor.translator import Translator
from rmentor.ui.common import keys
from rmentor.ui.common.labels import domain_text
from rmentor.ui.common.messages import show_problem
from rmentor.ui.window import translations


class SettingsDialog(QDialog):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Settings"))
        self.settings = QSettings()
        self.mail = mail_texts.load_settings()
        tabs = QTabWidget()
        tabs.addTab(self._general_page(), self.tr("General"))
        tabs.addTab(self._mail_page(), self.tr("E-mail"))
        if hasattr(parent, "protection"):
            from rmentor.ui.dialogs.protection_page import ProtectionPage

            self.protection_page = ProtectionPage(parent, self)
            tabs.addTab(self.protection_page, self.tr("Protection"))
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.save)
        QShortcut(QKeySequence(QKeySequence.StandardKey.Save), self, self.save)  # as every form
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(tabs)
        layout.addWidget(buttons)
        keys.ready(self, "contact")  # most of it is the e-mails; the guide links the rest

    def _general_page(self) -> QWidget:
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
        page = QWidget()
        form = QFormLayout()
        form.addRow(self.tr("Language"), self.language)
        form.addRow(self.tr("Propose erasure after"), self.retention)
        column = QVBoxLayout(page)
        column.addLayout(form)
        column.addWidget(note)
        column.addStretch()
        return page

    def _mail_page(self) -> QWidget:
        self.sender_name = QLineEdit(self.mail.name)
        self.sender_name.setPlaceholderText(self.tr("as the e-mails are signed"))
        self.sender_email = QLineEdit(self.mail.email)
        self.sender_email.setPlaceholderText(self.tr("name@company.nl"))
        # typed as text: a time field took "14:30", typed over its whole text, as 10:30
        self.meeting_time = QLineEdit(self.mail.meeting_time)
        self.meeting_time.setPlaceholderText(self.tr("for example 14:30"))
        self.meeting_time.setMaximumWidth(
            self.meeting_time.fontMetrics().horizontalAdvance("0") * 12
        )
        self.organisation = QLineEdit(self.mail.organisation)
        self.organisation.setPlaceholderText(self.tr("under your name in e-mails and forms"))
        self.cc = QCheckBox(self.tr("Send me a copy of every e-mail (Cc)"))
        self.cc.setChecked(self.mail.cc)
        self.template_language = QComboBox()
        self.template_language.addItem("Nederlands", "nl")
        self.template_language.addItem("English", "en")
        self.template_language.setCurrentIndex(  # the app's own language first
            max(0, self.template_language.findData(translations.current_language()))
        )
        self.template_kind = QComboBox()
        for key, name in mail_texts.TEMPLATE_NAMES.items():
            self.template_kind.addItem(QCoreApplication.translate(mail_texts.CONTEXT, name), key)
        self.subject = QLineEdit()
        self.body = QPlainTextEdit()
        self.body.setTabChangesFocus(True)
        self.body.setMinimumSize(460, 220)  # a subject of 60 characters shows whole
        self.default_button = QPushButton(self.tr("Use the standard text"))
        self.default_button.clicked.connect(self._use_default)
        # the texts being edited, per (language, kind): only saved with OK
        self.texts: dict[tuple[str, str], tuple[str, str]] = {}
        self.shown: tuple[str, str] | None = None
        self.template_language.currentIndexChanged.connect(self._show_template)
        self.template_kind.currentIndexChanged.connect(self._show_template)
        self.placeholders = QLabel()
        self.placeholders.setWordWrap(True)
        note = QLabel(
            self.tr(
                "rmentor writes drafts that your own mail program opens and sends. Each pair "
                "gets the text in their language: Dutch when both speak it, else English."
            )
        )
        note.setWordWrap(True)
        self.placeholders.setMinimumWidth(300)
        page = QWidget()
        sender = QFormLayout()
        sender.addRow(self.tr("Your name"), self.sender_name)
        sender.addRow(self.tr("Your e-mail address"), self.sender_email)
        sender.addRow(self.tr("Your organisation"), self.organisation)
        sender.addRow(self.tr("Meetings in the calendar start at"), self.meeting_time)
        sender.addRow("", self.cc)
        texts = QFormLayout()
        texts.addRow(self.tr("Text in"), self.template_language)
        texts.addRow(self.tr("Which e-mail"), self.template_kind)
        texts.addRow(self.tr("Subject"), self.subject)
        texts.addRow(self.tr("Text"), self.body)
        texts.addRow("", self.default_button)
        side_by_side = QHBoxLayout()
        side_by_side.addLayout(texts, 3)
        side_by_side.addWidget(self.placeholders, 2, Qt.AlignmentFlag.AlignTop)
        column = QVBoxLayout(page)
        column.addWidget(note)
        column.addLayout(sender)
        column.addLayout(side_by_side, 1)
        self._show_template()
        return page

    def _keep_shown(self) -> None:
        if self.shown is not None:
            self.texts[self.shown] = (self.subject.text(), self.body.toPlainText())

    def _show_template(self) -> None:
        self._keep_shown()
        self.shown = (self.template_language.currentData(), self.template_kind.currentData())
        language, kind = self.shown
        subject, body = self.texts.get(self.shown) or mail_texts.template(
            kind, language, Translator(language), self.mail
        )
        self.subject.setText(subject)
        self.subject.setCursorPosition(0)  # its start in view, not its end
        self.body.setPlainText(body)
        self.placeholders.setText(
            self.tr("Placeholders of this e-mail, filled in for each pair:")
            + "<br>"
            + "<br>".join(
                f"<tt>{{{name}}}</tt> – "
                + QCoreApplication.translate(mail_texts.CONTEXT, mail_texts.PLACEHOLDERS[name])
                for name in mail_texts.placeholders_for(kind)
            )
        )

    def _use_default(self) -> None:
        language, kind = self.shown
        subject, body = mail_texts.template(
            kind, language, Translator(language), mail_texts.MailSettings()
        )
        self.subject.setText(subject)
        self.body.setPlainText(body)

    def save(self) -> None:
        self._keep_shown()
        for (language, kind), (subject, body) in self.texts.items():
            try:
                mail_texts.check_texts(subject, body, kind)
            except DomainError as error:  # shown where it is, with what was typed
                self.template_language.setCurrentIndex(self.template_language.findData(language))
                self.template_kind.setCurrentIndex(self.template_kind.findData(kind))
                show_problem(self, self.tr("Not saved"), error)
                return
        name, address = self.sender_name.text().strip(), self.sender_email.text().strip()
        pasted = re.fullmatch(r"(.*?)\s*<([^<>]+)>", address)
        if pasted:  # "Ilse Jansen <i.jansen@company.nl>", as a mail program copies it
            name, address = name or pasted.group(1).strip(' "'), pasted.group(2).strip()
            self.sender_name.setText(name)
            self.sender_email.setText(address)
        mail = mail_texts.MailSettings(
            name=name,
            email=address,
            organisation=" ".join(self.organisation.text().split()),
            meeting_time=self.meeting_time.text(),
            cc=self.cc.isChecked(),
            templates={language: dict(kinds) for language, kinds in self.mail.templates.items()},
        )
        for (language, kind), (subject, body) in self.texts.items():
            standard = mail_texts.template(
                kind, language, Translator(language), mail_texts.MailSettings()
            )
            own = mail.templates.setdefault(language, {})
            if (subject, body) == standard:
                own.pop(kind, None)  # the standard text follows future translations
            else:
                own[kind] = [subject, body]
        try:
            mail_texts.save_settings(mail)
        except DomainError as error:  # an unknown placeholder, an address that is no address
            show_problem(self, self.tr("Not saved"), error)
            return
        except OSError as error:
            show_problem(
                self,
                self.tr("Not saved"),
                self.tr("The settings cannot be saved: %1").replace(
                    "%1", domain_text(system_reason(error))
                ),
            )
            return
        self.settings.setValue("language", self.language.currentData())
        self.settings.setValue("privacy/retention_months", self.retention.value())
        self.accept()
