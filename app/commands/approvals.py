"""Approvals (PRODUCT §8c): ``approvals``, ``approve ID``, ``reject ID --reason``, ``credit-limit`` and
``approval-thresholds``. The commands of the large changes (``credit-limit``, ``write-off``,
``release``, ``merge``, ``void``) print ``request N made ...`` and exit 0 when their change was
saved as a request for approval (:func:`report_request`)."""

from __future__ import annotations

import argparse
from decimal import Decimal
from typing import Any

from app.commands.common import Context, print_json, print_table

KIND_WORDS = {"credit_limit": "credit limit", "write_off": "write-off", "hold_release": "release of a hold",
              "merge": "merge of customers", "void": "void"}


def _amount(text: str) -> Decimal:
    from app.models import money as m  # only when an amount is given: parsing --help imports no models

    try:
        return m.parse_amount(text, 6)
    except ValueError as exc:
        raise argparse.ArgumentTypeError(f"not an amount ({exc}): {text!r}") from exc


def _ratio(text: str) -> Decimal:
    from app.models import money as m

    try:
        return m.parse_ratio(text)
    except ValueError as exc:
        raise argparse.ArgumentTypeError(f"not a ratio ({exc}): {text!r}") from exc


def register(sub: Any) -> None:
    p = sub.add_parser("approvals", help="requests for approval of large changes (pending by default)")
    p.add_argument("--state", choices=("pending", "approved", "rejected", "all"), default="pending")
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=cmd_approvals)

    p = sub.add_parser("approve", help="accept a pending request: the change is applied now")
    p.add_argument("id", type=int, metavar="ID")
    p.add_argument("--note", default="", metavar="TEXT")
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=cmd_approve)

    p = sub.add_parser("reject", help="refuse a pending request with a reason (nothing changes)")
    p.add_argument("id", type=int, metavar="ID")
    p.add_argument("--reason", required=True, metavar="TEXT")
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=cmd_reject)

    p = sub.add_parser("credit-limit", help="set a customer's credit limit (a large raise may need approval)")
    p.add_argument("code")
    limit = p.add_mutually_exclusive_group(required=True)
    limit.add_argument("--limit", type=_amount, metavar="A")
    limit.add_argument("--no-limit", action="store_true", help="lift the limit (unlimited credit)")
    p.add_argument("--warn-ratio", type=_ratio, metavar="R", help="e.g. 0.8: warn at 80 %% of the limit")
    p.add_argument("--reason", default="", metavar="TEXT", help="why (kept with a request for approval)")
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=cmd_credit_limit)

    p = sub.add_parser("approval-thresholds", help="show or set when a change needs approval (users on)")
    p.add_argument("--limit-raise", type=_amount, metavar="A", help="a limit raised by more than A")
    p.add_argument("--write-off", type=_amount, metavar="A", help="a write-off above A")
    p.add_argument("--void-days", type=int, metavar="N", help="a void of a document older than N days")
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=cmd_thresholds)


def request_json(ctx: Context, r: Any) -> dict[str, Any]:
    return {"id": r.id, "kind": r.kind, "customer": r.customer, "subject": r.subject, "before": r.before,
            "after": r.after, "reason": r.reason, "state": r.state, "requested_by": r.requested_by,
            "requested_at": r.requested_at.isoformat(timespec="seconds"), "decided_by": r.decided_by or None,
            "decided_at": r.decided_at.isoformat(timespec="seconds") if r.decided_at else None,
            "decision_note": r.decision_note or None, "result": r.result or None}


def report_request(ctx: Context, args: argparse.Namespace, r: Any) -> int:
    """A change saved as a request for approval: say so (exit 0) with the request's id."""
    if getattr(args, "json", False):
        print_json({"request": r.id, "state": r.state, "kind": r.kind, "customer": r.customer,
                    "subject": r.subject, "before": r.before, "after": r.after})
    else:
        print(f"request {r.id} made: {KIND_WORDS.get(r.kind, r.kind)} of {r.subject} waits for an approver "
              f"(duebook approve {r.id})")
    return 0


def _changes(r: Any) -> str:
    keys = sorted(set(r.before) | set(r.after))
    return "; ".join(f"{k} {r.before.get(k, '')} -> {r.after.get(k, '')}" for k in keys
                     if r.before.get(k) != r.after.get(k))


def cmd_approvals(ctx: Context, args: argparse.Namespace) -> int:
    from app.services.approvals import requests

    found = requests.list_requests(ctx.db().read_uow(), args.state)
    if args.json:
        print_json([request_json(ctx, r) for r in found])
        return 0
    print_table(["id", "state", "kind", "subject", "by", "asked", "change", "reason"],
                [[str(r.id), r.state, KIND_WORDS.get(r.kind, r.kind), r.subject, r.requested_by,
                  r.requested_at.isoformat(sep=" ", timespec="minutes"), _changes(r),
                  r.reason + (f" [{r.decided_by}: {r.decision_note}]" if r.decision_note else "")] for r in found])
    return 0


def cmd_approve(ctx: Context, args: argparse.Namespace) -> int:
    from app.services.approvals import requests

    r = requests.approve(ctx.db().uow(), args.id, args.note)
    if args.json:
        print_json(request_json(ctx, r))
    else:
        print(f"request {r.id} approved and applied: {r.result}")
    return 0


def cmd_reject(ctx: Context, args: argparse.Namespace) -> int:
    from app.services.approvals import requests

    r = requests.reject(ctx.db().uow(), args.id, args.reason)
    if args.json:
        print_json(request_json(ctx, r))
    else:
        print(f"request {r.id} rejected: {r.decision_note}")
    return 0


def cmd_credit_limit(ctx: Context, args: argparse.Namespace) -> int:
    from app.services.approvals import requests

    g = requests.change_credit_limit(ctx.db().uow(), args.code, None if args.no_limit else args.limit,
                                     args.warn_ratio, reason=args.reason)
    if g.request is not None:
        return report_request(ctx, args, g.request)
    f = g.applied
    assert f is not None
    if args.json:
        print_json({"customer": f.customer, "credit_limit": ctx.money(f.credit_limit),
                    "warn_ratio": str(args.warn_ratio) if args.warn_ratio is not None else None,
                    "status": f.status})
    else:
        print(f"credit limit of {f.customer}: {ctx.money(f.credit_limit) or 'no limit'}")
    return 0


def cmd_thresholds(ctx: Context, args: argparse.Namespace) -> int:
    from app.services.approvals import rules

    db = ctx.db()
    t = rules.get_thresholds(db.read_uow())
    if args.limit_raise is not None or args.write_off is not None or args.void_days is not None:
        t = rules.set_thresholds(db.uow(), t.limit_raise if args.limit_raise is None else args.limit_raise,
                                 t.write_off if args.write_off is None else args.write_off,
                                 t.void_days if args.void_days is None else args.void_days)
    if args.json:
        print_json({"limit_raise": ctx.money(t.limit_raise), "write_off": ctx.money(t.write_off),
                    "void_days": t.void_days})
    else:
        print(f"with users on, approval is needed for: a credit limit raised by more than {ctx.money(t.limit_raise)}; "
              f"a write-off above {ctx.money(t.write_off)}; a void of a document older than {t.void_days} days; "
              "every release of a hold; every merge of customers")
    return 0
