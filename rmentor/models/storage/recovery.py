"""After a crash: the rollback journal SQLite left beside the file is played back, but only
when it belongs to this file; one that does not is set aside, and the file kept as it is."""

import os
import shutil
import struct
from pathlib import Path

from rmentor.models.errors import DomainError
from rmentor.models.storage import engine
from rmentor.models.storage import keys
from rmentor.models.storage.backups import folder_of
from rmentor.models.storage.database import db
from rmentor.models.storage.database import failure_reason
from rmentor.models.text.i18n import QT_TRANSLATE_NOOP


def recover_after_crash(path: Path) -> None:
    """A journal left by a crash ("hot journal") holds the pages from before the last,
    unfinished transaction; SQLite puts them back when a writing connection opens.

    A journal can also belong to another file (copied along, renamed): played back into
    this one it would damage it. So the file is copied aside first, the journal played
    back, and the result checked; if it fails, the file is put back as it was and the
    journal moved away, and the file is refused.
    """
    journal = path.with_name(path.name + "-journal")
    if journal.exists() and not journal.is_file():  # a folder, a pipe: SQLite would stop
        raise DomainError(
            QT_TRANSLATE_NOOP(
                "DomainError",
                "Beside {name} is a folder called {journal}, the name SQLite needs for the "
                "file's journal. Move or rename that folder, then open the file again.",
            ),
            name=path.name,
            journal=journal.name,
        )
    if not (journal.exists() and journal.stat().st_size > 0):
        return
    aside = journal.with_name(journal.name + ".not-played-back")
    key = keys.unlocked_key(path) if keys.looks_encrypted(path) else None
    # an encrypted file's header is ciphertext: its journal cannot be matched by it, so
    # it is played back and the result checked (a page of another file fails its HMAC)
    if key is None and not journal_fits(path, journal):
        os.replace(journal, aside)
        raise _unfit_journal(path, aside)
    before = path.with_name(path.name + ".before-recovery")
    try:
        shutil.copy2(path, before)
        shutil.copy2(journal, aside)  # copied aside before SQLite sees it
    except OSError as exc:
        before.unlink(missing_ok=True)
        aside.unlink(missing_ok=True)
        raise DomainError(
            QT_TRANSLATE_NOOP(
                "DomainError",
                "The file {name} needs recovering after a crash, but there is no room to "
                "do it safely ({reason}). It was left as it is; free some space and open "
                "it again.",
            ),
            name=path.name,
            reason=failure_reason(exc),
        ) from None
    try:
        con = engine.connect(path, key)
        try:
            con.execute("SELECT COUNT(*) FROM sqlite_master").fetchone()
            result = con.execute("PRAGMA integrity_check").fetchone()[0]
            if result == "ok" and key is not None:
                result = (
                    "ok" if not con.execute("PRAGMA cipher_integrity_check").fetchall() else "hmac"
                )
        except engine.DatabaseError as exc:
            result = type(exc).__name__
        finally:
            con.close()
        if result != "ok":  # the file as it was, and the journal kept aside
            journal.unlink(missing_ok=True)
            os.replace(before, path)
            raise _unfit_journal(path, aside)
        aside.unlink(missing_ok=True)
    finally:
        before.unlink(missing_ok=True)


def _unfit_journal(path: Path, aside: Path) -> DomainError:
    return DomainError(
        QT_TRANSLATE_NOOP(
            "DomainError",
            "The file {name} had a recovery journal beside it that does not fit it "
            "(from another file, or damaged). The file was left as it was, and the "
            "journal was moved to {journal}.",
        ),
        name=path.name,
        journal=aside.name,
    )


JOURNAL_MAGIC = bytes.fromhex("d9d505f920a163d7")


def journal_fits(path: Path, journal: Path) -> bool:
    """Whether a rollback journal may be played back into this file. A journal that
    holds page 1 kept the file's change counter (bytes 24-27) as it was: the file holds
    that counter still, or one more if the crash came after page 1 was written. A
    journal of another file has its own page size or counter. A journal without page 1
    (a big transaction that spilled pages early) cannot be told apart: it is played
    back, after the file was copied aside, and the result is checked."""
    with open(path, "rb") as f:
        header = f.read(100)
    page_size = struct.unpack(">H", header[16:18])[0] or 65536
    if page_size == 1:
        page_size = 65536
    counter = struct.unpack(">I", header[24:28])[0]
    with open(journal, "rb") as f:
        data = f.read()
    if len(data) < 28 or not data.startswith(JOURNAL_MAGIC):
        return True  # not a hot journal: SQLite ignores it
    _records, _nonce, _pages, sector, journal_page = struct.unpack(">iIIII", data[8:28])
    if journal_page != page_size or not sector:
        return False
    record = 4 + page_size + 4
    segment = 0
    while segment + 28 <= len(data) and data[segment : segment + 8] == JOURNAL_MAGIC:
        count = struct.unpack(">i", data[segment + 8 : segment + 12])[0]
        offset = segment + sector
        end = len(data) if count <= 0 else min(len(data), offset + count * record)
        while offset + record <= end:
            if struct.unpack(">I", data[offset : offset + 4])[0] == 1:
                kept = struct.unpack(">I", data[offset + 4 + 24 : offset + 4 + 28])[0]
                return counter - kept in (0, 1)
            offset += record
        # the next segment starts at the next sector boundary
        segment = -(-offset // sector) * sector if count > 0 else len(data)
    return True


def journal_page_one(journal: Path, page_size: int) -> bytes | None:
    """Page 1 as it was before the transaction a crash cut off, from a hot journal; None
    when the journal holds none (its header and records as journal_fits reads them)."""
    try:
        with open(journal, "rb") as f:
            data = f.read()
    except OSError:
        return None
    if len(data) < 28 or not data.startswith(JOURNAL_MAGIC):
        return None
    sector = struct.unpack(">I", data[20:24])[0]
    record = 4 + page_size + 4
    offset = sector
    while offset + record <= len(data):
        if struct.unpack(">I", data[offset : offset + 4])[0] == 1:
            return data[offset + 4 : offset + 4 + page_size]
        offset += record
    return None


def remove_leftovers(path: Path) -> list[Path]:
    """What a crash left beside the open file: a journal SQLite did not play back (it was
    no longer needed: recovery ran when the file opened), the parts of backup copies
    and conversions that never finished, a key file half written. Only for the holder
    of the file's lock, once the file is open: another process's files would be its
    work in progress. Returns what was removed."""
    if db.in_transaction():
        return []
    converting = path.with_name(path.name + ".converting")
    key_part = keys.key_file_of(path).with_name(keys.key_file_of(path).name + ".part")
    found = [
        path.with_name(path.name + "-journal"),
        converting,
        converting.with_name(converting.name + "-journal"),
        key_part,
    ]
    folder = folder_of(path)
    if folder.is_dir():
        found += [p for p in folder.iterdir() if p.name.endswith((".part", ".part-journal"))]
    removed = []
    for each in found:
        if each.is_file():
            each.unlink(missing_ok=True)
            removed.append(each)
    return removed
