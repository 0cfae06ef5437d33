"""Importing participants from a staff list: all rows or none.

The columns are recognised by their header in Dutch or English; every problem is
found and named by row before anything is written; people already in the file are
updated by e-mail, never duplicated; managers may be named in any row.
"""

import datetime as dt
import re
import unicodedata
from dataclasses import dataclass, field

from peewee import chunked

from rmentor.models.errors import DomainError
from rmentor.models.programme.entities import (
    Enrolment,
    Pairing,
    Participant,
    ParticipantTheme,
    Programme,
)
from rmentor.models.programme.programmes import get_or_add_theme
from rmentor.models.programme.validation import EMAIL_RE
from rmentor.models.sheets.import_choices import (
    DAY_FIRST,
    FROM_COLUMN,
    MONTH_FIRST,
    ImportChoices,
    ambiguous,
    birth_year,
    column_order,
    parse_date,
)
from rmentor.models.sheets.sheet_files import MAX_CELL, Sheet, unsafe_text
from rmentor.models.storage.backups import make_backup
from rmentor.models.storage.database import db
from rmentor.models.storage.datafile import current_path
from rmentor.models.text.i18n import QT_TRANSLATE_NOOP
from rmentor.models.text.languages import language_key, language_name, split_languages
from rmentor.models.text.wording import Term, render

# Normalised header -> field. Normalising drops case, accents, spaces and punctuation.
HEADERS = {
    "voornaam": "first_name",
    "firstname": "first_name",
    "roepnaam": "first_name",
    "givenname": "first_name",
    "tussenvoegsel": "prefix",
    "tussenvoegsels": "prefix",
    "prefix": "prefix",
    "achternaam": "last_name",
    "lastname": "last_name",
    "surname": "last_name",
    "familienaam": "last_name",
    "familyname": "last_name",
    "naam": "name",
    "name": "name",
    "volledigenaam": "name",
    "fullname": "name",
    "email": "email",
    "emailadres": "email",
    "emailaddress": "email",
    "mail": "email",
    "rol": "role",
    "role": "role",
    "afdeling": "department",
    "department": "department",
    "dept": "department",
    "functie": "job_title",
    "jobtitle": "job_title",
    "functietitel": "job_title",
    "title": "job_title",
    "niveau": "level",
    "level": "level",
    "leidinggevende": "manager",
    "manager": "manager",
    "leidinggevendeemail": "manager",
    "manageremail": "manager",
    "talen": "languages",
    "languages": "languages",
    "taal": "languages",
    "language": "languages",
    "locatie": "location",
    "vestiging": "location",
    "location": "location",
    "site": "location",
    "themas": "themes",
    "themes": "themes",
    "thema": "themes",
    "theme": "themes",
    "onderwerpen": "themes",
    "interesses": "themes",
    "interests": "themes",
    "capaciteit": "capacity",
    "capacity": "capacity",
    "toestemming": "consent_date",
    "consent": "consent_date",
    "consentdate": "consent_date",
    "datumtoestemming": "consent_date",
    # read for a rule that gives the roles, never kept: the programme needs no birth dates
    "geboortejaar": "birth_year",
    "birthyear": "birth_year",
    "yearofbirth": "birth_year",
    "leeftijd": "age",
    "age": "age",
    "geboortedatum": "birth_date",
    "birthdate": "birth_date",
    "dateofbirth": "birth_date",
}
DATE_COLUMNS = ("consent_date", "birth_date")
UNDECIDED = "undecided"  # a date column whose order the coordinator has not chosen yet
ROLE_WORDS = {"mentor": "mentor", "junior": "mentor", "mentee": "mentee", "senior": "mentee"}


def normalise(text: str) -> str:
    plain = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]", "", plain.lower())


DERIVED = "derived"  # a column of our own export that rmentor works out: not imported
ACTIVE_WORDS = {"yes": True, "ja": True, "true": True, "1": True}
ACTIVE_WORDS |= {"no": False, "nee": False, "false": False, "0": False}


