"""Recognising a staff list's columns by their header in Dutch or English, and splitting
a full name into first and last name."""

import unicodedata

# Normalised header -> field. Normalising drops case, accents, spaces and punctuation.
HEADERS = {
    "voornaam": "first_name",
    "firstname": "first_name",
    "roepnaam": "first_name",
    "givenname": "first_name",
    "tussenvoegsel": "prefix",
    "tussenvoegsels": "prefix",
    "prefix": "prefix",
    "achternaam": "last_name",
    "lastname": "last_name",
    "surname": "last_name",
    "familienaam": "last_name",
    "familyname": "last_name",
    "naam": "name",
    "name": "name",
    "volledigenaam": "name",
    "fullname": "name",
    "email": "email",
    "emailadres": "email",
    "emailaddress": "email",
    "mail": "email",
    "rol": "role",
    "role": "role",
    "afdeling": "department",
    "department": "department",
    "dept": "department",
    "functie": "job_title",
    "jobtitle": "job_title",
    "functietitel": "job_title",
    "title": "job_title",
    "niveau": "level",
    "level": "level",
    "leidinggevende": "manager",
    "manager": "manager",
    "leidinggevendeemail": "manager",
    "manageremail": "manager",
    "talen": "languages",
    "languages": "languages",
    "taal": "languages",
    "language": "languages",
    "locatie": "location",
    "vestiging": "location",
    "location": "location",
    "site": "location",
    "themas": "themes",
    "themes": "themes",
    "thema": "themes",
    "theme": "themes",
    "onderwerpen": "themes",
    "interesses": "themes",
    "interests": "themes",
    "capaciteit": "capacity",
    "capacity": "capacity",
    "toestemming": "consent_date",
    "consent": "consent_date",
    "consentdate": "consent_date",
    "datumtoestemming": "consent_date",
    # read for a rule that gives the roles, never kept: the programme needs no birth dates
    "geboortejaar": "birth_year",
    "birthyear": "birth_year",
    "yearofbirth": "birth_year",
    "leeftijd": "age",
    "age": "age",
    "geboortedatum": "birth_date",
    "birthdate": "birth_date",
    "dateofbirth": "birth_date",
}
DATE_COLUMNS = ("consent_date", "birth_date")
UNDECIDED = "undecided"  # a date column whose order the coordinator has not chosen yet
ROLE_WORDS = {"mentor": "mentor", "junior": "mentor", "mentee": "mentee", "senior": "mentee"}


def normalise(text: str) -> str:
    """Text as a match reads it: its letters and digits, in one case, without accents
    ("Inès Lefèvre" is "ineslefevre"). Letters of any script count: a Greek or Cyrillic
    name, read as none, matched every other."""
    plain = unicodedata.normalize("NFKD", text).casefold()
    return "".join(c for c in plain if c.isalnum() and not unicodedata.combining(c))


DERIVED = "derived"  # a column of our own export that rmentor works out: not imported
ACTIVE_WORDS = {"yes": True, "ja": True, "true": True, "1": True}
ACTIVE_WORDS |= {"no": False, "nee": False, "false": False, "0": False}


def detect_mapping(
    headers: list[str], aliases: dict[str, str | None] | None = None
) -> list[str | None]:
    """The field each column holds, or None for a column that is ignored; `aliases` are
    our own export's headers (translator.header_aliases)."""
    known = dict(HEADERS)
    for header, target in (aliases or {}).items():
        known.setdefault(normalise(header), target or DERIVED)
    mapping, seen = [], set()
    for header in headers:
        found = known.get(normalise(header))
        mapping.append(found if found not in seen else None)
        seen.add(found)
    return mapping


PREFIX_WORDS = {
    "van",
    "de",
    "der",
    "den",
    "het",
    "ten",
    "ter",
    "te",
    "in",
    "'t",
    "von",
    "le",
    "la",
    "du",
    "op",
}


def split_name(full: str) -> tuple[str, str]:
    """ "Anaïs van der Berg" -> ("Anaïs", "van der Berg"); "Berg, Anaïs van der" too."""
    full = " ".join(full.split())
    if "," in full:
        last, first = (part.strip() for part in full.split(",", 1))
        words = first.split()
        prefix = []
        while len(words) > 1 and words[-1].lower() in PREFIX_WORDS:
            prefix.insert(0, words.pop())
        return " ".join(words), " ".join([*prefix, last])
    words = full.split()
    if len(words) < 2:
        return full, ""
    for i in range(1, len(words) - 1):
        if words[i].lower() in PREFIX_WORDS:
            return " ".join(words[:i]), " ".join(words[i:])
    return " ".join(words[:-1]), words[-1]
