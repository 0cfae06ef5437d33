"""Encryption as the coordinator meets it: the first start offers a passphrase, the
recovery key is shown once with its sheet, an encrypted file asks its passphrase (a
wrong one is said, and the text kept), the recovery key opens it when the passphrase is
forgotten, and Settings encrypts, changes the passphrase and writes it back as plain."""

from pathlib import Path

import pytest
from PySide6.QtCore import QPoint
from PySide6.QtCore import Qt
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QDialog
from PySide6.QtWidgets import QDialogButtonBox
from PySide6.QtWidgets import QFileDialog
from PySide6.QtWidgets import QMessageBox

from rmentor.models.programme.entities import Participant
from rmentor.models.storage import backups
from rmentor.models.storage import datafile
from rmentor.models.storage import integrity
from rmentor.models.storage import keychain
from rmentor.models.storage import keys
from rmentor.models.storage import protection
from rmentor.ui.dialogs.protection_dialogs import PassphraseDialog
from rmentor.ui.dialogs.protection_dialogs import RecoveryKeyDialog
from rmentor.ui.dialogs.protection_dialogs import UnlockDialog
from rmentor.ui.window.main_window import MainWindow
from tests.conftest import copy_demo

PASSPHRASE = "fietsen langs de Vecht"


@pytest.fixture
def window(qtbot):
    w = MainWindow()
    qtbot.addWidget(w)
    w.show()
    yield w
    w.session.close()


def drive(monkeypatch, kind, act):
    """The dialog's exec shows it and lets act use it as a user would; what it returns
    is what the dialog's own buttons decided."""
    seen = []

    def run(dialog):
        dialog.show()
        seen.append(dialog)
        act(dialog)
        if dialog.isVisible():
            dialog.hide()
            return QDialog.DialogCode.Rejected
        return dialog.result()

    monkeypatch.setattr(kind, "exec", run)
    return seen


def ok(dialog, qtbot, which=QDialogButtonBox.StandardButton.Ok):
    box = dialog.findChild(QDialogButtonBox)
    qtbot.mouseClick(box.button(which), Qt.MouseButton.LeftButton)


def recovery_sheet(monkeypatch, qtbot, tmp_path, shown):
    """Save the sheet from the recovery dialog, tick that it was kept, close."""
    target = tmp_path / "recovery.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: True)

    def act(dialog):
        shown.append(dialog.findChildren(type(dialog.kept))[0].isChecked())
        ok(dialog, qtbot, QDialogButtonBox.StandardButton.Close)  # not yet: disabled
        assert dialog.isVisible()
        qtbot.mouseClick(dialog.sheet_button, Qt.MouseButton.LeftButton)
        assert dialog.preview.view.count() == 1  # the sheet, seen before it goes anywhere
        qtbot.mouseClick(dialog.preview.save_button, Qt.MouseButton.LeftButton)
        dialog.preview.close()
        ok(dialog, qtbot, QDialogButtonBox.StandardButton.Close)

    drive(monkeypatch, RecoveryKeyDialog, act)
    return target


@pytest.mark.asks_passphrase
def test_first_start_encrypts_by_default_and_shows_the_recovery_key_once(
    window, qtbot, monkeypatch, tmp_path, keychain
):
    path = tmp_path / "data" / "rmentor.sqlite"
    monkeypatch.setattr(datafile, "default_path", lambda: path)

    def choose(dialog):
        assert dialog.protect.isChecked()  # protecting is the default
        qtbot.keyClicks(dialog.passphrase, "kort")
        assert "Too short" in dialog.strength.text()
        qtbot.keyClicks(dialog.passphrase, " maar nu lang genoeg")
        assert dialog.strength.text().startswith(("Strong", "Fair"))
        qtbot.keyClicks(dialog.repeated, "kort maar nu lang genoe")
        ok(dialog, qtbot)
        assert "differ" in dialog.problem.text() and dialog.isVisible()
        qtbot.keyClicks(dialog.repeated, "g")
        dialog.remember.setChecked(True)
        ok(dialog, qtbot)

    drive(monkeypatch, PassphraseDialog, choose)
    shown = []
    sheet = recovery_sheet(monkeypatch, qtbot, tmp_path, shown)
    assert window.open_path(path, create=True)
    assert shown == [False]  # the dialog came, once
    assert sheet.exists() and keys.looks_encrypted(path)
    assert not path.read_bytes().startswith(b"SQLite format 3")
    assert keychain.get_password("rmentor", str(path)) == keys.unlocked_key(path).hex()
    key = keys.unlocked_key(path)
    assert keys.key_from_passphrase(path, "kort maar nu lang genoeg") == key


