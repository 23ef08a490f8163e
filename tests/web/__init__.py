"""Tests of the web view of the central database, in a real browser against the real PostgreSQL."""
