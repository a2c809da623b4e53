"""Lifecycle stages and feedback: ``stages [--as-of D] [--stage S] [--history CODE] [--json]``,
``feedback add CODE --score N --note TEXT [--date D]``, ``feedback list CODE [--json]``."""

from __future__ import annotations

import argparse
from typing import Any

from app.commands.choices import STAGES
from app.commands.common import Context, iso_date, print_json, print_table


def register(sub: Any) -> None:
    p = sub.add_parser("stages", help="refresh every customer's lifecycle stage as of a date and list them")
    p.add_argument("--as-of", type=iso_date, metavar="D", help="the date the rules are applied for (today)")
    p.add_argument("--stage", choices=STAGES, help="list only the customers in this stage")
    p.add_argument("--history", metavar="CODE", help="show one customer's changes of stage instead")
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=cmd_stages)

    p = sub.add_parser("feedback", help="customer feedback with a satisfaction score 1-5")
    actions = p.add_subparsers(dest="feedback_action", metavar="ACTION", required=True)
    a = actions.add_parser("add", help="record a customer's satisfaction score and a note")
    a.add_argument("code")
    a.add_argument("--score", type=int, required=True, metavar="N", help="1 (very unhappy) to 5 (very happy)")
    a.add_argument("--note", default="", metavar="TEXT")
    a.add_argument("--date", type=iso_date, metavar="D", help="when it was given (today)")
    a.add_argument("--json", action="store_true")
    a.set_defaults(handler=cmd_feedback_add)
    ls = actions.add_parser("list", help="a customer's feedback, newest first, with the average score")
    ls.add_argument("code")
    ls.add_argument("--json", action="store_true")
    ls.set_defaults(handler=cmd_feedback_list)


def cmd_stages(ctx: Context, args: argparse.Namespace) -> int:
    from app.services.lifecycle import stages

    db = ctx.db()
    if args.history:
        changes = stages.stage_history(db.read_uow(), args.history)
        data = [{"as_of": c.as_of.isoformat(), "previous": c.previous, "stage": c.stage, "reason": c.reason,
                 "why": stages.reason_text(c.reason)} for c in changes]
        if args.json:
            print_json({"customer": args.history, "history": data})
        else:
            print_table(["as_of", "previous", "stage", "why"],
                        [[d["as_of"], d["previous"], d["stage"], d["why"]] for d in data])
        return 0
    res = stages.refresh_stages(db.uow(), args.as_of)
    rows = stages.list_stages(db.read_uow(), args.stage or "")
    if args.json:
        print_json({"as_of": res.as_of.isoformat(), "changed": res.changed, "counts": res.counts,
                    "customers": [{"code": r.code, "name": r.name, "stage": r.stage, "since": r.since.isoformat(),
                                   "reason": r.reason, "why": stages.reason_text(r.reason)} for r in rows]})
        return 0
    print_table(["code", "name", "stage", "since", "why"],
                [[r.code, r.name, r.stage, r.since.isoformat(), stages.reason_text(r.reason)] for r in rows])
    print(f"stages as of {res.as_of.isoformat()}: {res.changed} changed; "
          + ", ".join(f"{k} {v}" for k, v in res.counts.items()))
    return 0


def cmd_feedback_add(ctx: Context, args: argparse.Namespace) -> int:
    from app.services.lifecycle import feedback

    f = feedback.add_feedback(ctx.db().uow(), args.code, args.score, args.note, args.date)
    if args.json:
        print_json({"id": f.id, "customer": f.customer_code, "date": f.date.isoformat(), "score": f.score,
                    "note": f.note})
    else:
        print(f"feedback {f.id} for {f.customer_code}: {f.score}/5 on {f.date.isoformat()}")
    return 0


def cmd_feedback_list(ctx: Context, args: argparse.Namespace) -> int:
    from app.services.lifecycle import feedback

    res = feedback.list_feedback(ctx.db().read_uow(), args.code)
    if args.json:
        print_json({"customer": res.customer_code, "name": res.customer_name,
                    "average": None if res.average is None else str(res.average),
                    "feedback": [{"id": f.id, "date": f.date.isoformat(), "score": f.score, "note": f.note,
                                  "by": f.created_by} for f in res.entries]})
        return 0
    print_table(["date", "score", "note", "by"],
                [[f.date.isoformat(), str(f.score), f.note, f.created_by] for f in res.entries], right={1})
    print(f"{len(res.entries)} entries" + (f", average {res.average}/5" if res.average is not None else ""))
    return 0
