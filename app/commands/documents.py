"""Document commands: ``statements`` (a batch) and ``export-ledger``.

``duebook statements --from D1 --to D2 --out DIR [--tag T] [--category C] [--codes A,B] [--open-item]
[--include-zero] [--json]`` writes one PDF per customer, ``all.pdf`` and ``statements.xlsx``.
``duebook export-ledger PATH [--json]`` writes every posted document (``.xlsx`` or ``.csv``).
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from app.commands.common import Context, TerminalProgress, fail, iso_date, print_json, print_table


def register(sub: Any) -> None:
    p = sub.add_parser("statements", help="statements for a selection: a PDF each, all.pdf and a workbook")
    p.add_argument("--from", dest="date_from", type=iso_date, required=True, metavar="D1")
    p.add_argument("--to", dest="date_to", type=iso_date, required=True, metavar="D2")
    p.add_argument("--out", type=Path, required=True, metavar="DIR", help="folder for the files")
    p.add_argument("--tag", metavar="T", help="customers with this tag")
    p.add_argument("--category", metavar="C", help="customers of this category")
    p.add_argument("--codes", metavar="A,B", help="these customers (comma-separated codes)")
    p.add_argument("--open-item", action="store_true", help="open items instead of balance-forward")
    p.add_argument("--include-zero", action="store_true",
                   help="also customers whose balance at --to is zero")
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=cmd_statements)

    p = sub.add_parser("export-ledger", help="every posted document to a workbook (.xlsx) or CSV (.csv)")
    p.add_argument("path", type=Path)
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=cmd_export_ledger)


def cmd_statements(ctx: Context, args: argparse.Namespace) -> int:
    from app.models import money as m
    from app.services.documents.batch import run_statement_batch

    if args.date_to < args.date_from:
        return fail("--to is before --from")
    codes = [c.strip() for c in args.codes.split(",") if c.strip()] if args.codes else None
    if args.codes is not None and not codes:
        return fail("--codes names no customer")
    db = ctx.db()
    progress = TerminalProgress()
    result = run_statement_batch(db, args.date_from, args.date_to, args.out, codes=codes, tag=args.tag,
                                 category=args.category, with_balance_only=not args.include_zero,
                                 open_item=args.open_item, progress=progress)
    progress.finish()
    d = db.digits
    data = {
        "from": args.date_from.isoformat(), "to": args.date_to.isoformat(), "out": str(result.out_dir),
        "open_item": result.open_item, "count": result.count,
        "statements": [{"customer": i.code, "name": i.name, "language": i.language,
                        "closing_balance": m.format_plain(i.closing_balance, d), "lines": i.lines,
                        "pdf": str(i.pdf)} for i in result.items],
        "all_pdf": str(result.merged_pdf) if result.merged_pdf else None,
        "workbook": str(result.workbook) if result.workbook else None,
    }
    if args.json:
        print_json(data)
        return 0
    if not result.items:
        print("no customer matched the selection; nothing written")
        return 0
    print_table(["customer", "name", "closing balance", "file"],
                [[x["customer"], x["name"], x["closing_balance"], Path(x["pdf"]).name]
                 for x in data["statements"]], right={2})
    print(f"{result.count} statement(s) in {result.out_dir}")
    if result.merged_pdf:
        print(f"for printing: {result.merged_pdf}")
    if result.workbook:
        print(f"workbook: {result.workbook}")
    return 0


def cmd_export_ledger(ctx: Context, args: argparse.Namespace) -> int:
    from app.services.documents.excel import write_ledger_export

    db = ctx.db()

    class Counting(TerminalProgress):
        rows = 0

        def update(self, done: int, total: int) -> None:
            self.rows = done
            super().update(done, total)

    progress = Counting()
    path = write_ledger_export(db, args.path, progress=progress)
    progress.finish()
    if args.json:
        print_json({"path": str(path), "rows": progress.rows})
    else:
        print(f"{progress.rows} document(s) written to {path}")
    return 0
