"""Opening, creating and checking a programme data file.

A file is inspected from its raw header before SQLite touches it, so a file that
is not ours, or is newer than this app, is refused and left byte-for-byte as it was;
a journal left by a crash is dealt with first (recovery). An encrypted file is read
with its data key (keys.py): without one, opening asks for it (KeyNeeded).
"""

import contextlib
import os
import stat
import struct
import tempfile
from pathlib import Path

from rmentor.models.errors import DomainError
from rmentor.models.errors import system_reason
from rmentor.models.storage import checked
from rmentor.models.storage import engine
from rmentor.models.storage import integrity
from rmentor.models.storage import keys
from rmentor.models.storage import schema
from rmentor.models.storage.backups import folder_of
from rmentor.models.storage.database import db
from rmentor.models.storage.database import failure_reason
from rmentor.models.storage.database import file_db
from rmentor.models.storage.database import on_server
from rmentor.models.storage.recovery import journal_page_one
from rmentor.models.storage.recovery import recover_after_crash
from rmentor.models.text.i18n import QT_TRANSLATE_NOOP

SQLITE_MAGIC = keys.SQLITE_MAGIC


class KeyNeeded(DomainError):
    """An encrypted file, and no key for it yet: the window or the command asks for the
    passphrase (or the recovery key) and opens it again with the key."""


def first_bytes(path: Path) -> bytes:
    """The start of an existing file (its header), or a refusal in words. Only a regular
    file is read: a pipe would block the read, a device never end it."""
    name = path.name
    try:
        mode = os.stat(path).st_mode
    except OSError:
        mode = None
    journal = path.with_name(path.name + "-journal")
    if mode is not None and stat.S_ISREG(mode) and journal.exists() and not journal.is_file():
        raise DomainError(
            QT_TRANSLATE_NOOP(
                "DomainError",
                "Beside {name} is {journal}, which is not an ordinary file but has the name "
                "SQLite needs for the file's journal. Move or rename it, then open the file "
                "again.",
            ),
            name=name,
            journal=journal.name,
        )
    if mode is not None and not stat.S_ISREG(mode) and not stat.S_ISDIR(mode):
        raise DomainError(
            QT_TRANSLATE_NOOP(
                "DomainError",
                "{name} is not an ordinary file (a pipe, a device or a socket), so it "
                "cannot be a data file. Nothing was read from it.",
            ),
            name=name,
        )
    try:
        with open(path, "rb") as f:
            header = f.read(100)
    except IsADirectoryError:
        raise DomainError(
            QT_TRANSLATE_NOOP("DomainError", "{name} is a folder, not a data file."), name=name
        ) from None
    except OSError as exc:
        raise DomainError(
            QT_TRANSLATE_NOOP("DomainError", "The file {name} cannot be read: {reason}."),
            name=name,
            reason=system_reason(exc),
        ) from None
    if not header:
        raise DomainError(
            QT_TRANSLATE_NOOP(
                "DomainError",
                "The file {name} is empty, so it holds no programme data. It was left as it is.",
            ),
            name=name,
        )
    return header


def is_encrypted(path: Path) -> bool:
    """Plain SQLite, or an encrypted rmentor file; anything else is refused."""
    header = first_bytes(path)
    if len(header) == 100 and header.startswith(SQLITE_MAGIC):
        return False
    if keys.looks_encrypted(path):
        if keys.cut_short(path):
            raise DomainError(
                QT_TRANSLATE_NOOP(
                    "DomainError",
                    "The file {name} is an encrypted rmentor file that was cut short (a copy "
                    "that did not finish?), or no rmentor file at all. It was left as it is; "
                    "open a backup copy instead.",
                ),
                name=path.name,
            )
        return True
    raise DomainError(
        QT_TRANSLATE_NOOP(
            "DomainError", "The file {name} is not an rmentor data file. It was left as it is."
        ),
        name=path.name,
    )


def key_for(path: Path) -> bytes | None:
    """The data key to read a file (or a backup copy) with: None for a plain one; an
    encrypted one without a key unlocked this session asks for it."""
    if not is_encrypted(path):
        return None
    key = keys.unlocked_key(path)
    if key is None:
        raise KeyNeeded(
            QT_TRANSLATE_NOOP(
                "DomainError", "The file {name} is encrypted: its passphrase is needed."
            ),
            name=path.name,
        )
    return key