@pytest.mark.asks_passphrase
def test_a_new_file_may_be_kept_plain_knowingly(window, qtbot, monkeypatch, tmp_path):
    path = tmp_path / "data" / "rmentor.sqlite"
    monkeypatch.setattr(datafile, "default_path", lambda: path)

    def plain(dialog):
        qtbot.mouseClick(dialog.plain, Qt.MouseButton.LeftButton)
        assert not dialog.passphrase.isEnabled()
        ok(dialog, qtbot)

    drive(monkeypatch, PassphraseDialog, plain)
    assert window.open_path(path, create=True)
    assert path.read_bytes().startswith(b"SQLite format 3")
    assert not keys.key_file_of(path).exists()


def test_the_passphrases_said_to_differ_are_no_longer_said_to_once_typed_again(qtbot, tmp_path):
    dialog = PassphraseDialog(tmp_path / "nieuw.sqlite")
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.companion.text() == (
        "The lock the passphrase opens is kept beside the file, in nieuw.sqlite.key: copy "
        "the two together. Without it, only the recovery key opens nieuw.sqlite."
    )
    qtbot.keyClicks(dialog.passphrase, PASSPHRASE)
    qtbot.keyClicks(dialog.repeated, PASSPHRASE + "x")
    ok(dialog, qtbot)
    assert dialog.isVisible() and dialog.problem.text().startswith("The two passphrases differ")
    assert not dialog.problem.isHidden()
    qtbot.wait(50)  # laid out with the problem shown
    at = dialog.repeated.mapTo(dialog, QPoint(0, 0))
    qtbot.keyClick(dialog.repeated, Qt.Key.Key_Backspace)
    assert dialog.problem.isHidden() and dialog.repeated.text() == PASSPHRASE
    qtbot.wait(50)
    assert dialog.repeated.mapTo(dialog, QPoint(0, 0)) == at  # not moved under the typing
    ok(dialog, qtbot)
    assert dialog.result() == QDialog.DialogCode.Accepted


def _encrypted_demo(tmp_path) -> tuple[Path, bytes]:
    path = copy_demo(tmp_path / "programma.sqlite")
    key = protection.protect(path, PASSPHRASE)
    keys.forget_all()
    return path, key


def test_a_wrong_passphrase_is_said_in_the_dialog_then_the_right_one_opens(
    window, qtbot, monkeypatch, tmp_path
):
    path, _key = _encrypted_demo(tmp_path)
    before = path.read_bytes()
    said = []

    def type_wrong_then_right(dialog):
        assert "programma.sqlite is encrypted" in dialog.intro.text()
        qtbot.keyClicks(dialog.secret, "fietsen langs de Amstel")
        ok(dialog, qtbot, QDialogButtonBox.StandardButton.Open)
        said.append(dialog.problem.text())
        assert dialog.isVisible() and dialog.secret.text() == "fietsen langs de Amstel"
        assert path.read_bytes() == before
        qtbot.keyClick(dialog.secret, Qt.Key.Key_Backspace)
        assert dialog.problem.isHidden()  # it was said of what is being typed again
        dialog.secret.clear()
        qtbot.keyClicks(dialog.secret, PASSPHRASE)
        ok(dialog, qtbot, QDialogButtonBox.StandardButton.Open)

    drive(monkeypatch, UnlockDialog, type_wrong_then_right)
    assert window.open_path(path, create=False)
    assert said and "does not open programma.sqlite" in said[0]
    assert window.path == path and Participant.select().count() == 24
    assert window.participants_tab.isEnabled()


def test_cancelling_the_passphrase_opens_nothing_and_says_nothing(
    window, qtbot, monkeypatch, tmp_path, messages
):
    path, _key = _encrypted_demo(tmp_path)
    drive(monkeypatch, UnlockDialog, lambda d: ok(d, qtbot, QDialogButtonBox.StandardButton.Cancel))
    assert not window.open_path(path, create=False)
    assert window.path is None and messages == []


