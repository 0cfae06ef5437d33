"""What the anonymised report may say about people.

A person is shown as their role and department only when at least MIN_GROUP people
of the programme share both; smaller departments are pooled as "other departments"
(when that pool holds MIN_GROUP people) or left out, leaving the role alone. Names
are taken out of every typed text by NameFinder, and so are the departments the
report does not name; end reasons given for fewer than MIN_GROUP pairings are pooled.
"""

from collections import Counter
from dataclasses import dataclass

from rmentor.models.figures.purpose_figures import FreeText
from rmentor.models.figures.report_data import ReportData
from rmentor.models.figures.suppression import MIN_ANSWERS
from rmentor.models.programme.entities import Enrolment
from rmentor.models.programme.entities import Participant
from rmentor.models.programme.entities import Programme
from rmentor.models.programme.privacy import ERASED_FIRST
from rmentor.models.storage.database import fetch_raw
from rmentor.models.text.names import NameFinder
from rmentor.models.text.names import TermFinder
from rmentor.models.text.names import sponsor_forms
from rmentor.models.text.names import words

MIN_GROUP = MIN_ANSWERS
OTHER = object()  # "other departments"


def department_groups(programme: Programme) -> dict[tuple[str, str], object]:
    """(role, department) -> the department to show: itself, OTHER, or None (role only).
    Only active people count, as in the report's figures; a group not in the result
    (everyone in it inactive) is shown by role only."""
    counts = Counter(
        (role, department.strip())
        for role, department in fetch_raw(
            Participant.select(Participant.role, Participant.department)
            .join(Enrolment)
            .where((Enrolment.programme == programme) & (Participant.active == True))
        )
    )
    small = Counter()
    for (role, department), n in counts.items():
        if department and n < MIN_GROUP:
            small[role] += n
    shown = {}
    for role, department in counts:
        if not department:
            shown[role, department] = None
        elif counts[role, department] >= MIN_GROUP:
            shown[role, department] = department
        else:
            shown[role, department] = OTHER if small[role] >= MIN_GROUP else None
    return shown


def pooled_reasons(reasons: dict[str, int]) -> tuple[dict[str, int], int]:
    """End reasons given for at least MIN_GROUP pairings, and how many pairings had
    one of the rarer reasons."""
    kept = {r: n for r, n in reasons.items() if n >= MIN_GROUP}
    return kept, sum(reasons.values()) - sum(kept.values())


def report_finder(programme: Programme) -> NameFinder:
    """Every name in the file (anyone may be mentioned in a text), and the sponsor's."""
    people = fetch_raw(
        Participant.select(Participant.first_name, Participant.last_name, Participant.email).where(
            Participant.first_name != ERASED_FIRST
        )
    )
    finder = NameFinder.for_people(people)
    if programme.sponsor.strip():
        finder = NameFinder(finder.forms | sponsor_forms(programme.sponsor))
    return finder


def department_finder(programme: Programme) -> NameFinder:
    """The departments the anonymised report does not name (too few people in one of
    their groups): typed into a summary ("shown to the Directie"), they name someone."""
    hidden = {
        dept
        for (_role, dept), shown in department_groups(programme).items()
        if dept and shown != dept
    }
    return NameFinder({words(dept) for dept in hidden if words(dept)})


@dataclass(frozen=True)
class NamingText:
    text: FreeText
    names: list[str]  # as written in the text


def texts_naming_people(data: ReportData) -> list[NamingText]:
    """The typed texts of a report that name someone, for the coordinator to edit."""
    finder = report_finder(data.programme)
    departments = department_finder(data.programme)
    result = []
    for text in dict.fromkeys(data.free_texts()):
        found = finder.find(text.text) + departments.find(text.text)
        if found:
            result.append(NamingText(text, list(dict.fromkeys(f.text for f in found))))
    return result


def term_finders(programme: Programme) -> tuple[NameFinder, NameFinder]:
    """(departments, job titles) of everyone in the file, as whole words: typed into a
    shareable text ("the financial manager told about his divorce"), a unique job
    title or a small department names someone as surely as a name does."""
    departments, titles = set(), set()
    for department, title in fetch_raw(
        Participant.select(Participant.department, Participant.job_title).where(
            Participant.first_name != ERASED_FIRST
        )
    ):
        departments.add(department)
        titles.add(title)
    return TermFinder(departments), TermFinder(titles)


@dataclass(frozen=True)
class Subjects:
    """What an anonymised attention line says of whom it is about, read for all lines at
    once (one query a line made thousands for a large programme)."""

    people: dict  # participant id -> (role, department)
    pairs: dict  # pairing id -> (mentor's department, mentee's department)
    outcomes: dict  # outcome item id -> (its meeting's pairing id, its text)


def attention_subjects(items) -> Subjects:
    from rmentor.models.programme.entities import Meeting
    from rmentor.models.programme.entities import OutcomeItem
    from rmentor.models.programme.entities import Pairing

    people = {
        pid: (role, department)
        for pid, role, department in fetch_raw(
            Participant.select(Participant.id, Participant.role, Participant.department)
        )
    }
    pairs = {
        pid: (people[mentor][1], people[mentee][1])
        for pid, mentor, mentee in fetch_raw(
            Pairing.select(Pairing.id, Pairing.mentor, Pairing.mentee)
        )
    }
    wanted = [i.target_id for i in items if i.target == "outcome"]
    outcomes = {
        oid: (pairing, text)
        for oid, pairing, text in fetch_raw(
            OutcomeItem.select(OutcomeItem.id, Meeting.pairing, OutcomeItem.text)
            .join(Meeting)
            .where(OutcomeItem.id.in_(wanted))
        )
    }
    return Subjects(people, pairs, outcomes)
