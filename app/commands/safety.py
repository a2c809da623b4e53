"""``duebook backup ...``, ``duebook audit ...``, ``duebook users ...``."""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any

from app.commands.common import Context, fail, iso_date, print_json, print_table, to_jsonable

if TYPE_CHECKING:
    from app.services.unit_of_work import Database


def register(sub: Any) -> None:
    p = sub.add_parser("backup", help="encrypted backups (create, verify, restore, recovery-key)")
    bsub = p.add_subparsers(dest="backup_command", metavar="ACTION")
    bsub.required = True

    c = bsub.add_parser("create", help="make an encrypted backup of the company")
    c.add_argument("--dest", metavar="DIR", help="folder for the backup (default: the company's backup folder)")
    c.add_argument("--json", action="store_true")
    c.set_defaults(handler=backup_create)

    v = bsub.add_parser("verify", help="decrypt a backup and check its hash, integrity and row counts")
    v.add_argument("file")
    v.add_argument("--full", action="store_true",
                   help="run SQLite's full integrity_check (every index against its table; slower)")
    _key_options(v)
    v.add_argument("--json", action="store_true")
    v.set_defaults(handler=backup_verify)

    r = bsub.add_parser("restore", help="restore a backup into a company file (the old one is kept aside)")
    r.add_argument("file")
    r.add_argument("--to", required=True, metavar="PATH", help="company file to restore into")
    _key_options(r)
    r.add_argument("--json", action="store_true")
    r.set_defaults(handler=backup_restore)

    k = bsub.add_parser("recovery-key", help="write the recovery key (the backup key locked by a passphrase)")
    k.add_argument("--out", required=True, metavar="FILE")
    k.add_argument("--passphrase-file", required=True, metavar="PW")
    k.set_defaults(handler=backup_recovery_key)

    s = bsub.add_parser("status", help="when the last backup was made")
    s.add_argument("--json", action="store_true")
    s.set_defaults(handler=backup_status)

    ck = sub.add_parser("check", help="SQLite's integrity check of the company file; exit 1 naming the problems")
    ck.add_argument("--full", action="store_true",
                    help="integrity_check: also every index entry against its table (slower: about "
                         "50 s of CPU on a million invoices, against about 3.5 s)")
    ck.add_argument("--json", action="store_true")
    ck.set_defaults(handler=check_file)

    a = sub.add_parser("audit", help="the audit trail (verify, list)")
    asub = a.add_subparsers(dest="audit_command", metavar="ACTION")
    asub.required = True
    av = asub.add_parser("verify", help="check the hash chain; exit 1 naming the first broken entry")
    av.add_argument("--json", action="store_true")
    av.set_defaults(handler=audit_verify)
    al = asub.add_parser("list", help="list audit entries (newest first)")
    al.add_argument("--from", dest="date_from", type=iso_date, metavar="D")
    al.add_argument("--to", dest="date_to", type=iso_date, metavar="D")
    al.add_argument("--by", dest="by_user", default="", metavar="USER")
    al.add_argument("--action", default="", help="an action or its prefix (document, customer.update)")
    al.add_argument("--entity", default="")
    al.add_argument("--search", default="", metavar="TEXT")
    al.add_argument("--limit", type=int, default=None)
    al.add_argument("--csv", metavar="PATH", help="export to CSV (or .xlsx) instead of printing")
    al.add_argument("--json", action="store_true")
    al.set_defaults(handler=audit_list)

    u = sub.add_parser("users", help="optional users and roles")
    usub = u.add_subparsers(dest="users_command", metavar="ACTION")
    usub.required = True
    ue = usub.add_parser("enable", help="turn users on, creating the first administrator")
    ue.add_argument("--admin", required=True, metavar="NAME")
    ue.add_argument("--admin-password-file", required=True, metavar="FILE")
    ue.add_argument("--full-name", default="")
    ue.set_defaults(handler=users_enable)
    ua = usub.add_parser("add", help="add a user")
    ua.add_argument("username")
    ua.add_argument("--role", required=True, choices=("administrator", "accountant", "clerk", "viewer"))
    ua.add_argument("--new-password-file", required=True, metavar="FILE")
    ua.add_argument("--full-name", default="")
    ua.set_defaults(handler=users_add)
    ul = usub.add_parser("list", help="list users")
    ul.add_argument("--json", action="store_true")
    ul.set_defaults(handler=users_list)


def _key_options(p: argparse.ArgumentParser) -> None:
    p.add_argument("--allow-unsigned", action="store_true",
                   help="accept a backup without a signature (made where the company's key was not)")
    p.add_argument("--identity", metavar="KEY", help="recovery key (or age identity file) to decrypt with")
    p.add_argument("--passphrase-file", metavar="PW", help="passphrase of the recovery key")


