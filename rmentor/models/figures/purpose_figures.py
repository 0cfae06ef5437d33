"""What the programme did for each purpose: meetings about it, what came of them, their
effects, and examples of what was typed about it that a report may print."""

import datetime as dt
from dataclasses import dataclass
from dataclasses import field

from peewee import fn

from rmentor.models.figures.counts import Period
from rmentor.models.figures.counts import ThemeMeetings
from rmentor.models.figures.counts import in_period
from rmentor.models.figures.counts import outcome_tally
from rmentor.models.figures.counts import outcomes_in
from rmentor.models.figures.counts import theme_meetings
from rmentor.models.programme.entities import Meeting
from rmentor.models.programme.entities import MeetingTheme
from rmentor.models.programme.entities import OutcomeItem
from rmentor.models.programme.entities import Pairing
from rmentor.models.programme.entities import Programme
from rmentor.models.programme.entities import Theme
from rmentor.models.programme.programmes import themes_of
from rmentor.models.storage.database import fetch_raw
from rmentor.models.storage.database import iso_date

EXAMPLES_PER_PURPOSE = 3
NO_MEETINGS = ThemeMeetings(0, 0, None)


@dataclass(frozen=True)
class FreeText:
    """A text someone typed that a report prints: where it is kept, and the text."""

    kind: str  # PROGRAMME_TEXT, SUMMARY or OUTCOME
    ref: int  # the programme's, meeting's or outcome item's id
    text: str


PROGRAMME_TEXT, SUMMARY, OUTCOME, EFFECT = "programme", "meeting", "outcome", "effect"


@dataclass
class PurposeFigures:
    theme: Theme
    meetings: int
    outcomes: dict[tuple[str, str], int]  # (kind, status) -> count
    examples: list[FreeText]  # from shareable summaries and outcome items only
    effects: int = 0  # outcome items whose effect was recorded (behaviour and results)
    pairs: int = 0  # pairings that held a meeting about it
    last_meeting: dt.date | None = None  # the last meeting held about it
    effect_examples: list[FreeText] = field(default_factory=list)  # recorded effects

    def count(self, kind: str, status: str | None = None) -> int:
        return sum(
            n
            for (k, s), n in self.outcomes.items()
            if k == kind and (status is None or s == status)
        )

    @property
    def results(self) -> int:
        """Insights, ideas and actions tagged with it."""
        return sum(self.outcomes.values())


def _group_of(model, column: str) -> tuple:
    """A text's columns when grouped by it: the first row's id (what the report points
    at), the text, the newest meeting it came from and the last row written."""
    return (fn.MIN(model.id), getattr(model, column), fn.MAX(Meeting.date), fn.MAX(model.id))


def _newest(query, kind: str) -> dict[int, list[FreeText]]:
    """Each purpose's texts, the newest first; of one day, the last written: one query
    for every purpose (a server answers each query in its own round trip)."""
    found: dict[int, list[tuple]] = {}
    for theme, ref, text, newest, last in fetch_raw(query):
        found.setdefault(theme, []).append((iso_date(newest), last, ref, text))
    return {
        theme: [FreeText(kind, ref, text) for _d, _l, ref, text in sorted(rows, reverse=True)]
        for theme, rows in found.items()
    }


def purpose_figures(
    programme: Programme,
    period: Period,
    meetings: dict | None = None,
    tally: dict | None = None,
) -> list[PurposeFigures]:
    """Each purpose's figures; `meetings` (counts.theme_meetings) and `tally`
    (counts.outcome_tally) where the caller has them."""
    themes = themes_of(programme)
    if not themes:
        return []
    ids = [t.id for t in themes]
    tally = tally if tally is not None else outcome_tally(programme, period)
    outcomes: dict[int, dict] = {}
    for (tid, kind, status), n in tally.items():
        outcomes.setdefault(tid, {})[(kind, status)] = n
    meetings = meetings if meetings is not None else theme_meetings(programme, period)
    effects = dict(
        fetch_raw(
            outcomes_in(programme, period, OutcomeItem.theme, fn.COUNT(OutcomeItem.id))
            .where(OutcomeItem.theme.in_(ids) & (OutcomeItem.effect != ""))
            .group_by(OutcomeItem.theme)
        )
    )
    outcome_examples = _newest(
        outcomes_in(programme, period, OutcomeItem.theme, *_group_of(OutcomeItem, "text"))
        .where(OutcomeItem.theme.in_(ids) & OutcomeItem.kind.in_(["insight", "idea"]))
        .group_by(OutcomeItem.theme, OutcomeItem.text),
        OUTCOME,
    )
    effect_examples_of = _newest(
        outcomes_in(programme, period, OutcomeItem.theme, *_group_of(OutcomeItem, "effect"))
        .where(OutcomeItem.theme.in_(ids) & (OutcomeItem.effect != ""))
        .group_by(OutcomeItem.theme, OutcomeItem.effect),
        EFFECT,
    )
    summaries: dict[int, list[FreeText]] | None = None  # read only if a purpose needs them
    result = []
    for theme in themes:
        examples = outcome_examples.get(theme.id, [])[:EXAMPLES_PER_PURPOSE]
        if len(examples) < EXAMPLES_PER_PURPOSE:
            if summaries is None:
                summaries = _newest(
                    Meeting.select(MeetingTheme.theme, *_group_of(Meeting, "summary"))
                    .join(MeetingTheme)
                    .switch(Meeting)
                    .join(Pairing)
                    .where(
                        (Pairing.programme == programme)
                        & MeetingTheme.theme.in_(ids)
                        & (Meeting.held == True)
                        & (Meeting.summary != "")
                        & in_period(Meeting.date, period)
                    )
                    .group_by(MeetingTheme.theme, Meeting.summary),
                    SUMMARY,
                )
            examples += summaries.get(theme.id, [])[: EXAMPLES_PER_PURPOSE - len(examples)]
        effect_examples = effect_examples_of.get(theme.id, [])[:EXAMPLES_PER_PURPOSE]
        held = meetings.get(theme.id, NO_MEETINGS)
        result.append(
            PurposeFigures(
                theme,
                held.held,
                outcomes.get(theme.id, {}),
                examples,
                effects.get(theme.id, 0),
                pairs=held.pairs,
                last_meeting=held.last,
                effect_examples=effect_examples,
            )
        )
    return result
