"""QtCharts for the dashboard cards: big labels, values on the bars, colours that mean the same on every screen.

Imported only when the Dashboard opens (QtCharts is a large module the dock never needs).
"""

from __future__ import annotations

from PySide6.QtCharts import (
    QAbstractBarSeries,
    QBarCategoryAxis,
    QBarSeries,
    QBarSet,
    QChart,
    QHorizontalBarSeries,
    QHorizontalStackedBarSeries,
    QPieSeries,
    QStackedBarSeries,
    QValueAxis,
)
from PySide6.QtCore import QMargins, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics

from ui.dashboard.figures import Figure

AXIS_FONT = QFont()
AXIS_FONT.setPointSize(10)
LABEL_FONT = QFont()
LABEL_FONT.setPointSize(11)
LABEL_FONT.setBold(True)
MAX_LABEL = 17
LABEL_PADDING = 28  # what Qt Charts puts around a category label, measured on the dock's screen


def _short(text: str) -> str:
    return text if len(text) <= MAX_LABEL else text[: MAX_LABEL - 1] + "…"


def _base() -> QChart:
    chart = QChart()
    chart.legend().setVisible(False)
    chart.setBackgroundRoundness(0)
    chart.setMargins(QMargins(4, 4, 4, 4))
    chart.setAnimationOptions(QChart.AnimationOption.NoAnimation)
    return chart


def _bars(figure: Figure, horizontal: bool) -> QChart:
    chart = _base()
    count = len(figure.values)
    # Horizontal bars list the largest first, at the top.
    order = list(range(count))[::-1] if horizontal else list(range(count))
    labels = [_short(figure.labels[i]) for i in order]
    if len(set(figure.colours)) <= 1:
        # One colour: one set, its values written just past the end of each bar in dark text.
        series = QHorizontalBarSeries() if horizontal else QBarSeries()
        bar = QBarSet("")
        bar.append([float(figure.values[i]) for i in order])
        colour = QColor(figure.colours[0] if figure.colours else "#0b4fb3")
        bar.setColor(colour)
        bar.setBorderColor(colour)
        bar.setLabelColor(QColor("#111111"))
        bar.setLabelFont(LABEL_FONT)
        series.append(bar)
        series.setLabelsPosition(QAbstractBarSeries.LabelsPosition.LabelsOutsideEnd)
        series.setLabelsVisible(True)
        headroom = 1.6 if horizontal else 1.2
    else:
        # A colour per bar (grades): one stacked set per bar, zero elsewhere; the count goes in the axis label,
        # since a short bar has no room for it.
        series = QHorizontalStackedBarSeries() if horizontal else QStackedBarSeries()
        for position, index in enumerate(order):
            bar = QBarSet(figure.labels[index])
            values = [0.0] * count
            values[position] = float(figure.values[index])
            bar.append(values)
            colour = QColor(figure.colours[index])
            bar.setColor(colour)
            bar.setBorderColor(colour)
            series.append(bar)
        # Under a column the count goes on a line of its own: "A · 712" is wider than a column, and Qt Charts
        # then leaves the label out altogether.
        joint = " · " if horizontal else "\n"
        labels = [f"{label}{joint}{_number(figure.values[i])}" for label, i in zip(labels, order, strict=True)]
        headroom = 1.05
    series.setBarWidth(0.72)
    series.setLabelsFormat("@value")
    # Enough digits that a total of 90 912 is not shown as 9.09e+04; the figures round their values.
    series.setLabelsPrecision(12)
    chart.addSeries(series)
    categories = QBarCategoryAxis()
    categories.append(labels)
    categories.setLabelsFont(AXIS_FONT)
    categories.setTruncateLabels(False)
    categories.setGridLineVisible(False)
    values_axis = QValueAxis()
    top = max([float(v) for v in figure.values] or [1.0])
    values_axis.setRange(0, top * headroom if top > 0 else 1)
    # Every bar carries its value: the value axis only sets the scale, so it takes no room on a small card.
    values_axis.setVisible(False)
    if horizontal:
        chart.addAxis(categories, Qt.AlignmentFlag.AlignLeft)
        chart.addAxis(values_axis, Qt.AlignmentFlag.AlignBottom)
    else:
        chart.addAxis(categories, Qt.AlignmentFlag.AlignBottom)
        chart.addAxis(values_axis, Qt.AlignmentFlag.AlignLeft)
    series.attachAxis(categories)
    series.attachAxis(values_axis)
    return chart


def _number(value: float) -> str:
    return f"{value:.0f}" if float(value).is_integer() else f"{value:.1f}"


def _pie(figure: Figure) -> QChart:
    chart = _base()
    series = QPieSeries()
    series.setHoleSize(0.45)
    series.setPieSize(0.8)
    series.setHorizontalPosition(0.3)
    total = sum(figure.values) or 1
    for index, (label, value) in enumerate(zip(figure.labels, figure.values, strict=True)):
        part = series.append(f"{label} {100 * value / total:.0f} %", float(value))
        part.setColor(QColor(figure.colours[index] if index < len(figure.colours) else "#0b4fb3"))
        part.setBorderColor(QColor("#ffffff"))
    chart.addSeries(series)
    # A legend, not slice labels: a thin slice's label would collide with its neighbours'.
    legend = chart.legend()
    legend.setVisible(True)
    legend.setAlignment(Qt.AlignmentFlag.AlignRight)
    legend.setFont(AXIS_FONT)
    return chart


def build_chart(figure: Figure) -> QChart:
    if figure.kind == "pie":
        return _pie(figure)
    return _bars(figure, horizontal=figure.kind == "hbar")


def fit_plot_area(chart: QChart, figure: Figure, width: int, height: int) -> None:
    """Horizontal bars: reserve room for the longest name, which Qt Charts would otherwise cut at the edge."""
    if figure.kind != "hbar" or width <= 0 or height <= 0:
        return
    metrics = QFontMetrics(AXIS_FONT)
    shown = [label for axis in chart.axes(Qt.Orientation.Vertical) if isinstance(axis, QBarCategoryAxis)
             for label in axis.categories()]
    # Qt Charts pads a label on both sides, more than its own metrics say; right to left the start of a Latin name
    # was cut off ("/ireless…"). A label still too long for half the card is shortened here, never at the edge.
    room = min(max([metrics.horizontalAdvance(label) for label in shown] or [0]) + LABEL_PADDING, width * 3 // 5)
    for axis in chart.axes(Qt.Orientation.Vertical):
        if isinstance(axis, QBarCategoryAxis):
            labels = axis.categories()
            fitted = [metrics.elidedText(label, Qt.TextElideMode.ElideRight, room - LABEL_PADDING + 2)
                      for label in labels]
            if fitted != labels:
                axis.setCategories(fitted)
    chart.setPlotArea(QRectF(room, 12, max(20, width - room - 10), max(20, height - 24)))
