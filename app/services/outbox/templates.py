"""Subject and body of each kind of message, per language, with {placeholders}.

The defaults are below; the user's own versions are kept in the company settings
(``outbox.template.KIND.LANG``) and edited in Settings with a preview. Placeholders:
{customer} {company} {amount} {invoices} {due_by} {period} {as_of} {level} {reference} {signature}.
``{invoices}`` becomes a plain list in the text body and a table in the HTML body.
"""

from __future__ import annotations

import html
import string
from collections.abc import Sequence
from dataclasses import dataclass

from sqlalchemy.orm import Session

from app.services import audit
from app.services.errors import FieldProblem, ValidationError, ValidationErrors
from app.services.outbox.settings import read_setting, write_setting
from app.services.permissions import require
from app.services.unit_of_work import UnitOfWork

PLACEHOLDERS = ("customer", "company", "amount", "invoices", "due_by", "period", "as_of", "level", "reference",
                "signature")
LANGUAGES = ("en", "zh_CN")
TEMPLATE_KINDS = ("statement", "dunning", "reminder_before", "reminder_due", "reminder_after", "promise",
                  "contract", "report_pack", "invoice", "receipt", "signature")

_EN_SIG = "{signature}"
DEFAULTS: dict[str, tuple[tuple[str, str], tuple[str, str]]] = {
    # kind: ((en subject, en body), (zh subject, zh body))
    "statement": (
        ("Statement of account {period} — {company}",
         "Dear {customer},\n\nplease find attached your statement of account for {period}. "
         "The balance on {as_of} is {amount}.\n\n{invoices}\n\nPlease check it and tell us of any "
         "difference within 15 days.\n\n{signature}"),
        ("对账单 {period} — {company}",
         "{customer}：\n\n您好！附件是贵司 {period} 的对账单，截至 {as_of} 的余额为 {amount}。\n\n{invoices}\n\n"
         "请核对，如有差异请于 15 日内告知我方。\n\n{signature}")),
    "dunning": (
        ("Payment reminder — {company}",
         "Dear {customer},\n\naccording to our books the following invoices are overdue:\n\n{invoices}\n\n"
         "Total due: {amount}. Please pay by {due_by}. The letter is attached.\n\n{signature}"),
        ("催款通知 — {company}",
         "{customer}：\n\n您好！根据我方账目，以下发票已逾期：\n\n{invoices}\n\n应付合计：{amount}。"
         "请于 {due_by} 前付款。催款函见附件。\n\n{signature}")),
    "reminder_before": (
        ("Invoices due on {due_by} — {company}",
         "Dear {customer},\n\na friendly reminder that these invoices fall due on {due_by}:\n\n{invoices}\n\n"
         "Total: {amount}.\n\n{signature}"),
        ("到期提醒：{due_by} 到期的发票 — {company}",
         "{customer}：\n\n您好！温馨提示，以下发票将于 {due_by} 到期：\n\n{invoices}\n\n合计：{amount}。\n\n{signature}")),
    "reminder_due": (
        ("Invoices due today — {company}",
         "Dear {customer},\n\nthese invoices fall due today ({due_by}):\n\n{invoices}\n\nTotal: {amount}.\n\n"
         "{signature}"),
        ("今日到期提醒 — {company}",
         "{customer}：\n\n您好！以下发票今日（{due_by}）到期：\n\n{invoices}\n\n合计：{amount}。\n\n{signature}")),
    "reminder_after": (
        ("Overdue invoices — {company}",
         "Dear {customer},\n\nwe have not yet received payment for these invoices:\n\n{invoices}\n\n"
         "Total overdue: {amount}. If you have already paid, please ignore this message.\n\n{signature}"),
        ("逾期提醒 — {company}",
         "{customer}：\n\n您好！我方尚未收到以下发票的付款：\n\n{invoices}\n\n逾期合计：{amount}。"
         "如已付款，请忽略本邮件。\n\n{signature}")),
    "promise": (
        ("Your payment promise for {reference} — {company}",
         "Dear {customer},\n\nthank you for your promise to pay {amount} for {reference} by {due_by}. "
         "We have noted it.\n\n{signature}"),
        ("付款承诺确认：{reference} — {company}",
         "{customer}：\n\n您好！感谢贵司承诺于 {due_by} 前支付 {reference} 的款项 {amount}，我方已记录。\n\n{signature}")),
    "contract": (
        ("Contract {reference} ends on {due_by} — {company}",
         "Dear {customer},\n\nour contract {reference} (value {amount}) ends on {due_by}. "
         "Please tell us whether you wish to renew it.\n\n{signature}"),
        ("合同到期通知：{reference} — {company}",
         "{customer}：\n\n您好！双方合同 {reference}（金额 {amount}）将于 {due_by} 到期，请告知是否续签。\n\n{signature}")),
    "report_pack": (
        ("Receivables report {period} — {company}",
         "Attached: aging, top overdue customers, collection rate and DSO for {period} (a PDF and a workbook).\n\n"
         "Total receivable on {as_of}: {amount}.\n\n— Duebook"),
        ("应收账款报告 {period} — {company}",
         "附件为 {period} 的账龄分析、逾期排名、回款率和 DSO（PDF 和 Excel 各一份）。\n\n截至 {as_of} 应收合计：{amount}。\n\n— Duebook")),
    "invoice": (
        ("Invoice {reference} — {company}",
         "Dear {customer},\n\nplease find attached our invoice {reference} of {amount}, due on {due_by}.\n\n"
         "{signature}"),
        ("销售单 {reference} — {company}",
         "{customer}：\n\n您好！附件是我方销售单 {reference}，金额 {amount}，请于 {due_by} 前付款。\n\n{signature}")),
    "receipt": (
        ("Receipt for your payment {reference} — {company}",
         "Dear {customer},\n\nthank you for your payment of {amount} received on {as_of}. "
         "The receipt is attached.\n\n{signature}"),
        ("收据：付款 {reference} — {company}",
         "{customer}：\n\n您好！已收到贵司于 {as_of} 支付的款项 {amount}，谢谢！收据见附件。\n\n{signature}")),
    "signature": (("", "Kind regards,\n{company}"), ("", "此致\n敬礼\n{company}")),
}

