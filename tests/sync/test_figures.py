"""After each sync round a laptop sends its centre's key monthly figures for the server's
central page, counted by the monthly report's own code."""

from __future__ import annotations

import json
from datetime import date, timedelta
from pathlib import Path

from desmig_desktop.reports import ReportService
from desmig_desktop.seed import seed


def test_a_sync_round_sends_this_and_last_month_s_figures(
    start_server, laptops, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    server = start_server()
    a = laptops(server, "a", code=server.code)
    seed(a.services, 40, seed=2)
    assert a.sync().complete
    today = date.today()
    months = [(today.replace(day=1) - timedelta(days=1)).strftime("%Y-%m"), today.strftime("%Y-%m")]
    rows = dict(server.query("SELECT month, figures FROM centre_summary ORDER BY month"))
    assert sorted(rows) == sorted(months)
    reports = ReportService(a.store, a.services.actor)
    for month in months:
        assert json.loads(rows[month]) == reports.key_figures(month)
    assert "departures" in json.loads(rows[months[0]])


def test_the_officer_is_told_when_a_newer_app_is_handed_out(start_server, laptops) -> None:  # type: ignore[no-untyped-def]
    server = start_server(DESMIG_LATEST_CLIENT_VERSION="9.1.0")
    a = laptops(server, "a", code=server.code)
    result = a.sync()
    assert result.complete and result.newer_version == "9.1.0"


def test_no_notice_when_the_app_is_the_newest(start_server, laptops) -> None:  # type: ignore[no-untyped-def]
    server = start_server()  # the server's own version, the same as the app's
    a = laptops(server, "a", code=server.code)
    assert a.sync().newer_version is None
