"""The journal tab: the meetings of the programme or of one pairing."""

import datetime as dt
import html
from collections import Counter

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox
from PySide6.QtWidgets import QHBoxLayout
from PySide6.QtWidgets import QLabel
from PySide6.QtWidgets import QLineEdit
from PySide6.QtWidgets import QMessageBox
from PySide6.QtWidgets import QVBoxLayout

from rmentor.models.figures import counts
from rmentor.models.programme import journal
from rmentor.models.programme import programmes
from rmentor.models.programme.entities import Evaluation
from rmentor.models.programme.entities import Meeting
from rmentor.models.programme.entities import Pairing
from rmentor.models.programme.entities import Participant
from rmentor.models.programme.entities import Programme
from rmentor.models.text.vocabulary import ALL_QUESTIONS
from rmentor.models.text.vocabulary import EVALUATION_MOMENTS
from rmentor.models.text.vocabulary import EVALUATION_QUESTIONS
from rmentor.models.text.vocabulary import PAIRING_STATUSES
from rmentor.models.text.vocabulary import ROLES

# Dialogs are imported where they open, so start-up does not load them (nor SciPy).
from rmentor.ui.common.labels import format_date
from rmentor.ui.common.labels import label
from rmentor.ui.common.labels import theme_label
from rmentor.ui.tables.journal_table_model import COL_DATE
from rmentor.ui.tables.journal_table_model import COL_SUMMARY
from rmentor.ui.tables.journal_table_model import JournalTableModel
from rmentor.ui.tables.table_view import fit_columns
from rmentor.ui.tables.table_view import row_menu
from rmentor.ui.tabs.table_tab import TableTab
from rmentor.ui.widgets.eliding_combo import ElidingComboBox
from rmentor.ui.widgets.rows import button
from rmentor.ui.widgets.rows import refill
from rmentor.ui.widgets.rows import row_of
from rmentor.ui.window import history
from rmentor.ui.window.record_windows import open_once

PERIODS = ("all", "30d", "3m", "year", "last_year")


def period_range(key: str, today: dt.date):
    if key == "30d":
        return today - dt.timedelta(days=30), today
    if key == "3m":
        return today - dt.timedelta(days=91), today
    if key == "year":
        return dt.date(today.year, 1, 1), dt.date(today.year, 12, 31)
    if key == "last_year":
        return dt.date(today.year - 1, 1, 1), dt.date(today.year - 1, 12, 31)
    return None