HEADINGS = {"number": ("Invoice", "发票号"), "due": ("Due date", "到期日"), "open": ("Open amount", "未付金额"),
            "days": ("Days overdue", "逾期天数")}


def norm_language(lang: str | None) -> str:
    return "zh_CN" if (lang or "").startswith("zh") else "en"


@dataclass(frozen=True)
class Template:
    kind: str
    language: str
    subject: str
    body: str
    is_default: bool


def default_template(kind: str, language: str) -> Template:
    en, zh = DEFAULTS[kind]
    subject, body = zh if norm_language(language) == "zh_CN" else en
    return Template(kind, norm_language(language), subject, body, True)


def _key(kind: str, language: str) -> str:
    return f"outbox.template.{kind}.{norm_language(language)}"


def template_in(session: Session, kind: str, language: str) -> Template:
    data = read_setting(session, _key(kind, language))
    if isinstance(data, dict) and "body" in data:
        return Template(kind, norm_language(language), str(data.get("subject", "")), str(data["body"]), False)
    return default_template(kind, language)


def get_template(uow: UnitOfWork, kind: str, language: str) -> Template:
    _check_kind(kind)
    with uow:
        return template_in(uow.session, kind, language)


def _check_kind(kind: str) -> None:
    if kind not in TEMPLATE_KINDS:
        raise ValidationError("kind", f"one of {', '.join(TEMPLATE_KINDS)}", code="choice")


def check_template(subject: str, body: str) -> list[FieldProblem]:
    problems = []
    for field, text in (("subject", subject), ("body", body)):
        try:
            names = [n for _lit, n, _spec, _conv in string.Formatter().parse(text) if n is not None]
        except ValueError:
            problems.append(FieldProblem(field, "format", "a { or } without its pair"))
            continue
        unknown = sorted({n for n in names if n not in PLACEHOLDERS})
        if unknown:
            problems.append(FieldProblem(field, "placeholder", f"unknown placeholder {{{unknown[0]}}}"))
    if not body.strip():
        problems.append(FieldProblem("body", "required", "the message needs a text"))
    return problems


def save_template(uow: UnitOfWork, kind: str, language: str, subject: str, body: str) -> Template:
    require(uow, "settings.write")
    _check_kind(kind)
    problems = check_template(subject, body)
    if problems:
        raise ValidationErrors(problems)
    with uow:
        write_setting(uow.session, _key(kind, language), {"subject": subject, "body": body})
        audit.record(uow.session, uow.user, "outbox.template", "settings", _key(kind, language),
                     after={"subject": subject, "body": body})
        uow.commit()
    return Template(kind, norm_language(language), subject, body, False)


def reset_template(uow: UnitOfWork, kind: str, language: str) -> Template:
    require(uow, "settings.write")
    _check_kind(kind)
    with uow:
        write_setting(uow.session, _key(kind, language), None)
        audit.record(uow.session, uow.user, "outbox.template_reset", "settings", _key(kind, language))
        uow.commit()
    return default_template(kind, language)


