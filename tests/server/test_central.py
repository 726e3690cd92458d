"""The central page: laptops send their centre's monthly figures; staff sign in and see
every centre of their region with its last sync and open conflicts, and download the
figures added up by regency or province. Through the API on both databases, and in
Debian's chromium (headless)."""

from __future__ import annotations

import io
import os
import shutil
import uuid
from collections.abc import Callable
from pathlib import Path

import pytest
import requests
from openpyxl import load_workbook
from sqlalchemy.engine import Engine

from desmig_server.central.auth import add_staff
from desmig_server.cli import main as server_main
from desmig_server.core.db import begin_write, new_session

from .conftest import VILLAGE_A, Laptop, ThreadedServer

# A village of another regency (Kabupaten Banyumas, 33.02) and another province (Jawa
# Timur, 35), from the region data.
VILLAGE_BANYUMAS = "33.02.01.2001"
VILLAGE_JATIM = "35.01.01.2001"
MONTH = "2026-10"
PASSWORD = "rahasia-pusat-1"


def _staff(engine: Engine, username: str, region: str = "") -> None:
    with new_session(engine) as session:
        begin_write(session)
        add_staff(session, username=username, password=PASSWORD, region=region)
        session.commit()


def _sign_in(server: ThreadedServer, username: str) -> requests.Session:
    browser = requests.Session()
    answer = browser.post(
        server.url + "/central/login",
        data={"username": username, "password": PASSWORD},
        allow_redirects=False,
        timeout=30,
    )
    assert answer.status_code == 303, answer.text
    assert "httponly" in answer.headers["set-cookie"].lower()
    return browser


def _figures(departures: int, members: int, rate: float = 80.0) -> dict[str, float]:
    return {"departures": departures, "returns": 1, "members": members, "attendance_rate": rate}


def test_figures_sync_state_and_totals_through_the_api(
    server: ThreadedServer, engine: Engine, enrol: Callable[..., Laptop]
) -> None:
    siti, andi = enrol(user="siti"), enrol(name="Laptop 2", user="andi")
    banyumas = enrol(VILLAGE_BANYUMAS)
    enrol(VILLAGE_JATIM)
    # A conflict for the centre of village A: both laptops change one phone number.
    row = uuid.uuid4()
    siti.push(siti.insert_person(row))
    andi.pull_all()
    siti.push(siti.update("person", row, phone="+6281111111111"))
    andi.push(andi.update("person", row, phone="+6282222222222"))

    for laptop, figures in ((siti, _figures(3, 40, 90.0)), (banyumas, _figures(5, 10, 70.0))):
        answer = laptop.api.post("/api/v1/summary", json={"month": MONTH, "figures": figures})
        assert answer.status_code == 204, answer.text
    # The later count of a centre replaces the earlier one.
    assert (
        andi.api.post(
            "/api/v1/summary", json={"month": MONTH, "figures": _figures(4, 41, 90.0)}
        ).status_code
        == 204
    )
    bad = siti.api.post("/api/v1/summary", json={"month": MONTH, "figures": {"departures": -1}})
    assert bad.status_code == 422 and "at least 0" in bad.json()["detail"]
    unknown = siti.api.post("/api/v1/summary", json={"month": "2026-13", "figures": {}})
    assert unknown.status_code == 422
    assert (
        requests.post(
            server.url + "/api/v1/summary",
            json={"month": MONTH, "figures": {}},
            headers={"X-Desmig-Client-Version": "0.1.0"},
            timeout=30,
        ).status_code
        == 401
    )

    _staff(engine, "kemnaker")
    _staff(engine, "cilacap", region="33.01")
    # Without signing in there is nothing to see.
    assert requests.get(server.url + "/central/api/centres", timeout=30).status_code == 401
    wrong = requests.post(
        server.url + "/central/login",
        data={"username": "kemnaker", "password": "salah"},
        timeout=30,
    )
    assert wrong.status_code == 401 and "salah" in wrong.text

    ministry = _sign_in(server, "kemnaker")
    everything = ministry.get(server.url + f"/central/api/centres?month={MONTH}", timeout=30).json()
    by_village = {c["village_code"]: c for c in everything["centres"]}
    assert set(by_village) == {VILLAGE_A, VILLAGE_BANYUMAS, VILLAGE_JATIM}
    assert by_village[VILLAGE_A]["devices"] == 2
    assert by_village[VILLAGE_A]["open_conflicts"] == 1
    assert by_village[VILLAGE_A]["last_sync"] is not None
    assert by_village[VILLAGE_A]["figures"]["departures"] == 4
    assert by_village[VILLAGE_JATIM]["figures"] is None
    assert (
        by_village[VILLAGE_JATIM]["regency"]
        and by_village[VILLAGE_JATIM]["province"] == "Jawa Timur"
    )

    regency = _sign_in(server, "cilacap")
    mine = regency.get(server.url + f"/central/api/centres?month={MONTH}", timeout=30).json()
    assert [c["village_code"] for c in mine["centres"]] == [VILLAGE_A]

    download = ministry.get(
        server.url + f"/central/download?month={MONTH}&level=province", timeout=30
    )
    assert download.status_code == 200
    sheet = load_workbook(io.BytesIO(download.content))["Per provinsi"]
    rows = {row[0]: row for row in sheet.iter_rows(min_row=4, values_only=True)}
    header = [cell.value for cell in sheet[3]]
    departures = header.index("Berangkat")
    rate = header.index("Kehadiran parenting (%)")
    assert rows["33"][1] == "Jawa Tengah" and rows["33"][2:4] == (2, 2)
    assert rows["33"][departures] == 9  # 4 (Cilacap) + 5 (Banyumas)
    assert rows["33"][rate] == 80.0  # the mean of 90 and 70
    assert rows["35"][2:4] == (1, 0)

    page = ministry.get(server.url + f"/central?month={MONTH}", timeout=30)
    assert "Konflik terbuka" in page.text and "angka bulan ini belum dikirim" in page.text
    ministry.post(server.url + "/central/logout", timeout=30)
    assert ministry.get(server.url + "/central/api/centres", timeout=30).status_code == 401


