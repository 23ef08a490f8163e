"""Which data folder speaks for a station id, and how a new one joins the records the central holds for that id.

Why: a station's audit chain is numbered 1, 2, 3 … per station id. A PC that is replaced gets a new, empty data
folder with the same id; if it started its chain at #1 again, every one of its events would clash with the ones
the central already holds (`uq_audit_events_station_seq`), go to quarantine for good, and leave the central
chain broken. So:

- Each data folder is an **install**, with an id of its own (``sync_state.install_id``, made at its first sync).
  Every sync first *claims* the station id on the central (``sync_claim_install``, a function of the central set-up,
  the only writer of ``sync_installs``), with the install id and the computer's host name.
- One install at a time records for a station id. An install that synced within the central's live window
  (``install_live_s``, 15 minutes unless IT changes it) holds the id: another install of that id is refused, and
  the message names both installs and both computers. Once the old one has been silent that long, the new one
  takes over and the old one is retired; should the old one ever sync again it is refused, naming its successor.
- A new install must **join** before anyone inspects at it (`ready_to_inspect` is checked when an inspection
  starts): the first sync compares this folder's chain with the central's. When the central holds more of this
  station's chain, the install is *restoring*: the pull brings this station's own earlier facts back as well (from
  the start of the change log; the station's own photos follow from the central's photo store), no fact may be
  written meanwhile, and the chain goes on from the central's last event once the pull has reached the end. An
  interrupted restore goes on at the next sync.
- Once joined, the install fetches its station's chain key, which seals every event it writes from then on
  (station/audit/seal.py); the central hands it only to the install that holds the id.
- Events a new install wrote before it joined and never sent (a mistyped PIN at its first start, work done
  stand-alone before it got its central URL) are renumbered after the central's chain, hashed and sealed again,
  before the restore: they were never seen by anyone, and the facts they cover stay as they are.
- When this folder's chain and the central's differ in events that were sent (changed here after sending, or a
  second computer under the id before installs existed), nothing is sent: the station says so instead of
  quarantining every record.

Stations that synced before installs existed are joined already (migration 0012), so they keep working offline.
A stand-alone station (no central URL) never joins; pointed at a central later, it joins at its first sync.
"""

from __future__ import annotations

import logging
import socket
import uuid
from dataclasses import dataclass

from sqlalchemy import Connection, func, select, text, update
from sqlalchemy.orm import Session

from db import models
from db.review_models import AuditEvent
from station.audit.chain import event_digest
from station.audit.seal import ChainKey, load_keys, save_key, seal
from station.context import StationContext
from station.ids import utc_now
from station.rows import row_values
from station.sync import state
from station.sync.connection import SyncProblem
from station.text import StationError, _

log = logging.getLogger(__name__)

RESTORING, JOINED = "restoring", "joined"


@dataclass(frozen=True)
class Claim:
    install_id: str
    # ok | took_over (the other install was silent long enough and is retired now) | unmapped (the login is
    # not a station's role, e.g. the database owner's: the central cannot keep installs apart then)
    outcome: str
    other_install: str | None
    other_host: str | None


def host_name() -> str:
    return socket.gethostname() or "unknown host"


def _short(install_id: str | None) -> str:
    return (install_id or "?")[:8]


def local_install_id(ctx: StationContext) -> str:
    """This data folder's install id, made the first time it is asked for."""
    with ctx.transaction() as session:
        row = state.load(session)
        if row.install_id is None:
            row.install_id = str(uuid.uuid4())
        return row.install_id


def claim(ctx: StationContext, connection: Connection) -> Claim:
    """Claims the station id for this install on the central; another live install of the id is refused."""
    install_id = local_install_id(ctx)
    with connection.begin():
        outcome, other, other_host, other_seen = connection.execute(
            text("SELECT * FROM sync_claim_install(:i, :h)"), {"i": install_id, "h": host_name()}).one()
    seen = other_seen.astimezone().strftime("%Y-%m-%d %H:%M") if other_seen is not None else "?"
    if outcome == "in_use":
        with connection.begin():
            live_s = connection.execute(text("SELECT value FROM sync_central_info WHERE key = 'install_live_s'")
                                        ).scalar()
        raise SyncProblem("error", _(
            "Station id {station} is in use by another computer: install {other} on {other_host} synced at "
            "{seen}. This computer ({host}, install {mine}) was refused and sent nothing. Give one of them "
            "another station id (station_id in the settings); if {other_host} was replaced, this computer takes "
            "over by itself once {other_host} has been silent for {minutes} minutes.",
            station=ctx.station_id, other=_short(other), other_host=other_host or "?", seen=seen, host=host_name(),
            mine=_short(install_id), minutes=max(1, round(int(live_s or 900) / 60))))
    if outcome == "replaced":
        raise SyncProblem("error", _(
            "This computer ({host}, install {mine}) no longer records as station {station}: install {other} on "
            "{other_host} took the id over (last sync {seen}). Nothing was sent; what this computer recorded since "
            "stays here. Stop inspecting at this computer and call IT.",
            host=host_name(), mine=_short(install_id), station=ctx.station_id, other=_short(other),
            other_host=other_host or "?", seen=seen))
    if outcome == "took_over":
        log.warning("install %s of %s took over from install %s on %s", install_id, ctx.station_id, other,
                    other_host)
    return Claim(install_id, outcome, other, other_host)


