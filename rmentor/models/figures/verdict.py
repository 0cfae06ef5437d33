"""Is the programme working, for which purpose, and what should management decide?

The report's first page is worked out here from its figures, without Qt or ReportLab:
a verdict for the programme and for each purpose ("on track", "needs attention", "too
early to tell"), each with its reason, measured against the programme's targets and a
minimum of evidence; the health of every running pairing; the change since the previous
report; the decisions asked of management, and the coordinator's own to-do list apart.
"""

import datetime as dt
import json
from dataclasses import dataclass
from dataclasses import field

from rmentor.models.figures.attention import FIRST_MEETING_WITHIN
from rmentor.models.figures.counts import OVERDUE_GRACE
from rmentor.models.figures.suppression import MIN_ANSWERS
from rmentor.models.programme.entities import Programme
from rmentor.models.programme.entities import ReportFigures
from rmentor.models.text.vocabulary import ACTIVE
from rmentor.models.text.vocabulary import MENTEE
from rmentor.models.text.vocabulary import MENTOR
from rmentor.models.text.vocabulary import PAUSED
from rmentor.models.text.vocabulary import purpose_questions

ON_TRACK, NEEDS_ATTENTION, TOO_EARLY = "on_track", "needs_attention", "too_early"
# a pairing's health
HEALTHY, CHECK_IN, STALLED, STARTING = "on_track", "check_in", "stalled", "too_early"
HEALTH = (HEALTHY, CHECK_IN, STALLED, STARTING)
EARLY_PERIODS = 2  # a programme is judged after two cadence periods
ENDING_SOON = dt.timedelta(days=60)
MIN_ACTIONS = 3  # a share of actions done is judged from three actions on
# the least evidence on which a purpose can be on track
MIN_PURPOSE_MEETINGS = 3
MIN_PURPOSE_PAIRS = 2
MIN_PURPOSE_SHARE = 10  # per cent of all meetings held
MIN_RESULTS = 3  # insights, ideas and actions: enough where its question is not answered
# purposes whose evidence is asked, not counted: renewed joy is a feeling
ASKED_ONLY = ("refresh",)
DECIDE_WITHIN = dt.timedelta(weeks=4)  # a decision asked of the board: by when


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


@dataclass(frozen=True)
class Reason:
    """Why a verdict is what it is, in one line: a key of the report's REASONS."""

    key: str
    params: dict = field(default_factory=dict)


@dataclass
class Verdict:
    status: str
    figures: list[Figure]
    reason: Reason = Reason("all_met")


@dataclass(frozen=True)
class Decision:
    kind: str  # a key of the report's DECISIONS or CHORES
    params: dict = field(default_factory=dict)
    by: dt.date | None = None  # a board decision says by when


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


def past_midpoint(programme: Programme, today: dt.date) -> bool:
    return today >= programme.start_date + (programme.end_date - programme.start_date) / 2


def nobody_yet(programme: Programme, d, today: dt.date) -> bool:
    """Past its first weeks with nobody taking part: that needs attention, not patience."""
    return d.enrolled_people == 0 and judged_yet(programme, today)


def programme_figures(p: Programme, d) -> list[Figure]:
    """The programme's figures from the report data `d` (models.figures.report_data); the
    report's last page defines each (report DEFINITIONS, same keys)."""
    done, actions = d.actions
    satisfaction = d.scored("all", "recommend")
    return [
        Figure(
            "paired", share(d.paired_people, d.enrolled_people), p.target_paired, d.enrolled_people
        ),
        # every pairing due to meet in what is counted, paused and stalled ones included
        Figure("cadence", share(d.met_as_agreed, d.due_to_meet), p.target_cadence, d.due_to_meet),
        Figure("satisfaction", satisfaction.value, p.target_satisfaction, satisfaction.answers),
        # a share of fewer than MIN_ACTIONS actions says nothing yet
        Figure(
            "done", share(done, actions) if actions >= MIN_ACTIONS else None, p.target_done, actions
        ),
    ]


def slipped(d) -> tuple[int, int, int]:
    """(stalled, needing a check-in, running) pairings."""
    health = list(d.health.values())
    return health.count(STALLED), health.count(CHECK_IN), len(health)


def ended(p: Programme, d) -> bool:
    return d.today > p.end_date


def health_fails(p: Programme, d) -> bool:
    """More running pairings have stalled than the cadence target leaves room for (a late
    action or a pause is the coordinator's to follow up, not a board's); after the
    programme's end the question is closing, not re-matching."""
    stalled, _check_in, running = slipped(d)
    return not ended(p, d) and bool(running) and 100 * stalled > (100 - p.target_cadence) * running


