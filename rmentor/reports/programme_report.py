"""The programme report for management: figures, purposes, charts, pairings, attention.

Confidential notes are never read; evaluation scores appear only where no small group
can be worked out (models.suppression); with anonymous=True, people are named by role
and department groups of at least three (models.anonymity) and names are taken out of
every typed text.
"""

import datetime as dt
from collections import Counter
from html import escape

from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, KeepTogether, PageBreak, Paragraph, Spacer

from ..models.anonymity import (
    OTHER,
    department_finder,
    department_groups,
    pooled_reasons,
    report_finder,
)
from ..models.attention import shorten
from ..models.entities import OutcomeItem, Pairing, Programme
from ..models.figures import Period
from ..models.i18n import QT_TRANSLATE_NOOP
from ..models.report_data import ALL_MOMENTS, ReportData, gather
from ..models.suppression import MIN_ANSWERS
from ..models.vocabulary import (
    END_REASONS,
    EVALUATION_MOMENTS,
    EVALUATION_QUESTIONS,
    MENTEE,
    MENTOR,
    PAIRING_STATUSES,
    PURPOSE_DESCRIPTIONS,
    ROLES,
)
from .charts import bar_chart, column_chart
from .document import Document

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
    ):
        super().__init__(language, today)
        self.programme = programme
        self.anonymous = anonymous
        self.data: ReportData = gather(programme, self.today, period)
        if anonymous:
            self.groups = department_groups(programme)
            self.finder = report_finder(programme)
            self.departments = department_finder(programme)

    def title(self) -> str:
        return self.tr.translate("Report", "Programme report: {name}").format(
            name=self.typed(self.programme.name)
        )

    def header_text(self) -> str:
        return self.typed(self.programme.name)

    # helpers

    def typed(self, text: str) -> str:
        """A text someone typed; in the anonymised report without anyone's name."""
        if not self.anonymous:
            return text
        text = self.finder.replace(text, self.tr.translate("Report", "[name]"))
        return self.departments.replace(text, self.tr.translate("Report", "[department]"))

    def person(self, name: str, role: str, department: str) -> str:
        if not self.anonymous:
            return name
        role_text = capitalised(self.tr.label(ROLES, role))
        shown = self.groups.get((role, (department or "").strip()))
        if shown is OTHER:
            shown = self.tr.translate("Report", "other departments")
        return f"{role_text}, {self.typed(shown)}" if shown else role_text

    def theme_name(self, theme) -> str:
        return self.typed(self.tr.theme(theme))

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
        return f"{name} {year[2:]}"

    def num(self, value, decimals: int = 1) -> str:
        return self.tr.number(value, decimals)

    def score(self, moment: str, question: str) -> str:
        value = self.data.score(moment, question)
        if value is not None:
            return self.num(value)
        if self.data.evaluations[moment][question][1] >= MIN_ANSWERS:
            # enough answers, hidden so that a smaller group cannot be subtracted back
            return self.tr.translate("Report", "not shown (see the last page)")
        return self.tr.translate("Report", "too few answers to report")

    # the story

    def story(self) -> list:
        story = self.cover()
        if self.data.empty:
            story.append(self.p(self.tr.translate("Report", "Summary"), "Heading1"))
            story.append(
                self.p(
                    self.tr.translate(
                        "Report",
                        "There is nothing to report yet: this programme has no participants and no "
                        "pairings. The report fills itself as the programme runs.",
                    )
                )
            )
            return story
        story += self.summary()
        story += self.purposes()
        story += self.charts()
        story += self.pairings()
        story += self.appendix()
        return story

    def cover(self) -> list:
        p, d = self.programme, self.data
        story = [
            Spacer(1, 40 * mm),
            self.p(self.tr.translate("Report", "Reverse mentoring"), "Subtitle"),
            self.p(escape(self.typed(p.name)), "Title"),
            self.p(
                self.tr.translate("Report", "Period: {start} to {end}").format(
                    start=self.tr.date(p.start_date), end=self.tr.date(p.end_date)
                ),
                "Subtitle",
            ),
        ]
        if self.anonymous:
            story.append(
                self.p(
                    self.tr.translate(
                        "Report",
                        "Anonymised version: people are named by their role, and by their "
                        "department where at least {n} people share both; names in texts are "
                        "replaced by [name].",
                    ).format(n=MIN_ANSWERS),
                    "Subtitle",
                )
            )
        if p.sponsor and not self.anonymous:
            story.append(
                self.p(
                    self.tr.translate("Report", "Sponsor: {name}").format(name=escape(p.sponsor)),
                    "Subtitle",
                )
            )
        if d.period:
            story.append(
                self.p(
                    self.tr.translate("Report", "This report covers {start} to {end}").format(
                        start=self.tr.date(d.period[0]), end=self.tr.date(d.period[1])
                    ),
                    "Subtitle",
                )
            )
        story.append(
            self.p(
                self.tr.translate("Report", "Report made on {date}").format(
                    date=self.tr.date(self.today)
                ),
                "Subtitle",
            )
        )
        if p.description:
            story += [Spacer(1, 6 * mm), self.p(escape(self.typed(p.description)))]
        story.append(Spacer(1, 10 * mm))
        story.append(self.stamp(self.tr.translate("Report", "Confidential - for management")))
        story.append(Spacer(1, 8 * mm))
        story.append(
            self.p(
                self.tr.translate(
                    "Report",
                    "What mentors and mentees said in confidence is not in this report. Evaluation "
                    "scores are averages over at least {n} answers, and no score can be worked "
                    "out from the others.",
                ).format(n=MIN_ANSWERS),
                "Small",
            )
        )
        story.append(PageBreak())
        return story

    def sentences(self) -> list[str]:
        d = self.data
        out = []
        if d.enrolled_people:
            share = round(100 * d.paired_people / d.enrolled_people)
            out.append(
                self.tr.translate(
                    "Report", "{paired} of {total} participants are paired ({share}%)."
                ).format(paired=d.paired_people, total=d.enrolled_people, share=share)
            )
        if d.running_pairings:
            out.append(
                self.tr.translate(
                    "Report", "{met} of {total} pairings met at least as often as they agreed."
                ).format(met=d.met_as_agreed, total=d.running_pairings)
            )
        held, cancelled = d.totals["held"], d.totals["cancelled"]
        out.append(
            self.tr.translate(
                "Report",
                "{held} meetings were held, against {planned} planned by the agreed cadence; "
                "{cancelled} were cancelled.",
            ).format(held=held, planned=d.planned_meetings, cancelled=cancelled)
        )
        if held:
            out.append(
                self.tr.translate("Report", "Together the pairs met for {hours} hours.").format(
                    hours=self.num(d.totals["hours"])
                )
            )
        ended = d.statuses.get("ended_early", 0)
        if ended:
            reasons = ", ".join(f"{reason} ({n})" for reason, n in self.end_reasons())
            out.append(
                self.tr.translate("Report", "Ended early: {n}; the reasons: {reasons}.").format(
                    n=ended, reasons=reasons
                )
            )
        recommend = d.score(ALL_MOMENTS, "recommend")
        if recommend is not None:
            out.append(
                self.tr.translate(
                    "Report",
                    "Asked whether they would recommend reverse mentoring, participants gave "
                    "{score} out of 5 on average.",
                ).format(score=self.num(recommend))
            )
        return out

    def summary(self) -> list:
        d = self.data
        story = [self.p(self.tr.translate("Report", "Summary"), "Heading1")]
        story += [
            Paragraph(escape(s), self.styles["Bullet"], bulletText="•") for s in self.sentences()
        ]
        story.append(self.p(self.tr.translate("Report", "Key figures"), "Heading2"))
        statuses = ", ".join(
            f"{self.tr.label(PAIRING_STATUSES, s)} {d.statuses[s]}"
            for s in PAIRING_STATUSES
            if d.statuses.get(s)
        )
        rows = [
            [self.tr.translate("Report", "Figure"), self.tr.translate("Report", "Value")],
            [self.tr.translate("Report", "Mentors taking part"), str(d.roles.get(MENTOR, 0))],
            [self.tr.translate("Report", "Mentees taking part"), str(d.roles.get(MENTEE, 0))],
            [
                self.tr.translate("Report", "Participants paired"),
                f"{d.paired_people} / {d.enrolled_people}",
            ],
            [self.tr.translate("Report", "Pairings by status"), statuses or "–"],
            [
                self.tr.translate("Report", "Meetings held (planned by cadence)"),
                f"{d.totals['held']} ({d.planned_meetings})",
            ],
            [self.tr.translate("Report", "Hours of meetings"), self.num(d.totals["hours"])],
            [self.tr.translate("Report", "Meetings cancelled"), str(d.totals["cancelled"])],
        ]
        for reason, n in self.end_reasons():
            rows.append(
                [self.tr.translate("Report", "Ended early: {reason}").format(reason=reason), str(n)]
            )
        story.append(self.table(rows, [0.6, 0.4]))
        story.append(self.p(self.tr.translate("Report", "Evaluation scores (1-5)"), "Heading2"))
        header = (
            [self.tr.translate("Report", "Question")]
            + [capitalised(self.tr.label(EVALUATION_MOMENTS, m)) for m in EVALUATION_MOMENTS]
            + [self.tr.translate("Report", "All")]
        )
        rows = [header]
        for question in EVALUATION_QUESTIONS:
            rows.append(
                [self.tr.label(EVALUATION_QUESTIONS, question)]
                + [self.score(m, question) for m in (*EVALUATION_MOMENTS, ALL_MOMENTS)]
            )
        rows.append(
            [self.tr.translate("Report", "Number of answers")]
            + [str(d.evaluations[m]["useful"][1]) for m in (*EVALUATION_MOMENTS, ALL_MOMENTS)]
        )
        story.append(self.table(rows, [0.32, 0.17, 0.17, 0.17, 0.17]))
        story.append(PageBreak())
        return story

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
            o = purpose.outcomes

            def count(kind, status=None, o=o):
                return sum(
                    n for (k, s), n in o.items() if k == kind and (status is None or s == status)
                )

            block.append(
                self.p(
                    self.tr.translate(
                        "Report",
                        "Covered in {meetings} meetings. Insights: {insights}. Ideas: {ideas}. "
                        "Actions: {open} open, {done} done.",
                    ).format(
                        meetings=purpose.meetings,
                        insights=count("insight"),
                        ideas=count("idea"),
                        open=count("action", "open"),
                        done=count("action", "done"),
                    )
                )
            )
            if purpose.examples:
                block.append(self.p(self.tr.translate("Report", "For example:"), "Small"))
                block += [
                    Paragraph(
                        f"“{escape(self.typed(example.text))}”",
                        self.styles["Bullet"],
                        bulletText="–",
                    )
                    for example in purpose.examples
                ]
            story.append(KeepTogether(block))
        story.append(PageBreak())
        return story

    def charts(self) -> list:
        d, width = self.data, self.frame_width
        story = [self.p(self.tr.translate("Report", "Activity"), "Heading1")]
        story.append(
            column_chart(
                self.tr.translate("Report", "Meetings held per month"),
                [self.month(m) for m, _n, _h in d.months],
                [n for _m, n, _h in d.months],
                width,
            )
        )
        story.append(Spacer(1, 6 * mm))
        statuses = [s for s in PAIRING_STATUSES if d.statuses.get(s)]
        story.append(
            bar_chart(
                self.tr.translate("Report", "Pairings by status"),
                [self.tr.label(PAIRING_STATUSES, s) for s in statuses],
                [d.statuses[s] for s in statuses],
                width,
            )
        )
        story.append(Spacer(1, 6 * mm))
        covered = d.themes_covered[:12]
        story.append(
            bar_chart(
                self.tr.translate("Report", "Themes covered (meetings held)"),
                [self.theme_name(t) for t, _n in covered],
                [n for _t, n in covered],
                width,
            )
        )
        story.append(Spacer(1, 6 * mm))
        labels, values = [], []
        for question in EVALUATION_QUESTIONS:
            value = d.score(ALL_MOMENTS, question)
            label = self.tr.label(EVALUATION_QUESTIONS, question)
            too_few = self.tr.translate("Report", "too few answers to report")
            labels.append(label if value is not None else f"{label} ({too_few})")
            values.append(value or 0)
        story.append(
            bar_chart(
                self.tr.translate("Report", "Evaluation scores, all moments (1-5)"),
                labels,
                values,
                width,
                value_format=lambda v: self.num(v) if v else "",
                value_max=5,
            )
        )
        story.append(PageBreak())
        return story

    def pairings(self) -> list:
        story = [self.p(self.tr.translate("Report", "Pairings"), "Heading1")]
        rows = [
            [
                self.tr.translate("Report", "Mentor"),
                self.tr.translate("Report", "Mentee"),
                self.tr.translate("Report", "Status"),
                self.tr.translate("Report", "Meetings"),
                self.tr.translate("Report", "Last meeting"),
            ]
        ]
        lines = [
            (
                self.tr.label(PAIRING_STATUSES, r.status),
                self.person(r.mentor_name, MENTOR, r.mentor_department),
                self.person(r.mentee_name, MENTEE, r.mentee_department),
                r,
            )
            for r in self.data.pairings
        ]
        if self.anonymous:  # by what is shown, so the order gives no name away
            lines.sort(key=lambda x: (x[0], x[1], x[2], -x[3].held))
        else:
            lines.sort(key=lambda x: (x[3].status, x[3].mentee_name))
        for status, mentor, mentee, r in lines:
            rows.append(
                [escape(mentor), escape(mentee), status, str(r.held), self.tr.date(r.last_meeting)]
            )
        story.append(self.table(rows, [0.27, 0.27, 0.16, 0.13, 0.17], align_right=(3,)))
        story.append(CondPageBreak(40 * mm))
        story.append(self.p(self.tr.translate("Report", "Attention points"), "Heading2"))
        story += self.attention_points()
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
            [self.tr.translate("Report", ATTENTION_KINDS[kind]), str(counts[kind])]
            for kind in ATTENTION_KINDS
            if counts.get(kind)
        ]
        story = [self.table(rows, [0.8, 0.2], align_right=(1,)), Spacer(1, 3 * mm)]
        story += [
            Paragraph(escape(self.attention_text(item)), self.styles["Bullet"], bulletText="•")
            for item in self.data.printed_attention
        ]
        if len(items) > len(self.data.printed_attention):
            story.append(
                self.p(
                    self.tr.translate(
                        "Report", "… and {n} more; the overview in rmentor lists them all."
                    ).format(n=len(items) - len(self.data.printed_attention)),
                    "Small",
                )
            )
        return story

    def attention_text(self, item) -> str:
        point = item.point
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
        return self.tr.domain(point)

    def appendix(self) -> list:
        items = [
            self.tr.translate(
                "Report",
                "Participants: people enrolled in the programme and active; a person "
                "counts as paired when they have an active, paused or completed pairing "
                "in it (a proposed pairing has not started yet).",
            ),
            self.tr.translate(
                "Report",
                "Meetings held: journal entries marked as held; cancelled meetings are "
                "counted apart and never as held. Hours add up the durations of meetings held.",
            ),
            self.tr.translate(
                "Report",
                "Planned by cadence: for each pairing, the whole number of cadence periods "
                "between its start and today (or its last meeting once it ended), up to "
                "its planned end.",
            ),
            self.tr.translate(
                "Report",
                "Met as agreed: pairings that held at least as many meetings as planned by "
                "their cadence.",
            ),
            self.tr.translate(
                "Report",
                "Purposes: meetings held that were tagged with the purpose, and the "
                "insights, ideas and actions tagged with it. Examples come only from "
                "shareable summaries and outcome items, never from confidential notes.",
            ),
            self.tr.translate(
                "Report",
                "Evaluation scores: averages of the 1-5 ratings; a score is shown only "
                "when at least {n} answers make it up, so no one's rating can be "
                "recognised. Where one moment is hidden, the smallest other moment is "
                "hidden too (and the total when no moment is left), so that no hidden "
                "score can be worked out by subtracting the shown ones from the total; "
                "the chart and the summary use the same rule.",
            ).format(n=MIN_ANSWERS),
            self.tr.translate(
                "Report",
                "Attention points: pairings that have not met for longer than their "
                "cadence plus a week, active pairings without a first meeting three weeks "
                "after the start, actions past their due date, evaluations due and "
                "pairings ending within two weeks.",
            ),
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
