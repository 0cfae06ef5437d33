"""Spreadsheets: reading and writing files, the import (columns, rows, the plan) and the exports."""

from rmentor.models import orm  # noqa: F401 - peewee first, without the drivers
