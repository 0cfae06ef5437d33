"""Undo and redo for every change, recorded by SQLite itself (after sqlite.org/undoredo).

Temporary triggers, living only in this connection, write for each changed row the
statement that puts it back: a DELETE for an insert, an UPDATE with the old values for
an update, an INSERT with the old values for a delete (cascades included). A step is
the statements logged since a mark; replaying them backwards undoes it, and what that
replay logs in turn is the step's redo. The log is a temporary table kept in memory:
nothing of it reaches the data file, so a confidential note in it never does.

On a server, the change log its triggers keep does this (server_undo.py).
"""

from dataclasses import dataclass

from rmentor.models.programme.entities import ALL_MODELS
from rmentor.models.programme.entities import PrintedScore
from rmentor.models.programme.entities import ReportFigures
from rmentor.models.storage import server_undo
from rmentor.models.storage.database import db
from rmentor.models.storage.database import on_server

LOG = "undo_log"


def _columns(model) -> list[str]:
    return [field.column_name for field in model._meta.sorted_fields]


COLUMNS = {model._meta.table_name: _columns(model) for model in ALL_MODELS}


def _triggers(model) -> list[str]:
    table = model._meta.table_name
    columns = _columns(model)
    old_values = "||','||".join(f"quote(old.{c})" for c in columns)
    assignments = "||','||".join(f"'{c}='||quote(old.{c})" for c in columns if c != "id")
    log = f"INSERT INTO {LOG}(statement) VALUES"
    return [
        f"CREATE TEMP TRIGGER IF NOT EXISTS {LOG}_{table}_insert AFTER INSERT ON main.{table} "
        f"BEGIN {log} ('DELETE FROM {table} WHERE id='||new.id); END",
        f"CREATE TEMP TRIGGER IF NOT EXISTS {LOG}_{table}_update AFTER UPDATE ON main.{table} "
        f"BEGIN {log} ('UPDATE {table} SET '||{assignments}||' WHERE id='||old.id); END",
        f"CREATE TEMP TRIGGER IF NOT EXISTS {LOG}_{table}_delete BEFORE DELETE ON main.{table} "
        f"BEGIN {log} ('INSERT INTO {table}({','.join(columns)}) VALUES('||{old_values}||')'); "
        "END",
    ]


def start(name: str = "") -> None:
    """Record from now on, in the open connection (call again after each open); on a
    server, under the coordinator's name."""
    if on_server():
        server_undo.start(name)
        return
    db.execute_sql("PRAGMA temp_store = MEMORY")
    db.execute_sql(
        f"CREATE TEMP TABLE IF NOT EXISTS {LOG}(seq INTEGER PRIMARY KEY, statement TEXT)"
    )
    for model in ALL_MODELS:
        # a report made is no change to take back, and what it printed stays printed
        if model in (ReportFigures, PrintedScore):
            continue
        for sql in _triggers(model):
            db.execute_sql(sql)


def recording() -> bool:
    if on_server():
        return bool(server_undo.session())
    return bool(
        db.execute_sql(
            "SELECT 1 FROM sqlite_temp_master WHERE type = 'table' AND name = ?", (LOG,)
        ).fetchone()
    )


def mark() -> int:
    if not recording():
        return 0
    if on_server():
        return server_undo.mark()
    return db.execute_sql(f"SELECT COALESCE(MAX(seq), 0) FROM temp.{LOG}").fetchone()[0]


def take(since: int) -> list[str]:
    """The statements logged after the mark `since`, oldest first; the log forgets them."""
    if not recording():
        return []
    if on_server():
        return server_undo.take(since, COLUMNS)
    rows = db.execute_sql(
        f"SELECT statement FROM temp.{LOG} WHERE seq > ? ORDER BY seq", (since,)
    ).fetchall()
    db.execute_sql(f"DELETE FROM temp.{LOG} WHERE seq > ?", (since,))
    return [statement for (statement,) in rows]


def forget() -> None:
    """Drop everything logged (after an erasure, the log must not keep the name)."""
    if recording() and not on_server():  # a server's history starts at the next mark
        db.execute_sql(f"DELETE FROM temp.{LOG}")


@dataclass
class Step:
    """One change as the user made it: the statements that undo it, and after an undo,
    the statements that redo it."""

    undo: list[str]
    redo: list[str] | None = None

    def undo_now(self) -> None:
        self.redo = replay(self.undo)

    def redo_now(self) -> None:
        self.undo = replay(self.redo or [])


def replay(statements: list[str]) -> list[str]:
    """Run the statements newest first in one transaction; return what they logged."""
    with db.atomic():
        if on_server():
            start_at = mark()
            server_undo.replay(statements)
            return take(start_at)
        # Rows come back parents after children or the other way round: check the
        # foreign keys once, when the whole step is back.
        db.execute_sql("PRAGMA defer_foreign_keys = ON")
        start_at = mark()
        for statement in reversed(statements):
            db.execute_sql(statement)
        return take(start_at)
