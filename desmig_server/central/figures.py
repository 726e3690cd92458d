"""The centres a staff member sees, with their sync state and monthly figures, and the
same figures added up by regency or province."""

from __future__ import annotations

import io
import json
import math
import re
import uuid
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from openpyxl import Workbook
from openpyxl.styles import Font
from sqlalchemy import func
from sqlmodel import Session, col, select

from desmig_desktop import regions

from ..models import CentreRow, Conflict, Device, utcnow
from .models import CentreSummary, StaffAccount

# The monthly report's key figures (desmig_desktop.reports.MonthlyReport.summary and the
# departures' split), in the order the page shows them: key, label, how regions add up.
FIGURES: tuple[tuple[str, str, str], ...] = (
    ("served", "Orang dilayani", "sum"),
    ("registered", "CPMI terdaftar", "sum"),
    ("departures", "Berangkat", "sum"),
    ("departures_non_procedural", "Berangkat nonprosedural", "sum"),
    ("returns", "Pulang", "sum"),
    ("cases_opened", "Kasus dilaporkan", "sum"),
    ("cases_closed", "Kasus ditutup", "sum"),
    ("cases_open", "Kasus terbuka", "sum"),
    ("enterprises_active", "Usaha aktif", "sum"),
    ("enterprises_new", "Usaha baru", "sum"),
    ("revenue", "Omzet usaha (Rp)", "sum"),
    ("children", "Anak parenting", "sum"),
    ("sessions", "Kegiatan parenting", "sum"),
    ("attendance_rate", "Kehadiran parenting (%)", "mean"),
    ("members", "Anggota koperasi", "sum"),
    ("savings_balance", "Saldo simpanan (Rp)", "sum"),
    ("loans_outstanding", "Pinjaman beredar (Rp)", "sum"),
    ("arrears", "Pinjaman menunggak", "sum"),
)
KEYS = frozenset(key for key, _, _ in FIGURES)
# The page's table shows these; the download has them all.
PAGE_KEYS = ("departures", "returns", "cases_opened", "cases_open", "members", "savings_balance")
MONTH = re.compile(r"^(\d{4})-(0[1-9]|1[0-2])$")


class FiguresError(ValueError):
    """A summary the server will not store; the message says why."""


def check_month(month: str) -> str:
    if not MONTH.match(month or ""):
        raise FiguresError(f"month must be YYYY-MM, not {month!r}")
    return month


def check_figures(figures: dict[str, Any]) -> dict[str, float]:
    """Known keys with finite, non-negative numbers; anything else is refused whole."""
    unknown = sorted(set(figures) - KEYS)
    if unknown:
        raise FiguresError(f"unknown figures: {', '.join(unknown)}")
    clean: dict[str, float] = {}
    for key, value in figures.items():
        if isinstance(value, bool) or not isinstance(value, int | float):
            raise FiguresError(f"{key} must be a number")
        if not math.isfinite(value) or value < 0:
            raise FiguresError(f"{key} must be a finite number of at least 0")
        clean[key] = value
    return clean


def store_summary(
    session: Session, device: Device, month: str, figures: dict[str, Any]
) -> CentreSummary:
    """Keep the latest figures a laptop of the centre counted for ``month``."""
    month, clean = check_month(month), check_figures(figures)
    summary = session.get(CentreSummary, (device.centre_id, month))
    if summary is None:
        summary = CentreSummary(
            centre_id=device.centre_id, month=month, figures="{}", device_id=device.id
        )
    summary.figures = json.dumps(clean, sort_keys=True)
    summary.device_id = device.id
    summary.received_at = utcnow()
    session.add(summary)
    return summary


def in_region(village_code: str, region: str) -> bool:
    return not region or village_code == region or village_code.startswith(region + ".")


def region_name(code: str) -> str:
    found = regions.get(code)
    return found.name if found is not None else code


@dataclass
class CentreLine:
    id: uuid.UUID
    name: str
    village_code: str
    village: str
    regency_code: str
    regency: str
    province_code: str
    province: str
    devices: int
    last_sync: datetime | None
    open_conflicts: int
    figures: dict[str, float] | None
    figures_at: datetime | None


