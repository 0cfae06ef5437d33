"""Filled evaluation forms read back: each checked, then stored as an evaluation.

A form (reports.evaluation_form) carries a hidden field saying which programme,
pairing, side and moment it is for, signed with a secret that stays in the data file:
a participant who edits the field (to answer for their partner, or for another pair)
makes a form that is refused. A form is refused whole, with one plain sentence, when
it is not ours, belongs to another file, was changed, its pairing or person is gone,
its evaluation is already in the file, or an answer is missing; the forms that pass
are stored together.
"""

import datetime as dt
import hashlib
import hmac
from pathlib import Path
from typing import NamedTuple

from rmentor.models.errors import DomainError
from rmentor.models.programme.entities import Evaluation
from rmentor.models.programme.entities import Pairing
from rmentor.models.programme.entities import Programme
from rmentor.models.programme.journal import save_evaluation
from rmentor.models.programme.privacy import is_erased
from rmentor.models.programme.programmes import questions_asked
from rmentor.models.storage.database import db
from rmentor.models.text.i18n import QT_TRANSLATE_NOOP
from rmentor.models.text.vocabulary import EVALUATION_QUESTIONS
from rmentor.models.text.vocabulary import MENTEE
from rmentor.models.text.vocabulary import MENTOR
from rmentor.models.text.vocabulary import PROPOSED
from rmentor.models.text.wording import Term

ID_FIELD, COMMENT_FIELD = "rmentor_form", "comment"
ID_PREFIX = "rmentor-form 1"
MAX_COMMENT = 2000


def _signature(programme: Programme, fields: str, pairing: Pairing | None) -> str:
    """Over the form's fields and when its pairing was made: a pairing deleted and made
    anew (its number used again) does not take the old pairing's forms."""
    made = str(pairing.created) if pairing is not None else ""
    message = f"{fields} {made}".encode()
    return hmac.new(programme.form_secret.encode(), message, hashlib.sha256).hexdigest()[:24]


def form_id(pairing: Pairing, side: str, moment: str) -> str:
    person = pairing.mentor_id if side == MENTOR else pairing.mentee_id
    fields = f"{pairing.programme.form_key} {pairing.id} {side} {person} {moment}"
    return f"{ID_PREFIX} {fields} {_signature(pairing.programme, fields, pairing)}"


class FormAnswers(NamedTuple):
    path: Path
    pairing_id: int
    side: str
    moment: str
    ratings: dict
    comment: str


def _refuse(message: str, path: Path, **params) -> DomainError:
    return DomainError(message, name=path.name, **params)


def _fields(path: Path) -> dict:
    """The form's fields by name, each a dict of PDF keys; refused if not a readable PDF."""
    import logging

    from pypdf import PdfReader

    if path.is_dir():
        raise _refuse(
            QT_TRANSLATE_NOOP(
                "DomainError",
                "{name} is a folder: give the filled forms in it, such as {name}/*.pdf.",
            ),
            path,
        )
    if not path.is_file():
        raise _refuse(QT_TRANSLATE_NOOP("DomainError", "{name} is not there (any more)."), path)

    logging.getLogger("pypdf").setLevel(logging.ERROR)  # our refusal says it; not stderr

    try:
        reader = PdfReader(path)
        if reader.is_encrypted and not reader.decrypt(""):
            raise _refuse(
                QT_TRANSLATE_NOOP(
                    "DomainError",
                    "{name} is protected with a password; ask for it to be saved without one.",
                ),
                path,
            )
        if _active_content(reader):
            raise _refuse(
                QT_TRANSLATE_NOOP(
                    "DomainError",
                    "{name} holds a script or other active content (JavaScript, an attached "
                    "file, an action that starts a program). The forms rmentor writes hold "
                    "none, so it was changed after it was sent; nothing of it was stored.",
                ),
                path,
            )
        return reader.get_fields() or {}
    except DomainError:
        raise
    except Exception:  # pypdf raises many kinds on a damaged or foreign file
        raise _refuse(
            QT_TRANSLATE_NOOP("DomainError", "{name} is not a PDF that can be read."), path
        ) from None


# what runs, starts or carries something when a PDF is opened or filled in
ACTIVE_KEYS = {"/JS", "/JavaScript", "/EmbeddedFile", "/EmbeddedFiles", "/RichMedia", "/XFA"}
ACTIVE_ACTIONS = {
    "/JavaScript",
    "/Launch",
    "/SubmitForm",
    "/ImportData",
    "/GoToE",
    "/GoToR",
    "/RichMediaExecute",
    "/URI",  # a link opened for the reader; the forms rmentor writes have none
}


def _active_content(reader) -> bool:
    """Walk every object reachable from the document's root (each once, and at most
    200,000: a file built to be endless is active enough)."""
    from pypdf.generic import ArrayObject
    from pypdf.generic import DictionaryObject
    from pypdf.generic import IndirectObject

    stack, seen, walked = [reader.trailer["/Root"]], set(), 0
    while stack:
        walked += 1
        if walked > 200_000:
            return True
        item = stack.pop()
        if isinstance(item, IndirectObject):
            if (item.idnum, item.generation) in seen:
                continue
            seen.add((item.idnum, item.generation))
            item = item.get_object()
        if isinstance(item, DictionaryObject):
            kind = item.get("/S")
            if isinstance(kind, IndirectObject):  # the action's kind kept elsewhere
                kind = kind.get_object()
            if ACTIVE_KEYS & set(item.keys()) or kind in ACTIVE_ACTIONS:
                return True
            stack.extend(item.values())  # /Parent too: a viewer looks up it for actions
        elif isinstance(item, ArrayObject):
            stack.extend(item)
    return False


