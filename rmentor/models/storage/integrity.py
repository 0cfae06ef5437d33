"""Checking a data file: SQLite's integrity check, SQLCipher's page HMACs, and values
rmentor never writes (text that is no text, dates that are no dates, unknown choices);
and the repair of broken text in a copy. Every finding is named by table, column and
row, never by the value."""

from pathlib import Path

from rmentor.models.errors import DomainError
from rmentor.models.storage import engine
from rmentor.models.storage.database import db
from rmentor.models.storage.database import on_server
from rmentor.models.text.i18n import QT_TRANSLATE_NOOP

DETAIL_CHARS = 300


class DamagedFile(DomainError):
    """The file's own check failed: what a backup copy answers, where there is one."""


def check_integrity(path: Path, key: bytes | None) -> str:
    """Refuse a damaged file, reading it without any chance of writing. The full check:
    quick_check misses an index that disagrees with its table. Returns where text
    another program wrote is broken (not UTF-8, or with a NUL): such a file opens
    read-only; "" when there is none. key: the file's data key, None for a plain one."""
    broken = ""
    try:
        con = engine.connect(path, key, read_only=True)
        try:
            result = pages_unchanged(con) if key is not None else "ok"
            if result == "ok":
                rows = con.execute("PRAGMA integrity_check(5)").fetchall()
                result = "; ".join(str(row[0]) for row in rows)
            if result == "ok":
                result = binary_text(con) or odd_values(con) or "ok"
            if result == "ok":
                broken = broken_text(con)
        finally:
            con.close()
    except (engine.DatabaseError, UnicodeDecodeError) as exc:  # SQLite's words can
        if "locked" in str(exc):  # another process writes it now: no damage
            raise DomainError(
                QT_TRANSLATE_NOOP(
                    "DomainError",
                    "{name} is busy: an rmentor window is saving to it. Try again in a moment.",
                ),
                name=path.name,
            ) from None
        result = type(exc).__name__  # quote a damaged schema's bytes
    if result != "ok":
        raise DamagedFile(
            QT_TRANSLATE_NOOP(
                "DomainError",
                "The file {name} is damaged. It was left as it is; open a backup copy "
                "instead. (What the check found, for whoever repairs it: {detail})",
            ),
            name=path.name,
            detail=_shortened(result),
        )
    return broken


def _shortened(found: str) -> str:
    """The check's own words (SQLite's, in English) after the plain message, not in it:
    they mean something to whoever repairs the file, and five damaged pages fill a screen."""
    return found if len(found) <= DETAIL_CHARS else found[: DETAIL_CHARS - 1] + "…"


def pages_unchanged(con) -> str:
    """SQLCipher's check of every page's HMAC: finds a changed byte anywhere, where plain
    SQLite only notices one that breaks its structure; "ok" when none was changed."""
    rows = con.execute("PRAGMA cipher_integrity_check").fetchall()
    if not rows:
        return "ok"
    return "; ".join(str(row[0]) for row in rows[:3])


def odd_values(con) -> str:
    """Values rmentor never writes, which would stop the window showing the file: a
    date that is no date, a status or role it does not know, a reference to a row that
    is gone. Named by table, column and row only."""
    from peewee import DateField
    from peewee import DateTimeField

    from rmentor.models.programme.entities import ALL_MODELS
    from rmentor.models.text import vocabulary as v

    row = con.execute("PRAGMA foreign_key_check").fetchone()
    if row:
        return f"{row[0]} row {row[1]} refers to a missing {row[2]}"
    for model in ALL_MODELS:
        table = model._meta.table_name
        present = _columns(con, table)  # an older file, checked before its migration
        for field in model._meta.sorted_fields:
            if isinstance(field, DateTimeField) and field.column_name in present:
                column = field.column_name
                found = con.execute(
                    f'SELECT id FROM "{table}" WHERE "{column}" IS NOT NULL AND '
                    f'(typeof("{column}") != \'text\' OR datetime("{column}") IS NULL) LIMIT 1'
                ).fetchone()
                if found:
                    return f"not a date and time in {table}.{column}, row {found[0]}"
            elif isinstance(field, DateField) and field.column_name in present:
                column = field.column_name
                found = con.execute(
                    f'SELECT id FROM "{table}" WHERE "{column}" IS NOT NULL AND '
                    f'(typeof("{column}") != \'text\' OR date("{column}") IS NOT "{column}") '
                    "LIMIT 1"
                ).fetchone()
                if found:
                    return f"not a date in {table}.{field.column_name}, row {found[0]}"
    choices = {
        ("pairing", "status"): v.PAIRING_STATUSES,
        ("pairing", "end_reason"): v.END_REASONS,
        ("participant", "role"): v.ROLES,
        ("meeting", "format"): v.FORMATS,
        ("meeting", "cancelled_by"): v.CANCELLED_BY,
        ("outcome_item", "kind"): v.OUTCOME_KINDS,
        ("outcome_item", "status"): v.OUTCOME_STATUSES,
        ("evaluation", "side"): v.ROLES,
        ("evaluation", "moment"): v.EVALUATION_MOMENTS,
    }
    for (table, column), allowed in choices.items():
        marks = ", ".join("?" * len(allowed))
        found = con.execute(
            f'SELECT id FROM "{table}" WHERE "{column}" IS NOT NULL AND "{column}" NOT IN '
            f"({marks}) LIMIT 1",
            list(allowed),
        ).fetchone()
        if found:
            return f"an unknown value in {table}.{column}, row {found[0]}"
    return ""


