"""Core commands: init, import, customers, balance, aging, statement, demo."""

from __future__ import annotations

import argparse
import datetime as dt
from pathlib import Path
from typing import TYPE_CHECKING, Any

from app.commands.common import Context, TerminalProgress, iso_date, print_json, print_table, to_jsonable

if TYPE_CHECKING:
    from collections.abc import Callable

    from app.services.dto import AgingReport, AgingRow, Bucket
    from app.services.quick.reader import QuickAging


def register(sub: Any) -> None:
    p = sub.add_parser("init", help="create a new company file")
    p.add_argument("--company", required=True, help="company name")
    p.add_argument("--currency", default="CNY", help="ISO 4217 code (default CNY)")
    p.add_argument("--locale", default="zh_CN", choices=["en", "zh_CN"], help="language of the company")
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=cmd_init)

    p = sub.add_parser("import", help="import a folder of CSV files or a workbook (all or nothing)")
    p.add_argument("path", type=Path)
    p.add_argument("--dry-run", action="store_true", help="check everything, write nothing")
    p.add_argument("--ignore-unknown", action="store_true", help="skip unknown columns instead of refusing")
    p.add_argument("--classify", action="store_true",
                   help="then set category, industry, region and size of the new customers by the rules")
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=cmd_import)

    p = sub.add_parser("customers", help="list customers")
    p.add_argument("--search", default="", metavar="TEXT")
    p.add_argument("--tag", default="", metavar="T")
    p.add_argument("--grade", default="", metavar="G")
    p.add_argument("--category", default="", metavar="C")
    p.add_argument("--archived", action="store_true", help="list archived customers too")
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=cmd_customers)

    p = sub.add_parser("balance", help="a customer's balance at a date")
    p.add_argument("code")
    p.add_argument("--as-of", type=iso_date, metavar="D")
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=cmd_balance)

    p = sub.add_parser("aging", help="aging of every customer as of a date")
    p.add_argument("--as-of", type=iso_date, metavar="D")
    p.add_argument("--basis", choices=["due_date", "invoice_date"], default="due_date")
    p.add_argument("--xlsx", type=Path, metavar="PATH")
    p.add_argument("--pdf", type=Path, metavar="PATH")
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=cmd_aging)

    p = sub.add_parser("statement", help="a customer's statement for a period")
    p.add_argument("code")
    p.add_argument("--from", dest="date_from", type=iso_date, required=True, metavar="D1")
    p.add_argument("--to", dest="date_to", type=iso_date, required=True, metavar="D2")
    p.add_argument("--open-item", action="store_true", help="open items instead of balance-forward")
    p.add_argument("--pdf", type=Path, metavar="PATH")
    p.add_argument("--xlsx", type=Path, metavar="PATH")
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=cmd_statement)

    p = sub.add_parser("demo", help="fill a company file with realistic demo data")
    p.add_argument("--customers", type=int, default=200)
    p.add_argument("--invoices", type=int, default=5000)
    p.add_argument("--seed", type=int, default=7)
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=cmd_demo)


def cmd_init(ctx: Context, args: argparse.Namespace) -> int:
    from app.services.company import create_company
    from app.services.vocabulary import shown

    db = create_company(ctx.target, args.company, args.currency, args.locale)
    ctx.adopt(db)
    if args.json:
        print_json({"company": args.company, "currency": args.currency.upper(), "file": db.path or shown(db.url)})
    else:
        print(f"created {db.path or shown(db.url)} for {args.company}")
    return 0


def cmd_import(ctx: Context, args: argparse.Namespace) -> int:
    from app.services.interchange.importing import import_path

    db = ctx.db()
    from app.services.classify import rules

    classify = args.classify and not args.dry_run
    before = rules.last_customer_id(db.uow()) if classify else 0
    progress = TerminalProgress()
    try:
        summary = import_path(db, args.path, dry_run=args.dry_run, ignore_unknown=args.ignore_unknown,
                              progress=progress)
    finally:
        progress.finish()
    data: dict[str, Any] = {
        "dry_run": summary.dry_run, "customers": summary.customers, "invoices": summary.invoices,
        "payments": summary.payments, "credit_notes": summary.credit_notes,
        "dunning_levels": summary.dunning_levels, "applications": summary.applications}
    classified = rules.apply(db.uow(), rules.new_customer_codes(db.uow(), before)) if classify else []
    if classify:
        data["classified"] = [{"customer": p.code, "field": p.field, "before": p.before, "after": p.after,
                               "rule": p.rule_id, "why": p.rule} for p in classified]
    if args.json:
        print_json(data)
    else:
        verb = "would import" if summary.dry_run else "imported"
        print(f"{verb}: {summary.customers} customers, {summary.invoices} invoices, {summary.payments} payments, "
              f"{summary.credit_notes} credit notes, {summary.dunning_levels} dunning levels")
        if classify:
            from app.commands.classify import print_proposals

            print_proposals(classified, False, "set to")
    return 0


