"""The SQLite engine every connection goes through: SQLCipher's build of SQLite, which
reads a plain file as plain SQLite does and an encrypted one with its data key."""

import os
import threading
import time
from pathlib import Path

from sqlcipher3 import dbapi2 as driver

Error = driver.Error
DatabaseError = driver.DatabaseError
Connection = driver.Connection


def key_pragma(key: bytes) -> str:
    """The statement that hands SQLCipher a raw 256-bit key: no key derivation of its
    own (the passphrase was stretched already, see keys.py)."""
    return f"PRAGMA key = \"x'{key.hex()}'\""


def connect(
    path: str | os.PathLike,
    key: bytes | None = None,
    read_only: bool = False,
    isolation_level: str | None = "",
) -> Connection:
    """A connection to a file, encrypted when a key is given. SQLCipher's own log stays
    off: it would write to the console on every wrong key."""
    if read_only:
        con = driver.connect(
            f"{Path(path).resolve().as_uri()}?mode=ro", uri=True, isolation_level=isolation_level
        )
    else:
        con = driver.connect(str(path), isolation_level=isolation_level)
    con.execute("PRAGMA cipher_log_level = NONE")
    if key is not None:
        con.execute(key_pragma(key))
    # text that is not UTF-8 (a damaged file, another program's write; the integrity
    # check's own words about such a file) reads with replacement characters
    con.text_factory = lambda value: value.decode("utf-8", "replace")
    share_with_the_window(con)
    return con


_paused = threading.local()


def share_with_the_window(con: Connection) -> None:
    """On a thread other than the window's: every 10,000 steps of a query, a 1 ms sleep
    every 20 ms. SQLite lets go of Python's lock for every row and takes it back before a
    waiting thread can; without the sleep, a big read (or the check of every page)
    keeps the window from repainting for a quarter of a second at a time."""
    if threading.current_thread() is not threading.main_thread():
        con.set_progress_handler(_let_the_window_in, 10_000)


def _let_the_window_in() -> int:
    now = time.monotonic()
    if now - getattr(_paused, "at", 0.0) > 0.02:
        time.sleep(0.001)
        _paused.at = time.monotonic()
    return 0  # go on


def attach(con: Connection, path: Path, name: str, key: bytes | None) -> None:
    """Attach another file, encrypted with key or plain (an empty key)."""
    secret = f"x'{key.hex()}'" if key is not None else ""
    con.execute(f'ATTACH DATABASE ? AS {name} KEY "{secret}"', (str(path),))


def export(con: Connection, target: Path, key: bytes | None) -> None:
    """Write everything con holds into a new file target, encrypted with key or plain:
    SQLCipher's export copies the schema and rows; the two header numbers rmentor
    reads (application_id, user_version) are copied by hand."""
    attach(con, target, "target", key)
    try:
        con.execute("SELECT sqlcipher_export('target')")
        for pragma in ("application_id", "user_version"):
            value = int(con.execute(f"PRAGMA main.{pragma}").fetchone()[0])
            con.execute(f"PRAGMA target.{pragma} = {value}")
    finally:
        con.execute("DETACH DATABASE target")