def judge(p: Programme, d) -> tuple[list[tuple], Verdict]:
    """Each purpose's verdict, with its purpose, and the programme's over them all."""
    purposes = [(purpose, purpose_verdict(p, purpose, d)) for purpose in d.purposes]
    return purposes, programme_verdict(p, d, [judged for _p, judged in purposes])


def programme_verdict(p: Programme, d, purposes: list[Verdict]) -> Verdict:
    """On track only when every figure is measured and met, the pairings are healthy,
    and no purpose needs attention; the reason says what decided it."""
    figures = programme_figures(p, d)
    if nobody_yet(p, d, d.today):
        return Verdict(NEEDS_ATTENTION, figures, Reason("nobody"))
    if d.running_pairings == 0:
        if judged_yet(p, d.today):  # weeks in and no pairing started: that is no patience
            weeks = (d.today - p.start_date).days // 7
            return Verdict(NEEDS_ATTENTION, figures, Reason("none_started", {"weeks": weeks}))
        return Verdict(TOO_EARLY, figures, Reason("no_pairing"))
    if not judged_yet(p, d.today):
        return Verdict(
            TOO_EARLY, figures, Reason("early", {"weeks": EARLY_PERIODS * p.cadence_weeks})
        )
    for f in figures:
        if f.met is False:
            return Verdict(
                NEEDS_ATTENTION,
                figures,
                Reason(f"missed_{f.key}", {"value": f.value, "target": f.target}),
            )
    if ended(p, d) and d.health:
        return Verdict(
            NEEDS_ATTENTION, figures, Reason("ended", {"date": p.end_date, "n": len(d.health)})
        )
    if health_fails(p, d):
        stalled, _check_in, running = slipped(d)
        return Verdict(NEEDS_ATTENTION, figures, Reason("health", {"n": stalled, "of": running}))
    if answers_missing(figures, d):
        return Verdict(
            NEEDS_ATTENTION, figures, Reason("answers_missing", {"n": d.evaluations_outstanding})
        )
    if not purposes:  # reverse mentoring is a means: a programme names what it is for
        return Verdict(NEEDS_ATTENTION, figures, Reason("no_purpose"))
    weak = [v for v in purposes if v.status == NEEDS_ATTENTION]
    if weak:
        return Verdict(NEEDS_ATTENTION, figures, Reason("purpose", {"n": len(weak)}))
    unjudged = [v for v in purposes if v.status != ON_TRACK]
    if unjudged:  # on track means every purpose is, not the ones that can be told yet
        return Verdict(TOO_EARLY, figures, Reason("purposes_early", {"n": len(unjudged)}))
    unmeasured = {f.key for f in figures if f.met is None} - {"done"}  # few actions: fine
    if "satisfaction" in unmeasured:
        return Verdict(TOO_EARLY, figures, Reason("no_answers", {"n": MIN_ANSWERS}))
    if unmeasured:
        return Verdict(TOO_EARLY, figures, Reason("no_pairing"))
    return Verdict(ON_TRACK, figures, Reason("all_met"))


def answers_missing(figures: list[Figure], d) -> bool:
    """No score can be given while answers that are due have not come in."""
    satisfaction = next(f for f in figures if f.key == "satisfaction")
    return satisfaction.value is None and bool(d.evaluations_outstanding)


def stale_since(p: Programme, purpose, d) -> bool:
    """Not talked about for longer than a stalled pairing has not met (while the
    programme runs: after its end no one is asked to talk about it again)."""
    gap = 2 * dt.timedelta(weeks=p.cadence_weeks) + OVERDUE_GRACE
    return (
        not ended(p, d)
        and purpose.last_meeting is not None
        and d.today - purpose.last_meeting > gap
    )


def question_scores(purpose, d) -> list[tuple[str, object]]:
    """(question, Score over every moment) of the purpose's own questions."""
    if not purpose.theme.builtin:
        return []
    return [(q, d.scored("all", q)) for q in purpose_questions([purpose.theme.key])]


