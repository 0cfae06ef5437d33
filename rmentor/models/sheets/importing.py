"""Importing participants from a staff list: all rows or none.

The columns are recognised by their header in Dutch or English (columns); every problem
is found and named by row before anything is written (import_rows); people already in
the file are updated by e-mail, never duplicated; managers may be named in any row.
"""

from dataclasses import dataclass
from dataclasses import field

from peewee import chunked

from rmentor.models.errors import DomainError
from rmentor.models.errors import Stopped
from rmentor.models.programme.entities import Enrolment
from rmentor.models.programme.entities import Participant
from rmentor.models.programme.entities import Programme
from rmentor.models.programme.participants import FIELDS as PARTICIPANT_FIELDS
from rmentor.models.sheets.columns import DATE_COLUMNS
from rmentor.models.sheets.columns import DERIVED
from rmentor.models.sheets.columns import UNDECIDED
from rmentor.models.sheets.columns import detect_mapping
from rmentor.models.sheets.columns import normalise
from rmentor.models.sheets.import_choices import DAY_FIRST
from rmentor.models.sheets.import_choices import FROM_COLUMN
from rmentor.models.sheets.import_choices import MONTH_FIRST
from rmentor.models.sheets.import_choices import ImportChoices
from rmentor.models.sheets.import_choices import ambiguous
from rmentor.models.sheets.import_choices import column_order
from rmentor.models.sheets.import_choices import parse_date
from rmentor.models.sheets.import_links import STEP_ROWS
from rmentor.models.sheets.import_links import ids_by_email
from rmentor.models.sheets.import_links import write_managers
from rmentor.models.sheets.import_links import write_themes
from rmentor.models.sheets.import_managers import manager_loops
from rmentor.models.sheets.import_managers import resolve_managers
from rmentor.models.sheets.import_rows import BIRTH_FIELDS
from rmentor.models.sheets.import_rows import Problem
from rmentor.models.sheets.import_rows import cell_problems
from rmentor.models.sheets.import_rows import clean
from rmentor.models.sheets.import_rows import formula_errors
from rmentor.models.sheets.import_rows import formulas_not_calculated
from rmentor.models.sheets.import_rows import hidden_rows_read
from rmentor.models.sheets.import_rows import languages
from rmentor.models.sheets.import_rows import merge_departments
from rmentor.models.sheets.import_rows import read_person
from rmentor.models.sheets.import_rows import roles_in_open_pairings
from rmentor.models.sheets.sheet_files import Sheet
from rmentor.models.sheets.sheet_files import unsafe_text
from rmentor.models.storage.backups import changed_since_last_backup
from rmentor.models.storage.backups import make_backup
from rmentor.models.storage.database import db
from rmentor.models.storage.datafile import current_path
from rmentor.models.text.i18n import QT_TRANSLATE_NOOP
from rmentor.models.text.wording import SpelledDate


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
    mixed_dates: list[str] = field(default_factory=list)  # headers: both orders in one column
    in_file: int = 0  # of the people, those already in the file (by e-mail address)
    names_split: bool = False  # first and last name guessed from one "Naam" column

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
    orders, ambiguous_dates, mixed_dates = {}, [], []
    for name in DATE_COLUMNS:
        if name not in has or name == "birth_date":  # only its year counts: never asked
            continue
        column = mapping.index(name)
        values = [cells[column] for _n, cells in rows]
        orders[name] = column_order(values)
        example = ambiguous(values)
        if orders[name] == "both" and choices.date_order is None:
            mixed_dates.append(sheet.headers[column])
            # some rows only read day-first, others only month-first: say so, and let the
            # coordinator choose (the rows that do not read that way are named then)
            problems.append(
                Problem(
                    0,
                    choices.where(
                        QT_TRANSLATE_NOOP(
                            "DomainError",
                            'The column "{column}" holds dates written day-first and dates '
                            "written month-first. Choose how to read them under Dates; the "
                            "rows that do not read that way are then listed.",
                        ),
                        QT_TRANSLATE_NOOP(
                            "DomainError",
                            'The column "{column}" holds dates written day-first and dates '
                            "written month-first. Choose how to read them with --date-order; "
                            "the rows that do not read that way are then listed.",
                        ),
                    ),
                    {"column": sheet.headers[column]},
                )
            )
        elif orders[name] is None and example and choices.date_order is None:
            ambiguous_dates.append((sheet.headers[column], example))
        asked = orders[name] == "both" or (orders[name] is None and example)
        if asked and choices.date_order is None:
            orders[name] = UNDECIDED  # no row is judged by a reading not yet chosen
        elif orders[name] in (None, "both"):
            orders[name] = choices.date_order or DAY_FIRST
    for header, example in ambiguous_dates:
        problems.append(
            Problem(
                0,
                choices.where(
                    QT_TRANSLATE_NOOP(
                        "DomainError",
                        'The dates in the column "{column}" can be read day-first or '
                        "month-first: {example} is {day_first} or {month_first}. Choose how "
                        "under Dates.",
                    ),
                    QT_TRANSLATE_NOOP(
                        "DomainError",
                        'The dates in the column "{column}" can be read day-first or '
                        "month-first: {example} is {day_first} or {month_first}. Choose how "
                        "with --date-order.",
                    ),
                ),
                {
                    "column": header,
                    "example": example,
                    "day_first": SpelledDate(parse_date(example, DAY_FIRST)),
                    "month_first": SpelledDate(parse_date(example, MONTH_FIRST)),
                },
            )
        )
    in_file = dict(Participant.select(Participant.email, Participant.role).tuples())
    roles_open = roles_in_open_pairings()
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
                    choices.where(
                        QT_TRANSLATE_NOOP(
                            "DomainError",
                            "The sheet has no role column: choose a rule under Roles, or set "
                            "the roles in the preview's Role column. Number of rows without "
                            "a role: {n}.",
                        ),
                        QT_TRANSLATE_NOOP(
                            "DomainError",
                            "The sheet has no role column: give a rule with --role or "
                            "--mentors-born-from, or add a Role column to the sheet. Number "
                            "of rows without a role: {n}.",
                        ),
                    ),
                    {"n": len(new_without_role)},
                )
            )
    people, seen_email = [], {}
    for number, cells in rows:
        raw = {f: unsafe_text(c) for f, c in zip(mapping, cells, strict=True) if f}
        row_problems = cell_problems(number, raw, sheet.headers, mapping)
        raw = {f: clean(c) for f, c in raw.items()}
        person, person_problems = read_person(
            number, raw, aliases, choices, orders, "role" in has, in_file, roles_open
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
    speakers = {  # in the file with a language, which an empty cell leaves as it is
        e
        for (e,) in Participant.select(Participant.email)
        .where(Participant.languages != "")
        .tuples()
    }
    warnings = languages(people, choices.language, speakers)
    hidden = [n for n in sheet.hidden if n not in choices.skip]
    if hidden:
        warnings.insert(0, hidden_rows_read(hidden))

    def read(row: int, column: int) -> bool:  # a cell the import reads
        return row not in choices.skip and column <= len(mapping) and bool(mapping[column - 1])

    # values the workbook means but does not hold: never imported as empty (a heading
    # among them: the column under it would go unread)
    filled = {c for _n, cells in sheet.rows for c, text in enumerate(cells, start=1) if text}
    heading = sheet.headings_row
    blank = [(n, c) for n, c in sheet.uncalculated if (n == heading and c in filled) or read(n, c)]
    if blank:
        problems.append(formulas_not_calculated(blank))
    wrong = [(n, c, error) for n, c, error in sheet.errors if read(n, c)]
    if wrong:
        problems.append(formula_errors(wrong))
    manager_problems, manager_warnings = resolve_managers(people, skipped_emails)
    problems += manager_problems
    warnings += manager_warnings
    problems += manager_loops(people)
    merges = merge_departments(people)
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
        mixed_dates,
        sum(p["email"] in in_file for p in people),
        "name" in mapping and "last_name" not in mapping,
    )


