"""E-mail drafts (.eml) with their attachments, evaluation forms and the meeting calendar,
written into a folder for the coordinator's mail and calendar programs.

Writing a draft is recorded on the pairing (kind and day): the app cannot know when
the coordinator presses Send, and a draft written is what they asked for. The PDFs and
the words come from the caller's Documents (rmentor.reports.pair_files), which render
to bytes; where the bytes go is decided here.
"""

import datetime as dt
from collections import Counter
from dataclasses import dataclass
from dataclasses import field
from email.policy import SMTP
from pathlib import Path
from typing import Protocol

from rmentor.models.errors import DomainError
from rmentor.models.outreach import mail_texts as texts
from rmentor.models.outreach import mails
from rmentor.models.outreach.meeting_calendar import meeting_calendar
from rmentor.models.programme.entities import Pairing
from rmentor.models.programme.entities import Programme
from rmentor.models.storage import datafile
from rmentor.models.storage.files import folder_ready
from rmentor.models.storage.files import safe_name
from rmentor.models.storage.files import unique
from rmentor.models.storage.files import write_bytes
from rmentor.models.text.i18n import QT_TRANSLATE_NOOP
from rmentor.models.text.vocabulary import MAIL_KINDS


class Documents(Protocol):
    """What the drafts need drawn: a document's words in a language, and its PDFs."""

    def face(self, language: str):
        """The translator that words a document in `language`."""

    def attachments(self, pairing: Pairing, kind: str, need, language: str, settings) -> list:
        """(file name, MIME type, bytes) of each file attached to this kind of e-mail;
        a DomainError that says whom it is about when one cannot be made."""

    def form(self, pairing: Pairing, side: str, moment: str, language: str, settings):
        """(name, PDF bytes) of one side's evaluation form; DomainError when it cannot be made."""


@dataclass
class Written:
    paths: list[Path] = field(default_factory=list)
    refused: list[DomainError] = field(default_factory=list)  # each says whom and why
    failed: DomainError | None = None  # what stopped the writing (a full disk), if it stopped


def write_drafts(
    programme: Programme,
    kind: str,
    folder: Path,
    documents: Documents,
    pairings: list[Pairing] | None = None,
    language: str | None = None,
    fallback: str = "en",
    today: dt.date | None = None,
    needs: list | None = None,
    progress=None,
) -> Written:
    """One draft per pair (an evaluation request: one to each person asked), for the
    pairs given, the needs given (models.outreach.mails.concerned), or those the kind concerns
    now; each in `language`, or else the pair's own (models.outreach.mails.pair_language).
    `progress(done, total)` is called after each; when it returns False, it stops."""
    today = today or dt.date.today()
    settings = texts.load_settings()
    written, sent, failed = Written(), [], set()
    if pairings is not None:
        needs, written.refused = mails.needs_for(programme, pairings, kind, today)
    elif needs is None:
        needs = mails.concerned(programme, kind, today)
    # an evaluation request to each person alone: neither gets the other's form
    if kind == texts.EVALUATION:
        needs = [n._replace(sides=(side,)) for n in needs for side in n.sides]
    if not needs:
        return written
    folder = folder_ready(folder)
    try:
        for done, need in enumerate(needs, start=1):
            pairing = Pairing.get_by_id(need.pairing_id)
            lang = language or mails.pair_language(pairing, fallback)
            tr = documents.face(lang)
            try:
                mails.refuse_erased(pairing)  # needs given by the caller, too
                message = mails.compose(
                    pairing,
                    kind,
                    need,
                    tr,
                    settings,
                    documents.attachments(pairing, kind, need, lang, settings),
                )
            except DomainError as error:  # an address or name a mail program cannot take
                written.refused.append(error)
                failed.add(pairing.id)
                continue
            what = tr.label(MAIL_KINDS, kind)
            to = pairing.mentor if need.sides == ("mentor",) else pairing.mentee
            who = (
                to.full_name
                if kind == texts.EVALUATION
                else f"{pairing.mentor.full_name} & {pairing.mentee.full_name}"
            )
            path = unique(folder, safe_name(f"{what[:1].upper()}{what[1:]} - {who}", ".eml"))
            try:
                written.paths.append(write_bytes(path, message.as_bytes(policy=SMTP)))
            except DomainError as error:  # the folder's disk: no draft after it fits either
                written.failed = error
                break
            sent.append(pairing.id)
            if progress is not None and progress(done, len(needs)) is False:
                break
    finally:  # what was written is recorded, even when a full disk stops the rest; a pair
        # whose other draft was refused is not, so it is asked again once that is put right
        # a request goes to each person alone: a pair is asked once both drafts are out
        asked = Counter(n.pairing_id for n in needs)
        done = [p for p, n in Counter(sent).items() if n == asked[p] and p not in failed]
        if done:
            moments = {n.pairing_id: n.moment for n in needs if n.moment}
            mails.record_sent(done, kind, today, moments)
    return written


def write_forms(
    programme: Programme,
    moment: str,
    folder: Path,
    documents: Documents,
    language: str | None = None,
    fallback: str = "en",
    today: dt.date | None = None,
    progress=None,
) -> Written:
    """A form for each participant due for this evaluation who has not answered it;
    `progress(done, total)` as for write_drafts; a full disk stops it (Written.failed)."""
    settings = texts.load_settings()
    needs = mails.evaluations_due(programme, moment, today or dt.date.today())
    if needs:
        folder = folder_ready(folder)
    written = Written()
    for done, need in enumerate(needs, start=1):
        if progress is not None and progress(done - 1, len(needs)) is False:
            break
        pairing = Pairing.get_by_id(need.pairing_id)
        lang = language or mails.pair_language(pairing, fallback)
        for side in need.sides:
            try:
                name, data = documents.form(pairing, side, moment, lang, settings)
            except DomainError:
                continue  # a name too long for a page: the drafts say so, pair by pair
            try:
                written.paths.append(write_bytes(unique(folder, safe_name(name, ".pdf")), data))
            except DomainError as error:  # the folder's disk: the forms before it stay
                written.failed = error
                return written
    return written


def write_calendar(
    programme: Programme,
    path: Path,
    language: str | None,
    documents: Documents,
    pairing: Pairing | None = None,
    today: dt.date | None = None,
    fallback: str = "en",
) -> Path:
    """The calendar file; each pair's series in `language`, or in the pair's own
    language when it is None (the programme's days then in `fallback`)."""
    path = Path(path)
    if not path.parent.is_dir():
        raise DomainError(
            QT_TRANSLATE_NOOP(
                "DomainError", "The folder {folder} does not exist. Nothing was written."
            ),
            folder=str(path.parent),
        )
    datafile.refuse_overwriting(path)
    faces = {}

    def face(code: str):
        if code not in faces:  # a translator loaded once per language, not once per pair
            faces[code] = documents.face(code)
        return faces[code]

    data = meeting_calendar(
        programme,
        face(language or (mails.pair_language(pairing, fallback) if pairing else fallback)),
        texts.load_settings(),
        pairing,
        today,
        face_for=None if language else lambda p: face(mails.pair_language(p, fallback)),
    )
    return write_bytes(path, data)
