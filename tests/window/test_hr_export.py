"""A staff export as HR hands it over: no role column, languages as people write them,
departments in several spellings, dates in either order, rows with problems. Imported
by each kind of rule, through the models, the window and the command line."""

import datetime as dt
import subprocess
import sys
from pathlib import Path

import openpyxl
import pytest
from PySide6.QtWidgets import QAbstractItemDelegate
from PySide6.QtWidgets import QComboBox
from PySide6.QtWidgets import QDialogButtonBox

from rmentor.models.errors import DomainError
from rmentor.models.figures.attention import attention_items
from rmentor.models.programme import matching
from rmentor.models.programme import programmes
from rmentor.models.programme.entities import Participant
from rmentor.models.sheets import importing
from rmentor.models.sheets.import_choices import BORN_FROM
from rmentor.models.sheets.import_choices import DEPARTMENTS
from rmentor.models.sheets.import_choices import EVERYONE
from rmentor.models.sheets.import_choices import LEVEL_UP_TO
from rmentor.models.sheets.import_choices import MONTH_FIRST
from rmentor.models.sheets.import_choices import YOUNGER_THAN
from rmentor.models.sheets.import_choices import ImportChoices
from rmentor.models.sheets.import_choices import RoleRule
from rmentor.models.sheets.sheet_files import read_sheet
from rmentor.models.storage import datafile
from rmentor.ui.common.labels import domain_text

MAIN = Path(__file__).resolve().parents[2] / "main.py"
HEADER = (
    "Voornaam;Tussenvoegsel;Achternaam;E-mail;Afdeling;Functie;Geboortejaar;"
    "Leidinggevende e-mail;Talen;Datum toestemming"
)
ROWS = [
    "Hanneke;;Brouwer;h.brouwer@vb.nl;Directie;Directeur;1968;;NL, EN;05/03/2026",
    "Rutger;van;Dijk;r.vandijk@vb.nl;Inkoop;Manager inkoop;1975;h.brouwer@vb.nl;Nederlands, Duits;04/02/2026",
    "Inès;;Lefèvre;i.lefevre@vb.nl;marketing;Teamleider;1980;h.brouwer@vb.nl;FR;01/02/2026",
    "Sem;de;Graaf;s.degraaf@vb.nl;Inkoop;Inkoper;1999;r.vandijk@vb.nl;nl-NL;02/03/2026",
    "Ömer;;Çelik;o.celik@vb.nl;Marketing ;Marketeer;2000;i.lefevre@vb.nl;Turks, Engels;03/03/2026",
    "Anaïs;van 't;Hof;a.vanthof@vb.nl;MARKETING;Designer;2001;i.lefevre@vb.nl;English;03/03/2026",
    "Daan;;Bakker;d.bakker@vb;Inkoop;Inkoper;2002;r.vandijk@vb.nl;NL;03/03/2026",
    "Fleur;de;Jong;f.dejong@vb.nl;Inkoop;Inkoper;;r.vandijk@vb.nl;;03/03/2026",
]


def hr_csv(folder: Path, rows=ROWS, header=HEADER) -> Path:
    """As Dutch Excel saves it: Windows-1252, semicolons, CRLF."""
    path = folder / "personeel.csv"
    path.write_bytes(("\r\n".join([header, *rows]) + "\r\n").encode("cp1252"))
    return path


def hr_xlsx(folder: Path) -> Path:
    """An HR system's .xlsx: ages instead of birth years, real dates, a job level."""
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(
        ["Roepnaam", "Achternaam", "E-mailadres", "Afdeling", "Leeftijd", "Niveau", "Taal"]
    )
    sheet.append(["Lotte", "Visser", "l.visser@vb.nl", "IT", 24, 2, "nl"])
    sheet.append(["Karel", "de Boer", "k.deboer@vb.nl", "Financiën", 58, 9, "Dutch"])
    sheet.append(["Noor", "El Amrani", "n.elamrani@vb.nl", "IT ", 31, 3, "NL/EN"])
    sheet.append(["Piet", "Smit", "p.smit@vb.nl", "financien", 45, 7, "Nederlands"])
    path = folder / "export.xlsx"
    book.save(path)
    return path


def stored() -> dict[str, tuple]:
    return {
        p.email: (p.role, p.department, p.languages, p.consent_date, p.manager and p.manager.email)
        for p in Participant.select()
    }


def plan(path, **choices):
    return importing.plan_import(read_sheet(path), choices=ImportChoices(**choices))


def test_without_a_role_column_every_row_asks_for_a_rule(programme, tmp_path):
    result = plan(hr_csv(tmp_path))
    assert not result.ok
    # one line for the sheet, not a line for each of its rows
    assert [p.text() for p in result.problems if p.text().startswith("The sheet has no role")] == [
        "The sheet has no role column: choose a rule under Roles, or set the roles in the "
        "preview's Role column. Number of rows without a role: 8."
    ]
    assert not any("no role" in p.text() for p in result.problems if p.row)
    assert result.ambiguous_dates == [("Datum toestemming", "05/03/2026")]


def test_a_date_that_reads_two_ways_is_said_with_month_names_in_both_languages(
    programme, tmp_path, language
):
    from rmentor.translator import Translator

    (asked,) = [p for p in plan(hr_csv(tmp_path)).problems if "month-first" in p.text()]
    assert "05/03/2026 is 5 March 2026 or 3 May 2026." in asked.text()
    assert "05/03/2026 is 5 maart 2026 of 3 mei 2026." in asked.text(Translator("nl"))
    language("nl")  # as the window words it, in the language it was started in
    assert "05/03/2026 is 5 maart 2026 of 3 mei 2026." in domain_text(asked)


def test_a_birth_year_rule_ambiguous_dates_and_bad_rows_left_out(programme, tmp_path):
    path = hr_csv(tmp_path)
    rule = RoleRule(BORN_FROM, 1995)
    first = plan(path, rule=rule, date_order=MONTH_FIRST)
    assert first.problem_rows == [8, 9]  # the bad e-mail, and no birth year for the rule
    assert not first.sheet_problems
    chosen = plan(path, rule=rule, date_order=MONTH_FIRST, skip=frozenset(first.problem_rows))
    assert chosen.ok and chosen.skipped == [8, 9]
    assert chosen.merges == {"marketing": ["Marketing", "MARKETING"]}
    importing.run_import(programme, chosen)
    people = stored()
    assert people == {
        "h.brouwer@vb.nl": ("mentee", "Directie", "Nederlands, Engels", dt.date(2026, 5, 3), None),
        "r.vandijk@vb.nl": (
            "mentee",
            "Inkoop",
            "Nederlands, Duits",
            dt.date(2026, 4, 2),
            "h.brouwer@vb.nl",
        ),
        "i.lefevre@vb.nl": ("mentee", "marketing", "Frans", dt.date(2026, 1, 2), "h.brouwer@vb.nl"),
        "s.degraaf@vb.nl": (
            "mentor",
            "Inkoop",
            "Nederlands",
            dt.date(2026, 2, 3),
            "r.vandijk@vb.nl",
        ),
        "o.celik@vb.nl": (
            "mentor",
            "marketing",
            "Turks, Engels",
            dt.date(2026, 3, 3),
            "i.lefevre@vb.nl",
        ),
        "a.vanthof@vb.nl": (
            "mentor",
            "marketing",
            "Engels",
            dt.date(2026, 3, 3),
            "i.lefevre@vb.nl",
        ),
    }
    assert Participant.get(Participant.email == "a.vanthof@vb.nl").last_name == "van 't Hof"
    # the birth year decided the role and was not kept
    assert "1999" not in repr(Participant.get(Participant.email == "s.degraaf@vb.nl").__data__)