def _read_secret(path: str, what: str) -> str:
    try:
        return Path(path).read_text(encoding="utf-8").rstrip("\r\n")
    except OSError as exc:
        from app.services.errors import DuebookError

        raise DuebookError(f"cannot read the {what} file {path}: {exc.strerror}") from exc


def _optional_db(ctx: Context) -> Database | None:
    """The company when one is named (or the default one exists); a backup needs none."""
    from app.config import default_company_file, default_company_target
    from app.services.integrity import FileDamaged

    if ctx.args.db or "://" in default_company_target() or default_company_file().exists():
        try:
            return ctx.db()
        except FileDamaged as exc:  # the file to restore over: the keys on this computer will do
            _warn([f"{exc.params.get('path')} is damaged (SQLite: {exc.params.get('problem')}); "
                   "it is not opened"])
            return None
    return None


def _warn(lines: tuple[str, ...] | list[str]) -> None:
    for line in lines:
        print(f"duebook: warning: {line}", file=sys.stderr)


def backup_create(ctx: Context, args: argparse.Namespace) -> int:
    from app.services.safety import backup

    db = ctx.db()
    r = backup.create_backup(db, args.dest)
    _warn(r.warnings)
    if args.json:
        print_json({"file": r.path, "company": r.company, "created_at": r.created_at.isoformat() + "Z",
                    "size": r.size, "sha256": r.sha256, "row_counts": r.row_counts,
                    "pruned": list(r.pruned), "warnings": list(r.warnings)})
    else:
        print(r.path)
    return 0


def _identity(args: argparse.Namespace) -> Any:
    from app.services.safety import keys as backup_keys

    if not args.identity:
        return None
    pw = _read_secret(args.passphrase_file, "passphrase") if args.passphrase_file else None
    return backup_keys.read_recovery_key(args.identity, pw)


def _report_json(rep: Any) -> dict[str, Any]:
    return {"file": rep.path, "company": rep.company, "schema_version": rep.schema_version,
            "created_at": rep.created_at, "sha256": rep.sha256, "integrity": rep.integrity, "check": rep.check,
            "row_counts": rep.row_counts, "ok": rep.ok}


def backup_verify(ctx: Context, args: argparse.Namespace) -> int:
    from app.services.safety import restore as restore_module

    ident = _identity(args)
    db = _optional_db(ctx)
    rep = restore_module.verify_backup(args.file, db, identity=ident, full=args.full, allow_unsigned=args.allow_unsigned)
    if args.json:
        print_json(_report_json(rep))
    else:
        total = sum(rep.row_counts.values())
        print(f"{rep.path}: ok — {rep.company}, made {rep.created_at}, {total} rows in "
              f"{len(rep.row_counts)} tables, {rep.check} {rep.integrity}, sha256 {rep.sha256[:16]}…")
    return 0


def backup_restore(ctx: Context, args: argparse.Namespace) -> int:
    from app.services import integrity as backup_integrity
    from app.services.permissions import check
    from app.services.safety import restore as restore_module

    ident = _identity(args)
    target = Path(args.to).expanduser()
    db: Database | None = None
    if target.exists() and target.stat().st_size > 0:
        # The file to be replaced is opened (and logged into) like any other: its own users decide.
        try:
            db = ctx.open(str(target), "backup.restore")
        except backup_integrity.FileDamaged as exc:  # the file to restore over: the keys on this computer will do
            _warn([f"{exc.params.get('path')} is damaged (SQLite: {exc.params.get('problem')}); "
                   "it is not opened"])
    if db is None:
        db = _optional_db(ctx)  # a new file: the company whose keys decrypt it decides
        if db is not None:
            check(db, "backup.restore")
    keys = restore_module.identities_for(db, ident)
    ctx.close()  # never hold the company file we may be about to replace
    r = restore_module.restore_backup(args.file, args.to, identities=keys, allow_unsigned=args.allow_unsigned)
    _warn(r.warnings)
    if args.json:
        print_json({"restored": r.path, "kept_aside": r.kept_aside, "backup": _report_json(r.report)})
    else:
        print(f"restored {r.report.company} into {r.path}")
        if r.kept_aside:
            print(f"the previous file is kept as {r.kept_aside}")
    return 0


