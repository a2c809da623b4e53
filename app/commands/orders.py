"""Documents a customer receives and sales orders (INTERCHANGE §9).

``invoice NUMBER [--pdf PATH] [--lang L] [--tax-invoice-number T --tax-invoice-date D]``,
``receipt REFERENCE --pdf PATH [--lang L]``, ``print-invoices --from D1 --to D2 --pdf PATH``,
``order create|confirm|invoice|cancel``, ``orders [--status S]``, ``order-reminder-days [N]``.
All take ``--json``; exit 0, or 1 with one line on stderr.
"""

from __future__ import annotations

import argparse
import csv
import sys
from decimal import Decimal
from pathlib import Path
from typing import TYPE_CHECKING, Any

from app.commands.common import Context, TerminalProgress, fail, iso_date, print_json, print_table

if TYPE_CHECKING:
    from app.services.dto import LineInput

LANGS = ["en", "zh_CN"]
LINE_COLUMNS = ("description", "quantity", "unit_price", "tax_rate")


def _amount(text: str) -> Decimal:
    from app.models import money as m

    try:
        return m.parse_amount(text, 6)
    except ValueError as exc:
        raise argparse.ArgumentTypeError(f"not an amount ({exc}): {text!r}") from exc


def register(sub: Any) -> None:
    p = sub.add_parser("invoice", help="an invoice: its figures, its PDF, its tax invoice (增值税发票) number")
    p.add_argument("number")
    p.add_argument("--pdf", type=Path, metavar="PATH", help="write the invoice as the customer receives it")
    p.add_argument("--lang", choices=LANGS, help="language of the PDF (default: the customer's)")
    p.add_argument("--tax-invoice-number", metavar="T", help="record the tax invoice issued for it ('' clears)")
    p.add_argument("--tax-invoice-date", type=iso_date, metavar="D", help="date of that tax invoice")
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=cmd_invoice)

    p = sub.add_parser("receipt", help="a receipt (收据) for a payment, as a PDF")
    p.add_argument("reference", help="the payment's number or the reference it was posted with")
    p.add_argument("--pdf", type=Path, required=True, metavar="PATH")
    p.add_argument("--lang", choices=LANGS, help="language of the PDF (default: the customer's)")
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=cmd_receipt)

    p = sub.add_parser("print-invoices", help="the invoices of a period in one PDF, for printing")
    p.add_argument("--from", dest="date_from", type=iso_date, required=True, metavar="D1")
    p.add_argument("--to", dest="date_to", type=iso_date, required=True, metavar="D2")
    p.add_argument("--customer", default="", metavar="CODE")
    p.add_argument("--pdf", type=Path, required=True, metavar="PATH")
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=cmd_print_invoices)

    p = sub.add_parser("order", help="sales orders: create, confirm (credit check), invoice, cancel")
    osub = p.add_subparsers(dest="order_command", metavar="ACTION")
    osub.required = True
    c = osub.add_parser("create", help="a draft order of one amount or of lines")
    c.add_argument("code", help="customer code")
    c.add_argument("--number", default="", metavar="N", help="order number (default: the next one)")
    c.add_argument("--date", type=iso_date, required=True, metavar="D")
    c.add_argument("--amount", type=_amount, metavar="A")
    c.add_argument("--lines", type=Path, metavar="FILE",
                   help="CSV with the columns description,quantity,unit_price,tax_rate (0.13 = 13 %%)")
    c.add_argument("--expected", type=iso_date, metavar="D", help="expected delivery date")
    c.add_argument("--notes", default="")
    c.add_argument("--json", action="store_true")
    c.set_defaults(handler=cmd_order_create)
    c = osub.add_parser("confirm", help="confirm a draft order (credit policy on exposure + open orders)")
    c.add_argument("number")
    c.add_argument("--override-reason", default="", metavar="TEXT",
                   help="confirm past the limit or during a hold, with this reason (permitted users)")
    c.add_argument("--json", action="store_true")
    c.set_defaults(handler=cmd_order_confirm)
    c = osub.add_parser("invoice", help="post the invoice of a confirmed order (all of it, or --amount)")
    c.add_argument("number")
    c.add_argument("--date", type=iso_date, metavar="D", help="invoice date (default today)")
    c.add_argument("--amount", type=_amount, metavar="A", help="invoice this part only; the rest stays open")
    c.add_argument("--override-reason", default="", metavar="TEXT")
    c.add_argument("--json", action="store_true")
    c.set_defaults(handler=cmd_order_invoice)
    c = osub.add_parser("cancel", help="cancel a draft or confirmed order")
    c.add_argument("number")
    c.add_argument("--reason", required=True, metavar="TEXT")
    c.add_argument("--json", action="store_true")
    c.set_defaults(handler=cmd_order_cancel)

    p = sub.add_parser("orders", help="list sales orders")
    p.add_argument("--status", choices=["draft", "confirmed", "invoiced", "cancelled"])
    p.add_argument("--customer", default="", metavar="CODE")
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=cmd_orders)

    p = sub.add_parser("order-reminder-days", help="days after which a confirmed, uninvoiced order is a reminder")
    p.add_argument("days", nargs="?", type=int, help="set it (default 14); without: show it")
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=cmd_order_reminder_days)


