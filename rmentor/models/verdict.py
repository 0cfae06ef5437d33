"""Is the programme working, for which purpose, and what should management decide?

The report's first page is worked out here from its figures, without Qt or ReportLab:
a verdict for the programme and for each purpose ("on track", "needs attention", "too
early to tell"), measured against the programme's targets; the health of every running
pairing; the change since the previous report; and the decisions the data ask for.
"""

import datetime as dt
import json
from dataclasses import dataclass, field

from .attention import FIRST_MEETING_WITHIN
from .entities import Programme, ReportFigures
from .figures import OVERDUE_GRACE
from .vocabulary import ACTIVE, MENTEE, MENTOR, PAUSED

ON_TRACK, NEEDS_ATTENTION, TOO_EARLY = "on_track", "needs_attention", "too_early"
# a pairing's health
HEALTHY, CHECK_IN, STALLED, STARTING = "on_track", "check_in", "stalled", "too_early"
HEALTH = (HEALTHY, CHECK_IN, STALLED, STARTING)
EARLY_PERIODS = 2  # a programme is judged after two cadence periods
ENDING_SOON = dt.timedelta(days=60)
MIN_ACTIONS = 3  # a share of actions done is judged from three actions on


@dataclass(frozen=True)
class Figure:
    """One measured figure beside its target: value None when nothing measures it yet
    (or when showing it would reveal a small group)."""

    key: str  # paired, cadence, satisfaction, done
    value: float | None
    target: float
    n: int  # how many it is measured over

    @property
    def met(self) -> bool | None:
        return None if self.value is None else self.value >= self.target


@dataclass
class Verdict:
    status: str
    figures: list[Figure]


@dataclass(frozen=True)
class Decision:
    kind: str  # a key of the report's DECISIONS: rematch, check_in, enrol, close, none...
    params: dict = field(default_factory=dict)


def share(part: int, whole: int) -> float | None:
    return None if not whole else round(100 * part / whole)


def pairing_health(status, start, held, last_meeting, cadence_weeks, late_actions, today) -> str:
    """on track, needs a check-in, stalled, or too early to tell, for a running pairing."""
    cadence = dt.timedelta(weeks=cadence_weeks)
    if status == PAUSED:
        return CHECK_IN
    if start is None:
        return STARTING
    if not held:
        return STALLED if today - start > FIRST_MEETING_WITHIN else STARTING
    since = today - last_meeting
    if since > 2 * cadence + OVERDUE_GRACE:
        return STALLED
    if since > cadence + OVERDUE_GRACE or late_actions:
        return CHECK_IN
    return HEALTHY


def judged_yet(programme: Programme, today: dt.date) -> bool:
    """Two cadence periods after the start: from then on the figures mean something."""
    periods = dt.timedelta(weeks=EARLY_PERIODS * programme.cadence_weeks)
    return today - programme.start_date >= periods


def too_early(programme: Programme, today: dt.date, running: int) -> bool:
    return running == 0 or not judged_yet(programme, today)


def nobody_yet(programme: Programme, d, today: dt.date) -> bool:
    """Past its first weeks with nobody taking part: that needs attention, not patience."""
    return d.enrolled_people == 0 and judged_yet(programme, today)


def judge(figures: list[Figure], early: bool) -> str:
    measured = [f for f in figures if f.met is not None]
    if early or not measured:
        return TOO_EARLY
    return ON_TRACK if all(f.met for f in measured) else NEEDS_ATTENTION


def programme_figures(p: Programme, d) -> list[Figure]:
    """The programme's figures from the report data `d` (models.report_data)."""
    done, actions = d.actions
    answers = d.evaluations["all"]["recommend"][1]
    return [
        Figure(
            "paired", share(d.paired_people, d.enrolled_people), p.target_paired, d.enrolled_people
        ),
        # meeting as agreed now: the active pairs that met within their cadence and a week
        Figure(
            "cadence", share(d.on_cadence, d.active_pairings), p.target_cadence, d.active_pairings
        ),
        Figure("satisfaction", d.score("all", "recommend"), p.target_satisfaction, answers),
        # a share of fewer than MIN_ACTIONS actions says nothing yet
        Figure(
            "done", share(done, actions) if actions >= MIN_ACTIONS else None, p.target_done, actions
        ),
    ]


