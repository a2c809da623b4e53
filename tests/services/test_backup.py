"""Encrypted backups (INTERCHANGE §5): readable by the standard `age` tool, refused when wrong."""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import re
import shutil
import sqlite3
import stat
import subprocess
from decimal import Decimal
from pathlib import Path

import keyring
import pytest
from keyring.backends import fail

from app.services import identity as backup_identity
from app.services import integrity as backup_integrity
from app.services.company import create_company, open_company
from app.services.ledger import postings as ledger
from app.services.safety import archive, backup, keys, retention
from app.services.safety import restore as backup_restore
from app.services.safety.keys import BackupError
from app.services.unit_of_work import Database
from tests.conftest import MemoryKeyring
from tests.services.ledger_helpers import customer, d, invoice, payment

PASSPHRASE = "correct horse battery"


@pytest.fixture
def books(db: Database, memory_keyring: MemoryKeyring) -> Database:
    customer(db, "A", "上海华东贸易有限公司")
    customer(db, "B", "Harbor Trading Ltd")
    invoice(db, "A", "2026-01-05", "1200.00", number="I1")
    invoice(db, "B", "2026-01-06", "99.95", number="I2")
    payment(db, "A", "2026-02-01", "500.00")
    return db


def _age_decrypt(key: Path, backup_file: Path, out: Path, passphrase: str) -> subprocess.CompletedProcess[str]:
    """`age -d -i recovery-key.age FILE | tar -xz`; age reads the passphrase only from a terminal."""
    out.mkdir(parents=True, exist_ok=True)
    cmd = f"age -d -i '{key}' '{backup_file}' | tar -xz -C '{out}'"
    return subprocess.run(["script", "-qec", cmd, "/dev/null"], input=passphrase + "\n", text=True,
                          capture_output=True, timeout=120)


@pytest.mark.skipif(shutil.which("age") is None or shutil.which("script") is None,
                    reason="the Debian age tool is needed (CI installs it)")
def test_a_backup_opens_with_the_standard_age_tool_and_the_recovery_key(books: Database,
                                                                        tmp_path: Path) -> None:
    r = backup.create_backup(books, tmp_path / "backups")
    assert re.fullmatch(r"duebook-_-\d{8}T\d{6}Z\.duebak|duebook-Test_Trading_Co-\d{8}T\d{6}Z\.duebak",
                        Path(r.path).name)
    assert Path(r.path).read_bytes().startswith(b"age-encryption.org/v1")
    key = keys.write_recovery_key(books, tmp_path / "recovery-key.age", PASSPHRASE)
    assert key.read_bytes().startswith(b"-----BEGIN AGE ENCRYPTED FILE-----")
    assert b"AGE-SECRET-KEY" not in key.read_bytes()

    out = tmp_path / "out"
    done = _age_decrypt(key, Path(r.path), out, PASSPHRASE)
    assert done.returncode == 0, done.stdout + done.stderr
    manifest = json.loads((out / "manifest.json").read_text(encoding="utf-8"))
    company_db = out / "company.db"
    assert manifest["company"] == "Test Trading Co"
    assert manifest["sha256"] == hashlib.sha256(company_db.read_bytes()).hexdigest()
    assert manifest["schema_version"] and manifest["created_at"].endswith("Z")
    conn = sqlite3.connect(company_db)
    assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    for table, n in manifest["row_counts"].items():
        assert conn.execute(f'SELECT COUNT(*) FROM "{table}"').fetchone()[0] == n
    assert manifest["row_counts"]["documents"] == 3
    numbers = {row[0] for row in conn.execute("SELECT number FROM documents")}
    conn.close()
    assert {"I1", "I2"} <= numbers


def test_the_recovery_key_needs_its_passphrase(books: Database, tmp_path: Path) -> None:
    key = keys.write_recovery_key(books, tmp_path / "recovery-key.age", PASSPHRASE)
    with pytest.raises(BackupError, match="wrong passphrase"):
        keys.read_recovery_key(key, "not the passphrase")
    with pytest.raises(BackupError, match="passphrase is needed"):
        keys.read_recovery_key(key)
    with pytest.raises(BackupError, match="at least 8"):
        keys.write_recovery_key(books, tmp_path / "short.age", "short")


