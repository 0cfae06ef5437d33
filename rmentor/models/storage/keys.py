"""Data keys: the random key a file is encrypted with, the recovery key that is that key
written out for paper, and the key file that holds it locked by the passphrase.

A file is encrypted with a random 256-bit data key, never with the passphrase itself.
The key file beside it ("<file>.key") holds the data key locked by the passphrase
(scrypt, then XOR with the stretched passphrase, and a MAC that tells a wrong passphrase
at once). So changing the passphrase rewrites that small file only, and the recovery
key, which is the data key itself with a checksum, keeps opening the file, even when
the key file is lost.
"""

import base64
import contextlib
import hashlib
import hmac
import json
import os
import re
import secrets
import stat
import unicodedata
import zlib
from pathlib import Path

from rmentor.models.errors import DomainError
from rmentor.models.errors import NotOrdinaryFile
from rmentor.models.errors import system_reason
from rmentor.models.text.i18n import QT_TRANSLATE_NOOP

KEY_BYTES = 32
PAGE_SIZE = 4096  # SQLCipher 4's page: an encrypted file is whole pages of it
SCRYPT = {"n": 2**15, "r": 8, "p": 1}  # about 0.15 s and 32 MiB: slow to guess
KEY_FILE_FORMAT = "rmentor-key-1"
SQLITE_MAGIC = b"SQLite format 3\x00"
MIN_PASSPHRASE = 8
SECRET_MAX = 4096  # a passphrase or a recovery key; more is not one
KEY_FILE_MAX = 64 * 1024  # a key file is 400 bytes: more is not one

_unlocked: dict[Path, bytes] = {}


def new_data_key() -> bytes:
    return secrets.token_bytes(KEY_BYTES)


BACKUP_NAME = re.compile(r"-\d{8}-\d{6}-\d{6}-[a-z0-9-]+-c\d+\.sqlite$")


def _data_file_of(path: Path) -> Path:
    """A backup copy (named as make_backup names them, in "<file>.backups") is opened
    with the key of the file it is a copy of; any other file with its own."""
    path = Path(os.path.abspath(path))
    folder = path.parent
    if folder.name.endswith(".backups") and BACKUP_NAME.search(path.name):
        data = folder.with_name(folder.name[: -len(".backups")])
        if path.name.startswith(data.stem + "-"):
            return data
    return path


def key_file_of(path: Path) -> Path:
    data = _data_file_of(path)
    return data.with_name(data.name + ".key")


def remember(path: Path, key: bytes | None) -> None:
    """The data key of a file for this session (its backups use it too)."""
    data = _data_file_of(path)
    if key is None:
        _unlocked.pop(data, None)
    else:
        _unlocked[data] = key


def unlocked_key(path: Path) -> bytes | None:
    return _unlocked.get(_data_file_of(path))


def forget_all() -> None:
    _unlocked.clear()


# how the files start that are random-looking too (compressed), but are no data file;
# three bytes at least, so a random salt starts so once in 16 million files (and never
# matters when the key file is beside it)
OTHER_MAGICS = (
    b"PK\x03\x04",  # zip, xlsx, docx
    b"%PDF",
    b"\x89PNG",
    b"\xff\xd8\xff",  # JPEG
    b"\x1f\x8b\x08",  # gzip
    b"7z\xbc\xaf",
    b"Rar!",
    b"\xd0\xcf\x11\xe0",  # an old Office file (xls)
    b"\xfd7zXZ",
    b"BZh",
)


def looks_encrypted(path: Path) -> bool:
    """An encrypted rmentor file starts with a random salt and its first page is random
    bytes, which do not compress; a text, a PDF, a zip or a spreadsheet does not look
    like that. A key file beside it settles it."""
    try:
        with open(path, "rb") as f:
            first = f.read(PAGE_SIZE)
    except OSError:
        return False
    if len(first) < 1024 or first.startswith(SQLITE_MAGIC):
        return False
    if key_file_of(path).is_file():
        return True
    if first.startswith(OTHER_MAGICS):
        return False
    return len(zlib.compress(first, 1)) >= len(first)


