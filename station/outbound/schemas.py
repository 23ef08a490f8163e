"""The published JSON Schemas of the event payloads (docs/events/), and the check every payload passes."""

from __future__ import annotations

import json
from functools import cache
from pathlib import Path
from typing import Any

SCHEMA_DIR = Path(__file__).resolve().parents[2] / "docs" / "events"


@cache
def _validator(event_type: str) -> Any:
    from jsonschema import Draft202012Validator, FormatChecker

    schema = json.loads((SCHEMA_DIR / f"{event_type}.schema.json").read_text(encoding="utf-8"))
    Draft202012Validator.check_schema(schema)
    return Draft202012Validator(schema, format_checker=FormatChecker())


def problems(payload: dict[str, Any]) -> list[str]:
    """What is wrong with a payload against its type's schema, one line each; empty when it conforms."""
    event_type = str(payload.get("type"))
    if not (SCHEMA_DIR / f"{event_type}.schema.json").is_file():
        return [f"no published schema for event type {event_type!r}"]
    return [f"{'/'.join(str(p) for p in error.absolute_path) or '(top)'}: {error.message}"
            for error in _validator(event_type).iter_errors(payload)]
