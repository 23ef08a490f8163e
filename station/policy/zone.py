"""The warehouse's time zone from the policy, for commands that count days without opening a station."""

from __future__ import annotations

from datetime import tzinfo

from station.config import RESOURCES
from station.policy.loading import load_warehouse_text
from station.policy.window import warehouse_zone


def configured_zone() -> tzinfo | None:
    """None (the computer's zone) when the warehouse file is missing or broken: its problem is reported elsewhere."""
    try:
        return warehouse_zone(load_warehouse_text((RESOURCES / "policy" / "warehouse.yaml").read_text("utf-8")))
    except Exception:
        return None
