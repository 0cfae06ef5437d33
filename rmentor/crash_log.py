"""The log of unexpected errors, in the user's log folder: tracebacks only, no data."""

import datetime as dt
import traceback
from pathlib import Path


def log_folder() -> Path:
    import platformdirs  # only when something went wrong

    return Path(platformdirs.user_log_dir("rmentor", appauthor=False))


def write_traceback(kind, value, tb) -> Path:
    """Append the traceback to rmentor.log and return the log's path."""
    path = log_folder() / "rmentor.log"
    path.parent.mkdir(parents=True, exist_ok=True)
    with open(path, "a", encoding="utf-8") as f:
        f.write(f"--- {dt.datetime.now():%Y-%m-%d %H:%M:%S}\n")
        f.write("".join(traceback.format_exception(kind, value, tb)))
    return path
