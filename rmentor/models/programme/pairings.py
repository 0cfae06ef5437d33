"""Pairings: the rules a pair must meet and the lifecycle of a pairing."""

import datetime as dt
from typing import NamedTuple

from rmentor.models.errors import DomainError
from rmentor.models.programme.entities import MENTEE_PERSON
from rmentor.models.programme.entities import MENTOR_PERSON
from rmentor.models.programme.entities import PAIR_NAMES
from rmentor.models.programme.entities import Enrolment
from rmentor.models.programme.entities import Pairing
from rmentor.models.programme.entities import PairingTheme
from rmentor.models.programme.entities import Participant
from rmentor.models.programme.entities import Programme
from rmentor.models.programme.entities import pairings_with_people
from rmentor.models.programme.entities import person_name
from rmentor.models.programme.participants import in_reporting_line
from rmentor.models.programme.participants import themes_of
from rmentor.models.programme.points import Point as Concern
from rmentor.models.programme.programmes import link_themes
from rmentor.models.programme.validation import choice
from rmentor.models.programme.validation import required
from rmentor.models.programme.validation import whole_number
from rmentor.models.storage.database import db
from rmentor.models.storage.versions import check_unchanged
from rmentor.models.text.i18n import QT_TRANSLATE_NOOP
from rmentor.models.text.languages import comparable
from rmentor.models.text.vocabulary import ACTIVE
from rmentor.models.text.vocabulary import COMPLETED
from rmentor.models.text.vocabulary import END_REASONS
from rmentor.models.text.vocabulary import ENDED_EARLY
from rmentor.models.text.vocabulary import MENTEE
from rmentor.models.text.vocabulary import MENTOR
from rmentor.models.text.vocabulary import OPEN_STATUSES
from rmentor.models.text.vocabulary import PAIRING_STATUSES
from rmentor.models.text.vocabulary import PAUSED
from rmentor.models.text.vocabulary import PROPOSED
from rmentor.models.text.vocabulary import TRANSITIONS
from rmentor.models.text.wording import Term

# What the coordinator can do with a pairing, by its status: (from statuses, to status).
PAIRING_ACTIONS = {
    "activate": ((PROPOSED,), ACTIVE),
    "pause": ((ACTIVE,), PAUSED),
    "resume": ((PAUSED,), ACTIVE),
    "complete": ((ACTIVE, PAUSED), COMPLETED),
    "end_early": ((PROPOSED, ACTIVE, PAUSED), ENDED_EARLY),
    "reopen": ((COMPLETED, ENDED_EARLY), ACTIVE),
    "rematch": ((ENDED_EARLY,), None),  # a new partner for the mentee
}


def available_actions(status: str | None) -> set[str]:
    """The actions a pairing in this status allows (each a move TRANSITIONS permits)."""
    return {name for name, (sources, _target) in PAIRING_ACTIONS.items() if status in sources}


BULK_ACTIONS = ("activate", "pause", "resume", "reopen")  # need no form of their own


def apply_to_many(pairings: list[Pairing], action: str) -> tuple[list[Pairing], list[Pairing]]:
    """Take one status action on many pairings at once, as one change: those whose
    status allows it move, the others are left as they are. A rule one of them breaks
    (a mentor's capacity on activation) stops the whole change, so nothing half-done
    remains. Returns (changed, left as they were)."""
    if action not in BULK_ACTIONS:
        raise ValueError(action)
    target = PAIRING_ACTIONS[action][1]
    moved = [p for p in pairings if action in available_actions(p.status)]
    with db.atomic():
        for pairing in moved:
            set_status(pairing, target)
    ids = {p.id for p in moved}  # a list's `in` compares models one by one: quadratic
    return moved, [p for p in pairings if p.id not in ids]


def open_pairings(participant: Participant, exclude: Pairing | None = None):
    query = Pairing.select().where(
        ((Pairing.mentor == participant) | (Pairing.mentee == participant))
        & Pairing.status.in_(OPEN_STATUSES)
    )
    if exclude is not None and exclude.id is not None:
        query = query.where(Pairing.id != exclude.id)
    return query


