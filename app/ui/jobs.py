"""Background jobs: service calls run off the GUI thread, results come back on it.

Like Anki's task manager: ``ctx.jobs.run(fn, on_done, on_error)`` runs ``fn()`` in a
thread pool and calls ``on_done(result)`` (or ``on_error(exc)``) later on the GUI
thread. Database writes go through ONE serial worker (``write=True``) so that two
writes never race for the SQLite lock. A job may show a progress dialog with a
cancel button; ``fn`` then receives a :class:`JobProgress` (``update(done, total)``,
``cancelled()``), which is the services' ``Progress`` protocol.

``key`` makes a job "latest wins": when several jobs with the same key are started
(search as you type), only the result of the newest one is delivered, and a job that a newer
one replaced before it began is not run at all.

``background=True`` jobs (the integrity check on open, status-bar figures) run on a pool of
their own, so that they never hold up what the bookkeeper asked for. ``after_current(fn)``
calls ``fn`` once every job started so far has delivered (what opening a company loads first).
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, Qt, QThreadPool, QTimer, Signal, Slot
from PySide6.QtWidgets import QProgressDialog, QWidget

log = logging.getLogger(__name__)

Done = Callable[[Any], None]
Failed = Callable[[BaseException], None]


class JobProgress:
    """Thread-safe progress handed to a service: the worker updates, the GUI shows."""

    def __init__(self, relay: _Relay) -> None:
        self._relay = relay
        self._cancel = threading.Event()
        self._last = 0.0

    def update(self, done: int, total: int) -> None:
        now = time.monotonic()
        if now - self._last >= 0.05 or done >= total:  # at most ~20 repaints a second
            self._last = now
            self._relay.progressed.emit(int(done), int(total))

    def cancelled(self) -> bool:
        return self._cancel.is_set()

    def cancel(self) -> None:
        self._cancel.set()


class _Relay(QObject):
    """Lives on the GUI thread; the worker emits, Qt queues the call back here."""

    finished = Signal(object)
    failed = Signal(object)
    progressed = Signal(int, int)

    def __init__(self, job: Job) -> None:
        super().__init__()
        self.job = job
        self.finished.connect(self._on_finished, Qt.ConnectionType.QueuedConnection)
        self.failed.connect(self._on_failed, Qt.ConnectionType.QueuedConnection)
        self.progressed.connect(self._on_progress, Qt.ConnectionType.QueuedConnection)

    @Slot(object)
    def _on_finished(self, result: object) -> None:
        self.job.jobs._finish(self.job, result, None)

    @Slot(object)
    def _on_failed(self, exc: object) -> None:
        assert isinstance(exc, BaseException)
        self.job.jobs._finish(self.job, None, exc)

    @Slot(int, int)
    def _on_progress(self, done: int, total: int) -> None:
        self.job.show_progress(done, total)


class _Runnable(QRunnable):
    def __init__(self, job: Job) -> None:
        super().__init__()
        self.job = job
        self.setAutoDelete(True)

    def run(self) -> None:
        job = self.job
        if job.key is not None and job.jobs._generations.get(job.key) != job.generation:
            _emit(job.relay.finished, None)  # replaced before it began: the GUI drops it unseen
            return
        try:
            if job.progress is not None and job.progress.cancelled():
                from app.services.errors import Cancelled

                raise Cancelled()
            result = job.fn(job.progress) if job.wants_progress else job.fn()
        except BaseException as exc:
            _emit(job.relay.failed, exc)
        else:
            _emit(job.relay.finished, result)


def _emit(signal: Any, value: object) -> None:
    try:
        signal.emit(value)
    except RuntimeError:  # the program is shutting down: nobody waits for this result
        log.debug("job result dropped at shutdown")


class Job:
    def __init__(self, jobs: Jobs, fn: Callable[..., Any], on_done: Done | None, on_error: Failed | None,
                 key: str | None, wants_progress: bool, background: bool = False) -> None:
        self.jobs = jobs
        self.background = background
        self.fn = fn
        self.on_done = on_done
        self.on_error = on_error
        self.key = key
        self.generation = 0
        self.wants_progress = wants_progress
        self.relay = _Relay(self)
        self.progress: JobProgress | None = JobProgress(self.relay) if wants_progress else None
        self.dialog: QProgressDialog | None = None

    def show_progress(self, done: int, total: int) -> None:
        if self.dialog is not None:
            self.dialog.setMaximum(max(total, 0))
            self.dialog.setValue(min(done, total) if total > 0 else 0)


class Jobs(QObject):
    """The job runner of the program. One per application (held by the AppContext)."""

    busy_changed = Signal(bool)

    def __init__(self, parent: QObject | None = None, readers: int = 2) -> None:
        super().__init__(parent)
        self.readers = QThreadPool(self)
        self.readers.setMaxThreadCount(readers)
        self.writer = QThreadPool(self)  # the ONE worker for database writes
        self.writer.setMaxThreadCount(1)
        self.background = QThreadPool(self)  # long checks nobody waits for: never delay a reader
        self.background.setMaxThreadCount(1)
        self._running: set[Job] = set()
        self._generations: dict[str, int] = {}
        self._waiters: list[tuple[set[Job], Callable[[], None]]] = []

    @property
    def pending(self) -> int:
        """Jobs started whose callbacks have not run yet (tests wait for 0)."""
        return len(self._running)

    @property
    def pending_foreground(self) -> int:
        """Of those, the ones someone waits for (not on the background pool)."""
        return sum(1 for job in self._running if not job.background)

    def run(self, fn: Callable[..., Any], on_done: Done | None = None, on_error: Failed | None = None,
            progress: str | None = None, *, parent: QWidget | None = None, write: bool = False,
            key: str | None = None, cancellable: bool = True, background: bool = False) -> Job:
        """Run ``fn`` off the GUI thread; ``on_done(result)`` / ``on_error(exc)`` run on it.

        ``progress``: a label for a progress dialog (shown after 400 ms); ``fn`` then takes one
        argument, the :class:`JobProgress` to pass to the service. ``write=True`` queues the job
        on the single writer; ``background=True`` on the pool of background checks (reads only).
        ``on_error`` defaults to a translated message box
        (:func:`app.ui.errors.show_error`); a cancelled job is silent.
        """
        wants = progress is not None
        job = Job(self, fn, on_done, on_error, key, wants, background)
        if key is not None:
            job.generation = self._generations.get(key, 0) + 1
            self._generations[key] = job.generation
        if progress is not None:
            dlg = QProgressDialog(progress, self.tr("Cancel") if cancellable else "", 0, 0, parent)
            dlg.setWindowTitle(self.tr("Please wait"))
            dlg.setWindowModality(Qt.WindowModality.WindowModal)
            dlg.setMinimumDuration(400)
            dlg.setAutoClose(False)
            dlg.setAutoReset(False)
            if not cancellable:
                dlg.setCancelButton(None)
            jp = job.progress
            assert jp is not None
            dlg.canceled.connect(jp.cancel)
            # A parent closed while the job runs (a dialog deleted on close) takes the progress dialog
            # with it: forget it then, so that a late progress or the result never touches a deleted one.
            dlg.destroyed.connect(lambda _obj=None, j=job: setattr(j, "dialog", None))
            job.dialog = dlg
        self._running.add(job)
        if len(self._running) == 1:
            self.busy_changed.emit(True)
        pool = self.writer if write else self.background if background else self.readers
        pool.start(_Runnable(job))
        return job

    def after_current(self, fn: Callable[[], None]) -> None:
        """Call ``fn`` (on the GUI thread) once every job started so far has delivered."""
        waiting = set(self._running)
        if waiting:
            self._waiters.append((waiting, fn))
        else:
            QTimer.singleShot(0, self, fn)

    def _finish(self, job: Job, result: object, exc: BaseException | None) -> None:
        self._running.discard(job)
        try:
            self._deliver(job, result, exc)
        finally:
            self._wake_waiters(job)
            if not self._running:
                self.busy_changed.emit(False)

    def _wake_waiters(self, job: Job) -> None:
        ready = []
        for waiting, fn in self._waiters:
            waiting.discard(job)
            if not waiting:
                ready.append(fn)
        if ready:
            self._waiters = [w for w in self._waiters if w[0]]
            for fn in ready:
                fn()

    def _deliver(self, job: Job, result: object, exc: BaseException | None) -> None:
        if job.dialog is not None:
            job.dialog.reset()
            job.dialog.hide()
            job.dialog.deleteLater()
            job.dialog = None
        try:
            stale = job.key is not None and self._generations.get(job.key) != job.generation
            if stale:
                return
            if exc is None:
                if job.on_done is not None:
                    job.on_done(result)
            else:
                self._report(job, exc)
        finally:
            job.relay.deleteLater()

    def _report(self, job: Job, exc: BaseException) -> None:
        from app.services.errors import Cancelled

        if job.on_error is not None:
            job.on_error(exc)
            return
        if isinstance(exc, Cancelled):
            return
        from app.ui.errors import show_error

        parent = job.dialog.parentWidget() if job.dialog is not None else None
        show_error(parent, exc)

    def wait(self, timeout_ms: int = 30000) -> bool:
        """Block until the pools are idle (used at shutdown and in scripts; not on a live GUI)."""
        ok1 = self.readers.waitForDone(timeout_ms)
        ok2 = self.writer.waitForDone(timeout_ms)
        ok3 = self.background.waitForDone(timeout_ms)
        return bool(ok1 and ok2 and ok3)

    def later(self, ms: int, fn: Callable[[], None]) -> None:
        QTimer.singleShot(ms, self, fn)