class JournalTab(TableTab):
    def __init__(self, parent=None):
        super().__init__(JournalTableModel(), parent=parent)
        self.model.setParent(self)
        self.theme_names: dict[int, str] = {}

        self.pairing_picker = ElidingComboBox()
        self.pairing_picker.setObjectName("pairing_picker")
        self.pairing_picker.setMinimumContentsLength(30)
        self.pairing_picker.currentIndexChanged.connect(self._pairing_picked)
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Search summaries, pairings, themes…"))
        self.search.setClearButtonEnabled(True)
        self.theme_filter = QComboBox()
        self.period_filter = QComboBox()
        for key, text in zip(
            PERIODS,
            (
                self.tr("Any time"),
                self.tr("Last 30 days"),
                self.tr("Last 3 months"),
                self.tr("This year"),
                self.tr("Last year"),
            ),
            strict=True,
        ):
            self.period_filter.addItem(text, key)
        self.search.textChanged.connect(self.apply_filter)
        self.theme_filter.currentIndexChanged.connect(self.apply_filter)
        self.period_filter.currentIndexChanged.connect(self.apply_filter)
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Pairing:")))
        top.addWidget(self.pairing_picker, 2)
        top.addWidget(self.search, 2)
        top.addWidget(self.theme_filter, 1)
        top.addWidget(self.period_filter, 1)

        self.figures_label = QLabel()
        self.figures_label.setObjectName("pairing_figures")
        self.figures_label.setTextFormat(Qt.TextFormat.RichText)
        self.figures_label.setWordWrap(True)

        self.view.sortByColumn(COL_DATE, Qt.SortOrder.DescendingOrder)
        # a double-click or Return opens the meeting (activated fires for both)
        self.view.activated.connect(lambda _i: None if self.read_only else self.edit_meeting())

        self.log_button = button(self.tr("Log a meeting…"), self.log_meeting)
        self.edit_button = button(self.tr("Edit…"), self.edit_meeting)
        self.delete_button = button(self.tr("Delete…"), self.delete_meeting)
        self.evaluation_button = button(self.tr("Evaluation…"), lambda: self.add_evaluation())
        self.count_label = QLabel()
        buttons = row_of(
            self.log_button,
            self.edit_button,
            self.delete_button,
            self.evaluation_button,
            None,
            self.count_label,
        )

        row_menu(
            self.view,
            [self.edit_button, self.delete_button, None, self.evaluation_button],
            delete=self.delete_button,
        )
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.figures_label)
        layout.addWidget(self.view, 1)
        layout.addLayout(buttons)
        self.actions_ready()

    # loading

    def set_programme(self, programme: Programme | None) -> None:
        # the same programme again (after an undo, a change elsewhere): the pairing shown
        # stays shown, if it is still there
        same = None not in (programme, self.programme) and programme.id == self.programme.id
        keep = self.pairing_id() if same else None
        self.programme = programme  # the pairings and themes first, then the rows
        themes = programmes.all_themes()
        refill(self.theme_filter, self.tr("All themes"), [(theme_label(x), x.id) for x in themes])
        self.theme_names = {t.id: theme_label(t) for t in themes}
        self._fill_pairings(keep)
        self.reload()

    def _fill_pairings(self, select_id) -> None:
        self.pairing_picker.blockSignals(True)
        self.pairing_picker.clear()
        self.pairing_picker.addItem(self.tr("All pairings"), None)
        names = journal.pairing_names(self.programme) if self.programme else {}
        self.model.set_names(names, self.theme_names)
        for pid, name in self._told_apart(names):
            self.pairing_picker.addItem(name, pid)
        self.pairing_picker.setCurrentIndex(max(0, self.pairing_picker.findData(select_id)))
        self.pairing_picker.blockSignals(False)

    def _told_apart(self, names: dict[int, str]) -> list[tuple[int, str]]:
        """The pairings in name order. Two of the same names (a pair matched again, or
        namesakes) each with the day it started, or its status before it has, namesakes
        with their departments too, and the earliest first; a number where even that ties."""
        doubled = {name for name, n in Counter(names.values()).items() if n > 1}
        twins = sorted(pid for pid, name in names.items() if name in doubled)
        if not twins:
            return sorted(names.items(), key=lambda item: item[1])
        # the programme's pairings in one query: by ids, thousands of twins made peewee
        # write thousands of parameters (0.1 s)
        mentor, mentee = Participant.alias(), Participant.alias()
        found, works, wanted = {}, {}, set(twins)
        for pid, status, start, *people, mentor_in, mentee_in in (
            Pairing.select(
                Pairing.id,
                Pairing.status,
                Pairing.start_date,
                Pairing.mentor,
                Pairing.mentee,
                mentor.department,
                mentee.department,
            )
            .join(mentor, on=Pairing.mentor == mentor.id)
            .switch(Pairing)
            .join(mentee, on=Pairing.mentee == mentee.id)
            .where(Pairing.programme == self.programme)
            .tuples()
        ):
            if pid in wanted:
                found[pid] = (status, start, tuple(people))
                works[pid] = " / ".join(d for d in (mentor_in, mentee_in) if d)
        people_named: dict[str, set] = {}
        for pid in twins:
            people_named.setdefault(names[pid], set()).add(found[pid][2])
        told = dict(names)
        for pid in twins:
            status, start, _people = found[pid]
            since = self.tr("from %1").replace("%1", format_date(start)) if start else None
            parts = [since or label(PAIRING_STATUSES, status)]
            if len(people_named[names[pid]]) > 1:  # namesakes: where each of them works
                parts.insert(0, works[pid])
            told[pid] = f"{names[pid]} ({', '.join(p for p in parts if p)})"
        still: dict[str, list[int]] = {}
        for pid in twins:
            still.setdefault(told[pid], []).append(pid)
        for name, pids in still.items():
            for number, pid in enumerate(pids[1:], 2):
                told[pid] = f"{name} ({number})"
        started = {pid: found[pid][1] or dt.date.max for pid in twins}
        return sorted(
            told.items(), key=lambda item: (names[item[0]], started.get(item[0], dt.date.max))
        )

    def show_pairing(self, pairing_id: int | None) -> None:
        """Show one pairing's journal (reachable from the pairings tab)."""
        if self.pairing_picker.findData(pairing_id) < 0:
            self._fill_pairings(pairing_id)
        self.pairing_picker.setCurrentIndex(max(0, self.pairing_picker.findData(pairing_id)))
        self.reload()

    def _pairing_picked(self) -> None:
        self.reload()

    def pairing_id(self) -> int | None:
        return self.pairing_picker.currentData()

    def reload(self) -> None:
        selected, programme, pairing_id = self.current(), self.programme, self.pairing_id()
        count = 0 if programme is None else journal.meeting_count(programme, pairing_id)
        self.load(
            count,
            self.tr("%Ln meeting(s)", "", count),
            lambda: [] if programme is None else journal.meeting_rows(programme, pairing_id),
            lambda: self._rows_shown(selected),
        )

    def _rows_shown(self, selected) -> None:
        self.apply_filter()
        # after every load: new rows may be wider; with none, the titles are whole
        fit_columns(self.view, COL_SUMMARY)
        if selected is not None:
            self.select(selected.id)
        self._show_figures()

    def apply_filter(self) -> None:
        self.model.set_filter(
            self.search.text(),
            self.theme_filter.currentData(),
            period_range(self.period_filter.currentData(), dt.date.today()),
        )
        self.count_label.setText(self.tr("%Ln meeting(s) shown", "", self.model.rowCount()))

    def _show_figures(self) -> None:
        pid = self.pairing_id()
        if pid is None or self.programme is None:
            self.figures_label.setText("")
            return
        f = counts.pairing_figures(self.programme, only=[pid]).get(pid)
        if f is None:
            self.figures_label.setText("")
            return
        parts = [
            self.tr("Meetings held: %1").replace("%1", str(f.held)),
            self.tr("cancelled: %1").replace("%1", str(f.cancelled)),
            self.tr("last meeting: %1").replace(
                "%1", format_date(f.last_meeting) or self.tr("none yet")
            ),
        ]
        if f.next_due:
            parts.append(self.tr("next due: %1").replace("%1", format_date(f.next_due)))
        if f.overdue:
            parts.append('<span style="color:#b00020">⚠ ' + self.tr("overdue") + "</span>")
        given = list(Evaluation.select().where(Evaluation.pairing == pid).order_by(Evaluation.date))
        evaluations = [
            f"{html.escape(label(ROLES, e.side))}, {html.escape(label(EVALUATION_MOMENTS, e.moment))}: "
            + " / ".join(
                str(getattr(e, q))
                for q in ALL_QUESTIONS
                if q in EVALUATION_QUESTIONS or getattr(e, q) is not None
            )
            for e in given
        ]
        text = " · ".join(parts)
        if evaluations:
            text += "<br>" + html.escape(self.tr("Evaluations")) + ": " + "; ".join(evaluations)
        self.figures_label.setText(text)
        # each rating with its question: the purposes' own come after the three asked always
        self.figures_label.setToolTip(
            "\n".join(
                f"{label(ROLES, e.side)}, {label(EVALUATION_MOMENTS, e.moment)}: "
                + "; ".join(
                    f"{label(ALL_QUESTIONS, q)} {getattr(e, q)}"
                    for q in ALL_QUESTIONS
                    if getattr(e, q) is not None
                )
                for e in given
            )
        )

    # selection and actions

    def clear_filters(self) -> None:
        self.search.clear()
        self.theme_filter.setCurrentIndex(0)
        self.period_filter.setCurrentIndex(0)

    def empty_text(self) -> str:
        if self.programme is None:
            return ""
        if self.pairing_picker.count() <= 1:  # "All pairings" alone
            return self.tr(
                "No meeting is logged yet: a pairing meets once it is made and started, on "
                "the Pairings tab."
            )
        if self.pairing_id() is None:
            return self.tr(
                "No meeting is logged yet. Pick a pairing at Pairing, above, and Log a "
                "meeting… below comes on."
            )
        return self.tr("No meeting of this pairing is logged yet: Log a meeting… below.")

    def update_actions(self) -> None:
        pid = self.pairing_id()
        # while another file opens, the chooser still names this one's pairing until the
        # tabs are read again: it may not be in the new file
        pairing = Pairing.get_or_none(Pairing.id == pid) if pid else None
        status = pairing.status if pairing else None
        writable = not self.read_only
        self.log_button.setEnabled(
            writable and status in ("active", "paused", "completed", "ended_early")
        )
        if pid is None:
            why = self.tr("Pick a pairing first.")
        elif status == "proposed":
            why = self.tr("A proposed pairing meets once it is started: Pairings > Activate.")
        else:
            why = ""
        self.log_button.setToolTip(why)
        self.evaluation_button.setEnabled(pid is not None and writable)
        selected = self.current() is not None
        self.edit_button.setEnabled(selected and writable)
        self.delete_button.setEnabled(selected and writable)

    def _changed(self, meeting_id=None) -> None:
        self.reload()
        if meeting_id is not None:
            self.select(meeting_id)
        self.changed.emit()

    def log_meeting(self) -> None:
        pid = self.pairing_id()
        if pid is None:
            return
        from rmentor.ui.dialogs.meeting_dialog import MeetingDialog

        self.dialog = MeetingDialog(Pairing.get_by_id(pid), None, self)
        self.dialog.saved.connect(self._changed)
        self.dialog.open()

    def edit_meeting(self) -> None:
        row = self.current()
        if row is None:
            return
        meeting = Meeting.get_by_id(row.id)
        from rmentor.ui.dialogs.meeting_dialog import MeetingDialog

        def make():
            dialog = MeetingDialog(meeting.pairing, meeting, self)
            dialog.saved.connect(self._changed)
            return dialog

        self.dialog = open_once(self, ("meeting", meeting.id), make)

    def delete_meeting(self) -> None:
        row = self.current()
        if row is None:
            return
        answer = QMessageBox.question(
            self,
            self.tr("Delete meeting"),
            self.tr("Delete the meeting of %1? Edit > Undo brings it back.").replace(
                "%1", format_date(row.date)
            ),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        if answer == QMessageBox.StandardButton.Yes:
            pairing = Pairing.get_by_id(row.pairing_id)
            name = (
                self.tr("delete meeting of %1 and %2 on %3")
                .replace("%1", pairing.mentor.full_name)
                .replace("%2", pairing.mentee.full_name)
                .replace("%3", format_date(row.date))
            )
            with history.step(name):
                journal.delete_meeting(Meeting.get_by_id(row.id))
            self._changed()

    def add_evaluation(self, moment: str | None = None, side: str | None = None) -> None:
        """The evaluation form, at the one asked for or else the first not given yet."""
        pid = self.pairing_id()
        if pid is None:
            return
        from rmentor.ui.dialogs.evaluation_dialog import EvaluationDialog

        pairing = Pairing.get_by_id(pid)
        if moment is None or side is None:
            side, moment = journal.next_evaluation(pairing)
        self.dialog = EvaluationDialog(pairing, side, moment, parent=self)
        self.dialog.accepted.connect(self._changed)
        self.dialog.open()