def detect_mapping(
    headers: list[str], aliases: dict[str, str | None] | None = None
) -> list[str | None]:
    """The field each column holds, or None for a column that is ignored; `aliases` are
    our own export's headers (translator.header_aliases)."""
    known = dict(HEADERS)
    for header, target in (aliases or {}).items():
        known.setdefault(normalise(header), target or DERIVED)
    mapping, seen = [], set()
    for header in headers:
        found = known.get(normalise(header))
        mapping.append(found if found not in seen else None)
        seen.add(found)
    return mapping


PREFIX_WORDS = {
    "van",
    "de",
    "der",
    "den",
    "het",
    "ten",
    "ter",
    "te",
    "in",
    "'t",
    "von",
    "le",
    "la",
    "du",
    "op",
}


def split_name(full: str) -> tuple[str, str]:
    """ "Anaïs van der Berg" -> ("Anaïs", "van der Berg"); "Berg, Anaïs van der" too."""
    full = " ".join(full.split())
    if "," in full:
        last, first = (part.strip() for part in full.split(",", 1))
        words = first.split()
        prefix = []
        while len(words) > 1 and words[-1].lower() in PREFIX_WORDS:
            prefix.insert(0, words.pop())
        return " ".join(words), " ".join([*prefix, last])
    words = full.split()
    if len(words) < 2:
        return full, ""
    for i in range(1, len(words) - 1):
        if words[i].lower() in PREFIX_WORDS:
            return " ".join(words[:i]), " ".join(words[i:])
    return " ".join(words[:-1]), words[-1]


@dataclass
class Problem:
    row: int  # 0: the sheet as a whole
    message: str
    params: dict = field(default_factory=dict)

    def text(self, face=None) -> str:
        """Worded for a reader (wording.render); English without a face."""
        return render(self.message, self.params, face)


@dataclass
class ImportPlan:
    people: list[dict]  # save_participant fields plus "row", "themes", "manager_ref"
    problems: list[Problem]
    ignored_columns: list[str]
    columns: frozenset = frozenset()  # the fields the sheet has a column for
    warnings: list[Problem] = field(default_factory=list)  # said, but no reason to stop
    merges: dict[str, list[str]] = field(default_factory=dict)  # department -> spellings
    ambiguous_dates: list[tuple[str, str]] = field(default_factory=list)  # header, example
    skipped: list[int] = field(default_factory=list)  # rows left out on purpose

    @property
    def ok(self) -> bool:
        return not self.problems

    @property
    def problem_rows(self) -> list[int]:
        """The rows that have a problem of their own (and could be left out)."""
        return sorted({p.row for p in self.problems if p.row})

    @property
    def sheet_problems(self) -> list[Problem]:
        """Problems of the sheet as a whole: leaving rows out does not solve them."""
        return [p for p in self.problems if not p.row]


