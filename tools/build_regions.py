"""Build ``resources/regions/wilayah.txt.gz`` from the Kemendagri region list.

Usage::

    python tools/build_regions.py path/to/wilayah.csv [--output resources/regions/wilayah.txt.gz]

The input is the ``kode,nama`` CSV described in ``resources/regions/README.md``; the
format written is documented in ``desmig_desktop/regions.py``, which reads it. Codes and
names are kept exactly (even a stray trailing space), so the file can always be checked
against its source. The output is byte-for-byte reproducible: same CSV, same file.
"""

from __future__ import annotations

import argparse
import csv
import gzip
import hashlib
import io
import re
import sys
from collections.abc import Sequence
from itertools import groupby
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
# Run as a plain script the package may not be importable; the repository root makes it so.
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from desmig_desktop.regions import (  # noqa: E402
    DATA_FILE_NAME,
    FORMAT_MAGIC,
    FORMAT_VERSION,
    LEVELS,
)

DEFAULT_OUTPUT = ROOT / "resources" / "regions" / DATA_FILE_NAME
_CODE = re.compile(r"\d{2}(?:\.\d{2}(?:\.\d{2}(?:\.\d{4})?)?)?")


def read_regions(source: Path) -> list[tuple[str, str]]:
    """The ``(code, name)`` rows of the CSV, checked and in code order.

    Raises ``ValueError`` on anything the loader could not represent faithfully.
    """
    with source.open(encoding="utf-8", newline="") as f:
        reader = csv.reader(f)
        header = next(reader, None)
        if header != ["kode", "nama"]:
            raise ValueError(f"{source}: expected the header kode,nama, found {header}")
        rows: list[tuple[str, str]] = []
        for line, row in enumerate(reader, start=2):
            if len(row) != 2:
                raise ValueError(f"{source}:{line}: expected 2 columns, found {len(row)}")
            code, name = row
            if not _CODE.fullmatch(code):
                raise ValueError(f"{source}:{line}: malformed code {code!r}")
            if not name.strip() or "\n" in name or "\r" in name or "\t" in name:
                raise ValueError(f"{source}:{line}: unusable name {name!r} for {code}")
            rows.append((code, name))
    # Fixed-width segments make string order the numeric order the loader bisects on.
    rows.sort()
    codes = [code for code, _ in rows]
    known = set(codes)
    if len(known) != len(codes):
        raise ValueError(f"{source}: duplicate codes")
    orphans = [c for c in codes if "." in c and c.rpartition(".")[0] not in known]
    if orphans:
        raise ValueError(f"{source}: regions without a parent, e.g. {orphans[:5]}")
    return rows


def encode(rows: Sequence[tuple[str, str]], source_sha256: str) -> str:
    """The text of the region file for ``rows`` (sorted by code)."""
    out = io.StringIO()
    out.write(f"{FORMAT_MAGIC}\t{FORMAT_VERSION}\tsha256={source_sha256}\n")
    for depth, level in enumerate(LEVELS, start=1):
        level_rows = [(c, n) for c, n in rows if c.count(".") + 1 == depth]
        groups = [
            (parent, len(list(members)))
            for parent, members in groupby(level_rows, key=lambda row: row[0].rpartition(".")[0])
        ]
        out.write(f"{level}\t{len(level_rows)}\t{len(groups)}\n")
        out.writelines(f"{parent}\t{size}\n" for parent, size in groups)
        out.writelines(code.rpartition(".")[2] + "\n" for code, _ in level_rows)
        out.writelines(name + "\n" for _, name in level_rows)
    return out.getvalue()


def build(source: Path, output: Path = DEFAULT_OUTPUT) -> Path:
    """Read ``source``, write the compressed region file to ``output`` and return it."""
    digest = hashlib.sha256(source.read_bytes()).hexdigest()
    text = encode(read_regions(source), digest)
    # mtime=0 keeps the gzip header, and so the committed file, reproducible.
    data = gzip.compress(text.encode("utf-8"), compresslevel=9, mtime=0)
    output.parent.mkdir(parents=True, exist_ok=True)
    output.write_bytes(data)
    return output


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("source", type=Path, help="wilayah.csv (kode,nama)")
    parser.add_argument("--output", type=Path, default=DEFAULT_OUTPUT, help="file to write")
    args = parser.parse_args(argv)
    output = build(args.source, args.output)
    print(f"wrote {output} ({output.stat().st_size:,} bytes)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
