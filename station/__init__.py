"""The returns inspection station's domain: scanning, checklists, grading, evidence and sync, free of Qt."""

__version__ = "0.1.0"
