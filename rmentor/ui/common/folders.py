"""Where file dialogs start: the folder the coordinator used last for that kind of file,
else Documents; never the hidden data folder the first data file lives in. What the app
writes (reports, exports, drafts) shares one folder; data files, HR's staff lists and the
forms the pairs send back each have their own: a report saved after an import goes where
the reports went, not beside HR's lists, and a new data file not among the e-mail drafts."""

from pathlib import Path

from PySide6.QtCore import QSettings
from PySide6.QtCore import QStandardPaths

WRITTEN = "last"  # the key it has had since the first version
DATA = "data"
SHEETS = "received"
FORMS = "forms"
# where a kind not used yet starts: what others sent arrives where the coordinator works
FALLBACK = {SHEETS: WRITTEN, FORMS: SHEETS}


def start_folder(kind: str = WRITTEN) -> Path:
    while kind:
        last = QSettings().value(f"folders/{kind}")
        if last and Path(last).is_dir():
            return Path(last)
        kind = FALLBACK.get(kind)
    documents = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    return Path(documents) if documents and Path(documents).is_dir() else Path.home()


def remember(chosen: str | Path, kind: str = WRITTEN) -> None:
    """The folder of a file the coordinator picked: the next dialog of its kind starts there."""
    QSettings().setValue(f"folders/{kind}", str(Path(chosen).parent))
