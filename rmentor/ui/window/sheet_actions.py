"""Staff lists in and lists out: importing participants from a sheet, and exporting the
participants, pairings or journal as one."""

from pathlib import Path

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QFileDialog
from PySide6.QtWidgets import QInputDialog

from rmentor.ui.common import notices
from rmentor.ui.common.background import FAILED
from rmentor.ui.common.background import close_wanted
from rmentor.ui.common.background import run_stoppable
from rmentor.ui.common.background import tell_failure
from rmentor.ui.common.folders import SHEETS
from rmentor.ui.common.folders import remember
from rmentor.ui.common.folders import start_folder
from rmentor.ui.common.labels import APP_FACE
from rmentor.ui.window import translations


class SheetActions(QObject):
    def __init__(self, window):
        super().__init__(window)
        self.window = window

    def import_participants(self) -> None:
        """Pick a sheet, then preview and check it; with no programme yet, make one first."""
        if not self.window.file_first():
            return
        name, _ = QFileDialog.getOpenFileName(
            self.window,
            self.tr("Import participants"),
            str(start_folder(SHEETS)),
            self.tr("Spreadsheets (*.csv *.xlsx *.txt)"),
        )
        if not name:
            return
        remember(name, SHEETS)
        sheet = self._read(name)
        if sheet is None or close_wanted(self.window):
            return
        if self.window.programme is None:
            self.window.new_programme()
            self.window.dialog.why.setText(
                self.tr(
                    "The people in %1 join a programme, and there is none yet: make it here "
                    "first. The import follows when it is saved."
                ).replace("%1", Path(name).name)
            )
            self.window.dialog.why.show()
            self.window.dialog.saved.connect(lambda _pid: self.open_import(Path(name), sheet))
            return
        self.open_import(Path(name), sheet)

    def _read(self, name: str, sheet_name: str | None = None):
        """The sheet read on a thread (a long one takes a second or more); of a workbook
        with rows on several sheets, the one the coordinator picks. None once what went
        wrong is said, or no sheet was picked."""
        from rmentor.models.sheets.sheet_files import read_sheet
        from rmentor.models.sheets.workbook_parts import SeveralSheets

        outcome, result = run_stoppable(
            self.window,
            self.tr("Reading %1…").replace("%1", Path(name).name),
            lambda _going_on: read_sheet(name, sheet_name),
        )
        if outcome == FAILED and isinstance(result, SeveralSheets):
            chosen = self._which_sheet(Path(name).name, result.sheets, result.hidden)
            return None if chosen is None else self._read(name, chosen)
        if outcome == FAILED:
            tell_failure(
                self.window,
                self.tr("Cannot import"),
                self.tr("The sheet could not be read: %1."),
                result,
            )
            return None
        return result

    def _which_sheet(self, name: str, sheets: list[tuple[str, int]], hidden: bool) -> str | None:
        shown = [
            self.tr("%1 (%Ln row(s))", "", rows).replace("%1", title) for title, rows in sheets
        ]
        question = (
            self.tr(
                "The workbook %1 has rows only on hidden sheets, which often hold the people "
                "who left. Import one of them all the same?"
            )
            if hidden
            else self.tr(
                "The workbook %1 has rows on more than one sheet. Which one holds the people "
                "to import? (Another can be imported after it.)"
            )
        )
        picked, ok = QInputDialog.getItem(
            self.window,
            self.tr("Which sheet?"),
            question.replace("%1", name),
            shown,
            0,
            False,
        )
        return sheets[shown.index(picked)][0] if ok and picked in shown else None

    def open_import(self, path: Path, sheet) -> None:
        from rmentor.ui.dialogs.import_dialog import ImportDialog

        dialog = ImportDialog(self.window.programme, path, sheet, self.window)
        if dialog.plan is None or close_wanted(self.window):  # its first check failed, said
            dialog.deleteLater()  # in words; or the window is closing
            return
        self.window.dialog = dialog
        dialog.imported.connect(self.imported)
        dialog.open()

    def imported(self, created: int, updated: int, left_out: list[int]) -> None:
        self.window.mark_changed(None)
        self.window.stale.add(self.window.tabs.currentWidget())
        self.window.tabs.setCurrentWidget(self.window.participants_tab)
        self.window.tab_shown()
        said = (
            self.tr("Imported: %1 new, %2 updated.")
            .replace("%1", APP_FACE.number(created))
            .replace("%2", APP_FACE.number(updated))
        )
        if left_out:  # whoever was on them is still to be added
            said += " " + self.tr(
                "Left out: %Ln row(s) of the sheet (%1), still to be added.", "", len(left_out)
            ).replace("%1", ", ".join(str(n) for n in left_out))
        notices.tell(said)

    def export(self, what: str) -> None:
        from rmentor.models.errors import Stopped
        from rmentor.models.sheets.exporting import export_table
        from rmentor.models.sheets.sheet_files import write_sheet
        from rmentor.translator import Translator
        from rmentor.ui.common.background import STOPPED

        if self.window.programme is None:
            return
        names = {
            "participants": self.tr("participants"),
            "pairings": self.tr("pairings"),
            "journal": self.tr("journal"),
        }
        name, chosen = QFileDialog.getSaveFileName(
            self.window,
            self.tr("Export"),
            str(start_folder() / f"{self.window.programme.name} - {names[what]}.xlsx"),
            self.tr("Excel (*.xlsx);;CSV for Excel (*.csv)"),
        )
        if not name:
            return
        remember(name)
        path = Path(name)
        if path.suffix.lower() not in (".xlsx", ".csv"):  # "journal v1.2" keeps its ".2"
            path = path.with_name(path.name + (".csv" if "csv" in chosen.lower() else ".xlsx"))
        language, programme = translations.current_language(), self.window.programme

        def work(going_on) -> int:  # on a thread of its own: 100,000 rows take seconds
            headers, rows = export_table(programme, what, Translator(language))
            write_sheet(path, headers, rows, going_on)
            return len(rows)

        outcome, result = run_stoppable(
            self.window, self.tr("Exporting %1…").replace("%1", path.name), work, (Stopped,)
        )
        if outcome == STOPPED:
            notices.tell(self.tr("Export stopped; no file was written."))
        elif outcome == FAILED:
            tell_failure(
                self.window,
                self.tr("Not exported"),
                self.tr("The export could not be made (%1). No file was written."),
                result,
            )
        else:
            notices.tell(
                self.tr("Exported %Ln row(s) to %1", "", result).replace("%1", path.name), path
            )
