"""Figures the tabs and the report share, computed with SQL aggregates.

Every function takes the programme and, where time matters, ``today`` so that
tests and reports can fix the date.
"""

import datetime as dt
from dataclasses import dataclass

from peewee import JOIN
from peewee import SQL
from peewee import Case
from peewee import fn

from rmentor.models.programme.entities import Enrolment
from rmentor.models.programme.entities import Evaluation
from rmentor.models.programme.entities import Meeting
from rmentor.models.programme.entities import MeetingTheme
from rmentor.models.programme.entities import OutcomeItem
from rmentor.models.programme.entities import Pairing
from rmentor.models.programme.entities import Participant
from rmentor.models.programme.entities import Programme
from rmentor.models.programme.entities import Theme
from rmentor.models.storage.database import fetch_raw
from rmentor.models.storage.dialect import month_of
from rmentor.models.text.vocabulary import ACTIVE
from rmentor.models.text.vocabulary import ALL_QUESTIONS
from rmentor.models.text.vocabulary import PROPOSED

# A pairing is overdue when it has not met for its cadence plus this grace period.
OVERDUE_GRACE = dt.timedelta(weeks=1)

Period = tuple[dt.date, dt.date] | None  # first and last day, both included; None: all time


def in_period(field, period: Period):
    """A where-clause for a date column, or one that is always true."""
    return field.between(*period) if period else SQL("1 = 1")


def outcomes_in(programme: Programme, period: Period, *columns):
    """The outcome items of the programme's meetings in the period (a query to narrow)."""
    return (
        OutcomeItem.select(*columns)
        .join(Meeting)
        .join(Pairing)
        .where((Pairing.programme == programme) & in_period(Meeting.date, period))
    )


def role_counts(programme: Programme, active_only: bool = True) -> dict[str, int]:
    query = (
        Participant.select(Participant.role, fn.COUNT(Participant.id))
        .join(Enrolment)
        .where(Enrolment.programme == programme)
    )
    if active_only:
        query = query.where(Participant.active == True)
    return dict(query.group_by(Participant.role).tuples())


def status_counts(programme: Programme) -> dict[str, int]:
    return dict(
        Pairing.select(Pairing.status, fn.COUNT(Pairing.id))
        .where(Pairing.programme == programme)
        .group_by(Pairing.status)
        .tuples()
    )


@dataclass(frozen=True)
class PairingFigures:
    pairing_id: int
    status: str
    held: int
    cancelled: int
    last_meeting: dt.date | None
    days_since: int | None  # since the last meeting held, or else since the start
    next_due: dt.date | None
    overdue: bool


def _date(value) -> dt.date | None:
    if value is None or isinstance(value, dt.date):
        return value
    return dt.date.fromisoformat(value)


def pairing_figures(
    programme: Programme,
    today: dt.date | None = None,
    period: Period = None,
    only: list[int] | None = None,
) -> dict[int, PairingFigures]:
    """Meetings held, last meeting, days since, next due and overdue for each pairing
    (or only those given); with a period, only its meetings count."""
    today = today or dt.date.today()
    chosen = Pairing.id.in_(only) if only is not None else SQL("1 = 1")
    held = fn.SUM(Case(None, [(Meeting.held == True, 1)], 0))
    cancelled = fn.SUM(Case(None, [(Meeting.held == False, 1)], 0))
    last = fn.MAX(Case(None, [(Meeting.held == True, Meeting.date)], None))
    rows = fetch_raw(
        Pairing.select(
            Pairing.id,
            Pairing.status,
            Pairing.start_date,
            fn.COALESCE(Pairing.cadence_weeks, Programme.cadence_weeks),
            held,
            cancelled,
            last,
        )
        .join(Programme)
        .switch(Pairing)
        .join(
            Meeting,
            JOIN.LEFT_OUTER,
            on=((Meeting.pairing == Pairing.id) & in_period(Meeting.date, period)),
        )
        .where((Pairing.programme == programme) & chosen)
        .group_by(Pairing.id, Programme.id)  # its programme's cadence is one per pairing
        .order_by(Pairing.id)  # the same order on a server, for lists that tie
    )
    result = {}
    for pid, status, start, cadence, n_held, n_cancelled, last_date in rows:
        start, last_date = _date(start), _date(last_date)
        since = last_date or start
        # a pairing that starts later has no "days since" yet (never a negative count), nor
        # one only proposed: its start date is a plan (made by hand it had one, from the
        # suggestions none, and the table showed 0 for one and nothing for the other)
        days = (today - since).days if since and since <= today and status != PROPOSED else None
        next_due = since + dt.timedelta(weeks=cadence) if since and status == ACTIVE else None
        overdue = bool(
            status == ACTIVE
            and since
            and today > since + dt.timedelta(weeks=cadence) + OVERDUE_GRACE
        )
        result[pid] = PairingFigures(
            pid, status, n_held or 0, n_cancelled or 0, last_date, days, next_due, overdue
        )
    return result


def overdue_pairings(programme: Programme, today: dt.date | None = None) -> list[PairingFigures]:
    figures = pairing_figures(programme, today).values()
    return sorted((f for f in figures if f.overdue), key=lambda f: -(f.days_since or 0))


def meetings_per_month(programme: Programme, period: Period = None) -> list[tuple[str, int, float]]:
    """(YYYY-MM, meetings held, hours) for each month with a meeting held."""
    return meeting_figures(programme, period)[0]


