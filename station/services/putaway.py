"""Put-away use cases: where a graded item goes, the confirm scan that places it, containers, moves, labels.

Every call takes plain values, returns a plain dataclass and is one transaction. A refused confirm scan is an
answer (`Placed.placed` False, with the message and the right container), not an exception: the dock hears the
bad-read tone and nothing is placed, but the mis-sort it caught is recorded for the dashboard.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from db import models
from db.putaway_models import Container, ContainerClose, ContainerMove, ContainerPlacement, PutawayMissort
from station.context import StationContext
from station.facts import add_fact
from station.ids import new_id, utc_now
from station.outcome import current_outcome
from station.putaway import containers as found
from station.putaway.model import Placement, PutawayRules
from station.putaway.moves import MoveTask, move_tasks, target_for
from station.putaway.views import ContainerView, ItemLine
from station.slips.reference import parse_reference, short_reference, slip_reference
from station.sync.faults import checkpoint
from station.text import StationError, Text, _, _n


class PutawayRefused(StationError):
    """A put-away action that cannot be done as asked (unknown container, closed, not a location, ...)."""


_KIND_WORDS = {"tote": _("tote"), "cart": _("cart"), "pallet": _("pallet"), "gaylord": _("gaylord"),
               "cage": _("cage")}


def kind_word(kind: str) -> Text:
    return _KIND_WORDS.get(kind, Text(kind))


def _time(at: datetime) -> str:
    return at.astimezone().strftime("%Y-%m-%d %H:%M")


@dataclass(frozen=True)
class PutAway:
    """Where one inspected item goes: the words for the big type, and the container to scan."""

    inspection_id: uuid.UUID
    kind: str
    zone: str
    zone_title: str
    container_code: str  # the container to use: an open one with room, or the next of the series
    new_container: bool  # True: no open one with room; scanning this code (or a fresh one of the kind) opens it
    headline: Text  # "Put in RESTOCK · Electronics — tote T-00042"
    confirm_scan: bool  # False: the warehouse turned the confirm scan off; place with confirm_placement(code=None)
    quarantine: bool
    placed_in: str | None = None  # the container it is already in, when it fits (nothing left to do)
    item_label: str = "none"  # print the item's own label at Complete: "none", "zpl" (2x1 in) or "4x6"


@dataclass(frozen=True)
class Placed:
    placed: bool
    message: Text
    container_code: str | None  # where it went (placed), or the right one (refused)
    problem: str | None = None  # unknown | location | item_label | closed | wrong_kind | wrong_zone | full
    already: bool = False  # the same confirm scan again (a restart, a double scan): nothing new was written
    closed: bool = False  # the placement filled the container, which is now closed: print its label
    moved_from: str | None = None  # the container it was taken out of (a move task done)


@dataclass(frozen=True)
class ContainerSummary:
    code: str
    kind: str
    zone: str
    zone_title: str
    status: str
    location: str | None
    items: list[uuid.UUID]
    capacity_items: int
    fill: float
    opened_station: str
    here: bool  # opened at this station, or filled from it

    def to_json(self) -> dict[str, object]:
        return {"id": self.code, "kind": self.kind, "zone": self.zone, "status": self.status,
                "location": self.location, "items": [str(i) for i in self.items]}


@dataclass(frozen=True)
class MoveTaskView:
    inspection_id: uuid.UUID
    reference: str
    sku: str
    serial: str | None
    from_code: str
    to_kind: str
    to_zone: str
    to_zone_title: str
    headline: Text  # "Move from T-00042 to REFURBISH · Electronics bench — tote T-00051"
    to_code: str


@dataclass(frozen=True)
class WaitingItem:
    inspection_id: uuid.UUID
    sku: str | None
    completed_at: datetime


@dataclass(frozen=True)
class ScanMeaning:
    kind: str  # container | item | location | unknown
    code: str
    inspection_id: uuid.UUID | None = None


@dataclass
class _Scan:
    state: found.ContainerState | None
    series: str | None
    problem: str | None = None
    message: Text | None = None
    extra: dict[str, str] = field(default_factory=dict)


def _rules(ctx: StationContext) -> PutawayRules:
    return ctx.putaway.require()


def _inspection(session: Session, inspection_id: uuid.UUID) -> models.Inspection:
    row = session.get(models.Inspection, inspection_id)
    if row is None:
        raise PutawayRefused(_("Inspection {id} is not at this station. Complete the inspection first, or sync and "
                               "try again.", id=str(inspection_id)))
    return row


def _suggest(session: Session, rules: PutawayRules, target: Placement, weight: float | None) -> tuple[str, bool]:
    codes = found.open_candidates(session, target.kind, target.zone)
    levels, limits = found.fill_levels(session, codes), found.capacities(session, codes)
    for code in codes:
        (items, kg), (most, most_kg) = levels[code], limits[code]
        if items < most and (most_kg is None or weight is None or kg + weight <= most_kg + 1e-9):
            return code, False
    return found.next_code(session, rules, target.kind), True


def _headline(rules: PutawayRules, target: Placement, code: str) -> Text:
    return _("Put in {zone} — {kind} {code}", zone=Text(rules.zone_title(target.zone)),
             kind=kind_word(target.kind), code=code)


def _put_away(session: Session, ctx: StationContext, inspection: models.Inspection) -> PutAway:
    rules = _rules(ctx)
    target = target_for(session, rules, inspection)
    weight = rules.weight_of(inspection.category)
    current = found.where_is(session, inspection.id)
    if current is not None:
        state = found.container_state(session, current)
        if state is not None and (state.kind, state.zone) == (target.kind, target.zone):
            return PutAway(inspection.id, target.kind, target.zone, rules.zone_title(target.zone), current, False,
                           _("Already in {zone} — {kind} {code}", zone=Text(rules.zone_title(target.zone)),
                             kind=kind_word(target.kind), code=current),
                           rules.confirm_scan, target.rule_id == "quarantine", placed_in=current,
                           item_label=rules.item_label)
    code, new = _suggest(session, rules, target, weight)
    return PutAway(inspection.id, target.kind, target.zone, rules.zone_title(target.zone), code, new,
                   _headline(rules, target, code), rules.confirm_scan, target.rule_id == "quarantine",
                   item_label=rules.item_label)


def put_away_for(ctx: StationContext, inspection_id: uuid.UUID) -> PutAway:
    """Where this inspection's item goes now (its current outcome, so a regraded item gets its new place)."""
    with ctx.read() as session:
        return _put_away(session, ctx, _inspection(session, inspection_id))


