"""Approvals on the command line (PRODUCT §8c): a clerk's large change prints the request it made and
exits 0; an approver lists, approves or rejects; the requester cannot decide their own."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from argon2 import PasswordHasher

from app.services import users
from app.services.company import create_company
from app.services.credit import figures as credit
from tests.cli.conftest import Result, Runner
from tests.services.ledger_helpers import customer, invoice

PW = {"boss": "boss-secret-1", "ann": "ann-secret-1", "cleo": "cleo-secret-1", "vic": "vic-secret-1"}
As = Callable[..., Result]


@pytest.fixture
def as_user(company_file: Path, duebook: Runner, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> As:
    """A company with users on (A: limit 10,000.00 and an old invoice; B a look-alike; H on hold)."""
    monkeypatch.setattr(users, "_hasher", PasswordHasher(time_cost=1, memory_cost=8192, parallelism=1))
    db = create_company(str(company_file), "Test Trading Co", "CNY", "en")
    customer(db, "A", "Harbor Trading Ltd", limit="10000.00")
    customer(db, "B", "Harbour Trading Ltd")
    customer(db, "H", "Hold Fast Ltd")
    invoice(db, "A", "2026-01-05", "5000.00", number="I1")
    credit.hold(db.uow(), "H", "cheque bounced")
    users.enable_users(db.uow(), "boss", PW["boss"])
    users.add_user(db.uow(), "ann", PW["ann"], "accountant")
    users.add_user(db.uow(), "cleo", PW["cleo"], "clerk")
    users.add_user(db.uow(), "vic", PW["vic"], "viewer")
    db.close()
    for name, pw in PW.items():
        (tmp_path / f"pw-{name}").write_text(pw, encoding="utf-8")

    def run(user: str, *args: str) -> Result:
        return duebook("--user", user, "--password-file", str(tmp_path / f"pw-{user}"), *args)

    return run


def test_a_clerks_limit_raise_is_a_request_an_accountant_approves(as_user: As) -> None:
    r = as_user("cleo", "credit-limit", "A", "--limit", "60000.00", "--reason", "framework contract", "--json")
    assert r.code == 0, r.err
    req = r.json
    assert (req["state"], req["kind"], req["customer"]) == ("pending", "credit_limit", "A")
    assert req["before"]["credit_limit"] == "10000.00" and req["after"]["credit_limit"] == "60000.00"
    assert as_user("cleo", "credit", "A", "--json").json["credit_limit"] == "10000.00"

    listed = as_user("ann", "approvals", "--json").json
    assert [x["id"] for x in listed] == [req["request"]]
    assert listed[0]["requested_by"] == "cleo" and listed[0]["reason"] == "framework contract"
    text = as_user("ann", "approvals").out
    assert "credit limit" in text and "10000.00 -> 60000.00" in text

    own = as_user("cleo", "approve", str(req["request"]))
    assert own.code == 1 and "may not approve or reject requests" in own.err
    ok = as_user("ann", "approve", str(req["request"]))
    assert ok.code == 0 and f"request {req['request']} approved and applied" in ok.out
    assert as_user("ann", "credit", "A", "--json").json["credit_limit"] == "60000.00"
    assert as_user("ann", "approvals").out.count("\n") <= 2  # the header only: nothing pending
    done = as_user("ann", "approvals", "--state", "approved", "--json").json
    assert done[0]["decided_by"] == "ann" and done[0]["result"] == "credit limit A: 60000.00"


def test_a_rejected_request_changes_nothing(as_user: As) -> None:
    r = as_user("cleo", "release", "H", "--note", "paid in cash")
    assert r.code == 0 and r.out.startswith("request 1 made: release of a hold of H waits for an approver")
    assert as_user("boss", "reject", "1").code == 2  # --reason is required
    out = as_user("boss", "reject", "1", "--reason", "cheque not cleared yet", "--json")
    assert out.code == 0 and out.json["state"] == "rejected" and out.json["decision_note"] == "cheque not cleared yet"
    assert as_user("boss", "credit", "H", "--json").json["status"] == "hold"
    again = as_user("boss", "approve", "1")
    assert again.code == 1 and "already rejected" in again.err


def test_a_viewer_cannot_approve(as_user: As) -> None:
    assert as_user("cleo", "merge", "A", "B", "--reason", "same company").code == 0
    r = as_user("vic", "approve", "1")
    assert r.code == 1 and "may not approve or reject requests" in r.err
    assert as_user("vic", "approvals", "--json").json[0]["state"] == "pending"


def test_each_large_change_of_a_clerk_prints_its_request(as_user: As) -> None:
    outs = [as_user("cleo", "write-off", "A", "--amount", "4000.00", "--date", "2026-12-01", "--reason", "insolvent",
                    "--invoice", "I1"),
            as_user("cleo", "void", "I1", "--reason", "entered twice", "--date", "2026-12-01"),
            as_user("cleo", "merge", "A", "B"),
            as_user("cleo", "release", "H")]
    assert [o.code for o in outs] == [0, 0, 0, 0], [o.err for o in outs]
    assert [o.out.split(":")[0] for o in outs] == ["request 1 made", "request 2 made", "request 3 made",
                                                   "request 4 made"]
    kinds = [x["kind"] for x in as_user("boss", "approvals", "--json").json]
    assert kinds == ["hold_release", "merge", "void", "write_off"]
    assert as_user("boss", "approve", "1", "--json").json["result"].startswith("write-off ")
    assert as_user("boss", "balance", "A", "--json").json["balance"] == "1000.00"


def test_thresholds_are_shown_and_set_by_the_administrator(as_user: As) -> None:
    shown = as_user("cleo", "approval-thresholds", "--json")
    assert shown.json == {"limit_raise": "10000.00", "write_off": "1000.00", "void_days": 30}
    assert as_user("ann", "approval-thresholds", "--write-off", "5000").code == 1
    assert as_user("boss", "approval-thresholds", "--write-off", "5000", "--json").json["write_off"] == "5000.00"
    # under the new threshold an accountant's write-off posts at once (a clerk's is always a request)
    small = as_user("ann", "write-off", "A", "--amount", "4000.00", "--date", "2026-12-01", "--reason", "insolvent")
    assert small.code == 0 and small.out.startswith("posted write off")


def test_with_users_off_the_commands_apply_directly(duebook: Runner, company_file: Path) -> None:
    db = create_company(str(company_file), "Test Trading Co", "CNY", "en")
    customer(db, "A", "Harbor Trading Ltd", limit="10000.00")
    credit.hold(db.uow(), "A", "cheque bounced")
    db.close()
    r = duebook("credit-limit", "A", "--limit", "900000.00")
    assert r.code == 0 and r.out.strip() == "credit limit of A: 900000.00"
    assert duebook("release", "A").out.strip() == "A released from hold"
    assert duebook("approvals", "--state", "all", "--json").json == []
