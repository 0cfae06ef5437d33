"""Finding people's names in free text, whatever way they were written.

A name is looked for as whole words, ignoring case, accents and Unicode normal
form ("Ömer", "omer" and an NFD "Ö" all match), and in every form a colleague
might write it: the full name, the first name, the last name with or without its
prefix ("van den Berg", "Berg"), each part of a double name, the e-mail address.
"""

import functools
import re
import unicodedata
from dataclasses import dataclass

# Dutch (and a few neighbouring) surname prefixes: never a name on their own.
PREFIXES = frozenset(
    {"van", "de", "der", "den", "het", "t", "s", "ter", "ten", "te", "in", "op", "aan", "bij"}
    | {"uit", "voor", "von", "zu", "la", "le", "du", "da", "di", "del", "des", "el", "al"}
)
MIN_WORD = 2  # a single letter is an initial, not something that names a person
_WORD = re.compile(r"[^\W\d_]+")  # letters only: "Ines2", "Marieke_Jansen" split apart
# Letters NFKD leaves whole, as people write them without the accent.
_PLAIN = str.maketrans(
    {
        "ł": "l",
        "ø": "o",
        "æ": "ae",
        "œ": "oe",
        "đ": "d",
        "ð": "d",
        "þ": "th",
        "ı": "i",
        "ħ": "h",
        "ŀ": "l",
        "ŧ": "t",
        "ŋ": "n",
        "ĸ": "k",
    }
)
# German and Dutch spell an umlaut out: Müller, Mueller.
_SPELLED_OUT = str.maketrans({"ä": "ae", "ö": "oe", "ü": "ue", "Ä": "Ae", "Ö": "Oe", "Ü": "Ue"})


def fold(text: str) -> tuple[str, list[int] | None]:
    """Lower case without accents (NFKD, marks dropped), and for each folded character
    the index of the character it came from (None: the same index, as in plain ASCII)."""
    if text.isascii():
        return text.lower(), None
    folded, origin = [], []
    for index, char in enumerate(text):
        if char.isascii():
            folded.append(char.lower())
            origin.append(index)
            continue
        for part in unicodedata.normalize("NFKD", char):
            # accents, and the invisible characters that can sit inside a word
            # (soft hyphen, zero-width space, word joiner, grapheme joiner)
            if unicodedata.combining(part) or unicodedata.category(part) in ("Cf", "Mn"):
                continue
            for letter in part.casefold().translate(_PLAIN):
                folded.append(letter)
                origin.append(index)
    return "".join(folded), origin


def fold_text(text: str) -> str:
    """fold()'s text alone, each character folded once and remembered: a list of 5,000
    names folds in a twentieth of the time."""
    if text.isascii():
        return text.lower()
    return "".join(char.lower() if char.isascii() else _folded(char) for char in text)


@functools.lru_cache(maxsize=4096)
def _folded(char: str) -> str:
    return fold(char)[0]


def words(text: str) -> tuple[str, ...]:
    return tuple(_WORD.findall(fold(text)[0]))


def name_forms(first: str, last: str, email: str = "") -> set[tuple[str, ...]]:
    """Every form of one person's name, as tuples of folded words."""
    forms = _forms(words(first), words(last))
    spelled = (first.translate(_SPELLED_OUT), last.translate(_SPELLED_OUT))
    if spelled != (first, last):
        forms |= _forms(words(spelled[0]), words(spelled[1]))
    if email:
        forms.add(words(email))
        local = email.partition("@")[0]
        if len(words(local)) > 1:
            forms.add(words(local))
    return {f for f in forms if f and sum(map(len, f)) >= MIN_WORD}


def _forms(first_words: tuple[str, ...], last_words: tuple[str, ...]) -> set[tuple[str, ...]]:
    core = tuple(w for w in last_words if w not in PREFIXES)
    given = tuple(w for w in first_words if w not in PREFIXES)
    forms = {first_words + last_words, first_words, last_words, core, first_words + core}
    # written as one word: a hashtag, a user name, a web address
    forms |= {("".join(first_words + core),), ("".join(first_words + last_words),)}
    forms.update((w,) for w in given + core if len(w) >= MIN_WORD)
    return forms


def sponsor_forms(name: str) -> set[tuple[str, ...]]:
    """A name typed in one field ("Gerard de Vries"): the first word is the given name."""
    first, _, rest = name.strip().partition(" ")
    return name_forms(first, rest)


@dataclass(frozen=True)
class Found:
    start: int  # in the original text
    end: int
    text: str


