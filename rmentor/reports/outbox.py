"""Files for the coordinator's mail and calendar programs: e-mail drafts (.eml) with
their attachments, evaluation forms and the meeting calendar, written into a folder.

Writing a draft is recorded on the pairing (kind and day): the app cannot know when
the coordinator presses Send, and a draft written is what they asked for.
"""

import datetime as dt
import os
import re
import tempfile
import unicodedata
from dataclasses import dataclass, field
from email.policy import SMTP
from pathlib import Path

from reportlab.platypus.doctemplate import LayoutError

from rmentor.models.errors import DomainError
from rmentor.models.outreach import mail_texts as texts
from rmentor.models.outreach import mails
from rmentor.models.outreach.meeting_calendar import meeting_calendar
from rmentor.models.programme.entities import Pairing, Programme
from rmentor.models.storage import datafile
from rmentor.models.text.i18n import QT_TRANSLATE_NOOP
from rmentor.models.text.vocabulary import MAIL_KINDS
from rmentor.reports.evaluation_form import EvaluationForm, form_name, write_form
from rmentor.reports.pair_documents import AgreementDocument
from rmentor.translator import Translator

UNSAFE = re.compile(r'[<>:"/\\|?*\x00-\x1f]')
NAME_BYTES = 180  # of the 255 a file name may have, room left for " (2).eml"


@dataclass
class Written:
    paths: list[Path] = field(default_factory=list)
    refused: list[DomainError] = field(default_factory=list)  # each says whom and why


def safe_name(text: str, suffix: str) -> str:
    """A file name every system takes: no separators, reserved or invisible characters
    (a right-to-left mark would turn the name around), at most NAME_BYTES in UTF-8."""
    text = "".join(c for c in text if unicodedata.category(c) != "Cf")
    stem = " ".join(UNSAFE.sub(" ", text).split()).strip(". ")
    stem = stem.encode()[:NAME_BYTES].decode(errors="ignore").rstrip(". ") or "rmentor"
    return stem + suffix


def unique(folder: Path, name: str) -> Path:
    path = folder / name
    stem, suffix = path.stem, path.suffix
    n = 2
    try:
        while path.exists():
            path = folder / f"{stem} ({n}){suffix}"
            n += 1
    except OSError as exc:
        raise cannot_write(path, exc) from None
    return path


def cannot_write(path: Path, exc: OSError) -> DomainError:
    return DomainError(
        QT_TRANSLATE_NOOP("DomainError", "{path} cannot be written: {reason}."),
        path=str(path),
        reason=exc.strerror or type(exc).__name__,
    )


def write_bytes(path: Path, data: bytes) -> Path:
    """Whole or not at all, through a temporary file of a new name (never one that is
    there already, which could be a link leading elsewhere: into the data file)."""
    tmp = None
    try:
        handle, name = tempfile.mkstemp(prefix=path.name, suffix=".part", dir=path.parent)
        tmp = Path(name)
        with os.fdopen(handle, "wb") as f:
            f.write(data)
        tmp.replace(path)
    except OSError as exc:
        if tmp is not None:
            tmp.unlink(missing_ok=True)
        raise cannot_write(path, exc) from None
    return path


def folder_ready(folder: Path) -> Path:
    folder = Path(folder)
    datafile.refuse_overwriting(folder)  # a folder named as its journal or lock would block it
    if folder.exists() and not folder.is_dir():
        raise DomainError(
            QT_TRANSLATE_NOOP(
                "DomainError", "{path} is a file, not a folder. Nothing was written."
            ),
            path=str(folder),
        )
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise cannot_write(folder, exc) from None
    return folder


def _pdf_bytes(document) -> bytes:
    with tempfile.TemporaryDirectory() as tmp:
        path = document.write(Path(tmp) / "document.pdf")
        return path.read_bytes()


