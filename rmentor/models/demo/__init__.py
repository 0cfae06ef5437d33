"""Demo programmes: a believable small Dutch company, and a large file for benchmarks."""

from rmentor.models import orm  # noqa: F401 - peewee first, without the drivers
from rmentor.models.demo.large import write_large_demo
from rmentor.models.demo.small import write_small_demo
from rmentor.models.demo.texts import DEMO_NAME

__all__ = ["DEMO_NAME", "write_large_demo", "write_small_demo"]
