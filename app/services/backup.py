"""Encrypted backups (INTERCHANGE §5).

A backup is ``duebook-<company>-<UTC timestamp>.duebak``: the age format
(age-encryption.org/v1) encrypted to the company's X25519 recipient, holding a
gzip'd tar of ``company.db`` (a consistent SQLite snapshot) and ``manifest.json``.

* Making a backup needs only the public recipient (``company.backup_recipient``).
* The identity (the secret key, needed to restore) is kept in the operating
  system's keyring (service ``duebook``, user name = the recipient). Where no
  keyring works (a headless Linux: ``NoKeyringError``) Duebook says so and keeps
  it in a key file readable only by the user (``<config>/backup-keys``), and the
  recovery key (the identity encrypted with a passphrase, age passphrase format,
  armored) restores with or without Duebook:
  ``age -d -i recovery-key.age backup.duebak | tar -xz``.
* Verify decrypts, inflates and unpacks in ONE pass into a temporary folder (the
  SHA-256 of company.db computed on the way), then runs SQLite's ``quick_check`` and
  compares the row counts with the manifest; ``full`` runs ``integrity_check`` instead.
* Restore is that same single pass, into a folder beside the target: only when the
  file passed (hash, check, counts, and it is this company's) is the old file kept
  aside and the new one put in its place. Retention: 7 daily, 4 weekly, 12 monthly
  (never anything younger than a day).
* Work is split over threads so that two cores share it and no stage waits on the
  GIL: making a backup, the calling thread hashes 4 MiB pieces of the snapshot while
  zlib threads compress them (level 1, one gzip member per piece) and age encrypts
  in a thread of its own; reading one, age decrypts in its thread, zlib inflates in
  the calling thread and a third thread hashes and writes. Between age and the rest,
  data passes through memory (``_Channel``): pyrage reads and writes 8 KiB at a time.
* Why ``quick_check``: the SHA-256 already proves the bytes are those of the snapshot
  that SQLite's own backup made; quick_check then proves every page and b-tree sound
  (3.4 s of CPU on data set L, 915 MB), while integrity_check also matches every index
  entry with its table (50 s of CPU on L, measured 2026-11-23): offered as
  ``backup verify --full`` and ``duebook check --full``.
* Opening a file whose last session did not close it runs ``check_file`` first
  (``company.open_company``); the program checks every other open in the background
  (``integrity_problems``).
"""

from __future__ import annotations

import contextlib
import datetime as dt
import hashlib
import json
import os
import queue
import re
import shutil
import sqlite3
import stat
import tarfile
import tempfile
import threading
import time
import zlib
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

import pyrage
from pyrage import x25519

from app import config
from app.models.base import utcnow
from app.models.db import open_private
from app.services import audit
from app.services.errors import CompanyFileError, DuebookError, FileLocked
from app.services.permissions import check as check_permission
from app.services.progress import NoProgress, Progress, check
from app.services.unit_of_work import Database

FORMAT = "duebook-backup/1"
SUFFIX = ".duebak"
KEYRING_SERVICE = "duebook"
LAST_KEY = "backup.last"
AGE_MAGIC = b"age-encryption.org/v1"
ARMOR_MAGIC = b"-----BEGIN AGE ENCRYPTED FILE-----"
KEEP_DAILY, KEEP_WEEKLY, KEEP_MONTHLY = 7, 4, 12
WARN_AFTER = dt.timedelta(days=7)
STAMP = "%Y%m%dT%H%M%SZ"


class BackupError(DuebookError):
    """A backup cannot be made, read, verified or restored; the message says why."""

    code = "backup"


class NoKey(BackupError):
    code = "backup_no_key"


class Unsigned(BackupError):
    """A backup with no signature: accepted only when the user says so (``allow_unsigned``)."""

    code = "backup_unsigned"


# ---- results --------------------------------------------------------------------------------------

@dataclass(frozen=True)
class BackupResult:
    path: str
    company: str
    created_at: dt.datetime
    size: int
    sha256: str
    row_counts: dict[str, int]
    warnings: tuple[str, ...] = ()
    pruned: tuple[str, ...] = ()


@dataclass(frozen=True)
class VerifyReport:
    path: str
    company: str
    company_key: str
    schema_version: str
    created_at: str
    sha256: str
    row_counts: dict[str, int]
    integrity: str
    ok: bool = True
    check: str = "quick_check"  # or "integrity_check" (full)


@dataclass(frozen=True)
class RestoreResult:
    path: str
    kept_aside: str | None
    report: VerifyReport
    warnings: tuple[str, ...] = ()


@dataclass(frozen=True)
class LastBackup:
    at: dt.datetime | None
    path: str
    size: int
    overdue: bool  # none for a week (or never)

    @property
    def days(self) -> int | None:
        return None if self.at is None else (utcnow() - self.at).days


@dataclass
class KeyStatus:
    keyring: bool
    reason: str = ""
    notes: list[str] = field(default_factory=list)


# ---- the identity: keyring, or a private key file when there is no keyring ------------------------

def keys_dir() -> Path:
    p = config.config_dir() / "backup-keys"
    p.mkdir(parents=True, exist_ok=True)
    with contextlib.suppress(OSError):
        os.chmod(p, 0o700)
    return p


def _known_file() -> Path:
    return keys_dir() / "known.json"


def _known() -> dict[str, dict[str, str]]:
    try:
        data = json.loads(_known_file().read_text(encoding="utf-8"))
        return data if isinstance(data, dict) else {}
    except (OSError, ValueError):
        return {}


def _remember(recipient: str, company: str, where: str) -> None:
    data = _known()
    data[recipient] = {"company": company, "stored": where}
    tmp = _known_file().with_suffix(".tmp")
    tmp.write_text(json.dumps(data, ensure_ascii=False, indent=1), encoding="utf-8")
    tmp.replace(_known_file())


def _key_file(recipient: str) -> Path:
    return keys_dir() / f"{recipient}.key"


def keyring_status() -> KeyStatus:
    """Whether the OS keyring can keep the backup key here, and if not, why."""
    try:
        import keyring
        from keyring.backends import fail

        kr = keyring.get_keyring()
        if isinstance(kr, fail.Keyring) or getattr(kr, "priority", 1) <= 0:
            return KeyStatus(False, f"no OS keyring is available ({type(kr).__module__})")
        return KeyStatus(True)
    except Exception as exc:  # a broken backend
        return KeyStatus(False, f"the OS keyring does not work: {exc}")


def store_identity(identity: str, recipient: str, company: str) -> KeyStatus:
    """Keep the identity in the OS keyring; without one, in a private key file (and say so)."""
    _MAC_KEYS.pop(recipient, None)
    import keyring
    from keyring.errors import KeyringError

    status = keyring_status()
    if status.keyring:
        try:
            keyring.set_password(KEYRING_SERVICE, recipient, identity)
            _remember(recipient, company, "keyring")
            return status
        except (KeyringError, RuntimeError) as exc:
            status = KeyStatus(False, f"the OS keyring refused the key: {exc}")
    path = _key_file(recipient)
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "w", encoding="ascii") as fh:
        fh.write(f"# Duebook backup key of {company.encode('ascii', 'replace').decode()}\n"
                 f"# public key: {recipient}\n{identity}\n")
    with contextlib.suppress(OSError):
        os.chmod(path, stat.S_IRUSR | stat.S_IWUSR)
    _remember(recipient, company, "file")
    status.notes.append(
        f"{status.reason}: the backup key was saved in {path} (readable only by you). "
        "Write a recovery key (backup recovery-key) and keep it apart: restoring on another "
        "machine needs it and its passphrase.")
    return status


