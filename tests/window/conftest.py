"""The window tests run in the app's Qt, started in English."""

import pytest


@pytest.fixture(autouse=True)
def _in_english(_english):
    """Every window test: the QApplication, with the English plural forms installed."""


@pytest.fixture(autouse=True)
def _new_files_plain(request, monkeypatch):
    """A new file asks whether to encrypt it; tests about something else answer "keep it
    plain". Tests marked asks_passphrase drive the dialog themselves."""
    if request.node.get_closest_marker("asks_passphrase"):
        return
    from PySide6.QtWidgets import QDialog

    from rmentor.ui.dialogs.protection_dialogs import PassphraseDialog

    def plain(dialog):
        dialog.plain.setChecked(True)
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(PassphraseDialog, "exec", plain)