def _whole_name(fields: dict) -> str:
    return " ".join(f"{fields.get('first_name', '')} {fields.get('last_name', '')}".split())


@dataclass
class ImportResult:
    created: int
    updated: int


def run_import(
    programme: Programme, plan: ImportPlan, going_on=None, backup: bool = True
) -> ImportResult:
    """Write the plan in one transaction: everyone, or (on any error) no one.

    Rows were checked by plan_import; here the people are written in bulk (5,000 rows
    in about a second), then the reporting lines, refusing a manager loop. going_on(done,
    total) is asked as it goes; once it says False, nothing is imported (Stopped). The
    file is copied first, unless the caller did that (back_up_before_import).
    """
    if not plan.ok:
        raise DomainError(plan.problems[0].message, **plan.problems[0].params)
    total = len(plan.people) + 2  # each person, then the themes, then the reporting lines

    def going(done: int) -> None:
        if going_on is not None and not going_on(done, total):
            raise Stopped

    going(0)
    if backup:
        back_up_before_import()
    columns = ("first_name", "last_name", "email", "role", "department", "job_title", "location")
    with db.atomic():
        emails = [p["email"] for p in plan.people]
        known = ids_by_email(emails)
        going(0)
        created = [p for p in plan.people if p["email"] not in known]
        for done, batch in enumerate(chunked(created, STEP_ROWS)):
            going(done * STEP_ROWS)
            Participant.insert_many([_row(p, columns) for p in batch]).execute()
        updating = [p for p in plan.people if p["email"] in known]
        now = _held(known[p["email"]] for p in updating)
        going(len(created))
        changed = set()  # the people already in the file the import changes
        for done, person in enumerate(updating):
            if done % STEP_ROWS == 0:
                going(len(created) + done)
            # a column the sheet does not have leaves what the file holds, and so does an
            # empty cell of one: HR's list may leave a job title out that the file knows
            row = _row(person, columns)
            kept = {
                k: v
                for k, v in row.items()
                if (k in plan.columns or k == "email") and not (k in KEPT_WHEN_EMPTY and v == "")
            }
            pid = known[person["email"]]
            if plan.names_split and _whole_name(now[pid]) == _whole_name(kept):
                # the same name, split by a guess: the file's own split stays
                kept.pop("first_name", None)
                kept.pop("last_name", None)
            if any(now[pid][k] != v for k, v in kept.items()):  # unchanged: not written
                Participant.update(**kept).where(Participant.id == pid).execute()
                changed.add(pid)
        going(len(plan.people))
        ids = ids_by_email(emails)
        changed |= write_themes(plan.people, ids, lambda: going(len(plan.people)))
        Enrolment.insert_many(
            [{"programme": programme.id, "participant": pid} for pid in ids.values()]
        ).on_conflict_ignore().execute()
        going(len(plan.people) + 1)
        changed |= write_managers(plan.people, ids, lambda: going(len(plan.people) + 1))
        going(total)
    return ImportResult(len(created), len(changed & set(known.values())))


