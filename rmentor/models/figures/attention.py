"""What needs the coordinator's attention this week, each line pointing at its item."""

import datetime as dt
from typing import NamedTuple

from rmentor.models.figures.counts import pairing_figures
from rmentor.models.programme.entities import PAIR_NAMES
from rmentor.models.programme.entities import Enrolment
from rmentor.models.programme.entities import Evaluation
from rmentor.models.programme.entities import Meeting
from rmentor.models.programme.entities import OutcomeItem
from rmentor.models.programme.entities import Pairing
from rmentor.models.programme.entities import Participant
from rmentor.models.programme.entities import Programme
from rmentor.models.programme.entities import SentMessage
from rmentor.models.programme.entities import pairings_with_people
from rmentor.models.programme.entities import person_name
from rmentor.models.programme.participants import filed_under
from rmentor.models.programme.points import Point
from rmentor.models.programme.pool import no_possible_partner
from rmentor.models.storage.database import fetch_raw
from rmentor.models.text.i18n import QT_TRANSLATE_NOOP
from rmentor.models.text.vocabulary import ACTIVE
from rmentor.models.text.vocabulary import COMPLETED
from rmentor.models.text.vocabulary import MENTEE
from rmentor.models.text.vocabulary import MENTOR
from rmentor.models.text.vocabulary import OPEN_STATUSES
from rmentor.models.text.vocabulary import PAUSED
from rmentor.models.text.wording import Term
from rmentor.models.text.wording import render

FIRST_MEETING_WITHIN = dt.timedelta(weeks=3)
REMINDED_WITHIN = dt.timedelta(days=7)  # an e-mail this week: the point waits for it
# the e-mail each kind of point asks for, and what the point says once it is drafted
DRAFTED_FOR = {
    "overdue": "reminder",
    "no_first_meeting": "reminder",
    "action_overdue": "reminder",
    "evaluation_due": "evaluation",
}
DRAFTED = {
    "reminder": QT_TRANSLATE_NOOP("DomainError", "{point} (reminder drafted on {date})"),
    "evaluation": QT_TRANSLATE_NOOP("DomainError", "{point} (request drafted on {date})"),
}
ENDING_WITHIN = dt.timedelta(weeks=2)

PAIRING, OUTCOME, PARTICIPANT = "pairing", "outcome", "participant"
EVALUATION_DUE = {
    "fit_check": QT_TRANSLATE_NOOP(
        "DomainError", "Fit check due after the first meeting of {mentor} and {mentee}"
    ),
    "midway": QT_TRANSLATE_NOOP("DomainError", "Midway evaluation due for {mentor} and {mentee}"),
    "closing": QT_TRANSLATE_NOOP(
        "DomainError", "Closing evaluations due for {mentor} and {mentee}"
    ),
}
# when one of them has answered: the other, by side
EVALUATION_DUE_ONE = {
    (MENTOR, "fit_check"): QT_TRANSLATE_NOOP(
        "DomainError", "Fit check due for {mentor}, after the first meeting with {mentee}"
    ),
    (MENTOR, "midway"): QT_TRANSLATE_NOOP(
        "DomainError", "Midway evaluation due for {mentor} (with {mentee})"
    ),
    (MENTOR, "closing"): QT_TRANSLATE_NOOP(
        "DomainError", "Closing evaluation due for {mentor} (with {mentee})"
    ),
    (MENTEE, "fit_check"): QT_TRANSLATE_NOOP(
        "DomainError", "Fit check due for {mentee}, after the first meeting with {mentor}"
    ),
    (MENTEE, "midway"): QT_TRANSLATE_NOOP(
        "DomainError", "Midway evaluation due for {mentee} (with {mentor})"
    ),
    (MENTEE, "closing"): QT_TRANSLATE_NOOP(
        "DomainError", "Closing evaluation due for {mentee} (with {mentor})"
    ),
}