# ---- the audit head this computer last sealed (beside the key: a file cannot roll it back) ---------

def _head_file(recipient: str) -> Path:
    return keys_dir() / f"{recipient}.head"


def seen_head(recipient: str) -> dict[str, object] | None:
    """The audit head (``seq``, ``count``, ``last``) this computer last sealed for the company whose
    backup recipient is ``recipient``; None when it never sealed one here."""
    if not recipient:
        return None
    try:
        data = json.loads(_head_file(recipient).read_text(encoding="ascii"))
    except (OSError, ValueError, UnicodeDecodeError):
        return None
    if not isinstance(data, dict) or not isinstance(data.get("seq"), int):
        return None
    return data


def remember_head(recipient: str, seq: int, count: int, last: str) -> None:
    """Keep the head just sealed; the counter only ever goes up (a lower one is ignored)."""
    if not recipient:
        return
    seen = seen_head(recipient)
    if seen is not None and int(seen["seq"]) >= seq:  # type: ignore[call-overload]
        return
    path = _head_file(recipient)
    tmp = path.with_name(f"{path.name}.{os.getpid()}.tmp")
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "w", encoding="ascii") as fh:
        fh.write(json.dumps({"seq": seq, "count": count, "last": last}))
        fh.flush()
        os.fsync(fh.fileno())
    tmp.replace(path)


_MAC_KEYS: dict[str, bytes | None] = {}
MAX_MANIFEST = 1 << 20  # a manifest is a few hundred bytes; a larger one is refused unread


def derive_mac_key(identity: x25519.Identity) -> bytes:
    """The company's MAC key (audit head, backup manifests): from its secret identity, never stored."""
    return hashlib.sha256(b"duebook-mac-v1\0" + str(identity).encode("ascii")).digest()


def mac_key_for(recipient: str) -> bytes | None:
    """The MAC key of the company whose backup recipient is ``recipient`` (None: no key here)."""
    if not recipient:
        return None
    if recipient not in _MAC_KEYS:
        ident = load_identity(recipient)
        _MAC_KEYS[recipient] = None if ident is None else derive_mac_key(ident)
    return _MAC_KEYS[recipient]


def load_identity(recipient: str) -> x25519.Identity | None:
    """The identity of ``recipient`` from the keyring or the private key file (None: not here)."""
    if not recipient:
        return None
    if keyring_status().keyring:
        try:
            import keyring

            secret = keyring.get_password(KEYRING_SERVICE, recipient)
            if secret:
                return x25519.Identity.from_str(secret.strip())
        except Exception:
            pass
    path = _key_file(recipient)
    if path.exists():
        for line in path.read_text(encoding="ascii").splitlines():
            if line.startswith("AGE-SECRET-KEY-"):
                return x25519.Identity.from_str(line.strip())
    return None


def known_identities() -> list[x25519.Identity]:
    out = []
    for recipient in _known():
        ident = load_identity(recipient)
        if ident is not None:
            out.append(ident)
    return out


def _company_row(db: Database) -> tuple[str, str]:
    """(name, backup_recipient) read with plain SQL, so that an older schema works too."""
    from sqlalchemy import inspect

    cols = {c["name"] for c in inspect(db.engine).get_columns("company")}
    sel = "name, backup_recipient" if "backup_recipient" in cols else "name, ''"
    with db.engine.connect() as conn:
        row = conn.exec_driver_sql(f"SELECT {sel} FROM company ORDER BY id LIMIT 1").first()
    if row is None:
        raise BackupError("the file holds no company")
    return str(row[0]), str(row[1] or "")


def ensure_recipient(db: Database) -> tuple[str, KeyStatus]:
    """The company's backup recipient, creating the key pair at the first backup (set-up)."""
    check_permission(db, "backup.create")
    name, recipient = _company_row(db)
    if recipient:
        here = load_identity(recipient) is not None
        status = KeyStatus(here)
        if not here:
            status.notes.append("the backup key of this company is not on this computer: its backups can "
                                "be restored only with the recovery key and its passphrase")
        return recipient, status
    ident = x25519.Identity.generate()
    recipient = str(ident.to_public())
    status = store_identity(str(ident), recipient, name)
    with db.engine.begin() as conn:
        conn.exec_driver_sql("UPDATE company SET backup_recipient = ? WHERE backup_recipient = ''"
                             if db.is_sqlite else
                             "UPDATE company SET backup_recipient = %s WHERE backup_recipient = ''",
                             (recipient,))
    _name, stored = _company_row(db)
    if stored != recipient:  # someone else set up at the same moment: use theirs
        return stored, KeyStatus(load_identity(stored) is not None)
    with db.uow() as uow:
        audit.record(uow.session, db.user, "backup.setup", "company", 1,
                     after={"recipient": recipient, "keyring": status.keyring})
        uow.commit()
    return recipient, status


def company_identity(db: Database) -> x25519.Identity:
    """The company's secret backup key (administrators only: it decrypts every backup)."""
    check_permission(db, "backup.key")
    recipient, _status = ensure_recipient(db)
    ident = load_identity(recipient)
    if ident is None:
        raise NoKey(f"the backup key of this company is not on this computer "
                    f"({keyring_status().reason or 'not in the OS keyring'}); "
                    "use the recovery key and its passphrase")
    return ident


# ---- recovery key ---------------------------------------------------------------------------------

def recovery_key_bytes(identity: x25519.Identity, passphrase: str) -> bytes:
    if len(passphrase) < 8:
        raise BackupError("choose a passphrase of at least 8 characters")
    text = f"# Duebook recovery key\n# public key: {identity.to_public()}\n{identity}\n"
    out: bytes = pyrage.passphrase.encrypt(text.encode("ascii"), passphrase, armored=True)
    return out


def write_recovery_key(db: Database, out: str | os.PathLike[str], passphrase: str) -> Path:
    """Write the company's identity encrypted with ``passphrase`` (age passphrase format, armored)."""
    check_permission(db, "backup.key")
    ident = company_identity(db)
    data = recovery_key_bytes(ident, passphrase)
    path = Path(out)
    path.parent.mkdir(parents=True, exist_ok=True)
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "wb") as fh:
        fh.write(data)
    with db.uow() as uow:
        audit.record(uow.session, db.user, "backup.recovery_key", "company", 1, after={"file": str(path)})
        uow.commit()
    return path


