"""Sending and automation commands (INTERCHANGE §10).

``smtp set --host H --port P --security none|starttls|ssl --from ADDRESS [--user U] [--password-file F]
[--ca-file F] [--report-to A,B]``, ``smtp show``, ``smtp test --to ADDRESS``;
``outbox [--status S] [--customer C] [--kind K] [--json]``, ``outbox send [--dry-run]``,
``outbox cancel|retry|resend ID``;
``mail statement CODE --from D1 --to D2``, ``mail statements --from D1 --to D2 [--codes A,B]``,
``mail report-pack --from D1 --to D2 [--to-address A]``, ``mail exclude CODE [--undo]``;
``run-schedule [--as-of D] [--dry-run]``; ``schedule show``, ``schedule set RULE --on|--off [...]``,
``schedule show-cron``.

The SMTP password is read from a file (never from the command line) and kept in the operating
system's keyring. Without a keyring, ``outbox send`` and ``smtp test`` take ``--password-file``
for that run only.
"""

from __future__ import annotations

import argparse
import datetime as dt
import shlex
import sys
from dataclasses import replace
from pathlib import Path
from typing import Any

from app.commands.common import Context, fail, iso_date, print_json, print_table


def _when(value: dt.datetime | None) -> str | None:
    return None if value is None else value.replace(microsecond=0).isoformat() + "Z"