def test_a_forgotten_passphrase_the_recovery_key_opens_it_and_a_new_one_is_set(
    window, qtbot, monkeypatch, tmp_path
):
    path, key = _encrypted_demo(tmp_path)

    def use_recovery_key(dialog):
        qtbot.mouseClick(dialog.switch, Qt.MouseButton.LeftButton)
        assert "recovery key" in dialog.intro.text()
        qtbot.keyClicks(dialog.secret, keys.recovery_text(key).lower().replace("-", " "))
        ok(dialog, qtbot, QDialogButtonBox.StandardButton.Open)

    drive(monkeypatch, UnlockDialog, use_recovery_key)
    asked = []
    monkeypatch.setattr(
        QMessageBox,
        "question",
        lambda parent, title, text, *a: asked.append(text) or QMessageBox.StandardButton.Yes,
    )

    def new_passphrase(dialog):
        assert not dialog.old.isVisibleTo(dialog)  # the recovery key was typed just now
        qtbot.keyClicks(dialog.passphrase, "een nieuwe zin om te onthouden")
        qtbot.keyClicks(dialog.repeated, "een nieuwe zin om te onthouden")
        ok(dialog, qtbot)

    drive(monkeypatch, PassphraseDialog, new_passphrase)
    assert window.open_path(path, create=False)
    assert asked and "opened with its recovery key" in asked[0]
    assert keys.key_from_passphrase(path, "een nieuwe zin om te onthouden") == key
    assert keys.key_from_secret(path, keys.recovery_text(key)) == key  # unchanged

    def change_again(dialog):
        qtbot.keyClicks(dialog.old, "een nieuwe zin om te onthouden")
        qtbot.keyClicks(dialog.passphrase, "en nog een andere zin")
        qtbot.keyClicks(dialog.repeated, "en nog een andere zin")
        ok(dialog, qtbot)

    drive(monkeypatch, PassphraseDialog, change_again)
    assert window.protection.change_passphrase(window)
    assert keys.key_from_passphrase(path, "en nog een andere zin") == key


@pytest.mark.asks_passphrase
def test_settings_encrypt_a_plain_file_then_write_it_back(window, qtbot, monkeypatch, tmp_path):
    path = copy_demo(tmp_path / "oud.sqlite")
    assert window.open_path(path, create=False)
    qtbot.waitUntil(lambda: not window.session.backing_up())
    assert len(backups.list_backups(path)) == 1  # the plain copy made on opening

    def choose(dialog):
        assert not dialog.plain.isVisible()  # converting: no "keep it plain" choice
        qtbot.keyClicks(dialog.passphrase, PASSPHRASE)
        qtbot.keyClicks(dialog.repeated, PASSPHRASE)
        ok(dialog, qtbot)

    drive(monkeypatch, PassphraseDialog, choose)
    recovery_sheet(monkeypatch, qtbot, tmp_path, [])
    questions = []
    monkeypatch.setattr(
        QMessageBox,
        "question",
        lambda parent, title, text, *a: questions.append(text) or QMessageBox.StandardButton.Yes,
    )
    from rmentor.ui.dialogs.settings_dialog import SettingsDialog

    settings = SettingsDialog(window)
    qtbot.addWidget(settings)
    page = settings.protection_page
    assert "oud.sqlite is not encrypted" in page.state.text()
    qtbot.mouseClick(page.encrypt_button, Qt.MouseButton.LeftButton)
    assert "oud.sqlite is encrypted" in page.state.text()
    assert keys.looks_encrypted(path) and window.path == path
    assert Participant.select().count() == 24 and integrity.integrity_problems() == []
    assert questions and "1 older backup copy of this file is not encrypted" in questions[0]
    assert all(keys.looks_encrypted(b.path) for b in backups.list_backups(path))

    def confirm(dialog):
        qtbot.keyClicks(dialog.secret, PASSPHRASE)
        ok(dialog, qtbot, QDialogButtonBox.StandardButton.Open)

    drive(monkeypatch, UnlockDialog, confirm)
    qtbot.mouseClick(page.decrypt_button, Qt.MouseButton.LeftButton)
    assert path.read_bytes().startswith(b"SQLite format 3")
    assert "is not encrypted" in page.state.text()
    assert Participant.select().count() == 24
    assert not keys.key_file_of(path).exists()  # the encrypted copies went with it
    assert keychain.stored_key(path) is None