def read_header(path: Path, key: bytes | None = None) -> tuple[int, int]:
    """Return (application_id, user_version) of an existing file, or refuse it."""
    if is_encrypted(path):
        return _encrypted_header(path, key or key_for(path))
    header = first_bytes(path)
    (user_version,) = struct.unpack(">i", header[60:64])
    (application_id,) = struct.unpack(">i", header[68:72])
    return application_id & 0xFFFFFFFF, user_version


def _encrypted_header(path: Path, key: bytes) -> tuple[int, int]:
    """Read the two numbers of page 1 with the key, from a copy of that page alone (the
    rest left empty): the file is not touched, even when a crash left a journal beside
    it that a read-only connection could not play back, and a wrong key changes
    nothing. SQLCipher checks the page's HMAC, so a wrong key is told from the right
    one; when the crash came while page 1 was written, the journal's copy is read."""
    journal = path.with_name(path.name + "-journal")
    with open(path, "rb") as f:
        pages = [f.read(keys.PAGE_SIZE)]
    if journal.is_file():  # a crash cut off a write: page 1 as it was before
        pages.append(journal_page_one(journal, keys.PAGE_SIZE) or b"")
    for page in pages:
        found = _header_of_page(path, page, key)
        if found is not None:
            return found
    raise DomainError(
        QT_TRANSLATE_NOOP(
            "DomainError",
            "This key does not open {name}: it belongs to another file, or the file is "
            "damaged. The file was left as it is.",
        ),
        name=path.name,
    )


def _header_of_page(path: Path, page: bytes, key: bytes) -> tuple[int, int] | None:
    try:
        with tempfile.TemporaryDirectory(prefix="rmentor-") as folder:
            probe = Path(folder) / "page1"
            with open(probe, "wb") as f:  # ciphertext: nothing readable in the temp folder
                f.write(page)
                f.truncate(path.stat().st_size)  # the file's size, in zeros SQLite never reads
            con = engine.connect(probe, key, read_only=True)
            try:
                application_id = con.execute("PRAGMA application_id").fetchone()[0]
                version = con.execute("PRAGMA user_version").fetchone()[0]
            finally:
                con.close()
    except (engine.Error, OSError, UnicodeDecodeError):
        return None
    return application_id & 0xFFFFFFFF, version


def check_ours(path: Path, key: bytes | None = None) -> int:
    """Refuse a file that is not ours or is newer than this app; return its version."""
    application_id, version = read_header(path, key)
    if application_id != schema.APPLICATION_ID:
        raise DomainError(
            QT_TRANSLATE_NOOP(
                "DomainError",
                "The file {name} is a database of another program, not an rmentor data file. "
                "It was left as it is.",
            ),
            name=path.name,
        )
    if version > schema.SCHEMA_VERSION:
        raise DomainError(
            QT_TRANSLATE_NOOP(
                "DomainError",
                "The file {name} was written by a newer version of rmentor (data version "
                "{found}; this version reads up to {known}). Update rmentor to open it; "
                "the file was left as it is.",
            ),
            name=path.name,
            found=version,
            known=schema.SCHEMA_VERSION,
        )
    if version < 1:
        raise DomainError(
            QT_TRANSLATE_NOOP(
                "DomainError",
                "The file {name} was never completed by rmentor and holds no data. "
                "It was left as it is.",
            ),
            name=path.name,
        )
    return version


def real_path(path: Path) -> Path:
    """The file a path names, following a link; a link to nothing, or a loop of links,
    is refused (opening it would put a new, empty file in its place)."""
    path = Path(path)
    if not path.is_symlink():
        return path
    try:
        return path.resolve(strict=True)
    except (OSError, RuntimeError):
        raise DomainError(
            QT_TRANSLATE_NOOP(
                "DomainError",
                "{name} is a link to a file that does not exist (or a loop of links). "
                "Nothing was opened or created.",
            ),
            name=path.name,
        ) from None


