"""Draw Duebook's application icon (a ledger page with a due-date check) at every size the desktops use.

    QT_QPA_PLATFORM=offscreen python -m tools.make_icons

Writes ``app/resources/icons/duebook-<size>.png`` (16 … 512 px) and ``duebook.ico`` (Windows); they
are committed, so a build needs no drawing. Run it again only to change the icon.
"""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import (
    QBrush,
    QColor,
    QGuiApplication,
    QImage,
    QLinearGradient,
    QPainter,
    QPainterPath,
    QPen,
)

SIZES = (16, 24, 32, 48, 64, 128, 256, 512)
OUT = Path(__file__).resolve().parents[1] / "app" / "resources" / "icons"


def draw(size: int) -> QImage:
    img = QImage(size, size, QImage.Format.Format_ARGB32)
    img.fill(Qt.GlobalColor.transparent)
    p = QPainter(img)
    p.setRenderHint(QPainter.RenderHint.Antialiasing)
    s = size / 512.0
    # Background: a rounded square in deep teal.
    bg = QLinearGradient(0, 0, 0, size)
    bg.setColorAt(0.0, QColor("#1f7a8c"))
    bg.setColorAt(1.0, QColor("#155e6c"))
    p.setPen(Qt.PenStyle.NoPen)
    p.setBrush(QBrush(bg))
    p.drawRoundedRect(QRectF(16 * s, 16 * s, 480 * s, 480 * s), 96 * s, 96 * s)
    # The ledger page.
    p.setBrush(QColor("#fbfbf7"))
    p.drawRoundedRect(QRectF(112 * s, 80 * s, 256 * s, 336 * s), 24 * s, 24 * s)
    if size >= 32:  # ruled lines; too fine to read below 32 px
        pen = QPen(QColor("#9bb7bf"))
        pen.setWidthF(max(1.0, 18 * s))
        pen.setCapStyle(Qt.PenCapStyle.RoundCap)
        p.setPen(pen)
        for i, y in enumerate((152, 208, 264, 320)):
            right = 312 if i % 2 == 0 else 264
            p.drawLine(QPointF(160 * s, y * s), QPointF(right * s, y * s))
    # The check mark on an amber disc: paid, on time.
    p.setPen(Qt.PenStyle.NoPen)
    p.setBrush(QColor("#f2a541"))
    p.drawEllipse(QPointF(352 * s, 360 * s), 104 * s, 104 * s)
    tick = QPainterPath(QPointF(300 * s, 362 * s))
    tick.lineTo(340 * s, 402 * s)
    tick.lineTo(408 * s, 318 * s)
    pen = QPen(QColor("#ffffff"))
    pen.setWidthF(max(1.5, 34 * s))
    pen.setCapStyle(Qt.PenCapStyle.RoundCap)
    pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
    p.setPen(pen)
    p.setBrush(Qt.BrushStyle.NoBrush)
    p.drawPath(tick)
    p.end()
    return img


def main() -> int:
    QGuiApplication.instance() or QGuiApplication(sys.argv[:1])
    OUT.mkdir(parents=True, exist_ok=True)
    for size in SIZES:
        if not draw(size).save(str(OUT / f"duebook-{size}.png")):
            raise SystemExit(f"cannot write duebook-{size}.png")
    if not draw(256).save(str(OUT / "duebook.ico"), "ICO"):
        raise SystemExit("cannot write duebook.ico")
    print(f"wrote {len(SIZES)} PNG sizes and duebook.ico to {OUT}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
