"""A colleague's rights over their data: to see it (access) and to have it erased.

The export holds what the file keeps about the person, but never a confidential
note (those never leave the app). Erasure replaces the person by "erased
participant", deletes their evaluations and the confidential notes of their
pairings, and rewrites the file so that the name is gone from its bytes.
"""

import datetime as dt
import json
import re

from .backups import Backup, list_backups, make_backup
from .database import db
from .datafile import current_path
from .entities import (
    Enrolment,
    Evaluation,
    Meeting,
    OutcomeItem,
    Pairing,
    Participant,
    ParticipantTheme,
    Programme,
)
from .participants import themes_of

ERASED_FIRST, ERASED_LAST = "erased", "participant"
ERASED_TEXT = "erased participant"


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
            }
        )
    return data


def write_personal_data(person: Participant, path) -> None:
    with open(path, "w", encoding="utf-8") as f:
        json.dump(personal_data(person), f, ensure_ascii=False, indent=2)


def _iso(value):
    return value.isoformat() if isinstance(value, dt.date) else value


def _scrub(text: str, names: list[str]) -> str:
    for name in sorted(names, key=len, reverse=True):
        if len(name) >= 3:
            text = re.sub(re.escape(name), ERASED_TEXT, text, flags=re.IGNORECASE)
    return text


def erase(person: Participant) -> list[Backup]:
    """Erase a person; return the backups that still hold their data (made before)."""
    path = current_path()
    if path is not None:
        make_backup(path, "before-erasure")
    names = [person.full_name, person.last_name, person.email]
    if len(person.first_name) >= 4:
        names.append(person.first_name)
    pairings = list(Pairing.select().where((Pairing.mentor == person) | (Pairing.mentee == person)))
    ids = [p.id for p in pairings]
    db.execute_sql("PRAGMA secure_delete = ON")  # freed pages are zeroed, not left behind
    with db.atomic():
        as_mentor = [p.id for p in pairings if p.mentor_id == person.id]
        as_mentee = [p.id for p in pairings if p.mentee_id == person.id]
        Evaluation.delete().where(
            (Evaluation.pairing.in_(as_mentor) & (Evaluation.side == "mentor"))
            | (Evaluation.pairing.in_(as_mentee) & (Evaluation.side == "mentee"))
        ).execute()
        for meeting in Meeting.select().where(Meeting.pairing.in_(ids)):
            meeting.confidential_note = ""
            meeting.summary = _scrub(meeting.summary, names)
            meeting.save()
        for item in OutcomeItem.select().join(Meeting).where(Meeting.pairing.in_(ids)):
            item.text = _scrub(item.text, names)
            item.owner = _scrub(item.owner, names)
            item.save()
        for pairing in pairings:
            pairing.end_note = _scrub(pairing.end_note, names)
            pairing.override_reason = _scrub(pairing.override_reason, names)
            pairing.save()
        for programme in Programme.select():
            programme.sponsor = _scrub(programme.sponsor, names)
            programme.description = _scrub(programme.description, names)
            programme.save()
        ParticipantTheme.delete().where(ParticipantTheme.participant == person).execute()
        Participant.update(manager=None).where(Participant.manager == person).execute()
        person.first_name, person.last_name = ERASED_FIRST, ERASED_LAST
        person.email = f"erased-{person.id}@erased.invalid"
        for name in ("department", "job_title", "languages", "location", "notes"):
            setattr(person, name, "")
        person.level = None
        person.manager = None
        person.active = False
        person.consent_date = None
        person.save()
    db.execute_sql("VACUUM")  # rewrite the file: no old page keeps the name
    return list_backups(path) if path else []


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
