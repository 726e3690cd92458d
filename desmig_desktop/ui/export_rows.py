"""Writing what a list shows to an Excel or CSV file (Qt-free, runs on a worker thread).

The rows are the text the officer sees, already formatted; nothing else of the store is
read here, so an export never carries more than the screen did.
"""

from __future__ import annotations

import csv
from collections.abc import Sequence
from pathlib import Path

EXCEL_SUFFIX = ".xlsx"
CSV_SUFFIX = ".csv"
# Excel refuses sheet titles longer than this.
_SHEET_TITLE_MAX = 31


def write_rows(
    path: Path, headers: Sequence[str], rows: Sequence[Sequence[str]], *, title: str = ""
) -> Path:
    """Write ``headers`` and ``rows`` to ``path``: Excel for ``.xlsx``, CSV otherwise.

    The CSV file is UTF-8 with a byte order mark and semicolons, which is what Excel on
    an Indonesian Windows opens correctly by double-click.
    """
    path = Path(path)
    if path.suffix.lower() == EXCEL_SUFFIX:
        # Imported here: openpyxl costs a fifth of a second at every start otherwise.
        from openpyxl import Workbook
        from openpyxl.utils import get_column_letter

        book = Workbook()
        sheet = book.active
        sheet.title = (title or "Data")[:_SHEET_TITLE_MAX]
        sheet.append(list(headers))
        for row in rows:
            sheet.append(list(row))
        for number, header in enumerate(headers, start=1):
            longest = max([len(str(header)), *(len(str(r[number - 1])) for r in rows[:200])])
            sheet.column_dimensions[get_column_letter(number)].width = min(60, longest + 2)
        sheet.freeze_panes = "A2"
        book.save(path)
    else:
        with path.open("w", encoding="utf-8-sig", newline="") as handle:
            writer = csv.writer(handle, delimiter=";")
            writer.writerow(list(headers))
            writer.writerows(list(row) for row in rows)
    return path