def test_verify_checks_hash_integrity_and_counts(books: Database, tmp_path: Path) -> None:
    r = backup.create_backup(books, tmp_path)
    rep = backup_restore.verify_backup(r.path, books)
    assert rep.ok and rep.integrity == "ok" and rep.sha256 == r.sha256
    assert rep.row_counts["customers"] == 2 and rep.company == "Test Trading Co"


def test_a_backup_is_consistent_while_the_program_keeps_posting(books: Database, tmp_path: Path) -> None:
    import threading

    stop = threading.Event()

    def post() -> None:
        i = 0
        while not stop.is_set():
            i += 1
            ledger.post_invoice(books.uow(), "B", d("2026-03-01"), ledger_amount(i))

    t = threading.Thread(target=post)
    t.start()
    try:
        results = [backup.create_backup(books, tmp_path, prune=False) for _ in range(2)]
    finally:
        stop.set()
        t.join()
    for r in results:
        rep = backup_restore.verify_backup(r.path, books)
        assert rep.integrity == "ok"
        assert rep.row_counts["audit_log"] >= rep.row_counts["documents"]


def ledger_amount(i: int) -> Decimal:
    return Decimal(i % 97 + 1)


def _target(tmp_path: Path, db: Database) -> tuple[Path, bytes]:
    """The live company file that a refused restore must leave untouched."""
    target = Path(db.path or "")
    return target, target.read_bytes()


def _nothing_replaced(target: Path, before: bytes) -> None:
    assert target.read_bytes() == before
    assert not list(target.parent.glob(target.name + ".before-restore-*"))
    assert not list(target.parent.glob(target.name + ".*restoring"))


def test_a_backup_opened_with_the_wrong_key_is_refused(books: Database, tmp_path: Path) -> None:
    from pyrage import x25519

    r = backup.create_backup(books, tmp_path / "b")
    books.close()
    target, before = _target(tmp_path, books)
    stranger = x25519.Identity.generate()
    with pytest.raises(BackupError, match="cannot be opened with this company's key"):
        backup_restore.verify_backup(r.path, identities=[stranger])
    with pytest.raises(BackupError, match="cannot be opened with this company's key"):
        backup_restore.restore_backup(r.path, target, identities=[stranger])
    _nothing_replaced(target, before)


