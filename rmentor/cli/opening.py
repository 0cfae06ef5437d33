"""Opening the data file for a command: unlocked first when it is encrypted (the
passphrase from the keychain, --passphrase-file or a prompt on a terminal; never from an
argument or the environment, which other users of the computer can see), and, for a
command that writes, refused while a window holds it."""

import contextlib
import getpass
import os
import stat
import sys
from pathlib import Path

from rmentor.cli.messages import Cli
from rmentor.cli.messages import messages_translator
from rmentor.models.errors import DomainError
from rmentor.models.text.i18n import QT_TRANSLATE_NOOP

SECRET_MAX = 4096  # a passphrase or a recovery key; more is not one


@contextlib.contextmanager
def opened(args, create: bool = False):
    """The file open for a command that reads; an encrypted one unlocked first. While a
    window holds the file, it is read as it is, read-only: a journal beside it is the
    window's work in progress, not a crash's to recover. Else the command holds the
    lock itself while it runs (a report keeps its figures in the file)."""
    from rmentor.file_lock import FREE
    from rmentor.file_lock import FileLock
    from rmentor.models.storage import datafile

    unlock(args)
    path = datafile.real_path(args.db)
    lock = FileLock(path)
    shared = path.exists() and lock.take() != FREE
    try:
        datafile.open_file(path, create=create, shared=shared)
        try:
            yield
        finally:
            datafile.close_file()
    finally:
        lock.release()


@contextlib.contextmanager
def writing(args, create: bool = False):
    """The file open for a command that writes: refused while a window has it open
    (the window's lock file), since the window's undo history would replay over it."""
    from rmentor.file_lock import FREE
    from rmentor.file_lock import FileLock
    from rmentor.models.storage import datafile

    path = args.db
    lock = FileLock(datafile.real_path(path))
    if lock.take() != FREE:
        raise DomainError(
            QT_TRANSLATE_NOOP(
                "DomainError",
                "{name} is open in an rmentor window. Close it there first: the window and "
                "this command would each change it without knowing of the other.",
            ),
            name=path.name,
        )
    try:
        unlock(args)
        datafile.open_file(datafile.real_path(path), create=create)
        try:
            if datafile.is_read_only():
                raise DomainError(
                    QT_TRANSLATE_NOOP(
                        "DomainError",
                        "{name} can only be read now (it is read-only, or holds text another "
                        "program broke: `check` says where). Nothing was changed.",
                    ),
                    name=path.name,
                )
            datafile.remove_leftovers(datafile.current_path())
            yield
        finally:
            datafile.close_file()
    finally:
        lock.release()


def read_secret(passphrase_file: Path) -> str:
    """The first line of the file: the passphrase, or the recovery key (on one line, or
    on the three lines of the sheet). Only an ordinary file of a few kilobytes is read:
    a pipe or a device would never end."""
    path = Path(passphrase_file)
    try:
        if not stat.S_ISREG(os.stat(path).st_mode):
            raise IsADirectoryError(21, "not an ordinary file")
        with open(path, "rb") as f:
            text = f.read(SECRET_MAX).decode("utf-8-sig")
    except (OSError, UnicodeDecodeError) as exc:
        raise DomainError(
            QT_TRANSLATE_NOOP(
                "DomainError", "The passphrase file {name} cannot be read: {reason}."
            ),
            name=path.name,
            reason=getattr(exc, "strerror", None) or type(exc).__name__,
        ) from None
    lines = [line for line in text.splitlines() if line.strip()]
    if not lines:
        raise DomainError(
            QT_TRANSLATE_NOOP(
                "DomainError",
                "The passphrase file {name} is empty: put the passphrase on its first line.",
            ),
            name=path.name,
        )
    from rmentor.models.storage.keys import looks_like_recovery_key

    joined = "-".join(line.strip() for line in lines[:3])
    return joined if looks_like_recovery_key(joined) else lines[0]


def unlock(args) -> None:
    """Unlock an encrypted data file for this command; a plain one needs nothing."""
    from rmentor.models.storage import datafile
    from rmentor.models.storage import keychain
    from rmentor.models.storage import keys

    path = datafile.real_path(args.db)
    if not path.exists() or not datafile.is_encrypted(path) or keys.unlocked_key(path):
        return
    if args.passphrase_file is not None:
        secret = read_secret(args.passphrase_file)
    else:
        key = keychain.stored_key(path)
        if key is not None:
            with contextlib.suppress(DomainError):  # a key kept for an older file there
                datafile.check_ours(path, key)
                keys.remember(path, key)
                return
        if not sys.stdin.isatty():
            raise DomainError(
                QT_TRANSLATE_NOOP(
                    "DomainError",
                    "{name} is encrypted. Give its passphrase (or recovery key) with "
                    "--passphrase-file FILE, a file only you can read, or run the command "
                    "in a terminal, where it is asked.",
                ),
                name=path.name,
            )
        secret = getpass.getpass(Cli(messages_translator(args)).passphrase_prompt(path.name))
    keys.remember(path, keys.key_from_secret(path, secret))