def register(sub: Any) -> None:
    p = sub.add_parser("smtp", help="mail server settings (the password goes to the keyring); a test message")
    ss = p.add_subparsers(dest="smtp_action", metavar="ACTION")
    ss.required = True
    q = ss.add_parser("set", help="set the mail server")
    q.add_argument("--host", required=True)
    q.add_argument("--port", type=int, required=True)
    q.add_argument("--security", choices=("none", "starttls", "ssl"), required=True)
    q.add_argument("--from", dest="sender", required=True, metavar="ADDRESS")
    q.add_argument("--name", default="", help="the name shown before the From address")
    q.add_argument("--user", dest="smtp_user", default="", metavar="U")
    q.add_argument("--password-file", dest="smtp_password_file", type=Path, metavar="F",
                   help="a file holding the password (kept in the keyring, never in the company file)")
    q.add_argument("--ca-file", default="", metavar="F", help="CA certificates of a server with its own certificate")
    q.add_argument("--report-to", default="", metavar="A,B", help="where the report pack goes")
    q.add_argument("--max-attempts", type=int, default=5, metavar="N")
    q.set_defaults(handler=cmd_smtp_set)
    q = ss.add_parser("show", help="the mail server settings (no password)")
    q.add_argument("--json", action="store_true")
    q.set_defaults(handler=cmd_smtp_show)
    q = ss.add_parser("test", help="send a test message now")
    q.add_argument("--to", required=True, metavar="ADDRESS")
    q.add_argument("--password-file", dest="smtp_password_file", type=Path, metavar="F",
                   help="without a keyring: the password for this run only")
    q.set_defaults(handler=cmd_smtp_test)

    p = sub.add_parser("outbox", help="messages queued, sent, failed; send what is queued")
    p.add_argument("--status", choices=("queued", "sent", "failed", "check", "cancelled"))
    p.add_argument("--customer", metavar="CODE")
    p.add_argument("--kind", metavar="K")
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=cmd_outbox)
    os_ = p.add_subparsers(dest="outbox_action", metavar="ACTION")
    q = os_.add_parser("send", help="send what is queued (exit 1 when any message failed)")
    q.add_argument("--dry-run", action="store_true", help="list what would go; send nothing")
    q.add_argument("--password-file", dest="smtp_password_file", type=Path, metavar="F",
                   help="without a keyring: the password for this run only")
    q.add_argument("--json", action="store_true")
    q.set_defaults(handler=cmd_outbox_send)
    for name, helptext in (("cancel", "cancel a message not yet sent"), ("retry", "retry a failed message"),
                           ("resend", "send a message again as a new message"),
                           ("mark-sent", "a message marked for checking did arrive")):
        q = os_.add_parser(name, help=helptext)
        q.add_argument("id", type=int)
        q.add_argument("--json", action="store_true")
        q.set_defaults(handler=cmd_outbox_change, change=name)

    p = sub.add_parser("mail", help="queue a statement or the report pack for e-mail")
    ms = p.add_subparsers(dest="mail_what", metavar="WHAT")
    ms.required = True
    q = ms.add_parser("statement", help="queue a customer's statement (exit 1 when they have no address)")
    q.add_argument("code")
    q.add_argument("--from", dest="date_from", type=iso_date, required=True, metavar="D1")
    q.add_argument("--to", dest="date_to", type=iso_date, required=True, metavar="D2")
    q.add_argument("--open-item", action="store_true")
    q.add_argument("--json", action="store_true")
    q.set_defaults(handler=cmd_mail_statement)
    for what, word in (("invoice", "NUMBER"), ("receipt", "REFERENCE")):
        q = ms.add_parser(what, help=f"queue the {what} PDF to the customer (exit 1 when they have no address)")
        q.add_argument("number", metavar=word)
        q.add_argument("--json", action="store_true")
        q.set_defaults(handler=cmd_mail_document, mail_kind=what)
    q = ms.add_parser("statements", help="queue statements for many customers; lists those to print")
    q.add_argument("--from", dest="date_from", type=iso_date, required=True, metavar="D1")
    q.add_argument("--to", dest="date_to", type=iso_date, required=True, metavar="D2")
    q.add_argument("--codes", metavar="A,B", help="these customers (default: every customer with a balance)")
    q.add_argument("--json", action="store_true")
    q.set_defaults(handler=cmd_mail_statements)
    q = ms.add_parser("report-pack", help="queue the report pack (aging, top overdue, collection, DSO)")
    q.add_argument("--from", dest="date_from", type=iso_date, required=True, metavar="D1")
    q.add_argument("--to", dest="date_to", type=iso_date, required=True, metavar="D2")
    q.add_argument("--to-address", default="", metavar="A,B", help="default: the --report-to of smtp set")
    q.add_argument("--json", action="store_true")
    q.set_defaults(handler=cmd_mail_report_pack)
    q = ms.add_parser("exclude", help="keep a customer out of automatic mail (--undo: back in)")
    q.add_argument("code")
    q.add_argument("--undo", action="store_true")
    q.set_defaults(handler=cmd_mail_exclude)

    p = sub.add_parser("run-schedule", help="run the automation rules for a day and queue their messages")
    p.add_argument("--as-of", type=iso_date, metavar="D", help="default: today")
    p.add_argument("--dry-run", action="store_true", help="list what would be queued; queue nothing")
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=cmd_run_schedule)

    p = sub.add_parser("schedule", help="automation rules: show, set, and the line for the OS scheduler")
    sc = p.add_subparsers(dest="schedule_action", metavar="ACTION")
    sc.required = True
    q = sc.add_parser("show", help="the rules, their last and next run")
    q.add_argument("--json", action="store_true")
    q.set_defaults(handler=cmd_schedule_show)
    q = sc.add_parser("set", help="turn a rule on or off, with its days")
    q.add_argument("rule", choices=("remind_before", "remind_due", "remind_after", "promise_confirm",
                                    "contract_notice", "dunning", "statements", "report_pack"))
    onoff = q.add_mutually_exclusive_group(required=True)
    onoff.add_argument("--on", action="store_true")
    onoff.add_argument("--off", action="store_true")
    q.add_argument("--days", type=int, metavar="N")
    q.add_argument("--weekday", type=int, metavar="0-6", help="dunning: 0 = Monday")
    q.add_argument("--day", type=int, metavar="1-28", help="statements: day of the month")
    q.add_argument("--every", choices=("monthly", "quarterly"), help="report pack")
    q.set_defaults(handler=cmd_schedule_set)
    q = sc.add_parser("show-cron", help="print the crontab line and the Windows schtasks command")
    q.add_argument("--time", default="07:00", metavar="HH:MM")
    q.set_defaults(handler=cmd_schedule_cron)


