"""Tampering behind the station's back, in plain SQL on SQLite and PostgreSQL, is caught by `audit verify`."""

from __future__ import annotations

import sqlite3
import threading
from collections.abc import Callable
from itertools import pairwise
from pathlib import Path

import pytest
from sqlalchemy import Engine, insert, select, text
from sqlalchemy.orm import Session

import db.all_models  # noqa: F401
from db import models
from db.migrate import upgrade
from db.review_models import AuditEvent
from station.audit.verify import verify_store
from station.cli import main
from station.context import StationContext
from station.review.decisions import approve, regrade
from tests.station.review.scenario import demo_photos, lead, overridden


@pytest.fixture
def store(ctx: StationContext) -> StationContext:
    """A station with two inspections and reviews: three tables of facts and one chain."""
    first = overridden(ctx, "RMA-100030", photos=demo_photos(2))
    second = overridden(ctx, "RMA-100031")
    regrade(ctx, lead(ctx), first, grade="D", disposition=None, reason="Dent on the lid")
    approve(ctx, lead(ctx), second)
    return ctx


def _verify(ctx: StationContext, capsys: pytest.CaptureFixture[str], *extra: str) -> tuple[int, str]:
    code = main(["--data-dir", str(ctx.data_dir), "audit", "verify", *extra])
    captured = capsys.readouterr()
    return code, captured.out + captured.err


def _sql(ctx: StationContext, statement: str, *params: object) -> None:
    # Plain SQL on the file, past the station's own code: what someone with the database open could do.
    connection = sqlite3.connect(ctx.data_dir / "station.db")
    with connection:
        connection.execute(statement, params)
    connection.close()


def _one(ctx: StationContext, statement: str) -> str:
    connection = sqlite3.connect(ctx.data_dir / "station.db")
    value = connection.execute(statement).fetchone()[0]
    connection.close()
    return value


def test_an_untouched_store_verifies(store: StationContext, capsys: pytest.CaptureFixture[str]) -> None:
    code, output = _verify(store, capsys)
    assert code == 0, output
    assert "audit verify: OK" in output and "2 photos checked" in output
    with store.read() as session:
        events = session.scalars(select(AuditEvent).order_by(AuditEvent.seq)).all()
        assert [e.seq for e in events] == list(range(1, len(events) + 1))
        assert all(e.prev_hash == p.hash for p, e in pairwise(events))
        assert {e.table_name for e in events} >= {"inspections", "inspection_answers", "photos", "reviews"}
        audited_in_outbox = session.scalar(select(text("count(*)")).select_from(models.OutboxEntry).where(
            models.OutboxEntry.table_name == "audit_events"))
        assert audited_in_outbox == len(events), "audit events sync like every fact, without auditing themselves"


CASES: list[tuple[str, str, Callable[[StationContext], None]]] = [
    ("changed inspection", "was changed after it was recorded",
     lambda c: _sql(c, "UPDATE inspections SET grade = 'A' WHERE rma_number = 'RMA-100030'")),
    ("changed review reason", "was changed after it was recorded",
     lambda c: _sql(c, "UPDATE reviews SET reason = 'Customer is right' WHERE action = 'regrade'")),
    ("deleted answer", "is gone: it was deleted",
     lambda c: _sql(c, "DELETE FROM inspection_answers WHERE id = (SELECT min(id) FROM inspection_answers)")),
    ("inserted review", "inserted behind the station's back",
     lambda c: _sql(c, "INSERT INTO reviews SELECT '0123456789ab7def8123456789abcdef', inspection_id, station_id, "
                       "reviewer_id, 'approve', grade, disposition, grade, disposition, NULL, decided_at "
                       "FROM reviews LIMIT 1")),
    ("deleted audit event", "is missing",
     lambda c: _sql(c, "DELETE FROM audit_events WHERE seq = 3")),
    ("changed audit event", "does not match its hash",
     lambda c: _sql(c, "UPDATE audit_events SET recorded_at = '2020-01-01 00:00:00.000000' WHERE seq = 2")),
    ("inserted audit event", "does not match its hash",
     lambda c: (_sql(c, "UPDATE audit_events SET seq = seq + 1000000 WHERE seq >= 4"),
                _sql(c, "UPDATE audit_events SET seq = seq - 999999 WHERE seq >= 1000000"),
                _sql(c, "INSERT INTO audit_events SELECT 'fedcba9876547def8123456789abcdef', station_id, 4, "
                        "actor_id, table_name, row_id, row_hash, hash, hash, recorded_at, seal FROM audit_events "
                        "WHERE seq = 3"))),
]


