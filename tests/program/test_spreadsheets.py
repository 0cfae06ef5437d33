"""Importing staff lists as real programs write them, and exporting lists back."""

import csv
import datetime as dt
import io
import shutil
import subprocess
import sys
import zipfile
from pathlib import Path

import openpyxl
import pytest
from hypothesis import HealthCheck
from hypothesis import given
from hypothesis import settings
from hypothesis import strategies as st
from PySide6.QtWidgets import QDialogButtonBox

from rmentor.models.errors import DomainError
from rmentor.models.programme import programmes
from rmentor.models.programme.entities import Participant
from rmentor.models.sheets import importing
from rmentor.models.sheets.exporting import export_table
from rmentor.models.sheets.sheet_files import read_sheet
from rmentor.models.sheets.sheet_files import safe_text
from rmentor.models.sheets.sheet_files import unsafe_text
from rmentor.models.sheets.sheet_files import write_sheet
from rmentor.models.storage import database
from rmentor.models.storage import datafile
from rmentor.translator import Translator
from rmentor.translator import theme_aliases

ROOT = Path(__file__).resolve().parents[2]
SAMPLE = ROOT / "tests" / "data" / "personeelslijst_excel_nl.csv"  # as HR hands it over
HEADER = "Voornaam;Tussenvoegsel;Achternaam;E-mail;Rol;Afdeling;Leidinggevende;Talen;Thema's"
ROWS = [
    "Hanneke;;Brouwer;h.brouwer@x.nl;senior;Directie;;Nederlands, Engels;consumer",
    "Mila;;Özdemir;m.ozdemir@x.nl;junior;Klantenservice;Inès Lefèvre;Nederlands, Turks;Innovatie",
    "Inès;;Lefèvre;i.lefevre@x.nl;mentee;Klantenservice;h.brouwer@x.nl;Frans;",
    "Rutger;van;Dijk;r.vandijk@x.nl;Mentee;Inkoop;Hanneke Brouwer;Duits;Het perspectief van de consument",
]


def import_file(programme, path, mapping=None):
    plan = importing.plan_import(read_sheet(path), mapping, theme_aliases())
    if not plan.ok:
        raise DomainError("; ".join(p.text() for p in plan.problems))
    return importing.run_import(programme, plan)


def write(path: Path, text: str, encoding: str = "utf-8", bom: bool = False) -> Path:
    data = text.encode(encoding)
    path.write_bytes((b"\xef\xbb\xbf" if bom else b"") + data)
    return path


def people():
    return {p.email: p for p in Participant.select()}


@pytest.mark.parametrize(
    ("separator", "encoding", "bom", "newline"),
    [
        (";", "utf-8", True, "\r\n"),
        (";", "utf-8", False, "\n"),
        (",", "utf-8", False, "\r\n"),
        ("\t", "utf-8", True, "\n"),
        (";", "cp1252", False, "\r\n"),
    ],
)
def test_csv_variants(programme, tmp_path, separator, encoding, bom, newline):
    out = io.StringIO()  # as a spreadsheet writes it: quotes where a cell holds the separator
    writer = csv.writer(out, delimiter=separator, lineterminator=newline)
    for line in [HEADER, *ROWS]:
        writer.writerow(line.split(";"))
    path = write(tmp_path / "list.csv", out.getvalue() + newline, encoding, bom)
    result = import_file(programme, path)
    assert (result.created, result.updated) == (4, 0)
    found = people()
    assert found["m.ozdemir@x.nl"].full_name == "Mila Özdemir"
    assert found["r.vandijk@x.nl"].last_name == "van Dijk"
    assert found["m.ozdemir@x.nl"].role == "mentor" and found["h.brouwer@x.nl"].role == "mentee"
    # managers in any order: Mila's manager comes after her in the list
    assert found["m.ozdemir@x.nl"].manager.email == "i.lefevre@x.nl"
    assert found["r.vandijk@x.nl"].manager.email == "h.brouwer@x.nl"
    themes = {p.email: sorted(link.theme.key for link in p.theme_links) for p in found.values()}
    assert themes["m.ozdemir@x.nl"] == ["innovation"]
    assert themes["r.vandijk@x.nl"] == ["consumer"]


def test_the_hr_sample(programme):
    sheet = read_sheet(SAMPLE)
    plan = importing.plan_import(sheet)
    assert plan.ignored_columns == ["In dienst sinds"]
    result = importing.run_import(programme, plan)
    assert result.created == 6
    ines = Participant.get(Participant.email == "i.lefevre@voorbeeldbedrijf.nl")
    assert ines.full_name == "Inès Lefèvre" and ines.location == "Zwolle"
    assert ines.language_list == ["Frans", "Nederlands"]


def test_quoted_cells_with_line_breaks_and_dates(programme, tmp_path):
    text = (
        "Naam;E-mail;Rol;Functie;Toestemming\r\n"
        '"Anaïs van der Berg";a@x.nl;mentor;"Marketeer\r\nsocial media";31-12-2025\r\n'
        '"Berg, Joost van den";j@x.nl;mentee;Directeur;31/01/2026\r\n'
        "Zoë Ĳsselstein;z@x.nl;mentor;;2026-02-28\r\n"
    )
    import_file(programme, write(tmp_path / "l.csv", text))
    found = people()
    assert (found["a@x.nl"].first_name, found["a@x.nl"].last_name) == ("Anaïs", "van der Berg")
    assert (found["j@x.nl"].first_name, found["j@x.nl"].last_name) == ("Joost", "van den Berg")
    assert found["a@x.nl"].job_title == "Marketeer social media"  # one line, as meant
    assert [found[e].consent_date for e in ("a@x.nl", "j@x.nl", "z@x.nl")] == [
        dt.date(2025, 12, 31),
        dt.date(2026, 1, 31),
        dt.date(2026, 2, 28),
    ]


def test_xlsx(programme, tmp_path):
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(["First name", "Last name", "Email", "Role", "Department", "Level", "Consent"])
    sheet.append(["Ömer", "Çelik", "o.celik@x.nl", "Mentee", "ICT", 8, dt.datetime(2026, 3, 1)])
    sheet.append(["Yara", "Bos", "y.bos@x.nl", "mentor", "Marketing", 1, None])
    book.save(tmp_path / "l.xlsx")
    import_file(programme, tmp_path / "l.xlsx")
    found = people()
    assert found["o.celik@x.nl"].full_name == "Ömer Çelik" and found["o.celik@x.nl"].level == 8
    assert found["o.celik@x.nl"].consent_date == dt.date(2026, 3, 1)


def test_a_department_merged_over_several_rows_is_everyone_s(programme, tmp_path):
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(["Voornaam", "Achternaam", "E-mail", "Rol", "Afdeling"])
    for n in range(4):
        sheet.append([f"Anna{n}", "Jansen", f"a{n}@x.nl", "junior", "ICT" if n == 0 else None])
    sheet.append(["Bo", "Li", "bo@x.nl", "senior", "Inkoop"])
    sheet.merge_cells("E2:E5")
    book.save(tmp_path / "merged.xlsx")
    rows = read_sheet(tmp_path / "merged.xlsx").rows
    assert [cells[4] for _n, cells in rows] == ["ICT", "ICT", "ICT", "ICT", "Inkoop"]
    # merged out to column XFD, a cell widens no row past the list's own columns
    sheet.merge_cells("E6:XFD6")
    book.save(tmp_path / "wide.xlsx")
    wide = read_sheet(tmp_path / "wide.xlsx")
    assert wide.rows[-1][1] == ["Bo", "Li", "bo@x.nl", "senior", "Inkoop"]


