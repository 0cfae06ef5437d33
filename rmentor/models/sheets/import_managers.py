"""The reporting lines a staff list names: each manager found among the rows or the
people already in the file (by e-mail address or by name), and circles refused, every
problem named by row before anything is written."""

from rmentor.models.programme.entities import Participant
from rmentor.models.programme.entities import person_name
from rmentor.models.sheets.columns import normalise
from rmentor.models.sheets.import_rows import Problem
from rmentor.models.text.i18n import QT_TRANSLATE_NOOP


def manager_loops(people: list[dict]) -> list[Problem]:
    """Every row whose manager is the person, or leads back to them: all of them at once,
    before anything is written (the file's own reporting lines count too)."""
    graph = _file_lines()
    # an empty manager cell leaves the manager in the file as it is
    graph.update({p["email"]: p["manager_email"] for p in people if p["manager_email"]})
    problems = []
    for p in people:
        if not p["manager_email"]:
            continue
        if p["manager_email"] == p["email"]:
            problems.append(
                Problem(
                    p["row"],
                    QT_TRANSLATE_NOOP(
                        "DomainError", "Row {row}: a person cannot be their own manager."
                    ),
                    {"row": p["row"]},
                )
            )
            continue
        seen, current = {p["email"]}, p["manager_email"]
        while current is not None:
            if current in seen:
                problems.append(
                    Problem(
                        p["row"],
                        QT_TRANSLATE_NOOP(
                            "DomainError", "Row {row}: the managers named go round in a circle."
                        ),
                        {"row": p["row"]},
                    )
                )
                break
            seen.add(current)
            current = graph.get(current)
    return problems


def _file_lines() -> dict[str, str | None]:
    """Each person's manager in the file, by e-mail address."""
    emails = dict(Participant.select(Participant.id, Participant.email).tuples())
    return {
        emails[pid]: emails.get(manager)
        for pid, manager in Participant.select(Participant.id, Participant.manager).tuples()
    }


def resolve_managers(
    people: list[dict], skipped: set[str] = frozenset()
) -> tuple[list[Problem], list[Problem]]:
    """Find each manager among the rows or the people already in the file; a manager in
    a row left out leaves the reporting line empty, which is said."""
    by_email = {p["email"]: p for p in people if p["email"]}
    by_name: dict[str, list] = {}
    for p in people:
        by_name.setdefault(normalise(f"{p['first_name']} {p['last_name']}"), []).append(p)
    problems, warnings = [], []
    in_file = None  # the file's people, read once and only for a manager not in the sheet
    for p in people:
        ref = p["manager_ref"]
        p["manager_email"] = None
        if not ref:
            continue
        key = ref.lower()
        if key in skipped or " ".join(key.split()) in skipped:
            warnings.append(
                Problem(
                    p["row"],
                    QT_TRANSLATE_NOOP(
                        "DomainError",
                        "Row {row}: the manager {value} is in a row left out; the reporting "
                        "line stays empty.",
                    ),
                    {"row": p["row"], "value": ref},
                )
            )
            continue
        if key in by_email:
            p["manager_email"] = key
            continue
        named = _named(by_name, ref)
        if len(named) == 1:
            p["manager_email"] = named[0]["email"]
            continue
        if in_file is None:
            in_file = _FileManagers()
        existing = in_file.find(key, None if named else ref)
        if existing is not None:
            p["manager_email"] = existing
            continue
        shared = len(named) > 1 or (not named and len(_named(in_file.by_name, ref)) > 1)
        problems.append(
            Problem(
                p["row"],
                QT_TRANSLATE_NOOP(
                    "DomainError",
                    'Row {row}: more than one person is called "{value}"; name the manager '
                    "by e-mail address.",
                )
                if shared
                else QT_TRANSLATE_NOOP(
                    "DomainError",
                    'Row {row}: the manager "{value}" is not in the sheet or the file.',
                ),
                {"row": p["row"], "value": ref},
            )
        )
    return problems, warnings


def _named(by_name: dict[str, list], ref: str) -> list:
    """Whom a name means: written as it is, or last name first ("Vries, Gerard de", as
    HR systems list people); never by a name of no letters ("—")."""
    keys = {normalise(ref)}
    if "," in ref:
        last, first = ref.split(",", 1)
        keys.add(normalise(f"{first} {last}"))
    found = {id(person): person for key in keys if key for person in by_name.get(key, [])}
    return list(found.values())


class _FileManagers:
    """The people in the file, by e-mail address and by name: a manager named in many
    rows is looked up in them, not the file read again for each row."""

    def __init__(self):
        self.emails: set[str] = set()
        self.by_name: dict[str, list[str]] = {}
        for email, first, last in Participant.select(
            Participant.email, Participant.first_name, Participant.last_name
        ).tuples():
            self.emails.add(email)
            self.by_name.setdefault(normalise(person_name(first, last)), []).append(email)

    def find(self, email: str, name: str | None) -> str | None:
        """The e-mail address of the one person meant: by address, else by a name only
        one person in the file has."""
        if email in self.emails:
            return email
        named = _named(self.by_name, name) if name else []
        return named[0] if len(named) == 1 else None
