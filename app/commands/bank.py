"""Bank reconciliation commands (INTERCHANGE §8): bank import, lines, match, confirm, ignore,
unconfirm, profile, accounts."""

from __future__ import annotations

import argparse
import json
from pathlib import Path
from typing import Any

from app.commands.common import Context, fail, print_json, print_table

STATUSES = ("unmatched", "proposed", "matched", "ignored")
FORMATS = ("auto", "ofx", "mt940", "camt053", "wechat", "alipay", "csv", "xlsx")
PROFILE_FIELDS = ("date", "amount", "credit", "debit", "direction", "counterparty", "counterparty_account",
                  "reference", "id", "date_format", "decimal", "thousands", "encoding", "delimiter")


def register(sub: Any) -> None:
    p = sub.add_parser("bank", help="bank statements: import, match to invoices, confirm")
    bank = p.add_subparsers(dest="bank_command", metavar="COMMAND")
    bank.required = True

    q = bank.add_parser("import", help="import a statement file into a bank account (all or nothing)")
    q.add_argument("file", type=Path)
    q.add_argument("--account", required=True, metavar="NAME")
    q.add_argument("--format", default="auto", choices=FORMATS)
    q.add_argument("--profile", metavar="P", help="a mapping profile (JSON file) for a CSV or Excel statement")
    q.add_argument("--dry-run", action="store_true", help="read and count; write nothing")
    q.add_argument("--json", action="store_true")
    q.set_defaults(handler=cmd_import)

    q = bank.add_parser("lines", help="statement lines with their proposals")
    q.add_argument("--account", metavar="NAME")
    q.add_argument("--status", choices=STATUSES)
    q.add_argument("--json", action="store_true")
    q.set_defaults(handler=cmd_lines)

    q = bank.add_parser("match", help="propose matches for every line not matched or ignored")
    q.add_argument("--account", metavar="NAME")
    q.add_argument("--auto", action="store_true", help="confirm the lines whose best proposal is certain")
    q.add_argument("--json", action="store_true")
    q.set_defaults(handler=cmd_match)

    q = bank.add_parser("confirm", help="post the payment of a line (to the named invoices or the best proposal)")
    q.add_argument("line", type=int)
    q.add_argument("--customer", metavar="CODE")
    q.add_argument("--invoice", action="append", default=[], metavar="NUMBER")
    q.add_argument("--write-off-difference", action="store_true",
                   help="write off a shortfall within the tolerance on the last invoice")
    q.add_argument("--json", action="store_true")
    q.set_defaults(handler=cmd_confirm)

    q = bank.add_parser("ignore", help="set a line aside with a reason")
    q.add_argument("line", type=int)
    q.add_argument("--reason", required=True, metavar="TEXT")
    q.add_argument("--json", action="store_true")
    q.set_defaults(handler=cmd_ignore)

    q = bank.add_parser("unconfirm", help="undo a confirmation (the payment is voided) or an ignore")
    q.add_argument("line", type=int)
    q.add_argument("--json", action="store_true")
    q.set_defaults(handler=cmd_unconfirm)

    q = bank.add_parser("profile", help="save the CSV/Excel mapping profile of a bank account")
    q.add_argument("--account", required=True, metavar="NAME")
    q.add_argument("--sample", type=Path, metavar="FILE", help="check the mapping against this statement")
    q.add_argument("--from-json", type=Path, metavar="FILE", help="read the profile from a JSON file")
    for f in PROFILE_FIELDS:
        q.add_argument(f"--{f.replace('_', '-')}", dest=f"p_{f}", metavar="TEXT")
    q.add_argument("--json", action="store_true")
    q.set_defaults(handler=cmd_profile)

    q = bank.add_parser("accounts", help="the bank accounts and their lines")
    q.add_argument("--json", action="store_true")
    q.set_defaults(handler=cmd_accounts)


def _profile_file(path: str | None) -> Any:
    from app.services.bank.profile import MappingProfile

    if not path:
        return None
    try:
        text = Path(path).read_text(encoding="utf-8-sig")
    except OSError as exc:
        from app.services.errors import ValidationError

        raise ValidationError("profile", f"cannot read {path}: {exc.strerror or exc}", code="format") from exc
    return MappingProfile.from_json(text)


def cmd_import(ctx: Context, args: argparse.Namespace) -> int:
    from app.services.bank import statements

    if not args.file.exists():
        return fail(f"{args.file} does not exist")
    db = ctx.db()
    r = statements.import_statement(db.uow(), args.file, args.account, args.format, _profile_file(args.profile),
                                    dry_run=args.dry_run)
    out = {"account": r.account, "file": r.file, "format": r.format, "lines_read": r.lines_read,
           "lines_new": r.lines_new, "lines_duplicate": r.lines_duplicate,
           "credits_total": ctx.money(r.credits_total), "debits_total": ctx.money(r.debits_total),
           "first_date": r.first_date.isoformat() if r.first_date else None,
           "last_date": r.last_date.isoformat() if r.last_date else None}
    if args.json:
        print_json(out)
    else:
        print_table(["figure", "value"], [[k, "" if v is None else str(v)] for k, v in out.items()])
        if args.dry_run:
            print("dry run: nothing was written")
    return 0


