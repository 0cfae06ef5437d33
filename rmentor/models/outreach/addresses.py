"""E-mail addresses as a mail program takes them: a name never turns into another address."""

import re
from email.errors import MessageError
from email.headerregistry import Address

from rmentor.models.errors import DomainError
from rmentor.models.programme.validation import NOT_ONE_LINE
from rmentor.models.programme.validation import flat
from rmentor.models.text.i18n import QT_TRANSLATE_NOOP

NOT_IN_NAMES = re.compile(r'[@,;:<>"()\[\]\\]')


MAX_DISPLAY = 100


def address(name: str, email: str) -> Address:
    """The address as a mail header takes it; refused when a mail program could not use it."""
    email = email.strip()
    if "=?" in name:  # an encoded word: a mail program would decode it, maybe into addresses
        raise DomainError(
            QT_TRANSLATE_NOOP(
                "DomainError",
                'The name "{name}" holds "=?", which a mail program reads as code. Correct '
                "the name first.",
            ),
            name=name,
        )
    # what separates addresses has no place in a name: written encoded (a name with an
    # accent is), a mail program that decodes first would read it as more recipients
    display = " ".join(NOT_IN_NAMES.sub(" ", flat(name)).split())
    if len(display) > MAX_DISPLAY:  # whole in the text; a header line has 998 at most
        display = display[: MAX_DISPLAY - 1].rstrip() + "…"
    try:
        found = Address(display, addr_spec=email)
    except (ValueError, IndexError, MessageError):
        found = None
    if NOT_ONE_LINE.search(email) or "=?" in email or len(email) > 254:  # a header or
        found = None  # calendar line broken, or longer than an address can be
    if found is not None and found.addr_spec != email:  # a comment, "(…)", taken out
        found = None
    if found is None and not email:
        raise DomainError(
            QT_TRANSLATE_NOOP("DomainError", "{name} has no e-mail address in the file."),
            name=name,
        )
    if found is None:
        raise DomainError(
            QT_TRANSLATE_NOOP(
                "DomainError",
                '{name}: "{email}" is not an e-mail address a mail program can use. Type '
                "only the address, like name@company.nl.",
            ),
            name=name,
            email=email,
        )
    return found