def _read_scan(session: Session, ctx: StationContext, rules: PutawayRules, text: str) -> _Scan:
    code = text.strip().upper()
    reference = parse_reference(text)
    if reference is not None:
        return _Scan(None, None, "item_label", _(
            "That is an item's own label ({reference}), not a container.", reference=short_reference(reference)))
    if code.startswith(rules.location_prefix.upper()):
        return _Scan(None, None, "location", _("That is a location barcode ({code}), not a container.", code=code))
    state = found.container_state(session, code)
    series = found.series_kind(rules, code)
    if state is None and series is None:
        return _Scan(None, None, "unknown", _("{code} is not a container this station knows, nor in any container "
                                              "series.", code=code or "—"))
    return _Scan(state, series)


def _refuse(session: Session, ctx: StationContext, inspection: models.Inspection, scanned: str, right: str,
            problem: str, message: Text, user_id: uuid.UUID | None) -> Placed:
    add_fact(session, PutawayMissort(id=new_id(), station_id=ctx.station_id, inspection_id=inspection.id,
                                     scanned_code=scanned[:200], expected_code=right, problem=problem,
                                     detail=message.render(), user_id=user_id, at=utc_now()))
    return Placed(False, message, right, problem)


def confirm_placement(ctx: StationContext, inspection_id: uuid.UUID, scanned_code: str | None,
                      user_id: uuid.UUID | None = None) -> Placed:
    """Places the item in the scanned container if it is the right one; otherwise says which one is.

    The same scan twice (a restart after a crash, a double read) answers `already` and writes nothing. An item
    already in another container is taken out of it first (a move task done). `scanned_code` None places it in
    the suggested container, allowed only where the warehouse turned the confirm scan off.
    """
    with ctx.transaction() as session:
        rules = _rules(ctx)
        inspection = _inspection(session, inspection_id)
        plan = _put_away(session, ctx, inspection)
        right = plan.container_code
        tell = _("Put it in {kind} {code} ({zone}).", kind=kind_word(plan.kind), code=right,
                 zone=Text(plan.zone_title))
        if scanned_code is None:
            if rules.confirm_scan:
                raise PutawayRefused(_("This warehouse confirms every placement: scan the container's barcode."))
            scanned_code = right
        code = scanned_code.strip().upper()
        current = found.where_is(session, inspection.id)
        if plan.placed_in is not None and code == plan.placed_in:
            return Placed(True, _("Already in {kind} {code}: nothing to do.", kind=kind_word(plan.kind), code=code),
                          code, already=True)
        scan = _read_scan(session, ctx, rules, scanned_code)
        if scan.problem is not None:
            assert scan.message is not None
            return _refuse(session, ctx, inspection, scanned_code, right, scan.problem,
                           _("{problem} {tell}", problem=scan.message, tell=tell), user_id)
        state = scan.state
        kind = state.kind if state is not None else scan.series
        if state is not None and state.closed:
            assert state.close is not None
            return _refuse(session, ctx, inspection, code, right, "closed", _(
                "{code} is closed (by {station} at {time}). {tell}", code=code, station=state.close.station_id,
                time=_time(state.close.closed_at), tell=tell), user_id)
        if kind != plan.kind:
            return _refuse(session, ctx, inspection, code, right, "wrong_kind", _(
                "{code} is a {kind}; this item goes in a {wanted}. {tell}", code=code, kind=kind_word(kind or "?"),
                wanted=kind_word(plan.kind), tell=tell), user_id)
        if state is not None and state.zone != plan.zone:
            return _refuse(session, ctx, inspection, code, right, "wrong_zone", _(
                "{code} is for {zone}; this item goes to {wanted}. {tell}", code=code,
                zone=Text(rules.zone_title(state.zone)), wanted=Text(plan.zone_title), tell=tell), user_id)
        weight = rules.weight_of(inspection.category)
        if state is not None and not state.room_for(weight):
            return _refuse(session, ctx, inspection, code, right, "full", _(
                "{code} is full ({n} of {capacity} items). Close it and start the next {kind}. {tell}", code=code,
                n=len(state.items), capacity=state.capacity_items, kind=kind_word(plan.kind), tell=tell), user_id)
        now = utc_now()
        if state is None:
            spec = rules.kinds[plan.kind]  # type: ignore[index]
            add_fact(session, Container(id=new_id(), station_id=ctx.station_id, code=code, kind=plan.kind,
                                        zone=plan.zone, capacity_items=spec.items, capacity_kg=spec.kg,
                                        opened_by=user_id, opened_at=now))
            state = found.container_state(session, code)
            assert state is not None
        if current is not None and current != code:
            add_fact(session, ContainerPlacement(id=new_id(), station_id=ctx.station_id, container_code=current,
                                                 inspection_id=inspection.id, action="removed", weight_kg=weight,
                                                 user_id=user_id, at=now))
        add_fact(session, ContainerPlacement(id=new_id(), station_id=ctx.station_id, container_code=code,
                                             inspection_id=inspection.id, action="placed", weight_kg=weight,
                                             user_id=user_id, at=now))
        full = state.full_after(len(state.items) + 1, state.weight_kg + (weight or 0.0))
        if full is not None:
            add_fact(session, ContainerClose(id=new_id(), station_id=ctx.station_id, container_code=code,
                                             reason=full, items=len(state.items) + 1, closed_by=user_id,
                                             closed_at=now))
        checkpoint("putaway.before_commit", code=code)  # where the crash tests kill the station
        message = _("Placed in {kind} {code}.", kind=kind_word(plan.kind), code=code)
        if full is not None:
            message = _("Placed in {kind} {code}; it is now full and closed: print its label.",
                        kind=kind_word(plan.kind), code=code)
        return Placed(True, message, code, closed=full is not None,
                      moved_from=current if current not in (None, code) else None)


