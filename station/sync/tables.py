"""Which tables sync, and how: facts go up (and other stations' come down), reference data comes down.

Nothing here names a fact table. A table may say what it is with ``info={"sync": "fact" | "reference" |
"local"}``; otherwise a table with a single ``id`` key that carries ``station_id`` (or points by foreign key at
a fact table that does) is a fact, the core catalog tables are reference data, and the rest stays local.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from sqlalchemy import Column, Integer, Table, UniqueConstraint

import db.all_models  # noqa: F401  (every model module, so every table is known)
from db.models import Base

REFERENCE = ("stations", "users", "products", "return_authorizations", "rma_lines", "checklist_templates",
             "grading_rules")
LOCAL = ("drafts", "outbox", "alembic_version")


@dataclass(frozen=True)
class FactTable:
    table: Table
    # How a row names its station: its own column, or its parent's through this foreign key.
    station_column: str | None
    parent: tuple[str, str, str] | None  # (fk column, parent table, parent key column)
    # The column holding a photo's SHA-256, when the fact is a photo kept in the evidence store.
    photo_column: str | None

    @property
    def name(self) -> str:
        return self.table.name


@dataclass(frozen=True)
class ReferenceTable:
    table: Table
    # The columns a row is matched on when pulled: a natural key when the primary key is a local counter.
    match: tuple[str, ...]
    # Columns not copied from the central (the local counter that the natural key stands in for).
    skip: tuple[str, ...]

    @property
    def name(self) -> str:
        return self.table.name

    @property
    def key_columns(self) -> tuple[Column, ...]:
        return tuple(self.table.primary_key.columns)


def _kind(table: Table) -> str:
    declared = table.info.get("sync")
    if declared in ("fact", "reference", "local"):
        return str(declared)
    if table.name in REFERENCE:
        return "reference"
    if table.name in LOCAL or table.name.startswith("sync_"):
        return "local"
    return "fact?"


def _single_id(table: Table) -> bool:
    keys = list(table.primary_key.columns)
    return len(keys) == 1 and keys[0].name == "id"


@cache
def fact_tables() -> tuple[FactTable, ...]:
    """Fact tables, parents before children (the order rows are inserted in)."""
    found: dict[str, FactTable] = {}
    for table in Base.metadata.sorted_tables:
        kind = _kind(table)
        if kind not in ("fact", "fact?") or not _single_id(table):
            continue
        photo = "sha256" if "sha256" in table.c else None
        if "station_id" in table.c:
            found[table.name] = FactTable(table, "station_id", None, photo)
            continue
        parent = next(((fk.parent.name, fk.column.table.name, fk.column.name) for fk in table.foreign_keys
                       if fk.column.table.name in found and found[fk.column.table.name].station_column), None)
        if parent is not None or kind == "fact":
            found[table.name] = FactTable(table, None, parent, photo)
    return tuple(found.values())


@cache
def reference_tables() -> tuple[ReferenceTable, ...]:
    """Reference tables, parents before children."""
    found = []
    for table in Base.metadata.sorted_tables:
        if _kind(table) != "reference":
            continue
        keys = list(table.primary_key.columns)
        counter = len(keys) == 1 and isinstance(keys[0].type, Integer) and keys[0].autoincrement in (True, "auto")
        unique = next((c for c in table.constraints if isinstance(c, UniqueConstraint)), None)
        if counter and unique is not None:
            found.append(ReferenceTable(table, tuple(c.name for c in unique.columns), (keys[0].name,)))
        else:
            found.append(ReferenceTable(table, tuple(k.name for k in keys), ()))
    return tuple(found)


def fact(name: str) -> FactTable | None:
    return next((t for t in fact_tables() if t.name == name), None)


def reference(name: str) -> ReferenceTable | None:
    return next((t for t in reference_tables() if t.name == name), None)


def synced_table(name: str) -> Table | None:
    found = fact(name) or reference(name)
    return found.table if found else None


@cache
def attribute_columns(name: str) -> dict[str, str]:
    """Payload key (the model's attribute) to column name, for a table's mapped class."""
    for mapper in Base.registry.mappers:
        if getattr(mapper, "local_table", None) is not None and mapper.local_table.name == name:
            return {prop.key: prop.columns[0].name for prop in mapper.column_attrs}
    table = Base.metadata.tables[name]
    return {column.name: column.name for column in table.columns}
