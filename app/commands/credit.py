"""Credit and collections commands (INTERCHANGE §4/§7): credit, hold, release, dunning,
reminders, and post-invoice (so that scripts can post with a credit override)."""

from __future__ import annotations

import argparse
import datetime as dt
import sys
from decimal import Decimal
from pathlib import Path
from typing import Any

from app.commands.common import Context, fail, iso_date, print_json, print_table


def _amount(text: str) -> Decimal:
    from app.models import money as m

    try:
        return m.parse_amount(text, 6)
    except ValueError as exc:
        raise argparse.ArgumentTypeError(f"not an amount ({exc}): {text!r}") from exc


def register(sub: Any) -> None:
    p = sub.add_parser("credit", help="a customer's credit figures: limit, exposure, status, index, grade")
    p.add_argument("code")
    p.add_argument("--as-of", type=iso_date, metavar="D")
    p.add_argument("--pdf", type=Path, metavar="PATH", help="also write the credit report as PDF")
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=cmd_credit)

    p = sub.add_parser("hold", help="put a customer on credit hold")
    p.add_argument("code")
    p.add_argument("--reason", required=True, metavar="TEXT")
    p.add_argument("--until", type=iso_date, metavar="D", help="last day of the hold (inclusive)")
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=cmd_hold)

    p = sub.add_parser("release", help="release a customer's credit hold")
    p.add_argument("code")
    p.add_argument("--note", default="", metavar="TEXT")
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=cmd_release)

    p = sub.add_parser("dunning", help="dunning proposals as of a date; letters; commit to history")
    p.add_argument("--as-of", type=iso_date, metavar="D", required=True)
    p.add_argument("--letters", type=Path, metavar="DIR", help="write one PDF per customer and all.pdf")
    p.add_argument("--commit", action="store_true", help="record the letters in each customer's history")
    p.add_argument("--post-charges", action="store_true", help="with --commit: post fee + interest as a charge")
    p.add_argument("--exclude", default="", metavar="A,B", help="customer codes to leave out of this run")
    p.add_argument("--mail", action="store_true",
                   help="with --commit: e-mail the letters to customers with an address (the rest: print)")
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=cmd_dunning)

    p = sub.add_parser("reminders", help="due soon, overdue, promised payments, contract ends, follow-ups")
    p.add_argument("--as-of", type=iso_date, metavar="D")
    p.add_argument("--days", type=int, default=7, metavar="N")
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=cmd_reminders)

    p = sub.add_parser("grades", help="recompute every customer's payment index and grade; keep the changes")
    p.add_argument("--as-of", type=iso_date, metavar="D")
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=cmd_grades)

    p = sub.add_parser("post-invoice", help="post an invoice (credit policy applies)")
    p.add_argument("code")
    p.add_argument("--date", type=iso_date, required=True, metavar="D")
    p.add_argument("--amount", type=_amount, required=True, metavar="A")
    p.add_argument("--number", default="", metavar="N")
    p.add_argument("--due-date", type=iso_date, metavar="D")
    p.add_argument("--description", default="")
    p.add_argument("--override-reason", default="", metavar="TEXT",
                   help="post past the limit or during a hold, with this reason (permitted users)")
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=cmd_post_invoice)


def _money(ctx: Context, v: Decimal | None) -> str | None:
    return ctx.money(v)


def cmd_credit(ctx: Context, args: argparse.Namespace) -> int:
    from app.services.credit import figures as credit

    db = ctx.db()
    f = credit.credit_figures(db.read_uow(), args.code, args.as_of or dt.date.today())
    if args.pdf:
        from app.services.reports.credit_report import credit_report_pdf

        credit_report_pdf(db.read_uow(), args.code, f.as_of, args.pdf)
    out = {
        "customer": f.customer,
        "credit_limit": _money(ctx, f.credit_limit),
        "exposure": _money(ctx, f.exposure),
        "available": _money(ctx, f.available),
        "utilization": None if f.utilization is None else f"{f.utilization:.4f}",
        "status": f.status,
        "payment_index": f.payment_index,
        "grade": f.grade,
    }
    if args.json:
        print_json(out)
        return 0
    rows = [[k, "" if v is None else str(v)] for k, v in out.items()]
    rows.insert(1, ["name", f.name])
    rows.append(["as_of", f.as_of.isoformat()])
    rows.append(["overdue", _money(ctx, f.overdue) or ""])
    if f.on_hold:
        rows.append(["hold_reason", f.hold_reason])
    if f.grade != f.computed_grade:
        rows.append(["computed_grade", f.computed_grade])
    print_table(["figure", "value"], rows)
    return 0


def cmd_hold(ctx: Context, args: argparse.Namespace) -> int:
    from app.services.credit import figures as credit

    h = credit.hold(ctx.db().uow(), args.code, args.reason, until=args.until)
    if args.json:
        print_json({"customer": h.customer, "reason": h.reason, "start": h.start_on.isoformat(),
                    "until": h.until_on.isoformat() if h.until_on else None})
    else:
        until = f" until {h.until_on.isoformat()}" if h.until_on else ""
        print(f"{h.customer} on hold from {h.start_on.isoformat()}{until}: {h.reason}")
    return 0


