"""Grading: declarative rules that turn checklist answers into a grade, a disposition, reasons and flags."""
