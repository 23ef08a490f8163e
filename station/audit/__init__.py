"""The audit trail: every fact appends a hash-chained AuditEvent per station; `verify` checks chains and photos."""

from station.audit.chain import record
from station.audit.verify import VerifyReport, verify_store

__all__ = ["VerifyReport", "record", "verify_store"]
