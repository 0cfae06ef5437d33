"""Reading and writing spreadsheets as real programs write them.

CSV: UTF-8 with or without BOM or Windows-1252, separated by ; , or tab, quoted
cells with line breaks. XLSX through openpyxl. A cell that a spreadsheet would take
for a formula (= + - @) is written so that it shows as text.
"""

import contextlib
import csv
import datetime as dt
import io
import os
import warnings
import zipfile
import zlib
from bisect import bisect_left
from bisect import bisect_right
from dataclasses import dataclass
from dataclasses import field
from pathlib import Path
from xml.etree import ElementTree

from rmentor.models.errors import DomainError
from rmentor.models.errors import NotOrdinaryFile
from rmentor.models.errors import Stopped
from rmentor.models.errors import system_reason
from rmentor.models.sheets.columns import detect_mapping
from rmentor.models.sheets.csv_text import decoded
from rmentor.models.sheets.csv_text import steadiness
from rmentor.models.sheets.csv_text import unclosed_quote
from rmentor.models.sheets.formula_cells import calculated_on_opening
from rmentor.models.sheets.formula_cells import formula_cells
from rmentor.models.sheets.workbook_parts import chosen_sheet
from rmentor.models.sheets.workbook_parts import hidden_rows
from rmentor.models.sheets.workbook_parts import merged_ranges
from rmentor.models.sheets.workbook_parts import sheet_xml
from rmentor.models.storage.datafile import refuse_overwriting
from rmentor.models.text.i18n import QT_TRANSLATE_NOOP

FORMULA_START = ("=", "+", "-", "@", "\t", "\r")  # OWASP: a tab or return leads one in too
MAX_CELL = 10_000  # characters: a staff list's longest cell is a few hundred


@dataclass
class Sheet:
    headers: list[str]
    rows: list[tuple[int, list[str]]]  # (row number as the spreadsheet shows it, cells)
    above: list[int] = field(default_factory=list)  # rows above the headings, passed over
    headings_row: int = 1
    hidden: list[int] = field(default_factory=list)  # rows hidden in Excel, read all the same
    uncalculated: list[tuple[int, int]] = field(default_factory=list)  # (row, column) of
    # formulas a workbook holds without their values, read as empty
    errors: list[tuple[int, int, str]] = field(default_factory=list)  # formulas' errors
    title: str = ""  # the sheet read, of a workbook with more than one


def read_sheet(path: str | os.PathLike, sheet_name: str | None = None) -> Sheet:
    """The rows of a .csv, or of one sheet of a workbook: the one named, else the only
    visible sheet with rows (hidden sheets hold what HR put away, and are never read
    unless named)."""
    path = Path(path)
    try:
        if path.exists() and not path.is_file() and not path.is_dir():
            raise NotOrdinaryFile()
        if path.suffix.lower() in (".xlsx", ".xlsm"):
            return _read_xlsx(path, sheet_name)
        if sheet_name is not None:
            raise DomainError(
                QT_TRANSLATE_NOOP(
                    "DomainError",
                    "{name} holds one list: a sheet is named only in a workbook (.xlsx).",
                ),
                name=path.name,
            )
        data = path.read_bytes()
    except OSError as exc:
        raise DomainError(
            QT_TRANSLATE_NOOP("DomainError", "The file {name} cannot be read: {reason}."),
            name=path.name,
            reason=system_reason(exc),
        ) from None
    return _read_csv(data, path.name)


