"""The overview: what needs attention now, each line opening the item it is about."""

from collections import Counter

from PySide6.QtCore import QCoreApplication
from PySide6.QtCore import QItemSelection
from PySide6.QtCore import QItemSelectionModel
from PySide6.QtCore import QSettings
from PySide6.QtCore import Qt
from PySide6.QtCore import Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QAbstractItemView
from PySide6.QtWidgets import QHBoxLayout
from PySide6.QtWidgets import QLabel
from PySide6.QtWidgets import QListView
from PySide6.QtWidgets import QListWidget
from PySide6.QtWidgets import QListWidgetItem
from PySide6.QtWidgets import QMenu
from PySide6.QtWidgets import QPushButton
from PySide6.QtWidgets import QVBoxLayout
from PySide6.QtWidgets import QWidget

from rmentor.models.figures import attention
from rmentor.models.programme import journal
from rmentor.models.programme.entities import Enrolment
from rmentor.models.programme.entities import Pairing
from rmentor.models.programme.entities import Programme
from rmentor.models.programme.participants import programme_has_people
from rmentor.models.storage.database import failure_reason
from rmentor.ui.common import background
from rmentor.ui.common.labels import domain_text

TARGET_ROLE = Qt.ItemDataRole.UserRole
KIND_ROLE = Qt.ItemDataRole.UserRole + 1
MOMENT_ROLE = Qt.ItemDataRole.UserRole + 2
MISSING_ROLE = Qt.ItemDataRole.UserRole + 3  # the sides whose evaluation is due
DEFAULT_RETENTION_MONTHS = 12
WRAPPED_LINES = 500  # up to this many lines wrap to the width; more keep one line each
LARGE_PEOPLE, LARGE_MEETINGS = 1_000, 20_000  # beyond either: worked out on a thread
KIND_COLOURS = {
    "overdue": "#b00020",
    "no_first_meeting": "#b00020",
    "action_overdue": "#8a5a00",
    "evaluation_due": "#1a4f8a",
    "ending": "#1a4f8a",
    "unpaired": "#555555",
    "erasure_due": "#6a1b9a",
}


def _line(entry: QListWidgetItem) -> tuple:
    """What a line is about (its kind, record and moment): the same after a reload."""
    return entry.data(KIND_ROLE), entry.data(TARGET_ROLE), entry.data(MOMENT_ROLE)


def _worded(items: list) -> list:
    """Each point with its line (and "drafted on" where it was): worded where the list is
    worked out, on a thread for a large programme (thousands of lines). Lines that read
    alike (about namesakes) say where those people work."""
    lines = [(item, _with_what_to_do(item, domain_text(item))) for item in items]
    alike = {text for text, n in Counter(text for _item, text in lines).items() if n > 1}
    twins = [k for k, (_item, text) in enumerate(lines) if text in alike]
    if twins:
        targets = [(lines[k][0].target, lines[k][0].target_id) for k in twins]
        for k, place in zip(twins, attention.departments_of(targets), strict=True):
            if place:
                lines[k] = (lines[k][0], f"{lines[k][1]} ({place})")
    return lines


def _with_what_to_do(item, text: str) -> str:
    """Someone the rules leave without a partner waits for good unless paired by hand: in
    a small company the director has every junior in their reporting line."""
    if item.kind != "unpaired" or "reason" not in item.point.params:
        return text
    return f"{text}. " + QCoreApplication.translate(
        "OverviewTab",
        "New pairing… on the Pairings tab pairs them by hand, and says what the pair goes against.",
    )


def _large(programme: Programme) -> bool:
    """A programme whose attention list takes more than a blink to work out."""
    people = Enrolment.select().where(Enrolment.programme == programme).count()
    return people > LARGE_PEOPLE or journal.meeting_count(programme) > LARGE_MEETINGS


