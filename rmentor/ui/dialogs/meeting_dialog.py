"""The meeting form: one journal entry with its outcome items, saved as a whole."""

import datetime as dt
import html

from PySide6.QtCore import QDate
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QButtonGroup
from PySide6.QtWidgets import QComboBox
from PySide6.QtWidgets import QFormLayout
from PySide6.QtWidgets import QGroupBox
from PySide6.QtWidgets import QHBoxLayout
from PySide6.QtWidgets import QHeaderView
from PySide6.QtWidgets import QLabel
from PySide6.QtWidgets import QLineEdit
from PySide6.QtWidgets import QPushButton
from PySide6.QtWidgets import QRadioButton
from PySide6.QtWidgets import QSpinBox
from PySide6.QtWidgets import QVBoxLayout
from PySide6.QtWidgets import QWidget

from rmentor.models.errors import DomainError
from rmentor.models.programme import journal
from rmentor.models.programme import programmes
from rmentor.models.programme.entities import Meeting
from rmentor.models.programme.entities import Pairing
from rmentor.models.programme.journal import MeetingInput
from rmentor.models.programme.journal import OutcomeInput
from rmentor.models.text.vocabulary import CANCELLED_BY
from rmentor.models.text.vocabulary import FORMATS
from rmentor.models.text.vocabulary import OUTCOME_KINDS
from rmentor.models.text.vocabulary import OUTCOME_STATUSES
from rmentor.models.text.vocabulary import PURPOSES
from rmentor.ui.common import keys
from rmentor.ui.common.labels import format_date
from rmentor.ui.common.labels import label
from rmentor.ui.common.labels import theme_label
from rmentor.ui.dialogs.edit_dialog import EditDialog
from rmentor.ui.tables.table_view import choice_table
from rmentor.ui.widgets.check_list import CheckList
from rmentor.ui.widgets.dates import date_edit
from rmentor.ui.widgets.dates import due_date_edit
from rmentor.ui.widgets.dates import due_date_of
from rmentor.ui.widgets.dates import to_date
from rmentor.ui.widgets.dates import to_qdate
from rmentor.ui.widgets.fields import text_box

COL_KIND, COL_TEXT, COL_THEME, COL_OWNER, COL_STATUS, COL_DUE = range(6)


class CellText(QLineEdit):
    """An outcome's text in its row: Escape puts back what the cell held when it was
    entered, as a table's cell does; only a second Escape goes on to close the form."""

    before = ""

    def focusInEvent(self, event):  # noqa: N802 - Qt's name
        super().focusInEvent(event)
        self.before = self.text()

    def keyPressEvent(self, event):  # noqa: N802 - Qt's name
        if event.key() == Qt.Key.Key_Escape and self.text() != self.before:
            self.setText(self.before)
            self.selectAll()
            return
        super().keyPressEvent(event)


