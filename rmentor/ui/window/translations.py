"""Loading our Dutch translation and Qt's own, so dialogs' buttons speak Dutch too."""

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtCore import QLibraryInfo
from PySide6.QtCore import QLocale
from PySide6.QtCore import QTranslator

from rmentor.resources import RESOURCES

LANGUAGES = ("nl", "en")

# Qt's file dialog labels its fields with these, which Qt's own Dutch translation lacks
# (it has them without the shortcut letter); our translation, installed after Qt's,
# carries them, so the whole dialog speaks Dutch.
QT_GAPS = (
    QT_TRANSLATE_NOOP("QFileDialog", "&Look in:"),
    QT_TRANSLATE_NOOP("QFileDialog", "Files of &type:"),
)


def system_language() -> str:
    return "nl" if QLocale.system().language() == QLocale.Language.Dutch else "en"


_installed: list[QTranslator] = []
_language = ["en"]


def current_language() -> str:
    """The language the app speaks now: documents and exports default to it."""
    return _language[0]


def install(app, language: str) -> list[QTranslator]:
    """Install the translators for `language` in place of any installed before."""
    while _installed:
        app.removeTranslator(_installed.pop())
    _language[0] = language
    if language == "nl":
        QLocale.setDefault(QLocale(QLocale.Language.Dutch, QLocale.Country.Netherlands))
    else:
        QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom))
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    # English loads only our own file: the plural forms of its %n messages
    wanted = [(f"rmentor_{language}", str(RESOURCES))]
    if language != "en":
        wanted.insert(0, (f"qtbase_{language}", qt_dir))
    for name, folder in wanted:
        translator = QTranslator(app)
        if translator.load(name, folder):
            app.installTranslator(translator)
            _installed.append(translator)
    return _installed
