"""E-mails to pairs: which pairs a kind of e-mail concerns, its text, and what was sent.

The app writes drafts (.eml) that the coordinator's own mail program sends; it never
sends anything itself. A draft holds names, dates, the cadence and, in a reminder,
the action that is late: never a confidential note, a comment or anyone's scores.
"""

import datetime as dt
import json
import re
from dataclasses import dataclass, field
from email.headerregistry import Address
from email.message import EmailMessage
from pathlib import Path
from typing import NamedTuple

from .attention import attention_items
from .database import db
from .entities import Evaluation, Meeting, OutcomeItem, Pairing, Programme, SentMessage
from .errors import DomainError
from .figures import pairing_figures
from .i18n import QT_TRANSLATE_NOOP
from .points import Point
from .vocabulary import (
    ACTIVE,
    COMPLETED,
    MAIL_KINDS,
    MENTEE,
    MENTOR,
    PROPOSED,
)
from .wording import Term, render, word

CONTEXT = "Mail"
INVITATION, REMINDER, EVALUATION, THANKS = MAIL_KINDS
RECENT = dt.timedelta(days=7)  # a reminder "this week": not asked again, marked in the list

# The default texts, in English; the translation gives the Dutch ones. The coordinator
# may replace each per language in the settings.
DEFAULT_TEMPLATES = {
    INVITATION: (
        QT_TRANSLATE_NOOP("Mail", "Reverse mentoring: welcome, {mentee_first} and {mentor_first}"),
        QT_TRANSLATE_NOOP(
            "Mail",
            "Dear {mentee_first} and {mentor_first},\n\n"
            "Welcome to {programme}. {mentor_first} is the mentor and {mentee_first} the "
            "mentee: in reverse mentoring the younger colleague shows the senior one how "
            "things look from where they stand.\n\n"
            "You agreed to meet {cadence}, from {start} until {end}. Please hold your "
            "kick-off meeting within the next three weeks. The calendar file attached holds "
            "the whole series; move the first meeting to a time that suits you both.\n\n"
            "Your agreement is attached too. Read it together at the kick-off, sign it and "
            "send it back to me.\n\n"
            "What you talk about stays between the two of you. I only ask whether you met "
            "and, in general terms, what came of it.\n\n"
            "Kind regards,\n{coordinator}",
        ),
    ),
    REMINDER: (
        QT_TRANSLATE_NOOP("Mail", "Reverse mentoring: time to meet again"),
        QT_TRANSLATE_NOOP(
            "Mail",
            "Dear {mentee_first} and {mentor_first},\n\n"
            "{reason}\n\n"
            "You agreed to meet {cadence}. Could you plan your next meeting within the next "
            "two weeks? If something stands in the way, let me know: we can pause the "
            "pairing or find another way.\n\n"
            "Kind regards,\n{coordinator}",
        ),
    ),
    EVALUATION: (
        QT_TRANSLATE_NOOP("Mail", "Reverse mentoring: how is it going? ({moment})"),
        QT_TRANSLATE_NOOP(
            "Mail",
            "Dear {mentee_first} and {mentor_first},\n\n"
            "It is time to look back on your mentoring so far ({moment}). Each of you "
            "finds a form of your own attached: three questions and room for a comment. "
            "Fill it in, save it and send it back to me by e-mail.\n\n"
            "Your partner does not see your answers. Management only sees averages of "
            "three or more answers, never one person's, and never your comment.\n\n"
            "Kind regards,\n{coordinator}",
        ),
    ),
    THANKS: (
        QT_TRANSLATE_NOOP(
            "Mail", "Reverse mentoring: thank you, {mentee_first} and {mentor_first}"
        ),
        QT_TRANSLATE_NOOP(
            "Mail",
            "Dear {mentee_first} and {mentor_first},\n\n"
            "Your mentoring in {programme}, from {start} until {end}, has come to a close. "
            "Thank you both for the time and the openness you gave it.\n\n"
            "What you learned from each other need not stop here. I would like to hear what "
            "you take with you.\n\n"
            "Kind regards,\n{coordinator}",
        ),
    ),
}

