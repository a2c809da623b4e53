"""Postings from the command line (INTERCHANGE §9), on the same services as the program:
post-payment, post-credit-note, void, apply, unapply, post-refund, write-off, dispute, undispute,
and a customer's records: promise, contract, log.

A document is named by its number; numbers are unique per kind only, so a number that two kinds
share is refused with the kinds named (``--kind`` chooses).
"""

from __future__ import annotations

import argparse
import datetime as dt
from decimal import Decimal
from typing import TYPE_CHECKING, Any

from app.commands.choices import CREDIT_KINDS, KINDS, PAYMENT_METHODS
from app.commands.common import Context, fail, iso_date, print_json, print_table

if TYPE_CHECKING:
    from app.services.dto import ApplicationInfo, DocumentInfo


def money_arg(text: str) -> Decimal:
    """argparse type for an amount (the currency's digits are checked by the service)."""
    from app.models import money as m

    try:
        return m.parse_amount(text, 6)
    except ValueError as exc:
        raise argparse.ArgumentTypeError(f"not an amount ({exc}): {text!r}") from exc


class Refused(Exception):
    """A user error found by the command itself (exit 1, one line)."""


def register(sub: Any) -> None:
    p = sub.add_parser("post-payment", help="post a payment (named invoices in order, else oldest first)")
    p.add_argument("code")
    p.add_argument("--amount", type=money_arg, required=True, metavar="A")
    p.add_argument("--date", type=iso_date, required=True, metavar="D")
    p.add_argument("--reference", default="", metavar="R", help="the payment's reference (default: next number)")
    p.add_argument("--method", choices=PAYMENT_METHODS, default="", metavar="M",
                   help="one of " + ", ".join(PAYMENT_METHODS))
    p.add_argument("--invoice", action="append", default=[], metavar="NUMBER",
                   help="apply to this invoice (repeat for several, applied in the order given)")
    p.add_argument("--memo", default="", metavar="TEXT")
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=cmd_post_payment)

    p = sub.add_parser("post-credit-note", help="post a credit note (to the named invoice, else oldest first)")
    p.add_argument("code")
    p.add_argument("--amount", type=money_arg, required=True, metavar="A")
    p.add_argument("--date", type=iso_date, required=True, metavar="D")
    p.add_argument("--invoice", default="", metavar="NUMBER")
    p.add_argument("--reason", default="", metavar="TEXT")
    p.add_argument("--number", default="", metavar="N")
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=cmd_post_credit_note)

    p = sub.add_parser("write-off", help="write off (part of) a debt that will not be paid, with a reason")
    p.add_argument("code")
    p.add_argument("--amount", type=money_arg, required=True, metavar="A")
    p.add_argument("--date", type=iso_date, required=True, metavar="D")
    p.add_argument("--reason", required=True, metavar="TEXT")
    p.add_argument("--invoice", default="", metavar="NUMBER")
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=cmd_write_off)

    p = sub.add_parser("post-refund", help="refund money to a customer (an overpayment with --payment)")
    p.add_argument("code")
    p.add_argument("--amount", type=money_arg, metavar="A", help="default with --payment: all of its remainder")
    p.add_argument("--date", type=iso_date, required=True, metavar="D")
    p.add_argument("--payment", default="", metavar="CREDIT",
                   help="the payment or credit note whose unapplied remainder is paid back")
    p.add_argument("--method", choices=PAYMENT_METHODS, default="", metavar="M")
    p.add_argument("--reason", default="", metavar="TEXT")
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=cmd_post_refund)

    p = sub.add_parser("void", help="void a posted document by a reversing entry")
    p.add_argument("number")
    p.add_argument("--reason", required=True, metavar="TEXT")
    p.add_argument("--date", type=iso_date, metavar="D", help="date of the void (default: today)")
    p.add_argument("--kind", choices=KINDS, metavar="KIND", help="when the number names documents of two kinds")
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=cmd_void)

    p = sub.add_parser("apply", help="apply a payment's or credit note's unapplied remainder")
    p.add_argument("credit", metavar="CREDIT")
    target = p.add_mutually_exclusive_group(required=True)
    target.add_argument("--invoice", metavar="NUMBER")
    target.add_argument("--oldest-first", action="store_true", help="over every open item, oldest due first")
    p.add_argument("--amount", type=money_arg, metavar="A", help="default: as much as both allow")
    p.add_argument("--kind", choices=CREDIT_KINDS, metavar="KIND", help="when CREDIT names two kinds")
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=cmd_apply)

    p = sub.add_parser("unapply", help="undo a credit's application to an invoice (kept as history)")
    p.add_argument("credit", metavar="CREDIT")
    p.add_argument("--invoice", required=True, metavar="NUMBER")
    p.add_argument("--kind", choices=CREDIT_KINDS, metavar="KIND", help="when CREDIT names two kinds")
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=cmd_unapply)

    for name, flag, text in (("dispute", True, "mark an invoice disputed (it leaves dunning)"),
                             ("undispute", False, "clear an invoice's dispute")):
        p = sub.add_parser(name, help=text)
        p.add_argument("number")
        p.add_argument("--json", action="store_true")
        p.set_defaults(handler=cmd_dispute, disputed=flag)

    p = sub.add_parser("promise", help="promises to pay (add, list, outcome, cancel)")
    psub = p.add_subparsers(dest="promise_command", metavar="ACTION")
    psub.required = True
    pa = psub.add_parser("add", help="record a promise to pay an invoice by a date")
    pa.add_argument("invoice", metavar="INVOICE")
    pa.add_argument("--date", type=iso_date, required=True, metavar="D", help="the promised date")
    pa.add_argument("--amount", type=money_arg, required=True, metavar="A")
    pa.add_argument("--note", default="", metavar="TEXT")
    pa.add_argument("--json", action="store_true")
    pa.set_defaults(handler=cmd_promise_add)
    pl = psub.add_parser("list", help="a customer's promises and what became of them")
    pl.add_argument("code")
    pl.add_argument("--as-of", type=iso_date, metavar="D")
    pl.add_argument("--json", action="store_true")
    pl.set_defaults(handler=cmd_promise_list)
    po = psub.add_parser("outcome", help="record that a promise was kept or broken (it leaves the reminders)")
    po.add_argument("id", type=int)
    po.add_argument("outcome", choices=("kept", "broken"))
    po.add_argument("--note", default="", metavar="TEXT")
    po.add_argument("--json", action="store_true")
    po.set_defaults(handler=cmd_promise_outcome)
    pc = psub.add_parser("cancel", help="cancel a promise (by its id in promise list)")
    pc.add_argument("id", type=int)
    pc.add_argument("--json", action="store_true")
    pc.set_defaults(handler=cmd_promise_cancel)

    p = sub.add_parser("contract", help="a customer's contracts (add, list)")
    csub = p.add_subparsers(dest="contract_command", metavar="ACTION")
    csub.required = True
    ca = csub.add_parser("add", help="enter a contract")
    ca.add_argument("code")
    ca.add_argument("--number", required=True, metavar="N")
    ca.add_argument("--start", type=iso_date, required=True, metavar="D")
    ca.add_argument("--end", type=iso_date, required=True, metavar="D")
    ca.add_argument("--value", type=money_arg, required=True, metavar="A")
    ca.add_argument("--reminder-days", type=int, default=30, metavar="N")
    ca.add_argument("--description", default="", metavar="TEXT")
    ca.add_argument("--json", action="store_true")
    ca.set_defaults(handler=cmd_contract_add)
    cl = csub.add_parser("list", help="a customer's contracts")
    cl.add_argument("code")
    cl.add_argument("--json", action="store_true")
    cl.set_defaults(handler=cmd_contract_list)

    p = sub.add_parser("log", help="the communication log of a customer (add, list)")
    lsub = p.add_subparsers(dest="log_command", metavar="ACTION")
    lsub.required = True
    la = lsub.add_parser("add", help="write down a call, e-mail, visit or letter")
    la.add_argument("code")
    la.add_argument("--summary", required=True, metavar="TEXT")
    la.add_argument("--channel", default="phone", metavar="C", help="phone, email, visit, letter, meeting, ...")
    la.add_argument("--date", type=iso_date, metavar="D", help="default: today")
    la.add_argument("--follow-up", type=iso_date, metavar="D")
    la.add_argument("--json", action="store_true")
    la.set_defaults(handler=cmd_log_add)
    ll = lsub.add_parser("list", help="the customer's log, newest first")
    ll.add_argument("code")
    ll.add_argument("--json", action="store_true")
    ll.set_defaults(handler=cmd_log_list)


