"""Pairing two people by hand, with every rule they break shown at once."""

import datetime as dt
import html
from typing import NamedTuple

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFormLayout
from PySide6.QtWidgets import QLabel
from PySide6.QtWidgets import QScrollArea
from PySide6.QtWidgets import QSpinBox

from rmentor.models.errors import DomainError
from rmentor.models.programme import pairings
from rmentor.models.programme import participants
from rmentor.models.programme import programmes
from rmentor.models.programme.entities import Participant
from rmentor.models.programme.entities import Programme
from rmentor.models.programme.entities import person_name
from rmentor.models.storage.database import fetch_raw
from rmentor.models.text.vocabulary import MENTEE
from rmentor.models.text.vocabulary import MENTOR
from rmentor.ui.common import keys
from rmentor.ui.common.labels import domain_text
from rmentor.ui.common.labels import theme_label
from rmentor.ui.dialogs.edit_dialog import EditDialog
from rmentor.ui.widgets.check_list import KEY_ROLE
from rmentor.ui.widgets.check_list import CheckList
from rmentor.ui.widgets.dates import date_edit
from rmentor.ui.widgets.dates import to_date
from rmentor.ui.widgets.fields import text_box
from rmentor.ui.widgets.person_picker import UNKNOWN
from rmentor.ui.widgets.person_picker import PersonPicker
from rmentor.ui.widgets.person_picker import person_order

CONCERN_LINES = 8


class Enrolled(NamedTuple):
    id: int
    first_name: str
    last_name: str
    department: str
    role: str

    def shown(self) -> str:
        name = person_name(self.first_name, self.last_name)
        return f"{name} ({self.department})" if self.department else name


