"""Checks a store's audit chains, the facts they cover, and the photos against their content hashes."""

from __future__ import annotations

import hashlib
import uuid
from collections import defaultdict
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import JSON, String, Uuid, select, text, type_coerce
from sqlalchemy.orm import Session

from db import models
from db.review_models import AuditEvent
from station.audit.chain import GENESIS, event_digest
from station.audit.chain import _sha as row_hash  # row_digest of a row already encoded
from station.audit.seal import ChainKey, sealed_correctly
from station.evidence.store import EvidenceStore
from station.rows import plain
from station.text import Text, _

# Facts the station itself writes: each of their rows must have an audit event, so an inserted row shows.
CORE_FACT_TABLES = ("inspections", "inspection_answers", "photos", "reviews")


@dataclass(frozen=True)
class Problem:
    # changed | deleted | inserted | broken_chain | forged | photo_missing | photo_changed | photo_copy_changed |
    # diverged
    kind: str
    where: str  # e.g. "audit_events DOCK-01 #12", "inspections 0193…"
    message: Text


@dataclass
class VerifyReport:
    store: str
    stations: dict[str, int] = field(default_factory=dict)  # station -> events in its chain
    facts_checked: int = 0
    photos_checked: int = 0
    photos_elsewhere: int = 0  # other stations' photos this store does not hold (nothing to check)
    sealed: int = 0  # events whose seal was checked against their station's key
    unsealed_chains: list[str] = field(default_factory=list)  # chains with no key to check their seals by
    problems: list[Problem] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.problems

    @property
    def first(self) -> Problem | None:
        return self.problems[0] if self.problems else None


def _fact_classes() -> dict[str, type[models.Base]]:
    return {mapper.class_.__tablename__: mapper.class_ for mapper in models.Base.registry.mappers
            if hasattr(mapper.class_, "__tablename__")}


# The columns of an event that the checks read, as plain rows: a year holds millions of events, and building an
# ORM object for each is most of what verifying them costs.
# The actor is read as text (what event_digest hashes), not as a UUID object.
_EVENT_COLUMNS = (AuditEvent.station_id, AuditEvent.seq, type_coerce(AuditEvent.actor_id, String()).label("actor"),
                  AuditEvent.table_name, AuditEvent.row_id, AuditEvent.row_hash, AuditEvent.prev_hash,
                  AuditEvent.hash, AuditEvent.recorded_at, AuditEvent.seal)


def _chains(session: Session) -> dict[str, list[Any]]:
    chains: dict[str, list[Any]] = defaultdict(list)
    for event in session.connection().execute(select(*_EVENT_COLUMNS).order_by(AuditEvent.station_id,
                                                                                AuditEvent.seq)):
        chains[event.station_id].append(event)
    return chains


def _check_chain(station_id: str, events: list[Any], report: VerifyReport,
                 key: ChainKey | None = None) -> None:
    prev_hash = GENESIS
    for expected_seq, event in enumerate(events, start=1):
        if event.seq != expected_seq:
            report.problems.append(Problem("broken_chain", f"audit_events {station_id} #{event.seq}", _(
                "Audit chain of station {station}: event #{expected} is missing (the next is #{found}); a record "
                "was deleted.", station=station_id, expected=expected_seq, found=event.seq)))
            return
        if event.prev_hash != prev_hash:
            report.problems.append(Problem("broken_chain", f"audit_events {station_id} #{event.seq}", _(
                "Audit chain of station {station}: event #{seq} does not follow the one before it; a record was "
                "inserted or changed.", station=station_id, seq=event.seq)))
            return
        # The actor as text hashes as its UUID does (`plain` gives the same text).
        digest = event_digest(event.station_id, event.seq, _uuid_text(event.actor),  # type: ignore[arg-type]
                              event.table_name, event.row_id,
                              event.row_hash, event.prev_hash, event.recorded_at)
        if digest != event.hash:
            report.problems.append(Problem("changed", f"audit_events {station_id} #{event.seq}", _(
                "Audit event #{seq} of station {station} does not match its hash: it was changed or inserted after "
                "the chain was written.",
                station=station_id, seq=event.seq)))
            return
        if key is not None and event.seq >= key.sealed_from:
            if not sealed_correctly(key, event.seq, event.hash, event.seal):
                report.problems.append(Problem("forged", f"audit_events {station_id} #{event.seq}", _(
                    "Audit event #{seq} of station {station} does not carry the station's seal: it was written or "
                    "rewritten outside the station program (its database file was edited).",
                    station=station_id, seq=event.seq)))
                return
            report.sealed += 1
        prev_hash = event.hash


