"""Print preview of a PDF (statements, letters, reports) and printing through Qt's print dialog.

``PrintPreviewDialog(pdf_path, parent)`` shows every page (rendered with QtPdf and painted onto
white, since QPdfDocument renders with a transparent background), with zoom, and prints through
``QPrintDialog`` to any printer, including Qt's PDF printer ("Print to File").
``preview_pdf(parent, path)`` opens it; ``show_statement_preview(ctx, code, date_from, date_to)``
builds a customer's statement off the GUI thread and previews it.
"""

from __future__ import annotations

import datetime as dt
import tempfile
from pathlib import Path

from PySide6.QtCore import QPoint, QRect, QSize, Qt
from PySide6.QtGui import QColor, QImage, QPainter, QPixmap
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from app.ui.widgets import fit_to_screen

PRINT_DPI = 300  # enough for text; a 1200 dpi printer gets the page scaled up


def render_page(doc: QPdfDocument, page: int, size: QSize) -> QImage:
    """One page as an opaque image: QtPdf's ARGB32 render painted onto white."""
    raw = doc.render(page, size)
    out = QImage(size, QImage.Format.Format_RGB32)
    out.fill(QColor("white"))
    p = QPainter(out)
    p.drawImage(QPoint(0, 0), raw)
    p.end()
    return out


def page_pixel_size(doc: QPdfDocument, page: int, dpi: float) -> QSize:
    pts = doc.pagePointSize(page)
    return QSize(max(1, round(pts.width() * dpi / 72)), max(1, round(pts.height() * dpi / 72)))


def print_document(doc: QPdfDocument, printer: QPrinter) -> int:
    """Paint the document's pages onto ``printer`` (honouring a page range); returns pages printed."""
    n = doc.pageCount()
    first, last = 1, n
    if printer.printRange() == QPrinter.PrintRange.PageRange and printer.fromPage() > 0:
        first = max(1, printer.fromPage())
        last = min(n, printer.toPage() or n)
    painter = QPainter()
    if not painter.begin(printer):
        return 0
    printed = 0
    try:
        dpi = min(printer.resolution(), PRINT_DPI)
        for i in range(first - 1, last):
            if printed:
                printer.newPage()
            img = render_page(doc, i, page_pixel_size(doc, i, dpi))
            target = painter.viewport()
            scaled = img.size().scaled(target.size(), Qt.AspectRatioMode.KeepAspectRatio)
            painter.setViewport(QRect(target.x(), target.y(), scaled.width(), scaled.height()))
            painter.setWindow(img.rect())
            painter.drawImage(0, 0, img)
            painter.setViewport(target)
            painter.setWindow(QRect(0, 0, target.width(), target.height()))
            printed += 1
    finally:
        painter.end()
    return printed