def test_a_column_whose_dates_decide_themselves_is_read_that_way(programme, tmp_path):
    rows = [r.replace("01/02/2026", "13/02/2026") for r in ROWS[:6]]  # a day above 12
    result = plan(hr_csv(tmp_path, rows), rule=RoleRule(EVERYONE, "mentee"))
    assert result.ok and result.ambiguous_dates == []
    dates = {p["email"]: p["consent_date"] for p in result.people}
    assert dates["h.brouwer@vb.nl"] == dt.date(2026, 3, 5)  # day first, as the column says
    us = [r.replace("01/02/2026", "02/13/2026") for r in ROWS[:6]]  # a month above 12
    dates = {
        p["email"]: p["consent_date"]
        for p in plan(hr_csv(tmp_path, us), rule=RoleRule(EVERYONE, "mentee")).people
    }
    assert dates["h.brouwer@vb.nl"] == dt.date(2026, 5, 3)  # month first, as LibreOffice saved it


@pytest.mark.parametrize(
    "rule, mentors",
    [
        (RoleRule(YOUNGER_THAN, 35), {"l.visser@vb.nl", "n.elamrani@vb.nl"}),
        (RoleRule(LEVEL_UP_TO, 3), {"l.visser@vb.nl", "n.elamrani@vb.nl"}),
        (RoleRule(DEPARTMENTS, ("it",)), {"l.visser@vb.nl", "n.elamrani@vb.nl"}),
        (
            RoleRule(EVERYONE, "mentor"),
            {"l.visser@vb.nl", "k.deboer@vb.nl", "n.elamrani@vb.nl", "p.smit@vb.nl"},
        ),
    ],
)
def test_an_xlsx_export_by_age_level_department_or_everyone(programme, tmp_path, rule, mentors):
    result = plan(hr_xlsx(tmp_path), rule=rule, language="en")
    assert result.ok, [p.text() for p in result.problems]
    importing.run_import(programme, result)
    people = stored()
    assert {email for email, row in people.items() if row[0] == "mentor"} == mentors
    assert people["n.elamrani@vb.nl"][1:3] == ("IT", "Dutch, English")
    assert people["p.smit@vb.nl"][1] == "Financiën"  # the first spelling is kept


def test_roles_set_by_hand_come_over_the_rule(programme, tmp_path):
    result = plan(hr_xlsx(tmp_path), rule=RoleRule(EVERYONE, "mentee"), roles={2: "mentor"})
    assert {p["email"]: p["role"] for p in result.people}["l.visser@vb.nl"] == "mentor"
    assert [p["role"] for p in result.people].count("mentor") == 1


def test_unknown_and_missing_languages_are_said_not_refused(programme, tmp_path):
    rows = [
        ROWS[0],
        ROWS[1],
        ROWS[3].replace("nl-NL", "Klingon"),
        ROWS[7].replace(";;", ";1990;", 1),
    ]
    result = plan(hr_csv(tmp_path, rows), rule=RoleRule(EVERYONE, "mentee"), date_order=MONTH_FIRST)
    assert result.ok
    notes = [w.text() for w in result.warnings]
    assert any('Row 4: "Klingon" is not a language rmentor knows' in n for n in notes)
    assert any(n.startswith("Row 5: no language") for n in notes)


def test_someone_who_cannot_be_paired_is_told_why(programme, make_person):
    make_person("mentor", languages="Nederlands", email="m@vb.nl")
    boss = make_person("mentee", languages="Dutch", email="boss@vb.nl")
    Participant.update(manager=boss).where(Participant.email == "m@vb.nl").execute()
    make_person("mentee", languages="Frans", email="fr@vb.nl")
    make_person("mentee", languages="", email="none@vb.nl")
    reasons = {p.email: r.text() for p, r in matching.suggest(programme).unpaired}
    assert reasons["fr@vb.nl"] == "no mentor with room left speaks Frans"
    assert reasons["none@vb.nl"] == "no language recorded"
    assert reasons["boss@vb.nl"].startswith("every mentor with room left who shares a language")
    make_person("mentee", languages="NL", email="waits@vb.nl")  # could be paired: waits
    lines = [
        i.point.text() for i in attention_items(programme, dt.date.today()) if i.kind == "unpaired"
    ]
    assert any("cannot be: no mentor with room left speaks Frans" in line for line in lines)
    assert any("cannot be: no language recorded" in line for line in lines)
    # who cannot be paired comes before who merely waits: there is something to do
    stuck = ["cannot be" in line for line in lines]
    assert stuck == sorted(stuck, reverse=True) and not all(stuck)


def run(*args) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, str(MAIN), *map(str, args)], capture_output=True, text=True
    )


def import_pilot(db, sheet, *more) -> subprocess.CompletedProcess:
    """The staff list into the programme Pilot, mentors by birth year, messages in Dutch."""
    return run(
        "import", "--db", db, "--programme", "Pilot", "--lang", "nl",
        "--mentors-born-from", "1995", *more, sheet,
    )  # fmt: skip