def check_file(ctx: Context, args: argparse.Namespace) -> int:
    """``duebook check [--full]``: the file is read as it is (not opened as a company, no lock
    taken, nothing written), so that a damaged file can be examined too."""
    from app.services import integrity as backup_integrity
    from app.services.errors import NotFound
    from app.services.vocabulary import company_file, shown

    pragma = "integrity_check" if args.full else "quick_check"
    path = company_file(ctx.target)
    if path is None:
        return fail(f"{shown(ctx.target)} is a server company: PostgreSQL checks its own data "
                    "(duebook check is for company files)")
    if not path.exists():
        raise NotFound("company file", str(path))
    problems = backup_integrity.check_file(path, quick=not args.full)
    if args.json:
        print_json({"file": str(path), "check": pragma, "ok": not problems, "problems": problems})
    elif not problems:
        print(f"{path}: ok ({pragma})")
    if problems:
        return fail(backup_integrity.damaged_error(path, problems).message().replace(
            "is damaged and was not opened", f"is damaged ({pragma})"))
    return 0


def backup_recovery_key(ctx: Context, args: argparse.Namespace) -> int:
    from app.services.safety import keys as backup_keys

    pw = _read_secret(args.passphrase_file, "passphrase")
    db = ctx.open(ctx.target, "backup.key")
    _recipient, status = backup_keys.ensure_recipient(db)
    _warn(status.notes)
    path = backup_keys.write_recovery_key(db, args.out, pw)
    print(path)
    return 0


def backup_status(ctx: Context, args: argparse.Namespace) -> int:
    from app.services.safety import backup

    last = backup.last_backup(ctx.db())
    if args.json:
        print_json({"last_backup": last.at.isoformat() + "Z" if last.at else None, "file": last.path,
                    "size": last.size, "overdue": last.overdue})
    elif last.at is None:
        print("no backup has been made of this company")
    else:
        print(f"last backup {last.at.isoformat(sep=' ', timespec='seconds')} UTC: {last.path}"
              + (" (more than a week ago)" if last.overdue else ""))
    return 0


def audit_verify(ctx: Context, args: argparse.Namespace) -> int:
    from app.services.safety import audit_trail

    rep = audit_trail.verify(ctx.db().read_uow())
    if args.json:
        print_json({"ok": rep.ok, "entries": rep.entries, "first_bad_id": rep.first_bad_id,
                    "problem": rep.problem, "head_sealed": rep.authenticated})
        if not rep.ok:
            print(f"duebook: {audit_trail.describe(rep)}", file=sys.stderr)
        return 0 if rep.ok else 1
    if not rep.ok:
        return fail(audit_trail.describe(rep))
    print(audit_trail.describe(rep))
    return 0


def audit_list(ctx: Context, args: argparse.Namespace) -> int:
    from app.services.safety import audit_trail

    f = audit_trail.AuditFilter(date_from=args.date_from, date_to=args.date_to, user=args.by_user,
                                action=args.action, entity=args.entity, text=args.search, limit=args.limit)
    db = ctx.db()
    if args.csv:
        n = audit_trail.export(db.uow(), f, args.csv)
        print(f"{n} entries written to {os.fspath(args.csv)}")
        return 0
    rows = audit_trail.list_entries(db.read_uow(), f)
    if args.json:
        print_json([to_jsonable({**r.__dict__, "at": r.at.isoformat(timespec="microseconds")}) for r in rows])
        return 0
    print_table(["#", "at (UTC)", "user", "action", "record", "key"],
                [[str(r.id), r.at.isoformat(sep=" ", timespec="seconds"), r.user, r.action, r.entity,
                  r.entity_id] for r in rows], right={0})
    return 0


def users_enable(ctx: Context, args: argparse.Namespace) -> int:
    from app.services import users

    pw = _read_secret(args.admin_password_file, "password")
    info = users.enable_users(ctx.db().uow(), args.admin, pw, args.full_name)
    print(f"users are on; {info.username} is an administrator")
    return 0


def users_add(ctx: Context, args: argparse.Namespace) -> int:
    from app.services import users

    pw = _read_secret(args.new_password_file, "password")
    info = users.add_user(ctx.db().uow(), args.username, pw, args.role, args.full_name)
    print(f"{info.username} added as {info.role}")
    return 0


def users_list(ctx: Context, args: argparse.Namespace) -> int:
    from app.services import users

    db = ctx.db()
    rows = users.list_users(db.read_uow())
    enabled = users.users_enabled(db.read_uow())
    if args.json:
        print_json({"enabled": enabled, "users": [
            {"username": u.username, "full_name": u.full_name, "role": u.role, "active": u.active}
            for u in rows]})
        return 0
    if not enabled:
        print("users are off (one-person office)")
    print_table(["user", "name", "role", "active"],
                [[u.username, u.full_name, u.role, "yes" if u.active else "no"] for u in rows])
    return 0
