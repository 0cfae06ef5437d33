"""What every rmentor PDF shares: A4 with room to punch, our font, header and footer
with "page X of Y", and a stylesheet (after pretix's invoice renderer)."""

import datetime as dt
import hashlib
import io
from pathlib import Path

from reportlab import rl_config
from reportlab.graphics.shapes import STATE_DEFAULTS
from reportlab.lib import colors
from reportlab.lib.enums import TA_LEFT
from reportlab.lib.enums import TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.styles import StyleSheet1
from reportlab.lib.units import mm
from reportlab.lib.utils import TimeStamp
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import BaseDocTemplate
from reportlab.platypus import Frame
from reportlab.platypus import PageTemplate
from reportlab.platypus import Paragraph
from reportlab.platypus import Table
from reportlab.platypus import TableStyle

from rmentor.models.storage import datafile
from rmentor.models.storage.files import write_bytes
from rmentor.resources import RESOURCES
from rmentor.translator import Translator

FONT, FONT_BOLD = "DejaVuSans", "DejaVuSans-Bold"
GREY = colors.Color(0.35, 0.35, 0.35)
LIGHT = colors.Color(0.92, 0.92, 0.92)
RULE = colors.Color(0.6, 0.6, 0.6)


BOLD = {"fontName": FONT_BOLD}
INDENTED = {"leftIndent": 5 * mm, "bulletIndent": 1 * mm, "alignment": TA_LEFT}
# (name, parent, what differs from it): every style is Normal's font, or its bold
STYLES = [
    ("Small", "Normal", {"fontSize": 8, "leading": 10, "textColor": GREY}),
    ("Cell", "Normal", {"fontSize": 8.5, "leading": 10.5}),
    # header words are never split ("Gesprekk|en"): a column is made wide enough instead
    ("CellBold", "Cell", {**BOLD, "splitLongWords": False}),
    ("CellRight", "Cell", {"alignment": TA_RIGHT}),
    ("CellBoldRight", "CellBold", {"alignment": TA_RIGHT}),
    ("Title", "Normal", {**BOLD, "fontSize": 24, "leading": 30, "spaceAfter": 8 * mm}),
    ("Subtitle", "Normal", {"fontSize": 13, "leading": 18, "spaceAfter": 3 * mm}),
    (
        "Heading1",
        "Normal",
        {**BOLD, "fontSize": 15, "leading": 19, "spaceBefore": 2 * mm, "spaceAfter": 4 * mm},
    ),
    (
        "Heading2",
        "Normal",
        {**BOLD, "fontSize": 11.5, "leading": 15, "spaceBefore": 5 * mm, "spaceAfter": 2 * mm},
    ),
    ("Bullet", "Normal", INDENTED),
    ("Heading2Tight", "Heading2", {"spaceBefore": 3 * mm, "spaceAfter": 1 * mm}),
    ("SmallBullet", "Small", INDENTED),
    # a page of notes read when a figure is questioned: a size smaller, still black
    ("NoteBullet", "Bullet", {"fontSize": 9, "leading": 11.5}),
    ("Stamp", "Normal", {**BOLD, "fontSize": 11, "leading": 14}),
]


def register_fonts() -> None:
    """DejaVu covers every European name (Øyvind Ærø, Zoë Ĳsselstein, Ömer Çelik)."""
    if FONT in pdfmetrics.getRegisteredFontNames():
        return
    folder = RESOURCES / "fonts"
    pdfmetrics.registerFont(TTFont(FONT, str(folder / "DejaVuSans.ttf")))
    pdfmetrics.registerFont(TTFont(FONT_BOLD, str(folder / "DejaVuSans-Bold.ttf")))
    pdfmetrics.registerFontFamily(
        FONT, normal=FONT, bold=FONT_BOLD, italic=FONT, boldItalic=FONT_BOLD
    )
    # Charts start from this state; its Helvetica would be named but never embedded.
    STATE_DEFAULTS["fontName"] = FONT


