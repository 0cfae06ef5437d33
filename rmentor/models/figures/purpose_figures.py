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
from rmentor.models.storage.dialect import IDS_BELOW
from rmentor.models.storage.dialect import day_then_id
from rmentor.models.storage.dialect import unindexed

EXAMPLES_PER_PURPOSE = 3
NEWEST_MEETINGS = 2_000  # where examples are looked for before every text is grouped
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


def _newest_meetings(programme: Programme, period: Period) -> Period:
    """The part of the period that holds its NEWEST_MEETINGS newest meetings, where
    examples are looked for first; None when that is the whole period."""
    query = (
        Meeting.select(Meeting.date)
        .join(Pairing, on=unindexed(Meeting.pairing) == Pairing.id)
        .where((Pairing.programme == programme) & in_period(Meeting.date, period))
        .order_by(Meeting.date.desc())
        .offset(NEWEST_MEETINGS)
        .limit(1)
    )
    found = fetch_raw(query)
    return (iso_date(found[0][0]), period[1] if period else dt.date.max) if found else None


def _texts(programme, period, model, column, condition, themes, grouped: bool):
    """The query for purposes' texts: (purpose, id, text) rows newest first; or, grouped,
    each text once: (purpose, text, its newest row as dialect.day_then_id, times written),
    which ranks the texts as their rows would. Rows lead by meeting date through its
    index, their other columns kept off theirs (unindexed), else SQLite sorts every row
    before the first comes; grouping reads the purposes' rows by theirs."""
    theme = MeetingTheme.theme if model is Meeting else OutcomeItem.theme
    columns = (
        (theme, column, fn.MAX(day_then_id(Meeting.date, model.id)), fn.COUNT(model.id))
        if grouped
        else (theme, model.id, column)
    )
    query = (
        Meeting.select(*columns).join(MeetingTheme)
        if model is Meeting
        else OutcomeItem.select(*columns).join(Meeting)
    )
    pairing = Meeting.pairing if grouped else unindexed(Meeting.pairing)
    query = query.switch(Meeting).join(Pairing, on=pairing == Pairing.id)
    query = query.where(
        (Pairing.programme == programme)
        & in_period(Meeting.date, period)
        & (theme if grouped else unindexed(theme)).in_(themes)
        & condition
    )
    if grouped:
        return query.group_by(theme, column)
    return query.order_by(Meeting.date.desc(), model.id.desc())


def _grouped(query, kind) -> dict[int, tuple[list[FreeText], int]]:
    """Each purpose's grouped texts, the newest first and up to EXAMPLES_PER_PURPOSE, each
    pointing at its newest row, with how many rows held them."""
    rows: dict[int, list[tuple]] = {}
    for theme, text, newest, times in fetch_raw(query):
        rows.setdefault(theme, []).append((int(newest), text, times))
    result = {}
    for theme, found in rows.items():
        newest_first = sorted(found, reverse=True)[:EXAMPLES_PER_PURPOSE]
        texts = [FreeText(kind, key % IDS_BELOW, text) for key, text, _n in newest_first]
        result[theme] = (texts, sum(row[-1] for row in found))
    return result


def _examples(programme, period, recent, kind, model, column, condition, themes):
    """Up to EXAMPLES_PER_PURPOSE different texts for each purpose, the newest first; of
    one day, the last written. The newest meetings are read row by row first; a purpose
    still short then has every text of the period grouped (a text typed twice is one)."""
    found: dict[int, dict[str, int]] = {theme: {} for theme in themes}  # text -> ref
    if recent and themes:
        query = _texts(programme, recent, model, column, condition, themes, grouped=False)
        for theme, ref, text in fetch_raw(query):
            if len(found[theme]) < EXAMPLES_PER_PURPOSE:
                found[theme].setdefault(text, ref)
    examples = {
        theme: [FreeText(kind, ref, text) for text, ref in texts.items()]
        for theme, texts in found.items()
    }
    short = [theme for theme, texts in found.items() if len(texts) < EXAMPLES_PER_PURPOSE]
    if short:
        query = _texts(programme, period, model, column, condition, short, grouped=True)
        for theme, (texts, _n) in _grouped(query, kind).items():
            examples[theme] = texts
    return examples


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
    recent = _newest_meetings(programme, period)
    insights = OutcomeItem.kind.in_(["insight", "idea"])
    outcome_examples = _examples(
        programme, period, recent, OUTCOME, OutcomeItem, OutcomeItem.text, insights, ids
    )
    # effects are few (recorded weeks later, on some actions): counted and chosen at once
    recorded = OutcomeItem.effect != ""
    effects = _grouped(
        _texts(programme, period, OutcomeItem, OutcomeItem.effect, recorded, ids, grouped=True),
        EFFECT,
    )
    short = [t.id for t in themes if len(outcome_examples[t.id]) < EXAMPLES_PER_PURPOSE]
    told = (Meeting.held == True) & (Meeting.summary != "")  # noqa: E712 - SQL
    summaries = _examples(programme, period, recent, SUMMARY, Meeting, Meeting.summary, told, short)
    result = []
    for theme in themes:
        examples = outcome_examples[theme.id]
        examples += summaries.get(theme.id, [])[: EXAMPLES_PER_PURPOSE - len(examples)]
        effect_examples, effects_recorded = effects.get(theme.id, ([], 0))
        held = meetings.get(theme.id, NO_MEETINGS)
        result.append(
            PurposeFigures(
                theme,
                held.held,
                outcomes.get(theme.id, {}),
                examples,
                effects_recorded,
                pairs=held.pairs,
                last_meeting=held.last,
                effect_examples=effect_examples,
            )
        )
    return result
