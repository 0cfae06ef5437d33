"""The pairings tab: the table, the lifecycle actions, and what explains each pairing."""

from PySide6.QtCore import Qt
from PySide6.QtCore import Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QHBoxLayout
from PySide6.QtWidgets import QMenu
from PySide6.QtWidgets import QSplitter
from PySide6.QtWidgets import QVBoxLayout

from rmentor.models.errors import DomainError
from rmentor.models.outreach import mail_texts
from rmentor.models.programme import pairings
from rmentor.models.programme.entities import Pairing
from rmentor.models.programme.entities import Participant
from rmentor.models.programme.points import Point
from rmentor.models.text.vocabulary import PAIRING_STATUSES
from rmentor.ui.common import notices

# Dialogs are imported where they open, so start-up does not load them (nor SciPy).
from rmentor.ui.common.labels import domain_text
from rmentor.ui.common.labels import label
from rmentor.ui.common.messages import show_problem
from rmentor.ui.tables.pairing_table_model import COL_MENTEE
from rmentor.ui.tables.pairing_table_model import COL_OVERDUE
from rmentor.ui.tables.pairing_table_model import PairingTableModel
from rmentor.ui.tables.table_view import fit_columns
from rmentor.ui.tables.table_view import row_menu
from rmentor.ui.tables.table_view import select_rows
from rmentor.ui.tabs.pairing_details import PairingDetails
from rmentor.ui.tabs.table_tab import TableTab
from rmentor.ui.widgets.rows import button
from rmentor.ui.widgets.rows import choice_filter
from rmentor.ui.widgets.rows import row_of
from rmentor.ui.widgets.rows import search_box
from rmentor.ui.window import history
from rmentor.ui.window import translations
from rmentor.ui.window.record_windows import open_once


