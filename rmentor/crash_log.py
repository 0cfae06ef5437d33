"""The log of unexpected errors, in the user's log folder: where it happened, never
what the data was.

Only exception types and the code's own lines are written: an exception's message
can quote a row (SQLite quotes text it cannot decode, int() quotes what it was
given), and locals are never captured, so no name or note reaches the log.
"""

import datetime as dt
import sys
import traceback
from pathlib import Path


def log_folder() -> Path:
    import platformdirs  # only when something went wrong

    return Path(platformdirs.user_log_dir("rmentor", appauthor=False))


def describe(value: BaseException) -> str:
    """The traceback of an exception and its causes, without any message."""
    parts, seen = [], set()
    while value is not None and id(value) not in seen:
        seen.add(id(value))
        kind = type(value)
        lines = traceback.format_list(traceback.extract_tb(value.__traceback__))
        parts.append(
            "Traceback (most recent call last):\n"
            + "".join(lines)
            + f"{kind.__module__}.{kind.__qualname__} (message left out: it may hold data)\n"
        )
        value = value.__cause__ or value.__context__
    return "\nwhich happened while handling or because of:\n".join(reversed(parts))


def write_traceback(kind, value, tb) -> Path:
    """Append the traceback to rmentor.log and return the log's path."""
    from rmentor import __version__

    if value is None:
        value = kind()
    if value.__traceback__ is None:
        value = value.with_traceback(tb)
    path = log_folder() / "rmentor.log"
    path.parent.mkdir(parents=True, exist_ok=True)
    with open(path, "a", encoding="utf-8") as f:
        build = " (built program)" if getattr(sys, "frozen", False) else ""
        f.write(f"--- {dt.datetime.now():%Y-%m-%d %H:%M:%S} rmentor {__version__}{build}\n")
        f.write(describe(value))
    return path