def meeting_totals(programme: Programme, period: Period = None) -> dict:
    """Meetings held and cancelled, hours, and the day of the first held ("first", None
    without one: a meeting may be logged before the programme's start)."""
    return meeting_figures(programme, period)[1]


def meeting_figures(programme: Programme, period: Period = None) -> tuple[list, dict]:
    """meetings_per_month and meeting_totals in one pass over the meetings (a report
    wants both: two passes were a tenth of the large demo's report)."""
    month = month_of(Meeting.date)
    held = Meeting.held == True  # noqa: E712 - SQL
    rows = fetch_raw(
        Meeting.select(
            month,
            fn.COUNT(Meeting.id),
            fn.SUM(Case(None, [(held, 1)], 0)),
            fn.SUM(Case(None, [(held, Meeting.duration_minutes)], 0)),
            fn.MIN(Case(None, [(held, Meeting.date)])),
        )
        .join(Pairing)
        .where((Pairing.programme == programme) & in_period(Meeting.date, period))
        .group_by(month)
        .order_by(month)
    )
    months = [(m, n_held, round(minutes / 60, 1)) for m, _n, n_held, minutes, _f in rows if n_held]
    total = sum(row[1] for row in rows)
    n_held = sum(row[2] for row in rows)
    firsts = [_date(row[4]) for row in rows if row[4] is not None]
    totals = {
        "held": n_held,
        "cancelled": total - n_held,
        "hours": round(sum(row[3] for row in rows) / 60, 1),
        "first": min(firsts, default=None),
    }
    return months, totals


@dataclass(frozen=True)
class ThemeMeetings:
    held: int  # meetings held that covered the theme
    pairs: int  # pairings that held them
    last: dt.date | None  # the last of them


def theme_meetings(programme: Programme, period: Period = None) -> dict[int, ThemeMeetings]:
    """Per theme id: the meetings held about it, by how many pairings, and the last one
    (one pass over the meetings, for the themes covered and the purposes alike)."""
    rows = fetch_raw(
        MeetingTheme.select(
            MeetingTheme.theme,
            fn.COUNT(MeetingTheme.id),
            fn.COUNT(fn.DISTINCT(Meeting.pairing)),
            fn.MAX(Meeting.date),
        )
        .join(Meeting)
        .join(Pairing)
        .where(
            (Pairing.programme == programme)
            & (Meeting.held == True)
            & in_period(Meeting.date, period)
        )
        .group_by(MeetingTheme.theme)
    )
    return {tid: ThemeMeetings(held, pairs, _date(last)) for tid, held, pairs, last in rows}


def themes_covered(
    programme: Programme, period: Period = None, meetings: dict | None = None
) -> list[tuple[Theme, int]]:
    """Each theme with the number of meetings held that covered it, most first;
    `meetings`: theme_meetings, where the caller has them."""
    meetings = meetings if meetings is not None else theme_meetings(programme, period)
    themes = Theme.select().where(Theme.id.in_(list(meetings)))
    return sorted(((t, meetings[t.id].held) for t in themes), key=lambda c: (-c[1], c[0].id))


def outcome_tally(programme: Programme, period: Period = None) -> dict[tuple, int]:
    """The outcome items of the period's meetings counted by (theme id or None, kind,
    status): one pass for the purposes' figures and the actions done alike."""
    return {
        (theme, kind, status): n
        for theme, kind, status, n in fetch_raw(
            outcomes_in(
                programme,
                period,
                OutcomeItem.theme,
                OutcomeItem.kind,
                OutcomeItem.status,
                fn.COUNT(OutcomeItem.id),
            ).group_by(OutcomeItem.theme, OutcomeItem.kind, OutcomeItem.status)
        )
    }


def outcome_counts(programme: Programme) -> dict[tuple[str | None, str, str], int]:
    """Outcome items counted by (theme key, kind, status); theme key None when untagged."""
    rows = (
        OutcomeItem.select(
            Theme.key, OutcomeItem.kind, OutcomeItem.status, fn.COUNT(OutcomeItem.id)
        )
        .join(Theme, JOIN.LEFT_OUTER)
        .switch(OutcomeItem)
        .join(Meeting)
        .join(Pairing)
        .where(Pairing.programme == programme)
        .group_by(Theme.key, OutcomeItem.kind, OutcomeItem.status)
        .tuples()
    )
    return {(key, kind, status): n for key, kind, status, n in rows}


def evaluation_averages(
    programme: Programme,
    moment: str | tuple | None = None,
    period: Period = None,
    side: str | None = None,
) -> dict[str, tuple[float | None, int]]:
    """Per question (the purposes' own ones too): (average rating, number of answers),
    at one moment or several, of both sides or one."""
    columns = [getattr(Evaluation, q) for q in ALL_QUESTIONS]
    query = (
        Evaluation.select(*[fn.AVG(c) for c in columns], *[fn.COUNT(c) for c in columns])
        .join(Pairing)
        .where((Pairing.programme == programme) & in_period(Evaluation.date, period))
    )
    if isinstance(moment, tuple):
        query = query.where(Evaluation.moment.in_(moment))
    elif moment:
        query = query.where(Evaluation.moment == moment)
    if side:
        query = query.where(Evaluation.side == side)
    row = query.tuples().get()
    averages, counts = row[: len(columns)], row[len(columns) :]
    return {
        q: (round(avg, 2) if avg is not None else None, count or 0)
        for q, avg, count in zip(ALL_QUESTIONS, averages, counts, strict=True)
    }
