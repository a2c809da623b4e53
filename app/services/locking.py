"""One writer per company file: a lock file beside it names who holds it.

``<company file>.lock`` is held with an operating-system lock (``fcntl.flock`` on
Unix, ``msvcrt.locking`` on Windows) for as long as the file is open, and holds
the owner's process id, host and start time. A process that dies (even by
SIGKILL) loses the OS lock at once, so a lock file left behind is *stale* and
is simply taken over. Where the file system has no working OS locks, a lock
file whose process is gone (same host) is treated as stale as well.
"""

from __future__ import annotations

import datetime as dt
import errno
import json
import os
import socket
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import IO, Any

from app.services.errors import FileLocked
from app.services.unit_of_work import Database


@dataclass(frozen=True)
class LockOwner:
    pid: int
    host: str
    since: str = ""
    program: str = "Duebook"

    def describe(self) -> str:
        return f"process {self.pid} on {self.host}"


def lock_path_for(company_path: str | os.PathLike[str]) -> Path:
    p = Path(company_path)
    return p.with_name(p.name + ".lock")


def _me() -> LockOwner:
    return LockOwner(os.getpid(), socket.gethostname(),
                     dt.datetime.now(dt.UTC).isoformat(timespec="seconds"))


def _read_owner(fh: IO[str] | None, path: Path) -> LockOwner | None:
    try:
        if fh is not None:
            fh.seek(0)
            raw = fh.read()
        else:
            raw = path.read_text(encoding="utf-8")
        data: dict[str, Any] = json.loads(raw)
        return LockOwner(int(data["pid"]), str(data["host"]), str(data.get("since", "")))
    except (OSError, ValueError, KeyError, TypeError):
        return None


