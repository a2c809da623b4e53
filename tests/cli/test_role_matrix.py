"""Every command x every role: with users on, each command is allowed or refused exactly as the
permission table says (a refusal is exit 1 naming what the user may not do, and writes nothing).

A new command (bank, orders, outbox, ...) adds a row to COMMANDS: its arguments and the action
its strictest step needs; test_every_command_is_in_the_matrix fails until it does.
"""

from __future__ import annotations

import contextlib
import shutil
from collections.abc import Iterator
from decimal import Decimal
from pathlib import Path
from typing import NamedTuple

import pytest

from app.cli import build_parser, main
from app.services import permissions, users
from app.services.company import create_company
from app.services.credit import figures as credit
from tests.mailserver import PASSWORD, USER, mail_server
from tests.services.ledger_helpers import customer, d, invoice, payment

DATA = Path(__file__).resolve().parents[1] / "data" / "bank"

ROLES = {"boss": "administrator", "ann": "accountant", "cleo": "clerk", "vic": "viewer"}
D1, D2 = "2026-01-01", "2026-06-30"

#: command -> (arguments after the command name, the action it needs). {dir} is the test's folder,
#: {data} tests/data/bank; {promise}, {line}, {ignored}, {queued}, {failed}, {check}, {rule}, {request} are
#: made by ``office``.
#: A key may go on with " --what" to name a second row of the same command (a stricter option).
COMMANDS: dict[str, tuple[list[str], str]] = {
    "import": (["{dir}/in"], "import"),
    "customers": ([], "read"),
    "balance": (["A"], "read"),
    "aging": ([], "read"),
    "aging --xlsx": (["--xlsx", "{dir}/aging.xlsx"], "export"),
    "statement": (["A", "--from", D1, "--to", D2], "read"),
    "demo": (["--customers", "2", "--invoices", "3"], "import"),
    "statements": (["--from", D1, "--to", D2, "--out", "{dir}/st"], "read"),
    "export-ledger": (["{dir}/ledger.csv"], "export"),
    "credit": (["A"], "read"),
    "hold": (["A", "--reason", "cheque bounced"], "credit.manage"),
    "release": (["A"], "approvals.request"),  # a clerk's release waits for an approver (exit 0, a request)
    "dunning": (["--as-of", D2], "read"),
    "dunning --commit": (["--as-of", D2, "--commit"], "dunning.commit"),
    "reminders": ([], "read"),
    "grades": ([], "credit.manage"),
    "post-invoice": (["B", "--date", "2026-02-01", "--amount", "10.00"], "document.post"),
    "backup create": (["--dest", "{dir}/b"], "backup.create"),
    "backup verify": (["{backup}"], "read"),
    "backup restore": (["{backup}", "--to", "{company}"], "backup.restore"),
    "backup recovery-key": (["--out", "{dir}/key.age", "--passphrase-file", "{dir}/pass"], "backup.key"),
    "backup status": ([], "read"),
    "audit verify": ([], "audit.view"),
    "audit list": ([], "audit.view"),
    "audit list --csv": (["--csv", "{dir}/audit.csv"], "export"),
    "users enable": (["--admin", "boss", "--admin-password-file", "{dir}/pw-boss"], "users.manage"),
    "users add": (["zed", "--role", "viewer", "--new-password-file", "{dir}/pw-vic"], "users.manage"),
    "users list": ([], "read"),
    "report": (["dso", "--from", D1, "--to", D2], "read"),
    "report --xlsx": (["dso", "--from", D1, "--to", D2, "--xlsx", "{dir}/r.xlsx"], "export"),
    "value-classes": ([], "customer.write"),
    "duplicates": ([], "read"),
    "merge": (["A", "B"], "approvals.request"),  # a clerk's merge waits for an approver
    "transfer": (["--from", "{company}", "--to", "{dir}/copy.duebook"], "export"),
    # --- alerts ---
    "alerts": (["--as-of", D2], "read"),
    "alerts dismiss": (["paying_slower", "B", "--note", "known: pays after the audit"], "customer.write"),
    # --- day: postings and a customer's records (B is not on hold; P1 unapplied, P2 applied to I2) ---
    "post-payment": (["B", "--amount", "10.00", "--date", "2026-03-01"], "document.post"),
    "post-credit-note": (["B", "--amount", "10.00", "--date", "2026-03-01", "--reason", "damaged"],
                         "document.post"),
    # a write-off is an accountant's right (document.write_off); a clerk's becomes a request for approval
    "write-off": (["B", "--amount", "10.00", "--date", "2026-03-01", "--reason", "will not pay", "--invoice", "I2"],
                  "approvals.request"),
    "post-refund": (["B", "--payment", "P1", "--date", "2026-03-01"], "document.post"),
    "void": (["I3", "--reason", "entered twice", "--date", "2026-03-01"], "approvals.request"),  # I3 is old
    "apply": (["P1", "--invoice", "I2"], "application.write"),
    "unapply": (["P2", "--invoice", "I2"], "application.write"),
    "dispute": (["I2"], "document.post"),
    "undispute": (["I4"], "document.post"),
    "promise add": (["I2", "--date", "2026-03-15", "--amount", "50.00"], "customer.write"),
    "promise list": (["B"], "read"),
    "promise outcome": (["{promise}", "kept"], "customer.write"),
    "promise cancel": (["{promise}"], "customer.write"),
    "contract add": (["B", "--number", "K1", "--start", D1, "--end", D2, "--value", "1000.00"], "customer.write"),
    "contract list": (["B"], "read"),
    "log add": (["B", "--summary", "called about I2"], "customer.write"),
    "log list": (["B"], "read"),
    # --- docs: company details ---
    "company show": ([], "read"),
    "company set": (["--phone", "+86 21 5555 0000"], "settings.write"),
    # --- orders: documents a customer receives, sales orders (O1 draft, O2 confirmed, both for B) ---
    "invoice": (["I2", "--pdf", "{dir}/I2.pdf"], "read"),
    "invoice --tax-invoice-number": (["I2", "--tax-invoice-number", "04400123", "--tax-invoice-date", "2026-02-02"],
                                     "document.post"),
    "receipt": (["P2", "--pdf", "{dir}/P2.pdf"], "read"),
    "print-invoices": (["--from", D1, "--to", D2, "--customer", "B", "--pdf", "{dir}/invoices.pdf"], "read"),
    "order create": (["B", "--date", "2026-03-01", "--amount", "80.00"], "document.post"),
    "order confirm": (["O1"], "document.post"),
    "order confirm --override-reason": (["O3", "--override-reason", "paid by cheque this morning"],
                                        "credit.override"),  # O3 is for A, on hold
    "order invoice": (["O2", "--date", "2026-03-01"], "document.post"),
    "order cancel": (["O1", "--reason", "customer changed their mind"], "document.post"),
    "orders": ([], "read"),
    "order-reminder-days": ([], "read"),
    "order-reminder-days --set": (["21"], "settings.write"),
    # --- bank (account Main: statement_v1.ofx imported; {line} (1200.00) unmatched, {ignored} ignored) ---
    "bank accounts": ([], "read"),
    "bank lines": ([], "read"),
    "bank import": (["{data}/camt053.xml", "--account", "Second"], "bank.import"),
    "bank import --dry-run": (["{data}/camt053.xml", "--account", "Second", "--dry-run"], "read"),
    "bank profile": (["--account", "Main", "--from-json", "{data}/icbc_profile.json"], "bank.import"),
    "bank match": ([], "bank.confirm"),
    "bank confirm": (["{line}", "--customer", "B", "--invoice", "I2"], "bank.confirm"),
    "bank confirm --write-off-difference": (["{line}", "--customer", "B", "--invoice", "I5",
                                             "--write-off-difference"], "bank.write_off"),  # 1200.00 for 1205.00
    "bank ignore": (["{line}", "--reason", "transfer between own accounts"], "bank.confirm"),
    "bank unconfirm": (["{ignored}"], "bank.confirm"),
    # --- outbox (a loopback mail server; messages {queued}, {failed} and {check}) ---
    "smtp show": ([], "read"),
    "smtp set": (["--host", "127.0.0.1", "--port", "2525", "--security", "starttls", "--from", "ar@harbor.example"],
                 "settings.write"),
    "smtp test": (["--to", "owner@harbor.example", "--password-file", "{dir}/smtp-pw"], "mail.send"),
    "outbox": ([], "read"),
    "outbox send": (["--password-file", "{dir}/smtp-pw"], "mail.send"),
    "outbox send --dry-run": (["--dry-run"], "mail.send"),
    "outbox cancel": (["{queued}"], "mail.send"),
    "outbox retry": (["{failed}"], "mail.send"),
    "outbox resend": (["{failed}"], "mail.send"),
    "outbox mark-sent": (["{check}"], "mail.send"),
    "mail invoice": (["I2"], "mail.send"),
    "mail receipt": (["P2"], "mail.send"),
    "mail statement": (["B", "--from", D1, "--to", D2], "mail.send"),
    "mail statements": (["--from", D1, "--to", D2, "--codes", "B"], "mail.send"),
    "mail report-pack": (["--from", D1, "--to", D2], "mail.send"),
    "mail exclude": (["B"], "customer.write"),
    "run-schedule": (["--as-of", D2], "mail.send"),
    "run-schedule --dry-run": (["--as-of", D2, "--dry-run"], "read"),
    "schedule show": ([], "read"),
    "schedule set": (["statements", "--on", "--day", "5"], "settings.write"),
    "schedule show-cron": ([], "read"),
    # --- groups ---
    "stages": ([], "credit.manage"),
    "feedback add": (["A", "--score", "4", "--note", "quick delivery"], "customer.write"),
    "feedback list": (["A"], "read"),
    # --- classify: classification rules ({rule} is made by ``office``) ---
    "import --classify": (["{dir}/in", "--classify"], "import"),
    "classify rules": ([], "read"),
    "classify add-rule": (["region", "address_province"], "settings.write"),
    "classify remove-rule": (["{rule}"], "settings.write"),
    "classify enable-rule": (["{rule}"], "settings.write"),
    "classify disable-rule": (["{rule}"], "settings.write"),
    "classify preview": ([], "read"),
    "classify apply": ([], "customer.write"),
    "grade-rules": ([], "read"),
    "grade-rules --late-days": (["--late-days", "45"], "credit.manage"),
    # --- approvals ({request}: a clerk's pending request to raise A's limit) ---
    "approvals": ([], "read"),
    "approvals --state": (["--state", "all", "--json"], "read"),
    "approve": (["{request}"], "approvals.approve"),
    "reject": (["{request}", "--reason", "no payment history yet"], "approvals.approve"),
    "credit-limit": (["A", "--limit", "900000.00", "--reason", "framework contract"], "approvals.request"),
    "credit-limit --limit": (["A", "--limit", "500.00"], "credit.manage"),  # lowering: never a request
    "approval-thresholds": ([], "read"),
    "approval-thresholds --void-days": (["--void-days", "60"], "settings.write"),
}
#: Commands that do not open an existing company as a user: they make a new one or read the raw file.
NO_COMPANY = {"init", "check"}