# What a template may say, and what each placeholder holds (shown in the settings).
PLACEHOLDERS = {
    "mentor": QT_TRANSLATE_NOOP("Mail", "the mentor's full name"),
    "mentee": QT_TRANSLATE_NOOP("Mail", "the mentee's full name"),
    "mentor_first": QT_TRANSLATE_NOOP("Mail", "the mentor's first name"),
    "mentee_first": QT_TRANSLATE_NOOP("Mail", "the mentee's first name"),
    "programme": QT_TRANSLATE_NOOP("Mail", "the programme's name"),
    "start": QT_TRANSLATE_NOOP("Mail", "the day the pairing starts"),
    "end": QT_TRANSLATE_NOOP("Mail", "the day it is planned to end"),
    "cadence": QT_TRANSLATE_NOOP("Mail", 'how often they meet ("every 4 weeks")'),
    "reason": QT_TRANSLATE_NOOP("Mail", "in a reminder: why it is sent"),
    "moment": QT_TRANSLATE_NOOP("Mail", "in an evaluation request: which evaluation"),
    "coordinator": QT_TRANSLATE_NOOP("Mail", "your name, as set above"),
}
PLACEHOLDER = re.compile(r"\{([^{}]*)\}")

DUTCH = {"nl", "dutch", "nederlands", "ned", "vlaams", "flemish", "néerlandais"}
ENGLISH = {"en", "english", "engels", "eng"}


# Settings: beside the app's other settings, as JSON so the command line reads them too


@dataclass
class MailSettings:
    name: str = ""  # the coordinator, as the e-mails are signed
    email: str = ""
    cc: bool = False  # a copy of every draft to the coordinator
    # {language: {kind: [subject, body]}}: only the templates the coordinator changed
    templates: dict = field(default_factory=dict)


def settings_path() -> Path:
    import platformdirs

    return Path(platformdirs.user_config_dir("rmentor", appauthor=False)) / "mail.json"


def load_settings() -> MailSettings:
    """The saved settings; a missing or damaged file gives the defaults."""
    try:
        data = json.loads(settings_path().read_text(encoding="utf-8"))
        settings = MailSettings(
            name=str(data.get("name", "")),
            email=str(data.get("email", "")),
            cc=bool(data.get("cc", False)),
        )
        for language, kinds in dict(data.get("templates", {})).items():
            for kind, (subject, body) in dict(kinds).items():
                if kind in MAIL_KINDS and not unknown_placeholders(f"{subject}{body}"):
                    settings.templates.setdefault(language, {})[kind] = [str(subject), str(body)]
        return settings
    except (OSError, ValueError, TypeError, AttributeError):
        return MailSettings()


def save_settings(settings: MailSettings) -> None:
    if settings.email:
        address(settings.name, settings.email)  # refuses one a mail program cannot use
    for kinds in settings.templates.values():
        for subject, body in kinds.values():
            check_template(subject + body)
    path = settings_path()
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(path.name + ".part")
    tmp.write_text(json.dumps(settings.__dict__, ensure_ascii=False, indent=2), encoding="utf-8")
    tmp.replace(path)


def unknown_placeholders(text: str) -> list[str]:
    return [name for name in PLACEHOLDER.findall(text) if name not in PLACEHOLDERS]


def check_template(text: str) -> None:
    unknown = unknown_placeholders(text)
    if unknown:
        raise DomainError(
            QT_TRANSLATE_NOOP(
                "DomainError",
                "The text uses {unknown}, which is not a placeholder rmentor knows. "
                "The ones it knows are listed beside the text.",
            ),
            unknown=", ".join("{" + name + "}" for name in unknown),
        )


def template(kind: str, language: str, face, settings: MailSettings) -> tuple[str, str]:
    """Subject and body: the coordinator's own for this language, or the default."""
    own = settings.templates.get(language, {}).get(kind)
    if own:
        return own[0], own[1]
    subject, body = DEFAULT_TEMPLATES[kind]
    return face.translate(CONTEXT, subject), face.translate(CONTEXT, body)


def fill(text: str, values: dict[str, str]) -> str:
    """Each known {placeholder} replaced; other braces are left as typed."""
    return PLACEHOLDER.sub(lambda m: values.get(m.group(1), m.group(0)), text)


def pair_language(pairing: Pairing, fallback: str) -> str:
    """Dutch when both speak it, else English when both do, else the fallback."""
    spoken = [
        {x.casefold() for x in person.language_list} for person in (pairing.mentor, pairing.mentee)
    ]
    for language, names in (("nl", DUTCH), ("en", ENGLISH)):
        if all(langs & names for langs in spoken):
            return language
    return fallback


