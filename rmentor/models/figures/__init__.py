"""What is counted and judged: the shared figures, attention, the report's data, the verdict, suppression, anonymity, making a report."""

from rmentor.models import orm  # noqa: F401 - peewee first, without the drivers