def centre_lines(session: Session, staff: StaffAccount, month: str) -> list[CentreLine]:
    """Every centre in the staff member's region, in village-code order."""
    centres = [
        c
        for c in session.exec(select(CentreRow).order_by(col(CentreRow.village_code)))
        if in_region(c.village_code, staff.region)
    ]
    ids = [c.id for c in centres]
    if not ids:
        return []
    devices = {
        centre_id: (count, last)
        for centre_id, count, last in session.exec(
            select(Device.centre_id, func.count(), func.max(Device.last_seen_at))
            .where(col(Device.centre_id).in_(ids), col(Device.revoked_at).is_(None))
            .group_by(col(Device.centre_id))
        )
    }
    conflicts = dict(
        session.exec(
            select(Conflict.centre_id, func.count())
            .where(col(Conflict.centre_id).in_(ids), col(Conflict.resolved_at).is_(None))
            .group_by(col(Conflict.centre_id))
        ).all()
    )
    summaries = {
        s.centre_id: s
        for s in session.exec(
            select(CentreSummary).where(
                col(CentreSummary.centre_id).in_(ids), CentreSummary.month == month
            )
        )
    }
    lines = []
    for centre in centres:
        code = centre.village_code
        count, last = devices.get(centre.id, (0, None))
        summary = summaries.get(centre.id)
        lines.append(
            CentreLine(
                id=centre.id,
                name=centre.name,
                village_code=code,
                village=region_name(code),
                regency_code=code[:5],
                regency=region_name(code[:5]),
                province_code=code[:2],
                province=region_name(code[:2]),
                devices=int(count),
                last_sync=last,
                open_conflicts=int(conflicts.get(centre.id, 0)),
                figures=json.loads(summary.figures) if summary else None,
                figures_at=summary.received_at if summary else None,
            )
        )
    return lines


@dataclass
class RegionTotal:
    code: str
    name: str
    centres: int = 0
    reporting: int = 0  # centres whose laptops sent this month's figures
    figures: dict[str, float] = field(default_factory=dict)


def totals(lines: list[CentreLine], level: str) -> list[RegionTotal]:
    """The figures added up per regency or province (rates averaged over the centres
    that reported)."""
    if level not in ("regency", "province"):
        raise FiguresError("level must be regency or province")
    by_code: dict[str, RegionTotal] = {}
    for line in lines:
        code = line.regency_code if level == "regency" else line.province_code
        name = line.regency if level == "regency" else line.province
        total = by_code.setdefault(code, RegionTotal(code, name))
        total.centres += 1
        if line.figures is None:
            continue
        total.reporting += 1
        for key, value in line.figures.items():
            total.figures[key] = total.figures.get(key, 0) + value
    for total in by_code.values():
        for key, _, how in FIGURES:
            if how == "mean" and key in total.figures and total.reporting:
                total.figures[key] = round(total.figures[key] / total.reporting, 1)
    return [by_code[code] for code in sorted(by_code)]


def workbook(lines: list[CentreLine], level: str, month: str) -> bytes:
    """The month's figures per region and per centre, as an XLSX file."""
    book = Workbook()
    sheet = book.active
    assert sheet is not None
    level_name = "Kabupaten/Kota" if level == "regency" else "Provinsi"
    sheet.title = "Per kabupaten" if level == "regency" else "Per provinsi"
    sheet.append([f"Laporan bulanan Desmigratif {month}, per {level_name.lower()}"])
    sheet["A1"].font = Font(bold=True, size=13)
    sheet.append([])
    header = ["Kode", level_name, "Pusat layanan", "Melapor", *(label for _, label, _ in FIGURES)]
    sheet.append(header)
    for cell in sheet[sheet.max_row]:
        cell.font = Font(bold=True)
    for total in totals(lines, level):
        sheet.append(
            [total.code, total.name, total.centres, total.reporting]
            + [total.figures.get(key) for key, _, _ in FIGURES]
        )
    centres = book.create_sheet("Per pusat layanan")
    centres.append(
        ["Kode desa", "Desa", "Pusat layanan", level_name, *(label for _, label, _ in FIGURES)]
    )
    for cell in centres[1]:
        cell.font = Font(bold=True)
    for line in lines:
        region = line.regency if level == "regency" else line.province
        values = line.figures or {}
        centres.append(
            [line.village_code, line.village, line.name, region]
            + [values.get(key) for key, _, _ in FIGURES]
        )
    for ws in (sheet, centres):
        ws.column_dimensions["B"].width = 28
        ws.column_dimensions["C"].width = 30
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()
