"""Dunning letters: editable templates per level and language, rendered to PDF.

A template has a subject and a body with ``{placeholders}``. ``{invoices}`` on a
line of its own becomes the table of overdue invoices. Defaults exist in
English and Simplified Chinese for every level; a stored template replaces the
default for its level and language. One PDF per customer and a merged
``all.pdf`` for printing.
"""

from __future__ import annotations

import datetime as dt
import re
import string
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Spacer
from sqlalchemy import select
from sqlalchemy.orm import Session

from app.models.dunning import LetterTemplate
from app.services import audit
from app.services.collections.dunning import DEFAULT_DUE_DAYS, DunningRun, Proposal
from app.services.company import company_info
from app.services.documents import pdf
from app.services.dto import CompanyInfo
from app.services.errors import FieldProblem, ValidationError, ValidationErrors
from app.services.permissions import require
from app.services.progress import NoProgress, Progress, check
from app.services.unit_of_work import UnitOfWork

LANGUAGES = ("en", "zh_CN")
PLACEHOLDERS = {
    "customer_name": "the customer's name",
    "customer_code": "the customer's code",
    "address": "the customer's billing address",
    "invoices": "the table of overdue invoices (on a line of its own)",
    "overdue_amount": "the overdue total",
    "fee": "the level's fee",
    "interest": "the interest",
    "total": "overdue amount + fee + interest",
    "due_by": "the date to pay by",
    "as_of": "the date of the letter",
    "level": "the dunning level number",
    "title": "the level's title",
    "company_name": "your company's name",
    "currency": "the currency code",
}

_EN = {
    1: ("Payment reminder",
        "Dear {customer_name},\n\n"
        "According to our records the invoices below are past their due date. This may simply be an "
        "oversight; we would be grateful if you could arrange payment.\n\n"
        "{invoices}\n\n"
        "Overdue amount: {overdue_amount}\nFee: {fee}\nInterest: {interest}\nTotal due: {total}\n\n"
        "Please pay the total by {due_by}. If you have already paid, please disregard this letter.\n\n"
        "Yours sincerely,\n{company_name}"),
    2: ("Second notice",
        "Dear {customer_name},\n\n"
        "Despite our reminder, the invoices below remain unpaid. We have added the fee and interest "
        "for late payment as shown.\n\n"
        "{invoices}\n\n"
        "Overdue amount: {overdue_amount}\nFee: {fee}\nInterest: {interest}\nTotal due: {total}\n\n"
        "Please pay the total by {due_by}, or contact us at once if there is a problem with these "
        "invoices.\n\nYours sincerely,\n{company_name}"),
    3: ("Third notice — urgent",
        "Dear {customer_name},\n\n"
        "We have written to you twice about the invoices below and have received neither payment nor an "
        "explanation. The amounts are now seriously overdue.\n\n"
        "{invoices}\n\n"
        "Overdue amount: {overdue_amount}\nFee: {fee}\nInterest: {interest}\nTotal due: {total}\n\n"
        "Please pay the total by {due_by}. If you cannot pay in full, call us before that date so that we "
        "can agree a payment plan; otherwise we will stop further deliveries on credit.\n\n"
        "Yours sincerely,\n{company_name}"),
    4: ("Pre-legal notice",
        "Dear {customer_name},\n\n"
        "Despite our earlier letters the invoices below remain unpaid. This is our last letter before we "
        "take legal steps.\n\n"
        "{invoices}\n\n"
        "Overdue amount: {overdue_amount}\nFee: {fee}\nInterest: {interest}\nTotal due: {total}\n\n"
        "Unless we receive the total by {due_by}, we will hand the matter to our lawyers or a collection "
        "agency without further notice. The costs of those proceedings will be charged to you.\n\n"
        "Yours sincerely,\n{company_name}"),
}
_ZH = {
    1: ("付款提醒",
        "{customer_name}：\n\n"
        "您好！根据我方记录，以下发票已超过付款期限，可能是贵方一时疏忽，烦请尽快安排付款。\n\n"
        "{invoices}\n\n"
        "逾期金额：{overdue_amount}\n催收费用：{fee}\n逾期利息：{interest}\n应付合计：{total}\n\n"
        "请于 {due_by} 前付清上述款项。如已付款，请忽略本函。\n\n"
        "此致\n敬礼\n\n{company_name}"),
    2: ("第二次催款通知",
        "{customer_name}：\n\n"
        "我方前次提醒后，以下发票仍未付款。现按约定加收催收费用及逾期利息，明细如下。\n\n"
        "{invoices}\n\n"
        "逾期金额：{overdue_amount}\n催收费用：{fee}\n逾期利息：{interest}\n应付合计：{total}\n\n"
        "请于 {due_by} 前付清；如对发票有异议，请立即与我们联系。\n\n"
        "此致\n敬礼\n\n{company_name}"),
    3: ("第三次催款通知（紧急）",
        "{customer_name}：\n\n"
        "我方已就以下发票两次致函贵方，至今既未收到付款，也未收到任何说明。上述款项现已严重逾期。\n\n"
        "{invoices}\n\n"
        "逾期金额：{overdue_amount}\n催收费用：{fee}\n逾期利息：{interest}\n应付合计：{total}\n\n"
        "请于 {due_by} 前付清。如无法一次付清，请在此日期前与我们联系商定分期付款方案；"
        "否则我方将暂停对贵方的赊销供货。\n\n"
        "此致\n敬礼\n\n{company_name}"),
    4: ("律师函前最后通知",
        "{customer_name}：\n\n"
        "尽管我方此前多次致函，以下发票仍未付款。本函为我方采取法律措施前的最后通知。\n\n"
        "{invoices}\n\n"
        "逾期金额：{overdue_amount}\n催收费用：{fee}\n逾期利息：{interest}\n应付合计：{total}\n\n"
        "如 {due_by} 前仍未收到全部款项，我方将不再另行通知，直接委托律师或专业催收机构处理，"
        "由此产生的一切费用由贵方承担。\n\n"
        "此致\n敬礼\n\n{company_name}"),
}

