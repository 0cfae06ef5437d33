"""Seeing a document before it is printed: the pages of a PDF held in memory, drawn with
PDFium (pypdfium2), shown page by page with thumbnails and zoom, printed through the
system's print dialog and saved as a PDF. Nothing here is loaded before the first
preview is opened, and no page is ever written to a temporary file."""