def attachments(pairing: Pairing, kind: str, need, language: str, settings) -> list:
    try:
        return _attachments(pairing, kind, need, language, settings)
    except LayoutError:  # a name of thousands of characters does not fit on a page
        raise DomainError(
            QT_TRANSLATE_NOOP(
                "DomainError",
                "{mentor} and {mentee}: a name is too long to fit on the attached PDF.",
            ),
            mentor=pairing.mentor.full_name[:60],
            mentee=pairing.mentee.full_name[:60],
        ) from None


def _attachments(pairing: Pairing, kind: str, need, language: str, settings) -> list:
    tr = Translator(language)
    names = {"mentor": pairing.mentor.full_name, "mentee": pairing.mentee.full_name}
    if kind == texts.INVITATION:
        agreement = tr.translate("Report", "Agreement {mentor} - {mentee}").format(**names)
        return [
            (
                safe_name(agreement, ".pdf"),
                "application/pdf",
                _pdf_bytes(AgreementDocument(pairing, language)),
            ),
            (
                safe_name(tr.translate("Report", "Meetings"), ".ics"),
                "text/calendar",
                meeting_calendar(pairing.programme, tr, settings, pairing),
            ),
        ]
    if kind == texts.EVALUATION:
        return [
            (
                safe_name(form_name(pairing, side, need.moment, tr), ".pdf"),
                "application/pdf",
                _pdf_bytes(EvaluationForm(pairing, side, need.moment, language, settings)),
            )
            for side in need.sides
        ]
    return []


def write_drafts(
    programme: Programme,
    kind: str,
    folder: Path,
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
        needs = []
        for pairing in pairings:
            try:
                needs.append(mails.need_for(pairing, kind, today))
            except DomainError as error:  # this kind does not fit this pair
                written.refused.append(error)
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
            tr = Translator(lang)
            try:
                mails.refuse_erased(pairing)  # needs given by the caller, too
                message = mails.compose(
                    pairing,
                    kind,
                    need,
                    tr,
                    settings,
                    attachments(pairing, kind, need, lang, settings),
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
            written.paths.append(write_bytes(path, message.as_bytes(policy=SMTP)))
            sent.append(pairing.id)
            if progress is not None and progress(done, len(needs)) is False:
                break
    finally:  # what was written is recorded, even when a full disk stops the rest; a pair
        # whose other draft was refused is not, so it is asked again once that is put right
        done = [pid for pid in dict.fromkeys(sent) if pid not in failed]
        if done:
            moments = {n.pairing_id: n.moment for n in needs if n.moment}
            mails.record_sent(done, kind, today, moments)
    return written


def write_forms(
    programme: Programme,
    moment: str,
    folder: Path,
    language: str | None = None,
    fallback: str = "en",
    today: dt.date | None = None,
    progress=None,
) -> list[Path]:
    """A form for each participant due for this evaluation who has not answered it;
    `progress(done, total)` as for write_drafts."""
    settings = texts.load_settings()
    needs = mails.evaluations_due(programme, moment, today or dt.date.today())
    if needs:
        folder = folder_ready(folder)
    paths = []
    for done, need in enumerate(needs, start=1):
        if progress is not None and progress(done - 1, len(needs)) is False:
            break
        pairing = Pairing.get_by_id(need.pairing_id)
        lang = language or mails.pair_language(pairing, fallback)
        tr = Translator(lang)
        for side in need.sides:
            path = unique(folder, safe_name(form_name(pairing, side, moment, tr), ".pdf"))
            try:
                paths.append(write_form(path, pairing, side, moment, lang, settings))
            except OSError as exc:
                raise cannot_write(path, exc) from None
            except LayoutError:
                continue  # a name too long for a page: the drafts say so, pair by pair
    return paths


def write_calendar(
    programme: Programme,
    path: Path,
    language: str | None,
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

    def face(code: str) -> Translator:
        return faces.setdefault(code, Translator(code))

    data = meeting_calendar(
        programme,
        face(language or (mails.pair_language(pairing, fallback) if pairing else fallback)),
        texts.load_settings(),
        pairing,
        today,
        face_for=None if language else lambda p: face(mails.pair_language(p, fallback)),
    )
    return write_bytes(path, data)
