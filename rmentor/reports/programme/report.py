"""The programme report for management: figures, purposes, charts, pairings, attention.

Confidential notes are never read; evaluation scores appear only where no small group
can be worked out (models.figures.suppression); with anonymous=True, people are named by role
and department groups of at least three (models.figures.anonymity) and names are taken out of
every typed text. Each part of the report is drawn by a class of its own: page 1
(page_one), the figures behind it (figure_pages), and the lists (lists)."""

import datetime as dt
from pathlib import Path

from rmentor.models.figures import reporting
from rmentor.models.figures import verdict
from rmentor.models.figures.anonymity import OTHER
from rmentor.models.figures.anonymity import department_groups
from rmentor.models.figures.anonymity import pooled_reasons
from rmentor.models.figures.anonymity import report_finder
from rmentor.models.figures.anonymity import term_finders
from rmentor.models.figures.counts import Period
from rmentor.models.figures.report_data import SIDES
from rmentor.models.figures.report_data import ReportData
from rmentor.models.figures.report_data import gather
from rmentor.models.figures.suppression import MIN_ANSWERS
from rmentor.models.programme.entities import Programme
from rmentor.models.text.vocabulary import ALL_QUESTIONS
from rmentor.models.text.vocabulary import END_REASONS
from rmentor.models.text.vocabulary import MENTOR
from rmentor.models.text.vocabulary import PURPOSE_QUESTION_OF
from rmentor.models.text.vocabulary import ROLES
from rmentor.reports.document import Document
from rmentor.reports.programme.figure_pages import FigurePages
from rmentor.reports.programme.lists import Lists
from rmentor.reports.programme.page_one import PageOne
from rmentor.reports.programme.texts import MONTHS
from rmentor.reports.programme.texts import capitalised


class ProgrammeReport(PageOne, FigurePages, Lists, Document):
    def __init__(
        self,
        programme: Programme,
        language: str = "en",
        anonymous: bool = False,
        today: dt.date | None = None,
        period: Period = None,
        full: bool = False,
        data: ReportData | None = None,
    ):
        super().__init__(language, today)
        self.programme = programme
        self.anonymous = anonymous
        self.full = full  # with the list of every pairing as an appendix
        self.data: ReportData = data or gather(programme, self.today, period)
        period = self.data.period
        self.judge()
        # a report over a period counts other meetings than a whole one: no comparison
        self.previous = None if period else verdict.previous_figures(programme, self.data.today)
        if anonymous:
            self.groups = department_groups(programme)
            self.finder = report_finder(programme)
            self.departments, self.titles = term_finders(programme)

    def judge(self) -> None:
        self.purpose_verdicts, self.overall = verdict.judge(self.programme, self.data)
        self.figures = self.overall.figures
        self.early = self.overall.status == verdict.TOO_EARLY

    def write(self, path) -> Path:
        """The report written as the window and the command line write it (the use case
        in models.figures.reporting), for this report's options."""
        return reporting.write_report(path, self.data, self.draw)

    def draw(self, data: ReportData) -> bytes:
        self.data = data
        self.judge()  # again: the data may have been told to show no new average
        return self.render()

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

    def score(self, moment: str, question: str, in_table: bool = False) -> str:
        scored = self.data.scored(moment, question)
        if scored.value is not None:
            return self.num(scored.value)
        earlier = self.data.earlier(moment, question)
        if earlier is not None:  # the value printed before stands, marked
            return self.num(earlier.value) + "*"
        if self.data.evaluations[moment][question][1] >= MIN_ANSWERS:
            # enough answers, hidden so that a smaller group cannot be subtracted back; in a
            # table one short word, said under it (three lines in its cell, row after row)
            if not in_table:
                return self.tr.translate("Report", "hidden (see How the figures are counted)")
            self.hidden_for_others = True
            return self.tr.translate("Report", "hidden")
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


def drawing(programme: Programme, language: str, anonymous: bool, full: bool = False):
    """The report's drawing for models.figures.reporting.make_report."""
    return lambda data: ProgrammeReport(
        programme, language, anonymous, full=full, data=data
    ).render()