def plan_import(
    sheet: Sheet,
    mapping: list[str | None] | None = None,
    theme_aliases: dict[str, str] | None = None,
    header_aliases: dict[str, str | None] | None = None,
    choices: ImportChoices | None = None,
) -> ImportPlan:
    """Read every row into participant fields and list every problem; writes nothing.
    `choices` say what the sheet does not: the roles' rule, the date order, the rows
    left out on purpose (models.sheets.import_choices)."""
    choices = choices or ImportChoices()
    mapping = mapping if mapping is not None else detect_mapping(sheet.headers, header_aliases)
    aliases = {normalise(k): v for k, v in (theme_aliases or {}).items()}
    ignored = [h for h, f in zip(sheet.headers, mapping, strict=True) if f is None and h]
    mapping = [None if f == DERIVED else f for f in mapping]
    problems: list[Problem] = []
    has = set(mapping)
    missing = {
        "last_name": QT_TRANSLATE_NOOP(
            "DomainError", "The sheet has no column for the last name (achternaam)."
        ),
        "first_name": QT_TRANSLATE_NOOP(
            "DomainError", "The sheet has no column for the first name (voornaam)."
        ),
        "email": QT_TRANSLATE_NOOP(
            "DomainError", "The sheet has no column for the e-mail address."
        ),
    }
    for needed, message in missing.items():
        if needed not in has and not (needed in ("first_name", "last_name") and "name" in has):
            problems.append(Problem(0, message))
    if problems:
        return ImportPlan([], problems, ignored)
    if not sheet.rows:
        return ImportPlan(
            [],
            [
                Problem(
                    0,
                    QT_TRANSLATE_NOOP(
                        "DomainError", "The sheet has a header row but no people in it."
                    ),
                )
            ],
            ignored,
        )

    rows = [(n, cells) for n, cells in sheet.rows if n not in choices.skip]
    skipped = [n for n, _cells in sheet.rows if n in choices.skip]
    orders, ambiguous_dates = {}, []
    for name in DATE_COLUMNS:
        if name not in has:
            continue
        column = mapping.index(name)
        values = [cells[column] for _n, cells in rows]
        orders[name] = column_order(values)
        example = ambiguous(values)
        if orders[name] == "both" and choices.date_order is None:
            # some rows only read day-first, others only month-first: say so, and let the
            # coordinator choose (the rows that do not read that way are named then)
            problems.append(
                Problem(
                    0,
                    QT_TRANSLATE_NOOP(
                        "DomainError",
                        'The column "{column}" holds dates written day-first and dates '
                        "written month-first. Choose how to read them under Dates "
                        "(--date-order on the command line); the rows that do not read that "
                        "way are then listed.",
                    ),
                    {"column": sheet.headers[column]},
                )
            )
        elif orders[name] is None and example and choices.date_order is None:
            ambiguous_dates.append((sheet.headers[column], example))
        if orders[name] == "both" and choices.date_order is None:
            orders[name] = UNDECIDED  # no row is read until the coordinator chooses
        elif orders[name] in (None, "both"):
            orders[name] = choices.date_order or DAY_FIRST
    for header, example in ambiguous_dates:
        problems.append(
            Problem(
                0,
                QT_TRANSLATE_NOOP(
                    "DomainError",
                    'The dates in the column "{column}" can be read day-first or month-first: '
                    "{example} is {day_first} or {month_first} (day, month, year). Choose how "
                    "under Dates (--date-order on the command line).",
                ),
                {
                    "column": header,
                    "example": example,
                    "day_first": parse_date(example, DAY_FIRST),
                    "month_first": parse_date(example, MONTH_FIRST),
                },
            )
        )
    in_file = dict(Participant.select(Participant.email, Participant.role).tuples())
    open_roles = _open_roles()
    if "role" not in has and choices.rule.kind == FROM_COLUMN:
        new_without_role = [
            n
            for n, cells in rows
            if n not in choices.roles
            and ("email" not in has or cells[mapping.index("email")].strip().lower() not in in_file)
        ]
        if new_without_role:  # one line, not one a row: it is the sheet's, not the rows'
            problems.append(
                Problem(
                    0,
                    QT_TRANSLATE_NOOP(
                        "DomainError",
                        "The sheet has no role column: choose a rule under Roles (on the "
                        "command line --role or --mentors-born-from), or set the roles in "
                        "the preview's Role column. Rows without a role: {n}.",
                    ),
                    {"n": len(new_without_role)},
                )
            )
    people, seen_email = [], {}
    for number, cells in rows:
        raw = {f: unsafe_text(c) for f, c in zip(mapping, cells, strict=True) if f}
        row_problems = _cell_problems(number, raw, sheet.headers, mapping)
        raw = {f: _clean(c) for f, c in raw.items()}
        person, person_problems = _person(
            number, raw, aliases, choices, orders, "role" in has, in_file, open_roles
        )
        row_problems += person_problems
        email = person.get("email")
        if email and email in seen_email:
            row_problems.append(
                Problem(
                    number,
                    QT_TRANSLATE_NOOP(
                        "DomainError",
                        "Row {row}: {email} is also the e-mail address in row {other}.",
                    ),
                    {"row": number, "email": email, "other": seen_email[email]},
                )
            )
        elif email:
            seen_email[email] = number
        problems += row_problems
        people.append(person)
    skipped_emails = {
        cells[mapping.index(f)].strip().lower()
        for n, cells in sheet.rows
        if n in choices.skip
        for f in ("email",)
        if f in has
    } | {
        " ".join(
            " ".join(
                cells[mapping.index(f)] for f in ("first_name", "prefix", "last_name") if f in has
            ).split()
        ).lower()
        for n, cells in sheet.rows
        if n in choices.skip and "last_name" in has
    }
    warnings = _languages(people, choices.language)
    manager_problems, manager_warnings = _resolve_managers(people, skipped_emails)
    problems += manager_problems
    warnings += manager_warnings
    problems += _manager_loops(people)
    merges = _merge_departments(people)
    columns = {f for f in mapping if f and f not in BIRTH_FIELDS} | (
        {"first_name", "last_name"} if "name" in mapping else set()
    )
    # a rule gives roles to everyone: the file's roles are replaced as a role column would
    if choices.rule.kind != FROM_COLUMN or choices.roles:
        columns.add("role")
    return ImportPlan(
        people,
        sorted(problems, key=lambda p: p.row),
        ignored,
        frozenset(columns),
        warnings,
        merges,
        ambiguous_dates,
        skipped,
    )


