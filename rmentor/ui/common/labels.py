"""Translated labels for the domain's fixed lists and themes."""

import datetime as dt
import functools
import re
import unicodedata

from PySide6.QtCore import QCoreApplication
from PySide6.QtCore import QDate
from PySide6.QtCore import QLocale

from rmentor.models.text import vocabulary

# Qt's short Dutch format is "dd-MM-yyyy" already; spelled out so it cannot drift.
DATE_FORMATS = {QLocale.Language.Dutch: "dd-MM-yyyy"}


def label(table: dict[str, str], key: str | None) -> str:
    """The translated label of a vocabulary key (ROLES, PAIRING_STATUSES, ...)."""
    if key is None or key not in table:
        return key or ""
    return QCoreApplication.translate(vocabulary.CONTEXT, table[key])


def theme_label(theme) -> str:
    """A built-in purpose in the user's language; a custom theme as it was typed."""
    if theme.builtin and theme.key in vocabulary.PURPOSES:
        return label(vocabulary.PURPOSES, theme.key)
    return theme.name


class AppFace:
    """How the window words a message's parameters (models.text.wording): Qt's translator
    and the locale the app speaks."""

    def translate(self, context: str, text: str) -> str:
        return QCoreApplication.translate(context, text)

    def date(self, value: dt.date) -> str:
        return format_date(value)

    def spelled_date(self, value: dt.date) -> str:
        return QLocale().toString(QDate(value.year, value.month, value.day), "d MMMM yyyy")

    def number(self, value, decimals: int = 0) -> str:
        if decimals == 0 and float(value).is_integer():
            return QLocale().toString(int(value))
        return QLocale().toString(float(value), "f", decimals)


APP_FACE = AppFace()


def domain_text(error) -> str:
    """A DomainError, Point or import Problem in the user's language."""
    return error.text(APP_FACE)


# The accents NFKD splits off Latin letters (é -> e + U+0301).
COMBINING = re.compile("[\u0300-\u036f]")


def fold(text: str) -> str:
    """Lower case without accents, so "ozturk" finds "Öztürk"."""
    if text.isascii():  # the common case, and twenty times faster
        return text.lower()
    return COMBINING.sub("", unicodedata.normalize("NFKD", text)).casefold()


FOLD_CHUNK = 2000


def fold_many(texts: list[str]) -> list[str]:
    """fold() for a whole column at once: the accented ones go through C in a few pieces."""
    out = [t.lower() if t.isascii() else None for t in texts]
    todo = [i for i, t in enumerate(out) if t is None]
    for start in range(0, len(todo), FOLD_CHUNK):  # a piece at a time: each copy stays small
        some = todo[start : start + FOLD_CHUNK]
        joined = "\x00".join(texts[i] for i in some)
        folded = COMBINING.sub("", unicodedata.normalize("NFKD", joined)).casefold()
        for i, text in zip(some, folded.split("\x00"), strict=True):
            out[i] = text
    return out


def format_date(value: dt.date | None) -> str:
    """A date as the user's language writes it (dd-mm-jjjj in Dutch)."""
    if value is None:
        return ""
    return _format_date(value, QLocale().name())


@functools.lru_cache(maxsize=20_000)  # days repeat: 100,000 meetings fall on a few 1,000 days
def _format_date(value: dt.date, locale_name: str) -> str:
    locale = QLocale(locale_name)
    return locale.toString(
        QDate(value.year, value.month, value.day),
        DATE_FORMATS.get(locale.language(), QLocale.FormatType.ShortFormat),
    )