def test_the_command_line_takes_the_same_choices_in_dutch(tmp_path):
    path, db = hr_csv(tmp_path), tmp_path / "d.sqlite"
    refused = import_pilot(db, path, "--create")
    assert refused.returncode == 1
    assert sorted(tmp_path.iterdir()) == [path]  # what it made for the import is taken away
    assert "rmentor: er is niets geïmporteerd; 3 problemen in personeel.csv:" in refused.stderr
    assert 'De datums in de kolom "Datum toestemming" zijn te lezen' in refused.stderr
    assert "Voeg --skip-bad-rows toe" not in refused.stderr  # a sheet problem: no way round
    # each choice is named as it is made here, not as in the window
    assert "3 mei 2026. Kies met --date-order hoe ze gelezen worden." in refused.stderr
    assert "--mentors-born-from heeft een geboortejaar" in refused.stderr
    assert "Datums" not in refused.stderr and "Rollen" not in refused.stderr
    bare = run("import", "--db", db, "--programme", "Pilot", "--lang", "en", "--create", path)
    assert "give a rule with --role or --mentors-born-from, or add a Role column" in bare.stderr
    assert not db.exists()
    done = import_pilot(db, path, "--date-order", "day-first", "--skip-bad-rows", "--create")
    assert done.returncode == 0, done.stderr
    assert not (tmp_path / "d.sqlite.backups").exists()  # no copy of a file just made
    assert f"{db} is een nieuw bestand, niet versleuteld: wie het kan lezen" in done.stdout
    assert "Bewust overgeslagen: 2 rijen met problemen:" in done.stdout
    assert '6 nieuwe deelnemers geïmporteerd en 0 bijgewerkt in "Pilot".' in done.stdout
    again = run(
        "import", "--db", db, "--programme", "Pilot", "--lang", "en", "--role", "mentee",
        "--date-order", "day-first", "--skip-bad-rows", path,
    )  # fmt: skip
    assert "Left out on purpose: 1 row with a problem:" in again.stdout
    assert 'Imported 1 new participant and updated 6 into "Pilot".' in again.stdout
    datafile.open_file(db)
    try:
        assert Participant.get(Participant.email == "h.brouwer@vb.nl").consent_date == dt.date(
            2026, 3, 5
        )
        # --role gave the new row its role; the people already in the file kept theirs
        assert Participant.select().where(Participant.role == "mentee").count() == 4
    finally:
        datafile.close_file()


def test_the_window_imports_an_hr_export_by_rule_with_rows_left_out_and_undo_takes_it_back(
    qtbot, programme, tmp_path
):
    from rmentor.ui.dialogs.import_dialog import ImportDialog
    from rmentor.ui.window import history

    undo = history.History()
    undo.start()
    history.install(undo)
    dialog = ImportDialog(programme, hr_csv(tmp_path), read_sheet(hr_csv(tmp_path)))
    qtbot.addWidget(dialog)
    dialog.show()
    # the row of choices says what a column is read as; the sheet's row numbers follow
    labels = [dialog.table.verticalHeaderItem(r).text() for r in range(3)]
    assert labels == ["Read as", "2", "3"]
    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    assert not ok.isEnabled()
    said = [dialog.problems.item(i).text() for i in range(dialog.problems.count())]
    assert any(t.endswith("3 May 2026. Choose how under Dates.") for t in said), said
    assert any("choose a rule under Roles" in t for t in said), said
    assert not any("--" in t or "command line" in t for t in said), said  # the window's words
    rule = dialog.rule.kind
    rule.setCurrentIndex(next(i for i in range(rule.count()) if rule.itemData(i)[0] == BORN_FROM))
    dialog.rule.number.setValue(1995)
    assert dialog.date_order.isVisible()
    order = dialog.date_order
    assert order.itemText(1).startswith("day first: 05/03/2026 is 5 March 2026")
    order.setCurrentIndex(order.findData("day-first"))
    assert dialog.table.item(1, 0).text() == "mentee" and dialog.table.item(4, 0).text() == "mentor"
    # Fleur (row 9) has no birth year: her role is set by hand in the Role column
    fleur = next(
        r for r in range(1, dialog.table.rowCount()) if dialog.table.item(r, 1).text() == "Fleur"
    )
    index = dialog.table.model().index(fleur, 0)
    dialog.table.edit(index)
    editor = next(c for c in dialog.table.findChildren(QComboBox) if c.count() == 3)
    editor.setCurrentIndex(editor.findData("mentor"))
    # as leaving the cell does: the choice is written, the editor closed
    dialog.table.commitData(editor)
    dialog.table.closeEditor(editor, QAbstractItemDelegate.EndEditHint.NoHint)
    assert dialog.table.item(fleur, 0).text() == "mentor"
    assert not ok.isEnabled()  # row 8's address is still wrong
    assert dialog.skip.isEnabled() and "1 row" in dialog.skip.text().replace("&", "")
    assert "&" in dialog.skip.text()  # its Alt letter survives the count in it changing
    dialog.skip.setChecked(True)
    assert ok.isEnabled() and "leaving out the rows with problems" in dialog.summary.text()
    with qtbot.waitSignal(dialog.imported) as signal:
        ok.click()
    assert signal.args == [7, 0, [8]]  # row 8 left out: the window says so
    assert Participant.get(Participant.email == "f.dejong@vb.nl").role == "mentor"
    assert not Participant.select().where(Participant.email == "d.bakker@vb").exists()
    try:
        assert undo.stack.count() == 1 and "import of 7" in undo.stack.undoText()
        undo.stack.undo()  # the import is one step, and Undo takes it back whole
        assert Participant.select().count() == 0
    finally:
        history.install(None)


def test_the_rule_is_remembered_for_the_next_import(qtbot, programme, tmp_path):
    from rmentor.ui.dialogs.import_dialog import ImportDialog

    path = hr_csv(tmp_path, ROWS[:6])
    first = ImportDialog(programme, path, read_sheet(path))
    qtbot.addWidget(first)
    rule = first.rule.kind
    rule.setCurrentIndex(
        next(i for i in range(rule.count()) if rule.itemData(i)[0] == YOUNGER_THAN)
    )
    first.rule.number.setValue(28)
    first.date_order.setCurrentIndex(first.date_order.findData("day-first"))
    first.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    second = ImportDialog(programme, path, read_sheet(path))
    qtbot.addWidget(second)
    assert second.rule.rule() == RoleRule(YOUNGER_THAN, 28)


def test_a_new_programme_from_the_command_line_gets_the_defaults(opened):
    made = programmes.create_with_defaults("Nieuw", today=dt.date(2026, 1, 5))
    assert (made.start_date, made.end_date) == (dt.date(2026, 1, 5), dt.date(2026, 10, 5))
    assert [t.key for t in programmes.themes_of(made)] == list(programmes.DEFAULT_THEMES)


@pytest.mark.parametrize("lang", ["en", "nl"])
def test_an_empty_programme_says_to_import_its_participants(qtbot, db_path, language, lang):
    from rmentor.ui.window.main_window import MainWindow

    language(lang)
    datafile.open_file(db_path)
    programmes.create_with_defaults("Leeg")
    datafile.close_file()
    window = MainWindow()
    qtbot.addWidget(window)
    window.show()
    assert window.open_path(db_path, create=False)
    heading = window.overview_tab.heading.text()
    expected = {
        "en": "No one takes part yet: import the participants",
        "nl": "Nog niemand doet mee",
    }
    assert heading.startswith(expected[lang]), heading