def _read_csv(data: bytes, name: str) -> Sheet:
    text = decoded(data)
    lines = [line for line in text.splitlines()[:HEADINGS_WITHIN] if line.strip()]
    delimiter = max((";", ",", "\t"), key=lambda d: steadiness(d, lines))
    csv.field_size_limit(max(csv.field_size_limit(), len(text) + 1))  # long cells are
    # reported by the import (MAX_CELL), not a crash of the reader
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter, strict=True)
    records = []
    while True:
        start = reader.line_num + 1  # where the record that fails, if it does, began
        try:
            records.append(next(reader))
        except StopIteration:
            break
        except csv.Error:
            raise DomainError(
                QT_TRANSLATE_NOOP(
                    "DomainError",
                    'The file {name} cannot be read from line {line} on: a quote mark (") '
                    "is not closed, or stands inside a cell. Nothing was imported; correct "
                    "the quote in the sheet.",
                ),
                name=name,
                line=start,
            ) from None
    opened = unclosed_quote(records, delimiter)
    if opened:
        raise DomainError(
            QT_TRANSLATE_NOOP(
                "DomainError",
                'The file {name} has a quote mark (") that is never closed, in row {row}: '
                "everything after it would be read as one cell. Nothing was imported; "
                "correct the quote in the sheet.",
            ),
            name=name,
            row=opened,
        )
    return _sheet(records, name)


def _cell_text(value) -> str:
    if value is None:
        return ""
    if isinstance(value, dt.datetime):
        value = value.date()
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)


def _read_xlsx(path: Path, sheet_name: str | None) -> Sheet:
    import openpyxl
    from openpyxl.utils.exceptions import InvalidFileException

    with open(path, "rb") as handle:  # let go of whatever openpyxl raises on the way
        try:
            with warnings.catch_warnings():  # openpyxl's own, about parts it leaves out:
                warnings.simplefilter("ignore")  # not the coordinator's to read
                book = openpyxl.load_workbook(handle, read_only=True, data_only=True)
            try:
                chosen = chosen_sheet(book, path.name, sheet_name)
                records = _records(chosen)
                title = chosen.title if len(book.sheetnames) > 1 else ""
            finally:
                book.close()
            handle.seek(0)
            xml = sheet_xml(handle, chosen)
            merged = merged_ranges(xml)
            hidden = hidden_rows(xml)
            handle.seek(0)
            formulas = formula_cells(xml, calculated_on_opening(handle))
        except (  # a damaged workbook: its zip, its compression or its XML (a file that
            InvalidFileException,  # cannot be opened at all is said by read_sheet)
            OSError,  # a zip cut short seeks before its start ("invalid argument")
            KeyError,
            ValueError,
            zipfile.BadZipFile,
            zlib.error,
            EOFError,
            NotImplementedError,  # a compression zipfile does not know
            RuntimeError,  # an encrypted part
            ElementTree.ParseError,
            TypeError,
            IndexError,
        ):
            raise DomainError(
                QT_TRANSLATE_NOOP(
                    "DomainError",
                    "The file {name} cannot be read as a spreadsheet: it is damaged, or it "
                    "is not an Excel workbook.",
                ),
                name=path.name,
            ) from None
    sheet = _sheet(records, path.name, merged)
    sheet.hidden = sorted(n for n, _cells in sheet.rows if n in hidden)
    sheet.title = title
    # from the headings down: a row of formulas alone reads as no row at all
    heads = sheet.headings_row
    sheet.uncalculated = sorted({cell for cell in formulas.uncalculated if cell[0] >= heads})
    sheet.errors = sorted(cell for cell in formulas.errors if cell[0] > heads)
    return sheet


def _records(sheet) -> list[list[str]]:
    # each row as long as its cells, not as the widest: a sheet formatted out to column
    # XFD gave every row 16,384 cells (a 5 KB file took seconds a row)
    sheet.reset_dimensions()
    return [[_cell_text(v) for v in _filled(row)] for row in sheet.iter_rows(values_only=True)]


