"""After everyone in a list is written: the themes the list names for them and their
reporting lines, each written only where it changes."""

from peewee import chunked

from rmentor.models.errors import DomainError
from rmentor.models.programme.entities import Participant
from rmentor.models.programme.entities import ParticipantTheme
from rmentor.models.programme.programmes import get_or_add_theme
from rmentor.models.text.i18n import QT_TRANSLATE_NOOP

STEP_ROWS = 300  # rows written between two looks at going_on: 0.05 s or so


def ids_by_email(emails: list[str]) -> dict[str, int]:
    found = {}
    for batch in chunked(emails, 500):
        found.update(
            Participant.select(Participant.email, Participant.id)
            .where(Participant.email.in_(batch))
            .tuples()
        )
    return found


def write_themes(people: list[dict], ids: dict[str, int], going) -> set[int]:
    """The themes named in the sheet replace a person's themes; no themes: left as they
    were. going() is asked between batches. Returns whose themes changed."""
    named = [p for p in people if p["themes"]]
    names = dict.fromkeys(name for p in named for name in p["themes"])  # each looked up once
    themes = {name: get_or_add_theme(name).id for name in names}
    wanted = {ids[p["email"]]: {themes[name] for name in p["themes"]} for p in named}
    held: dict[int, set[int]] = {}
    for batch in chunked(list(wanted), 500):
        query = ParticipantTheme.select(ParticipantTheme.participant, ParticipantTheme.theme)
        for pid, theme in query.where(ParticipantTheme.participant.in_(batch)).tuples():
            held.setdefault(pid, set()).add(theme)
    changed = {pid for pid, kept in wanted.items() if held.get(pid, set()) != kept}
    going()
    for batch in chunked(sorted(changed), 500):
        going()
        ParticipantTheme.delete().where(ParticipantTheme.participant.in_(batch)).execute()
    links = sorted((pid, theme) for pid in changed for theme in wanted[pid])
    for batch in chunked(links, 500):
        going()
        ParticipantTheme.insert_many(
            batch, fields=[ParticipantTheme.participant, ParticipantTheme.theme]
        ).execute()
    return changed


def write_managers(people: list[dict], ids: dict[str, int], going) -> set[int]:
    """The reporting lines the sheet names, refusing a circle; returns whose changed."""
    # the managers who are only in the file, read at once (not one query a row)
    named = {p["manager_email"] for p in people if p["manager_email"]}
    ids = {**ids_by_email(sorted(named - ids.keys())), **ids}
    wanted = {}
    for p in people:
        if p["manager_email"]:
            manager = ids.get(p["manager_email"])
            if manager is None:  # gone since the sheet was checked: a colleague, on a server
                raise DomainError(
                    QT_TRANSLATE_NOOP(
                        "DomainError",
                        "Row {row}: the manager {value} is no longer in the file. Nothing "
                        "was imported; check the sheet again.",
                    ),
                    row=p["row"],
                    value=p["manager_ref"],
                )
            if manager == ids[p["email"]]:
                raise DomainError(
                    QT_TRANSLATE_NOOP(
                        "DomainError", "Row {row}: a person cannot be their own manager."
                    ),
                    row=p["row"],
                )
            wanted[ids[p["email"]]] = (manager, p["row"])
    held = dict(Participant.select(Participant.id, Participant.manager).tuples())
    graph = {**held, **{pid: manager for pid, (manager, _row) in wanted.items()}}
    going()
    for done, (pid, (_manager, row)) in enumerate(wanted.items()):
        if done % STEP_ROWS == 0:
            going()
        seen, current = {pid}, graph.get(pid)
        while current is not None:
            if current in seen:
                raise DomainError(
                    QT_TRANSLATE_NOOP(
                        "DomainError", "Row {row}: the managers named go round in a circle."
                    ),
                    row=row,
                )
            seen.add(current)
            current = graph.get(current)
    by_manager: dict[int, list[int]] = {}
    for pid, (manager, _row) in wanted.items():
        if held.get(pid) != manager:  # the line as it is: not written again
            by_manager.setdefault(manager, []).append(pid)
    for manager, pids in by_manager.items():
        for batch in chunked(pids, 500):
            going()
            Participant.update(manager=manager).where(Participant.id.in_(batch)).execute()
    return {pid for pids in by_manager.values() for pid in pids}
