"""Where a data file lives, and the risks that come with the place."""

import os
from pathlib import Path

SYNC_FOLDERS = {
    "onedrive": "OneDrive",
    "dropbox": "Dropbox",
    "google drive": "Google Drive",
    "googledrive": "Google Drive",
    "my drive": "Google Drive",
    "icloud": "iCloud",
    "mobile documents": "iCloud",
    "nextcloud": "Nextcloud",
    "owncloud": "ownCloud",
}


def risky_location(path: Path) -> str | None:
    """The sync service or "network" when the file is in a synced or network folder."""
    text = str(path.resolve() if path.exists() else path).replace("\\", "/")
    if text.startswith("//") or text.startswith("/net/") or text.startswith("/mnt/smb"):
        return "network"
    lowered = text.lower()
    for marker, service in SYNC_FOLDERS.items():
        if f"/{marker}" in lowered:
            return service
    return None


def lock_path(path: Path) -> Path:
    """Beside the file, so two laptops opening it on a share see each other; else in temp."""
    if os.access(path.parent, os.W_OK):
        return path.with_name(f".{path.name}.lock")
    import hashlib
    import tempfile

    digest = hashlib.sha1(str(path.resolve()).encode()).hexdigest()[:16]
    return Path(tempfile.gettempdir()) / f"rmentor-{digest}.lock"


def identity_lock_path(path: Path) -> Path | None:
    """Named after the file itself (its device and inode), not its name: a hard link, a
    symlink or another spelling of the path leads to the same lock. In the shared temp
    folder, so every user of this computer sees it. None while the file does not exist,
    or on a drive that numbers no files (some network drives)."""
    import tempfile

    try:
        info = os.stat(path)
    except OSError:
        return None
    if not info.st_ino:
        return None
    return Path(tempfile.gettempdir()) / f"rmentor-{info.st_dev:x}-{info.st_ino:x}.lock"
