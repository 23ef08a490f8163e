"""Shopify Admin GraphQL: the return's line processed with the disposition our decision maps to, then closed.

The order is found by its name (our RMA's order number), the return line and its reverse-fulfilment line by
SKU. ``returnProcess`` takes the disposition (RESTOCKED at the configured location, PROCESSING_REQUIRED,
NOT_RESTOCKED, MISSING) and, when the warehouse allows automatic refunds and the policy recommends one, the
refund against the order's sale transaction; ``returnClose`` follows once no line waits. A return already
closed, or a line already processed, is taken as delivered: that is how a second delivery stays harmless.
"""

from __future__ import annotations

from typing import Any

import httpx

from station.outbound.answers import Answer, from_error, from_response, short
from station.outbound.config import ShopifyDestination, secret

FIND_RETURN = """
query FindReturn($query: String!) {
  orders(first: 1, query: $query) {
    nodes {
      id
      name
      transactions(first: 10) { id kind status amountSet { presentmentMoney { amount currencyCode } } }
      returns(first: 10) {
        nodes {
          id
          status
          returnLineItems(first: 50) {
            nodes {
              ... on ReturnLineItem {
                id
                quantity
                unprocessedQuantity
                fulfillmentLineItem { lineItem { sku } }
              }
            }
          }
          reverseFulfillmentOrders(first: 10) {
            nodes {
              id
              lineItems(first: 50) {
                nodes { id totalQuantity fulfillmentLineItem { lineItem { sku } } }
              }
            }
          }
        }
      }
    }
  }
}
"""

PROCESS = """
mutation ProcessReturn($input: ReturnProcessInput!) {
  returnProcess(input: $input) {
    return { id status returnLineItems(first: 50) { nodes { ... on ReturnLineItem { id unprocessedQuantity } } } }
    userErrors { field message code }
  }
}
"""

CLOSE = """
mutation CloseReturn($id: ID!) {
  returnClose(id: $id) {
    return { id status }
    userErrors { field message code }
  }
}
"""


class _Stop(Exception):
    def __init__(self, answer: Answer) -> None:
        super().__init__(answer.text)
        self.answer = answer


def _nodes(value: Any) -> list[dict[str, Any]]:
    return list((value or {}).get("nodes") or [])


def _sku(line: dict[str, Any]) -> str | None:
    return (((line.get("fulfillmentLineItem") or {}).get("lineItem")) or {}).get("sku")