def _value(field) -> str:
    """What was chosen or typed: a radio group's value, else the kid switched on."""
    value = field.get("/V")
    if value in (None, "", "/Off"):
        for kid in field.get("/Kids", []):
            state = kid.get_object().get("/AS")
            if state not in (None, "/Off"):
                value = state
    return "" if value is None else str(value).removeprefix("/").strip()


def read_form(path: Path, seen: dict | None = None) -> FormAnswers:
    """One form's answers, or a DomainError saying in one sentence why it is refused."""
    path = Path(path)
    fields = _fields(path)
    parts = _value(fields[ID_FIELD]).split() if ID_FIELD in fields else []
    if len(parts) != 8 or " ".join(parts[:2]) != ID_PREFIX:
        raise _refuse(
            QT_TRANSLATE_NOOP("DomainError", "{name} is not an rmentor evaluation form."), path
        )
    key, pairing_id, side, person_id, moment, signature = parts[2:]
    programme = Programme.get_or_none(Programme.form_key == key)
    if programme is None:
        raise _refuse(
            QT_TRANSLATE_NOOP(
                "DomainError",
                "{name} is a form of another data file or programme; open that file to read it.",
            ),
            path,
        )
    pairing = (
        Pairing.get_or_none((Pairing.id == int(pairing_id)) & (Pairing.programme == programme))
        if pairing_id.isascii() and pairing_id.isdigit() and len(pairing_id) < 19
        else None
    )
    expected = _signature(programme, " ".join(parts[2:7]), pairing)
    if not hmac.compare_digest(expected.encode(), signature.encode("utf-8", "replace")):
        raise _refuse(
            QT_TRANSLATE_NOOP(
                "DomainError",
                "{name} does not fit this file: it was changed after rmentor made it, or its "
                "pairing was removed since. Send that person a new form.",
            ),
            path,
        )
    # signed by us, for this very pairing: only the person may have gone since
    person = {MENTOR: pairing.mentor, MENTEE: pairing.mentee}.get(side)
    if person is None or str(person.id) != person_id or pairing.status == PROPOSED:
        raise _refuse(
            QT_TRANSLATE_NOOP(
                "DomainError", "{name} is for a pairing that is no longer in this file."
            ),
            path,
        )
    if is_erased(pairing.mentor) or is_erased(pairing.mentee):  # a comment could name them
        raise _refuse(
            QT_TRANSLATE_NOOP(
                "DomainError",
                "{name} is about a pairing with someone whose data was erased on their "
                "request; it was not read.",
            ),
            path,
        )
    params = {"person": person.full_name, "moment": Term("EVALUATION_MOMENTS", moment)}
    done = Evaluation.get_or_none(
        (Evaluation.pairing == pairing) & (Evaluation.side == side) & (Evaluation.moment == moment)
    )
    if done is not None:
        raise _refuse(
            QT_TRANSLATE_NOOP(
                "DomainError",
                "{name}: the {moment} evaluation of {person} is already in the file (of "
                "{date}), so this form was not read. To change the answers, use "
                "Evaluation… in the Journal tab.",
            ),
            path,
            date=done.date,
            **params,
        )
    ratings, missing = {}, []
    for question in EVALUATION_QUESTIONS:
        answer = _value(fields[question]) if question in fields else ""
        if answer in {"1", "2", "3", "4", "5"}:
            ratings[question] = int(answer)
        else:
            missing.append(Term("EVALUATION_QUESTIONS", question))
    # the purposes' own questions may be left open where they do not apply, as the form says
    for question in questions_asked(programme, side, moment):
        answer = _value(fields[question]) if question in fields else ""
        if answer in {"1", "2", "3", "4", "5"}:
            ratings[question] = int(answer)
    if missing:
        raise _refuse(
            QT_TRANSLATE_NOOP(
                "DomainError",
                "{name}: {person} gave no answer to: {questions}. Ask for the form again, "
                "filled in completely.",
            ),
            path,
            questions=tuple(missing),
            **params,
        )
    if seen is not None and (pairing.id, side, moment) in seen:
        raise _refuse(
            QT_TRANSLATE_NOOP(
                "DomainError",
                "{name}: {person} sent the {moment} evaluation twice in this batch; only "
                "{other} was read.",
            ),
            path,
            other=seen[(pairing.id, side, moment)].name,
            **params,
        )
    comment = _value(fields[COMMENT_FIELD]) if COMMENT_FIELD in fields else ""
    return FormAnswers(path, pairing.id, side, moment, ratings, comment[:MAX_COMMENT])


def check_forms(paths) -> tuple[list[FormAnswers], list[tuple[Path, DomainError]]]:
    """The forms that can be stored, and those refused with the reason for each."""
    good, refused, seen = [], [], {}
    for path in dict.fromkeys(Path(p).resolve() for p in paths):  # a file given twice: once
        try:
            answers = read_form(path, seen)
        except DomainError as error:
            refused.append((path, error))
            continue
        seen[(answers.pairing_id, answers.side, answers.moment)] = answers.path
        good.append(answers)
    return good, refused


def store_forms(forms: list[FormAnswers], day: dt.date | None = None) -> int:
    """All of them, or (on any failure) none."""
    with db.atomic():
        for form in forms:
            save_evaluation(
                Pairing.get_by_id(form.pairing_id),
                side=form.side,
                moment=form.moment,
                ratings=form.ratings,
                comment=form.comment,
                date=day,
            )
    return len(forms)