def _commands_in_parser() -> set[str]:
    parser = build_parser()
    sub = next(a for a in parser._actions if a.dest == "command")
    names: set[str] = set()
    for name, sp in sub.choices.items():  # type: ignore[union-attr]
        inner = [a for a in sp._actions if isinstance(getattr(a, "choices", None), dict)]
        names |= {f"{name} {s}" for s in inner[0].choices} if inner else {name}
        if inner and sp.get_default("handler") is not None:  # runs without an action too (alerts, outbox)
            names.add(name)
    return names


def test_every_command_is_in_the_matrix() -> None:
    covered = {k.split(" --")[0] for k in COMMANDS} | NO_COMPANY
    assert sorted(_commands_in_parser() - covered) == []


class Office(NamedTuple):
    root: Path  # books.duebook and its home (the backup key)
    backup: Path
    ids: dict[str, str]  # {promise}, {line}, {ignored}, {queued}, {failed}, {check} of the argument lists


def _fill_books(db: object, root: Path, stack: contextlib.ExitStack) -> dict[str, str]:
    """What the commands of the bank, orders, outbox, day, docs and alerts work act on, through their services."""
    from app.services.bank import reconcile, statements
    from app.services.collections import reminders
    from app.services.ledger import postings as ledger
    from app.services.orders import service as orders
    from app.services.outbox import settings as st
    from app.services.outbox import sources, transport
    from app.services.unit_of_work import Database

    assert isinstance(db, Database)
    customer(db, "B", "Harbor Trading Limited", email="b@example.com", language="en")
    invoice(db, "B", "2026-02-01", "500.00", number="I2")
    invoice(db, "B", "2026-02-05", "30.00", number="I3")
    invoice(db, "B", "2026-02-07", "1205.00", number="I5")
    i4 = invoice(db, "B", "2026-02-06", "40.00", number="I4")
    ledger.set_disputed(db.uow(), i4, True)
    ledger.post_credit(db.uow(), "payment", "B", d("2026-02-10"), Decimal("60.00"), number="P1", allocations=[])
    payment(db, "B", "2026-02-11", "50.00", number="P2", invoice="I2")
    promise = reminders.add_promise(db.uow(), "I2", d("2026-03-31"), Decimal("100.00"))
    orders.create_order(db.uow(), "B", d("2026-02-20"), Decimal("100.00"), number="O1")
    orders.create_order(db.uow(), "B", d("2026-02-21"), Decimal("120.00"), number="O2")
    orders.confirm_order(db.uow(), "O2", today=d("2026-02-21"))
    orders.create_order(db.uow(), "A", d("2026-02-22"), Decimal("70.00"), number="O3")
    statements.import_statement(db.uow(), DATA / "statement_v1.ofx", "Main")
    lines = [ln.id for ln in statements.list_lines(db.uow(), "Main") if ln.amount > 0]
    reconcile.ignore(db.uow(), lines[-1], "a refund from a supplier")
    server = stack.enter_context(mail_server(root))
    smtp = st.SmtpSettings(host="127.0.0.1", port=server.port, security="starttls", sender="ar@harbor.example",
                           user=USER, ca_file=str(server.ca_file), owner="owner@harbor.example")
    st.save_smtp(db.uow(), smtp)
    st.remember_for_session(smtp, PASSWORD)
    failed, check, queued = (sources.mail_statement(db.uow(), "B", d(D1), d(D2)).id for _ in range(3))
    server.handler.refuse["b@example.com"] = "no such mailbox here"
    transport.send_due(db.uow(), only=[failed])
    server.handler.refuse.clear()
    server.handler.drop_after_data = True
    transport.send_due(db.uow(), only=[check])
    server.handler.drop_after_data = False
    st.forget_session_password(smtp)  # each run gives the password, as a script without a keyring does
    from app.services.classify import rules

    rule = rules.add_rule(db.uow(), "category", "name_keywords", "Trading", "enterprise")
    return {"rule": str(rule.id), "promise": str(promise.id), "line": str(lines[0]), "ignored": str(lines[-1]), "queued": str(queued),
            "failed": str(failed), "check": str(check)}


