"""A live PDF preview that never touches the disk, and printing of what it shows.

Owns ``PdfPreview``: PDF bytes built in memory are handed to a ``QPdfDocument`` through a
``QBuffer`` (SECURITY.md: no temporary files for documents that may carry names) and shown in a
``QPdfView``, one page after another, fitted to the width. ``print_to`` renders each page as an
image at the printer's resolution and paints it on a ``QPrinter``, so printing leaves no file
behind either. ``clear`` drops the bytes and the rendered pages (used on lock).
"""

from __future__ import annotations

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QRect, QSize, Qt
from PySide6.QtGui import QPageLayout, QPainter
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QLabel, QStackedLayout, QWidget

# A4 at 300 dpi is about 2,500 x 3,500 pixels; more only costs memory on the way to the printer.
MAX_PRINT_DPI = 300


class PdfPreview(QWidget):
    """Shows PDF bytes; ``has_document`` is true once a document is loaded and ready."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.document = QPdfDocument(self)
        self.view = QPdfView(self)
        self.view.setDocument(self.document)
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self.view.setAccessibleName(self.tr("Document preview"))
        self.placeholder = QLabel(self.tr("The preview appears here."))
        self.placeholder.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.placeholder.setWordWrap(True)
        self._stack = QStackedLayout(self)
        self._stack.addWidget(self.placeholder)
        self._stack.addWidget(self.view)
        self._bytes: QByteArray | None = None
        self._buffer: QBuffer | None = None

    @property
    def has_document(self) -> bool:
        return self.document.status() == QPdfDocument.Status.Ready and self.page_count() > 0

    def page_count(self) -> int:
        return self.document.pageCount()

    def show_pdf(self, data: bytes) -> None:
        """Show ``data`` (a whole PDF), replacing what was shown."""
        self._drop()
        self._bytes = QByteArray(data)
        self._buffer = QBuffer(self)
        self._buffer.setData(self._bytes)
        self._buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        self.document.load(self._buffer)
        self._stack.setCurrentWidget(self.view)

    def show_message(self, text: str) -> None:
        """Replace the preview with a sentence (an error, or why there is nothing to show)."""
        self._drop()
        self.placeholder.setText(text)
        self._stack.setCurrentWidget(self.placeholder)

    def clear(self) -> None:
        """Drop the document and its bytes."""
        self.show_message(self.tr("The preview appears here."))

    def _drop(self) -> None:
        self.document.close()
        if self._buffer is not None:
            self._buffer.close()
            self._buffer.deleteLater()
        self._buffer = None
        self._bytes = None

    def print_to(self, printer: QPrinter) -> int:
        """Paint every page on ``printer`` at its resolution; returns the pages printed."""
        count = self.page_count()
        if count == 0:
            return 0
        first = self.document.pagePointSize(0)
        landscape = first.width() > first.height()
        printer.setPageOrientation(QPageLayout.Orientation.Landscape if landscape
                                   else QPageLayout.Orientation.Portrait)
        dpi = min(printer.resolution(), MAX_PRINT_DPI)
        painter = QPainter()
        if not painter.begin(printer):
            return 0
        try:
            for page in range(count):
                if page:
                    printer.newPage()
                points = self.document.pagePointSize(page)
                size = QSize(max(1, round(points.width() / 72 * dpi)),
                             max(1, round(points.height() / 72 * dpi)))
                image = self.document.render(page, size)
                target = painter.viewport()
                scaled = size.scaled(target.size(), Qt.AspectRatioMode.KeepAspectRatio)
                painter.drawImage(QRect(target.x(), target.y(), scaled.width(),
                                        scaled.height()), image)
        finally:
            painter.end()
        return count
