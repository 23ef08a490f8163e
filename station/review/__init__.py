"""Shift leads' review: the queue of inspections that need a lead, decisions as facts, the evidence packet."""
