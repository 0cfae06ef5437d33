"""Remembering that a file was found whole. The full check reads every page (seconds on
a large file), so it runs again only when the file changed since it was last found
whole: its change counter, size or modification time differ, as another program or a
copy from elsewhere would make them. `rmentor check` always checks in full."""

import hashlib
import json
from pathlib import Path

import platformdirs

from rmentor.models.storage.backups import change_counter


def _record(path: Path) -> Path:
    """In the app's own state folder, named after the file's full path: nothing is left
    beside the coordinator's file for a check."""
    name = hashlib.sha256(str(path.resolve()).encode("utf-8", "surrogatepass")).hexdigest()
    return Path(platformdirs.user_state_dir("rmentor", appauthor=False)) / "checked" / name


def _state(path: Path) -> dict:
    seen = path.stat()
    return {"counter": change_counter(path), "size": seen.st_size, "mtime_ns": seen.st_mtime_ns}


def unchanged(path: Path) -> bool:
    """True when the file is as it was when last found whole."""
    try:
        kept = json.loads(_record(path).read_text(encoding="utf-8"))
        return kept == _state(path)
    except (OSError, ValueError):
        return False


def remember(path: Path) -> None:
    """The file as it is now is whole; best effort (where nothing can be kept, the next
    opening checks in full)."""
    try:
        record = _record(path)
        record.parent.mkdir(parents=True, exist_ok=True)
        record.write_text(json.dumps(_state(path)), encoding="utf-8")
    except OSError:
        pass
