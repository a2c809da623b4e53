"""Copy the user guide's pictures from ``make screenshots`` (docs/screenshots) into the package, scaled to
the guide window's width.

    QT_QPA_PLATFORM=offscreen python -m tools.guide_images [docs/screenshots]

Writes ``app/resources/guide/<lang>-<page>.png`` for the pages the guide shows (:data:`PAGES`).
``make screenshots`` runs it after taking the screenshots.
"""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication, QImage

ROOT = Path(__file__).resolve().parents[1]
GUIDE = ROOT / "app" / "resources" / "guide"
PAGES = ("welcome", "dashboard", "ledger")
WIDTH = 640


def main(argv: list[str]) -> int:
    QGuiApplication.instance() or QGuiApplication(sys.argv[:1])
    shots = Path(argv[0]) if argv else ROOT / "docs" / "screenshots"
    for lang in ("en", "zh"):
        for page in PAGES:
            img = QImage(str(shots / f"{lang}-{page}.png"))
            if img.isNull():
                raise SystemExit(f"{shots / f'{lang}-{page}.png'} is missing: run make screenshots")
            small = img.scaledToWidth(min(WIDTH, img.width()), Qt.TransformationMode.SmoothTransformation)
            small.save(str(GUIDE / f"{lang}-{page}.png"), "PNG", 9)
    print(f"wrote {2 * len(PAGES)} pictures to {GUIDE}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
