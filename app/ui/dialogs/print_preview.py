"""Print preview of a PDF (statements, letters, reports) and printing through Qt's print dialog.

``PrintPreviewDialog(pdf_path, parent)`` shows the pages in a ``QPdfView`` (rendered lazily, only
those on screen) with a page navigator and zoom, and prints through ``QPrintDialog`` to any printer,
including Qt's PDF printer ("Print to File"); printing paints each page onto white (QPdfDocument
renders with a transparent background).
``preview_pdf(parent, path)`` opens it; ``show_statement_preview(ctx, code, date_from, date_to)``
builds a customer's statement off the GUI thread and previews it.
"""

from __future__ import annotations

import datetime as dt
import tempfile
from pathlib import Path

from PySide6.QtCore import QPoint, QPointF, QRect, QSize, Qt
from PySide6.QtGui import QColor, QImage, QPainter
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfPageSelector, QPdfView
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
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
    """Pages of a PDF in a ``QPdfView`` with a page navigator, zoom and Print…

    The view renders only the pages on screen, in the background, and keeps a cache of them: a
    merged batch of thousands of pages opens as fast as a one-page statement, and zooming redraws
    what is visible rather than the whole document.
    """

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

        self.view = QPdfView(self)
        self.view.setObjectName("pdfView")
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.view.setZoomMode(QPdfView.ZoomMode.Custom)
        self.view.setPageSpacing(12)
        self.view.setDocument(self.doc)
        self.navigator = self.view.pageNavigator()

        self.info = QLabel()
        self.prev_btn = QPushButton(self.tr("Previous page"))
        self.next_btn = QPushButton(self.tr("Next page"))
        self.page_selector = QPdfPageSelector(self)
        self.page_selector.setDocument(self.doc)
        self.page_selector.setToolTip(self.tr("Page"))
        self.zoom_out_btn = QPushButton(self.tr("Zoom out"))
        self.zoom_in_btn = QPushButton(self.tr("Zoom in"))
        self.fit_btn = QPushButton(self.tr("Fit width"))
        self.fit_btn.setCheckable(True)
        self.save_btn = QPushButton(self.tr("Save PDF…"))
        self.print_btn = QPushButton(self.tr("Print…"))
        self.print_btn.setDefault(True)
        self.close_btn = QPushButton(self.tr("Close"))
        self.prev_btn.clicked.connect(lambda: self.go_to_page(self.current_page - 1))
        self.next_btn.clicked.connect(lambda: self.go_to_page(self.current_page + 1))
        self.page_selector.currentPageChanged.connect(self.go_to_page)
        self.navigator.currentPageChanged.connect(self._page_changed)
        self.zoom_out_btn.clicked.connect(lambda: self.set_zoom(self.zoom_index - 1))
        self.zoom_in_btn.clicked.connect(lambda: self.set_zoom(self.zoom_index + 1))
        self.fit_btn.toggled.connect(self.fit_width)
        self.save_btn.clicked.connect(self.save_copy)
        self.print_btn.clicked.connect(self.print_dialog)
        self.close_btn.clicked.connect(self.reject)

        bar = QHBoxLayout()
        bar.addWidget(self.info, 1)
        for w in (self.prev_btn, self.page_selector, self.next_btn, self.zoom_out_btn, self.zoom_in_btn, self.fit_btn):
            bar.addWidget(w)
        actions = QHBoxLayout()  # below the pages, so that the dialog fits a narrow screen
        actions.addStretch(1)
        for w in (self.save_btn, self.print_btn, self.close_btn):
            actions.addWidget(w)

        lay = QVBoxLayout(self)
        lay.addLayout(bar)
        lay.addWidget(self.view, 1)
        lay.addLayout(actions)
        if self.load_error:
            self.info.setText(self.tr("This PDF cannot be read: %1").replace("%1", str(self.path)))
            for w in (self.print_btn, self.save_btn, self.prev_btn, self.next_btn, self.page_selector,
                      self.zoom_in_btn, self.zoom_out_btn, self.fit_btn):
                w.setEnabled(False)
        else:
            self.set_zoom(self.zoom_index)

    @property
    def page_count(self) -> int:
        return 0 if self.load_error else self.doc.pageCount()

    @property
    def current_page(self) -> int:
        """The page at the top of the view, from 0."""
        return self.navigator.currentPage()

    def go_to_page(self, page: int) -> None:
        if self.load_error:
            return
        page = max(0, min(self.page_count - 1, page))
        if page != self.current_page:
            self.navigator.jump(page, QPointF(), self.navigator.currentZoom())

    def _page_changed(self, page: int) -> None:
        if self.page_selector.currentPage() != page:
            self.page_selector.setCurrentPage(page)
        self.prev_btn.setEnabled(page > 0)
        self.next_btn.setEnabled(page < self.page_count - 1)

    def set_zoom(self, index: int) -> None:
        """Zoom to one of :data:`ZOOMS`; the view redraws only the pages on screen."""
        self.zoom_index = max(0, min(len(self.ZOOMS) - 1, index))
        if self.fit_btn.isChecked():
            self.fit_btn.blockSignals(True)
            self.fit_btn.setChecked(False)
            self.fit_btn.blockSignals(False)
        self.view.setZoomMode(QPdfView.ZoomMode.Custom)
        self.view.setZoomFactor(self.ZOOMS[self.zoom_index])
        self._update_info()

    def fit_width(self, on: bool) -> None:
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth if on else QPdfView.ZoomMode.Custom)
        if not on:
            self.view.setZoomFactor(self.ZOOMS[self.zoom_index])
        self._update_info()

    def _update_info(self) -> None:
        zoom = self.tr("fit width") if self.fit_btn.isChecked() else f"{round(self.ZOOMS[self.zoom_index] * 100)}%"
        self.info.setText(self.tr("%1 page(s) · %2%").replace("%1", str(self.page_count)).replace("%2%", zoom))
        self.zoom_out_btn.setEnabled(self.zoom_index > 0)
        self.zoom_in_btn.setEnabled(self.zoom_index < len(self.ZOOMS) - 1)
        self._page_changed(self.current_page)

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
    from app.services.documents.statement_pdf import write_statement_pdf
    from app.services.ledger import statements

    def build(uow: object) -> Path:
        st = statements.statement(uow, code, date_from, date_to, open_item)  # type: ignore[arg-type]
        folder = Path(tempfile.mkdtemp(prefix="duebook-statement-"))
        return write_statement_pdf(st, folder / f"statement-{code}.pdf")

    ctx.call(build, on_done=lambda p: preview_pdf(parent, p), parent=parent)  # type: ignore[attr-defined]
