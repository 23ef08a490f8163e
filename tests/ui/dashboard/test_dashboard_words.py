"""The Dashboard speaks the reader's language: category titles, the shop's return reasons, a note for no data."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QCoreApplication

from station.context import StationContext
from station.policy.return_reasons import return_reason
from tests.ui.dashboard.test_dashboard import _page, _user
from tests.ui.screens import save_screenshot
from ui.dashboard.figures import Figure
from ui.dashboard.panel import ChartPanel
from ui.i18n import render
from ui.translations import set_language


@pytest.fixture
def language() -> Iterator[None]:
    yield
    set_language("en")


def _shown(qtbot, ctx: StationContext, lang: str, screenshot: bool = False):
    set_language(lang)
    page, runner = _page(qtbot, ctx)
    page.resize(1440, 900)
    if screenshot:
        page.show()
        qtbot.waitExposed(page)
    with qtbot.waitSignal(page.refreshed, timeout=20000):
        page.begin(_user(ctx, "lead"))
    return page, runner


@pytest.mark.parametrize("lang", ["en", "ru"])
def test_categories_and_return_reasons_in_the_readers_words(qtbot, month_ctx: StationContext, lang: str,
                                                            language: None) -> None:
    page, runner = _shown(qtbot, month_ctx, lang)
    try:
        titles = {c: QCoreApplication.translate("station", t.title) for c, t in month_ctx.templates.templates.items()}
        rates = page.panels["category_rates"].figure
        assert rates is not None and set(rates.labels) <= set(titles.values()), rates.labels
        assert "home_kitchen" not in rates.labels
        combo = [page.category.itemText(i) for i in range(1, page.category.count())]
        assert combo and set(combo) <= set(titles.values()), combo
        reasons = page.panels["reasons"].figure
        assert reasons is not None
        known = render(return_reason("Changed my mind"))
        assert known in reasons.labels
        if lang == "ru":
            assert "Changed my mind" not in reasons.labels and known != "Changed my mind"
    finally:
        page.end()
        runner.wait_idle()
        runner.shutdown()


def test_a_chart_of_zeros_says_there_is_nothing_to_show(qtbot) -> None:
    panel = ChartPanel("money")
    qtbot.addWidget(panel)
    panel.show_figure(Figure("money", "Money back", "hbar", ["Refund", "Store credit"], [0, 0], ["a", "b"],
                             [["Refund", 0], ["Store credit", 0]]))
    assert panel.stack.currentWidget() is panel.empty and panel.empty.text()


def test_a_customers_own_words_stay_as_written() -> None:
    assert return_reason("changed_my_mind") == return_reason("Changed my mind")
    own = return_reason("Zipper broke after one day")
    asked: list[str] = []
    assert own is not None and own.render(lambda s: asked.append(s) or s) == "Zipper broke after one day"
    assert "Zipper broke after one day" not in asked  # never looked up, so never "translated" by accident
    assert return_reason("  ") is None


@pytest.mark.xvfb
@pytest.mark.parametrize("lang", ["en", "he", "ru"])
def test_screens_of_the_dashboard_in_three_languages(qtbot, qapp, month_ctx: StationContext, lang: str,
                                                    language: None) -> None:
    from ui.style import apply_style

    apply_style(qapp)
    page, runner = _shown(qtbot, month_ctx, lang, screenshot=True)
    try:
        qtbot.wait(300)  # lets Xvfb paint the charts before the grab; no test logic waits on it
        assert save_screenshot(page, f"dashboard-words-{lang}").stat().st_size > 50_000
    finally:
        page.end()
        runner.wait_idle()
        runner.shutdown()
