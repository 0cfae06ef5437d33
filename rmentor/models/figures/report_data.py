"""Everything the programme report shows, gathered with SQL aggregates.

No confidential note is ever read here, and evaluation scores are only given as
averages that no small group can be worked out from (see suppression).
"""

import datetime as dt
from dataclasses import dataclass
from dataclasses import field

from peewee import fn

from rmentor.models.figures.attention import AttentionItem
from rmentor.models.figures.attention import attention_items
from rmentor.models.figures.attention import late_actions
from rmentor.models.figures.counts import Period
from rmentor.models.figures.counts import evaluation_averages
from rmentor.models.figures.counts import in_period
from rmentor.models.figures.counts import meeting_figures
from rmentor.models.figures.counts import outcome_tally
from rmentor.models.figures.counts import pairing_figures
from rmentor.models.figures.counts import role_counts
from rmentor.models.figures.counts import status_counts
from rmentor.models.figures.counts import theme_meetings
from rmentor.models.figures.counts import themes_covered
from rmentor.models.figures.printed_scores import FRESH
from rmentor.models.figures.printed_scores import HIDDEN
from rmentor.models.figures.printed_scores import Score
from rmentor.models.figures.printed_scores import cell
from rmentor.models.figures.printed_scores import printed_scores
from rmentor.models.figures.purpose_figures import OUTCOME
from rmentor.models.figures.purpose_figures import PROGRAMME_TEXT
from rmentor.models.figures.purpose_figures import FreeText
from rmentor.models.figures.purpose_figures import PurposeFigures
from rmentor.models.figures.purpose_figures import purpose_figures
from rmentor.models.figures.score_audit import Answer
from rmentor.models.figures.score_audit import Audit
from rmentor.models.figures.verdict import pairing_health
from rmentor.models.programme.entities import Evaluation
from rmentor.models.programme.entities import Meeting
from rmentor.models.programme.entities import OutcomeItem
from rmentor.models.programme.entities import Pairing
from rmentor.models.programme.entities import Programme
from rmentor.models.programme.entities import Theme
from rmentor.models.programme.pairings import pairing_rows
from rmentor.models.storage.database import fetch_raw
from rmentor.models.storage.database import iso_date
from rmentor.models.storage.database import window_sized_cache
from rmentor.models.storage.datafile import is_read_only
from rmentor.models.text.vocabulary import ACTIVE
from rmentor.models.text.vocabulary import ALL_QUESTIONS
from rmentor.models.text.vocabulary import COMPLETED
from rmentor.models.text.vocabulary import ENDED_EARLY
from rmentor.models.text.vocabulary import EVALUATION_MOMENTS
from rmentor.models.text.vocabulary import EVALUATION_QUESTIONS
from rmentor.models.text.vocabulary import MENTEE
from rmentor.models.text.vocabulary import MENTOR
from rmentor.models.text.vocabulary import PAUSED
from rmentor.models.text.vocabulary import PROPOSED
from rmentor.models.text.vocabulary import purpose_questions

# why someone waiting has no possible partner (models.programme.pool.why_no_partner) when
# it is a rule's doing, which only management can set aside: nobody left with room is
# answered by recruiting, a language not recorded by the coordinator
RULED_OUT = ("no_shared_language", "reporting_line", "no_partner")
ATTENTION_LINES = 25  # the report lists this many; the overview in the app lists them all
ALL = ALL_MOMENTS = "all"  # the total over every moment and both sides
SIDES = (MENTOR, MENTEE)


