"""The tar/gzip/age pipeline of backups, both ways (INTERCHANGE §5).

Work is split over threads so that two cores share it and no stage waits on the
GIL: making a backup, the calling thread hashes 4 MiB pieces of the snapshot while
zlib threads compress them (level 1, one gzip member per piece) and age encrypts
in a thread of its own; reading one, age decrypts in its thread, zlib inflates in
the calling thread and a third thread hashes and writes. Between age and the rest,
data passes through memory (``_Channel``): pyrage reads and writes 8 KiB at a time.

``archive_encrypted`` writes one backup file; ``opened_backup`` decrypts and unpacks one
into a private folder in ONE pass (the SHA-256 of company.db computed on the way) and
checks the manifest's signature (``manifest_mac``).
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import queue
import stat
import tarfile
import tempfile
import threading
import time
import zlib
from collections import deque
from collections.abc import Callable, Iterator
from concurrent.futures import Future, ThreadPoolExecutor
from pathlib import Path
from typing import Any

import pyrage
from pyrage import x25519

from app.models.db import open_private
from app.services.identity import derive_mac_key
from app.services.integrity import sweep_leftovers, work_folder
from app.services.progress import NoProgress, Progress, check
from app.services.safety.keys import AGE_MAGIC, ARMOR_MAGIC, BackupError, NoKey, Unsigned

MAX_MANIFEST = 1 << 20  # a manifest is a few hundred bytes; a larger one is refused unread


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


def in_thread(fn: Callable[[], None], name: str = "duebook-age") -> tuple[threading.Thread, list[BaseException]]:
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


def archive_encrypted(db_file: Path, manifest: dict[str, Any], partial: Path, recipient: str,
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

    thread, errors = in_thread(encrypt)
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


DIGESTS: dict[str, str] = {}  # SHA-256 of files as they were unpacked (saves reading them again)


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

    thread, errors = in_thread(decrypt)
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
                DIGESTS[str(out)] = _write_hashed(fh, out)
                found[member.name] = out
    except (tarfile.TarError, EOFError) as exc:
        raise BackupError(f"{name} is damaged: its archive cannot be read ({exc})") from exc
    missing = {"company.db", "manifest.json"} - set(found)
    if missing:
        raise BackupError(f"{name} is not a Duebook backup: {', '.join(sorted(missing))} missing")
    return found
