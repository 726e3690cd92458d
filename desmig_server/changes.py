"""Checking one pushed change against the laptop's domain (no database here).

The tables, their fields and types come from :mod:`desmig_desktop.domain`, and identity
numbers are judged by :mod:`desmig_desktop.validation`, exactly as on the laptop, so a
record the desktop services accept is accepted here and vice versa. Values are
normalised to one JSON form (canonical UUIDs, ISO dates, UTC datetimes) before they are
merged and sent on to the other laptops.
"""

from __future__ import annotations

import json
import math
import re
import uuid
from dataclasses import dataclass
from datetime import UTC, date, datetime
from functools import cache, lru_cache
from typing import Any

import orjson
from pydantic_core import PydanticUndefined
from sqlalchemy import Boolean, Date, Float, Integer, String, TypeDecorator, Uuid, inspect

from desmig_desktop.domain import MODEL_BY_TABLE
from desmig_desktop.domain.base import UTCDateTime, UUIDBytes
from desmig_desktop.validation import check_consent, check_kk, check_nik

OPS = ("insert", "update", "delete")
MAX_USER = 60
MAX_HLC = 40


class ChangeRejected(ValueError):
    """A change the server refuses; the message is the reason sent back to the laptop."""


@dataclass(frozen=True, slots=True)
class ColumnSpec:
    name: str
    kind: str  # uuid | str | int | float | bool | date | datetime
    nullable: bool
    max_length: int | None
    required: bool  # on insert: not nullable and no default
    default: Any  # PydanticUndefined when none
    default_factory: Any


def _kind(column_type: Any) -> str:
    # The desktop's own types first: TypeDecorators, whose storage says nothing of the
    # JSON form (UUIDs are bytes, times integers on a laptop).
    if isinstance(column_type, UTCDateTime):
        return "datetime"
    if isinstance(column_type, UUIDBytes):
        return "uuid"
    if isinstance(column_type, TypeDecorator):  # sqlmodel's AutoString and the like
        column_type = column_type.impl_instance
    for sa_type, kind in (
        (Uuid, "uuid"),
        (Boolean, "bool"),
        (Integer, "int"),
        (Float, "float"),
        (Date, "date"),
        (String, "str"),
    ):
        if isinstance(column_type, sa_type):
            return kind
    raise TypeError(f"no JSON form known for column type {column_type!r}")


@cache
def columns_of(table: str) -> dict[str, ColumnSpec]:
    """The columns of a synced table, from the desktop's model."""
    model = MODEL_BY_TABLE[table]
    specs: dict[str, ColumnSpec] = {}
    for column in inspect(model).columns:
        field = model.model_fields.get(column.key)
        default = field.default if field is not None else PydanticUndefined
        factory = field.default_factory if field is not None else None
        has_default = default is not PydanticUndefined or factory is not None
        specs[column.key] = ColumnSpec(
            name=column.key,
            kind=_kind(column.type),
            nullable=bool(column.nullable),
            max_length=getattr(column.type, "length", None),
            required=not column.nullable and not has_default,
            default=default,
            default_factory=factory,
        )
    return specs


def is_append_only(table: str) -> bool:
    return bool(getattr(MODEL_BY_TABLE[table], "__append_only__", False))


def _as_uuid(value: Any) -> uuid.UUID:
    if not isinstance(value, str):
        raise ValueError("expected a UUID string")
    return uuid.UUID(value)


# A UUID as the laptops write it (``str(uuid)``): such text is kept as it is, which is
# what parsing and writing it again would give, at a tenth of the cost (a push has a
# few in each of its changes). Other spellings UUID() accepts are rewritten.
_CANONICAL_UUID = re.compile(r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}")


def _uuid_text(value: Any) -> str:
    if isinstance(value, str) and _CANONICAL_UUID.fullmatch(value):
        return value
    return str(_as_uuid(value))


@lru_cache(maxsize=1024)
def _text_of(value: uuid.UUID) -> str:
    """The device's and the centre's ids as text, written once for a batch's changes."""
    return str(value)


def _names(value: Any, expected: uuid.UUID, field: str) -> bool:
    """Whether ``value`` (a change's ``field``) is the id ``expected``: compared as text
    first, as laptops write it; :class:`ChangeRejected` if it is no UUID at all."""
    if value == _text_of(expected):
        return True
    try:
        return uuid.UUID(str(value)) == expected
    except ValueError:
        raise ChangeRejected(f"{field} is not a UUID") from None


def _as_datetime(value: Any) -> datetime:
    if not isinstance(value, str):
        raise ValueError("expected an ISO 8601 date and time")
    parsed = datetime.fromisoformat(value)
    if parsed.tzinfo is None:
        raise ValueError("the date and time has no time zone")
    return parsed.astimezone(UTC)


