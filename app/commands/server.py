"""Server commands: ``transfer --from URL --to URL`` moves a company between a file and PostgreSQL."""

from __future__ import annotations

import argparse
from typing import Any

from app.commands.common import Context, TerminalProgress, print_json, print_table, to_jsonable


def register(sub: Any) -> None:
    p = sub.add_parser("transfer", help="copy a company between a file and a PostgreSQL server (either way)",
                       description="Copy the company at --from (a company file or a postgresql+psycopg:// URL) "
                                   "into the empty --to, then check that every table's row count and every "
                                   "customer's balance and aging are the same on both sides.")
    p.add_argument("--from", dest="source", required=True, metavar="URL", help="company file or server URL")
    p.add_argument("--to", dest="target", required=True, metavar="URL",
                   help="a new company file or an empty server database")
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=cmd_transfer)


def cmd_transfer(ctx: Context, args: argparse.Namespace) -> int:
    from app.services.server.transfer import transfer

    # The source is opened (and logged into) like any company: copying it whole is an export.
    ctx.open(args.source, "export")
    progress = TerminalProgress("copying ")
    try:
        report = transfer(args.source, args.target, progress)
    finally:
        progress.finish()
    if args.json:
        print_json({
            "from": report.source, "to": report.target, "rows": report.rows, "customers": report.customers,
            "tables": {t.table: t.rows for t in report.tables},
            "checked_as_of": to_jsonable(list(report.checked_as_of)), "seconds": report.seconds,
        })
        return 0
    print_table(["table", "rows"], [[t.table, str(t.rows)] for t in report.tables if t.rows], right={1})
    print(f"copied {report.rows} rows from {report.source} to {report.target} in {report.seconds:.1f} s; "
          f"balances and aging of {report.customers} customers checked")
    return 0