def _columns(con, table: str) -> set[str]:
    """The columns the file has for a table (none when it has no such table yet)."""
    return {row[1] for row in con.execute(f'PRAGMA table_info("{table}")')}


def _bad_utf8(value) -> int:
    if not isinstance(value, bytes):
        return 0
    try:
        value.decode("utf-8")
    except UnicodeDecodeError:
        return 1
    return 0


def _text_columns(con):
    """(table, column) of every text column the models have and the file holds."""
    from rmentor.models.programme.entities import ALL_MODELS

    for model in ALL_MODELS:
        table = model._meta.table_name
        present = _columns(con, table)
        for field in model._meta.sorted_fields:
            if field.field_type in ("VARCHAR", "TEXT") and field.column_name in present:
                yield table, field.column_name


def broken_text(con) -> str:
    """Text that is not UTF-8, or holds a NUL: another program wrote it, and saving it
    again would keep it. Named by table, column and row only (never the value). Only
    text with a character beyond printable ASCII is decoded in Python."""
    con.create_function("rmentor_bad_utf8", 1, _bad_utf8, deterministic=True)
    for table, column in _text_columns(con):
        blob = f'CAST("{column}" AS BLOB)'
        row = con.execute(
            f'SELECT id FROM "{table}" WHERE typeof("{column}") = \'text\' AND '
            f"(instr({blob}, x'00') > 0 OR (\"{column}\" GLOB '*[^ -~]*' "
            f"AND rmentor_bad_utf8({blob}))) LIMIT 1"
        ).fetchone()
        if row:
            return f"{table}.{column}, row {row[0]}"
    return ""


def binary_text(con) -> str:
    """Binary data where rmentor keeps text: written by another program, and not
    readable as text; named by table, column and row only (never the value)."""
    for table, column in _text_columns(con):
        row = con.execute(
            f'SELECT id FROM "{table}" WHERE typeof("{column}") = \'blob\' LIMIT 1'
        ).fetchone()
        if row:
            return f"binary data in {table}.{column}, row {row[0]}"
    return ""


def repair_text(con) -> None:
    """Replace what broken_text finds, row by row, in one transaction."""
    from rmentor.models.programme.entities import ALL_MODELS

    con.text_factory = bytes
    con.execute("BEGIN")
    for model in ALL_MODELS:
        table = model._meta.table_name
        for field in model._meta.sorted_fields:
            if field.field_type not in ("VARCHAR", "TEXT"):
                continue
            column = field.column_name
            rows = con.execute(
                f'SELECT id, CAST("{column}" AS BLOB) FROM "{table}" '
                f"WHERE typeof(\"{column}\") = 'text'"
            ).fetchall()
            for row_id, raw in rows:
                fixed = raw.decode("utf-8", "replace").replace("\x00", "")
                if fixed.encode("utf-8") != raw:
                    _update_unique(con, table, column, fixed, row_id)
    con.execute("COMMIT")


def _update_unique(con, table: str, column: str, text: str, row_id: int) -> None:
    """Two values that differed only by a broken character become one: number the
    second (an address gets the number before its @)."""
    candidate, n = text, 1
    while True:
        try:
            con.execute(f'UPDATE "{table}" SET "{column}" = ? WHERE id = ?', (candidate, row_id))
            return
        except engine.driver.IntegrityError:
            n += 1
            candidate = text.replace("@", f"+{n}@", 1) if "@" in text else f"{text} ({n})"


def integrity_problems() -> list[str]:
    """SQLite's own integrity and foreign-key checks on the open file; empty when clean.
    A server checks its pages, keys and text itself: there, only that every table is."""
    if on_server():
        from rmentor.models.storage.server import missing_tables

        return [f"the table {table} is missing" for table in missing_tables()]
    problems = []
    if db.key is not None:
        found = pages_unchanged(db.connection())
        if found != "ok":
            problems.append(found)
    problems += [
        row[0] for row in db.execute_sql("PRAGMA integrity_check").fetchall() if row[0] != "ok"
    ]
    for found in (binary_text(db.connection()), odd_values(db.connection())):
        if found:
            problems.append(found)
    broken = broken_text(db.connection())
    if broken:
        problems.append(f"text that is not UTF-8, or holds a NUL, in {broken}")
    for table, rowid, parent, _fk in db.execute_sql("PRAGMA foreign_key_check").fetchall():
        problems.append(f"{table} row {rowid} refers to a missing {parent}")
    return problems