def test_a_merge_fills_down_its_own_column_only_and_makes_no_people(programme, tmp_path):
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(["Voornaam", "Achternaam", "E-mail", "Afdeling", "Functie", "Locatie"])
    sheet.append(["Anna", "Bakker", "a@x.nl", "HR", None, None])
    sheet.append(["Bob", "Smit", "b@x.nl", None, None, None])
    sheet.append([None] * 6)  # an empty row under the merge
    sheet.append(["Cas", "Kok", "c@x.nl", "IT", "Dev", None])
    sheet.merge_cells("D2:E4")  # a block over two columns and the empty row
    sheet.merge_cells("F1:F3")  # a heading merged down: nobody's location
    book.save(tmp_path / "block.xlsx")
    rows = read_sheet(tmp_path / "block.xlsx").rows
    assert [(n, cells[3:]) for n, cells in rows] == [
        (2, ["HR", "", ""]),
        (3, ["HR", "", ""]),
        (5, ["IT", "Dev", ""]),
    ]


def test_the_headings_under_hr_s_title_lines_are_found(programme, tmp_path):
    text = (
        "Personeelslijst Voorbeeldbedrijf\nPeildatum 01-12-2026\n\n"
        "Voornaam;Achternaam;E-mail;Rol\nAnna;Jansen;a@x.nl;junior\n"
    )
    sheet = read_sheet(write(tmp_path / "titled.csv", text))
    assert (sheet.headers, sheet.above, sheet.headings_row) == (
        ["Voornaam", "Achternaam", "E-mail", "Rol"],
        [1, 2],
        4,
    )
    assert sheet.rows == [(5, ["Anna", "Jansen", "a@x.nl", "junior"])]
    # a first row of headings without an e-mail column is not passed over for a
    # person's row that reads like headings
    fooled = read_sheet(
        write(tmp_path / "fool.csv", "Voornaam;Achternaam;Adres\nName;Smit;mail\nA;B;a@x.nl\n")
    )
    assert (fooled.headings_row, fooled.headers) == (1, ["Voornaam", "Achternaam", "Adres"])
    # a list whose first row holds its headings is read from there, whatever follows
    plain = read_sheet(write(tmp_path / "plain.csv", "\n".join([HEADER, *ROWS])))
    assert (plain.above, plain.headings_row, len(plain.rows)) == ([], 1, 4)


def test_rows_hidden_in_excel_are_read_and_said(programme, tmp_path):
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(["Voornaam", "Achternaam", "E-mail", "Rol"])
    for n in range(4):
        sheet.append([f"Anna{n}", "Jansen", f"a{n}@x.nl", "junior"])
    sheet.row_dimensions[3].hidden = True
    sheet.row_dimensions[5].hidden = True
    book.save(tmp_path / "hidden.xlsx")
    read = read_sheet(tmp_path / "hidden.xlsx")
    assert (len(read.rows), read.hidden) == (4, [3, 5])
    # as other programs write it: single quotes, spaces around "="
    with zipfile.ZipFile(tmp_path / "hidden.xlsx") as source:
        parts = {n: source.read(n) for n in source.namelist()}
    sheet_xml = parts["xl/worksheets/sheet1.xml"]
    parts["xl/worksheets/sheet1.xml"] = sheet_xml.replace(b'hidden="1"', b"hidden = '1'")
    with zipfile.ZipFile(tmp_path / "other.xlsx", "w") as target:
        for name, data in parts.items():
            target.writestr(name, data)
    assert read_sheet(tmp_path / "other.xlsx").hidden == [3, 5]
    plan = importing.plan_import(read)
    assert plan.warnings[0].text() == (
        "Rows hidden in the sheet are read like the others: 3, 5. Hidden rows often hold "
        "people who left; check that these should take part."
    )
    read.hidden = list(range(2, 1002))  # a thousand: the first twenty, and how many more
    many = importing.plan_import(read).warnings[0].text()
    assert (
        "others: 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21 … (+980)."
        in many
    )


def _rewritten(source: Path, target: Path, **replacements: tuple[bytes, bytes]) -> Path:
    """The workbook with its parts' text replaced, as another program would write it."""
    with zipfile.ZipFile(source) as book:
        parts = {n: book.read(n) for n in book.namelist()}
    for part, (old, new) in replacements.items():
        name = part.replace("__", "/").replace("_xml", ".xml")
        assert old in parts[name]
        parts[name] = parts[name].replace(old, new)
    with zipfile.ZipFile(target, "w") as book:
        for name, data in parts.items():
            book.writestr(name, data)
    return target


def test_formulas_never_calculated_stop_the_import_and_are_named(programme, tmp_path):
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(["Voornaam", "Achternaam", "E-mail", "Afdeling", "Notitie", "Rol"])
    sheet.append(["Anna", "Jansen", "anna@x.nl", "Inkoop", "", "junior"])
    sheet.append(["Bram", "Vos", '=LOWER(A3)&"@x.nl"', "=D2", "=A3", "junior"])
    book.save(tmp_path / "script.xlsx")  # openpyxl, like a script, calculates nothing
    plan = importing.plan_import(read_sheet(tmp_path / "script.xlsx"))
    # the Notitie column is not imported: its formula loses nothing
    assert plan.sheet_problems[0].text() == (
        "Cells with a formula that was never calculated have no value in the file: C3, D3. "
        "Open the workbook in Excel or LibreOffice, save it (which calculates them), and "
        "import it again."
    )
    assert plan.ignored_columns == ["Notitie"]
    # saved by a spreadsheet: the values are there, and read
    calculated = _rewritten(
        tmp_path / "script.xlsx",
        tmp_path / "saved.xlsx",
        xl__worksheets__sheet1_xml=(
            b'<c r="C3"><f>LOWER(A3)&amp;"@x.nl"</f><v /></c><c r="D3"><f>D2</f><v /></c>',
            b'<c r="C3" t="str"><f>LOWER(A3)&amp;"@x.nl"</f><v>bram@x.nl</v></c>'
            b'<c r="D3" t="str"><f>D2</f><v>Inkoop</v></c>',
        ),
        xl__workbook_xml=(b' fullCalcOnLoad="1"', b""),
    )
    plan = importing.plan_import(read_sheet(calculated))
    assert plan.ok, [p.text() for p in plan.problems]
    assert [(p["email"], p["department"]) for p in plan.people] == [
        ("anna@x.nl", "Inkoop"),
        ("bram@x.nl", "Inkoop"),
    ]
    # a formula whose value is empty text (="" in Excel) is a value: nothing to say
    empty = _rewritten(
        calculated,
        tmp_path / "empty.xlsx",
        xl__worksheets__sheet1_xml=(b"<v>Inkoop</v>", b"<v></v>"),
    )
    plan = importing.plan_import(read_sheet(empty))
    assert plan.ok and plan.people[1]["department"] == ""
    # values left beside formulas by a program that asks to be calculated on opening
    # (XlsxWriter leaves a 0) are not theirs
    asked = _rewritten(
        calculated,
        tmp_path / "asked.xlsx",
        xl__workbook_xml=(b"<calcPr ", b'<calcPr fullCalcOnLoad="true" '),
    )
    assert importing.plan_import(read_sheet(asked)).sheet_problems[0].params["cells"] == "C3, D3"


