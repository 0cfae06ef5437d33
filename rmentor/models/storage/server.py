"""Programme data on a PostgreSQL server, for a team: the same tables as a file, made and
brought up to date by the server's own schema steps (migrations/server/, step N as a
file's step N), reached through peewee's PostgreSQL database with psycopg 3."""

import dataclasses
import re
import threading
import time
from pathlib import Path
from urllib.parse import quote
from urllib.parse import unquote
from urllib.parse import urlsplit

import peewee
from peewee import InterfaceError
from peewee import OperationalError
from peewee import PostgresqlDatabase
from peewee import ProgrammingError

from rmentor.models.errors import DomainError
from rmentor.models.storage.database import _storable
from rmentor.models.storage.database import db
from rmentor.models.storage.database import file_db
from rmentor.models.storage.database import on_server
from rmentor.models.text.i18n import QT_TRANSLATE_NOOP

SCHEMES = ("postgresql://", "postgres://")
SERVER_STEPS_DIR = Path(__file__).with_name("migrations") / "server"
# Where a server database keeps its schema version (a file keeps it in its header).
VERSION_TABLE = "rmentor_schema"
CONNECT_SECONDS = 10


def is_server(location) -> bool:
    return isinstance(location, ServerLocation) or str(location).lower().startswith(SCHEMES)


@dataclasses.dataclass(frozen=True)
class ServerLocation:
    """A database on a server: postgresql://user@host:port/name. Never with a password:
    a command line is seen by every user of the computer (it is asked, or kept in the
    keychain, or read by PostgreSQL's own client from ~/.pgpass)."""

    host: str
    port: int
    name: str
    user: str

    @classmethod
    def parse(cls, text: str) -> "ServerLocation":
        try:
            parts = urlsplit(text)
            port = parts.port
            password = parts.password
        except ValueError:  # a bracket, a port or an @ urllib cannot read
            raise _bad_location(text) from None
        if parts.scheme not in ("postgresql", "postgres"):
            raise _bad_location(text)
        if password is not None or "password" in (parts.query + parts.fragment).lower():
            raise DomainError(
                QT_TRANSLATE_NOOP(
                    "DomainError",
                    "Leave the password out of the server's address: other users of this "
                    "computer can read a command line. It is asked, or read from the "
                    "keychain or PostgreSQL's password file.",
                )
            )
        name = unquote(parts.path.lstrip("/"))
        port = 5432 if port is None else port
        odd = any(c.isspace() or not c.isprintable() for c in name + (parts.hostname or ""))
        if parts.query or parts.fragment or not parts.hostname or not name or odd or not port:
            raise _bad_location(text)  # nothing the address would say left unread
        return cls(parts.hostname, port, name, unquote(parts.username or "") or "postgres")

    def __str__(self) -> str:
        """The address as it is typed, and read back by parse (never with a password)."""
        host = f"[{self.host}]" if ":" in self.host else self.host
        user, name = quote(self.user, safe=""), quote(self.name, safe="")
        return f"postgresql://{user}@{host}:{self.port}/{name}"


def _bad_location(text: str) -> DomainError:
    shown = re.split(r"[?#]", text.rpartition("@")[2])[0]  # never what came before an @,
    return DomainError(  # nor after a ? or #: a password may be there
        QT_TRANSLATE_NOOP(
            "DomainError",
            "{location} is not a server address. Write it as postgresql://user@host:port/database.",
        ),
        location="".join(c if c.isprintable() else "?" for c in shown),
    )


def load_driver() -> None:
    """Hand peewee the psycopg its own import was kept from (rmentor/models/orm.py): the
    names its import sets when the driver is there."""
    if peewee.psycopg is not None:
        return
    try:
        import psycopg
    except ImportError:  # installed with rmentor; only a broken install gets here
        raise DomainError(
            QT_TRANSLATE_NOOP(
                "DomainError",
                "PostgreSQL's driver (psycopg) is not installed with rmentor, so no server "
                "can be reached. Install rmentor again.",
            )
        ) from None
    from psycopg.pq import TransactionStatus
    from psycopg.types.json import Json
    from psycopg.types.json import Jsonb

    peewee.psycopg, peewee.TransactionStatus = psycopg, TransactionStatus
    peewee.Json_pg3, peewee.Jsonb_pg3 = Json, Jsonb
    adapter = peewee.Psycopg3Adapter
    adapter.txn_idle = TransactionStatus.IDLE
    adapter.txn_inerror = TransactionStatus.INERROR
    adapter.txn_unknown = TransactionStatus.UNKNOWN


