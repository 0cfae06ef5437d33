"""A colleague's rights over their data: to see it (access) and to have it erased.

The export holds what the file keeps about the person, but never a confidential
note (those never leave the app) and never what their partner said in an
evaluation. Erasure replaces the person by "erased participant", deletes their
evaluations and the confidential notes of their pairings, takes every form of
their name out of every free-text column of every table, and rewrites the file so
that the name is gone from its bytes.
"""

import contextlib
import datetime as dt
import json
import os
from pathlib import Path

from peewee import CharField
from peewee import TextField
from peewee import fn

from rmentor.models.errors import DomainError
from rmentor.models.programme.entities import ALL_MODELS
from rmentor.models.programme.entities import Enrolment
from rmentor.models.programme.entities import Evaluation
from rmentor.models.programme.entities import Meeting
from rmentor.models.programme.entities import OutcomeItem
from rmentor.models.programme.entities import Pairing
from rmentor.models.programme.entities import Participant
from rmentor.models.programme.entities import ParticipantTheme
from rmentor.models.programme.entities import PrintedScore
from rmentor.models.programme.entities import Programme
from rmentor.models.programme.entities import ReportFigures
from rmentor.models.programme.entities import SentMessage
from rmentor.models.programme.entities import Theme
from rmentor.models.programme.participants import themes_of
from rmentor.models.programme.programmes import theme_key
from rmentor.models.storage import server_undo
from rmentor.models.storage.backups import Backup
from rmentor.models.storage.backups import list_backups
from rmentor.models.storage.backups import make_backup
from rmentor.models.storage.database import db
from rmentor.models.storage.database import fetch_raw
from rmentor.models.storage.database import on_server
from rmentor.models.storage.datafile import current_path
from rmentor.models.storage.datafile import refuse_overwriting
from rmentor.models.storage.server import vacuum_tables
from rmentor.models.text.i18n import QT_TRANSLATE_NOOP
from rmentor.models.text.names import NameFinder
from rmentor.models.text.names import name_forms

ERASED_FIRST, ERASED_LAST = "erased", "participant"
ERASED_TEXT = "erased participant"
ERASED_DOMAIN = "erased.invalid"


def is_erased(person: Participant) -> bool:
    """Someone erased on request: nothing may be written to or stored for them again."""
    return person.email.endswith(f"@{ERASED_DOMAIN}") and person.first_name == ERASED_FIRST


def personal_data(person: Participant) -> dict:
    """Everything the file holds about one person, confidential notes excepted."""
    pairings = Pairing.select().where((Pairing.mentor == person) | (Pairing.mentee == person))
    data = {
        "profile": {
            "first_name": person.first_name,
            "last_name": person.last_name,
            "email": person.email,
            "role": person.role,
            "department": person.department,
            "job_title": person.job_title,
            "level": person.level,
            "manager": person.manager.full_name if person.manager else None,
            "languages": person.language_list,
            "location": person.location,
            "themes": [t.key if t.builtin else t.name for t in themes_of(person)],
            "capacity": person.capacity,
            "active": person.active,
            "consent_date": _iso(person.consent_date),
            "notes": person.notes,
        },
        "programmes": [
            e.programme.name for e in Enrolment.select().where(Enrolment.participant == person)
        ],
        "pairings": [],
        "confidential_notes_kept_in_the_app": 0,
    }
    for pairing in pairings:
        side = "mentor" if pairing.mentor_id == person.id else "mentee"
        partner = pairing.mentee if side == "mentor" else pairing.mentor
        meetings = []
        for m in pairing.meetings.order_by(Meeting.date):
            if m.confidential_note:
                data["confidential_notes_kept_in_the_app"] += 1
            meetings.append(
                {
                    "date": _iso(m.date),
                    "minutes": m.duration_minutes,
                    "format": m.format,
                    "held": m.held,
                    "cancelled_by": m.cancelled_by,
                    "summary": m.summary,
                    "themes": [
                        link.theme.key if link.theme.builtin else link.theme.name
                        for link in m.theme_links
                    ],
                    "outcomes": [
                        {
                            "kind": o.kind,
                            "text": o.text,
                            "owner": o.owner,
                            "status": o.status,
                            "due_date": _iso(o.due_date),
                        }
                        for o in m.outcomes
                    ],
                }
            )
        data["pairings"].append(
            {
                "programme": pairing.programme.name,
                "role": side,
                "partner": partner.full_name,
                "status": pairing.status,
                "start_date": _iso(pairing.start_date),
                "planned_end_date": _iso(pairing.planned_end_date),
                "end_reason": pairing.end_reason,
                "meetings": meetings,
                "own_evaluations": [
                    {
                        "moment": e.moment,
                        "date": _iso(e.date),
                        "useful": e.useful,
                        "learned": e.learned,
                        "recommend": e.recommend,
                        "comment": e.comment,
                    }
                    for e in pairing.evaluations.where(Evaluation.side == side)
                ],
                "emails_written": [
                    {"kind": m.kind, "date": _iso(m.sent_on)}
                    for m in pairing.sent_messages.order_by(SentMessage.sent_on, SentMessage.id)
                ],
            }
        )
    return data