def test_formulas_are_read_as_the_workbooks_xml_has_them_whatever_its_spelling(programme, tmp_path):
    """The sheet's XML is parsed: a pattern over its bytes missed cells without an
    address, a `</c >`, a row of formulas alone, a heading, an array's other cells, and
    took an empty value written `<v/>` for none."""
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(["Voornaam", "Achternaam", "E-mail", "Afdeling", "Rol", "Notitie"])
    sheet.append(["Anna", "Jansen", "anna@x.nl", "Inkoop", "junior"])
    sheet.append(["Bram", "Vos", "bram@x.nl", "=D2", "junior"])
    book.save(tmp_path / "one.xlsx")

    def cells(path: Path) -> str:
        (problem,) = importing.plan_import(read_sheet(path)).sheet_problems
        return problem.params["cells"]

    # valid XML as other programs write it: spaces in end tags, cells without addresses
    spaced = _rewritten(
        tmp_path / "one.xlsx",
        tmp_path / "spaced.xlsx",
        xl__worksheets__sheet1_xml=(b"</c>", b"</c >"),
    )
    assert cells(spaced) == "D3"
    anonymous = _rewritten(
        tmp_path / "one.xlsx",
        tmp_path / "anonymous.xlsx",
        xl__worksheets__sheet1_xml=(b'<c r="D3">', b"<c>"),
    )
    assert cells(anonymous) == "D3"
    # a row of formulas alone, and a heading over a column of values
    sheet.append(["=A2", "=B2", "=C2", "=D2", "=E2"])
    sheet["D1"] = '="Afde"&"ling"'
    book.save(tmp_path / "rows.xlsx")
    # (a heading without its value leaves its column unread: the heading is named)
    assert cells(tmp_path / "rows.xlsx") == "D1, A4, B4, C4, E4"
    # an array formula written once, in a column not read, fills one that is
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(["Voornaam", "Achternaam", "E-mail", "Notitie", "Afdeling", "Rol"])
    for name in ("Anna", "Bram"):
        sheet.append([name, "Jansen", f"{name.lower()}@x.nl", None, None, "junior"])
    from openpyxl.worksheet.formula import ArrayFormula

    sheet["D2"] = ArrayFormula("D2:E3", "=A2:B3")
    book.save(tmp_path / "array.xlsx")
    assert cells(tmp_path / "array.xlsx") == "E2, E3"  # the Notitie column is not read
    # an empty text written as <v/>, where the cell says it holds text: a value
    calculated = _rewritten(
        tmp_path / "one.xlsx",
        tmp_path / "empty.xlsx",
        xl__worksheets__sheet1_xml=(
            b'<c r="D3"><f>D2</f><v /></c>',
            b'<c r="D3" t="str"><f>D2</f><v/></c>',
        ),
        xl__workbook_xml=(b' fullCalcOnLoad="1"', b""),
    )
    assert importing.plan_import(read_sheet(calculated)).ok


def test_a_formulas_error_is_no_value(programme, tmp_path):
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(["Voornaam", "Achternaam", "E-mail", "Afdeling", "Rol"])
    sheet.append(["Anna", "Jansen", "anna@x.nl", "=VLOOKUP(A2,Z:Z,1)", "junior"])
    book.save(tmp_path / "lookup.xlsx")
    failed = _rewritten(  # as Excel saves a lookup that found nothing
        tmp_path / "lookup.xlsx",
        tmp_path / "failed.xlsx",
        xl__worksheets__sheet1_xml=(b'<c r="D2"><f>', b'<c r="D2" t="e"><f>'),
        xl__workbook_xml=(b' fullCalcOnLoad="1"', b""),
    )
    failed = _rewritten(
        failed, tmp_path / "failed2.xlsx", xl__worksheets__sheet1_xml=(b"<v />", b"<v>#N/A</v>")
    )
    (problem,) = importing.plan_import(read_sheet(failed)).sheet_problems
    assert problem.text() == (
        "Cells hold a formula's error, not a value: D2 (#N/A). Put the formulas right in the "
        "workbook, save it, and import it again."
    )


def test_a_theme_on_two_lines_is_one_and_a_theme_too_long_is_said_by_its_row(programme, tmp_path):
    long = "x" * 201
    text = (
        "Voornaam;Achternaam;E-mail;Rol;Thema's\n"
        'Anna;Bakker;a@x.nl;junior;"Sociale\nmedia"\n'
        f"Bob;Smit;b@x.nl;senior;{long}\n"
    )
    plan = importing.plan_import(read_sheet(write(tmp_path / "t.csv", text)))
    assert plan.people[0]["themes"] == ["Sociale media"]
    (said,) = [p.text() for p in plan.problems]
    assert said.startswith('Row 3: the theme "xxxx') and said.endswith(
        '…" holds a control character or a mark that turns text around, or is longer than '
        "200 characters."
    )  # the value cut short, as every problem quotes one


@pytest.mark.parametrize(
    "text",
    [
        "Personeelslijst, stand 1 januari\n\nVoornaam;Achternaam;E-mail\nAnna;Bakker;a@x.nl\n",
        'Voornaam;Achternaam;E-mail;"Thema\'s (AI, data, HR, IT)"\nAnna;Bakker;a@x.nl;AI\n',
    ],
)
def test_the_delimiter_is_the_one_each_line_has_once_per_column(programme, tmp_path, text):
    sheet = read_sheet(write(tmp_path / "list.csv", text))
    assert sheet.headers[:3] == ["Voornaam", "Achternaam", "E-mail"]
    assert sheet.rows[0][1][:3] == ["Anna", "Bakker", "a@x.nl"]


def test_a_list_again_with_one_name_column_keeps_the_file_s_split_of_the_same_name(
    programme, tmp_path
):
    first = "Voornaam;Achternaam;E-mail;Rol\nMaria Teresa;Lopez Garcia;m@x.nl;junior\n"
    import_file(programme, write(tmp_path / "l.csv", first))
    again = "Naam;E-mail;Rol\nMaria Teresa Lopez Garcia;m@x.nl;junior\n"
    result = import_file(programme, write(tmp_path / "l2.csv", again))
    maria = people()["m@x.nl"]
    assert (maria.first_name, maria.last_name, result.updated) == (
        "Maria Teresa",
        "Lopez Garcia",
        0,
    )
    # another name is written, split as well as it can be
    moved = "Naam;E-mail;Rol\nMaria Teresa Lopez;m@x.nl;junior\n"
    assert import_file(programme, write(tmp_path / "l3.csv", moved)).updated == 1
    assert people()["m@x.nl"].full_name == "Maria Teresa Lopez"