def _fill_down(numbered: list[tuple[int, list[str]]], ranges) -> None:
    """A merged cell's value in its column, on the rows of people under it: never from
    the headings or above (a heading is nobody's job title), never into another column
    (a block over two columns holds one field's value), never onto a row that holds
    nothing of its own (a merge over empty rows makes no people)."""
    at = numbered[0][0]  # the headings' row
    numbers = [i for i, _cells in numbered]
    for column, first_row, last_row in ranges:
        k = bisect_left(numbers, first_row)
        if first_row <= at or k == len(numbers) or numbers[k] != first_row:
            continue
        top = numbered[k][1]
        value = top[column - 1] if column <= len(top) else ""
        if not value:
            continue
        for _row, cells in numbered[k + 1 : bisect_right(numbers, last_row)]:
            cells.extend([""] * (column - len(cells)))
            if not cells[column - 1]:
                cells[column - 1] = value


def _sheet(records: list[list[str]], name: str, merged=()) -> Sheet:
    numbered = [(i, [c.strip() for c in r]) for i, r in enumerate(records, start=1)]
    numbered = [(i, r) for i, r in numbered if any(r)]  # empty lines, trailing or not
    if not numbered:
        raise DomainError(
            QT_TRANSLATE_NOOP(
                "DomainError", "The file {name} is empty: there is no header row and no data."
            ),
            name=name,
        )
    numbered = [(i, _filled(r, "")) for i, r in numbered]
    start = _headings_at(numbered)
    above, numbered = [i for i, _r in numbered[:start]], numbered[start:]
    _fill_down(numbered, merged)
    width = max(len(r) for _i, r in numbered)  # a cell right of the headers too
    if width > MAX_COLUMNS:
        raise DomainError(
            QT_TRANSLATE_NOOP(
                "DomainError",
                "The file {name} has {count} columns, more than a staff list holds (at most "
                "{most}). Nothing was imported: save the list with only its own columns, "
                "and nothing far to the right of them.",
            ),
            name=name,
            count=width,
            most=MAX_COLUMNS,
        )
    (at, headers), *rows = [(i, r + [""] * (width - len(r))) for i, r in numbered]
    return Sheet(headers, rows, above, at)


def _headings_at(numbered: list[tuple[int, list[str]]]) -> int:
    """Which of the first rows holds the headings: the first, unless it is a title (it
    names fewer than two columns rmentor knows) and a later one names the e-mail
    address and the last name (HR's title and date lines above the list). A first row
    of headings without an e-mail column stays the headings: a person's row below that
    reads like headings ("Naam", "Mail") is no heading."""
    if len(set(detect_mapping(numbered[0][1])) - {None}) >= 2:
        return 0
    for k, (_i, cells) in enumerate(numbered[:HEADINGS_WITHIN]):
        found = set(detect_mapping(cells))
        if "email" in found and found & {"last_name", "name"}:
            return k
    return 0


HEADINGS_WITHIN = 10  # rows looked at for the headings

MAX_COLUMNS = 500  # a staff list's; a sheet with a cell at column XFD has 16,384


def _filled(cells, empty=None):
    """The cells up to the last one that holds something."""
    end = len(cells)
    while end and cells[end - 1] in (empty, None):
        end -= 1
    return list(cells[:end])


def parse_date(text: str) -> dt.date:
    """31-12-2026, 31/12/2026, 31.12.2026 or 2026-12-31; ValueError otherwise."""
    text = text.strip()
    for fmt in ("%d-%m-%Y", "%d/%m/%Y", "%d.%m.%Y", "%Y-%m-%d", "%d-%m-%y", "%d/%m/%y"):
        try:
            return dt.datetime.strptime(text, fmt).date()
        except ValueError:
            continue
    raise ValueError(text)


def safe_text(value: str) -> str:
    """Text a spreadsheet will not run as a formula: a leading quote marks it as text."""
    return "'" + value if value.startswith(FORMULA_START) else value


def unsafe_text(value: str) -> str:
    """Undo safe_text when reading our own exports back."""
    if value.startswith("'") and value[1:].startswith(FORMULA_START):
        return value[1:]
    return value