def purpose_verdict(p: Programme, purpose, d) -> Verdict:
    """On track when it was talked about in enough meetings and pairs, its question
    reaches the target, its actions get done, and there is evidence of what it brought:
    answers to its question, or (except for renewed joy, which is asked) results."""
    actions = purpose.count("action")
    done = share(purpose.count("action", "done"), actions) if actions >= MIN_ACTIONS else None
    scores = question_scores(purpose, d)
    figures = [Figure("done", done, p.target_done, actions)] + [
        Figure(q, s.value, p.target_satisfaction, s.answers) for q, s in scores
    ]
    if nobody_yet(p, d, d.today):
        return Verdict(NEEDS_ATTENTION, figures, Reason("nobody"))
    if too_early(p, d.today, d.running_pairings):
        return Verdict(
            TOO_EARLY, figures, Reason("early", {"weeks": EARLY_PERIODS * p.cadence_weeks})
        )
    held = d.totals["held"]
    # over a period, too little said about a purpose is not yet a verdict on it
    thin = TOO_EARLY if d.period else NEEDS_ATTENTION
    if not purpose.meetings:
        return Verdict(thin, figures, Reason("no_meeting", {"of": held}))
    if purpose.meetings < MIN_PURPOSE_MEETINGS:
        return Verdict(thin, figures, Reason("few_meetings", {"n": purpose.meetings, "of": held}))
    # a programme of one pairing can meet no minimum of two
    if purpose.pairs < min(MIN_PURPOSE_PAIRS, d.due_to_meet or 1):
        return Verdict(
            thin, figures, Reason("few_pairs", {"n": purpose.pairs, "of": d.due_to_meet})
        )
    if 100 * purpose.meetings < MIN_PURPOSE_SHARE * held:
        return Verdict(
            thin,
            figures,
            Reason("small_share", {"n": purpose.meetings, "of": held, "share": MIN_PURPOSE_SHARE}),
        )
    if stale_since(p, purpose, d):
        return Verdict(NEEDS_ATTENTION, figures, Reason("stale", {"date": purpose.last_meeting}))
    for f in figures:
        if f.met is False:
            key = "missed_done" if f.key == "done" else "missed_question"
            return Verdict(
                NEEDS_ATTENTION,
                figures,
                Reason(key, {"value": f.value, "target": f.target, "question": f.key}),
            )
    if any(s.value is None and s.answers >= MIN_ANSWERS for _q, s in scores):
        # its question has answers, held back so that none can be worked out: no verdict
        # may rest on what the report does not show
        return Verdict(TOO_EARLY, figures, Reason("question_held", {"n": MIN_ANSWERS}))
    answered = any(s.value is not None for _q, s in scores)
    counted = purpose.theme.key not in ASKED_ONLY and purpose.results >= MIN_RESULTS
    if not (answered or counted):
        status = NEEDS_ATTENTION if past_midpoint(p, d.today) else TOO_EARLY
        key = "not_asked" if purpose.theme.key in ASKED_ONLY else "thin"
        return Verdict(status, figures, Reason(key, {"n": MIN_ANSWERS, "results": MIN_RESULTS}))
    return Verdict(
        ON_TRACK,
        figures,
        Reason(
            "evidence", {"n": purpose.meetings, "pairs": purpose.pairs, "results": purpose.results}
        ),
    )


