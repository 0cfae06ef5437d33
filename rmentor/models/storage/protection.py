"""Protecting a file with a passphrase: a new encrypted file, a plain file encrypted (and
back), a new passphrase. Converting writes the new file beside the old one, checks that
every row arrived, and only then puts it in the old one's place: a crash at any moment
leaves one complete file that opens, the old one or the new one.
"""

import contextlib
import os
import stat
from pathlib import Path

from rmentor.models.errors import DomainError
from rmentor.models.errors import FailedCheck
from rmentor.models.storage import datafile
from rmentor.models.storage import engine
from rmentor.models.storage import keys
from rmentor.models.storage.backups import list_backups
from rmentor.models.storage.backups import make_backup
from rmentor.models.storage.database import failure_reason
from rmentor.models.text.i18n import QT_TRANSLATE_NOOP


def check_passphrase(passphrase: str, repeated: str) -> None:
    if len(passphrase.strip()) < keys.MIN_PASSPHRASE:
        raise DomainError(
            QT_TRANSLATE_NOOP("DomainError", "A passphrase needs at least {count} characters."),
            field="passphrase",
            count=keys.MIN_PASSPHRASE,
        )
    if keys.looks_like_recovery_key(passphrase):
        raise DomainError(
            QT_TRANSLATE_NOOP(
                "DomainError",
                "A passphrase cannot look like a recovery key (55 letters and digits): it "
                "would be read as one. Choose words of your own.",
            ),
            field="passphrase",
        )
    if passphrase != repeated:
        raise DomainError(
            QT_TRANSLATE_NOOP(
                "DomainError", "The two passphrases differ: type the same one twice."
            ),
            field="repeated",
        )


def create_protected(path: Path, passphrase: str) -> bytes:
    """A new, empty encrypted file and its key file; returns the data key (for the
    recovery key). The key file comes first: a crash between the two leaves a key file
    beside no file, which harms nothing."""
    if path.exists():
        raise DomainError(
            QT_TRANSLATE_NOOP("DomainError", "The file {name} already exists."), name=path.name
        )
    key = keys.new_data_key()
    if path.parent.is_dir():
        keys.write_key_file(path, key, passphrase)
    datafile.create_file(path, key=key)
    if not keys.key_file_of(path).exists():  # its folder was made with the file
        keys.write_key_file(path, key, passphrase)
    keys.remember(path, key)
    return key


def refuse_converting(path: Path) -> None:
    """Why the file cannot be encrypted now, if it cannot: read-only, or encrypted."""
    _writable(path)
    if datafile.is_encrypted(path):
        raise DomainError(
            QT_TRANSLATE_NOOP("DomainError", "The file {name} is encrypted already."),
            name=path.name,
        )


def protect(path: Path, passphrase: str, key: bytes | None = None) -> bytes:
    """Encrypt a plain file with a new data key (or key); returns the key. Its plain backup
    copies stay until the coordinator removes them (plain_backups, remove_backups)."""
    path = datafile.real_path(Path(path))
    if datafile.is_encrypted(path):
        raise DomainError(
            QT_TRANSLATE_NOOP("DomainError", "The file {name} is encrypted already."),
            name=path.name,
        )
    _writable(path)
    key = key or keys.new_data_key()
    converted = _converted(path, None, key)
    # a crash after this line and before the swap leaves the plain file, which opens as
    # plain: the key file beside it is not read until the file is encrypted
    keys.write_key_file(path, key, passphrase)
    _swap(converted, path)
    keys.remember(path, key)
    _first_backup(path, "encrypted")
    return key


def unprotect(path: Path, key: bytes) -> None:
    """Write the file back as plain SQLite. The key file stays while encrypted backup
    copies are kept (it opens them); remove_backups takes both away."""
    path = datafile.real_path(Path(path))
    _writable(path)
    converted = _converted(path, key, None)
    _swap(converted, path)
    keys.remember(path, key)  # the encrypted copies are still read with it this session
    _first_backup(path, "decrypted")


def _writable(path: Path) -> None:
    if not datafile.is_writable(path):
        raise DomainError(
            QT_TRANSLATE_NOOP(
                "DomainError",
                "The file {name} is read-only (or its folder is), so it cannot be converted. "
                "It was left as it is.",
            ),
            name=path.name,
        )


