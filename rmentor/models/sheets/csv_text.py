"""What a CSV's bytes say beyond its cells: the encoding it was saved in, the delimiter
its columns are kept apart by, and a quote mark left open."""

import re
from collections import Counter


def decoded(data: bytes) -> str:
    if data.startswith(b"\xef\xbb\xbf"):
        return _utf8_else_by_line(data[3:])
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):  # "Unicode text" from Excel
        return data.decode("utf-16", errors="replace")
    start = data[:200]  # UTF-16 without its mark: every other byte of Latin text is 0
    if start and start[1::2].count(0) > len(start) // 4:
        return data.decode("utf-16-le", errors="replace")
    if start and start[0::2].count(0) > len(start) // 4:
        return data.decode("utf-16-be", errors="replace")
    return _utf8_else_by_line(data)


def _utf8_else_by_line(data: bytes) -> str:
    """UTF-8; else what Excel saves: Windows-1252, or Mac Roman where the lines end in a
    return alone (Excel for Mac's "CSV (Macintosh)"). A list with as many lines in UTF-8
    as not, a row or two from another program, is read line by line (the others as
    Windows-1252): one "é" at its end garbled every name in it ("ZoÃ«"). A list mostly
    in Windows-1252 is read as such throughout: a line of it can read as UTF-8 by
    accident ("DUPRÉ–LEROY" as "DUPRɖLEROY")."""
    text = _utf8(data)
    if text is not None:
        return text
    mac = b"\r" in data and b"\n" not in data
    legacy = "mac_roman" if mac else "cp1252"
    parts = LINE_ENDS.split(data)  # lines, each followed by the end it had
    utf8 = other = 0
    for line in parts[0::2]:
        if max(line, default=0) < 0x80:
            continue  # plain ASCII reads the same either way
        if _utf8(line) is None:
            other += 1
        else:
            utf8 += 1
    if utf8 < other:
        return data.decode(legacy, errors="replace")
    return "".join(
        _line(part) if k % 2 == 0 else part.decode("ascii") for k, part in enumerate(parts)
    )


def _line(line: bytes) -> str:
    text = _utf8(line)
    return text if text is not None else line.decode("cp1252", errors="replace")


def _utf8(data: bytes) -> str | None:
    """The bytes as UTF-8, or None where they are not, or only by accident: Windows-1252's
    "É–" and "É " read as UTF-8 give phonetic letters, which no name is written in."""
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        return None
    return None if ACCIDENTAL.search(text) else text


LINE_ENDS = re.compile(rb"(\r\n|\r|\n)")
ACCIDENTAL = re.compile("[\u0250-\u02af]")  # the IPA's letters


def steadiness(delimiter: str, lines: list[str]) -> tuple[int, int]:
    """How the delimiter runs through the first lines: on how many it comes as often as
    it most often does, and how often that is. A list's own delimiter comes once per
    column on every line; a title above it ("Personeelslijst, dec") or a heading with
    commas in quotes has some of another on one line only."""
    counts = Counter(n for line in lines if (n := line.count(delimiter)))
    if not counts:
        return (0, 0)
    times, lines_with = counts.most_common(1)[0]
    return (lines_with, times)


def unclosed_quote(records: list[list[str]], delimiter: str) -> int:
    """The row where a quoted cell swallowed what follows: a quote that was never closed.
    Such a cell holds whole rows: lines with (nearly) as many delimiters as the headers
    have, and an e-mail address, as every person's row does. A remark typed on two lines
    ("AI, design, data" / "ma, di"), or an address ("Main St 1, 1234 AB, Zwolle, NL"),
    holds no address of a person."""
    if not records:
        return 0
    row_like = max(1, len(records[0]) - 2)
    for number, record in enumerate(records, start=1):
        for cell in record:
            lines = cell.splitlines()[1:]
            if any(line.count(delimiter) >= row_like and "@" in line for line in lines):
                return number
    return 0
