"""Languages as people write them: "NL", "nl-NL", "Nederlands", "Dutch" are one language.

A staff list names languages by code, in Dutch, in English or in the language itself.
Each known language has a key (its ISO 639-1 code) and is stored by its name in the
language the coordinator works in; suggestions compare keys, so a file that holds
"Nederlands" for one person and "Dutch" for another still finds them a shared language.
"""

import functools
import re
import unicodedata

# code: (English name, Dutch name, other spellings people use)
LANGUAGES = {
    "nl": ("Dutch", "Nederlands", ("vlaams", "flemish", "hollands")),
    "en": ("English", "Engels", ()),
    "de": ("German", "Duits", ("deutsch",)),
    "fr": ("French", "Frans", ("francais",)),
    "es": ("Spanish", "Spaans", ("espanol", "castellano")),
    "it": ("Italian", "Italiaans", ("italiano",)),
    "pt": ("Portuguese", "Portugees", ("portugues",)),
    "pl": ("Polish", "Pools", ("polski",)),
    "tr": ("Turkish", "Turks", ("turkce",)),
    "ar": ("Arabic", "Arabisch", ("arabi",)),
    "fy": ("Frisian", "Fries", ("frysk", "westerlauwers fries")),
    "pap": ("Papiamento", "Papiaments", ("papiamentu",)),
    "da": ("Danish", "Deens", ("dansk",)),
    "sv": ("Swedish", "Zweeds", ("svenska",)),
    "no": ("Norwegian", "Noors", ("norsk", "nb", "nn")),
    "fi": ("Finnish", "Fins", ("suomi",)),
    "el": ("Greek", "Grieks", ("ellinika",)),
    "cs": ("Czech", "Tsjechisch", ("cestina",)),
    "sk": ("Slovak", "Slowaaks", ("slovencina",)),
    "hu": ("Hungarian", "Hongaars", ("magyar",)),
    "ro": ("Romanian", "Roemeens", ("romana",)),
    "bg": ("Bulgarian", "Bulgaars", ()),
    "hr": ("Croatian", "Kroatisch", ("hrvatski",)),
    "sr": ("Serbian", "Servisch", ("srpski",)),
    "sl": ("Slovenian", "Sloveens", ("slovenscina",)),
    "lt": ("Lithuanian", "Litouws", ("lietuviu",)),
    "lv": ("Latvian", "Lets", ("latviesu",)),
    "et": ("Estonian", "Estisch", ("eesti",)),
    "uk": ("Ukrainian", "Oekraïens", ()),
    "ru": ("Russian", "Russisch", ()),
    "zh": ("Chinese", "Chinees", ("mandarin", "mandarijn")),
    "hi": ("Hindi", "Hindi", ()),
    "ber": ("Berber", "Berbers", ("tamazight", "tamazight berbers")),
    "so": ("Somali", "Somalisch", ()),
    "fa": ("Persian", "Perzisch", ("farsi",)),
    "ti": ("Tigrinya", "Tigrinya", ()),
}


def _plain(text: str) -> str:
    plain = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return " ".join(re.sub(r"[^a-z ]", " ", plain.lower()).split())


_ALIASES = {}
for _code, (_english, _dutch, _others) in LANGUAGES.items():
    for _alias in (_code, _english, _dutch, *_others):
        _ALIASES[_plain(_alias)] = _code


def language_key(text: str) -> str | None:
    """The language's code for any way of writing it ("nl-NL", "Nederlands", "DUTCH"),
    or None for a language this list does not know."""
    plain = _plain(text)
    if plain in _ALIASES:
        return _ALIASES[plain]
    # a region or script after the code: nl-BE, en_GB, pt-BR, zh-Hant
    head = re.split(r"[-_ ]", text.strip().lower(), maxsplit=1)[0]
    return _ALIASES.get(_plain(head)) if len(head) in (2, 3) else None


def language_name(code: str, language: str = "nl") -> str:
    english, dutch, _others = LANGUAGES[code]
    return dutch if language == "nl" else english


@functools.lru_cache(maxsize=4096)
def comparable(text: str) -> str:
    """What suggestions compare: the code of a known language, else the text itself
    (cached: a programme of 5,000 people writes a handful of languages)."""
    return language_key(text) or text.strip().casefold()


def split_languages(text: str) -> list[str]:
    """The languages in a cell: "NL, EN", "Nederlands/Engels", "nl; en", "NL en EN"."""
    parts = re.split(r"[,;/+&|]|\s+(?:en|and|und|et)\s+", text)
    return [part.strip() for part in parts if part.strip()]