class AttentionItem(NamedTuple):
    kind: str  # overdue, no_first_meeting, action_overdue, evaluation_due, ending, unpaired
    point: Point
    target: str  # PAIRING, OUTCOME or PARTICIPANT
    target_id: int
    sort_key: tuple = ()
    moment: str = ""  # of an evaluation due
    missing: tuple = ()  # the sides that have not answered it
    drafted: dt.date | None = None  # an e-mail about it this week (DRAFTED_FOR)

    def text(self, face=None, point_text: str | None = None) -> str:
        """The line as read: the point (or its text, worded already, as an anonymised
        report words it) and, once an e-mail went out this week, when."""
        said = self.point.text(face) if point_text is None else point_text
        if self.drafted is None:
            return said
        return render(DRAFTED[DRAFTED_FOR[self.kind]], {"point": said, "date": self.drafted}, face)


def late_actions(programme: Programme, today: dt.date):
    """The condition on an outcome item (joined to its meeting and pairing) that makes it
    an action of the programme still open past its due date."""
    return (
        (Pairing.programme == programme)
        & (OutcomeItem.kind == "action")
        & (OutcomeItem.status == "open")
        & (OutcomeItem.due_date < today)
    )


def attention_items(
    programme: Programme,
    today: dt.date | None = None,
    retention_months: int | None = None,
    figures: dict | None = None,
) -> list[AttentionItem]:
    """What needs attention; with retention_months, also who is due for erasure.
    `figures`: the programme's pairing_figures as of today, where the caller has them."""
    today = today or dt.date.today()
    items: list[AttentionItem] = []
    figures = figures if figures is not None else pairing_figures(programme, today)
    pairs = {
        pid: (person_name(mf, ml), person_name(ef, el), status, start, end)
        for pid, mf, ml, ef, el, status, start, end in fetch_raw(
            pairings_with_people(
                programme,
                Pairing.id,
                *PAIR_NAMES,
                Pairing.status,
                Pairing.start_date,
                Pairing.planned_end_date,
            )
        )
    }

    def names(pid):
        return {"mentor": pairs[pid][0], "mentee": pairs[pid][1]}

    for pid, f in figures.items():
        status, start, end = pairs[pid][2], _date(pairs[pid][3]), _date(pairs[pid][4])
        if status == ACTIVE and f.held == 0 and start and today - start > FIRST_MEETING_WITHIN:
            items.append(
                AttentionItem(
                    "no_first_meeting",
                    Point(
                        "no_first_meeting",
                        QT_TRANSLATE_NOOP(
                            "DomainError",
                            "{mentor} and {mentee} have not met since they started {days} days ago",
                        ),
                        {**names(pid), "days": (today - start).days},
                    ),
                    PAIRING,
                    pid,
                    (1, -f.days_since),
                )
            )
        elif f.overdue:
            items.append(
                AttentionItem(
                    "overdue",
                    Point(
                        "overdue",
                        QT_TRANSLATE_NOOP(
                            "DomainError", "{mentor} and {mentee} have not met for {days} days"
                        ),
                        {**names(pid), "days": f.days_since},
                    ),
                    PAIRING,
                    pid,
                    (0, -f.days_since),
                )
            )
        if status in (ACTIVE, PAUSED) and end and today <= end <= today + ENDING_WITHIN:
            items.append(
                AttentionItem(
                    "ending",
                    Point(
                        "ending",
                        QT_TRANSLATE_NOOP(
                            "DomainError", "{mentor} and {mentee} end in {days} days"
                        ),
                        {**names(pid), "days": (end - today).days},
                    ),
                    PAIRING,
                    pid,
                    (4, end),
                )
            )

    # One line per pairing, about its oldest late action (the first made, of two due the
    # same day): a pairing with ten late actions needs one conversation, not ten lines.
    late = {}
    for oid, text, due, pid in fetch_raw(
        OutcomeItem.select(OutcomeItem.id, OutcomeItem.text, OutcomeItem.due_date, Meeting.pairing)
        .join(Meeting)
        .join(Pairing)
        # a pairing that ended has nobody left to chase its actions
        .where(late_actions(programme, today) & Pairing.status.in_((ACTIVE, PAUSED)))
        .order_by(Meeting.pairing, OutcomeItem.due_date, OutcomeItem.id)
    ):
        if pid in late:
            late[pid][4] += 1
        else:
            late[pid] = [oid, text, due, pid, 1]
    for oid, text, due, pid, count in late.values():
        due = _date(due)
        if count == 1:
            message = QT_TRANSLATE_NOOP(
                "DomainError", "Action of {mentor} and {mentee} was due {days} days ago: {text}"
            )
        else:
            message = QT_TRANSLATE_NOOP(
                "DomainError",
                "{count} actions of {mentor} and {mentee} are late; the oldest "
                "was due {days} days ago: {text}",
            )
        items.append(
            AttentionItem(
                "action_overdue",
                Point(
                    "action_overdue",
                    message,
                    {
                        **names(pid),
                        "days": (today - due).days,
                        "text": shorten(text),
                        "count": count,
                    },
                ),
                OUTCOME,
                oid,
                (2, due),
            )
        )

    items += _evaluations_due(programme, pairs, figures, today, names)

    taken = {
        pid
        for pair in fetch_raw(
            Pairing.select(Pairing.mentor, Pairing.mentee).where(
                (Pairing.programme == programme)
                & (Pairing.status.in_(OPEN_STATUSES + (COMPLETED,)))
            )
        )
        for pid in pair
    }
    waiting = [
        row
        for row in fetch_raw(
            Participant.select(
                Participant.id, Participant.first_name, Participant.last_name, Participant.role
            )
            .join(Enrolment)
            .where((Enrolment.programme == programme) & (Participant.active == True))
        )
        if row[0] not in taken
    ]
    stuck = {}
    if waiting:
        stuck = no_possible_partner(programme, {row[0] for row in waiting})
    for pid, first, last, role in waiting:
        params = {"name": f"{first} {last}", "role": Term("ROLES", role)}
        if pid in stuck:
            point = Point(
                "unpaired",
                QT_TRANSLATE_NOOP(
                    "DomainError", "{name} ({role}) is not paired yet and cannot be: {reason}"
                ),
                {**params, "reason": stuck[pid]},
            )
        else:
            point = Point(
                "unpaired",
                QT_TRANSLATE_NOOP("DomainError", "{name} ({role}) is not paired yet"),
                params,
            )
        # who cannot be paired comes first among those waiting: there is something to do
        order = (5, pid not in stuck, filed_under(last, first))
        items.append(AttentionItem("unpaired", point, PARTICIPANT, pid, order))
    if retention_months is not None:
        from rmentor.models.programme.privacy import erasure_due

        for person in erasure_due(programme, retention_months, today):
            items.append(
                AttentionItem(
                    "erasure_due",
                    Point(
                        "erasure_due",
                        QT_TRANSLATE_NOOP(
                            "DomainError",
                            "{name}: the programme ended more than {months} months ago; "
                            "propose erasing their data",
                        ),
                        {"name": person.full_name, "months": retention_months},
                    ),
                    PARTICIPANT,
                    person.id,
                    (6, filed_under(person.last_name, person.first_name)),
                )
            )
    return sorted(_after_reminders(programme, items, today), key=lambda item: item.sort_key)