def test_reimport_updates_by_email(programme, tmp_path):
    """Counted as updated: the people the sheet changes; the same sheet again writes
    nothing (the file stays byte for byte as it was)."""
    path = write(tmp_path / "l.csv", "\n".join([HEADER, *ROWS]))
    import_file(programme, path)
    changed = [HEADER] + [r.replace("Klantenservice", "Service") for r in ROWS]
    result = import_file(programme, write(tmp_path / "l2.csv", "\n".join(changed)))
    assert (result.created, result.updated) == (0, 2)
    assert Participant.select().count() == 4
    assert people()["m.ozdemir@x.nl"].department == "Service"
    before = datafile.current_path().read_bytes()
    result = import_file(programme, write(tmp_path / "l3.csv", "\n".join(changed)))
    assert (result.created, result.updated) == (0, 0)
    assert datafile.current_path().read_bytes() == before
    moved = [r.replace(";Hanneke Brouwer;", ";Inès Lefèvre;") for r in changed]
    themed = [
        r.replace(";Duits;Het perspectief van de consument", ";Duits;Innovatie") for r in moved
    ]
    result = import_file(programme, write(tmp_path / "l4.csv", "\n".join(themed)))
    assert (result.created, result.updated) == (0, 1)  # Rutger: a new manager, a new theme
    rutger = people()["r.vandijk@x.nl"]
    assert rutger.manager.email == "i.lefevre@x.nl"


def test_an_empty_cell_in_a_list_again_leaves_what_the_file_knows(programme, tmp_path):
    import_file(programme, write(tmp_path / "l.csv", "\n".join([HEADER, *ROWS])))
    Participant.update(job_title="Algemeen directeur").where(
        Participant.email == "h.brouwer@x.nl"
    ).execute()
    later = "Voornaam;Achternaam;E-mail;Rol;Afdeling;Functie;Talen"
    rows = ["Hanneke;Brouwer;h.brouwer@x.nl;senior;;;", "Nieuw;Lid;n.lid@x.nl;junior;ICT;;"]
    plan = importing.plan_import(read_sheet(write(tmp_path / "l2.csv", "\n".join([later, *rows]))))
    # of the two without a language, only the one the file does not know is told
    assert [w.text() for w in plan.warnings] == [
        "Row 3: no language; suggestions need a shared language, so add one later in the "
        "participant's form."
    ]
    importing.run_import(programme, plan)
    hanneke = people()["h.brouwer@x.nl"]
    assert (hanneke.department, hanneke.job_title) == ("Directie", "Algemeen directeur")
    assert hanneke.languages == "Nederlands, Engels"


BAD = {
    "header only": (HEADER + "\n", "header row but no people"),
    "unknown role": (
        HEADER + "\nSem;de;Graaf;s@x.nl;stagiair;Inkoop;;;\n",
        'Row 2: the role "stagiair" is unknown',
    ),
    "invalid e-mail": (
        HEADER + "\n" + ROWS[0] + "\nSem;de;Graaf;sem-at-x.nl;junior;;;;\n",
        'Row 3: "sem-at-x.nl" is not a valid e-mail address.',
    ),
    "duplicate e-mail": (
        HEADER + "\n" + ROWS[0] + "\n" + ROWS[0].replace("Hanneke", "Anna"),
        "Row 3: h.brouwer@x.nl is also the e-mail address in row 2.",
    ),
    "manager missing": (
        HEADER + "\nSem;de;Graaf;s@x.nl;junior;Inkoop;Piet Puk;;\n",
        'Row 2: the manager "Piet Puk" is not in the sheet or the file.',
    ),
    "no last-name column": (
        "Voornaam;E-mail;Rol\nSem;s@x.nl;junior\n",
        "no column for the last name",
    ),
}


@pytest.mark.parametrize("case", list(BAD))
def test_bad_files_change_nothing(programme, tmp_path, case, make_person):
    make_person("mentor", first="Bestaand", email="bestaand@x.nl")
    before = datafile.current_path().read_bytes()
    text, message = BAD[case]
    plan = importing.plan_import(read_sheet(write(tmp_path / "bad.csv", text)))
    assert not plan.ok
    assert any(message in p.text() for p in plan.problems), [p.text() for p in plan.problems]
    with pytest.raises(DomainError):
        importing.run_import(programme, plan)
    assert datafile.current_path().read_bytes() == before
    assert [p.email for p in Participant.select()] == ["bestaand@x.nl"]


def test_empty_file_is_refused(tmp_path):
    with pytest.raises(DomainError, match="is empty"):
        read_sheet(write(tmp_path / "empty.csv", "\n\n"))


def test_managers_in_the_file_are_found_by_address_or_by_a_name_only_one_has(
    programme, tmp_path, make_person
):
    """Newcomers' managers imported before: found by address (in any case) or by a name
    one person in the file has, also last name first; a name two share is said as such."""
    make_person("mentee", first="Hanneke", last="Brouwer", email="h.brouwer@x.nl")
    make_person("mentee", first="Jan", last="Jansen", email="jan1@x.nl")
    make_person("mentee", first="Jan", last="Jansen", email="jan2@x.nl")
    rows = [
        "Sem;;Graaf;s1@x.nl;junior;Inkoop;H.Brouwer@X.nl;;",
        "Eva;;Kok;s2@x.nl;junior;Inkoop;Hanneké  brouwer;;",
        "Bo;;Bos;s3@x.nl;junior;Inkoop;Jan Jansen;;",
        "Ed;;Eik;s4@x.nl;junior;Inkoop;Brouwer, Hanneke;;",
        "Fe;;Fok;s5@x.nl;junior;Inkoop;Piet Puk;;",
    ]
    plan = importing.plan_import(
        read_sheet(write(tmp_path / "new.csv", "\n".join([HEADER, *rows])))
    )
    assert [p.text() for p in plan.problems] == [
        'Row 4: more than one person is called "Jan Jansen"; name the manager by e-mail address.',
        'Row 6: the manager "Piet Puk" is not in the sheet or the file.',
    ]
    found_rows = [*rows[:2], rows[3]]
    import_file(programme, write(tmp_path / "three.csv", "\n".join([HEADER, *found_rows])))
    found = people()
    assert {found[e].manager.email for e in ("s1@x.nl", "s2@x.nl", "s4@x.nl")} == {"h.brouwer@x.nl"}


def test_the_file_is_read_once_for_all_the_managers_a_sheet_names(programme, tmp_path, make_person):
    """However many rows name a manager who is only in the file, by address or by name,
    planning the import asks the file as often: HR's list of 1,000 newcomers in a file of
    5,000 people read the file once per row, and all of it per row named by name."""
    make_person("mentee", first="Hanneke", last="Brouwer", email="h.brouwer@x.nl")
    make_person("mentee", first="Jan", last="Jansen", email="jan1@x.nl")

    def statements(count: int) -> int:
        rows = [
            f"Sem{n};;Graaf;s{n}@x.nl;junior;Inkoop;"
            + ("h.brouwer@x.nl" if n % 2 else "Jan Jansen")
            + ";;"
            for n in range(count)
        ]
        sheet = read_sheet(write(tmp_path / f"{count}.csv", "\n".join([HEADER, *rows])))
        seen = []
        database.db.connection().set_trace_callback(seen.append)
        try:
            plan = importing.plan_import(sheet)
        finally:
            database.db.connection().set_trace_callback(None)
        assert plan.ok and {p["manager_email"] for p in plan.people} == {
            "h.brouwer@x.nl",
            "jan1@x.nl",
        }
        return len(seen)

    assert statements(40) == statements(2)