class OverviewTab(QWidget):
    open_item = Signal(str, int)  # target kind, id
    open_evaluation = Signal(int, str, str)  # pairing, moment, side: an evaluation due
    changed = Signal()
    _found = Signal(int, object)  # from the thread: which list, its points or what failed

    def __init__(self, parent=None):
        super().__init__(parent)
        self.programme: Programme | None = None
        self.heading = QLabel()
        self.heading.setStyleSheet("font-size: 13pt; font-weight: 600;")
        # a long heading (an empty programme's) wraps: unwrapped, it widened the window
        # past a laptop's screen
        self.heading.setWordWrap(True)
        self.hint = QLabel(
            self.tr("Double-click a line (or press Enter) to open what it is about.")
        )
        self.list = QListWidget()
        self.list.setObjectName("attention_list")
        self.list.setAlternatingRowColors(True)
        self.list.setResizeMode(QListView.ResizeMode.Adjust)  # lines wrap again on resize
        # room above the letters: a row as tall as the font cut the dots off Ö and Ü
        # (none at the sides: a wrapped line is as wide as the list, and padding widened it)
        self.list.setStyleSheet("QListWidget::item { padding: 4px 0px; }")
        self.list.itemActivated.connect(self._activated)
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.list.itemSelectionChanged.connect(self.update_actions)
        self.list.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.list.customContextMenuRequested.connect(self._menu)
        self.read_only = False
        self.wanted = 0  # the attention list wanted
        self.reselect: set = set()  # lines to select again once the list is shown
        self.working = False  # being worked out on its thread
        self._found.connect(self._worked_out)
        # a reminder for a pair that has not met, an evaluation request for one that is due
        self.draft_button = QPushButton(self.tr("E-mail draft to the pair…"))
        self.draft_button.clicked.connect(self.write_drafts)
        buttons = QHBoxLayout()
        buttons.addWidget(self.draft_button)
        buttons.addStretch()
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.hint)
        layout.addWidget(self.list)
        layout.addLayout(buttons)
        self.update_actions()

    def set_read_only(self, read_only: bool) -> None:
        """The overview only reads; writing e-mail drafts records them."""
        self.read_only = read_only
        self.update_actions()

    def _drafts_asked(self) -> dict[str, list[int]]:
        """The selected lines' pairs, by the kind of e-mail each line asks for: only the
        pairs it fits (a late action of a paused pair asks for no reminder)."""
        asked: dict[str, dict[int, None]] = {}  # ordered sets: thousands of lines selected
        lines = self.list.selectedItems()
        if not lines:
            return {}
        from rmentor.models.outreach import mails

        drafted = [
            (kind, entry.data(TARGET_ROLE))
            for entry in lines
            if (kind := attention.DRAFTED_FOR.get(entry.data(KIND_ROLE)))
        ]
        pids = attention.pairings_of([target for _kind, target in drafted])
        for (kind, _target), pid in zip(drafted, pids, strict=True):
            if pid is not None:
                asked.setdefault(kind, {})[pid] = None
        fitting = {kind: mails.fitting(kind, list(ids)) for kind, ids in asked.items()}
        return {kind: ids for kind, ids in fitting.items() if ids}

    def _evaluations_asked(self) -> list:
        """The selected evaluation lines, each as the request it asks for."""
        from rmentor.models.outreach import mails

        needs = []
        for entry in self.list.selectedItems():
            if entry.data(KIND_ROLE) == "evaluation_due":
                _target, pid = entry.data(TARGET_ROLE)
                moment = entry.data(MOMENT_ROLE)
                sides = mails.missing_sides(pid, moment)
                if sides:
                    needs.append(mails.Need(pid, (), moment, sides))
        return needs

    def update_actions(self) -> None:
        self.draft_button.setEnabled(not self.read_only and bool(self._drafts_asked()))

    def write_drafts(self) -> None:
        from rmentor.ui.window import mail_actions

        asked = self._drafts_asked()
        folder = mail_actions.ask_folder(self) if asked else None
        if folder is None:
            return
        wrote, stopped = [], False
        for kind, ids in asked.items():  # one folder for a reminder and a request alike
            if kind == "evaluation":  # about the evaluation the line is about
                chosen = set(ids)
                needs = [n for n in self._evaluations_asked() if n.pairing_id in chosen]
                drafted = mail_actions.write_drafts(
                    self, self.programme, kind, folder=folder, needs=needs, tell=False
                )
            else:
                pairings = list(Pairing.select().where(Pairing.id.in_(ids)))
                drafted = mail_actions.write_drafts(
                    self, self.programme, kind, pairings, folder, tell=False
                )
            wrote += drafted.paths
            if drafted.stopped:  # Stop stops them all, not this kind's only
                stopped = True
                break
        if wrote or stopped:
            mail_actions.tell_written(wrote, stopped, folder)

            # the lines stay selected, once shown again (a large list: after its thread)
            self.reselect = {_line(entry) for entry in self.list.selectedItems()}
            self.reload()
            self.changed.emit()

    def _menu(self, pos) -> None:
        entry = self.list.itemAt(pos)
        if entry is None:
            return
        menu = QMenu(self)
        menu.addAction(self.tr("Open"), lambda: self._activated(entry))
        draft = menu.addAction(self.draft_button.text(), self.write_drafts)
        draft.setEnabled(self.draft_button.isEnabled())
        menu.exec(self.list.viewport().mapToGlobal(pos))

    def set_programme(self, programme: Programme | None) -> None:
        self.programme = programme
        self.reload()

    def reload(self) -> None:
        """The attention list; a large programme's is worked out on a thread of its own
        (a second for thousands of people), the window in use meanwhile."""
        self.wanted += 1
        programme = self.programme
        months = int(QSettings().value("privacy/retention_months", DEFAULT_RETENTION_MONTHS))
        if programme is None or not _large(programme):
            self._show(
                _worded(attention.attention_items(programme, retention_months=months))
                if programme
                else []
            )
            return
        reading, self.working = self.wanted, True
        self._clear()
        self.heading.setText(self.tr("Looking for what needs attention…"))
        self.update_actions()

        background.start(
            "attention list",
            lambda: _worded(attention.attention_items(programme, retention_months=months)),
            lambda found: self._found.emit(reading, found),
        )

    def loading(self) -> bool:
        return self.working

    def _worked_out(self, reading: int, found) -> None:
        if reading != self.wanted:
            return  # worked out again since
        self.working = False
        if isinstance(found, Exception):
            self.heading.setText(
                self.tr("What needs attention could not be worked out (%1).").replace(
                    "%1", domain_text(failure_reason(found))
                )
            )
            return
        self._show(found)

    def _show(self, lines: list) -> None:
        self.working = False
        self._clear()
        self._wrap(len(lines) <= WRAPPED_LINES)
        reselect, self.reselect = self.reselect, set()
        again = []  # the lines selected before, selected again in one step once all are in
        for item, text in lines:
            entry = QListWidgetItem(text)
            entry.setToolTip(text)  # the whole line, where a narrow window cuts it
            entry.setData(TARGET_ROLE, (item.target, item.target_id))
            entry.setData(KIND_ROLE, item.kind)
            entry.setData(MOMENT_ROLE, item.moment)
            entry.setData(MISSING_ROLE, item.missing)
            entry.setForeground(QColor(KIND_COLOURS.get(item.kind, "#000000")))
            self.list.addItem(entry)
            if reselect and _line(entry) in reselect:
                again.append(self.list.count() - 1)
        if again:
            # one by one, each told the whole selection so far: 3,000 lines took minutes
            selection, model = QItemSelection(), self.list.model()
            for row in again:
                selection.select(model.index(row, 0), model.index(row, 0))
            flag = QItemSelectionModel.SelectionFlag.ClearAndSelect
            self.list.blockSignals(True)  # update_actions once, below
            self.list.selectionModel().select(selection, flag)
            self.list.blockSignals(False)
            self.list.scrollToItem(self.list.item(again[0]))
        if lines:
            heading = self.tr("%Ln point(s) need attention", "", len(lines))
        elif self.programme is not None and not programme_has_people(self.programme):
            # an empty programme needs its people first, not reassurance
            heading = self.tr(
                "No one takes part yet: import the participants (File > Import "
                "participants, Ctrl+I) or add them in the Participants tab."
            )
        else:
            heading = self.tr("Nothing needs attention right now.")
        self.heading.setText(heading)
        self.hint.setVisible(bool(lines))  # "double-click a line" over none: nothing to do
        self.update_actions()

    def _wrap(self, wrapped: bool) -> None:
        """A line wraps to the list's width (what to do for someone the rules leave
        unpaired runs past a laptop's screen); a list of thousands keeps one line each,
        cut at the edge and whole in its tooltip: measured one by one, 3,000 wrapped lines
        would be laid out again at every resize."""
        self.list.setWordWrap(wrapped)
        self.list.setUniformItemSizes(not wrapped)
        self.list.setHorizontalScrollBarPolicy(
            Qt.ScrollBarPolicy.ScrollBarAlwaysOff
            if wrapped
            else Qt.ScrollBarPolicy.ScrollBarAsNeeded
        )

    def _clear(self) -> None:
        """The lines gone without each going being told: with thousands selected, each
        told made update_actions look at every selected line again (minutes)."""
        self.list.blockSignals(True)
        self.list.clear()
        self.list.blockSignals(False)

    def _activated(self, entry: QListWidgetItem) -> None:
        target, target_id = entry.data(TARGET_ROLE)
        if entry.data(KIND_ROLE) == "evaluation_due":  # where it is entered, not the pairing
            self.open_evaluation.emit(
                target_id, entry.data(MOMENT_ROLE), entry.data(MISSING_ROLE)[0]
            )
        else:
            self.open_item.emit(target, target_id)
