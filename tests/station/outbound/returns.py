"""Real returns for relay tests: inspections done through the station's services, and a signed-webhook receiver."""

from __future__ import annotations

import json
import threading
import uuid
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from standardwebhooks.webhooks import Webhook
from werkzeug import Request, Response

from station.context import StationContext
from station.services import inspect as inspection
from station.services.auth import list_users
from station.services.identify import identify
from tests.flows import like_new

PHOTO = sorted((Path(__file__).resolve().parents[3] / "resources" / "demo" / "camera").glob("*.jpg"))[0]
SECRET = "whsec_" + "MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw"


def item_photo(ctx: StationContext, sku: str) -> Path:
    """The whole item as the dock camera sees it: the catalog's picture of it, re-encoded. A photo of something
    else flags the inspection as maybe the wrong item (and the demo catalog's pictures are alike enough to count as
    one recycled photo from the second inspection on): a flagged item waits for a lead before a shop is told."""
    from PIL import Image

    from db import models
    from station.catalog import product_view

    target = ctx.data_dir / "test-photos" / f"{sku}.jpg"
    if not target.exists():
        with ctx.read() as session:
            product = session.get(models.Product, sku)
            source = product_view(ctx, product).image if product is not None else None
        assert source is not None and source.exists(), f"no catalog picture for {sku}"
        target.parent.mkdir(parents=True, exist_ok=True)
        with Image.open(source) as image:
            image.convert("RGB").save(target, quality=90)
    return target


def inspect(ctx: StationContext, rma: str, line: int = 0, *, photo: bool = True) -> uuid.UUID:
    """One item of an RMA inspected like new, with its photos: the real completion, refund advice included.
    `photo`: one of the whole item too (take it for one inspection per station, or it counts as recycled)."""
    ident = identify(ctx, rma)
    rma_line = ident.lines[line]
    assert rma_line.product is not None
    inspector = next(u.id for u in list_users(ctx) if u.role == "inspector")
    draft = inspection.start_inspection(ctx, inspector, inspection.StartRequest(
        label_text=rma, label_kind=ident.label.kind, sku=rma_line.product.sku, rma_number=rma_line.rma_number,
        line_no=rma_line.line_no, serial=None))
    chosen = like_new(ctx.templates.templates[draft.category], ctx.rules)
    while draft.step == "checklist":
        question = draft.current_question
        assert question is not None
        draft = inspection.answer(ctx, draft.id, question.id, chosen.get(question.id))
    for _i in range(10):
        if not draft.photos_missing:
            break
        draft = inspection.attach_photo(ctx, draft.id, question_id=draft.photos_missing[0].question_id, path=PHOTO)
    if photo:
        draft = inspection.attach_photo(ctx, draft.id, question_id=None, path=item_photo(ctx, rma_line.product.sku))
    return inspection.complete_inspection(ctx, draft.id).id


def joined(make_station: Any, station_id: str, central: Any) -> StationContext:
    """A station with its role at the central, synced once, so it may inspect."""
    from station.services.sync import sync_once

    ctx = make_station(station_id, central)
    report = sync_once(ctx)
    assert report.everything_sent, report.problem
    return ctx


def lead(ctx: StationContext) -> uuid.UUID:
    return next(u.id for u in list_users(ctx) if u.role == "lead")


@dataclass
class Receiver:
    """A webhook receiver that checks every signature with the Standard Webhooks library, as a shop would."""

    secret: str = SECRET
    refuse: set[str] = field(default_factory=set)  # event types answered 422 for good
    fail_first: int = 0  # answer this many deliveries with 503 first
    received: list[dict[str, Any]] = field(default_factory=list)
    ids_by_event: dict[str, set[str]] = field(default_factory=lambda: defaultdict(set))
    bad_signatures: int = 0
    lock: threading.Lock = field(default_factory=threading.Lock)

    def __call__(self, request: Request) -> Response:
        body = request.get_data(as_text=True)
        try:
            payload = Webhook(self.secret).verify(body, dict(request.headers))
        except Exception:
            with self.lock:
                self.bad_signatures += 1
            return Response("bad signature", status=401)
        with self.lock:
            if self.fail_first > 0:
                self.fail_first -= 1
                return Response("busy", status=503, headers={"Retry-After": "0"})
            if payload["type"] in self.refuse:
                return Response(json.dumps({"error": "we do not take these"}), status=422)
            self.received.append(payload)
            self.ids_by_event[payload["id"]].add(request.headers["webhook-id"])
        return Response("", status=204)

    def count(self) -> int:
        with self.lock:
            return len(self.received)
