"""E-mails to pairs: which pairs a kind of e-mail fits, what it says, and what was written.

The app writes drafts (.eml) that the coordinator's own mail program sends; it never
sends anything itself. A draft holds names, dates, the cadence and, in a reminder,
the action that is late: never a confidential note, a comment or anyone's scores.
"""

import datetime as dt
import re
from email import message_from_bytes
from email.message import EmailMessage
from email.policy import default
from typing import NamedTuple

from peewee import JOIN
from peewee import Case
from peewee import fn

from rmentor.models.errors import DomainError
from rmentor.models.figures.attention import attention_items
from rmentor.models.figures.attention import late_actions
from rmentor.models.figures.attention import pairings_of
from rmentor.models.figures.counts import PairingFigures
from rmentor.models.figures.counts import pairing_figures
from rmentor.models.outreach.addresses import address
from rmentor.models.outreach.mail_texts import CONTEXT
from rmentor.models.outreach.mail_texts import EVALUATION
from rmentor.models.outreach.mail_texts import FITS_WHEN
from rmentor.models.outreach.mail_texts import INVITATION
from rmentor.models.outreach.mail_texts import REMINDER
from rmentor.models.outreach.mail_texts import THANKS
from rmentor.models.outreach.mail_texts import MailSettings
from rmentor.models.outreach.mail_texts import fill
from rmentor.models.outreach.mail_texts import fits
from rmentor.models.outreach.mail_texts import signed
from rmentor.models.outreach.mail_texts import template
from rmentor.models.programme.entities import Evaluation
from rmentor.models.programme.entities import Meeting
from rmentor.models.programme.entities import OutcomeItem
from rmentor.models.programme.entities import Pairing
from rmentor.models.programme.entities import Participant
from rmentor.models.programme.entities import Programme
from rmentor.models.programme.entities import SentMessage
from rmentor.models.programme.entities import person_name
from rmentor.models.programme.points import Point
from rmentor.models.programme.privacy import ERASED_DOMAIN
from rmentor.models.programme.privacy import is_erased
from rmentor.models.storage.database import db
from rmentor.models.text.i18n import QT_TRANSLATE_NOOP
from rmentor.models.text.languages import comparable
from rmentor.models.text.vocabulary import ACTIVE
from rmentor.models.text.vocabulary import COMPLETED
from rmentor.models.text.vocabulary import ENDED_EARLY
from rmentor.models.text.vocabulary import MENTEE
from rmentor.models.text.vocabulary import MENTOR
from rmentor.models.text.wording import Term
from rmentor.models.text.wording import render
from rmentor.models.text.wording import word

RECENT = dt.timedelta(days=7)  # a reminder "this week": not asked again, marked in the list
EVERY_WEEK = QT_TRANSLATE_NOOP("Mail", "every week")
EVERY_WEEKS = QT_TRANSLATE_NOOP("Mail", "every {weeks} weeks")
NO_NAME = QT_TRANSLATE_NOOP("Mail", "Your programme coordinator")


def pair_language(pairing: Pairing, fallback: str) -> str:
    """Dutch when both speak it, else English when both do, else the fallback."""
    spoken = [
        {comparable(x) for x in person.language_list} for person in (pairing.mentor, pairing.mentee)
    ]
    for language in ("nl", "en"):
        if all(language in langs for langs in spoken):
            return language
    return fallback


# Which pairs an e-mail fits


class Need(NamedTuple):
    pairing_id: int
    reasons: tuple = ()  # Points, worded for the pair (reminders)
    moment: str | None = None  # evaluations
    sides: tuple = (MENTOR, MENTEE)  # who is written to