def _first_backup(path: Path, reason: str) -> None:
    """A copy of the new file, if one can be made: the file is converted whatever
    happens here, and opening it makes a copy again (and says when it cannot)."""
    with contextlib.suppress(DomainError, OSError):
        make_backup(path, reason)


def change_passphrase(path: Path, key: bytes, passphrase: str) -> None:
    """Lock the same data key with a new passphrase: the file is not rewritten, and the
    recovery key stays as it was."""
    keys.write_key_file(path, key, passphrase)


def key_of_open_file(path: Path, secret: str) -> bytes:
    """The data key of the open file, from its passphrase or recovery key typed again
    (before the passphrase is changed or the file made plain)."""
    key = keys.key_from_secret(path, secret)
    if key != keys.unlocked_key(path):
        raise DomainError(
            QT_TRANSLATE_NOOP(
                "DomainError", "That passphrase does not open {name}. Nothing was changed."
            ),
            name=path.name,
        )
    return key


def backups_of_other_kind(path: Path) -> list[Path]:
    """The copies that are plain while the file is encrypted, or the other way round."""
    encrypted = datafile.is_encrypted(path)
    return [b.path for b in list_backups(path) if keys.looks_encrypted(b.path) != encrypted]


def remove_backups(path: Path, copies: list[Path]) -> None:
    """Remove copies of the other kind; the key file goes too once neither the file nor
    any copy is encrypted."""
    for copy in copies:
        copy.unlink(missing_ok=True)
    still_encrypted = datafile.is_encrypted(path) or any(
        keys.looks_encrypted(b.path) for b in list_backups(path)
    )
    if not still_encrypted:
        keys.key_file_of(path).unlink(missing_ok=True)


def leftover_of(path: Path) -> Path:
    return path.with_name(path.name + ".converting")


def _converted(path: Path, old_key: bytes | None, new_key: bytes | None) -> Path:
    """The file written anew beside itself, checked row for row, on disk."""
    target = leftover_of(path)
    for each in (target, target.with_name(target.name + "-journal")):
        each.unlink(missing_ok=True)
    try:
        source = engine.connect(path, old_key, read_only=True)
        try:
            engine.export(source, target, new_key)
            expected = _counts(source)
        finally:
            source.close()
        copy = engine.connect(target, new_key, read_only=True)
        try:
            problems = [r[0] for r in copy.execute("PRAGMA integrity_check").fetchall()]
            arrived = _counts(copy)
        finally:
            copy.close()
        if problems != ["ok"] or arrived != expected:
            raise FailedCheck(
                QT_TRANSLATE_NOOP("DomainError", "the new file differs from the old one")
            )
        with open(target, "rb+") as f:
            os.fsync(f.fileno())
        os.chmod(target, stat.S_IMODE(path.stat().st_mode))  # as private as the file was
    except (engine.Error, OSError, FailedCheck) as exc:
        with contextlib.suppress(OSError):  # a read-only disk refuses this too
            target.unlink(missing_ok=True)
        raise DomainError(
            QT_TRANSLATE_NOOP(
                "DomainError",
                "The file {name} could not be converted ({reason}). It was left as it was.",
            ),
            name=path.name,
            reason=failure_reason(exc),
        ) from None
    return target


def _counts(con) -> dict[str, int]:
    tables = [
        row[0]
        for row in con.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"
        )
    ]
    return {t: con.execute(f'SELECT COUNT(*) FROM "{t}"').fetchone()[0] for t in tables}


def _swap(converted: Path, path: Path) -> None:
    """The new file takes the old one's name in one step (rename is atomic)."""
    was_open = datafile.current_path() is not None and datafile.current_path() == path
    if was_open:
        datafile.close_file()
    try:
        os.replace(converted, path)
    except OSError as exc:  # the file as it was; the key file beside it is not read
        converted.unlink(missing_ok=True)
        raise DomainError(
            QT_TRANSLATE_NOOP(
                "DomainError",
                "The file {name} could not be converted ({reason}). It was left as it was.",
            ),
            name=path.name,
            reason=failure_reason(exc),
        ) from None
    try:
        fd = os.open(path.parent, os.O_RDONLY)
    except OSError:  # Windows opens no folders; its rename is on disk when it returns
        return
    try:
        os.fsync(fd)
    finally:
        os.close(fd)
