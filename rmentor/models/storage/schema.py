"""The schema steps: the numbered SQL files in migrations/, step N bringing a file to
user_version N; a new file runs them all, an older one the ones it lacks, after a backup."""

from pathlib import Path

from rmentor.models.errors import DomainError
from rmentor.models.storage import engine
from rmentor.models.storage import keys
from rmentor.models.storage.backups import make_backup
from rmentor.models.storage.database import failure_reason
from rmentor.models.text.i18n import QT_TRANSLATE_NOOP

# "RMNT": tells our files apart from every other SQLite database.
APPLICATION_ID = 0x524D4E54
MIGRATIONS_DIR = Path(__file__).with_name("migrations")


def migration_steps() -> list[Path]:
    """The schema steps in order; step N brings a file to user_version N."""
    return sorted(MIGRATIONS_DIR.glob("[0-9][0-9][0-9][0-9]_*.sql"))


SCHEMA_VERSION = len(migration_steps())


def apply_steps(con: engine.Connection, start: int, stop: int) -> None:
    """Run steps start+1..stop, each in one transaction with its user_version."""
    con.execute(f"PRAGMA application_id = {APPLICATION_ID}")
    for number, step in enumerate(migration_steps()[start:stop], start=start + 1):
        sql = step.read_text(encoding="utf-8")
        # executescript commits first; BEGIN..COMMIT inside keeps the step atomic.
        con.executescript(f"BEGIN;\n{sql}\nPRAGMA user_version = {number};\nCOMMIT;")


def migrate(path: Path, version: int) -> Path | None:
    """Bring an older file up to date after a backup copy; return the copy's path."""
    if version == SCHEMA_VERSION:
        return None
    backup = make_backup(path, f"before-v{SCHEMA_VERSION}").path
    con = engine.connect(path, keys.unlocked_key(path), isolation_level=None)
    try:
        con.execute("PRAGMA foreign_keys = 1")
        apply_steps(con, version, SCHEMA_VERSION)
    except engine.Error as exc:
        # each step is one transaction: the file is as it was, and so is its copy
        backup.unlink(missing_ok=True)
        raise DomainError(
            QT_TRANSLATE_NOOP(
                "DomainError",
                "The file {name} could not be brought up to this version of rmentor "
                "({reason}). It is as it was; an older rmentor still opens it.",
            ),
            name=path.name,
            reason=failure_reason(exc),
        ) from None
    finally:
        con.close()
    return backup
