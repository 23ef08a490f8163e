"""Checklists: per-category templates loaded from YAML, conditional questions, answers and photo rules."""