def test_the_first_start_asks_who_the_coordinator_is_and_it_signs_what_is_drafted(
    qtbot, db_path, tmp_path, messages
):
    from email import message_from_bytes
    from email import policy

    from pypdf import PdfReader

    from rmentor import cli
    from rmentor.models import demo
    from rmentor.models.outreach import mail_texts
    from rmentor.ui.window.main_window import MainWindow

    window = MainWindow()
    qtbot.addWidget(window)
    window.show()
    assert window.open_path(db_path, create=True)
    welcome = window.welcome
    assert welcome.isVisible() and welcome.about.isVisible()
    welcome.save_about.click()  # no name: said, nothing kept
    assert welcome.about_error.isVisible() and mail_texts.load_settings().name == ""
    qtbot.keyClicks(welcome.your_name, "Ilse Jansen")
    qtbot.keyClicks(welcome.your_email, "i.jansen@voorbeeld.nl")
    qtbot.keyClicks(welcome.your_organisation, "Voorbeeld BV")
    welcome.save_about.click()
    assert not welcome.about.isVisible()
    kept = mail_texts.load_settings()
    assert (kept.name, kept.email, kept.organisation) == (
        "Ilse Jansen",
        "i.jansen@voorbeeld.nl",
        "Voorbeeld BV",
    )
    window.close()
    other = tmp_path / "demo.sqlite"
    with datafile.opened(other, create=True):
        demo.write_small_demo()
    out = tmp_path / "drafts"
    assert cli.main(["drafts", "--db", str(other), "--kind", "invitation", "--out", str(out)]) in (
        0,
        1,
    )
    mail = message_from_bytes(next(out.glob("*.eml")).read_bytes(), policy=policy.default)
    body = mail.get_body(("plain",)).get_content().replace("\r\n", "\n")
    assert body.rstrip().endswith("Ilse Jansen\nVoorbeeld BV")
    assert "i.jansen@voorbeeld.nl" in str(mail["From"])
    forms = tmp_path / "forms"
    cli.main(
        [
            "evaluation-forms",
            "--db",
            str(other),
            "--moment",
            "midway",
            "--out",
            str(forms),
            "--lang",
            "en",
        ]
    )
    text = " ".join(PdfReader(str(next(forms.glob("*.pdf")))).pages[0].extract_text().split())
    assert "Send it back to Ilse Jansen (i.jansen@voorbeeld.nl), Voorbeeld BV" in text
    ics = tmp_path / "m.ics"
    cli.main(["calendar", "--db", str(other), "--out", str(ics)])
    assert 'ORGANIZER;CN="Ilse Jansen":mailto:i.jansen@voorbeeld.nl' in ics.read_text(
        encoding="utf-8"
    )


def test_the_calendar_speaks_each_pairs_language_at_the_coordinators_hour(opened, tmp_path):
    from icalendar import Calendar

    from rmentor.models import demo
    from rmentor.models.outreach import mail_texts
    from rmentor.models.outreach.drafts import write_calendar
    from rmentor.reports.pair_files import PairFiles

    mail_texts.save_settings(mail_texts.MailSettings(name="Ilse", meeting_time="14:30"))
    programme = demo.write_small_demo()
    from rmentor.models.programme.entities import Pairing

    english = Pairing.select().where(Pairing.status == "active").first()
    Participant.update(languages="EN").where(
        Participant.id.in_([english.mentor_id, english.mentee_id])
    ).execute()
    path = write_calendar(programme, tmp_path / "m.ics", None, PairFiles(), fallback="nl")
    events = [e for e in Calendar.from_ical(path.read_bytes()).walk("VEVENT")]
    series = [e for e in events if "pairing-" in str(e["uid"])]
    assert series and all(e["dtstart"].dt.time() == dt.time(14, 30) for e in series)
    titles = {str(e["summary"]) for e in series}
    assert any(t.startswith("Reverse mentoring:") and " and " in t for t in titles)  # English
    assert any(" en " in t for t in titles)  # and Dutch


def test_importing_again_keeps_the_roles_in_the_file(programme, tmp_path):
    """An updated HR export, imported with the remembered rule: no one's role changes,
    and a role set by hand for someone in a running pairing is refused."""
    from rmentor.models.programme import pairings

    path = hr_csv(tmp_path, ROWS[:6])
    first = plan(path, rule=RoleRule(BORN_FROM, 1995), date_order=MONTH_FIRST)
    importing.run_import(programme, first)
    omer = Participant.get(Participant.email == "o.celik@vb.nl")
    rutger = Participant.get(Participant.email == "r.vandijk@vb.nl")
    pairing = pairings.create_pairing(programme, omer, rutger)
    pairings.set_status(pairing, "active")
    again = plan(path, rule=RoleRule(EVERYONE, "mentor"), date_order=MONTH_FIRST)
    assert again.ok
    importing.run_import(programme, again)
    assert Participant.get(Participant.email == "r.vandijk@vb.nl").role == "mentee"
    assert Participant.get(Participant.email == "h.brouwer@vb.nl").role == "mentee"
    by_hand = plan(
        path, rule=RoleRule(BORN_FROM, 1995), date_order=MONTH_FIRST, roles={3: "mentor"}
    )
    assert [p.text() for p in by_hand.problems] == [
        "Row 3: r.vandijk@vb.nl is a mentee in a running pairing; their role cannot become "
        "mentor. End or delete the pairing first."
    ]
    # a sheet that only brings languages needs no rule for the people already in the file
    only = hr_csv(tmp_path, [ROWS[0].replace("NL, EN", "NL, EN, DE")])
    assert plan(only, date_order=MONTH_FIRST).ok


def test_a_date_column_in_both_orders_is_said_not_a_crash(programme, tmp_path):
    rows = [
        ROWS[0].replace("05/03/2026", "25-03-2026"),
        ROWS[1].replace("04/02/2026", "03/25/2026"),
    ]
    result = plan(hr_csv(tmp_path, rows), rule=RoleRule(EVERYONE, "mentee"))
    assert [p.row for p in result.problems] == [0]
    assert (
        "holds dates written day-first and dates written month-first" in result.problems[0].text()
    )
    chosen = plan(hr_csv(tmp_path, rows), rule=RoleRule(EVERYONE, "mentee"), date_order=MONTH_FIRST)
    assert [p.row for p in chosen.problems] == [2]  # the row that does not read that way


def test_the_departments_rule_takes_every_spelling_of_a_department(programme, tmp_path):
    result = plan(
        hr_csv(tmp_path, ROWS[:6]),
        rule=RoleRule(DEPARTMENTS, ("Marketing",)),
        date_order=MONTH_FIRST,
    )
    mentors = {p["email"] for p in result.people if p["role"] == "mentor"}
    assert mentors == {"i.lefevre@vb.nl", "o.celik@vb.nl", "a.vanthof@vb.nl"}