def waiting_items(ctx: StationContext, limit: int = 200) -> list[WaitingItem]:
    """Items inspected at this station and never placed, oldest first: after a crash they are still here."""
    with ctx.read() as session:
        placed = select(ContainerPlacement.inspection_id)
        rows = session.execute(select(models.Inspection.id, models.Inspection.sku, models.Inspection.completed_at)
                               .where(models.Inspection.station_id == ctx.station_id,
                                      models.Inspection.id.not_in(placed))
                               .order_by(models.Inspection.completed_at, models.Inspection.id).limit(limit)).all()
    return [WaitingItem(i, sku, at) for i, sku, at in rows]


def _item_lines(session: Session, placements: list[ContainerPlacement]) -> list[ItemLine]:
    lines = []
    for placement in placements:
        inspection = session.get(models.Inspection, placement.inspection_id)
        if inspection is None:
            continue
        product = session.get(models.Product, inspection.sku) if inspection.sku else None
        decision = current_outcome(session, inspection)
        lines.append(ItemLine(inspection.id, slip_reference(inspection.id), inspection.sku or "?",
                              product.name if product else inspection.sku or "?", inspection.serial,
                              decision.grade, decision.disposition, placement.at, placement.station_id))
    return lines


def _view(session: Session, ctx: StationContext, code: str) -> ContainerView:
    state = found.container_state(session, code)
    if state is None:
        raise PutawayRefused(_("Container {code} is not known at this station. Check the barcode, or sync and try "
                               "again.", code=code))
    rules = ctx.putaway.rules
    notice = None
    mine = next((c for c in state.later_closes if c.station_id == ctx.station_id), None)
    if mine is not None and state.close is not None and state.close.station_id != ctx.station_id:
        notice = _("This station closed {code} at {mine}, but it was already closed by {station} at {time}: that "
                   "close counts. Print the label and manifest again from here.", code=code,
                   mine=_time(mine.closed_at), station=state.close.station_id, time=_time(state.close.closed_at))
    if state.clashes:
        notice = _("{stations} opened {code} too, for another kind or zone: two containers carry this barcode. "
                   "Relabel the one at {stations} with a new barcode and scan its items into it.",
                   stations=", ".join(state.clashes), code=code)
    close = state.close
    return ContainerView(
        code=state.code, kind=state.kind, zone=state.zone,
        zone_title=rules.zone_title(state.zone) if rules else state.zone, status=state.status,
        location=state.location, capacity_items=state.capacity_items, capacity_kg=state.capacity_kg,
        weight_kg=state.weight_kg, opened_station=state.opened_station, opened_at=state.opened_at,
        items=_item_lines(session, found.contents(session, code)),
        closed_station=close.station_id if close else None, closed_at=close.closed_at if close else None,
        close_reason=close.reason if close else None, notice=notice)


