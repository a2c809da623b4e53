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


def test_a_keyed_job_replaced_before_it_began_is_not_run(qtbot):
    jobs = Jobs(readers=1)
    gate = threading.Event()
    ran: list[str] = []
    got: list[str] = []

    def blocker() -> str:
        gate.wait(5)
        return "blocker"

    def search(word: str) -> str:
        ran.append(word)
        return word

    jobs.run(blocker, got.append)  # holds the only reader: the searches queue behind it
    for word in ("h", "ha", "har"):
        jobs.run(lambda w=word: search(w), got.append, key="search")
    gate.set()
    qtbot.waitUntil(lambda: jobs.pending == 0)
    assert ran == ["har"]  # "h" and "ha" were stale before a thread was free
    assert got == ["blocker", "har"]


def test_after_current_waits_for_the_jobs_started_so_far(qtbot):
    jobs = Jobs()
    gate = threading.Event()
    order: list[str] = []
    jobs.run(lambda: gate.wait(5), lambda _r: order.append("first load"))
    jobs.after_current(lambda: order.append("after"))
    jobs.run(lambda: "later", lambda _r: order.append("later job"))  # started after: not waited for
    qtbot.waitUntil(lambda: "later job" in order)
    assert "after" not in order
    gate.set()
    qtbot.waitUntil(lambda: jobs.pending == 0 and "after" in order)
    assert order == ["later job", "first load", "after"]


def test_after_current_with_nothing_running_runs_soon(qtbot):
    jobs = Jobs()
    order: list[str] = []
    jobs.after_current(lambda: order.append("now"))
    qtbot.waitUntil(lambda: order == ["now"])


def test_background_jobs_leave_the_readers_free(qtbot):
    jobs = Jobs(readers=1)
    gate = threading.Event()
    got: list[str] = []
    jobs.run(lambda: gate.wait(5) and "check", got.append, background=True)
    jobs.run(lambda: "search", got.append)
    qtbot.waitUntil(lambda: got == ["search"])
    gate.set()
    qtbot.waitUntil(lambda: jobs.pending == 0)
    assert got == ["search", "check"]