@dataclass
class ReportData:
    programme: Programme
    today: dt.date
    roles: dict[str, int]
    paired_people: int
    enrolled_people: int
    statuses: dict[str, int]
    totals: dict[str, float]
    planned_meetings: int
    met_as_agreed: int  # of the pairings due to meet, those that met as often as agreed
    due_to_meet: int  # pairings due to meet at least once in what is counted
    running_pairings: int
    months: list[tuple[str, int, float]]
    purposes: list[PurposeFigures]
    themes_covered: list[tuple[Theme, int]]
    evaluations: dict[str, dict[str, tuple[float | None, int]]]  # moment -> question -> avg, n
    end_reasons: dict[str, int]
    period: Period = None
    pairings: list = field(default_factory=list)
    attention: list[AttentionItem] = field(default_factory=list)
    actions: tuple[int, int] = (0, 0)  # (done, all) actions of the programme
    proposed_people: int = 0  # in a pairing proposed, not started: neither paired nor waiting
    unpaired: dict[str, int] = field(default_factory=dict)  # role -> people waiting
    stuck: dict[str, int] = field(default_factory=dict)  # role -> of those, whom the
    # rules leave no possible partner
    ruled_out: dict[str, int] = field(default_factory=dict)  # role -> of those, whom a rule
    # keeps from someone with room (not: nobody left, a language not recorded)
    evaluations_given: int = 0
    evaluations_outstanding: int = 0  # answers due and not given, one per side
    health: dict[int, str] = field(default_factory=dict)  # running pairing -> verdict.HEALTH
    paused_counted: int = 0  # paused pairings among those due to meet
    printed_before: dict = field(default_factory=dict)  # cell -> [Printed]
    respondents: dict = field(default_factory=dict)  # ALL or side -> question -> people
    answers: list = field(default_factory=list)  # (date, pairing, side, moment, questions)
    scored_to: dt.date | None = None  # scores count every answer dated up to this day
    may_record: bool = True  # a file opened read-only keeps no record: no new values
    _scores: dict = field(default_factory=dict)
    _hidden: dict = field(default_factory=dict)
    _kept: dict = field(default_factory=dict)  # question -> groups hidden for others' sake

    def score(self, group: str, question: str) -> float | None:
        """An average as the report may print it: None where it would reveal a small
        group, directly or by subtraction, or together with a report printed before."""
        return self.scored(group, question).value

    def scored(self, group: str, question: str) -> Score:
        key = cell(group, question)
        if key not in self._scores:
            value, answers = self.evaluations[group][question]
            shown = value is not None and group not in self.hidden(question)
            self._scores[key] = Score(value if shown else None, answers, FRESH if shown else HIDDEN)
        return self._scores[key]

    def hidden(self, question: str) -> set[str]:
        """The groups whose average on `question` must not be shown in this report
        (models.figures.score_audit: too few people, or answers that this report and the ones
        before could give back)."""
        if question not in self._hidden:
            audit = Audit(
                self.answers,
                question,
                tuple(EVALUATION_MOMENTS),
                SIDES,
                ALL,
                self.scored_to,
                {
                    group: self.printed_before.get(cell(group, question), [])
                    for group in self.evaluations
                },
                {group: self.evaluations[group][question] for group in self.evaluations},
            )
            hidden, kept = audit.hidden(self.may_record)
            self._hidden[question] = hidden
            self._kept[question] = kept
        return self._hidden[question]

    def earlier(self, group: str, question: str):
        """The average a report printed last for this cell, over the answers up to this
        report's date, where this report may not show a new one: printed before, it
        gives nothing away, and it stands until enough people have answered since."""
        if self.score(group, question) is not None:
            return None
        shown = [
            p
            for p in self.printed_before.get(cell(group, question), [])
            if p.shown and p.counted_to <= self.scored_to
        ]
        return max(shown, key=lambda p: (p.counted_to, p.answers), default=None)

    def forbid_new_scores(self) -> None:
        """Nothing could be kept of this report: only values printed before may show."""
        self.may_record = False
        self._scores.clear()
        self._hidden.clear()
        self._kept.clear()

    def scores_all(self) -> list[Score]:
        """Every average of this report's tables, as the report may print it."""
        return [self.scored(g, q) for g in self.evaluations for q in self.questions]

    def scores_printed(self) -> dict[str, Score]:
        """Every average this report prints, and those it hides only for the others'
        sake (with the value they have, marked as not shown), to be kept for the next."""
        self.scores_all()
        kept = {
            cell(group, question): Score(
                self.evaluations[group][question][0], self.evaluations[group][question][1], HIDDEN
            )
            for question, groups in self._kept.items()
            for group in groups
        }
        return {**kept, **{k: s for k, s in self._scores.items() if s.state == FRESH}}

    @property
    def questions(self) -> list[str]:
        """The questions this programme asks: the fixed ones and its purposes' own."""
        purposes = [p.theme.key for p in self.purposes if p.theme.builtin]
        return [*EVALUATION_QUESTIONS, *purpose_questions(purposes)]

    def free_texts(self) -> list[FreeText]:
        """Every typed text the report prints, so they can be checked for names."""
        p = self.programme
        texts = [FreeText(PROGRAMME_TEXT, p.id, t) for t in (p.name, p.description) if t]
        texts += [
            example
            for purpose in self.purposes
            for example in (*purpose.examples, *purpose.effect_examples)
        ]
        late = [i.target_id for i in self.printed_attention if "text" in i.point.params]
        texts += [
            FreeText(OUTCOME, ref, text)
            for ref, text in fetch_raw(
                OutcomeItem.select(OutcomeItem.id, OutcomeItem.text).where(OutcomeItem.id.in_(late))
            )
        ]
        return texts

    @property
    def printed_attention(self) -> list[AttentionItem]:
        return self.attention[:ATTENTION_LINES]

    @property
    def empty(self) -> bool:
        return self.enrolled_people == 0 and not self.statuses