def test_manager_loops_are_all_found_before_anything_is_written(programme, tmp_path, make_person):
    """A self-manager and a circle through the file: every row named, nothing written,
    not even a backup copy."""
    from rmentor.models.storage.backups import list_backups

    boss = make_person("mentee", email="boss@x.nl")
    make_person("mentor", email="worker@x.nl", manager=boss)
    before = datafile.current_path().read_bytes()
    text = (
        "Voornaam;Achternaam;E-mail;Rol;Leidinggevende\n"
        "Nieuw;Mens;nieuw@x.nl;junior;nieuw@x.nl\n"
        "Baas;Persoon;boss@x.nl;senior;worker@x.nl\n"
        "Ander;Mens;ander@x.nl;junior;\n"
    )
    plan = importing.plan_import(read_sheet(write(tmp_path / "l.csv", text)))
    assert [p.text() for p in plan.problems] == [
        "Row 2: a person cannot be their own manager.",
        "Row 3: the managers named go round in a circle.",
    ]
    with pytest.raises(DomainError):
        importing.run_import(programme, plan)
    assert datafile.current_path().read_bytes() == before
    assert list_backups(datafile.current_path()) == []


def test_a_failing_write_rolls_back_the_others(programme, tmp_path, monkeypatch):
    text = (
        "Voornaam;Achternaam;E-mail;Rol\nNieuw;Mens;nieuw@x.nl;junior\nTwee;Mens;twee@x.nl;senior\n"
    )
    plan = importing.plan_import(read_sheet(write(tmp_path / "l.csv", text)))
    assert plan.ok

    def fail(*_args):
        raise DomainError("Row 3: the disk gave up.")

    monkeypatch.setattr(importing, "write_managers", fail)
    with pytest.raises(DomainError, match="Row 3"):
        importing.run_import(programme, plan)
    assert not Participant.select().where(Participant.email == "nieuw@x.nl").exists()


def test_export_never_holds_the_confidential_note_and_quotes_formulas(opened, tmp_path):
    from rmentor.models import demo
    from rmentor.models.programme.entities import Meeting

    programme = demo.write_small_demo()
    Meeting.update(confidential_note="CANARY-secret").execute()
    first = Meeting.select().order_by(Meeting.date.desc()).get()
    first.summary = '=HYPERLINK("http://x")'
    first.save()
    for what in ("participants", "pairings", "journal"):
        for suffix in (".csv", ".xlsx"):
            headers, rows = export_table(programme, what, Translator("nl"))
            path = tmp_path / f"{what}{suffix}"
            write_sheet(path, headers, rows)
            if suffix == ".csv":
                text = path.read_text(encoding="utf-8-sig")
                assert path.read_bytes().startswith(b"\xef\xbb\xbf")
                assert "CANARY" not in text
                assert text.splitlines()[0].count(";") == len(headers) - 1
                if what == "journal":
                    assert "'=HYPERLINK" in text
            else:
                sheet = openpyxl.load_workbook(path).active
                values = [c.value for row in sheet.iter_rows() for c in row]
                assert not any("CANARY" in str(v) for v in values)
                if what == "journal":
                    cell = next(
                        c
                        for row in sheet.iter_rows()
                        for c in row
                        if str(c.value).startswith("=HYPERLINK")
                    )
                    assert cell.data_type == "s"
    assert export_table(programme, "journal", Translator("nl"))[0][6] == "Deelbare samenvatting"


@pytest.mark.parametrize("planted", ["\t=1+2", "\r=1+2"])
def test_a_formula_behind_a_tab_or_return_is_quoted_too(tmp_path, planted):
    path = tmp_path / "p.csv"
    write_sheet(path, ["Locatie"], [[planted]])
    text = path.read_bytes().decode("utf-8-sig")  # a return kept as it is
    rows = list(csv.reader(io.StringIO(text, newline=""), delimiter=";"))
    assert rows[1] == ["'" + planted]
    assert unsafe_text(safe_text(planted)) == planted


def test_the_journal_export_lists_the_newest_meeting_first(opened):
    """Sorted by the database (a sort in Python held the window): newest day first, and
    on one day the last written first."""
    from rmentor.models import demo
    from rmentor.models.programme.entities import Meeting
    from rmentor.models.programme.journal import meeting_rows

    programme = demo.write_small_demo()
    same_day = Meeting.select().order_by(Meeting.id).first()
    Meeting.update(date=same_day.date).where(Meeting.id <= same_day.id + 2).execute()
    newest = sorted(meeting_rows(programme), key=lambda m: (m.date, m.id), reverse=True)
    _headers, rows = export_table(programme, "journal", Translator("en"))
    assert len(rows) == len(newest) > 3
    assert [(r[0], r[6]) for r in rows] == [(m.date, m.summary) for m in newest]


names = (
    st.text(alphabet=st.sampled_from(list("abcdeéëïöüçñøæĳ ABCÖÇÆ-'")), min_size=1, max_size=12)
    .map(lambda s: " ".join(s.split()) or "x")
    .filter(lambda s: s.strip("-' ") and s[0] not in "-'")
)


@settings(
    max_examples=20, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    st.lists(
        st.tuples(
            names,
            names,
            st.sampled_from(["mentor", "mentee"]),
            st.sampled_from(["ICT", "Financiën", "Zorg & Welzijn", "=SOM(A1)"]),
        ),
        min_size=1,
        max_size=6,
    ),
    st.sampled_from([".csv", ".xlsx"]),
    st.sampled_from(["nl", "en"]),
)
def test_export_then_import_gives_the_same_people(tmp_path_factory, people_in, suffix, lang):
    folder = tmp_path_factory.mktemp("roundtrip")
    datafile.open_file(folder / "a.sqlite")
    source = programmes.save_programme(
        name="A", start_date=dt.date(2026, 1, 1), end_date=dt.date(2026, 12, 31)
    )
    from rmentor.models.programme.participants import save_participant

    for i, (first, last, role, dept) in enumerate(people_in):
        save_participant(
            programme=source,
            first_name=first,
            last_name=last,
            email=f"p{i}@x.nl",
            role=role,
            department=dept,
            languages="Nederlands",
            themes=["consumer"] if i % 2 else ["Eigen thema"],
        )
    expected = {
        (p.first_name, p.last_name, p.email, p.role, p.department) for p in Participant.select()
    }
    headers, rows = export_table(source, "participants", Translator(lang))
    write_sheet(folder / f"out{suffix}", headers, rows)
    datafile.open_file(folder / "b.sqlite")
    target = programmes.save_programme(
        name="B", start_date=dt.date(2026, 1, 1), end_date=dt.date(2026, 12, 31)
    )
    import_file(target, folder / f"out{suffix}")
    assert {
        (p.first_name, p.last_name, p.email, p.role, p.department) for p in Participant.select()
    } == expected
    keys = {tuple(sorted(link.theme.key for link in p.theme_links)) for p in Participant.select()}
    assert keys <= {("consumer",), ("eigen thema",)}
    datafile.close_file()
    shutil.rmtree(folder)


def test_import_dialog_correct_a_column_then_import(qtbot, programme, tmp_path):
    from rmentor.ui.dialogs.import_dialog import ImportDialog

    text = "Voornaam;Achternaam;Mail adres;Rol;Afdeling\nSem;de Graaf;s@x.nl;junior;Inkoop\n"
    path = write(tmp_path / "l.csv", text)
    dialog = ImportDialog(programme, path, read_sheet(path))
    qtbot.addWidget(dialog)
    dialog.show()
    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    assert not ok.isEnabled()
    problems = [dialog.problems.item(i).text() for i in range(dialog.problems.count())]
    assert problems == ["The sheet has no column for the e-mail address."]
    assert dialog.table.item(1, 3).text() == "s@x.nl"  # the preview shows the data
    combo = dialog.combos[2]
    combo.setCurrentIndex(combo.findData("email"))
    assert ok.isEnabled() and "Ready to import 1 person" in dialog.summary.text()
    with qtbot.waitSignal(dialog.imported) as signal:
        ok.click()
    assert signal.args == [1, 0, []]
    sem = Participant.get()
    assert (sem.full_name, sem.email, sem.department) == ("Sem de Graaf", "s@x.nl", "Inkoop")


