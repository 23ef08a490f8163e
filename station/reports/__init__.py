"""Report figures for the dashboard and `station report summary`: one SQL path for SQLite and PostgreSQL."""
