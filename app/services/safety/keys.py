"""The company's backup key pair and its recovery key (INTERCHANGE §5).

* The identity (the secret key, needed to restore) is kept in the operating
  system's keyring, or a private key file where no keyring works (see the kernel's
  ``app.services.identity``, which also derives the MAC key from it).
* ``ensure_recipient`` makes the key pair at the first backup; ``company_identity`` hands
  the secret key to an administrator.
* The recovery key is the identity encrypted with a passphrase (age passphrase format,
  armored); it restores with or without Duebook:
  ``age -d -i recovery-key.age backup.duebak | tar -xz``.
"""

from __future__ import annotations

import os
from pathlib import Path

import pyrage
from pyrage import x25519

from app.services import audit
from app.services.errors import DuebookError
from app.services.identity import KeyStatus, keyring_status, load_identity, store_identity
from app.services.permissions import check as check_permission
from app.services.unit_of_work import Database

AGE_MAGIC = b"age-encryption.org/v1"
ARMOR_MAGIC = b"-----BEGIN AGE ENCRYPTED FILE-----"


class BackupError(DuebookError):
    """A backup cannot be made, read, verified or restored; the message says why."""

    code = "backup"


class NoKey(BackupError):
    code = "backup_no_key"


class Unsigned(BackupError):
    """A backup with no signature: accepted only when the user says so (``allow_unsigned``)."""

    code = "backup_unsigned"


def company_row(db: Database) -> tuple[str, str]:
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
    name, recipient = company_row(db)
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
    _name, stored = company_row(db)
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