def copy_to(target: Path, repair: bool = False) -> None:
    """Write a consistent copy of the open file to target (replacing it); repaired: with
    every broken character of its text replaced (U+FFFD) and every NUL left out."""
    refuse_overwriting(target)
    tmp = target.with_name(target.name + ".copying")
    try:
        tmp.unlink(missing_ok=True)  # a leftover, or a link that would lead elsewhere
        dst = engine.connect(tmp, db.key)
        try:
            db.connection().backup(dst)
            if repair:
                integrity.repair_text(dst)
        finally:
            dst.close()
        key_file = keys.key_file_of(current_path())
        if db.key is not None and key_file.is_file():  # the passphrase opens the copy too
            keys.write_whole(keys.key_file_of(target), keys.key_file_bytes(key_file))
        os.replace(tmp, target)
    except (engine.Error, OSError) as exc:
        with contextlib.suppress(OSError):  # a read-only disk refuses this too
            tmp.unlink(missing_ok=True)
        raise DomainError(
            QT_TRANSLATE_NOOP("DomainError", "The copy {name} could not be written: {reason}."),
            name=target.name,
            reason=failure_reason(exc),
        ) from None


def create_file(path: Path, version: int = schema.SCHEMA_VERSION, key: bytes | None = None) -> None:
    """Write a new, empty data file, encrypted with key if one is given; it appears
    complete or not at all."""
    if path.exists():
        raise DomainError(
            QT_TRANSLATE_NOOP("DomainError", "The file {name} already exists."), name=path.name
        )
    if path.parent == default_path().parent:
        path.parent.mkdir(parents=True, exist_ok=True)  # the data folder, on first start
    elif not path.parent.is_dir():
        raise DomainError(
            QT_TRANSLATE_NOOP(
                "DomainError",
                "The folder {folder} does not exist (a drive that is not connected?). "
                "Nothing was created.",
            ),
            folder=str(path.parent),
        )
    tmp = path.with_name(path.name + ".creating")
    try:
        tmp.unlink(missing_ok=True)  # left by a creation cut short
        con = engine.connect(tmp, key, isolation_level=None)
        try:
            con.execute("PRAGMA journal_mode = delete")
            schema.apply_steps(con, 0, version)
        finally:
            con.close()
        os.replace(tmp, path)
    except (engine.Error, OSError) as exc:
        with contextlib.suppress(OSError):  # a read-only disk refuses this too
            tmp.unlink(missing_ok=True)
            tmp.with_name(tmp.name + "-journal").unlink(missing_ok=True)
        raise DomainError(
            QT_TRANSLATE_NOOP("DomainError", "The file {name} cannot be created: {reason}."),
            name=path.name,
            reason=failure_reason(exc),
        ) from None


def is_writable(path: Path) -> bool:
    """Marked writable, and writable by us; SQLite writes a journal beside the file,
    so the folder must be writable too. (An administrator may write a file marked
    read-only; we honour the mark all the same.)"""
    marked = path.stat().st_mode & stat.S_IWUSR
    return bool(marked) and os.access(path, os.W_OK) and os.access(path.parent, os.W_OK)


def open_file(path, create: bool = True, key=None, shared: bool = False, check=None) -> bool:
    """Check, migrate if needed, and connect the shared database to the file; an
    encrypted file with key, or the key unlocked for it before (else KeyNeeded).
    shared: another process (a window) holds the file: it is read as it is, read-only,
    with no recovery of a journal (which is that process's work in progress).
    check(path, key): the full check of a file changed since it was found whole (the
    window runs it on a thread of its own: seconds for a large file).

    Returns True when the file is opened read-only (it, or its folder, cannot be
    written, or it is shared); such a file is never migrated.
    """
    path = real_path(Path(path))
    close_file()
    global _upgraded
    _upgraded = None
    if not path.exists():
        if not create:
            raise DomainError(
                QT_TRANSLATE_NOOP("DomainError", "The file {name} does not exist."), name=path.name
            )
        create_file(path)
    if is_encrypted(path):
        key = key or key_for(path)
        version = check_ours(path, key)
        keys.remember(path, key)  # recovery, the check and the backups read it with it
    else:
        key = None
        version = check_ours(path)
    read_only = shared or not is_writable(path)
    if not read_only:
        recover_after_crash(path)
        # a conversion killed halfway: the file is whole, and the copy it was writing
        # may be plain text of an encrypted file (a conversion running now in another
        # process fails on it, safely: its file stays as it was)
        leftover = path.with_name(path.name + ".converting")
        for each in (leftover, leftover.with_name(leftover.name + "-journal")):
            each.unlink(missing_ok=True)
        if key is not None:  # page 1 as the journal left it, played back
            version = check_ours(path, key)
    global _broken
    if checked.unchanged(path):  # found whole before, and not changed since
        _broken = ""
    else:
        _broken = (check or integrity.check_integrity)(path, key)
        if not _broken and not read_only:
            checked.remember(path)
    if shared and version < schema.SCHEMA_VERSION:
        raise DomainError(
            QT_TRANSLATE_NOOP(
                "DomainError",
                "{name} is open in an rmentor window, which will update it when it "
                "opens it again. Close it there first.",
            ),
            name=path.name,
        )
    read_only = read_only or bool(_broken)  # saving would keep the broken text
    if read_only:
        if version < schema.SCHEMA_VERSION:
            raise DomainError(
                QT_TRANSLATE_NOOP(
                    "DomainError",
                    "The file {name} was made by an older rmentor and must be "
                    "updated, but it is read-only. Copy it to a folder you can write to.",
                ),
                name=path.name,
            )
        file_db.init(f"{path.resolve().as_uri()}?mode=ro", key=key, uri=True)
    else:
        _upgraded = schema.migrate(path, version)
        file_db.init(str(path), key=key)
    db.initialize(file_db)
    db.connect()
    return read_only


