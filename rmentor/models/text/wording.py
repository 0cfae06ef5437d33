"""Messages with typed parameters, and the one renderer that words them for a reader.

The domain never formats text for a reader: a message is an English source string
marked for translation, and its parameters say what they are (a vocabulary key, a
theme, a date, a number, another message). A *face* words them: Qt's translator and
the user's locale in the window, the document's language in PDFs and exports. A face
has translate(context, text), date(value), spelled_date(value) and number(value, decimals).
"""

import datetime as dt
from dataclasses import dataclass

from rmentor.models.text import vocabulary

CONTEXT = "DomainError"


@dataclass(frozen=True)
class Term:
    """A key of one of the vocabulary's tables (PAIRING_STATUSES, ROLES, ...)."""

    table: str
    key: str


@dataclass(frozen=True)
class ThemeRef:
    """A theme by its key: a built-in purpose is worded in the reader's language, a
    theme of the coordinator's own as it was typed."""

    key: str
    name: str = ""


@dataclass(frozen=True)
class SpelledDate:
    """A date whose month must not be mistaken: worded with its month's name (5 March
    2026), where digits are the very thing a reader could read two ways."""

    day: dt.date


MONTHS = (
    "January", "February", "March", "April", "May", "June",
    "July", "August", "September", "October", "November", "December",
)  # fmt: skip


class EnglishFace:
    """The source language, for logs, the command line and tests."""

    def translate(self, context: str, text: str) -> str:
        return text

    def date(self, value: dt.date) -> str:
        return value.isoformat()

    def spelled_date(self, value: dt.date) -> str:
        return f"{value.day} {MONTHS[value.month - 1]} {value.year}"  # never the C locale's

    def number(self, value, decimals: int = 0) -> str:
        return f"{value:,.{decimals}f}" if decimals else f"{value:,}"


ENGLISH = EnglishFace()


def render(message: str, params: dict, face=None, context: str = CONTEXT) -> str:
    """The message in the face's language, each parameter worded by its kind."""
    face = face or ENGLISH
    template = face.translate(context, message) or message
    return template.format(**{name: word(value, face) for name, value in params.items()})


def word(value, face) -> str:
    if isinstance(value, Term):
        table = getattr(vocabulary, value.table)
        if value.key in table:
            return face.translate(vocabulary.CONTEXT, table[value.key])
        return value.key
    if isinstance(value, ThemeRef):
        if value.key in vocabulary.PURPOSES:
            return face.translate(vocabulary.CONTEXT, vocabulary.PURPOSES[value.key])
        return value.name or value.key
    if hasattr(value, "message") and hasattr(value, "params"):  # a message inside one
        return render(value.message, value.params, face)
    if isinstance(value, tuple | list):
        return ", ".join(word(item, face) for item in value)
    if isinstance(value, SpelledDate):
        return face.spelled_date(value.day)
    if isinstance(value, dt.date):
        return face.date(value)
    if isinstance(value, bool):
        return str(value)
    if isinstance(value, int):
        return face.number(value, 0)
    if isinstance(value, float):
        return face.number(value, 1)
    return "" if value is None else str(value)


# Storing typed parameters (a match explanation is kept as JSON and worded when shown).


def to_json(value):
    if isinstance(value, Term):
        return {"$term": [value.table, value.key]}
    if isinstance(value, ThemeRef):
        return {"$theme": [value.key, value.name]}
    if isinstance(value, tuple | list):
        return [to_json(v) for v in value]
    if isinstance(value, SpelledDate):
        return {"$spelled_date": value.day.isoformat()}
    if isinstance(value, dt.date):
        return {"$date": value.isoformat()}
    return value


def from_json(value):
    if isinstance(value, dict) and len(value) == 1:
        ((kind, data),) = value.items()
        if kind == "$term":
            return Term(*data)
        if kind == "$theme":
            return ThemeRef(*data)
        if kind == "$date":
            return dt.date.fromisoformat(data)
        if kind == "$spelled_date":
            return SpelledDate(dt.date.fromisoformat(data))
    if isinstance(value, list):
        return tuple(from_json(v) for v in value)
    return value
