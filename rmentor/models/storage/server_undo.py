"""Undo and redo on a server, from its change log (server step 1): each row a change
touched, as it was. A window undoes the steps of its own session only, and never over a
later change someone else made to one of the rows: that is refused, in words."""

import json
import uuid
from typing import NamedTuple

from rmentor.models.errors import DomainError
from rmentor.models.storage.database import db
from rmentor.models.text.i18n import QT_TRANSLATE_NOOP


class Change(NamedTuple):
    """One logged row change, as the statement that takes it back."""

    log_id: int
    table: str
    row_id: int
    sql: str
    params: tuple


def start(name: str = "") -> str:
    """This window's session: its changes are logged under it, and under the name the
    coordinator gave (File > Settings), which a refused undo tells the others."""
    session = uuid.uuid4().hex
    db.obj.session = {"rmentor.session": session, "rmentor.who": name}
    for setting, value in db.obj.session.items():
        db.execute_sql("SELECT set_config(%s, %s, false)", (setting, value))
    return session


def session() -> str:
    row = db.execute_sql("SELECT current_setting('rmentor.session', true)").fetchone()
    return row[0] or ""


def mark() -> int:
    return db.execute_sql('SELECT COALESCE(MAX("id"), 0) FROM "rmentor_change"').fetchone()[0]


def take(since: int, columns: dict[str, list[str]]) -> list[Change]:
    """This session's changes after the mark, as the statements that take them back."""
    rows = db.execute_sql(
        'SELECT "id", "table_name", "row_id", "operation", "old" FROM "rmentor_change" '
        'WHERE "id" > %s AND "session" = %s ORDER BY "id"',
        (since, session()),
    ).fetchall()
    return [_inverse(row, columns) for row in rows]


def _inverse(row, columns: dict[str, list[str]]) -> Change:
    log_id, table, row_id, operation, old = row
    if operation == "insert":
        return Change(log_id, table, row_id, f'DELETE FROM "{table}" WHERE "id" = %s', (row_id,))
    record = f'jsonb_populate_record(NULL::"{table}", %s::jsonb)'
    if operation == "update":
        names = ", ".join(f'"{c}"' for c in columns[table] if c != "id")
        sql = f'UPDATE "{table}" SET ({names}) = (SELECT {names} FROM {record}) WHERE "id" = %s'
        return Change(log_id, table, row_id, sql, (json.dumps(old), row_id))
    return Change(log_id, table, row_id, f'INSERT INTO "{table}" SELECT * FROM {record}',
                  (json.dumps(old),))  # fmt: skip


def refuse_over_others(changes: list[Change]) -> None:
    """An undo (or redo) that would take back a later change of someone else's to one of
    its rows is refused: their change would be lost without their knowing. So is one
    from before an erasure, anyone's: it could bring the erased person back."""
    if (
        changes
        and db.execute_sql(
            'SELECT 1 FROM "rmentor_change" WHERE "id" = ANY(%s) AND "operation" <> %s '
            'AND "old" IS NULL LIMIT 1',
            ([change.log_id for change in changes], "insert"),
        ).fetchone()
    ):
        raise DomainError(
            QT_TRANSLATE_NOOP(
                "DomainError",
                "Someone's data was erased since this step, so it cannot be undone or redone "
                "any more: it could bring the erased data back. Nothing was changed.",
            )
        )
    latest: dict[tuple[str, int], int] = {}
    for change in changes:
        key = (change.table, change.row_id)
        latest[key] = max(latest.get(key, 0), change.log_id)
    mine = session()
    for (table, row_id), log_id in latest.items():
        found = db.execute_sql(
            'SELECT "who", "by", "at" FROM "rmentor_change" WHERE "table_name" = %s '
            'AND "row_id" = %s AND "id" > %s AND "session" <> %s ORDER BY "id" DESC LIMIT 1',
            (table, row_id, log_id, mine),
        ).fetchone()
        if found:
            name, user, at = found
            raise DomainError(
                QT_TRANSLATE_NOOP(
                    "DomainError",
                    "Someone else ({who}) changed this since, on {when}; undoing or redoing "
                    "it now would take back their change too. Nothing was changed.",
                ),
                who=f"{name}, {user}" if name else user,
                when=at.astimezone().strftime("%Y-%m-%d %H:%M"),
            )


def replay(changes: list[Change]) -> None:
    """Run the statements newest first, the foreign keys checked at the end."""
    refuse_over_others(changes)
    db.execute_sql("SET CONSTRAINTS ALL DEFERRED")
    for change in reversed(changes):
        db.execute_sql(change.sql, change.params)


def forget_contents() -> None:
    """After an erasure: the log keeps who changed which row when, never what a row held
    (the erased person's name was in it); no step before it can be undone."""
    db.execute_sql('UPDATE "rmentor_change" SET "old" = NULL WHERE "old" IS NOT NULL')