def test_import_and_export_commands(tmp_path):
    run = [sys.executable, str(ROOT / "main.py")]
    db = tmp_path / "x.sqlite"
    result = subprocess.run(
        [*run, "import", "--db", db, "--create", "--programme", "Cohort", "--lang", "en", SAMPLE],
        capture_output=True,
        text=True,
    )
    assert result.returncode == 0, result.stderr
    assert 'Imported 6 new participants and updated 0 into "Cohort".' in result.stdout
    bad = write(tmp_path / "bad.csv", BAD["unknown role"][0])
    result = subprocess.run(
        [*run, "import", "--db", db, "--lang", "en", bad], capture_output=True, text=True
    )
    assert result.returncode == 1
    assert 'Row 2: the role "stagiair" is unknown' in result.stderr
    out = tmp_path / "p.csv"
    result = subprocess.run(
        [*run, "export", "--db", db, "--out", out], capture_output=True, text=True
    )
    assert result.returncode == 0, result.stderr
    assert out.read_text(encoding="utf-8-sig").splitlines()[0].startswith("Voornaam;Achternaam")


def test_xlsx_export_survives_control_characters(tmp_path):
    """A vertical tab pasted from Word is not allowed in XML: the cell keeps the rest."""
    from openpyxl import load_workbook

    from rmentor.models.sheets.sheet_files import write_sheet

    write_sheet(tmp_path / "j.xlsx", ["Samenvatting"], [["regel een\x0bregel twee\x00"]])
    assert load_workbook(tmp_path / "j.xlsx").active["A2"].value == "regel een regel twee "


# Round trips and files that are not perfect


def _people_snapshot() -> list[tuple]:
    from rmentor.models.programme.participants import themes_of

    return sorted(
        (
            p.first_name,
            p.last_name,
            p.email,
            p.role,
            p.department,
            p.job_title,
            p.level,
            p.manager.email if p.manager else None,
            p.languages,
            p.location,
            p.capacity,
            p.active,
            p.consent_date,
            tuple(sorted(t.key for t in themes_of(p))),
        )
        for p in Participant.select()
    )


@pytest.mark.parametrize("language", ["en", "nl"])
@pytest.mark.parametrize("suffix", ["csv", "xlsx"])
def test_every_participants_export_imports_again_with_all_its_columns(
    opened, tmp_path, language, suffix
):
    from rmentor.models import demo
    from rmentor.translator import header_aliases

    programme = demo.write_small_demo()
    someone = Participant.get(Participant.first_name == "Mila")
    someone.active, someone.level, someone.capacity = False, 7, 2
    someone.save()
    before = _people_snapshot()
    assert any(row[7] for row in before)  # managers are there to lose
    headers, rows = export_table(programme, "participants", Translator(language))
    write_sheet(tmp_path / f"p.{suffix}", headers, rows)
    plan = importing.plan_import(
        read_sheet(tmp_path / f"p.{suffix}"),
        theme_aliases=theme_aliases(),
        header_aliases=header_aliases(),
    )
    assert plan.ok, [p.text() for p in plan.problems]
    assert plan.ignored_columns == []
    importing.run_import(programme, plan)
    assert _people_snapshot() == before


def test_an_unclosed_quote_is_refused_before_it_swallows_rows(programme, tmp_path):
    text = (
        "Voornaam;Achternaam;E-mail;Rol\n"
        "Sem;de Graaf;sem@x.nl;junior\n"
        'Eva;"Jansen;eva@x.nl;senior\n'
        "Bo;Li;bo@x.nl;junior\n"
        "Ad;Vos;ad@x.nl;senior\n"
    )
    with pytest.raises(DomainError, match="quote mark") as info:
        read_sheet(write(tmp_path / "q.csv", text))
    assert "row 3" in str(info.value) or "line 3" in str(info.value)
    assert Participant.select().count() == 0


@pytest.mark.parametrize("mark", [b"", b"\xef\xbb\xbf"])
def test_a_list_of_utf8_with_one_row_from_excel_keeps_every_name(programme, tmp_path, mark):
    head = "Voornaam;Achternaam;E-mail;Rol\nZoë;IJsselstein;zoe@x.nl;junior\n"
    tail = "René;Çelik;rene@x.nl;senior\n"
    path = tmp_path / "mixed.csv"
    path.write_bytes(mark + head.encode("utf-8") + tail.encode("cp1252"))
    sheet = read_sheet(path)
    assert [(c[0], c[1]) for _n, c in sheet.rows] == [("Zoë", "IJsselstein"), ("René", "Çelik")]


@pytest.mark.parametrize(
    ("data", "names"),
    [
        # UTF-8 with a return alone at each line's end, one row from Excel
        (
            "Voornaam;Achternaam;E-mail\rZoë;Müller;z@x.nl\r".encode()
            + "Inès;Lefèvre;i@x.nl\r".encode("cp1252"),
            [("Zoë", "Müller"), ("Inès", "Lefèvre")],
        ),
        # Windows-1252 whose "É–" reads as UTF-8 by accident
        ("Voornaam;Achternaam;E-mail\nMarie;DUPRÉ–LEROY;m@x.nl\n".encode("cp1252"),
         [("Marie", "DUPRÉ–LEROY")]),
        # Excel for Mac's "CSV (Macintosh)"
        ("Voornaam;Achternaam;E-mail\rRené;Müller;r@x.nl\rZoë;Çelik;z@x.nl\r".encode("mac_roman"),
         [("René", "Müller"), ("Zoë", "Çelik")]),
    ],
)  # fmt: skip
def test_names_come_out_right_whatever_program_saved_the_list(programme, tmp_path, data, names):
    path = tmp_path / "list.csv"
    path.write_bytes(data)
    assert [(c[0], c[1]) for _n, c in read_sheet(path).rows] == names


def test_an_unclosed_quote_in_a_list_of_two_columns_is_refused(programme, tmp_path):
    text = 'Naam;E-mail\n"Anna Bakker;a@x.nl\nBob Smit;b@x.nl\nCas Kok";c@x.nl\n'
    with pytest.raises(DomainError, match="never closed, in row 2"):
        read_sheet(write(tmp_path / "two.csv", text))
    # an address on two lines, commas and all, is no row swallowed
    address = (
        "Voornaam,Achternaam,E-mail,Rol,Notities\r\n"
        'Anna,Bakker,a@x.nl,junior,"Adres:\r\nHoofdstraat 1, 1234 AB, Zwolle, NL"\r\n'
    )
    assert read_sheet(write(tmp_path / "adres.csv", address)).rows[0][1][0] == "Anna"