def board_decisions(p: Programme, d, overall: Verdict, purposes, today: dt.date) -> list[Decision]:
    """What management is asked to decide, and by when: one decision for each reason the
    programme or a purpose needs attention, then recruiting and the programme's end."""
    by = today + DECIDE_WITHIN
    if overall.reason.key == "nobody":
        return [Decision("enrol", {"weeks": (today - p.start_date).days // 7}, by)]
    out = []
    if overall.reason.key == "none_started":
        out.append(Decision("start", overall.reason.params, by))
    if overall.reason.key == "no_purpose":
        out.append(Decision("name_purpose", {}, by))
    figures = {f.key: f for f in overall.figures}
    for key in ("cadence", "satisfaction", "done"):
        f = figures[key]
        if f.met is False and not (ended(p, d) and key in ("cadence", "done")):
            out.append(Decision(f"sponsor_{key}", {"value": f.value, "target": f.target}, by))
    if figures["paired"].met is False and not ended(p, d):
        mentors, mentees = d.unpaired.get(MENTOR, 0), d.unpaired.get(MENTEE, 0)
        stuck = sum(d.ruled_out.values())
        # whom the rules leave no partner no date will pair: that needs a decision
        if stuck:
            out.append(Decision("paired_stuck", {"n": stuck}, by))
        # more on one side: the recruiting decision below answers it
        if mentors == mentees and mentors + mentees > stuck:
            f = figures["paired"]
            out.append(Decision("paired", {"value": f.value, "target": f.target}, by))
    if health_fails(p, d):
        stalled, _check_in, running = slipped(d)
        out.append(Decision("rematch", {"n": stalled, "of": running}, by))
    if answers_missing(overall.figures, d) and judged_yet(p, today):
        out.append(Decision("sponsor_answers", {"n": d.evaluations_outstanding}, by))
    # purposes no one talked about lately: one decision for all of them
    stale = [purpose.theme for purpose, judged in purposes if judged.reason.key == "stale"]
    if stale:
        out.append(Decision("purposes_stale", {"purposes": stale}, by))
    for purpose, judged in purposes:
        if ended(p, d):  # the programme is over: closing it is the decision
            break
        if judged.status == NEEDS_ATTENTION and judged.reason.key != "stale":
            out.append(
                Decision(
                    f"purpose_{judged.reason.key}",
                    {"purpose": purpose.theme, **judged.reason.params},
                    by,
                )
            )
    # those a rule keeps from a partner have their decision above: not counted twice
    mentors, mentees = (d.unpaired.get(r, 0) - d.ruled_out.get(r, 0) for r in (MENTOR, MENTEE))
    if ended(p, d):
        pass  # no recruiting for a programme that is over
    elif mentors > mentees:
        out.append(Decision("recruit_mentees", {"n": mentors - mentees}, by))
    elif mentees > mentors:
        out.append(Decision("recruit_mentors", {"n": mentees - mentors}, by))
    running = sum(1 for r in d.pairings if r.status in (ACTIVE, PAUSED))
    if p.end_date < today and running:
        out.append(
            Decision("close", {"date": p.end_date, "n": running}, today + dt.timedelta(weeks=2))
        )
    elif today <= p.end_date <= today + ENDING_SOON:
        out.append(Decision("extend", {"date": p.end_date, "n": running}, min(by, p.end_date)))
    if out:
        return out
    if overall.status == NEEDS_ATTENTION:  # never "no decision" under "needs attention"
        return [Decision("review", {}, by)]
    return [Decision("none" if overall.status == ON_TRACK else "none_early")]


def chores(p: Programme, d) -> list[Decision]:
    """The coordinator's own to-do list: what needs doing, not deciding."""
    if nobody_yet(p, d, d.today):
        return []
    out = []
    stalled, check_in, _running = slipped(d)
    if stalled:
        out.append(Decision("restart", {"n": stalled}))
    if check_in:
        out.append(Decision("check_in", {"n": check_in}))
    # those waiting whom the rules leave a partner (a mentor with room, or someone waiting)
    mentors, mentees = (d.unpaired.get(r, 0) - d.stuck.get(r, 0) for r in (MENTOR, MENTEE))
    if mentors or mentees:
        out.append(Decision("pair_waiting", {"mentors": mentors, "mentees": mentees}))
    if d.evaluations_outstanding:
        out.append(Decision("evaluations", {"n": d.evaluations_outstanding}))
    done, actions = d.actions
    if actions - done:
        out.append(Decision("actions", {"n": actions - done}))
    return out


# the trend: each report's key figures, kept in the file


def key_figures(d, figures: list[Figure], health: dict[int, str]) -> dict[str, float]:
    """The figures as page 1 prints them (rounded alike), so a change is never shown
    between two values that read the same."""
    kept = {
        f.key: round(f.value, 1 if f.key == "satisfaction" else 0)
        for f in figures
        if f.value is not None
    }
    kept["held"] = d.totals["held"]
    kept["stalled"] = sum(1 for h in health.values() if h == STALLED)
    return kept


def previous_figures(programme: Programme, today: dt.date):
    """(date, figures) of the last whole-programme report made before today, or None."""
    row = (
        ReportFigures.select()
        .where((ReportFigures.programme == programme) & (ReportFigures.made_on < today))
        .order_by(ReportFigures.made_on.desc())
        .first()
    )
    if row is None:
        return None
    try:
        figures = json.loads(row.figures)
    except (ValueError, TypeError, RecursionError):  # written by another program
        return None
    return (row.made_on, figures) if isinstance(figures, dict) else None


def record_figures(programme: Programme, today: dt.date, figures: dict) -> None:
    """Keep today's figures (one set a day: a report made again replaces it)."""
    ReportFigures.insert(
        programme=programme, made_on=today, figures=json.dumps(figures, sort_keys=True)
    ).on_conflict(
        conflict_target=[ReportFigures.programme, ReportFigures.made_on],
        preserve=[ReportFigures.figures],
    ).execute()
