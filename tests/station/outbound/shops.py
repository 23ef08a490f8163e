"""Local stand-ins for Shopify's Admin GraphQL and WooCommerce's REST API, answering in their documented shapes
(userErrors, THROTTLED with the cost extension, 429 with Retry-After, 5xx), and an SMTP server (aiosmtpd)."""

from __future__ import annotations

import json
import re
import socket
import threading
from dataclasses import dataclass, field
from email import message_from_bytes, policy
from email.message import EmailMessage
from typing import Any

from werkzeug import Request, Response

TOKEN = "shpat_test_token"


def _json(body: Any, status: int = 200, headers: dict[str, str] | None = None) -> Response:
    return Response(json.dumps(body), status=status, headers=headers, content_type="application/json")


@dataclass
class ShopifyReturn:
    id: str
    status: str  # OPEN | CLOSED | DECLINED ...
    lines: dict[str, dict[str, Any]]  # sku -> {"line": ReturnLineItem id, "rfo_line": reverse line id, "left": n}


@dataclass
class Shopify:
    """One shop: orders by name, each with a sale and one return; ``faults`` are answered first, in order."""

    orders: dict[str, ShopifyReturn] = field(default_factory=dict)
    faults: list[str] = field(default_factory=list)  # "429" | "throttled" | "500"
    processed: list[dict[str, Any]] = field(default_factory=list)  # returnProcess inputs accepted
    closed: list[str] = field(default_factory=list)
    requests: int = 0
    lock: threading.Lock = field(default_factory=threading.Lock)

    def add(self, order: str, number: int, skus: list[str], status: str = "OPEN") -> None:
        self.orders[order] = ShopifyReturn(f"gid://shopify/Return/{number}", status, {
            sku: {"line": f"gid://shopify/ReturnLineItem/{number}{i}",
                  "rfo_line": f"gid://shopify/ReverseFulfillmentOrderLineItem/{number}{i}", "left": 1}
            for i, sku in enumerate(skus)})

    def _order(self, name: str, ret: ShopifyReturn) -> dict[str, Any]:
        return {
            "id": f"gid://shopify/Order/{ret.id.rsplit('/', 1)[1]}", "name": name,
            "transactions": [{"id": "gid://shopify/OrderTransaction/77", "kind": "SALE", "status": "SUCCESS",
                              "amountSet": {"presentmentMoney": {"amount": "200.00", "currencyCode": "EUR"}}}],
            "returns": {"nodes": [{
                "id": ret.id, "status": ret.status,
                "returnLineItems": {"nodes": [
                    {"id": v["line"], "quantity": 1, "unprocessedQuantity": v["left"],
                     "fulfillmentLineItem": {"lineItem": {"sku": sku}}} for sku, v in ret.lines.items()]},
                "reverseFulfillmentOrders": {"nodes": [{"id": ret.id.replace("Return", "ReverseFulfillmentOrder"),
                    "lineItems": {"nodes": [
                        {"id": v["rfo_line"], "totalQuantity": 1, "fulfillmentLineItem": {"lineItem": {"sku": sku}}}
                        for sku, v in ret.lines.items()]}}]}}]}}

    @staticmethod
    def _cost(available: float = 990.0) -> dict[str, Any]:
        return {"cost": {"requestedQueryCost": 12, "actualQueryCost": 12 if available > 12 else None,
                         "throttleStatus": {"maximumAvailable": 1000.0, "currentlyAvailable": available,
                                            "restoreRate": 50.0}}}

    def __call__(self, request: Request) -> Response:
        with self.lock:
            self.requests += 1
            if request.headers.get("X-Shopify-Access-Token") != TOKEN:
                return _json({"errors": "[API] Invalid API key or access token (unrecognized login or wrong "
                                        "password)"}, 401)
            if self.faults:
                fault = self.faults.pop(0)
                if fault == "429":
                    return _json({"errors": "Exceeded 2 calls per second for api client. Reduce request rates "
                                            "to resume uninterrupted service."}, 429, {"Retry-After": "1.0"})
                if fault == "throttled":
                    return _json({"errors": [{"message": "Throttled", "extensions": {
                        "code": "THROTTLED", "documentation": "https://shopify.dev/api/usage/rate-limits"}}],
                        "extensions": self._cost(available=0.0)})
                return Response("<html>Internal Server Error</html>", status=500)
            body = json.loads(request.get_data(as_text=True))
            query, variables = body["query"], body.get("variables") or {}
            if "query FindReturn" in query:
                name = re.fullmatch(r"name:(.+)", variables["query"]).group(1)  # type: ignore[union-attr]
                nodes = [self._order(name, self.orders[name])] if name in self.orders else []
                return _json({"data": {"orders": {"nodes": nodes}}, "extensions": self._cost()})
            if "mutation ProcessReturn" in query:
                return _json({"data": {"returnProcess": self._process(variables["input"])},
                              "extensions": self._cost()})
            if "mutation CloseReturn" in query:
                ret = next(r for r in self.orders.values() if r.id == variables["id"])
                ret.status = "CLOSED"
                self.closed.append(ret.id)
                return _json({"data": {"returnClose": {"return": {"id": ret.id, "status": "CLOSED"},
                                                       "userErrors": []}}, "extensions": self._cost()})
            return _json({"errors": [{"message": "Field 'x' doesn't exist on type 'QueryRoot'",
                                      "extensions": {"code": "undefinedField"}}]})

    def _process(self, given: dict[str, Any]) -> dict[str, Any]:
        ret = next((r for r in self.orders.values() if r.id == given["returnId"]), None)
        if ret is None:
            return {"return": None, "userErrors": [{"field": ["input", "returnId"], "message": "Return not found",
                                                    "code": "NOT_FOUND"}]}
        if ret.status != "OPEN":
            return {"return": None, "userErrors": [{"field": ["input", "returnId"],
                                                    "message": "Return is not in a processable state",
                                                    "code": "INVALID_STATE"}]}
        for i, item in enumerate(given["returnLineItems"]):
            line = next(v for v in ret.lines.values() if v["line"] == item["id"])
            for j, d in enumerate(item["dispositions"]):
                if d["dispositionType"] == "RESTOCKED" and not d.get("locationId"):
                    return {"return": None, "userErrors": [{
                        "field": ["input", "returnLineItems", str(i), "dispositions", str(j), "locationId"],
                        "message": "Location is required to restock", "code": "INVALID"}]}
                assert d["reverseFulfillmentOrderLineItemId"] == line["rfo_line"] and d["quantity"] == 1
            line["left"] -= item["quantity"]
        self.processed.append(given)
        return {"return": {"id": ret.id, "status": ret.status, "returnLineItems": {"nodes": [
            {"id": v["line"], "unprocessedQuantity": v["left"]} for v in ret.lines.values()]}}, "userErrors": []}


