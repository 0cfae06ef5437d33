"""The one database object; initialised late so the app and each test hand in a file
(or a server)."""

import contextlib
import datetime as dt
import functools
import gc
import re
import threading

from peewee import DatabaseProxy
from peewee import OperationalError
from peewee import SqliteDatabase

from rmentor.models.errors import DomainError
from rmentor.models.errors import Reason
from rmentor.models.errors import system_reason
from rmentor.models.storage import engine
from rmentor.models.text.i18n import QT_TRANSLATE_NOOP

# Pragmas for every connection. journal_mode=delete rather than WAL: the file often
# lives in a folder that OneDrive or Dropbox syncs, where WAL's side files are unsafe.
PRAGMAS = {
    "foreign_keys": 1,
    "journal_mode": "delete",
    "synchronous": "full",
    "busy_timeout": 5000,
    "cache_size": -65536,  # 64 MiB of pages: the journal of a large file reads them twice
}

THREAD_CACHE_KIB = -4096  # 4 MiB

# What SQLite says when the disk or the file refuses a write (all get one plain message),
# and how a reader is told.
STORAGE_FAILURES = {
    "disk is full": QT_TRANSLATE_NOOP("DomainError", "the disk is full"),
    "disk i/o error": QT_TRANSLATE_NOOP("DomainError", "the disk could not be read or written"),
    "readonly database": QT_TRANSLATE_NOOP("DomainError", "the file is read-only"),
    "database is locked": QT_TRANSLATE_NOOP("DomainError", "another program is using the file"),
    "unable to open database": QT_TRANSLATE_NOOP("DomainError", "the file cannot be opened"),
    "attempt to write": QT_TRANSLATE_NOOP("DomainError", "the file cannot be written"),
}


def _text(value: bytes) -> str:
    if len(value) <= SHORT_TEXT:
        return _short_text(value)
    return value.decode("utf-8", "replace")


# Short texts repeat row after row (a status, a kind, a format, a first name, a date):
# one string each instead of one per row keeps a big table's memory down.
SHORT_TEXT = 24


@functools.lru_cache(maxsize=65_536)
def _short_text(value: bytes) -> str:
    return value.decode("utf-8", "replace")


_UNSTORABLE = re.compile("[\x00\ud800-\udfff]")


def _storable(text: str) -> str:
    """Text as a file can keep it: a NUL (from a PDF form, a pasted cell) and half of a
    surrogate pair are no text, and would make the file read-only as broken; they are
    left out, or replaced."""
    if not _UNSTORABLE.search(text):
        return text
    return text.replace("\x00", "").encode("utf-8", "replace").decode("utf-8")


def failure_reason(exc: BaseException) -> Reason:
    """Why a file operation failed, in words that hold no data: the reader's for a file
    error or a storage failure SQLite names, else only the error's kind."""
    text = "" if isinstance(exc, OSError) else str(exc).lower()
    # SQLite's words for it, never the rest of the message: a wrapped error could carry data
    said = next((said for failure, said in STORAGE_FAILURES.items() if failure in text), None)
    return Reason(said) if said else system_reason(exc)


class ProgrammeDatabase(SqliteDatabase):
    """Turns a failed write into a DomainError the user can read; the transaction it
    belonged to rolls back, so the file stays as it was. Connects through SQLCipher's
    SQLite, with the file's data key when it is encrypted."""

    key: bytes | None = None

    def init(self, database, key: bytes | None = None, **kwargs):
        self.key = key
        super().init(database, **kwargs)

    def _connect(self):
        conn = engine.driver.connect(
            self.database, timeout=self._timeout, isolation_level=None, **self.connect_params
        )
        try:
            conn.execute("PRAGMA cipher_log_level = NONE")
            if self.key is not None:
                conn.execute(engine.key_pragma(self.key))
            self._add_conn_hooks(conn)
        except Exception:
            conn.close()
            raise
        # Text that is not valid UTF-8 (a damaged file, another program's write) reads
        # with replacement characters: the default error quotes the text, which could
        # carry a confidential note into a message or a log.
        conn.text_factory = _text
        engine.share_with_the_window(conn)
        if threading.current_thread() is not threading.main_thread():
            # a step on a thread reads the file once: a big cache of its own would only
            # add its 64 MiB to the window's (and a thread's memory is seldom given back)
            conn.execute(f"PRAGMA cache_size = {THREAD_CACHE_KIB}")
        return conn

    def _storage_error(self, exc):
        text = str(exc).lower()
        if any(failure in text for failure in STORAGE_FAILURES):
            return DomainError(
                QT_TRANSLATE_NOOP(
                    "DomainError",
                    "The change could not be saved ({reason}). The data file is "
                    "as it was before; what you typed is still in the form.",
                ),
                reason=failure_reason(exc),
            )
        return None

    def execute_sql(self, sql, params=None, *args, **kwargs):
        if params:
            params = [_storable(p) if isinstance(p, str) else p for p in params]
        try:
            return super().execute_sql(sql, params, *args, **kwargs)
        except OperationalError as exc:
            if sql.startswith(("ROLLBACK TO SAVEPOINT", "RELEASE SAVEPOINT")) and (
                "no such savepoint" in str(exc)
            ):
                return None  # SQLite already rolled the whole transaction back itself
            error = self._storage_error(exc)
            if error is None:
                raise
            raise error from exc

    def rollback(self):
        try:
            return super().rollback()
        except OperationalError as exc:
            # After "disk full" or an I/O error SQLite rolls back by itself.
            if "no transaction is active" not in str(exc):
                raise

    def commit(self):
        try:
            return super().commit()
        except OperationalError as exc:
            error = self._storage_error(exc)
            if error is None:
                raise
            raise error from exc


