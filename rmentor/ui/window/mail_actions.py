"""Acting on the attention list from the laptop: e-mail drafts, the meetings calendar,
evaluation forms out and filled forms back in. Shared by the menus, the pairings tab
and the overview; each writes into a folder the coordinator picks and says so in the
status line, with a button to open that folder."""

import datetime as dt
from pathlib import Path
from typing import NamedTuple

from PySide6.QtCore import QCoreApplication
from PySide6.QtCore import QObject
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from PySide6.QtWidgets import QFileDialog
from PySide6.QtWidgets import QInputDialog
from PySide6.QtWidgets import QMessageBox
from PySide6.QtWidgets import QWidget

from rmentor.models.errors import DomainError
from rmentor.models.outreach import mails
from rmentor.models.outreach import returned_forms
from rmentor.models.programme.entities import Pairing
from rmentor.models.programme.entities import Programme
from rmentor.models.text.vocabulary import EVALUATION_MOMENTS
from rmentor.ui.common import notices
from rmentor.ui.common.background import FAILED
from rmentor.ui.common.background import done
from rmentor.ui.common.background import progress_steps
from rmentor.ui.common.background import read_beside
from rmentor.ui.common.background import run_stoppable
from rmentor.ui.common.background import tell_failure
from rmentor.ui.common.folders import FORMS
from rmentor.ui.common.folders import remember
from rmentor.ui.common.folders import start_folder
from rmentor.ui.common.labels import domain_text
from rmentor.ui.common.labels import label
from rmentor.ui.common.messages import show_problem
from rmentor.ui.window import history
from rmentor.ui.window import translations


def ask_folder(parent: QWidget) -> Path | None:
    return _folder(
        parent, QCoreApplication.translate("MailActions", "Folder for the e-mail drafts")
    )


def _folder(parent: QWidget, title: str) -> Path | None:
    chosen = QFileDialog.getExistingDirectory(parent, title, str(start_folder()))
    if not chosen:
        return None
    remember(Path(chosen) / "x")  # the next dialog starts in the folder itself
    return Path(chosen)


class MailActions(QObject):
    """The counted messages: lupdate marks a message plural only in self.tr, not in
    QCoreApplication.translate with a count that is not a literal number."""

    def drafts_written(self, n: int) -> str:
        return self.tr("%Ln e-mail draft(s) written to %1", "", n)

    def forms_written(self, n: int) -> str:
        return self.tr("%Ln evaluation form(s) written to %1", "", n)

    def drafts_stopped(self, n: int) -> str:
        if not n:
            return self.tr("Stopped: no e-mail draft written to %1")
        return self.tr("Stopped: %Ln e-mail draft(s) written to %1, the others not", "", n)

    def drafts_failed(self, n: int) -> str:
        if not n:
            return self.tr("No e-mail draft could be written to %1:")
        return self.tr(
            "%Ln e-mail draft(s) written to %1; then writing stopped, and the others were "
            "not written:",
            "",
            n,
        )

    def forms_failed(self, n: int) -> str:
        if not n:
            return self.tr("No evaluation form could be written to %1:")
        return self.tr(
            "%Ln evaluation form(s) written to %1; then writing stopped, and the others were "
            "not written:",
            "",
            n,
        )

    def forms_stopped(self, n: int) -> str:
        if not n:
            return self.tr("Stopped: no evaluation form written to %1")
        return self.tr("Stopped: %Ln evaluation form(s) written to %1, the others not", "", n)

    def forms_read(self, n: int) -> str:
        return self.tr("%Ln evaluation form(s) read", "", n)

    def stored(self, n: int) -> str:
        return self.tr("Stored %Ln evaluation(s).", "", n)

    def more(self, n: int) -> str:
        return self.tr("… and %Ln more", "", n)

    def refused(self, n: int) -> str:
        return self.tr("%Ln form(s) refused; nothing from them was stored:", "", n)


class Drafted(NamedTuple):
    paths: list[Path]  # the drafts written
    stopped: bool = False  # Stop was pressed before all were


