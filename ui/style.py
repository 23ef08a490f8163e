"""The dock stylesheet: resources/style/station.qss, scaled to the station's font size, with an optional theme."""

from __future__ import annotations

import re
from pathlib import Path

from PySide6.QtWidgets import QApplication

STYLE_DIR = Path(__file__).resolve().parent.parent / "resources" / "style"
STYLESHEET = STYLE_DIR / "station.qss"
# A theme is a second sheet appended after the base one, so it only restates what it changes.
THEMES: dict[str, Path | None] = {"standard": None, "high_contrast": STYLE_DIR / "high_contrast.qss"}

_FONT_SIZE = re.compile(r"font-size:\s*(\d+(?:\.\d+)?)pt")


def load_stylesheet(path: Path = STYLESHEET) -> str:
    return path.read_text(encoding="utf-8")


def scale_fonts(sheet: str, factor: float) -> str:
    """Every ``font-size: Npt`` times `factor`; boxes grow with the text, since sizes follow the font."""
    if factor == 1:
        return sheet
    return _FONT_SIZE.sub(lambda m: f"font-size: {max(6.0, float(m.group(1)) * factor):.1f}pt", sheet)


def build_stylesheet(path: Path = STYLESHEET, *, font_scale: float = 1.0, theme: str = "standard") -> str:
    sheet = load_stylesheet(path)
    extra = THEMES.get(theme)
    if extra is not None:
        sheet += "\n" + load_stylesheet(extra)
    return scale_fonts(sheet, font_scale)


def apply_style(app: QApplication, path: Path = STYLESHEET, *, font_scale: float = 1.0,
                theme: str = "standard", set_fusion: bool = True) -> str:
    """Applies the stylesheet and returns it. Fusion first: it honours stylesheet sizes on every OS.

    An application started with ``-style Fusion`` (the window's own start) passes ``set_fusion=False``: setting
    it again from Python hands the style object to Python, whose QStyle enums cost the first screen 5 ms.
    """
    if set_fusion:
        app.setStyle("Fusion")
    sheet = build_stylesheet(path, font_scale=font_scale, theme=theme)
    app.setStyleSheet(sheet)
    return sheet
