"""What a user can send when something goes wrong: the log file and crash reports. No Qt here.

- :func:`start_logging` writes the program's own messages to a rotating ``duebook.log`` in the
  per-user log folder (``platformdirs.user_log_dir``; ``DUEBOOK_HOME/logs`` in tests and portable
  installs). Files are readable by their owner only (0600). A filter blanks anything that looks
  like a password or a connection URL's credentials, in case a library puts one in a message; the
  program itself logs customer codes, never names, addresses or amounts.
- :func:`write_report` writes a crash report (versions, platform, the traceback, the last lines of
  the log) into ``reports/`` of the log folder and returns its path.
- :func:`arm_fault_report` prepares a report file for a hard crash (a segfault in Qt or a C
  library): ``faulthandler`` writes the Python stacks of every thread into it, the file keeps the
  versions written at start, and :func:`disarm_fault_report` removes it at a clean exit. A file
  left behind is a crash that happened; :func:`finish_fault_reports` completes such files (the log's
  last lines) on the next start and returns them so the program can say so.
"""

from __future__ import annotations

import datetime as dt
import faulthandler
import io
import logging
import logging.handlers
import os
import re
import traceback
from pathlib import Path
from types import TracebackType
from typing import IO

import platformdirs

from app.config import APP
from app.version import runtime_versions

LOG_NAME = "duebook.log"
LOG_BYTES = 1_000_000
LOG_KEEP = 5
TAIL_LINES = 60
STALE_SECONDS = 3 * 24 * 3600  # an empty fault file this old belongs to no running program
_SECRET = re.compile(r"(?i)(password|passwd|pwd|secret|passphrase|token)(\s*[=:]\s*)(\S+)")
_URL_CREDENTIALS = re.compile(r"(://[^:/@\s]+:)[^@\s]+@")
_FAULT_HEADER_END = "--- Python stacks at the crash (faulthandler) ---\n"


def log_dir() -> Path:
    home = os.environ.get("DUEBOOK_HOME")
    p = Path(home) / "logs" if home else Path(platformdirs.user_log_dir(APP, appauthor=False))
    p.mkdir(parents=True, exist_ok=True, mode=0o700)
    return p


def reports_dir() -> Path:
    p = log_dir() / "reports"
    p.mkdir(parents=True, exist_ok=True, mode=0o700)
    return p


def log_file() -> Path:
    return log_dir() / LOG_NAME


def redact(text: str) -> str:
    """``password=hunter2`` -> ``password=***``; ``postgresql://u:pw@h`` -> ``postgresql://u:***@h``."""
    return _URL_CREDENTIALS.sub(r"\1***@", _SECRET.sub(r"\1\2***", text))


class RedactingFormatter(logging.Formatter):
    def format(self, record: logging.LogRecord) -> str:
        return redact(super().format(record))


class PrivateRotatingFileHandler(logging.handlers.RotatingFileHandler):
    """A rotating log whose files only their owner can read, the rotated ones too."""

    def _open(self) -> io.TextIOWrapper:
        fd = os.open(self.baseFilename, os.O_WRONLY | os.O_CREAT | os.O_APPEND, 0o600)
        os.chmod(self.baseFilename, 0o600)  # a file made before, under another umask
        return io.TextIOWrapper(io.FileIO(fd, "a"), encoding=self.encoding or "utf-8", errors=self.errors)