def _after_reminders(programme, items, today) -> list[AttentionItem]:
    """A point an e-mail was drafted for this week says so, and goes below the others."""
    drafted: dict[tuple, dt.date] = {}
    for pid, kind, moment, sent_on in fetch_raw(
        SentMessage.select(
            SentMessage.pairing, SentMessage.kind, SentMessage.moment, SentMessage.sent_on
        )
        .join(Pairing)
        .where(
            (Pairing.programme == programme)
            & SentMessage.kind.in_(("reminder", "evaluation"))
            & (SentMessage.sent_on > today - REMINDED_WITHIN)
        )
    ):
        key = (kind, pid, moment)  # a request about one evaluation says so on its line only
        drafted[key] = max(drafted.get(key, _date(sent_on)), _date(sent_on))
    if not drafted:
        return items
    outcome_pairing = dict(
        fetch_raw(
            OutcomeItem.select(OutcomeItem.id, Meeting.pairing)
            .join(Meeting)
            .join(Pairing)
            .where(late_actions(programme, today))
        )
    )
    result = []
    for item in items:
        pid = outcome_pairing.get(item.target_id) if item.target == OUTCOME else item.target_id
        key = (DRAFTED_FOR.get(item.kind), pid, item.moment)
        if key in drafted:
            item = item._replace(
                drafted=drafted[key],
                sort_key=(item.sort_key[0] + 0.5, *item.sort_key[1:]),
            )
        result.append(item)
    return result