def _local_last(session: Session, station_id: str) -> int:
    return int(session.scalar(select(func.max(AuditEvent.seq)).where(AuditEvent.station_id == station_id)) or 0)


def _local_hash(session: Session, station_id: str, seq: int) -> str | None:
    return session.scalar(select(AuditEvent.hash).where(AuditEvent.station_id == station_id, AuditEvent.seq == seq))


def _central_chain(connection: Connection, station_id: str, seq: int) -> tuple[int, str | None]:
    with connection.begin():
        last = connection.execute(text("SELECT coalesce(max(seq), 0) FROM audit_events WHERE station_id = :s"),
                                  {"s": station_id}).scalar() or 0
        held = connection.execute(text("SELECT hash FROM audit_events WHERE station_id = :s AND seq = :q"),
                                  {"s": station_id, "q": min(seq, int(last))}).scalar() if seq and last else None
    return int(last), held


def _any_sent(session: Session, station_id: str) -> bool:
    """Whether any of this station's own events here ever left in a push (a pulled one has no outbox row)."""
    outbox = models.OutboxEntry
    ids = {str(i) for i in session.scalars(select(AuditEvent.id).where(AuditEvent.station_id == station_id))}
    sent = session.scalars(select(outbox.row_id).where(outbox.table_name == "audit_events",
                                                       outbox.sent_at.is_not(None)))
    return any(row_id in ids for row_id in sent)


def _rebase(ctx: StationContext, connection: Connection, central_last: int, central_hash: str) -> int:
    """Events this install wrote before it joined and never sent (a wrong PIN at its first start, work done
    stand-alone) move after the central's chain: renumbered from the central's last event on, hashed and sealed
    again, their outbox rows with them. The facts they cover are not touched. Returns how many moved."""
    key = ensure_chain_key(ctx, connection)
    with ctx.transaction() as session:
        events = list(session.scalars(select(AuditEvent).where(AuditEvent.station_id == ctx.station_id)
                                      .order_by(AuditEvent.seq)))
        # Out of the way first, so no two events share a number on the way.
        session.execute(update(AuditEvent).where(AuditEvent.station_id == ctx.station_id)
                        .values(seq=-AuditEvent.seq))
        session.expire_all()
        events = list(session.scalars(select(AuditEvent).where(AuditEvent.station_id == ctx.station_id)
                                      .order_by(AuditEvent.seq.desc())))
        previous = central_hash
        for number, event in enumerate(events, start=central_last + 1):
            event.seq, event.prev_hash = number, previous
            event.hash = event_digest(event.station_id, event.seq, event.actor_id, event.table_name, event.row_id,
                                      event.row_hash, event.prev_hash, event.recorded_at)
            event.seal = seal(key, event.hash) if key is not None and number >= key.sealed_from else None
            previous = event.hash
        session.flush()
        outbox = models.OutboxEntry
        for event in events:
            session.execute(update(outbox).where(outbox.table_name == "audit_events",
                                                 outbox.row_id == str(event.id)).values(payload=row_values(event)))
    log.warning("%d event(s) written before this install joined %s follow the central's #%d now", len(events),
                ctx.station_id, central_last)
    return len(events)


