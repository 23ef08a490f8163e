"""Scanning: decoders, the escalating decode pipeline, image files and label parsing."""