def address(name: str, email: str) -> Address:
    try:
        return Address(" ".join(name.split()), addr_spec=email.strip())
    except (ValueError, IndexError):
        raise DomainError(
            QT_TRANSLATE_NOOP(
                "DomainError", "{email} is not an e-mail address a mail program can use."
            ),
            email=email,
        ) from None


# Which pairs an e-mail concerns, and why


class Need(NamedTuple):
    pairing_id: int
    reasons: tuple = ()  # Points, worded for the pair (reminders)
    moment: str | None = None  # evaluations
    sides: tuple = (MENTOR, MENTEE)  # who is written to


def concerned(programme: Programme, kind: str, today: dt.date | None = None) -> list[Need]:
    """The pairs that need this e-mail now and have not had it (recently)."""
    today = today or dt.date.today()
    asked = (Pairing.programme == programme) & (SentMessage.kind == kind)
    if kind in (REMINDER, EVALUATION):  # asked again after a week; the others once
        asked &= SentMessage.sent_on > today - RECENT
    sent = {
        pid
        for (pid,) in SentMessage.select(SentMessage.pairing).join(Pairing).where(asked).tuples()
    }
    if kind == INVITATION:
        figures = pairing_figures(programme, today)
        return [
            Need(pid)
            for pid, f in figures.items()
            if f.status in (PROPOSED, ACTIVE) and f.held == 0 and pid not in sent
        ]
    if kind == THANKS:
        return [
            Need(pid)
            for (pid,) in Pairing.select(Pairing.id)
            .where((Pairing.programme == programme) & (Pairing.status == COMPLETED))
            .tuples()
            if pid not in sent
        ]
    if kind == REMINDER:
        pids = []
        for item in attention_items(programme, today):
            pid = pairing_of(item.target, item.target_id)
            if item.kind in ("overdue", "no_first_meeting", "action_overdue") and pid not in sent:
                pids.append(pid)
        return [Need(pid, reminder_reasons(pid, today)) for pid in dict.fromkeys(pids)]
    if kind == EVALUATION:
        needs = [
            need for need in evaluations_due(programme, None, today) if need.pairing_id not in sent
        ]
        # one e-mail per pair: the first moment due (a fit check before a midway one)
        return list({need.pairing_id: need for need in reversed(needs)}.values())[::-1]
    raise ValueError(kind)


def evaluations_due(programme: Programme, moment: str | None, today: dt.date) -> list[Need]:
    """The pairs due for an evaluation (of one moment, or any), with the sides to ask."""
    needs = []
    for item in attention_items(programme, today):
        due = item.point.key.removeprefix("evaluation_")
        if item.kind == "evaluation_due" and moment in (None, due):
            sides = missing_sides(item.target_id, due)
            if sides:
                needs.append(Need(item.target_id, (), due, sides))
    return needs


def pairing_of(target: str, target_id: int) -> int | None:
    """The pairing an attention line is about (an action's, for a late action)."""
    if target == "outcome":
        return (
            Meeting.select(Meeting.pairing)
            .join(OutcomeItem)
            .where(OutcomeItem.id == target_id)
            .scalar()
        )
    return target_id if target == "pairing" else None


def missing_sides(pairing_id: int, moment: str) -> tuple:
    answered = {
        side
        for (side,) in Evaluation.select(Evaluation.side)
        .where((Evaluation.pairing == pairing_id) & (Evaluation.moment == moment))
        .tuples()
    }
    return tuple(side for side in (MENTOR, MENTEE) if side not in answered)


def need_for(pairing: Pairing, kind: str, today: dt.date | None = None) -> Need:
    """For a pair the coordinator picked: what the e-mail says (a reason, a moment)."""
    today = today or dt.date.today()
    if kind == REMINDER:
        return Need(pairing.id, reminder_reasons(pairing.id, today))
    if kind == EVALUATION:
        moment = evaluation_moment(pairing, today)
        return Need(pairing.id, (), moment, missing_sides(pairing.id, moment) or (MENTOR, MENTEE))
    return Need(pairing.id)


def evaluation_moment(pairing: Pairing, today: dt.date) -> str:
    """The evaluation a pair would be asked for today."""
    if pairing.status == COMPLETED:
        return "closing"
    start, end = pairing.start_date, pairing.planned_end_date
    if missing_sides(pairing.id, "fit_check") or not (start and end):
        return "fit_check"
    return "midway" if today >= start + (end - start) / 2 else "fit_check"