def cmd_release(ctx: Context, args: argparse.Namespace) -> int:
    from app.commands.approvals import report_request
    from app.services.approvals import requests

    g = requests.release_hold(ctx.db().uow(), args.code, note=args.note)
    if g.request is not None:
        return report_request(ctx, args, g.request)
    released = g.applied or []
    if args.json:
        print_json({"customer": args.code, "released": len(released), "on": dt.date.today().isoformat()})
    else:
        print(f"{args.code} released from hold")
    return 0


def proposal_json(ctx: Context, p: Any) -> dict[str, Any]:
    return {
        "customer": p.customer,
        "level": p.level,
        "invoices": [{"number": i.number, "due_date": i.due_date.isoformat(), "days_overdue": i.days_overdue,
                      "open_amount": _money(ctx, i.open_amount)} for i in p.invoices],
        "overdue_amount": _money(ctx, p.overdue_amount),
        "fee": _money(ctx, p.fee),
        "interest": _money(ctx, p.interest),
        "total": _money(ctx, p.total),
    }


def cmd_dunning(ctx: Context, args: argparse.Namespace) -> int:
    from app.services.collections import dunning, letters

    db = ctx.db()
    excluded = {c.strip() for c in args.exclude.split(",") if c.strip()}
    run = dunning.propose(db.read_uow(), args.as_of)
    chosen = [p for p in run.proposals if p.customer not in excluded]
    if args.post_charges and not args.commit:
        return fail("--post-charges needs --commit")
    if args.mail and not args.commit:
        return fail("--mail needs --commit")
    if args.letters:
        letters.write_letters(db.read_uow(), run, args.letters, chosen)
    if args.commit:
        done = dunning.commit(db.uow(), args.as_of, only=[p.customer for p in chosen],
                              post_charges=args.post_charges)
        chosen = list(done)
    mailed = None
    if args.mail:
        from app.services.outbox.sources import mail_dunning

        mailed = mail_dunning(db.uow(), args.as_of, chosen)
    if args.json:
        data: dict[str, Any] = {"as_of": args.as_of.isoformat(),
                                "proposals": [proposal_json(ctx, p) for p in chosen]}
        if mailed is not None:
            data["mailed"] = [{"customer": m.customer, "to": m.to, "message": m.id} for m in mailed.queued]
            data["to_print"] = list(mailed.no_address)
        print_json(data)
        return 0
    rows = [[p.customer, p.name, str(p.level), str(len(p.invoices)), _money(ctx, p.overdue_amount) or "",
             _money(ctx, p.fee) or "", _money(ctx, p.interest) or "", _money(ctx, p.total) or ""] for p in chosen]
    print_table(["customer", "name", "level", "invoices", "overdue", "fee", "interest", "total"], rows,
                right={2, 3, 4, 5, 6, 7})
    notes = []
    if args.letters:
        notes.append(f"letters in {args.letters}")
    if args.commit:
        notes.append("committed to history")
    if mailed is not None:
        notes.append(f"{len(mailed.queued)} letter(s) queued for e-mail")
        if mailed.no_address:
            notes.append("no e-mail address (print these): " + ", ".join(mailed.no_address))
    if notes:
        print("; ".join(notes), file=sys.stderr)
    return 0


def cmd_reminders(ctx: Context, args: argparse.Namespace) -> int:
    from app.services.collections import reminders

    if args.days < 0:
        return fail("--days must not be negative")
    db = ctx.db()
    r = reminders.reminders(db.read_uow(), args.as_of or dt.date.today(), args.days)
    data = reminders.to_json(r, db.digits)
    if args.json:
        print_json(data)
        return 0
    rows = [[it.kind, it.date.isoformat() if it.date else "", it.customer, it.reference,
             _money(ctx, it.amount) or "", it.text] for it in r.items]
    print_table(["kind", "date", "customer", "reference", "amount", "what"], rows, right={4})
    return 0


def cmd_grades(ctx: Context, args: argparse.Namespace) -> int:
    from app.services.credit import figures as credit

    as_of = args.as_of or dt.date.today()
    changed = credit.refresh_grades(ctx.db().uow(), as_of)
    from app.services.lifecycle.grade_rules import apply_grade_rules
    from app.services.lifecycle.stages import refresh_stages

    apply_grade_rules(ctx.db().uow(), as_of)  # the grade rules beside the index (kept in the grade history)
    refresh_stages(ctx.db().uow(), as_of)  # the lifecycle stages move with the grades (`stages` lists them)
    if args.json:
        print_json({"as_of": as_of.isoformat(), "changed": changed})
    else:
        print(f"grades as of {as_of.isoformat()}: {changed} changed")
    return 0


def cmd_post_invoice(ctx: Context, args: argparse.Namespace) -> int:
    from app.models import money as m
    from app.services.ledger import postings as ledger

    db = ctx.db()
    amount = args.amount
    if amount != m.round_money(amount, db.digits):
        return fail(f"amount: at most {db.digits} decimal places")
    res = ledger.post_invoice(db.uow(), args.code, args.date, amount, number=args.number, due_date=args.due_date,
                              description=args.description, override_reason=args.override_reason)
    d = res.document
    if res.warning:
        print(f"duebook: warning: {res.warning}", file=sys.stderr)
    if args.json:
        print_json({"customer": d.customer_code, "number": d.number, "date": d.date.isoformat(),
                    "due_date": d.due_date.isoformat() if d.due_date else None, "amount": ctx.money(d.amount),
                    "warning": res.warning or None})
    else:
        print(f"posted invoice {d.number} for {d.customer_code}: {ctx.money(d.amount)}")
    return 0
