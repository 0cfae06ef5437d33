"""What a record looks like now, to tell whether it changed since a form showed it."""

from rmentor.models.errors import DomainError
from rmentor.models.programme.entities import Meeting
from rmentor.models.programme.entities import MeetingTheme
from rmentor.models.programme.entities import OutcomeItem
from rmentor.models.programme.entities import Pairing
from rmentor.models.programme.entities import PairingTheme
from rmentor.models.programme.entities import Participant
from rmentor.models.programme.entities import ParticipantTheme
from rmentor.models.programme.entities import Programme
from rmentor.models.programme.entities import ProgrammeTheme
from rmentor.models.storage.database import fetch_raw
from rmentor.models.storage.database import on_server
from rmentor.models.text.i18n import QT_TRANSLATE_NOOP

# A record and the rows a form edits with it.
PARTS = {
    Participant: ((ParticipantTheme, ParticipantTheme.participant),),
    Meeting: ((OutcomeItem, OutcomeItem.meeting), (MeetingTheme, MeetingTheme.meeting)),
    Programme: ((ProgrammeTheme, ProgrammeTheme.programme),),
    Pairing: ((PairingTheme, PairingTheme.pairing),),
}


def version(record) -> tuple | None:
    """The record's row and its parts' rows as they are in the file; None once deleted."""
    model = type(record)
    row = fetch_raw(model.select().where(model.id == record.id))
    if not row:
        return None
    parts = tuple(
        tuple(sorted(fetch_raw(part.select().where(link == record.id)), key=repr))
        for part, link in PARTS.get(model, ())
    )
    return (row[0], parts)


def check_unchanged(record, seen: tuple | None) -> None:
    """Refuse to save a form over a record that changed, or went, since the form read it
    (`seen`, from version()); saving would silently undo that other change. Each save of
    the domain calls it first; a save not made from a form (seen None) is not checked."""
    if record is None or record.id is None or seen is None:
        return
    now = version(record)
    if now == seen:
        return
    if on_server():
        raise DomainError(
            QT_TRANSLATE_NOOP(
                "DomainError",
                "Someone else changed or deleted this record after you opened the form (or "
                "Undo did). Your changes were not saved, so theirs is not lost: close the "
                "form and open it again to edit the current version.",
            )
        )
    if now is None:
        raise DomainError(
            QT_TRANSLATE_NOOP(
                "DomainError",
                "This record was deleted after you opened the form (by Undo, perhaps). "
                "Your changes were not saved; close the form.",
            )
        )
    raise DomainError(
        QT_TRANSLATE_NOOP(
            "DomainError",
            "This record was changed after you opened the form (by Undo, perhaps). Your "
            "changes were not saved, so the other change is not lost: close the form and "
            "open it again to edit the current version.",
        )
    )
