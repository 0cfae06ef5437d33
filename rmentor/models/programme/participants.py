"""Participants: their profile, the reporting line, enrolment and removal."""

import datetime as dt
from typing import NamedTuple

from peewee import JOIN

from rmentor.models.errors import DomainError
from rmentor.models.programme.entities import Enrolment
from rmentor.models.programme.entities import Pairing
from rmentor.models.programme.entities import Participant
from rmentor.models.programme.entities import ParticipantTheme
from rmentor.models.programme.entities import Programme
from rmentor.models.programme.entities import Theme
from rmentor.models.programme.programmes import link_themes
from rmentor.models.programme.programmes import linked_themes
from rmentor.models.programme.validation import choice
from rmentor.models.programme.validation import email
from rmentor.models.programme.validation import one_line
from rmentor.models.programme.validation import required
from rmentor.models.programme.validation import whole_number
from rmentor.models.storage.database import db
from rmentor.models.storage.versions import check_unchanged
from rmentor.models.text.i18n import QT_TRANSLATE_NOOP
from rmentor.models.text.names import fold_text
from rmentor.models.text.vocabulary import ROLES

FIELDS = (
    "first_name",
    "last_name",
    "email",
    "role",
    "department",
    "job_title",
    "level",
    "manager",
    "languages",
    "location",
    "capacity",
    "active",
    "consent_date",
    "notes",
)


# Dutch surname prefixes ("tussenvoegsels"): "van Dijk" is filed under D.
SURNAME_PREFIXES = (
    "van der ",
    "van den ",
    "van de ",
    "van ",
    "de ",
    "den ",
    "der ",
    "ten ",
    "ter ",
    "te ",
    "in 't ",
    "'t ",
    "von ",
    "le ",
    "la ",
    "du ",
)


def surname_for_sorting(last_name: str) -> str:
    """The surname without its prefixes, however many: "van 't Hof" is filed under H."""
    stripped = True
    while stripped:
        stripped = False
        lowered = last_name.lower()
        for prefix in SURNAME_PREFIXES:
            if lowered.startswith(prefix) and len(last_name) > len(prefix):
                last_name = last_name[len(prefix) :]
                stripped = True
                break
    return last_name


def filed_under(last_name: str, first_name: str) -> tuple[str, str]:
    """Where a name goes in a list: by surname without prefix, accents or case, so
    Ömer Ünal comes after Tim Ulrich and Fleur van 't Hof before Bart Jansen."""
    return fold_text(surname_for_sorting(last_name)), fold_text(first_name)


def filed_name(full_name: str) -> tuple[str, str]:
    """filed_under for a name written whole ("Fleur van 't Hof"): the first word is taken
    as the first name."""
    first, _, last = full_name.partition(" ")
    return filed_under(last or first, full_name)


def themes_of(participant: Participant) -> list[Theme]:
    return linked_themes(ParticipantTheme.participant, participant)


def managers_above(participant: Participant, levels: int | None = None) -> list[Participant]:
    """The participant's manager, their manager, and so on (up to `levels`)."""
    chain, seen, current = [], {participant.id}, participant.manager
    while current is not None and current.id not in seen:
        chain.append(current)
        if levels is not None and len(chain) >= levels:
            break
        seen.add(current.id)
        current = current.manager
    return chain


def in_reporting_line(a: Participant, b: Participant) -> bool:
    """True when one is the other's manager or manager's manager (two levels either way)."""
    return b.id in {m.id for m in managers_above(a, 2)} or a.id in {
        m.id for m in managers_above(b, 2)
    }


def _check_manager(participant: Participant | None, manager: Participant | None) -> None:
    if manager is None:
        return
    if participant is not None and participant.id is not None:
        if manager.id == participant.id:
            raise DomainError(
                QT_TRANSLATE_NOOP("DomainError", "A person cannot be their own manager."),
                field="manager",
            )
        if participant.id in {m.id for m in managers_above(manager)}:
            raise DomainError(
                QT_TRANSLATE_NOOP(
                    "DomainError",
                    "{manager} reports to {name}, so {name} cannot report to them as well.",
                ),
                field="manager",
                manager=manager.full_name,
                name=participant.full_name,
            )


def _languages(value) -> str:
    items = value.split(",") if isinstance(value, str) else list(value or [])
    return ", ".join(dict.fromkeys(x.strip() for x in items if x.strip()))


def save_participant(
    participant: Participant | None = None,
    *,
    programme: Programme | None = None,
    themes=None,
    seen: tuple | None = None,
    **fields,
) -> Participant:
    """Create (participant=None) or update a participant after checking every rule.

    ``fields`` are columns of FIELDS; ``themes`` are theme keys or names;
    ``programme`` enrols the participant in it.
    """
    check_unchanged(participant, seen)  # the record as the form showed it
    unknown = set(fields) - set(FIELDS)
    if unknown:
        raise TypeError(f"unknown participant fields: {sorted(unknown)}")
    current = {f: getattr(participant, f) for f in FIELDS} if participant else {}
    data = {**current, **fields}
    for name in ("first_name", "last_name"):
        data[name] = one_line(required(data.get(name), name), name)
    data["email"] = email(data.get("email"))
    data["role"] = choice(data.get("role"), ROLES, "role")
    for name in ("department", "job_title", "location", "notes"):
        data[name] = (data.get(name) or "").strip()
    for name in ("department", "job_title", "location"):
        one_line(data[name], name, limit=None)  # as long as HR writes them
    if data.get("level") is not None:
        whole_number(data["level"], 1, 20, "level")
    data["capacity"] = whole_number(data.get("capacity", 1), 1, 10, "capacity")
    data["languages"] = one_line(_languages(data.get("languages")), "languages", limit=None)
    data["active"] = bool(data.get("active", True))
    consent = data.get("consent_date")
    if consent is not None and consent > dt.date.today():
        raise DomainError(
            QT_TRANSLATE_NOOP("DomainError", "The consent date cannot be in the future."),
            field="consent_date",
        )
    clash = Participant.select().where(Participant.email == data["email"])
    if participant is not None:
        clash = clash.where(Participant.id != participant.id)
    other = clash.first()
    if other is not None:
        raise DomainError(
            QT_TRANSLATE_NOOP("DomainError", "{email} is already the e-mail address of {name}."),
            field="email",
            email=data["email"],
            name=other.full_name,
        )
    _check_manager(participant, data.get("manager"))
    with db.atomic():
        participant = participant or Participant()
        for name, value in data.items():
            setattr(participant, name, value)
        participant.save()
        if themes is not None:
            set_themes(participant, themes)
        if programme is not None:
            enrol(programme, participant)
    return participant


