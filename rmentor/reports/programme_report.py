"""The programme report for management: figures, purposes, charts, pairings, attention.

Confidential notes are never read; evaluation scores appear only where no small group
can be worked out (models.figures.suppression); with anonymous=True, people are named by role
and department groups of at least three (models.figures.anonymity) and names are taken out of
every typed text.
"""

import datetime as dt
from collections import Counter
from html import escape
from pathlib import Path

from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, KeepTogether, PageBreak, Paragraph, Spacer

from rmentor.models.figures import reporting, verdict
from rmentor.models.figures.anonymity import (
    OTHER,
    department_groups,
    pooled_reasons,
    report_finder,
    term_finders,
)
from rmentor.models.figures.attention import shorten
from rmentor.models.figures.counts import Period
from rmentor.models.figures.report_data import ALL, ALL_MOMENTS, SIDES, ReportData, gather
from rmentor.models.figures.suppression import MIN_ANSWERS
from rmentor.models.programme.entities import OutcomeItem, Pairing, Participant, Programme
from rmentor.models.programme.participants import filed_name
from rmentor.models.storage import datafile
from rmentor.models.text.i18n import QT_TRANSLATE_NOOP
from rmentor.models.text.vocabulary import (
    ALL_QUESTIONS,
    END_REASONS,
    EVALUATION_MOMENTS,
    EVALUATION_QUESTIONS,
    MENTEE,
    MENTOR,
    PAIRING_STATUSES,
    PURPOSE_DESCRIPTIONS,
    PURPOSE_QUESTION_OF,
    ROLES,
)
from rmentor.reports.charts import bar_chart, column_chart
from rmentor.reports.document import Document

MONTHS = [
    QT_TRANSLATE_NOOP("Report", "Jan"),
    QT_TRANSLATE_NOOP("Report", "Feb"),
    QT_TRANSLATE_NOOP("Report", "Mar"),
    QT_TRANSLATE_NOOP("Report", "Apr"),
    QT_TRANSLATE_NOOP("Report", "May"),
    QT_TRANSLATE_NOOP("Report", "Jun"),
    QT_TRANSLATE_NOOP("Report", "Jul"),
    QT_TRANSLATE_NOOP("Report", "Aug"),
    QT_TRANSLATE_NOOP("Report", "Sep"),
    QT_TRANSLATE_NOOP("Report", "Oct"),
    QT_TRANSLATE_NOOP("Report", "Nov"),
    QT_TRANSLATE_NOOP("Report", "Dec"),
]


ATTENTION_KINDS = {
    "overdue": QT_TRANSLATE_NOOP("Report", "Pairings that have not met for longer than agreed"),
    "no_first_meeting": QT_TRANSLATE_NOOP(
        "Report", "Pairings without a first meeting three weeks after the start"
    ),
    "action_overdue": QT_TRANSLATE_NOOP("Report", "Pairings with actions past their due date"),
    "evaluation_due": QT_TRANSLATE_NOOP("Report", "Evaluations due"),
    "ending": QT_TRANSLATE_NOOP("Report", "Pairings ending within two weeks"),
    "unpaired": QT_TRANSLATE_NOOP("Report", "Participants not paired yet"),
}


EXCEPTION_ROWS = 50  # pairings listed as needing attention; the rest are counted

