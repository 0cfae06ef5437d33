"""Who may be paired in a programme: its candidates with what the rules weigh, and for
someone waiting, whether anyone could be their partner now and if not, why.

Without NumPy (matching imports it for scoring a whole cohort): the overview asks this
of every waiting person before the window's first paint.
"""

import functools
from dataclasses import dataclass

from rmentor.models.programme.entities import Enrolment
from rmentor.models.programme.entities import Pairing
from rmentor.models.programme.entities import Participant
from rmentor.models.programme.entities import ParticipantTheme
from rmentor.models.programme.entities import Programme
from rmentor.models.programme.points import Point
from rmentor.models.storage.database import fetch_raw
from rmentor.models.text.i18n import QT_TRANSLATE_NOOP
from rmentor.models.text.languages import comparable
from rmentor.models.text.vocabulary import COMPLETED
from rmentor.models.text.vocabulary import MENTEE
from rmentor.models.text.vocabulary import MENTOR
from rmentor.models.text.vocabulary import OPEN_STATUSES
from rmentor.models.text.wording import Term


@dataclass
class Candidate:
    participant: Participant
    theme_ids: frozenset
    languages: frozenset
    capacity_left: int
    up2: frozenset  # manager and manager's manager
    previous: frozenset  # earlier partners, in any programme

    @property
    def id(self) -> int:
        return self.participant.id


@dataclass(frozen=True, slots=True)
class RuleFields:
    """What the hard rules and their reasons read of a participant. Whole records of
    5,000 people, each made by peewee, were half of the attention list's time (the
    overview's and a report's)."""

    id: int
    role: str
    languages: str
    capacity: int

    language_list = property(Participant.language_list.fget)


def candidates(programme: Programme, rules_only=False) -> tuple[list[Candidate], set[int]]:
    """Every active enrolled participant as a candidate, and the mentees paired here;
    with rules_only, their participants are RuleFields and their themes are not read."""
    enrolled = (Enrolment.programme == programme) & (Participant.active == True)
    if rules_only:
        fields = [getattr(Participant, f) for f in RuleFields.__slots__]
        query = Participant.select(*fields).join(Enrolment).where(enrolled)
        people = [RuleFields(*row) for row in fetch_raw(query)]
    else:
        people = list(Participant.select().join(Enrolment).where(enrolled))
    # ids and keys only: read without peewee's conversion of each row
    managers = dict(fetch_raw(Participant.select(Participant.id, Participant.manager)))
    themes: dict[int, set] = {}
    if not rules_only:  # the rules weigh no themes: reading them was half of their check
        for pid, tid in fetch_raw(
            ParticipantTheme.select(ParticipantTheme.participant, ParticipantTheme.theme)
        ):
            themes.setdefault(pid, set()).add(tid)
    open_count: dict[int, int] = {}
    paired_here: set[int] = set()
    previous: dict[int, set] = {}
    for mentor, mentee, status, prog in fetch_raw(
        Pairing.select(Pairing.mentor, Pairing.mentee, Pairing.status, Pairing.programme)
    ):
        previous.setdefault(mentor, set()).add(mentee)
        previous.setdefault(mentee, set()).add(mentor)
        # A place is taken by an open pairing anywhere, or a completed one in this
        # programme: whoever finished a pairing here is not paired again in it.
        if status in OPEN_STATUSES or (status == COMPLETED and prog == programme.id):
            for pid in (mentor, mentee):
                open_count[pid] = open_count.get(pid, 0) + 1
            if prog == programme.id:
                paired_here.add(mentee)
    result = []
    for p in people:
        up = managers.get(p.id)
        up2 = frozenset(x for x in (up, managers.get(up)) if x is not None)
        result.append(
            Candidate(
                p,
                frozenset(themes.get(p.id, ())),
                _comparable_languages(p.languages),
                p.capacity - open_count.get(p.id, 0),
                up2,
                frozenset(previous.get(p.id, ())),
            )
        )
    return result, paired_here