_AS_IS = frozenset((str, int, float, bool, type(None)))


def _uuid_text(value: Any) -> str | None:
    """A UUID column read without its UUID objects: SQLite holds 32 hex digits, PostgreSQL's driver gives a UUID;
    either way the text `plain` gives (str of the UUID)."""
    if value is None:
        return None
    if isinstance(value, str):
        if len(value) == 32:
            return f"{value[:8]}-{value[8:12]}-{value[12:16]}-{value[16:20]}-{value[20:]}"
        return str(uuid.UUID(value))
    return str(value)


def _as_read(value: Any) -> Any:
    # A JSON column's value is decoded JSON already, which `plain` gives back as it is.
    return value


def _encoded(value: Any) -> Any:
    return value if type(value) in _AS_IS else plain(value)


def _row_digests(session: Session, cls: type[models.Base]) -> dict[str, str]:
    """row_digest of every row of a fact table, read as plain rows through the same column types (the same values
    the ORM would give), encoded as `row_values` encodes them. A year holds millions: UUIDs are read as text and
    JSON is not walked again, which is most of what encoding them costs."""
    keys, columns, encoders = [], [], []
    for prop in cls.__mapper__.column_attrs:  # type: ignore[attr-defined]
        column = prop.columns[0]
        keys.append(prop.key)
        if isinstance(column.type, Uuid):
            columns.append(type_coerce(column, String()))
            encoders.append(_uuid_text)
        else:
            columns.append(column)
            encoders.append(_as_read if isinstance(column.type, JSON) else _encoded)
    digests = {}
    for values in session.connection().execute(select(*columns)):
        encoded = {key: encode(value) for key, encode, value in zip(keys, encoders, values, strict=True)}
        digests[str(encoded["id"])] = row_hash(encoded)
    return digests


def _check_facts(session: Session, chains: dict[str, list[Any]], report: VerifyReport) -> None:
    classes = _fact_classes()
    by_table: dict[str, list[Any]] = defaultdict(list)
    for events in chains.values():
        for event in events:
            by_table[event.table_name].append(event)
    for table in sorted(set(by_table) | set(CORE_FACT_TABLES)):
        cls = classes.get(table)
        if cls is None:
            report.problems.append(Problem("unknown_table", table, _(
                "Audit events name the table {table}, which this station does not know. Update the station.",
                table=table)))
            continue
        digests = _row_digests(session, cls)
        covered = set()
        for event in by_table.get(table, ()):
            digest = digests.get(event.row_id)
            covered.add(event.row_id)
            if digest is None:
                report.problems.append(Problem("deleted", f"{table} {event.row_id}", _(
                    "{table} record {id} (audit event #{seq} of station {station}) is gone: it was deleted.",
                    table=table, id=event.row_id, seq=event.seq, station=event.station_id)))
            elif digest != event.row_hash:
                report.problems.append(Problem("changed", f"{table} {event.row_id}", _(
                    "{table} record {id} was changed after it was recorded (audit event #{seq} of station "
                    "{station}).", table=table, id=event.row_id, seq=event.seq, station=event.station_id)))
            report.facts_checked += 1
        for row_id in sorted(set(digests) - covered):
            report.problems.append(Problem("inserted", f"{table} {row_id}", _(
                "{table} record {id} has no audit event: it was inserted behind the station's back.",
                table=table, id=row_id)))


def _photo_classes() -> list[type[models.Base]]:
    # A fact with a `sha256` column names a photo file in the evidence store (inspection and refurb photos).
    return sorted((cls for cls in _fact_classes().values() if "sha256" in cls.__table__.c
                   and "station_id" in cls.__table__.c), key=lambda cls: cls.__tablename__)


