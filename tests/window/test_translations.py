"""Dutch and English: the translation files are complete and current, and the app speaks both."""

import datetime as dt
import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox

from rmentor.models.storage import datafile
from rmentor.translator import Translator
from rmentor.ui.common.labels import format_date
from rmentor.ui.window.main_window import MainWindow

ROOT = Path(__file__).resolve().parents[2]
TS = ROOT / "resources" / "rmentor_nl.ts"
QM = ROOT / "resources" / "rmentor_nl.qm"
TOOLS = Path(sys.executable).parent


def messages(path: Path):
    for context in ET.parse(path).getroot().iter("context"):
        for message in context.iter("message"):
            yield context.findtext("name"), message


def test_every_message_is_translated():
    found = list(messages(TS))
    assert len(found) > 400
    for context, message in found:
        translation = message.find("translation")
        source = message.findtext("source")
        assert translation.get("type") not in ("unfinished", "vanished", "obsolete"), source
        texts = [f.text for f in translation.iter("numerusform")] or [translation.text]
        assert all(t and t.strip() for t in texts), (context, source)
        for text in texts:  # placeholders survive translation
            assert set(re.findall(r"\{\w+\}|%\d", source)) == set(
                re.findall(r"\{\w+\}|%\d", text)
            ), (context, source, text)


def test_every_string_in_the_code_is_in_the_ts(tmp_path):
    """lupdate over the code finds nothing that the .ts does not already hold."""
    copy = tmp_path / "check.ts"
    shutil.copy(TS, copy)
    sources = sorted(str(p) for p in (ROOT / "rmentor").rglob("*.py"))
    result = subprocess.run(
        [str(TOOLS / "pyside6-lupdate"), *sources, "-ts", str(copy)],
        capture_output=True,
        text=True,
        check=True,
    )
    assert "(0 new and" in result.stdout, result.stdout
    calls = sum(
        len(re.findall(r"\btr\(|\btranslate\(|QT_TRANSLATE_NOOP\(", p.read_text()))
        for p in (ROOT / "rmentor").rglob("*.py")
    )
    distinct = {(c, m.findtext("source")) for c, m in messages(TS)}
    assert len(distinct) >= 0.8 * calls  # repeated strings count once in the .ts


def test_no_translation_call_hides_inside_an_f_string():
    """lupdate does not look inside f-string braces: such strings would stay English."""
    hidden = re.compile(r"""f["'][^"']*\{[^}]*\b(tr|translate)\(""")
    found = [
        f"{p.name}:{n}"
        for p in (ROOT / "rmentor").rglob("*.py")
        for n, line in enumerate(p.read_text().splitlines(), 1)
        if hidden.search(line)
    ]
    assert found == []


def test_qm_is_built_from_the_current_ts(tmp_path):
    built = tmp_path / "rmentor_nl.qm"
    subprocess.run(
        [str(TOOLS / "pyside6-lrelease"), str(TS), "-qm", str(built)],
        capture_output=True,
        check=True,
    )
    assert built.read_bytes() == QM.read_bytes(), "run tools/update_translations.py"


def tab_titles(window):
    return [window.tabs.tabText(i) for i in range(window.tabs.count())]


@pytest.mark.parametrize(
    "lang, tabs, buttons",
    [
        ("nl", ["Overzicht", "Deelnemers", "Koppelingen", "Logboek", "Opvolging"], {"Ja", "Nee", "Annuleren"}),
        ("en", ["Overview", "Participants", "Pairings", "Journal", "Follow-up"], {"Yes", "No", "Cancel"}),
    ],
)  # fmt: skip
def test_the_window_and_qts_own_buttons_speak_the_language(
    qtbot, language, db_path, lang, tabs, buttons
):
    language(lang)
    window = MainWindow()
    qtbot.addWidget(window)
    datafile.create_file(db_path)
    window.open_path(db_path, create=False)
    assert tab_titles(window) == tabs
    assert window.menuBar().actions()[0].text() == {"nl": "&Bestand", "en": "&File"}[lang]
    shown = (
        QMessageBox.StandardButton.Yes,
        QMessageBox.StandardButton.No,
        QMessageBox.StandardButton.Cancel,
    )
    box = QMessageBox(QMessageBox.Icon.Question, "?", "?", shown[0] | shown[1] | shown[2])
    qtbot.addWidget(box)
    assert {box.button(b).text().replace("&", "") for b in shown} == buttons
    assert format_date(dt.date(2026, 12, 31)) == {"nl": "31-12-2026", "en": "31/12/2026"}[lang]