@pytest.mark.parametrize("damage", ["truncated", "flipped byte", "flipped header byte", "not a backup"])
def test_a_damaged_backup_is_refused_and_nothing_is_replaced(books: Database, tmp_path: Path,
                                                            damage: str) -> None:
    r = backup.create_backup(books, tmp_path / "b")
    data = bytearray(Path(r.path).read_bytes())
    if damage == "truncated":
        data = data[: len(data) * 2 // 3]
    elif damage == "flipped byte":
        data[len(data) // 2] ^= 0x01
    elif damage == "flipped header byte":
        data[60] ^= 0x01
    else:
        data = bytearray(b"PK\x03\x04 a spreadsheet, not a backup")
    bad = tmp_path / "bad.duebak"
    bad.write_bytes(bytes(data))
    books.close()
    target, before = _target(tmp_path, books)
    expected = {"truncated": "damaged", "flipped byte": "damaged",
                "flipped header byte": "cannot be opened|damaged", "not a backup": "not a Duebook backup"}
    with pytest.raises(BackupError, match=expected[damage]):
        backup_restore.verify_backup(bad)
    with pytest.raises(BackupError, match=expected[damage]):
        backup_restore.restore_backup(bad, target)
    _nothing_replaced(target, before)


def test_a_backup_of_another_company_is_refused(books: Database, tmp_path: Path) -> None:
    other = create_company(str(tmp_path / "other.duebook"), "Other Works Ltd", "CNY", "en")
    theirs = backup.create_backup(other, tmp_path / "b")
    other.close()
    with pytest.raises(BackupError, match=r"another company.*Other Works Ltd"):
        backup_restore.verify_backup(theirs.path, books)
    books.close()
    target, before = _target(tmp_path, books)
    with pytest.raises(BackupError, match="another company"):
        backup_restore.restore_backup(theirs.path, target)
    _nothing_replaced(target, before)


def test_restore_verifies_keeps_the_old_file_aside_and_swaps(books: Database, tmp_path: Path) -> None:
    r = backup.create_backup(books, tmp_path / "b")
    invoice(books, "A", "2026-03-01", "777.00", number="LATER")
    books.close()
    target = Path(books.path or "")
    result = backup_restore.restore_backup(r.path, target)
    assert result.kept_aside and Path(result.kept_aside).exists()
    restored = open_company(str(target))
    try:
        with pytest.raises(Exception, match="not found"):
            ledger.find_document(restored.uow(), "invoice", "LATER")
        assert ledger.find_document(restored.uow(), "invoice", "I1").number == "I1"
    finally:
        restored.close()
    kept = open_company(result.kept_aside)
    try:
        assert ledger.find_document(kept.uow(), "invoice", "LATER").number == "LATER"
    finally:
        kept.close()


def test_a_company_file_open_in_duebook_is_not_replaced(books: Database, tmp_path: Path) -> None:
    from app.services import locking
    from app.services.errors import FileLocked

    r = backup.create_backup(books, tmp_path / "b")
    locking.lock_database(books)
    target, _before = _target(tmp_path, books)
    with pytest.raises(FileLocked, match="open in another Duebook"):
        backup_restore.restore_backup(r.path, target, backup_current=False)
    assert not list(target.parent.glob(target.name + ".before-restore-*"))


def test_restore_from_the_recovery_key_on_a_new_machine(books: Database, tmp_path: Path,
                                                        memory_keyring: MemoryKeyring) -> None:
    r = backup.create_backup(books, tmp_path / "b")
    key = keys.write_recovery_key(books, tmp_path / "recovery-key.age", PASSPHRASE)
    memory_keyring.secrets.clear()  # the PC was lost: its keyring with it
    with pytest.raises(BackupError, match="recovery key"):
        backup_restore.verify_backup(r.path)
    again = backup.create_backup(books, tmp_path / "b")  # backing up still works, and says so
    assert any("not on this computer" in w for w in again.warnings)
    ident = keys.read_recovery_key(key, PASSPHRASE)
    result = backup_restore.restore_backup(r.path, tmp_path / "new-pc" / "company.duebook", identity=ident)
    assert result.kept_aside is None and result.report.row_counts["documents"] == 3


def test_the_identity_is_kept_in_the_os_keyring(books: Database, tmp_path: Path,
                                                memory_keyring: MemoryKeyring) -> None:
    backup.create_backup(books, tmp_path)
    recipient, _ = keys.ensure_recipient(books)
    assert recipient.startswith("age1")
    secret = memory_keyring.get_password("duebook", recipient)
    assert secret and secret.startswith("AGE-SECRET-KEY-")
    assert not list(backup_identity.keys_dir().glob("*.key"))


def test_without_a_keyring_duebook_says_so_and_keeps_the_key_private(db: Database, tmp_path: Path) -> None:
    previous = keyring.get_keyring()
    keyring.set_keyring(fail.Keyring())
    try:
        r = backup.create_backup(db, tmp_path)
        assert r.warnings and "no OS keyring" in r.warnings[0] and "recovery key" in r.warnings[0]
        files = list(backup_identity.keys_dir().glob("*.key"))
        assert len(files) == 1
        assert stat.S_IMODE(files[0].stat().st_mode) == 0o600
        assert backup_restore.verify_backup(r.path, db).ok
    finally:
        keyring.set_keyring(previous)


def test_retention_keeps_7_daily_4_weekly_12_monthly() -> None:
    now = dt.datetime(2026, 11, 22, 12, 0)
    stamps = [now - dt.timedelta(hours=12 * i) for i in range(2 * 800)]  # two a day for 800 days
    kept = retention.retained(stamps, now)
    days = {t.date() for t in kept}
    assert {(now - dt.timedelta(days=i)).date() for i in range(7)} <= days
    assert all(t in kept for t in stamps if now - t < dt.timedelta(days=1))
    months = {(t.year, t.month) for t in kept}
    assert len(months) == 12
    assert len(kept) <= 2 + 7 + 4 + 12
    assert min(kept) > now - dt.timedelta(days=366)


def test_old_backups_are_pruned_by_the_retention_rule(books: Database, tmp_path: Path) -> None:
    now = dt.datetime(2026, 11, 22, 12, 0)
    for i in range(40):
        at = now - dt.timedelta(days=i * 3 + 1)
        (tmp_path / retention.backup_name("Test Trading Co", at)).write_bytes(b"x")
    (tmp_path / retention.backup_name("Someone Else", now - dt.timedelta(days=300))).write_bytes(b"x")
    backup.create_backup(books, tmp_path, now=now)
    left = sorted(p.name for p in tmp_path.glob("duebook-Test_Trading_Co-*.duebak"))
    assert 10 <= len(left) <= 1 + 7 + 4 + 12
    assert (tmp_path / retention.backup_name("Someone Else", now - dt.timedelta(days=300))).exists()


def test_last_backup_warns_after_a_week(books: Database, tmp_path: Path) -> None:
    assert backup.last_backup(books).overdue and backup.last_backup(books).at is None
    r = backup.create_backup(books, tmp_path)
    last = backup.last_backup(books)
    assert not last.overdue and last.path == r.path
    assert backup.last_backup(books, now=r.created_at + dt.timedelta(days=8)).overdue
    assert backup.backup_if_due(books, tmp_path) is None


def test_a_backup_is_taken_before_a_schema_upgrade(books: Database, tmp_path: Path,
                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    from app.models import schema

    path = books.path or ""
    books.close()
    monkeypatch.setattr(schema, "needs_upgrade", lambda engine: True)
    monkeypatch.setattr(schema, "current_revision", lambda engine: schema.head_revision())
    calls: list[str] = []
    monkeypatch.setattr("alembic.command.upgrade", lambda cfg, rev: calls.append(rev))
    db2 = open_company(path, before_upgrade=backup.before_upgrade)
    try:
        assert calls == ["head"]
        assert backup.last_backup(db2).at is not None
        assert Path(backup.last_backup(db2).path).exists()
    finally:
        db2.close()


def test_on_close_a_backup_is_made_only_when_something_changed(books: Database, tmp_path: Path) -> None:
    assert backup_integrity.integrity_problems(books) == []
    assert backup.backup_on_close(books, tmp_path) is not None
    assert backup.backup_on_close(books, tmp_path) is None
    invoice(books, "A", "2026-03-01", "1.00")
    assert backup.backup_on_close(books, tmp_path) is not None


@pytest.mark.skipif(shutil.which("age") is None, reason="the Debian age tool is needed (CI installs it)")
def test_a_backup_of_many_gzip_members_opens_with_age_and_tar(books: Database, tmp_path: Path,
                                                              monkeypatch: pytest.MonkeyPatch) -> None:
    """Large files are compressed in blocks, one gzip member each (as on data set L): the
    standard tools read the concatenation as one stream, and so does verify."""
    for i in range(300):
        invoice(books, "A" if i % 2 else "B", "2026-03-01", f"{i + 1}.25", number=f"M{i:04d}")
    monkeypatch.setattr(archive._ParallelGzip, "BLOCK", 16 << 10)
    monkeypatch.setattr(archive, "_READ", 16 << 10)
    r = backup.create_backup(books, tmp_path / "backups")
    key = tmp_path / "identity.txt"
    key.write_text(f"{keys.company_identity(books)}\n", encoding="ascii")
    out = tmp_path / "out"
    out.mkdir()
    plain = subprocess.run(["age", "-d", "-i", str(key), r.path], capture_output=True, timeout=120, check=True).stdout
    assert plain.count(b"\x1f\x8b\x08") >= 10  # many members
    subprocess.run(["tar", "-xz", "-C", str(out)], input=plain, check=True, timeout=120)
    manifest = json.loads((out / "manifest.json").read_text(encoding="utf-8"))
    assert manifest["sha256"] == hashlib.sha256((out / "company.db").read_bytes()).hexdigest() == r.sha256
    assert manifest["row_counts"]["documents"] == 303
    rep = backup_restore.verify_backup(r.path, books)
    assert rep.row_counts["documents"] == 303 and rep.sha256 == r.sha256
