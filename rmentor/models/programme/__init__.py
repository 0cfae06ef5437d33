"""The programme's entities and rules: programmes, participants, pairings, the journal, closing, matching, privacy."""

from rmentor.models import orm  # noqa: F401 - peewee first, without the drivers
