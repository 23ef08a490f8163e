"""audit verify's SQLite digests (station/audit/digests.py) are byte for byte the ones the station wrote, for every
fact table's real rows and for stored values the station never writes; its pool of processes finds what the
single pass finds."""

from __future__ import annotations

import json
import math
import random
import sqlite3
import struct
import sys
import uuid
from collections.abc import Callable
from pathlib import Path

import orjson
import pytest
from sqlalchemy import select
from sqlalchemy.orm import Session

from db.review_models import AuditEvent
from station.audit.chain import GENESIS, row_digest
from station.audit.digests import EventDigests, TableDigests, canonical_json, event_rows, float_as_python
from station.audit.seal import ChainKey
from station.audit.verify import (
    VerifyReport,
    _chain_problem,
    _chains,
    _check_chain,
    _check_facts,
    _fact_classes,
    _row_digests,
    verify_store,
)
from station.context import StationContext, open_station
from station.review.decisions import approve, regrade
from tests.station.review.scenario import demo_photos, lead, overridden

REPO = Path(__file__).resolve().parents[3]


def _json(content: object) -> bytes:
    return json.dumps(content, sort_keys=True, separators=(",", ":"), ensure_ascii=False).encode("utf-8")


def test_orjson_writes_text_and_plain_floats_as_json_does() -> None:
    """What the fast digests hand to orjson: every character, and the floats float_as_python lets through."""
    text = "".join(chr(c) for c in range(0x110000) if not 0xD800 <= c <= 0xDFFF)
    assert orjson.dumps(text) == _json(text)
    assert orjson.dumps({"ü": 1, "a": "\u2028\x00\x1f\x7f\"\\", "\U0001f600": None, "b": True},
                        option=orjson.OPT_SORT_KEYS) == _json({"ü": 1, "a": "\u2028\x00\x1f\x7f\"\\",
                                                               "\U0001f600": None, "b": True})
    for value in (0, -1, 2**63 - 1, -(2**63)):
        assert orjson.dumps(value) == _json(value)
    rng = random.Random(21)
    floats = [0.0, -0.0, 1e-4, 9.999999999999999e-05, 1e16, 9999999999999998.0, 0.567, 12.63, 1 / 3, 5e-324]
    floats += [struct.unpack("d", struct.pack("Q", rng.getrandbits(64)))[0] for _ in range(20_000)]
    floats += [rng.uniform(-1e6, 1e6) for _ in range(20_000)] + [math.inf, -math.inf, math.nan]
    floats += [rng.uniform(1, 10) * 10.0 ** rng.randint(-5, 16) for _ in range(40_000)]  # each side of the limits
    floats += [round(rng.uniform(0, 1000), rng.randint(0, 6)) for _ in range(20_000)]  # as measures are stored
    for value in floats:
        if float_as_python(value):
            assert orjson.dumps(value) == _json(value), value
        else:  # the cases the digests leave to json, each one as json writes it
            assert "e" in repr(value) or not math.isfinite(value), value
    assert orjson.dumps(orjson.Fragment(canonical_json({"b": [1.5e-07, 1e16], "a": math.nan}).encode())) == \
        _json({"b": [1.5e-07, 1e16], "a": math.nan})


@pytest.fixture
def store(ctx: StationContext) -> StationContext:
    first = overridden(ctx, "RMA-100030", photos=demo_photos(2))
    second = overridden(ctx, "RMA-100031")
    regrade(ctx, lead(ctx), first, grade="D", disposition=None, reason="Dent on the lid — כתם")
    approve(ctx, lead(ctx), second)
    return ctx


def _raw(ctx: StationContext) -> sqlite3.Connection:
    return sqlite3.connect(ctx.data_dir / "station.db", isolation_level=None)


def _every_table_matches(ctx: StationContext) -> int:
    """Each fact table's fast digests against the ones verify made through SQLAlchemy, row by row; returns the rows
    compared."""
    compared = 0
    connection = _raw(ctx)
    with ctx.read() as session:
        dialect = session.get_bind().dialect
        audited = set(session.scalars(select(AuditEvent.table_name).distinct()))
        for table in sorted(audited):
            cls = _fact_classes()[table]
            fast = dict(TableDigests(cls, dialect).digests(connection))
            assert fast == _row_digests(session, cls), table
            compared += len(fast)
    connection.close()
    return compared


