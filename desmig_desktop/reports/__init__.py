"""Reports made offline from the store (the monthly report; letters later)."""

from __future__ import annotations

from pathlib import Path

from .. import i18n
from ..services.errors import ValidationFailed
from ..validation import Problem
from .monthly import Breakdown, Line, MonthlyReport, ReportService, Section, parse_month

FORMATS = ("pdf", "xlsx")


def write_report(report: MonthlyReport, fmt: str, path: Path) -> Path:
    """Write ``report`` as ``fmt`` (pdf or xlsx) to ``path``, replacing it only once whole."""
    if fmt == "pdf":
        from .pdf import write_pdf

        return write_pdf(report, path)
    if fmt == "xlsx":
        from .xlsx import write_xlsx

        return write_xlsx(report, path)
    raise ValidationFailed(
        [Problem("format", "report.format", i18n.t("report.format", format=fmt), "error")]
    )


__all__ = [
    "FORMATS",
    "Breakdown",
    "Line",
    "MonthlyReport",
    "ReportService",
    "Section",
    "parse_month",
    "write_report",
]