BIRTH_FIELDS = ("birth_year", "age", "birth_date")


def _languages(people: list[dict], language: str) -> list[Problem]:
    """Each known language by its one name; an unknown or empty one is said, not refused."""
    warnings = []
    for person in people:
        names, unknown = [], []
        for text in person["languages"]:
            code = language_key(text)
            if code is None:
                unknown.append(text)
                names.append(text)
            else:
                names.append(language_name(code, language))
        person["languages"] = list(dict.fromkeys(names))
        if unknown:
            warnings.append(
                Problem(
                    person["row"],
                    QT_TRANSLATE_NOOP(
                        "DomainError",
                        'Row {row}: "{value}" is not a language rmentor knows; it is kept as '
                        "written, and only someone with the same spelling shares it.",
                    ),
                    {"row": person["row"], "value": ", ".join(unknown)},
                )
            )
        elif not names:
            warnings.append(
                Problem(
                    person["row"],
                    QT_TRANSLATE_NOOP(
                        "DomainError",
                        "Row {row}: no language; suggestions need a shared language, so "
                        "add one later in the participant's form.",
                    ),
                    {"row": person["row"]},
                )
            )
    return warnings


def _merge_departments(people: list[dict]) -> dict[str, list[str]]:
    """One spelling per department, whatever its case, spaces or accents: the file's own
    spelling first, else the first in the sheet. Returns the merges made."""
    kept = {}
    for (department,) in Participant.select(Participant.department).distinct().tuples():
        if department.strip():
            kept.setdefault(normalise(department), department.strip())
    merges: dict[str, list[str]] = {}
    for person in people:
        written = " ".join(person["department"].split())
        if not written:
            continue
        spelling = kept.setdefault(normalise(written), written)
        if spelling != written and written not in merges.setdefault(spelling, []):
            merges[spelling].append(written)
        person["department"] = spelling
    return {k: v for k, v in merges.items() if v}


# Control characters and invisible format characters (a BOM, a zero-width space) that
# end up in cells copied from other programs; tab and line breaks are allowed.
_INVISIBLE = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\u200b-\u200f\u2060\ufeff]")


def _clean(text: str) -> str:
    return _INVISIBLE.sub("", text)