def reminder_reasons(pairing_id: int, today: dt.date) -> tuple:
    """Why a pair is reminded, in words for the pair themselves."""
    reasons = []
    pairing = Pairing.get_by_id(pairing_id)
    f = pairing_figures(pairing.programme, today).get(pairing_id)
    if f and f.held == 0 and pairing.start_date:
        reasons.append(
            Point(
                "no_first_meeting",
                QT_TRANSLATE_NOOP(
                    "Mail", "Your pairing started on {date}, and you have not met yet."
                ),
                {"date": pairing.start_date},
            )
        )
    elif f and f.overdue and f.last_meeting:
        reasons.append(
            Point(
                "overdue",
                QT_TRANSLATE_NOOP("Mail", "You last met on {date}, {days} days ago."),
                {"date": f.last_meeting, "days": (today - f.last_meeting).days},
            )
        )
    late = list(
        OutcomeItem.select(OutcomeItem.text, OutcomeItem.due_date)
        .join(Meeting)
        .where(
            (Meeting.pairing == pairing_id)
            & (OutcomeItem.kind == "action")
            & (OutcomeItem.status == "open")
            & (OutcomeItem.due_date < today)
        )
        .order_by(OutcomeItem.due_date)
        .tuples()
    )
    if late:
        text, due = late[0]
        params = {"text": " ".join(text.split()), "date": due, "count": len(late)}
        if len(late) == 1:
            message = QT_TRANSLATE_NOOP(
                "Mail", 'The action you agreed, "{text}", was due on {date}.'
            )
        else:
            message = QT_TRANSLATE_NOOP(
                "Mail",
                '{count} of the actions you agreed are past their due date; the oldest, "{text}", '
                "was due on {date}.",
            )
        reasons.append(Point("action_overdue", message, params))
    return tuple(reasons)


# The e-mail itself


def values(pairing: Pairing, need: Need, face, settings: MailSettings) -> dict[str, str]:
    programme = pairing.programme
    cadence = pairing.cadence_weeks or programme.cadence_weeks
    coordinator = settings.name or face.translate(CONTEXT, NO_NAME)
    return {
        "mentor": pairing.mentor.full_name,
        "mentee": pairing.mentee.full_name,
        "mentor_first": pairing.mentor.first_name,
        "mentee_first": pairing.mentee.first_name,
        "programme": programme.name,
        "start": face.date(pairing.start_date or programme.start_date),
        "end": face.date(pairing.planned_end_date or programme.end_date),
        "cadence": cadence_words(cadence, face),
        "reason": " ".join(render(p.message, p.params, face, CONTEXT) for p in need.reasons),
        "moment": word(Term("EVALUATION_MOMENTS", need.moment), face) if need.moment else "",
        "coordinator": coordinator,
    }


EVERY_WEEK = QT_TRANSLATE_NOOP("Mail", "every week")
EVERY_WEEKS = QT_TRANSLATE_NOOP("Mail", "every {weeks} weeks")
NO_NAME = QT_TRANSLATE_NOOP("Mail", "Your programme coordinator")


def cadence_words(weeks: int, face) -> str:
    if weeks == 1:
        return face.translate(CONTEXT, EVERY_WEEK)
    return face.translate(CONTEXT, EVERY_WEEKS).format(weeks=weeks)


def compose(
    pairing: Pairing,
    kind: str,
    need: Need,
    face,
    settings: MailSettings,
    attachments: list[tuple[str, str, bytes]] = (),
) -> EmailMessage:
    """The draft: to the pair (or the sides concerned), unsent, with its attachments
    given as (file name, MIME type, bytes)."""
    language = getattr(face, "language", "en")
    subject, body = template(kind, language, face, settings)
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
    text = fill(body, filled).replace("\r\n", "\n")
    message.set_content(re.sub(r"\n{3,}", "\n\n", text).strip() + "\n")
    for name, mime, data in attachments:
        maintype, subtype = mime.split("/")
        message.add_attachment(data, maintype=maintype, subtype=subtype, filename=name)
    return message


# What was sent


def record_sent(pairing_ids: list[int], kind: str, day: dt.date | None = None) -> None:
    day = day or dt.date.today()
    with db.atomic():
        SentMessage.insert_many(
            [{"pairing": pid, "kind": kind, "sent_on": day} for pid in pairing_ids]
        ).execute()


def sent_messages(pairing: Pairing) -> list[tuple[str, dt.date]]:
    return [
        (m.kind, m.sent_on)
        for m in pairing.sent_messages.order_by(SentMessage.sent_on, SentMessage.id)
    ]