def start_logging(program: str, level: int = logging.INFO) -> Path:
    """Send the program's log to the rotating file (and warnings to stderr); returns the file's path."""
    path = log_file()
    root = logging.getLogger()
    for h in list(root.handlers):
        if isinstance(h, PrivateRotatingFileHandler):
            root.removeHandler(h)
            h.close()
    handler = PrivateRotatingFileHandler(path, maxBytes=LOG_BYTES, backupCount=LOG_KEEP, encoding="utf-8")
    handler.setFormatter(RedactingFormatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root.addHandler(handler)
    if not any(type(h) is logging.StreamHandler for h in root.handlers):
        err = logging.StreamHandler()
        err.setLevel(logging.WARNING)
        err.setFormatter(RedactingFormatter("%(levelname)s %(name)s: %(message)s"))
        root.addHandler(err)
    root.setLevel(level)
    versions = ", ".join(f"{k} {v}" for k, v in runtime_versions().items())
    logging.getLogger("app").info("%s started (pid %d): %s", program, os.getpid(), versions)
    return path


def log_tail(lines: int = TAIL_LINES) -> list[str]:
    """The last ``lines`` lines of the log file (empty when there is none yet)."""
    path = log_file()
    if not path.exists():
        return []
    with path.open("rb") as f:
        f.seek(0, os.SEEK_END)
        f.seek(max(0, f.tell() - 200 * lines))
        text = f.read().decode("utf-8", "replace")
    return text.splitlines()[-lines:]


def _private_file(path: Path, text: str) -> Path:
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with open(fd, "w", encoding="utf-8") as f:
        f.write(text)
    return path


def _stamp() -> str:
    return dt.datetime.now().strftime("%Y%m%d-%H%M%S-%f")


def _header(title: str, extra: dict[str, str] | None) -> str:
    versions = {**runtime_versions(), **(extra or {})}
    lines = [f"Duebook crash report: {title}", f"Time: {dt.datetime.now().isoformat(timespec='seconds')}"]
    lines += [f"{k}: {v}" for k, v in versions.items()]
    return "\n".join(lines) + "\n\n"


def write_report(exc_type: type[BaseException], exc: BaseException, tb: TracebackType | None,
                 extra_versions: dict[str, str] | None = None) -> Path:
    """A report of an unexpected exception: versions, platform, traceback, the log's last lines."""
    body = _header(f"{exc_type.__name__}: {redact(str(exc))}", extra_versions)
    body += "--- Traceback ---\n" + redact("".join(traceback.format_exception(exc_type, exc, tb))) + "\n"
    body += f"--- Last {TAIL_LINES} lines of {log_file()} ---\n" + "\n".join(log_tail()) + "\n"
    return _private_file(reports_dir() / f"crash-{_stamp()}.txt", body)


_fault_file: IO[str] | None = None
_fault_path: Path | None = None


def arm_fault_report(extra_versions: dict[str, str] | None = None) -> Path:
    """Open a report file that ``faulthandler`` fills if the process dies of a fatal signal."""
    global _fault_file, _fault_path
    disarm_fault_report()
    path = reports_dir() / f"fault-{_stamp()}-{os.getpid()}.txt"
    _private_file(path, _header("the program stopped on a fatal error (a crash in native code)", extra_versions)
                  + _FAULT_HEADER_END)
    f = path.open("a", encoding="utf-8")
    faulthandler.enable(file=f, all_threads=True)
    _fault_file, _fault_path = f, path
    return path


def disarm_fault_report() -> None:
    """A clean exit: stop ``faulthandler`` and remove its report file if nothing was written to it."""
    global _fault_file, _fault_path
    if _fault_file is None or _fault_path is None:
        return
    faulthandler.disable()
    _fault_file.close()
    if _fault_path.read_text(encoding="utf-8").endswith(_FAULT_HEADER_END):
        _fault_path.unlink()
    _fault_file = _fault_path = None


def finish_fault_reports() -> list[Path]:
    """Reports of hard crashes of earlier runs (not this one), completed with the log's last lines."""
    done: list[Path] = []
    for path in sorted(reports_dir().glob("fault-*.txt")):
        if path == _fault_path:
            continue
        text = path.read_text(encoding="utf-8", errors="replace")
        if text.endswith(_FAULT_HEADER_END):  # a run still going, or one killed without a fault
            if dt.datetime.now().timestamp() - path.stat().st_mtime > STALE_SECONDS:
                path.unlink()
            continue
        final = path.with_name("crash-" + path.name.removeprefix("fault-"))
        tail = f"\n--- Last {TAIL_LINES} lines of {log_file()} ---\n" + "\n".join(log_tail()) + "\n"
        _private_file(final, text + tail)
        path.unlink()
        done.append(final)
    return done
