"""What every form offers the keyboard: F1 for its part of the guide, and Alt+letters."""

from PySide6.QtWidgets import QDialog

from rmentor.ui.common import mnemonics
from rmentor.ui.window.guide import add_help


def ready(dialog: QDialog, guide_section: str) -> None:
    """Call last in a form's __init__, when its buttons and fields are all there."""
    add_help(dialog, guide_section)
    mnemonics.assign(dialog)