# ---------------------------------------------------------------- documents

def cmd_invoice(ctx: Context, args: argparse.Namespace) -> int:
    from app.services import documents
    from app.services.documents.data import invoice_document

    db = ctx.db()
    if args.tax_invoice_number is not None:
        documents.set_tax_invoice(db.uow(), args.number, args.tax_invoice_number, args.tax_invoice_date)
    elif args.tax_invoice_date is not None:
        return fail("--tax-invoice-date needs --tax-invoice-number")
    inv = invoice_document(db.read_uow(), args.number)
    if args.pdf:
        from app.services.documents.invoice_pdf import write_invoice_pdf

        write_invoice_pdf(inv, args.pdf, args.lang)
    data = {
        "number": inv.number, "customer": inv.customer.code, "name": inv.customer.name,
        "date": inv.date.isoformat(), "due_date": inv.due_date.isoformat() if inv.due_date else None,
        "status": inv.status, "amount": ctx.money(inv.amount), "paid": ctx.money(inv.paid),
        "due": ctx.money(inv.due), "lines": len(inv.lines), "orders": list(inv.orders),
        "tax_invoice_number": inv.tax_invoice_number or None,
        "tax_invoice_date": inv.tax_invoice_date.isoformat() if inv.tax_invoice_date else None,
        "pdf": str(args.pdf) if args.pdf else None,
    }
    if args.json:
        print_json(data)
        return 0
    print_table(["figure", "value"], [[k, "" if v is None else str(v)] for k, v in data.items()])
    return 0


def cmd_receipt(ctx: Context, args: argparse.Namespace) -> int:
    from app.services.documents.data import receipt_document
    from app.services.documents.receipt_pdf import write_receipt_pdf

    db = ctx.db()
    rc = receipt_document(db.read_uow(), args.reference)
    write_receipt_pdf(rc, args.pdf, args.lang)
    data = {
        "number": rc.number, "customer": rc.customer.code, "date": rc.date.isoformat(),
        "amount": ctx.money(rc.amount), "method": rc.method or None,
        "settled": [{"number": s.number, "applied": ctx.money(s.applied)} for s in rc.settled],
        "unapplied": ctx.money(rc.unapplied), "status": rc.status, "pdf": str(args.pdf),
    }
    if args.json:
        print_json(data)
    else:
        print(f"receipt {rc.number} for {rc.customer.code}: {data['amount']} written to {args.pdf}")
    return 0


def cmd_print_invoices(ctx: Context, args: argparse.Namespace) -> int:
    from app.services import documents

    db = ctx.db()
    ids = documents.invoice_ids(db.read_uow(), args.date_from, args.date_to, args.customer)
    if not ids:
        return fail("no invoice is dated in that period; nothing written")
    progress = TerminalProgress()
    batch = documents.print_invoices(db, ids, args.pdf, progress=progress)
    progress.finish()
    if args.json:
        print_json({"count": batch.count, "pages": batch.pages, "pdf": str(args.pdf)})
    else:
        print(f"{batch.count} invoice(s), {batch.pages} page(s) in {args.pdf}")
    return 0


# ---------------------------------------------------------------- orders

def read_lines(path: Path) -> list[LineInput]:
    from app.models import money as m
    from app.services.dto import LineInput
    from app.services.errors import FieldProblem, ValidationErrors

    """Order lines from a CSV file (UTF-8, header description,quantity,unit_price,tax_rate)."""
    problems: list[FieldProblem] = []
    out: list[LineInput] = []
    try:
        text = path.read_text(encoding="utf-8-sig")
    except OSError as exc:
        raise ValidationErrors([FieldProblem("lines", "unknown", f"cannot read {path}: {exc.strerror}")]) from exc
    rows = list(csv.DictReader(text.splitlines()))
    missing = [c for c in LINE_COLUMNS[:3] if rows and c not in rows[0]]
    if not rows or missing:
        raise ValidationErrors([FieldProblem("lines", "required",
                                             "a header row description,quantity,unit_price[,tax_rate] and a line")])
    for i, row in enumerate(rows):
        try:
            qty = m.parse_ratio(row.get("quantity") or "")
            price = m.parse_ratio(row.get("unit_price") or "")
            rate = m.parse_ratio(row.get("tax_rate") or "0")
        except ValueError:
            problems.append(FieldProblem(f"lines[{i}]", "format", "quantity, unit price or tax rate is not a number"))
            continue
        out.append(LineInput((row.get("description") or "").strip(), qty, price, rate))
    if problems:
        raise ValidationErrors(problems)
    return out


