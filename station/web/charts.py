"""Bar charts as inline SVG drawn on the server: no script and no chart library in the browser."""

from __future__ import annotations

from collections.abc import Sequence
from html import escape

from markupsafe import Markup

BAR_H, GAP, LABEL_W, WIDTH = 22, 6, 170, 560


def bars(rows: Sequence[tuple[str, float]], unit: str = "", rtl: bool = False) -> Markup:
    """Horizontal bars, one a row, the value written beside each; right to left mirrors the drawing."""
    if not rows:
        return Markup("")
    top = max(v for _label, v in rows) or 1
    height = len(rows) * (BAR_H + GAP)
    parts = [f'<svg class="chart" role="img" viewBox="0 0 {WIDTH} {height}" width="{WIDTH}" height="{height}" '
             f'xmlns="http://www.w3.org/2000/svg">']
    span = WIDTH - LABEL_W - 60
    for n, (label, value) in enumerate(rows):
        y = n * (BAR_H + GAP)
        w = max(1.0, span * value / top)
        shown = f"{value:g}{unit}"
        if rtl:
            parts.append(f'<text x="{WIDTH - 4}" y="{y + 15}" text-anchor="end">{escape(label)}</text>'
                         f'<rect x="{WIDTH - LABEL_W - w}" y="{y}" width="{w:.1f}" height="{BAR_H}"/>'
                         f'<text x="{WIDTH - LABEL_W - w - 4}" y="{y + 15}" text-anchor="end">{shown}</text>')
        else:
            parts.append(f'<text x="0" y="{y + 15}">{escape(label)}</text>'
                         f'<rect x="{LABEL_W}" y="{y}" width="{w:.1f}" height="{BAR_H}"/>'
                         f'<text x="{LABEL_W + w + 4}" y="{y + 15}">{shown}</text>')
    parts.append("</svg>")
    return Markup("".join(parts))