class _Safe(dict[str, str]):
    def __missing__(self, key: str) -> str:
        return "{" + key + "}"


_MARK = "\x00INVOICES\x00"


def invoice_lines(rows: Sequence[tuple[str, str, str, str]], lang: str) -> str:
    """(number, due date, days overdue or "", open amount) as aligned plain-text lines."""
    zh = norm_language(lang) == "zh_CN"
    if not rows:
        return ""
    head = [h[1] if zh else h[0] for h in (HEADINGS["number"], HEADINGS["due"], HEADINGS["days"], HEADINGS["open"])]
    table = [head, *[list(r) for r in rows]]
    widths = [max(len(r[i]) for r in table) for i in range(4)]
    return "\n".join("  ".join(c.ljust(widths[i]) if i < 3 else c.rjust(widths[i]) for i, c in enumerate(r)).rstrip()
                     for r in table)


def invoice_table_html(rows: Sequence[tuple[str, str, str, str]], lang: str) -> str:
    zh = norm_language(lang) == "zh_CN"
    if not rows:
        return ""
    head = "".join(f"<th style='text-align:{a};padding:2px 8px'>{html.escape(h[1] if zh else h[0])}</th>"
                   for h, a in ((HEADINGS["number"], "left"), (HEADINGS["due"], "left"), (HEADINGS["days"], "right"),
                                (HEADINGS["open"], "right")))
    body = "".join("<tr>" + "".join(f"<td style='text-align:{'right' if i >= 2 else 'left'};padding:2px 8px'>"
                                     f"{html.escape(c)}</td>" for i, c in enumerate(r)) + "</tr>" for r in rows)
    return f"<table style='border-collapse:collapse'><tr>{head}</tr>{body}</table>"


@dataclass(frozen=True)
class Rendered:
    subject: str
    text: str
    html: str


def render(template: Template, signature: Template, values: dict[str, str],
           invoices: Sequence[tuple[str, str, str, str]] = ()) -> Rendered:
    """Fill a template: the subject on one line, the text body, and the same body as HTML."""
    vals = _Safe(values)
    vals["signature"] = signature.body.format_map(_Safe(values))
    vals["invoices"] = _MARK
    subject = " ".join(template.subject.format_map(vals).split())
    body = template.body.format_map(vals)
    text = body.replace(_MARK, invoice_lines(invoices, template.language))
    parts = []
    for para in html.escape(body).split("\n\n"):
        if para.strip() == _MARK:
            parts.append(invoice_table_html(invoices, template.language))
        else:
            parts.append("<p>" + para.replace(_MARK, invoice_table_html(invoices, template.language))
                         .replace("\n", "<br>") + "</p>")
    page = ("<!DOCTYPE html><html><head><meta charset='utf-8'></head>"
            "<body style='font-family:sans-serif'>" + "".join(parts) + "</body></html>")
    return Rendered(subject, text, page)


def render_in(session: Session, kind: str, language: str, values: dict[str, str],
              invoices: Sequence[tuple[str, str, str, str]] = ()) -> Rendered:
    return render(template_in(session, kind, language), template_in(session, "signature", language), values,
                  invoices)


SAMPLE_VALUES = {
    "en": {"customer": "Harbor Trading Ltd", "company": "Your Company", "amount": "CNY 12,500.00",
           "due_by": "2026-07-15", "period": "2026-06-01 – 2026-06-30", "as_of": "2026-06-30", "level": "1",
           "reference": "INV-000123"},
    "zh_CN": {"customer": "上海华东贸易有限公司", "company": "贵公司", "amount": "¥12,500.00", "due_by": "2026-07-15",
              "period": "2026-06-01 至 2026-06-30", "as_of": "2026-06-30", "level": "1", "reference": "INV-000123"},
}
SAMPLE_INVOICES = (("INV-000123", "2026-06-15", "15", "7,500.00"), ("INV-000131", "2026-06-25", "5", "5,000.00"))


def preview(uow: UnitOfWork, kind: str, language: str, subject: str, body: str) -> Rendered:
    """What a template (as being edited) gives with sample values, for the Settings preview."""
    _check_kind(kind)
    lang = norm_language(language)
    with uow:
        sig = template_in(uow.session, "signature", lang)
        from app.services.company import load_company

        company = load_company(uow.session).name
    values = {**SAMPLE_VALUES[lang], "company": company}
    t = Template(kind, lang, subject, body, False)
    if kind == "signature":
        sig = t
        t = Template(kind, lang, "", "{signature}", False)
    return render(t, sig, values, SAMPLE_INVOICES)
