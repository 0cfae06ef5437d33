"""Making a programme report, as the window and the command line both do it.

Which period a report counts is checked here once; what a report leaves in the file
for the next one (its key figures for the trend, the averages it printed) is kept here.
The PDF itself is drawn by rmentor.reports, handed in as a function from the gathered
figures to the document's bytes.
"""

import datetime as dt
from collections.abc import Callable
from pathlib import Path

import peewee

from rmentor.models.errors import DomainError
from rmentor.models.errors import system_reason
from rmentor.models.figures import printed_scores
from rmentor.models.figures import verdict
from rmentor.models.figures.counts import Period
from rmentor.models.figures.report_data import ReportData
from rmentor.models.figures.report_data import gather
from rmentor.models.programme.entities import Programme
from rmentor.models.storage import datafile
from rmentor.models.storage.database import db
from rmentor.models.storage.files import can_write
from rmentor.models.storage.files import write_bytes
from rmentor.models.text.i18n import QT_TRANSLATE_NOOP


def period_of(
    programme: Programme,
    start: dt.date | None,
    end: dt.date | None,
    today: dt.date | None = None,
) -> Period:
    """The period a report counts: None for the whole programme; a start alone runs to
    today, an end alone from the programme's start. A reversed period, or one that lies
    outside the programme, starts before it or ends after today, is refused in words."""
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
    if start < programme.start_date:
        raise DomainError(
            QT_TRANSLATE_NOOP(
                "DomainError",
                "The period starts on {start}, before the programme started on {first}; "
                "start it on {first} or later.",
            ),
            field="period",
            start=start,
            first=programme.start_date,
        )
    if end > today:
        raise DomainError(
            QT_TRANSLATE_NOOP(
                "DomainError",
                "The period ends on {end}, after today: nothing after today can be counted "
                "yet. End it today or earlier.",
            ),
            field="period",
            end=end,
        )
    return (start, end)


def record(data, figures: list) -> bool:
    """Before a report is written: the averages it prints, and for a report of the whole
    programme its key figures, which the next report compares with. False when nothing
    could be kept (a file opened read-only, a full disk): the report must then print no
    average that was not printed before (ReportData.may_record)."""
    if not data.may_record:
        return False
    try:
        with db.atomic():
            printed_scores.record(data.programme, data.scored_to, data.scores_printed())
            if data.period is None and not data.empty:
                verdict.record_figures(
                    data.programme, data.today, verdict.key_figures(data, figures, data.health)
                )
    except (peewee.DatabaseError, DomainError):
        return False
    return True


Draw = Callable[[ReportData], bytes]


def make_report(
    programme: Programme,
    path: Path,
    draw: Draw,
    start: dt.date | None = None,
    end: dt.date | None = None,
    today: dt.date | None = None,
) -> Path:
    """The report of `programme` over the period from `start` to `end` (both None: the
    whole programme), drawn by `draw` and written to `path`."""
    period = period_of(programme, start, end, today)
    return write_report(path, gather(programme, today, period), draw)


def report_pdf(
    programme: Programme,
    draw: Draw,
    start: dt.date | None = None,
    end: dt.date | None = None,
    today: dt.date | None = None,
) -> bytes:
    """The report as PDF bytes for a preview: a look at it keeps nothing."""
    return draw(gather(programme, today, period_of(programme, start, end, today)))


def paper_pdf(
    programme: Programme,
    draw: Draw,
    start: dt.date | None = None,
    end: dt.date | None = None,
    beside: Callable[[Callable], object] = lambda work: work(),
) -> bytes:
    """The report as it goes on paper or into a file: read, then what the next report
    needs kept, then drawn. beside(work) runs the reading and the drawing (the window
    gives each a thread: seconds for a large programme); the keeping, a write, is done
    where this was called."""
    period = period_of(programme, start, end)

    def read() -> ReportData:
        data = gather(programme, None, period)
        data.scores_all()  # which averages it may print, worked out here too (0.1 s)
        return data

    data = beside(read)
    _keep(data)
    return beside(lambda: draw(data))


def write_report(path: Path, data: ReportData, draw: Draw) -> Path:
    def pdf() -> bytes:
        _keep(data)
        return draw(data)

    return save_pdf(path, pdf)


def save_pdf(path: Path, pdf: Callable[[], bytes]) -> Path:
    """pdf() written to path; a path that cannot take it (the data file, a folder that
    cannot be written) is refused first, so nothing is kept for a report not written."""
    datafile.refuse_overwriting(Path(path))
    can_write(path, cannot=_not_written)
    return write_bytes(path, pdf(), cannot=_not_written)


def _keep(data: ReportData) -> None:
    """What the next report needs to know of this one is kept first; when it cannot be
    kept, the report shows no average it has not shown before."""
    _purposes, overall = verdict.judge(data.programme, data)
    if not record(data, overall.figures) and data.may_record:
        data.forbid_new_scores()


def _not_written(path: Path, exc: OSError) -> DomainError:
    return DomainError(
        QT_TRANSLATE_NOOP("DomainError", "The report cannot be written to {path}: {reason}."),
        path=str(path),
        reason=system_reason(exc),
    )
