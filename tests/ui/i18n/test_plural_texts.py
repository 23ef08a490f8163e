"""Counts read as a person would write them in each language: "1 line left", "3 товара", never "1 line(s)"."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication

from station.text import _n
from ui.i18n import render
from ui.translations import set_language


@pytest.fixture
def back_to_english(qapp: QApplication) -> Iterator[None]:
    yield
    set_language("en")


def _ui(context: str, source: str, n: int) -> str:
    return QCoreApplication.translate(context, source, "", n)


def test_english_counts_in_the_window_and_from_the_domain(back_to_english: None) -> None:
    set_language("en")
    assert _ui("InspectPage", "This RMA has %n line(s) left: {lines}", 1) == "This RMA has 1 line left: {lines}"
    assert _ui("ContainersPage", "%n move task(s)", 1) == "1 move task"
    assert _ui("ContainersPage", "%n item(s) waiting to be placed", 2) == "2 items waiting to be placed"
    assert _ui("DashboardPage", "%n inspection(s) the shop was told of", 1) == "1 inspection the shop was told of"
    assert render(_n("{rma}: %n item(s) to inspect.", 1, rma="RMA-100001")) == "RMA-100001: 1 item to inspect."
    refused = render(_n("The central database refused %n record(s); they wait in quarantine. Call a lead or IT "
                        "(`station sync status` lists them; `station sync retry` sends them again).", 1))
    assert refused.startswith("The central database refused 1 record;")
    closed = render(_n("{code} closed with %n item(s): print its label and manifest.", 1, code="T-42"))
    assert closed == "T-42 closed with 1 item: print its label and manifest."


def test_russian_has_three_forms_and_hebrew_two(back_to_english: None) -> None:
    set_language("ru")
    assert [render(_n("{rma}: %n item(s) to inspect.", n, rma="RMA-1")) for n in (1, 3, 5)] == [
        "RMA-1: 1 товар к проверке.", "RMA-1: 3 товара к проверке.", "RMA-1: 5 товаров к проверке."]
    assert [_ui("ContainersPage", "%n move task(s)", n) for n in (1, 2, 11)] == [
        "1 перемещение", "2 перемещения", "11 перемещений"]
    set_language("he")
    one, two = (render(_n("{rma}: %n item(s) to inspect.", n, rma="RMA-1")) for n in (1, 2))
    assert "1 פריט לבדיקה" in one and "2 פריטים לבדיקה" in two
