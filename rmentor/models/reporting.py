"""Making a programme report, as the window and the command line both do it.

Which period a report counts is checked here once; what a report leaves in the file
for the next one (its key figures for the trend, the averages it printed) is kept here.
The PDF itself is drawn by rmentor.reports, which calls record() once it is written.
"""

import datetime as dt

import peewee

from . import printed_scores, verdict
from .database import db
from .entities import Programme
from .errors import DomainError
from .figures import Period
from .i18n import QT_TRANSLATE_NOOP


def period_of(
    programme: Programme,
    start: dt.date | None,
    end: dt.date | None,
    today: dt.date | None = None,
) -> Period:
    """The period a report counts: None for the whole programme; a start alone runs to
    today, an end alone from the programme's start. A reversed period, or one that lies
    outside the programme or after today, is refused in words."""
    if start is None and end is None:
        return None
    today = today or dt.date.today()
    start = start or programme.start_date
    end = end or today
    if end < programme.start_date or start > programme.end_date:
        raise DomainError(
            QT_TRANSLATE_NOOP(
                "DomainError",
                "The period {start} to {end} lies outside the programme, which runs from "
                "{first} to {last}.",
            ),
            field="period",
            start=start,
            end=end,
            first=programme.start_date,
            last=programme.end_date,
        )
    if start > today:
        raise DomainError(
            QT_TRANSLATE_NOOP(
                "DomainError", "The period starts on {start}, after today: nothing to count yet."
            ),
            field="period",
            start=start,
        )
    if end < start:
        raise DomainError(
            QT_TRANSLATE_NOOP("DomainError", "The period must end after it starts."),
            field="period",
        )
    return (start, end)


def record(data, figures: list) -> None:
    """After a report is written: the averages it printed afresh, and for a report of
    the whole programme its key figures, which the next report compares with. From a
    file opened read-only nothing is kept; the report was made all the same."""
    try:
        with db.atomic():
            printed_scores.record(data.programme, data.scores_printed())
            if data.period is None and not data.empty:
                verdict.record_figures(
                    data.programme, data.today, verdict.key_figures(data, figures, data.health)
                )
    except peewee.DatabaseError:
        pass
