"""The aging report and analysis reports as files, behind the ``export`` right.

The writers themselves take figures (DTOs) and a path and know nothing of users; these entry
points are what the program and the command line call, so the right is checked on every path.
"""

from __future__ import annotations

from pathlib import Path

from app.services.dto import AgingReport
from app.services.permissions import require
from app.services.progress import Progress
from app.services.reports.analysis import Report
from app.services.unit_of_work import UnitOfWork

KINDS = ("xlsx", "pdf")


def _kind(path: str | Path, kind: str | None) -> str:
    if kind is None:
        kind = "pdf" if str(path).lower().endswith(".pdf") else "xlsx"
    if kind not in KINDS:
        from app.services.errors import ValidationError

        raise ValidationError("format", f"one of {', '.join(KINDS)}", code="choice")
    return kind


def export_aging(uow: UnitOfWork, report: AgingReport, path: str | Path, kind: str | None = None,
                 language: str | None = None, progress: Progress | None = None) -> Path:
    """The aging report as a workbook or PDF (by ``kind``, else the path's suffix); needs ``export``."""
    require(uow, "export")
    from app.services.company import company_info

    info = company_info(uow)
    if _kind(path, kind) == "pdf":
        from app.services.documents.aging_pdf import write_aging_pdf

        return write_aging_pdf(report, info, path, language)
    from app.services.documents.excel import write_aging_workbook

    return write_aging_workbook(report, path, progress, company=info.name, digits=info.minor_digits,
                                language=language or info.locale)


def export_report(uow: UnitOfWork, report: Report, path: str | Path, kind: str | None = None,
                  language: str | None = None, progress: Progress | None = None) -> Path:
    """An analysis report as a workbook or PDF, as the screen shows it; needs ``export``."""
    require(uow, "export")
    from app.services.company import company_info

    info = company_info(uow)
    lang = language or info.locale
    if _kind(path, kind) == "pdf":
        from app.services.reports.export import export_pdf

        return export_pdf(report, path, info, lang)
    from app.services.reports.export import export_xlsx

    return export_xlsx(report, path, lang, info.name, progress)