@dataclass
class WooCommerce:
    """A WooCommerce shop's wc/v3 orders and refunds, behind basic auth."""

    key: str = "ck_test"
    secret: str = "cs_test"
    orders: dict[int, list[dict[str, Any]]] = field(default_factory=dict)
    refunds: dict[int, list[dict[str, Any]]] = field(default_factory=dict)
    notes: list[dict[str, Any]] = field(default_factory=list)
    fail_posts: int = 0
    lock: threading.Lock = field(default_factory=threading.Lock)

    def __call__(self, request: Request) -> Response:
        with self.lock:
            auth = request.authorization
            if auth is None or (auth.username, auth.password) != (self.key, self.secret):
                return _json({"code": "woocommerce_rest_authentication_error", "message": "Invalid signature - "
                              "provided signature does not match.", "data": {"status": 401}}, 401)
            match = re.fullmatch(r"/wp-json/wc/v3/orders/(\d+)(/refunds|/notes)?", request.path)
            if match is None:
                return _json({"code": "rest_no_route", "message": "No route was found matching the URL and "
                              "request method.", "data": {"status": 404}}, 404)
            order_id, tail = int(match.group(1)), match.group(2)
            if order_id not in self.orders:
                return _json({"code": "woocommerce_rest_shop_order_invalid_id", "message": "Invalid ID.",
                              "data": {"status": 404}}, 404)
            if request.method == "GET" and tail is None:
                return _json({"id": order_id, "status": "completed", "currency": "EUR",
                              "line_items": self.orders[order_id]})
            if request.method == "GET" and tail == "/refunds":
                return _json(self.refunds.get(order_id, []))
            if request.method == "POST" and self.fail_posts > 0:
                self.fail_posts -= 1
                return _json({"code": "internal_server_error", "message": "There has been a critical error on "
                              "this website.", "data": {"status": 500}}, 500)
            body = json.loads(request.get_data(as_text=True))
            if tail == "/notes":
                self.notes.append(body)
                return _json({"id": len(self.notes), "note": body["note"]}, 201)
            for key in ("amount", "api_refund", "api_restock", "line_items"):
                if key not in body:
                    return _json({"code": "rest_missing_callback_param", "message": f"Missing parameter(s): {key}",
                                  "data": {"status": 400}}, 400)
            made = {"id": 700 + sum(len(v) for v in self.refunds.values()), "reason": body["reason"],
                    "amount": body["amount"], "refunded_payment": body["api_refund"], "body": body}
            self.refunds.setdefault(order_id, []).append(made)
            return _json(made, 201)


class Mailbox:
    """What the local SMTP server received, parsed as the customer's mail program would."""

    def __init__(self) -> None:
        self.messages: list[EmailMessage] = []
        self.recipients: list[list[str]] = []

    # aiosmtpd calls this by name once a whole message is in.
    async def handle_DATA(self, server: Any, session: Any, envelope: Any) -> str:
        self.messages.append(message_from_bytes(envelope.original_content, policy=policy.default))  # type: ignore
        self.recipients.append(list(envelope.rcpt_tos))
        return "250 Message accepted for delivery"


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])
