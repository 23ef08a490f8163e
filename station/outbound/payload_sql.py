"""What each event says, as SQL run inside PostgreSQL at commit: one query per (event type, fact table).

Each query takes the fact's id as ``$1`` and returns one JSON object: ``inspection_id``, ``rma_number``,
``order_number`` and ``order_key`` (what deliveries are kept in order by) beside ``data``, the type's own part.
Money goes as decimal strings, so no receiver rounds a refund through a float.
"""

from __future__ import annotations

_REFUND = """(SELECT jsonb_build_object('settlement', f.settlement, 'price', f.price::text, 'fee', f.fee::text,
                 'amount', f.amount::text, 'policy_version', f.policy_version)
          FROM refund_recommendations f WHERE f.inspection_id = i.id)"""

_PHOTOS = """coalesce((SELECT jsonb_agg(jsonb_build_object('id', p.id, 'sha256', p.sha256, 'question_id', p.question_id,
                  'width', p.width, 'height', p.height) ORDER BY p.taken_at, p.id)
          FROM photos p WHERE p.inspection_id = i.id), '[]'::jsonb)"""

_INSPECTION = f"""
SELECT jsonb_build_object(
  'inspection_id', i.id, 'rma_number', i.rma_number, 'order_number', ra.order_number,
  'order_key', coalesce(i.rma_number, i.id::text),
  'data', jsonb_build_object(
    'station_id', i.station_id, 'rma_line_no', i.rma_line_no, 'sku', i.sku, 'serial', i.serial,
    'category', i.category, 'grade', i.grade, 'disposition', i.disposition,
    'reasons', coalesce(i.reasons::jsonb, '[]'::jsonb), 'flags', coalesce(i.flags::jsonb, '[]'::jsonb),
    'unexpected', i.unexpected, 'completed_at', i.completed_at,
    'refund', {_REFUND},
    'photos', {_PHOTOS}))
FROM inspections i LEFT JOIN return_authorizations ra ON ra.rma_number = i.rma_number WHERE i.id = $1
"""

_UNEXPECTED = """
SELECT jsonb_build_object(
  'inspection_id', i.id, 'rma_number', i.rma_number, 'order_number', ra.order_number,
  'order_key', coalesce(i.rma_number, i.id::text),
  'data', jsonb_build_object(
    'station_id', i.station_id, 'label_text', i.label_text, 'label_kind', i.label_kind, 'sku', i.sku,
    'serial', i.serial, 'category', i.category, 'grade', i.grade, 'disposition', i.disposition,
    'flags', coalesce(i.flags::jsonb, '[]'::jsonb), 'received_at', i.completed_at))
FROM inspections i LEFT JOIN return_authorizations ra ON ra.rma_number = i.rma_number WHERE i.id = $1
"""


def _outcome(source: str, table: str, by: str, reason: str) -> str:
    # The outcome before this decision: the latest other decision not after it, else the inspection's own.
    return f"""
SELECT jsonb_build_object(
  'inspection_id', i.id, 'rma_number', i.rma_number, 'order_number', ra.order_number,
  'order_key', coalesce(i.rma_number, i.id::text),
  'data', jsonb_build_object(
    'source', '{source}', 'decision_id', d.id, 'station_id', d.station_id, 'decided_by', d.{by},
    'decided_at', d.decided_at, 'reason', {reason}, 'sku', i.sku,
    'previous', coalesce((
      SELECT jsonb_build_object('grade', v.grade, 'disposition', v.disposition) FROM (
        SELECT r.id, r.grade, r.disposition, r.decided_at FROM reviews r WHERE r.inspection_id = i.id
        UNION ALL
        SELECT o.id, o.grade, o.disposition, o.decided_at FROM refurb_outcomes o WHERE o.inspection_id = i.id) v
      WHERE v.id <> d.id AND (v.decided_at, v.id) < (d.decided_at, d.id)
      ORDER BY v.decided_at DESC, v.id DESC LIMIT 1),
      jsonb_build_object('grade', i.grade, 'disposition', i.disposition)),
    'current', jsonb_build_object('grade', d.grade, 'disposition', d.disposition),
    'refund', {_REFUND}))
FROM {table} d JOIN inspections i ON i.id = d.inspection_id
LEFT JOIN return_authorizations ra ON ra.rma_number = i.rma_number WHERE d.id = $1
"""


# A container holds many returns: its deliveries keep their order per container, not per RMA.
_CONTAINER = """
SELECT jsonb_build_object(
  'inspection_id', NULL, 'rma_number', NULL, 'order_number', NULL, 'order_key', 'container:' || c.container_code,
  'data', jsonb_build_object(
    'close_id', c.id, 'container_code', c.container_code, 'station_id', c.station_id, 'reason', c.reason,
    'items_counted', c.items, 'closed_at', c.closed_at,
    'items', coalesce((
      SELECT jsonb_agg(jsonb_build_object('inspection_id', last.inspection_id, 'rma_number', i.rma_number,
                                          'sku', i.sku, 'grade', i.grade, 'disposition', i.disposition)
                       ORDER BY last.at, last.inspection_id)
      FROM (SELECT DISTINCT ON (p.inspection_id) p.inspection_id, p.action, p.at FROM container_placements p
            WHERE p.container_code = c.container_code AND p.at <= c.closed_at
            ORDER BY p.inspection_id, p.at DESC, p.id DESC) last
      JOIN inspections i ON i.id = last.inspection_id WHERE last.action = 'placed'), '[]'::jsonb)))
FROM container_closes c WHERE c.id = $1
"""

PAYLOADS: dict[tuple[str, str], str] = {
    ("inspection.completed", "inspections"): _INSPECTION,
    ("item.received_unexpectedly", "inspections"): _UNEXPECTED,
    ("outcome.changed", "reviews"): _outcome("review", "reviews", "reviewer_id", "d.reason"),
    ("outcome.changed", "refurb_outcomes"): _outcome("refurb", "refurb_outcomes", "technician_id", "d.override_reason"),
    ("container.closed", "container_closes"): _CONTAINER,
}