# ---------------------------------------------------------------- helpers

def find_document(ctx: Context, number: str, kinds: tuple[str, ...], kind: str | None = None) -> DocumentInfo:
    """The one document of ``kinds`` numbered ``number``; refused when none or several."""
    from app.services.ledger import postings as ledger

    wanted = (kind,) if kind else kinds
    found = [d for d in ledger.documents_by_number(ctx.db().read_uow(), number) if d.kind in wanted]
    if not found:
        raise Refused(f"no {' or '.join(k.replace('_', ' ') for k in wanted)} numbered {number}")
    if len(found) > 1:
        raise Refused(f"{number} names a {' and a '.join(d.kind.replace('_', ' ') for d in found)}; "
                      "say which with --kind")
    return found[0]


def doc_json(ctx: Context, d: DocumentInfo, applied: list[ApplicationInfo] | None = None) -> dict[str, Any]:
    out: dict[str, Any] = {
        "customer": d.customer_code, "kind": d.kind, "number": d.number, "date": d.date.isoformat(),
        "amount": ctx.money(d.amount), "open_amount": ctx.money(d.open_amount), "status": d.status,
    }
    if d.due_date and d.direction == 1:
        out["due_date"] = d.due_date.isoformat()
    if applied is not None:
        out["applied"] = [app_json(ctx, a) for a in applied]
    return out


