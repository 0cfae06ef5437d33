"""The language of one document, which need not be the language of the app: Qt's
translator for PDFs, e-mails, calendars and exports, and the headers and purpose names of
every language that an import recognises (header_aliases, theme_aliases)."""

import datetime as dt

from PySide6.QtCore import QDate
from PySide6.QtCore import QLocale
from PySide6.QtCore import QTranslator

from rmentor.models.text import vocabulary
from rmentor.resources import RESOURCES

LOCALES = {
    "nl": QLocale(QLocale.Language.Dutch, QLocale.Country.Netherlands),
    "en": QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom),
}
DATE_FORMATS = {"nl": "dd-MM-yyyy", "en": "d MMM yyyy"}
# month names: British English shortens September to "Sept" beside "Dec"; the American
# names are three letters each, in the British order of day, month, year
DATE_LOCALES = {
    "nl": LOCALES["nl"],
    "en": QLocale(QLocale.Language.English, QLocale.Country.UnitedStates),
}


class Translator:
    """Looks strings up in our .qm file without installing it in an application."""

    def __init__(self, language: str):
        self.language = language
        self.locale = LOCALES[language]
        self._qt = QTranslator()
        self._qt.load(f"rmentor_{language}", str(RESOURCES))  # English: plural forms only

    def translate(self, context: str, text: str, count: int = -1) -> str:
        found = self._qt.translate(context, text, None, count)
        result = found or text
        if count < 0:
            return result
        # %Ln: the count with the language's thousands separator (1.770, 1,770), as Qt does
        return result.replace("%Ln", self.locale.toString(count)).replace("%n", str(count))

    def label(self, table: dict[str, str], key: str | None) -> str:
        return self.translate(vocabulary.CONTEXT, table[key]) if key in table else (key or "")

    def theme(self, theme) -> str:
        if theme.builtin and theme.key in vocabulary.PURPOSES:
            return self.label(vocabulary.PURPOSES, theme.key)
        return theme.name

    def date(self, value: dt.date | None) -> str:
        """Through QLocale, as in the window: never the C library's locale, which
        QApplication changes, so month names would follow the desktop."""
        if value is None:
            return ""
        return DATE_LOCALES[self.language].toString(
            QDate(value.year, value.month, value.day), DATE_FORMATS[self.language]
        )

    def spelled_date(self, value: dt.date) -> str:
        """With the month's name (5 maart 2026), where digits could be read two ways."""
        qdate = QDate(value.year, value.month, value.day)
        return DATE_LOCALES[self.language].toString(qdate, "d MMMM yyyy")

    def number(self, value: float, decimals: int = 1) -> str:
        """With the language's separators: 1.234,5 in Dutch, 1,234.5 in English."""
        return self.locale.toString(float(value), "f", decimals)

    def domain(self, point) -> str:
        """A DomainError or Point in this document's language (models.text.wording)."""
        return point.text(self)


def header_aliases() -> dict[str, str | None]:
    """The participants export's headers in every language, each to the field the import
    reads from it ("E-mail leidinggevende" -> manager), so every export imports again."""
    from rmentor.models.sheets.exporting import CONTEXT
    from rmentor.models.sheets.exporting import IMPORT_FIELDS

    aliases = {}
    for language in ("en", "nl"):
        tr = Translator(language)
        for header, field in IMPORT_FIELDS.items():
            aliases[tr.translate(CONTEXT, header)] = field
    return aliases


def theme_aliases() -> dict[str, str]:
    """The built-in purposes' labels in every language, each to its key, so an import
    recognises "Het perspectief van de consument" as well as "The consumer's view"."""
    aliases = dict(OLD_PURPOSE_LABELS)
    for language in ("en", "nl"):
        tr = Translator(language)
        for key in vocabulary.PURPOSES:
            aliases[tr.label(vocabulary.PURPOSES, key)] = key
    return aliases


# What earlier versions called the purposes: their exports still import.
OLD_PURPOSE_LABELS = {
    "Diversity and the bypass": "diversity",
    "Globalisering en diversiteit": "diversity",
    "Innovation": "innovation",
    "Innovatie": "innovation",
    "Refreshing the craft": "refresh",
    "Opfrissen": "refresh",
}
