"""Progress reporting for long work, shared by the GUI and the command line."""

from __future__ import annotations

from typing import Protocol

from app.services.errors import Cancelled


class Progress(Protocol):
    def update(self, done: int, total: int) -> None: ...

    def cancelled(self) -> bool: ...


class NoProgress:
    """Used when nobody watches: never cancelled."""

    def update(self, done: int, total: int) -> None:
        return None

    def cancelled(self) -> bool:
        return False


def check(progress: Progress, done: int, total: int) -> None:
    """Report progress and stop with :class:`Cancelled` when the user asked to."""
    progress.update(done, total)
    if progress.cancelled():
        raise Cancelled()