def _password_file(path: Path | None) -> str | None:
    if path is None:
        return None
    try:
        return path.read_text(encoding="utf-8").rstrip("\r\n")
    except OSError as exc:
        raise SystemExit(fail(f"cannot read the password file {path}: {exc.strerror}")) from None


def cmd_smtp_set(ctx: Context, args: argparse.Namespace) -> int:
    from app.services.outbox import settings as st

    password = _password_file(args.smtp_password_file)
    s = st.SmtpSettings(host=args.host, port=args.port, security=args.security, sender=args.sender,
                        sender_name=args.name, user=args.smtp_user, ca_file=args.ca_file, owner=args.report_to,
                        max_attempts=args.max_attempts)
    in_keyring = st.save_smtp(ctx.db().uow(), s, password)
    print(f"mail server {s.host}:{s.port} ({s.security}) set; From {s.sender}")
    if password is not None and not in_keyring:
        print("duebook: warning: this computer has no keyring; the password was not kept. Give "
              "--password-file to `outbox send` and `smtp test`, or use the program, which asks once a session.",
              file=sys.stderr)
    return 0


def cmd_smtp_show(ctx: Context, args: argparse.Namespace) -> int:
    from dataclasses import asdict

    from app.services.outbox import settings as st

    s = st.get_smtp(ctx.db().read_uow())
    data = {**asdict(s), "password_known": st.has_password(s) if s.user else None}
    if args.json:
        print_json(data)
    else:
        for k, v in data.items():
            print(f"{k}: {v}")
    return 0


def _session_password(ctx: Context, args: argparse.Namespace) -> None:
    from app.services.outbox import settings as st

    pw = _password_file(getattr(args, "smtp_password_file", None))
    if pw is not None:
        st.remember_for_session(st.get_smtp(ctx.db().read_uow()), pw)


def cmd_smtp_test(ctx: Context, args: argparse.Namespace) -> int:
    from app.services.outbox import transport

    _session_password(ctx, args)
    reply = transport.send_test(ctx.db().uow(), args.to)
    print(f"test message to {args.to} accepted: {reply}")
    return 0


def _message_json(m: Any) -> dict[str, Any]:
    return {"id": m.id, "kind": m.kind, "customer": m.customer or None, "to": m.to, "subject": m.subject,
            "status": m.status, "attempts": m.attempts, "sent_at": _when(m.sent_at), "error": m.error or None}


def cmd_outbox(ctx: Context, args: argparse.Namespace) -> int:
    from app.services.outbox import store

    msgs = store.list_messages(ctx.db().read_uow(), status=args.status, customer=args.customer, kind=args.kind)
    if args.json:
        print_json({"messages": [_message_json(m) for m in msgs]})
        return 0
    print_table(["id", "kind", "customer", "to", "subject", "status", "attempts", "sent at", "error"],
                [[str(m.id), m.kind, m.customer, m.to, m.subject[:50], m.status, str(m.attempts),
                  _when(m.sent_at) or "", m.error[:60]] for m in msgs], right={0, 6})
    return 0


