"""A PDF held in memory, its pages drawn as images at any scale (PDFium, via pypdfium2).

The bytes never touch the disk: a preview of a report with confidential-looking names
leaves nothing behind in the temp folder, even when the app is killed."""

from dataclasses import dataclass

import pypdfium2 as pdfium
from PySide6.QtCore import QRectF
from PySide6.QtCore import QSizeF
from PySide6.QtGui import QImage


@dataclass(frozen=True)
class TextRun:
    """One line piece of a page's text and where it sits, in points from the top left."""

    rect: QRectF
    text: str


class PdfPages:
    def __init__(self, data: bytes):
        self.data = data
        self.document = pdfium.PdfDocument(data)
        self.sizes = [QSizeF(*self.document.get_page_size(i)) for i in range(len(self.document))]

    def __len__(self) -> int:
        return len(self.sizes)

    def size(self, index: int) -> QSizeF:
        """The page's size in points (1/72 inch)."""
        return self.sizes[index]

    def image(
        self, index: int, scale: float, top: float = 0, bottom: float | None = None
    ) -> QImage:
        """The page (or the band of it from `top` to `bottom` points) at `scale` pixels
        per point, on white."""
        height = self.sizes[index].height()
        bottom = height if bottom is None else min(bottom, height)
        page = self.document[index]
        try:
            bitmap = page.render(
                scale=scale,
                crop=(0, height - bottom, 0, top),
                force_bitmap_format=pdfium.raw.FPDFBitmap_BGRx,
                rev_byteorder=True,  # RGBx: what QImage reads as it is
                may_draw_forms=False,
            )
            image = QImage(
                bitmap.buffer,
                bitmap.width,
                bitmap.height,
                bitmap.stride,
                QImage.Format.Format_RGBX8888,
            ).copy()  # the bitmap's memory goes with it
            bitmap.close()
        finally:
            page.close()
        return image

    def text_runs(self, index: int) -> list[TextRun]:
        """The page's text in pieces with their places: printed invisibly over the page's
        image, so that a report printed to a PDF can still be searched and copied."""
        height = self.sizes[index].height()
        page = self.document[index]
        text_page = page.get_textpage()
        runs = []
        try:
            for i in range(text_page.count_rects()):
                left, bottom, right, top = text_page.get_rect(i)
                text = text_page.get_text_bounded(left, bottom, right, top).strip()
                if text:
                    runs.append(
                        TextRun(QRectF(left, height - top, right - left, top - bottom), text)
                    )
        finally:
            text_page.close()
            page.close()
        return runs

    def close(self) -> None:
        self.document.close()