KEPT_WHEN_EMPTY = ("department", "job_title", "location", "languages")


def back_up_before_import() -> None:
    """A copy of the file as it is before an import (a file only: a server keeps its
    own), unless the newest copy is of the file as it is: a stopped import tried again
    would push older copies out. Reads through a connection of its own (on a thread)."""
    path = current_path()
    if path is not None and changed_since_last_backup(path):
        make_backup(path, "before-import")


def _held(pids) -> dict[int, dict]:
    """What the file holds of these people, in the fields an import writes."""
    fields = [Participant.id, *(getattr(Participant, f) for f in IMPORTED_FIELDS)]
    held = {}
    for batch in chunked(list(pids), 500):
        for row in Participant.select(*fields).where(Participant.id.in_(batch)).dicts():
            held[row["id"]] = row
    return held


# a participant's fields but the two a sheet never writes in a row: the reporting line
# (written after everyone is in) and the coordinator's own notes
IMPORTED_FIELDS = tuple(f for f in PARTICIPANT_FIELDS if f not in ("manager", "notes"))


def _row(person: dict, columns) -> dict:
    row = {c: person[c] for c in columns}
    row["languages"] = ", ".join(dict.fromkeys(person["languages"]))
    for optional in ("level", "capacity", "consent_date", "active"):
        if optional in person:
            row[optional] = person[optional]
    return row
