"""Adds a preset dictionary for packed change entries (store/packing.py) to
``desmig_desktop/store/packing_dictionary.py``.

A dictionary, once stores hold entries packed with it, can never change: a new one gets a
new number and is appended to that file, and packing.py keeps every older one for reading.
Run this only to make such a new dictionary, from the models and vocabularies of the day:

    python tools/build_change_dictionary.py 3
"""

from __future__ import annotations

import inspect
import re
import sys
import textwrap
from enum import StrEnum
from pathlib import Path

from desmig_desktop.domain import SYNCED_MODELS, enums

TARGET = Path(__file__).resolve().parents[1] / "desmig_desktop" / "store" / "packing_dictionary.py"

# Tables with the most rows last: deflate reaches the end of the dictionary most cheaply.
BUSIEST = (
    "household",
    "savings_entry",
    "migration_episode",
    "consent",
    "document_item",
    "person",
)


def build() -> bytes:
    parts: list[str] = []
    for value in vars(enums).values():
        if inspect.isclass(value) and issubclass(value, StrEnum) and value is not StrEnum:
            parts.extend(f'"{member.value}"' for member in value)
    # A consent's purposes are stored comma-separated in the enum's order: every choice
    # is a part of the whole list.
    parts.append('"' + ",".join(member.value for member in enums.ConsentPurpose) + '"')
    models = sorted(
        SYNCED_MODELS,
        key=lambda m: BUSIEST.index(m.__tablename__) if m.__tablename__ in BUSIEST else -1,
    )
    for model in models:
        names = sorted(column.name for column in model.__table__.c)  # type: ignore[attr-defined]
        parts.append("{" + ",".join(f'"{name}":"' for name in names) + "}")
    # Shapes of values every entry has: dates, phone numbers, a UUID's dashes.
    parts.append('"+628","-01-01","-12-31","2026-","2025-","-7","-8","-9","-a","-b":null,')
    return "".join(parts).encode()


def main() -> None:
    number = int(sys.argv[1])
    source = TARGET.read_text(encoding="utf-8")
    if re.search(rf"^DICTIONARY_{number} = ", source, re.MULTILINE):
        raise SystemExit(f"DICTIONARY_{number} exists already: stores may use it, never rebuild it")
    data = build()
    lines = textwrap.wrap(repr(data)[2:-1], 88, drop_whitespace=False, replace_whitespace=False)
    body = "\n".join(f"    b'{line}'" for line in lines)
    with TARGET.open("a", encoding="utf-8") as handle:
        handle.write(f"\nDICTIONARY_{number} = (\n{body}\n)\n")
    print(f"{TARGET}: DICTIONARY_{number}, {len(data)} bytes")


if __name__ == "__main__":
    main()
