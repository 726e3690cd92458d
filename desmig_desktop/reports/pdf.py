"""The monthly report as a PDF: the centre's letterhead, the figures of every pillar in
Indonesian, and two charts (departures and returns over a year, cases by type)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from reportlab.graphics.charts.barcharts import HorizontalBarChart, VerticalBarChart
from reportlab.graphics.charts.legends import Legend
from reportlab.graphics.shapes import Drawing, String
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle, getSampleStyleSheet
from reportlab.lib.units import mm
from reportlab.platypus import (
    HRFlowable,
    KeepTogether,
    Paragraph,
    SimpleDocTemplate,
    Spacer,
    Table,
    TableStyle,
)

from .. import i18n
from .monthly import Breakdown, Line, MonthlyReport

_STYLES = getSampleStyleSheet()
_CENTRE = ParagraphStyle("centre", parent=_STYLES["Title"], fontSize=15, spaceAfter=2)
_PLACE = ParagraphStyle("place", parent=_STYLES["Normal"], alignment=1, fontSize=9)
_TITLE = ParagraphStyle("title", parent=_STYLES["Heading2"], alignment=1, spaceBefore=6)
_PERIOD = ParagraphStyle("period", parent=_STYLES["Normal"], alignment=1)
_HEADING = ParagraphStyle("heading", parent=_STYLES["Heading3"], spaceBefore=10)
_SMALL = ParagraphStyle("small", parent=_STYLES["Normal"], fontSize=8, textColor=colors.grey)
_GREEN = colors.HexColor("#2e7d32")
_ORANGE = colors.HexColor("#ef6c00")
_TABLE_STYLE = TableStyle(
    [
        ("FONTNAME", (0, 0), (-1, 0), "Helvetica-Bold"),
        ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#e8f0e8")),
        ("GRID", (0, 0), (-1, -1), 0.4, colors.HexColor("#9e9e9e")),
        ("ALIGN", (1, 0), (-1, -1), "RIGHT"),
        ("FONTSIZE", (0, 0), (-1, -1), 9),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
    ]
)


def _number(value: int | float, unit: str = "") -> str:
    if unit == "percent":
        return f"{value:.1f}".replace(".", ",")
    # Indonesian digit grouping: 1.250.000
    return f"{int(value):,}".replace(",", ".")


def _table(header: tuple[str, ...], rows: list[tuple[Any, ...]], widths: list[float]) -> Table:
    table = Table([list(header), *[list(row) for row in rows]], colWidths=widths, repeatRows=1)
    table.setStyle(_TABLE_STYLE)
    return table


def _lines_table(lines: list[Line]) -> Table:
    return _table(
        (i18n.t("report.column.figure"), i18n.t("report.column.value")),
        [(line.label, _number(line.value, line.unit)) for line in lines],
        [120 * mm, 45 * mm],
    )


def _breakdown_table(table: Breakdown) -> list[Any]:
    flow: list[Any] = [Spacer(1, 4), Paragraph(f"<b>{table.title}</b>", _STYLES["Normal"])]
    if not table.rows:
        return [*flow, Paragraph(i18n.t("report.none"), _STYLES["Normal"])]
    first = 165 * mm - 30 * mm * (len(table.columns) - 1)
    rows = [(row[0], *(_number(value) for value in row[1:])) for row in table.rows]
    return [*flow, _table(table.columns, rows, [first] + [30 * mm] * (len(table.columns) - 1))]


def _moves_chart(report: MonthlyReport) -> Drawing:
    drawing = Drawing(165 * mm, 62 * mm)
    chart = VerticalBarChart()
    chart.x, chart.y = 12 * mm, 12 * mm
    chart.width, chart.height = 125 * mm, 42 * mm
    chart.data = [
        [departures for _, departures, _ in report.trend],
        [returns for _, _, returns in report.trend],
    ]
    chart.categoryAxis.categoryNames = [month[2:] for month, _, _ in report.trend]
    chart.categoryAxis.labels.fontSize = 6
    chart.categoryAxis.labels.angle = 45
    chart.categoryAxis.labels.boxAnchor = "ne"
    chart.valueAxis.valueMin = 0
    chart.valueAxis.labels.fontSize = 7
    chart.bars[0].fillColor = _GREEN
    chart.bars[1].fillColor = _ORANGE
    drawing.add(chart)
    legend = Legend()
    legend.x, legend.y = 142 * mm, 48 * mm
    legend.fontSize = 7
    legend.colorNamePairs = [
        (_GREEN, i18n.t("report.chart.departures")),
        (_ORANGE, i18n.t("report.chart.returns")),
    ]
    drawing.add(legend)
    drawing.add(
        String(0, 58 * mm, i18n.t("report.chart.moves"), fontSize=9, fontName="Helvetica-Bold")
    )
    return drawing


def _cases_chart(report: MonthlyReport) -> Drawing | None:
    rows = report.section("protection").breakdown("cases_by_type").rows
    opened = [(label, count) for label, count, _ in rows if count]
    if not opened:
        return None
    height = (12 + 6 * len(opened)) * mm
    drawing = Drawing(165 * mm, height)
    chart = HorizontalBarChart()
    chart.x, chart.y = 60 * mm, 4 * mm
    chart.width, chart.height = 95 * mm, height - 14 * mm
    chart.data = [[count for _, count in reversed(opened)]]
    chart.categoryAxis.categoryNames = [label for label, _ in reversed(opened)]
    chart.categoryAxis.labels.fontSize = 7
    chart.valueAxis.valueMin = 0
    chart.valueAxis.labels.fontSize = 7
    chart.bars[0].fillColor = _ORANGE
    drawing.add(chart)
    drawing.add(
        String(
            0, height - 6 * mm, i18n.t("report.chart.cases"), fontSize=9, fontName="Helvetica-Bold"
        )
    )
    return drawing


def write_pdf(report: MonthlyReport, path: Path) -> Path:
    made = i18n.t(
        "report.made",
        user=report.made_by,
        at=report.made_at.astimezone().strftime("%d-%m-%Y %H:%M"),
    )

    def footer(canvas: Any, document: Any) -> None:
        canvas.saveState()
        canvas.setFont("Helvetica", 7)
        canvas.setFillColor(colors.grey)
        canvas.drawString(20 * mm, 10 * mm, f"{report.centre_name} - {made}")
        canvas.drawRightString(190 * mm, 10 * mm, i18n.t("report.page", page=document.page))
        canvas.restoreState()

    story: list[Any] = [
        Paragraph(report.centre_name, _CENTRE),
        Paragraph(report.place, _PLACE),
        Spacer(1, 3),
        HRFlowable(width="100%", thickness=1.2, color=colors.black),
        Paragraph(i18n.t("report.title"), _TITLE),
        Paragraph(i18n.t("report.period", month=report.month_label), _PERIOD),
        Spacer(1, 8),
        Paragraph(i18n.t("report.summary"), _HEADING),
        _lines_table(report.summary()),
        Spacer(1, 8),
        _moves_chart(report),
    ]
    cases = _cases_chart(report)
    if cases is not None:
        story += [Spacer(1, 6), cases]
    for section in report.sections:
        block: list[Any] = [Paragraph(section.title, _HEADING), _lines_table(section.lines)]
        story.append(KeepTogether(block))
        for table in section.breakdowns:
            story.extend(_breakdown_table(table))
    story += [Spacer(1, 10), Paragraph(made, _SMALL)]

    partial = path.with_name(path.name + ".partial")
    document = SimpleDocTemplate(
        str(partial),
        pagesize=A4,
        leftMargin=20 * mm,
        rightMargin=20 * mm,
        topMargin=15 * mm,
        bottomMargin=18 * mm,
        title=f"{i18n.t('report.title')} {report.month_label}",
        author=report.centre_name,
    )
    document.build(story, onFirstPage=footer, onLaterPages=footer)
    partial.replace(path)
    return path


# -- letters ------------------------------------------------------------------------------

_KOP = ParagraphStyle(
    "kop", parent=_STYLES["Normal"], alignment=1, fontName="Helvetica-Bold", fontSize=12, leading=15
)
_KOP_SMALL = ParagraphStyle("kopsmall", parent=_STYLES["Normal"], alignment=1, fontSize=9)
_LETTER_TITLE = ParagraphStyle(
    "lettertitle",
    parent=_STYLES["Normal"],
    alignment=1,
    fontName="Helvetica-Bold",
    fontSize=11,
    spaceBefore=10,
)
_BODY = ParagraphStyle(
    "body", parent=_STYLES["Normal"], fontSize=10, leading=14, spaceBefore=6, alignment=4
)


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def write_letter(letter: Any, path: Path) -> Path:
    """A letter (reports.letters.Letter) as a one- or two-page A4 PDF."""
    head = letter.letterhead
    story: list[Any] = [Paragraph(_escape(line), _KOP) for line in head.lines]
    story.append(Paragraph(_escape(head.centre_name), _KOP_SMALL))
    if head.address:
        story.append(Paragraph(_escape(head.address), _KOP_SMALL))
    story += [
        Spacer(1, 3),
        HRFlowable(width="100%", thickness=1.5, color=colors.black),
        Paragraph(f"<u>{_escape(letter.title)}</u>", _LETTER_TITLE),
        Paragraph(_escape(letter.number), _KOP_SMALL),
        Spacer(1, 6),
    ]
    for kind, content in letter.blocks:
        if kind == "paragraph":
            story.append(Paragraph(_escape(content), _BODY))
        else:
            rows = [
                [
                    Paragraph(_escape(label), _STYLES["Normal"]),
                    ":",
                    Paragraph(_escape(str(value)), _STYLES["Normal"]),
                ]
                for label, value in content
            ]
            details = Table(rows, colWidths=[55 * mm, 4 * mm, 105 * mm])
            details.setStyle(
                TableStyle(
                    [("VALIGN", (0, 0), (-1, -1), "TOP"), ("FONTSIZE", (0, 0), (-1, -1), 10)]
                )
            )
            story += [Spacer(1, 4), details]
    if letter.table is not None:
        header, rows = letter.table
        cells = [
            list(header),
            *[[Paragraph(_escape(str(c)), _SMALL_CELL) for c in row] for row in rows],
        ]
        ledger = Table(
            cells, colWidths=[26 * mm, 30 * mm, 25 * mm, 25 * mm, 27 * mm, 37 * mm], repeatRows=1
        )
        ledger.setStyle(_TABLE_STYLE)
        story += [Spacer(1, 8), ledger]
    dated = f"{head.place}, {_long_date(letter.dated)}"
    signatures = letter.signatures
    cells = []
    for signature in signatures:
        name = _escape(signature.name) if signature.name else "(" + "." * 30 + ")"
        above = f"{_escape(signature.above)}<br/>" if signature.above else ""
        cells.append(
            Paragraph(
                f"{above}{_escape(signature.caption)}<br/><br/><br/><br/><br/><b><u>{name}</u></b>",
                ParagraphStyle(
                    "sign", parent=_STYLES["Normal"], alignment=1, fontSize=10, leading=13
                ),
            )
        )
    width = 170 * mm / max(len(cells), 1)
    sign_table = Table([cells], colWidths=[width] * len(cells))
    sign_table.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "BOTTOM")]))
    story += [
        Spacer(1, 14),
        Paragraph(
            _escape(dated),
            ParagraphStyle("dated", parent=_STYLES["Normal"], alignment=2, fontSize=10),
        ),
        Spacer(1, 6),
        KeepTogether([sign_table]),
    ]
    partial = path.with_name(path.name + ".partial")
    document = SimpleDocTemplate(
        str(partial),
        pagesize=A4,
        leftMargin=20 * mm,
        rightMargin=20 * mm,
        topMargin=15 * mm,
        bottomMargin=15 * mm,
        title=letter.title,
        author=head.centre_name,
    )
    document.build(story)
    partial.replace(path)
    return path


_SMALL_CELL = ParagraphStyle("smallcell", parent=_STYLES["Normal"], fontSize=8, leading=10)


def _long_date(day: Any) -> str:
    from .labels import MONTHS

    return f"{day.day} {MONTHS[day.month][0]} {day.year}"