def _cell_problems(number: int, raw: dict, headers: list[str], mapping) -> list[Problem]:
    problems = []
    header_of = {f: h for h, f in zip(headers, mapping, strict=True) if f}
    for name, text in raw.items():
        if len(text) > MAX_CELL:
            problems.append(
                Problem(
                    number,
                    QT_TRANSLATE_NOOP(
                        "DomainError",
                        'Row {row}: the cell in column "{column}" holds {length} characters; '
                        "more than {limit} is not a staff list's.",
                    ),
                    {
                        "row": number,
                        "column": header_of[name],
                        "length": len(text),
                        "limit": MAX_CELL,
                    },
                )
            )
        elif name in ("email", "manager") and _INVISIBLE.search(text):
            problems.append(
                Problem(
                    number,
                    QT_TRANSLATE_NOOP(
                        "DomainError",
                        'Row {row}: the column "{column}" holds an invisible control '
                        "character (copied from another program?); type the address again.",
                    ),
                    {"row": number, "column": header_of[name]},
                )
            )
    return problems


def _manager_loops(people: list[dict]) -> list[Problem]:
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


def _person(
    number: int,
    raw: dict,
    aliases: dict,
    choices: ImportChoices,
    orders: dict,
    role_column: bool,
    in_file: dict,
    open_roles: dict,
) -> tuple[dict, list[Problem]]:
    problems = []

    def problem(message, **params):
        for key, value in params.items():  # a pasted novel is named, not repeated
            if isinstance(value, str) and len(value) > 60:
                params[key] = value[:59] + "…"
        problems.append(Problem(number, message, {"row": number, **params}))

    first, last = raw.get("first_name", ""), raw.get("last_name", "")
    if raw.get("name") and not (first and last):
        first, last = split_name(raw["name"])
    if raw.get("prefix"):
        last = f"{raw['prefix']} {last}".strip()
    person = {
        "row": number,
        "first_name": first,
        "last_name": last,
        "email": raw.get("email", "").strip().lower(),
    }
    if not first:
        problem(QT_TRANSLATE_NOOP("DomainError", "Row {row}: the first name is missing."))
    if not last:
        problem(QT_TRANSLATE_NOOP("DomainError", "Row {row}: the last name is missing."))
    if not person["email"]:
        problem(QT_TRANSLATE_NOOP("DomainError", "Row {row}: the e-mail address is missing."))
    elif not EMAIL_RE.match(person["email"]):
        problem(
            QT_TRANSLATE_NOOP("DomainError", 'Row {row}: "{value}" is not a valid e-mail address.'),
            value=person["email"],
        )
    known = in_file.get(person["email"])
    if known and number not in choices.roles and not raw.get("role", "").strip():
        person["role"] = known  # someone in the file keeps their role: no rule changes it
    else:
        person["role"] = _role(number, raw, choices, orders, role_column, problem)
    if known and person["role"] and person["role"] != known and person["email"] in open_roles:
        problem(
            QT_TRANSLATE_NOOP(
                "DomainError",
                "Row {row}: {email} is a {was} in a running pairing; their role cannot become "
                "{role}. End or delete the pairing first.",
            ),
            email=person["email"],
            was=Term("ROLES", known),
            role=Term("ROLES", person["role"]),
        )
    for name in ("department", "job_title", "location"):
        person[name] = raw.get(name, "")
    person["languages"] = split_languages(raw.get("languages", ""))
    person["themes"] = [
        aliases.get(normalise(t), t.strip())
        for t in re.split(r"[,;]", raw.get("themes", ""))
        if t.strip()
    ]
    for name, low, high in (("level", 1, 20), ("capacity", 1, 10)):
        text = raw.get(name, "").strip()
        if not text:
            continue
        # a whole number as a spreadsheet writes it ("3", "3,0", "3.0"); not inf, 1e400
        match = re.fullmatch(r"(\d{1,3})(?:[.,]0+)?", text)
        if match and low <= int(match.group(1)) <= high:
            person[name] = int(match.group(1))
        else:
            problem(
                QT_TRANSLATE_NOOP(
                    "DomainError",
                    'Row {row}: "{value}" is not a whole number from {low} to {high}.',
                ),
                value=text,
                low=low,
                high=high,
            )
    if raw.get("consent_date", "").strip() and orders.get("consent_date") != UNDECIDED:
        try:
            person["consent_date"] = parse_date(raw["consent_date"], orders["consent_date"])
            if person["consent_date"] > dt.date.today():
                problem(
                    QT_TRANSLATE_NOOP(
                        "DomainError", "Row {row}: the consent date {value} is in the future."
                    ),
                    value=raw["consent_date"],
                )
        except ValueError:
            problem(
                QT_TRANSLATE_NOOP(
                    "DomainError", 'Row {row}: "{value}" is not a date (use 31-12-2026).'
                ),
                value=raw["consent_date"],
            )
    active = raw.get("active", "").strip().lower()
    if active:
        if active in ACTIVE_WORDS:
            person["active"] = ACTIVE_WORDS[active]
        else:
            problem(
                QT_TRANSLATE_NOOP(
                    "DomainError", 'Row {row}: "{value}" in the column Active is not yes or no.'
                ),
                value=raw["active"],
            )
    person["manager_ref"] = raw.get("manager", "").strip()
    return person, problems


