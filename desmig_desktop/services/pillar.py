"""What the pillar services (migration, protection, enterprise, parenting, cooperative,
vocational) share: their own write session or the caller's, input cleaning, and the
checks every form needs (whole rupiah, counts, dates, people merged away)."""

from __future__ import annotations

import uuid
from collections.abc import Iterable, Iterator, Mapping
from contextlib import contextmanager
from datetime import date
from typing import Any, ClassVar

from sqlmodel import Session

from .. import i18n
from ..domain import Person, SyncedRecord
from ..validation import Problem
from .base import Service, not_negative, required
from .errors import ValidationFailed

i18n.register(
    {
        "pillar.too_long": {
            "id": "{field} terlalu panjang: paling banyak {max} karakter, yang tertulis {length}. Persingkat isinya.",
            "en": "{field} is too long: at most {max} characters, this has {length}. Shorten it.",
        },
        "pillar.person_merged": {
            "id": "Data orang ini sudah digabung ke data lain (data ganda). Buka data hasil penggabungan lalu catat di sana.",
            "en": "This person's record was merged into another one (a duplicate). Open the merged record and record it there.",
        },
        "pillar.whole_rupiah": {
            "id": "{field} harus berupa jumlah rupiah bulat tanpa sen, misalnya 50000.",
            "en": "{field} must be a whole number of rupiah without cents, e.g. 50000.",
        },
        "pillar.whole_number": {
            "id": "{field} harus berupa bilangan bulat, misalnya 12.",
            "en": "{field} must be a whole number, e.g. 12.",
        },
        "pillar.not_a_date": {
            "id": "{field} harus berupa tanggal.",
            "en": "{field} must be a date.",
        },
    }
)

_LOCKED = frozenset({"id", "centre_id", "created_at", "updated_at", "deleted"})


def show_date(d: date | None) -> str:
    """A date as officers read it (day first, as on the KTP)."""
    return d.strftime("%d-%m-%Y") if d is not None else "-"


def is_whole_rupiah(value: Any) -> bool:
    # bool is an int subclass; a float or Decimal would carry cents the ledger cannot hold.
    return isinstance(value, int) and not isinstance(value, bool)


class PillarService(Service):
    """Helpers shared by the pillar services (migration, protection, enterprise,
    parenting, cooperative, vocational).

    ``label_prefix`` names the catalogue where the service's field labels live
    (``<prefix>.label.<field>``), so messages name a field the way the form does.
    """

    label_prefix: ClassVar[str] = ""

    def label(self, field: str) -> str:
        return i18n.t(f"{self.label_prefix}.label.{field}")

    @contextmanager
    def writing(self, session: Session | None) -> Iterator[Session]:
        """The caller's session, or a short-lived write session of our own.

        A caller that passes a session (an import, another service) owns the unit of work;
        otherwise each public write is its own transaction, committed or rolled back whole.
        """
        if session is not None:
            yield session
            return
        with self.store.write(self.actor.username) as own:
            yield own

    def clean(
        self, model: type[SyncedRecord], fields: Mapping[str, Any], allowed: Iterable[str]
    ) -> tuple[dict[str, Any], list[Problem]]:
        """``fields`` stripped (blank text becomes ``None``) and the problems with them:
        unknown fields, and text longer than its column.

        Lengths are checked here because SQLite would store the long text and the
        server's PostgreSQL would then refuse the record at sync.
        """
        allowed = set(allowed)
        unknown = sorted(set(fields) - allowed)
        if unknown:
            raise ValidationFailed(
                [
                    Problem(f, "field.unknown", i18n.t("field.unknown", field=f), "error")
                    for f in unknown
                ]
            )
        clean: dict[str, Any] = {}
        problems: list[Problem] = []
        columns = model.__table__.c  # type: ignore[attr-defined]
        for name, value in fields.items():
            if isinstance(value, str):
                value = value.strip() or None
            clean[name] = value
            length = getattr(columns[name].type, "length", None)
            if isinstance(value, str) and length is not None and len(value) > length:
                problems.append(
                    Problem(
                        name,
                        "pillar.too_long",
                        i18n.t(
                            "pillar.too_long", field=self.label(name), max=length, length=len(value)
                        ),
                        "error",
                    )
                )
        return clean, problems

    def whole_rupiah(self, field: str, value: Any) -> list[Problem]:
        if not is_whole_rupiah(value):
            return [
                Problem(
                    field,
                    "pillar.whole_rupiah",
                    i18n.t("pillar.whole_rupiah", field=self.label(field)),
                    "error",
                )
            ]
        return []

    def whole_number(self, field: str, value: Any) -> list[Problem]:
        """A count (people, workers, months): a whole number, zero or more."""
        if value is None:
            return required(field, None, self.label(field))
        if not is_whole_rupiah(value):
            return [
                Problem(
                    field,
                    "pillar.whole_number",
                    i18n.t("pillar.whole_number", field=self.label(field)),
                    "error",
                )
            ]
        return not_negative(field, value, self.label(field))

    def is_date(self, field: str, value: Any, *, optional: bool = True) -> list[Problem]:
        if value is None:
            return [] if optional else required(field, None, self.label(field))
        if not isinstance(value, date):
            return [
                Problem(
                    field,
                    "pillar.not_a_date",
                    i18n.t("pillar.not_a_date", field=self.label(field)),
                    "error",
                )
            ]
        return []

    def person(self, session: Session, person_id: uuid.UUID) -> Person:
        """A live person of this centre; refused if the record was merged into another."""
        person = self.get(session, Person, person_id)
        if person.merged_into_id is not None:
            raise ValidationFailed(
                [
                    Problem(
                        "person_id", "pillar.person_merged", i18n.t("pillar.person_merged"), "error"
                    )
                ]
            )
        return person

    def set_fields(self, session: Session, record: SyncedRecord, fields: Mapping[str, Any]) -> None:
        """Write only the fields whose value really changes (fewer changes to sync)."""
        changed = {k: v for k, v in fields.items() if k not in _LOCKED and getattr(record, k) != v}
        if changed:
            self.change(session, record, **changed)
