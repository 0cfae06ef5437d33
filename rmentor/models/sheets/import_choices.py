"""What the coordinator decides about a staff list that the sheet itself does not say.

An HR export has no role column: a rule gives the roles (everyone born in or after a
year, or younger than an age, is a mentor; or everyone up to a job level, or in some
departments; or everyone one role), and a row's role can be set by hand on top of it.
Dates such as 05/03/2026 read as 5 March or 3 May: a column whose values decide it (a
day above 12) is read that way, otherwise the coordinator says which. Rows with problems
are left out only when the coordinator chooses so.
"""

import datetime as dt
import re
import unicodedata
from dataclasses import dataclass
from dataclasses import field

from rmentor.models.text.vocabulary import MENTEE
from rmentor.models.text.vocabulary import MENTOR

DAY_FIRST, MONTH_FIRST = "day-first", "month-first"


def _plain(text: str) -> str:
    plain = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]", "", plain.lower())


# rule kinds
FROM_COLUMN, EVERYONE, BORN_FROM, YOUNGER_THAN, LEVEL_UP_TO, DEPARTMENTS = (
    "column",
    "everyone",
    "born_from",
    "younger_than",
    "level_up_to",
    "departments",
)


@dataclass(frozen=True)
class RoleRule:
    """How the roles of rows without a role cell are given."""

    kind: str = FROM_COLUMN
    value: object = None  # the role, year, age, level, or the mentors' departments

    @property
    def needs_birth(self) -> bool:
        return self.kind in (BORN_FROM, YOUNGER_THAN)

    def role(self, birth_year: int | None, level: int | None, department: str) -> str | None:
        """The role the rule gives a person; None when the row lacks what it needs."""
        today = dt.date.today()
        if self.kind == EVERYONE:
            return self.value
        if self.kind == BORN_FROM:
            return None if birth_year is None else MENTOR if birth_year >= self.value else MENTEE
        if self.kind == YOUNGER_THAN:
            if birth_year is None:
                return None
            return MENTOR if today.year - birth_year < self.value else MENTEE
        if self.kind == LEVEL_UP_TO:
            return None if level is None else MENTOR if level <= self.value else MENTEE
        if self.kind == DEPARTMENTS:  # as departments are merged: case, spaces, accents
            wanted = {_plain(d) for d in self.value}
            return MENTOR if _plain(department) in wanted else MENTEE
        return None

    def to_dict(self) -> dict:
        value = list(self.value) if isinstance(self.value, tuple | list) else self.value
        return {"kind": self.kind, "value": value}

    @classmethod
    def from_dict(cls, data) -> "RoleRule":
        """A rule as remembered; anything odd gives the role column."""
        try:
            kind, value = data["kind"], data["value"]
            if kind == EVERYONE and value in (MENTOR, MENTEE):
                return cls(kind, value)
            if kind in (BORN_FROM, YOUNGER_THAN, LEVEL_UP_TO) and isinstance(value, int):
                return cls(kind, value)
            if kind == DEPARTMENTS and isinstance(value, list):
                return cls(kind, tuple(str(v) for v in value))
        except (KeyError, TypeError):
            pass
        return cls()


IN_WINDOW, ON_COMMAND_LINE = "window", "command line"  # where the choices are made


@dataclass
class ImportChoices:
    rule: RoleRule = field(default_factory=RoleRule)
    roles: dict[int, str] = field(default_factory=dict)  # row -> role set by hand
    date_order: str | None = None  # for columns whose dates could be read either way
    skip: frozenset = frozenset()  # rows left out on purpose
    language: str = "nl"  # known languages are stored by their name in this language
    made_in: str = IN_WINDOW  # a message names the choice as it is made there

    def where(self, in_window: str, on_command_line: str) -> str:
        """Of a message's two wordings, the one that names the choice where it is made."""
        return in_window if self.made_in == IN_WINDOW else on_command_line


_DMY = re.compile(r"^\s*(\d{1,2})[-/.](\d{1,2})[-/.](\d{2}|\d{4})\s*$")
_ISO = re.compile(r"^\s*(\d{4})-(\d{1,2})-(\d{1,2})\s*$")


def parse_date(text: str, order: str | None = DAY_FIRST) -> dt.date:
    """31-12-2026, 12/31/2026 (month-first), 31.12.26 or 2026-12-31; ValueError otherwise."""
    if match := _ISO.match(text):
        year, month, day = (int(x) for x in match.groups())
        return dt.date(year, month, day)
    match = _DMY.match(text)
    if not match:
        raise ValueError(text)
    first, second, digits = match.groups()
    year = int(digits)
    if len(digits) == 2:  # 26 is 2026, but 85 (a birth date) 1985: never years ahead
        year += 2000 if 2000 + year <= dt.date.today().year + 1 else 1900
    day, month = (int(first), int(second)) if order != MONTH_FIRST else (int(second), int(first))
    return dt.date(year, month, day)


def column_order(values: list[str]) -> str | None:
    """DAY_FIRST or MONTH_FIRST when the values decide it, None when every value reads
    both ways (or the column has no such dates), "both" when values contradict."""
    day_first = month_first = False
    for value in values:
        match = _DMY.match(value)
        if not match:
            continue
        first, second = int(match.group(1)), int(match.group(2))
        day_first |= first > 12
        month_first |= second > 12
    if day_first and month_first:
        return "both"
    return DAY_FIRST if day_first else MONTH_FIRST if month_first else None


def ambiguous(values: list[str]) -> str | None:
    """A value of the column that reads as two different dates, if there is one."""
    for value in values:
        match = _DMY.match(value)
        if match and int(match.group(1)) != int(match.group(2)) <= 12 >= int(match.group(1)):
            try:  # both readings real dates: not in the year 0
                parse_date(value, DAY_FIRST), parse_date(value, MONTH_FIRST)
            except ValueError:
                continue
            return value.strip()
    return None


def birth_year(raw: dict, today: dt.date | None = None) -> int | None:
    """From a birth year, an age (the year it gives at the latest) or a birth date."""
    today = today or dt.date.today()
    text = raw.get("birth_year", "").strip()
    if re.fullmatch(r"(19|20)\d\d(?:[.,]0+)?", text):
        return int(text[:4])
    text = raw.get("age", "").strip()
    if re.fullmatch(r"\d{1,3}(?:[.,]0+)?", text) and 14 <= int(re.split(r"[.,]", text)[0]) <= 99:
        return today.year - int(re.split(r"[.,]", text)[0])
    text = raw.get("birth_date", "").strip()
    # only its year counts, the same whichever way the day and month are read
    for reading in (DAY_FIRST, MONTH_FIRST):
        try:
            return parse_date(text, reading).year
        except ValueError:
            continue
    return None
