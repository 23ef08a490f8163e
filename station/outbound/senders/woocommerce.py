"""WooCommerce REST (wc/v3): a refund for the returned line, with ``api_refund`` and ``api_restock`` per mapping.

The order id is the order number's digits (WooCommerce numbers orders by id unless a plug-in says otherwise).
The refund's reason carries the idempotency key, so a second delivery finds its refund and stops there. A
settlement that is not a refund (store credit, exchange) becomes an order note instead of a refund.
"""

from __future__ import annotations

import re
from typing import Any

import httpx

from station.outbound.answers import Answer, from_error, from_response, short
from station.outbound.config import WooCommerceDestination, secret


class WooCommerceSender:
    def __init__(self, destination: WooCommerceDestination, client: httpx.Client) -> None:
        self.destination = destination
        self.client = client
        self.auth = (str(secret(destination.name, destination.key_env)),
                     str(secret(destination.name, destination.secret_env)))
        self.base = destination.url.rstrip("/") + "/wp-json/wc/v3"

    def _request(self, method: str, path: str, **kwargs: Any) -> httpx.Response | Answer:
        try:
            response = self.client.request(method, self.base + path, auth=self.auth, **kwargs)
        except httpx.HTTPError as exc:
            return from_error(exc)
        if not 200 <= response.status_code < 300:
            return from_response(response)
        return response

    def send(self, payload: dict[str, Any], key: str, extras: Any) -> Answer:
        data = payload["data"]
        digits = re.sub(r"\D", "", str(payload.get("order_number") or ""))
        if not digits:
            return Answer("refused", "the inspection has no order number to find the WooCommerce order by")
        order = self._request("GET", f"/orders/{int(digits)}")
        if isinstance(order, Answer):
            return order
        refunds = self._request("GET", f"/orders/{int(digits)}/refunds", params={"per_page": 100})
        if isinstance(refunds, Answer):
            return refunds
        if any(key in str(r.get("reason") or "") for r in refunds.json()):
            return Answer("delivered", f"order {digits} already has this refund", refunds.status_code)
        line = next((li for li in order.json().get("line_items") or [] if li.get("sku") == data.get("sku")), None)
        if line is None:
            return Answer("refused", f"order {digits} has no line with SKU {data.get('sku')} in WooCommerce")
        refund = data.get("refund") or {}
        words = (f"Return {payload.get('rma_number')} inspected: grade {data['grade']}, {data['disposition']} "
                 f"[{key}]")
        if refund.get("settlement") != "refund":
            note = self._request("POST", f"/orders/{int(digits)}/notes",
                                 json={"note": f"{words}; {refund.get('settlement') or 'no'} settlement",
                                       "customer_note": False})
            return note if isinstance(note, Answer) else Answer("delivered", "order note added", note.status_code)
        body = {
            "amount": refund["amount"],
            "reason": words,
            "api_refund": bool(self.destination.auto_refund),
            "api_restock": bool(self.destination.restock.get(str(data["disposition"]), False)),
            "line_items": [{"id": line["id"], "quantity": 1, "refund_total": refund["amount"]}],
        }
        made = self._request("POST", f"/orders/{int(digits)}/refunds", json=body)
        if isinstance(made, Answer):
            return made
        return Answer("delivered", short(f"refund {made.json().get('id')} of {refund['amount']}"), made.status_code)