def test_a_manager_named_by_name_in_a_row_left_out_leaves_the_line_empty(programme, tmp_path):
    rows = [
        ROWS[1].replace("h.brouwer@vb.nl", "Hanneke Brouwer"),
        ROWS[0].replace("h.brouwer@vb.nl", "h.brouwer@vb"),
    ]
    first = plan(hr_csv(tmp_path, rows), rule=RoleRule(EVERYONE, "mentee"), date_order=MONTH_FIRST)
    assert first.problem_rows == [3]
    left = plan(
        hr_csv(tmp_path, rows),
        rule=RoleRule(EVERYONE, "mentee"),
        date_order=MONTH_FIRST,
        skip=frozenset(first.problem_rows),
    )
    assert left.ok, [p.text() for p in left.problems]
    assert any("is in a row left out" in w.text() for w in left.warnings)


def test_a_command_on_a_file_without_a_programme_says_what_to_do(tmp_path):
    db = tmp_path / "leeg.sqlite"
    datafile.open_file(db)
    datafile.close_file()
    done = run("report", "--db", db, "--out", tmp_path / "r.pdf")
    assert done.returncode == 1
    assert "This file holds no programme yet: create one in the window" in done.stderr


def test_each_import_problem_is_shown_whole_on_as_many_lines_as_it_takes(
    programme, tmp_path, qtbot, language
):
    from rmentor.ui.dialogs.import_dialog import ImportDialog

    language("nl")
    dialog = ImportDialog(programme, hr_csv(tmp_path), read_sheet(hr_csv(tmp_path)))
    qtbot.addWidget(dialog)
    dialog.resize(1000, 700)
    dialog.show()
    qtbot.waitExposed(dialog)
    problems = dialog.problems
    texts = [problems.item(i).text() for i in range(problems.count())]
    (row,) = [i for i, text in enumerate(texts) if "5 maart 2026 of 3 mei 2026" in text]
    room = problems.viewport().width()
    place = problems.visualItemRect(problems.item(row))
    assert place.width() <= room
    one_line = problems.fontMetrics().height()
    assert place.height() >= 2 * one_line  # wrapped, not cut at the edge
    assert problems.horizontalScrollBar().maximum() == 0


def test_dates_of_the_year_zero_two_digit_years_and_a_reading_not_yet_chosen(programme, tmp_path):
    """No traceback for 01/02/0000; 65 is 1965 (a birth date), 26 is 2026; and no row is
    judged in the future by a reading the coordinator has not chosen."""
    header = "Voornaam;Achternaam;E-mail;Rol;Geboortedatum;Datum toestemming"
    zero = plan(hr_csv(tmp_path, ["Ann;Aa;a@vb.nl;mentee;01/02/0000;01/02/2026"], header))
    # no date in the year 0 is offered as a reading of the birth dates: no such day
    assert zero.ambiguous_dates == [("Datum toestemming", "01/02/2026")]
    undecided = plan(
        hr_csv(
            tmp_path,
            [
                "Bob;Bee;b@vb.nl;mentor;03/04/65;11/12/26",  # 11 Dec or 12 Nov 2026
                "Cor;Cee;c@vb.nl;mentee;03/04/01;01/02/26",
            ],
            header,
        ),
        rule=RoleRule(BORN_FROM, 1990),
    )
    assert undecided.ambiguous_dates  # the order is asked for ...
    assert not any("in the future" in p.text() for p in undecided.problems)  # ... not guessed
    chosen = plan(
        hr_csv(tmp_path, ["Bob;Bee;b@vb.nl;;03/04/65;11/12/26"], header),
        rule=RoleRule(BORN_FROM, 1990),
        date_order=MONTH_FIRST,
    )
    assert chosen.ok, [p.text() for p in chosen.problems]
    (bob,) = chosen.people
    assert bob["role"] == "mentee"  # born in 1965, not 2065: a senior, mentored
    assert bob["consent_date"] == dt.date(2026, 11, 12)


def test_birth_dates_give_their_year_whichever_way_they_are_written(programme, tmp_path):
    """Only a birth date's year counts (for a birth-year rule), the same read either
    way: such a column is never asked about, and no row lacks a year because of it."""
    path = tmp_path / "geboren.csv"
    path.write_text(
        "Voornaam,Achternaam,E-mail,Geboortedatum\n"
        "Ada,Aa,a@x.nl,05/03/1999\n"  # reads two ways
        "Bo,Bb,b@x.nl,13/01/1980\n"  # day-first only
        "Cas,Cc,c@x.nl,01/13/1998\n"  # month-first only
    )
    result = plan(path, rule=RoleRule(BORN_FROM, 1995))
    assert result.ok, [p.text() for p in result.problems]
    assert result.ambiguous_dates == [] and result.mixed_dates == []
    assert {p["first_name"]: p["role"] for p in result.people} == {
        "Ada": "mentor",
        "Bo": "mentee",
        "Cas": "mentor",
    }


MIXED = (
    "Voornaam,Achternaam,E-mail,Rol,Toestemming\n"
    "Ada,Aa,a@x.nl,mentor,13/01/2025\n"
    "Bo,Bb,b@x.nl,mentee,01/13/2025\n"
    "Cas,Cc,c@x.nl,mentee,05/03/2025\n"
)


def _dialog(qtbot, programme, path):
    from rmentor.ui.dialogs.import_dialog import ImportDialog

    dialog = ImportDialog(programme, path, read_sheet(path))
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def _listed(dialog) -> list[str]:
    return [dialog.problems.item(i).text() for i in range(dialog.problems.count())]


def test_dates_written_both_ways_in_one_column_are_asked_where_the_message_says(
    qtbot, programme, tmp_path
):
    path = tmp_path / "gemengd.csv"
    path.write_text(MIXED)
    dialog = _dialog(qtbot, programme, path)
    assert any("Choose how to read them under Dates" in t for t in _listed(dialog))
    assert dialog.date_order.isVisible()  # the choice the message points at is there
    assert dialog.date_order.itemText(1) == "day first: 31-12-2026 is 31 December 2026"
    dialog.date_order.setCurrentIndex(dialog.date_order.findData("day-first"))
    assert any(t.startswith("Row 3:") for t in _listed(dialog)), _listed(dialog)
    assert dialog.date_order.isVisible()


def test_rows_left_out_that_decided_the_dates_reading_ask_for_it_then(qtbot, programme, tmp_path):
    path = tmp_path / "beslissend.csv"
    path.write_text(  # Ada's date is the only one that reads one way; her name is missing
        "Voornaam,Achternaam,E-mail,Rol,Toestemming\n"
        "Ada,,a@x.nl,mentor,13/01/2025\n"
        "Bo,Bb,b@x.nl,mentee,05/03/2025\n"
        "Cas,Cc,c@x.nl,mentee,06/04/2025\n"
    )
    dialog = _dialog(qtbot, programme, path)
    assert not dialog.date_order.isVisible()
    dialog.skip.setChecked(True)
    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    assert not ok.isEnabled()
    assert dialog.date_order.isVisible()  # without Ada, Bo's and Cas's dates read two ways
    assert any("05/03/2025 is 5 March 2025 or 3 May 2025" in t for t in _listed(dialog))
    assert dialog.skip.isEnabled()  # the coordinator may still take it back and fix the row
    dialog.skip.setChecked(False)
    assert not dialog.date_order.isVisible()
    assert not any("5 March 2025" in t for t in _listed(dialog))
    dialog.skip.setChecked(True)
    dialog.date_order.setCurrentIndex(dialog.date_order.findData("day-first"))
    assert ok.isEnabled()