def fitting(kind: str, pairing_ids: list[int]) -> list[int]:
    """Of these pairings, those this kind of e-mail fits, in one query."""
    held = fn.SUM(Case(None, [(Meeting.held == True, 1)], 0))  # a yes is no number on a server
    rows = (
        Pairing.select(Pairing.id, Pairing.status, held)
        .join(Meeting, JOIN.LEFT_OUTER)
        .where(Pairing.id.in_(pairing_ids))
        .group_by(Pairing.id)
        .tuples()
    )
    ok = {pid for pid, status, n in rows if fits(kind, status, n)}
    return [pid for pid in pairing_ids if pid in ok]


def erased_in(pairing: Pairing) -> bool:
    return is_erased(pairing.mentor) or is_erased(pairing.mentee)


def refuse_erased(pairing: Pairing) -> None:
    if erased_in(pairing):
        raise DomainError(
            QT_TRANSLATE_NOOP(
                "DomainError",
                "{mentor} and {mentee}: one of them was erased on their request, so nothing "
                "is written to them any more.",
            ),
            mentor=pairing.mentor.full_name,
            mentee=pairing.mentee.full_name,
        )


UNFIT = QT_TRANSLATE_NOOP("DomainError", "{mentor} and {mentee} are {status}. {rule}")


def concerned(programme: Programme, kind: str, today: dt.date | None = None) -> list[Need]:
    """The pairs that need this e-mail now and have not had it (this week)."""
    today = today or dt.date.today()
    asked = (Pairing.programme == programme) & (SentMessage.kind == kind)
    if kind in (REMINDER, EVALUATION):  # asked again after a week; the others once
        asked &= SentMessage.sent_on > today - RECENT
    left_out = {
        pid
        for (pid,) in SentMessage.select(SentMessage.pairing).join(Pairing).where(asked).tuples()
    } | erased_pairings(programme)
    figures = pairing_figures(programme, today)
    if kind in (INVITATION, THANKS):
        return [
            Need(pid)
            for pid, f in figures.items()
            if fits(kind, f.status, f.held) and pid not in left_out
        ]
    if kind == REMINDER:
        pids = pairings_of(
            [
                (item.target, item.target_id)
                for item in attention_items(programme, today)
                if item.kind in ("overdue", "no_first_meeting", "action_overdue")
            ]
        )
        chosen = [
            pid
            for pid in dict.fromkeys(pids)
            if figures[pid].status == ACTIVE and pid not in left_out  # a paused pair is left be
        ]
        by_id = {p.id: p for p in Pairing.select().where(Pairing.id.in_(chosen))}
        late = late_actions_by_pairing(programme, chosen, today)
        return [
            Need(pid, reminder_reasons(by_id[pid], today, figures[pid], late.get(pid, [])))
            for pid in chosen
        ]
    if kind == EVALUATION:  # a request is about one moment: another may still be asked
        asked_about = {
            (pid, moment)
            for pid, moment in SentMessage.select(SentMessage.pairing, SentMessage.moment)
            .join(Pairing)
            .where(asked)
            .tuples()
        }
        needs = [
            n
            for n in evaluations_due(programme, None, today)
            if (n.pairing_id, n.moment) not in asked_about
        ]
        # one request per pair: the first moment due (a fit check before a midway one)
        return list({need.pairing_id: need for need in reversed(needs)}.values())[::-1]
    raise ValueError(kind)


def erased_pairings(programme: Programme) -> set[int]:
    mentor, mentee = Participant.alias(), Participant.alias()
    return {
        pid
        for (pid,) in Pairing.select(Pairing.id)
        .join(mentor, on=(Pairing.mentor == mentor.id))
        .switch(Pairing)
        .join(mentee, on=(Pairing.mentee == mentee.id))
        .where(
            (Pairing.programme == programme)
            & (
                mentor.email.endswith(f"@{ERASED_DOMAIN}")
                | mentee.email.endswith(f"@{ERASED_DOMAIN}")
            )
        )
        .tuples()
    }