def test_language_setting_is_used_at_start(qtbot, language, qapp):
    from PySide6.QtCore import QSettings

    from rmentor.ui.dialogs.settings_dialog import SettingsDialog

    dialog = SettingsDialog()
    qtbot.addWidget(dialog)
    dialog.language.setCurrentIndex(dialog.language.findData("nl"))
    dialog.save()
    assert QSettings().value("language") == "nl"
    language(None)  # no --lang: the setting decides
    window = MainWindow()
    qtbot.addWidget(window)
    assert tab_titles(window)[1] == "Deelnemers"
    QSettings().remove("language")


@pytest.mark.parametrize(
    ("language", "one", "many"),
    [
        ("en", "1 point needs attention", "18 points need attention"),
        ("nl", "1 punt vraagt aandacht", "18 punten vragen aandacht"),
    ],
)
def test_counts_use_plural_forms_not_brackets(language, one, many):
    tr = Translator(language)
    text = "%Ln point(s) need attention"
    assert tr.translate("OverviewTab", text, 1) == one
    assert tr.translate("OverviewTab", text, 18) == many


def test_the_english_plural_file_is_complete_and_built(tmp_path):
    english = ROOT / "resources" / "rmentor_en.ts"
    for _context, message in messages(english):
        forms = [f.text for f in message.iter("numerusform")]
        assert len(forms) == 2 and all(forms) and "(s)" not in "".join(forms)
    built = tmp_path / "rmentor_en.qm"
    subprocess.run(
        [str(TOOLS / "pyside6-lrelease"), str(english), "-qm", str(built)],
        capture_output=True,
        check=True,
    )
    assert built.read_bytes() == english.with_suffix(".qm").read_bytes()


def test_the_overview_counts_in_words(qtbot, language, demo_window):
    language("en")
    demo_window.overview_tab.set_programme(demo_window.programme)
    text = demo_window.overview_tab.heading.text()
    assert "(s)" not in text and text.endswith("points need attention"), text


def test_the_status_bar_counts_in_words(qtbot, language, db_path):
    from rmentor.models import demo
    from rmentor.ui.window.main_window import MainWindow

    datafile.open_file(db_path)
    programme = demo.write_small_demo()
    from rmentor.models.programme.entities import Meeting

    Meeting.delete().where(
        Meeting.id != Meeting.select().where(Meeting.held == True).first().id
    ).execute()
    datafile.close_file()
    for lang, held in (("en", "1 meeting held"), ("nl", "1 gesprek gevoerd")):
        language(lang)
        window = MainWindow()
        qtbot.addWidget(window)
        assert window.open_path(db_path, create=False)
        window.select_programme(programme.id)
        assert window.status_label.text().endswith(held), window.status_label.text()
        window.session.close()


def test_the_usual_reasons_a_system_gives_are_said_in_the_readers_language():
    import errno
    import sqlite3

    from rmentor.models.errors import FailedCheck
    from rmentor.models.errors import NotOrdinaryFile
    from rmentor.models.errors import system_reason
    from rmentor.models.storage.database import failure_reason
    from rmentor.translator import Translator

    dutch = Translator("nl")
    # on Windows a file another program holds open is errno 13 too, told by its winerror
    held_by_excel = PermissionError(errno.EACCES, "The process cannot access the file")
    held_by_excel.winerror = 32
    for error, english, nl in (
        (OSError(errno.ENOSPC, "No space left on device"), "the disk is full", "de schijf is vol"),
        (PermissionError(errno.EACCES, "Permission denied"), "you have no permission for it",
         "u hebt er geen toestemming voor"),
        (OSError(errno.EROFS, "Read-only file system"), "the disk is read-only",
         "de schijf kan alleen gelezen worden"),
        (held_by_excel, "another program is using the file",
         "een ander programma gebruikt het bestand"),
        (FailedCheck("the copy is damaged"), "the copy is damaged", "de kopie is beschadigd"),
        (NotOrdinaryFile(), "it is not an ordinary file (a pipe, a device or a folder)",
         "het is geen gewoon bestand (een pipe, een apparaat of een map)"),
        (sqlite3.OperationalError("database or disk is full"), "the disk is full",
         "de schijf is vol"),
    ):  # fmt: skip
        reason = failure_reason(error) if isinstance(error, sqlite3.Error) else system_reason(error)
        assert (reason.text(), reason.text(dutch)) == (english, nl)