def order_json(ctx: Context, o: Any) -> dict[str, Any]:
    return {
        "number": o.number, "customer": o.customer_code, "name": o.customer_name, "date": o.date.isoformat(),
        "expected_on": o.expected_on.isoformat() if o.expected_on else None, "status": o.status,
        "amount": ctx.money(o.amount), "invoiced": ctx.money(o.invoiced), "open_amount": ctx.money(o.open_amount),
        "lines": len(o.lines), "invoices": list(o.invoices), "notes": o.notes,
        "cancel_reason": o.cancel_reason or None, "override_reason": o.override_reason or None,
    }


def _print_order(ctx: Context, o: Any, verb: str) -> None:
    print(f"order {o.number} for {o.customer_code} {verb}: {ctx.money(o.amount)} ({o.status}, open "
          f"{ctx.money(o.open_amount)})")


def cmd_order_create(ctx: Context, args: argparse.Namespace) -> int:
    from app.models import money as m
    from app.services.orders import service

    db = ctx.db()
    lines = read_lines(args.lines) if args.lines else []
    if not lines and args.amount is None:
        return fail("give --amount or --lines")
    if args.amount is not None and args.amount != m.round_money(args.amount, db.digits):
        return fail(f"amount: at most {db.digits} decimal places")
    o = service.create_order(db.uow(), args.code, args.date, None if lines else args.amount, lines=lines,
                             number=args.number, expected_on=args.expected, notes=args.notes)
    if lines and args.amount is not None and args.amount != o.amount:
        print(f"duebook: warning: the lines add up to {ctx.money(o.amount)}, not {ctx.money(args.amount)}",
              file=sys.stderr)
    if args.json:
        print_json(order_json(ctx, o))
    else:
        _print_order(ctx, o, "created")
    return 0


def cmd_order_confirm(ctx: Context, args: argparse.Namespace) -> int:
    from app.services.orders import service

    res = service.confirm_order(ctx.db().uow(), args.number, override_reason=args.override_reason)
    if res.warning:
        print(f"duebook: warning: {res.warning}", file=sys.stderr)
    if args.json:
        print_json({**order_json(ctx, res.order), "warning": res.warning or None})
    else:
        _print_order(ctx, res.order, "confirmed")
    return 0


def cmd_order_invoice(ctx: Context, args: argparse.Namespace) -> int:
    from app.services.orders import service

    res = service.invoice_order(ctx.db().uow(), args.number, date=args.date, amount=args.amount,
                                override_reason=args.override_reason)
    if res.warning:
        print(f"duebook: warning: {res.warning}", file=sys.stderr)
    if args.json:
        print_json({**order_json(ctx, res.order), "invoice": res.invoice.number,
                    "invoice_amount": ctx.money(res.invoice.amount), "warning": res.warning or None})
    else:
        print(f"posted invoice {res.invoice.number} for {res.invoice.customer_code}: {ctx.money(res.invoice.amount)}"
              f" from order {res.order.number} ({res.order.status}, open {ctx.money(res.order.open_amount)})")
    return 0


def cmd_order_cancel(ctx: Context, args: argparse.Namespace) -> int:
    from app.services.orders import service

    o = service.cancel_order(ctx.db().uow(), args.number, args.reason)
    if args.json:
        print_json(order_json(ctx, o))
    else:
        _print_order(ctx, o, "cancelled")
    return 0


def cmd_orders(ctx: Context, args: argparse.Namespace) -> int:
    from app.services.orders import service

    rows = service.list_orders(ctx.db().read_uow(), status=args.status or "", customer=args.customer or None)
    if args.json:
        print_json([order_json(ctx, o) for o in rows])
        return 0
    print_table(["number", "date", "customer", "status", "amount", "open", "expected"],
                [[o.number, o.date.isoformat(), o.customer_code, o.status, ctx.money(o.amount) or "",
                  ctx.money(o.open_amount) or "", o.expected_on.isoformat() if o.expected_on else ""] for o in rows],
                right={4, 5})
    return 0


def cmd_order_reminder_days(ctx: Context, args: argparse.Namespace) -> int:
    from app.services.orders import service

    db = ctx.db()
    days = service.set_reminder_days(db.uow(), args.days) if args.days is not None else service.reminder_days(db.read_uow())
    if args.json:
        print_json({"days": days})
    else:
        print(f"confirmed orders not invoiced after {days} days are reminders")
    return 0
