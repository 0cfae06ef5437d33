"""The journal of a pairing: meetings, their outcome items, and evaluations."""

import datetime as dt
from dataclasses import dataclass
from dataclasses import field
from typing import NamedTuple

from rmentor.models.errors import DomainError
from rmentor.models.programme.entities import PAIR_NAMES
from rmentor.models.programme.entities import Evaluation
from rmentor.models.programme.entities import Meeting
from rmentor.models.programme.entities import MeetingTheme
from rmentor.models.programme.entities import OutcomeItem
from rmentor.models.programme.entities import Pairing
from rmentor.models.programme.entities import Participant
from rmentor.models.programme.entities import Programme
from rmentor.models.programme.entities import pairings_with_people
from rmentor.models.programme.entities import person_name
from rmentor.models.programme.programmes import get_or_add_theme
from rmentor.models.programme.validation import choice
from rmentor.models.programme.validation import required
from rmentor.models.programme.validation import whole_number
from rmentor.models.storage.database import db
from rmentor.models.storage.database import fetch_raw
from rmentor.models.storage.database import iso_date
from rmentor.models.storage.database import paused_gc
from rmentor.models.storage.dialect import ids_joined
from rmentor.models.storage.dialect import placeholder
from rmentor.models.storage.versions import check_unchanged
from rmentor.models.text.i18n import QT_TRANSLATE_NOOP
from rmentor.models.text.vocabulary import CANCELLED_BY
from rmentor.models.text.vocabulary import EVALUATION_MOMENTS
from rmentor.models.text.vocabulary import EVALUATION_QUESTIONS
from rmentor.models.text.vocabulary import FORMATS
from rmentor.models.text.vocabulary import MENTEE
from rmentor.models.text.vocabulary import MENTOR
from rmentor.models.text.vocabulary import OUTCOME_KINDS
from rmentor.models.text.vocabulary import OUTCOME_STATUSES
from rmentor.models.text.vocabulary import PROPOSED
from rmentor.models.text.vocabulary import PURPOSE_QUESTIONS
from rmentor.models.text.vocabulary import ROLES


@dataclass
class OutcomeInput:
    kind: str
    text: str
    theme: str | None = None
    owner: str = ""
    status: str = "open"
    due_date: dt.date | None = None


@dataclass
class MeetingInput:
    date: dt.date | None
    duration_minutes: int
    format: str = "one_to_one"
    held: bool = True
    cancelled_by: str | None = None
    themes: list[str] = field(default_factory=list)
    summary: str = ""
    confidential_note: str = ""
    outcomes: list[OutcomeInput] = field(default_factory=list)


def _check_meeting(pairing: Pairing, data: MeetingInput, today: dt.date) -> None:
    if pairing.status == PROPOSED:
        raise DomainError(
            QT_TRANSLATE_NOOP("DomainError", "Activate the pairing before logging its meetings."),
            field="pairing",
        )
    if data.date is None:
        raise DomainError(
            QT_TRANSLATE_NOOP("DomainError", "Give the date of the meeting."), field="date"
        )
    if data.date > today:
        raise DomainError(
            QT_TRANSLATE_NOOP("DomainError", "The meeting date cannot be in the future."),
            field="date",
        )
    whole_number(data.duration_minutes, 1, 600, "duration_minutes")
    choice(data.format, FORMATS, "format")
    if not data.held:
        choice(data.cancelled_by, CANCELLED_BY, "cancelled_by")
    for item in data.outcomes:
        check_outcome(item)


def check_outcome(item: OutcomeInput) -> None:
    choice(item.kind, OUTCOME_KINDS, "outcome_kind")
    required(item.text, "outcome_text")
    choice(item.status, OUTCOME_STATUSES, "outcome_status")


def save_meeting(
    pairing: Pairing,
    data: MeetingInput,
    meeting: Meeting | None = None,
    today: dt.date | None = None,
    seen: tuple | None = None,
) -> Meeting:
    """Create or replace a meeting with its themes and outcome items, in one transaction."""
    check_unchanged(meeting, seen)  # the record as the form showed it
    _check_meeting(pairing, data, today or dt.date.today())
    with db.atomic():
        meeting = meeting or Meeting(pairing=pairing)
        meeting.date = data.date
        meeting.duration_minutes = data.duration_minutes
        meeting.format = data.format
        meeting.held = data.held
        meeting.cancelled_by = None if data.held else data.cancelled_by
        meeting.summary = data.summary.strip()
        meeting.confidential_note = data.confidential_note.strip()
        meeting.save()
        MeetingTheme.delete().where(MeetingTheme.meeting == meeting).execute()
        for theme in dict.fromkeys(get_or_add_theme(t) for t in data.themes):
            MeetingTheme.create(meeting=meeting, theme=theme)
        OutcomeItem.delete().where(OutcomeItem.meeting == meeting).execute()
        for item in data.outcomes:
            OutcomeItem.create(
                meeting=meeting,
                kind=item.kind,
                text=item.text.strip(),
                theme=get_or_add_theme(item.theme) if item.theme else None,
                owner=item.owner.strip(),
                status=item.status,
                due_date=item.due_date,
            )
    return meeting


