"""Outbound events of the central database and the relay that tells shops and customers (central side only)."""