VERDICTS = {
    verdict.ON_TRACK: QT_TRANSLATE_NOOP("Report", "On track"),
    verdict.NEEDS_ATTENTION: QT_TRANSLATE_NOOP("Report", "Needs attention"),
    verdict.TOO_EARLY: QT_TRANSLATE_NOOP("Report", "Too early to tell"),
}
HEALTH_NAMES = {
    verdict.HEALTHY: QT_TRANSLATE_NOOP("Report", "on track"),
    verdict.CHECK_IN: QT_TRANSLATE_NOOP("Report", "needs a check-in"),
    verdict.STALLED: QT_TRANSLATE_NOOP("Report", "stalled"),
    verdict.STARTING: QT_TRANSLATE_NOOP("Report", "too early to tell"),
}
REASONS = {
    # why the programme, or a purpose, is judged as it is: one line under the verdict
    "nobody": QT_TRANSLATE_NOOP(
        "Report", "Nobody takes part yet, though the programme has started."
    ),
    "no_pairing": QT_TRANSLATE_NOOP("Report", "No pairing has been due to meet yet."),
    "early": QT_TRANSLATE_NOOP(
        "Report",
        "Fewer than {weeks} weeks since the start: two cadence periods must pass before the "
        "figures mean something.",
    ),
    "none_started": QT_TRANSLATE_NOOP(
        "Report",
        "No pairing has started, {weeks} weeks after the programme's start.",
    ),
    "no_purpose": QT_TRANSLATE_NOOP(
        "Report",
        "The programme has no purpose set, so nothing says what it is for.",
    ),
    "missed_paired": QT_TRANSLATE_NOOP(
        "Report", "{value}% of the participants are paired, against a target of {target}%."
    ),
    "missed_cadence": QT_TRANSLATE_NOOP(
        "Report",
        "{value}% of the pairings due to meet did so as often as agreed, against a target "
        "of {target}%.",
    ),
    "missed_satisfaction": QT_TRANSLATE_NOOP(
        "Report", "Would-recommend averages {value}, against a target of {target}."
    ),
    "missed_done": QT_TRANSLATE_NOOP(
        "Report", "{value}% of the actions are done, against a target of {target}%."
    ),
    "health": QT_TRANSLATE_NOOP(
        "Report",
        "Stalled pairings: {n} of the {of} running, more than the target allows.",
    ),
    "ended": QT_TRANSLATE_NOOP(
        "Report",
        "The programme ended on {date}, and pairings still run: {n}.",
    ),
    "purpose": QT_TRANSLATE_NOOP("Report", "Purposes that need attention: {n} (see below)."),
    "answers_missing": QT_TRANSLATE_NOOP(
        "Report",
        "Too few evaluation answers to give a score, and {n} answers are still missing.",
    ),
    "purposes_early": QT_TRANSLATE_NOOP(
        "Report",
        "Purposes that cannot be judged yet: {n} (see below).",
    ),
    "no_answers": QT_TRANSLATE_NOOP(
        "Report",
        "No score yet: fewer than {n} people answered, or fewer than {n} since a report "
        "printed the score.",
    ),
    "all_met": QT_TRANSLATE_NOOP(
        "Report",
        "Every figure reaches its target with enough answers, the pairings are healthy, and "
        "every purpose shows evidence.",
    ),
    "no_meeting": QT_TRANSLATE_NOOP("Report", "None of the {of} meetings held was about it."),
    "few_meetings": QT_TRANSLATE_NOOP(
        "Report",
        "Meetings about it: {n} of the {of} held, fewer than three.",
    ),
    "few_pairs": QT_TRANSLATE_NOOP(
        "Report",
        "Pairings that talked about it: {n} of the {of}, fewer than two.",
    ),
    "small_share": QT_TRANSLATE_NOOP(
        "Report",
        "Meetings about it: {n} of the {of} held, less than {share}%.",
    ),
    "stale": QT_TRANSLATE_NOOP("Report", "No meeting was about it since {date}."),
    "missed_question": QT_TRANSLATE_NOOP(
        "Report", "“{question}” averages {value}, against a target of {target}."
    ),
    "purpose_missed_done": QT_TRANSLATE_NOOP(
        "Report", "{value}% of its actions are done, against a target of {target}%."
    ),
    "thin": QT_TRANSLATE_NOOP(
        "Report",
        "Nothing shows yet what it brought: fewer than {n} answers to its question and "
        "fewer than {results} insights, ideas or actions.",
    ),
    "not_asked": QT_TRANSLATE_NOOP(
        "Report",
        "Renewed joy is asked, not counted: fewer than {n} answers to its question so far.",
    ),
    "evidence": QT_TRANSLATE_NOOP(
        "Report", "{n} meetings in {pairs} pairings; {results} insights, ideas and actions."
    ),
    "question_held": QT_TRANSLATE_NOOP(
        "Report",
        "Its question's average is held back until {n} more people have answered, so that "
        "no answer can be worked out.",
    ),
}
DECISIONS = {
    # asked of management, each with a date
    "enrol": QT_TRANSLATE_NOOP(
        "Report",
        "Enrol the participants: nobody takes part yet, {weeks} weeks after the start.",
    ),
    "paired": QT_TRANSLATE_NOOP(
        "Report",
        "Agree the date by which everyone waiting is paired: {value}% of the participants "
        "are paired, against a target of {target}%.",
    ),
    "start": QT_TRANSLATE_NOOP(
        "Report",
        "Decide with the coordinator when the pairings start: none has, {weeks} weeks "
        "after the programme's start.",
    ),
    "name_purpose": QT_TRANSLATE_NOOP(
        "Report",
        "Name what the programme is for (the consumer's view, diversity, innovation, "
        "refreshing the craft) and set it in the programme's form.",
    ),
    "sponsor_cadence": QT_TRANSLATE_NOOP(
        "Report",
        "Ask the sponsor and the mentees' managers to make time for the meetings: {value}% "
        "of the pairings met as often as agreed, against a target of {target}%.",
    ),
    "sponsor_satisfaction": QT_TRANSLATE_NOOP(
        "Report",
        "Decide with the sponsor what to change: would-recommend averages {value}, against a "
        "target of {target}.",
    ),
    "sponsor_done": QT_TRANSLATE_NOOP(
        "Report",
        "Ask the mentees' managers to back the actions the pairs agreed: {value}% are done, "
        "against a target of {target}%.",
    ),
    "sponsor_answers": QT_TRANSLATE_NOOP(
        "Report",
        "Ask the sponsor to call for the evaluation answers: {n} are missing, and without "
        "them the programme cannot be judged.",
    ),
    "rematch": QT_TRANSLATE_NOOP(
        "Report",
        "Decide whether to re-match, restart or end the stalled pairings: {n} of the {of} running.",
    ),
    "purpose_no_meeting": QT_TRANSLATE_NOOP(
        "Report",
        "{purpose}: put it on the pairs' agenda, or drop it as a goal of the programme. No "
        "meeting was about it.",
    ),
    "purpose_few_meetings": QT_TRANSLATE_NOOP(
        "Report",
        "{purpose}: put it on the pairs' agenda, or drop it as a goal of the programme. "
        "Meetings about it: {n} of the {of} held.",
    ),
    "purpose_few_pairs": QT_TRANSLATE_NOOP(
        "Report",
        "{purpose}: put it on more pairs' agenda, or drop it as a goal of the programme. "
        "Pairings that talked about it: {n} of the {of}.",
    ),
    "purpose_small_share": QT_TRANSLATE_NOOP(
        "Report",
        "{purpose}: put it on the pairs' agenda, or drop it as a goal of the programme. "
        "Meetings about it: {n} of the {of} held.",
    ),
    "purposes_stale": QT_TRANSLATE_NOOP(
        "Report",
        "Put these purposes back on the pairs' agenda, or drop them as goals of the "
        "programme; no meeting was about them for more than twice the agreed cadence: "
        "{purposes}.",
    ),
    "purpose_missed_question": QT_TRANSLATE_NOOP(
        "Report",
        "{purpose}: decide with the sponsor how the pairs can serve it better; “{question}” "
        "averages {value}, against a target of {target}.",
    ),
    "purpose_missed_done": QT_TRANSLATE_NOOP(
        "Report",
        "{purpose}: ask the sponsor to back the actions it gave rise to; {value}% are done, "
        "against a target of {target}%.",
    ),
    "purpose_thin": QT_TRANSLATE_NOOP(
        "Report",
        "{purpose}: decide whether to keep it as a goal; nothing shows yet what it brought. "
        "Ask the pairs to record its insights and to answer its evaluation question.",
    ),
    "purpose_not_asked": QT_TRANSLATE_NOOP(
        "Report",
        "{purpose}: ask the mentees to answer its evaluation question; renewed joy is asked, "
        "not counted.",
    ),
    "recruit_mentees": QT_TRANSLATE_NOOP(
        "Report",
        "Recruit more mentees: {n}. Once the people waiting are paired, that many mentors "
        "would still have no mentee.",
    ),
    "recruit_mentors": QT_TRANSLATE_NOOP(
        "Report",
        "Recruit more mentors: {n}. Once the people waiting are paired, that many mentees "
        "would still have no mentor.",
    ),
    "extend": QT_TRANSLATE_NOOP(
        "Report",
        "Decide whether to extend the programme or close it on {date}. Pairings still "
        "running: {n}.",
    ),
    "close": QT_TRANSLATE_NOOP(
        "Report",
        "The programme ended on {date}; pairings still running: {n}. Close them, or extend "
        "the programme.",
    ),
    "review": QT_TRANSLATE_NOOP(
        "Report", "Review the programme with the coordinator: it needs attention, as said above."
    ),
    "none": QT_TRANSLATE_NOOP(
        "Report", "No decision is needed now: the programme runs as planned."
    ),
    "none_early": QT_TRANSLATE_NOOP(
        "Report", "No decision is needed yet: it is too early to tell."
    ),
}
CHORES = {
    # the coordinator's own list: what needs doing, not deciding
    "restart": QT_TRANSLATE_NOOP(
        "Report",
        "Talk to the stalled pairings: {n} (no meeting for more than twice the cadence, or "
        "none since the start).",
    ),
    "check_in": QT_TRANSLATE_NOOP(
        "Report",
        "Check in with the pairings that need it: {n} (paused, not met as agreed, or an "
        "action past its date).",
    ),
    "pair_waiting": QT_TRANSLATE_NOOP(
        "Report",
        "Pair the people who are waiting: mentors without a partner {mentors}, mentees "
        "without a partner {mentees}.",
    ),
    "evaluations": QT_TRANSLATE_NOOP(
        "Report",
        "Ask for the evaluation answers still missing: {n} (one per person and moment; the "
        "attention points count the pairings).",
    ),
    "actions": QT_TRANSLATE_NOOP("Report", "Follow up the open actions: {n}."),
}
# what each figure on page 1 counts: the last page prints these, from the same keys
FIGURE_NAMES = {
    "paired": QT_TRANSLATE_NOOP("Report", "Participants paired"),
    "cadence": QT_TRANSLATE_NOOP("Report", "Pairs meeting as often as agreed"),
    "satisfaction": QT_TRANSLATE_NOOP("Report", "Would recommend it (1-5)"),
    "done": QT_TRANSLATE_NOOP("Report", "Actions done"),
}
DEFINITIONS = {
    "paired": QT_TRANSLATE_NOOP(
        "Report",
        "the people enrolled in the programme and active who have an active, paused or "
        "completed pairing in it (a proposed pairing has not started yet); n counts the "
        "people enrolled.",
    ),
    "cadence": QT_TRANSLATE_NOOP(
        "Report",
        "of the pairings due to meet at least once in what the report counts (paused, "
        "stalled and ended ones included), those that held at least as many meetings as "
        "their cadence planned; n counts the pairings due to meet. Planned by cadence: the "
        "whole number of cadence periods between the pairing's start and the report's date "
        "(or its last meeting once completed), up to its planned end; a pairing ended "
        "early, or completed before half its planned time, was due to meet up to its "
        "planned end.",
    ),
    "satisfaction": QT_TRANSLATE_NOOP(
        "Report",
        "the average answer of mentors and mentees, at every moment, to “I would recommend "
        "reverse mentoring”; n counts the answers.",
    ),
    "done": QT_TRANSLATE_NOOP(
        "Report",
        "actions marked done, of all actions not dropped; judged from {n} actions on, which "
        "n counts.",
    ),
}