def test_every_fact_tables_rows_digest_as_written(store: StationContext) -> None:
    assert _every_table_matches(store) > 10
    connection = _raw(store)
    with store.read() as session:
        # And as the writer made them: the event's row hash, and row_digest of the ORM's object.
        fast: dict[str, dict[str, str]] = {}
        for event in session.scalars(select(AuditEvent)):
            cls = _fact_classes()[event.table_name]
            if event.table_name not in fast:
                fast[event.table_name] = dict(TableDigests(cls, session.get_bind().dialect).digests(connection))
            assert fast[event.table_name][event.row_id] == event.row_hash == row_digest(session.get(
                cls, uuid.UUID(event.row_id)))
    connection.close()


def test_a_generated_years_rows_and_events_digest_as_written(tmp_path: Path) -> None:
    import importlib.util

    spec = importlib.util.spec_from_file_location("make_year", REPO / "scripts" / "make_year.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    module.make_year(tmp_path, days=2, per_day=5, docks=2, photo_pool=2, progress=lambda _line: None)
    ctx = open_station(tmp_path)
    assert _every_table_matches(ctx) > 100
    connection = _raw(ctx)
    with ctx.read() as session:
        digests = EventDigests(session.get_bind().dialect)
        for station_id, events in _chains(session).items():
            raw = list(event_rows(connection, station_id, 0, len(events)))
            for event, (seq, actor, table, row_id, row_hash, prev, _hash, at, _seal) in zip(events, raw, strict=True):
                assert digests.reference(station_id, seq, actor, table, row_id, row_hash, prev, at) == event.hash
            assert _chain_problem(station_id, iter(raw), 0, GENESIS, None, digests) == (None, 0)
    connection.close()
    ctx.sessions.kw["bind"].dispose()


ODD_EVENTS = [
    ("actor as UUID text in capitals", "01A19FFFFC2078ACB4636924F08B5652", "2026-01-02 03:04:05.000001", 1),
    ("actor with dashes", "01a19fff-fc20-78ac-b463-6924f08b5652", "2026-01-02 03:04:05.000001", 1),
    ("no actor, a time without microseconds", None, "2026-01-02 03:04:05", 1),
    ("a time with a zone", None, "2026-01-02T03:04:05.000001+02:00", 1),
    ("seq as a float", None, "2026-01-02 03:04:05.000001", 1.0),
]


@pytest.mark.parametrize(("case", "actor", "at", "seq"), ODD_EVENTS, ids=[c[0] for c in ODD_EVENTS])
def test_odd_stored_events_hash_as_event_digest_gives(case: str, actor: str | None, at: str, seq: object) -> None:
    from sqlalchemy.dialects import sqlite

    digests = EventDigests(sqlite.dialect())
    fields = ("DOCK-01", seq, actor, "inspections", "01a19fff-fc20-78ac-b463-6924f08b5652", "a" * 64, GENESIS, at)
    expected = digests.reference(*fields)
    event = (seq, actor, "inspections", fields[4], "a" * 64, GENESIS, expected, at, None)
    assert _chain_problem("DOCK-01", iter([event]), 0, GENESIS, None, digests) == (None, 0)
    changed = (*event[:6], "b" * 64, *event[7:])
    problem, _sealed = _chain_problem("DOCK-01", iter([changed]), 0, GENESIS, None, digests)
    assert problem is not None and problem.kind == "changed"


# Stored values the station never writes, each put in by hand (what someone editing the file could do): the
# digest must still be the one verify made through SQLAlchemy.
ODD_VALUES: list[tuple[str, str, object]] = [
    ("value", "JSON float with an exponent", "[1e-05, 1e16, 1.5e-07, 0.5]"),
    ("value", "JSON NaN and Infinity", '{"b": NaN, "a": Infinity}'),
    ("value", "JSON integer past 64 bits", "[18446744073709551616, -18446744073709551617]"),
    ("value", "JSON text in every script",
     '{"z": "\\u05d0\\u05d1 \\u0436 \\ud83d\\ude00 \\u2028 \\u0001", "a": "\\""}'),
    ("value", "JSON keys that sort by code point",
     '{"\\u00e9": 1, "e": 2, "E": 3, "\\ud83d\\ude00": 4, "\\uffff": 5}'),
    ("value", "JSON stored as a number", 1e-05),
    ("value", "JSON stored as an integer", 7),
    ("position", "float in an integer column", 2.5),
    ("position", "tiny float in an integer column", 1e-05),
    ("position", "huge float in an integer column", 1e300),
    ("position", "text in an integer column", "first"),
    ("question_text", "text with every kind of character", "\u05d0\u200f\x00\x1f\"\\\u2028\U0001f600"),
    ("answered_at", "time without microseconds", "2026-01-02 03:04:05"),
    ("answered_at", "time with a zone", "2026-01-02T03:04:05.000001+02:00"),
    ("answered_at", "time with a T", "2026-01-02T03:04:05.123400"),
    ("inspection_id", "UUID with dashes in capitals", "01A19FFF-FC20-78AC-B463-6924F08B5652"),
]


@pytest.mark.parametrize(("column", "case", "value"), ODD_VALUES, ids=[c[1] for c in ODD_VALUES])
def test_odd_stored_values_digest_as_sqlalchemy_reads_them(store: StationContext, column: str, case: str,
                                                          value: object) -> None:
    connection = _raw(store)
    connection.execute(f"UPDATE inspection_answers SET {column} = ? WHERE id = "
                       "(SELECT min(id) FROM inspection_answers)", (value,))
    connection.close()
    assert _every_table_matches(store)


def _problems(report: VerifyReport) -> list[tuple[str, str, str]]:
    return [(p.kind, p.where, p.message.render()) for p in report.problems]


def _through_sqlalchemy(session: Session, keys: dict[str, ChainKey]) -> VerifyReport:
    """The checks as verify made them before its SQLite reading: chains and facts through SQLAlchemy's rows."""
    report = VerifyReport("local")
    chains = _chains(session)
    for station_id, events in chains.items():
        report.stations[station_id] = len(events)
        if station_id not in keys:
            report.unsealed_chains.append(station_id)
        _check_chain(station_id, events, report, keys.get(station_id))
    _check_facts(session, chains, report)
    return report


def _sql(statement: str, *params: object) -> Callable[[StationContext], None]:
    def tamper(ctx: StationContext) -> None:
        connection = _raw(ctx)
        connection.execute(statement, params)
        connection.close()
    return tamper


TAMPERING = [
    ("untouched", _sql("SELECT 1")),
    ("changed answer", _sql("UPDATE inspection_answers SET question_text = 'x' WHERE id = "
                            "(SELECT max(id) FROM inspection_answers)")),
    ("changed and deleted", lambda c: (_sql("UPDATE reviews SET reason = 'Customer is right'")(c),
                                       _sql("DELETE FROM photos WHERE id = (SELECT min(id) FROM photos)")(c))),
    ("inserted review", _sql("INSERT INTO reviews SELECT '0123456789ab7def8123456789abcdef', inspection_id, "
                             "station_id, reviewer_id, 'approve', grade, disposition, grade, disposition, NULL, "
                             "decided_at FROM reviews LIMIT 1")),
    ("deleted event", _sql("DELETE FROM audit_events WHERE seq = 7")),
    ("changed event time", _sql("UPDATE audit_events SET recorded_at = '2020-01-01 00:00:00.000000' WHERE seq = 9")),
    ("event of an unknown table", _sql("UPDATE audit_events SET table_name = 'nothing' WHERE seq = 3")),
    ("event seq as text", _sql("UPDATE audit_events SET seq = 'four' WHERE seq = 4")),
]


@pytest.mark.parametrize(("case", "tamper", "sealed"), [
    *((case, tamper, False) for case, tamper in TAMPERING), ("sealed, untouched", TAMPERING[0][1], True),
    ("sealed, deleted event", TAMPERING[4][1], True)], ids=[*(c[0] for c in TAMPERING), "sealed", "sealed-deleted"])
def test_the_pool_and_the_single_pass_find_what_sqlalchemys_reading_found(
        store: StationContext, case: str, tamper: Callable[[StationContext], None], sealed: bool) -> None:
    from station.audit import verify

    tamper(store)
    with store.read() as session:
        keys = {}
        if sealed:  # a key none of the events was sealed with, from #3 on: each mode names the first unsealed one
            keys = {store.station_id: ChainKey("00" * 32, 3)}
        expected = _through_sqlalchemy(session, keys)
    for workers in (1, 2):
        verify._CHAIN_PART = 5  # several parts per chain, so the pool checks each from its neighbour's hash
        try:
            with store.read() as session:
                report = verify_store(session, keys=keys, workers=workers)
        finally:
            verify._CHAIN_PART = 250_000
        assert _problems(report) == _problems(expected), (case, workers)
        assert (report.facts_checked, report.sealed, report.stations, report.unsealed_chains) == (
            expected.facts_checked, expected.sealed, expected.stations, expected.unsealed_chains), (case, workers)
