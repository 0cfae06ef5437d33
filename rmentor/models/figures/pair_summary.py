"""One pair's summary: their meetings, outcomes and the evaluations they gave."""

import datetime as dt
from dataclasses import dataclass

from rmentor.models.programme.entities import Evaluation
from rmentor.models.programme.entities import Meeting
from rmentor.models.programme.entities import MeetingTheme
from rmentor.models.programme.entities import OutcomeItem
from rmentor.models.programme.entities import Pairing
from rmentor.models.programme.entities import Theme
from rmentor.models.storage.database import fetch_raw
from rmentor.models.storage.database import iso_date


@dataclass
class PairSummary:
    pairing: Pairing
    meetings: list[
        tuple[dt.date, int, bool, list[str], str]
    ]  # date, minutes, held, themes, summary
    outcomes: list[OutcomeItem]
    evaluations_done: list[tuple[str, str]]  # (side, moment)


def pair_summary(pairing: Pairing) -> PairSummary:
    """What the two of them did together; no confidential note and no scores: any
    figure over both sides' ratings lets each work out the other's."""
    meetings = []
    for mid, date, minutes, held, summary in fetch_raw(
        Meeting.select(
            Meeting.id, Meeting.date, Meeting.duration_minutes, Meeting.held, Meeting.summary
        )
        .where(Meeting.pairing == pairing)
        .order_by(Meeting.date)
    ):
        themes = [
            t
            for (t,) in fetch_raw(
                Theme.select(Theme.key).join(MeetingTheme).where(MeetingTheme.meeting == mid)
            )
        ]
        meetings.append((iso_date(date), minutes, bool(held), themes, summary))
    outcomes = list(
        OutcomeItem.select()
        .join(Meeting)
        .where(Meeting.pairing == pairing)
        .order_by(Meeting.date, OutcomeItem.id)
    )
    done = [
        (side, moment)
        for side, moment in fetch_raw(
            Evaluation.select(Evaluation.side, Evaluation.moment).where(
                Evaluation.pairing == pairing
            )
        )
    ]
    return PairSummary(pairing, meetings, outcomes, done)
