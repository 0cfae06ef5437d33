"""One place that shows expected problems to the user."""

import sys

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox
from PySide6.QtWidgets import QWidget

from rmentor.ui.common.labels import domain_text

QUIET = [False]  # --start-and-quit: nobody is there to answer a message


def show_problem(parent: QWidget | None, title: str, error) -> None:
    """Show a DomainError (or plain text) as a warning with a plain message (on stderr
    when the app only starts and quits, as an installation check does)."""
    text = error if isinstance(error, str) else domain_text(error)
    if QUIET[0]:
        print(f"rmentor: {text}", file=sys.stderr)
        return
    QMessageBox.warning(parent, title, text)


def discard_changes(parent: QWidget, text: str) -> bool:
    """Ask before a changed form is closed; True when the user chose to discard."""
    answer = QMessageBox.question(
        parent,
        QCoreApplication.translate("Messages", "Discard changes?"),
        text,
        QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel,
        QMessageBox.StandardButton.Cancel,
    )
    return answer == QMessageBox.StandardButton.Discard