def cut_short(path: Path) -> bool:
    """An encrypted file that is not whole pages lost its end (a copy cut off)."""
    return path.stat().st_size % PAGE_SIZE != 0


# The recovery key: the data key and a two-byte checksum in base32, in groups of four.


def recovery_text(key: bytes) -> str:
    check = hashlib.sha256(b"rmentor recovery" + key).digest()[:2]
    text = base64.b32encode(key + check).decode("ascii").rstrip("=")
    return "-".join(text[i : i + 4] for i in range(0, len(text), 4))


BASE32 = set("ABCDEFGHIJKLMNOPQRSTUVWXYZ234567")


def looks_like_recovery_key(text: str) -> bool:
    """55 letters and digits of base32, with or without the dashes and spaces."""
    letters = _letters(text)
    return len(letters) == 55 and set(letters) <= BASE32 and len(text.strip()) <= 75


def _letters(text: str) -> str:
    # 0 and 1 are not base32: read them as the O and I they were meant to be
    return "".join(c for c in text.upper() if c.isalnum()).replace("0", "O").replace("1", "I")


def key_from_recovery(text: str) -> bytes:
    """The data key a recovery key holds; a typing error is refused in words."""
    letters = _letters(text)
    try:
        raw = base64.b32decode(letters + "=" * (-len(letters) % 8))
    except ValueError:
        raw = b""
    key, check = raw[:KEY_BYTES], raw[KEY_BYTES:]
    if len(raw) != KEY_BYTES + 2 or hashlib.sha256(b"rmentor recovery" + key).digest()[:2] != check:
        raise DomainError(
            QT_TRANSLATE_NOOP(
                "DomainError",
                "That is not the recovery key as printed: a letter is missing or mistyped "
                "(it has 55 letters and digits in groups of four). Nothing was changed.",
            )
        )
    return key


# The key file: the data key locked by the passphrase.


def _stretched(passphrase: str, salt: bytes) -> bytes:
    text = unicodedata.normalize("NFC", passphrase).encode("utf-8")
    return hashlib.scrypt(text, salt=salt, maxmem=64 * 2**20, dklen=64, **SCRYPT)


def key_file_bytes(path: Path) -> bytes:
    """A key file's bytes, read only when it is an ordinary file of a key file's size."""
    if not stat.S_ISREG(os.stat(path).st_mode):
        raise NotOrdinaryFile()
    with open(path, "rb") as f:
        return f.read(KEY_FILE_MAX)


def write_key_file(path: Path, key: bytes, passphrase: str) -> Path:
    """Lock the data key with a passphrase, beside the file; written whole or not at all."""
    salt = secrets.token_bytes(16)
    stretched = _stretched(passphrase, salt)
    locked = bytes(a ^ b for a, b in zip(key, stretched[:KEY_BYTES], strict=True))
    content = {
        "format": KEY_FILE_FORMAT,
        "what": "The data key of an encrypted rmentor file, locked by its passphrase.",
        "scrypt": SCRYPT,
        "salt": salt.hex(),
        "locked_key": locked.hex(),
        "check": hmac.new(stretched[KEY_BYTES:], locked, "sha256").hexdigest(),
    }
    target = key_file_of(path)
    write_whole(target, (json.dumps(content, indent=2) + "\n").encode("utf-8"))
    return target


def write_whole(target: Path, data: bytes) -> None:
    """Through "<target>.part", on disk before it takes the name: a crash leaves the old
    key file or the new one, never half of one (and opening removes the part)."""
    part = target.with_name(target.name + ".part")
    part.unlink(missing_ok=True)  # a leftover, or a link that would lead elsewhere
    try:
        with open(part, "xb") as f:
            os.chmod(part, 0o600)  # the key file is for its owner alone
            f.write(data)
            f.flush()
            os.fsync(f.fileno())
        os.replace(part, target)
    except BaseException:
        with contextlib.suppress(OSError):  # a read-only disk refuses this too
            part.unlink(missing_ok=True)
        raise


