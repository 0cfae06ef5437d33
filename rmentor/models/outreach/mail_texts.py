"""The texts of the e-mails to pairs: the standard ones, the coordinator's own (kept as
JSON beside the app's settings, so the command line reads them too), and the
placeholders each may use."""

import datetime as dt
import json
import re
from dataclasses import dataclass
from dataclasses import field
from pathlib import Path

from rmentor.models.errors import DomainError
from rmentor.models.outreach.addresses import address
from rmentor.models.text.i18n import QT_TRANSLATE_NOOP
from rmentor.models.text.vocabulary import ACTIVE
from rmentor.models.text.vocabulary import COMPLETED
from rmentor.models.text.vocabulary import PROPOSED

CONTEXT = "Mail"
INVITATION, REMINDER, EVALUATION, THANKS = ("invitation", "reminder", "evaluation", "thanks")
# the texts the coordinator can change, as the settings list them
TEMPLATE_NAMES = {
    INVITATION: QT_TRANSLATE_NOOP("Mail", "Invitation"),
    REMINDER: QT_TRANSLATE_NOOP("Mail", "Reminder"),
    EVALUATION: QT_TRANSLATE_NOOP("Mail", "Evaluation request (to each of them)"),
    THANKS: QT_TRANSLATE_NOOP("Mail", "Thanks"),
}


def fits(kind: str, status: str, held: int) -> bool:
    """Whether a pairing in this state can be sent this kind of e-mail at all."""
    return {
        INVITATION: status in (PROPOSED, ACTIVE) and held == 0,
        REMINDER: status == ACTIVE,
        EVALUATION: (status == ACTIVE and held > 0) or status == COMPLETED,
        THANKS: status == COMPLETED,
    }[kind]


# why a kind does not fit a pair; also the menu's tooltips (the pair's names left out)
FITS_WHEN = {
    INVITATION: QT_TRANSLATE_NOOP(
        "DomainError", "An invitation is for a pair that is proposed or active and has not met yet."
    ),
    REMINDER: QT_TRANSLATE_NOOP("DomainError", "A reminder is for an active pairing."),
    EVALUATION: QT_TRANSLATE_NOOP(
        "DomainError",
        "An evaluation is asked of an active pair that has met, or of a completed one.",
    ),
    THANKS: QT_TRANSLATE_NOOP("DomainError", "Thanks are for a completed pairing."),
}

