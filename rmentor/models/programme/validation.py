"""Small checks shared by the service modules; each raises DomainError."""

import datetime as dt
import re

from rmentor.models.errors import DomainError
from rmentor.models.text.i18n import QT_TRANSLATE_NOOP

# Deliberately simple: one @, something before it, a dotted domain after it, no spaces.
EMAIL_RE = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s.]+$")


def required(value: str | None, field: str) -> str:
    value = (value or "").strip()
    if not value:
        raise DomainError(QT_TRANSLATE_NOOP("DomainError", "This field is required."), field=field)
    return value


def email(value: str | None, field: str = "email") -> str:
    value = required(value, field).lower()
    if not EMAIL_RE.match(value):
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