def test_add_staff_from_the_command_line(
    database_url: str, engine: Engine, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    secret = tmp_path / "pw"
    secret.write_text(PASSWORD + "\n", encoding="utf-8")
    base = ["--database-url", database_url, "add-staff", "--password-file", str(secret)]
    assert server_main([*base, "--username", "banyumas", "--region", "33.02"]) == 0
    assert '"username": "banyumas"' in capsys.readouterr().out
    assert server_main([*base, "--username", "banyumas"]) == 1
    assert "already exists" in capsys.readouterr().err
    assert server_main([*base, "--username", "x", "--region", "99.99"]) == 1
    assert "not a province or regency" in capsys.readouterr().err


def _chromium() -> tuple[str, str] | None:
    browser = shutil.which("chromium") or shutil.which("chromium-browser")
    driver = shutil.which("chromedriver")
    return (browser, driver) if browser and driver else None


@pytest.mark.parametrize("backend", ["sqlite"], indirect=True)
def test_the_page_in_headless_chromium(
    server: ThreadedServer, engine: Engine, enrol: Callable[..., Laptop]
) -> None:
    found = _chromium()
    if found is None:
        if os.environ.get("CI"):
            pytest.fail("chromium and chromedriver are not installed (.ci/run installs them)")
        pytest.skip("chromium and chromedriver are not installed")
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service
    from selenium.webdriver.common.by import By
    from selenium.webdriver.support.ui import WebDriverWait

    laptop = enrol()
    laptop.api.post("/api/v1/summary", json={"month": MONTH, "figures": _figures(7, 33)})
    enrol(VILLAGE_BANYUMAS)
    _staff(engine, "kemnaker")

    options = webdriver.ChromeOptions()
    options.binary_location = found[0]
    for argument in ("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage"):
        options.add_argument(argument)
    driver = webdriver.Chrome(service=Service(found[1]), options=options)
    # Every look-up waits for the page it needs (a click starts a navigation, no more).
    driver.implicitly_wait(15)
    wait = WebDriverWait(driver, 15)
    try:
        driver.get(server.url + "/central")
        assert driver.current_url.endswith("/central/login")  # sent to sign in first
        driver.find_element(By.ID, "username").send_keys("kemnaker")
        driver.find_element(By.ID, "password").send_keys("salah sekali")
        driver.find_element(By.ID, "sign-in").click()
        assert "salah" in driver.find_element(By.CSS_SELECTOR, "[role=alert]").text
        driver.find_element(By.ID, "password").send_keys(PASSWORD)
        driver.find_element(By.ID, "sign-in").click()
        wait.until(lambda d: d.current_url.endswith("/central"))
        month = driver.find_element(By.ID, "month")
        driver.execute_script("arguments[0].value = arguments[1]", month, MONTH)
        month.submit()
        wait.until(lambda d: f"month={MONTH}" in d.current_url)
        rows = driver.find_elements(By.CSS_SELECTOR, "#centres tr")
        texts = [row.text for row in rows[1:]]
        assert len(texts) == 2
        assert any("Kesugihan" in text and "7" in text and "33" in text for text in texts)
        assert any("belum dikirim" in text for text in texts)
        regencies = driver.find_element(By.ID, "regencies").text
        assert "Cilacap" in regencies and "Banyumas" in regencies
        link = driver.find_element(By.ID, "download-province").get_attribute("href")
        assert link is not None and f"month={MONTH}" in link and "level=province" in link
    finally:
        driver.quit()