def evaluations_due(programme: Programme, moment: str | None, today: dt.date) -> list[Need]:
    """The pairs due for an evaluation (of one moment, or any), with the sides to ask;
    none with someone erased."""
    needs, erased = [], erased_pairings(programme)
    for item in attention_items(programme, today):
        if (
            item.kind == "evaluation_due"
            and moment in (None, item.moment)
            and item.target_id not in erased
        ):
            needs.append(Need(item.target_id, (), item.moment, item.missing))
    return needs


def missing_sides(pairing_id: int, moment: str) -> tuple:
    answered = {
        side
        for (side,) in Evaluation.select(Evaluation.side)
        .where((Evaluation.pairing == pairing_id) & (Evaluation.moment == moment))
        .tuples()
    }
    return tuple(side for side in (MENTOR, MENTEE) if side not in answered)


def needs_for(
    programme: Programme, pairings: list[Pairing], kind: str, today: dt.date | None = None
) -> tuple[list[Need], list[DomainError]]:
    """need_for each pair the coordinator picked, and the refusals: what they need read
    once for all of them (for each pair alone it was 0.06 s on a large programme)."""
    today = today or dt.date.today()
    ids = [p.id for p in pairings]
    figures = pairing_figures(programme, today, only=ids)
    late = late_actions_by_pairing(programme, ids, today) if kind == REMINDER else {}
    needs, refused = [], []
    for pairing in pairings:
        try:
            own = pairing.programme_id == programme.id  # else read for its own programme
            needs.append(
                need_for(pairing, kind, today, figures.get(pairing.id), late if own else None)
            )
        except DomainError as error:  # this kind does not fit this pair
            refused.append(error)
    return needs, refused


def need_for(
    pairing: Pairing,
    kind: str,
    today: dt.date | None = None,
    f: PairingFigures | None = None,
    late: dict | None = None,
) -> Need:
    """For a pair the coordinator picked: what the e-mail says; refused (DomainError)
    when this kind does not fit the pair. `f` and `late` as for reminder_reasons, read
    for several pairs at once (needs_for)."""
    today = today or dt.date.today()
    held = f.held if f else pairing.meetings.where(Meeting.held == True).count()
    names = {"mentor": pairing.mentor.full_name, "mentee": pairing.mentee.full_name}
    if not fits(kind, pairing.status, held):
        raise DomainError(
            UNFIT,
            status=Term("PAIRING_STATUSES", pairing.status),
            rule=Point(kind, FITS_WHEN[kind]),
            **names,
        )
    if kind == REMINDER:
        late = None if late is None else late.get(pairing.id, [])
        return Need(pairing.id, reminder_reasons(pairing, today, f, late))
    if kind == EVALUATION:
        moment = evaluation_moment(pairing, today)
        sides = missing_sides(pairing.id, moment)
        if not sides:
            raise DomainError(
                QT_TRANSLATE_NOOP(
                    "DomainError",
                    "{mentor} and {mentee} have both answered the {moment} evaluation already.",
                ),
                moment=Term("EVALUATION_MOMENTS", moment),
                **names,
            )
        return Need(pairing.id, (), moment, sides)
    return Need(pairing.id)


def evaluation_moment(pairing: Pairing, today: dt.date) -> str:
    """The evaluation a pair would be asked for today."""
    if pairing.status == COMPLETED:
        return "closing"
    start, end = pairing.start_date, pairing.planned_end_date
    if missing_sides(pairing.id, "fit_check") or not (start and end):
        return "fit_check"
    return "midway" if today >= start + (end - start) / 2 else "fit_check"


def late_actions_by_pairing(
    programme: Programme, pairing_ids: list[int], today: dt.date
) -> dict[int, list]:
    """Each pairing's open actions past their due date, oldest first: (text, due)."""
    found: dict[int, list] = {}
    for pid, text, due in (
        OutcomeItem.select(Meeting.pairing, OutcomeItem.text, OutcomeItem.due_date)
        .join(Meeting)
        .join(Pairing)
        .where(late_actions(programme, today) & Meeting.pairing.in_(pairing_ids))
        .order_by(OutcomeItem.due_date)
        .tuples()
    ):
        found.setdefault(pid, []).append((text, due))
    return found


