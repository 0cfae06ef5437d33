"""Where file dialogs start: the folder the coordinator used last, else Documents; never
the hidden data folder the first data file lives in. What others sent (HR's staff list,
forms the pairs filled in) is remembered apart: a report saved after an import goes
where the reports went, not beside HR's lists."""

from pathlib import Path

from PySide6.QtCore import QSettings
from PySide6.QtCore import QStandardPaths

KEY = "folders/last"
RECEIVED = "folders/received"


def start_folder(received: bool = False) -> Path:
    for key in (RECEIVED, KEY) if received else (KEY,):
        last = QSettings().value(key)
        if last and Path(last).is_dir():
            return Path(last)
    documents = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    return Path(documents) if documents and Path(documents).is_dir() else Path.home()


def remember(chosen: str | Path, received: bool = False) -> None:
    """The folder of a file the coordinator picked: the next dialog starts there."""
    QSettings().setValue(RECEIVED if received else KEY, str(Path(chosen).parent))