def cmd_customers(ctx: Context, args: argparse.Namespace) -> int:
    from app.services.customers import records as customers

    db = ctx.db()
    f = customers.CustomerFilter(search=args.search, tag=args.tag, grade=args.grade, category=args.category,
                                 status="all" if args.archived else "active")
    rows = customers.list_customers(db.read_uow(), f)
    if args.json:
        print_json([{
            "code": r.code, "name": r.name, "balance": ctx.money(r.balance), "grade": r.grade,
            "tags": list(r.tags), "category": r.category, "phone": r.phone, "email": r.email,
            "credit_limit": ctx.money(r.credit_limit), "value_class": r.value_class or None,
            "archived": r.archived,
        } for r in rows])
    else:
        print_table(["code", "name", "balance", "grade", "tags"],
                    [[r.code, r.name, ctx.money(r.balance) or "", r.grade, ";".join(r.tags)] for r in rows],
                    right={2})
    return 0


def cmd_balance(ctx: Context, args: argparse.Namespace) -> int:
    as_of = args.as_of or dt.date.today()
    quick = ctx.quick()  # a plain SQLite file: answered without SQLAlchemy (app.services.quick)
    if quick is not None:
        bal = quick.money(quick.balance(args.code, as_of))
    else:
        from app.services.ledger import postings as ledger

        db = ctx.db()
        bal = ctx.money(ledger.balance(db.read_uow(), args.code, as_of)) or ""
    if args.json:
        print_json({"customer": args.code, "as_of": as_of.isoformat(), "balance": bal})
    else:
        print(f"{args.code}  {as_of.isoformat()}  {bal}")
    return 0


def aging_row_json(row: AgingRow, buckets: tuple[Bucket, ...], digits: int) -> dict[str, Any]:
    from app.models import money as m

    out: dict[str, Any] = {"code": row.code, "name": row.name}
    for b, a in zip(buckets, row.amounts, strict=True):
        out[b.key] = m.format_plain(a, digits)
    out["unapplied"] = m.format_plain(row.unapplied, digits)
    out["total"] = m.format_plain(row.total, digits)
    return out


def aging_json(report: AgingReport, digits: int) -> dict[str, Any]:
    from app.models import money as m

    totals: dict[str, Any] = {b.key: m.format_plain(t, digits) for b, t in zip(report.buckets, report.totals,
                                                                              strict=True)}
    totals["unapplied"] = m.format_plain(report.total_unapplied, digits)
    totals["total"] = m.format_plain(report.total, digits)
    return {
        "as_of": report.as_of.isoformat(), "currency": report.currency, "buckets": list(report.bucket_keys),
        "customers": [aging_row_json(r, report.buckets, digits) for r in report.rows], "totals": totals,
    }


def quick_aging_json(report: QuickAging, money: Callable[[int], str]) -> dict[str, Any]:
    """:func:`aging_json` of the quick reader's figures (minor units)."""

    def figures(amounts: tuple[int, ...], unapplied: int, total: int) -> dict[str, Any]:
        out: dict[str, Any] = {k: money(a) for k, a in zip(report.keys, amounts, strict=True)}
        out["unapplied"] = money(unapplied)
        out["total"] = money(total)
        return out

    return {
        "as_of": report.as_of.isoformat(), "currency": report.currency, "buckets": list(report.keys),
        "customers": [{"code": r.code, "name": r.name, **figures(r.amounts, r.unapplied, r.total)}
                      for r in report.rows],
        "totals": figures(report.totals, report.total_unapplied, report.total),
    }


def print_aging_table(keys: list[str], rows: list[list[str]]) -> None:
    print_table(["code", "name", *keys, "unapplied", "total"], rows, right=set(range(2, len(keys) + 4)))