_TABLE_LABELS = {
    "number": ("Invoice", "发票号"),
    "date": ("Date", "开票日期"),
    "due_date": ("Due date", "到期日"),
    "days": ("Days overdue", "逾期天数"),
    "amount": ("Amount", "发票金额"),
    "open": ("Open", "未付金额"),
    "interest": ("Interest", "利息"),
    "interest_days": ("Interest days", "计息天数"),
    "interest_note": ("Interest up to {date} was charged with our letter of that date; this letter counts "
                      "only the days since.",
                      "截至 {date} 的利息已随我方当日的催款函计收，本函只计此后的天数。"),
    "total": ("Total", "合计"),
    "date_line": ("Date: {date}", "日期：{date}"),
    "customer_line": ("Customer: {code}", "客户编号：{code}"),
}


def _t(key: str, lang: str) -> str:
    en, zh = _TABLE_LABELS[key]
    return zh if pdf.is_zh(lang) else en


def norm_language(lang: str | None) -> str:
    return "zh_CN" if pdf.is_zh(lang) else "en"


@dataclass(frozen=True)
class TemplateInfo:
    level: int
    language: str
    subject: str
    body: str
    is_default: bool


def default_template(level: int, language: str) -> TemplateInfo:
    lang = norm_language(language)
    table = _ZH if lang == "zh_CN" else _EN
    subject, body = table[min(max(level, 1), max(table))]
    return TemplateInfo(level, lang, subject, body, True)


def check_template(subject: str, body: str) -> list[FieldProblem]:
    """Unknown or malformed placeholders, reported all at once."""
    problems: list[FieldProblem] = []
    for field, text in (("subject", subject), ("body", body)):
        try:
            names = [name for _lit, name, _spec, _conv in string.Formatter().parse(text) if name is not None]
        except ValueError as exc:
            problems.append(FieldProblem(field, "format", f"a brace is not closed: {exc}"))
            continue
        unknown = sorted({n for n in names if n not in PLACEHOLDERS})
        if unknown:
            problems.append(FieldProblem(field, "placeholder", "unknown placeholder(s): " +
                                         ", ".join("{" + n + "}" for n in unknown)))
    if not body.strip():
        problems.append(FieldProblem("body", "required", "a letter needs a text"))
    return problems


def template_in(session: Session, level: int, language: str) -> TemplateInfo:
    lang = norm_language(language)
    row = session.execute(select(LetterTemplate).where(LetterTemplate.level == level,
                                                       LetterTemplate.language == lang)).scalar_one_or_none()
    if row is None:
        return default_template(level, lang)
    return TemplateInfo(level, lang, row.subject, row.body, False)


