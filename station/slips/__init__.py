"""Grading slips: what travels with a graded item (PDF for 4x6 in and A6 labels, ZPL for thermal printers)."""
