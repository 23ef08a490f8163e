"""The sign-in screen after wrong PINs, in a real window with the station's style: the countdown, a locked
person, and the leads and admins offered to unlock them; saved to artifacts/screens/ to look at."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from station.context import StationContext
from station.people import LOCK_AFTER
from tests.station.services.test_signin_lockout import _demo, _earlier_failures
from tests.ui.screens import save_screenshot
from tests.ui.test_signin_lockout import _names, _pick
from ui.pages.signin import SignInPage
from ui.tasks import TaskRunner

pytestmark = pytest.mark.xvfb


def test_screens_of_the_countdown_the_lockout_and_the_unlock(qtbot, styled, ctx: StationContext) -> None:
    user, _pin = _demo(ctx, "inspector")
    other, _other_pin = _demo(ctx, "inspector", 1)
    lead, _lead_pin = _demo(ctx, "lead")
    _earlier_failures(ctx, user, LOCK_AFTER, minutes_ago=30)
    _earlier_failures(ctx, other, 4, minutes_ago=0)  # ten seconds of waiting
    runner = TaskRunner()
    page = SignInPage(runner)
    qtbot.addWidget(page)
    page.resize(1440, 900)
    page.show()
    qtbot.waitExposed(page)
    page.attach(ctx)
    try:
        _pick(qtbot, page, other.name)
        qtbot.waitUntil(lambda: page.countdown.isActive(), timeout=20000)
        save_screenshot(page, "signin-countdown")
        qtbot.keyClick(page, Qt.Key.Key_Escape)
        _pick(qtbot, page, user.name)
        qtbot.waitUntil(lambda: page.unlock_button.isVisible(), timeout=20000)
        save_screenshot(page, "signin-locked")
        qtbot.mouseClick(page.unlock_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: user.name not in _names(page) and lead.name in _names(page), timeout=20000)
        save_screenshot(page, "signin-unlock-pick")
        _pick(qtbot, page, lead.name)
        save_screenshot(page, "signin-unlock-pin")
    finally:
        page.reset()
        qtbot.waitUntil(lambda: not runner.busy, timeout=20000)
        runner.shutdown()


def test_screen_of_a_locked_person_in_hebrew(qtbot, styled, ctx: StationContext) -> None:
    from ui.translations import set_language

    user, _pin = _demo(ctx, "inspector", 2)  # נועה לוי
    _earlier_failures(ctx, user, LOCK_AFTER, minutes_ago=30)
    set_language("he")
    runner = TaskRunner()
    page = SignInPage(runner)
    qtbot.addWidget(page)
    page.resize(1440, 900)
    page.show()
    qtbot.waitExposed(page)
    page.attach(ctx)
    try:
        _pick(qtbot, page, user.name)
        qtbot.waitUntil(lambda: page.unlock_button.isVisible(), timeout=20000)
        assert "שחרור" in page.unlock_button.text() and user.name in page.pin_message.text()
        save_screenshot(page, "signin-locked-he")
    finally:
        page.reset()
        qtbot.waitUntil(lambda: not runner.busy, timeout=20000)
        runner.shutdown()
