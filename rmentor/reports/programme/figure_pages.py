"""The figures behind page 1: key figures, evaluations, purposes, quotes and charts."""

import datetime as dt
from html import escape

from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak
from reportlab.platypus import KeepTogether
from reportlab.platypus import PageBreak
from reportlab.platypus import Paragraph
from reportlab.platypus import Spacer

from rmentor.models.figures import verdict
from rmentor.models.figures.report_data import ALL
from rmentor.models.figures.report_data import ALL_MOMENTS
from rmentor.models.figures.report_data import SIDES
from rmentor.models.figures.suppression import MIN_ANSWERS
from rmentor.models.text.vocabulary import EVALUATION_MOMENTS
from rmentor.models.text.vocabulary import EVALUATION_QUESTIONS
from rmentor.models.text.vocabulary import MENTEE
from rmentor.models.text.vocabulary import MENTOR
from rmentor.models.text.vocabulary import PAIRING_STATUSES
from rmentor.models.text.vocabulary import PURPOSE_DESCRIPTIONS
from rmentor.models.text.vocabulary import PURPOSE_QUESTION_MOMENTS
from rmentor.reports.charts import bar_chart
from rmentor.reports.charts import column_chart
from rmentor.reports.programme.texts import capitalised


class FigurePages:
    """Mixed into ProgrammeReport, whose data and wording it uses."""

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
            [self.tr.translate("Report", "Participants paired"), self.paired_of_enrolled()],
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
        self.hidden_for_others = False  # set by score(), said under the tables
        not_asked = False  # a purpose's question at the fit check: blank, said under it
        for question in d.questions:
            cells = []
            for m in groups:
                answers = d.evaluations[m][question][1]
                if (
                    m not in (*PURPOSE_QUESTION_MOMENTS, ALL)
                    and question not in EVALUATION_QUESTIONS
                    and not answers
                ):
                    not_asked = True
                    cells.append("")
                else:
                    cells.append(
                        f"{self.score(m, question, in_table=True)} ({self.num(answers, 0)})"
                    )
            rows.append([escape(self.question_label(question)), *cells])
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
                        f"{self.score(side, question, in_table=True)} "
                        f"({self.num(d.evaluations[side][question][1], 0)})"
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
        if not_asked:
            notes.append(
                self.tr.translate(
                    "Report",
                    "Blank: not asked then; the purposes' own questions are asked midway and "
                    "at the close.",
                )
            )
        if self.hidden_for_others:
            notes.append(
                self.tr.translate(
                    "Report",
                    "Hidden: enough answers, left out so that a smaller group cannot be worked "
                    "out from the others (see How the figures are counted).",
                )
            )
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

    def paired_of_enrolled(self) -> str:
        """Paired of all taking part; those in a pairing proposed but not started are said,
        since the list of who waits leaves them out too (a reader adds the two up)."""
        d = self.data
        text = f"{self.num(d.paired_people, 0)} / {self.num(d.enrolled_people, 0)}"
        if d.proposed_people:
            text += " " + self.tr.translate(
                "Report", "({n} in a pairing proposed, not started)"
            ).format(n=self.num(d.proposed_people, 0))
        return text

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
                        "Meetings that covered it: {meetings}. Pairings that held them: "
                        "{pairs}. Insights: {insights}. Ideas: {ideas}. Actions: {open} open, "
                        "{done} done. Effects recorded: {effects}.",
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
        # the activity's charts follow where a page has room for its heading and first
        # chart: the last purpose, alone on its page, left it nearly empty
        story.append(CondPageBreak(100 * mm))
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
        # a programme (or period) that starts after the 1st counts its first month in part;
        # a programme's count takes in meetings logged before its start
        begin = d.period[0] if d.period else self.programme.start_date
        if not d.period and d.totals["first"] is not None:
            begin = min(begin, d.totals["first"])
        started = f"{begin:%Y-%m}"
        partial_first = bool(keys) and keys[0] == started and begin.day > 1
        # a programme that started this month: one month counted in part at both ends, said once
        both = partial and partial_first and started == running
        marks = {running: "*"} if partial else {}
        if partial_first and not both:
            marks[started] = "†"
        held = d.totals["held"]
        if held:
            story.append(
                column_chart(
                    self.tr.translate("Report", "Meetings held per month (n = {n})").format(
                        n=self.num(held, 0)
                    ),
                    self.tr.translate("Report", "meetings"),
                    [self.month(k) + marks.get(k, "") for k in keys],
                    [per_month.get(k, 0) for k in keys],
                    width,
                    partial_last=partial,
                    partial_first=partial_first,
                    number=lambda v: self.num(v, 0),
                )
            )
            if both:
                story.append(
                    self.p(
                        self.tr.translate(
                            "Report",
                            "* {month}: its column counts the meetings from {start} up to {date} "
                            "only.",
                        ).format(
                            month=self.month(running),
                            start=self.tr.date(begin),
                            date=self.tr.date(d.today),
                        ),
                        "Small",
                    )
                )
            elif partial_first:
                story.append(
                    self.p(
                        self.tr.translate(
                            "Report", "† {month}: its column counts the meetings from {date} on."
                        ).format(month=self.month(started), date=self.tr.date(begin)),
                        "Small",
                    )
                )
            if partial and not both:
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
