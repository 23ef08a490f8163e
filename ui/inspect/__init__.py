"""The Inspect mode: scan, identify, checklist, photos and grade."""