def gather(programme: Programme, today: dt.date | None = None, period: Period = None) -> ReportData:
    """The report's figures as of today; with a period, only its meetings, outcomes and
    evaluations count, and the figures are as of its last day."""
    with window_sized_cache():  # some forty queries over the same tables
        return _gathered(programme, today, period)


def _gathered(programme: Programme, today: dt.date | None, period: Period) -> ReportData:
    today = today or dt.date.today()
    if period:
        today = min(today, period[1])
    # as of today: a meeting dated later (logged ahead) has not happened yet, and a report
    # made again for an earlier day counts what there was then
    counted = period or (dt.date(1, 1, 1), today)
    roles = role_counts(programme)
    figures = pairing_figures(programme, today, counted)
    # the pairings as the app shows them today (a meeting logged ahead counts there): the
    # same figures, unless the report is over a period or a meeting is dated after today
    ahead = (
        Meeting.select()
        .join(Pairing)
        .where((Pairing.programme == programme) & (Meeting.date > today))
    )
    figures_now = pairing_figures(programme, today) if period or ahead.exists() else figures
    rows = [
        row._replace(held=figures[row.id].held, last_meeting=figures[row.id].last_meeting)
        for row in pairing_rows(programme, today, figures_now)
    ]
    cadence = programme.cadence_weeks
    cadences = dict(
        fetch_raw(
            Pairing.select(Pairing.id, Pairing.cadence_weeks).where(Pairing.programme == programme)
        )
    )
    planned = met = running = due = paused = 0
    paired, proposed = set(), set()
    for row in rows:
        if row.status in (ACTIVE, PAUSED, COMPLETED):
            paired.update((row.mentor_id, row.mentee_id))
        elif row.status == PROPOSED:
            proposed.update((row.mentor_id, row.mentee_id))
        if row.status == PROPOSED or row.start_date is None:
            continue
        start = max(row.start_date, period[0]) if period else row.start_date
        planned_end = row.planned_end_date or programme.end_date
        last = figures[row.id].last_meeting or row.start_date
        # a pairing completed in time was due up to its last meeting; one ended early, or
        # "completed" before half its planned time, was due to meet up to its planned end
        halfway = row.start_date + (planned_end - row.start_date) / 2
        done_in_time = row.status == COMPLETED and last >= halfway
        end = last if done_in_time else today
        end = min(end, planned_end)
        weeks = max(0, (end - start).days) / 7
        expected = int(weeks // (cadences.get(row.id) or cadence))
        planned += expected
        running += 1
        if expected:  # due to meet: paused and stalled pairings count as much as any
            due += 1
            paused += row.status == PAUSED
            met += row.held >= expected
    # scores count every answer up to the report's date, over a period too: reports then
    # print averages over ever larger sets of the same answers, which printed_scores
    # keeps three answers apart (averages over other windows could be subtracted)
    scored = (dt.date(1, 1, 1), counted[1])
    evaluations = {
        moment: evaluation_averages(programme, moment, scored) for moment in EVALUATION_MOMENTS
    }
    # the total over the moments shown, never over one the table has no column for
    moments = tuple(EVALUATION_MOMENTS)
    evaluations[ALL] = evaluation_averages(programme, moments, scored)
    answers = _answers(programme, scored)
    people = _respondents(answers, (ALL, *moments, *SIDES))
    for side in SIDES:
        evaluations[side] = evaluation_averages(programme, moments, scored, side=side)
    end_reasons = dict(
        fetch_raw(
            Pairing.select(Pairing.end_reason, fn.COUNT(Pairing.id))
            .where((Pairing.programme == programme) & (Pairing.status == ENDED_EARLY))
            .group_by(Pairing.end_reason)
        )
    )
    enrolled = sum(roles.values())
    months, totals = meeting_figures(programme, counted)
    covered = theme_meetings(programme, counted)
    tally = outcome_tally(programme, counted)
    attention = attention_items(programme, today, figures=figures_now)
    late = {
        pid
        for (pid,) in fetch_raw(
            OutcomeItem.select(Meeting.pairing)
            .join(Meeting)
            .join(Pairing)
            .where(late_actions(programme, today))
            .distinct()
        )
    }
    health = {
        row.id: pairing_health(
            row.status,
            row.start_date,
            row.held,
            row.last_meeting,
            cadences.get(row.id) or cadence,
            row.id in late,
            today,
        )
        for row in rows
        if row.status in (ACTIVE, PAUSED)
    }
    unpaired: dict[str, int] = {}
    stuck: dict[str, int] = {}
    ruled_out: dict[str, int] = {}
    for item in attention:
        if item.kind == "unpaired":
            role = item.point.params["role"].key
            reason = item.point.params.get("reason")
            unpaired[role] = unpaired.get(role, 0) + 1
            stuck[role] = stuck.get(role, 0) + (reason is not None)
            ruled = reason is not None and reason.key in RULED_OUT
            ruled_out[role] = ruled_out.get(role, 0) + ruled
    actions: dict[str, int] = {}
    for (_theme, kind, status), n in tally.items():
        if kind == "action" and status != "dropped":
            actions[status] = actions.get(status, 0) + n
    given = (
        Evaluation.select()
        .join(Pairing)
        .where((Pairing.programme == programme) & in_period(Evaluation.date, counted))
        .count()
    )
    return ReportData(
        programme=programme,
        today=today,
        roles=roles,
        paired_people=len(paired),
        proposed_people=len(proposed - paired),
        enrolled_people=enrolled,
        statuses=status_counts(programme),
        totals=totals,
        planned_meetings=planned,
        met_as_agreed=met,
        due_to_meet=due,
        paused_counted=paused,
        running_pairings=running,
        months=months,
        purposes=purpose_figures(programme, counted, covered, tally),
        themes_covered=themes_covered(programme, counted, covered),
        period=period,
        evaluations=evaluations,
        end_reasons=end_reasons,
        pairings=rows,
        attention=attention,
        actions=(actions.get("done", 0), sum(actions.values())),
        unpaired=unpaired,
        stuck=stuck,
        ruled_out=ruled_out,
        evaluations_given=given,
        evaluations_outstanding=sum(
            len(a.missing) for a in attention if a.kind == "evaluation_due"
        ),
        health=health,
        printed_before=printed_scores(programme),
        respondents=people,
        answers=answers,
        scored_to=scored[1],
        may_record=not is_read_only(),
    )


def _respondents(answers: list[Answer], groups: tuple[str, ...]) -> dict[str, dict[str, int]]:
    """Per group and question: how many people answered it (a mentor of three mentees
    answers a closing evaluation three times, and each of us at several moments: one)."""
    people: dict[tuple[str, str], set] = {(g, q): set() for g in groups for q in ALL_QUESTIONS}
    for a in answers:
        for group in {ALL, a.side, a.moment}:
            if group in groups:
                for q in a.asked:
                    people[group, q].add(a.person)
    return {g: {q: len(people[g, q]) for q in ALL_QUESTIONS} for g in groups}


def _answers(programme: Programme, period: Period) -> list[Answer]:
    """Every evaluation answer counted, with who gave it and the questions it answered."""
    columns = [getattr(Evaluation, q) for q in ALL_QUESTIONS]
    return [
        Answer(
            iso_date(date),
            pairing,
            mentor if side == MENTOR else mentee,
            side,
            moment,
            frozenset(q for q, v in zip(ALL_QUESTIONS, values, strict=True) if v is not None),
        )
        for date, pairing, mentor, mentee, side, moment, *values in fetch_raw(
            Evaluation.select(
                Evaluation.date,
                Evaluation.pairing,
                Pairing.mentor,
                Pairing.mentee,
                Evaluation.side,
                Evaluation.moment,
                *columns,
            )
            .join(Pairing)
            .where(
                (Pairing.programme == programme)
                & in_period(Evaluation.date, period)
                & Evaluation.moment.in_(tuple(EVALUATION_MOMENTS))
            )
            .order_by(Evaluation.id)
        )
    ]