def proposal_json(ctx: Context, p: Any) -> dict[str, Any]:
    return {"customer": p.customer,
            "invoices": [{"number": i.number, "amount": ctx.money(i.amount)} for i in p.invoices],
            "difference": ctx.money(p.difference), "confidence": p.confidence, "reason": p.reason}


def line_json(ctx: Context, ln: Any) -> dict[str, Any]:
    return {"id": ln.id, "account": ln.account, "date": ln.date.isoformat(), "amount": ctx.money(ln.amount),
            "counterparty": ln.counterparty, "counterparty_account": ln.counterparty_account,
            "reference": ln.reference, "status": ln.status,
            "proposals": [proposal_json(ctx, p) for p in ln.proposals]}


def cmd_lines(ctx: Context, args: argparse.Namespace) -> int:
    from app.services.bank import statements

    db = ctx.db()
    lines = statements.list_lines(db.read_uow(), args.account, args.status)
    if args.json:
        print_json({"lines": [line_json(ctx, ln) for ln in lines]})
        return 0
    rows = []
    for ln in lines:
        best = ln.proposals[0] if ln.proposals else None
        rows.append([str(ln.id), ln.date.isoformat(), ctx.money(ln.amount) or "", ln.counterparty, ln.status,
                     f"{best.customer} {best.confidence}: {best.reason}" if best else ln.ignore_reason])
    print_table(["id", "date", "amount", "counterparty", "status", "best proposal"], rows, right={0, 2})
    return 0


def cmd_match(ctx: Context, args: argparse.Namespace) -> int:
    from app.services.bank import reconcile

    r = reconcile.match(ctx.db().uow(), args.account, auto=args.auto)
    out = {"proposed": r.proposed, "confirmed": r.confirmed, "unmatched": r.unmatched}
    if args.json:
        print_json(out)
    else:
        print(f"{r.confirmed} confirmed, {r.proposed} proposed, {r.unmatched} unmatched")
    return 0


def cmd_confirm(ctx: Context, args: argparse.Namespace) -> int:
    from app.services.bank import reconcile

    r = reconcile.confirm(ctx.db().uow(), args.line, customer=args.customer, invoices=list(args.invoice),
                          write_off_difference=args.write_off_difference)
    out = {"line": r.line_id, "status": "matched", "payments": list(r.payments), "write_off": r.write_off or None,
           "unapplied": ctx.money(r.unapplied)}
    if args.json:
        print_json(out)
    else:
        extra = f"; write-off {r.write_off}" if r.write_off else ""
        print(f"line {r.line_id} matched: {', '.join(r.payments)}{extra}; unapplied {ctx.money(r.unapplied)}")
    return 0


def cmd_ignore(ctx: Context, args: argparse.Namespace) -> int:
    from app.services.bank import reconcile

    reconcile.ignore(ctx.db().uow(), args.line, args.reason)
    if args.json:
        print_json({"line": args.line, "status": "ignored", "reason": args.reason})
    else:
        print(f"line {args.line} ignored: {args.reason}")
    return 0


def cmd_unconfirm(ctx: Context, args: argparse.Namespace) -> int:
    from app.services.bank import reconcile

    reconcile.unconfirm(ctx.db().uow(), args.line)
    if args.json:
        print_json({"line": args.line, "status": "unmatched"})
    else:
        print(f"line {args.line} is unmatched again")
    return 0


def cmd_profile(ctx: Context, args: argparse.Namespace) -> int:
    from dataclasses import asdict

    from app.services.bank import statements
    from app.services.bank.profile import MappingProfile

    base = _profile_file(str(args.from_json)) if args.from_json else MappingProfile()
    data = asdict(base)
    for f in PROFILE_FIELDS:
        v = getattr(args, f"p_{f}")
        if v is not None:
            data[f] = v
    if args.sample:
        if not args.sample.exists():
            return fail(f"{args.sample} does not exist")
        profile = statements.profile_from_sample(args.sample, **data)
    else:
        profile = MappingProfile(**data)
    info = statements.save_profile(ctx.db().uow(), args.account, profile)
    if args.json:
        print_json({"account": info.name, "profile": json.loads(profile.to_json())})
    else:
        print(f"profile of {info.name} saved: {profile.to_json()}")
    return 0


def cmd_accounts(ctx: Context, args: argparse.Namespace) -> int:
    from app.services.bank import statements

    accounts = statements.list_accounts(ctx.db().read_uow())
    if args.json:
        print_json({"accounts": [{"name": a.name, "currency": a.currency, "lines": a.lines,
                                  "unmatched": a.unmatched} for a in accounts]})
    else:
        print_table(["account", "currency", "lines", "unmatched"],
                    [[a.name, a.currency, str(a.lines), str(a.unmatched)] for a in accounts], right={2, 3})
    return 0