def app_json(ctx: Context, a: ApplicationInfo) -> dict[str, Any]:
    return {"credit": a.credit_number, "credit_kind": a.credit_kind, "debit": a.debit_number,
            "debit_kind": a.debit_kind, "amount": ctx.money(a.amount), "applied_on": a.applied_on.isoformat(),
            "undone": a.undone}


def _applied(ctx: Context, document_id: int) -> list[ApplicationInfo]:
    from app.services.ledger import postings as ledger

    return ledger.applications_of(ctx.db().read_uow(), document_id, include_undone=False)


def _report(ctx: Context, args: argparse.Namespace, verb: str, d: DocumentInfo) -> int:
    applied = _applied(ctx, d.id)
    if args.json:
        print_json(doc_json(ctx, d, applied))
        return 0
    text = f"{verb} {d.kind.replace('_', ' ')} {d.number} for {d.customer_code}: {ctx.money(d.amount)}"
    if applied:
        text += "; applied " + ", ".join(
            f"{a.debit_number if a.credit_id == d.id else a.credit_number} {ctx.money(a.amount)}" for a in applied)
    if d.direction == -1 and d.open_amount > 0:
        text += f"; unapplied {ctx.money(d.open_amount)}"
    print(text)
    return 0


def _guarded(fn: Any) -> Any:
    def run(ctx: Context, args: argparse.Namespace) -> int:
        try:
            return int(fn(ctx, args))
        except Refused as e:
            return fail(str(e))
    return run


# ---------------------------------------------------------------- postings

@_guarded
def cmd_post_payment(ctx: Context, args: argparse.Namespace) -> int:
    from app.services.ledger import postings as ledger

    db = ctx.db()
    kw: dict[str, Any] = {"number": args.reference, "method": args.method, "memo": args.memo}
    if len(args.invoice) == 1:
        kw["invoice_number"] = args.invoice[0]
    elif args.invoice:
        remaining = args.amount
        allocations: list[tuple[int, Decimal]] = []
        seen: set[str] = set()
        for number in args.invoice:
            if number in seen:
                raise Refused(f"invoice {number} is named twice")
            seen.add(number)
            inv = ledger.find_document(db.read_uow(), "invoice", number)
            if inv.customer_code != args.code:
                raise Refused(f"invoice {number} belongs to customer {inv.customer_code}")
            take = min(remaining, inv.open_amount)
            if take > 0:
                allocations.append((inv.id, take))
                remaining -= take
        kw["allocations"] = allocations
    res = ledger.post_credit(db.uow(), "payment", args.code, args.date, args.amount, **kw)
    return _report(ctx, args, "posted", res.document)


@_guarded
def cmd_post_credit_note(ctx: Context, args: argparse.Namespace) -> int:
    from app.services.ledger import postings as ledger

    res = ledger.post_credit(ctx.db().uow(), "credit_note", args.code, args.date, args.amount,
                             number=args.number, invoice_number=args.invoice, reason=args.reason)
    return _report(ctx, args, "posted", res.document)


@_guarded
def cmd_write_off(ctx: Context, args: argparse.Namespace) -> int:
    from app.commands.approvals import report_request
    from app.services.approvals import requests

    g = requests.write_off(ctx.db().uow(), args.code, args.date, args.amount, args.reason,
                           invoice_number=args.invoice)
    if g.request is not None:
        return report_request(ctx, args, g.request)
    assert g.applied is not None
    return _report(ctx, args, "posted", g.applied.document)