def cmd_outbox_send(ctx: Context, args: argparse.Namespace) -> int:
    from app.services.outbox import store, transport

    db = ctx.db()
    _session_password(ctx, args)
    report = transport.send_due(db.uow(), dry_run=args.dry_run)
    if args.json:
        print_json({"dry_run": report.dry_run, "sent": report.sent, "waiting": report.waiting,
                    "failed": [{"id": i, "error": why} for i, why in report.failed], "check": report.check,
                    "offline": report.offline or None})
    elif args.dry_run:
        for mid in report.waiting:
            m = store.get_message(db.read_uow(), mid).info
            print(f"would send {m.id}: {m.kind} to {m.to}: {m.subject}")
        print(f"{len(report.waiting)} message(s) would be sent")
    else:
        print(f"{len(report.sent)} sent, {len(report.failed)} failed, {len(report.waiting)} waiting")
    problems = [f"message {i} failed: {why}" for i, why in report.failed]
    problems += [f"message {i} may or may not have arrived (connection lost after its data); check it" for i in
                 report.check]
    if report.offline:
        problems.append(f"mail server not reachable ({report.offline}); {len(report.waiting)} message(s) stay queued")
    if problems:
        return fail("; ".join(problems))
    return 0


def cmd_outbox_change(ctx: Context, args: argparse.Namespace) -> int:
    from app.services.outbox import store

    fn = {"cancel": store.cancel, "retry": store.retry, "resend": store.resend, "mark-sent": store.mark_sent}
    m = fn[args.change](ctx.db().uow(), args.id)
    if args.json:
        print_json(_message_json(m))
    else:
        print(f"message {m.id}: {m.status}")
    return 0


def cmd_mail_statement(ctx: Context, args: argparse.Namespace) -> int:
    from app.services.outbox import sources

    if args.date_to < args.date_from:
        return fail("--to is before --from")
    m = sources.mail_statement(ctx.db().uow(), args.code, args.date_from, args.date_to, args.open_item)
    if args.json:
        print_json(_message_json(m))
    else:
        print(f"statement of {m.customer} queued as message {m.id} to {m.to}")
    return 0


def cmd_mail_document(ctx: Context, args: argparse.Namespace) -> int:
    from app.services.outbox import sources

    m = sources.mail_document(ctx.db().uow(), args.mail_kind, args.number)
    if args.json:
        print_json(_message_json(m))
    else:
        print(f"{args.mail_kind} {args.number} queued as message {m.id} to {m.to}")
    return 0


def cmd_mail_statements(ctx: Context, args: argparse.Namespace) -> int:
    from app.services.outbox import sources

    if args.date_to < args.date_from:
        return fail("--to is before --from")
    db = ctx.db()
    if args.codes:
        codes = [c.strip() for c in args.codes.split(",") if c.strip()]
    else:
        codes = sources.codes_owing(db.read_uow(), args.date_to)
    res = sources.mail_statements(db.uow(), codes, args.date_from, args.date_to)
    if args.json:
        print_json({"queued": [_message_json(m) for m in res.queued], "to_print": list(res.no_address)})
    else:
        print(f"{len(res.queued)} statement(s) queued")
        if res.no_address:
            print("no e-mail address (print these): " + ", ".join(res.no_address))
    return 0


def cmd_mail_report_pack(ctx: Context, args: argparse.Namespace) -> int:
    from app.services.outbox import settings as st
    from app.services.outbox import sources

    if args.date_to < args.date_from:
        return fail("--to is before --from")
    m = sources.mail_report_pack(ctx.db().uow(), args.date_from, args.date_to, st.split_addresses(args.to_address))
    if args.json:
        print_json(_message_json(m))
    else:
        print(f"report pack queued as message {m.id} to {m.to}")
    return 0


def cmd_mail_exclude(ctx: Context, args: argparse.Namespace) -> int:
    from app.services.outbox import settings as st

    st.set_auto_mail_excluded(ctx.db().uow(), args.code, not args.undo)
    print(f"{args.code}: {'back in' if args.undo else 'kept out of'} automatic mail")
    return 0


