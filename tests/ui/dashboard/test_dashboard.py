"""The Dashboard page on a month of returns: figures as in the report, tables behind charts, CSV, refusals."""

from __future__ import annotations

import csv
from pathlib import Path

from PySide6.QtCore import Qt

from station.context import StationContext
from station.people import UserSummary
from station.reports.summary import ReportFilter, report_summary
from station.services.auth import list_users
from ui.dashboard.page import PLACES, DashboardPage
from ui.tasks import TaskRunner


def _user(ctx: StationContext, role: str) -> UserSummary:
    return next(u for u in list_users(ctx) if u.role == role)


def _page(qtbot, ctx: StationContext) -> tuple[DashboardPage, TaskRunner]:
    runner = TaskRunner()
    page = DashboardPage(ctx, runner)
    qtbot.addWidget(page)
    page.resize(1600, 900)
    return page, runner


def test_a_lead_sees_the_months_figures_with_a_table_behind_every_chart(qtbot, month_ctx: StationContext,
                                                                       tmp_path: Path) -> None:
    page, runner = _page(qtbot, month_ctx)
    try:
        with qtbot.waitSignal(page.refreshed, timeout=20000):
            page.begin(_user(month_ctx, "lead"))
            assert page.status.text() == "Refreshing…", "the figures load in the background"
        data = page.data
        assert data is not None and data.request.days == 30
        expected = report_summary(month_ctx.sessions, ReportFilter(since=data.summary.since, until=data.summary.until))
        assert data.summary.inspections == expected.inspections > 100
        assert page.tiles["inspections"].value.text() == f"{expected.inspections:,}"
        assert set(page.panels) == set(PLACES)
        for key, panel in page.panels.items():
            figure = panel.figure
            assert figure is not None and figure.rows, key
            assert panel.table.rowCount() == len(figure.rows) and panel.table.columnCount() == len(figure.header)
            chart = panel.view.chart()
            assert chart is not None and chart.series(), f"{key} has no chart"
            assert panel.stack.currentWidget() is panel.view
        grades = page.panels["grades"]
        assert [grades.table.item(r, 0).text() for r in range(grades.table.rowCount())] == [
            g for g, _n in expected.grades]
        assert [int(grades.table.item(r, 1).text()) for r in range(grades.table.rowCount())] == [
            n for _g, n in expected.grades]
        qtbot.mouseClick(grades.table_button, Qt.MouseButton.LeftButton)
        assert grades.stack.currentWidget() is grades.table

        target = tmp_path / "grades.csv"
        page.choose_csv_path = lambda suggested: target
        with qtbot.waitSignal(page.csv_written, timeout=10000):
            qtbot.mouseClick(grades.csv_button, Qt.MouseButton.LeftButton)
        rows = list(csv.reader(target.open(encoding="utf-8-sig")))
        assert rows[0] == ["Grade", "Inspections"]
        assert [(g, int(n)) for g, n in rows[1:]] == expected.grades

        page.category.setCurrentIndex(page.category.findData("toys"))
        with qtbot.waitSignal(page.refreshed, timeout=20000):
            page.category.activated.emit(page.category.currentIndex())
        assert page.data.request.category == "toys"
        assert {c.key for c in page.data.summary.categories} == {"toys"}
    finally:
        page.end()
        qtbot.waitUntil(lambda: not runner.busy, timeout=20000)
        runner.shutdown()


def test_an_inspector_is_refused_by_the_service_and_told_why(qtbot, month_ctx: StationContext) -> None:
    page, runner = _page(qtbot, month_ctx)
    try:
        page.begin(_user(month_ctx, "inspector"))
        qtbot.waitUntil(lambda: "shift leads and admins" in page.status.text(), timeout=10000)
        assert page.data is None
    finally:
        page.end()
        qtbot.waitUntil(lambda: not runner.busy, timeout=10000)
        runner.shutdown()
