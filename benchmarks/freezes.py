"""The window's longest pause during each long step, on the large file.

A 10 ms timer on the window's thread notes when it fires; a step that holds the
thread shows as a gap between two notes. Each step is driven as the coordinator
starts it (the file dialogs answered with a path), and measured until what it
started has finished, also where that goes on after the call returns (a tab loading
its rows, the report's first drawing, the backup made after opening)."""

import subprocess
import sys
import time
from pathlib import Path

from measure import wait_until
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
from PySide6.QtWidgets import QFileDialog
from PySide6.QtWidgets import QMessageBox

LIMIT = 0.2  # the bound: no pause over 200 ms without progress


class Gaps:
    def __init__(self):
        self.ticks: list[float] = []
        self.timer = QTimer()
        self.timer.setInterval(10)
        self.timer.timeout.connect(lambda: self.ticks.append(time.perf_counter()))

    def longest(self, start, finished=lambda: True, timeout: float = 120) -> tuple[float, float]:
        """(the longest pause, the whole step) while start() runs and until finished()."""
        app = QApplication.instance()
        app.processEvents()
        self.ticks = [time.perf_counter()]
        self.timer.start()
        start()
        wait_until(finished, timeout)
        app.processEvents()
        self.ticks.append(time.perf_counter())
        self.timer.stop()
        pauses = [b - a for a, b in zip(self.ticks, self.ticks[1:], strict=False)]
        return max(pauses), self.ticks[-1] - self.ticks[0]


def touch(path: Path) -> None:
    """Another program writes to the file (and leaves no trace): its own process, as two
    copies of SQLite in one process must never share a file (sqlite.org/howtocorrupt)."""
    subprocess.run(
        [
            sys.executable,
            "-c",
            "import sqlite3, sys; c = sqlite3.connect(sys.argv[1]); "
            "c.executescript('CREATE TABLE touched (x); DROP TABLE touched;'); c.close()",
            str(path),
        ],
        check=True,
    )


def _printer(tmp: Path):
    from PySide6.QtPrintSupport import QPrinter

    printer = QPrinter()
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp / "printed.pdf"))
    printer.setResolution(150)
    return printer