class ServerDatabase(PostgresqlDatabase):
    """The models' database on a server: numbers as a file gives them (an average is a
    float, not a Decimal), text as a file keeps it (no NUL), and a lost server said in
    words."""

    # the window's undo session and the coordinator's name, set on every connection of
    # the window's thread: one lost and made again keeps logging under them
    session: dict[str, str] = {}

    def init(self, database, **kwargs):
        load_driver()
        # psycopg 3 even where psycopg2 is installed too: the loaders below are its own
        super().init(database, prefer_psycopg3=True, **kwargs)

    def _connect(self):
        from psycopg.types.numeric import FloatLoader

        conn = super()._connect()
        conn.adapters.register_loader("numeric", FloatLoader)
        if threading.current_thread() is threading.main_thread():
            for name, value in self.session.items():
                conn.execute("SELECT set_config(%s, %s, false)", (name, value))
        return conn

    def execute_sql(self, sql, params=None, *args, **kwargs):
        if params:
            params = [_storable(p) if isinstance(p, str) else p for p in params]
        try:
            return super().execute_sql(sql, params, *args, **kwargs)
        except (OperationalError, InterfaceError) as exc:
            conn = self._state.conn
            if conn is None or not conn.closed:
                raise
            self._state.reset()  # the next step connects anew
            raise DomainError(
                QT_TRANSLATE_NOOP(
                    "DomainError",
                    "The connection to the server was lost, so this was not saved or read. "
                    "Check the network and try again.",
                )
            ) from exc


def server_steps() -> list[Path]:
    return sorted(SERVER_STEPS_DIR.glob("[0-9][0-9][0-9][0-9]_*.sql"))


def missing_tables() -> list[str]:
    """The tables the schema steps make that the open server database lacks."""
    made = [
        name
        for step in server_steps()
        for name in re.findall(r'CREATE TABLE "(\w+)"', step.read_text(encoding="utf-8"))
    ]
    have = set(db.get_tables())
    return [name for name in made if name not in have]


def open_server(
    location: ServerLocation, password: str | None = None, create: bool = False
) -> None:
    """Make location the models' database: connected, its tables made (create) or
    brought up to this version of rmentor."""
    db.initialize(connect_server(location, password, create))


def connect_server(
    location: ServerLocation, password: str | None = None, create: bool = False
) -> "ServerDatabase":
    """A connection to location, its tables made (create) or brought up to date."""
    from rmentor.models.storage.schema import SCHEMA_VERSION

    server = ServerDatabase(
        location.name,
        host=location.host,
        port=location.port,
        user=location.user,
        password=password,
        connect_timeout=CONNECT_SECONDS,
        application_name="rmentor",
        # no JIT: compiling a report's aggregates took longer than running them; room
        # enough to group a large programme's texts in memory
        options="-c jit=off -c work_mem=32MB",
    )
    try:
        server.connect()
    except Exception as exc:
        raise unreachable(location, exc) from None
    try:
        version = schema_version(server)
        if version is None:
            if not create:
                raise DomainError(
                    QT_TRANSLATE_NOOP(
                        "DomainError",
                        "The database {name} on {host} holds no rmentor data yet. "
                        "`import --create` or `demo` makes its tables.",
                    ),
                    name=location.name,
                    host=location.host,
                )
            version = 0
        if version > SCHEMA_VERSION:
            raise DomainError(
                QT_TRANSLATE_NOOP(
                    "DomainError",
                    "The database {name} on {host} was brought up to a newer rmentor "
                    "than this one. Update rmentor to use it.",
                ),
                name=location.name,
                host=location.host,
            )
        apply_server_steps(server, version, SCHEMA_VERSION)
    except BaseException:
        server.close()
        raise
    return server


def listening(location: ServerLocation, password: str | None, channel: str):
    """A plain connection of its own (not peewee's, which keeps one per thread) that
    listens on channel: the window polls it for the change log's notifications."""
    import psycopg

    try:
        con = psycopg.connect(
            host=location.host,
            port=location.port,
            dbname=location.name,
            user=location.user,
            password=password,
            connect_timeout=CONNECT_SECONDS,
            application_name="rmentor",
            autocommit=True,
        )
        con.execute(f"LISTEN {channel}")
    except psycopg.Error as exc:
        raise unreachable(location, exc) from None
    return con


def close_server() -> None:
    if on_server():
        if not db.is_closed():
            db.close()
        db.initialize(file_db)


def schema_version(server: PostgresqlDatabase) -> int | None:
    """The version the server's tables are at; None for a database without them.
    A database that holds other tables but not ours is refused: rmentor writes only
    into a database of its own."""
    tables = set(server.get_tables())
    if VERSION_TABLE in tables:
        row = server.execute_sql(f'SELECT max("version") FROM "{VERSION_TABLE}"').fetchone()
        return int(row[0] or 0)
    if tables:
        raise DomainError(
            QT_TRANSLATE_NOOP(
                "DomainError",
                "The database {name} holds tables of another program. rmentor keeps its "
                "programmes in a database of their own: ask for an empty one.",
            ),
            name=server.database,
        )
    return None