class NameFinder:
    """Looks for many names at once: word by word, longest form first."""

    def __init__(self, forms: set[tuple[str, ...]]):
        self.forms = frozenset(forms)
        self.longest = max((len(f) for f in forms), default=0)
        self.single = frozenset(w for f in forms for w in f)

    @classmethod
    def for_people(cls, people) -> "NameFinder":
        """From (first, last, email) triples, or from objects with those attributes."""
        forms = set()
        for person in people:
            if isinstance(person, tuple):
                forms |= name_forms(*person)
            else:
                forms |= name_forms(person.first_name, person.last_name, person.email)
        return cls(forms)

    def find(self, text: str) -> list[Found]:
        if not text or not self.forms:
            return []
        folded, origin = fold(text)
        tokens = [(m.group(), m.start(), m.end()) for m in _WORD.finditer(folded)]
        found, i = [], 0
        while i < len(tokens):
            if tokens[i][0] not in self.single and self._possessive(tokens[i][0]) is None:
                i += 1
                continue
            for size in range(min(self.longest, len(tokens) - i), 0, -1):
                candidate = tuple(t[0] for t in tokens[i : i + size])
                if candidate in self.forms or (
                    (stem := self._possessive(candidate[-1])) is not None
                    and candidate[:-1] + (stem,) in self.forms
                ):
                    start, end = tokens[i][1], tokens[i + size - 1][2]
                    if origin is not None:
                        start, end = origin[start], origin[end - 1] + 1
                    while end < len(text) and unicodedata.combining(text[end]):
                        end += 1  # the accent of a decomposed last letter
                    found.append(Found(start, end, text[start:end]))
                    i += size
                    break
            else:
                i += 1
        return found

    def _possessive(self, word: str) -> str | None:
        """The name in a Dutch or German possessive ("Pieters", "Mariekes"), if it is one;
        short names are left out ("bos" is a wood, not Bo's)."""
        if len(word) > 3 and word.endswith("s") and word[:-1] in self.single:
            return word[:-1]
        return None

    def names(self, text: str) -> bool:
        return bool(self.find(text))

    def replace(self, text: str, replacement: str) -> str:
        spans: list[list[int]] = []
        for hit in self.find(text):
            # one name whose parts the list holds apart ("Anne-Marie" of an Anne Marie
            # Josephine): one replacement, not "[name]-[name]"
            if spans and not text[spans[-1][1] : hit.start].strip(" " + HYPHENS):
                spans[-1][1] = hit.end
            else:
                spans.append([hit.start, hit.end])
        for start, end in reversed(spans):
            text = text[:start] + replacement + text[end:]
        return text


HYPHENS = "-\u2010\u2011"
# words too common to stand for a department or a job title on their own
GENERIC = frozenset(
    {"de", "het", "een", "en", "of", "op", "in", "van", "voor", "the", "a", "an", "and", "or"}
    | {"team", "afdeling", "department", "dept", "staff", "unit", "groep", "group"}
)
SHORT = 3  # a term this short ("HR", "IT") is found only as written, in capitals too


def term_forms(text: str) -> set[tuple[str, ...]]:
    """The forms of a department or job title as colleagues write it: as typed, as one
    word ("officemanager"), with "&" as "en" or "and", and with Dutch adjectives inflected
    ("financieel manager", "de financiële manager")."""
    base = words(text)
    if not base or (len(base) == 1 and (len(base[0]) < 2 or base[0] in GENERIC)):
        return set()
    forms = {base}
    if "&" in text:
        forms |= {words(text.replace("&", f" {word} ")) for word in ("en", "and")}
    for form in list(forms):
        if len(form) > 1:
            forms.add(("".join(form),))
            inflected = tuple(_inflected(w) for w in form[:-1]) + form[-1:]
            forms.add(inflected)
    return {f for f in forms if f}


def _inflected(word: str) -> str:
    if word.endswith("eel"):
        return word[:-3] + "ele"  # financieel: financiële
    return word if word.endswith("e") else word + "e"


class TermFinder(NameFinder):
    """Departments and job titles: whole words only, so "HR" is not found inside the
    compound "HR-manager", and no possessive ("Sales" is no one's "Sale"); a short term
    is found only as it was written ("IT", not "it")."""

    def __init__(self, terms):
        terms = [t.strip() for t in terms if t and t.strip()]
        forms = set().union(*(term_forms(t) for t in terms)) if terms else set()
        super().__init__(forms)
        self.exact: dict[tuple, set[str]] = {}
        for term in terms:
            base = words(term)
            if len(base) == 1 and len(base[0]) <= SHORT:
                self.exact.setdefault(base, set()).add(term)

    def _possessive(self, word: str) -> str | None:
        return None

    def find(self, text: str) -> list[Found]:
        return [
            hit
            for hit in super().find(text)
            if not _in_compound(text, hit)
            and (words(hit.text) not in self.exact or hit.text in self.exact[words(hit.text)])
        ]


def _in_compound(text: str, hit: Found) -> bool:
    before, after = text[max(0, hit.start - 2) : hit.start], text[hit.end : hit.end + 2]
    return (len(before) == 2 and before[1] in HYPHENS and before[0].isalnum()) or (
        len(after) == 2 and after[0] in HYPHENS and after[1].isalnum()
    )
