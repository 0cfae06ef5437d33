"""The lists of the programme report: pairings that need attention, what else needs doing,
every pairing on request, and the last page's definitions."""

from collections import Counter
from html import escape

from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak
from reportlab.platypus import PageBreak
from reportlab.platypus import Paragraph
from reportlab.platypus import Spacer

from rmentor.models.figures import verdict
from rmentor.models.figures.anonymity import Subjects
from rmentor.models.figures.anonymity import attention_subjects
from rmentor.models.figures.attention import shorten
from rmentor.models.figures.suppression import MIN_ANSWERS
from rmentor.models.programme.participants import filed_name
from rmentor.models.text.vocabulary import MENTEE
from rmentor.models.text.vocabulary import MENTOR
from rmentor.models.text.vocabulary import PAIRING_STATUSES
from rmentor.reports.one_page import OnOnePage
from rmentor.reports.programme.texts import ATTENTION_KINDS
from rmentor.reports.programme.texts import DEFINITIONS
from rmentor.reports.programme.texts import EXCEPTION_ROWS
from rmentor.reports.programme.texts import FIGURE_NAMES
from rmentor.reports.programme.texts import HEALTH_NAMES


class Lists:
    """Mixed into ProgrammeReport, whose data and wording it uses."""

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

    def subjects(self) -> Subjects:
        """Who the attention lines are about, read once for this report's data."""
        if getattr(self, "_subjects", (None,))[0] is not self.data:
            self._subjects = (self.data, attention_subjects(self.data.attention))
        return self._subjects[1]

    def attention_text(self, item) -> str:
        point = item.point
        if self.anonymous and item.target == "participant":  # someone not paired yet
            role, department = self.subjects().people[item.target_id]
            params = {**point.params, "name": self.person("", role, department)}
            if "reason" in params:
                from rmentor.models.programme.pool import without_languages

                params["reason"] = without_languages(params["reason"])
            said = self.tr.domain(type(point)(point.key, point.message, params))
            return item.text(self.tr, said)
        if self.anonymous:
            subjects = self.subjects()
            pairing_id = (
                item.target_id if item.target == "pairing" else subjects.outcomes[item.target_id][0]
            )
            mentor_department, mentee_department = subjects.pairs[pairing_id]
            params = {
                **point.params,
                "mentor": self.person("", MENTOR, mentor_department),
                "mentee": self.person("", MENTEE, mentee_department),
            }
            if "text" in params:  # shortened after the names are out: no half name is left
                params["text"] = shorten(self.typed(subjects.outcomes[item.target_id][1]))
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
        story += [
            Paragraph(escape(text), self.styles["NoteBullet"], bulletText="•") for text in items
        ]
        return [OnOnePage(story)]
