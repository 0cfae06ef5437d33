"""What openpyxl's read-only mode leaves out of a workbook: which sheet holds the list,
its merged cells and its hidden rows (read from the sheet's own XML; its formulas are
models.sheets.formula_cells')."""

import re
import zipfile

from rmentor.models.errors import DomainError
from rmentor.models.text.i18n import QT_TRANSLATE_NOOP

ROW_TAG = re.compile(rb"<(?:\w+:)?row\s([^>]*)>")
ROW_NUMBER = re.compile(rb"""\br\s*=\s*["'](\d+)["']""")
HIDDEN = re.compile(rb"""\bhidden\s*=\s*["'](?:1|true)["']""")
MERGED = re.compile(  # column and row of either end, "$" and lower case as they come
    rb"""<(?:\w+:)?mergeCell\s[^>]*?\bref\s*=\s*["']\$?([A-Za-z]+)\$?([0-9]+)"""
    rb"""(?::\$?([A-Za-z]+)\$?([0-9]+))?["']"""
)


class SeveralSheets(DomainError):
    """A workbook with rows on more than one of its sheets: which one is the staff list is
    the coordinator's choice (`sheets`: each sheet's name and rows, in the book's order)."""

    def __init__(self, name: str, sheets: list[tuple[str, int]], hidden: bool = False):
        several = QT_TRANSLATE_NOOP(
            "DomainError",
            "The workbook {name} has rows on more than one sheet: {sheets}. Nothing was "
            "imported; choose the sheet to import (the window asks which, the command "
            "line takes --sheet NAME).",
        )
        only_hidden = QT_TRANSLATE_NOOP(
            "DomainError",
            "The workbook {name} has rows only on hidden sheets: {sheets}. Nothing was "
            "imported; choose the sheet to import if it holds the list (the window asks "
            "which, the command line takes --sheet NAME).",
        )
        super().__init__(
            only_hidden if hidden else several,
            name=name,
            sheets=", ".join(f'"{title}"' for title, _rows in sheets),
        )
        self.sheets = sheets
        self.hidden = hidden


def chosen_sheet(book, name: str, sheet_name: str | None):
    if sheet_name is not None:
        if sheet_name not in book.sheetnames:
            raise DomainError(
                QT_TRANSLATE_NOOP(
                    "DomainError",
                    'The workbook {name} has no sheet "{sheet}"; its sheets: {sheets}.',
                ),
                name=name,
                sheet=sheet_name,
                sheets=", ".join(f'"{title}"' for title in book.sheetnames),
            )
        chosen = book[sheet_name]
        if not hasattr(chosen, "iter_rows"):
            raise DomainError(
                QT_TRANSLATE_NOOP(
                    "DomainError", 'The sheet "{sheet}" of {name} is a chart, not a list.'
                ),
                name=name,
                sheet=sheet_name,
            )
        return chosen
    visible = [s for s in book.worksheets if s.sheet_state == "visible"]
    filled = [s for s in visible if _has_rows(s)]
    if len(filled) > 1:
        raise SeveralSheets(name, [(s.title, _row_count(s)) for s in filled])
    if filled:
        return filled[0]
    hidden = [s for s in book.worksheets if s.sheet_state != "visible" and _has_rows(s)]
    if hidden:  # what HR put away is read only when chosen
        raise SeveralSheets(name, [(s.title, _row_count(s)) for s in hidden], hidden=True)
    return (visible or book.worksheets)[0]  # said to be empty


def _has_rows(sheet) -> bool:
    sheet.reset_dimensions()
    return any(_filled_row(row) for row in sheet.iter_rows(values_only=True))


def _row_count(sheet) -> int:
    """Its rows with a value, not the headings: the people the coordinator would see."""
    return max(0, sum(_filled_row(row) for row in sheet.iter_rows(values_only=True)) - 1)


def _filled_row(values) -> bool:
    return any(v is not None and str(v).strip() for v in values)


def sheet_xml(handle, sheet) -> bytes:
    """The sheet's own XML, for what openpyxl's read-only mode does not give (merged
    cells, hidden rows): searched, not parsed, since parsing every cell again took a
    quarter of a second for 10,000 rows."""
    where = getattr(sheet, "_worksheet_path", None)  # openpyxl's own, not promised to stay
    if where is None:
        return b""
    with zipfile.ZipFile(handle) as archive:
        return archive.read(where)


def merged_ranges(xml: bytes) -> list[tuple[int, int, int]]:
    """The sheet's merged cells as (column, first row, last row): a department typed once
    and merged over four people's rows is theirs all four."""
    from openpyxl.utils.cell import column_index_from_string

    ranges = []
    for column, first, _last_column, last in MERGED.findall(xml):
        first_row = int(first)
        ranges.append(
            (
                column_index_from_string(column.decode("ascii").upper()),
                first_row,
                int(last or first),
            )
        )
    return ranges


def hidden_rows(xml: bytes) -> set[int]:
    """The rows hidden in Excel: HR hides the people who left as often as it deletes them."""
    return {
        int(number.group(1))
        for attributes in ROW_TAG.findall(xml)
        if HIDDEN.search(attributes) and (number := ROW_NUMBER.search(attributes))
    }
