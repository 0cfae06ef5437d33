"""The participant form: every field of a profile, errors shown at their field."""

import datetime as dt
from typing import NamedTuple

from PySide6.QtCore import QDate
from PySide6.QtWidgets import QCheckBox
from PySide6.QtWidgets import QComboBox
from PySide6.QtWidgets import QFormLayout
from PySide6.QtWidgets import QLabel
from PySide6.QtWidgets import QLineEdit
from PySide6.QtWidgets import QSizePolicy
from PySide6.QtWidgets import QSpinBox

from rmentor.models.errors import DomainError
from rmentor.models.programme import participants
from rmentor.models.programme import programmes
from rmentor.models.programme.entities import Participant
from rmentor.models.programme.entities import Programme
from rmentor.models.programme.entities import person_name
from rmentor.models.storage.database import fetch_raw
from rmentor.models.text.languages import comparable
from rmentor.models.text.languages import language_key
from rmentor.models.text.languages import language_name
from rmentor.models.text.vocabulary import MENTEE
from rmentor.models.text.vocabulary import MENTOR
from rmentor.models.text.vocabulary import ROLES
from rmentor.ui.common import keys
from rmentor.ui.common.labels import fold
from rmentor.ui.common.labels import label
from rmentor.ui.common.labels import theme_label
from rmentor.ui.dialogs.edit_dialog import EditDialog
from rmentor.ui.widgets.check_list import CheckList
from rmentor.ui.widgets.dates import date_edit
from rmentor.ui.widgets.dates import to_date
from rmentor.ui.widgets.dates import to_qdate
from rmentor.ui.widgets.fields import text_box
from rmentor.ui.widgets.person_picker import UNKNOWN
from rmentor.ui.widgets.person_picker import PersonPicker
from rmentor.ui.widgets.person_picker import person_order
from rmentor.ui.widgets.rows import inline
from rmentor.ui.window.translations import current_language

# offered in every form, named in the language the window speaks (as an import stores them)
COMMON_LANGUAGES = ["nl", "en", "de", "fr", "es", "tr", "ar", "pl"]


class Other(NamedTuple):
    """What the form lists of everyone else: managers, departments, places, languages."""

    id: int
    first_name: str
    last_name: str
    department: str
    location: str
    languages: str


