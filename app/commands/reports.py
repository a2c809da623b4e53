"""``duebook report NAME --from D1 --to D2 [--group-by FIELD] [--json] [--xlsx X] [--pdf X]``, value classes
and duplicates."""

from __future__ import annotations

import argparse
import datetime as dt
from pathlib import Path
from typing import Any

from app.commands.choices import GROUP_FIELDS, REPORT_NAMES
from app.commands.common import Context, iso_date, print_json, print_table


def register(sub: Any) -> None:
    p = sub.add_parser("report", help="analysis reports: " + ", ".join(REPORT_NAMES))
    p.add_argument("name", choices=REPORT_NAMES)
    p.add_argument("--from", dest="date_from", type=iso_date, required=True, metavar="D1")
    p.add_argument("--to", dest="date_to", type=iso_date, required=True, metavar="D2")
    p.add_argument("--xlsx", type=Path, metavar="PATH", help="also write the report as a workbook")
    p.add_argument("--pdf", type=Path, metavar="PATH", help="also write the report as a PDF")
    p.add_argument("--template", metavar="NAME", help="apply a saved template (columns, filters, sort, grouping)")
    p.add_argument("--group-by", choices=GROUP_FIELDS, default=None, metavar="FIELD",
                   help="subtotals per customer " + ", ".join(GROUP_FIELDS) +
                        " (a customer with several tags counts in each)")
    p.add_argument("--inactive-days", type=int, default=None, metavar="N",
                   help="frequency: a customer is inactive after N days without a document (default 90)")
    p.add_argument("--limit", type=int, default=None, metavar="N", help="top_overdue: how many customers (20)")
    p.add_argument("--lang", choices=["en", "zh_CN"], default=None, help="language of the files' headings")
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=cmd_report)

    p = sub.add_parser("value-classes", help="recompute every customer's value class A/B/C (trailing 12 months)")
    p.add_argument("--as-of", type=iso_date, metavar="D")
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=cmd_value_classes)

    p = sub.add_parser("duplicates", help="groups of customers that look like duplicates")
    p.add_argument("--threshold", type=int, default=85, metavar="N", help="name similarity 0-100 (85)")
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=cmd_duplicates)

    p = sub.add_parser("merge", help="merge customer MERGED into KEEP (documents, contacts, tags, log move)")
    p.add_argument("keep")
    p.add_argument("merged")
    p.add_argument("--reason", default="", metavar="TEXT", help="why (kept with a request for approval)")
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=cmd_merge)


def cmd_report(ctx: Context, args: argparse.Namespace) -> int:
    from app.services.company import company_info
    from app.services.reports import analysis as reports

    db = ctx.open(ctx.target, "export") if args.xlsx or args.pdf else ctx.db()  # a file written: an export
    params: dict[str, Any] = {"inactive_days": args.inactive_days, "limit": args.limit}
    template = None
    if args.template:
        template = reports.get_template(db.read_uow(), args.template)
        if template.report != args.name:
            from app.services.errors import ValidationError

            raise ValidationError("template", f"{args.template} is a template of the {template.report} report")
        params = {**template.config.get("params", {}), **{k: v for k, v in params.items() if v is not None}}
    report = reports.run_report(db.read_uow(), args.name, args.date_from, args.date_to, **params)
    if template is not None:
        report = reports.apply_template(report, template.config)
    group_by = args.group_by or (template.config.get("group_by") if template is not None else None)
    if group_by:
        from app.services.groups.grouping import group_report

        report = group_report(db.read_uow(), report, group_by)
    info = company_info(db.read_uow())
    lang = args.lang or info.locale
    if args.xlsx or args.pdf:
        from app.services.exports.files import export_report

        for path, kind in ((args.xlsx, "xlsx"), (args.pdf, "pdf")):
            if path:
                export_report(db.uow(), report, path, kind, lang)
    if args.json:
        print_json(reports.as_json(report))
        return 0
    print(f"{report.title}  {report.date_from.isoformat()} .. {report.date_to.isoformat()}  ({report.currency})")
    for k, v in report.summary.items():
        print(f"  {k}: {reports.cell_text(v, report.summary_kinds.get(k, ''), report.digits)}")
    cols = list(report.columns)
    right = {i for i, c in enumerate(cols) if c.kind in ("money", "int", "ratio", "days")}
    rows = [[reports.cell_text(r.get(c.key), c.kind, report.digits, thousands=False) for c in cols]
            for r in report.rows]
    print()
    print_table([c.key for c in cols], rows, right)
    if report.group_by:
        print_groups(report)
    return 0


def print_groups(report: Any) -> None:
    from app.services.reports import analysis as reports

    print()
    print(f"by {report.group_by}:" + (f" ({report.group_note[0]})" if report.group_note[0] else ""))
    cols = list(report.columns)
    right = {i for i, c in enumerate(cols) if c.kind in ("money", "int", "ratio", "days")}
    for g in report.groups:
        print()
        print(f"{g.label} ({len(g.rows)})")
        body = [[reports.cell_text(r.get(c.key), c.kind, report.digits, thousands=False) for c in cols]
                for r in g.rows]
        sub = [reports.cell_text(g.subtotal.get(c.key), c.kind, report.digits, thousands=False) for c in cols]
        sub[0] = sub[0] or "subtotal"
        print_table([c.key for c in cols], [*body, sub], right)
        print("  " + "  ".join(f"{k}: {reports.cell_text(v, g.summary_kinds.get(k, ''), report.digits)}"
                               for k, v in g.summary.items()))


def cmd_value_classes(ctx: Context, args: argparse.Namespace) -> int:
    from app.models import money as m
    from app.services.customers.classification import recompute_value_classes

    db = ctx.db()
    res = recompute_value_classes(db.uow(), args.as_of or dt.date.today())
    data = {"as_of": res.as_of.isoformat(), "from": res.date_from.isoformat(),
            "total_revenue": m.format_plain(res.total_revenue, db.digits), "counts": res.counts,
            "changed": res.changed}
    if args.json:
        print_json(data)
    else:
        print(f"value classes as of {data['as_of']}: A {res.counts['A']}, B {res.counts['B']}, "
              f"C {res.counts['C']} ({res.changed} changed)")
    return 0


def cmd_duplicates(ctx: Context, args: argparse.Namespace) -> int:
    from app.services.customers.duplicates import duplicate_groups

    db = ctx.db()
    groups = duplicate_groups(db.read_uow(), args.threshold)
    if args.json:
        print_json([[{"code": h.code, "name": h.name, "reason": h.reason, "score": h.score} for h in g]
                    for g in groups])
        return 0
    for g in groups:
        print_table(["code", "name", "reason", "score"], [[h.code, h.name, h.reason, str(h.score)] for h in g])
        print()
    print(f"{len(groups)} group(s) of look-alike customers")
    return 0


def cmd_merge(ctx: Context, args: argparse.Namespace) -> int:
    from app.commands.approvals import report_request
    from app.services.approvals import requests

    db = ctx.db()
    g = requests.merge_customers(db.uow(), args.keep, args.merged, reason=args.reason)
    if g.request is not None:
        return report_request(ctx, args, g.request)
    res = g.applied
    assert res is not None
    if args.json:
        print_json({"kept": res.kept_code, "merged": res.merged_code, "moved": res.moved})
    else:
        moved = ", ".join(f"{k} {v}" for k, v in sorted(res.moved.items())) or "nothing"
        print(f"merged {res.merged_code} into {res.kept_code}: moved {moved}")
    return 0
