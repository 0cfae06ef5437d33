"""Opening the data file for a command: unlocked first when it is encrypted (the
passphrase from the keychain, --passphrase-file or a prompt on a terminal; never from an
argument or the environment, which other users of the computer can see), and, for a
command that writes, refused while a window holds it."""

import contextlib
import getpass
import sys

from rmentor.cli.messages import Cli
from rmentor.cli.messages import messages_translator
from rmentor.models.errors import DomainError
from rmentor.models.storage.keys import read_secret
from rmentor.models.storage.server import is_server
from rmentor.models.text.i18n import QT_TRANSLATE_NOOP


@contextlib.contextmanager
def opened(args, create: bool = False):
    """The file open for a command that reads; an encrypted one unlocked first. While a
    window holds the file, it is read as it is, read-only: a journal beside it is the
    window's work in progress, not a crash's to recover. Else the command holds the
    lock itself while it runs (a report keeps its figures in the file)."""
    from rmentor.file_lock import FREE
    from rmentor.file_lock import FileLock
    from rmentor.models.storage import datafile

    if is_server(args.db):
        with connected(args, create):
            yield
        return
    unlock(args)
    path = datafile.real_path(args.db)
    lock = FileLock(path)
    shared = path.exists() and lock.take() != FREE
    try:
        datafile.open_file(path, create=create, shared=shared)
        say_upgraded(args)
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
    from rmentor.file_lock import UNWRITABLE
    from rmentor.file_lock import FileLock
    from rmentor.models.storage import datafile

    if is_server(args.db):  # many at once, by design: no lock to take
        with connected(args, create):
            yield
        return
    path = args.db
    lock = FileLock(datafile.real_path(path))
    taken = lock.take()
    if taken == UNWRITABLE:
        raise DomainError(
            QT_TRANSLATE_NOOP(
                "DomainError",
                "rmentor could not write the small lock file that keeps a window off "
                "{name} while this command changes it (the disk is full, or the folder is "
                "read-only). Nothing was changed.",
            ),
            name=path.name,
        )
    if taken != FREE:
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
        say_upgraded(args)
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
            from rmentor.models.storage.recovery import remove_leftovers

            remove_leftovers(datafile.current_path())
            yield
        finally:
            datafile.close_file()
    finally:
        lock.release()


@contextlib.contextmanager
def connected(args, create: bool = False):
    """A server database for a command, as the models' database."""
    from rmentor.models.storage import server
    from rmentor.models.storage.database import db

    database = with_password(args, args.db, create)
    db.initialize(database)
    try:
        yield
    finally:
        server.close_server()


def with_password(args, location, create: bool = False, given: bool = True):
    """A connection to location. Its password, when the server asks one (else
    PostgreSQL's own ways count: ~/.pgpass, PGPASSWORD): --passphrase-file (unless it
    was given for another location: `given` False), else the keychain, else a prompt on
    a terminal."""
    from rmentor.models.storage import keychain
    from rmentor.models.storage import server

    try:
        return server.connect_server(location, None, create)
    except server.PasswordRefused as refused:
        if args.passphrase_file is not None and given:
            password = read_secret(args.passphrase_file)
        elif kept := keychain.stored_password(location):
            password = kept
        elif sys.stdin.isatty():
            prompt = Cli(messages_translator(args)).password_prompt(location)
            password = getpass.getpass(prompt)
        else:
            raise DomainError(
                QT_TRANSLATE_NOOP(
                    "DomainError",
                    "{location} asks for a password. Give it with --passphrase-file FILE, "
                    "a file only you can read, or run the command in a terminal, where it "
                    "is asked.",
                ),
                location=str(location),
            ) from refused
        return server.connect_server(location, password, create)


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


def say_upgraded(args) -> None:
    """An older file brought up to date on opening: said, with where its copy is."""
    from rmentor.models.storage import datafile

    copy = datafile.upgrade_copy()
    if copy is not None:
        print(Cli(messages_translator(args)).upgraded(args.db, copy), file=sys.stderr)
