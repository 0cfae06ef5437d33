"""Seeing a document before it is printed: the pages of a PDF held in memory, drawn with
PDFium (pypdfium2), shown page by page with thumbnails and zoom, printed through the
system's print dialog and saved as a PDF. Nothing here is loaded at start: PDFium and
Qt's printing a moment after a file opens, on a thread of their own, the rest when
the first preview opens. No page is ever written to a temporary file."""

import sys

from rmentor.ui.common import background

LOADED_AFTER_MS = 1000  # once the window has shown a file


def load_preview() -> None:
    """PDFium, Qt's printing and ReportLab, loaded once on a thread of their own a moment
    after a file opens (none makes a Qt object as it loads): the first preview then opens
    without a pause of its own (0.1 s; a pair's first document 0.3 s), and start-up does
    not wait for them."""
    if "pypdfium2" not in sys.modules:
        background.start("loading the preview", _load_preview, lambda _loaded: None)


def _load_preview() -> None:
    import pypdfium2  # noqa: F401
    from PySide6 import QtPrintSupport  # noqa: F401

    from rmentor.reports import pair_documents  # noqa: F401 - ReportLab
