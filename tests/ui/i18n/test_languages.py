"""Switching languages: Qt's translators, right to left for Hebrew, the person's language at sign-in."""

from __future__ import annotations

import csv
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QLocale, Qt
from PySide6.QtWidgets import QApplication

from station.config import RESOURCES
from station.context import StationContext, open_station
from station.people import read_signin_list
from station.services import preferences
from station.text import StationError, _
from tests.ui.dock import scan, settle
from ui.i18n import render
from ui.main_window import MainWindow
from ui.translations import (
    current_language,
    language_choices,
    layout_direction,
    resolve_language,
    set_language,
    translations,
)


@pytest.fixture(autouse=True)
def english_after() -> Iterator[None]:
    yield
    set_language("en")


def plain(text: str) -> str:
    """The text without its invisible direction marks and isolates."""
    return "".join(ch for ch in text if ch not in "\u200f\u2066\u2068\u2069")


def demo_user(**match: str) -> dict[str, str]:
    with (RESOURCES / "demo" / "users.csv").open(encoding="utf-8") as handle:
        return next(r for r in csv.DictReader(handle) if all(r[k] == v for k, v in match.items()))


def user_id(ctx: StationContext, name: str) -> uuid.UUID:
    from station.services.auth import list_users

    return next(u.id for u in list_users(ctx) if u.name == name)


def test_hebrew_turns_the_application_right_to_left_and_back(qapp: QApplication) -> None:
    assert set_language("he") == "he"
    assert qapp.layoutDirection() == Qt.LayoutDirection.RightToLeft
    assert QLocale().language() == QLocale.Language.Hebrew
    assert set_language("ru") == "ru"
    assert qapp.layoutDirection() == Qt.LayoutDirection.LeftToRight
    assert set_language("en") == "en"
    assert layout_direction("he") == Qt.LayoutDirection.RightToLeft


@pytest.mark.parametrize(("language", "expected"), [("he", "שלום, {name}"), ("ru", "Здравствуйте, {name}")])
def test_station_and_qt_texts_are_translated(qapp: QApplication, language: str, expected: str) -> None:
    set_language(language)
    assert plain(QCoreApplication.translate("SignInPage", "Hello, {name}")) == expected
    # The domain's texts, through ui/i18n.py, in context "station".
    pin = render(_("That PIN is not right. Try again, or ask a lead to reset it."))
    assert pin != "That PIN is not right. Try again, or ask a lead to reset it." and pin.strip()
    # Qt's own words (qtbase_<lang>.qm): the buttons of its dialogs.
    assert QCoreApplication.translate("QPlatformTheme", "Cancel") != "Cancel"


def test_english_plural_forms(qapp: QApplication) -> None:
    set_language("en")
    forms = [QCoreApplication.translate("MainWindow", "This shift: %n item(s)", "", n) for n in (1, 2)]
    assert forms == ["This shift: 1 item", "This shift: 2 items"]


def test_russian_plural_forms(qapp: QApplication) -> None:
    set_language("ru")
    forms = [QCoreApplication.translate("MainWindow", "This shift: %n item(s)", "", n) for n in (1, 3, 5, 21)]
    assert forms == ["За смену: 1 товар", "За смену: 3 товара", "За смену: 5 товаров", "За смену: 21 товар"]


def test_a_missing_translation_file_leaves_english(qapp: QApplication, tmp_path: Path,
                                                   caplog: pytest.LogCaptureFixture) -> None:
    from ui.translations import Translations

    other = Translations(tmp_path)
    try:
        assert other.set_language("he") == "he"
        assert "could not be loaded" in caplog.text
        assert QCoreApplication.translate("SignInPage", "Sign in") in ("Sign in", "כניסה")
    finally:
        other.set_language("en")


def test_languages_resolve_from_settings_and_the_system() -> None:
    assert resolve_language("he") == "he"
    assert resolve_language("ru_RU") == "ru"
    assert resolve_language("de") == "en"  # not shipped: English
    assert resolve_language("xx") == "xx"  # the pseudo-locale, for layout checks
    assert resolve_language("system") in ("en", "he", "ru")
    assert preferences.supported_language("he-IL") == "he"
    assert [code for code, _name in language_choices()] == ["en", "he", "ru"]
    assert dict(language_choices())["he"] == "עברית"


