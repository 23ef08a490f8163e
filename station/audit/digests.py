"""Row and event digests made straight from a SQLite store's stored values, byte for byte those of
`station.audit.chain` (`row_digest`, `event_digest`): what `audit verify` recomputes for every fact of a year."""

from __future__ import annotations

import hashlib
import json
import sqlite3
import uuid
from collections.abc import Callable, Iterator
from datetime import datetime
from json.encoder import c_make_encoder, encode_basestring  # type: ignore[attr-defined]
from math import isfinite
from typing import Any

import orjson
from sqlalchemy import JSON, Uuid
from sqlalchemy.engine import Dialect

from db import models
from db.types import UTCDateTime
from station.audit.chain import _sha as reference_sha  # the digest as written: the one truth checked against
from station.audit.chain import event_digest
from station.rows import plain

_AS_IS = frozenset((str, int, float, bool, type(None)))
# Python's own C encoder with the digest's settings (sort_keys, compact, ensure_ascii=False), built once: it
# gives what json.dumps gives without json.dumps' set-up per call. None where CPython has no C encoder.
_canonical_chunks = (c_make_encoder(None, json.JSONEncoder().default, encode_basestring, None, ":", ",", True, False,
                                    True) if c_make_encoder is not None else None)
# Distinct JSON texts of a store are few (answers, flags, reasons repeat): each is decoded and encoded once.
_JSON_CACHE_LIMIT = 50_000


def canonical_json(content: Any) -> str:
    """The digest's JSON text of a value, as `json.dumps(sort_keys=True, separators=(",", ":"),
    ensure_ascii=False)` gives it."""
    if _canonical_chunks is None or isinstance(content, str):
        return json.dumps(content, sort_keys=True, separators=(",", ":"), ensure_ascii=False)
    return "".join(_canonical_chunks(content, 0))


def float_as_python(value: float) -> bool:
    """Whether orjson writes this float as json does: both give the shortest text that reads back as the same
    float, but json writes 1e-05 and 1e+16 where orjson writes 0.00001 and 1e16, and NaN where orjson writes null."""
    return isfinite(value) and (value == 0.0 or 1e-4 <= abs(value) < 1e16)


def uuid_text(value: Any) -> str | None:
    """A UUID column read without its UUID objects: SQLite holds 32 hex digits, PostgreSQL's driver gives a UUID;
    either way the text `plain` gives (str of the UUID)."""
    if value is None:
        return None
    if isinstance(value, str):
        if len(value) == 32:
            return f"{value[:8]}-{value[8:12]}-{value[12:16]}-{value[16:20]}-{value[20:]}"
        return str(uuid.UUID(value))
    return str(value)


def _plain_after(read: Callable[[Any], Any] | None) -> Callable[[Any], Any]:
    if read is None:
        return lambda raw: raw if type(raw) in _AS_IS else plain(raw)
    return lambda raw: encoded(read(raw))


def encoded(value: Any) -> Any:
    """A column value as `row_values` encodes it, without `plain` for what is plain already."""
    return value if type(value) in _AS_IS else plain(value)


def _text_affinity(declared: str) -> bool:
    """Whether SQLite keeps every value of a column so declared as text, never as a float (its affinity rules)."""
    declared = declared.upper()
    return "INT" not in declared and any(word in declared for word in ("CHAR", "CLOB", "TEXT"))