def hard_concerns(
    programme: Programme, mentor: Participant, mentee: Participant, exclude: Pairing | None = None
) -> list[Concern]:
    """Every hard rule the pair breaks; an empty list means the pair is allowed."""
    found = []
    if mentor.id == mentee.id:
        return [
            Concern(
                "same_person",
                QT_TRANSLATE_NOOP("DomainError", "{name} cannot be paired with themself."),
                {"name": mentor.full_name},
                overridable=False,
            )
        ]
    for person, role, wrong in (
        (mentor, MENTOR, QT_TRANSLATE_NOOP("DomainError", "{name} is not a mentor.")),
        (mentee, MENTEE, QT_TRANSLATE_NOOP("DomainError", "{name} is not a mentee.")),
    ):
        if person.role != role:
            found.append(Concern("role", wrong, {"name": person.full_name}, False))
    for person in (mentor, mentee):
        if not person.active:
            found.append(
                Concern(
                    "inactive",
                    QT_TRANSLATE_NOOP("DomainError", "{name} is inactive."),
                    {"name": person.full_name},
                )
            )
        if (
            not Enrolment.select()
            .where((Enrolment.programme == programme) & (Enrolment.participant == person))
            .exists()
        ):
            found.append(
                Concern(
                    "not_enrolled",
                    QT_TRANSLATE_NOOP(
                        "DomainError", "{name} does not take part in this programme."
                    ),
                    {"name": person.full_name},
                )
            )
        used = open_pairings(person, exclude).count()
        if used >= person.capacity:
            found.append(
                Concern(
                    "capacity",
                    QT_TRANSLATE_NOOP(
                        "DomainError",
                        "{name} has no room for another pairing (capacity {count}).",
                    ),
                    {"name": person.full_name, "count": used},
                )
            )
    if in_reporting_line(mentor, mentee):
        found.append(
            Concern(
                "reporting_line",
                QT_TRANSLATE_NOOP(
                    "DomainError", "{mentor} and {mentee} are in the same reporting line."
                ),
                {"mentor": mentor.full_name, "mentee": mentee.full_name},
            )
        )
    return found


def soft_concerns(mentor: Participant, mentee: Participant) -> list[Concern]:
    """Points the coordinator should weigh; they never block a pairing."""
    found = []
    if mentor.department and mentor.department.casefold() == mentee.department.casefold():
        found.append(
            Concern(
                "same_department",
                QT_TRANSLATE_NOOP("DomainError", "Both work in {department}."),
                {"department": mentor.department},
            )
        )
    # compared as suggestions compare them: "Dutch" and "Nederlands" are one language
    if not {comparable(x) for x in mentor.language_list} & {
        comparable(x) for x in mentee.language_list
    }:
        found.append(
            Concern(
                "no_language",
                QT_TRANSLATE_NOOP("DomainError", "They have no language in common."),
                {},
            )
        )
    wanted = {t.id for t in themes_of(mentee)}  # a mentee who wants none is not let down
    if wanted and not {t.id for t in themes_of(mentor)} & wanted:
        found.append(
            Concern(
                "no_theme",
                QT_TRANSLATE_NOOP(
                    "DomainError", "The mentor offers none of the themes the mentee wants."
                ),
                {},
            )
        )
    # weighed as the suggestions weigh it (matching.explain): the two should never disagree
    places = (mentor.location, mentee.location)
    if all(places) and places[0].casefold() != places[1].casefold():
        found.append(
            Concern(
                "location",
                QT_TRANSLATE_NOOP(
                    "DomainError", "They work in different places ({mentor}, {mentee})."
                ),
                {"mentor": mentor.location, "mentee": mentee.location},
            )
        )
    return found


def create_pairing(
    programme: Programme,
    mentor: Participant,
    mentee: Participant,
    *,
    override_reason: str = "",
    start_date: dt.date | None = None,
    planned_end_date: dt.date | None = None,
    cadence_weeks: int | None = None,
    themes=(),
    match_score: int | None = None,
    match_explanation: str = "",
) -> Pairing:
    """Write a proposed pairing; hard rules block unless overridden with a reason."""
    concerns = hard_concerns(programme, mentor, mentee)
    fixed = [c for c in concerns if not c.overridable]
    if fixed:
        raise DomainError(fixed[0].message, field="pair", **fixed[0].params)
    override_reason = (override_reason or "").strip()
    if concerns and not override_reason:
        raise DomainError(
            QT_TRANSLATE_NOOP("DomainError", "{problem} Give a reason to pair them anyway."),
            field="override_reason",
            problem=concerns[0],
        )
    _check_agreement(start_date, planned_end_date, cadence_weeks, programme)
    with db.atomic():
        pairing = Pairing.create(
            programme=programme,
            mentor=mentor,
            mentee=mentee,
            status=PROPOSED,
            start_date=start_date,
            planned_end_date=planned_end_date,
            cadence_weeks=cadence_weeks,
            override_reason=override_reason if concerns else "",
            match_score=match_score,
            match_explanation=match_explanation,
        )
        set_themes(pairing, themes)
    return pairing


def _check_agreement(start_date, planned_end_date, cadence_weeks, programme) -> None:
    for value, field in ((start_date, "start_date"), (planned_end_date, "planned_end_date")):
        if value and not programme.start_date <= value <= programme.end_date:
            raise DomainError(
                QT_TRANSLATE_NOOP(
                    "DomainError",
                    "The pairing's dates must lie within the programme, {start} to {end}.",
                ),
                field=field,
                start=programme.start_date,
                end=programme.end_date,
            )
    if start_date and planned_end_date and planned_end_date <= start_date:
        raise DomainError(
            QT_TRANSLATE_NOOP("DomainError", "The planned end must come after the start."),
            field="planned_end_date",
        )
    if cadence_weeks is not None:
        whole_number(cadence_weeks, 1, 26, "cadence_weeks")


def set_themes(pairing: Pairing, themes) -> None:
    link_themes(PairingTheme.pairing, pairing, themes)


