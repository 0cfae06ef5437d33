"""Moving all programme data between two homes, a file and a server, either way: every
row of every table, with its id, in one transaction on the target; then every row read
back from both and compared, so that a copy that lost anything is refused, not kept."""

import hashlib
from pathlib import Path

from peewee import Database
from peewee import PostgresqlDatabase

from rmentor.models.errors import DomainError
from rmentor.models.programme.entities import ALL_MODELS
from rmentor.models.programme.entities import Participant
from rmentor.models.programme.entities import Programme
from rmentor.models.programme.entities import Theme
from rmentor.models.text.i18n import QT_TRANSLATE_NOOP

# Parameters per INSERT: PostgreSQL takes at most 65,535 in one statement.
BATCH_PARAMETERS = 30_000


def copy_all(source: Database, target: Database) -> dict[str, int]:
    """Every row of source into target, a new file or an empty server database (its
    schema made); the rows per table, each found equal in both when read back."""
    if _holds_programmes(target):
        raise DomainError(
            QT_TRANSLATE_NOOP(
                "DomainError",
                "The copy's target already holds programme data. Copy into a new file, "
                "or an empty database: nothing was changed.",
            )
        )
    rows = {}
    with target.atomic():  # read back before it is committed: a bad copy leaves nothing
        if isinstance(target, PostgresqlDatabase):  # a copy is nobody's change to undo
            target.execute_sql("SELECT set_config('rmentor.quiet', 'on', true)")
        with _bound(Theme, target):
            Theme.delete().execute()  # the built-in themes every new home starts with
        for model in ALL_MODELS:
            _copy_table(model, source, target)
        if isinstance(target, PostgresqlDatabase):
            _continue_numbering(target)
        for model in ALL_MODELS:
            counted, digest = _read_back(model, source)
            if _read_back(model, target) != (counted, digest):
                raise DomainError(
                    QT_TRANSLATE_NOOP(
                        "DomainError",
                        "The copy of {table} did not arrive whole, so none of it was kept. "
                        "Start the copy again.",
                    ),
                    table=model._meta.table_name,
                )
            rows[model._meta.table_name] = counted
    if isinstance(target, PostgresqlDatabase):  # its planner learns the tables' sizes now,
        target.execute_sql("ANALYZE")  # not when autovacuum comes round to them
    return rows


def copy_to_new_file(source: Database, path: Path) -> dict[str, int]:
    """Every row of source into a new, plain file at path, which appears under its name
    only once the copy is whole (a server's snapshot taken offline, say)."""
    from rmentor.models.storage import datafile
    from rmentor.models.storage.database import PRAGMAS
    from rmentor.models.storage.database import ProgrammeDatabase

    if path.exists():
        raise DomainError(
            QT_TRANSLATE_NOOP(
                "DomainError", "The file {name} already exists: a copy goes into a new file."
            ),
            name=path.name,
        )
    part = path.with_name(path.name + ".copying")
    part.unlink(missing_ok=True)
    datafile.create_file(part)
    target = ProgrammeDatabase(str(part), pragmas=PRAGMAS)
    try:
        target.connect()
        rows = copy_all(source, target)
        target.close()
        part.replace(path)
        return rows
    finally:
        target.close()
        part.unlink(missing_ok=True)


def _bound(model, database: Database):
    """The model's queries on database for a while (not the app's own database)."""
    return model.bind_ctx(database, bind_refs=False, bind_backrefs=False)


def _holds_programmes(target: Database) -> bool:
    for model in (Programme, Participant):
        with _bound(model, target):
            if model.select().exists():
                return True
    return False


def _copy_table(model, source: Database, target: Database) -> None:
    """In id order, a batch at a time; a participant's manager afterwards (a manager may
    be someone entered later, whose row is not there yet)."""
    fields = model._meta.sorted_fields
    size = max(1, BATCH_PARAMETERS // len(fields))
    manager = next((i for i, f in enumerate(fields) if f is Participant.manager), None)  # not ==
    managers = []
    last = 0
    while True:
        with _bound(model, source):
            query = model.select(*fields).where(model.id > last).order_by(model.id).limit(size)
            rows = list(query.tuples())
        if not rows:
            break
        last = rows[-1][0]
        if manager is not None:
            managers += [(row[manager], row[0]) for row in rows if row[manager] is not None]
            rows = [(*row[:manager], None, *row[manager + 1 :]) for row in rows]
        with _bound(model, target):
            model.insert_many(rows, fields).execute()
    if managers:
        mark = target.param
        target.cursor().executemany(
            f'UPDATE "participant" SET "manager_id" = {mark} WHERE "id" = {mark}', managers
        )


def _continue_numbering(target: PostgresqlDatabase) -> None:
    """A server numbers new rows itself: it goes on after the highest id copied."""
    for model in ALL_MODELS:
        table = model._meta.table_name
        target.execute_sql(
            f"SELECT setval(pg_get_serial_sequence('\"{table}\"', 'id'), "
            f'COALESCE(MAX("id"), 0) + 1, false) FROM "{table}"'
        )


def _read_back(model, database: Database) -> tuple[int, str]:
    """The rows of a table and a digest of their values, as the app reads them (a date as
    a date, a yes as True, whichever engine stored it)."""
    fields = model._meta.sorted_fields
    digest = hashlib.sha256()
    count = 0
    with _bound(model, database):
        for row in model.select(*fields).order_by(model.id).tuples().iterator():
            digest.update(repr(row).encode())
            count += 1
    return count, digest.hexdigest()