COUNTS = MailActions()
SHOWN_REFUSALS = 12  # a message box, not a report: the rest is counted


class _Busy:
    def __enter__(self):
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)

    def __exit__(self, *exc):
        QApplication.restoreOverrideCursor()


def write_drafts(
    parent: QWidget,
    programme: Programme,
    kind: str,
    pairings: list[Pairing] | None = None,
    folder: Path | None = None,
    needs: list | None = None,
    tell: bool = True,
) -> Drafted:
    """Drafts for the pairs (or needs) given, or for every pair the kind concerns, into
    the folder given or one asked for; the files written, and whether Stop ended it.
    With tell, the status line says so (a caller writing several kinds says it once)."""

    refused: list[DomainError] = []  # pairs picked that this kind does not fit, each said
    if not _signed(parent):
        return Drafted([])
    if needs is None:  # a large programme: seconds of reading, beside the window
        read, found = read_beside(
            parent,
            QCoreApplication.translate("MailActions", "Finding who needs this e-mail…"),
            QCoreApplication.translate("MailActions", "Not written"),
            QCoreApplication.translate(
                "MailActions", "Who needs this e-mail could not be found (%1)."
            ),
            lambda: (
                (mails.concerned(programme, kind), [])
                if pairings is None
                else mails.needs_for(programme, pairings, kind)
            ),
        )
        if not read:
            return Drafted([])
        needs, refused = found
    if not needs and not refused:
        QMessageBox.information(
            parent,
            QCoreApplication.translate("MailActions", "No e-mails to write"),
            QCoreApplication.translate(
                "MailActions",
                "No pair needs this e-mail now, or it was written to them already. To write "
                "one again, select the pairs in the Pairings tab and use E-mail there.",
            ),
        )
        return Drafted([])
    wrote = (
        _write_needs(parent, programme, kind, needs, folder, refused)
        if needs
        else _Wrote([], False)
    )
    paths, stopped = wrote.paths, wrote.stopped
    if (paths or wrote.failed) and tell:  # said before the reason, not after it
        tell_written(paths, stopped, wrote.folder)
    if wrote.failed:
        show_problem(
            parent,
            QCoreApplication.translate("MailActions", "Not all drafts written"),
            wrote.failed,
        )
    if refused:
        lines = [f"• {domain_text(error)}" for error in refused]  # each names them
        shown = "\n".join(lines[:SHOWN_REFUSALS])
        if len(lines) > SHOWN_REFUSALS:
            shown += "\n" + COUNTS.more(len(lines) - SHOWN_REFUSALS)
        QMessageBox.warning(
            parent, QCoreApplication.translate("MailActions", "Some drafts were not written"), shown
        )
    return Drafted(paths, stopped)


def _signed(parent: QWidget) -> bool:
    """Drafts have a sender and a signature: without the coordinator's name or address,
    whether to write them all the same is asked first."""
    from rmentor.models.outreach.mail_texts import load_settings

    mail = load_settings()
    if mail.name.strip() and mail.email.strip():
        return True
    answer = QMessageBox.question(
        parent,
        QCoreApplication.translate("MailActions", "Your name or address is missing"),
        QCoreApplication.translate(
            "MailActions",
            "Your name or e-mail address is not filled in (Edit > Settings, E-mail): the "
            "drafts would have no sender and be signed by the programme's coordinator, and "
            "a pair would not know where to reply. Write them all the same?",
        ),
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
        QMessageBox.StandardButton.No,
    )
    return answer == QMessageBox.StandardButton.Yes


class _Wrote(NamedTuple):
    paths: list[Path]
    stopped: bool  # by Stop, or by a full disk
    folder: Path | None = None
    failed: str | None = None  # how many were written, and why the rest were not


