"""What explains the pairings selected in the pairings tab: for one, its status, themes,
the rule overridden, why it was suggested, the e-mails written and each person's earlier
partners; for several, how many there are of each status."""

import html

from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QTextBrowser

from rmentor.models.programme import pairings
from rmentor.models.programme.entities import Pairing
from rmentor.models.programme.entities import SentMessage
from rmentor.models.programme.points import load_points
from rmentor.models.text.vocabulary import END_REASONS
from rmentor.models.text.vocabulary import MAIL_KINDS
from rmentor.models.text.vocabulary import PAIRING_STATUSES
from rmentor.ui.common.labels import domain_text
from rmentor.ui.common.labels import format_date
from rmentor.ui.common.labels import label
from rmentor.ui.common.labels import theme_label


class PairingDetails(QTextBrowser):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("pairing_details")
        self.setOpenLinks(False)

    def show_many(self, rows) -> None:
        self.setHtml(self.many_html(rows))

    def show_one(self, row, total: int = 0) -> None:
        """A pairing's details; with none picked, what to do (none made yet: how)."""
        if row:
            self.setHtml(self.one_html(row))
            return
        hint = (
            self.tr("Pick a pairing to see how it was made and how it goes.")
            if total
            else self.tr(
                "No pairings yet. Suggest pairings… proposes pairs from the people waiting, "
                "each with its reasons; New pairing… makes one by hand."
            )
        )
        self.setHtml(f"<p style='color: #555555'>{html.escape(hint)}</p>")

    def many_html(self, rows) -> str:
        counts: dict[str, int] = {}
        for each in rows:
            counts[each.status] = counts.get(each.status, 0) + 1
        title = self.tr("%Ln pairings selected", "", len(rows))
        hint = self.tr(
            "Activate, pause, resume, complete and reopen act on each selected pairing whose "
            "status allows it, as one step you can undo."
        )
        lines = "<br>".join(
            html.escape(f"{label(PAIRING_STATUSES, key)}: {QLocale().toString(n)}")
            for key, n in counts.items()
        )
        return f"<h3>{html.escape(title)}</h3><p>{lines}</p><p>{html.escape(hint)}</p>"

    def one_html(self, row) -> str:
        pairing = Pairing.get_or_none(Pairing.id == row.id)
        if pairing is None:  # deleted outside this window; the next reload drops it
            return ""
        e = html.escape
        ground_rules = self.tr("Ground rules agreed")
        overridden = self.tr("Rule overridden, because")
        suggested = self.tr("Suggested with score %1")
        earlier_title = self.tr("Earlier partners of %1")
        parts = [
            f"<h3>{e(row.mentor_name)} → {e(row.mentee_name)}</h3>",
            f"<p>{e(label(PAIRING_STATUSES, row.status))}",
        ]
        if row.end_reason:
            parts.append(" – " + e(label(END_REASONS, row.end_reason)))
            if pairing.end_note:
                parts.append(f": {e(pairing.end_note)}")
        parts.append("</p>")
        themes = [theme_label(link.theme) for link in pairing.theme_links]
        if themes:
            title = self.tr("Agreed themes")  # outside f-strings, or lupdate misses them
            parts.append(f"<p><b>{e(title)}:</b> {e(', '.join(themes))}</p>")
        if pairing.ground_rules_date:
            parts.append(
                f"<p><b>{e(ground_rules)}:</b> {e(format_date(pairing.ground_rules_date))}</p>"
            )
        if pairing.override_reason:
            parts.append(f"<p><b>{e(overridden)}:</b> {e(pairing.override_reason)}</p>")
        if pairing.match_score is not None:
            reasons, concerns = load_points(pairing.match_explanation)
            parts.append(f"<p><b>{e(suggested.replace('%1', str(pairing.match_score)))}</b><br>")
            parts.append("<br>".join(f"✔ {e(domain_text(r))}" for r in reasons))
            if concerns:
                parts.append("<br>" + "<br>".join(f"⚠ {e(domain_text(c))}" for c in concerns))
            parts.append("</p>")
        sent = [
            (m.kind, m.sent_on)
            for m in pairing.sent_messages.order_by(SentMessage.sent_on, SentMessage.id)
        ]
        if sent:
            title = self.tr("E-mails written")
            written = ", ".join(  # an invitation written twice in a day is one line
                dict.fromkeys(f"{label(MAIL_KINDS, k)} ({format_date(d)})" for k, d in sent)
            )
            parts.append(f"<p><b>{e(title)}:</b> {e(written)}</p>")
        for person_id, name in ((row.mentor_id, row.mentor_name), (row.mentee_id, row.mentee_name)):
            person = pairing.mentor if person_id == pairing.mentor_id else pairing.mentee
            earlier = [
                (p, partner)
                for p, partner in pairings.partner_history(person)
                if p.id != pairing.id
            ]
            parts.append(f"<p><b>{e(earlier_title.replace('%1', name))}:</b><br>")
            if not earlier:
                parts.append(e(self.tr("none")))
            parts.append(
                "<br>".join(
                    f"{e(partner.full_name)} ({e(p.programme.name)}, "
                    f"{e(label(PAIRING_STATUSES, p.status))})"
                    for p, partner in earlier
                )
            )
            parts.append("</p>")
        return "".join(parts)
