"""Automatic backup copies of a data file, checked, thinned, listed and restored.

Copies are made with SQLite's online backup API into "<file>.backups/" beside the
file. Each copy's name records when it was made, why, and the file's change counter
at that moment, so "has the file changed since the last copy" needs no hashing.
A copy is checked with PRAGMA integrity_check before any older copy is thinned:
the last 10 are kept, plus the newest of each of the last 7 days and of each of the
last 8 weeks. The copies of an encrypted file are encrypted with its data key.
"""

import contextlib
import datetime as dt
import os
import re
import struct
import threading
from dataclasses import dataclass
from pathlib import Path

from rmentor.models.errors import DomainError
from rmentor.models.errors import FailedCheck
from rmentor.models.storage import engine
from rmentor.models.storage import keys
from rmentor.models.storage.database import failure_reason
from rmentor.models.text.i18n import QT_TRANSLATE_NOOP

KEEP_LAST, KEEP_DAYS, KEEP_WEEKS = 10, 7, 8
NAME_RE = re.compile(r"-(\d{8}-\d{6}-\d{6})-([a-z0-9-]+)-c(\d+)\.sqlite$")


def folder_of(path: Path) -> Path:
    return path.with_name(path.name + ".backups")


def change_counter(path: Path) -> int:
    """SQLite's file change counter (header bytes 24-27): it moves with every write. In an
    encrypted file these bytes are ciphertext of page 1, which changes with every write
    as well (a new IV each time)."""
    with open(path, "rb") as f:
        header = f.read(28)
    return struct.unpack(">I", header[24:28])[0] if len(header) == 28 else 0


@dataclass(frozen=True)
class Backup:
    path: Path
    made: dt.datetime
    reason: str
    counter: int

    def counts(self) -> tuple[int, int, int]:
        """(participants, pairings, meetings) in the copy."""
        con = engine.connect(self.path, key_of(self.path), read_only=True)
        try:
            return tuple(
                con.execute(f"SELECT COUNT(*) FROM {table}").fetchone()[0]
                for table in ("participant", "pairing", "meeting")
            )
        finally:
            con.close()


def key_of(path: Path) -> bytes | None:
    """The data key a file or copy is read with: None for a plain one (a copy made before
    the file was encrypted stays plain)."""
    return keys.unlocked_key(path) if keys.looks_encrypted(path) else None


def list_backups(path: Path) -> list[Backup]:
    """The copies of this file, newest first."""
    folder = folder_of(path)
    if not folder.is_dir():
        return []
    found = []
    for item in folder.iterdir():
        match = NAME_RE.search(item.name)
        if match and item.name.startswith(path.stem):
            made = dt.datetime.strptime(match.group(1), "%Y%m%d-%H%M%S-%f")
            found.append(Backup(item, made, match.group(2), int(match.group(3))))
    return sorted(found, key=lambda b: b.made, reverse=True)


def changed_since_last_backup(path: Path) -> bool:
    backups = list_backups(path)
    return not backups or backups[0].counter != change_counter(path)


# One copy at a time: a copy made on opening runs on a thread of its own, and an erasure,
# import or conversion waits for it rather than thinning or listing copies under it.
_MAKING = threading.Lock()


def make_backup(path: Path, reason: str) -> Backup:
    """Copy the file's committed state, check the copy, then thin old ones.

    The copy reads through a connection of its own, so it works while the app's
    connection is inside a transaction (it then copies the state before it).
    """
    with _MAKING:
        return _make_backup(Path(path), reason)


def _make_backup(path: Path, reason: str) -> Backup:
    folder = folder_of(path)
    now = dt.datetime.now()
    counter = change_counter(path)
    target = folder / f"{path.stem}-{now:%Y%m%d-%H%M%S-%f}-{reason}-c{counter}.sqlite"
    part = target.with_suffix(".part")
    try:
        folder.mkdir(exist_ok=True)
        key = key_of(path)
        src = engine.connect(path, key, read_only=True)
        dst = engine.connect(part, key)
        try:
            src.backup(dst)
            result = dst.execute("PRAGMA integrity_check").fetchone()[0]
        finally:
            dst.close()
            src.close()
    except (engine.Error, OSError) as exc:  # a full disk, a folder we may not write
        with contextlib.suppress(OSError):  # (or a file where the folder should be)
            part.unlink(missing_ok=True)
            part.with_name(part.name + "-journal").unlink(missing_ok=True)
        raise DomainError(
            QT_TRANSLATE_NOOP(
                "DomainError",
                "No backup copy of {name} could be written ({reason}); the file itself "
                "was not changed, and the older copies were kept.",
            ),
            name=path.name,
            reason=failure_reason(exc),
        ) from None
    if result != "ok":
        part.unlink(missing_ok=True)
        raise DomainError(
            QT_TRANSLATE_NOOP(
                "DomainError",
                "The backup copy of {name} failed its check ({detail}); "
                "the older copies were kept.",
            ),
            name=path.name,
            detail=result,
        )
    os.replace(part, target)
    thin(path, now)
    return Backup(target, now, reason, counter)


