"""Which evaluation averages a report may print, given what earlier reports printed.

One report hides every group of fewer than three answers (models.suppression). Two
reports together could still give one answer away: 4.7 over 3 answers, then 3.8 over
4, and 4 x 3.8 - 3 x 4.7 is the fourth answer. So every average a report prints is kept
with its number of answers, and a later report prints a new value only when it is over
at least MIN_ANSWERS answers more (or fewer) than every value printed before; otherwise
the value printed before stands, marked as unchanged until three more answers came in.
Printing a value printed before gives nothing new away.
"""

from dataclasses import dataclass

from .database import db, fetch_raw
from .entities import PrintedScore, Programme
from .suppression import MIN_ANSWERS

FRESH, HELD, HIDDEN = "fresh", "held", "hidden"


@dataclass(frozen=True)
class Score:
    value: float | None  # what the report prints; None: nothing
    answers: int  # answers there are now
    state: str  # FRESH, HELD (an earlier report's value stands) or HIDDEN


def cell(group: str, question: str) -> str:
    return f"{group}/{question}"


def printed_scores(programme: Programme) -> dict[str, list[tuple[int, float]]]:
    """cell -> [(answers, value)] of every average printed in a report of the programme."""
    printed: dict[str, list[tuple[int, float]]] = {}
    for key, answers, value in fetch_raw(
        PrintedScore.select(PrintedScore.cell, PrintedScore.answers, PrintedScore.value).where(
            PrintedScore.programme == programme
        )
    ):
        printed.setdefault(key, []).append((answers, value))
    return printed


def decide(value: float | None, answers: int, before: list[tuple[int, float]]) -> Score:
    """What to print for an average over `answers` answers (value None: hidden in this
    report already), given the (answers, value) pairs printed before."""
    if value is None or not answers:
        return Score(None, answers, HIDDEN)
    too_close = [
        (n, v)
        for n, v in before
        if (n == answers and v != value) or 0 < abs(n - answers) < MIN_ANSWERS
    ]
    if not too_close:
        return Score(value, answers, FRESH)
    below = [x for x in too_close if x[0] <= answers]
    n, v = max(below) if below else min(too_close)
    return Score(v, answers, HELD)


def record(programme: Programme, scores: dict[str, Score]) -> None:
    """Keep the averages a report printed afresh (one row per cell and count)."""
    with db.atomic():
        for key, score in scores.items():
            PrintedScore.insert(
                programme=programme, cell=key, answers=score.answers, value=score.value
            ).on_conflict_ignore().execute()