def test_the_role_column_of_the_preview_is_wide_enough_for_a_role(qtbot, programme, tmp_path):
    path = tmp_path / "gemengd.csv"
    path.write_text(MIXED)
    dialog = _dialog(qtbot, programme, path)
    needed = dialog.table.fontMetrics().horizontalAdvance("mentee")
    assert dialog.table.columnWidth(0) >= needed + 40  # its text and the editor's arrow


def test_a_date_that_does_not_read_is_shown_how_to_write_it_in_the_order_chosen(
    programme, tmp_path
):
    path = tmp_path / "fout.csv"
    path.write_text(MIXED.replace("05/03/2025", "05/03/20255"))
    month_first = plan(path, date_order=MONTH_FIRST)
    assert [p.text() for p in month_first.problems if p.row == 4] == [
        'Row 4: "05/03/20255" is not a date: write dates as, for example, 12-31-2026.'
    ]
    day_first = plan(path, date_order="day-first")
    assert 'Row 4: "05/03/20255" is not a date: write dates as, for example, 31-12-2026.' in [
        p.text() for p in day_first.problems
    ]


@pytest.mark.parametrize(
    ("lang", "said"),
    [
        (
            "en",
            "Imported: 3 new, 5,000 updated. Left out: 2 rows of the sheet (5, 9), still to be "
            "added.",
        ),
        (
            "nl",
            "Geïmporteerd: 3 nieuw, 5.000 bijgewerkt. Weggelaten: 2 rijen van het blad (5, 9), "
            "nog toe te voegen.",
        ),
    ],
)
def test_the_rows_left_out_of_an_import_are_remembered_in_the_status_line(
    qtbot, demo_window_in, lang, said
):
    window = demo_window_in(lang)
    window.sheets.imported(3, 5000, [5, 9])
    assert window.notice_line.text.text() == said


def test_an_import_into_a_file_without_a_programme_says_why_the_programme_form_comes_first(
    qtbot, tmp_path, monkeypatch
):
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QFileDialog

    from rmentor.ui.window.main_window import MainWindow

    sheet = hr_csv(tmp_path, ROWS[:3])
    window = MainWindow()
    qtbot.addWidget(window)
    window.show()
    assert window.open_path(tmp_path / "nieuw.sqlite", ask=False)
    assert window.programme is None
    QSettings().setValue("folders/last", str(tmp_path / "reports"))
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(sheet), ""))
    window.sheets.import_participants()
    # HR's folder is where the next import starts, not where the next report is saved
    assert QSettings().value("folders/received") == str(sheet.parent)
    assert QSettings().value("folders/last") == str(tmp_path / "reports")
    form = window.dialog
    qtbot.waitExposed(form)
    assert form.windowTitle() == "New programme"
    assert form.why.isVisible()
    assert f"The people in {sheet.name} join a programme, and there is none yet" in form.why.text()
    form.reject()
    window.session.close()


def test_an_import_stopped_half_way_writes_no_one_and_the_form_stays_as_it_was(
    qtbot, programme, tmp_path, make_person, messages, press_stop_at
):
    """Stop pressed once the first people are written: nobody is imported, it is said,
    and the form stays open with its choices; Import then brings them all."""
    from rmentor.models.sheets.importing import STEP_ROWS
    from rmentor.ui.dialogs.import_dialog import ImportDialog

    make_person("mentor", email="bestaand@x.nl")
    rows = [f"Nieuw{i};Mens{i};nieuw{i}@x.nl;junior" for i in range(2 * STEP_ROWS + 50)]
    path = tmp_path / "veel.csv"
    path.write_text("\n".join(["Voornaam;Achternaam;E-mail;Rol", *rows]), encoding="utf-8")
    press_stop_at(STEP_ROWS)  # the first batch is written by now
    dialog = ImportDialog(programme, path, read_sheet(path))
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.combos[0].setCurrentIndex(dialog.combos[0].findData("first_name"))  # as it was
    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    ok.click()
    assert messages == [
        (
            "warning",
            "Nothing imported",
            "The import was stopped: nothing was written. The choices made here are kept.",
        )
    ]
    assert dialog.isVisible() and ok.isEnabled()
    assert [p.email for p in Participant.select()] == ["bestaand@x.nl"]
    press_stop_at(None)
    with qtbot.waitSignal(dialog.imported) as signal:
        ok.click()
    assert signal.args == [len(rows), 0, []]
    assert Participant.select().count() == len(rows) + 1


def test_a_check_that_fails_beside_the_window_says_so_and_imports_nothing(
    qtbot, programme, tmp_path, messages, monkeypatch
):
    import sqlite3
    import threading

    from rmentor.ui.dialogs.import_dialog import ImportDialog

    path = hr_csv(tmp_path, ROWS[:3])
    dialog = ImportDialog(programme, path, read_sheet(path))
    qtbot.addWidget(dialog)
    dialog.show()
    threads = []

    def failing(*args, **kwargs):
        threads.append(threading.current_thread())
        raise sqlite3.OperationalError("disk I/O error")

    monkeypatch.setattr(importing, "plan_import", failing)
    dialog.date_order.setCurrentIndex(dialog.date_order.findData("day-first"))
    assert messages == [
        (
            "warning",
            "Not checked",
            "The sheet could not be checked: the disk could not be read or written. "
            "Nothing was imported.",
        )
    ]
    assert threads and threads[0] is not threading.main_thread()  # beside the window
    assert not dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).isEnabled()
    assert Participant.select().count() == 0


def test_a_sheet_that_cannot_be_read_is_said_in_the_window_and_changes_nothing(
    qtbot, demo_window, tmp_path, messages, monkeypatch
):
    from PySide6.QtWidgets import QFileDialog

    empty = tmp_path / "leeg.csv"
    empty.write_text("\n\n", encoding="utf-8")
    before = Participant.select().count()
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(empty), ""))
    demo_window.sheets.import_participants()
    assert [(kind, title) for kind, title, _text in messages] == [("warning", "Cannot import")]
    assert "is empty" in messages[0][2]
    assert demo_window.dialog is None or not demo_window.dialog.isVisible()
    assert Participant.select().count() == before


