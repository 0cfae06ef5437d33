"""E-mails to pairs: their texts, whom they fit, addresses, the calendar, writing drafts and forms, reading returned forms."""

from rmentor.models import orm  # noqa: F401 - peewee first, without the drivers
