"""What the reports of a programme printed of its evaluation averages (and kept hidden
for another's sake), so that a later report gives none of it away (models.figures.score_audit).

One report hides every group of fewer than three people (models.figures.suppression). Two
reports together could still give one answer away: 4.7 over 3 answers, then 3.8 over
4, and 4 x 3.8 - 3 x 4.7 is the fourth answer. So every average a report prints is kept
with its number of answers and the date its answers were counted up to (every report
counts all answers up to a date, so the sets of two reports differ by the answers
dated between them). A later report prints a new value only when at least MIN_ANSWERS
people gave the answers between the two dates; otherwise the cell is hidden, like a
small group, and the report's other cells are hidden with it where the hidden one could
be worked out from them. A value printed before, over the same answers, may show again.
A report that cannot record what it printed (a file opened read-only) prints no new
value at all.
"""

import datetime as dt
from dataclasses import dataclass

from rmentor.models.programme.entities import PrintedScore
from rmentor.models.programme.entities import Programme
from rmentor.models.storage.database import db
from rmentor.models.storage.database import fetch_raw

FRESH, HIDDEN = "fresh", "hidden"


@dataclass(frozen=True)
class Score:
    value: float | None  # what the report prints; None: nothing
    answers: int  # answers there are now
    state: str  # FRESH or HIDDEN


@dataclass(frozen=True)
class Printed:
    answers: int
    value: float
    counted_to: dt.date
    shown: bool = True  # False: hidden so that another group could not be worked out


def cell(group: str, question: str) -> str:
    return f"{group}/{question}"


def printed_scores(programme: Programme) -> dict[str, list[Printed]]:
    """cell -> every average printed in a report of the programme."""
    printed: dict[str, list[Printed]] = {}
    for key, answers, value, counted_to, shown in fetch_raw(
        PrintedScore.select(
            PrintedScore.cell,
            PrintedScore.answers,
            PrintedScore.value,
            PrintedScore.counted_to,
            PrintedScore.shown,
        ).where(PrintedScore.programme == programme)
    ):
        day = counted_to if isinstance(counted_to, dt.date) else dt.date.fromisoformat(counted_to)
        printed.setdefault(key, []).append(Printed(answers, value, day, bool(shown)))
    return printed


def record(programme: Programme, counted_to: dt.date, scores: dict[str, Score]) -> None:
    """Keep the averages a report prints (one row per cell, count and date)."""
    with db.atomic():
        for key, score in scores.items():
            PrintedScore.insert(
                programme=programme,
                cell=key,
                answers=score.answers,
                value=score.value,
                counted_to=counted_to,
                shown=score.state == FRESH,
            ).on_conflict_ignore().execute()