def test_the_window_closed_while_its_sheet_is_checked_closes_without_the_import_form(
    qtbot, demo_window, tmp_path, messages, monkeypatch
):
    """Closed while the sheet is read and checked beside it: the window closes once
    that is done, and the import form it was for does not open (to close it later)."""
    import time

    from PySide6.QtCore import QCoreApplication
    from PySide6.QtCore import QTimer
    from PySide6.QtGui import QCloseEvent
    from PySide6.QtWidgets import QFileDialog

    path = hr_csv(tmp_path, ROWS[:3])
    real = importing.plan_import

    def slow(*args, **kwargs):
        time.sleep(0.6)
        return real(*args, **kwargs)

    monkeypatch.setattr(importing, "plan_import", slow)
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(path), ""))
    QTimer.singleShot(200, lambda: QCoreApplication.sendEvent(demo_window, QCloseEvent()))
    demo_window.sheets.import_participants()
    qtbot.waitUntil(lambda: not demo_window.isVisible())
    assert demo_window.dialog is None
    assert messages == []


def test_a_sheet_whose_first_check_fails_opens_no_empty_import_form(
    qtbot, demo_window, tmp_path, messages, monkeypatch
):
    import sqlite3

    from PySide6.QtWidgets import QFileDialog

    def failing(*args, **kwargs):
        raise sqlite3.OperationalError("disk I/O error")

    path = hr_csv(tmp_path, ROWS[:3])
    monkeypatch.setattr(importing, "plan_import", failing)
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(path), ""))
    demo_window.sheets.import_participants()
    assert [title for _kind, title, _text in messages] == ["Not checked"]
    assert demo_window.dialog is None


def test_every_row_left_out_is_said_as_such(qtbot, programme, tmp_path):
    from rmentor.ui.dialogs.import_dialog import ImportDialog

    path = tmp_path / "fout.csv"
    path.write_text("Voornaam;Achternaam;E-mail;Rol\nBo;Bos;bo-at-x;junior\nDik;Ek;dik@x;junior\n")
    dialog = ImportDialog(programme, path, read_sheet(path))
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.table.horizontalHeaderItem(0).text() == "Imported as"
    dialog.skip.setChecked(True)
    assert dialog.summary.text() == (
        "Every row has a problem: with them left out, nobody is left to import. "
        "Solve these problems in the sheet, or in the columns and choices above:"
    )
    assert not dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).isEnabled()


def test_importing_is_in_the_participants_menu_too(qtbot, demo_window):
    """Where a newcomer looks for it first, besides File."""
    from tests.window.mnemonics import plain

    menus = {plain(a.text()): a.menu() for a in demo_window.menuBar().actions()}
    for title in ("File", "Participants"):
        assert demo_window.import_action in menus[title].actions()


def test_the_form_says_how_many_are_already_in_the_file(qtbot, programme, tmp_path, make_person):
    from rmentor.ui.dialogs.import_dialog import ImportDialog

    make_person("mentor", first="Anna", last="Kok", email="anna@x.nl")
    path = tmp_path / "twee.csv"
    path.write_text(
        "Voornaam;Achternaam;E-mail;Rol\nAnna;Kok;anna@x.nl;junior\nBo;Bos;bo@x.nl;senior\n"
    )
    dialog = ImportDialog(programme, path, read_sheet(path))
    qtbot.addWidget(dialog)
    assert dialog.summary.text() == (
        "Ready to import 2 people; nothing is written until you click Import. 1 of them is "
        "already in the file: only what the sheet changes about them is written."
    )


def _workbook(folder: Path) -> Path:
    """Two sites on sheets of their own, and last year's list hidden before them."""
    book = openpyxl.Workbook()
    old = book.active
    old.title = "Oud"
    old.append(["Voornaam", "Achternaam", "E-mail"])
    old.append(["Vertrokken", "Collega", "weg@vb.nl"])
    old.sheet_state = "hidden"
    for title, people in (("Zwolle", ["Sem"]), ("Deventer", ["Eva", "Bo", "Ad"])):
        sheet = book.create_sheet(title)
        sheet.append(["Voornaam", "Achternaam", "E-mail", "Rol"])
        for first in people:
            sheet.append([first, "Jansen", f"{first.lower()}@vb.nl", "mentee"])
    path = folder / "personeel.xlsx"
    book.save(path)
    return path


def test_a_workbook_with_rows_on_two_sheets_is_imported_from_the_one_chosen(
    qtbot, demo_window, tmp_path, messages, monkeypatch
):
    from PySide6.QtWidgets import QFileDialog
    from PySide6.QtWidgets import QInputDialog

    path = _workbook(tmp_path)
    asked = []

    def pick(parent, title, text, items, *args):
        asked.append((text, items))
        return items[1], True

    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(path), ""))
    monkeypatch.setattr(QInputDialog, "getItem", pick)
    demo_window.sheets.import_participants()
    ((text, items),) = asked
    assert "personeel.xlsx has rows on more than one sheet" in text
    assert items == ["Zwolle (1 row)", "Deventer (3 rows)"]  # the hidden one is not offered
    form = demo_window.dialog
    qtbot.waitExposed(form)
    assert [cells[0] for _n, cells in form.sheet.rows] == ["Eva", "Bo", "Ad"]
    assert form.intro.text().startswith(
        'From personeel.xlsx, sheet "Deventer", into the programme Reverse mentoring 2026.'
    )
    form.reject()
    # none chosen: nothing read, nothing said
    monkeypatch.setattr(QInputDialog, "getItem", lambda *a: ("", False))
    demo_window.dialog = None
    demo_window.sheets.import_participants()
    assert demo_window.dialog is None and messages == []


def test_a_workbook_s_sheet_is_named_on_the_command_line(tmp_path):
    path = _workbook(tmp_path)
    db = tmp_path / "d.sqlite"
    command = [sys.executable, str(MAIN), "import", "--db", str(db), "--create"]
    command += ["--programme", "P", "--lang", "en"]
    refused = subprocess.run([*command, str(path)], capture_output=True, text=True)
    assert refused.returncode != 0 and "Traceback" not in refused.stderr
    assert 'rows on more than one sheet: "Zwolle", "Deventer". Nothing was imported' in (
        refused.stderr
    )
    done = subprocess.run(
        [*command, "--sheet", "Zwolle", str(path)], capture_output=True, text=True
    )
    assert done.returncode == 0, done.stderr
    datafile.open_file(db, create=False)
    try:
        assert [p.first_name for p in Participant.select()] == ["Sem"]
    finally:
        datafile.close_file()
    hidden = subprocess.run(
        [*command, "--role", "mentor", "--sheet", "Oud", str(path)], capture_output=True, text=True
    )
    assert hidden.returncode == 0, hidden.stderr  # named, a hidden sheet is read
    # a sheet named for a .csv is refused
    csv_list = tmp_path / "lijst.csv"
    csv_list.write_text("Voornaam;Achternaam;E-mail\nSem;Jansen;sem@vb.nl\n")
    named = subprocess.run([*command, "--sheet", "Zwolle", str(csv_list)], capture_output=True)
    assert b"holds one list: a sheet is named only in a workbook" in named.stderr