def _role(number: int, raw: dict, choices: ImportChoices, orders, role_column, problem):
    """Set by hand in the preview, else the row's role cell, else the rule."""
    if number in choices.roles:
        return choices.roles[number]
    written = raw.get("role", "").strip()
    if written:
        role = ROLE_WORDS.get(written.lower())
        if role is None:
            problem(
                QT_TRANSLATE_NOOP(
                    "DomainError",
                    'Row {row}: the role "{value}" is unknown; use mentor or mentee '
                    "(junior or senior).",
                ),
                value=written,
            )
        return role
    rule = choices.rule
    if rule.kind == FROM_COLUMN:
        if role_column:
            problem(QT_TRANSLATE_NOOP("DomainError", "Row {row}: the role is missing."))
        return None  # without a role column, the sheet's one line says it
    level = raw.get("level", "").strip()
    level = int(level) if re.fullmatch(r"\d{1,2}", level) else None
    year = birth_year(raw, orders.get("birth_date")) if rule.needs_birth else None
    role = rule.role(year, level, raw.get("department", ""))
    if role is None:
        needed = (
            QT_TRANSLATE_NOOP(
                "DomainError",
                "Row {row}: the choice under Roles needs a birth year, age or birth date, "
                "and this row has none that reads; set its role.",
            )
            if rule.needs_birth
            else QT_TRANSLATE_NOOP(
                "DomainError",
                "Row {row}: the choice under Roles needs a level, and this row has none; "
                "set its role.",
            )
        )
        problem(needed)
    return role


def _open_roles() -> dict[str, str]:
    """The e-mail addresses of people in a running or proposed pairing, with the role
    they have in it."""
    from rmentor.models.text.vocabulary import OPEN_STATUSES

    result = {}
    for side, role in ((Pairing.mentor, "mentor"), (Pairing.mentee, "mentee")):
        for (email,) in (
            Participant.select(Participant.email)
            .join(Pairing, on=(side == Participant.id))
            .where(Pairing.status.in_(OPEN_STATUSES))
            .tuples()
        ):
            result[email] = role
    return result


def _resolve_managers(
    people: list[dict], skipped: set[str] = frozenset()
) -> tuple[list[Problem], list[Problem]]:
    """Find each manager among the rows or the people already in the file; a manager in
    a row left out leaves the reporting line empty, which is said."""
    by_email = {p["email"]: p for p in people if p["email"]}
    by_name: dict[str, list] = {}
    for p in people:
        by_name.setdefault(normalise(f"{p['first_name']} {p['last_name']}"), []).append(p)
    problems, warnings = [], []
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
        named = by_name.get(normalise(ref), [])
        if len(named) == 1:
            p["manager_email"] = named[0]["email"]
            continue
        existing = Participant.get_or_none(Participant.email == key)
        if existing is None and len(named) == 0:
            matches = [x for x in Participant.select() if normalise(x.full_name) == normalise(ref)]
            existing = matches[0] if len(matches) == 1 else None
        if existing is not None:
            p["manager_email"] = existing.email
            continue
        problems.append(
            Problem(
                p["row"],
                QT_TRANSLATE_NOOP(
                    "DomainError",
                    'Row {row}: the manager "{value}" is not in the sheet or the file.',
                ),
                {"row": p["row"], "value": ref},
            )
        )
    return problems, warnings


