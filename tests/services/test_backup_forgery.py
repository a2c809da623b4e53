"""A backup is trusted only when the company's key signed it: anyone can encrypt to the public
recipient stored in the company file, so an altered backup with a matching manifest is refused
at verify and restore; a huge manifest and anything but a regular file are refused unread
(issue 20, items 6 and 8)."""

from __future__ import annotations

import gzip
import hashlib
import io
import json
import os
import sqlite3
import subprocess
import tarfile
from pathlib import Path

import pyrage
import pytest
from pyrage import x25519

from app.services import identity as backup_identity
from app.services.errors import DuebookError
from app.services.safety import backup, keys
from app.services.safety import restore as backup_restore
from app.services.unit_of_work import Database
from tests.conftest import MemoryKeyring
from tests.services.ledger_helpers import customer, invoice


@pytest.fixture
def books(db: Database, memory_keyring: MemoryKeyring) -> Database:
    customer(db, "A", "Harbor Trading Ltd")
    invoice(db, "A", "2026-01-05", "1200.00", number="I1")
    return db


def _unpack(path: Path, identity: x25519.Identity, work: Path) -> tuple[Path, dict[str, object]]:
    plain = gzip.decompress(pyrage.decrypt(path.read_bytes(), [identity]))
    with tarfile.open(fileobj=io.BytesIO(plain)) as tar:
        tar.extractall(work, filter="data")
    return work / "company.db", json.loads((work / "manifest.json").read_text(encoding="utf-8"))


def _pack(db_file: Path, manifest: dict[str, object], recipient: str, out: Path, pad: int = 0) -> Path:
    buf = io.BytesIO()
    with tarfile.open(fileobj=buf, mode="w") as tar:
        tar.add(db_file, "company.db")
        text = json.dumps(manifest).encode("utf-8") + b" " * pad
        info = tarfile.TarInfo("manifest.json")
        info.size = len(text)
        tar.addfile(info, io.BytesIO(text))
    out.write_bytes(pyrage.encrypt(gzip.compress(buf.getvalue()), [x25519.Recipient.from_str(recipient)]))
    return out


def _forge(books: Database, tmp_path: Path, keep_mac: bool, pad: int = 0) -> Path:
    made = backup.create_backup(books, tmp_path / "b")
    recipient, _ = keys.ensure_recipient(books)
    ident = backup_identity.load_identity(recipient)
    assert ident is not None
    db_file, manifest = _unpack(Path(made.path), ident, tmp_path / "work")
    conn = sqlite3.connect(db_file)
    conn.execute("UPDATE documents SET amount = 1, open_amount = 1 WHERE number = 'I1'")
    conn.commit()
    conn.close()
    manifest["sha256"] = hashlib.sha256(db_file.read_bytes()).hexdigest()  # a matching manifest
    if not keep_mac:
        manifest.pop("mac", None)
    return _pack(db_file, manifest, recipient, tmp_path / "forged.duebak", pad)


def test_a_backup_is_signed_and_age_still_decrypts_it(books: Database, tmp_path: Path) -> None:
    made = backup.create_backup(books, tmp_path / "b")
    recipient, _ = keys.ensure_recipient(books)
    ident = backup_identity.load_identity(recipient)
    assert ident is not None
    key = tmp_path / "key.txt"
    key.write_text(str(ident) + "\n", encoding="ascii")
    os.chmod(key, 0o600)
    plain = subprocess.run(["age", "-d", "-i", str(key), made.path], capture_output=True, check=True).stdout
    with tarfile.open(fileobj=io.BytesIO(gzip.decompress(plain))) as tar:
        fh = tar.extractfile("manifest.json")
        assert fh is not None
        manifest = json.loads(fh.read())
    assert len(manifest["mac"]) == 64
    assert backup_restore.verify_backup(made.path, books).ok


@pytest.mark.parametrize("keep_mac", [True, False], ids=["forged signature", "signature removed"])
def test_an_altered_backup_with_a_matching_manifest_is_refused(books: Database, tmp_path: Path,
                                                               keep_mac: bool) -> None:
    forged = _forge(books, tmp_path, keep_mac)
    words = "forged or altered" if keep_mac else "not signed"
    with pytest.raises(DuebookError, match=words):
        backup_restore.verify_backup(forged, books)
    target = tmp_path / "restored.duebook"
    with pytest.raises(DuebookError, match=words):
        backup_restore.restore_backup(forged, target)
    assert not target.exists()
    if keep_mac:  # allowing unsigned backups never lets a wrong signature through
        with pytest.raises(DuebookError, match=words):
            backup_restore.verify_backup(forged, books, allow_unsigned=True)


def test_a_backup_whose_manifest_is_huge_is_refused_unread(books: Database, tmp_path: Path) -> None:
    forged = _forge(books, tmp_path, keep_mac=True, pad=2 << 20)
    with pytest.raises(DuebookError, match=r"manifest is .* bytes"):
        backup_restore.verify_backup(forged, books)


def test_verify_refuses_a_fifo_instead_of_hanging(books: Database, tmp_path: Path) -> None:
    fifo = tmp_path / "pipe.duebak"
    os.mkfifo(fifo)
    with pytest.raises(DuebookError, match="not a regular file"):
        backup_restore.verify_backup(fifo, books)
    with pytest.raises(DuebookError, match="not a regular file"):
        backup_restore.restore_backup(fifo, tmp_path / "x.duebook")