@_guarded
def cmd_post_refund(ctx: Context, args: argparse.Namespace) -> int:
    from app.services.ledger import postings as ledger

    db = ctx.db()
    if args.payment:
        cr = find_document(ctx, args.payment, ("payment", "credit_note"))
        if cr.customer_code != args.code:
            raise Refused(f"{cr.number} belongs to customer {cr.customer_code}")
        res = ledger.refund_credit(db.uow(), cr.id, args.date, args.amount, method=args.method, reason=args.reason)
    else:
        if args.amount is None:
            raise Refused("--amount is needed (or --payment to refund its remainder)")
        res = ledger.post_debit(db.uow(), "refund", args.code, args.date, args.amount, reason=args.reason)
    return _report(ctx, args, "posted", res.document)


@_guarded
def cmd_void(ctx: Context, args: argparse.Namespace) -> int:
    from app.commands.approvals import report_request
    from app.services.approvals import requests
    from app.services.ledger import postings as ledger

    kinds = tuple(k for k in KINDS if k != "void")
    d = find_document(ctx, args.number, kinds, args.kind)
    g = requests.void_document(ctx.db().uow(), d.id, args.date or dt.date.today(), args.reason)
    if g.request is not None:
        return report_request(ctx, args, g.request)
    v = g.applied
    assert v is not None
    if args.json:
        print_json({"voided": doc_json(ctx, ledger.get_document(ctx.db().read_uow(), d.id)), "void": doc_json(ctx, v),
                    "reason": args.reason})
    else:
        print(f"voided {d.kind.replace('_', ' ')} {d.number} by {v.number} on {v.date.isoformat()}")
    return 0


@_guarded
def cmd_apply(ctx: Context, args: argparse.Namespace) -> int:
    from app.services.ledger import postings as ledger

    db = ctx.db()
    cr = find_document(ctx, args.credit, CREDIT_KINDS, args.kind)
    if args.oldest_first:
        if args.amount is not None:
            raise Refused("--amount goes with --invoice; --oldest-first applies all that is left")
        apps = ledger.apply_credit_oldest_first(db.uow(), cr.id)
    else:
        inv = find_document(ctx, args.invoice, ("invoice",))
        apps = [ledger.apply_credit(db.uow(), cr.id, inv.id, args.amount)]
    after = ledger.get_document(db.read_uow(), cr.id)
    if args.json:
        print_json({**doc_json(ctx, after), "applied_now": [app_json(ctx, a) for a in apps]})
    else:
        for a in apps:
            print(f"applied {a.credit_number} to {a.debit_number}: {ctx.money(a.amount)} on {a.applied_on.isoformat()}")
        print(f"{after.number} unapplied {ctx.money(after.open_amount)}")
    return 0


@_guarded
def cmd_unapply(ctx: Context, args: argparse.Namespace) -> int:
    from app.services.ledger import postings as ledger

    db = ctx.db()
    cr = find_document(ctx, args.credit, CREDIT_KINDS, args.kind)
    inv = find_document(ctx, args.invoice, ("invoice",))
    undone = ledger.unapply_between(db.uow(), cr.id, inv.id)
    after = ledger.get_document(db.read_uow(), cr.id)
    if args.json:
        print_json({**doc_json(ctx, after), "unapplied_now": [app_json(ctx, a) for a in undone]})
    else:
        total = sum((a.amount for a in undone), Decimal(0))
        print(f"unapplied {cr.number} from {inv.number}: {ctx.money(total)}; "
              f"{cr.number} unapplied {ctx.money(after.open_amount)}")
    return 0


@_guarded
def cmd_dispute(ctx: Context, args: argparse.Namespace) -> int:
    from app.services.ledger import postings as ledger

    d = find_document(ctx, args.number, ("invoice",))
    if d.disputed == args.disputed:
        raise Refused(f"invoice {d.number} is {'already' if d.disputed else 'not'} disputed")
    info = ledger.set_disputed(ctx.db().uow(), d.id, args.disputed)
    if args.json:
        print_json({**doc_json(ctx, info), "disputed": info.disputed})
    else:
        print(f"invoice {info.number} {'disputed' if info.disputed else 'no longer disputed'}")
    return 0


# ---------------------------------------------------------------- the customer's records

def promise_json(ctx: Context, p: Any) -> dict[str, Any]:
    return {"id": p.id, "customer": p.customer, "invoice": p.invoice, "promised_on": p.promised_on.isoformat(),
            "amount": ctx.money(p.amount), "note": p.note, "outcome": p.outcome, "paid": ctx.money(p.paid),
            "recorded": p.recorded, "outcome_note": p.outcome_note}


