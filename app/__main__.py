"""``python -m app``: the desktop program (the company file starts opening before Qt is imported)."""

from app.ui.startup import run

raise SystemExit(run())
