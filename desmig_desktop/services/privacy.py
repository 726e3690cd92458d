"""The rights of the person (UU 27/2022 on personal data protection): access to
everything the centre holds about them.

"Everything" is found by following the store's own references, not a list kept by hand:
the person's record, every record that refers to it (journeys, cases, memberships,
enrolments...), every record that refers to those (documents, follow-ups, savings,
repayments...), and so on; plus the household and the sessions or trainings those records
point to, for context; plus the change history of each record. A table added later is
covered without touching this module.
"""

from __future__ import annotations

import json
import os
import uuid
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from sqlalchemy import inspect, select
from sqlmodel import Session, col

from .. import i18n
from ..domain import MODEL_BY_TABLE, SECRET_FIELDS, SYNCED_MODELS, Person, SyncedRecord
from ..domain.enums import Role
from ..store.changes import to_json_value
from ..store.erasure import ERASED, PERSONAL_FIELDS, encode_targets, scrub_history
from ..store.local import ChangeEntry
from . import audit
from .base import Service
from .errors import NotFound

i18n.register(
    {
        "privacy.export_action": {
            "id": "mengekspor data pribadi seseorang",
            "en": "export a person's personal data",
        },
        "privacy.no_person": {
            "id": "Tidak ada penduduk dengan NIK {nik} di pusat layanan ini.",
            "en": "No person with NIK {nik} is registered at this centre.",
        },
        "privacy.write_failed": {
            "id": "Data orang ini tidak bisa ditulis ke {path}: {error}. Pilih folder lain yang ada dan bisa ditulisi.",
            "en": "The person's data cannot be written to {path}: {error}. Choose another folder that exists and is writable.",
        },
        "privacy.erase_action": {
            "id": "menghapus data pribadi seseorang",
            "en": "erase a person's personal data",
        },
        "privacy.erased": {
            "id": "Data pribadi penduduk dengan NIK {nik} telah dihapus dari {records} catatan dan riwayatnya. Penghapusan ini tercatat dan ikut tersinkron. Cadangan lama terhapus sendiri setelah 14 hari.",
            "en": "The personal data of the person with NIK {nik} was erased from {records} records and their history. The erasure is recorded and syncs. Old backups expire by themselves after 14 days.",
        },
        "privacy.exported": {
            "id": "Semua data tentang {name} tersimpan di {path} ({records} catatan). Berkas ini tidak dilindungi kata sandi: serahkan langsung kepada yang bersangkutan dan hapus salinannya.",
            "en": "Everything about {name} was written to {path} ({records} records). The file is not password-protected: hand it to the person and delete the copy.",
        },
    }
)

# Records that are about many people (a session, a training, the cooperative): shown for
# context when the person's records point to them, never followed to their other rows.
SHARED_TABLES = frozenset(
    {
        "centre",
        "user_account",
        "household",
        "info_session",
        "enterprise_training",
        "parenting_session",
        "cooperative",
        "vocational_training",
    }
)


def _references() -> dict[str, list[tuple[str, str]]]:
    """For each table, the (child table, column) pairs that point at its rows."""
    found: dict[str, list[tuple[str, str]]] = {}
    for model in SYNCED_MODELS:
        table = model.__table__  # type: ignore[attr-defined]
        for column in table.columns:
            for key in column.foreign_keys:
                target = key.column.table.name
                if column.name == "centre_id":
                    continue
                found.setdefault(target, []).append((table.name, column.name))
    return found


def _row(record: SyncedRecord) -> dict[str, Any]:
    table = str(record.__tablename__)
    secret = SECRET_FIELDS.get(table, frozenset())
    return {
        column.key: to_json_value(getattr(record, column.key))
        for column in inspect(type(record)).columns
        if column.key not in secret
    }