_broken = ""
_upgraded: Path | None = None


def upgrade_copy() -> Path | None:
    """The copy made before the open file was brought up to this version, if opening it
    did that: the coordinator is told where the file as it was is kept."""
    return _upgraded


def broken_text_in_open_file() -> str:
    """Where the open file holds broken text (it is then read-only), else ""."""
    return _broken


def is_read_only() -> bool:
    return not on_server() and str(db.database or "").endswith("?mode=ro")


@contextlib.contextmanager
def opened(path, create: bool = True):
    """The file open for the length of a command, closed however the command ends."""
    open_file(path, create=create)
    try:
        yield
    finally:
        close_file()


def close_file() -> None:
    if not db.is_closed():
        db.close()


def current_path() -> Path | None:
    if on_server() or not db.database or db.database == ":memory:":
        return None
    if str(db.database).startswith("file:"):  # read-only: a file URI
        from urllib.parse import unquote
        from urllib.parse import urlparse

        return Path(unquote(urlparse(str(db.database)).path))
    return Path(db.database)


def refuse_overwriting(target: Path) -> None:
    """A report, export or draft may never be written over the open data file, its
    journal or lock, or into its backups; nor over a pipe or a device, which the file
    written beside it and renamed would replace (as root, /dev/full itself)."""
    if os.path.exists(target) and not os.path.isfile(target) and not os.path.isdir(target):
        raise DomainError(
            QT_TRANSLATE_NOOP(
                "DomainError",
                "{name} is not an ordinary file (a pipe or a device), which a document may "
                "not replace. Choose another name.",
            ),
            name=Path(target).name,
        )
    path = current_path()
    if path is None:
        return
    data = real_path(path).resolve()
    ours = {data, *(data.with_name(data.name + s) for s in ("-journal", "-wal", "-shm"))}
    ours.add(keys.key_file_of(data))
    ours |= {data.with_name(f".{data.name}.lock"), folder_of(data)}
    target = Path(os.path.abspath(target))  # "." is the folder one is in, named
    # the target, and the ".part" it is first written to (a link there would lead on)
    part = target.with_name(target.name + ".part") if target.name else target
    for each in (target, part):
        if _one_of(each, ours, data):
            raise DomainError(
                QT_TRANSLATE_NOOP(
                    "DomainError",
                    "{name} is the data file (or one of its backups), which a document may "
                    "not replace. Choose another name.",
                ),
                name=Path(target).name,
            )


def _one_of(target: Path, ours: set[Path], data: Path) -> bool:
    resolved = target.resolve()
    if resolved in ours or folder_of(data) in resolved.parents:
        return True
    # the same file by another name: a hard link, or other letter case on macOS/Windows
    try:
        return target.exists() and any(p.exists() and os.path.samefile(target, p) for p in ours)
    except OSError:
        return False


def default_path() -> Path:
    """The file used without --db: one file in the user's data folder."""
    import platformdirs

    return Path(platformdirs.user_data_dir("rmentor", appauthor=False)) / "rmentor.sqlite"