class PairingsTab(TableTab):
    open_journal = Signal(int)  # a pairing id

    def __init__(self, parent=None):
        # many: status changes in bulk
        super().__init__(PairingTableModel(), many=True, parent=parent)
        self.model.setParent(self)

        self.search = search_box(
            self.tr("Search mentors, mentees, departments…"), self.apply_filter
        )
        self.status_filter = choice_filter(
            self.tr("All statuses"), [(label(PAIRING_STATUSES, k), k) for k in PAIRING_STATUSES]
        )
        self.status_filter.currentIndexChanged.connect(self.apply_filter)
        filters = QHBoxLayout()
        filters.addWidget(self.search, 3)
        filters.addWidget(self.status_filter, 1)

        self.view.sortByColumn(COL_MENTEE, Qt.SortOrder.AscendingOrder)
        # a double-click or Return opens the agreement (activated fires for both)
        self.view.activated.connect(lambda _i: None if self.read_only else self.edit_agreement())

        self.details = PairingDetails()
        # Details under the table: the table needs the width, the details a few lines.
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.view)
        splitter.addWidget(self.details)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([500, 170])

        self.new_button = button(self.tr("New pairing…"), self.new_pairing)
        self.suggest_button = button(self.tr("Suggest pairings…"), self.suggest)
        self.activate_button = button(self.tr("Activate"), lambda: self.change_status("activate"))
        self.pause_button = button(self.tr("Pause"), lambda: self.change_status("pause"))
        self.resume_button = button(self.tr("Resume"), lambda: self.change_status("resume"))
        self.complete_button = button(self.tr("Complete"), self.complete)
        self.end_button = button(self.tr("End early…"), self.end_early)
        self.reopen_button = button(self.tr("Reopen"), lambda: self.change_status("reopen"))
        self.agreement_button = button(self.tr("Agreement…"), self.edit_agreement)
        self.rematch_button = button(self.tr("New partner for the mentee…"), self.rematch)
        self.journal_button = button(self.tr("Journal"), self._open_journal)
        self.documents_button = button(self.tr("Documents"))
        self.agreement_pdf_action = QAction(self.tr("Pairing &agreement (PDF)…"), self)
        self.summary_pdf_action = QAction(self.tr("Pair &summary (PDF)…"), self)
        self.log_action = QAction(self.tr("&Log a meeting…"), self)
        self.log_action.triggered.connect(self.log_meeting)
        self.agreement_pdf_action.triggered.connect(lambda: self.pair_document("agreement"))
        self.summary_pdf_action.triggered.connect(lambda: self.pair_document("summary"))
        documents = QMenu(self)
        documents.addAction(self.agreement_pdf_action)
        documents.addAction(self.summary_pdf_action)
        self.documents_button.setMenu(documents)
        # e-mail drafts to the selected pairs (one or many), in each pair's language
        self.mail_button = button(self.tr("E-mail"))
        mail = QMenu(self)
        self.mail_actions = {}
        for kind, text in (
            ("invitation", self.tr("&Invitation with agreement and calendar…")),
            ("reminder", self.tr("&Reminder…")),
            ("evaluation", self.tr("&Evaluation request, a form each…")),
            ("thanks", self.tr("&Thanks at the close…")),
        ):
            action = mail.addAction(text)
            action.triggered.connect(lambda _c=False, k=kind: self.write_drafts(k))
            # which pairs it is for: read when the item is off for the pairs selected
            action.setToolTip(domain_text(Point(kind, mail_texts.FITS_WHEN[kind])))
            self.mail_actions[kind] = action
        mail.setToolTipsVisible(True)
        self.mail_button.setMenu(mail)
        create_row = row_of(
            self.new_button,
            self.suggest_button,
            None,
            self.agreement_button,
            self.journal_button,
            self.documents_button,
            self.rematch_button,
        )
        status_buttons = [
            self.activate_button,
            self.pause_button,
            self.resume_button,
            self.complete_button,
            self.end_button,
            self.reopen_button,
        ]
        status_row = row_of(*status_buttons, None, self.mail_button)
        row_menu(
            self.view,
            [
                *status_buttons,
                None,
                self.log_action,
                self.agreement_button,
                self.journal_button,
                self.documents_button,
                self.rematch_button,
            ],
        )
        layout = QVBoxLayout(self)
        layout.addLayout(filters)
        layout.addWidget(splitter, 1)
        layout.addLayout(status_row)
        layout.addLayout(create_row)
        self.actions_ready()

    # Loading

    def reload(self) -> None:
        selected, programme = self.current(), self.programme
        count = 0 if programme is None else pairings.pairing_count(programme)
        self.load(
            count,
            self.tr("%Ln pairing(s)", "", count),
            lambda: [] if programme is None else pairings.pairing_rows(programme),
            lambda: self._rows_shown(selected),
        )

    def _rows_shown(self, selected) -> None:
        self.apply_filter()
        # after every load: new rows may be wider; with none, the titles are whole
        fit_columns(self.view, COL_OVERDUE)
        if selected is not None:
            self.select(selected.id)
        self.update_actions()  # the details' hint follows the rows read

    def apply_filter(self) -> None:
        self.model.set_filter(self.search.text(), self.status_filter.currentData())

    def clear_filters(self) -> None:
        self.status_filter.setCurrentIndex(0)
        self.search.clear()

    def update_actions(self) -> None:
        selected = self.selected_rows()
        row = self.current()
        actions = set()
        if not self.read_only:  # nothing that writes; the documents can still be made
            for each in selected:
                actions |= pairings.available_actions(each.status)
            if len(selected) > 1:
                actions &= {*pairings.BULK_ACTIONS, "complete"}
        for name, status_button in (
            ("activate", self.activate_button),
            ("pause", self.pause_button),
            ("resume", self.resume_button),
            ("complete", self.complete_button),
            ("end_early", self.end_button),
            ("reopen", self.reopen_button),
            ("rematch", self.rematch_button),
        ):
            status_button.setEnabled(name in actions)
        self.agreement_button.setEnabled(row is not None and not self.read_only)
        self.journal_button.setEnabled(row is not None)
        self.documents_button.setEnabled(row is not None)
        for kind, action in self.mail_actions.items():
            action.setEnabled(any(mail_texts.fits(kind, r.status, r.held) for r in selected))
        self.mail_button.setEnabled(
            not self.read_only and any(a.isEnabled() for a in self.mail_actions.values())
        )
        self.log_action.setEnabled(row is not None and not self.read_only)
        self.agreement_pdf_action.setEnabled(row is not None)
        self.summary_pdf_action.setEnabled(row is not None)
        self.new_button.setEnabled(self.programme is not None and not self.read_only)
        self.suggest_button.setEnabled(self.programme is not None and not self.read_only)
        if len(selected) > 1:
            self.details.show_many(selected)
        else:
            self.details.show_one(row, self.model.total())

    # Actions

    def _fetch(self, pairing_id: int) -> Pairing | None:
        """The pairing of a row, or None (said, and the list read again) when it was
        deleted outside this window."""
        pairing = Pairing.get_or_none(Pairing.id == pairing_id)
        if pairing is None:
            show_problem(
                self,
                self.tr("Not found"),
                self.tr("This pairing no longer exists; the list is read again."),
            )
            self.reload()
        return pairing

    def _fetch_many(self, ids: list[int]) -> list[Pairing] | None:
        """The pairings of these rows with their two people, in one query (one a row, and
        the people read as each was named, held the window for 200 pairings); None (said,
        the list read again) when one was deleted outside this window."""
        mentor, mentee = Participant.alias(), Participant.alias()
        query = (
            Pairing.select(Pairing, mentor, mentee)
            .join(mentor, on=Pairing.mentor == mentor.id)
            .switch(Pairing)
            .join(mentee, on=Pairing.mentee == mentee.id)
            .where(Pairing.id.in_(ids))
        )
        found = {pairing.id: pairing for pairing in query}
        if len(found) < len(set(ids)):
            return self._fetch(next(i for i in ids if i not in found))  # says so
        return [found[i] for i in ids]

    def _done(self, pairing_id: int | None = None) -> None:
        self.reload()
        if pairing_id is not None:
            self.select(pairing_id)  # once shown, when the rows are read on a thread
        self.changed.emit()

    def change_status(self, action: str) -> None:
        if len(self.selected_rows()) > 1:
            self._change_many(action)
            return
        row = self.current()
        if row is None:
            return
        names = {
            "activate": self.tr("activate the pairing of %1 and %2"),
            "pause": self.tr("pause the pairing of %1 and %2"),
            "resume": self.tr("resume the pairing of %1 and %2"),
            "reopen": self.tr("reopen the pairing of %1 and %2"),
        }
        try:
            with history.step(
                names[action].replace("%1", row.mentor_name).replace("%2", row.mentee_name)
            ):
                pairing = self._fetch(row.id)
                if pairing is None:
                    return
                pairings.set_status(pairing, pairings.PAIRING_ACTIONS[action][1])
        except DomainError as error:
            show_problem(self, self.tr("Status not changed"), error)
            return
        self._done(row.id)

    def _change_many(self, action: str) -> None:
        rows = self.selected_rows()
        found = self._fetch_many([r.id for r in rows])
        if found is None:
            return
        n = sum(1 for p in found if action in pairings.available_actions(p.status))
        names = {  # named after the pairings it changes, not the selection
            "activate": self.tr("activate %Ln pairing(s)", "", n),
            "pause": self.tr("pause %Ln pairing(s)", "", n),
            "resume": self.tr("resume %Ln pairing(s)", "", n),
            "reopen": self.tr("reopen %Ln pairing(s)", "", n),
        }
        try:
            with history.step(names[action]):
                _moved, left = pairings.apply_to_many(found, action)
        except DomainError as error:
            show_problem(self, self.tr("No status changed"), error)
            return
        self._after_many(rows, left)

    def _after_many(self, rows, left: list[Pairing]) -> None:
        """After a step on several pairings: those it left said, the selection kept."""
        if left:
            notices.tell(
                self.tr(
                    "Done for %1; %Ln left as they were: their status does not allow it.",
                    "",
                    len(left),
                ).replace("%1", str(len(rows) - len(left)))
            )
        self.reload()
        self.when_loaded(  # the selection kept
            lambda: select_rows(self.view, self.model.rows_of(r.id for r in rows))
        )
        self.changed.emit()

    def complete(self) -> None:
        """Completing asks for the closing evaluations, or why they are skipped; several
        pairings at once are asked about once, for all of them."""
        if len(self.selected_rows()) > 1:
            self._complete_many()
            return
        from rmentor.ui.dialogs.evaluation_dialog import ClosingDialog

        self._status_form(ClosingDialog)

    def _complete_many(self) -> None:
        from rmentor.ui.dialogs.closing_many_dialog import ClosingManyDialog

        rows = self.selected_rows()
        found = self._fetch_many([r.id for r in rows])
        if found is None:
            return
        able = [p for p in found if "complete" in pairings.available_actions(p.status)]
        self.dialog = ClosingManyDialog(able, self)
        self.dialog.chosen.connect(lambda reason: self._completed(rows, found, reason))
        self.dialog.open()

    def _completed(self, rows, found: list[Pairing], reason: str | None) -> None:
        from rmentor.models.programme.closing import complete_many

        n = sum(1 for p in found if "complete" in pairings.available_actions(p.status))
        try:
            with history.step(self.tr("complete %Ln pairing(s)", "", n)):
                _done, left = complete_many(found, reason)
        except DomainError as error:
            show_problem(self, self.tr("Not completed"), error)
            return
        self._after_many(rows, left)

    def end_early(self) -> None:
        from rmentor.ui.dialogs.status_dialogs import EndEarlyDialog

        self._status_form(EndEarlyDialog)

    def edit_agreement(self) -> None:
        from rmentor.ui.dialogs.status_dialogs import AgreementDialog

        self._status_form(AgreementDialog, key="agreement")

    def _status_form(self, form, key: str | None = None) -> None:
        """A form about the current pairing; a `key`ed one is open once per pairing."""
        row = self.current()
        if row is None or self._fetch(row.id) is None:
            return

        def make():
            dialog = form(Pairing.get_by_id(row.id), self)  # checked just above
            dialog.accepted.connect(lambda: self._done(row.id))
            return dialog

        if key is None:
            self.dialog = make()
            self.dialog.open()
        else:
            self.dialog = open_once(self, (key, row.id), make)

    def new_pairing(self) -> None:
        if self.programme is None:
            return
        from rmentor.ui.dialogs.new_pairing_dialog import NewPairingDialog

        self.dialog = NewPairingDialog(self.programme, self)
        self.dialog.saved.connect(self._done)
        self.dialog.open()

    def suggest(self) -> None:
        if self.programme is None:
            return
        from rmentor.ui.dialogs.suggestion_dialog import SuggestionDialog

        self.dialog = SuggestionDialog(self.programme, self)
        self.dialog.accepted_pairings.connect(lambda ids: self._done(ids[0] if ids else None))
        self.dialog.open()

    def _current_pairing(self) -> Pairing | None:
        """The pairing of the one row selected, as it is in the file now."""
        row = self.current()
        return None if row is None else self._fetch(row.id)

    def log_meeting(self) -> None:
        """A meeting of the pairing, logged from here as from its journal."""
        pairing = self._current_pairing()
        if pairing is None:
            return
        from rmentor.ui.dialogs.meeting_dialog import MeetingDialog

        self.dialog = MeetingDialog(pairing, None, self)
        self.dialog.saved.connect(lambda _meeting_id=None: self._done(pairing.id))
        self.dialog.open()

    def rematch(self) -> None:
        pairing = self._current_pairing()
        if pairing is None:
            return
        from rmentor.ui.dialogs.rematch_dialog import RematchDialog

        self.dialog = RematchDialog(self.programme, pairing.mentee, self)
        self.dialog.saved.connect(self._done)
        self.dialog.open()

    def pair_document(self, kind: str) -> None:
        """The agreement to sign, or the summary of what the pair did: previewed, then
        printed or saved as a PDF."""
        from rmentor.reports.pair_documents import AgreementDocument
        from rmentor.reports.pair_documents import PairSummaryDocument
        from rmentor.ui.preview.preview_window import PreviewWindow

        row = self.current()
        pairing = self._current_pairing()
        if pairing is None:
            return
        language = translations.current_language()
        if kind == "agreement":
            document = AgreementDocument(pairing, language)
            title = self.tr("Agreement %1 - %2")
        else:
            document = PairSummaryDocument(pairing, language)
            title = self.tr("Summary %1 - %2")
        title = title.replace("%1", row.mentor_name).replace("%2", row.mentee_name)
        self.dialog = PreviewWindow(
            title,
            title + ".pdf",
            document.render,
            self,
            save=document.write,
            guide_section="journal",
        )
        if self.dialog.refresh():
            self.dialog.open()

    def write_drafts(self, kind: str) -> None:
        from rmentor.ui.window import mail_actions

        ids = [r.id for r in self.selected_rows()]
        found = {p.id: p for p in Pairing.select().where(Pairing.id.in_(ids))}  # one query
        if len(found) < len(ids):  # one was deleted outside this window: said, read again
            self._fetch(next(i for i in ids if i not in found))
            return
        chosen = [found[i] for i in ids]
        if chosen and mail_actions.write_drafts(self, self.programme, kind, chosen).paths:
            self._done()
            self.when_loaded(  # still selected, once shown: the next e-mail is often to them
                lambda: select_rows(self.view, self.model.rows_of(ids))
            )

    def _open_journal(self) -> None:
        row = self.current()
        if row is not None:
            self.open_journal.emit(row.id)
