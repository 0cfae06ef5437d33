"""peewee, imported without PostgreSQL's drivers: every part of the domain that uses peewee
imports this module first. The vocabulary and the messages do not use peewee, so the window
shows before it loads."""

import sys


def _import_peewee():
    """peewee imports PostgreSQL's drivers when it is imported itself: 0.13 s of every
    start, for a server most coordinators never use. psycopg is handed to peewee when a
    server is reached (models/storage/server.py, load_driver); psycopg2 never is."""
    drivers = ("psycopg", "psycopg2")
    first = "peewee" not in sys.modules and not any(d in sys.modules for d in drivers)
    if first:
        for driver in drivers:
            sys.modules[driver] = None  # an ImportError for peewee's try
    try:
        import peewee
    finally:
        if first:
            for driver in drivers:
                del sys.modules[driver]
    return peewee


# outside the domain's parts, which import this first: from rmentor.models.orm import peewee
peewee = _import_peewee()