def test_a_remark_typed_on_two_lines_with_commas_is_read_as_one_cell(programme, tmp_path):
    text = (
        "Voornaam,Achternaam,E-mail,Rol,Afdeling,Functie,Talen,Opmerkingen\r\n"
        'Anna,Jansen,anna@x.nl,junior,ICT,Dev,Nederlands,"Interesses: AI, design, data\n'
        'Beschikbaar ma, di"\r\n'
        'Bo,Li,bo@x.nl,senior,ICT,Lead,Nederlands,"Eerst, tweede\nderde, vierde, vijfde"\r\n'
    )
    sheet = read_sheet(write(tmp_path / "remarks.csv", text))
    assert [cells[0] for _n, cells in sheet.rows] == ["Anna", "Bo"]
    assert sheet.rows[0][1][-1] == "Interesses: AI, design, data\nBeschikbaar ma, di"


@pytest.mark.parametrize("level", ["inf", "1e400", "-3", "3.5", "nan", "99999999999999999999"])
def test_numbers_out_of_range_are_problems_not_crashes(programme, tmp_path, level):
    text = f"Voornaam;Achternaam;E-mail;Rol;Niveau\nSem;Graaf;sem@x.nl;junior;{level}\n"
    plan = importing.plan_import(read_sheet(write(tmp_path / "n.csv", text)))
    assert [p.text() for p in plan.problems] == [
        f'Row 2: "{level}" is not a whole number from 1 to 20.'
    ]


def test_a_huge_cell_is_a_problem_not_a_crash(programme, tmp_path):
    novel = "x" * 200_000
    text = f"Voornaam;Achternaam;E-mail;Rol;Functie\nSem;Graaf;sem@x.nl;junior;{novel}\n"
    plan = importing.plan_import(read_sheet(write(tmp_path / "h.csv", text)))
    assert [p.text() for p in plan.problems] == [
        'Row 2: the cell in column "Functie" holds 200,000 characters; more than 10,000 is '
        "not a staff list's."
    ]


def test_utf16_files_are_read_by_their_bom(programme, tmp_path):
    text = "Voornaam\tAchternaam\tE-mail\tRol\nÖmer\tÇelik\tomer@x.nl\tjunior\n"
    path = tmp_path / "unicode.txt"
    path.write_bytes(text.encode("utf-16"))  # what Excel's "Unicode text" writes
    plan = importing.plan_import(read_sheet(path))
    assert plan.ok and plan.people[0]["first_name"] == "Ömer"


def test_invisible_characters_in_an_address_are_named(programme, tmp_path):
    text = "Voornaam;Achternaam;E-mail;Rol\nSem;Graaf;sem\x00@x.nl;junior\nEva;Vos;\ufeffeva@x.nl;senior\n"
    plan = importing.plan_import(read_sheet(write(tmp_path / "c.csv", text)))
    assert [p.row for p in plan.problems] == [2, 3]
    assert all("invisible control character" in p.text() for p in plan.problems)


def test_the_xlsx_export_grows_with_its_rows_not_faster():
    """Four times the rows, about four times the time (it was sixteen: a lookup per row
    that read the whole sheet made 100,000 rows take hours). The fastest of three runs,
    and a bound far from both, for a machine busy with other tests."""
    import tempfile
    import time

    from rmentor.models.sheets.sheet_files import _write_xlsx

    def fastest(count: int) -> float:
        rows = [[f"Naam {i}", dt.date(2026, 1, 1), f"tekst {i}", i] for i in range(count)]
        times = []
        with tempfile.TemporaryDirectory() as folder:
            for _ in range(3):
                started = time.perf_counter()
                _write_xlsx(Path(folder) / "x.xlsx", ["a", "b", "c", "d"], rows)
                times.append(time.perf_counter() - started)
        return min(times)

    assert fastest(8000) / fastest(2000) < 8.0


@pytest.mark.parametrize("suffix", [".xlsx", ".csv"])
def test_a_stopped_writing_leaves_no_file(tmp_path, suffix):
    from rmentor.models.errors import Stopped
    from rmentor.models.sheets.sheet_files import write_sheet

    asked = []

    def going_on(done, total):  # Stop pressed while the 501st row is on its way
        asked.append((done, total))
        return len(asked) < 2

    target = tmp_path / f"export{suffix}"
    with pytest.raises(Stopped):
        write_sheet(target, ["a", "b"], [["x", i] for i in range(1200)], going_on)
    assert list(tmp_path.iterdir()) == []  # neither the file nor its .part
    assert asked == [(0, 1200), (500, 1200)]  # rows done, of how many: a progress bar's
    write_sheet(target, ["a", "b"], [["x", i] for i in range(1200)], lambda *_: True)
    assert target.exists()


