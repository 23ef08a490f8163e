"""WedgeScanFilter: a scanner's key burst becomes one scan; human typing still reaches the widget."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QLineEdit, QPushButton, QVBoxLayout, QWidget
from pytestqt.qtbot import QtBot

from ui.wedge import WedgeScanFilter


class FakeClock:
    """Monotonic milliseconds that only move when the test says so."""

    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now

    def advance(self, ms: float) -> None:
        self.now += ms


class Form(QWidget):
    def __init__(self) -> None:
        super().__init__()
        self.setWindowTitle("wedge test form")
        self.first = QLineEdit(self)
        self.second = QLineEdit(self)
        self.button = QPushButton("Save", self)
        layout = QVBoxLayout(self)
        for widget in (self.first, self.second, self.button):
            layout.addWidget(widget)


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


@pytest.fixture
def form(qtbot: QtBot) -> Form:
    form = Form()
    qtbot.addWidget(form)
    form.show()
    qtbot.waitExposed(form)
    form.activateWindow()
    form.first.setFocus()
    qtbot.waitUntil(form.first.hasFocus)
    return form


def make_filter(clock: FakeClock, **options: object) -> Iterator[WedgeScanFilter]:
    wedge = WedgeScanFilter(clock=clock, **options)  # type: ignore[arg-type]
    wedge.install(QApplication.instance())
    yield wedge
    wedge.remove()
    wedge.deleteLater()


@pytest.fixture
def wedge(clock: FakeClock) -> Iterator[WedgeScanFilter]:
    yield from make_filter(clock)


def burst(target: object, text: str, clock: FakeClock, gap_ms: float = 8, end: Qt.Key | None = Qt.Key.Key_Return,
          ) -> None:
    for char in text:
        QTest.keyClick(target, char)
        clock.advance(gap_ms)
    if end is not None:
        QTest.keyClick(target, end)


def type_slowly(target: object, text: str, clock: FakeClock, gap_ms: float = 150) -> None:
    for char in text:
        clock.advance(gap_ms)
        QTest.keyClick(target, char)


def collect(wedge: WedgeScanFilter) -> list[str]:
    scans: list[str] = []
    wedge.scanned.connect(scans.append)
    return scans


def test_fast_burst_with_enter_is_a_scan_and_never_reaches_the_line_edit(
        qtbot: QtBot, form: Form, wedge: WedgeScanFilter, clock: FakeClock) -> None:
    returns: list[bool] = []
    form.first.returnPressed.connect(lambda: returns.append(True))
    with qtbot.waitSignal(wedge.scanned, timeout=2000) as signal:
        burst(form.first, "RMA-100001", clock)
    assert signal.args == ["RMA-100001"]
    assert form.first.text() == ""
    assert returns == []
    assert not wedge.holding


def test_slow_typing_reaches_the_line_edit_and_is_no_scan(
        qtbot: QtBot, form: Form, wedge: WedgeScanFilter, clock: FakeClock) -> None:
    scans = collect(wedge)
    returns: list[str] = []
    form.first.returnPressed.connect(lambda: returns.append(form.first.text()))
    type_slowly(form.first, "RMA-100001", clock)
    clock.advance(150)
    qtbot.waitUntil(lambda: form.first.text() == "RMA-100001", timeout=2000)
    QTest.keyClick(form.first, Qt.Key.Key_Return)
    # A person's Enter is theirs: the line edit acts on it with the whole text in place.
    assert returns == ["RMA-100001"]
    assert scans == []


def test_held_keys_come_back_after_the_hold_time_without_a_next_key(
        qtbot: QtBot, form: Form, wedge: WedgeScanFilter, clock: FakeClock) -> None:
    QTest.keyClicks(form.first, "ab")  # fast, but no terminator follows
    assert form.first.text() == "" and wedge.holding
    clock.advance(200)
    qtbot.waitUntil(lambda: form.first.text() == "ab", timeout=2000)
    assert not wedge.holding


def test_a_burst_keeps_the_users_text_and_cursor(
        qtbot: QtBot, form: Form, wedge: WedgeScanFilter, clock: FakeClock) -> None:
    type_slowly(form.first, "dented box", clock)
    clock.advance(150)
    qtbot.waitUntil(lambda: form.first.text() == "dented box", timeout=2000)
    form.first.setCursorPosition(6)
    with qtbot.waitSignal(wedge.scanned, timeout=2000) as signal:
        clock.advance(500)
        burst(form.first, "SKU-778899", clock)
    assert signal.args == ["SKU-778899"]
    assert form.first.text() == "dented box"
    assert form.first.cursorPosition() == 6


def test_short_fast_burst_is_typing_and_its_enter_gets_through(
        qtbot: QtBot, form: Form, wedge: WedgeScanFilter, clock: FakeClock) -> None:
    scans = collect(wedge)
    returns: list[str] = []
    form.first.returnPressed.connect(lambda: returns.append(form.first.text()))
    burst(form.first, "ok", clock)  # fewer than min_chars
    assert returns == ["ok"]
    assert form.first.text() == "ok"
    assert scans == []


def test_tab_ends_a_scan_without_moving_focus(
        qtbot: QtBot, form: Form, wedge: WedgeScanFilter, clock: FakeClock) -> None:
    with qtbot.waitSignal(wedge.scanned, timeout=2000) as signal:
        burst(form.first, "00012345678905", clock, end=Qt.Key.Key_Tab)
    assert signal.args == ["00012345678905"]
    assert form.first.hasFocus()
    assert form.first.text() == "" and form.second.text() == ""


def test_a_slow_gap_inside_a_burst_hands_the_keys_back(
        qtbot: QtBot, form: Form, wedge: WedgeScanFilter, clock: FakeClock) -> None:
    scans = collect(wedge)
    burst(form.first, "RMA-", clock, end=None)
    clock.advance(300)  # a person pausing: the first part was typed by hand
    burst(form.first, "12", clock)
    assert form.first.text() == "RMA-12"
    assert scans == []


def test_space_on_a_button_still_clicks_it(
        qtbot: QtBot, form: Form, wedge: WedgeScanFilter, clock: FakeClock) -> None:
    form.button.setFocus()
    qtbot.waitUntil(form.button.hasFocus)
    with qtbot.waitSignal(form.button.clicked, timeout=2000):
        QTest.keyClick(form.button, Qt.Key.Key_Space)  # press and release are held, then replayed in order
        clock.advance(200)


def test_a_mouse_press_delivers_held_keys_first(
        qtbot: QtBot, form: Form, wedge: WedgeScanFilter, clock: FakeClock) -> None:
    seen_on_click: list[str] = []
    form.button.clicked.connect(lambda: seen_on_click.append(form.first.text()))
    QTest.keyClicks(form.first, "42")
    qtbot.mouseClick(form.button, Qt.MouseButton.LeftButton)
    assert seen_on_click == ["42"]


def test_modifier_shift_between_keys_does_not_break_a_burst(
        qtbot: QtBot, form: Form, wedge: WedgeScanFilter, clock: FakeClock) -> None:
    with qtbot.waitSignal(wedge.scanned, timeout=2000) as signal:
        for char in "Ab-12":
            if char.isupper():
                QTest.keyPress(form.first, Qt.Key.Key_Shift)
            QTest.keyClick(form.first, char)
            clock.advance(5)
        QTest.keyClick(form.first, Qt.Key.Key_Enter, Qt.KeyboardModifier.KeypadModifier)
    assert signal.args == ["Ab-12"]
    assert form.first.text() == ""


def test_prefix_marks_a_scan_however_slow(qtbot: QtBot, form: Form, clock: FakeClock) -> None:
    for wedge in make_filter(clock, prefix="~"):
        with qtbot.waitSignal(wedge.scanned, timeout=2000) as signal:
            burst(form.first, "~RMA-100001", clock, gap_ms=90)  # slower than max_gap_ms
        assert signal.args == ["RMA-100001"]
        assert form.first.text() == ""


def test_suffix_ends_a_scan_and_the_enter_after_it_is_part_of_it(
        qtbot: QtBot, form: Form, clock: FakeClock) -> None:
    returns: list[bool] = []
    form.first.returnPressed.connect(lambda: returns.append(True))
    for wedge in make_filter(clock, suffix="#"):
        with qtbot.waitSignal(wedge.scanned, timeout=2000) as signal:
            burst(form.first, "RMA-100001#", clock)
        assert signal.args == ["RMA-100001"]
        assert form.first.text() == ""
        assert returns == []


def test_window_path_sees_each_key_once(qtbot: QtBot, form: Form, wedge: WedgeScanFilter,
                                        clock: FakeClock) -> None:
    """Keys sent to the QWindow travel as real keyboard input does: window, then focus widget."""
    window = form.windowHandle()
    assert window is not None
    scans = collect(wedge)
    type_slowly(window, "abc", clock)
    clock.advance(150)
    qtbot.waitUntil(lambda: form.first.text() == "abc", timeout=2000)
    with qtbot.waitSignal(wedge.scanned, timeout=2000) as signal:
        clock.advance(500)
        burst(window, "RMA-100002", clock)
    assert signal.args == ["RMA-100002"]
    assert scans == ["RMA-100002"]
    assert form.first.text() == "abc"