def test_a_workbook_with_rows_only_on_hidden_sheets_reads_one_only_when_chosen(
    qtbot, demo_window, tmp_path, messages, monkeypatch
):
    from PySide6.QtWidgets import QFileDialog
    from PySide6.QtWidgets import QInputDialog

    book = openpyxl.load_workbook(_workbook(tmp_path))
    for title in ("Zwolle", "Deventer"):
        del book[title]
    book.create_sheet("Leeg")  # the one visible sheet holds nothing
    book.save(tmp_path / "verborgen.xlsx")
    with pytest.raises(DomainError, match='has rows only on hidden sheets: "Oud"'):
        read_sheet(tmp_path / "verborgen.xlsx")
    asked = []
    monkeypatch.setattr(
        QFileDialog, "getOpenFileName", lambda *a, **k: (str(tmp_path / "verborgen.xlsx"), "")
    )
    monkeypatch.setattr(
        QInputDialog, "getItem", lambda _p, _t, text, items, *a: asked.append(text) or ("", False)
    )
    demo_window.sheets.import_participants()
    assert "has rows only on hidden sheets" in asked[0]
    assert demo_window.dialog is None and messages == []


def test_a_hidden_sheet_before_the_list_is_passed_over(tmp_path):
    book = openpyxl.load_workbook(_workbook(tmp_path))
    del book["Deventer"]
    book.save(tmp_path / "een.xlsx")
    sheet = read_sheet(tmp_path / "een.xlsx")
    assert [cells[0] for _n, cells in sheet.rows] == ["Sem"]


def test_a_cell_right_of_the_headings_is_said_to_be_left_out(tmp_path):
    sheet = tmp_path / "extra.csv"
    sheet.write_text(
        "Voornaam;Achternaam;E-mail;Rol\nAnna;Jansen;a@x.nl;mentor;Let op: vertrekt per 1-1\n"
    )
    db = tmp_path / "d.sqlite"
    done = run("import", "--db", db, "--create", "--programme", "P", "--lang", "en", sheet)
    assert done.returncode == 0, done.stderr
    assert "Ignored columns: column 5 (no heading)" in done.stdout


def test_the_import_form_says_which_rows_above_the_headings_were_passed_over(
    qtbot, programme, tmp_path
):
    from rmentor.ui.dialogs.import_dialog import ImportDialog

    path = tmp_path / "titled.csv"
    path.write_text(
        "Personeelslijst\n\nVoornaam;Achternaam;E-mail;Rol\nAnna;Jansen;a@x.nl;junior\n"
    )  # a title, and an empty row under it
    dialog = ImportDialog(programme, path, read_sheet(path))
    qtbot.addWidget(dialog)
    assert dialog.intro.text().endswith(
        "The headings are on row 3; the 2 rows above them were passed over."
    )
    db = tmp_path / "d.sqlite"
    done = run("import", "--db", db, "--create", "--programme", "P", "--lang", "en", path)
    assert "The headings are on row 3; the 2 rows above them were passed over." in done.stdout


def test_skipping_bad_rows_when_every_row_is_bad_imports_nothing_and_says_so(tmp_path):
    sheet = tmp_path / "slecht.csv"
    sheet.write_text("Voornaam;Achternaam;E-mail;Rol\nSem;Graaf;geen-adres;junior\n")
    db = tmp_path / "d.sqlite"
    done = run(
        "import", "--db", db, "--create", "--programme", "P", "--skip-bad-rows", "--lang", "en",
        sheet,
    )  # fmt: skip
    assert done.returncode == 1
    assert "nothing was imported; 1 problem in slecht.csv:" in done.stderr
    assert not db.exists()


def test_rows_hidden_in_the_sheet_can_be_left_out_in_the_import_form(qtbot, programme, tmp_path):
    from rmentor.ui.dialogs.import_dialog import ImportDialog

    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(["Voornaam", "Achternaam", "E-mail", "Rol"])
    sheet.append(["Anna", "Bakker", "a@vb.nl", "junior"])
    sheet.append(["Henk", "Verstopt", "h@vb.nl", "senior"])
    sheet.row_dimensions[3].hidden = True
    path = tmp_path / "verborgen_rij.xlsx"
    book.save(path)
    dialog = ImportDialog(programme, path, read_sheet(path))
    qtbot.addWidget(dialog)
    dialog.show()
    notes = [dialog.problems.item(i).text() for i in range(dialog.problems.count())]
    assert any("Rows hidden in the sheet are read like the others: 3." in n for n in notes)
    assert dialog.leave_hidden.isVisible()
    assert dialog.leave_hidden.text().replace("&", "") == "Leave out the 1 row hidden in the sheet"
    qtbot.waitExposed(dialog)
    dialog.leave_hidden.click()
    assert [p["email"] for p in dialog.plan.people] == ["a@vb.nl"]
    notes = [dialog.problems.item(i).text() for i in range(dialog.problems.count())]
    assert not any("hidden" in n for n in notes)
    dialog.run()
    qtbot.waitUntil(lambda: not dialog.isVisible())
    assert [p.email for p in Participant.select()] == ["a@vb.nl"]


def test_the_import_form_names_formulas_never_calculated_and_imports_nothing(
    qtbot, programme, tmp_path
):
    from rmentor.ui.dialogs.import_dialog import ImportDialog

    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(["Voornaam", "Achternaam", "E-mail", "Afdeling", "Rol"])
    sheet.append(["Anna", "Bakker", "a@vb.nl", "Inkoop", "junior"])
    sheet.append(["Henk", "Smit", "h@vb.nl", "=D2", "senior"])
    path = tmp_path / "uit_het_hr_systeem.xlsx"
    book.save(path)
    dialog = ImportDialog(programme, path, read_sheet(path))
    qtbot.addWidget(dialog)
    dialog.show()
    notes = [dialog.problems.item(i).text() for i in range(dialog.problems.count())]
    assert any("never calculated have no value in the file: D3. Open" in n for n in notes)
    assert not dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).isEnabled()
    assert not dialog.skip.isEnabled()  # leaving rows out does not bring the values


def test_the_import_forms_columns_are_as_wide_as_their_fields_not_their_longest_choice(
    qtbot, programme, tmp_path
):
    from rmentor.ui.dialogs.import_dialog import ImportDialog

    path = hr_csv(tmp_path)
    dialog = ImportDialog(programme, path, read_sheet(path))
    qtbot.addWidget(dialog)
    dialog.show()
    table = dialog.table
    talen = 1 + dialog.sheet.headers.index("Talen")
    # "Talen" needs far less room than the longest field a column may be read as
    assert table.columnWidth(talen) < 150
    combo = dialog.combos[talen - 1]
    combo.setCurrentIndex(combo.findData("manager"))  # a longer name chosen: room for it
    assert table.columnWidth(talen) >= combo.sizeHint().width()
    assert combo.view().minimumWidth() >= combo.view().sizeHintForColumn(0)
