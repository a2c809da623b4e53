"""Reports as files: an Excel workbook and a PDF, both showing what the screen shows."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from app.services.dto import CompanyInfo
from app.services.excel import write_table
from app.services.progress import Progress
from app.services.reports import Report, cell_text

_XLSX_KIND = {"money": "money", "int": "int", "ratio": "percent", "days": "number", "date": "date",
              "text": "text", "bool": "text"}


def _period(report: Report, language: str) -> str:
    if report.name in ("utilization", "top_overdue"):
        return ("截至 " if language.startswith("zh") else "as of ") + report.date_to.isoformat()
    return f"{report.date_from.isoformat()} – {report.date_to.isoformat()}"


def _summary_lines(report: Report) -> list[str]:
    return [f"{k}: {cell_text(v, report.summary_kinds.get(k, ''), report.digits)}"
            for k, v in report.summary.items()]


def _xlsx_value(value: Any, kind: str) -> Any:
    if kind == "bool":
        return "yes" if value else ""
    return value


def export_xlsx(report: Report, path: str | Path, language: str = "en", company: str = "",
                progress: Progress | None = None) -> Path:
    """The report as a workbook: a title, the period, the summary, then the table.

    Money, ratios (as percentages), day figures and dates are real cells; text
    is always text (a value starting with = + - @ never becomes a formula).
    """
    title = report.title_zh if language.startswith("zh") else report.title
    headers = [c.heading(language) for c in report.columns]
    kinds = [c.kind for c in report.columns]
    rows = ([_xlsx_value(r.get(c.key), c.kind) for c in report.columns] for r in report.rows)
    title_rows: list[list[Any]] = [[title], [_period(report, language)]]
    title_rows += [[line] for line in _summary_lines(report)]
    return write_table(path, headers, rows, [_XLSX_KIND.get(k, "text") for k in kinds], title=title,
                       sheet_name=report.name, digits=report.digits, company=company, title_rows=title_rows,
                       progress=progress, total=len(report.rows))


def export_pdf(report: Report, path: str | Path, company: CompanyInfo, language: str = "en",
               max_rows: int = 5000) -> Path:
    """The report as a PDF (landscape A4): letterhead, title, period, summary, chart values as a table."""
    from reportlab.lib.units import mm
    from reportlab.platypus import Spacer

    from app.services import pdf

    zh = language.startswith("zh")
    title = report.title_zh if zh else report.title
    width = pdf.content_width(True)
    story: list[Any] = [*pdf.letterhead(company, language, width), pdf.para(title, "title"),
                        pdf.para(_period(report, language), "normal"), Spacer(1, 3 * mm)]
    for line in _summary_lines(report):
        story.append(pdf.para(line, "small"))
    story.append(Spacer(1, 4 * mm))
    cols = list(report.columns)
    if len(cols) > 12:  # the 12-month trend columns make the table too wide for a page: keep the main ones
        cols = cols[:6] + cols[-6:]
    weights = [3.0 if c.key == "name" else 1.0 for c in cols]
    unit = width / sum(weights)
    widths = [w * unit for w in weights]
    cell = pdf.styles()["cell"]
    right = pdf.styles()["cell_right"]
    numeric = {i for i, c in enumerate(cols) if c.kind in ("money", "int", "ratio", "days")}
    data: list[list[Any]] = [[pdf.para(c.heading(language), cell) for c in cols]]
    for r in report.rows[:max_rows]:
        data.append([pdf.para(cell_text(r.get(c.key), c.kind, report.digits), right if i in numeric else cell)
                     for i, c in enumerate(cols)])
    story.append(pdf.data_table(data, widths, money_cols=numeric))
    if len(report.rows) > max_rows:
        story.append(pdf.para(f"… {len(report.rows) - max_rows} more rows in the Excel export", "small"))
    return pdf.build_pdf(path, story, company=company, lang=language, title=title, landscape_page=True)
