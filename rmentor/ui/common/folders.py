"""Where file dialogs start: the folder the coordinator used last, else Documents; never
the hidden data folder the first data file lives in."""

from pathlib import Path

from PySide6.QtCore import QSettings
from PySide6.QtCore import QStandardPaths

KEY = "folders/last"


def start_folder() -> Path:
    last = QSettings().value(KEY)
    if last and Path(last).is_dir():
        return Path(last)
    documents = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    return Path(documents) if documents and Path(documents).is_dir() else Path.home()


def remember(chosen: str | Path) -> None:
    """The folder of a file the coordinator picked: the next dialog starts there."""
    QSettings().setValue(KEY, str(Path(chosen).parent))