class TableDigests:
    """row_digest of each stored row of one fact table, from the values SQLite returns for a plain SELECT.

    Each column is encoded as `row_values` encodes what the ORM reads (SQLAlchemy's own result processor for the
    column's type, then `plain`); the JSON text of a row is then written by orjson, with each JSON column's value
    put in as Python's own canonical text. A row holding anything orjson would write otherwise (a float json
    writes with an exponent, NaN, a type orjson refuses) is digested the reference way, by `chain._sha`."""

    def __init__(self, cls: type[models.Base], dialect: Dialect) -> None:
        self.table = cls.__tablename__
        props = sorted(cls.__mapper__.column_attrs, key=lambda prop: prop.key)  # type: ignore[attr-defined]
        self.keys = tuple(prop.key for prop in props)
        # The SELECT names the columns in the sorted order of their keys, so a row is the digest's dict in order.
        self.select = "SELECT {} FROM {}".format(
            ", ".join('"{}"'.format(prop.columns[0].name.replace('"', '""')) for prop in props),
            '"{}"'.format(self.table.replace('"', '""')))
        self.id_index = self.keys.index("id")
        self.references: list[Callable[[Any], Any]] = []  # raw -> the value `row_values` gives, as before
        self.uuids: list[int] = []
        self.times: list[int] = []
        self.encoders: list[tuple[int, Callable[[Any], Any]]] = []  # other columns not stored as they are encoded
        self.json_columns: list[tuple[int, Callable[[Any], Any]]] = []
        self.numeric: list[int] = []  # columns whose value may be a float
        for index, prop in enumerate(props):
            column_type = prop.columns[0].type
            read = column_type.dialect_impl(dialect).result_processor(dialect, None)
            if isinstance(column_type, Uuid):
                # Read as text, as verify's SELECT reads it (type_coerce to String: no processor on SQLite).
                self.references.append(uuid_text)
                self.uuids.append(index)
            elif isinstance(column_type, JSON):
                self.references.append(read if read is not None else (lambda raw: raw))
                self.json_columns.append((index, self.references[-1]))
            elif isinstance(column_type, UTCDateTime) and dialect.name == "sqlite":
                self.references.append(_plain_after(read))
                self.times.append(index)
            else:
                self.references.append(_plain_after(read))
                if read is not None:
                    self.encoders.append((index, self.references[-1]))
                if not _text_affinity(column_type.compile(dialect=dialect)):
                    self.numeric.append(index)
        self._json_cache: dict[Any, orjson.Fragment] = {}

    def reference_digest(self, raw: tuple[Any, ...]) -> tuple[str, str]:
        """(id text, digest) exactly as verify has always made them: every column encoded, then `chain._sha`."""
        encoded = {key: read(value) for key, read, value in zip(self.keys, self.references, raw, strict=True)}
        return str(encoded["id"]), reference_sha(encoded)

    def _json_fragment(self, raw: Any, read: Callable[[Any], Any]) -> orjson.Fragment:
        fragment = orjson.Fragment(canonical_json(read(raw)).encode("utf-8"))
        if type(raw) is str and len(self._json_cache) < _JSON_CACHE_LIMIT:
            self._json_cache[raw] = fragment
        return fragment

    def digests(self, connection: sqlite3.Connection) -> Iterator[tuple[str, str]]:
        """(id text, digest) of every row, in the table's stored order."""
        keys, uuids, times, encoders, json_columns, numeric = (self.keys, self.uuids, self.times, self.encoders,
                                                               self.json_columns, self.numeric)
        id_index = self.id_index
        dumps, sha256, fragment, cached = orjson.dumps, hashlib.sha256, self._json_fragment, self._json_cache.get
        fromisoformat = datetime.fromisoformat
        for raw in connection.execute(self.select):
            values = list(raw)
            try:
                for index in uuids:
                    value = values[index]
                    if type(value) is str and len(value) == 32:
                        values[index] = f"{value[:8]}-{value[8:12]}-{value[12:16]}-{value[16:20]}-{value[20:]}"
                    elif value is not None:
                        raise ValueError("not the text SQLAlchemy stores")
                for index in times:
                    # SQLAlchemy reads SQLite's text with fromisoformat; UTCDateTime gives a naive time UTC, which
                    # `plain` writes as its isoformat with +00:00.
                    value = values[index]
                    if value is not None:
                        value = fromisoformat(value)
                        if value.tzinfo is not None:
                            raise ValueError("a zone UTCDateTime converts")
                        values[index] = value.isoformat() + "+00:00"
                for index, encode in encoders:
                    values[index] = encode(values[index])
                for index, read in json_columns:
                    value = values[index]
                    values[index] = cached(value) or fragment(value, read)
                for index in numeric:
                    value = values[index]
                    if type(value) is float and not float_as_python(value):
                        raise ValueError("a float json writes otherwise")
                digest = sha256(dumps(dict(zip(keys, values, strict=True)))).hexdigest()
            except (TypeError, ValueError, UnicodeError, orjson.JSONEncodeError):
                yield self.reference_digest(raw)
                continue
            yield values[id_index], digest


_EVENT_SELECT = ("SELECT seq, actor_id, table_name, row_id, row_hash, prev_hash, hash, recorded_at, seal "
                 "FROM audit_events WHERE station_id = ? ORDER BY seq LIMIT ? OFFSET ?")


def event_rows(connection: sqlite3.Connection, station_id: str, offset: int, limit: int) -> Any:
    """The events of one chain at positions offset+1 .. offset+limit, in chain order (see _EVENT_SELECT)."""
    return connection.execute(_EVENT_SELECT, (station_id, limit, offset))


class EventDigests:
    """event_digest of a stored event from SQLite's values, the reference way: what verify's chain check uses for an
    event its own faster path (orjson on SQLite's text, in verify._chain_problem) does not take."""

    def __init__(self, dialect: Dialect) -> None:
        from db.review_models import AuditEvent

        read = AuditEvent.__table__.c.recorded_at.type.dialect_impl(dialect).result_processor(dialect, None)
        self._read_time = read if read is not None else (lambda raw: raw)

    def reference(self, station_id: str, seq: Any, actor: Any, table: Any, row: Any, row_hash: Any, prev: Any,
                  recorded_at: Any) -> str:
        return event_digest(station_id, seq, uuid_text(actor), table, row, row_hash, prev,  # type: ignore[arg-type]
                            self._read_time(recorded_at))
