"""rmentor: run a reverse mentoring programme from start to finish."""

__version__ = "0.1.0"
