"""Files for the coordinator's mail and calendar programs: e-mail drafts (.eml) with
their attachments, evaluation forms and the meeting calendar, written into a folder.

Writing a draft is recorded on the pairing (kind and day): the app cannot know when
the coordinator presses Send, and a draft written is what they asked for.
"""

import datetime as dt
import re
import tempfile
from dataclasses import dataclass, field
from email.policy import SMTP
from pathlib import Path

from ..models import mail_texts as texts
from ..models import outreach
from ..models.entities import Pairing, Programme
from ..models.errors import DomainError
from ..models.i18n import QT_TRANSLATE_NOOP
from ..models.meeting_calendar import meeting_calendar
from ..models.vocabulary import MAIL_KINDS
from ..translator import Translator
from .evaluation_form import form_name, write_form
from .pair_documents import AgreementDocument

UNSAFE = re.compile(r'[<>:"/\\|?*\x00-\x1f]')


@dataclass
class Written:
    paths: list[Path] = field(default_factory=list)
    refused: list[tuple[str, DomainError]] = field(default_factory=list)  # (pair, why)


def safe_name(text: str, suffix: str) -> str:
    """A file name every system takes: no separators or reserved characters, not too long."""
    stem = " ".join(UNSAFE.sub(" ", text).split()).strip(". ")[:120] or "rmentor"
    return stem + suffix


def unique(folder: Path, name: str) -> Path:
    path = folder / name
    stem, suffix = path.stem, path.suffix
    n = 2
    while path.exists():
        path = folder / f"{stem} ({n}){suffix}"
        n += 1
    return path


def cannot_write(path: Path, exc: OSError) -> DomainError:
    return DomainError(
        QT_TRANSLATE_NOOP("DomainError", "{path} cannot be written: {reason}."),
        path=str(path),
        reason=exc.strerror or type(exc).__name__,
    )


def write_bytes(path: Path, data: bytes) -> Path:
    tmp = path.with_name(path.name + ".part")
    try:
        tmp.write_bytes(data)
        tmp.replace(path)
    except OSError as exc:
        tmp.unlink(missing_ok=True)
        raise cannot_write(path, exc) from None
    return path


def folder_ready(folder: Path) -> Path:
    folder = Path(folder)
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise cannot_write(folder, exc) from None
    return folder


def _pdf_bytes(document) -> bytes:
    with tempfile.TemporaryDirectory() as tmp:
        path = document.write(Path(tmp) / "document.pdf")
        return path.read_bytes()


def _form_bytes(pairing, side, moment, language, settings) -> bytes:
    with tempfile.TemporaryDirectory() as tmp:
        path = write_form(Path(tmp) / "form.pdf", pairing, side, moment, language, settings)
        return path.read_bytes()


def pair_name(pairing: Pairing) -> str:
    return f"{pairing.mentor.full_name} – {pairing.mentee.full_name}"


def attachments(pairing: Pairing, kind: str, need, language: str, settings) -> list:
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
                _form_bytes(pairing, side, need.moment, language, settings),
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
) -> Written:
    """One draft per pair: the pairs given, or those the kind concerns now. Each in
    `language`, or else the pair's own (models.outreach.pair_language)."""
    today = today or dt.date.today()
    settings = texts.load_settings()
    folder = folder_ready(folder)
    written, sent = Written(), []
    if pairings is None:
        needs = outreach.concerned(programme, kind, today)
    else:
        needs = []
        for pairing in pairings:
            try:
                needs.append(outreach.need_for(pairing, kind, today))
            except DomainError as error:  # this kind does not fit this pair
                written.refused.append((pair_name(pairing), error))
    for need in needs:
        pairing = Pairing.get_by_id(need.pairing_id)
        pair = pair_name(pairing)
        lang = language or outreach.pair_language(pairing, fallback)
        tr = Translator(lang)
        try:
            message = outreach.compose(
                pairing, kind, need, tr, settings, attachments(pairing, kind, need, lang, settings)
            )
        except DomainError as error:  # an address a mail program cannot use
            written.refused.append((pair, error))
            continue
        what = tr.label(MAIL_KINDS, kind)
        title = f"{what[:1].upper()}{what[1:]} - {pair.replace(' – ', ' & ')}"
        path = unique(folder, safe_name(title, ".eml"))
        written.paths.append(write_bytes(path, message.as_bytes(policy=SMTP)))
        sent.append(pairing.id)
    if sent:
        outreach.record_sent(sent, kind, today)
    return written


def write_forms(
    programme: Programme,
    moment: str,
    folder: Path,
    language: str | None = None,
    fallback: str = "en",
    today: dt.date | None = None,
) -> list[Path]:
    """A form for each participant due for this evaluation who has not answered it."""
    settings = texts.load_settings()
    folder = folder_ready(folder)
    paths = []
    for need in outreach.evaluations_due(programme, moment, today or dt.date.today()):
        pairing = Pairing.get_by_id(need.pairing_id)
        lang = language or outreach.pair_language(pairing, fallback)
        tr = Translator(lang)
        for side in need.sides:
            path = unique(folder, safe_name(form_name(pairing, side, moment, tr), ".pdf"))
            try:
                paths.append(write_form(path, pairing, side, moment, lang, settings))
            except OSError as exc:
                raise cannot_write(path, exc) from None
    return paths


def write_calendar(
    programme: Programme,
    path: Path,
    language: str,
    pairing: Pairing | None = None,
    today: dt.date | None = None,
) -> Path:
    data = meeting_calendar(programme, Translator(language), texts.load_settings(), pairing, today)
    return write_bytes(Path(path), data)
