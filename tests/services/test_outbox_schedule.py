"""Automation rules queue exactly what a bookkeeper expects, once.

The ledger below is small enough to count by hand. Rules: remind 3 days before the due date,
on the due date, and 7 days after. ``run-schedule`` runs every day from 1 March to 29 April
2026 (60 days), twice a day.

- A (a@...): A1 (100, due 10 Mar) and A3 (50, due 10 Mar) unpaid; A2 (200, due 20 Mar) paid on 15 Mar.
  -> before on 7 Mar (A1+A3 in one message), due on 10 Mar, after on 17 Mar. A2: nothing (paid
  before its reminder day).
- B (b@..., Chinese): B1 (300, due 15 Apr) disputed -> nothing. B2 (80, dated 20 Mar, due 5 Apr) paid
  6 Apr -> before on 2 Apr, due on 5 Apr, no after (paid).
- C: no e-mail address -> nothing. D: kept out of automatic mail -> nothing.
- E (e@...): E1 (90, dated 20 Apr, due 22 Apr): its before-day (19 Apr) comes before the invoice
  exists -> due on 22 Apr, after on 29 Apr.

7 messages: before 2, due 3, after 2.
"""

from __future__ import annotations

import datetime as dt

from app.services.collections import dunning
from app.services.ledger import postings as ledger
from app.services.outbox import schedule, store
from app.services.outbox import settings as st
from app.services.unit_of_work import Database
from tests.services.ledger_helpers import customer, d, invoice, payment


def _ledger(db: Database) -> None:
    customer(db, "A", "Alder Supplies", email="a@example.com", language="en")
    customer(db, "B", "北京恒通科技", email="b@example.com", language="zh_CN")
    customer(db, "C", "Cedar Works", language="en")
    customer(db, "D", "Dogwood Ltd", email="d@example.com", language="en")
    customer(db, "E", "Elm Traders", email="e@example.com", language="en")
    invoice(db, "A", "2026-03-01", "100", "A1", due="2026-03-10")
    invoice(db, "A", "2026-03-05", "200", "A2", due="2026-03-20")
    invoice(db, "A", "2026-03-05", "50", "A3", due="2026-03-10")
    payment(db, "A", "2026-03-15", "200", "PA2", invoice="A2")
    b1 = invoice(db, "B", "2026-03-01", "300", "B1", due="2026-04-15")
    ledger.set_disputed(db.uow(), b1, True)
    invoice(db, "B", "2026-03-20", "80", "B2", due="2026-04-05")
    payment(db, "B", "2026-04-06", "80", "PB2", invoice="B2")
    invoice(db, "C", "2026-03-01", "70", "C1", due="2026-03-12")
    invoice(db, "D", "2026-03-01", "60", "D1", due="2026-03-15")
    st.set_auto_mail_excluded(db.uow(), "D", True)
    invoice(db, "E", "2026-04-20", "90", "E1", due="2026-04-22")


def _rules(db: Database, *names_days: tuple[str, int]) -> None:
    for name, days in names_days:
        schedule.save_rule(db.uow(), schedule.Rule(name, enabled=True, days=days))


def test_sixty_days_of_reminders_queue_the_hand_counted_messages_once(db: Database) -> None:
    _ledger(db)
    _rules(db, ("remind_before", 3), ("remind_due", 0), ("remind_after", 7))
    got = []
    day = d("2026-03-01")
    for _ in range(60):
        first = schedule.run_schedule(db.uow(), day)
        again = schedule.run_schedule(db.uow(), day)
        assert again.queued == [], f"a second run on {day} queued {again.queued}"
        got += [(day.isoformat(), q.rule, q.customer) for q in first.queued]
        day += dt.timedelta(days=1)
    assert day == d("2026-04-30")
    assert got == [
        ("2026-03-07", "remind_before", "A"),
        ("2026-03-10", "remind_due", "A"),
        ("2026-03-17", "remind_after", "A"),
        ("2026-04-02", "remind_before", "B"),
        ("2026-04-05", "remind_due", "B"),
        ("2026-04-22", "remind_due", "E"),
        ("2026-04-29", "remind_after", "E"),
    ]
    msgs = {(m.kind, m.customer): m for m in store.list_messages(db.uow())}
    assert len(msgs) == 7
    a_before = store.get_message(db.uow(), msgs[("reminder_before", "A")].id)
    assert "A1" in a_before.body_text and "A3" in a_before.body_text and "A2" not in a_before.body_text
    assert "CNY 150.00" in a_before.body_text
    b_due = msgs[("reminder_due", "B")]
    assert b_due.language == "zh_CN" and "今日到期" in b_due.subject


