"""Small dialogs for a pairing's lifecycle: ending early, and the agreement."""

from PySide6.QtWidgets import QCheckBox
from PySide6.QtWidgets import QComboBox
from PySide6.QtWidgets import QFormLayout
from PySide6.QtWidgets import QSpinBox

from rmentor.models.programme import pairings
from rmentor.models.programme import programmes
from rmentor.models.programme.entities import Pairing
from rmentor.models.text.vocabulary import END_REASONS
from rmentor.ui.common import keys
from rmentor.ui.common.labels import label
from rmentor.ui.common.labels import theme_label
from rmentor.ui.dialogs.edit_dialog import EditDialog
from rmentor.ui.dialogs.edit_dialog import pair_words
from rmentor.ui.widgets.check_list import CheckList
from rmentor.ui.widgets.dates import date_edit
from rmentor.ui.widgets.dates import to_date
from rmentor.ui.widgets.fields import text_box


class EndEarlyDialog(EditDialog):
    """End a pairing early: a reason from the list, and what happened in a few words."""

    def __init__(self, pairing: Pairing, parent=None):
        super().__init__(parent)
        self.pairing = pairing
        self.setWindowTitle(self.tr("End pairing early"))
        self.reason = QComboBox()
        self.reason.addItem(self.tr("Choose a reason…"), None)
        for key in END_REASONS:
            self.reason.addItem(label(END_REASONS, key), key)
        self.note = text_box()
        self.note.setPlaceholderText(self.tr("What happened, for the record (no confidences)."))
        form = QFormLayout()
        form.addRow(self.tr("Reason"), self.errors.wrap("end_reason", self.reason))
        form.addRow(self.tr("Note"), self.note)
        self.lay_out(form, buttons=self.button_box(self.tr("End early")))
        self.loaded(pairing)
        keys.ready(self, "year")

    def save(self) -> None:
        self.write_and_close(
            pair_words(self.tr("end the pairing of %1 and %2 early"), self.pairing),
            lambda: pairings.set_status(
                self.pairing,
                "ended_early",
                reason=self.reason.currentData(),
                note=self.note.toPlainText(),
                seen=self.seen,
            ),
        )


class AgreementDialog(EditDialog):
    """What the pair agreed: period, cadence, themes, and when they agreed ground rules."""

    def __init__(self, pairing: Pairing, parent=None):
        super().__init__(parent)
        self.pairing = pairing
        programme = pairing.programme
        self.setWindowTitle(pair_words(self.tr("Agreement: %1 and %2"), pairing))
        self.start_date = date_edit(pairing.start_date or programme.start_date)
        self.planned_end = date_edit(pairing.planned_end_date or programme.end_date)
        self.cadence = QSpinBox()
        self.cadence.setRange(0, 26)
        self.cadence.setSpecialValueText(
            self.tr("as the programme (%n weeks)", "", programme.cadence_weeks)
        )
        self.cadence.setSuffix(self.tr(" weeks"))
        self.cadence.setValue(pairing.cadence_weeks or 0)
        self.rules_agreed = QCheckBox(self.tr("Ground rules agreed on"))
        self.rules_date = date_edit(pairing.ground_rules_date)
        self.rules_agreed.toggled.connect(self.rules_date.setEnabled)
        self.rules_agreed.setChecked(pairing.ground_rules_date is not None)
        self.rules_date.setEnabled(pairing.ground_rules_date is not None)
        self.themes = CheckList(self.tr("A theme of your own"))
        agreed = [link.theme.key for link in pairing.theme_links]
        self.themes.set_choices([(t.key, theme_label(t)) for t in programmes.all_themes()], agreed)
        form = QFormLayout()
        w = self.errors.wrap
        form.addRow(self.tr("Start"), w("start_date", self.start_date))
        form.addRow(self.tr("Planned end"), w("planned_end_date", self.planned_end))
        form.addRow(self.tr("Meet every"), w("cadence_weeks", self.cadence))
        form.addRow(self.rules_agreed, self.rules_date)
        form.addRow(self.tr("Agreed themes"), w("themes", self.themes))
        self.lay_out(form, buttons=self.button_box(""))
        self.loaded(pairing)
        keys.ready(self, "cadence")

    def save(self) -> None:
        self.write_and_close(
            pair_words(self.tr("agreement of %1 and %2"), self.pairing),
            lambda: pairings.update_agreement(
                self.pairing,
                start_date=to_date(self.start_date.date()),
                planned_end_date=to_date(self.planned_end.date()),
                cadence_weeks=self.cadence.value() or None,
                ground_rules_date=to_date(self.rules_date.date())
                if self.rules_agreed.isChecked()
                else None,
                themes=self.themes.checked_keys(),
                seen=self.seen,
            ),
        )
