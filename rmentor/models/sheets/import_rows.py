"""Each row of a staff list checked and read as a person: its cells, role, languages,
birth; every problem found and named by row before anything is written (the reporting
lines the rows name: import_managers)."""

import datetime as dt
import re
from dataclasses import dataclass
from dataclasses import field

from rmentor.models.programme.entities import Pairing
from rmentor.models.programme.entities import Participant
from rmentor.models.programme.validation import EMAIL_RE
from rmentor.models.programme.validation import MAX_ONE_LINE
from rmentor.models.programme.validation import NOT_ONE_LINE
from rmentor.models.programme.validation import flat
from rmentor.models.sheets.columns import ACTIVE_WORDS
from rmentor.models.sheets.columns import ROLE_WORDS
from rmentor.models.sheets.columns import UNDECIDED
from rmentor.models.sheets.columns import normalise
from rmentor.models.sheets.columns import split_name
from rmentor.models.sheets.import_choices import FROM_COLUMN
from rmentor.models.sheets.import_choices import MONTH_FIRST
from rmentor.models.sheets.import_choices import ImportChoices
from rmentor.models.sheets.import_choices import birth_year
from rmentor.models.sheets.import_choices import parse_date
from rmentor.models.sheets.sheet_files import MAX_CELL
from rmentor.models.text.i18n import QT_TRANSLATE_NOOP
from rmentor.models.text.languages import language_key
from rmentor.models.text.languages import language_name
from rmentor.models.text.languages import split_languages
from rmentor.models.text.wording import Term
from rmentor.models.text.wording import render


@dataclass
class Problem:
    row: int  # 0: the sheet as a whole
    message: str
    params: dict = field(default_factory=dict)

    def text(self, face=None) -> str:
        """Worded for a reader (wording.render); English without a face."""
        return render(self.message, self.params, face)


BIRTH_FIELDS = ("birth_year", "age", "birth_date")


def languages(people: list[dict], language: str, speakers: set[str]) -> list[Problem]:
    """Each known language by its one name; an unknown or empty one is said, not refused
    (empty: unless the file knows the person's languages, `speakers` by e-mail address)."""
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
        elif not names and person["email"] not in speakers:
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


def merge_departments(people: list[dict]) -> dict[str, list[str]]:
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


ONE_LINE_COLUMNS = ("first_name", "last_name", "email", "department", "job_title", "location")
LINE_BREAKS = re.compile("\r\n|[\r\n\u2028\u2029\x0b\x0c\x85]")


def clean(text: str) -> str:
    return _INVISIBLE.sub("", text)


def cell_problems(number: int, raw: dict, headers: list[str], mapping) -> list[Problem]:
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


