"""Writing the files a coordinator asks for (documents, drafts, calendars, exports): whole
or not at all, under names every system takes, never over the data file."""

import contextlib
import os
import re
import tempfile
import unicodedata
from pathlib import Path

from rmentor.models.errors import DomainError
from rmentor.models.errors import system_reason
from rmentor.models.storage import datafile
from rmentor.models.text.i18n import QT_TRANSLATE_NOOP

UNSAFE = re.compile(r'[<>:"/\\|?*\x00-\x1f]')
NAME_BYTES = 180  # of the 255 a file name may have, room left for " (2).eml"
UMASK = os.umask(0o022)  # read once (setting is the only way to read it), then put back
os.umask(UMASK)


def safe_name(text: str, suffix: str) -> str:
    """A file name every system takes: no separators, reserved or invisible characters
    (a right-to-left mark would turn the name around), at most NAME_BYTES in UTF-8."""
    text = "".join(c for c in text if unicodedata.category(c) != "Cf")
    stem = " ".join(UNSAFE.sub(" ", text).split()).strip(". ")
    stem = stem.encode()[:NAME_BYTES].decode(errors="ignore").rstrip(". ") or "rmentor"
    return stem + suffix


def unique(folder: Path, name: str) -> Path:
    path = folder / name
    stem, suffix = path.stem, path.suffix
    n = 2
    try:
        while path.exists():
            path = folder / f"{stem} ({n}){suffix}"
            n += 1
    except OSError as exc:
        raise cannot_write(path, exc) from None
    return path


def cannot_write(path: Path, exc: OSError) -> DomainError:
    return DomainError(
        QT_TRANSLATE_NOOP("DomainError", "{path} cannot be written: {reason}."),
        path=str(path),
        reason=system_reason(exc),
    )


def write_bytes(path: Path, data: bytes, cannot=None) -> Path:
    """Whole or not at all, through a temporary file of a new name (never one that is
    there already, which could be a link leading elsewhere: into the data file). The
    caller has checked the name with datafile.refuse_overwriting (or unique in a folder);
    `cannot(path, exc)` words a failure, when cannot_write's words are not the best."""
    path = Path(path)
    tmp = None
    try:
        # a short name of its own: the target's may already be as long as names may be
        handle, name = tempfile.mkstemp(prefix=".rmentor-", suffix=".part", dir=path.parent)
        tmp = Path(name)
        with os.fdopen(handle, "wb") as f:
            f.write(data)
        os.chmod(tmp, 0o666 & ~UMASK)  # as any file made here: mkstemp's is the owner's alone
        tmp.replace(path)
    except OSError as exc:
        if tmp is not None:
            with contextlib.suppress(OSError):  # a read-only disk refuses this too
                tmp.unlink(missing_ok=True)
        raise (cannot or cannot_write)(path, exc) from None
    return path


def can_write(path: Path, cannot=None) -> None:
    """Refuse, before anything is kept or drawn for it, a file that cannot be written: its
    folder missing or read-only, or a folder by its name."""
    path = Path(path)
    try:
        if path.is_dir():
            raise IsADirectoryError(21, "Is a directory")
        handle, name = tempfile.mkstemp(prefix=".rmentor-", suffix=".part", dir=path.parent)
        os.close(handle)
        Path(name).unlink()
    except OSError as exc:
        raise (cannot or cannot_write)(path, exc) from None


def folder_ready(folder: Path) -> Path:
    folder = Path(folder)
    datafile.refuse_overwriting(folder)  # a folder named as its journal or lock would block it
    if folder.exists() and not folder.is_dir():
        raise DomainError(
            QT_TRANSLATE_NOOP(
                "DomainError", "{path} is a file, not a folder. Nothing was written."
            ),
            path=str(folder),
        )
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise cannot_write(folder, exc) from None
    return folder