class NewPairingDialog(EditDialog):
    def __init__(self, programme: Programme, parent=None):
        super().__init__(parent)
        self.programme = programme
        self.setWindowTitle(self.tr("New pairing"))
        self.mentor = PersonPicker()
        self.mentee = PersonPicker()
        # the five fields the pickers show, not 5,000 whole records (a quarter of a second)
        fields = (Participant.id, Participant.first_name, Participant.last_name)
        query = participants.enrolled(programme).select(
            *fields, Participant.department, Participant.role
        )
        people = sorted((Enrolled(*row) for row in fetch_raw(query)), key=person_order)
        for picker, role in ((self.mentor, MENTOR), (self.mentee, MENTEE)):
            picker.set_people([(p.id, p.shown()) for p in people if p.role == role])
            picker.setCurrentIndex(-1)  # nobody picked yet: no concern before a choice
            picker.currentIndexChanged.connect(self.update_concerns)
        self.concerns = QLabel()
        self.concerns.setObjectName("concerns")
        self.concerns.setWordWrap(True)
        self.concerns.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.override = text_box()
        self.override.setMaximumHeight(60)
        self.override.setPlaceholderText(
            self.tr("Why pair them anyway? The reason is stored with the pairing.")
        )
        self.start_date = date_edit(max(programme.start_date, dt.date.today()))
        self.planned_end = date_edit(programme.end_date)
        self.cadence = QSpinBox()
        self.cadence.setRange(0, 26)
        self.cadence.setSpecialValueText(
            self.tr("as the programme (%n weeks)", "", programme.cadence_weeks)
        )
        self.cadence.setSuffix(self.tr(" weeks"))
        self.themes = CheckList(self.tr("A theme of your own"))
        self.themes.set_choices(
            [(t.key, theme_label(t)) for t in programmes.themes_of(programme)]
            or [(t.key, theme_label(t)) for t in programmes.all_themes()]
        )
        self.by_hand: dict[str, bool] = {}  # themes ticked or unticked by hand: kept
        self.presetting = False  # ticked here, from what the pair shares
        self.themes.list.itemChanged.connect(self._theme_ticked)

        form = QFormLayout()
        w = self.errors.wrap
        form.addRow(self.tr("Mentor"), w("mentor", self.mentor))
        form.addRow(self.tr("Mentee"), w("pair", self.mentee))
        form.addRow("", self._concerns_box())
        form.addRow(self.tr("Override reason"), w("override_reason", self.override))
        form.addRow(self.tr("Start"), w("start_date", self.start_date))
        form.addRow(self.tr("Planned end"), w("planned_end_date", self.planned_end))
        form.addRow(self.tr("Meet every"), w("cadence_weeks", self.cadence))
        form.addRow(self.tr("Agreed themes"), w("themes", self.themes))
        self.lay_out(form, buttons=self.button_box(), size=(560, 600), stretch=True)
        self.update_concerns()
        self.loaded(None)
        keys.ready(self, "overrides")

    def _concerns_box(self) -> QScrollArea:
        """The concerns in a space of their own, as high as CONCERN_LINES whether a pair
        has none or six: the fields below stay where the hand is going (a pair in a full
        programme breaks several rules at once; more lines scroll)."""
        box = QScrollArea()
        box.setWidget(self.concerns)
        box.setWidgetResizable(True)
        box.setFrameShape(QScrollArea.Shape.NoFrame)
        box.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        box.setFixedHeight(self.concerns.fontMetrics().lineSpacing() * CONCERN_LINES + 4)
        return box

    def _pair(self):
        ids = (self.mentor.current_id(), self.mentee.current_id())
        if any(i is None or i is UNKNOWN for i in ids):
            return None
        return Participant.get_by_id(ids[0]), Participant.get_by_id(ids[1])

    def _theme_ticked(self, item) -> None:
        if not self.presetting:
            self.by_hand[item.data(KEY_ROLE)] = item.checkState() == Qt.CheckState.Checked

    def update_concerns(self) -> None:
        self.errors.clear()  # said of the pair before: another pick is weighed anew
        pair = self._pair()
        if pair is None:
            hint = self.tr("Once both are picked, what the rules say of the pair shows here.")
            self.concerns.setText(f'<span style="color:#666">{html.escape(hint)}</span>')
            self.override.setEnabled(False)
            return
        hard = pairings.hard_concerns(self.programme, *pair)
        soft = pairings.soft_concerns(*pair)
        lines = [
            f'<span style="color:#b00020">✖ {html.escape(domain_text(c))}</span>' for c in hard
        ]
        lines += [
            f'<span style="color:#8a5a00">⚠ {html.escape(domain_text(c))}</span>' for c in soft
        ]
        if not lines:
            lines = [
                '<span style="color:#1b6e20">✔ '
                + html.escape(self.tr("No rule is broken and nothing to weigh."))
                + "</span>"
            ]
        self.concerns.setText("<br>".join(lines))
        self.override.setEnabled(any(c.overridable for c in hard))
        # the agreed themes start as what the mentor offers and the mentee wants; what
        # was ticked or unticked by hand stays so for another pick
        shared = {t.key for t in participants.themes_of(pair[0])} & {
            t.key for t in participants.themes_of(pair[1])
        }
        self.presetting = True
        for i in range(self.themes.list.count()):
            key = self.themes.list.item(i).data(KEY_ROLE)
            self.themes.set_checked(key, self.by_hand.get(key, key in shared))
        self.presetting = False

    def values(self):
        return (
            self.mentor.currentText(),
            self.mentee.currentText(),
            self.override.toPlainText(),
            self.start_date.date(),
            self.planned_end.date(),
            self.cadence.value(),
            self.themes.checked_keys(),
        )

    def discard_question(self) -> str:
        return self.tr("You started a pairing here. Close without saving it?")

    def save(self) -> None:
        pair = self._pair()
        if pair is None:
            self.errors.show(
                DomainError(self.tr("Pick a mentor and a mentee from the lists."), field="mentor")
            )
            return
        name = (
            self.tr("new pairing of %1 and %2")
            .replace("%1", pair[0].full_name)
            .replace("%2", pair[1].full_name)
        )
        self.write_and_close(
            name,
            lambda: pairings.create_pairing(
                self.programme,
                *pair,
                override_reason=self.override.toPlainText(),
                start_date=to_date(self.start_date.date()),
                planned_end_date=to_date(self.planned_end.date()),
                cadence_weeks=self.cadence.value() or None,
                themes=self.themes.checked_keys(),
            ),
        )
