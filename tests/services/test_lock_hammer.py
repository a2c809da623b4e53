"""The write lock of a company file is held by one process at a time, however hard they try.

Four processes take and release the lock of one file in a tight loop; while holding it each
creates a marker file with O_EXCL and removes it before releasing. A second holder would find
the marker of the first: the count of such overlaps must be zero.
"""

from __future__ import annotations

import multiprocessing as mp
import os
from pathlib import Path

from app.services.errors import FileLocked
from app.services.locking import FileLock

HOLDS = 150
WORKERS = 4


def _hammer(company: str, marker: str, holds: int, out: mp.Queue) -> None:  # type: ignore[type-arg]
    overlaps = done = 0
    while done < holds:
        lock = FileLock(company)
        try:
            lock.acquire()
        except FileLocked:
            continue
        try:
            try:
                fd = os.open(marker, os.O_CREAT | os.O_EXCL | os.O_WRONLY)
            except FileExistsError:
                overlaps += 1
            else:
                os.close(fd)
                os.unlink(marker)
            done += 1
        finally:
            lock.release()
    out.put(overlaps)


def test_two_processes_never_hold_the_company_lock_at_once(tmp_path: Path) -> None:
    company = tmp_path / "books.duebook"
    company.write_bytes(b"")
    marker = str(tmp_path / "inside")
    ctx = mp.get_context("fork")
    out: mp.Queue = ctx.Queue()  # type: ignore[type-arg]
    procs = [ctx.Process(target=_hammer, args=(str(company), marker, HOLDS, out)) for _ in range(WORKERS)]
    for p in procs:
        p.start()
    overlaps = [out.get(timeout=120) for _ in procs]
    for p in procs:
        p.join(timeout=30)
        assert p.exitcode == 0
    assert overlaps == [0] * WORKERS


def test_a_released_lock_names_nobody_and_the_next_holder_uses_the_same_file(tmp_path: Path) -> None:
    company = tmp_path / "books.duebook"
    first = FileLock(company).acquire()
    inode = first.path.stat().st_ino
    first.release()
    assert first.path.exists() and FileLock(company).owner() is None
    second = FileLock(company).acquire()
    try:
        assert second.path.stat().st_ino == inode
        assert second.owner() is not None and second.owner().pid == os.getpid()  # type: ignore[union-attr]
    finally:
        second.release()