def update_agreement(
    pairing: Pairing,
    *,
    start_date=None,
    planned_end_date=None,
    cadence_weeks=None,
    ground_rules_date=None,
    themes=None,
    seen: tuple | None = None,
) -> Pairing:
    check_unchanged(pairing, seen)  # the record as the form showed it
    _check_agreement(start_date, planned_end_date, cadence_weeks, pairing.programme)
    with db.atomic():
        pairing.start_date = start_date
        pairing.planned_end_date = planned_end_date
        pairing.cadence_weeks = cadence_weeks
        pairing.ground_rules_date = ground_rules_date
        pairing.save()
        if themes is not None:
            set_themes(pairing, themes)
    return pairing


def set_status(
    pairing: Pairing,
    status: str,
    *,
    reason: str | None = None,
    note: str = "",
    today: dt.date | None = None,
    seen: tuple | None = None,
) -> Pairing:
    """Move a pairing along its lifecycle; ending early needs a reason."""
    check_unchanged(pairing, seen)  # the record as the form showed it
    choice(status, PAIRING_STATUSES, "status")
    if status not in TRANSITIONS[pairing.status]:
        raise DomainError(
            QT_TRANSLATE_NOOP("DomainError", "A pairing that is {current} cannot become {new}."),
            field="status",
            current=Term("PAIRING_STATUSES", pairing.status),
            new=Term("PAIRING_STATUSES", status),
        )
    today = today or dt.date.today()
    if status == ENDED_EARLY:
        choice(required(reason, "end_reason"), END_REASONS, "end_reason")
        pairing.end_reason = reason
        pairing.end_note = (note or "").strip()
    elif status == ACTIVE:
        if pairing.status not in OPEN_STATUSES:  # reopening takes a place again
            for person in (pairing.mentor, pairing.mentee):
                if open_pairings(person, pairing).count() >= person.capacity:
                    raise DomainError(
                        QT_TRANSLATE_NOOP(
                            "DomainError",
                            "{name} has no room for another pairing (capacity {capacity}).",
                        ),
                        field="status",
                        name=person.full_name,
                        capacity=person.capacity,
                    )
        # Not before the programme starts, and planned to end with it unless agreed.
        programme = pairing.programme
        start = min(max(today, programme.start_date), programme.end_date)
        pairing.start_date = pairing.start_date or start
        pairing.planned_end_date = pairing.planned_end_date or programme.end_date
        pairing.end_reason = None
        pairing.end_note = ""
    with db.atomic():
        pairing.status = status
        pairing.save()
    return pairing


class PairingRow(NamedTuple):
    """One line of the pairings table, with the figures of its journal."""

    id: int
    mentor_id: int
    mentee_id: int
    mentor_name: str
    mentee_name: str
    mentor_department: str
    mentee_department: str
    status: str
    start_date: dt.date | None
    planned_end_date: dt.date | None
    held: int
    last_meeting: dt.date | None
    days_since: int | None
    next_due: dt.date | None
    overdue: bool
    override_reason: str
    match_score: int | None
    end_reason: str | None


def pairing_count(programme: Programme) -> int:
    """The rows the pairings tab reads."""
    return Pairing.select().where(Pairing.programme == programme).count()


def pairing_rows(
    programme: Programme, today: dt.date | None = None, figures: dict | None = None
) -> list[PairingRow]:
    """The pairings tab's lines; `figures`, the programme's pairing_figures as of today,
    when the caller has them already (the report: they are its dearest query)."""
    from rmentor.models.figures.counts import pairing_figures

    mentor, mentee = MENTOR_PERSON, MENTEE_PERSON
    query = pairings_with_people(
        programme,
        Pairing.id,
        Pairing.mentor,
        Pairing.mentee,
        *PAIR_NAMES,
        mentor.department,
        mentee.department,
        Pairing.status,
        Pairing.start_date,
        Pairing.planned_end_date,
        Pairing.override_reason,
        Pairing.match_score,
        Pairing.end_reason,
    ).tuples()
    figures = figures if figures is not None else pairing_figures(programme, today)
    rows = []
    for (
        pid,
        mentor_id,
        mentee_id,
        mf,
        ml,
        ef,
        el,
        md,
        ed,
        status,
        start,
        end,
        override,
        score,
        reason,
    ) in query:
        f = figures[pid]
        rows.append(
            PairingRow(
                pid,
                mentor_id,
                mentee_id,
                person_name(mf, ml),
                person_name(ef, el),
                md,
                ed,
                status,
                _date(start),
                _date(end),
                f.held,
                f.last_meeting,
                f.days_since,
                f.next_due,
                f.overdue,
                override,
                score,
                reason,
            )
        )
    return rows


def _date(value):
    return dt.date.fromisoformat(value) if isinstance(value, str) else value


def partner_history(participant: Participant) -> list[tuple[Pairing, Participant]]:
    """Every pairing the person had, in any programme, with the partner, newest first."""
    query = (
        Pairing.select()
        .where((Pairing.mentor == participant) | (Pairing.mentee == participant))
        .order_by(Pairing.created.desc())
    )
    return [(p, p.mentee if p.mentor_id == participant.id else p.mentor) for p in query]
