"""Alerts (INTERCHANGE §11): ``alerts [--as-of D] [--json]`` and ``alerts dismiss``."""

from __future__ import annotations

import argparse
from typing import Any

from app.commands.common import Context, iso_date, print_json, print_table


def register(sub: Any) -> None:
    p = sub.add_parser("alerts", help="what is unusual as of a date: amounts, slower payers, limit jumps, ...")
    p.add_argument("--as-of", type=iso_date, metavar="D")
    p.add_argument("--all", action="store_true", help="also the alerts dismissed (with their notes)")
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=cmd_alerts)
    actions = p.add_subparsers(dest="alerts_action", metavar="ACTION")
    d = actions.add_parser("dismiss", help="set an alert aside with a note (kept)")
    d.add_argument("kind", help="the alert's kind, e.g. unusual_amount")
    d.add_argument("customer", metavar="CODE")
    d.add_argument("--document", metavar="NUMBER", help="the document the alert names")
    d.add_argument("--note", required=True, metavar="TEXT")
    d.add_argument("--as-of", type=iso_date, metavar="D", dest="dismiss_as_of")
    d.set_defaults(handler=cmd_dismiss)


def cmd_alerts(ctx: Context, args: argparse.Namespace) -> int:
    from app.services.alerts import detect

    db = ctx.db()
    detect.refresh(db.uow())  # keeps what it works out for the next run (skipped on a file held elsewhere)
    found = detect.detect(db.read_uow(), args.as_of, include_dismissed=args.all)
    if args.json:
        print_json(detect.to_json(found))
        return 0
    rows = [[a.severity, a.detected_on.isoformat(), a.kind, a.customer, a.document or "",
             a.reason + (f" [dismissed: {a.note}]" if a.dismissed else "")] for a in found.alerts]
    print_table(["severity", "since", "kind", "customer", "document", "why"], rows)
    return 0


def cmd_dismiss(ctx: Context, args: argparse.Namespace) -> int:
    from app.services.alerts import detect

    detect.dismiss(ctx.db().uow(), args.kind, args.customer, args.document, args.note, args.dismiss_as_of)
    print(f"dismissed: {args.kind} {args.customer} {args.document or ''}".rstrip())
    return 0