def container_view(ctx: StationContext, code: str) -> ContainerView:
    with ctx.read() as session:
        return _view(session, ctx, code.strip().upper())


def list_containers(ctx: StationContext, *, open_only: bool = False, here_only: bool = False
                    ) -> list[ContainerSummary]:
    rules = ctx.putaway.rules
    with ctx.read() as session:
        filled_here = set(session.scalars(select(ContainerPlacement.container_code)
                                          .where(ContainerPlacement.station_id == ctx.station_id).distinct()))
        out = []
        for state in found.all_states(session, open_only=open_only):
            if open_only and state.closed:
                continue
            here = state.opened_station == ctx.station_id or state.code in filled_here
            if here_only and not here:
                continue
            by_items = len(state.items) / state.capacity_items if state.capacity_items else 0.0
            by_kg = state.weight_kg / state.capacity_kg if state.capacity_kg else 0.0
            out.append(ContainerSummary(state.code, state.kind, state.zone,
                                        rules.zone_title(state.zone) if rules else state.zone, state.status,
                                        state.location, state.items, state.capacity_items,
                                        min(1.0, max(by_items, by_kg)), state.opened_station, here))
        return out


def open_container(ctx: StationContext, kind: str, zone: str, user_id: uuid.UUID | None = None,
                   code: str | None = None) -> ContainerView:
    """Opens a container: a scanned barcode of the kind's series, or the next of the series."""
    rules = _rules(ctx)
    if kind not in rules.kinds:
        raise PutawayRefused(_("There is no container kind {kind} here; use one of {kinds}.", kind=kind,
                               kinds=", ".join(rules.kinds)))
    if zone not in rules.zones:
        raise PutawayRefused(_("There is no zone {zone} in the put-away rules.", zone=zone))
    with ctx.transaction() as session:
        wanted = code.strip().upper() if code else found.next_code(session, rules, kind)
        if found.series_kind(rules, wanted) != kind:
            raise PutawayRefused(_("{code} is not a {kind} barcode (they start with {series}). Scan a {kind}'s "
                                   "barcode.", code=wanted, kind=kind_word(kind),
                                   series=rules.kinds[kind].series))  # type: ignore[index]
        if found.container_state(session, wanted) is not None:
            raise PutawayRefused(_("{code} is already open or was used before. Scan another {kind}.", code=wanted,
                                   kind=kind_word(kind)))
        spec = rules.kinds[kind]  # type: ignore[index]
        add_fact(session, Container(id=new_id(), station_id=ctx.station_id, code=wanted, kind=kind, zone=zone,
                                    capacity_items=spec.items, capacity_kg=spec.kg, opened_by=user_id,
                                    opened_at=utc_now()))
        return _view(session, ctx, wanted)


