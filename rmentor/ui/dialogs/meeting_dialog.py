"""The meeting form: one journal entry with its outcome items, saved as a whole."""

import datetime as dt

from PySide6.QtCore import QDate, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QSpinBox,
    QTableWidget,
    QVBoxLayout,
    QWidget,
)

from rmentor.models.errors import DomainError
from rmentor.models.programme import journal, programmes
from rmentor.models.programme.entities import Meeting, Pairing
from rmentor.models.programme.journal import MeetingInput, OutcomeInput
from rmentor.models.storage.versions import check_unchanged, version
from rmentor.models.text.vocabulary import CANCELLED_BY, FORMATS, OUTCOME_KINDS, OUTCOME_STATUSES
from rmentor.ui.common import keys
from rmentor.ui.common.form_errors import FieldErrors
from rmentor.ui.common.labels import format_date, label, theme_label
from rmentor.ui.common.messages import discard_changes
from rmentor.ui.common.screen_fit import fit
from rmentor.ui.widgets.check_list import CheckList
from rmentor.ui.widgets.dates import date_edit, due_date_edit, due_date_of, to_date, to_qdate
from rmentor.ui.widgets.fields import text_box
from rmentor.ui.window import history

COL_KIND, COL_TEXT, COL_THEME, COL_OWNER, COL_STATUS, COL_DUE = range(6)


class MeetingDialog(QDialog):
    saved = Signal(int)

    def __init__(self, pairing: Pairing, meeting: Meeting | None = None, parent=None):
        super().__init__(parent)
        self.pairing = pairing
        self.meeting = meeting
        self.setWindowTitle(self.tr("Edit meeting") if meeting else self.tr("Log a meeting"))
        self.errors = FieldErrors()
        self.themes_all = programmes.all_themes()

        who = QLabel(f"<b>{pairing.mentor.full_name} – {pairing.mentee.full_name}</b>")
        self.date = date_edit()
        self.date.setMaximumDate(QDate.currentDate().addDays(3650))  # checked by the rules
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

        self.outcomes = QTableWidget(0, 6)
        self.outcomes.setObjectName("outcomes")
        self.outcomes.setHorizontalHeaderLabels(
            [
                self.tr("Type"),
                self.tr("What"),
                self.tr("Theme"),
                self.tr("Owner"),
                self.tr("Status"),
                self.tr("Due"),
            ]
        )
        self.outcomes.verticalHeader().hide()
        self.outcomes.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
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
        body = QWidget()
        body.setLayout(form)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(body)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(scroll)
        layout.addWidget(buttons)
        fit(self, 760, 820)
        self._load()
        self._initial = self.values()
        self.seen = version(meeting) if meeting else None
        keys.ready(self, "journal")

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
        item = item or OutcomeInput(kind="insight", text="")
        row = self.outcomes.rowCount()
        self.outcomes.insertRow(row)
        kind = QComboBox()
        for key in OUTCOME_KINDS:
            kind.addItem(label(OUTCOME_KINDS, key), key)
        kind.setCurrentIndex(kind.findData(item.kind))
        text = QLineEdit(item.text)
        theme = QComboBox()
        theme.addItem(self.tr("(none)"), None)
        for t in self.themes_all:
            theme.addItem(theme_label(t), t.key)
        theme.setCurrentIndex(max(0, theme.findData(item.theme)))
        owner = QLineEdit(item.owner)
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
        try:
            check_unchanged(self.meeting, self.seen)
            with history.step(name):
                meeting = journal.save_meeting(
                    self.pairing, values, self.meeting, today=dt.date.today()
                )
        except DomainError as error:
            if error.field and error.field.startswith("outcome_"):
                error.field = "outcome"
            self.errors.report(self, error)
            return
        self.meeting = meeting
        self._initial = self.values()
        self.seen = version(meeting)
        self.saved.emit(meeting.id)
        self.accept()

    def showEvent(self, event) -> None:  # noqa: N802 - Qt's name
        super().showEvent(event)
        self.date.setFocus()  # typing starts in the first field, not on the scroll area

    def reject(self) -> None:
        if self.values() != self._initial and not discard_changes(
            self, self.tr("You changed this meeting. Close without saving?")
        ):
            return
        super().reject()
