"""One dashboard card: a title, the chart or its table (a button switches), and a CSV export of the table."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QPainter, QResizeEvent
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QStackedWidget,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ui.dashboard.figures import Figure


class ChartPanel(QFrame):
    export_requested = Signal(object)  # the Figure whose table to write

    def __init__(self, key: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("dashboardCard")
        self.key = key
        self.figure: Figure | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 6, 8, 6)
        layout.setSpacing(2)
        self.title = QLabel("", self)
        self.title.setProperty("role", "cardTitle")
        self.title.setMinimumWidth(40)
        self.title.setWordWrap(True)
        layout.addWidget(self.title)
        self.stack = QStackedWidget(self)
        from PySide6.QtCharts import QChartView  # lazy: the dashboard is the only user of QtCharts

        self.view = QChartView(self.stack)
        self.view.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.view.setObjectName(f"{key}Chart")
        self.view.setMinimumSize(120, 120)
        self.empty = QLabel(self.tr("Nothing in this period."), self.stack)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setWordWrap(True)  # five cards share a row: a longer language wraps, the window keeps its width
        self.empty.setProperty("role", "hint")
        self.table = QTableWidget(self.stack)
        self.table.setObjectName(f"{key}Table")
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        self.table.setAlternatingRowColors(True)
        for widget in (self.view, self.empty, self.table):
            self.stack.addWidget(widget)
        layout.addWidget(self.stack, 1)
        # The buttons sit under the chart, so the title keeps the whole width of a narrow card.
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        self.table_button = QPushButton(self.tr("Table"), self)
        self.table_button.setObjectName(f"{key}TableButton")
        self.table_button.setCheckable(True)
        self.table_button.setProperty("role", "small")
        self.table_button.toggled.connect(self._switch)
        buttons.addWidget(self.table_button)
        self.csv_button = QPushButton(self.tr("CSV…"), self)
        self.csv_button.setObjectName(f"{key}CsvButton")
        self.csv_button.setProperty("role", "small")
        self.csv_button.clicked.connect(lambda: self.figure and self.export_requested.emit(self.figure))
        buttons.addWidget(self.csv_button)
        layout.addLayout(buttons)

    def show_figure(self, figure: Figure) -> None:
        from ui.dashboard.charts import build_chart

        self.figure = figure
        self.title.setText(figure.title)
        old = self.view.chart()
        self.view.setChart(build_chart(figure))
        if old is not None:
            old.deleteLater()
        self._fit()
        self.table.clear()
        self.table.setColumnCount(len(figure.header))
        self.table.setHorizontalHeaderLabels(figure.header)
        self.table.setRowCount(len(figure.rows))
        for r, row in enumerate(figure.rows):
            for c, value in enumerate(row):
                item = QTableWidgetItem(str(value))
                if isinstance(value, int | float):
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                self.table.setItem(r, c, item)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        self._switch(self.table_button.isChecked())

    def _switch(self, table: bool) -> None:
        if table:
            self.stack.setCurrentWidget(self.table)
        elif self.figure is not None and not any(self.figure.values):  # bars of zero are no data either
            self.stack.setCurrentWidget(self.empty)
        else:
            self.stack.setCurrentWidget(self.view)

    def _fit(self) -> None:
        from ui.dashboard.charts import fit_plot_area

        chart = self.view.chart()
        if self.figure is not None and chart is not None:
            fit_plot_area(chart, self.figure, self.view.viewport().width(), self.view.viewport().height())

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit()
