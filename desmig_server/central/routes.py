"""Routes of the central page (HTML for staff, JSON for scripts) and the endpoint where
laptops send their centre's monthly figures."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Annotated, Any
from urllib.parse import parse_qs

from fastapi import APIRouter, Cookie, Depends, HTTPException, Request
from fastapi.responses import HTMLResponse, RedirectResponse, Response
from fastapi.templating import Jinja2Templates
from pydantic import BaseModel

from ..api.deps import CurrentDevice, SessionDep, client_address
from ..core.db import begin_write
from . import auth
from .figures import (
    FIGURES,
    PAGE_KEYS,
    FiguresError,
    centre_lines,
    check_month,
    store_summary,
    totals,
    workbook,
)
from .models import StaffAccount

TEMPLATES = Jinja2Templates(directory=str(Path(__file__).resolve().parent / "templates"))
LABELS = {key: label for key, label, _ in FIGURES}

summary_router = APIRouter(tags=["central"])
central_router = APIRouter(prefix="/central", tags=["central"])


class SummaryRequest(BaseModel):
    month: str
    figures: dict[str, Any]


@summary_router.post("/summary", status_code=204, responses={422: {"description": "Bad figures"}})
def post_summary(body: SummaryRequest, device: CurrentDevice, session: SessionDep) -> Response:
    """A laptop's count of its centre's key figures for one month (latest wins)."""
    begin_write(session)
    try:
        store_summary(session, device, body.month, body.figures)
    except FiguresError as error:
        session.rollback()
        raise HTTPException(status_code=422, detail=str(error)) from error
    session.commit()
    return Response(status_code=204)


def _previous_month() -> str:
    today = date.today()
    year, month = (today.year, today.month - 1) if today.month > 1 else (today.year - 1, 12)
    return f"{year:04d}-{month:02d}"


def current_staff(
    session: SessionDep, desmig_staff: Annotated[str | None, Cookie()] = None
) -> StaffAccount | None:
    return auth.staff_for_token(session, desmig_staff)


StaffDep = Annotated[StaffAccount | None, Depends(current_staff)]


def _month(month: str | None) -> str:
    try:
        return check_month(month or _previous_month())
    except FiguresError as error:
        raise HTTPException(status_code=422, detail=str(error)) from error


def _money(value: float | None) -> str:
    if value is None:
        return "-"
    if float(value).is_integer():
        return f"{int(value):,}".replace(",", ".")
    return f"{value:.1f}".replace(".", ",")


@central_router.get("/login", response_class=HTMLResponse, include_in_schema=False)
def login_page(request: Request) -> HTMLResponse:
    return TEMPLATES.TemplateResponse(request, "login.html", {"message": ""})


@central_router.post("/login", include_in_schema=False)
async def login(request: Request, session: SessionDep) -> Response:
    wait = request.app.state.enrol_limiter.hit("staff:" + client_address(request))
    if wait is not None:
        return TEMPLATES.TemplateResponse(
            request,
            "login.html",
            {"message": f"Terlalu banyak percobaan. Coba lagi dalam {wait} detik."},
            status_code=429,
        )
    form = parse_qs((await request.body()).decode("utf-8", "replace"))
    username = (form.get("username") or [""])[0]
    password = (form.get("password") or [""])[0]
    staff = auth.check_password(session, username, password)
    if staff is None:
        return TEMPLATES.TemplateResponse(
            request,
            "login.html",
            {"message": "Nama pengguna atau kata sandi salah.", "username": username},
            status_code=401,
        )
    token = auth.open_session(session, staff)
    response = RedirectResponse("/central", status_code=303)
    response.set_cookie(
        auth.COOKIE,
        token,
        max_age=auth.SESSION_HOURS * 3600,
        httponly=True,
        samesite="strict",
        secure=request.url.scheme == "https",
    )
    return response


@central_router.post("/logout", include_in_schema=False)
def logout(session: SessionDep, desmig_staff: Annotated[str | None, Cookie()] = None) -> Response:
    auth.close_session(session, desmig_staff)
    response = RedirectResponse("/central/login", status_code=303)
    response.delete_cookie(auth.COOKIE)
    return response


@central_router.get("", response_class=HTMLResponse, include_in_schema=False)
def page(
    request: Request, session: SessionDep, staff: StaffDep, month: str | None = None
) -> Response:
    if staff is None:
        return RedirectResponse("/central/login", status_code=303)
    month = _month(month)
    lines = centre_lines(session, staff, month)
    return TEMPLATES.TemplateResponse(
        request,
        "central.html",
        {
            "staff": staff,
            "month": month,
            "lines": lines,
            "regencies": totals(lines, "regency"),
            "page_keys": PAGE_KEYS,
            "labels": LABELS,
            "money": _money,
            "reporting": sum(1 for line in lines if line.figures is not None),
        },
    )


@central_router.get("/api/centres")
def centres_json(session: SessionDep, staff: StaffDep, month: str | None = None) -> dict[str, Any]:
    """The page's data as JSON (staff session cookie)."""
    if staff is None:
        raise HTTPException(status_code=401, detail="sign in at /central/login first")
    month = _month(month)
    lines = centre_lines(session, staff, month)
    return {
        "month": month,
        "centres": [
            {
                "centre_id": str(line.id),
                "name": line.name,
                "village_code": line.village_code,
                "regency": line.regency,
                "province": line.province,
                "devices": line.devices,
                "last_sync": line.last_sync.isoformat() if line.last_sync else None,
                "open_conflicts": line.open_conflicts,
                "figures": line.figures,
            }
            for line in lines
        ],
    }


@central_router.get("/download", include_in_schema=False)
def download(
    session: SessionDep, staff: StaffDep, month: str | None = None, level: str = "regency"
) -> Response:
    if staff is None:
        return RedirectResponse("/central/login", status_code=303)
    month = _month(month)
    if level not in ("regency", "province"):
        raise HTTPException(status_code=422, detail="level must be regency or province")
    data = workbook(centre_lines(session, staff, month), level, month)
    name = f"desmigratif-{month}-{'kabupaten' if level == 'regency' else 'provinsi'}.xlsx"
    return Response(
        data,
        media_type="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        headers={"Content-Disposition": f'attachment; filename="{name}"'},
    )
