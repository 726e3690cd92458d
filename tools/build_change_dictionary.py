"""Writes ``desmig_desktop/store/packing_dictionary.py``: the preset dictionary with
which change entries are compressed (store/packing.py).

A dictionary, once stores hold entries packed with it, can never change: a new one gets a
new number, and packing.py keeps every older one for reading. Run this only to make such a
new dictionary, from the models and vocabularies of the day, then bump its number.

    python tools/build_change_dictionary.py 1
"""

from __future__ import annotations

import inspect
import sys
import textwrap
from enum import StrEnum
from pathlib import Path

from desmig_desktop.domain import SYNCED_MODELS, enums

TARGET = Path(__file__).resolve().parents[1] / "desmig_desktop" / "store" / "packing_dictionary.py"

# Tables with the most rows last: deflate reaches the end of the dictionary most cheaply.
BUSIEST = ("household", "savings_entry", "migration_episode", "document_item", "person")


def build() -> bytes:
    parts: list[str] = []
    for value in vars(enums).values():
        if inspect.isclass(value) and issubclass(value, StrEnum) and value is not StrEnum:
            parts.extend(f'"{member.value}"' for member in value)
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
    data = build().decode()
    lines = textwrap.wrap(data, 88, drop_whitespace=False, replace_whitespace=False)
    body = "\n".join(f"    {line!r}" for line in lines)
    TARGET.write_text(
        '"""Preset dictionaries for packed change entries (made by tools/build_change_dictionary.py;\n'
        'never edit one that stores already use)."""\n\n'
        f"DICTIONARY_{number} = (\n{body}\n).encode()\n",
        encoding="utf-8",
    )
    print(f"{TARGET}: {len(data)} bytes")


if __name__ == "__main__":
    main()