def _insert_forged_event(ctx: StationContext) -> None:
    """Whoever knows the recipe can hash a forged event, but the next one still names the old neighbour."""
    from datetime import UTC, datetime

    from station.audit.chain import event_digest

    prev = _one(ctx, "SELECT hash FROM audit_events WHERE seq = 3")
    row_id, row_hash = _one(ctx, "SELECT row_id FROM audit_events WHERE seq = 3"), "f" * 64
    at = datetime(2026, 1, 1, tzinfo=UTC)
    forged = event_digest("DOCK-01", 4, None, "reviews", row_id, row_hash, prev, at)
    _sql(ctx, "UPDATE audit_events SET seq = seq + 1000000 WHERE seq >= 4")
    _sql(ctx, "UPDATE audit_events SET seq = seq - 999999 WHERE seq >= 1000000")
    _sql(ctx, "INSERT INTO audit_events VALUES ('fedcba9876547def8123456789abcdea', 'DOCK-01', 4, NULL, 'reviews', "
              "?, ?, ?, ?, '2026-01-01 00:00:00.000000', NULL)", row_id, row_hash, prev, forged)


CASES.append(("inserted event with a valid hash", "does not follow the one before it", _insert_forged_event))


@pytest.mark.parametrize(("case", "message", "tamper"), CASES, ids=[c[0] for c in CASES])
def test_tampering_on_sqlite_is_caught(store: StationContext, capsys: pytest.CaptureFixture[str], case: str,
                                       message: str, tamper: Callable[[StationContext], None]) -> None:
    tamper(store)
    code, output = _verify(store, capsys)
    assert code == 1, output
    assert "BROKEN at" in output and message in output, output


