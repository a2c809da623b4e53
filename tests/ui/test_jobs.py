"""Background jobs deliver results and errors on the GUI thread; the newest search wins."""

from __future__ import annotations

import threading

from PySide6.QtCore import QThread

from app.services.errors import Cancelled, ValidationError
from app.ui.jobs import JobProgress, Jobs


def test_result_comes_back_on_the_gui_thread(qtbot):
    jobs = Jobs()
    got: list[object] = []
    gui = QThread.currentThread()

    def work() -> str:
        return threading.current_thread().name

    jobs.run(work, lambda r: got.append((r, QThread.currentThread() is gui)))
    qtbot.waitUntil(lambda: jobs.pending == 0)
    assert got and got[0][1] is True
    assert got[0][0] != threading.main_thread().name


def test_an_error_reaches_on_error(qtbot):
    jobs = Jobs()
    errs: list[BaseException] = []

    def bad() -> None:
        raise ValidationError("amount", "not a decimal amount")

    jobs.run(bad, None, errs.append)
    qtbot.waitUntil(lambda: jobs.pending == 0)
    assert isinstance(errs[0], ValidationError)


def test_only_the_newest_job_with_a_key_is_delivered(qtbot):
    jobs = Jobs()
    got: list[int] = []
    gate = threading.Event()

    def slow() -> int:
        gate.wait(5)
        return 1

    jobs.run(slow, got.append, key="search")
    jobs.run(lambda: 2, got.append, key="search")
    gate.set()
    qtbot.waitUntil(lambda: jobs.pending == 0)
    assert got == [2]


def test_cancel_stops_a_job_that_reports_progress(qtbot):
    jobs = Jobs()
    errs: list[BaseException] = []
    started = threading.Event()

    def long(progress: JobProgress) -> None:
        started.set()
        for i in range(1000):
            progress.update(i, 1000)
            if progress.cancelled():
                raise Cancelled()
            threading.Event().wait(0.005)

    job = jobs.run(long, None, errs.append, progress="Working")
    started.wait(5)
    assert job.progress is not None
    job.progress.cancel()
    qtbot.waitUntil(lambda: jobs.pending == 0, timeout=10000)
    assert isinstance(errs[0], Cancelled)


def test_writes_run_one_at_a_time(qtbot):
    jobs = Jobs()
    active = 0
    peak = 0
    lock = threading.Lock()

    def write() -> None:
        nonlocal active, peak
        with lock:
            active += 1
            peak = max(peak, active)
        threading.Event().wait(0.02)
        with lock:
            active -= 1

    for _ in range(4):
        jobs.run(write, write=True)
    qtbot.waitUntil(lambda: jobs.pending == 0)
    assert peak == 1