def run(large: Path, tmp: Path, record) -> None:
    from rmentor.models.outreach import mail_texts
    from rmentor.models.programme.entities import Pairing
    from rmentor.models.storage import datafile
    from rmentor.ui.window import mail_actions
    from rmentor.ui.window.main_window import MainWindow

    answers = {"save": None}
    QFileDialog.getSaveFileName = staticmethod(lambda *_a, **_k: (answers["save"], ""))
    for name in ("information", "warning", "question", "critical"):
        setattr(QMessageBox, name, staticmethod(lambda *_a, **_k: QMessageBox.StandardButton.Ok))
    # a coordinator who said who they are: drafts are written without asking about it
    mail_texts.save_settings(mail_texts.MailSettings(name="Ilse Vos", email="ilse@example.nl"))
    gaps = Gaps()
    window = MainWindow()
    window.resize(1366, 768)
    window.show()
    window.open_path(large, create=False)  # found whole once
    wait_until(lambda: not window.overview_tab.loading())
    window.session.close()
    touch(large)  # another program wrote to it: checked and backed up again

    def measured(name: str, start, finished=lambda: True) -> None:
        pause, whole = gaps.longest(start, finished)
        record(
            f"longest pause: {name} (the step {whole:.1f} s)",
            pause,
            LIMIT,
            target="≤ 200 ms",
        )

    measured(
        "opening the large file, changed since (check and backup)",
        lambda: window.open_path(large, create=False),
        lambda: not window.session.backing_up() and not window.overview_tab.loading(),
    )
    for tab in (
        window.participants_tab,
        window.pairings_tab,
        window.journal_tab,
        window.follow_up_tab,
    ):
        measured(
            f"the {tab.objectName().replace('_', '-')} tab shows its rows",
            lambda tab=tab: window.tabs.setCurrentWidget(tab),
            lambda tab=tab: not tab.loading(),
        )
    window.tabs.setCurrentWidget(window.participants_tab)
    measured(
        "the participant form opens (its manager picker lists everyone)",
        window.participants_tab.add,
        lambda: window.participants_tab.dialog.isVisible(),
    )
    window.participants_tab.dialog.reject()
    measured(
        "the report's preview opens",
        window.make_report,
        lambda: window.dialog.pages is not None and not window.dialog.drawing,
    )
    measured("saving the report as PDF", lambda: window.dialog.save_to(tmp / "report.pdf"))
    measured(
        "printing the report (to a PDF printer)", lambda: window.dialog.print_to(_printer(tmp))
    )
    window.dialog.close()
    answers["save"] = str(tmp / "journal.csv")
    measured("exporting the journal (CSV)", lambda: window.sheets.export("journal"))
    answers["save"] = str(tmp / "calendar.ics")
    measured("the meetings calendar", window.write_calendar)
    outbox = tmp / "outbox-pauses"
    outbox.mkdir(exist_ok=True)
    measured(
        "reminders to every pair that needs one",
        lambda: mail_actions.write_drafts(window, window.programme, "reminder", folder=outbox),
    )
    window.tabs.setCurrentWidget(window.pairings_tab)
    wait_until(lambda: not window.pairings_tab.loading())
    rows = window.pairings_tab.model.all_rows()
    for kind, status, count in (("reminder", "active", 200), ("evaluation", "completed", 40)):
        picked = [r.id for r in rows if r.status == status][:count]
        folder = tmp / f"outbox-picked-{kind}"
        folder.mkdir(exist_ok=True)
        measured(
            f"{kind} e-mails to {len(picked)} pairs picked in the Pairings tab",
            lambda picked=picked, kind=kind, folder=folder: mail_actions.write_drafts(
                window,
                window.programme,
                kind,
                list(Pairing.select().where(Pairing.id.in_(picked))),
                folder,
            ),
        )
    measured(
        "suggest pairings",
        window.pairings_tab.suggest,
        lambda: not window.pairings_tab.dialog.computing,
    )
    plan = window.pairings_tab.dialog
    plan.accept_all_button.click()
    measured(
        f"accepting the plan and starting it ({len(plan.chosen())} pairings)",
        plan.plan_button.click,
        lambda: not plan.isVisible(),
    )
    _import(window, tmp, answers, measured)
    window.close()
    datafile.close_file()


def _import(window, tmp: Path, answers: dict, measured) -> None:
    """Everyone exported to .xlsx, each given a new job title, and imported again, as
    the coordinator does it (an unchanged row is not written: each one is)."""
    import openpyxl

    sheet = tmp / "everyone.xlsx"
    answers["save"] = str(sheet)
    window.sheets.export("participants")
    book = openpyxl.load_workbook(sheet)
    rows = book.active
    title = next(c.column for c in rows[1] if c.value in ("Job title", "Functie"))
    for (cell,) in rows.iter_rows(min_row=2, min_col=title, max_col=title):
        cell.value = f"{cell.value or ''} (new)".strip()
    book.save(sheet)
    QFileDialog.getOpenFileName = staticmethod(lambda *_a, **_k: (str(sheet), ""))
    measured(
        "a sheet of everyone read and checked in the import form",
        window.sheets.import_participants,
        lambda: window.dialog is not None and window.dialog.isVisible(),
    )
    form = window.dialog
    rule = form.rule.kind
    measured(
        "a choice changed in the import form (every row checked again)",
        lambda: rule.setCurrentIndex((rule.currentIndex() + 1) % rule.count()),
    )
    measured(
        f"importing everyone again ({len(form.plan.people):,} people updated)",
        form.buttons.accepted.emit,
        lambda: not form.isVisible(),
    )