class ShopifySender:
    def __init__(self, destination: ShopifyDestination, client: httpx.Client) -> None:
        self.destination = destination
        self.client = client
        self.token = str(secret(destination.name, destination.token_env))
        self.endpoint = f"{destination.shop_url.rstrip('/')}/admin/api/{destination.api_version}/graphql.json"

    def _call(self, query: str, variables: dict[str, Any]) -> dict[str, Any]:
        try:
            response = self.client.post(self.endpoint, json={"query": query, "variables": variables},
                                        headers={"X-Shopify-Access-Token": self.token})
        except httpx.HTTPError as exc:
            raise _Stop(from_error(exc)) from exc
        if response.status_code != 200:
            raise _Stop(from_response(response))
        body = response.json()
        errors = body.get("errors") or []
        if errors:
            codes = {str((e.get("extensions") or {}).get("code")) for e in errors}
            text = short("; ".join(str(e.get("message")) for e in errors))
            if "THROTTLED" in codes:
                raise _Stop(Answer("retry", f"Shopify: {text}", 200, self._throttle_wait(body)))
            if codes & {"INTERNAL_SERVER_ERROR", "SERVICE_UNAVAILABLE"}:
                raise _Stop(Answer("retry", f"Shopify: {text}", 200))
            raise _Stop(Answer("refused", f"Shopify: {text}", 200))
        return dict(body.get("data") or {})

    @staticmethod
    def _throttle_wait(body: dict[str, Any]) -> float | None:
        """How long until the bucket holds the query's cost again, from Shopify's own throttle status."""
        cost = (body.get("extensions") or {}).get("cost") or {}
        status = cost.get("throttleStatus") or {}
        try:
            missing = float(cost.get("requestedQueryCost") or 0) - float(status.get("currentlyAvailable") or 0)
            return max(1.0, missing / float(status["restoreRate"]))
        except (KeyError, TypeError, ValueError, ZeroDivisionError):
            return None

    def _mapped(self, data: dict[str, Any]) -> str:
        flags = {str(f.get("kind")) for f in data.get("flags") or [] if isinstance(f, dict)}
        ours = "missing" if flags & set(self.destination.missing_flags) else str(data["disposition"])
        if ours not in self.destination.dispositions:
            raise _Stop(Answer("refused", f"no Shopify disposition is mapped for {ours!r} (destinations file)"))
        return self.destination.dispositions[ours]

    def send(self, payload: dict[str, Any], key: str, extras: Any) -> Answer:
        try:
            return self._send(payload)
        except _Stop as stop:
            return stop.answer
        except (ValueError, KeyError, TypeError) as exc:  # an answer not shaped like Shopify's
            return Answer("retry", short(f"Shopify answered in an unexpected shape: {exc!r}"))

    def _send(self, payload: dict[str, Any]) -> Answer:
        data = payload["data"]
        order_number, sku = payload.get("order_number"), data.get("sku")
        if not order_number or not sku:
            return Answer("refused", "the inspection has no order number or SKU to find the Shopify return by")
        orders = _nodes(self._call(FIND_RETURN, {"query": f"name:{order_number}"}).get("orders"))
        if not orders:
            return Answer("refused", f"Shopify has no order named {order_number}")
        order = orders[0]
        found = None
        for ret in _nodes(order.get("returns")):
            line = next((li for li in _nodes(ret.get("returnLineItems")) if _sku(li) == sku), None)
            if line is not None:
                found = (ret, line)
                if ret.get("status") == "OPEN":
                    break
        if found is None:
            return Answer("refused", f"order {order_number} has no return with SKU {sku} in Shopify")
        ret, line = found
        if ret.get("status") == "CLOSED" or int(line.get("unprocessedQuantity") or 0) == 0:
            return Answer("delivered", f"return {ret['id']} already processed in Shopify")
        reverse_line = next((rl for rfo in _nodes(ret.get("reverseFulfillmentOrders"))
                             for rl in _nodes(rfo.get("lineItems")) if _sku(rl) == sku), None)
        disposition = self._mapped(data)
        dispose: dict[str, Any] = {"dispositionType": disposition, "quantity": 1,
                                   "reverseFulfillmentOrderLineItemId": (reverse_line or {}).get("id")}
        if reverse_line is None:
            return Answer("refused", f"return {ret['id']} has no reverse fulfilment line for SKU {sku}")
        if disposition == "RESTOCKED":
            dispose["locationId"] = self.destination.location_id
        process: dict[str, Any] = {"returnId": ret["id"], "notifyCustomer": False,
                                   "returnLineItems": [{"id": line["id"], "quantity": 1, "dispositions": [dispose]}]}
        refund = data.get("refund") or {}
        if self.destination.auto_refund and refund.get("settlement") == "refund" and float(refund["amount"]) > 0:
            sale = next((t for t in order.get("transactions") or []
                         if t.get("kind") in ("SALE", "CAPTURE") and t.get("status") == "SUCCESS"), None)
            if sale is None:
                return Answer("refused", f"order {order_number} has no successful sale to refund in Shopify")
            currency = sale["amountSet"]["presentmentMoney"]["currencyCode"]
            process["financialTransfer"] = {"issueRefund": {"orderTransactions": [
                {"parentId": sale["id"], "transactionAmount": {"amount": refund["amount"], "currencyCode": currency}}]}}
        result = self._call(PROCESS, {"input": process}).get("returnProcess") or {}
        errors = result.get("userErrors") or []
        if errors:
            return Answer("refused", short("Shopify: " + "; ".join(
                f"{'.'.join(e.get('field') or [])}: {e.get('message')}" for e in errors)), 200)
        processed = result.get("return") or {}
        waiting = [li for li in _nodes(processed.get("returnLineItems")) if int(li.get("unprocessedQuantity") or 0)]
        if processed.get("status") == "OPEN" and not waiting:
            closed = self._call(CLOSE, {"id": ret["id"]}).get("returnClose") or {}
            errors = closed.get("userErrors") or []
            if errors:
                return Answer("refused", short("Shopify returnClose: " + "; ".join(
                    str(e.get("message")) for e in errors)), 200)
        return Answer("delivered", f"return {ret['id']}: {disposition}", 200)