def _check_photos(session: Session, evidence: EvidenceStore, own_station: str | None, report: VerifyReport) -> None:
    # Many rows may name one file (the same photo attached twice, or pulled with another station's copy): each
    # file is read, hashed and its copies made again once, and every row naming it gets the answer.
    exists: dict[str, bool] = {}
    intact: dict[str, bool] = {}
    changed_copies: dict[str, list[str]] = {}
    for cls in _photo_classes():
        table = cls.__table__
        for photo in session.execute(select(table.c.id, table.c.sha256, table.c.station_id)
                                     .order_by(table.c.id)):
            where = f"{cls.__tablename__} {photo.id}"
            if photo.sha256 not in exists:
                path = evidence.original_path(photo.sha256)
                exists[photo.sha256] = path.exists()
            if not exists[photo.sha256]:
                if own_station is not None and photo.station_id != own_station:
                    report.photos_elsewhere += 1
                    continue
                report.problems.append(Problem("photo_missing", where, _(
                    "Photo {sha} ({table} {id}) is missing from the evidence store.",
                    sha=photo.sha256[:12], table=cls.__tablename__, id=str(photo.id))))
                continue
            if photo.sha256 not in intact:
                data = evidence.original_path(photo.sha256).read_bytes()
                intact[photo.sha256] = hashlib.sha256(data).hexdigest() == photo.sha256
            if not intact[photo.sha256]:
                report.problems.append(Problem("photo_changed", where, _(
                    "Photo {sha} ({table} {id}) no longer matches its SHA-256: the file was changed.",
                    sha=photo.sha256[:12], table=cls.__tablename__, id=str(photo.id))))
            else:
                # The review copy and thumbnail are what packets and viewers show: each must be what the original
                # gives. (Shown photos are made again from the original; this names what someone changed.)
                if photo.sha256 not in changed_copies:
                    changed_copies[photo.sha256] = evidence.changed_copies(photo.sha256)
                for copy in changed_copies[photo.sha256]:
                    report.problems.append(Problem("photo_copy_changed", where, _(
                        "The {copy} of photo {sha} ({table} {id}) is not the picture its original gives: the file "
                        "was changed. Tell a lead; the station shows a copy made again from the original.",
                        copy=_("review copy") if copy == "review" else _("thumbnail"), sha=photo.sha256[:12],
                        table=cls.__tablename__, id=str(photo.id))))
            report.photos_checked += 1


def verify_store(session: Session, evidence: EvidenceStore | None = None, own_station: str | None = None,
                 name: str = "local", keys: dict[str, ChainKey] | None = None) -> VerifyReport:
    """Every chain (and the seals of those whose key is given), every fact it covers, every fact row without an
    event, then every photo (when given a store)."""
    report = VerifyReport(name)
    chains = _chains(session)
    for station_id, events in chains.items():
        report.stations[station_id] = len(events)
        key = (keys or {}).get(station_id)
        if key is None:
            report.unsealed_chains.append(station_id)
        _check_chain(station_id, events, report, key)
    _check_facts(session, chains, report)
    if evidence is not None:
        _check_photos(session, evidence, own_station, report)
    return report


def central_keys(session: Session) -> dict[str, ChainKey]:
    """The chain keys the central keeps (its owner's login reads them; a station role cannot)."""
    if session.get_bind().dialect.name != "postgresql":
        return {}
    readable = session.execute(text(
        "SELECT to_regclass('sync_station_keys') IS NOT NULL "
        "AND has_table_privilege('sync_station_keys', 'SELECT')")).scalar()
    if not readable:
        return {}
    return {str(s): ChainKey(str(k), int(f)) for s, k, f in session.execute(
        text("SELECT station_id, chain_key, sealed_from FROM sync_station_keys"))}


def compare_chains(local: Session, central: Session, own_station: str, report: VerifyReport) -> None:
    """Both stores must hold the same chain per station, one a prefix of the other (sync lags, never differs).

    This is what catches the last events of a chain deleted with their facts, which a lone store cannot see.
    """
    mine = {s: [e.hash for e in events] for s, events in _chains(local).items()}
    theirs = {s: [e.hash for e in events] for s, events in _chains(central).items()}
    for station_id in sorted(set(mine) & set(theirs)):
        a, b = mine[station_id], theirs[station_id]
        for seq, (x, y) in enumerate(zip(a, b, strict=False), start=1):
            if x != y:
                report.problems.append(Problem("diverged", f"audit_events {station_id} #{seq}", _(
                    "Station {station}'s audit chain here and in the central database differ from event #{seq}.",
                    station=station_id, seq=seq)))
                break
        else:
            # Other stations' chains may lag here until the next pull; this station's own may not.
            if station_id == own_station and len(b) > len(a):
                report.problems.append(Problem("deleted", f"audit_events {station_id} #{len(a) + 1}", _(
                    "The central database holds events #{first}–#{last} of station {station} that this store "
                    "lacks: they were deleted here.", station=station_id, first=len(a) + 1, last=len(b))))