def test_a_dry_run_queues_nothing_and_a_computer_off_for_days_catches_up(db: Database) -> None:
    _ledger(db)
    _rules(db, ("remind_due", 0), ("remind_after", 7))
    preview = schedule.run_schedule(db.uow(), d("2026-03-10"), dry_run=True)
    assert [(q.rule, q.customer) for q in preview.queued] == [("remind_due", "A")]
    assert store.list_messages(db.uow()) == []
    schedule.run_schedule(db.uow(), d("2026-03-01"))
    late = schedule.run_schedule(db.uow(), d("2026-03-20"))  # off from 2 to 19 March
    assert [(q.rule, q.customer) for q in late.queued] == [("remind_due", "A"), ("remind_after", "A")]


def test_monthly_statements_dunning_by_mail_and_the_report_pack(db: Database) -> None:
    _ledger(db)
    dunning.save_levels(db.uow(), [dunning.LevelInfo(1, 5, title="First reminder")])
    st.save_smtp(db.uow(), st.SmtpSettings(host="mail.example", port=25, security="none",
                                           sender="ar@example.com", owner="boss@example.com"))
    schedule.save_rule(db.uow(), schedule.Rule("statements", enabled=True, day=1))
    schedule.save_rule(db.uow(), schedule.Rule("report_pack", enabled=True, every="monthly"))
    schedule.save_rule(db.uow(), schedule.Rule("dunning", enabled=True, weekday=4))  # 1 May 2026 is a Friday
    run = schedule.run_schedule(db.uow(), d("2026-05-01"))
    got = sorted((q.rule, q.kind, q.customer) for q in run.queued)
    # statements for April: A (balance 150), B (disputed 300 still owed), E (activity); not C (no address),
    # not D (kept out). Dunning: A and E (B's only overdue invoice is disputed); C to print; D kept out.
    assert got == [("dunning", "dunning", "A"), ("dunning", "dunning", "E"),
                   ("report_pack", "report_pack", ""),
                   ("statements", "statement", "A"), ("statements", "statement", "B"),
                   ("statements", "statement", "E")]
    assert sorted(c for _r, c in run.to_print) == ["C", "D"]
    assert schedule.run_schedule(db.uow(), d("2026-05-01")).queued == []
    pack = store.get_message(db.uow(), next(m.id for m in store.list_messages(db.uow(), kind="report_pack")))
    assert pack.info.to == "boss@example.com"
    assert [a.filename.rsplit(".", 1)[1] for a in pack.attachments] == ["pdf", "xlsx"]
    import io

    import openpyxl

    book = openpyxl.load_workbook(io.BytesIO(store.attachment(db.uow(), pack.attachments[1].id).data))
    assert book.sheetnames[-1] in ("Alerts", "异常提醒")  # the pack ends with the alerts of the day
    stmt = next(m for m in store.list_messages(db.uow(), kind="statement") if m.customer == "B")
    detail = store.get_message(db.uow(), stmt.id)
    assert detail.attachments[0].filename == "对账单_B_2026-04.pdf"
    assert "2026-04-01 至 2026-04-30" in stmt.subject
    rules = {r.name: r for r in schedule.rules(db.uow())}
    assert rules["statements"].last_run == d("2026-05-01")
    assert schedule.next_run_date(rules["statements"], d("2026-05-01")) == d("2026-06-01")