# The models' database: a file (file_db) or a server (storage/server.py), whichever
# the coordinator opened last.
file_db = ProgrammeDatabase(None, pragmas=PRAGMAS)
db = DatabaseProxy()
db.initialize(file_db)


def on_server() -> bool:
    """Whether the open programme data lives on a server, not in a file."""
    return not isinstance(db.obj, SqliteDatabase)


class _Pauses:
    """The steps that paused the cyclic garbage collector, counted: it runs again once
    the last has ended, and only if it ran before the first began."""

    def __init__(self):
        self.lock = threading.Lock()
        self.count = 0
        self.resume_wanted = False


_pauses = _Pauses()


def resume_if_unpaused() -> None:
    """On the window's thread: the collector runs again, unless a step paused it since
    its resume was asked for (it would then run on that step's thread, see below)."""
    with _pauses.lock:
        if _pauses.count == 0 and _pauses.resume_wanted:
            _pauses.resume_wanted = False
            gc.enable()


# How a thread other than the window's asks for the collector back: the window sets it
# (ui.common.background) to resume it on its own thread. A collection run on another
# thread may free the window's Qt objects there, which PySide does not survive (seen:
# a test run that hung, the window's thread and a finished step's waiting on each other).
resume_collector = resume_if_unpaused


@contextlib.contextmanager
def paused_gc():
    """Build a big list without the cyclic garbage collector: it would scan every object
    the app holds several times while 100,000 rows are made (a fifth of the time), and
    hold every thread while it does (0.1 s at a time on the large demo)."""
    with _pauses.lock:
        if _pauses.count == 0:
            _pauses.resume_wanted = _pauses.resume_wanted or gc.isenabled()
        _pauses.count += 1
        gc.disable()
    try:
        yield
    finally:
        with _pauses.lock:
            _pauses.count -= 1
            last = _pauses.count == 0 and _pauses.resume_wanted
        if last:
            if threading.current_thread() is threading.main_thread():
                resume_if_unpaused()
            else:
                resume_collector()


def fetch_raw(query) -> list[tuple]:
    """Run a peewee query but skip its per-row conversion: 5-10x faster for big lists.

    Dates come back as ISO strings; see iso_date.
    """
    return db.execute_sql(*query.sql()).fetchall()


@functools.lru_cache(maxsize=20_000)
def iso_date(value):
    """A date from its ISO text (SQLite's storage); cached, since days repeat."""
    if value is None or isinstance(value, dt.date):
        return value
    return dt.date.fromisoformat(value[:10])


@contextlib.contextmanager
def window_sized_cache():
    """On a step's thread that reads the same tables over and over (a report's forty
    queries): a page cache as big as the window's while it does. With the thread's 4 MiB,
    every query reads its pages again, and an encrypted file decrypts them again (the
    large demo's report read on a thread: 1.5 s instead of 0.8 s)."""
    if on_server() or threading.current_thread() is threading.main_thread():
        yield
        return
    db.execute_sql(f"PRAGMA cache_size = {PRAGMAS['cache_size']}")
    try:
        yield
    finally:
        # back to the thread's size, which gives the pages back; a file closed under the
        # step has no connection left to shrink
        with contextlib.suppress(OperationalError):
            db.execute_sql(f"PRAGMA cache_size = {THREAD_CACHE_KIB}")