@pytest.fixture(scope="module")
def office(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Office]:
    """A company with users on (one user per role) and a backup of it; its home (the backup key) beside;
    a loopback mail server that its mail settings name, running while the module's tests run."""
    from argon2 import PasswordHasher

    root = tmp_path_factory.mktemp("office")
    mp = pytest.MonkeyPatch()
    mp.setattr(users, "_hasher", PasswordHasher(time_cost=1, memory_cost=8192, parallelism=1))
    mp.setenv("DUEBOOK_HOME", str(root / "home"))
    try:
        with contextlib.ExitStack() as stack:
            from app.services.safety import backup

            db = create_company(str(root / "books.duebook"), "Test Trading Co", "CNY", "en")
            customer(db, "A", "Harbor Trading Ltd", limit="1000.00")
            invoice(db, "A", "2026-01-05", "100.00", number="I1")
            credit.hold(db.uow(), "A", "cheque bounced")
            ids = _fill_books(db, root, stack)
            made = backup.create_backup(db, root / "backups")
            Path(made.path).rename(root / "books.duebak")
            users.enable_users(db.uow(), "boss", "pw-boss-secret")
            for name, role in ROLES.items():
                if name != "boss":
                    users.add_user(db.uow(), name, f"pw-{name}-secret", role)
            from app.services.approvals import requests

            users.login(db, "cleo", "pw-cleo-secret")
            asked = requests.change_credit_limit(db.uow(), "A", Decimal("50000.00"), reason="new contract").request
            assert asked is not None
            ids["request"] = str(asked.id)
            db.close()
            yield Office(root, root / "books.duebak", ids)
    finally:
        mp.undo()