def reminder_reasons(pairing: Pairing, today: dt.date, f=None, late=None) -> tuple:
    """Why a pair is reminded and what is asked of them, in words for the pair. `f` (its
    PairingFigures) and `late` (late_actions_by_pairing) when the caller has them: for a
    thousand pairs, each is read once."""
    f = f or pairing_figures(pairing.programme, today, only=[pairing.id]).get(pairing.id)
    if late is None:
        late = late_actions_by_pairing(pairing.programme, [pairing.id], today).get(pairing.id, [])
    reasons = []  # {cadence} is worded when the e-mail is (values)
    if f and f.held == 0 and pairing.start_date:
        reasons.append(
            Point(
                "no_first_meeting",
                QT_TRANSLATE_NOOP(
                    "Mail",
                    "Your pairing started on {date} and you have not had your first meeting "
                    "yet. Could you plan it within the next two weeks?",
                ),
                {"date": pairing.start_date},
            )
        )
    elif f and f.overdue and f.last_meeting:
        reasons.append(
            Point(
                "overdue",
                QT_TRANSLATE_NOOP(
                    "Mail",
                    "You last met on {date}, {days} days ago, and agreed to meet {cadence}. "
                    "Could you plan your next meeting within the next two weeks?",
                ),
                {"date": f.last_meeting, "days": (today - f.last_meeting).days},
            )
        )
    if late:
        text, due = late[0]
        # the action as typed, without its closing full stop: it stands inside quotes
        params = {"text": " ".join(text.split()).rstrip(". "), "date": due, "count": len(late)}
        if len(late) == 1:
            message = QT_TRANSLATE_NOOP(
                "Mail",
                'The action you agreed on, "{text}", was due on {date}. Could you take it up '
                "together, or tell me if it is no longer needed?",
            )
        else:
            message = QT_TRANSLATE_NOOP(
                "Mail",
                "{count} of the actions you agreed on are past their due date; the oldest, "
                '"{text}", was due on {date}. Could you take them up together, or tell me '
                "which are no longer needed?",
            )
        reasons.append(Point("action_overdue", message, params))
    if not reasons:  # picked by the coordinator while on schedule: a friendly nudge
        reasons.append(
            Point(
                "nudge",
                QT_TRANSLATE_NOOP(
                    "Mail",
                    "You agreed to meet {cadence}. Is your next meeting in the calendar yet?",
                ),
            )
        )
    return tuple(reasons)


def cadence_words(weeks: int, face) -> str:
    if weeks == 1:
        return face.translate(CONTEXT, EVERY_WEEK)
    return face.translate(CONTEXT, EVERY_WEEKS).format(weeks=weeks)


# The e-mail itself


def ended_on(pairing: Pairing) -> dt.date:
    """The end to speak of: for a pairing that ended, its last meeting (it has no end date
    of its own), never a day still to come; else the planned end."""
    planned = pairing.planned_end_date or pairing.programme.end_date
    if pairing.status not in (COMPLETED, ENDED_EARLY):
        return planned
    last = (
        Meeting.select(Meeting.date)
        .where((Meeting.pairing == pairing) & (Meeting.held == True))
        .order_by(Meeting.date.desc())
        .scalar()
    )
    return last or min(planned, dt.date.today())