class MeetingDialog(EditDialog):
    def __init__(self, pairing: Pairing, meeting: Meeting | None = None, parent=None):
        super().__init__(parent)
        self.pairing = pairing
        self.meeting = meeting
        self.setWindowTitle(self.tr("Edit meeting") if meeting else self.tr("Log a meeting"))
        self.themes_all = programmes.all_themes()

        names = f"{pairing.mentor.full_name} – {pairing.mentee.full_name}"
        who = QLabel(f"<b>{html.escape(names)}</b>")
        who.setWordWrap(True)  # two long names: on two lines, not past the form's edge
        self.date = date_edit()
        self.date.setMaximumDate(QDate.currentDate().addDays(3650))  # checked by the rules
        # a pair that met before the pairing was started here: kept, and said
        self.before_start = QLabel()
        self.before_start.setObjectName("before_start")
        # one line, kept free even when it says nothing: appearing as a date was typed, it
        # pushed every field below it down, under a click aimed at one of them
        self.before_start.setMinimumHeight(self.before_start.fontMetrics().lineSpacing())
        self.date.dateChanged.connect(self._say_before_start)
        self.duration = QSpinBox()
        self.duration.setRange(0, 600)
        self.duration.setSuffix(self.tr(" min"))
        self.duration.setValue(60)
        self.format = QComboBox()
        for key in FORMATS:
            self.format.addItem(label(FORMATS, key), key)
        self.held = QRadioButton(self.tr("Held"))
        self.cancelled = QRadioButton(self.tr("Cancelled by"))
        group = QButtonGroup(self)
        group.addButton(self.held)
        group.addButton(self.cancelled)
        self.held.setChecked(True)
        self.cancelled_by = QComboBox()
        for key in CANCELLED_BY:
            self.cancelled_by.addItem(label(CANCELLED_BY, key), key)
        self.cancelled.toggled.connect(self.cancelled_by.setEnabled)
        self.cancelled_by.setEnabled(False)
        held_row = QWidget()
        row = QHBoxLayout(held_row)
        row.setContentsMargins(0, 0, 0, 0)
        for widget in (self.held, self.cancelled, self.cancelled_by):
            row.addWidget(widget)
        row.addStretch()
        self.themes = CheckList(self.tr("A theme of your own"))
        self.summary = text_box()
        self.summary.setPlaceholderText(
            self.tr(
                "What the pair may share: topics, what was seen or tried. It can appear in reports."
            )
        )
        self.summary.setMaximumHeight(90)
        self.confidential = text_box()
        self.confidential.setObjectName("confidential_note")
        self.confidential.setMaximumHeight(70)
        confidential_box = QGroupBox(self.tr("Confidential note: never leaves the app"))
        confidential_box.setObjectName("confidential_box")
        confidential_box.setStyleSheet(
            "QGroupBox#confidential_box { border: 2px solid #b00020; border-radius: 4px;"
            " margin-top: 1.2em; padding: 6px; }"
            " QGroupBox#confidential_box::title { color: #b00020; subcontrol-origin: margin;"
            " left: 8px; }"
        )
        hint = QLabel(
            self.tr(
                "Not in reports, not in exports. Do not record health, religion, ethnicity or "
                "other special categories of personal data."
            )
        )
        hint.setWordWrap(True)
        hint.setStyleSheet("color: #555;")
        box = QVBoxLayout(confidential_box)
        box.addWidget(self.confidential)
        box.addWidget(hint)

        self.outcomes = choice_table(
            0,
            [
                self.tr("Type"),
                self.tr("What"),
                self.tr("Theme"),
                self.tr("Owner"),
                self.tr("Status"),
                self.tr("Due"),
            ],
            edit=True,
        )
        self.outcomes.setObjectName("outcomes")
        self.outcomes.horizontalHeader().setSectionResizeMode(
            COL_TEXT, QHeaderView.ResizeMode.Stretch
        )
        for column, width in (
            (COL_KIND, 90),
            (COL_THEME, 140),
            (COL_OWNER, 90),
            (COL_STATUS, 80),
            (COL_DUE, 110),
        ):
            self.outcomes.setColumnWidth(column, width)
        self.outcomes.setMinimumHeight(140)
        self.add_outcome_button = QPushButton(self.tr("Add an insight, idea or action"))
        self.remove_outcome_button = QPushButton(self.tr("Remove"))
        self.add_outcome_button.clicked.connect(lambda: self.add_outcome_row())
        self.remove_outcome_button.clicked.connect(self._remove_outcome_rows)
        outcome_buttons = QHBoxLayout()
        outcome_buttons.addWidget(self.add_outcome_button)
        outcome_buttons.addWidget(self.remove_outcome_button)
        outcome_buttons.addStretch()

        form = QFormLayout()
        w = self.errors.wrap
        form.addRow(self.tr("Pairing"), w("pairing", who))
        form.addRow(self.tr("Date"), w("date", self.date))
        form.addRow("", self.before_start)
        form.addRow(self.tr("Duration"), w("duration_minutes", self.duration))
        form.addRow(self.tr("Format"), w("format", self.format))
        form.addRow("", w("cancelled_by", held_row))
        form.addRow(self.tr("Themes"), w("themes", self.themes))
        form.addRow(self.tr("Shareable summary"), w("summary", self.summary))
        form.addRow(confidential_box)
        outcome_box = QGroupBox(self.tr("Outcomes"))
        outcome_layout = QVBoxLayout(outcome_box)
        outcome_layout.addWidget(self.errors.wrap("outcome", self.outcomes))
        outcome_layout.addLayout(outcome_buttons)
        form.addRow(outcome_box)
        scroll = self.scrolled(form)
        self.lay_out(scroll, buttons=self.button_box(), size=(760, 820))
        self._load()
        self._say_before_start()
        self.loaded(meeting)
        self.first_field = self.date
        keys.ready(self, "journal")

    def _say_before_start(self) -> None:
        start = self.pairing.start_date
        before = start is not None and to_date(self.date.date()) < start
        self.before_start.setText(
            self.tr("Before the pairing started (%1): it counts all the same.").replace(
                "%1", format_date(start)
            )
            if before
            else ""
        )

    def _load(self) -> None:
        m = self.meeting
        agreed = [link.theme.key for link in self.pairing.theme_links]
        chosen = [link.theme.key for link in m.theme_links] if m else agreed
        self.themes.set_choices([(t.key, theme_label(t)) for t in self.themes_all], chosen)
        if m is None:
            return
        self.date.setDate(to_qdate(m.date))
        self.duration.setValue(m.duration_minutes)
        self.format.setCurrentIndex(self.format.findData(m.format))
        (self.held if m.held else self.cancelled).setChecked(True)
        if not m.held:
            self.cancelled_by.setCurrentIndex(self.cancelled_by.findData(m.cancelled_by))
        self.summary.setPlainText(m.summary)
        self.confidential.setPlainText(m.confidential_note)
        for item in m.outcomes:
            self.add_outcome_row(
                OutcomeInput(
                    item.kind,
                    item.text,
                    item.theme.key if item.theme else None,
                    item.owner,
                    item.status,
                    item.due_date,
                )
            )

    # outcome rows

    def add_outcome_row(self, item: OutcomeInput | None = None) -> int:
        if item is None:  # a new one counts for the meeting's purpose, when it has one
            purposes = [k for k in self.themes.checked_keys() if k in PURPOSES]
            theme = purposes[0] if len(purposes) == 1 else None
            item = OutcomeInput(kind="insight", text="", theme=theme)
        row = self.outcomes.rowCount()
        self.outcomes.insertRow(row)
        kind = QComboBox()
        for key in OUTCOME_KINDS:
            kind.addItem(label(OUTCOME_KINDS, key), key)
        kind.setCurrentIndex(kind.findData(item.kind))
        text = CellText(item.text)
        theme = QComboBox()
        theme.addItem(self.tr("(none)"), None)
        for t in self.themes_all:
            theme.addItem(theme_label(t), t.key)
        theme.setCurrentIndex(max(0, theme.findData(item.theme)))
        owner = CellText(item.owner)
        status = QComboBox()
        for key in OUTCOME_STATUSES:
            status.addItem(label(OUTCOME_STATUSES, key), key)
        status.setCurrentIndex(status.findData(item.status))
        due = due_date_edit(item.due_date, self.tr("none"))
        for column, widget in (
            (COL_KIND, kind),
            (COL_TEXT, text),
            (COL_THEME, theme),
            (COL_OWNER, owner),
            (COL_STATUS, status),
            (COL_DUE, due),
        ):
            self.outcomes.setCellWidget(row, column, widget)
        text.setFocus()
        return row

    def outcome_widget(self, row: int, column: int):
        return self.outcomes.cellWidget(row, column)

    def _remove_outcome_rows(self) -> None:
        rows = sorted(
            {i.row() for i in self.outcomes.selectionModel().selectedRows()}, reverse=True
        ) or ([self.outcomes.rowCount() - 1] if self.outcomes.rowCount() else [])
        for row in rows:
            self.outcomes.removeRow(row)

    def _outcome_inputs(self) -> list[OutcomeInput]:
        items = []
        for row in range(self.outcomes.rowCount()):
            items.append(
                OutcomeInput(
                    kind=self.outcome_widget(row, COL_KIND).currentData(),
                    text=self.outcome_widget(row, COL_TEXT).text(),
                    theme=self.outcome_widget(row, COL_THEME).currentData(),
                    owner=self.outcome_widget(row, COL_OWNER).text(),
                    status=self.outcome_widget(row, COL_STATUS).currentData(),
                    due_date=due_date_of(self.outcome_widget(row, COL_DUE)),
                )
            )
        return items

    # saving

    def values(self) -> MeetingInput:
        return MeetingInput(
            date=to_date(self.date.date()),
            duration_minutes=self.duration.value(),
            format=self.format.currentData(),
            held=self.held.isChecked(),
            cancelled_by=None if self.held.isChecked() else self.cancelled_by.currentData(),
            themes=self.themes.checked_keys(),
            summary=self.summary.toPlainText(),
            confidential_note=self.confidential.toPlainText(),
            outcomes=self._outcome_inputs(),
        )

    def save(self) -> None:
        values = self.values()
        name = (
            self.tr("edit meeting of %1") if self.meeting else self.tr("log meeting of %1")
        ).replace("%1", format_date(values.date))
        meeting = self.write(name, lambda: self._save(values), shown=self.meeting)
        if meeting is not None:
            self.meeting = meeting
            self.done_with(meeting)

    def _save(self, values: MeetingInput):
        try:
            return journal.save_meeting(
                self.pairing, values, self.meeting, today=dt.date.today(), seen=self.seen
            )
        except DomainError as error:
            if error.field and error.field.startswith("outcome_"):
                error.field = "outcome"  # shown under the outcomes table
            raise

    def discard_question(self) -> str:
        return self.tr("You changed this meeting. Close without saving?")