def set_outcome_status(item: OutcomeItem, status: str) -> None:
    choice(status, OUTCOME_STATUSES, "outcome_status")
    with db.atomic():
        item.status = status
        item.save()


def set_outcome_owner(item: OutcomeItem, owner: str) -> None:
    """Who follows the item up: a name or a role, as typed (empty: nobody yet)."""
    with db.atomic():
        item.owner = " ".join(owner.split())
        item.save()


def set_outcome_effect(item: OutcomeItem, effect: str) -> None:
    """What came of an insight, idea or action: the behaviour and results it led to."""
    with db.atomic():
        item.effect = effect.strip()
        item.save()


def set_outcome_due(item: OutcomeItem, due: dt.date | None) -> None:
    with db.atomic():
        item.due_date = due
        item.save()


def save_evaluation(
    pairing: Pairing,
    *,
    side: str,
    moment: str,
    ratings: dict[str, int],
    comment: str = "",
    date: dt.date | None = None,
    seen: tuple | None = None,
) -> Evaluation:
    """Record (or replace) one side's evaluation at one moment; ratings are 1-5."""
    check_unchanged(pairing, seen)  # the record as the form showed it
    choice(side, ROLES, "side")
    choice(moment, EVALUATION_MOMENTS, "moment")
    for question in EVALUATION_QUESTIONS:
        whole_number(ratings.get(question), 1, 5, question)
    # a purpose's own question may go unasked or unanswered (0 or None: no answer)
    asked = {q: ratings.get(q) or None for q in PURPOSE_QUESTIONS}
    for question, rating in asked.items():
        if rating is not None:
            whole_number(rating, 1, 5, question)
    with db.atomic():
        evaluation = Evaluation.get_or_none(
            (Evaluation.pairing == pairing)
            & (Evaluation.side == side)
            & (Evaluation.moment == moment)
        ) or Evaluation(pairing=pairing, side=side, moment=moment)
        evaluation.date = date or dt.date.today()
        for question in EVALUATION_QUESTIONS:
            setattr(evaluation, question, ratings[question])
        for question, rating in asked.items():
            setattr(evaluation, question, rating)
        evaluation.comment = (comment or "").strip()
        evaluation.save()
    return evaluation


def next_evaluation(pairing: Pairing) -> tuple[str, str]:
    """(side, moment) of the first evaluation not given yet, moment by moment: what the
    coordinator comes to record. With every one given, the mentor's first."""
    given = set(
        Evaluation.select(Evaluation.side, Evaluation.moment)
        .where(Evaluation.pairing == pairing)
        .tuples()
    )
    for moment in EVALUATION_MOMENTS:
        for side in (MENTOR, MENTEE):
            if (side, moment) not in given:
                return side, moment
    return MENTOR, next(iter(EVALUATION_MOMENTS))


class MeetingRow(NamedTuple):
    id: int
    pairing_id: int
    date: dt.date
    duration_minutes: int
    format: str
    held: bool
    cancelled_by: str | None
    theme_ids: str | None  # comma-separated theme ids, as group_concat gives them
    summary: str
    outcomes: int

    def themes(self) -> list[int]:
        return [int(t) for t in self.theme_ids.split(",")] if self.theme_ids else []


# Plain SQL: 100,000 meetings load in half the time peewee's row objects take. The
# themes and outcome counts come in two queries of their own: as correlated subqueries
# they doubled the time.
MEETINGS_SQL = """
SELECT m.id, m.pairing_id, m.date, m.duration_minutes, m.format, m.held, m.cancelled_by,
       m.summary
FROM meeting m JOIN pairing p ON p.id = m.pairing_id
WHERE p.programme_id = {p} {pairing} {order}"""
# Sorted by SQLite, which lets go of Python's lock while it sorts; Python's own sort of
# 100,000 rows holds it, and the window with it, for 0.1-0.2 s.
NEWEST_FIRST = "ORDER BY m.date DESC, m.id DESC"
THEMES_SQL = """
SELECT t.meeting_id, {theme_ids}
FROM meeting_theme t JOIN meeting m ON m.id = t.meeting_id JOIN pairing p ON p.id = m.pairing_id
WHERE p.programme_id = {p} {pairing} GROUP BY t.meeting_id"""
OUTCOMES_SQL = """
SELECT o.meeting_id, COUNT(*)
FROM outcome_item o JOIN meeting m ON m.id = o.meeting_id JOIN pairing p ON p.id = m.pairing_id
WHERE p.programme_id = {p} {pairing} GROUP BY o.meeting_id"""


