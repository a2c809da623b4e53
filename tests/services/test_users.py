"""Optional users and roles: the services refuse what a role may not do, whatever the UI shows."""

from __future__ import annotations

import datetime as dt
import subprocess
import sys
from decimal import Decimal
from pathlib import Path

import pytest

from app.cli import main
from app.services import locking, permissions, users
from app.services.customers import records as customers
from app.services.dto import CustomerInput
from app.services.errors import FileLocked, PermissionDenied
from app.services.ledger import postings as ledger
from app.services.unit_of_work import Database
from app.services.users import LoginRefused
from tests.services.ledger_helpers import customer, d, invoice

ADMIN_PW = "admin-secret-1"


@pytest.fixture(autouse=True)
def _fast_hashes(monkeypatch: pytest.MonkeyPatch) -> None:
    """Argon2 with small costs: the same code path, a fraction of the time."""
    from argon2 import PasswordHasher

    monkeypatch.setattr(users, "_hasher", PasswordHasher(time_cost=1, memory_cost=8192, parallelism=1))


@pytest.fixture
def office(db: Database) -> Database:
    customer(db, "A", "Harbor Trading Ltd")
    invoice(db, "A", "2026-01-05", "100.00", number="I1")
    users.enable_users(db.uow(), "boss", ADMIN_PW, "The Boss")
    for name, role in (("ann", "accountant"), ("cleo", "clerk"), ("vic", "viewer")):
        users.add_user(db.uow(), name, f"{name}-password", role)
    return db


def test_users_are_off_by_default_and_everything_is_allowed(db: Database) -> None:
    assert not users.users_enabled(db.uow()) and db.role is None
    customer(db, "A")
    assert invoice(db, "A", "2026-01-05", "10.00") > 0


def test_turning_users_on_creates_an_administrator_with_an_argon2_hash(office: Database) -> None:
    listed = {u.username: u.role for u in users.list_users(office.uow())}
    assert listed == {"boss": "administrator", "ann": "accountant", "cleo": "clerk", "vic": "viewer"}
    from app.models.user import User

    with office.uow() as uow:
        h = uow.session.query(User).filter_by(username="boss").one().password_hash
    assert h.startswith("$argon2id$") and ADMIN_PW not in h


def test_a_viewer_calling_a_posting_service_is_refused(office: Database) -> None:
    users.login(office, "vic", "vic-password")
    assert office.role == "viewer"
    with pytest.raises(PermissionDenied, match=r"vic .*may not post documents"):
        ledger.post_invoice(office.uow(), "A", d("2026-02-01"), Decimal("50.00"))
    with pytest.raises(PermissionDenied):
        ledger.post_payment(office.uow(), "A", d("2026-02-01"), Decimal("50.00"))
    with pytest.raises(PermissionDenied):
        customers.create_customer(office.uow(), CustomerInput(code="B", name="Bee Ltd"))
    assert ledger.balance(office.uow(), "A") == Decimal("100.00")  # reading is fine


def test_a_clerk_posts_but_may_not_void_override_or_export(office: Database) -> None:
    users.login(office, "cleo", "cleo-password")
    r = ledger.post_invoice(office.uow(), "A", d("2026-02-01"), Decimal("50.00"))
    with pytest.raises(PermissionDenied, match="void"):
        ledger.void_document(office.uow(), r.document.id, d("2026-02-02"), "oops")
    assert not permissions.allowed("clerk", "credit.override")
    assert not permissions.allowed("clerk", "export")
    users.login(office, "ann", "ann-password")
    ledger.void_document(office.uow(), r.document.id, d("2026-02-02"), "oops")
    assert permissions.allowed("accountant", "credit.override") and permissions.allowed("accountant", "export")
    with pytest.raises(PermissionDenied, match="manage users"):
        users.add_user(office.uow(), "eve", "eve-password", "administrator")


def test_the_last_administrator_cannot_be_removed(office: Database) -> None:
    from app.services.errors import StateError

    with pytest.raises(StateError, match="last administrator"):
        users.update_user(office.uow(), "boss", role="viewer")


def test_failed_logins_slow_the_next_try(office: Database) -> None:
    t0 = dt.datetime(2026, 5, 1, 9, 0)
    for _ in range(users.FREE_FAILURES - 1):
        with pytest.raises(LoginRefused, match=r"wrong user name or password$"):
            users.login(office, "ann", "guess", now=t0)
    with pytest.raises(LoginRefused, match="wait 5 s"):
        users.login(office, "ann", "guess", now=t0)
    with pytest.raises(LoginRefused, match="too many failed logins"):
        users.login(office, "ann", "ann-password", now=t0 + dt.timedelta(seconds=2))
    with pytest.raises(LoginRefused, match="wait 10 s"):
        users.login(office, "ann", "guess", now=t0 + dt.timedelta(seconds=6))
    assert users.login(office, "ann", "ann-password", now=t0 + dt.timedelta(seconds=17)).role == "accountant"
    assert users.wait_after(30) == users.MAX_WAIT
    from app.services.safety import audit_trail
    from app.services.safety.audit_trail import AuditFilter

    users.login(office, "boss", ADMIN_PW)
    failed = audit_trail.list_entries(office.uow(), AuditFilter(action="login.failed"))
    assert len(failed) == users.FREE_FAILURES + 1


