"""Documents for one pair: the agreement they sign, and a summary of what they did."""

import datetime as dt
from html import escape

from reportlab.lib.units import mm
from reportlab.platypus import Paragraph
from reportlab.platypus import Spacer
from reportlab.platypus import Table
from reportlab.platypus import TableStyle

from rmentor.models.figures.pair_summary import pair_summary
from rmentor.models.figures.suppression import MIN_ANSWERS
from rmentor.models.programme.entities import Pairing
from rmentor.models.programme.entities import Theme
from rmentor.models.text.vocabulary import EVALUATION_MOMENTS
from rmentor.models.text.vocabulary import OUTCOME_KINDS
from rmentor.models.text.vocabulary import OUTCOME_STATUSES
from rmentor.models.text.vocabulary import ROLES
from rmentor.reports.document import FONT
from rmentor.reports.document import Document


class PairDocument(Document):
    def __init__(self, pairing: Pairing, language: str = "en", today: dt.date | None = None):
        super().__init__(language, today)
        self.pairing = pairing
        self.mentor = pairing.mentor
        self.mentee = pairing.mentee

    def header_text(self) -> str:
        return f"{self.pairing.programme.name}: {self.mentor.full_name} – {self.mentee.full_name}"

    def audience(self) -> str:
        return self.tr.translate("Report", "For mentor and mentee")

    def people_table(self) -> Table:
        rows = [
            [
                self.tr.translate("Report", "Mentor"),
                escape(self.mentor.full_name),
                escape(f"{self.mentor.job_title}, {self.mentor.department}".strip(", ")),
            ],
            [
                self.tr.translate("Report", "Mentee"),
                escape(self.mentee.full_name),
                escape(f"{self.mentee.job_title}, {self.mentee.department}".strip(", ")),
            ],
        ]
        return self.table(rows, [0.18, 0.37, 0.45], header=False)


class AgreementDocument(PairDocument):
    """The pairing agreement: the pair, period, cadence, themes, rules, lines to sign."""

    def title(self) -> str:
        return self.tr.translate("Report", "Reverse mentoring agreement")

    def story(self) -> list:
        p, programme = self.pairing, self.pairing.programme
        cadence = p.cadence_weeks or programme.cadence_weeks
        themes = [self.tr.theme(link.theme) for link in p.theme_links]
        start = p.start_date or programme.start_date
        end = p.planned_end_date or programme.end_date
        story = [
            self.p(self.title(), "Title"),
            self.p(escape(programme.name), "Subtitle"),
            self.people_table(),
            self.p(self.tr.translate("Report", "What we agree"), "Heading2"),
            self.table(
                [
                    [
                        self.tr.translate("Report", "Period"),
                        self.tr.translate("Report", "{start} to {end}").format(
                            start=self.tr.date(start), end=self.tr.date(end)
                        ),
                    ],
                    [
                        self.tr.translate("Report", "We meet"),
                        self.tr.translate("Report", "at least once every {n} weeks").format(
                            n=cadence
                        ),
                    ],
                    [
                        self.tr.translate("Report", "Themes"),
                        escape(", ".join(themes))
                        or self.tr.translate("Report", "to be chosen together"),
                    ],
                ],
                [0.25, 0.75],
                header=False,
            ),
            self.p(self.tr.translate("Report", "Ground rules"), "Heading2"),
        ]
        rules = [
            self.tr.translate(
                "Report",
                "The mentor is the junior colleague and leads the conversation about their "
                "world; the mentee listens, asks and tries things out.",
            ),
            self.tr.translate(
                "Report",
                "What is said in our meetings stays between us. The coordinator keeps a "
                "shareable summary; anything said in confidence is not passed on, not in "
                "reports and not to managers.",
            ),
            self.tr.translate(
                "Report",
                "We plan the next meeting at the end of each meeting, and cancel in time "
                "when we cannot make it.",
            ),
            self.tr.translate(
                "Report",
                "Either of us can end the pairing early by telling the coordinator; no "
                "reasons need to be shared with the other's manager.",
            ),
            self.tr.translate(
                "Report",
                "At the start, midway and at the end we each give a short evaluation; "
                "management only sees averages over at least {n} answers.",
            ).format(n=MIN_ANSWERS),
        ]
        story += [Paragraph(escape(rule), self.styles["Bullet"], bulletText="•") for rule in rules]
        story.append(Spacer(1, 14 * mm))
        sign = [
            [self.tr.translate("Report", "Mentor"), self.tr.translate("Report", "Mentee")],
            [escape(self.mentor.full_name), escape(self.mentee.full_name)],
            [
                self.tr.translate("Report", "Date:") + " ______________",
                self.tr.translate("Report", "Date:") + " ______________",
            ],
            [
                self.tr.translate("Report", "Signature:") + " ______________________",
                self.tr.translate("Report", "Signature:") + " ______________________",
            ],
        ]
        table = Table(
            [[self.p(c) for c in row] for row in sign],
            colWidths=[self.frame_width / 2] * 2,
            rowHeights=[None, None, 10 * mm, 22 * mm],
        )
        table.setStyle(
            TableStyle(
                [("FONTNAME", (0, 0), (-1, -1), FONT), ("VALIGN", (0, 0), (-1, -1), "BOTTOM")]
            )
        )
        story.append(table)
        return story