def normalise_value(spec: ColumnSpec, value: Any) -> Any:
    """``value`` in its JSON form for ``spec``; ``ValueError`` saying what is wrong."""
    if value is None:
        if not spec.nullable:
            raise ValueError("may not be empty (null)")
        return None
    kind = spec.kind
    if kind == "uuid":
        return _uuid_text(value)
    if kind == "str":
        if not isinstance(value, str):
            raise ValueError("expected text")
        if spec.max_length is not None and len(value) > spec.max_length:
            raise ValueError(f"longer than {spec.max_length} characters")
        return value
    if kind == "bool":
        if not isinstance(value, bool):
            raise ValueError("expected true or false")
        return value
    if kind == "int":
        if isinstance(value, bool) or not isinstance(value, int):
            raise ValueError("expected a whole number")
        if not -(2**63) <= value < 2**63:
            raise ValueError("number out of range")
        return value
    if kind == "float":
        if isinstance(value, bool) or not isinstance(value, int | float):
            raise ValueError("expected a number")
        if not math.isfinite(value):
            raise ValueError("expected a finite number")
        return float(value)
    if kind == "date":
        if not isinstance(value, str):
            raise ValueError("expected a date YYYY-MM-DD")
        return date.fromisoformat(value).isoformat()
    if kind == "datetime":
        return _as_datetime(value).isoformat()
    raise AssertionError(kind)


@dataclass(slots=True)
class IncomingChange:
    """A pushed change whose shape, fields and values have been checked."""

    seq: int
    device_id: uuid.UUID
    hlc: str
    table: str
    row_id: uuid.UUID
    op: str
    changes: dict[str, Any]  # normalised JSON values
    base_seq: int
    user: str
    at: datetime

    @property
    def append_only(self) -> bool:
        return is_append_only(self.table)


def _field(raw: dict[str, Any], name: str) -> Any:
    if name not in raw:
        raise ChangeRejected(f"the change has no {name!r}")
    return raw[name]


def parse_change(
    raw: dict[str, Any], *, device_id: uuid.UUID, centre_id: uuid.UUID
) -> IncomingChange:
    """Check a change's shape, table, fields, value types and centre.

    Raises :class:`ChangeRejected` with the reason. What needs the stored record (does it
    exist, whose centre is it, the identity rules over the merged fields) is checked in
    :mod:`desmig_server.sync`.
    """
    seq = _field(raw, "seq")
    if not _names(_field(raw, "device_id"), device_id, "device_id"):
        raise ChangeRejected("device_id is not the id of the device that sends it")
    claimed = raw.get("centre_id")
    if claimed is not None and not _names(claimed, centre_id, "centre_id"):
        raise ChangeRejected("the change belongs to another centre")

    table = _field(raw, "table")
    if not isinstance(table, str) or table not in MODEL_BY_TABLE:
        raise ChangeRejected(f"unknown table {table!r}")
    op = _field(raw, "op")
    if op not in OPS:
        raise ChangeRejected(f"unknown op {op!r}; expected one of {', '.join(OPS)}")
    try:
        row_text = _uuid_text(_field(raw, "row_id"))
    except ValueError:
        raise ChangeRejected("row_id is not a UUID") from None
    row_id = uuid.UUID(row_text)

    hlc = _field(raw, "hlc")
    if not isinstance(hlc, str) or not hlc or len(hlc) > MAX_HLC:
        raise ChangeRejected(f"hlc must be text of at most {MAX_HLC} characters")
    user = _field(raw, "user")
    if not isinstance(user, str) or not user or len(user) > MAX_USER:
        raise ChangeRejected(f"user must be text of 1 to {MAX_USER} characters")
    try:
        at = _as_datetime(_field(raw, "at"))
    except ValueError as error:
        raise ChangeRejected(f"at: {error}") from None
    base_seq = raw.get("base_seq")
    if base_seq is None:
        base_seq = 0
    if isinstance(base_seq, bool) or not isinstance(base_seq, int) or base_seq < 0:
        raise ChangeRejected("base_seq must be a whole number >= 0")

    changes = _field(raw, "changes")
    if not isinstance(changes, dict) or not changes:
        raise ChangeRejected("changes must be an object with at least one field")
    specs = columns_of(table)
    unknown = sorted(set(changes) - set(specs))
    if unknown:
        raise ChangeRejected(f"unknown fields of {table}: {', '.join(map(str, unknown))}")
    values: dict[str, Any] = {}
    for name, value in changes.items():
        try:
            values[name] = normalise_value(specs[name], value)
        except ValueError as error:
            raise ChangeRejected(f"{table}.{name}: {error}") from None

    if "id" in values and values["id"] != row_text:
        raise ChangeRejected("changes.id is not the change's row_id")
    if "centre_id" in values and values["centre_id"] != _text_of(centre_id):
        raise ChangeRejected("the record belongs to another centre")
    if table == "centre" and row_id != centre_id:
        raise ChangeRejected("a device may only write its own centre's record")

    if is_append_only(table) and op != "insert":
        raise ChangeRejected(
            f"{table} is a ledger (append-only): entries are never edited or deleted; "
            "record a reversing entry instead"
        )
    if op == "insert":
        missing = sorted(
            name for name, spec in specs.items() if spec.required and name not in values
        )
        if missing:
            raise ChangeRejected(f"an insert of {table} lacks {', '.join(missing)}")
    if op == "delete" and values.get("deleted") is not True:
        raise ChangeRejected("a delete must set deleted to true")

    return IncomingChange(
        seq=seq,
        device_id=device_id,
        hlc=hlc,
        table=table,
        row_id=row_id,
        op=op,
        changes=values,
        base_seq=base_seq,
        user=user,
        at=at,
    )


