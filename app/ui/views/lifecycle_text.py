"""The words of the lifecycle stages and their rules in the program (translated with Qt)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    return text


STAGE_WORDS: dict[str, str] = {
    "prospect": QT_TRANSLATE_NOOP("Lifecycle", "Prospect"),
    "new": QT_TRANSLATE_NOOP("Lifecycle", "New"),
    "active": QT_TRANSLATE_NOOP("Lifecycle", "Active"),
    "key": QT_TRANSLATE_NOOP("Lifecycle", "Key"),
    "at_risk": QT_TRANSLATE_NOOP("Lifecycle", "At risk"),
    "dormant": QT_TRANSLATE_NOOP("Lifecycle", "Dormant"),
    "lost": QT_TRANSLATE_NOOP("Lifecycle", "Lost"),
}


def stage_label(stage: str) -> str:
    """A stage in the program's language ("" for a customer whose stage was never computed)."""
    words = STAGE_WORDS.get(stage)
    return QCoreApplication.translate("Lifecycle", words) if words else stage