def check_chain(ctx: StationContext, connection: Connection) -> bool:
    """Compares this folder's chain with the central's before anything is sent. Returns True while this install
    must restore its own earlier records first (the pull then brings them, see `pull(include_own=True)`)."""
    with ctx.read() as session:
        row = session.get(state.SyncState, 1)
        install_state = row.install_state if row is not None else None
        if install_state == RESTORING:
            return True  # until the pull has reached the end and the photos are here, even once the chain is
        local_last = _local_last(session, ctx.station_id)
        central_last, central_hash = _central_chain(connection, ctx.station_id, local_last)
        shared = min(local_last, central_last)
        local_hash = _local_hash(session, ctx.station_id, shared) if shared else None
        unsent_only = shared and central_hash != local_hash and install_state != JOINED and not _any_sent(
            session, ctx.station_id)
    if unsent_only:
        _last, last_hash = _central_chain(connection, ctx.station_id, central_last)
        _rebase(ctx, connection, central_last, str(last_hash))
        _set_state(ctx, RESTORING, restart_pull=True)
        return True
    if shared and central_hash != local_hash:
        raise SyncProblem("error", _(
            "This station's audit chain as {station} differs from the one the central database holds (from event "
            "#{seq}): records were changed here after they were sent, or another computer recorded under this "
            "station id. Nothing was sent, and nothing is lost: the records stay on this station. Stop inspecting "
            "here and call IT (`station audit verify --central` shows where).", station=ctx.station_id, seq=shared))
    if central_last > local_last:
        if install_state == JOINED:
            raise SyncProblem("error", _(
                "The central database holds events #{first}–#{last} of this station's audit chain that this "
                "station's store lacks: they were deleted here, or the data folder was restored from an old copy. "
                "Nothing was sent. Run `station audit verify --central` and call IT.",
                first=local_last + 1, last=central_last))
        _set_state(ctx, RESTORING, restart_pull=True)
        return True
    if install_state != JOINED:
        _set_state(ctx, JOINED)
    return False


def caught_up(ctx: StationContext, connection: Connection) -> bool:
    """This folder holds every event of its station's chain that the central does."""
    central_last, _held = _central_chain(connection, ctx.station_id, 0)
    with ctx.read() as session:
        held = session.scalar(select(func.count()).select_from(AuditEvent).where(
            AuditEvent.station_id == ctx.station_id, AuditEvent.seq.between(1, central_last))) or 0
    return held >= central_last


def _set_state(ctx: StationContext, value: str, restart_pull: bool = False) -> None:
    with ctx.transaction() as session:
        row = state.load(session)
        row.install_state = value
        if value == JOINED:
            row.joined_at = utc_now()
        if restart_pull:
            # This station's own earlier facts were skipped by every pull before: read the log from its start.
            row.pull_txid, row.pull_seq = 0, 0


def restore_photos(ctx: StationContext, store) -> tuple[int, int]:
    """This station's own photo files that came back with its records, from the central store (checked by hash).
    Returns (fetched, not held centrally); the latter stay marked missing, as lost with the old computer."""
    from station.sync.photos import fetch, record_states

    with ctx.read() as session:
        pending, _damaged = state.photos_pending(session, ctx.station_id)
    fetched = lost = 0
    marks: dict[str, tuple[str, str | None]] = {}
    for sha in pending:
        if ctx.evidence.original_path(sha).exists():
            continue
        if fetch(ctx, store, sha):
            fetched += 1
            marks[sha] = ("uploaded", None)
        else:
            lost += 1
            marks[sha] = ("missing", "the photo file was lost with the computer this station ran on before")
    record_states(ctx, marks)
    return fetched, lost


def ensure_chain_key(ctx: StationContext, connection: Connection) -> ChainKey | None:
    """This station's chain key from the central (station/audit/seal.py), fetched once, after the install has
    joined. The local write lock is held meanwhile, so no event is numbered between the first sealed one being
    agreed and the key being on disk."""
    key = load_keys(ctx.data_dir).get(ctx.station_id)
    if key is not None:
        return key
    install_id = local_install_id(ctx)
    with ctx.transaction() as session:
        state.load(session).last_attempt_at = utc_now()
        session.flush()  # the write lock: facts wait until the key is saved
        first = _local_last(session, ctx.station_id) + 1
        with connection.begin():
            issued = connection.execute(text("SELECT chain_key, sealed_from FROM sync_station_key(:i, :f)"),
                                        {"i": install_id, "f": first}).first()
        if issued is None:  # a login that is not a station's own role: the central keeps no key for it
            return None
        key = ChainKey(str(issued[0]), int(issued[1]))
        save_key(ctx.data_dir, ctx.station_id, key)
    return key


def finish_restore(ctx: StationContext) -> None:
    _set_state(ctx, JOINED)


def ready_to_inspect(session: Session, station_id: str, central_configured: bool) -> None:
    """Raises when this install has not yet learnt what the central holds for its station id."""
    if not central_configured:
        return
    row = session.get(state.SyncState, 1)
    if row is not None and row.install_state == JOINED:
        return
    if row is not None and row.install_state == RESTORING:
        raise StationError(_("This station is still fetching its earlier records as {station} from the central "
                             "database; inspect once the header shows it synced.", station=station_id))
    raise StationError(_("This station has not synced with the central database yet, so it does not know the "
                         "records it holds as {station}. Connect it to the network and wait until the header shows "
                         "it synced, then inspect.", station=station_id))
