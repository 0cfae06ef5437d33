"""Writing a PDF chosen by the user, then showing it in the system's viewer."""

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtCore import Qt
from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QApplication
from PySide6.QtWidgets import QFileDialog
from PySide6.QtWidgets import QMessageBox
from PySide6.QtWidgets import QWidget

from rmentor.models.errors import DomainError
from rmentor.ui.common import notices
from rmentor.ui.common.folders import remember
from rmentor.ui.common.folders import start_folder
from rmentor.ui.common.messages import show_problem


def ask_pdf_path(parent: QWidget, title: str, suggested: str) -> Path | None:
    name, _ = QFileDialog.getSaveFileName(
        parent, title, str(start_folder() / suggested), "PDF (*.pdf)"
    )
    if not name:
        return None
    path = Path(name)
    if path.suffix.lower() != ".pdf":
        path = path.with_suffix(".pdf")
    remember(path)
    return path


def write_and_open(parent: QWidget, write: Callable[[], Path], path: Path) -> bool:
    """Build the document to path with write(); on success open it, on failure say why in
    plain words."""
    QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
    try:
        write()
    except OSError as error:
        QApplication.restoreOverrideCursor()
        show_problem(
            parent,
            QCoreApplication.translate("PdfOutput", "Not written"),
            QCoreApplication.translate("PdfOutput", "The PDF cannot be written to %1: %2")
            .replace("%1", str(path))
            .replace("%2", error.strerror or str(error)),
        )
        return False
    except DomainError as error:
        QApplication.restoreOverrideCursor()
        show_problem(parent, QCoreApplication.translate("PdfOutput", "Not written"), error)
        return False
    QApplication.restoreOverrideCursor()
    notices.tell(
        QCoreApplication.translate("PdfOutput", "PDF saved as %1").replace("%1", path.name), path
    )
    if not QDesktopServices.openUrl(QUrl.fromLocalFile(str(path))):
        QMessageBox.information(
            parent,
            QCoreApplication.translate("PdfOutput", "PDF saved"),
            QCoreApplication.translate(
                "PdfOutput", "The PDF was saved as %1. No program was found to show it."
            ).replace("%1", str(path)),
        )
    return True