def test_a_changed_or_missing_photo_is_caught(store: StationContext, capsys: pytest.CaptureFixture[str]) -> None:
    sha = _one(store, "SELECT sha256 FROM photos LIMIT 1")
    path = store.evidence.original_path(sha)
    data = bytearray(path.read_bytes())
    data[len(data) // 2] ^= 0xFF
    path.write_bytes(bytes(data))
    code, output = _verify(store, capsys)
    assert code == 1 and "no longer matches its SHA-256" in output and sha[:12] in output
    path.unlink()
    code, output = _verify(store, capsys)
    assert code == 1 and "is missing from the evidence store" in output


def test_parallel_writers_never_share_a_sequence_number(store: StationContext) -> None:
    ids = [overridden(store, f"RMA-1000{n}") for n in range(40, 44)]
    errors: list[BaseException] = []

    def decide(inspection_id) -> None:
        try:
            approve(store, lead(store), inspection_id)
        except BaseException as exc:
            errors.append(exc)

    threads = [threading.Thread(target=decide, args=(i,)) for i in ids]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert errors == []
    with store.read() as session:
        report = verify_store(session, store.evidence, store.station_id)
    assert report.ok, report.problems


# ---- PostgreSQL: the central database holds what the stations pushed; the same checks apply there ----

def _copy_to(engine: Engine, ctx: StationContext) -> None:
    """What sync would have pushed: every table the chain covers, and the chain itself."""
    upgrade(engine)
    with ctx.read() as source, Session(engine) as target, target.begin():
        audited = set(source.scalars(select(AuditEvent.table_name).distinct())) | {"audit_events"}
        for table in models.Base.metadata.sorted_tables:
            if table.name in audited:
                rows = [dict(r) for r in source.execute(select(table)).mappings()]
                if rows:
                    target.execute(insert(table), rows)


def _central_url(engine: Engine, schema: str) -> str:
    return engine.url.set(query={"options": f"-csearch_path={schema}"}).render_as_string(hide_password=False)


PG_CASES = [
    ("changed inspection", "was changed after it was recorded",
     "UPDATE inspections SET disposition = 'restock' WHERE rma_number = 'RMA-100031'"),
    ("deleted photo", "is gone: it was deleted",
     "DELETE FROM photos WHERE id = (SELECT id FROM photos ORDER BY id LIMIT 1)"),
    ("inserted inspection", "inserted behind the station's back",
     "INSERT INTO inspections SELECT '01234567-89ab-7def-8123-456789abcdef', station_id, inspector_id, "
     "rma_number, rma_line_no, sku, serial, label_text, label_kind, category, template_version, rules_version, "
     "proposed_grade, proposed_disposition, grade, disposition, reasons, override_reason, flags, unexpected, "
     "started_at, completed_at FROM inspections LIMIT 1"),
    ("deleted audit event", "is missing", "DELETE FROM audit_events WHERE seq = 5"),
    ("changed audit event", "does not match its hash",
     "UPDATE audit_events SET actor_id = NULL WHERE seq = 2"),
]


@pytest.mark.postgres
@pytest.mark.parametrize(("case", "message", "statement"), PG_CASES, ids=[c[0] for c in PG_CASES])
def test_tampering_on_postgresql_is_caught(store: StationContext, pg_schema, capsys: pytest.CaptureFixture[str],
                                           case: str, message: str, statement: str) -> None:
    engine, schema = pg_schema
    _copy_to(engine, store)
    with Session(engine) as session:
        assert verify_store(session, name="central").ok
    url = _central_url(engine, schema)
    code, output = _verify(store, capsys, "--central", url)
    assert code == 0, output
    assert "central: chains" in output

    with engine.begin() as connection:
        connection.execute(text(statement))
    code, output = _verify(store, capsys, "--central", url)
    assert code == 1 and message in output, output


@pytest.mark.postgres
def test_events_deleted_at_the_end_of_the_local_chain_show_against_central(
        store: StationContext, pg_schema, capsys: pytest.CaptureFixture[str]) -> None:
    engine, schema = pg_schema
    _copy_to(engine, store)
    # The last fact (the refund recorded with the last decision) and its event vanish locally: alone, the store
    # cannot tell; central still has them.
    last = _one(store, "SELECT row_id FROM audit_events ORDER BY seq DESC LIMIT 1")
    _sql(store, "DELETE FROM audit_events WHERE seq = (SELECT max(seq) FROM audit_events)")
    _sql(store, "DELETE FROM decision_refunds WHERE id = ?", last.replace("-", ""))
    assert _verify(store, capsys)[0] == 0
    code, output = _verify(store, capsys, "--central", _central_url(engine, schema))
    assert code == 1 and "were deleted here" in output, output


def test_the_central_url_must_be_reachable(store: StationContext, capsys: pytest.CaptureFixture[str],
                                           tmp_path: Path) -> None:
    code, output = _verify(store, capsys, "--central", f"sqlite:///{tmp_path / 'nothing.db'}")
    assert code == 2 and "cannot be read" in output


def test_each_station_has_its_own_chain_numbered_from_one(store: StationContext) -> None:
    """A fact made under another station id (as on a second dock) starts that station's chain at #1."""
    from station.facts import add_fact
    from station.ids import new_id, utc_now

    with store.read() as session:
        template = session.scalars(select(models.Inspection)).first()
        fields = {c.key: getattr(template, c.key) for c in models.Inspection.__mapper__.column_attrs}
    with store.transaction() as session:
        other = models.Inspection(**{**fields, "id": new_id(), "station_id": "DOCK-02", "completed_at": utc_now()})
        add_fact(session, other)
        answer = models.InspectionAnswer(id=new_id(), inspection_id=other.id, position=0, question_id="q",
                                         question_text="Q?", value=True, answered_at=utc_now())
        add_fact(session, answer)  # no station_id of its own: it joins its inspection's station's chain
    with store.read() as session:
        second = session.scalars(select(AuditEvent).where(AuditEvent.station_id == "DOCK-02")
                                 .order_by(AuditEvent.seq)).all()
        assert [(e.seq, e.table_name) for e in second] == [(1, "inspections"), (2, "inspection_answers")]
        assert second[1].actor_id == fields["inspector_id"]
        report = verify_store(session, store.evidence, store.station_id)
    assert report.ok and set(report.stations) == {"DOCK-01", "DOCK-02"}
