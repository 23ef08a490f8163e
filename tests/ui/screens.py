"""Screenshots from UI tests: artifacts/screens/<name>.png under the repository root (git-ignored)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QApplication, QWidget

REPO = Path(__file__).resolve().parents[2]
SCREENS = REPO / "artifacts" / "screens"


def save_screenshot(widget: QWidget, name: str) -> Path:
    """Grabs the widget as drawn now and returns the PNG's path; fails loudly if nothing was saved."""
    SCREENS.mkdir(parents=True, exist_ok=True)
    path = SCREENS / f"{name}.png"
    # Layout and style changes are posted events: apply them, so the picture shows the current state.
    QApplication.processEvents()
    pixmap = widget.grab()
    if pixmap.isNull() or not pixmap.save(str(path), "PNG"):
        raise AssertionError(f"screenshot {name} could not be saved to {path}")
    return path