def get_template(uow: UnitOfWork, level: int, language: str) -> TemplateInfo:
    with uow:
        return template_in(uow.session, level, language)


def save_template(uow: UnitOfWork, level: int, language: str, subject: str, body: str) -> TemplateInfo:
    """Store the letter text of a level and language (checked placeholders)."""
    require(uow, "settings.write")
    if language not in LANGUAGES:
        raise ValidationError("language", "en or zh_CN", code="choice")
    if level < 1:
        raise ValidationError("level", "levels start at 1", code="range")
    problems = check_template(subject, body)
    if problems:
        raise ValidationErrors(problems)
    with uow:
        s = uow.session
        row = s.execute(select(LetterTemplate).where(LetterTemplate.level == level,
                                                     LetterTemplate.language == language)).scalar_one_or_none()
        before = None if row is None else {"subject": row.subject, "body": row.body}
        if row is None:
            row = LetterTemplate(level=level, language=language)
            s.add(row)
        row.subject, row.body = subject, body
        s.flush()
        audit.record(s, uow.user, "dunning.template", "letter_template", f"{level}/{language}", before=before,
                     after={"subject": subject, "body": body})
        uow.commit()
        return TemplateInfo(level, language, subject, body, False)


def reset_template(uow: UnitOfWork, level: int, language: str) -> TemplateInfo:
    """Go back to the built-in text of a level and language."""
    require(uow, "settings.write")
    with uow:
        s = uow.session
        row = s.execute(select(LetterTemplate).where(LetterTemplate.level == level,
                                                     LetterTemplate.language == language)).scalar_one_or_none()
        if row is not None:
            audit.record(s, uow.user, "dunning.template_reset", "letter_template", f"{level}/{language}",
                         before={"subject": row.subject, "body": row.body})
            s.delete(row)
        uow.commit()
    return default_template(level, language)


# ---------------------------------------------------------------- rendering

class _Safe(dict[str, str]):
    def __missing__(self, key: str) -> str:
        return "{" + key + "}"


def values_for(p: Proposal, company: CompanyInfo, as_of: dt.date, due_by: dt.date, title: str) -> dict[str, str]:
    d = company.minor_digits
    cur = company.currency

    def money(v: object) -> str:
        return f"{cur} {pdf.money_text(v, d)}"  # type: ignore[arg-type]

    return _Safe(
        customer_name=p.name, customer_code=p.customer, address=p.address, invoices="{invoices}",
        overdue_amount=money(p.overdue_amount), fee=money(p.fee), interest=money(p.interest),
        total=money(p.total), due_by=due_by.isoformat(), as_of=as_of.isoformat(), level=str(p.level),
        title=title, company_name=company.name, currency=cur,
    )


def _invoice_table(p: Proposal, lang: str, digits: int, width: float) -> Flowable:
    rows: list[list[str]] = [[_t("number", lang), _t("due_date", lang), _t("days", lang), _t("amount", lang),
                              _t("open", lang), _t("interest_days", lang), _t("interest", lang)]]
    for i in p.invoices:
        rows.append([i.number, i.due_date.isoformat(), str(i.days_overdue), pdf.money_text(i.amount, digits),
                     pdf.money_text(i.open_amount, digits), str(i.interest_days), pdf.money_text(i.interest, digits)])
    rows.append([_t("total", lang), "", "", "", pdf.money_text(p.overdue_amount, digits), "",
                 pdf.money_text(p.interest, digits)])
    widths = [w * width for w in (0.20, 0.14, 0.12, 0.15, 0.15, 0.11, 0.13)]
    return pdf.data_table(rows, widths, money_cols=(2, 3, 4, 5, 6),
                          extra=[("LINEABOVE", (0, -1), (-1, -1), 0.8, pdf.RULE)])


def _interest_note(p: Proposal, lang: str) -> str:
    """Says from which letter the interest counts, when an earlier letter's interest was charged."""
    starts = sorted({i.interest_from for i in p.invoices if i.interest_from is not None})
    return _t("interest_note", lang).format(date=starts[-1].isoformat()) if starts else ""


