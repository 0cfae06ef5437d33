"""rmentor: run a reverse mentoring programme from start to finish."""

import sys

__version__ = "0.1.0"


def _peewee_without_drivers() -> None:
    """peewee imports PostgreSQL's drivers when it is imported itself: 0.13 s of every
    start, for a server most coordinators never use. psycopg is handed to peewee when a
    server is reached (models/storage/server.py, load_driver); psycopg2 never is."""
    drivers = ("psycopg", "psycopg2")
    if "peewee" in sys.modules or any(d in sys.modules for d in drivers):
        return
    for driver in drivers:
        sys.modules[driver] = None  # an ImportError for peewee's try
    try:
        import peewee  # noqa: F401
    finally:
        for driver in drivers:
            del sys.modules[driver]


_peewee_without_drivers()