def meeting_rows(
    programme: Programme, pairing_id: int | None = None, newest_first: bool = False
) -> list[MeetingRow]:
    """The journal of a programme (or of one pairing), in no order unless newest first.
    No confidential notes."""
    where, params = "", [programme.id]
    if pairing_id is not None:
        where, params = f"AND p.id = {placeholder()}", [programme.id, pairing_id]
    with paused_gc():
        return _meeting_rows(where, params, NEWEST_FIRST if newest_first else "")


def meeting_count(programme: Programme, pairing_id: int | None = None) -> int:
    query = Meeting.select().join(Pairing).where(Pairing.programme == programme)
    if pairing_id is not None:
        query = query.where(Pairing.id == pairing_id)
    return query.count()


def outcome_count(programme: Programme) -> int:
    return (
        OutcomeItem.select()
        .join(Meeting)
        .join(Pairing)
        .where(Pairing.programme == programme)
        .count()
    )


def _meeting_rows(where: str, params: list, order: str) -> list[MeetingRow]:
    p, theme_ids = placeholder(), ids_joined("t.theme_id")
    themes_sql = THEMES_SQL.format(p=p, pairing=where, theme_ids=theme_ids)
    themes = dict(db.execute_sql(themes_sql, params).fetchall())
    outcomes = dict(db.execute_sql(OUTCOMES_SQL.format(p=p, pairing=where), params).fetchall())
    return [
        MeetingRow(
            mid,
            pid,
            iso_date(date),
            minutes,
            form,
            bool(held),
            cancelled,
            themes.get(mid),
            summary,
            outcomes.get(mid, 0),
        )
        for mid, pid, date, minutes, form, held, cancelled, summary in db.execute_sql(
            MEETINGS_SQL.format(p=p, pairing=where, order=order), params
        ).fetchall()
    ]


def pairing_names(programme: Programme) -> dict[int, str]:
    """ "Mentor – Mentee" for each pairing of the programme."""
    query = pairings_with_people(
        programme,
        Pairing.id,
        *PAIR_NAMES,
    )
    return {
        pid: f"{person_name(mf, ml)} – {person_name(ef, el)}"
        for pid, mf, ml, ef, el in fetch_raw(query)
    }


class OutcomeRow(NamedTuple):
    id: int
    meeting_id: int
    pairing_id: int
    meeting_date: dt.date
    pairing_name: str
    kind: str
    text: str
    theme_id: int | None
    owner: str
    status: str
    due_date: dt.date | None
    effect: str = ""

    def overdue(self, today: dt.date) -> bool:
        return self.status == "open" and self.due_date is not None and self.due_date < today


def outcome_rows(programme: Programme) -> list[OutcomeRow]:
    mentor, mentee = Participant.alias(), Participant.alias()
    query = (
        OutcomeItem.select(
            OutcomeItem.id,
            OutcomeItem.meeting,
            Meeting.pairing,
            Meeting.date,
            mentor.first_name,
            mentor.last_name,
            mentee.first_name,
            mentee.last_name,
            OutcomeItem.kind,
            OutcomeItem.text,
            OutcomeItem.theme,
            OutcomeItem.owner,
            OutcomeItem.status,
            OutcomeItem.due_date,
            OutcomeItem.effect,
        )
        .join(Meeting)
        .join(Pairing)
        .join(mentor, on=(Pairing.mentor == mentor.id))
        .switch(Pairing)
        .join(mentee, on=(Pairing.mentee == mentee.id))
        .where(Pairing.programme == programme)
        .order_by(Meeting.date.desc(), OutcomeItem.id)
        .tuples()
    )
    names: dict[int, str] = {}  # one string a pairing, not one an item
    return [
        OutcomeRow(
            oid,
            mid,
            pid,
            iso_date(date),
            names.get(pid)
            or names.setdefault(pid, f"{person_name(mf, ml)} – {person_name(ef, el)}"),
            kind,
            text,
            tid,
            owner,
            status,
            iso_date(due),
            effect,
        )
        for (oid, mid, pid, date, mf, ml, ef, el, kind, text, tid, owner, status, due, effect) in (
            fetch_raw(query)
        )
    ]


def delete_meeting(meeting: Meeting) -> None:
    with db.atomic():
        meeting.delete_instance(recursive=True)


def skip_closing_evaluations(pairing: Pairing, reason: str) -> None:
    reason = required(reason, "evaluation_skip_reason")
    with db.atomic():
        pairing.evaluation_skip_reason = reason
        pairing.save()