class PairSummaryDocument(PairDocument):
    """What the two of them did: meetings, outcomes, which evaluations were given. No
    confidential notes, and no scores."""

    def title(self) -> str:
        return self.tr.translate("Report", "Summary of our reverse mentoring")

    def story(self) -> list:
        data = pair_summary(self.pairing)
        story = [
            self.p(self.title(), "Title"),
            self.p(escape(self.pairing.programme.name), "Subtitle"),
            self.people_table(),
        ]
        story.append(self.p(self.tr.translate("Report", "Meetings"), "Heading2"))
        held = [m for m in data.meetings if m[2]]
        story.append(
            self.p(
                self.tr.translate(
                    "Report",
                    "Meetings held: {held}, {minutes} minutes in all; cancelled: {cancelled}.",
                ).format(
                    held=len(held),
                    minutes=sum(m[1] for m in held),
                    cancelled=len(data.meetings) - len(held),
                )
            )
        )
        rows = [
            [
                self.tr.translate("Report", "Date"),
                self.tr.translate("Report", "Minutes"),
                self.tr.translate("Report", "Themes"),
                self.tr.translate("Report", "Summary"),
            ]
        ]
        names = {t.key: self.tr.theme(t) for t in Theme.select()}
        for date, minutes, was_held, keys, summary in data.meetings:
            rows.append(
                [
                    self.tr.date(date),
                    str(minutes) if was_held else self.tr.translate("Report", "cancelled"),
                    escape(", ".join(names.get(k, k) for k in keys)),
                    escape(summary),
                ]
            )
        story.append(self.table(rows, [0.15, 0.12, 0.2, 0.53], align_right=(1,)))
        story.append(self.p(self.tr.translate("Report", "Insights, ideas and actions"), "Heading2"))
        if not data.outcomes:
            story.append(self.p(self.tr.translate("Report", "None recorded.")))
        else:
            rows = [
                [
                    self.tr.translate("Report", "Type"),
                    self.tr.translate("Report", "What"),
                    self.tr.translate("Report", "Status"),
                    self.tr.translate("Report", "Due"),
                ]
            ]
            for item in data.outcomes:
                rows.append(
                    [
                        self.tr.label(OUTCOME_KINDS, item.kind),
                        escape(item.text),
                        self.tr.label(OUTCOME_STATUSES, item.status),
                        self.tr.date(item.due_date),
                    ]
                )
            story.append(self.table(rows, [0.14, 0.56, 0.14, 0.16]))
        story.append(self.p(self.tr.translate("Report", "Evaluations"), "Heading2"))
        order = list(EVALUATION_MOMENTS)
        done = ", ".join(
            f"{self.tr.label(EVALUATION_MOMENTS, m)} ({self.tr.label(ROLES, s)})"
            for s, m in sorted(
                data.evaluations_done, key=lambda sm: (order.index(sm[1]), sm[0] != "mentor")
            )
        )
        story.append(
            self.p(self.tr.translate("Report", "Given: {list}.").format(list=escape(done) or "–"))
        )
        story.append(
            self.p(
                self.tr.translate(
                    "Report",
                    "Scores are not shown here: from an average over both of you, each could "
                    "work out the other's answers. Management sees only averages over all "
                    "pairs of at least {n} answers.",
                ).format(n=MIN_ANSWERS),
                "Small",
            )
        )
        return story
