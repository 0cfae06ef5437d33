"""The few expressions SQLite and PostgreSQL spell differently, asked for when a query is
built: the rest of the queries are written once, through peewee, for both."""

from peewee import SQL
from peewee import NodeList
from peewee import fn

from rmentor.models.storage.database import db
from rmentor.models.storage.database import on_server


def month_of(date_field):
    """'YYYY-MM' of a date column. The format is written into the SQL, not passed as a
    parameter: PostgreSQL would not see GROUP BY month_of(d) as the month selected."""
    if on_server():
        return fn.to_char(date_field, SQL("'YYYY-MM'"))
    # SQLite keeps a date as its ISO text: the first seven characters are its month
    # (a quarter quicker than strftime over the large demo's 100,000 meetings)
    return fn.substr(date_field, 1, 7)


def unindexed(field) -> NodeList:
    """The same column, but SQLite will not look it up through an index: unary plus is
    its documented way to steer the planner (PostgreSQL reads it as the value)."""
    return NodeList((SQL("+"), field), glue="")


IDS_BELOW = 10_000_000_000  # row ids stay under this; days since 1970 times it fit 64 bits


def day_then_id(date_field, id_field):
    """One number that orders rows as (date, id) does, so that MAX over a group finds its
    newest row, the last written of that day: days since 1970 * IDS_BELOW + id."""
    if on_server():
        days = NodeList((date_field, SQL("- DATE '1970-01-01'")), parens=True)
    else:
        days = (fn.julianday(date_field) - 2440587.5).cast("INTEGER")
    return days * IDS_BELOW + id_field


def ids_joined(sql_column: str) -> str:
    """SQL for the comma-joined ids of a group (raw SQL: the journal's fast read)."""
    if on_server():
        return f"string_agg({sql_column}::text, ',')"
    return f"group_concat({sql_column})"


def placeholder() -> str:
    """The driver's mark for a parameter in raw SQL: ? for SQLite, %s for psycopg."""
    return db.param
