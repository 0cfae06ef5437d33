"""The data file: opening and checking it, crash recovery, schema steps, backups, the undo log, record versions, writing files whole."""

from rmentor.models import orm  # noqa: F401 - peewee first, without the drivers