def apply_server_steps(server: PostgresqlDatabase, start: int, stop: int) -> None:
    """Steps start+1..stop, each in one transaction with its version (PostgreSQL
    changes tables inside a transaction, so a failed step leaves no half)."""
    for number, step in enumerate(server_steps()[start:stop], start=start + 1):
        with server.atomic():
            if number == 1:
                server.execute_sql(f'CREATE TABLE "{VERSION_TABLE}" ("version" INTEGER NOT NULL)')
            server.execute_sql(step.read_text(encoding="utf-8"))
            server.execute_sql(f'INSERT INTO "{VERSION_TABLE}" ("version") VALUES (%s)', (number,))


class PasswordRefused(DomainError):
    """The server wants a password, or another one: it may be asked again."""


def unreachable(location: ServerLocation, exc: BaseException) -> DomainError:
    """Why the server could not be used, in words that hold no data. libpq gives no code
    for a refused login, only its words: read with the quoted names taken out (a
    database called "mypassword" is no password problem)."""
    text = re.sub(r'"[^"]*"', '""', str(exc)).lower()
    if "password authentication failed" in text or "no password supplied" in text:
        return PasswordRefused(
            QT_TRANSLATE_NOOP(
                "DomainError", "The server {host} did not accept {user} with this password."
            ),
            host=location.host,
            user=location.user,
        )
    if 'database "" does not exist' in text:
        return DomainError(
            QT_TRANSLATE_NOOP(
                "DomainError",
                "There is no database {name} on {host}. Its administrator makes one "
                "(an empty database is enough: rmentor makes its tables).",
            ),
            name=location.name,
            host=location.host,
        )
    if "fatal:" in text:  # the server answered, and said no
        return DomainError(
            QT_TRANSLATE_NOOP(
                "DomainError",
                "The server {host} does not let {user} in (no such user, or not from this "
                "computer). Ask its administrator.",
            ),
            host=location.host,
            user=location.user,
        )
    return DomainError(
        QT_TRANSLATE_NOOP(
            "DomainError",
            "The server {host} (port {port}) could not be reached. Check the address "
            "and your network, or ask its administrator whether it runs.",
        ),
        host=location.host,
        port=str(location.port),  # a number, not a quantity: no thousands separator
    )


# how long an erasure waits for another connection still reading from before it, and
# for a table another connection holds
ERASURE_WAIT_SECONDS = 30
LOCK_WAIT = "15s"


def vacuum_tables(erased_as: str) -> None:
    """Rewrite every table of ours (VACUUM FULL): the old versions of changed rows, which
    PostgreSQL keeps until then, are gone from the tables' files. It keeps those a
    connection reading since before the erasure can still see: first wait for such
    readers, and refuse in words if they stay (the person is erased; erasing them again,
    as `erased_as`, finishes the job)."""
    owner = db.execute_sql(
        "SELECT tableowner FROM pg_tables WHERE schemaname = current_schema() "
        "AND tablename = ANY(%s) AND NOT pg_has_role(tableowner, 'USAGE') LIMIT 1",
        (db.get_tables(),),
    ).fetchone()
    if owner:  # VACUUM would skip the tables of another role with a mere warning
        raise DomainError(
            QT_TRANSLATE_NOOP(
                "DomainError",
                "The person was erased, but only the owner of rmentor's tables on the "
                "server ({owner}) may clear the old copies of their rows. Ask them to "
                "erase {address} to finish.",
            ),
            owner=owner[0],
            address=erased_as,
        )
    erased_at = db.execute_sql("SELECT clock_timestamp()").fetchone()[0]
    deadline = time.monotonic() + ERASURE_WAIT_SECONDS
    while (reader := _reader_since(erased_at)) is not None:
        if time.monotonic() > deadline:
            raise _not_rewritten(erased_as, reader)
        time.sleep(0.5)
    db.execute_sql(f"SET lock_timeout = '{LOCK_WAIT}'")
    try:
        for table in db.get_tables():
            db.execute_sql(f'VACUUM FULL "{table}"')
    except (OperationalError, ProgrammingError) as exc:
        raise _not_rewritten(erased_as, None) from exc
    finally:
        db.execute_sql("RESET lock_timeout")
    reader = _reader_since(erased_at)
    if reader is not None:
        raise _not_rewritten(erased_as, reader)


def _reader_since(moment) -> int | None:
    """Another connection to this database whose snapshot is older than moment."""
    row = db.execute_sql(
        "SELECT pid FROM pg_stat_activity WHERE datname = current_database() "
        "AND pid <> pg_backend_pid() AND backend_xmin IS NOT NULL "
        "AND COALESCE(xact_start, query_start) < %s LIMIT 1",
        (moment,),
    ).fetchone()
    return row[0] if row else None


def _not_rewritten(erased_as: str, reader: int | None) -> DomainError:
    return DomainError(
        QT_TRANSLATE_NOOP(
            "DomainError",
            "The person was erased, but the server could not yet clear the old copies of "
            "their rows: another connection still reads, or holds, the data from before "
            "(process {process}). When it has finished, erase {address} to finish.",
        ),
        process=str(reader) if reader is not None else "?",
        address=erased_as,
    )
