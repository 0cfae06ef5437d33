"""The program tests run in the app's Qt, started in English."""

import pytest


@pytest.fixture(autouse=True)
def _in_english(_english):
    """Every program test: the QApplication, with the English plural forms installed."""