@dataclass
class ImportResult:
    created: int
    updated: int


def run_import(programme: Programme, plan: ImportPlan) -> ImportResult:
    """Write the plan in one transaction: everyone, or (on any error) no one.

    Rows were checked by plan_import; here the people are written in bulk (5,000 rows
    in about a second), then the reporting lines, refusing a manager loop.
    """
    if not plan.ok:
        raise DomainError(plan.problems[0].message, **plan.problems[0].params)
    path = current_path()
    if path is not None:
        make_backup(path, "before-import")
    columns = ("first_name", "last_name", "email", "role", "department", "job_title", "location")
    with db.atomic():
        emails = [p["email"] for p in plan.people]
        known = _ids_by_email(emails)
        created = [p for p in plan.people if p["email"] not in known]
        for batch in chunked(created, 300):
            Participant.insert_many([_row(p, columns) for p in batch]).execute()
        for person in plan.people:
            if person["email"] in known:
                # a column the sheet does not have leaves what the file holds
                row = _row(person, columns)
                kept = {k: v for k, v in row.items() if k in plan.columns or k == "email"}
                Participant.update(**kept).where(Participant.id == known[person["email"]]).execute()
        ids = _ids_by_email(emails)
        _write_themes(plan.people, ids)
        Enrolment.insert_many(
            [{"programme": programme.id, "participant": pid} for pid in ids.values()]
        ).on_conflict_ignore().execute()
        _write_managers(plan.people, ids)
    return ImportResult(len(created), len(plan.people) - len(created))


def _ids_by_email(emails: list[str]) -> dict[str, int]:
    found = {}
    for batch in chunked(emails, 500):
        found.update(
            Participant.select(Participant.email, Participant.id)
            .where(Participant.email.in_(batch))
            .tuples()
        )
    return found


def _row(person: dict, columns) -> dict:
    row = {c: person[c] for c in columns}
    row["languages"] = ", ".join(dict.fromkeys(person["languages"]))
    for optional in ("level", "capacity", "consent_date", "active"):
        if optional in person:
            row[optional] = person[optional]
    return row


def _write_themes(people: list[dict], ids: dict[str, int]) -> None:
    """The themes named in the sheet replace a person's themes; no themes: left as they were."""
    named = [p for p in people if p["themes"]]
    themes = {name: get_or_add_theme(name).id for p in named for name in p["themes"]}
    for batch in chunked([ids[p["email"]] for p in named], 500):
        ParticipantTheme.delete().where(ParticipantTheme.participant.in_(batch)).execute()
    links = {(ids[p["email"]], themes[name]) for p in named for name in p["themes"]}
    for batch in chunked(sorted(links), 500):
        ParticipantTheme.insert_many(
            batch, fields=[ParticipantTheme.participant, ParticipantTheme.theme]
        ).execute()


def _write_managers(people: list[dict], ids: dict[str, int]) -> None:
    wanted = {}
    for p in people:
        if p["manager_email"]:
            manager = (
                ids.get(p["manager_email"])
                or Participant.get(Participant.email == p["manager_email"]).id
            )
            if manager == ids[p["email"]]:
                raise DomainError(
                    QT_TRANSLATE_NOOP(
                        "DomainError", "Row {row}: a person cannot be their own manager."
                    ),
                    row=p["row"],
                )
            wanted[ids[p["email"]]] = (manager, p["row"])
    graph = dict(Participant.select(Participant.id, Participant.manager).tuples())
    graph.update({pid: manager for pid, (manager, _row) in wanted.items()})
    for pid, (_manager, row) in wanted.items():
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
        by_manager.setdefault(manager, []).append(pid)
    for manager, pids in by_manager.items():
        for batch in chunked(pids, 500):
            Participant.update(manager=manager).where(Participant.id.in_(batch)).execute()
