"""The sign-in screen after wrong PINs: a countdown that blocks nothing, a locked person whom a shift lead
unlocks from the same screen, and PINs of 4 to 6 digits on the keyboard."""

from __future__ import annotations

import re
from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPushButton
from sqlalchemy import func, select

from db.signin_models import SignInFailure
from station.context import StationContext
from station.people import FIRST_WAIT_S, LOCK_AFTER
from station.services.auth import list_users
from tests.station.services.test_signin_lockout import _demo, _earlier_failures, _wrong
from ui.pages.signin import SignInPage
from ui.tasks import TaskRunner


@pytest.fixture
def page(qtbot, ctx: StationContext) -> Iterator[SignInPage]:
    runner = TaskRunner()
    signin = SignInPage(runner)
    qtbot.addWidget(signin)
    signin.resize(1200, 860)
    signin.show()
    signin.attach(ctx)
    qtbot.waitUntil(lambda: bool(_names(signin)), timeout=20000)
    yield signin
    signin.reset()
    qtbot.waitUntil(lambda: not runner.busy, timeout=20000)
    runner.shutdown()


def _names(page: SignInPage) -> list[str]:
    return [b.text().split("\n")[0] for b in page.findChildren(QPushButton)
            if b.objectName().startswith("user-") and b.isVisibleTo(page)]


def _pick(qtbot, page: SignInPage, name: str) -> None:
    qtbot.waitUntil(lambda: name in _names(page), timeout=20000)
    button = next(b for b in page.findChildren(QPushButton)
                  if b.objectName().startswith("user-") and b.text().startswith(name) and b.isVisibleTo(page))
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.stack.currentIndex() == 1)


def _type(qtbot, page: SignInPage, pin: str) -> None:
    page.pin_edit.clear()
    qtbot.keyClicks(page.pin_edit, pin)
    qtbot.keyClick(page.pin_edit, Qt.Key.Key_Return)


def _failures(ctx: StationContext) -> int:
    with ctx.read() as session:
        return int(session.scalar(select(func.count()).select_from(SignInFailure)) or 0)


def test_a_third_wrong_pin_starts_a_countdown_during_which_nothing_typed_is_checked(
        qtbot, ctx: StationContext, page: SignInPage) -> None:
    user, pin = _demo(ctx, "inspector")
    _pick(qtbot, page, user.name)
    for n in (1, 2):
        _type(qtbot, page, _wrong(pin))
        qtbot.waitUntil(lambda n=n: _failures(ctx) == n and "not right" in page.pin_message.text(), timeout=20000)
        assert not page.countdown.isActive()
    _type(qtbot, page, _wrong(pin))
    qtbot.waitUntil(lambda: page.countdown.isActive(), timeout=20000)
    shown = re.search(r"Wait (\d+) s", page.pin_message.text())
    assert shown is not None and 0 < int(shown.group(1)) <= FIRST_WAIT_S, page.pin_message.text()
    assert not page.keypad.isEnabled() and page.pin_edit.isReadOnly()
    with qtbot.assertNotEmitted(page.signed_in, wait=300):
        qtbot.keyClick(page.pin_edit, Qt.Key.Key_Return)  # the window stays responsive; nothing is checked
    assert _failures(ctx) == 3


def test_the_countdown_of_earlier_wrong_pins_shows_on_picking_the_name_and_ends(
        qtbot, ctx: StationContext, page: SignInPage) -> None:
    user, pin = _demo(ctx, "inspector")
    # Three wrong PINs, the last two seconds ago: about three seconds of the wait are left.
    _earlier_failures(ctx, user, 3, minutes_ago=1 / 60)
    _pick(qtbot, page, user.name)
    qtbot.waitUntil(lambda: page.countdown.isActive(), timeout=3000)
    assert "Wait" in page.pin_message.text() and page.pin_edit.isReadOnly()
    qtbot.waitUntil(lambda: not page.countdown.isActive(), timeout=20000)
    assert page.pin_message.text() == "Type your PIN again." and page.keypad.isEnabled()
    with qtbot.waitSignal(page.signed_in, timeout=20000) as signed:
        _type(qtbot, page, pin)
    assert signed.args[0] == user


