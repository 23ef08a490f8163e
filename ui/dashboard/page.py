"""The Dashboard mode's page: a period and filters, headline figures, and ten cards of charts with tables."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QDateTime, Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from station.context import StationContext
from station.people import UserSummary
from station.services.dashboard import DashboardData, DashboardRequest, dashboard_data, write_table_csv
from station.services.shop_notices import shop_notice_counts
from ui.dashboard.figures import Figure, FigureBuilder
from ui.i18n import error_text, translate_station
from ui.modes import ModePage
from ui.outcome_display import disposition_name
from ui.tasks import TaskRunner
from ui.widgets import FitButton

AUTO_REFRESH_MS = 5 * 60 * 1000
# Where each card sits on a 5-column grid of two rows: (row, column). Two tall rows read better from a distance
# than three short ones.
PLACES = {"trend": (0, 0), "grades": (0, 1), "dispositions": (0, 2), "money": (0, 3), "times": (0, 4),
          "reasons": (1, 0), "top_products": (1, 1), "category_rates": (1, 2), "pace": (1, 3), "flags": (1, 4)}
COLUMNS, ROWS = 5, 2


class KpiTile(QFrame):
    def __init__(self, caption: str, key: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("kpiTile")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 4, 10, 4)
        layout.setSpacing(0)
        self.value = QLabel("—", self)
        self.value.setObjectName(f"kpi_{key}")
        self.value.setProperty("role", "kpiValue")
        layout.addWidget(self.value)
        label = QLabel(caption, self)
        label.setProperty("role", "kpiCaption")
        # Eight tiles share one row: longer languages wrap their captions instead of widening the window.
        label.setWordWrap(True)
        layout.addWidget(label)


class DashboardPage(ModePage):
    refreshed = Signal(object)  # DashboardData
    csv_written = Signal(object)  # Path

    def __init__(self, ctx: StationContext, runner: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("dashboardPage")
        self.ctx = ctx
        self.runner = runner
        self.user: UserSummary | None = None
        self.data: DashboardData | None = None
        self.choose_csv_path = self._ask_csv_path  # replaceable by tests
        outer = QVBoxLayout(self)
        outer.setContentsMargins(10, 6, 10, 6)
        outer.setSpacing(6)
        outer.addLayout(self._filter_bar())
        # On its own line: the filters keep the whole width in longer languages.
        outer.addWidget(self.status)
        tiles = QHBoxLayout()
        self.tiles = {key: KpiTile(caption, key, self) for key, caption in (
            ("inspections", self.tr("inspections")), ("median", self.tr("median minutes, scan to complete")),
            ("p90", self.tr("p90 minutes, scan to complete")), ("review", self.tr("median hours to lead review")),
            ("refunds", self.tr("refunds and exchanges")), ("credit", self.tr("store credit")),
            ("flagged", self.tr("flagged for a lead")),
            # Someone guessing PINs shows here first: ten wrong PINs lock a person, the count keeps rising.
            ("failed_signins", self.tr("wrong PINs at sign-in")))}
        for tile in self.tiles.values():
            tiles.addWidget(tile, 1)
        outer.addLayout(tiles)
        # Put-away on a row of its own: what happens to the items after the grade.
        placed = QHBoxLayout()
        for key, caption in (("placed_per_hour", self.tr("items placed per hour")),
                             ("missorts", self.tr("mis-sorts caught by the confirm scan")),
                             ("open_containers", self.tr("open containers")),
                             ("move_tasks", self.tr("move tasks waiting"))):
            self.tiles[key] = KpiTile(caption, key, self)
            placed.addWidget(self.tiles[key], 1)
        outer.addLayout(placed)
        # Whether the shops heard of the inspections: the central relay's notices, as of the last sync.
        for key, caption in (("shop_refused", self.tr("inspections a shop refused")),
                             ("shop_waiting", self.tr("inspections the shop has not heard of yet"))):
            self.tiles[key] = KpiTile(caption, key, self)
            placed.addWidget(self.tiles[key], 1)
        grid = QGridLayout()
        grid.setSpacing(8)
        from ui.dashboard.panel import ChartPanel  # lazy: QtCharts loads with the first Dashboard

        self.panels: dict[str, ChartPanel] = {}
        for key, (row, column) in PLACES.items():
            panel = ChartPanel(key, self)
            panel.export_requested.connect(self.export_csv)
            grid.addWidget(panel, row, column)
            self.panels[key] = panel
        for column in range(COLUMNS):
            grid.setColumnStretch(column, 1)
        for row in range(ROWS):
            grid.setRowStretch(row, 1)
        outer.addLayout(grid, 1)
        self.timer = QTimer(self)
        self.timer.setInterval(AUTO_REFRESH_MS)
        self.timer.timeout.connect(self.refresh)
        QShortcut(QKeySequence("Ctrl+R"), self, activated=self.refresh)

    def _filter_bar(self) -> QHBoxLayout:
        bar = QHBoxLayout()
        self.period = QComboBox(self)
        self.period.setObjectName("dashboardPeriod")
        for days, text in ((7, self.tr("Last 7 days")), (30, self.tr("Last 30 days")), (90, self.tr("Last 90 days")),
                           (365, self.tr("Last 12 months"))):
            self.period.addItem(text, days)
        self.period.setCurrentIndex(1)
        self.station = QComboBox(self)
        self.station.setObjectName("dashboardStation")
        self.station.addItem(self.tr("All stations"), None)
        self.category = QComboBox(self)
        self.category.setObjectName("dashboardCategory")
        self.category.addItem(self.tr("All categories"), None)
        self.source = QComboBox(self)
        self.source.setObjectName("dashboardSource")
        self.source.addItem(self.tr("This station's store"), "local")
        self.source.addItem(self.tr("Central database"), "central")
        self.source.setEnabled(bool(self.ctx.settings.central_url))
        if self.ctx.settings.central_url:
            self.source.setCurrentIndex(1)
        for combo in (self.period, self.station, self.category, self.source):
            combo.activated.connect(lambda _i: self.refresh())
            bar.addWidget(combo)
        self.refresh_button = FitButton(self.tr("Refresh (Ctrl+R)"), self)
        self.refresh_button.setObjectName("dashboardRefresh")
        self.refresh_button.setProperty("role", "small")
        self.refresh_button.clicked.connect(self.refresh)
        bar.addWidget(self.refresh_button)
        self.status = QLabel("", self)
        self.status.setObjectName("dashboardStatus")
        self.status.setProperty("role", "hint")
        self.status.setAlignment(Qt.AlignmentFlag.AlignLeading | Qt.AlignmentFlag.AlignVCenter)
        self.status.setWordWrap(True)
        bar.addStretch(1)
        return bar

    # ---- mode ----
    def begin(self, user: UserSummary) -> None:
        self.user = user
        self.timer.start()
        self.refresh()

    def end(self) -> None:
        self.timer.stop()
        self.user = None

    def hints(self) -> str:
        return self.tr("Ctrl+R: refresh · Table: the figures behind a chart · CSV…: save them for a spreadsheet")

    # ---- data ----
    def request(self) -> DashboardRequest:
        return DashboardRequest(days=int(self.period.currentData()), station=self.station.currentData(),
                                category=self.category.currentData(), source=self.source.currentData())

    def refresh(self) -> None:
        if self.user is None:
            return
        self.status.setText(self.tr("Refreshing…"))
        self.runner.run(dashboard_data, self.ctx, self.user.id, self.request(), key="dashboard",
                        on_result=self._show, on_error=self._failed)
        self.runner.run(shop_notice_counts, self.ctx, key="dashboard-shop", on_result=self._show_shop)

    def _show_shop(self, counts: dict[str, int]) -> None:
        self.tiles["shop_refused"].value.setText(f"{counts.get('refused', 0):,}")
        self.tiles["shop_waiting"].value.setText(f"{counts.get('waiting', 0):,}")
        self.tiles["shop_refused"].setToolTip(self.tr("%n inspection(s) the shop was told of", "",
                                                      counts.get("delivered", 0)))

    def _failed(self, exc: BaseException) -> None:
        self.status.setText(error_text(exc))
        self.status.setProperty("state", "bad")
        self.status.style().polish(self.status)

    def _names(self) -> dict[str, str]:
        names = {d: disposition_name(d) for d in self.ctx.rules.dispositions}
        names.update({"refund": self.tr("Refund"), "store_credit": self.tr("Store credit"),
                      "exchange": self.tr("Exchange"), "none": self.tr("No refund"),
                      "outside_window": self.tr("Outside window"), "repeat_returner": self.tr("Repeat returner"),
                      "used_unopened": self.tr("Used, sold as unopened"), "serial_mismatch": self.tr("Serial differs"),
                      "wrong_item": self.tr("Wrong item"), "empty_box": self.tr("Empty box"),
                      "unexpected": self.tr("Unexpected"), "override": self.tr("Outcome changed"),
                      "missing_item": self.tr("Item missing"), "unsafe": self.tr("Unsafe"),
                      "account_locked": self.tr("Account locked")})
        # Categories by their checklist's title ("Home & kitchen"), in the reader's language, never the raw id.
        names.update({category: translate_station(template.title)
                      for category, template in self.ctx.templates.templates.items()})
        return names

    def _show(self, data: DashboardData) -> None:
        self.data = data
        summary = data.summary
        self._fill(self.station, summary.stations, data.request.station)
        self._fill(self.category, data.categories, data.request.category, self._names())
        builder = FigureBuilder(self._names(), self)
        for figure in [*builder.build(summary), builder.times(summary)]:
            self.panels[figure.key].show_figure(figure)
        builder.deleteLater()
        money = {m.settlement: m for m in summary.money}
        refunds = sum((money[k].amount for k in ("refund", "exchange") if k in money), start=0)
        credit = money["store_credit"].amount if "store_credit" in money else 0
        flagged = sum(n for _k, n in summary.flags)
        review = summary.review_turnaround
        values = {
            "inspections": f"{summary.inspections:,}",
            "median": self._minutes(summary.processing.median_s), "p90": self._minutes(summary.processing.p90_s),
            "review": "—" if review is None or review.median_s is None else f"{review.median_s / 3600:.1f}",
            "refunds": f"{refunds:,.2f}", "credit": f"{credit:,.2f}",
            "flagged": f"{flagged:,}", "failed_signins": f"{data.failed_signins:,}",
            "placed_per_hour": f"{data.putaway.per_hour:.1f}" if data.putaway.placed else "—",
            "missorts": f"{data.putaway.missorts:,}", "open_containers": f"{data.putaway.open_containers:,}",
            "move_tasks": f"{data.putaway.move_tasks:,}",
        }
        self.tiles["placed_per_hour"].setToolTip("\n".join(
            self.tr("{name}: {rate:.1f} per hour (%n item(s))", "", r.placed).format(name=r.name, rate=r.per_hour)
            for r in data.putaway.rates))
        for key, value in values.items():
            self.tiles[key].value.setText(value)
        stamp = QDateTime.currentDateTime().toString("HH:mm")
        self.status.setProperty("state", "")
        self.status.style().polish(self.status)
        self.status.setText(self.tr("{since} – {until} · updated {time}").format(
            since=summary.since.isoformat() if summary.since else "", until=summary.until.isoformat()
            if summary.until else "", time=stamp))
        self.refreshed.emit(data)

    @staticmethod
    def _minutes(seconds: float | None) -> str:
        return "—" if seconds is None else f"{seconds / 60:.1f}"

    @staticmethod
    def _fill(combo: QComboBox, items: list[str], chosen: str | None, names: dict[str, str] | None = None) -> None:
        known = [combo.itemData(i) for i in range(1, combo.count())]
        for item in items:
            if item not in known:
                combo.addItem(names.get(item, item) if names else item, item)
        index = combo.findData(chosen)
        combo.setCurrentIndex(max(0, index))

    # ---- CSV ----
    def _ask_csv_path(self, suggested: Path) -> Path | None:
        chosen, _filter = QFileDialog.getSaveFileName(self, self.tr("Save the table as CSV"), str(suggested),
                                                      self.tr("CSV (*.csv)"))
        return Path(chosen) if chosen else None

    def export_csv(self, figure: Figure) -> None:
        request = self.request()
        suggested = self.ctx.data_dir / "exports" / f"dashboard-{figure.key}-{request.days}d.csv"
        path = self.choose_csv_path(suggested)
        if path is None:
            return
        self.runner.run(write_table_csv, path, figure.header, figure.rows, key=f"dashboard-csv-{figure.key}",
                        on_result=self._csv_done, on_error=self._failed)

    def _csv_done(self, path: Path) -> None:
        self.status.setText(self.tr("Saved {path}").format(path=str(path)))
        self.csv_written.emit(path)