@dataclass(frozen=True)
class Closed:
    closed: bool
    message: Text
    view: ContainerView


def close_container(ctx: StationContext, code: str, user_id: uuid.UUID | None = None) -> Closed:
    """Closes an open container by key. One already closed (here, or by another station) is not closed again."""
    code = code.strip().upper()
    with ctx.transaction() as session:
        state = found.container_state(session, code)
        if state is None:
            raise PutawayRefused(_("Container {code} is not known at this station. Check the barcode, or sync and "
                                   "try again.", code=code))
        if state.close is not None:
            return Closed(False, _("{code} was already closed by {station} at {time}. Its label and manifest can be "
                                   "printed again.", code=code, station=state.close.station_id,
                                   time=_time(state.close.closed_at)), _view(session, ctx, code))
        add_fact(session, ContainerClose(id=new_id(), station_id=ctx.station_id, container_code=code, reason="key",
                                         items=len(state.items), closed_by=user_id, closed_at=utc_now()))
        return Closed(True, _n("{code} closed with %n item(s): print its label and manifest.", len(state.items),
                               code=code), _view(session, ctx, code))


def move_container(ctx: StationContext, code: str, location: str, user_id: uuid.UUID | None = None
                   ) -> ContainerView:
    rules = _rules(ctx)
    code, location = code.strip().upper(), location.strip().upper()
    if not location.startswith(rules.location_prefix.upper()) or len(location) <= len(rules.location_prefix):
        raise PutawayRefused(_("{text} is not a location barcode (they start with {prefix}). Scan the label on the "
                               "shelf or the floor.", text=location or "—", prefix=rules.location_prefix))
    with ctx.transaction() as session:
        if found.container_state(session, code) is None:
            raise PutawayRefused(_("Container {code} is not known at this station. Check the barcode, or sync and "
                                   "try again.", code=code))
        add_fact(session, ContainerMove(id=new_id(), station_id=ctx.station_id, container_code=code,
                                        location=location[:40], moved_by=user_id, moved_at=utc_now()))
        return _view(session, ctx, code)


def _task_view(session: Session, rules: PutawayRules, task: MoveTask) -> MoveTaskView:
    target = Placement(task.to_kind, task.to_zone, "")
    code, _new = _suggest(session, rules, target, None)
    return MoveTaskView(task.inspection_id, slip_reference(task.inspection_id), task.sku or "?", task.serial,
                        task.from_code, task.to_kind, task.to_zone, rules.zone_title(task.to_zone),
                        _("Move from {old} to {zone} — {kind} {code}", old=task.from_code,
                          zone=Text(rules.zone_title(task.to_zone)), kind=kind_word(task.to_kind), code=code), code)


