"""Review at the dock's screen: the photo gets the room, nothing stale or English is left from another item."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime, timedelta

import pytest
from PySide6.QtCore import QCoreApplication, QPoint, QRect

from station.context import StationContext
from tests.station.review.scenario import demo_photos, inspect_item, overridden
from tests.ui.dock import SCREEN, station_window
from tests.ui.i18n.screens import cut_off, settle, visible_texts
from tests.ui.review.test_review_flow import sign_in_as
from ui.review.page import ReviewPage
from ui.review.queue_panel import age_text
from ui.translations import set_language


@pytest.fixture
def back_to_english() -> Iterator[None]:
    yield
    set_language("en")


def _review(qtbot, window) -> ReviewPage:
    sign_in_as(qtbot, window, "lead")
    page = window.current_page
    assert isinstance(page, ReviewPage)
    return page


def _whole(widget, window) -> bool:
    """Drawn in full inside the window: no parent, splitter or screen edge cuts a pixel of it."""
    top_left = widget.mapTo(window, QPoint(0, 0))
    return (widget.isVisible() and widget.visibleRegion().boundingRect() == widget.rect()
            and window.rect().contains(QRect(top_left, widget.size())))


@pytest.mark.parametrize("lang", ["en", "he", "ru", "xx"])
def test_the_photo_gets_the_room_and_checks_never_outlive_their_photos(qtbot, styled, ctx: StationContext,
                                                                       station_dir, lang: str) -> None:
    # With the dock's stylesheet: its 42-52 px targets are what squeezed the photo to 573×319 (en), 533×255 (ru)
    # and 588×221 (he) while the decide panel was a band under it.
    ctx.settings.review_sample_rate = 0.0
    with_photos = overridden(ctx, "RMA-100051", photos=demo_photos(3))
    without = inspect_item(ctx, "RMA-100052", unexpected=True)  # flagged, and no photo asked for
    with station_window(qtbot, station_dir) as window:
        assert (window.width(), window.height()) == SCREEN
        page = _review(qtbot, window)
        window.apply_language(lang)  # the pages are built again in the lead's language
        page = window.current_page
        assert isinstance(page, ReviewPage)
        page.open_inspection(with_photos)
        qtbot.waitUntil(lambda: page.viewer.view is not None and page.viewer.view.inspection_id == with_photos)
        qtbot.waitUntil(lambda: page.viewer.photo_checks.text() != "")
        settle()
        photo = page.viewer.photo
        assert photo.height() >= 360 and photo.width() >= 400, (lang, photo.width(), photo.height())
        decide = page.decide
        controls = [decide.outcome, decide.grade_choice, decide.disposition_choice, decide.reason,
                    decide.approve_button, decide.regrade_button, decide.packet_button]
        clipped = [c.objectName() for c in controls if not _whole(c, window)]
        assert not clipped, (lang, clipped)
        short = [c.objectName() for c in controls[1:] if c.width() < c.minimumSizeHint().width()
                 or c.height() < c.minimumSizeHint().height()]
        assert not short, (lang, short)
        places = [QRect(c.mapTo(window, QPoint(0, 0)), c.size()) for c in controls]
        assert not [(a, b) for i, a in enumerate(places) for b in places[i + 1:] if a.intersects(b)], lang
        assert not cut_off(visible_texts(decide)), (lang, cut_off(visible_texts(decide)))
        tabs = page.viewer.tabs
        assert _whole(tabs, window) and tabs.currentWidget().height() >= 48, lang
        bar = tabs.tabBar()
        assert max(bar.tabRect(i).right() for i in range(bar.count())) <= bar.width(), lang
        page.open_inspection(without)
        qtbot.waitUntil(lambda: page.viewer.view is not None and page.viewer.view.inspection_id == without)
        if not page.viewer.view.photos:
            assert page.viewer.photo_checks.text() == ""
            assert not page.viewer.open_linked.isVisible()


def test_russian_review_has_no_english_left(qtbot, ctx: StationContext, station_dir, back_to_english) -> None:
    ctx.settings.review_sample_rate = 0.0
    overridden(ctx, "RMA-100051", photos=demo_photos(2))
    set_language("ru")
    assert age_text(datetime.now(UTC) - timedelta(minutes=9)) == QCoreApplication.translate("QueuePanel",
                                                                                            "{n} min").format(n=9)
    assert "min" not in age_text(datetime.now(UTC) - timedelta(minutes=9))
    with station_window(qtbot, station_dir) as window:
        from tests.ui.refurb.test_changed_outcome_slip import _badge_sign_in

        _badge_sign_in(qtbot, window, "lead", "ru")
        page = window.current_page
        assert isinstance(page, ReviewPage)
        qtbot.waitUntil(lambda: page.queue.table.rowCount() == 1, timeout=10000)
        chips = [b.text() for b in page.queue._reason_buttons]
        assert chips and not any(word in " ".join(chips) for word in ("Photo quality", "Inspector override")), chips
        qtbot.waitUntil(lambda: page.viewer.view is not None, timeout=10000)
        questions = [page.viewer.answers.item(r, 1).text() for r in range(page.viewer.answers.rowCount())]
        english = [q.question for q in page.viewer.view.answers]
        assert questions and questions != english, questions


def test_dropdown_rows_are_dock_sized(qtbot, qapp, ctx: StationContext) -> None:
    from ui.style import apply_style
    from ui.tasks import TaskRunner

    apply_style(qapp)
    runner = TaskRunner()
    page = ReviewPage(ctx, runner)
    qtbot.addWidget(page)
    page.resize(*SCREEN)
    page.show()
    try:
        for combo in (page.decide.disposition_choice, page.queue.status):
            combo.setEnabled(True)
            combo.showPopup()
            view = combo.view()
            qtbot.waitUntil(view.isVisible)
            assert view.visualRect(view.model().index(0, 0)).height() >= 44, combo.objectName()
            combo.hidePopup()
    finally:
        runner.wait_idle()
        runner.shutdown()


@pytest.mark.parametrize("lang", ["ru", "he", "en"])
def test_every_evidence_tab_reads_whole_at_the_docks_screen(qtbot, qapp, ctx: StationContext, station_dir, lang: str,
                                                             back_to_english) -> None:
    # "От…", "При…", "А…": a tab shortened to its first letters names nothing a lead can pick.
    from ui.style import apply_style

    apply_style(qapp)  # the dock's sizes: the tabs' text and padding
    ctx.settings.review_sample_rate = 0.0
    item = overridden(ctx, "RMA-100051", photos=demo_photos(2))
    with station_window(qtbot, station_dir) as window:
        from tests.ui.refurb.test_changed_outcome_slip import _badge_sign_in

        _badge_sign_in(qtbot, window, "lead", "en")
        window.apply_language(lang)  # the pages are built again in the lead's chosen language
        page = window.current_page
        assert isinstance(page, ReviewPage)
        page.open_inspection(item)
        qtbot.waitUntil(lambda: page.viewer.view is not None and page.viewer.view.inspection_id == item,
                        timeout=10000)
        bar = page.viewer.tabs.tabBar()
        widths = [(bar.tabText(i), bar.tabRect(i).width(), bar.tabSizeHint(i).width()) for i in range(bar.count())]
        assert all(shown >= whole for _text, shown, whole in widths), widths
        assert max(bar.tabRect(i).right() for i in range(bar.count())) <= bar.width(), "no tab behind a scroll button"