def set_themes(participant: Participant, themes) -> None:
    link_themes(ParticipantTheme.participant, participant, themes)


def enrol(programme: Programme, participant: Participant) -> None:
    Enrolment.insert(programme=programme, participant=participant).on_conflict_ignore().execute()


def enrolled(programme: Programme):
    """A query of the programme's participants."""
    return Participant.select().join(Enrolment).where(Enrolment.programme == programme)


def has_history(participant: Participant) -> bool:
    return (
        Pairing.select()
        .where((Pairing.mentor == participant) | (Pairing.mentee == participant))
        .exists()
    )


def set_active(participants, active: bool) -> int:
    ids = [p.id for p in participants]
    with db.atomic():
        return Participant.update(active=active).where(Participant.id.in_(ids)).execute()


def delete_participant(participant: Participant) -> None:
    """Delete a participant who never took part in a pairing; others are deactivated."""
    if has_history(participant):
        raise DomainError(
            QT_TRANSLATE_NOOP(
                "DomainError",
                "{name} has pairings on record, so they cannot be deleted. "
                "Deactivate them instead: their history stays in the reports.",
            ),
            name=participant.full_name,
        )
    with db.atomic():
        participant.delete_instance()


UNPAIRED, PROPOSED_PAIR, PAIRED = "unpaired", "proposed", "paired"


class ParticipantRow(NamedTuple):
    """One line of the participants table, read in a few set-wise queries."""

    id: int
    first_name: str
    last_name: str
    email: str
    role: str
    department: str
    job_title: str
    level: int | None
    manager_name: str
    location: str
    languages: str
    theme_ids: tuple[int, ...]
    pairing_status: str  # unpaired, proposed or paired, in this programme
    active: bool

    @property
    def full_name(self) -> str:
        return f"{self.first_name} {self.last_name}"


def participant_rows(programme: Programme) -> list[ParticipantRow]:
    manager = Participant.alias()
    people = (
        Participant.select(
            Participant.id,
            Participant.first_name,
            Participant.last_name,
            Participant.email,
            Participant.role,
            Participant.department,
            Participant.job_title,
            Participant.level,
            manager.first_name.alias("m_first"),
            manager.last_name.alias("m_last"),
            Participant.location,
            Participant.languages,
            Participant.active,
        )
        .join(Enrolment, on=(Enrolment.participant == Participant.id))
        .switch(Participant)
        .join(manager, JOIN.LEFT_OUTER, on=(Participant.manager == manager.id))
        .where(Enrolment.programme == programme)
        .order_by(Participant.id)  # as entered (a server keeps no order of its own)
        .tuples()
    )
    themes: dict[int, list[int]] = {}
    for pid, tid in (
        ParticipantTheme.select(ParticipantTheme.participant, ParticipantTheme.theme)
        .join(Enrolment, on=(Enrolment.participant == ParticipantTheme.participant))
        .where(Enrolment.programme == programme)
        .order_by(ParticipantTheme.theme)
        .tuples()
    ):
        themes.setdefault(pid, []).append(tid)
    status: dict[int, str] = {}
    for mentor, mentee, state in (
        Pairing.select(Pairing.mentor, Pairing.mentee, Pairing.status)
        .where(Pairing.programme == programme)
        .tuples()
    ):
        found = _pairing_state(state)
        for pid in (mentor, mentee):
            if found == PAIRED or status.get(pid) != PAIRED and found:
                status[pid] = found
    return [
        ParticipantRow(
            pid,
            first,
            last,
            email,
            role,
            dept,
            title,
            level,
            f"{m_first} {m_last}" if m_first else "",
            place,
            langs,
            tuple(themes.get(pid, ())),
            status.get(pid, UNPAIRED),
            bool(active),
        )
        for pid, first, last, email, role, dept, title, level, m_first, m_last, place, langs, active in people
    ]


def _pairing_state(status: str) -> str | None:
    """How a pairing counts for the 'paired' column; ended early frees the person."""
    if status == "proposed":
        return PROPOSED_PAIR
    if status in ("active", "paused", "completed"):
        return PAIRED
    return None


def participant_count(programme: Programme) -> int:
    """How many people are enrolled: the rows the participants tab reads."""
    return Enrolment.select().where(Enrolment.programme == programme).count()


def programme_has_people(programme: Programme) -> bool:
    """Whether anyone is enrolled in the programme."""
    return Enrolment.select().where(Enrolment.programme == programme).exists()