def complete_insert(
    table: str, row_id: uuid.UUID, values: dict[str, Any], *, now: datetime
) -> dict[str, Any]:
    """Every field of a new record: the given values, the model's defaults for the rest.

    An older laptop does not send fields added after it was built; they get their
    defaults here instead of staying unknown (rule 2).
    """
    full: dict[str, Any] = {}
    for name, spec in columns_of(table).items():
        if name in values:
            full[name] = values[name]
        elif name == "id":
            full[name] = str(row_id)
        elif spec.kind == "datetime" and spec.default_factory is not None:
            full[name] = now.isoformat()
        elif spec.default is not PydanticUndefined:
            full[name] = normalise_value(spec, spec.default)
        elif spec.default_factory is not None:
            full[name] = normalise_value(spec, spec.default_factory())
        else:
            full[name] = None
    return full


def _problem_reason(table: str, problems: list[Any]) -> str | None:
    errors = [p for p in problems if p.severity == "error"]
    if not errors:
        return None
    return "; ".join(f"{table}.{p.field}: {p.message} [{p.code}]" for p in errors)


def domain_problem(table: str, record: dict[str, Any], changed: set[str]) -> str | None:
    """The reason a record breaks the identity rules the desktop services apply, or ``None``.

    Only errors refuse a change; warnings (a missing NIK, a birth date that differs from
    the NIK) are kept as the laptop keeps them, flagged for verification. A number is
    judged only when the change sets it, so an old record does not block other edits.
    """
    if table == "person" and "nik" in changed and record.get("nik") is not None:
        birth = record.get("birth_date")
        return _problem_reason(
            table,
            check_nik(
                record["nik"],
                birth_date=date.fromisoformat(birth) if birth else None,
                sex=record.get("sex"),
            ),
        )
    if table == "household" and "no_kk" in changed and record.get("no_kk") is not None:
        return _problem_reason(table, check_kk(record["no_kk"]))
    if table == "consent":
        return consent_problem(record, changed)
    return None


def consent_problem(record: dict[str, Any], changed: set[str]) -> str | None:
    """A consent is never deleted (a withdrawal is recorded on it instead), and holds
    the rules of desmig_desktop.validation.check_consent."""
    if "deleted" in changed and record.get("deleted"):
        return "consent: a consent is never deleted; record its withdrawal instead"
    try:
        problems = check_consent(
            given_on=record.get("given_on"),
            given_by=record.get("given_by"),
            giver_name=record.get("giver_name"),
            scope=record.get("scope"),
            withdrawn_on=record.get("withdrawn_on"),
            withdrawn_reason=record.get("withdrawn_reason"),
            attachment=record.get("attachment"),
        )
    except ValueError as error:  # a date that is not one
        return f"consent: {error}"
    return _problem_reason(table="consent", problems=problems)


def canonical_json(value: Any) -> str:
    """Sorted keys, no spaces, no ASCII escaping: the form checksums are taken over.

    Written by orjson, ten times faster than the standard library (the server writes it
    for every record, version and change of a push), and by the standard library where
    orjson cannot (an integer over 64 bits, a lone surrogate). The two write the same
    text, except a float with an exponent (``1e16`` and ``1e+16``): the same number, so
    the stored values are the same, and a checksum is compared in both forms
    (:func:`desmig_server.sync.checksum_matches`).
    """
    try:
        return orjson.dumps(value, option=orjson.OPT_SORT_KEYS).decode("utf-8")
    except TypeError:
        return stdlib_canonical_json(value)


def stdlib_canonical_json(value: Any) -> str:
    """:func:`canonical_json` as the laptops write it (``json``)."""
    return json.dumps(value, sort_keys=True, separators=(",", ":"), ensure_ascii=False)