def write_personal_data(person: Participant, path) -> None:
    """Written beside the target and moved in place: whole, or not at all."""
    path = Path(path)
    refuse_overwriting(path)
    tmp = path.with_name(path.name + ".part")
    try:
        with open(tmp, "w", encoding="utf-8") as f:
            json.dump(personal_data(person), f, ensure_ascii=False, indent=2)
        os.replace(tmp, path)
    except OSError:
        with contextlib.suppress(OSError):  # a read-only disk refuses this too
            tmp.unlink(missing_ok=True)
        raise


def _iso(value):
    return value.isoformat() if isinstance(value, dt.date) else value


# Text columns that hold codes or another person's identity, never free text: a name
# in them is not about the erased person (their own row is cleared separately).
NOT_FREE_TEXT = {
    (Theme, "key"),
    (Participant, "first_name"),
    (Participant, "last_name"),
    (Participant, "email"),
    (Participant, "role"),
    (Pairing, "status"),
    (Pairing, "end_reason"),
    (Meeting, "format"),
    (Meeting, "cancelled_by"),
    (OutcomeItem, "kind"),
    (OutcomeItem, "status"),
    (Evaluation, "side"),
    (Evaluation, "moment"),
    (ReportFigures, "figures"),  # numbers the report wrote, never typed by anyone
    (PrintedScore, "cell"),  # which average a report printed: a key, never typed
    (Programme, "form_key"),
    (Programme, "form_secret"),
    (SentMessage, "kind"),
    (SentMessage, "moment"),
}


def free_text_columns() -> list[tuple[type, str]]:
    """Every column where someone may have typed a name: found by walking the schema,
    so a column added later is covered the day it is added."""
    return [
        (model, f.name)
        for model in ALL_MODELS
        for f in model._meta.sorted_fields
        if isinstance(f, CharField | TextField) and (model, f.name) not in NOT_FREE_TEXT
    ]


def _scrub(finder: NameFinder, value) -> str | None:
    """The value without the name, or None when it holds no form of it."""
    if isinstance(value, bytes):  # a BLOB another program left in a text column
        value = value.decode("utf-8", "replace")
    if not isinstance(value, str) or not value:
        return None
    text = value
    if text[:1] in "{[":  # JSON (a match explanation) may hold the name as \u escapes
        try:
            data = json.loads(text)
        except (ValueError, RecursionError):  # not JSON, or too deep: scrubbed as text
            pass
        else:
            try:
                decoded = json.dumps(data, ensure_ascii=False)
                if finder.names(decoded):
                    text = json.dumps(_scrub_json(finder, data), ensure_ascii=False)
            except RecursionError:
                pass
    if finder.names(text):
        text = finder.replace(text, ERASED_TEXT)
    return text if text != value else None


def _scrub_json(finder: NameFinder, data):
    if isinstance(data, str):
        return finder.replace(data, ERASED_TEXT)
    if isinstance(data, list):
        return [_scrub_json(finder, item) for item in data]
    if isinstance(data, dict):
        return {key: _scrub_json(finder, item) for key, item in data.items()}
    return data


def _unique(model, column, text: str, row_id: int) -> str:
    """Two texts that differed only by a name can become one: number the second."""
    if not column.unique:
        return text
    candidate, n = text, 1
    while model.select().where((column == candidate) & (model.id != row_id)).exists():
        n += 1
        candidate = f"{text} ({n})"
    return candidate


