"""The lists a coordinator exports: participants, pairings, the journal.

Never the confidential note. Headers and labels in the language of the translator
handed in (anything with translate(context, text), label(table, key) and theme(theme)).
"""

from rmentor.models.programme.entities import Pairing
from rmentor.models.programme.entities import PairingTheme
from rmentor.models.programme.entities import Participant
from rmentor.models.programme.entities import Theme
from rmentor.models.programme.journal import meeting_rows
from rmentor.models.programme.journal import outcome_rows
from rmentor.models.programme.journal import pairing_names
from rmentor.models.programme.pairings import pairing_rows
from rmentor.models.programme.participants import enrolled
from rmentor.models.programme.participants import participant_rows
from rmentor.models.text.i18n import QT_TRANSLATE_NOOP
from rmentor.models.text.vocabulary import CANCELLED_BY
from rmentor.models.text.vocabulary import END_REASONS
from rmentor.models.text.vocabulary import FORMATS
from rmentor.models.text.vocabulary import OUTCOME_KINDS
from rmentor.models.text.vocabulary import OUTCOME_STATUSES
from rmentor.models.text.vocabulary import PAIRING_STATUSES
from rmentor.models.text.vocabulary import ROLES

WHAT = ("participants", "pairings", "journal")
CONTEXT = "Export"

# What the import makes of each column of the participants export (None: shown only,
# worked out by rmentor, so there is nothing to import).
IMPORT_FIELDS = {
    "First name": "first_name",
    "Last name": "last_name",
    "E-mail": "email",
    "Role": "role",
    "Department": "department",
    "Job title": "job_title",
    "Level": "level",
    "Manager e-mail": "manager",
    "Languages": "languages",
    "Location": "location",
    "Themes": "themes",
    "Capacity": "capacity",
    "Active": "active",
    "Consent date": "consent_date",
    "Pairing": None,
}

PARTICIPANT_HEADERS = [
    QT_TRANSLATE_NOOP("Export", "First name"),
    QT_TRANSLATE_NOOP("Export", "Last name"),
    QT_TRANSLATE_NOOP("Export", "E-mail"),
    QT_TRANSLATE_NOOP("Export", "Role"),
    QT_TRANSLATE_NOOP("Export", "Department"),
    QT_TRANSLATE_NOOP("Export", "Job title"),
    QT_TRANSLATE_NOOP("Export", "Level"),
    QT_TRANSLATE_NOOP("Export", "Manager e-mail"),
    QT_TRANSLATE_NOOP("Export", "Languages"),
    QT_TRANSLATE_NOOP("Export", "Location"),
    QT_TRANSLATE_NOOP("Export", "Themes"),
    QT_TRANSLATE_NOOP("Export", "Capacity"),
    QT_TRANSLATE_NOOP("Export", "Active"),
    QT_TRANSLATE_NOOP("Export", "Consent date"),
    QT_TRANSLATE_NOOP("Export", "Pairing"),
]
PAIRING_HEADERS = [
    QT_TRANSLATE_NOOP("Export", "Mentor"),
    QT_TRANSLATE_NOOP("Export", "Mentor e-mail"),
    QT_TRANSLATE_NOOP("Export", "Mentor department"),
    QT_TRANSLATE_NOOP("Export", "Mentee"),
    QT_TRANSLATE_NOOP("Export", "Mentee e-mail"),
    QT_TRANSLATE_NOOP("Export", "Mentee department"),
    QT_TRANSLATE_NOOP("Export", "Status"),
    QT_TRANSLATE_NOOP("Export", "Start"),
    QT_TRANSLATE_NOOP("Export", "Planned end"),
    QT_TRANSLATE_NOOP("Export", "Meetings held"),
    QT_TRANSLATE_NOOP("Export", "Last meeting"),
    QT_TRANSLATE_NOOP("Export", "Agreed themes"),
    QT_TRANSLATE_NOOP("Export", "End reason"),
]
JOURNAL_HEADERS = [
    QT_TRANSLATE_NOOP("Export", "Date"),
    QT_TRANSLATE_NOOP("Export", "Pairing"),
    QT_TRANSLATE_NOOP("Export", "Minutes"),
    QT_TRANSLATE_NOOP("Export", "Format"),
    QT_TRANSLATE_NOOP("Export", "Held"),
    QT_TRANSLATE_NOOP("Export", "Themes"),
    QT_TRANSLATE_NOOP("Export", "Shareable summary"),
    QT_TRANSLATE_NOOP("Export", "Outcomes"),
]
PAIRING_STATE = {
    "unpaired": QT_TRANSLATE_NOOP("Export", "unpaired"),
    "proposed": QT_TRANSLATE_NOOP("Export", "proposed"),
    "paired": QT_TRANSLATE_NOOP("Export", "paired"),
}