@functools.lru_cache(maxsize=4096)
def _comparable_languages(languages: str) -> frozenset:
    """A handful of ways of writing languages recur over thousands of people."""
    return frozenset(comparable(x.strip()) for x in languages.split(",") if x.strip())


def load_pool(programme: Programme) -> tuple[list[Candidate], list[Candidate]]:
    """Active enrolled mentors with capacity left, and active mentees not yet paired here."""
    return pool_of(*candidates(programme))


def pool_of(everyone: list[Candidate], paired_here: set[int]):
    """load_pool for candidates read already."""
    mentors = [c for c in everyone if c.participant.role == MENTOR and c.capacity_left > 0]
    mentees = [
        c
        for c in everyone
        if c.participant.role == MENTEE and c.capacity_left > 0 and c.id not in paired_here
    ]
    return mentors, mentees


def why_no_partner(person: Candidate, others: list[Candidate]) -> Point:
    """Why no one on the other side may be paired with this person: the first rule that
    leaves no one, in the order a coordinator can do something about it."""
    other_role = Term("ROLES", MENTEE if person.participant.role == MENTOR else MENTOR)
    if not person.languages:
        return Point("no_language", QT_TRANSLATE_NOOP("DomainError", "no language recorded"))
    if not others:
        return Point(
            "no_room",
            QT_TRANSLATE_NOOP("DomainError", "no {role} with room left in the programme"),
            {"role": other_role},
        )
    speaking = [o for o in others if o.languages & person.languages]
    if not speaking:
        return Point(
            "no_shared_language",
            QT_TRANSLATE_NOOP("DomainError", "no {role} with room left speaks {languages}"),
            {"role": other_role, "languages": tuple(person.participant.language_list)},
        )
    if not any(may_pair(person, o) for o in speaking):
        return Point(
            "reporting_line",
            QT_TRANSLATE_NOOP(
                "DomainError",
                "every {role} with room left who shares a language is in their reporting "
                "line or was their partner before",
            ),
            {"role": other_role},
        )
    return Point("no_partner", QT_TRANSLATE_NOOP("DomainError", "no eligible partner"))


def without_languages(reason: Point) -> Point:
    """The reason as an anonymised report may give it: a rare language names someone."""
    if reason.key != "no_shared_language":
        return reason
    return Point(
        reason.key,
        QT_TRANSLATE_NOOP("DomainError", "no {role} with room left shares a language"),
        {"role": reason.params["role"]},
    )


def no_possible_partner(programme: Programme, people: set[int]) -> dict[int, Point]:
    """Of these people waiting, those for whom no one could be a partner now, and why.
    Only the people waiting are weighed against the other side: the overview asks this
    each time it is shown (and, without NumPy, before the window's first paint)."""
    everyone, paired_here = candidates(programme, rules_only=True)
    mentors, mentees = pool_of(everyone, paired_here)
    # not in the pool at all: their places are taken by pairings in other programmes
    result = {
        c.id: Point(
            "no_room_self",
            QT_TRANSLATE_NOOP(
                "DomainError",
                "no room left: their places are taken by pairings in other programmes",
            ),
        )
        for c in everyone
        if c.id in people and c.capacity_left <= 0
    }
    for waiting, others in ((mentors, mentees), (mentees, mentors)):
        speakers: dict[str, list[Candidate]] = {}
        for other in others:
            for language in other.languages:
                speakers.setdefault(language, []).append(other)
        for c in waiting:
            if c.id in people and not any(
                may_pair(c, other)
                for language in c.languages
                for other in speakers.get(language, ())
            ):
                result[c.id] = why_no_partner(c, others)
    return result


def may_pair(person: Candidate, other: Candidate) -> bool:
    """The hard rules, as matching.score_matrix applies them to a whole cohort: a shared
    language, and neither in the other's reporting line nor a partner before."""
    return bool(
        person.languages & other.languages
        and other.id not in person.up2 | person.previous
        and person.id not in other.up2
    )