def _rows_while(rows: list[list], going_on) -> object:
    """The rows, asking going_on(rows done, rows in all) before the first and every
    500th: False stops."""
    for n, row in enumerate(rows):
        if going_on is not None and n % 500 == 0 and not going_on(n, len(rows)):
            raise Stopped
        yield row


def write_sheet(
    path: str | os.PathLike, headers: list[str], rows: list[list], going_on=None
) -> None:
    """Write .xlsx or .csv (UTF-8 with BOM, ';': Dutch Excel opens it in columns);
    the file appears whole or not at all, also when going_on() says stop (Stopped)."""
    path = Path(path)
    refuse_overwriting(path)
    tmp = path.with_name(path.name + ".part")
    try:
        if path.suffix.lower() == ".xlsx":
            _write_xlsx(tmp, headers, rows, going_on)
        else:
            with open(tmp, "w", encoding="utf-8-sig", newline="") as f:
                writer = csv.writer(f, delimiter=";", lineterminator="\r\n")
                writer.writerow(headers)
                for row in _rows_while(rows, going_on):
                    writer.writerow([safe_text(_csv_value(v)) for v in row])
        os.replace(tmp, path)
    except Stopped:
        tmp.unlink(missing_ok=True)
        raise
    except OSError as exc:
        with contextlib.suppress(OSError):  # a read-only disk refuses this too
            tmp.unlink(missing_ok=True)
        raise DomainError(
            QT_TRANSLATE_NOOP("DomainError", "The file {name} cannot be written: {reason}."),
            name=path.name,
            reason=system_reason(exc),
        ) from None


def _csv_value(value) -> str:
    if value is None:
        return ""
    if isinstance(value, dt.date):
        return value.strftime("%d-%m-%Y")
    return str(value)


def _write_xlsx(path: Path, headers: list[str], rows: list[list], going_on=None) -> None:
    """In openpyxl's write-only mode: each row is written as it comes, so the time grows
    with the rows (the normal mode's per-row lookups made 100,000 rows take hours)."""
    import openpyxl
    from openpyxl.cell import WriteOnlyCell
    from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE
    from openpyxl.styles import Font
    from openpyxl.utils import get_column_letter

    book = openpyxl.Workbook(write_only=True)
    sheet = book.create_sheet()
    widths = [len(str(h)) for h in headers]
    for row in rows:
        for i, value in enumerate(row[: len(widths)]):
            widths[i] = max(widths[i], len(str(value or "")))
    for i, width in enumerate(widths, start=1):  # set before the rows, as write-only asks
        sheet.column_dimensions[get_column_letter(i)].width = min(60, max(10, width + 2))
    sheet.freeze_panes = "A2"
    bold = Font(bold=True)

    def header(value):
        cell = WriteOnlyCell(sheet, value=value)
        cell.font = bold
        return cell

    def cell_of(value):
        if isinstance(value, str):
            # XML cannot hold most control characters (a vertical tab pasted from Word)
            value = ILLEGAL_CHARACTERS_RE.sub(" ", value)
        cell = WriteOnlyCell(sheet, value=value)
        if isinstance(value, str) and value.startswith(FORMULA_START):
            cell.data_type = "s"  # keep it text: openpyxl would write a formula
            cell.quotePrefix = True
        elif isinstance(value, dt.date):
            cell.number_format = "DD-MM-YYYY"
        return cell

    sheet.append([header(h) for h in headers])
    # the workbook is put together in memory, then written in one go: a disk that fills
    # up midway fails our write, not openpyxl's, which would leave its zip and row writer
    # open to fail again (and print tracebacks) when they are collected
    whole = io.BytesIO()
    try:
        for row in _rows_while(rows, going_on):
            sheet.append([cell_of(v) for v in row])
    except Stopped:
        book.save(whole)  # finished, or its row writer would fail when it is collected
        raise
    book.save(whole)
    with open(path, "wb") as f:
        f.write(whole.getbuffer())