@_guarded
def cmd_promise_outcome(ctx: Context, args: argparse.Namespace) -> int:
    from app.services.collections import reminders

    p = reminders.record_promise_outcome(ctx.db().uow(), args.id, args.outcome, args.note)
    if args.json:
        print_json(promise_json(ctx, p))
    else:
        print(f"promise {p.id} ({p.invoice}, {p.promised_on.isoformat()}): {p.outcome}")
    return 0


@_guarded
def cmd_promise_add(ctx: Context, args: argparse.Namespace) -> int:
    from app.services.collections import reminders

    db = ctx.db()
    p = reminders.add_promise(db.uow(), args.invoice, args.date, args.amount, args.note)
    out = next(o for o in reminders.promise_outcomes(db.read_uow(), p.customer, dt.date.today()) if o.id == p.id)
    if args.json:
        print_json(promise_json(ctx, out))
    else:
        print(f"promise {p.id}: {p.customer} to pay {ctx.money(p.amount)} of {p.invoice} by "
              f"{p.promised_on.isoformat()}")
    return 0


@_guarded
def cmd_promise_list(ctx: Context, args: argparse.Namespace) -> int:
    from app.services.collections import reminders

    rows = reminders.promise_outcomes(ctx.db().read_uow(), args.code, args.as_of or dt.date.today())
    if args.json:
        print_json([promise_json(ctx, p) for p in rows])
        return 0
    print_table(["id", "invoice", "promised_on", "amount", "outcome", "note"],
                [[str(p.id), p.invoice, p.promised_on.isoformat(), ctx.money(p.amount) or "", p.outcome, p.note]
                 for p in rows], right={0, 3})
    return 0


@_guarded
def cmd_promise_cancel(ctx: Context, args: argparse.Namespace) -> int:
    from app.services.collections import reminders

    reminders.cancel_promise(ctx.db().uow(), args.id)
    if args.json:
        print_json({"id": args.id, "outcome": "cancelled"})
    else:
        print(f"promise {args.id} cancelled")
    return 0


def contract_json(ctx: Context, c: Any) -> dict[str, Any]:
    return {"id": c.id, "customer": c.customer, "number": c.number, "description": c.description,
            "start": c.start_on.isoformat(), "end": c.end_on.isoformat(), "value": ctx.money(c.value),
            "reminder_days": c.reminder_days}


@_guarded
def cmd_contract_add(ctx: Context, args: argparse.Namespace) -> int:
    from app.services.collections import reminders

    c = reminders.add_contract(ctx.db().uow(), args.code, args.number, args.start, args.end, args.value,
                               args.reminder_days, args.description)
    if args.json:
        print_json(contract_json(ctx, c))
    else:
        print(f"contract {c.number} of {c.customer}: {c.start_on.isoformat()} to {c.end_on.isoformat()}, "
              f"{ctx.money(c.value)}")
    return 0


@_guarded
def cmd_contract_list(ctx: Context, args: argparse.Namespace) -> int:
    from app.services.collections import reminders

    rows = reminders.contracts(ctx.db().read_uow(), args.code)
    if args.json:
        print_json([contract_json(ctx, c) for c in rows])
        return 0
    print_table(["number", "start", "end", "value", "reminder_days", "description"],
                [[c.number, c.start_on.isoformat(), c.end_on.isoformat(), ctx.money(c.value) or "",
                  str(c.reminder_days), c.description] for c in rows], right={3, 4})
    return 0


def log_json(e: Any) -> dict[str, Any]:
    return {"id": e.id, "customer": e.customer_code, "date": e.date.isoformat(), "channel": e.channel,
            "summary": e.summary, "follow_up_on": e.follow_up_on.isoformat() if e.follow_up_on else None,
            "follow_up_done": e.follow_up_done}


@_guarded
def cmd_log_add(ctx: Context, args: argparse.Namespace) -> int:
    from app.services.customers import communication

    e = communication.add_entry(ctx.db().uow(), args.code, communication.CommunicationInput(
        args.date or dt.date.today(), args.channel, args.summary, args.follow_up))
    if args.json:
        print_json(log_json(e))
    else:
        print(f"logged {e.channel} with {e.customer_code} on {e.date.isoformat()}")
    return 0


@_guarded
def cmd_log_list(ctx: Context, args: argparse.Namespace) -> int:
    from app.services.customers import communication

    rows = communication.entries_for(ctx.db().read_uow(), args.code)
    if args.json:
        print_json([log_json(e) for e in rows])
        return 0
    print_table(["date", "channel", "follow_up", "summary"],
                [[e.date.isoformat(), e.channel, e.follow_up_on.isoformat() if e.follow_up_on else "", e.summary]
                 for e in rows])
    return 0