def capitalised(text: str) -> str:
    return text[:1].upper() + text[1:]


class ProgrammeReport(Document):
    def __init__(
        self,
        programme: Programme,
        language: str = "en",
        anonymous: bool = False,
        today: dt.date | None = None,
        period: Period = None,
        full: bool = False,
    ):
        super().__init__(language, today)
        self.programme = programme
        self.anonymous = anonymous
        self.full = full  # with the list of every pairing as an appendix
        self.data: ReportData = gather(programme, self.today, period)
        self.judge()
        # a report over a period counts other meetings than a whole one: no comparison
        self.previous = None if period else verdict.previous_figures(programme, self.data.today)
        if anonymous:
            self.groups = department_groups(programme)
            self.finder = report_finder(programme)
            self.departments, self.titles = term_finders(programme)

    def judge(self) -> None:
        self.purpose_verdicts = [
            (purpose, verdict.purpose_verdict(self.programme, purpose, self.data))
            for purpose in self.data.purposes
        ]
        self.overall = verdict.programme_verdict(
            self.programme, self.data, [judged for _p, judged in self.purpose_verdicts]
        )
        self.figures = self.overall.figures
        self.early = self.overall.status == verdict.TOO_EARLY

    def write(self, path):
        """What the next report needs to know of this one is kept first (models.figures.reporting);
        when it cannot be kept, the report shows no average it has not shown before."""
        datafile.refuse_overwriting(Path(path))  # nothing is kept for a report refused
        if not reporting.record(self.data, self.figures) and self.data.may_record:
            self.data.forbid_new_scores()
            self.judge()
        return super().write(path)

    def author(self) -> str:
        return self.tr.translate("Report", "The coordinator of {name}").format(
            name=self.named(self.programme.name)
        )

    def title(self) -> str:
        return self.tr.translate("Report", "Programme report: {name}").format(
            name=self.named(self.programme.name)
        )

    def header_text(self) -> str:
        return self.named(self.programme.name)

    # helpers

    def named(self, text: str) -> str:
        """A name someone gave (the programme's, a theme's): anonymised, without names."""
        if not self.anonymous:
            return text
        return self.finder.replace(text, self.tr.translate("Report", "[name]"))

    def typed(self, text: str) -> str:
        """A text someone typed about the pairs; in the anonymised report without
        anyone's name, department or job title."""
        if not self.anonymous:
            return text
        text = self.named(text)
        # job titles first: "hoofd inkoop" is a title before "inkoop" is a department
        text = self.titles.replace(text, self.tr.translate("Report", "[job title]"))
        return self.departments.replace(text, self.tr.translate("Report", "[department]"))

    def person(self, name: str, role: str, department: str) -> str:
        if not self.anonymous:
            return name
        role_text = capitalised(self.tr.label(ROLES, role))
        shown = self.groups.get((role, (department or "").strip()))
        if shown is OTHER:
            shown = self.tr.translate("Report", "other departments")
        return f"{role_text}, {self.named(shown)}" if shown else role_text

    def theme_name(self, theme) -> str:
        return self.named(self.tr.theme(theme))

    def end_reasons(self) -> list[tuple[str, int]]:
        """End reasons with their counts; anonymised, rare reasons pooled as "other"."""
        reasons = self.data.end_reasons
        if not self.anonymous:
            return sorted(
                ((self.tr.label(END_REASONS, r), n) for r, n in reasons.items()),
                key=lambda x: -x[1],
            )
        kept, rest = pooled_reasons(reasons)
        result = sorted(
            ((self.tr.label(END_REASONS, r), n) for r, n in kept.items()), key=lambda x: -x[1]
        )
        if rest:
            result.append((self.tr.translate("Report", "other or unnamed reasons"), rest))
        return result

    def month(self, key: str) -> str:
        year, month = key.split("-")
        name = self.tr.translate("Report", MONTHS[int(month) - 1])
        return f"{name} {year}"

    def num(self, value, decimals: int = 1) -> str:
        return self.tr.number(value, decimals)

    def question_label(self, question: str) -> str:
        """A question, with who is asked where only one side is."""
        text = self.tr.label(ALL_QUESTIONS, question)
        sides = PURPOSE_QUESTION_OF.get(question, (None, SIDES))[1]
        if len(sides) == 1:
            who = (
                self.tr.translate("Report", "mentors")
                if sides[0] == MENTOR
                else self.tr.translate("Report", "mentees")
            )
            text = f"{text} ({who})"
        return text

    def score(self, moment: str, question: str) -> str:
        scored = self.data.scored(moment, question)
        if scored.value is not None:
            return self.num(scored.value)
        earlier = self.data.earlier(moment, question)
        if earlier is not None:  # the value printed before stands, marked
            return self.num(earlier.value) + "*"
        if self.data.evaluations[moment][question][1] >= MIN_ANSWERS:
            # enough answers, hidden so that a smaller group cannot be subtracted back
            return self.tr.translate("Report", "not shown (see the last page)")
        return "–"  # explained under the table

    # the story

    def story(self) -> list:
        story = self.verdict_page()
        if self.data.empty:
            return story
        story += self.figures_pages()
        story += self.purposes()
        story += self.charts()
        story += self.exceptions()
        if self.full:
            story += self.pairing_list()
        story += self.appendix()
        return story

    # page 1: the verdict, and what to decide

    def verdict_page(self) -> list:
        p, d = self.programme, self.data
        facts = [
            self.tr.translate("Report", "Period {start} to {end}").format(
                start=self.tr.date(p.start_date), end=self.tr.date(p.end_date)
            ),
            self.tr.translate("Report", "data as of {date}").format(date=self.tr.date(d.today)),
        ]
        if d.period:
            facts.append(
                self.tr.translate("Report", "counting {start} to {end} only").format(
                    start=self.tr.date(d.period[0]), end=self.tr.date(d.period[1])
                )
            )
        if p.sponsor and not self.anonymous:
            facts.append(self.tr.translate("Report", "sponsor {name}").format(name=p.sponsor))
        story = [
            self.p(self.tr.translate("Report", "Reverse mentoring"), "Small"),
            self.p(escape(self.named(p.name)), "Title"),
            self.p(escape(" · ".join(facts))),
        ]
        if self.anonymous:
            story.append(
                self.p(
                    self.tr.translate(
                        "Report",
                        "Anonymised version: people are named by their role, and by their "
                        "department where at least {n} people share both; in texts, names, job "
                        "titles and departments are replaced by [name], [job title] and "
                        "[department].",
                    ).format(n=MIN_ANSWERS),
                    "Small",
                )
            )
        if d.empty:
            story.append(Spacer(1, 6 * mm))
            late = verdict.nobody_yet(p, d, d.today)
            status = verdict.NEEDS_ATTENTION if late else verdict.TOO_EARLY
            story.append(
                self.stamp(
                    escape(
                        self.tr.translate("Report", "The programme: {verdict}").format(
                            verdict=self.verdict_word(status)
                        )
                    )
                )
            )
            if late:
                story.append(self.p(self.tr.translate("Report", "Decisions"), "Heading2"))
                story += self.decision_list(self.board_decisions())
                return story
            story.append(
                self.p(
                    self.tr.translate(
                        "Report",
                        "There is nothing to report yet: this programme has no participants and "
                        "no pairings. The report fills itself as the programme runs.",
                    )
                )
            )
            return story
        overall = self.overall
        story.append(
            self.stamp(
                escape(
                    self.tr.translate("Report", "The programme: {verdict}").format(
                        verdict=self.verdict_word(overall.status)
                    )
                )
            )
        )
        story.append(self.p(escape(self.reason_text(overall.reason))))
        story.append(self.figure_table(overall.figures))
        notes = [self.health_sentence(), self.trend_sentence()]
        if self.data.score(ALL, "recommend") is None and self.data.earlier(ALL, "recommend"):
            notes.append(self.earlier_note())
        if d.paused_counted:
            notes.append(
                self.tr.translate(
                    "Report", "Paused pairings are counted among those due to meet: {n}."
                ).format(n=self.num(d.paused_counted, 0))
            )
        story.append(self.p(escape(" ".join(notes)), "Small"))
        story.append(self.p(self.tr.translate("Report", "Per purpose"), "Heading2Tight"))
        story += self.purpose_table()
        story.append(
            self.p(self.tr.translate("Report", "Decisions for management"), "Heading2Tight")
        )
        story += self.decision_list(self.board_decisions())
        chores = verdict.chores(p, d)
        if chores:  # the heading never stands alone at the foot of the page
            heading = self.p(
                self.tr.translate("Report", "On the coordinator's list"), "Heading2Tight"
            )
            story.append(
                KeepTogether([heading, *self.decision_list(chores, CHORES, "SmallBullet")])
            )
        story.append(Spacer(1, 2 * mm))
        story.append(
            self.p(
                self.tr.translate(
                    "Report",
                    "What mentors and mentees said in confidence is not in this report, and no "
                    "score can be traced to anyone's answer. The last page says how every "
                    "figure is counted.",
                ),
                "Small",
            )
        )
        story.append(PageBreak())
        return story

    def board_decisions(self) -> list[verdict.Decision]:
        return verdict.board_decisions(
            self.programme, self.data, self.overall, self.purpose_verdicts, self.data.today
        )

    def decision_list(self, decisions, texts=None, style: str = "Bullet") -> list:
        return [
            Paragraph(escape(self.decision_text(x, texts)), self.styles[style], bulletText="•")
            for x in decisions
        ]

    def verdict_word(self, status: str) -> str:
        return self.tr.translate("Report", VERDICTS[status])

    def figure_cells(self, f: verdict.Figure) -> list[str]:
        """What is measured, its value now, the target, and over how many."""
        if f.key == "satisfaction":
            value = "–" if f.value is None else self.num(f.value)
            if f.value is None and self.data.earlier(ALL, "recommend") is not None:
                value = self.score(ALL, "recommend")  # the earlier value, marked, unjudged
            target = self.num(f.target)
        else:
            value = "–" if f.value is None else f"{self.num(f.value, 0)}%"
            target = f"{self.num(f.target, 0)}%"
        return [self.tr.translate("Report", FIGURE_NAMES[f.key]), value, target, self.num(f.n, 0)]

    def figure_table(self, figures: list[verdict.Figure]) -> list:
        rows = [
            [
                self.tr.translate("Report", "Figure"),
                self.tr.translate("Report", "Now"),
                self.tr.translate("Report", "Target"),
                "n",
                self.tr.translate("Report", "Change"),
            ]
        ]
        for f in figures:
            name, value, target, n = self.figure_cells(f)
            # no ticks while it is too early to judge: they would comfort too soon
            mark = "" if self.early else {True: "✔ ", False: "✖ ", None: ""}[f.met]
            change = self.change(f.key, f.value)
            rows.append([escape(name), mark + value, target, n, escape(change)])
        return self.table(rows, [0.36, 0.13, 0.17, 0.11, 0.23], align_right=(1, 2, 3, 4))

    def change(self, key: str, value) -> str:
        """The change since the previous report: +0.3, -5 points, = for none."""
        if self.previous is None or value is None or key not in self.previous[1]:
            return "–"
        decimals = 1 if key == "satisfaction" else 0
        # between the values as both reports print them: 4.4 and 4.4 are no change
        delta = round(value, decimals) - round(self.previous[1][key], decimals)
        if not round(delta, decimals):
            return "="
        sign = "+" if delta > 0 else "−"  # a real minus, as print sets it
        if key == "satisfaction":
            return sign + self.num(abs(delta))
        return self.tr.translate("Report", "{delta} percentage points").format(
            delta=sign + self.num(abs(delta), 0)
        )

    def trend_sentence(self) -> str:
        if self.data.period:
            return self.tr.translate(
                "Report", "A report over a period is not compared with other reports."
            )
        if self.previous is None:
            return self.tr.translate(
                "Report", "This is the first report; the next one shows what changed since."
            )
        date, old = self.previous
        held = self.data.totals["held"] - old.get("held", 0)
        text = self.tr.translate(
            "Report",
            "Compared with the previous report of {date}: {held} meetings held since then.",
        ).format(date=self.tr.date(date), held=self.num(held, 0))
        return text

    def reason_text(self, reason: verdict.Reason, purpose: bool = False) -> str:
        key = reason.key
        if purpose and key == "missed_done":
            key = "purpose_missed_done"
        return self.worded(REASONS, key, reason.params)

    def worded(self, texts: dict, key: str, params: dict) -> str:
        """One of the report's texts with its numbers, dates and names in words; a value
        and target are scores (one decimal) where the text is about a 1-5 question."""
        scores = "satisfaction" in key or "question" in key
        out = {}
        for name, value in params.items():
            if isinstance(value, dt.date):
                out[name] = self.tr.date(value)
            elif name == "purpose":
                out[name] = self.theme_name(value)
            elif name == "purposes":
                out[name] = ", ".join(self.theme_name(theme) for theme in value)
            elif name == "question":
                out[name] = self.tr.label(ALL_QUESTIONS, value)
            elif name in ("value", "target"):
                out[name] = self.num(value, 1 if scores else 0)
            elif isinstance(value, int | float):
                out[name] = self.num(value, 0)
            else:
                out[name] = value
        return self.tr.translate("Report", texts[key]).format(**out)

    def purpose_table(self) -> list:
        rows = [
            [
                self.tr.translate("Report", "Purpose"),
                self.tr.translate("Report", "Verdict"),
                self.tr.translate("Report", "Meetings (pairs)"),
                self.tr.translate("Report", "Results"),
                self.tr.translate("Report", "Actions done"),
                self.tr.translate("Report", "Its question"),
            ]
        ]
        reasons = []
        for purpose, judged in self.purpose_verdicts:
            done = judged.figures[0]
            scores = [f for f in judged.figures[1:] if f.value is not None]
            name = self.theme_name(purpose.theme)
            rows.append(
                [
                    escape(name),
                    escape(self.verdict_word(judged.status)),
                    f"{self.num(purpose.meetings, 0)} ({self.num(purpose.pairs, 0)})",
                    self.num(purpose.results, 0),
                    "–"
                    if done.value is None
                    else f"{self.num(done.value, 0)}% ({self.num(done.n, 0)})",
                    " · ".join(self.num(f.value) for f in scores) or "–",
                ]
            )
            # the table says why it is on track, and the programme's line why it is early
            if judged.status != verdict.ON_TRACK and judged.reason.key != "early":
                reasons.append(f"{name}: {self.reason_text(judged.reason, purpose=True)}")
        if len(rows) == 1:
            return [
                self.p(self.tr.translate("Report", "The programme has no purposes or themes set."))
            ]
        table = self.table(rows, [0.25, 0.16, 0.17, 0.12, 0.14, 0.16], align_right=(2, 3, 4, 5))
        return [table] + [
            Paragraph(escape(text), self.styles["Bullet"], bulletText="–") for text in reasons
        ]

    def health_sentence(self) -> str:
        counts = Counter(self.data.health.values())
        if not counts:
            return self.tr.translate("Report", "No pairing is running.")
        names = {h: self.tr.translate("Report", HEALTH_NAMES[h]) for h in verdict.HEALTH}
        parts = [f"{names[h]}: {self.num(counts.get(h, 0), 0)}" for h in verdict.HEALTH]
        return self.tr.translate(
            "Report", "Pairing health (running pairings: {n}): {parts}."
        ).format(n=self.num(sum(counts.values()), 0), parts="; ".join(parts))

    def decision_text(self, decision: verdict.Decision, texts=None) -> str:
        text = self.worded(texts or DECISIONS, decision.kind, decision.params)
        if decision.by:
            text += " " + self.tr.translate("Report", "By {date}.").format(
                date=self.tr.date(decision.by)
            )
        return text

    # the figures behind it

    def figures_pages(self) -> list:
        d = self.data
        story = [self.p(self.tr.translate("Report", "Key figures"), "Heading1")]
        statuses = ", ".join(
            f"{self.tr.label(PAIRING_STATUSES, s)} {self.num(d.statuses[s], 0)}"
            for s in PAIRING_STATUSES
            if d.statuses.get(s)
        )
        rows = [
            [self.tr.translate("Report", "Figure"), self.tr.translate("Report", "Value")],
            [
                self.tr.translate("Report", "Mentors taking part"),
                self.num(d.roles.get(MENTOR, 0), 0),
            ],
            [
                self.tr.translate("Report", "Mentees taking part"),
                self.num(d.roles.get(MENTEE, 0), 0),
            ],
            [
                self.tr.translate("Report", "Participants paired"),
                f"{self.num(d.paired_people, 0)} / {self.num(d.enrolled_people, 0)}",
            ],
            [self.tr.translate("Report", "Pairings by status"), statuses or "–"],
            [
                self.tr.translate("Report", "Meetings held (planned by cadence)"),
                f"{self.num(d.totals['held'], 0)} ({self.num(d.planned_meetings, 0)})",
            ],
            [self.tr.translate("Report", "Hours of meetings"), self.num(d.totals["hours"])],
            [self.tr.translate("Report", "Meetings cancelled"), self.num(d.totals["cancelled"], 0)],
            [
                self.tr.translate("Report", "Evaluations answered (outstanding)"),
                f"{self.num(d.evaluations_given, 0)} ({self.num(d.evaluations_outstanding, 0)})",
            ],
        ]
        answered = d.evaluations_given + d.evaluations_outstanding
        if answered:
            rows.append(
                [
                    self.tr.translate("Report", "Evaluation response rate"),
                    f"{self.num(100 * d.evaluations_given / answered, 0)}%",
                ]
            )
        for reason, n in self.end_reasons():
            rows.append(
                [
                    self.tr.translate("Report", "Ended early, reason: {reason}").format(
                        reason=reason
                    ),
                    self.num(n, 0),
                ]
            )
        story.append(self.table(rows, [0.6, 0.4], align_right=(1,)))
        story.append(self.p(self.tr.translate("Report", "Evaluation scores (1-5)"), "Heading2"))
        header = (
            [self.tr.translate("Report", "Question")]
            + [capitalised(self.tr.label(EVALUATION_MOMENTS, m)) for m in EVALUATION_MOMENTS]
            + [self.tr.translate("Report", "All")]
        )
        rows = [header]
        groups = (*EVALUATION_MOMENTS, ALL)
        for question in d.questions:
            n = [self.num(d.evaluations[m][question][1], 0) for m in groups]
            rows.append(
                [escape(self.question_label(question))]
                + [f"{self.score(m, question)} ({x})" for m, x in zip(groups, n, strict=True)]
            )
        story.append(self.table(rows, [0.36, 0.16, 0.16, 0.16, 0.16], align_right=(1, 2, 3, 4)))
        story.append(Spacer(1, 3 * mm))
        rows = [
            [
                self.tr.translate("Report", "Question, every moment"),
                capitalised(self.tr.translate("Report", "mentors")),
                capitalised(self.tr.translate("Report", "mentees")),
            ]
        ]
        for question in d.questions:
            if question in EVALUATION_QUESTIONS or question == "tried":  # asked of both
                rows.append(
                    [escape(self.question_label(question))]
                    + [
                        f"{self.score(side, question)} ({self.num(d.evaluations[side][question][1], 0)})"
                        for side in SIDES
                    ]
                )
        story.append(self.table(rows, [0.52, 0.24, 0.24], align_right=(1, 2)))
        notes = [
            self.tr.translate(
                "Report",
                "In brackets: the number of answers. –: too few answers to report (fewer "
                "than {n} people), or fewer than {n} people answered since a report printed "
                "it, or it could be worked out from the others. Mentors and mentees are shown "
                "side by side only where each group has at least {n} answers.",
            ).format(n=MIN_ANSWERS)
        ]
        if d.period:
            notes.append(
                self.tr.translate(
                    "Report",
                    "Over a period too, the scores count every answer up to {date}: averages "
                    "over a part of the answers could be subtracted from each other.",
                ).format(date=self.tr.date(d.period[1]))
            )
        if self.earlier_shown():
            notes.append(self.earlier_note())
        story.append(self.p(escape(" ".join(notes)), "Small"))
        story.append(PageBreak())
        return story

    def earlier_shown(self) -> bool:
        d = self.data
        return any(d.earlier(g, q) is not None for g in d.evaluations for q in d.questions)

    def earlier_note(self) -> str:
        return self.tr.translate(
            "Report",
            "*: the average an earlier report printed, over the answers it had then; it "
            "stands until at least {n} more people have answered, so that no answer can be "
            "worked out from two reports, and no verdict rests on it.",
        ).format(n=MIN_ANSWERS)

    def purposes(self) -> list:
        story = [self.p(self.tr.translate("Report", "Purposes"), "Heading1")]
        if not self.data.purposes:
            story.append(
                self.p(self.tr.translate("Report", "The programme has no purposes or themes set."))
            )
        for purpose in self.data.purposes:
            theme = purpose.theme
            block = [self.p(escape(self.theme_name(theme)), "Heading2")]
            if theme.builtin and theme.key in PURPOSE_DESCRIPTIONS:
                block.append(
                    self.p(escape(self.tr.label(PURPOSE_DESCRIPTIONS, theme.key)), "Small")
                )
            count = purpose.count
            block.append(
                self.p(
                    self.tr.translate(
                        "Report",
                        "Meetings that covered it: {meetings}, in {pairs} pairings. Insights: "
                        "{insights}. Ideas: {ideas}. Actions: {open} open, {done} done. Effects "
                        "recorded: {effects}.",
                    ).format(
                        effects=self.num(purpose.effects, 0),
                        meetings=self.num(purpose.meetings, 0),
                        pairs=self.num(purpose.pairs, 0),
                        insights=self.num(count("insight"), 0),
                        ideas=self.num(count("idea"), 0),
                        open=self.num(count("action", "open"), 0),
                        done=self.num(count("action", "done"), 0),
                    )
                )
            )
            for question, _score in verdict.question_scores(purpose, self.data):
                block.append(
                    self.p(
                        escape(
                            self.tr.translate("Report", "Asked: “{question}”: {score}").format(
                                question=self.question_label(question),
                                score=self.score(ALL, question),
                            )
                        )
                    )
                )
            if purpose.effect_examples:
                block.append(self.p(self.tr.translate("Report", "Effects recorded:"), "Small"))
                block += self.quotes(purpose.effect_examples)
            if purpose.examples:
                block.append(self.p(self.tr.translate("Report", "For example:"), "Small"))
                block += self.quotes(purpose.examples)
            story.append(KeepTogether(block))
        story.append(PageBreak())
        return story

    def quotes(self, texts) -> list:
        return [
            Paragraph(f"“{escape(self.typed(t.text))}”", self.styles["Bullet"], bulletText="–")
            for t in texts
        ]

    def month_keys(self) -> list[str]:
        """Every month from the start of what is counted to the data's date: months
        without a meeting are shown as such, not left out."""
        d = self.data
        first = d.period[0] if d.period else self.programme.start_date
        last = min(d.today, d.period[1] if d.period else self.programme.end_date)
        held = [m for m, _n, _h in d.months]
        if held:  # meetings logged outside the programme's dates still count
            first = min(first, dt.date.fromisoformat(held[0] + "-01"))
            last = max(last, dt.date.fromisoformat(held[-1] + "-01"))
        keys, year, month = [], first.year, first.month
        while (year, month) <= (last.year, last.month):
            keys.append(f"{year:04d}-{month:02d}")
            year, month = (year + 1, 1) if month == 12 else (year, month + 1)
        return keys

    def charts(self) -> list:
        d, width = self.data, self.frame_width
        story = [self.p(self.tr.translate("Report", "Activity"), "Heading1")]
        per_month = {m: n for m, n, _h in d.months}
        keys = self.month_keys()
        running = f"{d.today:%Y-%m}"
        month_end = (d.today.replace(day=28) + dt.timedelta(days=4)).replace(day=1)
        partial = bool(keys) and keys[-1] == running and d.today + dt.timedelta(1) < month_end
        held = d.totals["held"]
        if held:
            story.append(
                column_chart(
                    self.tr.translate("Report", "Meetings held per month (n = {n})").format(
                        n=self.num(held, 0)
                    ),
                    self.tr.translate("Report", "meetings"),
                    [self.month(k) + ("*" if partial and k == running else "") for k in keys],
                    [per_month.get(k, 0) for k in keys],
                    width,
                    partial_last=partial,
                    number=lambda v: self.num(v, 0),
                )
            )
            if partial:
                story.append(
                    self.p(
                        self.tr.translate(
                            "Report",
                            "* {month}: its column counts the meetings up to {date} only.",
                        ).format(month=self.month(running), date=self.tr.date(d.today)),
                        "Small",
                    )
                )
        else:
            story.append(
                self.p(self.tr.translate("Report", "No meetings held yet, so no activity to show."))
            )
        story.append(Spacer(1, 6 * mm))
        statuses = [s for s in PAIRING_STATUSES if d.statuses.get(s)]
        if statuses:
            story.append(
                bar_chart(
                    self.tr.translate("Report", "Pairings by status (n = {n})").format(
                        n=self.num(sum(d.statuses.values()), 0)
                    ),
                    [self.tr.label(PAIRING_STATUSES, s) for s in statuses],
                    [d.statuses[s] for s in statuses],
                    width,
                    value_format=lambda v: self.num(v, 0),
                )
            )
            story.append(Spacer(1, 6 * mm))
        covered = d.themes_covered[:12]
        if covered:
            story.append(
                bar_chart(
                    self.tr.translate("Report", "Themes covered (meetings held with the theme)"),
                    [self.theme_name(theme) for theme, _n in covered],
                    [n for _t, n in covered],
                    width,
                    value_format=lambda v: self.num(v, 0),
                )
            )
            story.append(Spacer(1, 6 * mm))
        labels, values = [], []
        for question in EVALUATION_QUESTIONS:
            value = d.score(ALL_MOMENTS, question)
            label = self.tr.label(EVALUATION_QUESTIONS, question)
            too_few = self.tr.translate("Report", "too few answers to report")
            labels.append(label if value is not None else f"{label} ({too_few})")
            values.append(value or 1)
        answers = d.evaluations[ALL_MOMENTS]["useful"][1]
        if answers:
            story.append(
                bar_chart(
                    self.tr.translate(
                        "Report", "Evaluation scores, all moments (1 = low, 5 = high; n = {n})"
                    ).format(n=self.num(answers, 0)),
                    labels,
                    values,
                    width,
                    value_format=lambda v: self.num(v) if v > 1 else "",
                    scale=(1, 5),
                )
            )
        else:
            story.append(self.p(self.tr.translate("Report", "No evaluations answered yet.")))
        story.append(PageBreak())
        return story

    def exceptions(self) -> list:
        """The pairings that need attention, and what else needs doing: the body shows
        exceptions only; the full list is an appendix on request."""
        story = [self.p(self.tr.translate("Report", "Pairings that need attention"), "Heading1")]
        rows = [
            [
                self.tr.translate("Report", "Mentor"),
                self.tr.translate("Report", "Mentee"),
                self.tr.translate("Report", "Health"),
                self.tr.translate("Report", "Meetings"),
                self.tr.translate("Report", "Last meeting"),
            ]
        ]
        needing = [
            r
            for r in self.data.pairings
            if self.data.health.get(r.id) in (verdict.STALLED, verdict.CHECK_IN)
        ]
        order = {verdict.STALLED: 0, verdict.CHECK_IN: 1}
        # stalled first, then the longest without a meeting
        lines = self.lines(needing, lambda r: (order[self.data.health[r.id]], -(r.days_since or 0)))
        for _status, mentor, mentee, r in lines[:EXCEPTION_ROWS]:
            rows.append(
                [
                    escape(mentor),
                    escape(mentee),
                    self.tr.translate("Report", HEALTH_NAMES[self.data.health[r.id]]),
                    self.num(r.held, 0),
                    self.tr.date(r.last_meeting) or "–",
                ]
            )
        if len(rows) > 1:
            story.append(self.table(rows, [0.27, 0.27, 0.18, 0.11, 0.17], align_right=(3,)))
            if len(lines) > EXCEPTION_ROWS:  # a large programme: the worst first, then a count
                story.append(
                    self.p(
                        self.tr.translate(
                            "Report",
                            "… and {n} more; the pairings tab in rmentor lists them all, and "
                            "so does the appendix of every pairing when it is asked for.",
                        ).format(n=self.num(len(lines) - EXCEPTION_ROWS, 0)),
                        "Small",
                    )
                )
        else:
            story.append(
                self.p(self.tr.translate("Report", "Every running pairing meets as agreed."))
            )
        story.append(CondPageBreak(40 * mm))
        story.append(self.p(self.tr.translate("Report", "Attention points"), "Heading2"))
        story += self.attention_points()
        story.append(PageBreak())
        return story

    def lines(self, rows, first=lambda r: 0):
        """(status, mentor, mentee, row) in the order printed: by `first`, status and
        names as filed (van 't Hof under H, Ömer beside Omer); anonymised, by what is
        shown, so the order gives no name away."""
        lines = [
            (
                self.tr.label(PAIRING_STATUSES, r.status),
                self.person(r.mentor_name, MENTOR, r.mentor_department),
                self.person(r.mentee_name, MENTEE, r.mentee_department),
                r,
            )
            for r in rows
        ]
        status_order = {key: n for n, key in enumerate(PAIRING_STATUSES)}
        if self.anonymous:
            lines.sort(key=lambda x: (first(x[3]), x[0], x[1], x[2], -x[3].held))
        else:
            lines.sort(
                key=lambda x: (
                    first(x[3]),
                    status_order.get(x[3].status, 99),
                    filed_name(x[3].mentee_name),
                    filed_name(x[3].mentor_name),
                )
            )
        return lines

    def pairing_list(self) -> list:
        story = [self.p(self.tr.translate("Report", "Appendix: every pairing"), "Heading1")]
        rows = [
            [
                self.tr.translate("Report", "Mentor"),
                self.tr.translate("Report", "Mentee"),
                self.tr.translate("Report", "Status"),
                self.tr.translate("Report", "Meetings"),
                self.tr.translate("Report", "Last meeting"),
            ]
        ]
        for status, mentor, mentee, r in self.lines(self.data.pairings):
            rows.append(
                [
                    escape(mentor),
                    escape(mentee),
                    status,
                    self.num(r.held, 0),
                    self.tr.date(r.last_meeting) or "–",
                ]
            )
        story.append(self.table(rows, [0.27, 0.27, 0.18, 0.11, 0.17], align_right=(3,)))
        story.append(PageBreak())
        return story

    def attention_points(self) -> list:
        """How many points of each kind, then the first ones: a large programme has
        thousands, which the overview in rmentor lists one by one."""
        items = self.data.attention
        if not items:
            return [self.p(self.tr.translate("Report", "Nothing needs attention."))]
        counts = Counter(item.kind for item in items)
        rows = [[self.tr.translate("Report", "Point"), self.tr.translate("Report", "Number")]]
        rows += [
            [self.tr.translate("Report", ATTENTION_KINDS[kind]), self.num(counts[kind], 0)]
            for kind in ATTENTION_KINDS
            if counts.get(kind)
        ]
        story = [self.table(rows, [0.8, 0.2], align_right=(1,)), Spacer(1, 3 * mm)]
        printed = self.data.printed_attention
        if self.anonymous:  # in the order of what is shown, so the order gives no name away
            kinds = list(ATTENTION_KINDS)
            by_days = ("overdue", "no_first_meeting", "action_overdue", "ending")
            lines = sorted(
                (
                    kinds.index(item.kind),
                    item.sort_key if item.kind in by_days else (),  # days and dates, worst first
                    self.attention_text(item),
                )
                for item in items
            )[: len(printed)]
            # the same line for several pairings says the same thing once, counted
            merged = Counter(text for _kind, _key, text in lines)
            texts = [
                text
                if n == 1
                else self.tr.translate("Report", "{text} (×{n})").format(
                    text=text, n=self.num(n, 0)
                )
                for text, n in merged.items()
            ]
        else:
            texts = [self.attention_text(item) for item in printed]
        story += [Paragraph(escape(text), self.styles["Bullet"], bulletText="•") for text in texts]
        if len(items) > len(self.data.printed_attention):
            story.append(
                self.p(
                    self.tr.translate(
                        "Report", "… and {n} more; the overview in rmentor lists them all."
                    ).format(n=self.num(len(items) - len(self.data.printed_attention), 0)),
                    "Small",
                )
            )
        return story

    def attention_text(self, item) -> str:
        point = item.point
        if self.anonymous and item.target == "participant":  # someone not paired yet
            person = Participant.get_by_id(item.target_id)
            params = {**point.params, "name": self.person("", person.role, person.department)}
            if "reason" in params:
                from rmentor.models.programme.matching import without_languages

                params["reason"] = without_languages(params["reason"])
            said = self.tr.domain(type(point)(point.key, point.message, params))
            return item.text(self.tr, said)
        if self.anonymous:
            pairing_id = (
                item.target_id
                if item.target == "pairing"
                else (OutcomeItem.get_by_id(item.target_id).meeting.pairing_id)
            )
            pairing = Pairing.get_by_id(pairing_id)
            params = {
                **point.params,
                "mentor": self.person("", MENTOR, pairing.mentor.department),
                "mentee": self.person("", MENTEE, pairing.mentee.department),
            }
            if "text" in params:  # shortened after the names are out: no half name is left
                params["text"] = shorten(self.typed(OutcomeItem.get_by_id(item.target_id).text))
            point = type(point)(point.key, point.message, params)
        return item.text(self.tr, self.tr.domain(point))

    def appendix(self) -> list:
        items = [
            self.tr.translate(
                "Report",
                "Meetings held: journal entries marked as held; cancelled meetings are "
                "counted apart and never as held. Hours add up the durations of meetings held.",
            ),
            self.tr.translate(
                "Report",
                "Purposes: meetings held that were tagged with the purpose, and the "
                "insights, ideas and actions tagged with it. Examples come only from "
                "shareable summaries and outcome items, never from confidential notes.",
            ),
            self.tr.translate(
                "Report",
                "Evaluation scores: averages of the 1-5 ratings, over every answer up to the "
                "report's date; a score is shown only when at least {n} people gave its "
                "answers, and when its answers differ from those of every score shown before "
                "(in this report or an earlier one) by the answers of at least {n} people, or "
                "not at all, so no one's rating can be worked out. Where a moment or a side is "
                "hidden, another is hidden too (or the total), so that no hidden score can be "
                "worked out by subtracting the shown ones from the total; the chart and the "
                "summary use the same rule.",
            ).format(n=MIN_ANSWERS),
            self.tr.translate(
                "Report",
                "Attention points: pairings that have not met for longer than their "
                "cadence plus a week, active pairings without a first meeting three weeks "
                "after the start, actions past their due date, evaluations due and "
                "pairings ending within two weeks.",
            ),
        ]
        p = self.programme
        # page 1's figures, defined from the same keys page 1 prints them with
        items += [
            self.tr.translate("Report", "{figure}: {definition}").format(
                figure=self.tr.translate("Report", FIGURE_NAMES[f.key]),
                definition=self.tr.translate("Report", DEFINITIONS[f.key]).format(
                    n=verdict.MIN_ACTIONS
                ),
            )
            for f in self.figures
        ]
        items += [
            self.tr.translate(
                "Report",
                "The verdict: the programme is on track only when every figure is measured "
                "and reaches its target, no more running pairings have slipped than the "
                "cadence target leaves room for, and no purpose needs attention; needs "
                "attention when one of these fails, or when evaluation answers are missing "
                "and no score can be given. It is too early to tell before two cadence "
                "periods have passed since the start, or while no pairing runs. The targets "
                "of this programme: {paired}% of participants paired, {cadence}% of pairs "
                "meeting as often as agreed, an average of {satisfaction} on would-recommend "
                "and on each purpose's own question, {done}% of actions done. Set them in "
                "the programme's form.",
            ).format(
                paired=self.num(p.target_paired, 0),
                cadence=self.num(p.target_cadence, 0),
                satisfaction=self.num(p.target_satisfaction),
                done=self.num(p.target_done, 0),
            ),
            self.tr.translate(
                "Report",
                "Per purpose: the least evidence is {meetings} meetings held about it, in at "
                "least {pairs} pairings and {share}% of all meetings held; below that it needs "
                "attention. Then its own evaluation question must reach the target and its "
                "actions the target for actions done. On track needs, besides, at least {n} "
                "answers to its own question or, except for refreshing the craft (renewed joy "
                "is asked, not counted), at least {results} insights, ideas and actions; "
                "without them it is too early to tell until the programme is halfway, and "
                "needs attention after.",
            ).format(
                meetings=self.num(verdict.MIN_PURPOSE_MEETINGS, 0),
                pairs=self.num(verdict.MIN_PURPOSE_PAIRS, 0),
                share=self.num(verdict.MIN_PURPOSE_SHARE, 0),
                n=self.num(MIN_ANSWERS, 0),
                results=self.num(verdict.MIN_RESULTS, 0),
            ),
            self.tr.translate(
                "Report",
                "Decisions for management: one for each reason the programme or a purpose "
                "needs attention, to be taken within {weeks} weeks; the coordinator's list "
                "holds what needs doing rather than deciding.",
            ).format(weeks=self.num(verdict.DECIDE_WITHIN.days // 7, 0)),
            self.tr.translate(
                "Report",
                "Pairing health, for pairings running: stalled when it has not met for more "
                "than twice its cadence plus a week, or not at all three weeks after the start; "
                "needs a check-in when it is paused, has not met for its cadence plus a week, "
                "or has an action past its due date; too early to tell before its first "
                "meeting within three weeks of the start; on track otherwise.",
            ),
            self.tr.translate(
                "Report",
                "Change: against the key figures of the previous report of the whole "
                "programme made before this one, which rmentor keeps in the data file (one "
                "set a day); a report over a period is not compared. An evaluation average "
                "may stay hidden until {n} more people have answered since a report printed "
                "it, so that no two reports together give one answer away.",
            ).format(n=MIN_ANSWERS),
        ]
        if self.anonymous:
            items.append(
                self.tr.translate(
                    "Report",
                    "Anonymised version: a department is named only when at least {n} people "
                    "of the programme share it and the role; smaller ones are pooled as "
                    '"other departments", or left out when the pool is smaller than {n} too. '
                    "End reasons given for fewer than {n} pairings are pooled. Every "
                    "participant's name, first or last name alone included, is replaced by "
                    "[name] in typed texts, and pairings are listed by status and group, "
                    "not by name.",
                ).format(n=MIN_ANSWERS)
            )
        story = [self.p(self.tr.translate("Report", "How the figures are counted"), "Heading1")]
        story += [Paragraph(escape(text), self.styles["Bullet"], bulletText="•") for text in items]
        return story