def test_a_locked_person_is_unlocked_by_a_lead_on_the_same_screen(qtbot, ctx: StationContext,
                                                                  page: SignInPage) -> None:
    user, pin = _demo(ctx, "inspector")
    lead, lead_pin = _demo(ctx, "lead")
    _earlier_failures(ctx, user, LOCK_AFTER, minutes_ago=30)
    _pick(qtbot, page, user.name)
    qtbot.waitUntil(lambda: page.unlock_button.isVisible(), timeout=20000)
    assert "locked" in page.pin_message.text() and page.pin_edit.isReadOnly()
    qtbot.mouseClick(page.unlock_button, Qt.MouseButton.LeftButton)
    assert page.stack.currentIndex() == 0 and user.name in page.pick_title.text()
    # Only leads and admins are offered (the names buttons go at the next turn of the event loop).
    qtbot.waitUntil(lambda: lead.name in _names(page) and user.name not in _names(page), timeout=20000)
    roles = {u.name: u.role for u in list_users(ctx)}
    assert {roles[name] for name in _names(page)} <= {"lead", "admin"}
    _pick(qtbot, page, lead.name)
    assert lead.name in page.pin_title.text() and user.name in page.pin_title.text()
    _type(qtbot, page, lead_pin)
    qtbot.waitUntil(lambda: page.pin_message.text().startswith("Unlocked by"), timeout=20000)
    assert page.pin_title.text() == f"Hello, {user.name}" and not page.pin_edit.isReadOnly()
    with qtbot.waitSignal(page.signed_in, timeout=20000) as signed:
        _type(qtbot, page, pin)
    assert signed.args[0] == user


def test_the_pin_box_takes_up_to_six_digits_and_nothing_else(qtbot, ctx: StationContext, page: SignInPage) -> None:
    user, _pin = _demo(ctx, "inspector")
    _pick(qtbot, page, user.name)
    qtbot.keyClicks(page.pin_edit, "12a34567")
    assert page.pin_edit.text() == "123456"
    page.pin_edit.clear()
    for key in "40719":
        qtbot.mouseClick(next(b for b in page.keypad.findChildren(QPushButton) if b.text() == key),
                         Qt.MouseButton.LeftButton)
    assert page.pin_edit.text() == "40719"


def test_the_dashboard_shows_how_many_wrong_pins_were_typed(qtbot, ctx: StationContext) -> None:
    from ui.dashboard.page import DashboardPage

    user, _pin = _demo(ctx, "inspector")
    lead, _lead_pin = _demo(ctx, "lead")
    _earlier_failures(ctx, user, 4, minutes_ago=30)
    runner = TaskRunner()
    dashboard = DashboardPage(ctx, runner)
    qtbot.addWidget(dashboard)
    try:
        with qtbot.waitSignal(dashboard.refreshed, timeout=30000):
            dashboard.begin(lead)
        assert dashboard.tiles["failed_signins"].value.text() == "4"
    finally:
        dashboard.end()
        qtbot.waitUntil(lambda: not runner.busy, timeout=30000)
        runner.shutdown()


def test_from_the_keyboard_and_the_scanner_enter_opens_the_unlock_and_a_leads_badge_unlocks(
        qtbot, ctx: StationContext, page: SignInPage) -> None:
    from db import models

    user, pin = _demo(ctx, "inspector")
    lead, lead_pin = _demo(ctx, "lead")
    with ctx.read() as session:
        lead_badge = session.get(models.User, lead.id).badge_code
    _earlier_failures(ctx, user, LOCK_AFTER, minutes_ago=30)
    _pick(qtbot, page, user.name)
    qtbot.waitUntil(lambda: page.unlock_button.isVisible(), timeout=20000)
    qtbot.keyClick(page.pin_edit, Qt.Key.Key_Return)
    assert page.stack.currentIndex() == 0 and user.name in page.pick_title.text()
    qtbot.keyClick(page, Qt.Key.Key_Escape)
    _pick(qtbot, page, user.name)
    qtbot.waitUntil(lambda: page.unlock_button.isVisible(), timeout=20000)
    page.handle_scan(lead_badge)  # the lead scans their badge at the locked screen
    qtbot.waitUntil(lambda: lead.name in page.pin_title.text() and user.name in page.pin_title.text(),
                    timeout=20000)
    _type(qtbot, page, lead_pin)
    qtbot.waitUntil(lambda: page.pin_message.text().startswith("Unlocked by"), timeout=20000)
    with qtbot.waitSignal(page.signed_in, timeout=20000) as signed:
        _type(qtbot, page, pin)
    assert signed.args[0] == user