def _scrub_everywhere(finder: NameFinder) -> None:
    for model, name in free_text_columns():
        column = getattr(model, name)
        changed = []
        for row_id, value in fetch_raw(model.select(model.id, column)):
            text = _scrub(finder, value)
            if text is not None:
                changed.append((row_id, text))
        for row_id, text in changed:
            model.update({column: _unique(model, column, text, row_id)}).where(
                model.id == row_id
            ).execute()
    # A custom theme's key is made from its name, so it holds the name too.
    for theme in Theme.select().where(Theme.builtin == False):
        key = theme_key(theme.name)
        if theme.key != key and _scrub(finder, theme.key) is not None:
            Theme.update(key=_unique(Theme, Theme.key, key, theme.id)).where(
                Theme.id == theme.id
            ).execute()


def _clear_pair_texts(pairing_ids: list[int]) -> None:
    """What was typed about the pairs the person was in: the summaries and confidential
    notes of their meetings, the texts of what came out of them, the partner's comments,
    the reasons given for the pair. The counts stay (how many meetings, ideas, scores);
    the words, which may describe the person without naming them, go."""
    meetings = Meeting.select(Meeting.id).where(Meeting.pairing.in_(pairing_ids))
    Meeting.update(summary="", confidential_note="").where(
        Meeting.pairing.in_(pairing_ids)
    ).execute()
    OutcomeItem.update(text=ERASED_TEXT, owner="", effect="").where(
        OutcomeItem.meeting.in_(meetings)
    ).execute()
    Evaluation.update(comment="").where(Evaluation.pairing.in_(pairing_ids)).execute()
    Pairing.update(
        end_note="", override_reason="", match_explanation="", evaluation_skip_reason=""
    ).where(Pairing.id.in_(pairing_ids)).execute()


def erase(person: Participant) -> list[Backup]:
    """Erase a person; return the backups that still hold their data (made before)."""
    path = current_path()
    if path is not None:
        make_backup(path, "before-erasure")
    finder = NameFinder(name_forms(person.first_name, person.last_name, person.email))
    pairings = list(Pairing.select().where((Pairing.mentor == person) | (Pairing.mentee == person)))
    ids = [p.id for p in pairings]
    if not on_server():
        db.execute_sql("PRAGMA secure_delete = ON")  # freed pages are zeroed, not left behind
    with db.atomic():
        as_mentor = [p.id for p in pairings if p.mentor_id == person.id]
        as_mentee = [p.id for p in pairings if p.mentee_id == person.id]
        Evaluation.delete().where(
            (Evaluation.pairing.in_(as_mentor) & (Evaluation.side == "mentor"))
            | (Evaluation.pairing.in_(as_mentee) & (Evaluation.side == "mentee"))
        ).execute()
        _clear_pair_texts(ids)
        ParticipantTheme.delete().where(ParticipantTheme.participant == person).execute()
        Participant.update(manager=None).where(Participant.manager == person).execute()
        person.first_name, person.last_name = ERASED_FIRST, ERASED_LAST
        person.email = f"erased-{person.id}@{ERASED_DOMAIN}"
        for name in ("department", "job_title", "languages", "location", "notes"):
            setattr(person, name, "")
        person.level = None
        person.manager = None
        person.active = False
        person.consent_date = None
        person.save()
        _scrub_everywhere(finder)
        if on_server():
            server_undo.forget_contents()  # its change log held the rows as they were
    if on_server():
        vacuum_tables(person.email)  # rewritten: no old row version keeps the name
        return []
    try:
        db.execute_sql("VACUUM")  # rewrite the file: no old page keeps the name
    except DomainError as error:
        raise DomainError(
            QT_TRANSLATE_NOOP(
                "DomainError",
                "The person was erased, but the file could not be rewritten to clear its "
                "old pages ({reason}). Free some disk space and erase again to finish.",
            ),
            reason=error.params.get("reason", ""),
        ) from error
    return list_backups(path) if path else []


def find_by_email(email: str) -> Participant:
    person = Participant.get_or_none(fn.LOWER(Participant.email) == email.strip().lower())
    if person is None:
        raise DomainError(
            QT_TRANSLATE_NOOP("DomainError", "No participant has the e-mail address {email}."),
            email=email,
        )
    return person


def erasure_due(
    programme: Programme, months: int, today: dt.date | None = None
) -> list[Participant]:
    """Participants of a programme that ended more than `months` ago, not yet erased."""
    today = today or dt.date.today()
    limit = programme.end_date + dt.timedelta(days=round(months * 30.44))
    if today < limit:
        return []
    return list(
        Participant.select()
        .join(Enrolment)
        .where((Enrolment.programme == programme) & (Participant.first_name != ERASED_FIRST))
    )