def _write_needs(parent, programme, kind, needs, folder, refused) -> _Wrote:
    """The drafts for these needs, in the folder given or one asked for, one step to
    undo; what could not be written joins refused."""
    from rmentor.models.outreach.drafts import write_drafts as write

    folder = folder or ask_folder(parent)
    documents = _ready_pair_files(parent) if folder is not None else None
    if documents is None:
        return _Wrote([], False)
    progress, step = progress_steps(
        parent, QCoreApplication.translate("MailActions", "Writing the e-mail drafts…")
    )
    try:
        with history.step(QCoreApplication.translate("MailActions", "E-mail drafts written")):
            written = write(
                programme,
                kind,
                folder,
                documents,
                needs=needs,
                fallback=translations.current_language(),
                progress=step,
            )
    except DomainError as error:
        show_problem(parent, QCoreApplication.translate("MailActions", "Not written"), error)
        return _Wrote([], False)
    finally:
        stopped = progress.wasCanceled()
        done(progress)
    refused += written.refused
    if written.failed is None:
        return _Wrote(written.paths, stopped, folder)
    said = _written_then(COUNTS.drafts_failed(len(written.paths)), folder, written.failed)
    return _Wrote(written.paths, True, folder, said)


def _written_then(said: str, folder: Path, error: DomainError) -> str:
    """How many were written where, then why the rest were not."""
    return f"{said.replace('%1', folder.name)}\n{domain_text(error)}"


def tell_written(paths: list[Path], stopped: bool = False, folder: Path | None = None) -> None:
    said = COUNTS.drafts_stopped if stopped else COUNTS.drafts_written
    folder = paths[0].parent if paths else folder
    notices.tell(said(len(paths)).replace("%1", folder.name), paths[0] if paths else None)


def _pair_files():
    """The drafts' attachments and forms: ReportLab and its fonts load with them, 0.1-0.3 s
    the first time, so on a step's thread, not the window's."""
    from rmentor.reports.document import register_fonts
    from rmentor.reports.pair_files import PairFiles

    register_fonts()
    return PairFiles()


def _ready_pair_files(parent: QWidget):
    """_pair_files loaded beside the window (the drafts are then written on its thread,
    one at a time, each recorded); None, said in words, where they cannot be."""
    _read, files = read_beside(
        parent,
        QCoreApplication.translate("MailActions", "Preparing the drafts…"),
        QCoreApplication.translate("MailActions", "Not written"),
        QCoreApplication.translate("MailActions", "The drafts could not be prepared (%1)."),
        _pair_files,
    )
    return files


def write_calendar(parent: QWidget, programme: Programme) -> None:
    from rmentor.models.outreach.drafts import write_calendar as write

    name, _ = QFileDialog.getSaveFileName(
        parent,
        QCoreApplication.translate("MailActions", "Save the meetings calendar as"),
        str(start_folder() / f"{programme.name}.ics"),
        QCoreApplication.translate("MailActions", "Calendar (*.ics)"),
    )
    if not name:
        return
    remember(name)
    path = Path(name) if name.lower().endswith(".ics") else Path(name + ".ics")
    fallback = translations.current_language()
    outcome, result = run_stoppable(  # seconds for thousands of pairs; written whole or not
        parent,
        QCoreApplication.translate("MailActions", "Writing the meetings calendar…"),
        # each pair's series in its own language, the programme's days in the app's
        lambda _going_on: write(programme, path, None, _pair_files(), fallback=fallback),
    )
    if outcome == FAILED:
        tell_failure(
            parent,
            QCoreApplication.translate("MailActions", "Not written"),
            QCoreApplication.translate(
                "MailActions", "The calendar could not be written (%1). No file was written."
            ),
            result,
        )
        return
    notices.tell(
        QCoreApplication.translate("MailActions", "Meetings calendar saved as %1").replace(
            "%1", path.name
        ),
        path,
    )