def cmd_run_schedule(ctx: Context, args: argparse.Namespace) -> int:
    from app.services.outbox import schedule

    run = schedule.run_schedule(ctx.db().uow(), args.as_of, dry_run=args.dry_run)
    data = {"as_of": run.as_of.isoformat(), "dry_run": run.dry_run,
            "queued": [{"rule": q.rule, "kind": q.kind, "customer": q.customer or None, "to": q.to}
                       for q in run.queued],
            "to_print": [{"rule": r, "customer": c} for r, c in run.to_print]}
    if args.json:
        print_json(data)
        return 0
    print_table(["rule", "kind", "customer", "to"], [[q.rule, q.kind, q.customer, q.to] for q in run.queued])
    verb = "would be queued" if run.dry_run else "queued"
    print(f"{len(run.queued)} message(s) {verb} for {run.as_of.isoformat()}")
    if run.to_print:
        print("no e-mail address (print these): " + ", ".join(f"{c} ({r})" for r, c in run.to_print))
    return 0


def _rule_json(r: Any, today: dt.date) -> dict[str, Any]:
    from app.services.outbox import schedule

    nxt = schedule.next_run_date(r, today) if r.enabled else None
    return {"rule": r.name, "enabled": r.enabled, "days": r.days, "weekday": r.weekday, "day": r.day,
            "every": r.every, "last_run": r.last_run.isoformat() if r.last_run else None,
            "next_run": nxt.isoformat() if nxt else None}


def cmd_schedule_show(ctx: Context, args: argparse.Namespace) -> int:
    from app.services.outbox import schedule

    today = dt.date.today()
    data = [_rule_json(r, today) for r in schedule.rules(ctx.db().read_uow())]
    if args.json:
        print_json({"rules": data})
        return 0
    print_table(["rule", "on", "days", "weekday", "day", "every", "last run", "next run"],
                [[d["rule"], "yes" if d["enabled"] else "no", str(d["days"]), str(d["weekday"]), str(d["day"]),
                  d["every"], d["last_run"] or "", d["next_run"] or ""] for d in data])
    return 0


def cmd_schedule_set(ctx: Context, args: argparse.Namespace) -> int:
    from app.services.outbox import schedule

    db = ctx.db()
    current = {r.name: r for r in schedule.rules(db.read_uow())}[args.rule]
    r = replace(current, enabled=bool(args.on))
    for name in ("days", "weekday", "day", "every"):
        if getattr(args, name) is not None:
            r = replace(r, **{name: getattr(args, name)})
    saved = schedule.save_rule(db.uow(), r)
    print(f"{saved.name}: {'on' if saved.enabled else 'off'}")
    return 0


def program_words() -> list[str]:
    """How this duebook was started, as words for a scheduler's command line."""
    exe = Path(sys.argv[0])
    if exe.name.startswith("duebook") and exe.exists():
        return [str(exe.resolve())]
    return [sys.executable, "-m", "app.cli"]


def cron_lines(program: list[str], target: str, time: str) -> tuple[str, str]:
    """(crontab line, Windows schtasks command) that run the rules and send the outbox daily."""
    hh, _, mm = time.partition(":")
    base = [*program, "--db", target]
    unix = " ".join(shlex.quote(w) for w in base)
    cron = f"{int(mm)} {int(hh)} * * * {unix} run-schedule && {unix} outbox send"
    win = " ".join(f'\\"{w}\\"' if " " in w or "\\" in w else w for w in base)
    schtasks = (f'schtasks /Create /F /SC DAILY /ST {int(hh):02d}:{int(mm):02d} /TN "Duebook run-schedule" '
                f'/TR "cmd /c {win} run-schedule && {win} outbox send"')
    return cron, schtasks


def cmd_schedule_cron(ctx: Context, args: argparse.Namespace) -> int:
    hh, sep, mm = args.time.partition(":")
    if not (sep and hh.isdigit() and mm.isdigit() and int(hh) < 24 and int(mm) < 60):
        return fail(f"--time: not HH:MM: {args.time!r}")
    target = ctx.target
    if "://" not in target:
        target = str(Path(target).resolve())
    cron, schtasks = cron_lines(program_words(), target, args.time)
    print("# crontab -e, then add:")
    print(cron)
    print("# Windows (Command Prompt):")
    print(schtasks)
    return 0