def read_recovery_key(path: str | os.PathLike[str], passphrase: str | None = None) -> x25519.Identity:
    """An identity from a recovery key (with its passphrase) or from a plain age identity file."""
    try:
        raw = Path(path).read_bytes()
    except OSError as exc:
        raise BackupError(f"cannot read the key file {path}: {exc.strerror}") from exc
    if raw.lstrip().startswith(ARMOR_MAGIC) or raw.startswith(AGE_MAGIC):
        if passphrase is None:
            raise BackupError(f"{path} is a recovery key: its passphrase is needed")
        try:
            raw = pyrage.passphrase.decrypt(raw, passphrase)
        except Exception as exc:
            raise BackupError("wrong passphrase for the recovery key") from exc
    for line in raw.decode("ascii", "replace").splitlines():
        if line.strip().startswith("AGE-SECRET-KEY-"):
            try:
                return x25519.Identity.from_str(line.strip())
            except Exception as exc:
                raise BackupError(f"{path} holds a damaged key") from exc
    raise BackupError(f"{path} holds no age identity")


# ---- making a backup ------------------------------------------------------------------------------

def slug(name: str) -> str:
    return re.sub(r"[^\w\-]+", "_", name.strip(), flags=re.UNICODE).strip("_") or "company"


def backup_name(company: str, at: dt.datetime) -> str:
    return f"duebook-{slug(company)}-{at.strftime(STAMP)}{SUFFIX}"


# ---- temporary copies: in the target's own folder, private, swept after a kill ---------------------

_LEFTOVER = re.compile(r"^\.duebook-tmp-(\d+)-|\.(\d+)\.(?:part|restoring)$")


def work_folder(folder: Path) -> tempfile.TemporaryDirectory[str]:
    """A private (0700) folder for unencrypted copies inside ``folder`` (the target's own disk),
    named with this process's id, so that a kill leaves something ``sweep_leftovers`` recognises."""
    return tempfile.TemporaryDirectory(prefix=f".duebook-tmp-{os.getpid()}-", dir=folder)


def sweep_leftovers(folder: Path) -> list[Path]:
    """Remove what a killed Duebook left in ``folder`` (temporary copies, half-written backups and
    restores) when the process that made it is gone. Returns what was removed."""
    from app.services.locking import pid_alive

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


def default_dest(db: Database) -> Path:
    try:
        with db.engine.connect() as conn:
            row = conn.exec_driver_sql("SELECT backup_dir FROM company ORDER BY id LIMIT 1").first()
        if row and row[0]:
            return Path(str(row[0]))
    except Exception:
        pass
    return config.default_backup_dir()


def _table_counts(conn: sqlite3.Connection) -> dict[str, int]:
    names = [r[0] for r in conn.execute(
        "SELECT name FROM sqlite_master WHERE type='table' AND name NOT LIKE 'sqlite_%' ORDER BY name")]
    return {n: int(conn.execute(f'SELECT COUNT(*) FROM "{n}"').fetchone()[0]) for n in names}


def _sha256(path: Path) -> str:
    h = hashlib.sha256()
    with open(path, "rb") as fh:
        for chunk in iter(lambda: fh.read(1 << 20), b""):
            h.update(chunk)
    return h.hexdigest()


def snapshot(db: Database, dst: Path) -> None:
    """A consistent SQLite copy of the company at ``dst``, while others keep writing."""
    check_permission(db, "backup.create")
    if db.is_sqlite:
        assert db.path is not None
        src = sqlite3.connect(db.path, timeout=30)
        out = sqlite3.connect(str(dst))
        try:
            out.execute("PRAGMA synchronous=OFF")  # a temporary copy: no need to force it to disk
            src.backup(out, pages=-1)  # ONE step: a consistent copy that never blocks writers
            out.execute("PRAGMA journal_mode=DELETE")
            out.commit()
        finally:
            out.close()
            src.close()
    else:
        _snapshot_server(db, dst)


def _snapshot_server(db: Database, dst: Path) -> None:
    """A PostgreSQL company: its tables copied into a new SQLite file, in one repeatable read."""
    from sqlalchemy import event, insert, select

    from app.models import schema
    from app.models.base import Base
    from app.models.db import make_engine, set_minor_digits, to_url

    engine = make_engine(to_url(str(dst)))
    # The server hands rows back in its storage order (an invoice updated after the payment that
    # points at it comes after that payment), so the copy is written with foreign keys off. SQLite
    # ignores that pragma inside a transaction: it is set on each new connection, before any BEGIN,
    # and the finished copy is checked with foreign_key_check instead.
    event.listen(engine, "connect", _foreign_keys_off)
    try:
        set_minor_digits(engine, db.digits)
        schema.create_schema(engine)
        with db.engine.connect().execution_options(isolation_level="REPEATABLE READ") as src, \
                engine.begin() as out:
            for table in Base.metadata.sorted_tables:
                result = src.execution_options(yield_per=5000).execute(
                    select(table).order_by(*table.primary_key.columns))
                for part in result.mappings().partitions(5000):
                    out.execute(insert(table), [dict(r) for r in part])
            rev = src.exec_driver_sql("SELECT version_num FROM alembic_version").scalar()
            if rev:
                out.exec_driver_sql("UPDATE alembic_version SET version_num = ?", (rev,))
    finally:
        engine.dispose()
    plain = sqlite3.connect(str(dst))
    try:
        plain.execute("PRAGMA journal_mode=DELETE")
        broken = plain.execute("PRAGMA foreign_key_check").fetchall()
    finally:
        plain.close()
    if broken:
        raise BackupError(f"the server's data has {len(broken)} rows pointing at missing rows "
                          f"(first in table {broken[0][0]}); nothing was backed up")
    for extra in ("-wal", "-shm"):
        with contextlib.suppress(OSError):
            Path(str(dst) + extra).unlink()


def _foreign_keys_off(dbapi_conn: Any, _record: Any) -> None:
    dbapi_conn.execute("PRAGMA foreign_keys=OFF")


class _Channel:
    """Blocks handed from one thread to another through a bounded queue, read back as a file.

    Used between the gzip stage and age (and back on restore): pyrage calls ``read(8192)``
    about 24,000 times for a 190 MB backup; served from memory, each call costs a few
    microseconds of the GIL instead of a pipe system call and a GIL hand-off."""

    def __init__(self, depth: int = 16) -> None:
        self._q: queue.Queue[bytes | None] = queue.Queue(maxsize=depth)
        self._cur = memoryview(b"")
        self._pos = 0
        self._eof = False
        self.abandoned = False  # the reader stopped (failed): the writer gets BrokenPipeError
        self.writer_done = False  # the writer has closed its end (finished or failed)

    # writer side
    def put(self, data: bytes | None) -> None:
        while True:
            if self.abandoned:
                raise BrokenPipeError("the reading side stopped")
            try:
                self._q.put(data, timeout=0.2)
                return
            except queue.Full:
                continue

    def write(self, data: bytes) -> int:
        if data:
            self.put(bytes(data))
        return len(data)

    def close_writer(self) -> None:
        self.writer_done = True
        with contextlib.suppress(BrokenPipeError):
            self.put(None)

    # reader side
    def block(self) -> bytes:
        """The next whole block (b"" at the end)."""
        if self._pos < len(self._cur):
            out = self._cur[self._pos:].tobytes()
            self._cur, self._pos = memoryview(b""), 0
            return out
        if self._eof:
            return b""
        item = self._q.get()
        if item is None:
            self._eof = True
            return b""
        return item

    def read(self, size: int = -1) -> bytes:
        while self._pos >= len(self._cur):
            item = self.block()
            if not item:
                return b""
            self._cur, self._pos = memoryview(item), 0
        end = len(self._cur) if size is None or size < 0 else min(len(self._cur), self._pos + size)
        out = self._cur[self._pos:end].tobytes()
        self._pos = end
        return out

    def abandon(self) -> None:
        """The reader gives up: a writer blocked on a full queue is released (BrokenPipeError)."""
        self.abandoned = True
        with contextlib.suppress(queue.Empty):
            while True:
                self._q.get_nowait()


