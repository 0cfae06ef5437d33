"""The one database object; initialised late so the app and each test hand in a file."""

from peewee import SqliteDatabase

# Pragmas for every connection. journal_mode=delete rather than WAL: the file often
# lives in a folder that OneDrive or Dropbox syncs, where WAL's side files are unsafe.
PRAGMAS = {
    "foreign_keys": 1,
    "journal_mode": "delete",
    "synchronous": "full",
    "busy_timeout": 5000,
}

db = SqliteDatabase(None, pragmas=PRAGMAS)
