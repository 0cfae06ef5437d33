"""Small checks shared by the service modules; each raises DomainError."""

import datetime as dt
import re

from rmentor.models.errors import DomainError
from rmentor.models.text.i18n import QT_TRANSLATE_NOOP

# Deliberately simple: one @, something before it, a dotted domain after it, no spaces,
# and nothing a mail header reads as a separator or a quote.
EMAIL_RE = re.compile(r'^[^@\s<>(),;:"\[\]\\]+@[^@\s<>(),;:"\[\]\\]+\.[^@\s.<>(),;:"\[\]\\]+$')
# What no one types into a name or an address: control characters, line and paragraph
# separators, and the marks that turn the text around (a right-to-left override shows
# "gpj.exe" as "exe.jpg"). Written into a header, a calendar or a PDF they would break
# it or lie about it.
NOT_ONE_LINE = re.compile(
    "[\x00-\x1f\x7f-\x9f\u00ad\u061c\u180e\u200b-\u200f\u2028-\u202e\u2060-\u206f"
    "\ufeff\ufff9-\ufffb\U000e0000-\U000e007f]"
)
MAX_ONE_LINE = 200


def one_line(value: str, field: str, limit: int | None = MAX_ONE_LINE) -> str:
    """A name, an address, a department: one line of visible text (invisible marks and
    spaces too: "a\u200b@x.nl" looks like "a@x.nl"), of a sensible length."""
    if NOT_ONE_LINE.search(value):
        raise DomainError(
            QT_TRANSLATE_NOOP(
                "DomainError",
                "This field holds a line break, a control character or a mark that turns "
                "text around; none of them belongs here. Remove it.",
            ),
            field=field,
        )
    if limit is not None and len(value) > limit:
        raise DomainError(
            QT_TRANSLATE_NOOP("DomainError", "At most {count} characters fit here."),
            field=field,
            count=limit,
        )
    return value


def flat(text: str) -> str:
    """Text of an older file, made one line for a header, a calendar or a PDF."""
    return " ".join(NOT_ONE_LINE.sub(" ", text).split())


def required(value: str | None, field: str) -> str:
    value = (value or "").strip()
    if not value:
        raise DomainError(QT_TRANSLATE_NOOP("DomainError", "This field is required."), field=field)
    return value


def email(value: str | None, field: str = "email") -> str:
    value = one_line(required(value, field), field).lower()
    # "=?" starts an encoded word, which a mail program decodes, maybe into addresses
    if not EMAIL_RE.match(value) or "=?" in value:
        raise DomainError(
            QT_TRANSLATE_NOOP("DomainError", '"{value}" is not a valid e-mail address.'),
            field=field,
            value=value,
        )
    return value


def period(
    start: dt.date | None,
    end: dt.date | None,
    start_field: str = "start_date",
    end_field: str = "end_date",
) -> None:
    if start is None:
        raise DomainError(QT_TRANSLATE_NOOP("DomainError", "Give a start date."), field=start_field)
    if end is None:
        raise DomainError(QT_TRANSLATE_NOOP("DomainError", "Give an end date."), field=end_field)
    if end <= start:
        raise DomainError(
            QT_TRANSLATE_NOOP("DomainError", "The end date must come after the start date."),
            field=end_field,
        )


def whole_number(value, low: int, high: int, field: str) -> int:
    if isinstance(value, bool) or not isinstance(value, int) or not low <= value <= high:
        raise DomainError(
            QT_TRANSLATE_NOOP("DomainError", "Enter a whole number from {low} to {high}."),
            field=field,
            low=low,
            high=high,
        )
    return value


def choice(value: str | None, options, field: str) -> str:
    if value not in options:
        raise DomainError(
            QT_TRANSLATE_NOOP("DomainError", '"{value}" is not one of the choices.'),
            field=field,
            value=value,
        )
    return value