class _Collector:
    """A write-only file that gathers small writes (pyrage writes 8 KiB at a time) into 1 MiB
    blocks for a _Channel."""

    BLOCK = 1 << 20

    def __init__(self, channel: _Channel) -> None:
        self.channel = channel
        self.buf = bytearray()

    def write(self, data: bytes) -> int:
        self.buf += data
        if len(self.buf) >= self.BLOCK:
            self.channel.put(bytes(self.buf))
            self.buf.clear()
        return len(data)

    def flush(self) -> None:
        pass

    def close(self) -> None:
        if self.buf:
            self.channel.put(bytes(self.buf))
            self.buf.clear()


class _ParallelGzip:
    """A write-only file: what is written is cut into blocks of about 4 MiB that threads
    compress as gzip members (zlib level 1), handed on in order to ``out.write``.
    Concatenated members are one standard gzip stream (RFC 1952): gzip, ``tar -xz`` and
    Python all read it; zlib compresses without the GIL, so every core works."""

    BLOCK = 4 << 20

    def __init__(self, out: Any, level: int = 1, workers: int | None = None) -> None:
        self.out = out
        self.level = level
        self.workers = workers or max(1, min(4, os.cpu_count() or 1))
        self.pool = ThreadPoolExecutor(self.workers, thread_name_prefix="duebook-gzip")
        self.pending: deque[Future[bytes]] = deque()
        self.pieces: list[bytes] = []
        self.size = 0
        self.written = 0

    @staticmethod
    def _member(data: bytes, level: int) -> bytes:
        c = zlib.compressobj(level, zlib.DEFLATED, 31, 9)
        return c.compress(data) + c.flush()

    def write(self, data: bytes) -> int:
        n = len(data)
        if n:
            self.pieces.append(bytes(data))
            self.size += n
            self.written += n
            if self.size >= self.BLOCK:
                self._cut()
        return n

    def tell(self) -> int:
        return self.written

    def _cut(self) -> None:
        block = self.pieces[0] if len(self.pieces) == 1 else b"".join(self.pieces)
        self.pieces, self.size = [], 0
        self.pending.append(self.pool.submit(self._member, block, self.level))
        while len(self.pending) > 2 * self.workers:  # bounded memory: at most ~8 blocks in flight
            self.out.write(self.pending.popleft().result())

    def close(self) -> None:
        try:
            if self.size:
                self._cut()
            while self.pending:
                self.out.write(self.pending.popleft().result())
        finally:
            self.pool.shutdown(wait=True, cancel_futures=True)


def _in_thread(fn: Callable[[], None], name: str = "duebook-age") -> tuple[threading.Thread, list[BaseException]]:
    errors: list[BaseException] = []

    def run() -> None:
        try:
            fn()
        except BaseException as exc:
            errors.append(exc)

    t = threading.Thread(target=run, daemon=True, name=name)
    t.start()
    return t, errors


_READ = 4 << 20


def _tar_header(name: str, size: int, mtime: float) -> bytes:
    info = tarfile.TarInfo(name)
    info.size = size
    info.mtime = int(mtime)
    info.mode = 0o600
    info.uid = info.gid = 0
    info.uname = info.gname = ""
    return info.tobuf(tarfile.PAX_FORMAT, "utf-8", "surrogateescape")


def _tar_padding(size: int) -> bytes:
    return tarfile.NUL * (-size % tarfile.BLOCKSIZE)


def manifest_mac(key: bytes, manifest: dict[str, Any]) -> str:
    """The HMAC of a manifest (every field but ``mac``, canonical JSON): it binds company.db's
    SHA-256, the company and the row counts to the company's secret key."""
    import hmac

    body = json.dumps({k: v for k, v in manifest.items() if k != "mac"}, ensure_ascii=False, sort_keys=True)
    return hmac.new(key, b"duebook-backup-manifest:" + body.encode("utf-8"), hashlib.sha256).hexdigest()


def _check_signed(manifest: dict[str, Any], identities: list[x25519.Identity], name: str) -> None:
    """A backup is accepted only when its manifest carries the MAC of a key we hold: anyone with the
    public recipient can encrypt a file, only the company's key can sign it."""
    import hmac

    mac = manifest.get("mac")
    if not isinstance(mac, str) or not mac:
        raise Unsigned(f"{name} is not signed by a company key (made by someone else or by an older "
                       "Duebook): it is not trusted", file=name)
    if not any(hmac.compare_digest(mac, manifest_mac(derive_mac_key(i), manifest)) for i in identities):
        raise BackupError(f"{name} is forged or altered: its signature does not match the company's key")


def _archive_encrypted(db_file: Path, manifest: dict[str, Any], partial: Path, recipient: str,
                       mac_key: bytes | None = None) -> str:
    """tar (company.db, manifest.json) | parallel gzip | age to ``recipient`` -> ``partial``.

    Streams through memory: no unencrypted archive is written. The tar is written here in
    4 MiB pieces (what ``tarfile`` writes, without its 10 KiB copying): each piece is hashed
    (SHA-256, outside the GIL) and handed to the gzip threads; the compressed members go
    through a _Channel to age in its own thread. Returns company.db's SHA-256 (written into
    the manifest that follows it in the archive).
    """
    channel = _Channel()
    rcp = x25519.Recipient.from_str(recipient)

    def encrypt() -> None:
        try:
            with open_private(partial) as out:
                pyrage.encrypt_io(channel, out, [rcp])
        finally:
            channel.abandon()  # a failed encryption releases the writer

    thread, errors = _in_thread(encrypt)
    digest = hashlib.sha256()
    try:
        gz = _ParallelGzip(channel)
        try:
            st = db_file.stat()
            offset = 0
            header = _tar_header("company.db", st.st_size, st.st_mtime)
            gz.write(header)
            offset += len(header)
            with open(db_file, "rb", buffering=0) as fh:
                while chunk := fh.read(_READ):
                    digest.update(chunk)
                    gz.write(chunk)
                    offset += len(chunk)
            if offset - len(header) != st.st_size:
                raise BackupError("the snapshot changed while it was archived")
            gz.write(_tar_padding(st.st_size))
            offset += len(_tar_padding(st.st_size))
            manifest["sha256"] = digest.hexdigest()
            if mac_key is not None:
                manifest["mac"] = manifest_mac(mac_key, manifest)
            text = json.dumps(manifest, ensure_ascii=False, indent=2).encode("utf-8")
            for piece in (_tar_header("manifest.json", len(text), time.time()), text,
                          _tar_padding(len(text)), tarfile.NUL * (2 * tarfile.BLOCKSIZE)):
                gz.write(piece)
                offset += len(piece)
            gz.write(tarfile.NUL * (-offset % tarfile.RECORDSIZE))
        finally:
            gz.close()
        channel.close_writer()
    except BrokenPipeError:
        pass  # the encryption stopped: its own error follows
    finally:
        if not channel.writer_done:  # a failure here: age ends the (discarded) file and stops
            channel.close_writer()
        thread.join()
    real = [e for e in errors if not isinstance(e, BrokenPipeError)]
    if real:
        raise BackupError(f"the backup could not be encrypted: {real[0]}") from real[0]
    if errors:
        raise BackupError("the backup could not be encrypted")
    return digest.hexdigest()


