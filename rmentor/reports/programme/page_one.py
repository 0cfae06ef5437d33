"""Page 1 of the programme report: the verdict, why, and what management should decide."""

import datetime as dt
from collections import Counter
from html import escape

from reportlab.lib.units import mm
from reportlab.platypus import KeepTogether
from reportlab.platypus import PageBreak
from reportlab.platypus import Paragraph
from reportlab.platypus import Spacer

from rmentor.models.figures import verdict
from rmentor.models.figures.report_data import ALL
from rmentor.models.figures.suppression import MIN_ANSWERS
from rmentor.models.text.vocabulary import ALL_QUESTIONS
from rmentor.reports.one_page import OnOnePage
from rmentor.reports.programme.texts import CHORES
from rmentor.reports.programme.texts import DECISIONS
from rmentor.reports.programme.texts import FIGURE_NAMES
from rmentor.reports.programme.texts import HEALTH_NAMES
from rmentor.reports.programme.texts import REASONS
from rmentor.reports.programme.texts import STAMPS
from rmentor.reports.programme.texts import VERDICTS


class PageOne:
    """Mixed into ProgrammeReport, whose data, verdicts and wording it uses."""

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
            story.append(self.stamp(escape(self.tr.translate("Report", STAMPS[status]))))
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
        story.append(self.stamp(escape(self.tr.translate("Report", STAMPS[overall.status]))))
        story.append(self.p(escape(self.reason_text(overall.reason))))
        story.append(self.figure_table(overall.figures))
        notes = [self.health_sentence(), self.trend_sentence()]
        if self.data.score(ALL, "recommend") is None and self.data.earlier(ALL, "recommend"):
            notes.append(self.earlier_note())
        if self.dashes(overall.figures):
            notes.append(self.dash_note())
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
        return [OnOnePage(story), PageBreak()]

    def dashes(self, figures: list[verdict.Figure]) -> bool:
        """A figure shown as a dash, here or per purpose, for want of enough to count."""
        purposes = [f for _p, judged in self.purpose_verdicts for f in judged.figures]
        return any(f.value is None for f in [*figures, *purposes])

    def dash_note(self) -> str:
        """A manager read "Actions done: –" on page 1 and "1 done" two pages on."""
        return self.tr.translate(
            "Report",
            "A dash under Now, Actions done or Its question: too few to count yet. A share "
            "of actions done is given from {actions} actions on, an average from {answers} "
            "people's answers; n says how many there are now.",
        ).format(actions=verdict.MIN_ACTIONS, answers=MIN_ANSWERS)

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
            "Compared with the previous report of {date}: meetings held since then: {held}.",
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
        reasons: dict[str, list[str]] = {}  # why -> the purposes it holds for
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
                    else self.tr.translate("Report", "{share}% of {n}").format(
                        share=self.num(done.value, 0), n=self.num(done.n, 0)
                    ),
                    " · ".join(self.num(f.value) for f in scores) or "–",
                ]
            )
            # the table says why it is on track, and the programme's line why it is early
            if judged.status != verdict.ON_TRACK and judged.reason.key != "early":
                why = self.reason_text(judged.reason, purpose=True)
                reasons.setdefault(why, []).append(name)
        if len(rows) == 1:
            return [
                self.p(self.tr.translate("Report", "The programme has no purposes or themes set."))
            ]
        table = self.table(rows, [0.25, 0.16, 0.17, 0.12, 0.14, 0.16], align_right=(2, 3, 4, 5))
        # one line for each reason, naming every purpose it holds for: page 1 said the
        # same sentence for four purposes, and its decisions ran on to page 2
        return [table] + [
            Paragraph(escape(f"{', '.join(names)}: {why}"), self.styles["Bullet"], bulletText="–")
            for why, names in reasons.items()
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
