"""The audit trail: every fact appends a hash-chained AuditEvent per station; `verify` checks chains and photos."""