@pytest.mark.parametrize("role", list(ROLES.values()))
@pytest.mark.parametrize("command", list(COMMANDS))
def test_each_command_is_allowed_or_refused_by_role(command: str, role: str, office: Office,
                                                    tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                    capsys: pytest.CaptureFixture[str]) -> None:
    from argon2 import PasswordHasher

    root, bak, ids = office
    monkeypatch.setattr(users, "_hasher", PasswordHasher(time_cost=1, memory_cost=8192, parallelism=1))
    shutil.copytree(root / "home", tmp_path / "home")
    monkeypatch.setenv("DUEBOOK_HOME", str(tmp_path / "home"))
    company = tmp_path / "books.duebook"
    shutil.copy(root / "books.duebook", company)
    backup_file = tmp_path / "books.duebak"
    shutil.copy(bak, backup_file)
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "customers.csv").write_text("code,name\nN1,New Customer Ltd\n", encoding="utf-8")
    (tmp_path / "pass").write_text("a long passphrase", encoding="utf-8")
    (tmp_path / "smtp-pw").write_text(PASSWORD, encoding="utf-8")
    for name in ROLES:
        (tmp_path / f"pw-{name}").write_text(f"pw-{name}-secret", encoding="utf-8")
    user = next(n for n, r in ROLES.items() if r == role)
    argv, action = COMMANDS[command]
    words = command.split(" --")[0].split()
    args = [a.format(dir=tmp_path, backup=backup_file, company=company, data=DATA, **ids) for a in argv]
    inode = company.stat().st_ino
    capsys.readouterr()
    code = main(["--db", str(company), "--user", user, "--password-file", str(tmp_path / f"pw-{user}"),
                 *words, *args])
    err = capsys.readouterr().err
    if permissions.allowed(role, action):
        if command == "users enable":  # allowed, and refused for its own reason: users are on already
            assert code == 1 and "may not" not in err
            return
        assert code == 0, err
    else:
        assert code == 1 and "may not" in err, err
        for out in ("aging.xlsx", "ledger.csv", "key.age", "audit.csv", "r.xlsx", "copy.duebook", "b", "st",
                    "I2.pdf", "P2.pdf", "invoices.pdf"):
            assert not (tmp_path / out).exists(), out
        if command.startswith("backup restore"):  # the file is not replaced, nothing is set aside
            assert company.stat().st_ino == inode
            assert not list(tmp_path.glob("books.duebook.before-restore-*"))