class PrintPreviewDialog(QDialog):
    """Pages of a PDF, stacked, with zoom and Print…"""

    ZOOMS = (0.5, 0.75, 1.0, 1.25, 1.5, 2.0)

    def __init__(self, pdf_path: str | Path, parent: QWidget | None = None, title: str = "") -> None:
        super().__init__(parent)
        self.path = Path(pdf_path)
        self.setWindowTitle(title or self.tr("Print preview — %1").replace("%1", self.path.name))
        fit_to_screen(self, 820, 900)
        self.doc = QPdfDocument(self)
        err = self.doc.load(str(self.path))
        self.load_error = err != QPdfDocument.Error.None_
        self.zoom_index = 2
        self.page_labels: list[QLabel] = []

        self.info = QLabel()
        self.zoom_out_btn = QPushButton(self.tr("Zoom out"))
        self.zoom_in_btn = QPushButton(self.tr("Zoom in"))
        self.save_btn = QPushButton(self.tr("Save PDF…"))
        self.print_btn = QPushButton(self.tr("Print…"))
        self.print_btn.setDefault(True)
        self.close_btn = QPushButton(self.tr("Close"))
        self.zoom_out_btn.clicked.connect(lambda: self.set_zoom(self.zoom_index - 1))
        self.zoom_in_btn.clicked.connect(lambda: self.set_zoom(self.zoom_index + 1))
        self.save_btn.clicked.connect(self.save_copy)
        self.print_btn.clicked.connect(self.print_dialog)
        self.close_btn.clicked.connect(self.reject)

        bar = QHBoxLayout()
        bar.addWidget(self.info, 1)
        for b in (self.zoom_out_btn, self.zoom_in_btn, self.save_btn, self.print_btn, self.close_btn):
            bar.addWidget(b)

        self.pages = QWidget()
        self.pages_layout = QVBoxLayout(self.pages)
        self.pages_layout.setSpacing(12)
        self.pages_layout.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        self.scroll_area = QScrollArea()
        self.scroll_area.setWidgetResizable(True)
        self.scroll_area.setWidget(self.pages)
        self.scroll_area.setStyleSheet("QScrollArea { background: #6b7280; } QWidget#pages { background: #6b7280; }")
        self.pages.setObjectName("pages")

        lay = QVBoxLayout(self)
        lay.addLayout(bar)
        lay.addWidget(self.scroll_area, 1)
        self._render()

    @property
    def page_count(self) -> int:
        return 0 if self.load_error else self.doc.pageCount()

    def set_zoom(self, index: int) -> None:
        self.zoom_index = max(0, min(len(self.ZOOMS) - 1, index))
        self._render()

    def _render(self) -> None:
        for lbl in self.page_labels:
            lbl.deleteLater()
        self.page_labels = []
        if self.load_error:
            self.info.setText(self.tr("This PDF cannot be read: %1").replace("%1", str(self.path)))
            self.print_btn.setEnabled(False)
            self.save_btn.setEnabled(False)
            return
        zoom = self.ZOOMS[self.zoom_index]
        dpi = 96 * zoom * max(1.0, self.devicePixelRatioF())
        for i in range(self.doc.pageCount()):
            img = render_page(self.doc, i, page_pixel_size(self.doc, i, dpi))
            pm = QPixmap.fromImage(img)
            pm.setDevicePixelRatio(max(1.0, self.devicePixelRatioF()))
            lbl = QLabel()
            lbl.setPixmap(pm)
            lbl.setStyleSheet("border: 1px solid #374151;")
            self.pages_layout.addWidget(lbl)
            self.page_labels.append(lbl)
        self.info.setText(self.tr("%Ln page(s) · %1%", "", self.doc.pageCount())
                          .replace("%1", str(round(zoom * 100))))
        self.zoom_out_btn.setEnabled(self.zoom_index > 0)
        self.zoom_in_btn.setEnabled(self.zoom_index < len(self.ZOOMS) - 1)

    def print_to(self, printer: QPrinter) -> int:
        """Print every page (or the chosen range) on ``printer``; returns the pages printed."""
        if self.load_error:
            return 0
        return print_document(self.doc, printer)

    def make_printer(self) -> QPrinter:
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setDocName(self.path.stem)
        printer.setFromTo(1, max(1, self.page_count))
        return printer

    def print_dialog(self) -> None:
        printer = self.make_printer()
        dlg = QPrintDialog(printer, self)
        dlg.setWindowTitle(self.tr("Print"))
        dlg.setMinMax(1, max(1, self.page_count))
        dlg.setOption(QPrintDialog.PrintDialogOption.PrintPageRange, True)
        if dlg.exec() == QDialog.DialogCode.Accepted:
            self.print_to(printer)

    def save_copy(self) -> None:
        target, _ = QFileDialog.getSaveFileName(self, self.tr("Save PDF"), str(Path.home() / self.path.name),
                                                self.tr("PDF files (*.pdf)"))
        if target:
            Path(target).write_bytes(self.path.read_bytes())


def preview_pdf(parent: QWidget | None, path: str | Path, title: str = "") -> PrintPreviewDialog:
    """Open a preview window for ``path`` (non-modal); returns it."""
    dlg = PrintPreviewDialog(path, parent, title)
    dlg.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dlg.show()
    return dlg


def show_statement_preview(ctx: object, code: str, date_from: dt.date, date_to: dt.date, open_item: bool = False,
                           parent: QWidget | None = None) -> None:
    """Build a customer's statement off the GUI thread, then preview it (``ctx``: the AppContext)."""
    from app.services import statements
    from app.services.statement_pdf import write_statement_pdf

    def build(uow: object) -> Path:
        st = statements.statement(uow, code, date_from, date_to, open_item)  # type: ignore[arg-type]
        folder = Path(tempfile.mkdtemp(prefix="duebook-statement-"))
        return write_statement_pdf(st, folder / f"statement-{code}.pdf")

    ctx.call(build, on_done=lambda p: preview_pdf(parent, p), parent=parent)  # type: ignore[attr-defined]