def thin(path: Path, now: dt.datetime | None = None) -> list[Path]:
    """Delete copies beyond the keeping rule; return what was deleted."""
    now = now or dt.datetime.now()
    backups = list_backups(path)
    keep = {b.path for b in backups[:KEEP_LAST]}
    days, weeks = {}, {}
    for b in backups:  # newest first: the first seen of a day or week is its newest
        age = now - b.made
        if age <= dt.timedelta(days=KEEP_DAYS):
            days.setdefault(b.made.date(), b.path)
        if age <= dt.timedelta(weeks=KEEP_WEEKS):
            weeks.setdefault(b.made.isocalendar()[:2], b.path)
    keep |= set(days.values()) | set(weeks.values())
    deleted = []
    for b in backups:
        if b.path not in keep:
            b.path.unlink(missing_ok=True)
            deleted.append(b.path)
    return deleted


def restore(path: Path, backup: Backup, source_key: bytes | None = None) -> Backup:
    """Put a copy back in place of the file, after copying the current file first; the
    file stays encrypted or plain as it is now, whatever the copy was. source_key: the
    copy's own key, when it is not the file's (made before the file got a new one).
    The caller closes its connection to the file before, and opens it again after."""
    source_key = source_key or key_of(backup.path)
    if not _opens(backup.path, source_key):
        raise DomainError(
            QT_TRANSLATE_NOOP(
                "DomainError",
                "This copy is encrypted with a key not known here (from before the file "
                "got a new one): open it with its passphrase or recovery key. Nothing was "
                "changed.",
            )
        )
    safety = make_backup(path, "before-restore") if path.exists() else None
    target_key = key_of(path) if path.exists() else source_key
    try:
        src = engine.connect(backup.path, source_key, read_only=True)
        try:
            if src.execute("PRAGMA integrity_check").fetchone()[0] != "ok":
                raise FailedCheck(QT_TRANSLATE_NOOP("DomainError", "the copy is damaged"))
            if target_key == source_key:
                dst = engine.connect(path, target_key)
                try:
                    src.backup(dst)
                finally:
                    dst.close()
            else:
                _export_over(src, path, target_key)
        finally:
            src.close()
    except (engine.Error, OSError, FailedCheck) as exc:
        raise DomainError(
            QT_TRANSLATE_NOOP(
                "DomainError",
                "The copy could not be put back ({reason}). The file is as it was; a copy "
                "of it was made first.",
            ),
            reason=failure_reason(exc),
        ) from None
    if target_key is not None:  # a new file from a copy: its passphrase opens it too
        keys.remember(path, target_key)
        key_file = keys.key_file_of(path)
        if not key_file.exists() and keys.key_file_of(backup.path).is_file():
            keys.write_whole(key_file, keys.key_file_bytes(keys.key_file_of(backup.path)))
    return safety


def _opens(path: Path, key: bytes | None) -> bool:
    """Whether the key reads the copy (a plain one needs none); a damaged copy is said
    so by the integrity check after."""
    if not keys.looks_encrypted(path):
        return True
    if key is None:
        return False
    try:
        con = engine.connect(path, key, read_only=True)
        try:
            con.execute("PRAGMA user_version").fetchone()
        finally:
            con.close()
    except engine.DatabaseError as exc:
        return "not a database" not in str(exc)
    return True


def _export_over(src, path: Path, key: bytes | None) -> None:
    """Write the copy's rows into a new file of the file's kind, then put it in place."""
    tmp = path.with_name(path.name + ".restoring")
    tmp.unlink(missing_ok=True)
    try:
        engine.export(src, tmp, key)
        os.replace(tmp, path)
    finally:
        tmp.unlink(missing_ok=True)