@dataclass
class PersonExport:
    """Everything held about one person, ready to be written as JSON."""

    person: dict[str, Any]
    records: dict[str, list[dict[str, Any]]] = field(default_factory=dict)
    context: dict[str, list[dict[str, Any]]] = field(default_factory=dict)
    history: list[dict[str, Any]] = field(default_factory=list)
    made_at: str = ""
    made_by: str = ""

    @property
    def record_count(self) -> int:
        return 1 + sum(len(rows) for rows in self.records.values())

    def as_json(self) -> dict[str, Any]:
        return {
            "dibuat": self.made_at,
            "dibuat_oleh": self.made_by,
            "keterangan": (
                "Semua data tentang orang ini yang disimpan pusat layanan Desmigratif "
                "(UU 27/2022 tentang Pelindungan Data Pribadi)."
            ),
            "penduduk": self.person,
            "catatan": self.records,
            "konteks": self.context,
            "riwayat_perubahan": self.history,
        }


class PrivacyService(Service):
    """Access to a person's data on request (supervisors and admins)."""

    def find_by_nik(self, session: Session, nik: str) -> Person:
        person = session.execute(
            select(Person).where(
                col(Person.centre_id) == self.actor.centre_id,
                col(Person.nik) == nik.strip(),
                col(Person.deleted).is_(False),
            )
        ).scalar_one_or_none()
        if person is None:
            raise NotFound(i18n.t("privacy.no_person", nik=nik))
        return person

    def export_person(self, nik: str) -> PersonExport:
        """Everything held about the person with ``nik`` (supervisors and admins)."""
        with self.store.read() as session:
            person_id = self.find_by_nik(session, nik).id
        return self.export_person_id(person_id)

    def export_person_id(self, person_id: uuid.UUID) -> PersonExport:
        """The same for a record (people without a NIK have rights too)."""
        self.check_role(Role.SUPERVISOR, i18n.t("privacy.export_action"))
        references = _references()
        with self.store.read() as session:
            person = self.get(session, Person, person_id)
            export = PersonExport(person=_row(person))
            seen: set[uuid.UUID] = {person.id}
            queue: list[tuple[str, uuid.UUID]] = [("person", person.id)]
            collected: list[SyncedRecord] = [person]
            while queue:
                table, row_id = queue.pop(0)
                for child_table, column in references.get(table, []):
                    model = MODEL_BY_TABLE[child_table]
                    rows = session.execute(
                        select(model).where(
                            getattr(model, column) == row_id,
                            col(model.centre_id) == self.actor.centre_id,
                        )
                    ).scalars()
                    for record in rows:
                        if record.id in seen:
                            continue
                        seen.add(record.id)
                        collected.append(record)
                        export.records.setdefault(child_table, []).append(_row(record))
                        if child_table not in SHARED_TABLES:
                            queue.append((child_table, record.id))
            # The shared records those point to (the household, the sessions...).
            for record in collected:
                for column in inspect(type(record)).columns:
                    for key in column.foreign_keys:
                        target = key.column.table.name
                        value = getattr(record, column.key)
                        if target not in SHARED_TABLES or target == "centre" or value is None:
                            continue
                        if value in seen:
                            continue
                        shared = session.get(MODEL_BY_TABLE[target], value)
                        if shared is not None:
                            seen.add(value)
                            export.context.setdefault(target, []).append(_row(shared))
            ids = [record.id for record in collected]
            for start in range(0, len(ids), 500):
                entries = session.execute(
                    select(ChangeEntry)
                    .where(col(ChangeEntry.row_id).in_(ids[start : start + 500]))
                    .order_by(col(ChangeEntry.hlc), col(ChangeEntry.id))
                ).scalars()
                for entry in entries:
                    secret = SECRET_FIELDS.get(entry.table_name, frozenset())
                    changes = {
                        k: v for k, v in json.loads(entry.changes).items() if k not in secret
                    }
                    export.history.append(
                        {
                            "waktu": to_json_value(entry.at),
                            "oleh": entry.user,
                            "tabel": entry.table_name,
                            "id": str(entry.row_id),
                            "perubahan": entry.op,
                            "nilai": changes,
                        }
                    )
        export.made_at = datetime.now(UTC).isoformat(timespec="seconds")
        export.made_by = self.actor.username
        # The record id, not the NIK: the audit trail must not become a copy of the data.
        audit.record(self.store, self.actor.username, "export_person", str(person.id))
        return export


