"""The command line of INTERCHANGE §10: smtp, outbox, mail, run-schedule, dunning --mail, show-cron.

Against a real SMTP server on loopback (aiosmtpd, STARTTLS with a test CA, login).
"""

from __future__ import annotations

import logging
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.cli.conftest import Result, Runner
from tests.conftest import MemoryKeyring
from tests.mailserver import PASSWORD, USER, MailServer, mail_server

MESSAGE_KEYS = {"id", "kind", "customer", "to", "subject", "status", "attempts", "sent_at", "error"}


@pytest.fixture
def server(tmp_path: Path) -> Iterator[MailServer]:
    with mail_server(tmp_path) as srv:
        yield srv


@pytest.fixture
def books(duebook: Runner, tmp_path: Path, server: MailServer, memory_keyring: MemoryKeyring) -> Runner:
    """A company with three customers (one without an address) and the mail server set up."""
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "customers.csv").write_text(
        "code,name,email,language\nA,Alder Supplies,a@example.com,en\nB,北京恒通科技,b@example.com,zh_CN\n"
        "C,Cedar Works,,en\n", encoding="utf-8")
    (folder / "invoices.csv").write_text(
        "customer_code,number,issue_date,due_date,amount\nA,A1,2026-03-01,2026-03-10,100.00\n"
        "B,B1,2026-03-01,2026-03-10,300.00\nC,C1,2026-03-01,2026-03-10,70.00\n", encoding="utf-8")
    pw = tmp_path / "pw.txt"
    pw.write_text(PASSWORD + "\n", encoding="utf-8")
    assert duebook("init", "--company", "Harbor Trading").code == 0
    r = duebook("import", str(folder))
    assert r.code == 0, r.err
    r = duebook("smtp", "set", "--host", "127.0.0.1", "--port", str(server.port), "--security", "starttls",
                "--from", "ar@harbor.example", "--user", USER, "--password-file", str(pw),
                "--ca-file", str(server.ca_file), "--report-to", "owner@harbor.example")
    assert r.code == 0, r.err
    return duebook


def test_mail_statement_queues_and_outbox_send_delivers_it(books: Runner, server: MailServer) -> None:
    r = books("mail", "statement", "B", "--from", "2026-03-01", "--to", "2026-03-31")
    assert r.code == 0, r.err
    listed = books("outbox", "--json").json["messages"]
    assert [set(m) for m in listed] == [MESSAGE_KEYS]
    assert listed[0]["status"] == "queued" and listed[0]["customer"] == "B" and listed[0]["sent_at"] is None
    dry = books("outbox", "send", "--dry-run")
    assert dry.code == 0 and "1 message(s) would be sent" in dry.out and server.received == []
    sent = books("outbox", "send")
    assert sent.code == 0, sent.err
    [msg] = server.received
    assert msg["Subject"] == "对账单 2026-03-01 至 2026-03-31 — Harbor Trading"
    assert [a.get_filename() for a in msg.iter_attachments()] == ["对账单_B_2026-03.pdf"]
    after = books("outbox", "--status", "sent", "--json").json["messages"]
    assert after[0]["status"] == "sent" and after[0]["attempts"] == 1 and after[0]["sent_at"].endswith("Z")


def test_mail_statement_to_a_customer_without_an_address_is_refused(books: Runner) -> None:
    r = books("mail", "statement", "C", "--from", "2026-03-01", "--to", "2026-03-31")
    assert r.code == 1 and "customer C has no e-mail address" in r.err
    assert books("outbox", "--json").json == {"messages": []}


def test_outbox_send_exits_1_naming_the_message_the_server_refused(books: Runner, server: MailServer) -> None:
    server.handler.refuse["a@example.com"] = "no such mailbox here"
    books("mail", "statement", "A", "--from", "2026-03-01", "--to", "2026-03-31")
    books("mail", "statement", "B", "--from", "2026-03-01", "--to", "2026-03-31")
    r = books("outbox", "send")
    assert r.code == 1
    assert "message 1 failed: a@example.com: 550 5.1.1 no such mailbox here" in r.err
    failed = books("outbox", "--status", "failed", "--json").json["messages"]
    assert [(m["id"], m["customer"]) for m in failed] == [(1, "A")]
    assert "no such mailbox here" in failed[0]["error"]
    assert [m["To"].addresses[0].addr_spec for m in server.received] == ["b@example.com"]


def _levels(tmp_path: Path) -> Path:
    folder = tmp_path / "levels"
    folder.mkdir()
    (folder / "dunning_levels.csv").write_text("level,days_overdue,title\n1,10,Reminder\n", encoding="utf-8")
    return folder


def test_run_schedule_answers_its_json_and_dunning_mail_lists_the_rest_to_print(books: Runner,
                                                                                tmp_path: Path) -> None:
    assert books("schedule", "set", "remind_after", "--on", "--days", "7").code == 0
    r = books("run-schedule", "--as-of", "2026-03-17", "--json")
    assert r.code == 0, r.err
    assert r.json == {"as_of": "2026-03-17", "dry_run": False, "to_print": [], "queued": [
        {"rule": "remind_after", "kind": "reminder_after", "customer": "A", "to": "a@example.com"},
        {"rule": "remind_after", "kind": "reminder_after", "customer": "B", "to": "b@example.com"}]}
    assert books("run-schedule", "--as-of", "2026-03-17", "--json").json["queued"] == []
    lv = books("import", str(_levels(tmp_path)))
    assert lv.code == 0, lv.err
    d = books("dunning", "--as-of", "2026-04-30", "--commit", "--mail", "--json")
    assert d.code == 0, d.err
    assert [m["customer"] for m in d.json["mailed"]] == ["A", "B"] and d.json["to_print"] == ["C"]
    assert books("dunning", "--as-of", "2026-04-30", "--mail").code == 1  # --mail needs --commit


def test_show_cron_prints_the_crontab_line_and_the_schtasks_command(books: Runner, company_file: Path) -> None:
    r = books("schedule", "show-cron", "--time", "06:30")
    assert r.code == 0
    lines = r.out.splitlines()
    cron = next(x for x in lines if x.startswith("30 6 * * * "))
    assert f"--db {company_file.resolve()} run-schedule" in cron and cron.endswith("outbox send")
    assert any(x.startswith("schtasks /Create") and "/ST 06:30" in x for x in lines)


def test_the_password_is_nowhere_but_the_keyring(books: Runner, server: MailServer, company_file: Path,
                                                 memory_keyring: MemoryKeyring,
                                                 caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.DEBUG)
    outputs: list[Result] = [books("smtp", "show", "--json"), books("smtp", "test", "--to", "me@example.com")]
    books("mail", "statement", "A", "--from", "2026-03-01", "--to", "2026-03-31")
    outputs += [books("outbox", "send"), books("outbox", "--json")]
    assert all(o.code == 0 for o in outputs), [o.err for o in outputs]
    assert books("smtp", "show", "--json").json["password_known"] is True
    assert PASSWORD in memory_keyring.secrets.values()
    assert all(PASSWORD not in o.out + o.err for o in outputs)
    assert PASSWORD not in caplog.text
    for f in company_file.parent.iterdir():
        if f.is_file() and f.name != "pw.txt":
            data = f.read_bytes()
            assert PASSWORD.encode("utf-8") not in data, f
            assert PASSWORD.encode("utf-16-le") not in data, f
