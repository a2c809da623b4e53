"""``duebook company show|set``: the letterhead and bank details printed on every document (INTERCHANGE §4)."""

from __future__ import annotations

import argparse
from typing import Any

from app.commands.common import Context, print_json


def register(sub: Any) -> None:
    p = sub.add_parser("company", help="the company's letterhead, bank details, logo and default language")
    csub = p.add_subparsers(dest="company_command", metavar="ACTION")
    csub.required = True

    show = csub.add_parser("show", help="print the company's details")
    show.add_argument("--json", action="store_true")
    show.set_defaults(handler=cmd_show)

    s = csub.add_parser("set", help="change the details given; the others stay as they are")
    s.add_argument("--name", metavar="N")
    s.add_argument("--address", metavar="A", help="postal address (\\n starts a new line)")
    s.add_argument("--tax-id", metavar="T")
    s.add_argument("--phone", metavar="P")
    s.add_argument("--email", metavar="E")
    s.add_argument("--bank", metavar="TEXT",
                   help="bank name, account and SWIFT as printed under 'Please pay to' (\\n starts a new line)")
    logo = s.add_mutually_exclusive_group()
    logo.add_argument("--logo", metavar="FILE", help="a PNG or JPEG picture (at most 1 MB) for the letterhead")
    logo.add_argument("--no-logo", action="store_true", help="remove the logo")
    s.add_argument("--default-language", choices=("en", "zh_CN"),
                   help="language of the company's documents and of new customers' letters")
    s.add_argument("--json", action="store_true")
    s.set_defaults(handler=cmd_set)


def _lines(text: str | None) -> str | None:
    return None if text is None else text.replace("\\n", "\n")


def company_json(info: Any) -> dict[str, Any]:
    return {"name": info.name, "address": info.address, "tax_id": info.tax_id, "phone": info.phone,
            "email": info.email, "currency": info.currency, "default_language": info.locale,
            "bank_name": info.bank_name, "bank_account": info.bank_account, "bank": info.bank_details,
            "logo": info.logo is not None}


def _print(info: Any) -> None:
    for key, value in company_json(info).items():
        if isinstance(value, bool):
            value = "yes" if value else "no"
        text = str(value or "").replace("\n", " / ")
        print(f"{key:17} {text}")


def cmd_show(ctx: Context, args: argparse.Namespace) -> int:
    from app.services.company import company_info

    info = company_info(ctx.db().read_uow())
    if args.json:
        print_json(company_json(info))
    else:
        _print(info)
    return 0


def cmd_set(ctx: Context, args: argparse.Namespace) -> int:
    from app.services.company import read_logo, set_company_details

    db = ctx.open(ctx.target, "settings.write")  # the right first: a refused user's logo is not read
    logo = read_logo(args.logo) if args.logo else None
    info = set_company_details(db.uow(), name=args.name, address=_lines(args.address), tax_id=args.tax_id,
                               phone=args.phone, email=args.email, bank=_lines(args.bank), logo=logo,
                               remove_logo=args.no_logo, default_language=args.default_language)
    if args.json:
        print_json(company_json(info))
    else:
        _print(info)
    return 0
