"""rmentor: run a reverse mentoring programme from start to finish."""

import sys

__version__ = "0.1.0"

# peewee imports PostgreSQL's driver when it is imported itself: 0.13 s of every start,
# for a server most coordinators never use. It is handed to peewee when a server is
# reached (models/storage/server.py, load_driver).
if "peewee" not in sys.modules and "psycopg" not in sys.modules:
    sys.modules["psycopg"] = None  # an ImportError for peewee's try
    try:
        import peewee  # noqa: F401
    finally:
        del sys.modules["psycopg"]