def letter_story(p: Proposal, template: TemplateInfo, company: CompanyInfo, as_of: dt.date, due_by: dt.date,
                 title: str = "") -> list[Flowable]:
    """The flowables of one letter: letterhead, address, subject, the text with its invoice table."""
    lang = norm_language(p.language)
    width = pdf.content_width()
    st = pdf.styles()
    values = values_for(p, company, as_of, due_by, title or template.subject)
    story: list[Flowable] = pdf.letterhead(company, lang, width)
    story.append(pdf.para(p.name, "bold"))
    if p.address:
        story.append(pdf.para(p.address, "normal"))
    story.append(pdf.para(_t("customer_line", lang).format(code=p.customer), "small"))
    story.append(pdf.para(_t("date_line", lang).format(date=as_of.isoformat()), "right"))
    story.append(Spacer(1, 4 * mm))
    story.append(pdf.para(template.subject.format_map(values), st["title"]))
    parts = re.split(r"\{invoices\}", template.body)
    table: Flowable | None = None
    tail: list[Flowable] = []
    for k, part in enumerate(parts):
        text = part.format_map(values).strip("\n")
        for block in re.split(r"\n\s*\n", text):
            if block.strip():
                tail.append(pdf.para(block, "normal"))
                tail.append(Spacer(1, 3 * mm))
        if k < len(parts) - 1:
            if table is not None:
                story += [table, *tail]
            else:
                story += tail
            tail = [Spacer(1, 2 * mm)]
            note = _interest_note(p, lang)
            if note:
                tail += [pdf.para(note, "small"), Spacer(1, 2 * mm)]
            table = _invoice_table(p, lang, company.minor_digits, width)
    if table is None:
        return story + tail
    # the letter's closing (请于…付清 / 此致 敬礼, the signature) stays on the page of the table's end
    return [*story, pdf.TableWithTail(table, tail, keep_rows=3)]


def _safe_name(code: str) -> str:
    return re.sub(r"[^\w\-.]+", "_", code, flags=re.UNICODE).strip("._") or "customer"


def letter_pdf(uow: UnitOfWork, p: Proposal, as_of: dt.date, due_days: int = DEFAULT_DUE_DAYS) -> bytes:
    """One customer's letter as PDF bytes (the wizard's preview)."""
    company = company_info(uow)
    with uow:
        template = template_in(uow.session, p.level, p.language)
    due_by = as_of + dt.timedelta(days=due_days)
    return pdf.build_pdf_bytes(letter_story(p, template, company, as_of, due_by, p.title), company=company,
                               lang=p.language, title=template.subject)


def write_letters(uow: UnitOfWork, run: DunningRun, out_dir: str | Path,
                  proposals: Sequence[Proposal] | None = None, due_days: int = DEFAULT_DUE_DAYS,
                  progress: Progress | None = None) -> list[Path]:
    """One PDF per customer (``CODE.pdf``) and ``all.pdf`` with every letter, for printing."""
    from pypdf import PdfWriter

    progress = progress or NoProgress()
    chosen = list(run.proposals if proposals is None else proposals)
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    company = company_info(uow)
    with uow:
        s = uow.session
        templates = {(p.level, norm_language(p.language)): template_in(s, p.level, p.language) for p in chosen}
    due_by = run.as_of + dt.timedelta(days=due_days)
    paths: list[Path] = []
    merged = PdfWriter()
    for n, p in enumerate(chosen):
        check(progress, n, len(chosen) + 1)
        t = templates[(p.level, norm_language(p.language))]
        path = pdf.build_pdf(out / f"{_safe_name(p.customer)}.pdf",
                             letter_story(p, t, company, run.as_of, due_by, p.title), company=company,
                             lang=p.language, title=t.subject)
        merged.append(str(path))
        paths.append(path)
    all_path = out / "all.pdf"
    if not chosen:  # still a valid, printable file: one page saying there is nothing to send
        lang = company.locale
        text = (f"{run.as_of.isoformat()}：没有需要发送的催款函。" if pdf.is_zh(lang)
                else f"No dunning letters are due as of {run.as_of.isoformat()}.")
        pdf.build_pdf(all_path, [*pdf.letterhead(company, lang, pdf.content_width()), pdf.para(text)],
                      company=company, lang=lang, title=text)
    else:
        with open(all_path, "wb") as f:
            merged.write(f)
    merged.close()
    progress.update(len(chosen) + 1, len(chosen) + 1)
    return [*paths, all_path]