def cmd_aging(ctx: Context, args: argparse.Namespace) -> int:
    as_of = args.as_of or dt.date.today()
    quick = None if args.xlsx or args.pdf else ctx.quick()  # no file to write: perhaps the quick reader
    if quick is not None:
        q = quick.aging(as_of, args.basis)
        if args.json:
            print_json(quick_aging_json(q, quick.money))
        else:
            fm = quick.money
            rows = [[r.code, r.name, *map(fm, r.amounts), fm(r.unapplied), fm(r.total)] for r in q.rows]
            rows.append(["", "total", *map(fm, q.totals), fm(q.total_unapplied), fm(q.total)])
            print_aging_table(list(q.keys), rows)
        return 0
    from app.models import money as m
    from app.services.ledger import aging

    db = ctx.open(ctx.target, "export") if args.xlsx or args.pdf else ctx.db()  # a file written: an export
    report = aging.aging(db.read_uow(), as_of, basis=args.basis)
    if args.xlsx or args.pdf:
        from app.services.exports.files import export_aging

        for path, kind in ((args.xlsx, "xlsx"), (args.pdf, "pdf")):
            if path:
                export_aging(db.uow(), report, path, kind)
    if args.json:
        print_json(aging_json(report, db.digits))
    else:
        keys = list(report.bucket_keys)
        rows = [[r.code, r.name, *(m.format_plain(a, db.digits) for a in r.amounts),
                 m.format_plain(r.unapplied, db.digits), m.format_plain(r.total, db.digits)] for r in report.rows]
        rows.append(["", "total", *(m.format_plain(t, db.digits) for t in report.totals),
                     m.format_plain(report.total_unapplied, db.digits), m.format_plain(report.total, db.digits)])
        print_aging_table(keys, rows)
    return 0


def cmd_statement(ctx: Context, args: argparse.Namespace) -> int:
    from app.models import money as m
    from app.services.ledger import statements

    db = ctx.db()
    st = statements.statement(db.read_uow(), args.code, args.date_from, args.date_to, open_item=args.open_item)
    if args.pdf:
        from app.services.documents.statement_pdf import write_statement_pdf

        write_statement_pdf(st, args.pdf)
    if args.xlsx:
        from app.services.documents.excel import write_statement_workbook

        write_statement_workbook(st, args.xlsx)
    d = db.digits
    data: dict[str, Any] = {
        "customer": st.customer.code, "name": st.customer.name, "from": st.date_from.isoformat(),
        "to": st.date_to.isoformat(), "opening_balance": m.format_plain(st.opening_balance, d),
        "lines": [{"date": ln.date.isoformat(), "kind": ln.kind, "number": ln.number,
                   "debit": m.format_plain(ln.debit, d), "credit": m.format_plain(ln.credit, d),
                   "balance": m.format_plain(ln.balance, d)} for ln in st.lines],
        "closing_balance": m.format_plain(st.closing_balance, d),
        "aging": aging_row_json(st.aging, st.buckets, d),
    }
    if st.open_item:
        data["open_items"] = [to_jsonable(o, d) for o in st.open_items]
    if args.json:
        print_json(data)
    else:
        print(f"{st.customer.code} {st.customer.name}  {st.date_from} .. {st.date_to}")
        print(f"opening balance {data['opening_balance']}")
        print_table(["date", "kind", "number", "debit", "credit", "balance"],
                    [[x["date"], x["kind"], x["number"], x["debit"], x["credit"], x["balance"]]
                     for x in data["lines"]], right={3, 4, 5})
        print(f"closing balance {data['closing_balance']}")
    return 0


def cmd_demo(ctx: Context, args: argparse.Namespace) -> int:
    from app.services.company import create_company, holds_company
    from app.services.demo import sample as demo

    if not holds_company(ctx.target):
        ctx.adopt(create_company(ctx.target, demo.DEMO_COMPANY, "CNY", "zh_CN", **demo.DEMO_DETAILS))
    db = ctx.db()
    progress = TerminalProgress()
    try:
        summary = demo.fill_demo(db, customers=args.customers, invoices=args.invoices, seed=args.seed,
                                 progress=progress)
    finally:
        progress.finish()
    if args.json:
        print_json({"customers": summary.customers, "invoices": summary.invoices, "payments": summary.payments,
                    "credit_notes": summary.credit_notes})
    else:
        print(f"demo data: {summary.customers} customers, {summary.invoices} invoices, "
              f"{summary.payments} payments, {summary.credit_notes} credit notes")
    return 0