# Text columns that may not be empty get the marker instead of nothing.
_REQUIRED_TEXT = {
    ("person", "name"),
    ("consultation", "topic"),
    ("case_follow_up", "action"),
    ("enterprise", "name"),
}


@dataclass
class ErasureResult:
    records: int
    history_entries: int
    files: int


# Text that must be there when something else is (a guardian's name on a consent they
# gave, the reason of a withdrawal): the marker where it was filled, nothing where not, so
# the record still passes the laptop's and the server's rules (validation.check_consent).
_TEXT_KEPT_IF_FILLED = {("consent", "giver_name"), ("consent", "withdrawn_reason")}


def _erased_value(table: str, name: str, value: Any) -> Any:
    if name == "birth_date" and value is not None:
        return value.replace(month=1, day=1)  # the year, for age statistics
    if (table, name) in _REQUIRED_TEXT:
        return ERASED
    if (table, name) in _TEXT_KEPT_IF_FILLED and value:
        return ERASED
    return None


class ErasureService(PrivacyService):
    """Erasure on request: admins only, recorded, synced."""

    def erase_person(self, nik: str, reason: str = "") -> ErasureResult:
        self.check_role(Role.ADMIN, i18n.t("privacy.erase_action"))
        with self.store.read() as session:
            person_id = self.find_by_nik(session, nik).id
        return self.erase_person_id(person_id, reason)

    def erase_person_id(self, person_id: uuid.UUID, reason: str = "") -> ErasureResult:
        from .. import paths
        from ..domain import PersonErasure

        self.check_role(Role.ADMIN, i18n.t("privacy.erase_action"))
        export = self.export_person_id(person_id)
        person_id = uuid.UUID(export.person["id"])
        targets: list[tuple[str, uuid.UUID]] = [("person", person_id)] + [
            (table, uuid.UUID(row["id"]))
            for table, rows in export.records.items()
            for row in rows
            if PERSONAL_FIELDS.get(table)
        ]
        files: list[Path] = []
        with self.store.write(self.actor.username) as session:
            for table, row_id in targets:
                model = MODEL_BY_TABLE[table]
                record = self.get(session, model, row_id, include_deleted=True)
                attachment = getattr(record, "attachment", None)
                if attachment:
                    files.append(paths.attachments_dir() / str(attachment))
                after = {
                    name: _erased_value(table, name, getattr(record, name))
                    for name in PERSONAL_FIELDS[table]
                }
                values = {name: v for name, v in after.items() if getattr(record, name) != v}
                if table == "person":
                    values["flags"] = ""
                if values:
                    self.change(session, record, **values)
            # Synced: the server and the other laptops empty their histories too.
            self.add(
                session,
                PersonErasure,
                person_id=person_id,
                erased_by=self.actor.username,
                reason=reason.strip()[:300],
                records=encode_targets(targets),
            )
            session.flush()
            # The history is part of what the store holds about them.
            scrubbed = scrub_history(session, targets)
            audit.record(session, self.actor.username, "erase_person", str(person_id))
        for file in files:
            file.unlink(missing_ok=True)
        return ErasureResult(records=len(targets), history_entries=scrubbed, files=len(files))


def write_person_export(export: PersonExport, path: Path) -> Path:
    """The export as indented JSON, written beside ``path`` and renamed into place."""
    partial = path.with_name(path.name + ".partial")
    with partial.open("w", encoding="utf-8") as handle:
        json.dump(export.as_json(), handle, ensure_ascii=False, indent=2, sort_keys=False)
        handle.write("\n")
        handle.flush()
        os.fsync(handle.fileno())
    partial.replace(path)
    return path
