"""The programme dialog: name, period, purposes and themes, cadence, sponsor."""

import datetime as dt

from PySide6.QtWidgets import QDoubleSpinBox
from PySide6.QtWidgets import QFormLayout
from PySide6.QtWidgets import QGroupBox
from PySide6.QtWidgets import QLabel
from PySide6.QtWidgets import QLineEdit
from PySide6.QtWidgets import QMessageBox
from PySide6.QtWidgets import QSpinBox

from rmentor.models.programme import programmes
from rmentor.models.programme.entities import Programme
from rmentor.models.text.vocabulary import PURPOSE_DESCRIPTIONS
from rmentor.ui.common import keys
from rmentor.ui.common.labels import format_date
from rmentor.ui.common.labels import label
from rmentor.ui.common.labels import theme_label
from rmentor.ui.dialogs.edit_dialog import EditDialog
from rmentor.ui.widgets.check_list import KEY_ROLE
from rmentor.ui.widgets.check_list import CheckList
from rmentor.ui.widgets.dates import date_edit
from rmentor.ui.widgets.dates import to_date
from rmentor.ui.widgets.dates import to_qdate
from rmentor.ui.widgets.fields import text_box


class ProgrammeDialog(EditDialog):
    def __init__(self, programme: Programme | None = None, parent=None):
        super().__init__(parent)
        self.programme = programme
        self.setWindowTitle(self.tr("Edit programme") if programme else self.tr("New programme"))
        self.name = QLineEdit()
        self.start_date = date_edit()
        self.end_date = date_edit()
        self.cadence = QSpinBox()
        self.cadence.setRange(1, 26)
        self.cadence.setSuffix(self.tr(" weeks"))
        self.purposes = CheckList(self.tr("A theme of your own, e.g. social media"))
        self.purposes.list.setMaximumHeight(190)
        self.purposes.list.setWordWrap(True)  # the purposes' descriptions are sentences
        self.sponsor = QLineEdit()
        self.description = text_box()
        self.description.setMaximumHeight(90)
        # what the report's verdict measures the programme against
        self.target_paired = self._percent()
        self.target_cadence = self._percent()
        self.target_done = self._percent()
        self.target_satisfaction = QDoubleSpinBox()
        self.target_satisfaction.setRange(1.0, 5.0)
        self.target_satisfaction.setDecimals(1)
        self.target_satisfaction.setSingleStep(0.1)
        targets = QFormLayout()
        targets.addRow(self.tr("Participants paired"), self.target_paired)
        targets.addRow(self.tr("Pairs meeting as often as agreed"), self.target_cadence)
        targets.addRow(self.tr("Would recommend it, on average (1-5)"), self.target_satisfaction)
        targets.addRow(self.tr("Actions done"), self.target_done)
        self.targets = QGroupBox(self.tr("Targets for the report"))
        self.targets.setLayout(targets)

        form = QFormLayout()
        w = self.errors.wrap
        form.addRow(self.tr("Name"), w("name", self.name))
        form.addRow(self.tr("Starts"), w("start_date", self.start_date))
        form.addRow(self.tr("Ends"), w("end_date", self.end_date))
        form.addRow(self.tr("Meet every"), w("cadence_weeks", self.cadence))
        form.addRow(self.tr("Purposes and themes"), w("themes", self.purposes))
        form.addRow(self.tr("Sponsor"), w("sponsor", self.sponsor))
        form.addRow(self.tr("Description"), w("description", self.description))
        form.addRow(self.targets)
        self.why = QLabel()  # what a new programme is first needed for, where asked first
        self.why.setWordWrap(True)
        self.why.hide()
        # tall enough for the four purposes whole on a laptop, in Dutch too (at 600 the
        # fourth was cut); a smaller screen makes it smaller, and the purposes scroll
        self.lay_out(self.why, form, buttons=self.button_box(), size=(680, 660), stretch=True)
        self._load()
        self.loaded(programme)
        self.first_field = self.name
        keys.ready(self, "year")

    def _percent(self) -> QSpinBox:
        box = QSpinBox()
        box.setRange(0, 100)
        box.setSuffix(" %")
        return box

    def _load(self) -> None:
        p = self.programme
        today = dt.date.today()
        chosen = [t.key for t in programmes.themes_of(p)] if p else programmes.DEFAULT_THEMES
        self.purposes.set_choices(
            [(t.key, theme_label(t)) for t in programmes.all_themes()], chosen
        )
        for i in range(self.purposes.list.count()):
            item = self.purposes.list.item(i)
            key = item.data(KEY_ROLE)
            if key in PURPOSE_DESCRIPTIONS:
                item.setToolTip(label(PURPOSE_DESCRIPTIONS, key))
                item.setText(f"{item.text()} – {label(PURPOSE_DESCRIPTIONS, key)}")
        self.name.setText(p.name if p else "")
        self.start_date.setDate(to_qdate(p.start_date if p else today))
        self.end_date.setDate(
            to_qdate(p.end_date if p else today + dt.timedelta(weeks=programmes.DEFAULT_WEEKS))
        )
        self.cadence.setValue(p.cadence_weeks if p else 4)
        self.sponsor.setText(p.sponsor if p else "")
        self.description.setPlainText(p.description if p else "")
        defaults = Programme()  # a new programme's targets: the model's defaults
        source = p or defaults
        self.target_paired.setValue(source.target_paired)
        self.target_cadence.setValue(source.target_cadence)
        self.target_done.setValue(source.target_done)
        self.target_satisfaction.setValue(source.target_satisfaction)

    def values(self) -> dict:
        return {
            "name": self.name.text(),
            "start_date": to_date(self.start_date.date()),
            "end_date": to_date(self.end_date.date()),
            "cadence_weeks": self.cadence.value(),
            "themes": self.purposes.checked_keys(),
            "sponsor": self.sponsor.text(),
            "description": self.description.toPlainText(),
            "targets": {
                "target_paired": self.target_paired.value(),
                "target_cadence": self.target_cadence.value(),
                "target_done": self.target_done.value(),
                "target_satisfaction": round(self.target_satisfaction.value(), 1),
            },
        }

    def save(self) -> None:
        values = self.values()
        name = (
            self.tr("edit programme %1") if self.programme else self.tr("new programme %1")
        ).replace("%1", values["name"])
        saved = self.write(
            name,
            lambda: programmes.save_programme(self.programme, seen=self.seen, **values),
            shown=self.programme,
        )
        if saved is None:
            return
        self.programme = saved
        outside = programmes.pairings_outside(saved)
        if outside:
            QMessageBox.information(
                self,
                self.tr("Pairings outside the period"),
                self.tr(
                    "These pairings start or end outside the programme's new period; "
                    "adjust their agreements in the Pairings tab:"
                )
                + "\n\n"
                + "\n".join(
                    f"• {p.mentor.full_name} – {p.mentee.full_name}: "
                    f"{format_date(p.start_date)} – {format_date(p.planned_end_date)}"
                    for p in outside
                ),
            )
        self.done_with(saved)

    def discard_question(self) -> str:
        return self.tr("You changed this programme. Close without saving?")