def read_person(
    number: int,
    raw: dict,
    aliases: dict,
    choices: ImportChoices,
    orders: dict,
    role_column: bool,
    in_file: dict,
    roles_open: dict,
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
        person["role"] = _role(number, raw, choices, role_column, problem)
    if known and person["role"] and person["role"] != known and person["email"] in roles_open:
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
    languages = LINE_BREAKS.sub(" ", raw.get("languages", ""))
    for name in ONE_LINE_COLUMNS:
        # a cell typed over two lines (Alt+Enter in Excel) is one line meant
        person[name] = LINE_BREAKS.sub(" ", person[name]).strip()
    for name, value in [*((n, person[n]) for n in ONE_LINE_COLUMNS), ("languages", languages)]:
        too_long = name in ("first_name", "last_name", "email") and len(value) > MAX_ONE_LINE
        if NOT_ONE_LINE.search(value) or too_long:
            problem(
                QT_TRANSLATE_NOOP(
                    "DomainError",
                    'Row {row}: "{value}" holds a control character or a mark that turns '
                    "text around, or is longer than {count} characters; a name, an address "
                    "or a department cannot.",
                ),
                value=flat(value),
                count=MAX_ONE_LINE,
            )
            break
    if "=?" in person["email"]:
        problem(
            QT_TRANSLATE_NOOP("DomainError", 'Row {row}: "{value}" is not a valid e-mail address.'),
            value=person["email"],
        )
    person["languages"] = split_languages(languages)
    # a theme typed over two lines is one; one too long, or with a control character,
    # is said here, where its row is known (the write refused it, naming nothing)
    themes = LINE_BREAKS.sub(" ", raw.get("themes", ""))
    person["themes"] = [
        aliases.get(normalise(t), " ".join(t.split()))
        for t in re.split(r"[,;]", themes)
        if t.strip()
    ]
    for theme in person["themes"]:
        if NOT_ONE_LINE.search(theme) or len(theme) > MAX_ONE_LINE:
            problem(
                QT_TRANSLATE_NOOP(
                    "DomainError",
                    'Row {row}: the theme "{value}" holds a control character or a mark that '
                    "turns text around, or is longer than {count} characters.",
                ),
                value=flat(theme),
                count=MAX_ONE_LINE,
            )
            break
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
        except ValueError:  # the example in the order chosen for the column
            problem(
                QT_TRANSLATE_NOOP(
                    "DomainError",
                    'Row {row}: "{value}" is not a date: write dates as, for example, 12-31-2026.',
                )
                if orders["consent_date"] == MONTH_FIRST
                else QT_TRANSLATE_NOOP(
                    "DomainError",
                    'Row {row}: "{value}" is not a date: write dates as, for example, 31-12-2026.',
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


def _role(number: int, raw: dict, choices: ImportChoices, role_column, problem):
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
    year = birth_year(raw) if rule.needs_birth else None
    role = rule.role(year, level, raw.get("department", ""))
    if role is None:
        needed = (
            choices.where(
                QT_TRANSLATE_NOOP(
                    "DomainError",
                    "Row {row}: the choice under Roles needs a birth year, age or birth date, "
                    "and this row has none that reads; set its role.",
                ),
                QT_TRANSLATE_NOOP(
                    "DomainError",
                    "Row {row}: --mentors-born-from needs a birth year, age or birth date, "
                    "and this row has none that reads; give it a role in a Role column.",
                ),
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


def roles_in_open_pairings() -> dict[str, str]:
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


def hidden_rows_read(rows: list[int]) -> Problem:
    """Rows hidden in Excel are people in the list all the same; said, since HR hides
    those who left as often as it deletes them."""
    return Problem(
        rows[0],
        QT_TRANSLATE_NOOP(
            "DomainError",
            "Rows hidden in the sheet are read like the others: {rows}. Hidden rows often "
            "hold people who left; check that these should take part.",
        ),
        {"rows": _some(rows)},
    )


def formulas_not_calculated(cells: list[tuple[int, int]]) -> Problem:
    """Formulas a program wrote into a workbook without working them out: their values
    are not in the file. A problem of the whole sheet: read as empty, they would be
    departments and addresses lost without a word."""
    from openpyxl.utils import get_column_letter

    return Problem(
        0,
        QT_TRANSLATE_NOOP(
            "DomainError",
            "Cells with a formula that was never calculated have no value in the file: "
            "{cells}. Open the workbook in Excel or LibreOffice, save it (which calculates "
            "them), and import it again.",
        ),
        {"cells": _some([f"{get_column_letter(column)}{row}" for row, column in cells])},
    )


def formula_errors(cells: list[tuple[int, int, str]]) -> Problem:
    """Formulas that came out as an error: "#N/A" is no one's department."""
    from openpyxl.utils import get_column_letter

    return Problem(
        0,
        QT_TRANSLATE_NOOP(
            "DomainError",
            "Cells hold a formula's error, not a value: {cells}. Put the formulas right in "
            "the workbook, save it, and import it again.",
        ),
        {
            "cells": _some(
                [f"{get_column_letter(column)}{row} ({error})" for row, column, error in cells]
            )
        },
    )


def _some(rows: list, shown: int = 20) -> str:
    """Row numbers (or cells) to read on one line: the first twenty, and how many more."""
    if len(rows) <= shown:
        return ", ".join(map(str, rows))
    return f"{', '.join(map(str, rows[:shown]))} … (+{len(rows) - shown})"