def test_a_chosen_language_is_remembered_with_the_user(ctx: StationContext) -> None:
    name = demo_user(role="inspector", language="en")["name"]
    person = user_id(ctx, name)
    summary = preferences.set_language(ctx, person, "ru")
    assert summary.language == "ru"
    # The sign-in list shown before the database opens knows it too.
    assert next(u for u in read_signin_list(ctx.data_dir) if u.id == person).language == "ru"
    with pytest.raises(StationError) as refused:
        preferences.set_language(ctx, person, "xx")
    assert "Hebrew" in str(refused.value)


@pytest.fixture
def window(qtbot, station_dir: Path) -> Iterator[MainWindow]:
    ctx = open_station(station_dir)
    win = MainWindow(ctx, camera=False, install_wedge=False)
    qtbot.addWidget(win)
    win.show()
    yield win
    win.close()
    win.shutdown()
    ctx.sessions.kw["bind"].dispose()


def sign_in(qtbot, window: MainWindow, user: dict[str, str]) -> None:
    window.signin.handle_scan(user["badge_code"])
    qtbot.waitUntil(lambda: window.signin.stack.currentIndex() == 1)
    qtbot.keyClicks(window.signin.pin_edit, user["pin"])
    qtbot.keyClick(window.signin.pin_edit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.user is not None)
    settle(qtbot, window)  # the Inspect page looks up an open draft in the background


def test_signing_in_shows_the_persons_language_and_signing_out_the_stations(qtbot, window: MainWindow) -> None:
    assert current_language() == "en"
    sign_in(qtbot, window, demo_user(language="he"))
    assert current_language() == "he"
    assert window.layoutDirection() == Qt.LayoutDirection.RightToLeft
    assert plain(window.sign_out_button.text()) == "יציאה (F12)"
    assert window.inspect.scan_view.isVisible(), "the pages are rebuilt in the new language and shown"
    assert "F9" in window.hints.text()
    window.sign_out()
    assert current_language() == "en"
    assert window.layoutDirection() == Qt.LayoutDirection.LeftToRight
    assert window.signin.isVisible()
    sign_in(qtbot, window, demo_user(language="ru"))
    assert current_language() == "ru"
    assert plain(window.sign_out_button.text()) == "Выйти (F12)"


def test_the_picker_changes_the_language_at_once_and_remembers_it(qtbot, window: MainWindow) -> None:
    user = demo_user(role="inspector", language="en")
    sign_in(qtbot, window, user)
    page = window.inspect
    scan(qtbot, page, "RMA-100040", "typed")
    qtbot.waitUntil(lambda: page.draft is not None)
    draft = page.draft.id
    window.choose_language("he")
    assert current_language() == "he"
    # Remembered for the person, and the rebuilt page's draft read again, in the background.
    qtbot.waitUntil(lambda: window.user.language == "he")
    settle(qtbot, window)
    # The open inspection is on screen again, in Hebrew, where it was.
    assert window.inspect.draft is not None and window.inspect.draft.id == draft
    assert window.inspect.stack.currentWidget() is window.inspect.checklist_view
    window.sign_out()
    sign_in(qtbot, window, user)
    assert current_language() == "he"


def test_the_translators_are_kept_alive() -> None:
    set_language("ru")
    assert len(translations()._installed) == 2  # station_ru.qm and Qt's qtbase_ru.qm


def test_parts_of_a_line_keep_their_own_direction(qapp: QApplication) -> None:
    from ui.translations import isolate, join_parts, ltr

    assert ltr("EL-1008") == "\u2066EL-1008\u2069"
    assert isolate("סיבה") == "\u2068סיבה\u2069"
    assert join_parts(["RMA-1", "סיבה: x"], " · ") == "\u2068RMA-1\u2069 · \u2068סיבה: x\u2069"
    set_language("he")
    assert join_parts(["RMA-1"]).startswith("\u200f")
