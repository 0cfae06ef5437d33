"""The one exception type the domain raises for anything a coordinator can fix, and
the words for why the system refused a file."""

import errno
from typing import NamedTuple

from rmentor.models.text.i18n import QT_TRANSLATE_NOOP
from rmentor.models.text.wording import render

CONTEXT = "DomainError"


class DomainError(Exception):
    """An expected problem, told in plain words.

    ``message`` is an English source string with ``{name}`` placeholders, marked
    for translation; ``params`` fill them in. ``field`` names the form field the
    problem concerns, so a form can show it next to that field.
    """

    def __init__(self, message: str, field: str | None = None, **params):
        self.message = message
        self.field = field
        self.params = params
        super().__init__(self.text())

    def text(self, face=None) -> str:
        """Worded for a reader (wording.render); English without a face."""
        return render(self.message, self.params, face)


class Stopped(Exception):
    """The coordinator stopped a step: nothing of it was written (no file, no row)."""


class Reason(NamedTuple):
    """Why the system refused: a message of its own, worded for each reader."""

    message: str
    params: dict = {}  # noqa: RUF012 - never mutated

    def text(self, face=None) -> str:
        return render(self.message, self.params, face)


# The usual reasons in the reader's language: the system words them in its own, most
# often English, whatever language the coordinator reads.
SYSTEM_REASONS = {
    errno.ENOSPC: QT_TRANSLATE_NOOP("DomainError", "the disk is full"),
    getattr(errno, "EDQUOT", -1): QT_TRANSLATE_NOOP(
        "DomainError", "the disk space allowed to you is used up"
    ),
    errno.EACCES: QT_TRANSLATE_NOOP("DomainError", "you have no permission for it"),
    errno.EPERM: QT_TRANSLATE_NOOP("DomainError", "you have no permission for it"),
    errno.EROFS: QT_TRANSLATE_NOOP("DomainError", "the disk is read-only"),
    errno.ENOENT: QT_TRANSLATE_NOOP("DomainError", "the file or folder does not exist"),
    errno.ENAMETOOLONG: QT_TRANSLATE_NOOP("DomainError", "the name is too long"),
    errno.EISDIR: QT_TRANSLATE_NOOP("DomainError", "that is a folder"),
}


class FailedCheck(Exception):
    """A check of ours on a file that failed; its reason (marked for translation) is
    what a reader is told."""

    def __init__(self, reason: str):
        super().__init__(reason)
        self.reason = reason


class NotOrdinaryFile(OSError):
    """A pipe, a device or a folder where a file is read: it would never end, or it
    holds no file's bytes."""


WINDOWS_REASONS = {
    32: QT_TRANSLATE_NOOP("DomainError", "another program is using the file"),  # sharing
    33: QT_TRANSLATE_NOOP("DomainError", "another program is using the file"),  # lock
    19: QT_TRANSLATE_NOOP("DomainError", "the disk is read-only"),  # write-protected
    112: QT_TRANSLATE_NOOP("DomainError", "the disk is full"),
}


def system_reason(exc: BaseException) -> Reason:
    """An error's reason as a reader's language words it where it is a usual one; else
    the system's own words for a file error, or only the error's kind (nothing of the
    rest of its message, which could carry data)."""
    if isinstance(exc, FailedCheck):
        return Reason(exc.reason)
    if isinstance(exc, NotOrdinaryFile):
        return Reason(
            QT_TRANSLATE_NOOP(
                "DomainError", "it is not an ordinary file (a pipe, a device or a folder)"
            )
        )
    if isinstance(exc, OSError):
        # Windows says errno 13 for a file another program holds open too (Excel does)
        known = WINDOWS_REASONS.get(getattr(exc, "winerror", None)) or SYSTEM_REASONS.get(exc.errno)
        if known:
            return Reason(known)
        return Reason("{reason}", {"reason": exc.strerror or type(exc).__name__})
    return Reason("{reason}", {"reason": type(exc).__name__})
