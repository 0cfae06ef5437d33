"""Cells of a workbook whose value is not in the file: formulas a program wrote without
working them out, and formulas that came out as an error (#N/A). openpyxl reads the
first as empty cells and the second as text; the import names both instead.

The sheet's XML is parsed, not searched: a valid file may hold comments, CDATA, `</c >`,
cells without an address or UTF-16 text, and a pattern over raw bytes misread each of
them (or took minutes over a crafted file). Parsing is only done where the text shows a
formula or an error at all, which a staff list seldom has.
"""

import io
import posixpath
import re
import zipfile
from dataclasses import dataclass
from dataclasses import field
from xml.etree import ElementTree

MAY_HOLD = re.compile(rb"""<(?:\w+:)?f[\s>/]|\bt\s*=\s*["']e["']""")
ADDRESS = re.compile(r"\$?([A-Za-z]{1,3})\$?([0-9]{1,7})")
OFFICE_DOCUMENT = "/officeDocument"  # the relationship that names the workbook part
MOST_WORKBOOK_BYTES = 20_000_000  # a workbook part lists sheets and names: kilobytes


@dataclass
class FormulaCells:
    uncalculated: list[tuple[int, int]] = field(default_factory=list)  # (row, column)
    errors: list[tuple[int, int, str]] = field(default_factory=list)  # (row, column, "#N/A")


def formula_cells(xml: bytes, recalculated: bool) -> FormulaCells:
    """The sheet's cells whose formula has no value kept beside it (every formula's, when
    the workbook asks to be `recalculated` on opening), and those holding an error."""
    found = FormulaCells()
    utf16 = xml[:2] in (b"\xff\xfe", b"\xfe\xff") or b"\x00" in xml[:200]
    if not utf16 and not MAY_HOLD.search(xml):
        return found
    row = column = 0
    for event, element in ElementTree.iterparse(io.BytesIO(xml), events=("start", "end")):
        name = _local(element.tag)
        if event == "start" and name == "row":
            row = _number(element.get("r"), row + 1)
            column = 0
        elif event == "start" and name == "c":
            row, column = _address(element.get("r"), row, column + 1)
        elif event == "end" and name == "c":
            _weigh(element, row, column, recalculated, found)
            element.clear()
        elif event == "end" and name == "row":
            element.clear()
    return found


def _weigh(cell, row: int, column: int, recalculated: bool, found: FormulaCells) -> None:
    parts = {_local(child.tag): child for child in cell}
    formula, value, kind = parts.get("f"), parts.get("v"), cell.get("t")
    if kind == "e" and value is not None:
        found.errors.append((row, column, (value.text or "").strip()))
    if formula is None:
        return
    # empty text is a value where the cell says it holds text (="" in Excel)
    kept = value is not None and (bool(value.text) or kind == "str")
    if kept and not recalculated:
        return
    # an array formula is written once, in the first of the cells it fills
    covered = _range(formula.get("ref")) if formula.get("t") == "array" else None
    found.uncalculated += covered or [(row, column)]


def calculated_on_opening(handle) -> bool:
    """Whether the workbook asks to be calculated when it is opened: a program that wrote
    formulas without working them out (openpyxl, XlsxWriter) says so, and the values it
    left beside them (none, or a 0) are not theirs. The workbook part is found as Excel
    finds it, through the package's relationships."""
    with zipfile.ZipFile(handle) as archive:
        part = _workbook_part(archive)
        if part is None or archive.getinfo(part).file_size > MOST_WORKBOOK_BYTES:
            return False
        for _event, element in ElementTree.iterparse(io.BytesIO(archive.read(part))):
            if _local(element.tag) == "calcPr":
                return element.get("fullCalcOnLoad") in ("1", "true")
    return False


def _workbook_part(archive: zipfile.ZipFile) -> str | None:
    try:
        relationships = ElementTree.fromstring(archive.read("_rels/.rels"))
    except KeyError:
        return None
    for relation in relationships:
        if (relation.get("Type") or "").endswith(OFFICE_DOCUMENT):
            target = posixpath.normpath((relation.get("Target") or "").lstrip("/"))
            return target if target in archive.namelist() else None
    return None


def _local(tag) -> str:
    return tag.rsplit("}", 1)[-1] if isinstance(tag, str) else ""


def _number(text: str | None, otherwise: int) -> int:
    return int(text) if text and text.isdigit() else otherwise


def _address(reference: str | None, row: int, column: int) -> tuple[int, int]:
    """A cell's (row, column) from its address, or by its place: the address is optional."""
    from openpyxl.utils.cell import column_index_from_string

    match = ADDRESS.fullmatch(reference or "")
    if match is None:
        return row, column
    try:
        return int(match.group(2)), column_index_from_string(match.group(1).upper())
    except ValueError:  # past column XFD
        return row, column


def _range(reference: str | None) -> list[tuple[int, int]]:
    first, _, last = (reference or "").partition(":")
    top, left = _address(first, 0, 0)
    bottom, right = _address(last or first, top, left)
    if not top or not left or (bottom - top + 1) * (right - left + 1) > 1_000_000:
        return []
    return [(r, c) for r in range(top, bottom + 1) for c in range(left, right + 1)]