def _manifest(db_file: Path, company: str, recipient: str, at: dt.datetime,
              hash_file: bool = True) -> dict[str, Any]:
    conn = sqlite3.connect(str(db_file))
    try:
        counts = _table_counts(conn)
        try:
            version = str(conn.execute("SELECT version_num FROM alembic_version").fetchone()[0])
        except (sqlite3.Error, TypeError):
            version = ""
    finally:
        conn.close()
    return {
        "format": FORMAT,
        "company": company,
        "company_key": recipient,
        "schema_version": version,
        "row_counts": counts,
        "sha256": _sha256(db_file) if hash_file else "",
        "created_at": at.replace(microsecond=0).isoformat() + "Z",
    }


def _unique(path: Path) -> Path:
    if not path.exists():
        return path
    for i in range(2, 1000):
        cand = path.with_name(f"{path.stem}-{i}{path.suffix}")
        if not cand.exists():
            return cand
    raise BackupError(f"too many backups named like {path}")


def create_backup(db: Database, dest: str | os.PathLike[str] | None = None, *,
                  progress: Progress | None = None, reason: str = "manual", prune: bool = True,
                  now: dt.datetime | None = None) -> BackupResult:
    """Make an encrypted backup of the open company into ``dest`` (default: its backup folder)."""
    check_permission(db, "backup.create")
    p = progress or NoProgress()
    at = now or utcnow()
    recipient, status = ensure_recipient(db)
    if mac_key_for(recipient) is None:
        status.notes.append("this backup cannot be signed (the company's key is not on this computer): "
                            "verify and restore it with --allow-unsigned")
    company, _r = _company_row(db)
    dest_dir = Path(dest) if dest else default_dest(db)
    dest_dir.mkdir(parents=True, exist_ok=True)
    target = _unique(dest_dir / backup_name(company, at))
    check(p, 0, 4)
    sweep_leftovers(dest_dir)
    with work_folder(dest_dir) as tmp:
        work = Path(tmp)
        db_file = work / "company.db"
        snapshot(db, db_file)
        check(p, 1, 4)
        manifest = _manifest(db_file, company, recipient, at, hash_file=False)
        check(p, 2, 4)
        partial = target.with_name(f"{target.name}.{os.getpid()}.part")
        try:
            manifest["sha256"] = _archive_encrypted(db_file, manifest, partial, recipient, mac_key_for(recipient))
            check(p, 3, 4)
            with open(partial, "r+b") as fh:  # Windows flushes only writable handles
                os.fsync(fh.fileno())
            partial.replace(target)
        except BaseException:
            with contextlib.suppress(OSError):
                partial.unlink()
            raise
    size = target.stat().st_size
    _record_backup(db, target, size, manifest, reason, at)
    pruned = prune_backups(dest_dir, company, now=at) if prune else []
    check(p, 4, 4)
    return BackupResult(str(target), company, at, size, manifest["sha256"], manifest["row_counts"],
                        tuple(status.notes), tuple(str(x) for x in pruned))


def _record_backup(db: Database, target: Path, size: int, manifest: dict[str, Any], reason: str,
                   at: dt.datetime) -> None:
    from app.models import Setting

    value = json.dumps({"at": at.isoformat(), "file": str(target), "size": size,
                        "sha256": manifest["sha256"]}, ensure_ascii=False)
    with db.uow() as uow:
        s = uow.session
        row = s.get(Setting, LAST_KEY)
        if row is None:
            s.add(Setting(key=LAST_KEY, value=value))
        else:
            row.value = value
        audit.record(s, db.user, "backup.create", "backup", target.name,
                     after={"file": str(target), "size": size, "sha256": manifest["sha256"],
                            "reason": reason})
        uow.commit()


def last_backup(db: Database, now: dt.datetime | None = None) -> LastBackup:
    """When the last backup was made, and whether it is more than a week ago (or never)."""
    from app.models import Setting

    with db.uow() as uow:
        row = uow.session.get(Setting, LAST_KEY)
        raw = row.value if row is not None else ""
    moment = now or utcnow()
    try:
        data = json.loads(raw) if raw else {}
        at = dt.datetime.fromisoformat(data["at"]) if data else None
    except (ValueError, KeyError, TypeError):
        data, at = {}, None
    overdue = at is None or moment - at > WARN_AFTER
    return LastBackup(at, str(data.get("file", "")), int(data.get("size", 0) or 0), overdue)


def backup_if_due(db: Database, dest: str | os.PathLike[str] | None = None, *,
                  every: dt.timedelta = dt.timedelta(days=1), reason: str = "daily",
                  progress: Progress | None = None) -> BackupResult | None:
    """The daily (or on-close) backup: made only when the last one is older than ``every``."""
    check_permission(db, "backup.create")
    last = last_backup(db)
    if last.at is not None and utcnow() - last.at < every:
        return None
    return create_backup(db, dest, reason=reason, progress=progress)


def changed_since_last_backup(db: Database) -> bool:
    """Whether anything was changed (per the audit trail) after the last backup began."""
    from sqlalchemy import func, select

    from app.models import AuditEntry

    last = last_backup(db)
    if last.at is None:
        return True
    with db.uow() as uow:
        newest = uow.session.execute(select(func.max(AuditEntry.at)).where(
            AuditEntry.action.not_like("backup.%"), AuditEntry.action.not_like("login%"),
            AuditEntry.action != "logout")).scalar()
    return newest is not None and newest > last.at


def backup_on_close(db: Database, dest: str | os.PathLike[str] | None = None, *,
                    progress: Progress | None = None) -> BackupResult | None:
    """The backup made when the program closes a company: only when something changed since the last."""
    check_permission(db, "backup.create")
    if not changed_since_last_backup(db):
        return None
    return create_backup(db, dest, reason="on close", progress=progress)


class FileDamaged(CompanyFileError):
    """A company file fails SQLite's integrity check: it is not opened; restoring a backup is
    the way out."""

    code = "company_damaged"