class ParticipantDialog(EditDialog):
    """Add (participant=None) or edit a participant of the programme."""

    def __init__(self, programme: Programme, participant: Participant | None = None, parent=None):
        super().__init__(parent)
        self.programme = programme
        self.participant = participant
        self.setWindowTitle(
            self.tr("Edit participant") if participant else self.tr("Add participant")
        )
        self._build()
        self._load()
        self.loaded(participant)
        self.first_field = self.first_name
        keys.ready(self, "participants")

    def _build(self) -> None:
        self.first_name = QLineEdit()
        self.last_name = QLineEdit()
        # the prefix is part of the last name, as HR's lists have it; sorted without it
        self.last_name.setPlaceholderText(self.tr("with its prefix, for example van Dijk"))
        self.email = QLineEdit()
        self.role = QComboBox()
        for key in (MENTOR, MENTEE):
            self.role.addItem(label(ROLES, key), key)
        self.department = QComboBox()
        self.department.setEditable(True)
        self.job_title = QLineEdit()
        self.level = QSpinBox()
        self.level.setRange(0, 20)
        self.level.setSpecialValueText(self.tr("not set"))
        self.manager = PersonPicker(self.tr("(no manager)"))
        self.languages = CheckList(self.tr("Another language"))
        self.location = QComboBox()
        self.location.setEditable(True)
        for field in (self.department, self.location):  # as wide as the text boxes, what
            field.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
            field.setSizeAdjustPolicy(  # ever the names offered (not as narrow as none)
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
            )
        self.themes = CheckList(self.tr("A theme of your own"))
        self.capacity = QSpinBox()
        self.capacity.setRange(1, 10)
        self.active = QCheckBox(self.tr("Takes part"))
        self.active.setToolTip(self.tr("Inactive people are kept, with their history."))
        self.consent_given = QCheckBox(self.tr("Consent given on"))
        self.consent_date = date_edit()
        self.consent_date.setMaximumDate(QDate.currentDate())
        self.consent_given.toggled.connect(self.consent_date.setEnabled)
        consent = inline(self.consent_given, self.consent_date, None)
        self.notes = text_box()
        self.notes.setMaximumHeight(70)
        self.notes.setPlaceholderText(
            self.tr("Practical notes only; no health, religion or other special categories.")
        )
        self.role.currentIndexChanged.connect(self._role_changed)

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        w = self.errors.wrap
        form.addRow(self.tr("First name"), w("first_name", self.first_name))
        form.addRow(self.tr("Last name"), w("last_name", self.last_name))
        form.addRow(self.tr("E-mail"), w("email", self.email))
        form.addRow(self.tr("Role"), w("role", self.role))
        form.addRow(self.tr("Department"), w("department", self.department))
        form.addRow(self.tr("Job title"), w("job_title", self.job_title))
        form.addRow(self.tr("Level"), w("level", self.level))
        form.addRow(self.tr("Manager"), w("manager", self.manager))
        form.addRow(self.tr("Languages"), w("languages", self.languages))
        form.addRow(self.tr("Location"), w("location", self.location))
        self.themes_label = QLabel()
        form.addRow(self.themes_label, w("themes", self.themes))
        form.addRow(self.tr("Capacity"), w("capacity", self.capacity))
        form.addRow("", w("active", self.active))
        form.addRow(self.tr("Consent"), w("consent_date", consent))
        form.addRow(self.tr("Notes"), w("notes", self.notes))
        scroll = self.scrolled(form)
        self.buttons = self.button_box()
        self.lay_out(scroll, buttons=self.buttons, size=(560, 720))

    def _load(self) -> None:
        p = self.participant
        # the fields asked of everyone, not 5,000 whole records (a quarter of a second)
        fields = ("id", "first_name", "last_name", "department", "location", "languages")
        query = Participant.select(*(getattr(Participant, f) for f in fields))
        others = sorted((Other(*row) for row in fetch_raw(query)), key=person_order)
        common = [language_name(code, current_language()) for code in COMMON_LANGUAGES]
        departments, places, languages, managers = set(), set(), common, []
        for other in others:
            departments.add(other.department)
            places.add(other.location)
            languages += [x.strip() for x in other.languages.split(",") if x.strip()]
            if p is None or other.id != p.id:
                suffix = f" ({other.department})" if other.department else ""
                managers.append((other.id, person_name(other.first_name, other.last_name) + suffix))
        self.manager.set_people(managers)
        self.department.addItems(sorted(filter(None, departments), key=fold))
        self.location.addItems(sorted(filter(None, places), key=fold))
        own_languages = p.language_list if p else []
        # one line a language ("Dutch" and "Nederlands" are one): the person's own
        # spelling, else the window's language's
        spelled = {}
        for name in [*own_languages, *languages]:
            spelled.setdefault(comparable(name), name)
        known = list(dict.fromkeys(spelled[comparable(x)] for x in languages + own_languages))
        # each named in the window's language; the file keeps the person's own spelling
        ui = current_language()

        def shown(name: str) -> str:
            code = language_key(name)
            return language_name(code, ui) if code else name

        self.languages.set_choices([(x, shown(x)) for x in known], own_languages)
        own_themes = [t.key for t in participants.themes_of(p)] if p else []
        self.themes.set_choices(
            [(t.key, theme_label(t)) for t in programmes.all_themes()], own_themes
        )
        if p is None:
            self.role.setCurrentIndex(0)
            self.department.setCurrentText("")
            self.location.setCurrentText("")
            self.active.setChecked(True)
            self.consent_given.setChecked(False)
            self.consent_date.setDate(QDate.currentDate())
            self.consent_date.setEnabled(False)
            self._role_changed()
            return
        self.first_name.setText(p.first_name)
        self.last_name.setText(p.last_name)
        self.email.setText(p.email)
        self.role.setCurrentIndex(self.role.findData(p.role))
        self.department.setCurrentText(p.department)
        self.job_title.setText(p.job_title)
        self.level.setValue(p.level or 0)
        self.manager.select_id(p.manager_id)
        self.location.setCurrentText(p.location)
        self.capacity.setValue(p.capacity)
        self.active.setChecked(p.active)
        self.consent_given.setChecked(p.consent_date is not None)
        self.consent_date.setDate(to_qdate(p.consent_date or dt.date.today()))
        self.consent_date.setEnabled(p.consent_date is not None)
        self.notes.setPlainText(p.notes)
        self._role_changed()

    def _role_changed(self) -> None:
        offers = self.role.currentData() == MENTOR
        self.themes_label.setText(self.tr("Themes offered") if offers else self.tr("Themes wanted"))

    def values(self) -> dict:
        """What the form holds now, as the domain's save_participant takes it."""
        manager_id = self.manager.current_id()
        return {
            "first_name": self.first_name.text(),
            "last_name": self.last_name.text(),
            "email": self.email.text(),
            "role": self.role.currentData(),
            "department": self.department.currentText(),
            "job_title": self.job_title.text(),
            "level": self.level.value() or None,
            "manager_id": manager_id,
            "languages": self.languages.checked_keys(),
            "location": self.location.currentText(),
            "themes": self.themes.checked_keys(),
            "capacity": self.capacity.value(),
            "active": self.active.isChecked(),
            "consent_date": to_date(self.consent_date.date())
            if self.consent_given.isChecked()
            else None,
            "notes": self.notes.toPlainText(),
        }

    def save(self) -> None:
        data = self.values()
        manager_id = data.pop("manager_id")
        themes = data.pop("themes")
        if manager_id is UNKNOWN:
            self.errors.show(
                DomainError(
                    self.tr("Pick the manager from the list, or clear the box."), field="manager"
                )
            )
            return
        data["manager"] = Participant.get_by_id(manager_id) if manager_id is not None else None
        name = (self.tr("edit %1") if self.participant else self.tr("add %1")).replace(
            "%1", f"{data['first_name']} {data['last_name']}".strip()
        )
        saved = self.write(
            name,
            lambda: participants.save_participant(
                self.participant, programme=self.programme, themes=themes, seen=self.seen, **data
            ),
            shown=self.participant,
        )
        if saved is not None:
            self.participant = saved
            self.done_with(saved)

    def discard_question(self) -> str:
        return self.tr("You changed this participant. Close without saving?")
