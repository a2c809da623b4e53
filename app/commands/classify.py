"""Rules about customers: classification rules (customers classified automatically, also on
import) and the grade rules beside the payment index (``grade-rules``).

``classify rules``, ``classify add-rule``, ``classify remove-rule``, ``classify enable-rule``,
``classify disable-rule``, ``classify preview [CODE ...]`` and ``classify apply [CODE ...]``; the
import's ``--classify`` applies the rules to the customers an import added.
"""

from __future__ import annotations

import argparse
from typing import Any

from app.commands.common import Context, print_json, print_table

FIELDS = ("category", "industry", "region", "size")
KINDS = ("name_keywords", "address_keywords", "address_province", "limit_range")


def register(sub: Any) -> None:
    register_grade_rules(sub)
    p = sub.add_parser("classify", help="rules that set category, industry, region and size; preview and apply")
    actions = p.add_subparsers(dest="classify_action", metavar="ACTION", required=True)
    r = actions.add_parser("rules", help="the rules, in the order they are tried")
    r.add_argument("--json", action="store_true")
    r.set_defaults(handler=cmd_rules)
    a = actions.add_parser("add-rule", help="add a rule at the end, e.g. category name_keywords "
                                            "--pattern '局|委员会|政府' --value government")
    a.add_argument("field", choices=FIELDS)
    a.add_argument("kind", choices=KINDS)
    a.add_argument("--pattern", default="", metavar="TEXT",
                   help="keywords separated by | (keyword rules) or MIN..MAX (limit_range)")
    a.add_argument("--value", default="", metavar="TEXT",
                   help="what to set (address_province: empty means the province itself)")
    a.add_argument("--overwrite", action="store_true", help="also replace a value already there")
    a.set_defaults(handler=cmd_add_rule)
    for name, help_text in (("remove-rule", "remove a rule"), ("enable-rule", "use a rule again"),
                            ("disable-rule", "keep a rule but do not use it")):
        x = actions.add_parser(name, help=help_text)
        x.add_argument("id", type=int)
        x.set_defaults(handler=cmd_change_rule)
    for name, help_text in (("preview", "what the rules would set; nothing is written"),
                            ("apply", "set what the preview shows (one audit entry per customer)")):
        x = actions.add_parser(name, help=help_text)
        x.add_argument("codes", nargs="*", metavar="CODE", help="these customers (all when none is named)")
        x.add_argument("--json", action="store_true")
        x.set_defaults(handler=cmd_preview if name == "preview" else cmd_apply)


def register_grade_rules(sub: Any) -> None:
    g = sub.add_parser("grade-rules", help="the grade rules beside the payment index: show or change them")
    g.add_argument("--on-time", choices=("on", "off"), help="raise a grade after months paid on time")
    g.add_argument("--on-time-months", type=int, metavar="N", help="how many whole months (1-12; 3)")
    g.add_argument("--late", choices=("on", "off"), help="lower a grade when a payment is very late")
    g.add_argument("--late-days", type=int, metavar="N", help="more than N days late (1-365; 60)")
    g.add_argument("--promise", choices=("on", "off"), help="lower a grade on a broken promise to pay")
    g.add_argument("--json", action="store_true")
    g.set_defaults(handler=cmd_grade_rules)


def cmd_grade_rules(ctx: Context, args: argparse.Namespace) -> int:
    import dataclasses

    from app.services.lifecycle import grade_rules as gr

    db = ctx.db()
    current = gr.grade_rule_settings(db.uow())
    changes: dict[str, Any] = {}
    for flag, field in (("on_time", "on_time"), ("late", "late"), ("promise", "promise_broken")):
        if getattr(args, flag) is not None:
            changes[field] = getattr(args, flag) == "on"
    if args.on_time_months is not None:
        changes["on_time_months"] = args.on_time_months
    if args.late_days is not None:
        changes["late_days"] = args.late_days
    if changes:
        current = gr.set_grade_rule_settings(db.uow(), dataclasses.replace(current, **changes))
    if args.json:
        print_json(dataclasses.asdict(current))
        return 0
    rows = [[gr.rule_text(f"on_time_{current.on_time_months}_months"), "raises one step",
             "on" if current.on_time else "off"],
            [gr.rule_text(f"late_{current.late_days}"), "lowers one step", "on" if current.late else "off"],
            [gr.rule_text("promise_broken"), "lowers one step", "on" if current.promise_broken else "off"]]
    print_table(["rule", "grade", "on"], rows)
    return 0


def _rule_json(r: Any) -> dict[str, Any]:
    return {"id": r.id, "position": r.position, "field": r.field, "kind": r.kind, "pattern": r.pattern,
            "value": r.value, "overwrite": r.overwrite, "enabled": r.enabled, "text": r.text("en")}


def cmd_rules(ctx: Context, args: argparse.Namespace) -> int:
    from app.services.classify import rules

    found = rules.list_rules(ctx.db().uow())
    if args.json:
        print_json({"rules": [_rule_json(r) for r in found]})
        return 0
    print_table(["id", "on", "rule"], [[str(r.id), "yes" if r.enabled else "no", r.text("en")] for r in found],
                right={0})
    return 0


def cmd_add_rule(ctx: Context, args: argparse.Namespace) -> int:
    from app.services.classify import rules

    r = rules.add_rule(ctx.db().uow(), args.field, args.kind, args.pattern, args.value, args.overwrite)
    print(f"rule {r.id}: {r.text('en')}")
    return 0


def cmd_change_rule(ctx: Context, args: argparse.Namespace) -> int:
    from app.services.classify import rules

    uow = ctx.db().uow()
    if args.classify_action == "remove-rule":
        rules.remove_rule(uow, args.id)
        print(f"rule {args.id} removed")
    else:
        r = rules.set_rule_enabled(uow, args.id, args.classify_action == "enable-rule")
        print(f"rule {r.id} {'on' if r.enabled else 'off'}: {r.text('en')}")
    return 0


def print_proposals(proposals: list[Any], as_json: bool, verb: str) -> None:
    if as_json:
        print_json({"changes": [{"customer": p.code, "field": p.field, "before": p.before, "after": p.after,
                                 "rule": p.rule_id, "why": p.rule} for p in proposals]})
        return
    print_table(["customer", "field", "now", verb, "rule"],
                [[p.code, p.field, p.before, p.after, p.rule] for p in proposals])
    customers = len({p.code for p in proposals})
    print(f"{len(proposals)} fields of {customers} customers")


def cmd_preview(ctx: Context, args: argparse.Namespace) -> int:
    from app.services.classify import rules

    print_proposals(rules.preview(ctx.db().uow(), args.codes or None), args.json, "would be")
    if not args.json:
        print("preview: nothing was written")
    return 0


def cmd_apply(ctx: Context, args: argparse.Namespace) -> int:
    from app.services.classify import rules

    print_proposals(rules.apply(ctx.db().uow(), args.codes or None), args.json, "set to")
    return 0