def fitted(text: str, width: float, canvas, size: float = 8) -> str:
    """The text, shortened with an ellipsis where it is wider than `width`."""
    if canvas.stringWidth(text, FONT, size) <= width:
        return text
    while text and canvas.stringWidth(text + "…", FONT, size) > width:
        text = text[:-1]
    return text.rstrip() + "…"


class DayStamp(TimeStamp):
    """The start of the day the document is made, here, as ReportLab's creation date
    (midnight UTC would be the day before west of Greenwich)."""

    def __init__(self, day: dt.date):
        midnight = dt.datetime.combine(day, dt.time(0, 0)).astimezone()
        minutes = int(midnight.utcoffset().total_seconds()) // 60
        self.t = midnight.timestamp()
        self.lt = midnight.timetuple()
        self.YMDhms = tuple(self.lt)[:6]
        sign = -1 if minutes < 0 else 1
        self.dhh, self.dmm = sign * (abs(minutes) // 60), abs(minutes) % 60
        self.tzname = midnight.tzname()


def numbered_canvas(tr: Translator, made: dt.date):
    """A canvas that knows the page count when it draws each footer (two passes)."""

    class NumberedCanvas(Canvas):
        def __init__(self, *args, **kwargs):
            super().__init__(*args, **kwargs)
            # invariant output stamps 1 January 2000; a reader expects the day it was made.
            # Not through SOURCE_DATE_EPOCH: the process environment is shared by every
            # thread, and reports are drawn on one
            stamp = self._doc._timeStamp = DayStamp(made)
            # and the file's fingerprint (/ID) seeded by that day, as ReportLab seeds it
            # by its own stamp (which a SOURCE_DATE_EPOCH in the environment would set)
            self._doc.signature = hashlib.md5(usedforsecurity=False)
            self._doc.signature.update(b"a reportlab document" + ascii(stamp.t).encode())
            self._pages = []

        def showPage(self):  # noqa: N802 - ReportLab's name
            self._pages.append(dict(self.__dict__))
            self._startPage()

        def save(self):
            total = len(self._pages)
            for state in self._pages:
                self.__dict__.update(state)
                self.setFont(FONT, 8)
                self.setFillColor(GREY)
                self.drawRightString(
                    A4[0] - Document.right_margin,
                    12 * mm,
                    tr.translate("Report", "Page {page} of {total}").format(
                        page=self._pageNumber, total=total
                    ),
                )
                super().showPage()
            super().save()

    return NumberedCanvas


class Document:
    """A document with our page layout; subclasses give a title and a story."""

    pagesize = A4
    left_margin = 25 * mm  # room for punching holes
    right_margin = 20 * mm
    top_margin = 22 * mm
    bottom_margin = 22 * mm

    def __init__(self, language: str = "en", today: dt.date | None = None):
        register_fonts()
        rl_config.invariant = 1  # no time stamps or random ids: the same input, the same bytes
        rl_config.canvas_basefontname = FONT  # else every page names Helvetica, not embedded
        self.tr = Translator(language)
        self.today = today or dt.date.today()
        self.styles = self.stylesheet()
        self.frame_width = self.pagesize[0] - self.left_margin - self.right_margin

    def title(self) -> str:
        raise NotImplementedError

    def header_text(self) -> str:
        return self.title()

    def story(self) -> list:
        raise NotImplementedError

    def author(self) -> str:
        """Who made it, for the PDF's properties (the coordinator's programme)."""
        return "rmentor"

    def audience(self) -> str:
        """Who the document is for, printed at the top right of every page."""
        return self.tr.translate("Report", "Confidential - for management")

    def stylesheet(self) -> StyleSheet1:
        sheet = StyleSheet1()
        sheet.add(
            ParagraphStyle("Normal", fontName=FONT, bulletFontName=FONT, fontSize=9.5, leading=13)
        )
        for name, parent, look in STYLES:
            sheet.add(ParagraphStyle(name, parent=sheet[parent], **look))
        return sheet

    def p(self, text: str, style: str = "Normal") -> Paragraph:
        return Paragraph(text, self.styles[style])

    def stamp(self, text: str) -> Table:
        """A boxed line, like a rubber stamp on the cover."""
        table = Table([[Paragraph(text, self.styles["Stamp"])]], colWidths=[self.frame_width])
        table.setStyle(
            TableStyle(
                [
                    ("FONTNAME", (0, 0), (-1, -1), FONT),
                    ("BOX", (0, 0), (-1, -1), 1.2, colors.black),
                    ("TOPPADDING", (0, 0), (-1, -1), 6),
                    ("BOTTOMPADDING", (0, 0), (-1, -1), 6),
                    ("LEFTPADDING", (0, 0), (-1, -1), 8),
                ]
            )
        )
        return table

    def table(
        self,
        rows: list[list],
        widths: list[float],
        header: bool = True,
        align_right: tuple[int, ...] = (),
    ) -> Table:
        """A table whose widths are fractions of the frame, long text wrapped in its cell."""
        cells = []
        for r, row in enumerate(rows):
            style = "CellBold" if header and r == 0 else "Cell"
            cells.append(
                [
                    c
                    if not isinstance(c, str)
                    else Paragraph(c, self.styles[style + ("Right" if i in align_right else "")])
                    for i, c in enumerate(row)
                ]
            )
        table = Table(
            cells, colWidths=[w * self.frame_width for w in widths], repeatRows=1 if header else 0
        )
        commands = [
            ("FONTNAME", (0, 0), (-1, -1), FONT),  # Table's own default is Helvetica
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("LINEBELOW", (0, 0), (-1, -1), 0.25, RULE),
            ("TOPPADDING", (0, 0), (-1, -1), 2.5),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 2.5),
        ]
        if header:
            commands += [
                ("BACKGROUND", (0, 0), (-1, 0), LIGHT),
                ("LINEBELOW", (0, 0), (-1, 0), 0.8, colors.black),
            ]
        for column in align_right:
            commands.append(("ALIGN", (column, 0), (column, -1), "RIGHT"))
        table.setStyle(TableStyle(commands))
        return table

    def _on_page(self, canvas, doc) -> None:
        canvas.saveState()
        canvas.setFont(FONT, 8)
        canvas.setFillColor(GREY)
        top = self.pagesize[1] - 12 * mm
        audience = self.audience()
        right = self.pagesize[0] - self.right_margin
        room = right - self.left_margin - canvas.stringWidth(audience, FONT, 8) - 6 * mm
        canvas.drawString(self.left_margin, top, fitted(self.header_text(), room, canvas))
        canvas.drawRightString(right, top, audience)
        canvas.setStrokeColor(RULE)
        canvas.setLineWidth(0.4)
        canvas.line(
            self.left_margin, top - 2 * mm, self.pagesize[0] - self.right_margin, top - 2 * mm
        )
        canvas.drawString(
            self.left_margin,
            12 * mm,
            self.tr.translate("Report", "Made on {date} with rmentor").format(
                date=self.tr.date(self.today)
            ),
        )
        canvas.restoreState()

    def render(self) -> bytes:
        """The PDF as bytes; where it goes is the caller's to decide (write, or a use case)."""
        out = io.BytesIO()
        doc = BaseDocTemplate(
            out,
            pagesize=self.pagesize,
            leftMargin=self.left_margin,
            rightMargin=self.right_margin,
            topMargin=self.top_margin,
            bottomMargin=self.bottom_margin,
            title=self.title(),
            author=self.author(),
            creator="rmentor",
            lang=self.tr.language,
        )
        frame = Frame(doc.leftMargin, doc.bottomMargin, doc.width, doc.height, id="body")
        doc.addPageTemplates([PageTemplate("page", [frame], onPage=self._on_page)])
        doc.build(self.story(), canvasmaker=numbered_canvas(self.tr, self.today))
        return out.getvalue()

    def write(self, path: Path) -> Path:
        """The PDF at path, whole or not at all (a full disk leaves no half PDF behind)."""
        datafile.refuse_overwriting(Path(path))
        return write_bytes(path, self.render())