def purpose_verdict(p: Programme, purpose, early: bool) -> Verdict:
    """A purpose is on track when it is talked about, yields something, and its actions
    get done; talked about without any insight, idea or action, it needs attention."""
    o = purpose.outcomes
    actions = sum(n for (kind, _s), n in o.items() if kind == "action")
    done = sum(n for (kind, status), n in o.items() if kind == "action" and status == "done")
    yielded = sum(o.values())
    figures = [
        Figure("meetings", purpose.meetings, 1, purpose.meetings),
        Figure("yield", yielded, 1, yielded),
        Figure(
            "done", share(done, actions) if actions >= MIN_ACTIONS else None, p.target_done, actions
        ),
    ]
    return Verdict(judge(figures, early), figures)


def decisions(p: Programme, d, figures: list[Figure], today: dt.date) -> list[Decision]:
    """What the data ask management to decide, most pressing first."""
    if nobody_yet(p, d, today):
        return [Decision("enrol", {"weeks": (today - p.start_date).days // 7})]
    out = []
    health = d.health
    stalled = sum(1 for h in health.values() if h == STALLED)
    if stalled:
        out.append(Decision("rematch", {"n": stalled}))
    check_in = sum(1 for h in health.values() if h == CHECK_IN)
    if check_in:
        out.append(Decision("check_in", {"n": check_in}))
    waiting = d.unpaired
    mentors, mentees = waiting.get(MENTOR, 0), waiting.get(MENTEE, 0)
    if min(mentors, mentees):
        out.append(Decision("pair_waiting", {"n": min(mentors, mentees)}))
    if mentors > mentees:
        out.append(Decision("recruit_mentees", {"n": mentors - mentees}))
    elif mentees > mentors:
        out.append(Decision("recruit_mentors", {"n": mentees - mentors}))
    if d.evaluations_outstanding:
        out.append(Decision("evaluations", {"n": d.evaluations_outstanding}))
    missed = {f.key: f for f in figures if f.met is False}
    if "satisfaction" in missed:
        f = missed["satisfaction"]
        out.append(Decision("satisfaction", {"value": f.value, "target": f.target}))
    if "done" in missed:
        out.append(Decision("actions", {"n": d.actions[1] - d.actions[0]}))
    running = sum(1 for r in d.pairings if r.status in (ACTIVE, PAUSED))
    if p.end_date < today and running:
        out.append(Decision("close", {"date": p.end_date, "n": running}))
    elif today <= p.end_date <= today + ENDING_SOON:
        out.append(Decision("extend", {"date": p.end_date, "n": running}))
    return out or [Decision("none")]


# the trend: each report's key figures, kept in the file


def key_figures(d, figures: list[Figure], health: dict[int, str]) -> dict[str, float]:
    kept = {f.key: f.value for f in figures if f.value is not None}
    kept["held"] = d.totals["held"]
    kept["stalled"] = sum(1 for h in health.values() if h == STALLED)
    return kept


def previous_figures(programme: Programme, today: dt.date):
    """(date, figures) of the last report made before today, or None."""
    row = (
        ReportFigures.select()
        .where((ReportFigures.programme == programme) & (ReportFigures.made_on < today))
        .order_by(ReportFigures.made_on.desc())
        .first()
    )
    return (row.made_on, json.loads(row.figures)) if row else None


def record_figures(programme: Programme, today: dt.date, figures: dict) -> None:
    """Keep today's figures (one set a day: a report made again replaces it)."""
    ReportFigures.insert(
        programme=programme, made_on=today, figures=json.dumps(figures, sort_keys=True)
    ).on_conflict_replace().execute()