# The standard texts, in English; the translation gives the Dutch ones.
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
            "first meeting within the next three weeks. The calendar file attached holds "
            "the whole series; move the first meeting to a time that suits you both.\n\n"
            "Your agreement is attached too. Read it together at the first meeting, sign it "
            "and send it back to me.\n\n"
            "What you talk about stays between the two of you. I only ask whether you met "
            "and, in general terms, what came of it.\n\n"
            "Kind regards,\n{coordinator}",
        ),
    ),
    REMINDER: (
        QT_TRANSLATE_NOOP("Mail", "Reverse mentoring: a reminder"),
        QT_TRANSLATE_NOOP(
            "Mail",
            "Dear {mentee_first} and {mentor_first},\n\n"
            "{reason}\n\n"
            "If something stands in the way, let me know: together we will find a way.\n\n"
            "Kind regards,\n{coordinator}",
        ),
    ),
    EVALUATION: (  # to each of them alone: a form in a shared e-mail could be filled by the other
        QT_TRANSLATE_NOOP("Mail", "Reverse mentoring: your evaluation ({moment})"),
        QT_TRANSLATE_NOOP(
            "Mail",
            "Dear {first_name},\n\n"
            "It is time for an evaluation of your mentoring with {partner}: {moment}. You "
            "will find your form attached: a few statements to rate from 1 to 5 (some may be "
            "left open) and room for a comment. Fill it in on screen, save it and send it back "
            "to me by e-mail.\n\n"
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

# What each placeholder holds (shown in the settings), and which texts may use it.
PLACEHOLDERS = {
    "mentor": QT_TRANSLATE_NOOP("Mail", "the mentor's full name"),
    "mentee": QT_TRANSLATE_NOOP("Mail", "the mentee's full name"),
    "mentor_first": QT_TRANSLATE_NOOP("Mail", "the mentor's first name"),
    "mentee_first": QT_TRANSLATE_NOOP("Mail", "the mentee's first name"),
    "programme": QT_TRANSLATE_NOOP("Mail", "the programme's name"),
    "start": QT_TRANSLATE_NOOP("Mail", "the day the pairing started or starts"),
    "end": QT_TRANSLATE_NOOP("Mail", "the day it ends (or ended)"),
    "cadence": QT_TRANSLATE_NOOP("Mail", 'how often they meet ("every 4 weeks")'),
    "coordinator": QT_TRANSLATE_NOOP("Mail", "your name, as set above"),
    "reason": QT_TRANSLATE_NOOP("Mail", "in a reminder: why it is sent, and what is asked"),
    "moment": QT_TRANSLATE_NOOP("Mail", "in an evaluation request: which evaluation"),
    "first_name": QT_TRANSLATE_NOOP("Mail", "in an evaluation request: their first name"),
    "partner": QT_TRANSLATE_NOOP("Mail", "in an evaluation request: their partner's full name"),
}
ONLY_IN = {
    "reason": {REMINDER},
    "moment": {EVALUATION},
    "first_name": {EVALUATION},
    "partner": {EVALUATION},
}
# {name}, or {{ and }} for a brace typed as such
TOKEN = re.compile(r"\{\{|\}\}|\{([^{}]*)\}")


def placeholders_for(key: str) -> list[str]:
    return [name for name in PLACEHOLDERS if key in ONLY_IN.get(name, {key})]


def unknown_placeholders(text: str, key: str) -> list[str]:
    allowed = placeholders_for(key)
    return [
        m.group(1)
        for m in TOKEN.finditer(text)
        if m.group(1) is not None and m.group(1) not in allowed
    ]


def check_template(text: str, key: str) -> None:
    unknown = unknown_placeholders(text, key)
    if "{" in TOKEN.sub("", text) or "}" in TOKEN.sub("", text):
        raise DomainError(
            QT_TRANSLATE_NOOP(
                "DomainError",
                "This text has a brace that does not close (or open) a placeholder. Type "
                "{open} or {close} for a brace itself.",
            ),
            open="{{",
            close="}}",
        )
    if unknown:
        raise DomainError(
            QT_TRANSLATE_NOOP(
                "DomainError",
                "This text has words in braces that are no placeholder of this e-mail: "
                "{unknown}. The ones it can use are listed beside the text; type {open} or "
                "{close} for a brace itself.",
            ),
            unknown=", ".join("{" + name + "}" for name in dict.fromkeys(unknown)),
            open="{{",
            close="}}",
        )


def check_texts(subject: str, body: str, key: str) -> None:
    """An e-mail's subject and text, each checked on its own (a brace in one does not
    close in the other), and neither empty."""
    if not subject.strip() or not body.strip():
        raise DomainError(
            QT_TRANSLATE_NOOP(
                "DomainError",
                'Give each e-mail a subject and a text ("Use the standard text" starts again).',
            )
        )
    check_template(subject, key)
    check_template(body, key)


def fill(text: str, values: dict[str, str]) -> str:
    """Each placeholder replaced by its value, {{ and }} by a brace."""

    def replace(match):
        name = match.group(1)
        if name is None:
            return match.group(0)[0]
        return values.get(name, match.group(0))

    return TOKEN.sub(replace, text)


@dataclass
class MailSettings:
    name: str = ""  # the coordinator, as the e-mails are signed
    email: str = ""
    organisation: str = ""  # under the name in e-mails, beside it on forms
    meeting_time: str = "10:00"  # when a pair's meetings start in the calendar file
    cc: bool = False  # a copy of every draft to the coordinator
    # {language: {template key: [subject, body]}}: only the texts the coordinator changed
    templates: dict = field(default_factory=dict)


def _time_text(value) -> str:
    """A time of day as HH:MM; anything else gives the default."""
    if isinstance(value, str) and re.fullmatch(r"([01]\d|2[0-3]):[0-5]\d", value):
        return value
    return MailSettings.meeting_time


def time_of_day(text: str) -> str:
    """A time as typed ("14:30", "9.15", "1430", "9") as HH:MM, or refused in words."""
    typed = (text or "").strip().lower()
    # 14:30, 14.30, 14h30, 14u30 (as Flemish colleagues write it), 14:30:00, 1430, 9h, 9
    found = re.fullmatch(r"(\d{1,2})(?:\s*[:.hu]\s*(\d{2})?(?::00)?|(\d{2}))?", typed)
    if found:
        hours, minutes = int(found.group(1)), int(found.group(2) or found.group(3) or 0)
        if hours < 24 and minutes < 60:
            return f"{hours:02d}:{minutes:02d}"
    if not typed:
        raise DomainError(
            QT_TRANSLATE_NOOP("DomainError", "Say when the meetings start, for example 14:30."),
            field="meeting_time",
        )
    raise DomainError(
        QT_TRANSLATE_NOOP(
            "DomainError", "{text} is not a time of day: write it as, for example, 14:30."
        ),
        field="meeting_time",
        text=text.strip() if len(text.strip()) <= 20 else text.strip()[:19] + "…",
    )


def meeting_time(settings: MailSettings) -> dt.time:
    hours, minutes = settings.meeting_time.split(":")
    return dt.time(int(hours), int(minutes))


def signed(settings: MailSettings) -> str:
    """The coordinator as an e-mail is signed: the name, the organisation under it."""
    return "\n".join(x for x in (settings.name, settings.organisation) if x)


def settings_path() -> Path:
    import platformdirs

    return Path(platformdirs.user_config_dir("rmentor", appauthor=False)) / "mail.json"


def load_settings() -> MailSettings:
    """The saved settings; a missing or damaged file (or text in it) gives the defaults."""
    try:
        data = json.loads(settings_path().read_text(encoding="utf-8"))
        text = {k: _clean(data.get(k)) for k in ("name", "email", "organisation")}
        settings = MailSettings(
            name=" ".join(text["name"].split()),
            email=text["email"].strip(),
            organisation=" ".join(text["organisation"].split()),
            meeting_time=_time_text(data.get("meeting_time")),
            cc=data.get("cc") is True,
        )
    except (OSError, ValueError, TypeError, AttributeError, RecursionError):
        return MailSettings()
    try:  # a file edited by hand: a name or address no mail program takes is left out
        if settings.email:
            address(settings.name, settings.email)
    except DomainError:
        settings.name, settings.email = "", ""
    templates = data.get("templates")
    for language, kinds in templates.items() if isinstance(templates, dict) else ():
        for key, text in kinds.items() if isinstance(kinds, dict) else ():
            if (
                language in ("nl", "en")
                and key in DEFAULT_TEMPLATES
                and isinstance(text, list)
                and len(text) == 2
                and all(isinstance(t, str) and t == _clean(t) for t in text)
                and _fits(text[0], text[1], key)
            ):
                settings.templates.setdefault(language, {})[key] = list(text)
    return settings


def _fits(subject: str, body: str, key: str) -> bool:
    try:
        check_texts(subject, body, key)
    except DomainError:
        return False
    return True


def _clean(value) -> str:
    """Text as JSON may hold it, kept only when it is text UTF-8 can write."""
    if not isinstance(value, str):
        return ""
    try:
        value.encode("utf-8")
    except UnicodeEncodeError:  # a lone surrogate, "\ud800"
        return ""
    return value


def save_settings(settings: MailSettings) -> None:
    settings.meeting_time = time_of_day(settings.meeting_time)
    if settings.email:  # refused when a mail program cannot use it
        address(settings.name, settings.email)
    for kinds in settings.templates.values():
        for key, (subject, body) in kinds.items():
            check_texts(subject, body, key)
    path = settings_path()
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(path.name + ".part")
    tmp.write_text(json.dumps(settings.__dict__, ensure_ascii=False, indent=2), encoding="utf-8")
    tmp.replace(path)


def template(key: str, language: str, face, settings: MailSettings) -> tuple[str, str]:
    """Subject and body: the coordinator's own for this language, or the standard."""
    own = settings.templates.get(language, {}).get(key)
    if own:
        return own[0], own[1]
    subject, body = DEFAULT_TEMPLATES[key]
    return face.translate(CONTEXT, subject), face.translate(CONTEXT, body)