def test_a_damaged_workbook_is_refused_in_words_wherever_it_is_damaged(tmp_path):
    """Bytes changed anywhere in an .xlsx (its zip, its compressed parts, its XML): the
    sheet is read, or refused as one that cannot be read; never anything else."""
    book = openpyxl.Workbook()
    book.active.append(["Voornaam", "Achternaam", "E-mail"])
    for i in range(30):
        book.active.append(["Ada", f"Aa{i}", f"a{i}@x.nl"])
    whole = tmp_path / "whole.xlsx"
    book.save(whole)
    data = whole.read_bytes()
    damaged = tmp_path / "damaged.xlsx"
    refused = 0
    for at in range(0, len(data), max(1, len(data) // 400)):
        damaged.write_bytes(data[:at] + bytes([data[at] ^ 0x5A]) + data[at + 1 :])
        try:
            read_sheet(damaged)
        except DomainError as error:
            refused += 1
            assert "damaged.xlsx" in error.text()
    assert refused > 50  # most changes break it: the test reached the readers' errors
    damaged.write_bytes(data[1000:])  # cut short at its start: a zip that seeks before it
    with pytest.raises(DomainError) as info:
        read_sheet(damaged)
    assert info.value.text() == (
        "The file damaged.xlsx cannot be read as a spreadsheet: it is damaged, or it is not "
        "an Excel workbook."
    )


def test_an_export_is_never_written_over_a_pipe(tmp_path):
    import os

    db = tmp_path / "x.sqlite"
    run = [sys.executable, str(ROOT / "main.py")]
    made = subprocess.run([*run, "demo", "--db", db], capture_output=True, text=True)
    assert made.returncode == 0, made.stderr
    pipe = tmp_path / "pipe.csv"
    os.mkfifo(pipe)
    result = subprocess.run(
        [*run, "export", "--db", db, "--lang", "en", "--out", pipe],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 1
    assert "pipe.csv is not an ordinary file (a pipe or a device)" in result.stderr
    assert pipe.is_fifo()


def test_a_read_only_disk_is_said_as_such_and_leaves_nothing(tmp_path, monkeypatch):
    import errno
    import os

    def refused(*_args, **_kwargs):
        raise OSError(errno.EROFS, "Read-only file system")

    monkeypatch.setattr(os, "replace", refused)
    monkeypatch.setattr(Path, "unlink", refused)  # the disk refuses the clearing up too
    with pytest.raises(DomainError) as info:
        write_sheet(tmp_path / "x.csv", ["a"], [["b"]])
    assert info.value.text() == "The file x.csv cannot be written: the disk is read-only."


def test_a_disk_that_fills_up_midway_through_an_xlsx_leaves_no_file_and_no_traceback(
    tmp_path, monkeypatch, capfd
):
    """Said once, in words; nothing half-written stays, and nothing left open fails
    again (with a traceback on stderr) when it is collected."""
    import builtins
    import errno
    import gc
    import io as io_module

    real_open = builtins.open

    class FillingDisk(io_module.RawIOBase):
        def __init__(self, path, mode):
            self.file = real_open(path, mode)
            self.written = 0

        def writable(self):
            return True

        def seekable(self):
            return self.file.seekable()

        def tell(self):
            return self.file.tell()

        def seek(self, *args):
            return self.file.seek(*args)

        def write(self, data):
            self.written += len(data)
            if self.written > 2000:
                raise OSError(errno.ENOSPC, "No space left on device")
            return self.file.write(data)

        def close(self):
            self.file.close()
            super().close()

    def opening(file, mode="r", *args, **kwargs):
        if str(file).endswith(".part") and "w" in mode:
            return FillingDisk(file, mode)
        return real_open(file, mode, *args, **kwargs)

    monkeypatch.setattr(builtins, "open", opening)
    monkeypatch.setattr(io_module, "open", opening)
    rows = [[f"naam {i}", f"tekst {i}" * 20] for i in range(3000)]
    said = None
    try:
        write_sheet(tmp_path / "lijst.xlsx", ["Naam", "Tekst"], rows)
    except DomainError as error:  # its traceback goes with it: what it held is collected
        said = error.text()
    assert said == "The file lijst.xlsx cannot be written: the disk is full."
    monkeypatch.undo()
    gc.collect()
    assert list(tmp_path.iterdir()) == []
    err = capfd.readouterr().err
    assert "Exception ignored" not in err and "Traceback" not in err, err


def test_a_workbook_formatted_far_to_the_right_reads_as_wide_as_its_cells(tmp_path):
    """Cells formatted out to column XFD, holding nothing: every row once came back
    16,384 cells wide (a 5 KB file took seconds, and the import form as many columns)."""
    from openpyxl.styles import Font

    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(["Voornaam", "Achternaam", "E-mail", "Rol"])
    sheet.append(["Sem", "de Graaf", "s@x.nl", "junior"])
    sheet["XFD1"].font = Font(bold=True)
    sheet["XFD3000"].font = Font(bold=True)
    path = tmp_path / "opgemaakt.xlsx"
    book.save(path)
    read = read_sheet(path)
    assert read.headers == ["Voornaam", "Achternaam", "E-mail", "Rol"]
    assert read.rows == [(2, ["Sem", "de Graaf", "s@x.nl", "junior"])]


def test_a_sheet_with_a_cell_at_column_xfd_is_refused_in_words(tmp_path):
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(["Voornaam", "Achternaam", "E-mail", "Rol"])
    sheet["XFD1"] = "x"
    sheet["A2000"] = "Sem"
    path = tmp_path / "ver.xlsx"
    book.save(path)
    with pytest.raises(DomainError) as refused:
        read_sheet(path)
    assert str(refused.value) == (
        "The file ver.xlsx has 16,384 columns, more than a staff list holds (at most 500). "
        "Nothing was imported: save the list with only its own columns, and nothing far "
        "to the right of them."
    )


def test_a_cell_right_of_the_headers_is_kept_as_a_column_without_a_name(tmp_path):
    """Not cut off unseen: the import form shows it, to be matched or ignored."""
    path = write(tmp_path / "breed.csv", "Voornaam;E-mail\nSem;s@x.nl;Inkoop\nEva;e@x.nl\n")
    read = read_sheet(path)
    assert read.headers == ["Voornaam", "E-mail", ""]
    assert read.rows == [(2, ["Sem", "s@x.nl", "Inkoop"]), (3, ["Eva", "e@x.nl", ""])]


@pytest.mark.parametrize("encoding", ["utf-16-le", "utf-16-be"])
def test_a_utf16_list_without_its_mark_reads_as_text(programme, tmp_path, encoding):
    path = write(tmp_path / "unicode.csv", "\r\n".join([HEADER, *ROWS]) + "\r\n", encoding)
    read = read_sheet(path)
    assert read.headers[:3] == ["Voornaam", "Tussenvoegsel", "Achternaam"]
    assert read.rows[1][1][2] == "Özdemir"


def test_names_in_other_scripts_are_told_apart(programme, tmp_path, make_person):
    """A Greek, Cyrillic or Chinese name is its letters, not nothing: a manager so named
    is found or said missing, never taken for another, and departments stay apart."""
    make_person("mentee", first="Σοφία", last="Παππά", email="sofia@x.gr")
    rows = [
        "Anna;;Kok;anna@x.nl;junior;Продажи;Σοφία  ΠΑΠΠΆ;;",
        "Ivan;;Petrov;ivan@x.nl;junior;Маркетинг;王 伟;;",
    ]
    plan = importing.plan_import(read_sheet(write(tmp_path / "s.csv", "\n".join([HEADER, *rows]))))
    assert [p.text() for p in plan.problems] == [
        'Row 3: the manager "王 伟" is not in the sheet or the file.'
    ]
    assert plan.merges == {}
    assert {p["email"]: p["manager_email"] for p in plan.people}["anna@x.nl"] == "sofia@x.gr"
    assert {p["department"] for p in plan.people} == {"Продажи", "Маркетинг"}


def test_a_manager_gone_from_the_file_since_the_check_imports_no_one(
    programme, tmp_path, make_person
):
    """Checked, then the manager deleted (by a colleague, on a server): said by row, and
    nobody imported."""
    boss = make_person("mentee", first="Hanneke", last="Brouwer", email="h.brouwer@x.nl")
    rows = ["Sem;;Graaf;s1@x.nl;junior;Inkoop;Hanneke Brouwer;;"]
    plan = importing.plan_import(read_sheet(write(tmp_path / "s.csv", "\n".join([HEADER, *rows]))))
    assert plan.ok
    boss.delete_instance()
    with pytest.raises(DomainError) as refused:
        importing.run_import(programme, plan)
    assert str(refused.value) == (
        "Row 2: the manager Hanneke Brouwer is no longer in the file. Nothing was imported; "
        "check the sheet again."
    )
    assert Participant.select().count() == 0


def test_an_import_tried_again_on_an_unchanged_file_makes_no_second_copy(
    programme, tmp_path, make_person
):
    """A stopped import tried again would push the older backup copies out one by one."""
    from rmentor.models.storage.backups import list_backups

    path = datafile.current_path()
    importing.back_up_before_import()
    importing.back_up_before_import()
    assert [b.reason for b in list_backups(path)] == ["before-import"]
    make_person("mentor", email="nieuw@x.nl")
    importing.back_up_before_import()
    assert [b.reason for b in list_backups(path)] == ["before-import", "before-import"]


def test_a_chart_named_as_the_sheet_to_read_is_said_to_be_one(tmp_path):
    from openpyxl.chart import BarChart
    from openpyxl.chart import Reference

    book = openpyxl.Workbook()
    book.active.append(["Voornaam", "Achternaam", "E-mail"])
    chart = BarChart()
    chart.add_data(Reference(book.active, min_col=1, min_row=1, max_row=2))
    book.create_chartsheet("Grafiek").add_chart(chart)
    book.save(tmp_path / "grafiek.xlsx")
    with pytest.raises(DomainError, match='The sheet "Grafiek" of grafiek.xlsx is a chart'):
        read_sheet(tmp_path / "grafiek.xlsx", "Grafiek")