def damaged_error(path: str | os.PathLike[str], problems: list[str], why: str = "") -> FileDamaged:
    first = " ".join(problems[0].split()) if problems else "?"
    more = f" (and {len(problems) - 1} more)" if len(problems) > 1 else ""
    return FileDamaged(
        f"{path} is damaged and was not opened: SQLite's check reports \"{first}\"{more}. {why}"
        f"Restore the latest backup: duebook backup restore BACKUP{SUFFIX} --to {path} "
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


def before_upgrade(db: Database) -> None:
    """``open_company(..., before_upgrade=backup.before_upgrade)``: a backup before a migration."""
    check_permission(db, "backup.create")
    create_backup(db, reason="before upgrade")


# ---- retention ------------------------------------------------------------------------------------

_NAME_RE = re.compile(r"^duebook-(?P<slug>.+)-(?P<stamp>\d{8}T\d{6}Z)(?:-\d+)?\.duebak$")


def _backups_in(folder: Path, company: str) -> list[tuple[dt.datetime, Path]]:
    want = slug(company)
    out = []
    for p in folder.glob(f"duebook-*{SUFFIX}"):
        m = _NAME_RE.match(p.name)
        if m and m.group("slug") == want:
            out.append((dt.datetime.strptime(m.group("stamp"), STAMP), p))
    out.sort(key=lambda t: (t[0], t[1].name), reverse=True)
    return out


def retained(stamps: Iterable[dt.datetime], now: dt.datetime) -> set[dt.datetime]:
    """Which backups to keep: the newest of each of the last 7 days, 4 weeks and 12 months
    that have one, and every backup younger than a day."""
    ordered = sorted(set(stamps), reverse=True)
    keep = {t for t in ordered if now - t < dt.timedelta(days=1)}
    for key_fn, count in ((lambda t: t.date(), KEEP_DAILY),
                          (lambda t: t.isocalendar()[:2], KEEP_WEEKLY),
                          (lambda t: (t.year, t.month), KEEP_MONTHLY)):
        seen: list[object] = []
        for t in ordered:
            k = key_fn(t)
            if k in seen:
                continue
            if len(seen) >= count:
                break
            seen.append(k)
            keep.add(t)
    return keep


def prune_backups(folder: str | os.PathLike[str], company: str,
                  now: dt.datetime | None = None) -> list[Path]:
    """Delete the backups of ``company`` in ``folder`` that the retention rule does not keep."""
    items = _backups_in(Path(folder), company)
    keep = retained([t for t, _ in items], now or utcnow())
    newest_of: dict[dt.datetime, Path] = {}
    for t, p in items:
        newest_of.setdefault(t, p)
    removed = []
    for t, p in items:
        if t in keep:
            continue
        with contextlib.suppress(OSError):
            p.unlink()
            removed.append(p)
    return removed


# ---- reading and verifying ------------------------------------------------------------------------

@contextlib.contextmanager
def opened_backup(path: str | os.PathLike[str], identities: list[x25519.Identity],
                  workdir: str | os.PathLike[str] | None = None,
                  progress: Progress | None = None,
                  allow_unsigned: bool = False) -> Iterator[tuple[Path, dict[str, Any]]]:
    """Decrypt and unpack ``path`` into a temporary folder: yields (company.db, manifest)."""
    p = progress or NoProgress()
    src = Path(path)
    try:
        if not stat.S_ISREG(src.stat().st_mode):  # a FIFO or a device would hang or never end
            raise BackupError(f"{src.name} is not a regular file")
    except OSError as exc:
        raise BackupError(f"cannot read {src}: {exc.strerror}") from exc
    try:
        with open(src, "rb") as fh:
            head = fh.read(len(ARMOR_MAGIC))
    except OSError as exc:
        raise BackupError(f"cannot read {src}: {exc.strerror}") from exc
    if not (head.startswith(AGE_MAGIC) or head.startswith(ARMOR_MAGIC)):
        raise BackupError(f"{src.name} is not a Duebook backup (not in the age format)")
    if not identities:
        raise NoKey(f"no key to open {src.name}: the company's key is not on this computer; "
                    "use the recovery key and its passphrase")
    folder = Path(workdir) if workdir is not None else src.parent
    if not os.access(folder, os.W_OK):  # a backup on a read-only disk: the system's temporary folder
        folder = Path(tempfile.gettempdir())
    sweep_leftovers(folder)
    with work_folder(folder) as tmp:
        work = Path(tmp)
        members = _decrypt_unpack(src, identities, work)
        check(p, 1, 4)
        try:
            manifest = json.loads(members["manifest.json"].read_text(encoding="utf-8"))
            if not isinstance(manifest, dict) or "sha256" not in manifest:
                raise ValueError("no sha256")
        except ValueError as exc:
            raise BackupError(f"{src.name} has a damaged manifest") from exc
        if not (allow_unsigned and not manifest.get("mac")):  # a forged signature is never allowed
            _check_signed(manifest, identities, src.name)
        yield members["company.db"], manifest


_DIGESTS: dict[str, str] = {}  # SHA-256 of files as they were unpacked (saves reading them again)


def _decrypt_error(exc: BaseException, name: str) -> BackupError:
    if isinstance(exc, pyrage.DecryptError) and "No matching keys" in str(exc):
        return BackupError(f"{name} cannot be opened with this company's key: it is a backup of another "
                           "company, was made with another key, or its header is damaged")
    if isinstance(exc, pyrage.DecryptError):
        return BackupError(f"{name} is damaged (truncated or altered): {exc}")
    return BackupError(f"{name} is damaged (truncated or altered): decryption failed its integrity check")


class _Gunzip:
    """A readable file over a (multi-member) gzip stream arriving in blocks from a _Channel.

    zlib checks every member's CRC-32 and length itself (``wbits=31``) and inflates outside
    the GIL; output is bounded (8 MiB a call) whatever the compression ratio."""

    OUT = 8 << 20

    def __init__(self, src: _Channel) -> None:
        self.src = src
        self.d = zlib.decompressobj(31)
        self.inp = b""
        self.in_member = False
        self.seen = False
        self.end = False
        self.out = b""
        self.pos = 0

    def _inflate(self) -> bytes:
        while not self.end:
            if not self.inp:
                self.inp = self.src.block()
                if not self.inp:
                    if self.in_member:
                        raise EOFError("the compressed archive ends in the middle of a member")
                    if not self.seen:
                        raise EOFError("the archive is empty")
                    self.end = True
                    return b""
            out = self.d.decompress(self.inp, self.OUT)
            self.in_member = self.seen = True
            if self.d.eof:  # a member ends: the next may follow in the same block
                self.inp = self.d.unused_data
                self.d = zlib.decompressobj(31)
                self.in_member = False
            else:
                self.inp = self.d.unconsumed_tail
            if out:
                return out
        return b""

    def read(self, size: int = -1) -> bytes:
        while self.pos >= len(self.out):
            self.out, self.pos = self._inflate(), 0
            if not self.out:
                return b""
        if self.pos == 0 and (size is None or size < 0 or size >= len(self.out)):
            out, self.out = self.out, b""
            return out
        end = len(self.out) if size is None or size < 0 else min(len(self.out), self.pos + size)
        piece = self.out[self.pos:end]
        self.pos = end
        return piece

    def drain(self) -> None:
        """Inflate to the end (every member's CRC checked, every age chunk authenticated)."""
        self.out, self.pos = b"", 0
        while self._inflate():
            pass


def _decrypt_unpack(src: Path, identities: list[x25519.Identity], work: Path) -> dict[str, Path]:
    """age -d | gunzip | tar -x of the two members, in one pass through memory (no temporary
    archive): age decrypts in its own thread, zlib inflates here, and a third thread hashes
    and writes company.db, so that two cores share the work.

    age authenticates every 64 KiB chunk before releasing it, and the whole stream is read to
    its end, so a truncated or altered file is refused even when its beginning unpacks.
    """
    name = src.name
    channel = _Channel()

    def decrypt() -> None:
        collector = _Collector(channel)
        try:
            with open(src, "rb", buffering=1 << 20) as inp:
                pyrage.decrypt_io(inp, collector, identities)
            collector.close()
        finally:
            channel.close_writer()

    thread, errors = _in_thread(decrypt)
    failure: BackupError | None = None
    members: dict[str, Path] = {}
    age_ended_first = False
    try:
        try:
            stream = _Gunzip(channel)
            members = _unpack(stream, work, name)
            stream.drain()
        except BackupError as exc:
            failure = exc
        except (OSError, EOFError, zlib.error) as exc:
            failure = BackupError(f"{name} is damaged: its archive cannot be read ({exc})")
    finally:
        age_ended_first = channel.writer_done
        channel.abandon()  # a decryption still running gets BrokenPipeError and stops
        thread.join()
    real = [e for e in errors if not isinstance(e, BrokenPipeError)]
    if real and (failure is None or age_ended_first):
        raise _decrypt_error(real[0], name) from real[0]
    if failure is not None:
        raise failure
    if real:
        raise _decrypt_error(real[0], name) from real[0]
    return members


def _write_hashed(src: Any, out: Path) -> str:
    """Copy ``src`` to ``out`` and return its SHA-256. Reading (inflating) and hashing-writing run
    in two threads, both outside the GIL, so that a two-core machine does both at once."""
    import queue

    digest = hashlib.sha256()
    chunks: queue.Queue[bytes | None] = queue.Queue(maxsize=8)
    failed: list[BaseException] = []

    def sink() -> None:
        try:
            with open_private(out) as dst:
                while (chunk := chunks.get()) is not None:
                    digest.update(chunk)
                    dst.write(chunk)
        except BaseException as exc:
            failed.append(exc)
            while chunks.get() is not None:  # keep the reader from blocking
                pass

    t = threading.Thread(target=sink, daemon=True, name="duebook-unpack")
    t.start()
    try:
        while chunk := src.read(4 << 20):
            chunks.put(chunk)
    finally:
        chunks.put(None)
        t.join()
    if failed:
        raise failed[0]
    return digest.hexdigest()


def _unpack(stream: Any, work: Path, name: str) -> dict[str, Path]:
    found: dict[str, Path] = {}
    try:
        with tarfile.open(fileobj=stream, mode="r|", bufsize=1 << 20) as tar:
            for member in tar:
                if member.name not in ("company.db", "manifest.json") or not member.isfile():
                    continue
                if member.name == "manifest.json" and member.size > MAX_MANIFEST:
                    raise BackupError(f"{name} is not a Duebook backup: its manifest is {member.size} bytes "
                                      f"(at most {MAX_MANIFEST})")
                fh = tar.extractfile(member)
                if fh is None:
                    continue
                out = work / member.name
                _DIGESTS[str(out)] = _write_hashed(fh, out)
                found[member.name] = out
    except (tarfile.TarError, EOFError) as exc:
        raise BackupError(f"{name} is damaged: its archive cannot be read ({exc})") from exc
    missing = {"company.db", "manifest.json"} - set(found)
    if missing:
        raise BackupError(f"{name} is not a Duebook backup: {', '.join(sorted(missing))} missing")
    return found


def _check_hash(db_file: Path, manifest: dict[str, Any], name: str) -> None:
    known = _DIGESTS.pop(str(db_file), None)  # computed while it was unpacked
    if (known or _sha256(db_file)) != manifest.get("sha256"):
        raise BackupError(f"{name}: company.db does not match its manifest (SHA-256 differs)")


def check_snapshot(db_file: Path, manifest: dict[str, Any], name: str,
                   full: bool = False, hash_checked: bool = False) -> tuple[str, dict[str, int]]:
    """SHA-256, integrity check and row counts of an unpacked company.db against its manifest.

    The SHA-256 proves the file is the very snapshot that was backed up. SQLite's check then
    runs as ``quick_check`` (every b-tree, page and constraint: 3.4 s of CPU on data set L) or,
    with ``full``, as ``integrity_check`` (also every index entry against its table: about
    50 s of CPU on L).
    """
    pragma = "integrity_check" if full else "quick_check"
    if not hash_checked:
        _check_hash(db_file, manifest, name)
    conn = sqlite3.connect(f"file:{db_file}?mode=ro", uri=True)
    try:
        try:
            rows = [str(r[0]) for r in conn.execute(f"PRAGMA {pragma}")]
            counts = _table_counts(conn)
        except sqlite3.DatabaseError as exc:
            raise BackupError(f"{name}: company.db is not a sound database ({exc})") from exc
    finally:
        conn.close()
    if rows != ["ok"]:
        raise BackupError(f"{name}: company.db fails SQLite's integrity check: {'; '.join(rows[:3])}")
    expected = manifest.get("row_counts") or {}
    diff = [t for t in sorted(set(expected) | set(counts)) if expected.get(t) != counts.get(t)]
    if diff:
        t = diff[0]
        raise BackupError(f"{name}: table {t} holds {counts.get(t, 0)} rows, the manifest says "
                          f"{expected.get(t, 0)}")
    return "ok", counts


def expected_company(db: Database | None) -> tuple[str, str] | None:
    if db is None:
        return None
    try:
        return _company_row(db)
    except Exception:
        return None


def _check_company(manifest: dict[str, Any], expect: tuple[str, str] | None, name: str) -> None:
    if expect is None:
        return
    exp_name, exp_key = expect
    key = str(manifest.get("company_key", ""))
    same = key == exp_key if (key and exp_key) else manifest.get("company") == exp_name
    if not same:
        raise BackupError(f"{name} is a backup of another company ({manifest.get('company')!r}), "
                          f"not of {exp_name!r}")


def identities_for(db: Database | None, extra: x25519.Identity | None = None) -> list[x25519.Identity]:
    """Keys to try: a recovery key given by the user, the company's, then every other one known here."""
    out: list[x25519.Identity] = []
    if extra is not None:
        out.append(extra)
    if db is not None:
        with contextlib.suppress(Exception):
            _n, recipient = _company_row(db)
            ident = load_identity(recipient)
            if ident is not None:
                out.append(ident)
    seen = {str(i.to_public()) for i in out}
    for ident in known_identities():
        if str(ident.to_public()) not in seen:
            out.append(ident)
    return out


def verify_backup(path: str | os.PathLike[str], db: Database | None = None, *,
                  identity: x25519.Identity | None = None, progress: Progress | None = None,
                  identities: list[x25519.Identity] | None = None,
                  expect: tuple[str, str] | None = None, full: bool = False,
                  allow_unsigned: bool = False) -> VerifyReport:
    """Decrypt, check the signature, the hash, the integrity and the counts; with ``db``, also that
    it is its company's. ``allow_unsigned``: accept a backup with no signature (made where the
    company's key was not); a wrong signature is refused all the same."""
    name = Path(path).name
    p = progress or NoProgress()
    keys = identities if identities is not None else identities_for(db, identity)
    with opened_backup(path, keys, progress=p, allow_unsigned=allow_unsigned) as (db_file, manifest):
        check(p, 2, 4)
        _check_company(manifest, expect or expected_company(db), name)
        integrity, counts = check_snapshot(db_file, manifest, name, full)
        check(p, 4, 4)
    return replace(_report(path, manifest, integrity, counts), check="integrity_check" if full else "quick_check")


def _report(path: str | os.PathLike[str], manifest: dict[str, Any], integrity: str,
            counts: dict[str, int]) -> VerifyReport:
    return VerifyReport(str(path), str(manifest.get("company", "")), str(manifest.get("company_key", "")),
                        str(manifest.get("schema_version", "")), str(manifest.get("created_at", "")),
                        str(manifest["sha256"]), counts, integrity)


def _target_company(target: Path) -> tuple[str, str] | None:
    if not target.exists() or target.stat().st_size == 0:
        return None
    try:
        conn = sqlite3.connect(f"file:{target}?mode=ro", uri=True)
        try:
            cols = {r[1] for r in conn.execute("PRAGMA table_info(company)")}
            sel = "name, backup_recipient" if "backup_recipient" in cols else "name, ''"
            row = conn.execute(f"SELECT {sel} FROM company ORDER BY id LIMIT 1").fetchone()
        finally:
            conn.close()
    except sqlite3.Error as exc:
        if _is_sqlite_file(target):
            return None  # a damaged company file: whose it is cannot be read; it is kept aside
        raise BackupError(f"{target} exists and is not a Duebook company file; nothing was replaced "
                          f"({exc})") from exc
    return None if row is None else (str(row[0]), str(row[1] or ""))


def _is_sqlite_file(path: Path) -> bool:
    try:
        with open(path, "rb") as fh:
            return fh.read(16) == b"SQLite format 3\x00"
    except OSError:
        return False


def restore_backup(path: str | os.PathLike[str], target: str | os.PathLike[str], *,
                   db: Database | None = None, identity: x25519.Identity | None = None,
                   progress: Progress | None = None, backup_current: bool = True,
                   identities: list[x25519.Identity] | None = None,
                   allow_unsigned: bool = False) -> RestoreResult:
    """Restore ``path`` into the company file ``target``.

    The backup is verified into a new file beside ``target`` first, in the same single pass
    that unpacks it; only then is the current ``target`` (if any) moved aside
    (``<name>.before-restore-<stamp>``, with a backup made of it while SQLite checks the new
    file) and the new file put in its place. Any refusal replaces nothing. A company file
    open in a Duebook (this one included) must be closed first.
    """
    from app.services.locking import FileLock

    tgt = Path(target).expanduser().resolve()
    name = Path(path).name
    p = progress or NoProgress()
    tgt.parent.mkdir(parents=True, exist_ok=True)
    expect = _target_company(tgt)
    warnings: list[str] = []
    keys = identities if identities is not None else identities_for(db, identity)
    lock = FileLock(tgt)
    lock.acquire(exclusive=True)  # at once FileLocked (naming the holder) when a Duebook has the file open
    try:
        with opened_backup(path, keys, workdir=tgt.parent, progress=p,
                           allow_unsigned=allow_unsigned) as (db_file, manifest):
            check(p, 2, 4)
            _check_company(manifest, expect, name)
            _check_hash(db_file, manifest, name)
            # The file is this company's very snapshot: while SQLite checks it, the disk writes.
            # The file it will replace is backed up only once every check passed: a refused
            # restore writes nothing into the target (no backup, no audit entry).
            before: list[str] = []
            # The descriptor is closed only after SQLite's connection is: closing a file drops
            # every POSIX lock this process holds on it. Windows flushes only writable handles.
            fd = os.open(db_file, os.O_RDWR | getattr(os, "O_BINARY", 0))
            try:
                syncing, sync_errors = _in_thread(lambda: os.fsync(fd), "duebook-fsync")
                try:
                    integrity, counts = check_snapshot(db_file, manifest, name, hash_checked=True)
                finally:
                    syncing.join()
            finally:
                os.close(fd)
            if sync_errors:
                raise BackupError(f"the restored file could not be written to disk: {sync_errors[0]}")
            if tgt.exists() and backup_current:
                before = _backup_before_restore(tgt)
            warnings += before
            report = _report(path, manifest, integrity, counts)
            check(p, 3, 4)
            kept = _set_aside(tgt) if tgt.exists() else None
            fresh = tgt.with_name(f"{tgt.name}.{os.getpid()}.restoring")
            shutil.move(str(db_file), fresh)  # a rename: the folder is beside the target
            fresh.replace(tgt)
            _fsync_dir(tgt.parent)
    finally:
        lock.release()
    _audit_restore(tgt, path, kept)
    check(p, 4, 4)
    return RestoreResult(str(tgt), None if kept is None else str(kept), report, tuple(warnings))


def _fsync_dir(folder: Path) -> None:
    """Make a rename in ``folder`` durable (POSIX; Windows cannot open a folder for this)."""
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        with contextlib.suppress(OSError):
            os.fsync(fd)
    finally:
        os.close(fd)


def _backup_before_restore(tgt: Path) -> list[str]:
    from app.services.company import open_company

    try:
        old = open_company(str(tgt), upgrade=False)
    except Exception as exc:
        return [f"no backup of the replaced file could be made ({exc}); it is kept aside"]
    try:
        create_backup(old, reason="before restore", prune=False)
        return []
    except FileLocked:
        raise
    except Exception as exc:
        return [f"no backup of the replaced file could be made ({exc}); it is kept aside"]
    finally:
        old.close()


def _set_aside(tgt: Path) -> Path:
    """Move the current file (after folding its WAL in) to ``<name>.before-restore-<stamp>``."""
    try:
        conn = sqlite3.connect(str(tgt))
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        conn.execute("PRAGMA journal_mode=DELETE")
        conn.close()
    except sqlite3.Error:
        pass
    aside = _unique(tgt.with_name(f"{tgt.name}.before-restore-{utcnow().strftime(STAMP)}"))
    tgt.replace(aside)
    for extra in ("-wal", "-shm"):
        side = Path(str(tgt) + extra)
        if side.exists():
            side.replace(Path(str(aside) + extra))
    return aside


def _audit_restore(tgt: Path, path: str | os.PathLike[str], kept: Path | None) -> None:
    from app.services.company import open_company

    try:
        restored = open_company(str(tgt), upgrade=False)
    except Exception:
        return
    try:
        with restored.uow() as uow:
            audit.record(uow.session, restored.user, "backup.restore", "backup", Path(path).name,
                         after={"file": str(path), "kept_aside": str(kept) if kept else ""})
            audit.accept_restored_head(uow.session)  # an older trail put back on purpose: not a rollback
            uow.commit()
    finally:
        restored.close()