def open_move_tasks(ctx: StationContext) -> list[MoveTaskView]:
    """Items whose outcome changed after they were put away and that now sit in the wrong container."""
    rules = _rules(ctx)
    with ctx.read() as session:
        return [_task_view(session, rules, task) for task in move_tasks(session, rules)]


def lost_closes(ctx: StationContext) -> list[Text]:
    """Containers this station closed after another station had closed them (learnt at a pull): what to tell."""
    with ctx.read() as session:
        closes: dict[str, list[ContainerClose]] = {}
        for close in session.scalars(select(ContainerClose).where(ContainerClose.container_code.in_(
                select(ContainerClose.container_code).where(ContainerClose.station_id == ctx.station_id)))):
            closes.setdefault(close.container_code, []).append(close)
    told = []
    for code, rows in sorted(closes.items()):
        first = min(rows, key=lambda c: c.id.bytes)
        if first.station_id != ctx.station_id:
            told.append(_("{code} was already closed by {station} at {time}: that close counts. Print its label "
                          "and manifest again from here.", code=code, station=first.station_id,
                          time=_time(first.closed_at)))
    return told


def move_task_count(ctx: StationContext) -> int:
    if ctx.putaway.rules is None:
        return 0
    with ctx.read() as session:
        return len(move_tasks(session, ctx.putaway.rules))


def item_for_scan(ctx: StationContext, text: str) -> uuid.UUID | None:
    """The inspection an item's own label (or its grading slip) names, when it is at this station."""
    reference = parse_reference(text)
    if reference is None:
        return None
    with ctx.read() as session:
        return reference if session.get(models.Inspection, reference) is not None else None


def read_scan(ctx: StationContext, text: str) -> ScanMeaning:
    """What a scan at the container screens names: an item (its label), a container, a location, or nothing."""
    rules = _rules(ctx)
    item = item_for_scan(ctx, text)
    code = text.strip().upper()
    if item is not None:
        return ScanMeaning("item", code, item)
    if code.startswith(rules.location_prefix.upper()):
        return ScanMeaning("location", code)
    with ctx.read() as session:
        if found.container_state(session, code) is not None or found.series_kind(rules, code) is not None:
            return ScanMeaning("container", code)
    return ScanMeaning("unknown", code)


def container_label(ctx: StationContext, code: str, path: Path, zpl: bool = False) -> Path:
    """The container's label (4x6 in): QR, kind, zone, counts by SKU and grade; PDF, or ZPL for a thermal printer."""
    from station.slips.containers import container_label_pdf, container_label_zpl

    view = container_view(ctx, code)
    path = Path(path)
    if zpl:
        path.write_text(container_label_zpl(view), encoding="utf-8")
    else:
        path.write_bytes(container_label_pdf(view))
    return path


def container_manifest(ctx: StationContext, code: str, path: Path) -> Path:
    """Every item in the container with grade, disposition, serial and inspection id: CSV or PDF by suffix."""
    from station.slips.containers import manifest_csv, manifest_pdf

    view = container_view(ctx, code)
    path = Path(path)
    if path.suffix.lower() == ".csv":
        path.write_text(manifest_csv(view), encoding="utf-8", newline="")
    elif path.suffix.lower() == ".pdf":
        path.write_bytes(manifest_pdf(view))
    else:
        raise PutawayRefused(_("A manifest is written as .pdf or .csv; {name} is neither.", name=path.name))
    return path


def item_label(ctx: StationContext, inspection_id: uuid.UUID, path: Path, size: str = "zpl") -> Path:
    """The item's own label (license plate): 2x1 in thermal ZPL, or a 4x6 in PDF; its QR names the inspection."""
    from station.slips.containers import item_label_pdf, item_label_zpl

    with ctx.read() as session:
        inspection = _inspection(session, inspection_id)
        line = _item_lines(session, [ContainerPlacement(inspection_id=inspection.id, at=inspection.completed_at,
                                                        station_id=inspection.station_id)])[0]
    path = Path(path)
    if size == "zpl":
        path.write_text(item_label_zpl(line), encoding="utf-8")
    elif size == "4x6":
        path.write_bytes(item_label_pdf(line))
    else:
        raise PutawayRefused(_("An item label is 'zpl' (2x1 in) or '4x6'; {size} is neither.", size=size))
    return path