def values(pairing: Pairing, need: Need, face, settings: MailSettings) -> dict[str, str]:
    programme = pairing.programme
    cadence = pairing.cadence_weeks or programme.cadence_weeks
    people = {MENTOR: pairing.mentor, MENTEE: pairing.mentee}
    asked = people[need.sides[0]]
    partner = people[MENTEE if need.sides[0] == MENTOR else MENTOR]
    return {
        "mentor": pairing.mentor.full_name,
        "mentee": pairing.mentee.full_name,
        "mentor_first": person_name(pairing.mentor.first_name, ""),
        "mentee_first": person_name(pairing.mentee.first_name, ""),
        "programme": person_name(programme.name, ""),
        "start": face.date(pairing.start_date or programme.start_date),
        "end": face.date(ended_on(pairing)),
        "cadence": cadence_words(cadence, face),
        "reason": "\n\n".join(
            render(p.message, {**p.params, "cadence": cadence_words(cadence, face)}, face, CONTEXT)
            for p in need.reasons
        ),
        "moment": word(Term("EVALUATION_MOMENTS", need.moment), face) if need.moment else "",
        "first_name": person_name(asked.first_name, ""),
        "partner": partner.full_name,
        "coordinator": signed(settings) if settings.name else face.translate(CONTEXT, NO_NAME),
    }


def compose(
    pairing: Pairing,
    kind: str,
    need: Need,
    face,
    settings: MailSettings,
    attachments: list[tuple[str, str, bytes]] = (),
) -> EmailMessage:
    """The draft: to the pair (or the one side asked), unsent, with its attachments
    given as (file name, MIME type, bytes)."""
    subject, body = template(kind, getattr(face, "language", "en"), face, settings)
    filled = values(pairing, need, face, settings)
    people = {MENTOR: pairing.mentor, MENTEE: pairing.mentee}
    message = EmailMessage()
    message["To"] = [address(people[s].full_name, people[s].email) for s in need.sides]
    if settings.email:
        message["From"] = address(settings.name, settings.email)
        if settings.cc:
            message["Cc"] = address(settings.name, settings.email)
    # one line, whatever a name holds: a line break in a header would start a new one
    message["Subject"] = " ".join(fill(subject, filled).split())
    message["X-Unsent"] = "1"  # Outlook opens it as a draft to send, not as mail received
    _check_recipients(
        message,
        {people[s].email.strip() for s in need.sides},
        settings,
        " – ".join(people[s].full_name for s in need.sides),
    )
    text = fill(body, filled).replace("\r\n", "\n")
    message.set_content(re.sub(r"\n{3,}", "\n\n", text).strip() + "\n")
    for name, mime, data in attachments:
        maintype, subtype = mime.split("/")
        # a calendar is text in UTF-8: said, or a mail program guesses (Coördinator)
        extra = {"params": {"charset": "utf-8"}} if maintype == "text" else {}
        message.add_attachment(data, maintype=maintype, subtype=subtype, filename=name, **extra)
    return message


def _check_recipients(
    message: EmailMessage, to: set[str], settings: MailSettings, who: str
) -> None:
    """Read back as a mail program will: a name must never turn into another address."""
    read = message_from_bytes(message.as_bytes(), policy=default)
    own = {settings.email} if settings.email else set()
    for header, expected in (("To", to), ("Cc", own if settings.cc else set()), ("From", own)):
        found = {a.addr_spec for a in read[header].addresses} if read[header] else set()
        if found != expected:
            raise DomainError(
                QT_TRANSLATE_NOOP(
                    "DomainError",
                    "{who}: a name in this e-mail would reach a mail program as another "
                    "address ({found}). Correct the name in the participant's details or the "
                    "settings.",
                ),
                who=who,
                found=", ".join(sorted(found - expected)) or header,
            )


# What was written


def record_sent(
    pairing_ids: list[int], kind: str, day: dt.date | None = None, moments: dict | None = None
) -> None:
    """Drafts written: per pairing, and for an evaluation request its moment."""
    day = day or dt.date.today()
    moments = moments or {}
    with db.atomic():
        SentMessage.insert_many(
            [
                {"pairing": pid, "kind": kind, "moment": moments.get(pid, ""), "sent_on": day}
                for pid in pairing_ids
            ]
        ).execute()
