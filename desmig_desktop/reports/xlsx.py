"""The monthly report as a workbook: a summary sheet and one sheet per pillar."""

from __future__ import annotations

from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Font
from openpyxl.worksheet.worksheet import Worksheet

from .. import i18n
from .monthly import Breakdown, Line, MonthlyReport

_FORMATS = {"rupiah": "#,##0", "percent": "0.0", "": "#,##0"}
_BOLD = Font(bold=True)


def _heading(sheet: Worksheet, report: MonthlyReport, title: str) -> None:
    sheet.append([i18n.t("report.title")])
    sheet["A1"].font = Font(bold=True, size=13)
    sheet.append([report.centre_name])
    sheet.append([report.place])
    sheet.append([i18n.t("report.period", month=report.month_label)])
    sheet.append([])
    sheet.append([title])
    sheet.cell(sheet.max_row, 1).font = Font(bold=True, size=12)
    sheet.column_dimensions["A"].width = 48
    for letter in "BCD":
        sheet.column_dimensions[letter].width = 16


def _lines(sheet: Worksheet, lines: list[Line]) -> None:
    sheet.append([i18n.t("report.column.figure"), i18n.t("report.column.value")])
    for cell in sheet[sheet.max_row]:
        cell.font = _BOLD
    for line in lines:
        sheet.append([line.label, line.value])
        sheet.cell(sheet.max_row, 2).number_format = _FORMATS[line.unit]


def _breakdown(sheet: Worksheet, table: Breakdown) -> None:
    sheet.append([])
    sheet.append([table.title])
    sheet.cell(sheet.max_row, 1).font = _BOLD
    sheet.append(list(table.columns))
    for cell in sheet[sheet.max_row]:
        cell.font = _BOLD
    if not table.rows:
        sheet.append([i18n.t("report.none")])
    for row in table.rows:
        sheet.append(list(row))


def write_xlsx(report: MonthlyReport, path: Path) -> Path:
    workbook = Workbook()
    summary = workbook.active
    assert summary is not None
    summary.title = i18n.t("report.summary")
    _heading(summary, report, i18n.t("report.summary"))
    _lines(summary, report.summary())
    summary.append([])
    summary.append([i18n.t("report.chart.moves")])
    summary.cell(summary.max_row, 1).font = _BOLD
    summary.append(
        [
            i18n.t("report.column.month"),
            i18n.t("report.chart.departures"),
            i18n.t("report.chart.returns"),
        ]
    )
    for cell in summary[summary.max_row]:
        cell.font = _BOLD
    for month, departures, returns in report.trend:
        summary.append([month, departures, returns])
    for section in report.sections:
        sheet = workbook.create_sheet(i18n.t(f"report.sheet.{section.key}")[:31])
        _heading(sheet, report, section.title)
        _lines(sheet, section.lines)
        for table in section.breakdowns:
            _breakdown(sheet, table)
    summary.append([])
    summary.append(
        [i18n.t("report.made", user=report.made_by, at=report.made_at.strftime("%Y-%m-%d %H:%M"))]
    )
    partial = path.with_name(path.name + ".partial")
    workbook.save(partial)
    partial.replace(path)
    return path