def test_idle_lock_minutes_is_a_company_setting(office: Database) -> None:
    assert users.idle_lock_minutes(office.uow()) == 0
    users.login(office, "boss", ADMIN_PW)
    assert users.set_idle_lock_minutes(office.uow(), 15) == 15
    assert users.idle_lock_minutes(office.uow()) == 15
    users.login(office, "ann", "ann-password")
    with pytest.raises(PermissionDenied):
        users.set_idle_lock_minutes(office.uow(), 0)


def test_the_command_line_logs_in_and_refuses_a_bad_password(office: Database, tmp_path: Path,
                                                             capsys: pytest.CaptureFixture[str]) -> None:
    path = office.path or ""
    office.close()
    good, bad = tmp_path / "good", tmp_path / "bad"
    good.write_text("vic-password\n", encoding="utf-8")
    bad.write_text("nope\n", encoding="utf-8")
    assert main(["--db", path, "users", "list"]) == 1
    assert "--user" in capsys.readouterr().err
    assert main(["--db", path, "--user", "vic", "--password-file", str(bad), "users", "list"]) == 1
    assert "wrong user name or password" in capsys.readouterr().err
    assert main(["--db", path, "--user", "vic", "--password-file", str(good), "users", "add", "x",
                 "--role", "clerk", "--new-password-file", str(good)]) == 1
    assert "may not manage users" in capsys.readouterr().err
    (tmp_path / "admin").write_text(ADMIN_PW, encoding="utf-8")
    assert main(["--db", path, "--user", "boss", "--password-file", str(tmp_path / "admin"), "users", "add",
                 "xena", "--role", "clerk", "--new-password-file", str(good)]) == 0
    assert "xena added as clerk" in capsys.readouterr().out


def test_users_enable_from_the_command_line(db: Database, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    import json

    path = db.path or ""
    db.close()
    pw = tmp_path / "pw"
    pw.write_text(ADMIN_PW, encoding="utf-8")
    assert main(["--db", path, "users", "enable", "--admin", "boss", "--admin-password-file", str(pw)]) == 0
    capsys.readouterr()
    assert main(["--db", path, "--user", "boss", "--password-file", str(pw), "users", "list", "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["enabled"] and data["users"][0]["role"] == "administrator"


HOLDER = """
import sys, time
from app.services.locking import FileLock
lock = FileLock(sys.argv[1]).acquire()
print("locked", flush=True)
time.sleep(60)
"""


def test_a_second_duebook_cannot_write_the_file_and_is_told_who_has_it(db: Database, tmp_path: Path,
                                                                      capsys: pytest.CaptureFixture[str]) -> None:
    customer(db, "A")
    path = db.path or ""
    db.close()
    holder = subprocess.Popen([sys.executable, "-c", HOLDER, path], stdout=subprocess.PIPE, text=True,
                              cwd=Path(__file__).resolve().parents[2])
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "locked"
        owner = locking.FileLock(path).owner()
        assert owner is not None and owner.pid == holder.pid
        from app.services.company import open_company

        second = open_company(path)
        try:
            assert locking.try_lock(second) is not None and second.read_only
            with pytest.raises(FileLocked, match=rf"process {holder.pid} on "):
                ledger.post_invoice(second.uow(), "A", d("2026-01-05"), Decimal("5.00"))
            assert ledger.balance(second.uow(), "A") == Decimal("0.00")
        finally:
            second.close()
        pw = tmp_path / "pw"
        pw.write_text(ADMIN_PW, encoding="utf-8")
        assert main(["--db", path, "users", "enable", "--admin", "boss", "--admin-password-file", str(pw)]) == 1
        assert f"process {holder.pid}" in capsys.readouterr().err
    finally:
        holder.kill()
        holder.wait()
    # the holder died without cleaning up: its lock is stale and simply taken over
    from app.services.company import open_company

    third = open_company(path)
    try:
        assert locking.try_lock(third) is None and not third.read_only
        invoice(third, "A", "2026-01-05", "5.00")
    finally:
        third.close()
    assert locking.FileLock(path).owner() is None  # closed: the lock file names nobody