def _no_login(office: Office, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
              capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str]:
    root, bak, _ids = office
    shutil.copytree(root / "home", tmp_path / "home")
    monkeypatch.setenv("DUEBOOK_HOME", str(tmp_path / "home"))
    shutil.copy(root / "books.duebook", tmp_path / "protected.duebook")
    shutil.copy(bak, tmp_path / "books.duebak")
    other = create_company(str(tmp_path / "other.duebook"), "Other Co", "CNY", "en")  # users off
    other.close()
    capsys.readouterr()
    code = main(["--db", str(tmp_path / "other.duebook"),
                 *[a.format(dir=tmp_path) for a in argv]])
    return code, capsys.readouterr().err


def test_restoring_over_a_protected_file_needs_a_login_to_that_file(
        office: Office, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
        capsys: pytest.CaptureFixture[str]) -> None:
    target = tmp_path / "protected.duebook"
    code, err = _no_login(office, tmp_path, monkeypatch, capsys,
                          "backup", "restore", "{dir}/books.duebak", "--to", "{dir}/protected.duebook")
    assert code == 1 and "users are on" in err
    assert not list(tmp_path.glob("protected.duebook.before-restore-*")) and target.exists()


def test_copying_a_protected_company_elsewhere_needs_a_login(
        office: Office, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
        capsys: pytest.CaptureFixture[str]) -> None:
    code, err = _no_login(office, tmp_path, monkeypatch, capsys,
                          "transfer", "--from", "{dir}/protected.duebook", "--to", "{dir}/copy.duebook")
    assert code == 1 and "users are on" in err
    assert not (tmp_path / "copy.duebook").exists()


@pytest.mark.parametrize("user", ["cleo", "vic"])
def test_a_user_who_may_not_change_the_company_is_refused_before_their_logo_is_read(
        user: str, office: Office, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
        capsys: pytest.CaptureFixture[str]) -> None:
    from argon2 import PasswordHasher

    monkeypatch.setattr(users, "_hasher", PasswordHasher(time_cost=1, memory_cost=8192, parallelism=1))
    shutil.copytree(office.root / "home", tmp_path / "home")
    monkeypatch.setenv("DUEBOOK_HOME", str(tmp_path / "home"))
    shutil.copy(office.root / "books.duebook", tmp_path / "books.duebook")
    (tmp_path / "pw").write_text(f"pw-{user}-secret", encoding="utf-8")
    (tmp_path / "logo.png").write_text("not a picture", encoding="utf-8")
    capsys.readouterr()
    code = main(["--db", str(tmp_path / "books.duebook"), "--user", user, "--password-file", str(tmp_path / "pw"),
                 "company", "set", "--logo", str(tmp_path / "logo.png")])
    err = capsys.readouterr().err
    assert code == 1 and "may not change the company settings" in err and "logo" not in err, err
