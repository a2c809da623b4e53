"""A company file's health: SQLite's own check, and what a killed Duebook left behind.

* ``check_file`` runs SQLite's ``quick_check`` (or ``integrity_check``) on a read-only connection
  of its own; opening a file whose last session did not close it runs it first
  (``company.open_company``), and the program checks every other open in the background
  (``integrity_problems``). A damaged file is refused with ``FileDamaged``.
* Unencrypted temporary copies (``work_folder``) live in the target's own folder, private, named
  with the process id, so that ``sweep_leftovers`` removes what a killed run left there.
Kernel: uses errors, locking and the unit of work.
"""

from __future__ import annotations

import contextlib
import os
import re
import shutil
import sqlite3
import tempfile
from pathlib import Path

from app.services.errors import CompanyFileError
from app.services.locking import pid_alive
from app.services.unit_of_work import Database

# ---- temporary copies: in the target's own folder, private, swept after a kill ---------------------

_LEFTOVER = re.compile(r"^\.duebook-tmp-(\d+)-|\.(\d+)\.(?:part|restoring)$")


def work_folder(folder: Path) -> tempfile.TemporaryDirectory[str]:
    """A private (0700) folder for unencrypted copies inside ``folder`` (the target's own disk),
    named with this process's id, so that a kill leaves something ``sweep_leftovers`` recognises."""
    return tempfile.TemporaryDirectory(prefix=f".duebook-tmp-{os.getpid()}-", dir=folder)


def sweep_leftovers(folder: Path) -> list[Path]:
    """Remove what a killed Duebook left in ``folder`` (temporary copies, half-written backups and
    restores) when the process that made it is gone. Returns what was removed."""
    removed: list[Path] = []
    try:
        entries = list(folder.iterdir())
    except OSError:
        return removed
    for p in entries:
        mt = _LEFTOVER.search(p.name)
        if mt is None:
            continue
        pid = int(mt.group(1) or mt.group(2))
        if pid == os.getpid() or pid_alive(pid):
            continue
        with contextlib.suppress(OSError):
            if p.is_dir() and not p.is_symlink():
                shutil.rmtree(p)
            else:
                p.unlink()
            removed.append(p)
    return removed


class FileDamaged(CompanyFileError):
    """A company file fails SQLite's integrity check: it is not opened; restoring a backup is
    the way out."""

    code = "company_damaged"


def damaged_error(path: str | os.PathLike[str], problems: list[str], why: str = "") -> FileDamaged:
    first = " ".join(problems[0].split()) if problems else "?"
    more = f" (and {len(problems) - 1} more)" if len(problems) > 1 else ""
    return FileDamaged(
        f"{path} is damaged and was not opened: SQLite's check reports \"{first}\"{more}. {why}"
        f"Restore the latest backup: duebook backup restore BACKUP.duebak --to {path} "
        "(in the program: File > Backup and restore)", path=str(path), problem=first, problems=len(problems))


def check_file(path: str | os.PathLike[str], quick: bool = True) -> list[str]:
    """SQLite's own check of a company file: ``quick_check`` (every b-tree and page, about 3 s
    on data set L) or ``integrity_check`` (also every index entry against its table, about
    50 s of CPU on L). [] when sound, else SQLite's lines (or its error).

    Uses a read-only connection of its own: it never writes the file (not even the checkpoint
    a last connection makes on closing; it reads a crashed session's WAL as it is), in WAL mode
    it never blocks a writer nor waits for one, and it can run on any thread (the GUI runs it
    in the background while the company is in use).
    """
    pragma = "quick_check" if quick else "integrity_check"
    uri = Path(path).resolve().as_uri()
    last: sqlite3.Error | None = None
    for mode in ("mode=ro", "mode=rw"):  # read-write only where SQLite cannot read without it
        try:
            conn = sqlite3.connect(f"{uri}?{mode}", uri=True, timeout=30, check_same_thread=False)
        except sqlite3.Error as exc:
            last = exc
            continue
        try:
            conn.execute("PRAGMA query_only=ON")
            rows = [str(r[0]) for r in conn.execute(f"PRAGMA {pragma}")]
        except sqlite3.OperationalError as exc:
            if "unable to open" in str(exc) or "readonly" in str(exc):
                last = exc
                continue
            return [str(exc)]
        except sqlite3.DatabaseError as exc:
            return [str(exc)]
        finally:
            conn.close()
        return [] if rows == ["ok"] else rows
    return [f"the file cannot be read: {last}"]


def integrity_problems(db: Database, quick: bool = True) -> list[str]:
    """SQLite's own check of the open company (``quick_check`` by default): [] when sound.

    Safe on a background thread while the company is in use (see ``check_file``). A server
    company has no file to check here: [] (PostgreSQL checksums its own pages)."""
    if not db.is_sqlite or db.path is None:
        return []
    return check_file(db.path, quick)
