"""The dock stylesheet: loads resources/style/station.qss into the application."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QApplication

STYLE_DIR = Path(__file__).resolve().parent.parent / "resources" / "style"
STYLESHEET = STYLE_DIR / "station.qss"


def load_stylesheet(path: Path = STYLESHEET) -> str:
    return path.read_text(encoding="utf-8")


def apply_style(app: QApplication, path: Path = STYLESHEET) -> str:
    """Applies the stylesheet and returns it. Fusion first: it honours stylesheet sizes on every OS."""
    app.setStyle("Fusion")
    sheet = load_stylesheet(path)
    app.setStyleSheet(sheet)
    return sheet