def write_forms(parent: QWidget, programme: Programme) -> None:
    from rmentor.models.outreach.drafts import write_forms as write

    moments = list(EVALUATION_MOMENTS)
    names = [label(EVALUATION_MOMENTS, m) for m in moments]
    # who is due: the attention list, read beside the window (0.4 s for a large programme)
    read, found = read_beside(
        parent,
        QCoreApplication.translate("MailActions", "Finding who is due for an evaluation…"),
        QCoreApplication.translate("MailActions", "Not written"),
        QCoreApplication.translate(
            "MailActions", "Who is due for an evaluation could not be found (%1)."
        ),
        lambda: mails.evaluations_due(programme, None, dt.date.today()),
    )
    if not read:
        return
    due = {need.moment for need in found}
    first_due = next((i for i, m in enumerate(moments) if m in due), 0)
    chosen, ok = QInputDialog.getItem(
        parent,
        QCoreApplication.translate("MailActions", "Evaluation forms"),
        QCoreApplication.translate("MailActions", "Forms for which evaluation?"),
        names,
        first_due,  # the first one anybody is due for
        False,
    )
    if not ok:
        return
    moment = moments[names.index(chosen)]
    if moment not in due:
        QMessageBox.information(
            parent,
            QCoreApplication.translate("MailActions", "No forms to write"),
            QCoreApplication.translate(
                "MailActions", "No participant is due for this evaluation, or all have answered it."
            ),
        )
        return
    folder = _folder(
        parent, QCoreApplication.translate("MailActions", "Folder for the evaluation forms")
    )
    documents = _ready_pair_files(parent) if folder is not None else None
    if documents is None:
        return
    progress, step = progress_steps(
        parent, QCoreApplication.translate("MailActions", "Writing the evaluation forms…")
    )
    try:
        written = write(
            programme,
            moment,
            folder,
            documents,
            fallback=translations.current_language(),
            progress=step,
        )
    except DomainError as error:
        show_problem(parent, QCoreApplication.translate("MailActions", "Not written"), error)
        return
    finally:
        stopped = progress.wasCanceled()
        done(progress)
    paths = written.paths
    said = COUNTS.forms_stopped if stopped or written.failed else COUNTS.forms_written
    notices.tell(  # said before the reason, not after it
        said(len(paths)).replace("%1", folder.name),
        paths[0] if paths else None,
    )
    if written.failed is not None:
        show_problem(
            parent,
            QCoreApplication.translate("MailActions", "Not all forms written"),
            _written_then(COUNTS.forms_failed(len(paths)), folder, written.failed),
        )


def ask_forms(parent: QWidget) -> list[Path]:
    names, _ = QFileDialog.getOpenFileNames(
        parent,
        QCoreApplication.translate("MailActions", "Read filled evaluation forms"),
        str(start_folder(FORMS)),
        QCoreApplication.translate("MailActions", "PDF forms (*.pdf)"),
    )
    if names:
        remember(names[0], FORMS)
    return [Path(n) for n in names]


def read_forms(parent: QWidget, paths: list[Path]) -> bool:
    """Store the forms that pass as one step; say which were refused and why."""
    if not paths:
        return False
    # read and checked beside the window (200 forms: 4 s), then stored on its thread
    read, found = read_beside(
        parent,
        QCoreApplication.translate("MailActions", "Reading the filled forms…"),
        QCoreApplication.translate("MailActions", "Not read"),
        QCoreApplication.translate("MailActions", "The forms could not be read (%1)."),
        lambda: returned_forms.check_forms(paths),
    )
    if not read:
        return False
    good, refused = found
    if good:
        with _Busy(), history.step(COUNTS.forms_read(len(good))):
            returned_forms.store_forms(good)
    stored = COUNTS.stored(len(good))
    if refused:
        reasons = "\n".join(f"• {domain_text(error)}" for _path, error in refused[:SHOWN_REFUSALS])
        if len(refused) > SHOWN_REFUSALS:
            reasons += "\n" + COUNTS.more(len(refused) - SHOWN_REFUSALS)
        QMessageBox.warning(
            parent,
            QCoreApplication.translate("MailActions", "Some forms refused")
            if good
            else QCoreApplication.translate("MailActions", "Forms refused"),
            (stored + " " if good else "") + COUNTS.refused(len(refused)) + "\n\n" + reasons,
        )
    else:
        notices.tell(stored)
    return bool(good)