def _evaluations_due(programme, pairs, figures, today, names) -> list[AttentionItem]:
    done: dict[int, set] = {}
    for pid, side, moment in fetch_raw(
        Evaluation.select(Evaluation.pairing, Evaluation.side, Evaluation.moment)
        .join(Pairing)
        .where(Pairing.programme == programme)
    ):
        done.setdefault(pid, set()).add((side, moment))
    skipped = {
        pid
        for (pid,) in fetch_raw(
            Pairing.select(Pairing.id).where(
                (Pairing.programme == programme) & (Pairing.evaluation_skip_reason != "")
            )
        )
    }
    items = []
    for pid, f in figures.items():
        status, start, end = pairs[pid][2], _date(pairs[pid][3]), _date(pairs[pid][4])
        due = []
        if status == ACTIVE and f.held:  # a paused pair is not asked how it goes
            due.append("fit_check")
            if start and end and today >= start + (end - start) / 2:
                due.append("midway")
        if status == COMPLETED and pid not in skipped:
            due.append("closing")
        for moment in due:
            missing = [
                side for side in (MENTOR, MENTEE) if (side, moment) not in done.get(pid, set())
            ]
            if missing:
                message = (
                    EVALUATION_DUE[moment]
                    if len(missing) == 2
                    else EVALUATION_DUE_ONE[(missing[0], moment)]
                )
                items.append(
                    AttentionItem(
                        "evaluation_due",
                        Point(f"evaluation_{moment}", message, names(pid)),
                        PAIRING,
                        pid,
                        (3, pid, moment),
                        moment,
                        tuple(missing),
                    )
                )
    return items


def pairings_of(targets: list[tuple[str, int]]) -> list[int | None]:
    """The pairing each line (target, target_id) is about: an action's for a late
    action, None for a person; the actions' read in one query (one each was seconds
    for thousands of lines selected in the overview)."""
    actions = [target_id for target, target_id in targets if target == OUTCOME]
    found = (
        dict(
            Meeting.select(OutcomeItem.id, Meeting.pairing)
            .join(OutcomeItem)
            .where(OutcomeItem.id.in_(actions))
            .tuples()
        )
        if actions
        else {}
    )
    return [
        found.get(target_id) if target == OUTCOME else target_id if target == PAIRING else None
        for target, target_id in targets
    ]


def departments_of(targets: list[tuple[str, int]]) -> list[str]:
    """Where whom each line is about works: a person's department, a pairing's two
    ("Inkoop / ICT"); what tells two lines about namesakes apart."""
    pairs = pairings_of(targets)
    people = [target_id for target, target_id in targets if target == PARTICIPANT]
    mentor, mentee = Participant.alias(), Participant.alias()
    of_pairing = {
        pid: " / ".join(d for d in (mentor_in, mentee_in) if d)
        for pid, mentor_in, mentee_in in Pairing.select(
            Pairing.id, mentor.department, mentee.department
        )
        .join(mentor, on=Pairing.mentor == mentor.id)
        .switch(Pairing)
        .join(mentee, on=Pairing.mentee == mentee.id)
        .where(Pairing.id.in_([p for p in pairs if p is not None]))
        .tuples()
    }
    of_person = dict(
        Participant.select(Participant.id, Participant.department)
        .where(Participant.id.in_(people))
        .tuples()
    )
    return [
        (of_person.get(target_id) if target == PARTICIPANT else of_pairing.get(pid)) or ""
        for (target, target_id), pid in zip(targets, pairs, strict=True)
    ]


def shorten(text: str, length: int = 60) -> str:
    text = " ".join(text.split())
    return text if len(text) <= length else text[: length - 1] + "…"


def _date(value):
    return dt.date.fromisoformat(value) if isinstance(value, str) else value