def pid_alive(pid: int) -> bool:
    if pid <= 0:
        return False
    if sys.platform == "win32":  # pragma: no cover - Windows only
        import ctypes

        handle = ctypes.windll.kernel32.OpenProcess(0x1000, False, pid)  # type: ignore[attr-defined]
        if not handle:
            return False
        ctypes.windll.kernel32.CloseHandle(handle)  # type: ignore[attr-defined]
        return True
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def _os_lock(fh: IO[str]) -> bool | None:
    """True: locked; False: held by someone else; None: the file system cannot lock."""
    try:
        if sys.platform == "win32":  # pragma: no cover - Windows only
            import msvcrt

            fh.seek(0)
            msvcrt.locking(fh.fileno(), msvcrt.LK_NBLCK, 1)  # type: ignore[attr-defined]
        else:
            import fcntl

            fcntl.flock(fh.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
        return True
    except OSError as exc:
        if exc.errno in (errno.EAGAIN, errno.EACCES, errno.EWOULDBLOCK, errno.EDEADLK):
            return False
        if exc.errno in (errno.ENOLCK, errno.EOPNOTSUPP, errno.EINVAL):
            return None
        raise


def _os_unlock(fh: IO[str]) -> None:
    try:
        if sys.platform == "win32":  # pragma: no cover - Windows only
            import msvcrt

            fh.seek(0)
            msvcrt.locking(fh.fileno(), msvcrt.LK_UNLCK, 1)  # type: ignore[attr-defined]
        else:
            import fcntl

            fcntl.flock(fh.fileno(), fcntl.LOCK_UN)
    except OSError:
        pass


#: Lock files this process holds: path -> [open file, how many FileLocks share it]. Two open
#: companies of one file in one process (the window and a background job) are one Duebook:
#: they share the lock instead of refusing each other. ``acquire(exclusive=True)`` (a restore
#: that replaces the file) refuses even that.
_HELD: dict[str, list[Any]] = {}


class FileLock:
    """The write lock of one company file. ``acquire()`` raises FileLocked naming the holder."""

    def __init__(self, company_path: str | os.PathLike[str]) -> None:
        self.company_path = Path(company_path)
        self.path = lock_path_for(company_path)
        self._fh: IO[str] | None = None
        self.stale_taken_over: LockOwner | None = None

    @property
    def held(self) -> bool:
        return self._fh is not None

    def owner(self) -> LockOwner | None:
        """Who holds the lock now (None when nobody does)."""
        if self._fh is not None:
            return _read_owner(self._fh, self.path)
        if not self.path.exists():
            return None
        try:
            fh = open(self.path, "r+", encoding="utf-8")  # noqa: SIM115
        except OSError:
            return _read_owner(None, self.path)
        try:
            got = _os_lock(fh)
            if got:
                _os_unlock(fh)
                return None
            found = _read_owner(fh, self.path)
            if got is None and found is not None and found.host == socket.gethostname() \
                    and not pid_alive(found.pid):
                return None
            return found
        finally:
            fh.close()

    def acquire(self, exclusive: bool = False) -> FileLock:
        if self._fh is not None:
            return self
        key = str(self.path.resolve())
        shared = _HELD.get(key)
        if shared is not None:
            if exclusive:
                raise self._locked_error(_read_owner(shared[0], self.path))
            shared[1] += 1
            self._fh = shared[0]
            return self
        self.path.parent.mkdir(parents=True, exist_ok=True)
        fh = open(self.path, "a+", encoding="utf-8")  # noqa: SIM115
        try:
            got = _os_lock(fh)
            previous = _read_owner(fh, self.path)
            if got is False:
                raise self._locked_error(previous)
            if got is None and previous is not None and previous.pid != os.getpid():
                alive = previous.host != socket.gethostname() or pid_alive(previous.pid)
                if alive:
                    raise self._locked_error(previous)
            if previous is not None and previous.pid != os.getpid():
                self.stale_taken_over = previous
            me = _me()
            fh.seek(0)
            fh.truncate()
            fh.write(json.dumps({"pid": me.pid, "host": me.host, "since": me.since,
                                 "program": me.program, "file": str(self.company_path)}))
            fh.flush()
            os.fsync(fh.fileno())
        except BaseException:
            fh.close()
            raise
        self._fh = fh
        _HELD[key] = [fh, 1]
        return self

    def _locked_error(self, owner: LockOwner | None) -> FileLocked:
        return FileLocked(path=str(self.company_path),
                          pid=owner.pid if owner else "?", host=owner.host if owner else "?")

    def release(self) -> None:
        fh, self._fh = self._fh, None
        if fh is None:
            return
        key = str(self.path.resolve())
        shared = _HELD.get(key)
        if shared is not None and shared[0] is fh:
            shared[1] -= 1
            if shared[1] > 0:
                return  # another open company of this process still holds it
            del _HELD[key]
        try:
            fh.seek(0)
            fh.truncate()
            fh.flush()
        except OSError:
            pass
        # The lock file is never deleted: a waiter may already hold it open, and would lock a
        # deleted inode while a newcomer creates and locks a fresh file (two holders at once).
        # Emptied, it names nobody; the next holder writes itself into the same file.
        _os_unlock(fh)
        fh.close()

    def __enter__(self) -> FileLock:
        return self.acquire()

    def __exit__(self, *exc: object) -> None:
        self.release()


def unclean_shutdown(company_path: str | os.PathLike[str]) -> LockOwner | None:
    """Whether the last session of this file ended without closing it: the owner its lock file
    still names, when no live process holds that lock (a crash, a power cut, a SIGKILL).

    A clean close empties the lock file (it is never deleted: see ``FileLock.release``), so an
    ordinary open costs one ``stat`` and, when the file is there, one read of an empty file. None: closed properly, never opened, or open right now in a live Duebook.
    """
    path = lock_path_for(company_path)
    if not path.exists() or path.stat().st_size == 0:
        return None  # never opened, or closed properly
    try:
        fh = open(path, "r+", encoding="utf-8")  # noqa: SIM115
    except OSError:
        return None
    try:
        got = _os_lock(fh)
        if got is False:
            return None  # held: a live Duebook has the file open
        owner = _read_owner(fh, path)
        if got:
            _os_unlock(fh)
            return owner  # written by a session that is gone without releasing it
        if owner is not None and owner.host == socket.gethostname() and owner.pid != os.getpid() \
                and not pid_alive(owner.pid):  # no OS locks here: the process is gone
            return owner
        return None
    except OSError:
        return None
    finally:
        fh.close()


def lock_database(db: Database) -> FileLock | None:
    """Take the write lock of ``db`` (a SQLite file) or raise FileLocked naming the holder.

    A PostgreSQL company has no lock file (the server serialises writers): None.
    """
    if db.path is None:
        return None
    current = db.lock
    if isinstance(current, FileLock) and current.held:
        return current
    lock = FileLock(db.path).acquire()
    db.lock = lock
    return lock


def try_lock(db: Database) -> LockOwner | None:
    """Take the lock if free; otherwise open ``db`` read-only and return who holds it."""
    try:
        lock_database(db)
        return None
    except PermissionError:  # a read-only folder (a CD, a share): no lock file, SQLite refuses writes
        return None
    except FileLocked:
        lock = FileLock(db.path or "")
        owner = lock.owner()
        db.read_only = True
        db.lock_owner = owner  # type: ignore[attr-defined]
        return owner or LockOwner(0, "?")


def locked_error(db: Database) -> FileLocked:
    """The FileLocked error for a write attempted on a file another Duebook holds."""
    owner: LockOwner | None = getattr(db, "lock_owner", None)
    return FileLocked(path=str(db.path or db.url), pid=owner.pid if owner else "?",
                      host=owner.host if owner else "?")
