"""Encrypted backups (INTERCHANGE §5): making one.

A backup is ``duebook-<company>-<UTC timestamp>.duebak``: the age format
(age-encryption.org/v1) encrypted to the company's X25519 recipient, holding a
gzip'd tar of ``company.db`` (a consistent SQLite snapshot) and ``manifest.json``.

* Making a backup needs only the public recipient (``company.backup_recipient``);
  the key pair is made at the first backup (``keys.ensure_recipient``).
* ``create_backup`` takes the snapshot (SQLite's own backup, or every table of a
  server company), writes the manifest (row counts, SHA-256, signed with the company's
  MAC key), streams it through the pipeline of ``archive`` and prunes by ``retention``.
* ``last_backup``, ``backup_if_due``, ``backup_on_close`` and ``before_upgrade`` are
  the program's automatic backups (a week without one is overdue).

Siblings: ``keys`` (the key pair, the recovery key), ``archive`` (the tar/gzip/age
pipeline, both ways), ``retention`` (names and which to keep), ``restore`` (verify and
restore). The secret key's storage and the MAC key are the kernel's ``identity``; SQLite's
file check and the sweep of a killed run's leftovers are the kernel's ``integrity``.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import hashlib
import json
import os
import sqlite3
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from app.models.base import utcnow
from app.services import audit
from app.services.company import default_dest
from app.services.identity import mac_key_for
from app.services.integrity import sweep_leftovers, work_folder
from app.services.permissions import check as check_permission
from app.services.progress import NoProgress, Progress, check
from app.services.safety.archive import archive_encrypted
from app.services.safety.keys import BackupError, company_row, ensure_recipient
from app.services.safety.retention import backup_name, prune_backups
from app.services.unit_of_work import Database

FORMAT = "duebook-backup/1"
LAST_KEY = "backup.last"
WARN_AFTER = dt.timedelta(days=7)


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
class LastBackup:
    at: dt.datetime | None
    path: str
    size: int
    overdue: bool  # none for a week (or never)

    @property
    def days(self) -> int | None:
        return None if self.at is None else (utcnow() - self.at).days


def table_counts(conn: sqlite3.Connection) -> dict[str, int]:
    names = [r[0] for r in conn.execute(
        "SELECT name FROM sqlite_master WHERE type='table' AND name NOT LIKE 'sqlite_%' ORDER BY name")]
    return {n: int(conn.execute(f'SELECT COUNT(*) FROM "{n}"').fetchone()[0]) for n in names}


def file_sha256(path: Path) -> str:
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


def _manifest(db_file: Path, company: str, recipient: str, at: dt.datetime,
              hash_file: bool = True) -> dict[str, Any]:
    conn = sqlite3.connect(str(db_file))
    try:
        counts = table_counts(conn)
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
        "sha256": file_sha256(db_file) if hash_file else "",
        "created_at": at.replace(microsecond=0).isoformat() + "Z",
    }


def unique_path(path: Path) -> Path:
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
    company, _r = company_row(db)
    dest_dir = Path(dest) if dest else default_dest(db)
    dest_dir.mkdir(parents=True, exist_ok=True)
    target = unique_path(dest_dir / backup_name(company, at))
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
            manifest["sha256"] = archive_encrypted(db_file, manifest, partial, recipient, mac_key_for(recipient))
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


def before_upgrade(db: Database) -> None:
    """``open_company(..., before_upgrade=backup.before_upgrade)``: a backup before a migration."""
    check_permission(db, "backup.create")
    create_backup(db, reason="before upgrade")