def export_table(programme, what: str, tr) -> tuple[list[str], list[list]]:
    builder = {"participants": _participants, "pairings": _pairings, "journal": _journal}[what]
    headers, rows = builder(programme, tr)
    return [tr.translate(CONTEXT, h) for h in headers], rows


def _theme_names(tr) -> dict[int, str]:
    return {t.id: tr.theme(t) for t in Theme.select()}


def _participants(programme, tr):
    names = _theme_names(tr)
    people = {p.id: p for p in enrolled(programme)}
    managers = dict(Participant.select(Participant.id, Participant.email).tuples())
    yes, no = tr.translate("Export", "yes"), tr.translate("Export", "no")
    rows = []
    for r in participant_rows(programme):
        person = people[r.id]
        rows.append(
            [
                r.first_name,
                r.last_name,
                r.email,
                tr.label(ROLES, r.role),
                r.department,
                r.job_title,
                r.level,
                managers.get(person.manager_id, ""),
                r.languages,
                r.location,
                ", ".join(names[t] for t in r.theme_ids),
                person.capacity,
                yes if r.active else no,
                person.consent_date,
                tr.translate(CONTEXT, PAIRING_STATE[r.pairing_status]),
            ]
        )
    return PARTICIPANT_HEADERS, rows


def _pairings(programme, tr):
    names = _theme_names(tr)
    emails = dict(Participant.select(Participant.id, Participant.email).tuples())
    themes: dict[int, list[str]] = {}
    for pid, tid in (
        PairingTheme.select(PairingTheme.pairing, PairingTheme.theme)
        .join(Pairing)
        .where(Pairing.programme == programme)
        .order_by(PairingTheme.id)
        .tuples()
    ):
        themes.setdefault(pid, []).append(names[tid])
    rows = [
        [
            r.mentor_name,
            emails[r.mentor_id],
            r.mentor_department,
            r.mentee_name,
            emails[r.mentee_id],
            r.mentee_department,
            tr.label(PAIRING_STATUSES, r.status),
            r.start_date,
            r.planned_end_date,
            r.held,
            r.last_meeting,
            ", ".join(themes.get(r.id, [])),
            tr.label(END_REASONS, r.end_reason),
        ]
        for r in sorted(pairing_rows(programme), key=lambda r: r.mentee_name)
    ]
    return PAIRING_HEADERS, rows


def _journal(programme, tr):
    names = _theme_names(tr)
    pairs = pairing_names(programme)
    outcomes: dict[int, list[str]] = {}
    for o in outcome_rows(programme):
        outcomes.setdefault(o.meeting_id, []).append(
            f"{tr.label(OUTCOME_KINDS, o.kind)}: {o.text} ({tr.label(OUTCOME_STATUSES, o.status)})"
        )
    held = tr.translate("Export", "held")
    rows = []
    for m in meeting_rows(programme, newest_first=True):
        state = (
            held
            if m.held
            else tr.translate("Export", "cancelled by {who}").format(
                who=tr.label(CANCELLED_BY, m.cancelled_by)
            )
        )
        rows.append(
            [
                m.date,
                pairs.get(m.pairing_id, ""),
                m.duration_minutes,
                tr.label(FORMATS, m.format),
                state,
                ", ".join(names[t] for t in m.themes()),
                m.summary,
                "; ".join(outcomes.get(m.id, [])),
            ]
        )
    return JOURNAL_HEADERS, rows
