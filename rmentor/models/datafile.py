"""Opening, creating and checking a programme data file.

A file is inspected from its raw header before SQLite touches it, so a file that
is not ours, or is newer than this app, is refused and left byte-for-byte as it was.
"""

import datetime as dt
import os
import sqlite3
import struct
from pathlib import Path

from .database import db
from .errors import DomainError
from .i18n import QT_TRANSLATE_NOOP

# "RMNT": tells our files apart from every other SQLite database.
APPLICATION_ID = 0x524D4E54
MIGRATIONS_DIR = Path(__file__).with_name("migrations")
SQLITE_MAGIC = b"SQLite format 3\x00"


def migration_steps() -> list[Path]:
    """The schema steps in order; step N brings a file to user_version N."""
    return sorted(MIGRATIONS_DIR.glob("[0-9][0-9][0-9][0-9]_*.sql"))


SCHEMA_VERSION = len(migration_steps())


def read_header(path: Path) -> tuple[int, int]:
    """Return (application_id, user_version) of an existing file, or refuse it."""
    name = path.name
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
            reason=exc.strerror or str(exc),
        ) from None
    if not header:
        raise DomainError(
            QT_TRANSLATE_NOOP(
                "DomainError",
                "The file {name} is empty, so it holds no programme data. It was left as it is.",
            ),
            name=name,
        )
    if len(header) < 100 or not header.startswith(SQLITE_MAGIC):
        raise DomainError(
            QT_TRANSLATE_NOOP(
                "DomainError", "The file {name} is not an rmentor data file. It was left as it is."
            ),
            name=name,
        )
    (user_version,) = struct.unpack(">i", header[60:64])
    (application_id,) = struct.unpack(">i", header[68:72])
    return application_id & 0xFFFFFFFF, user_version


def check_ours(path: Path) -> int:
    """Refuse a file that is not ours or is newer than this app; return its version."""
    application_id, version = read_header(path)
    if application_id != APPLICATION_ID:
        raise DomainError(
            QT_TRANSLATE_NOOP(
                "DomainError",
                "The file {name} is a database of another program, not an rmentor data file. "
                "It was left as it is.",
            ),
            name=path.name,
        )
    if version > SCHEMA_VERSION:
        raise DomainError(
            QT_TRANSLATE_NOOP(
                "DomainError",
                "The file {name} was written by a newer version of rmentor (data version "
                "{found}; this version reads up to {known}). Update rmentor to open it; "
                "the file was left as it is.",
            ),
            name=path.name,
            found=version,
            known=SCHEMA_VERSION,
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


def quick_check(path: Path) -> None:
    """Refuse a damaged file, reading it without any chance of writing."""
    try:
        con = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
        try:
            result = con.execute("PRAGMA quick_check").fetchone()[0]
        finally:
            con.close()
    except sqlite3.DatabaseError as exc:
        result = str(exc)
    if result != "ok":
        raise DomainError(
            QT_TRANSLATE_NOOP(
                "DomainError",
                "The file {name} is damaged ({detail}). It was left as it is; "
                "open a backup copy instead.",
            ),
            name=path.name,
            detail=result,
        )


def backup_copy(path: Path, label: str) -> Path:
    """Copy the file with SQLite's online backup beside it; return the copy's path."""
    folder = path.with_name(path.name + ".backups")
    folder.mkdir(exist_ok=True)
    stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S-%f")
    target = folder / f"{path.stem}-{stamp}-{label}{path.suffix}"
    src = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    dst = sqlite3.connect(target)
    try:
        src.backup(dst)
    finally:
        dst.close()
        src.close()
    return target


def copy_to(target: Path) -> None:
    """Write a consistent copy of the open file to target (replacing it)."""
    tmp = target.with_name(target.name + ".copying")
    dst = sqlite3.connect(tmp)
    try:
        db.connection().backup(dst)
    finally:
        dst.close()
    os.replace(tmp, target)


def _apply_steps(con: sqlite3.Connection, start: int, stop: int) -> None:
    """Run steps start+1..stop, each in one transaction with its user_version."""
    con.execute(f"PRAGMA application_id = {APPLICATION_ID}")
    for number, step in enumerate(migration_steps()[start:stop], start=start + 1):
        sql = step.read_text(encoding="utf-8")
        # executescript commits first; BEGIN..COMMIT inside keeps the step atomic.
        con.executescript(f"BEGIN;\n{sql}\nPRAGMA user_version = {number};\nCOMMIT;")


def create_file(path: Path, version: int = SCHEMA_VERSION) -> None:
    """Write a new, empty data file; it appears complete or not at all."""
    if path.exists():
        raise DomainError(
            QT_TRANSLATE_NOOP("DomainError", "The file {name} already exists."), name=path.name
        )
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(path.name + ".creating")
    tmp.unlink(missing_ok=True)
    con = sqlite3.connect(tmp, isolation_level=None)
    try:
        con.execute("PRAGMA journal_mode = delete")
        _apply_steps(con, 0, version)
    finally:
        con.close()
    os.replace(tmp, path)


def migrate(path: Path, version: int) -> Path | None:
    """Bring an older file up to date after a backup copy; return the copy's path."""
    if version == SCHEMA_VERSION:
        return None
    backup = backup_copy(path, f"before-v{SCHEMA_VERSION}")
    con = sqlite3.connect(path, isolation_level=None)
    try:
        con.execute("PRAGMA foreign_keys = 1")
        _apply_steps(con, version, SCHEMA_VERSION)
    finally:
        con.close()
    return backup


def open_file(path: str | os.PathLike, create: bool = True) -> None:
    """Check, migrate if needed, and connect the shared database to the file."""
    path = Path(path)
    close_file()
    if not path.exists():
        if not create:
            raise DomainError(
                QT_TRANSLATE_NOOP("DomainError", "The file {name} does not exist."), name=path.name
            )
        create_file(path)
    version = check_ours(path)
    quick_check(path)
    migrate(path, version)
    db.init(str(path))
    db.connect()


def close_file() -> None:
    if not db.is_closed():
        db.close()


def current_path() -> Path | None:
    return Path(db.database) if db.database and db.database != ":memory:" else None


def default_path() -> Path:
    """The file used without --db: one file in the user's data folder."""
    import platformdirs

    return Path(platformdirs.user_data_dir("rmentor", appauthor=False)) / "rmentor.sqlite"


def integrity_problems() -> list[str]:
    """SQLite's own integrity and foreign-key checks on the open file; empty when clean."""
    problems = [
        row[0] for row in db.execute_sql("PRAGMA integrity_check").fetchall() if row[0] != "ok"
    ]
    for table, rowid, parent, _fk in db.execute_sql("PRAGMA foreign_key_check").fetchall():
        problems.append(f"{table} row {rowid} refers to a missing {parent}")
    return problems