def key_from_passphrase(path: Path, passphrase: str) -> bytes:
    """Unlock the data key of a file with its passphrase, or say why not."""
    target = key_file_of(path)
    try:
        if not stat.S_ISREG(os.stat(target).st_mode):  # a pipe would never end the read
            raise ValueError
        with open(target, "rb") as f:
            content = json.loads(f.read(KEY_FILE_MAX).decode("utf-8"))
        salt = bytes.fromhex(content["salt"])
        locked = bytes.fromhex(content["locked_key"])
        check = bytes.fromhex(content["check"])
        if content["format"] != KEY_FILE_FORMAT or len(locked) != KEY_BYTES:
            raise ValueError
    except FileNotFoundError:
        raise DomainError(
            QT_TRANSLATE_NOOP(
                "DomainError",
                "{name} opens with its passphrase only beside {key_file}, which holds the "
                "lock the passphrase opens (not the passphrase), and it is not in the same "
                "folder (a copy made without it?). Copy {key_file} along, or open the file "
                "with its recovery key.",
            ),
            name=_data_file_of(path).name,
            key_file=target.name,
        ) from None
    except (OSError, ValueError, KeyError, TypeError, RecursionError):
        raise DomainError(
            QT_TRANSLATE_NOOP(
                "DomainError",
                "{key_file}, which holds the lock the passphrase of {name} opens, is "
                "damaged. Open the file with its recovery key instead.",
            ),
            name=_data_file_of(path).name,
            key_file=target.name,
        ) from None
    stretched = _stretched(passphrase, salt)
    expected = hmac.new(stretched[KEY_BYTES:], locked, "sha256").digest()
    if not hmac.compare_digest(expected, check):
        raise DomainError(
            QT_TRANSLATE_NOOP(
                "DomainError",
                "That passphrase does not open {name} (or its key file was changed). Check "
                "the keyboard's language and Caps Lock, or use the recovery key. Nothing was "
                "changed.",
            ),
            name=_data_file_of(path).name,
        )
    return bytes(a ^ b for a, b in zip(locked, stretched[:KEY_BYTES], strict=True))


def key_from_secret(path: Path, secret: str) -> bytes:
    """The passphrase or the recovery key, whichever was typed: what looks like a
    recovery key is read as one, unless it is the passphrase."""
    if looks_like_recovery_key(secret):
        try:
            return key_from_recovery(secret)
        except DomainError:
            if secret.count("-") >= 6:  # written as the sheet shows it: a typing error
                raise
    return key_from_passphrase(path, secret)


def strength(passphrase: str) -> int:
    """0 (too short) to 3 (strong): length counts most, a mix of kinds of characters
    helps; a hint, not a rule, apart from the minimum length."""
    if len(passphrase.strip()) < MIN_PASSPHRASE:
        return 0
    if len(set(passphrase.casefold())) < 6:  # "aaaaaaaaaaaa", "121212121212"
        return 1
    kinds = sum(
        any(test(c) for c in passphrase)
        for test in (str.islower, str.isupper, str.isdigit, lambda c: not c.isalnum())
    )
    words = len(passphrase.split())
    varied = len(set(passphrase.casefold())) >= 10  # not "12345678901234567890"
    if varied and (len(passphrase) >= 20 or (len(passphrase) >= 14 and (kinds >= 3 or words >= 3))):
        return 3
    if len(passphrase) >= 12 or kinds >= 3:
        return 2
    return 1


def read_secret(passphrase_file: Path) -> str:
    """The first line of the file: the passphrase, or the recovery key (on one line, or
    on the three lines of the sheet). Only an ordinary file of a few kilobytes is read:
    a pipe or a device would never end."""
    path = Path(passphrase_file)
    try:
        if not stat.S_ISREG(os.stat(path).st_mode):
            raise NotOrdinaryFile()
        with open(path, "rb") as f:
            text = f.read(SECRET_MAX).decode("utf-8-sig")
    except (OSError, UnicodeDecodeError) as exc:
        raise DomainError(
            QT_TRANSLATE_NOOP(
                "DomainError", "The passphrase file {name} cannot be read: {reason}."
            ),
            name=path.name,
            reason=system_reason(exc),
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
    joined = "-".join(line.strip() for line in lines[:3])
    return joined if looks_like_recovery_key(joined) else lines[0]
